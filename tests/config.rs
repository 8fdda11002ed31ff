//! The host configuration parser: each kind of bad input gets its warning and a safe default,
//! and arbitrary input never panics and never yields an unsafe value.

use care_screener::embed::config::{
    contrast, contrast_with_white, form_decode, parse_fragment, parse_pairs, BrandColour, HostConfig, HttpsUrl, Key, Parsed, Phone, Problem,
    Theme, DARK_SURFACE, DEFAULT_EXIT_URL, MAX_FONT_CHARS, MAX_NAME_CHARS, MAX_NEXT_STEP_CHARS, MAX_OFFSET, MIN_CONTRAST,
};
use care_screener::i18n::Lang;
use care_screener::screening::Level;
use proptest::prelude::*;

mod common;
use common::form_fragment;

fn parse(pairs: &[(&str, &str)]) -> Parsed {
    parse_pairs(pairs.iter().copied())
}

/// The one warning a single bad setting gives, with the config it leaves.
fn one_warning(key: &str, value: &str) -> (HostConfig, Problem, String) {
    let parsed = parse(&[(key, value)]);
    assert_eq!(parsed.warnings.len(), 1, "{key}={value:?} gives one warning: {:?}", parsed.warnings);
    let w = parsed.warnings[0].clone();
    let message = w.to_string();
    assert!(message.starts_with(&format!("data-{key}=")), "the message names the attribute: {message}");
    (parsed.config, w.problem, message)
}

#[test]
fn a_full_good_configuration_is_read_without_warnings() {
    let parsed = parse_fragment(
        "#center-name=Harbor+Recovery+Center&phone=%28555%29+010-0199&contact-url=https%3A%2F%2FHarbor.Example%2Fcontact%3Ffrom%3Dwidget\
         &offers=outpatient%2Ciop%2Cwithdrawal&next-step=Ask+for+Dana+at+intake.&brand-color=%231D5C8C&lang=es-MX\
         &exit-url=https%3A%2F%2Fwww.example.org%2F&theme=light&font=%22Source+Sans+3%22%2C+Arial%2C+sans-serif\
         &offset-top=64px&mode=overlay",
    );
    assert_eq!(parsed.warnings, vec![]);
    // The typed values, as the page will use them.
    let c = &parsed.config;
    assert_eq!(c.phone.as_ref().map(|p| (p.display(), p.dial())), Some(("(555) 010-0199", "5550100199")));
    assert_eq!(c.contact_url.as_deref(), Some("https://harbor.example/contact?from=widget"));
    assert_eq!(c.brand_colour.as_ref().map(|b| (b.on_light(), b.on_dark())), Some(("#1d5c8c", "#6d96b6")));
    assert_eq!(c.exit_url.as_str(), "https://www.example.org/");
    assert_eq!(
        parsed.config,
        HostConfig {
            center_name: Some("Harbor Recovery Center".into()),
            phone: Phone::new("(555) 010-0199"),
            contact_url: HttpsUrl::new("https://harbor.example/contact?from=widget").ok(),
            offers: vec![Level::Outpatient, Level::Iop, Level::Withdrawal],
            next_step: care_screener::embed::config::Words { en: Some("Ask for Dana at intake.".into()), es: None },
            programmes: vec![],
            payment: 0,
            intake_langs: 0,
            brand_colour: BrandColour::new("#1d5c8c"),
            theme: Theme::Light,
            font: Some("\"Source Sans 3\", Arial, sans-serif".into()),
            offset_top: Some("64px".into()),
            overlay: true,
            lang: Some(Lang::Es),
            exit_url: HttpsUrl::new("https://www.example.org/").unwrap(),
        }
    );
}

#[test]
fn nothing_set_means_every_default() {
    assert_eq!(parse_fragment(""), Parsed { config: HostConfig::default(), warnings: vec![] });
    assert_eq!(parse_fragment("#"), Parsed { config: HostConfig::default(), warnings: vec![] });
    assert_eq!(HostConfig::default().exit_url, DEFAULT_EXIT_URL);
}

#[test]
fn unknown_keys_are_named_and_ignored_including_attempts_to_set_crisis_numbers() {
    for key in ["crisis-phone", "988", "colour", "onload", "target"] {
        let (config, problem, message) = one_warning(key, "1");
        assert_eq!(problem, Problem::UnknownKey);
        assert_eq!(config, HostConfig::default());
        assert!(message.contains("data-center-name") && message.contains("data-exit-url"), "{message}");
    }
}

