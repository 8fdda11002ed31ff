//! The configurator (`configure/`, built into `dist/configure.html`): its checker's notes, and
//! its form against the parser it feeds. The form is hand-written HTML, so these tests keep it
//! in step with `src/embed/config.rs`: a field for every setting, and only choices the parser
//! accepts. The browser side (the preview, the copy buttons, the pasted snippet) is
//! `e2e/configure.test.mjs`.

use std::path::Path;

use care_screener::embed::config::{parse_fragment, parse_pairs, Key, LEVEL_IDS, PAYMENT_IDS};

// The checker's own code, compiled here natively: its wasm wrapper is for wasm32 only.
#[path = "../configure/src/lib.rs"]
mod configure;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `value="…"` of each input or option in the part of the page that starts at `from` and
/// ends at the next `end`.
fn values_in(page: &str, from: &str, end: &str) -> Vec<String> {
    let at = page.find(from).unwrap_or_else(|| panic!("the page has {from}"));
    let part = &page[at..];
    let part = &part[..part.find(end).unwrap_or(part.len())];
    part.split("value=\"").skip(1).map(|v| v[..v.find('"').unwrap()].to_owned()).filter(|v| !v.is_empty()).collect()
}

fn notes(fragment: &str) -> Vec<(String, String, String)> {
    configure::notes(fragment).chunks(3).map(|c| (c[0].clone(), c[1].clone(), c[2].clone())).collect()
}

#[test]
fn the_form_has_a_field_for_every_setting() {
    let page = read("configure/page.html");
    let js = read("configure/page.js");
    let programs: Vec<&Key> = Key::ALL.iter().filter(|k| k.as_str().starts_with("program-")).collect();
    for key in Key::ALL {
        if key.as_str().starts_with("program-") {
            continue;
        }
        assert!(page.contains(&format!("name=\"{}\"", key.as_str())), "configure/page.html has no field named {}", key.as_str());
    }
    // Programs are added one at a time, up to as many as the parser reads.
    assert!(js.contains(&format!("const MAX_PROGRAMS = {};", programs.len())), "page.js MAX_PROGRAMS = {}", programs.len());
    assert!(js.contains("\"program-\" + el.dataset.n"));
}

