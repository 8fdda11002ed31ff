//! The conformance corpus of the host-settings parser: a deterministic list of settings, each
//! with the warnings `parse_pairs` gives for it (their `Display`, word for word, as the console
//! shows them) and a canonical JSON summary of the `HostConfig` it leaves. The WordPress
//! plugin's PHP port of the rules (`wordpress/care-screener/includes/rules.php`) is run over
//! the same file by `wordpress/tests/conformance.php` (from `e2e/wordpress.test.mjs`) and must
//! agree on every case, so the settings page tells a center exactly what the widget will say.
//!
//! The corpus is a few hundred hand-picked cases (every key, every `Problem`, the edges of
//! each rule) and a few thousand seeded pseudo-random ones (hostile text, near-valid phones,
//! addresses, colours, fonts, offsets, lists and programmes). This test regenerates it and
//! fails when the committed file differs. After changing the parser:
//!
//!     UPDATE_DOCS=1 cargo test --test config_corpus
//!
//! and then run `php wordpress/tests/conformance.php tests/fixtures/config-corpus.json`.
//!
//! The summary (`summary` below) is the canonical form: every field of `HostConfig`, each a
//! JSON value: text and addresses as strings or null, the phone as `{display, dial}`, the
//! colour as `{light, dark}`, levels, the theme and languages by their ids, bit sets as
//! numbers, and each programme with every part (`meets` as days bits and minutes).

use care_screener::embed::config::{
    contrast_with_white, form_decode, parse_fragment, parse_pairs, HostConfig, HostProgramme, Key, Problem, Theme, Words,
    DARK_SURFACE, MIN_CONTRAST,
};
use care_screener::screening::programmes::{Audience, Format};
use serde_json::{json, Value};

mod common;
use common::{form_encode, form_fragment};

// ------------------------------------------------------------------------------------------
// The canonical summary
// ------------------------------------------------------------------------------------------

fn words(w: &Words) -> Value {
    json!({ "en": w.en, "es": w.es })
}

fn programme(p: &HostProgramme) -> Value {
    let pr = &p.programme;
    json!({
        "level": pr.level.as_str(),
        "meets": pr.meets.map(|m| json!({ "days": m.days, "start": m.start, "end": m.end })),
        "audience": match pr.audience {
            Audience::All => "all",
            Audience::Adults => "adults",
            Audience::Teens => "teens",
            Audience::Family => "family",
        },
        "format": pr.format.map(|f| match f {
            Format::InPerson => "in-person",
            Format::Online => "online",
            Format::Both => "both",
        }),
        "name": words(&p.name),
        "note": words(&p.note),
        "langs": p.langs,
    })
}

/// Every field of the configuration, in the order `HostConfig` declares them.
fn summary(c: &HostConfig) -> Value {
    json!({
        "center_name": c.center_name,
        "phone": c.phone.as_ref().map(|p| json!({ "display": p.display(), "dial": p.dial() })),
        "contact_url": c.contact_url.as_ref().map(|u| u.as_str()),
        "offers": c.offers.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "next_step": words(&c.next_step),
        "programmes": c.programmes.iter().map(programme).collect::<Vec<_>>(),
        "payment": c.payment,
        "intake_langs": c.intake_langs,
        "brand_colour": c.brand_colour.as_ref().map(|b| json!({ "light": b.on_light(), "dark": b.on_dark() })),
        "theme": match c.theme {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        },
        "font": c.font,
        "offset_top": c.offset_top,
        "overlay": c.overlay,
        "lang": c.lang.map(|l| l.tag()),
        "exit_url": c.exit_url.as_str(),
    })
}

/// The name of a `Problem`'s variant, to check the corpus has every one.
fn variant(p: &Problem) -> &'static str {
    match p {
        Problem::UnknownKey => "UnknownKey",
        Problem::Repeated => "Repeated",
        Problem::Empty => "Empty",
        Problem::Markup { .. } => "Markup",
        Problem::ControlCharacters => "ControlCharacters",
        Problem::TooLong { .. } => "TooLong",
        Problem::ScriptUrl => "ScriptUrl",
        Problem::NotHttps => "NotHttps",
        Problem::BadUrl => "BadUrl",
        Problem::BadPhone => "BadPhone",
        Problem::EmergencyOffered => "EmergencyOffered",
        Problem::BadColour => "BadColour",
        Problem::LowContrast { .. } => "LowContrast",
        Problem::UnknownLang => "UnknownLang",
        Problem::BadTheme => "BadTheme",
        Problem::BadFont => "BadFont",
        Problem::BadOffset => "BadOffset",
        Problem::BadMode => "BadMode",
        Problem::UnknownItems { .. } => "UnknownItems",
        Problem::Part { dropped: true, .. } => "Part (dropped)",
        Problem::Part { dropped: false, .. } => "Part (ignored)",
    }
}
const VARIANTS: [&str; 21] = [
    "UnknownKey", "Repeated", "Empty", "Markup", "ControlCharacters", "TooLong", "ScriptUrl", "NotHttps", "BadUrl", "BadPhone",
    "EmergencyOffered", "BadColour", "LowContrast", "UnknownLang", "BadTheme", "BadFont", "BadOffset", "BadMode", "UnknownItems",
    "Part (dropped)", "Part (ignored)",
];

// ------------------------------------------------------------------------------------------
// A small seeded generator (SplitMix64), so the corpus is the same on every machine
// ------------------------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    /// Letters of `s` in random case (ASCII only; others are kept).
    fn case(&mut self, s: &str) -> String {
        s.chars().map(|c| if self.chance(50) { c.to_ascii_uppercase() } else { c }).collect()
    }
}

// ------------------------------------------------------------------------------------------
// Pools of pieces, good and hostile
// ------------------------------------------------------------------------------------------

const KEYS: [&str; 23] = [
    "center-name", "phone", "contact-url", "offers", "next-step", "next-step-es", "payment", "intake-lang", "program-1",
    "program-2", "program-3", "program-4", "program-5", "program-6", "program-7", "program-8", "brand-color", "lang",
    "exit-url", "theme", "font", "offset-top", "mode",
];