#[test]
fn the_first_of_a_repeated_key_wins() {
    let parsed = parse(&[("lang", "es"), ("LANG", "en")]);
    assert_eq!(parsed.config.lang, Some(Lang::Es));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].problem, Problem::Repeated);
}

#[test]
fn an_empty_value_keeps_the_default() {
    let (config, problem, _) = one_warning("exit-url", "  ");
    assert_eq!(problem, Problem::Empty);
    assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
}

#[test]
fn markup_in_text_is_removed_and_reported() {
    let (config, problem, message) = one_warning("center-name", "<img src=x onerror=alert(1)>Harbor <b>Recovery</b>");
    assert_eq!(config.center_name.as_deref(), Some("Harbor Recovery"));
    assert_eq!(problem, Problem::Markup { shown: "Harbor Recovery".into() });
    assert!(message.contains("plain text"), "{message}");

    let (config, _, _) = one_warning("next-step", "<SCRIPT>alert(1)</script >Call us <style>b{}</style>today");
    assert_eq!(config.next_step.en.as_deref(), Some("Call us today"), "a script's or style's content is not text");
    let (config, _, _) = one_warning("next-step", "Call us <script>alert(1)");
    assert_eq!(config.next_step.en.as_deref(), Some("Call us"));
    let (config, _, _) = one_warning("center-name", "Harbor > Recovery");
    assert_eq!(config.center_name.as_deref(), Some("Harbor Recovery"));
    let (config, _, _) = one_warning("center-name", "<script>");
    assert_eq!(config.center_name, None, "nothing left after the tags: the default (no name)");
}

#[test]
fn control_and_direction_characters_are_removed() {
    let (config, problem, _) = one_warning("center-name", "Harbor\u{202E}retneC\u{0007}");
    assert_eq!(config.center_name.as_deref(), Some("HarborretneC"));
    assert_eq!(problem, Problem::ControlCharacters);
    let parsed = parse(&[("center-name", "Harbor\n\tRecovery")]);
    assert_eq!(parsed.config.center_name.as_deref(), Some("Harbor Recovery"), "line breaks are only spaces");
    assert_eq!(parsed.warnings, vec![]);
}

#[test]
fn long_text_is_cut() {
    let long = "word ".repeat(100);
    let (config, problem, _) = one_warning("center-name", &long);
    assert!(config.center_name.as_ref().is_some_and(|n| n.chars().count() <= MAX_NAME_CHARS));
    assert_eq!(problem, Problem::TooLong { max: MAX_NAME_CHARS });
    let (config, _, _) = one_warning("next-step", &"ñ".repeat(MAX_NEXT_STEP_CHARS + 1));
    assert_eq!(config.next_step.en.map(|t| t.chars().count()), Some(MAX_NEXT_STEP_CHARS));
}

#[test]
fn script_urls_are_refused_even_when_disguised() {
    for url in ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " data:text/html,<b>", "vbscript:x"] {
        for key in ["contact-url", "exit-url"] {
            let (config, problem, message) = one_warning(key, url);
            assert_eq!(problem, Problem::ScriptUrl, "{key}={url:?}");
            assert_eq!(config.contact_url, None);
            assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
            assert!(message.contains("never accepted"), "{message}");
        }
    }
}

#[test]
fn only_https_urls_are_accepted() {
    for url in ["http://harbor.example/", "//harbor.example/contact", "/contact", "harbor.example", "ftp://x.example/"] {
        let (config, problem, _) = one_warning("contact-url", url);
        assert_eq!(problem, Problem::NotHttps, "{url}");
        assert_eq!(config.contact_url, None);
    }
    let (config, _, message) = one_warning("exit-url", "http://news.example/");
    assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    assert!(message.contains(DEFAULT_EXIT_URL), "the message says where the exit goes: {message}");
}