#[test]
fn the_forms_choices_are_the_parsers() {
    let page = read("configure/page.html");
    assert_eq!(sorted(values_in(&page, "data-list=\"offers\"", "</fieldset>")), sorted(LEVEL_IDS[..6].iter().map(|s| s.to_string()).collect()));
    assert_eq!(values_in(&page, "data-list=\"payment\"", "</fieldset>"), PAYMENT_IDS.to_vec());
    assert_eq!(values_in(&page, "data-list=\"intake-lang\"", "</fieldset>"), ["en", "es"]);
    assert_eq!(sorted(values_in(&page, "data-part=\"level\"", "</select>")), sorted(LEVEL_IDS[..6].iter().map(|s| s.to_string()).collect()));
    // Every choice of the program builder, written as the page writes it, is accepted whole.
    let mut parts = Vec::new();
    for v in values_in(&page, "data-part=\"format\"", "</select>") {
        parts.push(format!("format={v}"));
    }
    for v in values_in(&page, "data-part=\"for\"", "</select>") {
        parts.push(format!("for={v}"));
    }
    for v in values_in(&page, "class=\"days\"", "</fieldset>") {
        parts.push(format!("days={v}; time=9:00-12:00"));
    }
    for v in values_in(&page, "class=\"langs\"", "</fieldset>") {
        parts.push(format!("lang={v}"));
    }
    // Three formats, three audiences besides "everyone" (the part left out), seven days, two languages.
    assert_eq!(parts.len(), 3 + 3 + 7 + 2, "{parts:?}");
    for part in parts {
        let value = format!("level=iop; {part}");
        let parsed = parse_pairs([("program-1", value.as_str())]);
        assert!(parsed.warnings.is_empty(), "{value}: {:?}", parsed.warnings);
        assert_eq!(parsed.config.programmes.len(), 1, "{value}");
    }
    // Both theme and language choices, and the empty "follow the visitor" ones left out.
    for (key, end) in [("theme", "</select>"), ("lang", "</select>"), ("mode", "</select>")] {
        for v in values_in(&page, &format!("name=\"{key}\""), end) {
            assert!(parse_pairs([(key, v.as_str())]).warnings.is_empty(), "{key}={v}");
        }
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn warnings_are_the_parsers_own_words_under_the_key_written() {
    let fragment = "phone=12&brand-color=%23ffcc00&program-2=level%3Diop%3B+time%3D21%3A00-18%3A00%3B+days%3Dmon";
    let warnings: Vec<_> = notes(fragment).into_iter().filter(|(kind, ..)| kind == "warning").collect();
    let expected: Vec<_> = parse_fragment(fragment).warnings.iter().map(|w| ("warning".to_owned(), w.key.clone(), w.to_string())).collect();
    assert_eq!(warnings, expected);
    assert_eq!(warnings.iter().map(|(_, k, _)| k.as_str()).collect::<Vec<_>>(), ["phone", "brand-color", "program-2"]);
    assert!(warnings[1].2.contains("contrast against white is 1.5:1"), "{}", warnings[1].2);
}

#[test]
fn advice_names_what_visitors_would_miss() {
    let advice = |fragment: &str| -> Vec<(String, String)> {
        notes(fragment).into_iter().filter(|(kind, ..)| kind == "advice").map(|(_, k, t)| (k, t)).collect()
    };
    // Nothing set: no way to reach the center.
    let none = advice("");
    assert_eq!(none.len(), 1, "{none:?}");
    assert_eq!(none[0].0, "phone");
    assert!(none[0].1.contains("only to national helplines"));
    // A phone that the parser refused counts as no phone.
    assert!(advice("phone=12").iter().any(|(k, t)| k == "phone" && t.contains("only to national helplines")));
    // A contact page but no phone, no name and no levels.
    let keys: Vec<String> = advice("contact-url=https%3A%2F%2Fa.example%2F").into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["phone", "center-name", "offers"]);
    // A program's level counts as a level the center lists.
    let keys: Vec<String> = advice("center-name=A&phone=5550100199&program-1=level%3Diop").into_iter().map(|(k, _)| k).collect();
    assert!(keys.is_empty(), "{keys:?}");
    // Everything set: no advice.
    assert!(advice("center-name=A&phone=5550100199&contact-url=https%3A%2F%2Fa.example%2F&offers=iop").is_empty());
    // A tracking parameter on the contact link (docs/embedding.md, "No analytics").
    let utm = advice("center-name=A&phone=5550100199&offers=iop&contact-url=https%3A%2F%2Fa.example%2F%3FUTM_source%3Dx");
    assert_eq!(utm.len(), 1, "{utm:?}");
    assert_eq!(utm[0].0, "contact-url");
}

/// The form's programs, read back from the settings a center already has: every demo
/// programme comes into the fields and, written out again as the page writes it, means the
/// same programme to the parser.
#[test]
fn a_programme_comes_into_the_form_and_back_unchanged() {
    let demo = read("demo/index.html");
    let written: Vec<&str> = demo.split("data-program-").skip(1).map(|s| s.split_once("=\"").unwrap().1.split('"').next().unwrap()).collect();
    assert_eq!(written.len(), 6);
    for value in written {
        let fields = configure::programme_fields(value);
        assert_eq!(fields.len(), 11, "{value}");
        // page.js `programme()`: the parts in its order, the empty ones left out.
        let [level, name, name_es, days, from, to, format, audience, lang, note, note_es] = <[String; 11]>::try_from(fields).unwrap();
        let time = if from.is_empty() && to.is_empty() { String::new() } else { format!("{from}-{to}") };
        let parts = [("level", level), ("name", name), ("name-es", name_es), ("days", days), ("time", time), ("format", format), ("for", audience), ("lang", lang), ("note", note), ("note-es", note_es)];
        let again: Vec<String> = parts.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={v}")).collect();
        let again = again.join("; ");
        let (first, second) = (parse_pairs([("program-1", value)]), parse_pairs([("program-1", again.as_str())]));
        assert!(second.warnings.is_empty(), "{again}: {:?}", second.warnings);
        assert_eq!(first.config.programmes, second.config.programmes, "{value} → {again}");
    }
    assert_eq!(
        configure::programme_fields("level=php; days=mon-fri; time=9-15; for=all"),
        ["php", "", "", "mon,tue,wed,thu,fri", "09:00", "15:00", "", "", "", "", ""]
    );
    // A programme the parser leaves out gives nothing to fill in.
    assert!(configure::programme_fields("level=iop; days=mon").is_empty());
    assert!(configure::programme_fields("days=mon; time=9-12").is_empty());
}