const UNKNOWN_KEYS: [&str; 14] = [
    "colour", "color", "data-phone", "program-9", "program-0", "crisis-phone", "988", "target", "button-text", "brand_color",
    "centre-name", "onload", "ｐｈｏｎｅ", "",
];

/// Pieces of text, from the plain to the hostile: markup, script and style elements, every
/// kind of control and direction character, Unicode whitespace and lookalikes.
const ATOMS: [&str; 96] = [
    "Harbor", "Recovery", "Center", "Centro", "de", "Recuperación", "Call", "us", "today.", "&", "'", "\"", "100%", "+", "#", ";",
    "=", ",", ":", "-", "/", "a", "Z", "7", "<b>", "</b>", "<B>", "<script>alert(1)</script>", "<SCRIPT>x", "</ScRiPt >",
    "<script", "</script", "<style>p{color:red}</style>", "<styled>", "<scripts>", "<", ">", "<<", ">>", "<!-- c -->",
    "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "</", "<x", "\0", "\u{1}", "\u{7}", "\u{8}", "\t", "\n",
    "\u{b}", "\u{c}", "\r", "\u{e}", "\u{1b}", "\u{1c}", "\u{1f}", "\u{7f}", "\u{80}", "\u{85}", "\u{86}", "\u{9f}", "\u{a0}",
    "\u{202a}", "\u{202b}", "\u{202c}", "\u{202d}", "\u{202e}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200e}",
    "\u{200f}", "\u{61c}", "\u{200b}", "\u{feff}", "\u{180e}", "\u{1680}", "\u{2000}", "\u{200a}", "\u{2028}", "\u{2029}",
    "\u{202f}", "\u{205f}", "\u{3000}", " ", "  ", "é", "e\u{301}", "ñ", "日本語", "😀", "👩\u{200d}👩\u{200d}👧", "İ", "\u{212a}",
];

fn text(r: &mut Rng, most: usize) -> String {
    let n = r.below(most + 1);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(r.pick(&ATOMS));
        if r.chance(40) {
            s.push(' ');
        }
    }
    s
}

/// Text that is sometimes longer than a limit (80, 300, 60 characters), cut anywhere.
fn long_text(r: &mut Rng) -> String {
    let mut s = String::new();
    let target = r.pick(&["58", "59", "60", "61", "62", "78", "79", "80", "81", "82", "120", "299", "300", "301", "302", "400"]);
    let target: usize = target.parse().unwrap();
    while s.chars().count() < target {
        if r.chance(70) {
            s.push_str(r.pick(&["word", "Harbor", "ñ", "日", "😀", "a", "bb"]));
        } else {
            s.push_str(r.pick(&[" ", "  ", "\u{a0}", "\t", "<b>", "\u{202e}", "\u{1}"]));
        }
    }
    s.chars().take(target).collect()
}

fn phone(r: &mut Rng) -> String {
    let mut s = String::new();
    if r.chance(30) {
        s.push('+');
    }
    let digits = 4 + r.below(14);
    for i in 0..digits {
        s.push(char::from(b'0' + r.below(10) as u8));
        if i + 1 < digits && r.chance(30) {
            s.push_str(r.pick(&[" ", "-", ".", "(", ")", " (", ") ", "  ", "\u{a0}", "\t", "\n", "/", "x", "+", "ext", "\u{2011}", "\u{3000}"]));
        }
    }
    if r.chance(8) {
        let at = r.below(s.len() + 1);
        let at = (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
        let extra = r.pick(&["１", "٣", "O", "I", "#", "*", "<", " "]);
        s.insert_str(at, extra);
    }
    s
}

fn url(r: &mut Rng) -> String {
    let scheme = r.pick(&[
        "https", "https", "https", "HTTPS", "Https", "http", "javascript", "JaVaScRiPt", "data", "vbscript", "ftp", "", "java\tscript",
        "ht\ntps", "https\u{0}", "mailto", "tel", "java\u{7f}script", "\u{1}data", "https ",
    ]);
    let sep = r.pick(&["://", "://", "://", ":", ":/", "//", ":///", ":\\\\", ": //"]);
    let user = if r.chance(8) { r.pick(&["user:pw@", "@", "a@"]) } else { "" };
    let host = r.pick(&[
        "harbor.example", "Harbor.Example", "www.harbor-recovery.example", "xn--caf-dma.example", "café.example", ".example",
        "-x.example", "", "a..b", "host_name.example", "[::1]", "127.0.0.1", "exa mple.com", "HARBOR.EXAMPLE", "h", "x-.y",
    ]);
    let port = if r.chance(20) { r.pick(&[":443", ":", ":123456", ":8a", ":65535", ":00000", ":1:2"]) } else { "" };
    let path = r.pick(&[
        "", "/", "/contact", "/Contact?From=Widget", "/a b", "/\"q\"", "/<x>", "/a?b=c#d", "?x", "#frag", "/%20", "/é", "/{}", "/|",
        "/^", "/`", "/\\", "/'", "/~user/", "/a\tb", "/;a=b", "/(x)", "/[x]", "/!$&*+,=@",
    ]);
    let mut s = [scheme, sep, user, host, port, path].concat();
    if r.chance(3) {
        s.push_str(&"/abcdefghij".repeat(200));
    }
    s
}

fn colour(r: &mut Rng) -> String {
    const HEX: &[u8] = b"0123456789abcdefABCDEF";
    let n = [3usize, 6, 6, 6, 6, 3, 3, 4, 5, 7, 0, 8][r.below(12)];
    let mut s: String = if r.chance(93) { "#".into() } else { r.pick(&["", "##", "0x", "# "]).into() };
    for _ in 0..n {
        s.push(char::from(HEX[r.below(HEX.len())]));
    }
    if r.chance(5) {
        s.push_str(r.pick(&["g", "G", "ｆ", " ", ";", "é"]));
    }
    s
}

fn font(r: &mut Rng) -> String {
    let n = 1 + r.below(5);
    let mut parts = Vec::new();
    for _ in 0..n {
        parts.push(r.pick(&[
            "Arial", "\"Source Sans 3\"", "'Noto Sans'", "sans-serif", "serif", "system-ui", "monospace", "Sans-Serif", "cursive",
            "Helvetica Neue", "Font;", "url(x)", "{", "é", "-", "\"", "'", "  ", "", "x", "A1", "-apple-system", "Segoe UI\u{a0}",
        ]));
    }
    let sep = r.pick(&[",", ", ", " , ", ",,", ";"]);
    let mut s = parts.join(sep);
    if r.chance(4) {
        s = format!("{}, serif", "Arial, ".repeat(40));
    }
    s
}

fn offset(r: &mut Rng) -> String {
    if r.chance(50) {
        let n = r.below(300);
        return [n.to_string().as_str(), r.pick(&["", "px", " px", "PX", "pt", "px px"])].concat();
    }
    r.pick(&["0", "064", "0064", "-1", "1.5", "px", "1e2", "٦٤", "１", "64pxpx", "999", "+5", " 64 ", "6 4"]).into()
}

fn list(r: &mut Rng, items: &[&str]) -> String {
    let n = r.below(5);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 || r.chance(10) {
            s.push_str(r.pick(&[",", " ", ", ", ",,", "\t", ";", " ,"]));
        }
        let item = if r.chance(15) {
            r.pick(&["detox", "cash", "fr", "EN-us", "emergency", "é", "medi-caid", "a-very-long-item-name-that-is-cut", "x"]).to_owned()
        } else {
            r.pick(items).to_owned()
        };
        s.push_str(&r.case(&item));
    }
    s
}