#[test]
fn https_urls_that_could_mislead_or_break_out_are_refused() {
    for url in [
        "https://user:pw@evil.example/",
        "https://harbor.example/a b",
        "https://harbor.example/\"onmouseover=\"x",
        "https://harbor.example/<script>",
        "https://",
        "https:harbor.example",
        "https://hárbor.example/",
        "https://.example/",
        "https://harbor.example:99999999/",
        "https://harbor.example\\@evil.example/",
    ] {
        let (config, problem, _) = one_warning("contact-url", url);
        assert_eq!(problem, Problem::BadUrl, "{url}");
        assert_eq!(config.contact_url, None);
    }
    let parsed = parse(&[("contact-url", "HTTPS://Harbor.Example:8443/Contact?x=1#top")]);
    assert_eq!(parsed.config.contact_url.as_deref(), Some("https://harbor.example:8443/Contact?x=1#top"));
    assert_eq!(parsed.warnings, vec![]);
}

#[test]
fn phones_need_digits() {
    for bad in ["1-800-GET-HELP", "call us", "12345", "+1 555 010 0199 0199 0199", "555+0100199", "<555>"] {
        let (config, problem, _) = one_warning("phone", bad);
        assert_eq!(problem, Problem::BadPhone, "{bad}");
        assert_eq!(config.phone, None);
    }
    let parsed = parse(&[("phone", "+1 (555) 010.0199")]);
    assert_eq!(parsed.config.phone.as_ref().map(|p| (p.display(), p.dial())), Some(("+1 (555) 010.0199", "+15550100199")));
}

#[test]
fn offers_keep_known_levels_in_order_without_emergency() {
    let parsed = parse(&[("offers", "Residential, iop,detox,iop,emergency")]);
    assert_eq!(parsed.config.offers, vec![Level::Iop, Level::Residential]);
    let problems: Vec<Problem> = parsed.warnings.into_iter().map(|w| w.problem).collect();
    assert_eq!(
        problems,
        vec![Problem::UnknownItems { items: vec!["detox".into()], allowed: "early, outpatient, iop, php, residential, withdrawal" }, Problem::EmergencyOffered]
    );
    let ids: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
    assert_eq!(ids, care_screener::embed::config::LEVEL_IDS, "the list of level ids follows the levels");
}

#[test]
fn colours_are_checked_for_contrast_and_darkened_when_too_light() {
    let (config, problem, _) = one_warning("brand-color", "red");
    assert_eq!(problem, Problem::BadColour);
    assert_eq!(config.brand_colour, None);
    for bad in ["#12345", "#ggg", "1d5c8c", "#1d5c8c80", "#ŧŧŧ"] {
        assert_eq!(one_warning("brand-color", bad).1, Problem::BadColour, "{bad}");
    }

    // #ffcc00 (a yellow) has 1.5:1 against white: far too light for white button text.
    let (config, problem, message) = one_warning("brand-colour", "#FC0");
    let used = config.brand_colour.expect("a darker shade is used").on_light().to_owned();
    assert_eq!(problem, Problem::LowContrast { tenths: 15, used: used.clone() });
    assert!(message.contains("1.5:1") && message.contains(&used), "{message}");
    let rgb = [1, 3, 5].map(|i| u8::from_str_radix(&used[i..i + 2], 16).unwrap());
    assert!(contrast_with_white(rgb) >= MIN_CONTRAST);
    assert!(rgb[0] > rgb[2], "the hue is kept: still more red than blue ({used})");

    let parsed = parse(&[("brand-color", "#767676")]);
    assert_eq!(parsed.warnings, vec![], "#767676 is the lightest grey at 4.5:1");
    assert_eq!(parsed.config.brand_colour.as_ref().map(BrandColour::on_light), Some("#767676"));
}

/// The contrast check computes x^2.4 without `powf` (to keep libm's `pow` out of the wasm):
/// for every grey and every pure red, green and blue, its ratio against white and black is
/// WCAG's own formula to within a millionth.
#[test]
fn contrast_matches_the_wcag_formula_for_every_channel_value() {
    let luminance = |rgb: [u8; 3]| {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
    };
    let wcag = |a, b| {
        let (la, lb): (f64, f64) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    };
    for v in 0..=255u8 {
        for c in [[v, v, v], [v, 0, 0], [0, v, 0], [0, 0, v]] {
            for other in [[255, 255, 255], [0, 0, 0], DARK_SURFACE] {
                let (ours, theirs) = (contrast(c, other), wcag(c, other));
                assert!((ours - theirs).abs() < 1e-6, "{c:?} against {other:?}: {ours} and WCAG's {theirs}");
            }
        }
    }
    assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9, "black on white is 21:1");
}