const LEVELS: [&str; 7] = ["early", "outpatient", "iop", "php", "residential", "withdrawal", "emergency"];
const PAYMENTS: [&str; 5] = ["medicaid", "medicare", "private", "sliding-scale", "free"];
const LANGS: [&str; 2] = ["en", "es"];

fn days(r: &mut Rng) -> String {
    const DAYS: [&str; 14] =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let n = 1 + r.below(3);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(r.pick(&[",", " ", ", ", ",,"]));
        }
        let a = r.pick(&DAYS);
        if r.chance(35) {
            let dash = r.pick(&["-", "–", " - ", "--"]);
            s.push_str(&[a, dash, r.pick(&DAYS)].concat());
        } else {
            s.push_str(a);
        }
    }
    if r.chance(10) {
        s = r.pick(&["", "mo", "weekdays", "mon-", "-fri", "lun", "mon;tue", "mon\ttue", "MON–FRI", "fri-mon", "sun-mon"]).into();
    }
    s
}

fn clock(r: &mut Rng) -> String {
    if r.chance(12) {
        return r.pick(&["5:30pm", "24:00", "23:59", "0", "00:00", "9:5", "9:", ":30", "123", "1:2:3", "９", " 9 ", "7.30", "-1", "12:60"]).into();
    }
    let h = r.below(24);
    if r.chance(40) {
        h.to_string()
    } else {
        format!("{}{h}:{:02}", if r.chance(30) { "0" } else { "" }, r.below(60))
    }
}

fn time(r: &mut Rng) -> String {
    let (a, dash) = (clock(r), r.pick(&["-", "-", "–", " - ", "--", " to "]));
    [a.as_str(), dash, clock(r).as_str()].concat()
}

fn part(r: &mut Rng) -> String {
    let key = r.pick(&[
        "level", "level", "days", "days", "time", "time", "name", "name-es", "note", "note-es", "format", "for", "lang", "level ",
        " Days", "TIME", "colour", "", "nom", "names",
    ]);
    let value = match key.trim().to_ascii_lowercase().as_str() {
        "level" => {
            let l = r.pick(&LEVELS);
            r.case(l)
        }
        "days" => {
            let d = days(r);
            r.case(&d)
        }
        "time" => time(r),
        "name" | "name-es" | "note" | "note-es" => {
            if r.chance(8) {
                long_text(r)
            } else {
                text(r, 4).replace(';', "")
            }
        }
        "format" => {
            let f = r.pick(&["in-person", "online", "both", "zoom", "in person", ""]);
            r.case(f)
        }
        "for" => {
            let f = r.pick(&["all", "adults", "teens", "family", "kids", ""]);
            r.case(f)
        }
        "lang" => list(r, &LANGS),
        _ => text(r, 2).replace(';', ""),
    };
    let eq = r.pick(&["=", "=", " = ", "= ", "==", ""]);
    [key, eq, value.as_str()].concat()
}

fn programme_value(r: &mut Rng) -> String {
    let n = r.below(6);
    let mut parts: Vec<String> = Vec::new();
    if r.chance(60) {
        // Most programmes start as a good one, then get broken parts on top.
        parts.push(format!("level={}", r.pick(&LEVELS[..6])));
        if r.chance(70) {
            parts.push(format!("days={}", days(r)));
            parts.push(format!("time={}", time(r)));
        }
    }
    for _ in 0..n {
        parts.push(part(r));
    }
    // Shuffle.
    for i in (1..parts.len()).rev() {
        let j = r.below(i + 1);
        parts.swap(i, j);
    }
    parts.join(r.pick(&[";", "; ", " ; ", ";;", ";\u{a0}", ";\t"]))
}

fn value_for(r: &mut Rng, key: &str) -> String {
    if r.chance(4) {
        return r.pick(&["", " ", "\u{a0}", "\t\n", "\u{3000}"]).into();
    }
    if r.chance(6) {
        return text(r, 6);
    }
    match key {
        "center-name" | "next-step" | "next-step-es" => {
            if r.chance(12) {
                long_text(r)
            } else {
                text(r, 8)
            }
        }
        "phone" => phone(r),
        "contact-url" | "exit-url" => url(r),
        "offers" => list(r, &LEVELS),
        "payment" => list(r, &PAYMENTS),
        "intake-lang" => list(r, &LANGS),
        "brand-color" | "brand-colour" => colour(r),
        "lang" => {
            let l = r.pick(&["en", "es", "es-MX", "en_US", "fr", "e", "eng", "es-", "-es", " en ", "ES", "en-", "de-es"]);
            r.case(l)
        }
        "theme" => {
            let t = r.pick(&["auto", "light", "dark", "Dark ", "night", "lite", ""]);
            r.case(t)
        }
        "mode" => {
            let m = r.pick(&["inline", "overlay", "popup", "in-line", ""]);
            r.case(m)
        }
        "font" => font(r),
        "offset-top" => offset(r),
        _ => programme_value(r),
    }
}

fn random_key(r: &mut Rng) -> String {
    let key = if r.chance(3) {
        r.pick(&UNKNOWN_KEYS)
    } else if r.chance(3) {
        "brand-colour"
    } else if r.chance(12) {
        // A programme is one setting in eight, as often as any other kind.
        r.pick(&KEYS[8..16])
    } else {
        r.pick(&[&KEYS[..8], &KEYS[16..]].concat())
    };
    if r.chance(10) {
        let (before, cased) = (r.pick(&["", " ", "\u{a0}", "\t"]), r.case(key));
        return [before, cased.as_str(), r.pick(&["", " ", "\u{3000}"])].concat();
    }
    key.to_owned()
}

fn random_case(r: &mut Rng) -> Vec<(String, String)> {
    let n = 1 + r.below(3);
    let mut pairs: Vec<(String, String)> = Vec::new();
    for _ in 0..n {
        let key = if !pairs.is_empty() && r.chance(10) { pairs[r.below(pairs.len())].0.clone() } else { random_key(r) };
        let lookup = key.trim().to_ascii_lowercase();
        let mut value = value_for(r, &lookup);
        if r.chance(5) {
            let before = r.pick(&[" ", "\t", "\u{a0}", "\u{2003}"]);
            value = [before, value.as_str(), r.pick(&["", " ", "\n"])].concat();
        }
        pairs.push((key, value));
    }
    pairs
}

// ------------------------------------------------------------------------------------------
// Hand-picked cases: the edges of every rule
// ------------------------------------------------------------------------------------------

fn one(cases: &mut Vec<Vec<(String, String)>>, key: &str, values: &[&str]) {
    for v in values {
        cases.push(vec![(key.to_owned(), (*v).to_owned())]);
    }
}