#[test]
fn the_brand_colour_gets_a_lighter_shade_for_the_dark_theme_that_still_has_the_contrast() {
    let hex = |c: &str| [1, 3, 5].map(|i| u8::from_str_radix(&c[i..i + 2], 16).unwrap());
    for colour in ["#1d5c8c", "#000000", "#7a0019", "#004d00", "#5c2d91", "#767676"] {
        let config = parse(&[("brand-color", colour)]).config;
        let used = config.brand_colour.expect("a colour with a shade for the dark theme");
        let (light, dark) = (hex(used.on_light()), hex(used.on_dark()));
        assert!(contrast(dark, DARK_SURFACE) >= MIN_CONTRAST, "{colour} -> {dark:?}");
        // Lighter in every channel, never a different colour: mixed with white only.
        assert!(light.iter().zip(dark).all(|(l, d)| d >= *l), "{colour}: {light:?} -> {dark:?}");
    }
    assert_eq!(HostConfig::default().brand_colour, None, "the style sheet's own colour and shade then");
}

#[test]
fn themes_fonts_offsets_and_modes_are_checked() {
    for (value, theme) in [("auto", Theme::Auto), ("LIGHT", Theme::Light), (" dark ", Theme::Dark)] {
        assert_eq!(parse(&[("theme", value)]), Parsed { config: HostConfig { theme, ..HostConfig::default() }, warnings: vec![] });
    }
    let (config, problem, message) = one_warning("theme", "night");
    assert_eq!((config.theme, problem), (Theme::Auto, Problem::BadTheme));
    assert!(message.contains("follows the visitor's setting"), "{message}");

    // Family names only; a generic family is added when the stack ends in none (the frame
    // loads no web fonts, so the host's own may be missing).
    for (value, used) in [
        ("Georgia, serif", "Georgia, serif"),
        ("'Open Sans', Helvetica Neue", "'Open Sans', Helvetica Neue, system-ui, sans-serif"),
        ("Lato", "Lato, system-ui, sans-serif"),
    ] {
        assert_eq!(parse(&[("font", value)]).config.font.as_deref(), Some(used), "{value}");
    }
    for bad in ["Arial; color: red", "x}body{display:none", "url(https://evil.example/f.woff)", "\"Arial", "Arial,,serif", ",", "A/B",
        &"a".repeat(MAX_FONT_CHARS + 1)] {
        let (config, problem, _) = one_warning("font", bad);
        assert_eq!((config.font, problem), (None, Problem::BadFont), "{bad}");
    }

    assert_eq!(parse(&[("offset-top", "0")]).config.offset_top.as_deref(), Some("0px"));
    assert_eq!(parse(&[("offset-top", &MAX_OFFSET.to_string())]).config.offset_top, Some(format!("{MAX_OFFSET}px")));
    for bad in ["-10", "64.5", "9999", "1e2", "64em", "calc(64px)", "241"] {
        let (config, problem, message) = one_warning("offset-top", bad);
        assert_eq!((config.offset_top, problem), (None, Problem::BadOffset), "{bad}");
        assert!(message.contains("0 is used"), "{message}");
    }

    assert!(parse(&[("mode", "Overlay")]).config.overlay);
    assert!(!parse(&[("mode", "inline")]).config.overlay);
    let (config, problem, _) = one_warning("mode", "popup");
    assert_eq!((config.overlay, problem), (false, Problem::BadMode));
}

#[test]
fn unknown_languages_follow_the_browser() {
    let (config, problem, _) = one_warning("lang", "fr");
    assert_eq!(problem, Problem::UnknownLang);
    assert_eq!(config.lang, None);
}

#[test]
fn fragments_decode_like_url_search_params() {
    assert_eq!(form_decode("a+b%20c%2B%"), "a b c+%");
    assert_eq!(form_decode("%E2%9C%93%zz%4"), "✓%zz%4");
    assert_eq!(form_decode("%FF"), "\u{FFFD}");
    let parsed = parse_fragment("center-name&=x&&lang=es");
    assert_eq!(parsed.config.lang, Some(Lang::Es));
    let problems: Vec<Problem> = parsed.warnings.into_iter().map(|w| w.problem).collect();
    assert_eq!(problems, vec![Problem::Empty, Problem::UnknownKey]);
}