fn hand_picked() -> Vec<Vec<(String, String)>> {
    let mut c: Vec<Vec<(String, String)>> = Vec::new();
    let pairs = |list: &[(&str, &str)]| list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect::<Vec<_>>();
    c.push(vec![]);
    // Every key with a good value, and empty.
    c.push(pairs(&[
        ("center-name", "Harbor Recovery Center"),
        ("phone", "(555) 010-0199"),
        ("contact-url", "https://www.harbor-recovery.example/contact"),
        ("offers", "outpatient,iop,php"),
        ("next-step", "Call us on weekdays from 8 to 6 and ask for the intake team."),
        ("next-step-es", "Llámenos de lunes a viernes de 8 a 6."),
        ("payment", "medicaid,private,sliding-scale"),
        ("intake-lang", "en,es"),
        ("program-1", "level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es; note=Childcare on site; note-es=Cuidado de niños en el lugar"),
        ("brand-color", "#1d5c8c"),
        ("lang", "es-MX"),
        ("exit-url", "https://news.example/today"),
        ("theme", "light"),
        ("font", "\"Source Sans 3\", Arial, sans-serif"),
        ("offset-top", "64px"),
        ("mode", "overlay"),
    ]));
    // Each of these is one case with every key (and `brand-colour` on its own, as it is the
    // same setting as `brand-color`).
    let every = |f: &dyn Fn(&str) -> Vec<(String, String)>| -> Vec<Vec<(String, String)>> {
        vec![KEYS.iter().flat_map(|k| f(k)).collect(), f("brand-colour")]
    };
    for v in ["", " ", "\t\n", "\u{a0}", "\u{3000}", "\u{200b}", "\u{85}"] {
        c.extend(every(&|k| vec![(k.to_owned(), v.to_owned())]));
    }
    c.extend(every(&|k| vec![(k.to_ascii_uppercase(), "x".to_owned())]));
    c.extend(every(&|k| vec![(format!(" {k}\u{a0}"), "1".to_owned())]));
    c.extend(every(&|k| vec![(format!("data-{k}"), "1".to_owned())]));
    c.extend(every(&|k| vec![(k.to_owned(), "a".to_owned()), (k.to_owned(), "b".to_owned())]));
    for key in UNKNOWN_KEYS {
        c.push(vec![(key.to_owned(), "blue".to_owned())]);
    }
    c.push(vec![("a-very-long-unknown-setting-name-that-goes-on-and-on-and-on".into(), "v".repeat(100))]);
    c.push(vec![("ключ-ключ-ключ-ключ-ключ-ключ-ключ-ключ-ключ".into(), "значение".into())]);
    c.push(pairs(&[("brand-color", "#fff"), ("brand-colour", "#000")]));
    c.push(pairs(&[("brand-colour", "#123"), ("BRAND-COLOR", "#456")]));
    c.push(pairs(&[("lang", "es"), ("LANG", "en")]));
    c.push(pairs(&[("phone", ""), ("phone", "(555) 010-0199")]));
    c.push(pairs(&[("program-1", "level=iop"), ("program-3", "level=php"), ("program-2", "level=early"), ("program-1", "level=php")]));
    let eight: Vec<(String, String)> = (1..=8).map(|n| (format!("program-{n}"), format!("level={}; name=P{n}", LEVELS[n % 6]))).collect();
    c.push(eight);

    // Text.
    for key in ["center-name", "next-step", "next-step-es"] {
        one(&mut c, key, &[
            "Harbor Recovery Center",
            "<img src=x onerror=\"alert(1)\">Harbor",
            "<img src=x onerror=alert(1)>Harbor <b>Recovery</b>",
            "<SCRIPT>alert(1)</script >Call us <style>b{}</style>today",
            "Call us <script>alert(1)",
            "Call us <script>alert(1)</script",
            "a<script>b</script>c<script>d",
            "a<style>x</STYLE>b<style>",
            "<scripts>kept</scripts>",
            "<styled>kept",
            "<script src=x/>after</script>done",
            "Harbor > Recovery",
            "Harbor >> Recovery <<",
            "<script>",
            "<>",
            "<",
            ">",
            "a<b",
            "a < b and c > d",
            "<<b>>bold",
            "<!-- comment -->text",
            "x</script>y",
            "Harbor\u{202E}retneC\u{0007}",
            "Harbor\n\tRecovery",
            "Harbor\r\n\r\nRecovery",
            "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}x\u{e}\u{f}\u{10}\u{1a}\u{1b}\u{1c}\u{1d}\u{1e}\u{1f}",
            "a\u{7f}b\u{80}c\u{84}d\u{85}e\u{86}f\u{9f}g\u{a0}h",
            "\u{202a}a\u{202b}b\u{202c}c\u{202d}d\u{202e}e\u{2066}f\u{2067}g\u{2068}h\u{2069}i",
            "\u{200e}lrm\u{200f}rlm\u{61c}alm\u{200b}zw\u{feff}bom\u{180e}mvs",
            "a\u{1680}b\u{2000}c\u{2001}d\u{2002}e\u{2003}f\u{2004}g\u{2005}h\u{2006}i\u{2007}j\u{2008}k\u{2009}l\u{200a}m",
            "a\u{2028}b\u{2029}c\u{202f}d\u{205f}e\u{3000}f\u{b}g\u{c}h",
            "\u{1}",
            "\u{202e}",
            "\u{202e}<b></b>",
            "Centro de Recuperación Niño",
            "e\u{301}\u{301}\u{301}",
            "😀 👩\u{200d}👩\u{200d}👧 日本語",
            "İstanbul \u{212a}elvin ß ﬁ",
            "\u{10ffff}\u{fffd}",
            "Tom & Jerry's \"Place\"",
            "&lt;b&gt;entities&lt;/b&gt;",
        ]);
    }
    let max = |n: usize, fill: &str| fill.repeat(n);
    for (key, limit) in [("center-name", 80usize), ("next-step", 300)] {
        for n in [limit - 1, limit, limit + 1, limit + 2] {
            for fill in ["a", "ñ", "日", "😀", "e\u{301}"] {
                c.push(vec![(key.to_owned(), max(n, fill))]);
            }
        }
        // A cut that falls on a space, or just after one.
        for at in [limit - 2, limit - 1, limit, limit + 1] {
            let mut s = "b".repeat(at);
            s.push(' ');
            s.push_str(&"c".repeat(20));
            c.push(vec![(key.to_owned(), s)]);
        }
        let long_markup = format!("<b>{}</b>{}", "x".repeat(70), "y".repeat(limit));
        c.push(vec![(key.to_owned(), long_markup)]);
        c.push(vec![(key.to_owned(), format!("\u{202e}<i>{}</i>", "word ".repeat(100)))]);
        c.push(vec![(key.to_owned(), format!("{}\u{a0}\u{a0}{}", "a".repeat(limit - 1), "b".repeat(3)))]);
    }
    c.push(vec![("center-name".into(), format!("{} ", "Harbor ".repeat(30)))]);

    // Phones.
    one(&mut c, "phone", &[
        "(555) 010-0199", "+1 (555) 010.0199", "555-010-0199", "5550100", "555010", "123456789012345", "1234567890123456",
        "+123456789012345", "+1234567890123456", "1-800-GET-HELP", "call us", "12345", "12", "+1 555 010 0199 0199 0199",
        "555+0100199", "<555>", "++15550100199", "+ 1 555 010 0199", " +15550100199", "555\u{a0}010\u{a0}0199",
        "555\t010\n0199", "555  010   0199", "555\u{3000}010\u{2003}0199", "５５５０１００１９９", "٥٥٥٠١٠٠١٩٩", "555-010-0199 ext 2",
        "555/010/0199", "(((5550100)))", "...5550100...", "--5550100", "+", "+()", "0000000", "555.010.0199\u{200b}",
        "555\u{2011}010\u{2011}0199", "+44 20 7946 0958", "+52 55 1234 5678",
    ]);
    // Addresses.
    for key in ["contact-url", "exit-url"] {
        one(&mut c, key, &[
            "https://www.harbor-recovery.example/contact",
            "HTTPS://Harbor.Example:8443/Contact?x=1#top",
            "https://harbor.example",
            "https://harbor.example/",
            "https://harbor.example:/x",
            "https://harbor.example:443",
            "https://harbor.example:65535/",
            "https://harbor.example:123456/",
            "https://harbor.example:99999999/",
            "https://harbor.example:8a/",
            "https://harbor.example:1:2/",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\u{0}script:alert(1)",
            "java\u{7f}script:alert(1)",
            "java\u{85}script:alert(1)",
            "java\u{a0}script:alert(1)",
            " data:text/html,<b>",
            "data:text/html;base64,PGI+",
            "vbscript:x",
            "VBScript:x",
            "javascript",
            "http://harbor.example/",
            "http://news.example/",
            "//harbor.example/contact",
            "/contact",
            "harbor.example",
            "ftp://x.example/",
            "mailto:a@harbor.example",
            "https:harbor.example",
            "https:/harbor.example",
            "https:///harbor.example",
            "https://",
            "https:",
            "https",
            "https://user:pw@evil.example/",
            "https://@evil.example/",
            "https://harbor.example/a b",
            "https://harbor.example/a\tb",
            "https://harbor.example/\"onmouseover=\"x",
            "https://harbor.example/'x'",
            "https://harbor.example/<script>",
            "https://harbor.example/`x`",
            "https://harbor.example/{x}",
            "https://harbor.example/a|b",
            "https://harbor.example/a^b",
            "https://harbor.example\\@evil.example/",
            "https://hárbor.example/",
            "https://harbor.example/café",
            "https://harbor.example/caf%C3%A9",
            "https://xn--hrbor-qqa.example/",
            "https://.example/",
            "https://-harbor.example/",
            "https://harbor-.example/",
            "https://harbor..example/",
            "https://harbor_x.example/",
            "https://[::1]/",
            "https://127.0.0.1/",
            "https://harbor.example?x=1",
            "https://harbor.example#top",
            "https://HARBOR.EXAMPLE/PATH",
            "hTtPs://Harbor.example/",
            "https ://harbor.example/",
            "ht tps://harbor.example/",
            "ht\ntps://harbor.example/",
            "https:\\\\harbor.example\\",
            "https://harbor.example/~user/!$&*+,;=@()[]%",
            "https://harbor.example/\u{7f}",
            "https://harbor.example/\u{200b}",
        ]);
        let long = format!("https://harbor.example/{}", "a".repeat(2000 - 23));
        c.push(vec![(key.to_owned(), long.clone())]);
        c.push(vec![(key.to_owned(), format!("{long}b"))]);
        c.push(vec![(key.to_owned(), format!("https://harbor.example/{}", "é".repeat(990)))]);
    }
    // Lists.
    one(&mut c, "offers", &[
        "outpatient,iop,php", "Residential, iop,detox,iop,emergency", "emergency", "EMERGENCY,emergency", "early outpatient",
        "early,outpatient,iop,php,residential,withdrawal", "withdrawal,early", ",", ", ,", ";", "detox", "detox,rehab,emergency",
        "iop;php", "iop\tphp", "IOP", "a-very-long-item-name-that-is-cut,b", "ｉｏｐ", "iop,,php", " ,iop, ",
    ]);
    one(&mut c, "payment", &[
        "medicaid,private,sliding-scale", "medicaid,cash", "MEDICARE free", "sliding scale", "insurance,cash,check", "free,free",
        "medicaid,medicare,private,sliding-scale,free", ",,,",
    ]);
    one(&mut c, "intake-lang", &["en,es", "es", "en,fr", "fr,de", "EN ES", "en-US", "english", " , "]);
    // Colours: every grey, the pure hues, the edges of 4.5:1, and the bad forms.
    for v in 0..16u8 {
        let h = char::from_digit(u32::from(v), 16).unwrap();
        c.push(vec![("brand-color".into(), format!("#{h}{h}{h}"))]);
    }
    one(&mut c, "brand-color", &[
        "#1d5c8c", "#1D5C8C", "#ffcc00", "#ffff00", "#fff", "#000", "#ff0000", "#00ff00", "#0000ff", "#767676", "#777777",
        "#757575", "#787878", "#ff00ff", "#00ffff", "#f0f", "#0ff", "#006400", "#e0e0e0", "#fefefe", "#010101", "#595959",
        "#0066cc", "#2b2b2b", "#222", "#22282d", "#abc", "#ABCDEF", "red", "rgb(0,0,0)", "#", "##fff", "#ff", "#ffff", "#fffff",
        "#fffffff", "#ggg", "fff", "#fff ", "#ＦＦＦ", "#12345g", "#-12", "#+12", "# fff", "#1d5c8c;", "#0x1234",
    ]);
    for colour in edge_colours() {
        c.push(vec![("brand-color".into(), colour)]);
    }
    // The rest.
    one(&mut c, "lang", &["en", "es", "ES", "es-MX", "es_419", "en-GB", "EN-us", "fr", "e", "eng", "es-", "-es", "_en", "en--x", "es\u{a0}"]);
    one(&mut c, "theme", &["auto", "light", "dark", "DARK", "Light", "night", "lite", "light dark"]);
    one(&mut c, "mode", &["inline", "overlay", "OVERLAY", "popup", "in-line", "modal"]);
    one(&mut c, "font", &[
        "\"Source Sans 3\", Arial, sans-serif", "Arial", "Arial, serif", "Arial,serif", "Arial, Sans-Serif", "system-ui",
        "monospace", "'Noto Sans'", "\"Noto Sans", "'Noto Sans\"", "Arial;", "Arial; color: red", "url(x)", "Arial, {", "é",
        "Arial,", ",Arial", "Arial,,serif", "-", "\"\"", "' '", "- -, serif", "-apple-system, BlinkMacSystemFont, serif",
        "Helvetica Neue, Arial", "Arial\tserif", "Arial, serif ", "Arial , serif", "Segoe UI\u{a0}", "A1", "1",
    ]);
    c.push(vec![("font".into(), format!("{}A", "Arial, ".repeat(28)))]);
    c.push(vec![("font".into(), format!("{}Ari", "Arial, ".repeat(28)))]);
    c.push(vec![("font".into(), format!("{}Aria", "Arial, ".repeat(28)))]);
    one(&mut c, "offset-top", &[
        "0", "64", "64px", "240", "240px", "241", "241px", "064", "0064", "-1", "1.5", "64 px", "64PX", "px", "1e2", "٦٤", "１",
        "64pxpx", "999", "+5", "6 4", "00", "000", "0px",
    ]);
    // Programmes: every part good and broken.
    one(&mut c, "program-1", &[
        "level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es; note=Childcare on site; note-es=Cuidado de niños en el lugar",
        "level=iop",
        "LEVEL=IOP",
        "level = residential ; name = Harbor House",
        "level=emergency",
        "level=detox; days=mon; time=9-12",
        "name=Evening IOP; days=mon; time=18-21",
        "level=iop; days=mon-fri",
        "level=iop; time=9-12",
        "level=iop; days=mon,wed; time=5:30pm-9pm",
        "level=iop; days=mon,wed; time=18-20; format=zoom",
        "level=residential; lang=en,fr",
        "level=residential; lang=",
        "level=residential; lang",
        "level=iop; days=fri-mon; time=9-12",
        "level=iop; days=mon-mon; time=9-12",
        "level=iop; days=monday-friday; time=9-12",
        "level=iop; days=Mon–Fri; time=9–12",
        "level=iop; days=mon-wed,fri; time=09:00-15:00",
        "level=iop; days=monday tuesday; time=9 - 12",
        "level=iop; days=mon - fri; time=9-12",
        "level=iop; days=mo; time=9-12",
        "level=iop; days=; time=9-12",
        "level=iop; days=mon-tue-wed; time=9-12",
        "level=iop; days=mon; time=9:00-9:00",
        "level=iop; days=mon; time=21:00-1:00",
        "level=iop; days=mon; time=0:00-23:59",
        "level=iop; days=mon; time=0-24:00",
        "level=iop; days=mon; time=9:5-10",
        "level=iop; days=mon; time=9:-10",
        "level=iop; days=mon; time=009-10",
        "level=iop; days=mon; time=9-10-11",
        "level=iop; days=mon; time=12:60-13",
        "level=iop; days=mon; time=１-２",
        "level=iop; days=mon; time=9",
        "level=iop; days=mon; time= 9 - 12 ",
        "level=iop; level=php",
        "level=iop; days=mon; days=tue; time=9-12",
        "level=iop; days=mon; time=9-12; time=10-11",
        "level=iop; name=A; name=B; note=C; note=D; format=online; format=both; for=teens; for=adults; lang=en; lang=es",
        "level=iop; for=kids",
        "level=iop; for=FAMILY",
        "level=iop; format=BOTH",
        "level=iop; format=in person",
        "level=iop; colour=blue",
        "level=iop; unknown",
        "level=iop; =x",
        "level=iop; name",
        "level=iop; name=",
        "level=iop; name=<b>Evening</b> IOP",
        "level=iop; name=\u{202e}Evening",
        "level=iop; name=Evening IOP with a name that is much longer than sixty characters in all",
        "level=iop; note=A note with markup <script>x</script> and more",
        "level=iop; name-es=Programa de día (PHP); note-es=Cuidado de niños",
        ";;;level=iop;;;",
        "level=iop;",
        "; ; ;",
        "level",
        "level=",
        "=",
        "level==iop",
        "level=iop=php",
        "level=iop; days=mon; time=9-12; format=zoom; for=kids; lang=fr; colour=red; level=php",
        "level=iop\u{a0}; days=\u{3000}mon\u{a0}; time=9-12",
        "level=iop; name=a very long part that is itself over forty characters long",
        "days=mon; time=9-12; format=zoom; this is a very long programme value that runs over the forty characters",
        "level=withdrawal; days=sat,sun; time=8-17; for=all",
        "level=early; days=sunday; time=23:00-23:59",
    ]);
    c
}

/// The colours nearest the edges where a port's floating point could decide differently: the
/// contrast against white nearest 4.5:1 and nearest each tenth below it (the warning floors
/// it), and the colours whose dark-theme shade passes a step nearest 4.5:1 against the dark
/// surface. Found by trying every `#rrggbb`. (The nearest are 1.5e-7, 7.6e-8 and 1.2e-8
/// from an edge, far more than a double's rounding, so any port that computes in doubles
/// decides as Rust does; these cases would catch a port in single precision or with a
/// rounded-off formula.)
fn edge_colours() -> Vec<String> {
    // The parser's luminance, channel by channel (a copy of `luminance` in config.rs, checked
    // against the library below), so that trying all 16.7 million colours takes milliseconds.
    let pow_2_4 = |x: f64| {
        let mut y = 1.0;
        for _ in 0..24 {
            y = (4.0 * y + x / (y * y * y * y)) / 5.0;
        }
        let y3 = y * y * y;
        y3 * y3 * y3 * y3
    };
    let linear: Vec<f64> = (0..=255u8)
        .map(|c| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
        })
        .collect();
    let lum = |[r, g, b]: [u8; 3]| 0.2126 * linear[r as usize] + 0.7152 * linear[g as usize] + 0.0722 * linear[b as usize];
    let ratio = |a: f64, b: f64| (a.max(b) + 0.05) / (a.min(b) + 0.05);
    let (white, dark) = (lum([255, 255, 255]), lum(DARK_SURFACE));
    let mut near_limit: Vec<(f64, u32)> = Vec::new();
    let mut near_tenth: Vec<(f64, u32)> = Vec::new();
    let mut near_dark: Vec<(f64, u32)> = Vec::new();
    for rgb in 0..(1u32 << 24) {
        let c = [(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8];
        let l = lum(c);
        let on_white = ratio(l, white);
        near_limit.push(((on_white - MIN_CONTRAST).abs(), rgb));
        if on_white < MIN_CONTRAST {
            near_tenth.push((((on_white * 10.0) - (on_white * 10.0).round()).abs(), rgb));
        } else {
            // The dark theme's shade is this colour lightened step by step: the step nearest
            // the limit is where a port could stop one step early or late.
            let (mut step, mut nearest) = (c, f64::MAX);
            loop {
                let on_dark = ratio(lum(step), dark);
                nearest = nearest.min((on_dark - MIN_CONTRAST).abs());
                if on_dark >= MIN_CONTRAST {
                    break;
                }
                step = step.map(|c| c + ((255 - c) as f64 * 0.05).ceil() as u8);
            }
            near_dark.push((nearest, rgb));
        }
        // Keep the lists short as they grow.
        for list in [&mut near_limit, &mut near_tenth, &mut near_dark] {
            if list.len() > 4096 {
                list.sort_by(|a, b| a.partial_cmp(b).unwrap());
                list.truncate(16);
            }
        }
    }
    let mut out = Vec::new();
    for mut list in [near_limit, near_tenth, near_dark] {
        list.sort_by(|a, b| a.partial_cmp(b).unwrap());
        for &(_, rgb) in list.iter().take(16) {
            let c = [(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8];
            assert_eq!(ratio(lum(c), white), contrast_with_white(c), "the copy of the luminance is the parser's");
            out.push(format!("#{rgb:06x}"));
        }
    }
    out
}

/// Strings for the fragment encoding: what `URLSearchParams` (and the plugin) write.
fn encodings() -> Vec<String> {
    let mut v: Vec<String> = ATOMS.iter().map(|s| (*s).to_owned()).collect();
    v.extend(
        ["*-._~!'()", "a b+c%20d&e=f#g?h/i", "level=iop; name=Day & Night IOP; note=Café + snacks 100%", "\u{10ffff}", "%", "%zz", "+"]
            .map(String::from),
    );
    let all: String = (0u8..128).map(char::from).collect();
    v.push(all);
    v
}

/// Encoded components with bytes that are not UTF-8, and what the widget's `form_decode` makes
/// of them (each invalid sequence one U+FFFD, as `String::from_utf8_lossy` does): the plugin
/// stores what a center typed the same way, so it shows the text the widget will read.
fn decodings() -> Vec<String> {
    let mut v: Vec<String> = [
        "%FF", "%C3", "%C3%28", "%E2%82", "%E2%82%28", "%F0%9F%98", "%F0%9F%98%80", "%ED%A0%80", "%ED%9F%BF", "%C0%80", "%C1%BF",
        "%F4%90%80%80", "%F4%8F%BF%BF", "%F5%80", "%F8%88%80%80%80", "a%zzb", "%", "%4", "%41%", "+%2B+", "%E0%80%80", "%E0%A0%80",
        "%EF%BF%BF", "%80%80", "%C2%C2%A0", "%E1%80%E1%80%80", "%F0%80%80%80", "%F0%90%80", "%F0%90%80%41", "%FE%FF", "caf%E9",
    ]
    .map(String::from)
    .to_vec();
    let mut r = Rng(SEED ^ 0xdec0de);
    const BYTES: [u8; 16] = [0x41, 0x20, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xff];
    for _ in 0..150 {
        let n = 1 + r.below(8);
        v.push((0..n).map(|_| format!("%{:02X}", BYTES[r.below(16)])).collect());
    }
    v
}

const RANDOM_CASES: usize = 2000;
const SEED: u64 = 0x00c0_ffee_2026_1207;

fn generate() -> (String, Vec<&'static str>) {
    let mut r = Rng(SEED);
    let mut cases = hand_picked();
    let hand = cases.len();
    for _ in 0..RANDOM_CASES {
        cases.push(random_case(&mut r));
    }
    let mut seen_variants: Vec<&'static str> = Vec::new();
    let mut out = String::new();
    out.push_str("{\n\"about\": ");
    out.push_str(
        &serde_json::to_string(&format!(
            "Generated by tests/config_corpus.rs (UPDATE_DOCS=1 cargo test --test config_corpus); do not edit. \
             {hand} hand-picked and {RANDOM_CASES} seeded random cases of parse_pairs: pairs, the warnings' Display and the config's summary. \
             encodings: a value and its application/x-www-form-urlencoded form, as URLSearchParams writes it. \
             decodings: an encoded component and what form_decode reads (bytes that are not UTF-8 become U+FFFD)."
        ))
        .unwrap(),
    );
    out.push_str(",\n\"keys\": ");
    out.push_str(&serde_json::to_string(&Key::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>()).unwrap());
    out.push_str(",\n\"cases\": [\n");
    for (i, pairs) in cases.iter().enumerate() {
        let parsed = parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        // The fragment the widget reads gives the same as the pairs.
        let fragment = form_fragment(&pairs);
        assert_eq!(parse_fragment(&fragment), parsed, "{pairs:?}");
        for w in &parsed.warnings {
            let v = variant(&w.problem);
            if !seen_variants.contains(&v) {
                seen_variants.push(v);
            }
        }
        let case = json!({
            "pairs": pairs.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>(),
            "warnings": parsed.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "config": summary(&parsed.config),
        });
        out.push_str(&serde_json::to_string(&case).unwrap());
        out.push_str(if i + 1 < cases.len() { ",\n" } else { "\n" });
    }
    out.push_str("],\n\"encodings\": [\n");
    let enc = encodings();
    for (i, s) in enc.iter().enumerate() {
        out.push_str(&serde_json::to_string(&[s, &form_encode(s)]).unwrap());
        out.push_str(if i + 1 < enc.len() { ",\n" } else { "\n" });
    }
    out.push_str("],\n\"decodings\": [\n");
    let dec = decodings();
    for (i, s) in dec.iter().enumerate() {
        out.push_str(&serde_json::to_string(&[s, &form_decode(s)]).unwrap());
        out.push_str(if i + 1 < dec.len() { ",\n" } else { "\n" });
    }
    out.push_str("]\n}\n");
    (out, seen_variants)
}

#[test]
fn the_config_corpus_is_up_to_date() {
    let (fresh, seen) = generate();
    for v in VARIANTS {
        assert!(seen.contains(&v), "the corpus has no case of {v}");
    }
    for key in Key::ALL {
        assert!(fresh.contains(&format!("[\"{}\",", key.as_str())), "the corpus sets {}", key.as_str());
    }
    assert!(fresh.len() < 2_000_000, "the corpus stays small: {} bytes", fresh.len());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/config-corpus.json");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().expect("tests/fixtures")).expect("can create tests/fixtures/");
        std::fs::write(&path, &fresh).expect("can write tests/fixtures/config-corpus.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/fixtures/config-corpus.json is out of date with the parser (src/embed/config.rs).\n\
         Regenerate it with: UPDATE_DOCS=1 cargo test --test config_corpus\n\
         and check the PHP port: php wordpress/tests/conformance.php tests/fixtures/config-corpus.json"
    );
}