fn key_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(Key::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>()).prop_map(str::to_owned),
        Just("brand-colour".to_owned()),
        any::<String>(),
    ]
}

fn value_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(https?|javascript|data|HTTPS)://[ -~]{0,40}",
        "#[0-9a-fA-F]{0,7}",
        "[+ ()0-9.-]{0,24}",
        "[a-z, ]{0,60}",
        "[<>a-z ]{0,40}",
    ]
}

/// Whatever the host writes, what comes out is safe to render and to link to.
fn assert_safe(config: &HostConfig) {
    let plain = |t: &String| !t.is_empty() && !t.contains(['<', '>']) && !t.chars().any(char::is_control);
    assert!(config.center_name.iter().all(|t| plain(t) && t.chars().count() <= MAX_NAME_CHARS));
    assert!(config.next_step.en.iter().all(|t| plain(t) && t.chars().count() <= MAX_NEXT_STEP_CHARS));
    let url_ok = |u: &str| {
        u.starts_with("https://") && u.len() > 8 && u.chars().all(|c| c.is_ascii_graphic() && !"\"'<>\\`".contains(c))
    };
    assert!(url_ok(&config.exit_url), "{}", config.exit_url.as_str());
    assert!(config.contact_url.iter().all(|u| url_ok(u)));
    assert!(config.phone.iter().all(|p| {
        let digits = p.dial().trim_start_matches('+');
        (7..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) && plain(&p.display().to_owned())
    }));
    assert!(config.brand_colour.iter().all(|c| {
        let hex = c.on_light().strip_prefix('#').unwrap_or("");
        let rgb = [0, 2, 4].map(|i| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16));
        hex.len() == 6 && rgb.iter().all(Result::is_ok) && contrast_with_white(rgb.map(|c| c.unwrap_or(0))) >= MIN_CONTRAST
    }));
    assert!(config.brand_colour.iter().map(BrandColour::on_dark).all(|c| {
        let rgb = [1, 3, 5].map(|i| u8::from_str_radix(c.get(i..i + 2).unwrap_or("zz"), 16).unwrap_or(0));
        c.len() == 7 && contrast(rgb, DARK_SURFACE) >= MIN_CONTRAST
    }));
    assert!(config.font.iter().all(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || " -,'\"".contains(c))));
    assert!(config.offset_top.iter().all(|px| px.strip_suffix("px").and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| n <= MAX_OFFSET)));
    assert!(!config.offers.contains(&Level::Emergency));
    assert!(config.offers.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_fragments_never_panic_and_give_safe_values(fragment in any::<String>()) {
        assert_safe(&parse_fragment(&fragment).config);
    }

    #[test]
    fn arbitrary_settings_give_safe_values_and_a_warning_for_each_unused_one(
        pairs in proptest::collection::vec((key_strategy(), value_strategy()), 0..12)
    ) {
        let parsed = parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_safe(&parsed.config);
        for (key, _) in &pairs {
            let lower = key.trim().to_ascii_lowercase();
            if Key::read(&lower).is_none() {
                prop_assert!(parsed.warnings.iter().any(|w| w.problem == Problem::UnknownKey && lower.starts_with(w.key.trim_end_matches('…'))));
            }
        }
        for w in &parsed.warnings {
            prop_assert!(w.to_string().starts_with("data-"));
        }
    }

    #[test]
    fn the_loaders_encoding_reads_back_as_the_same_settings(
        pairs in proptest::collection::vec((key_strategy(), value_strategy()), 0..8)
    ) {
        let fragment = form_fragment(&pairs);
        let via_fragment = parse_fragment(&format!("#{fragment}"));
        prop_assert_eq!(via_fragment, parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
    }
}

/// Whether the frame is sandboxed is the widget's own reading at start-up, passed to the app
/// beside the host's configuration: no setting can claim it either way.
#[test]
fn the_sandbox_state_is_not_a_host_setting() {
    for key in ["unsandboxed", "sandboxed", "sandbox"] {
        let parsed = parse(&[(key, "false")]);
        assert_eq!(parsed.config, HostConfig::default(), "{key}");
        assert_eq!(parsed.warnings.len(), 1, "{key}");
        assert_eq!(parsed.warnings[0].problem, Problem::UnknownKey, "{key}");
    }
}
