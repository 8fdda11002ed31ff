//! The host's description of its programmes (`data-program-1` … `data-program-8`) and the
//! settings that go with them (`data-payment`, `data-intake-lang`, `data-next-step-es`), as
//! the center's web team writes them and reads the console's warnings.
//!
//! A programme that could be matched wrongly (no level, days or a time that cannot be read,
//! days without a time) is left out with a warning that says so; a part that is only extra
//! information (format, audience, languages, an unknown part) is ignored with a warning and
//! the programme kept. Whatever is written, nothing unsafe comes out.

use care_screener::embed::config::{
    form_decode, parse_fragment, parse_pairs, HostConfig, HostProgramme, Parsed, Problem, Warning, Words, MAX_NEXT_STEP_CHARS,
    MAX_PROGRAMME_NAME_CHARS, PAYMENT_IDS,
};
use care_screener::screening::programmes::{Audience, Format, Meets, Programme};
use care_screener::screening::Level;
use proptest::prelude::*;

mod common;
use common::{form_encode, form_fragment};

fn parse(pairs: &[(&str, &str)]) -> Parsed {
    parse_pairs(pairs.iter().copied())
}

/// One programme setting alone: the programme if kept, and the warnings.
fn program(n: u8, value: &str) -> (Option<HostProgramme>, Vec<Warning>) {
    let key = format!("program-{n}");
    let parsed = parse(&[(&key, value)]);
    assert!(parsed.config.programmes.len() <= 1);
    for w in &parsed.warnings {
        assert_eq!(w.key, key, "the warning names the setting: {w:?}");
        assert!(w.to_string().starts_with(&format!("data-{key}=\"")), "{w}");
    }
    (parsed.config.programmes.into_iter().next(), parsed.warnings)
}

/// A programme that must be read without any warning.
fn good(value: &str) -> HostProgramme {
    let (p, warnings) = program(1, value);
    assert_eq!(warnings, vec![], "{value:?} is read without warnings");
    p.unwrap_or_else(|| panic!("{value:?} is kept"))
}

fn minutes(h: u16, m: u16) -> u16 {
    h * 60 + m
}

const MON: u8 = 1;
const TUE: u8 = 1 << 1;
const WED: u8 = 1 << 2;
const THU: u8 = 1 << 3;
const FRI: u8 = 1 << 4;
const SAT: u8 = 1 << 5;
const SUN: u8 = 1 << 6;

// ------------------------------------------------------------------------------------------
// What a good programme gives
// ------------------------------------------------------------------------------------------

/// Every part a programme can have, read as written.
#[test]
fn a_full_programme_is_read_as_written() {
    let p = good(
        "level=iop; name=Evening IOP; name-es=IOP de noche; note=Childcare on site; note-es=Guardería en el centro; \
         days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es",
    );
    assert_eq!(
        p,
        HostProgramme {
            programme: Programme {
                level: Level::Iop,
                meets: Some(Meets { days: MON | TUE | THU, start: minutes(17, 30), end: minutes(21, 0) }),
                audience: Audience::Adults,
                format: Some(Format::InPerson),
            },
            name: Words { en: Some("Evening IOP".into()), es: Some("IOP de noche".into()) },
            note: Words { en: Some("Childcare on site".into()), es: Some("Guardería en el centro".into()) },
            langs: 0b11,
        }
    );
    // A level alone is a programme: no times (a live-in programme), for everyone, no name.
    let p = good("level=residential");
    assert_eq!(p.programme, Programme { level: Level::Residential, meets: None, audience: Audience::All, format: None });
    assert_eq!((p.name, p.note, p.langs), (Words::default(), Words::default(), 0));
}

#[test]
fn every_level_but_emergency_and_every_format_and_audience() {
    for (id, level) in [
        ("early", Level::Early),
        ("outpatient", Level::Outpatient),
        ("IOP", Level::Iop),
        ("php", Level::Php),
        ("Residential", Level::Residential),
        ("withdrawal", Level::Withdrawal),
    ] {
        assert_eq!(good(&format!("level={id}")).programme.level, level, "{id}");
    }
    for (id, format) in [("in-person", Format::InPerson), ("Online", Format::Online), ("both", Format::Both)] {
        assert_eq!(good(&format!("level=iop; format={id}")).programme.format, Some(format), "{id}");
    }
    for (id, audience) in [("all", Audience::All), ("adults", Audience::Adults), ("TEENS", Audience::Teens), ("family", Audience::Family)] {
        assert_eq!(good(&format!("level=iop; for={id}")).programme.audience, audience, "{id}");
    }
    // Parts in any order, keys in any case, spaces around them, empty parts skipped.
    let p = good(" TIME = 9-12 ;; Days=MON-FRI ; level = outpatient ;");
    assert_eq!(p.programme.meets, Some(Meets { days: MON | TUE | WED | THU | FRI, start: minutes(9, 0), end: minutes(12, 0) }));
}

/// Days as short names, full names or ranges, separated by commas or spaces.
#[test]
fn days_can_be_written_several_ways() {
    for (days, want) in [
        ("mon", MON),
        ("mon,wed,fri", MON | WED | FRI),
        ("mon, wed, fri", MON | WED | FRI),
        ("mon wed fri", MON | WED | FRI),
        ("Monday Wednesday Friday", MON | WED | FRI),
        ("mon-fri", MON | TUE | WED | THU | FRI),
        ("monday-friday", MON | TUE | WED | THU | FRI),
        ("sat,sun", SAT | SUN),
        ("sat-sun", SAT | SUN),
        ("mon-sun", 0b111_1111),
        ("MON-WED, fri", MON | TUE | WED | FRI),
        ("tue,tue", TUE),
        ("thursday", THU),
    ] {
        let p = good(&format!("level=iop; days={days}; time=9-12"));
        assert_eq!(p.programme.meets.map(|m| m.days), Some(want), "{days}");
    }
}

/// Times on the 24-hour clock, hours alone or with minutes, with a hyphen or an en dash.
#[test]
fn times_on_the_24_hour_clock() {
    for (time, start, end) in [
        ("17:30-21:00", minutes(17, 30), minutes(21, 0)),
        ("9-12", minutes(9, 0), minutes(12, 0)),
        ("09:00-12:00", minutes(9, 0), minutes(12, 0)),
        ("10-13", minutes(10, 0), minutes(13, 0)),
        ("9 - 12", minutes(9, 0), minutes(12, 0)),
        ("9–12", minutes(9, 0), minutes(12, 0)),
        ("0:00-1:00", 0, minutes(1, 0)),
        ("16:59-17:01", minutes(16, 59), minutes(17, 1)),
    ] {
        let p = good(&format!("level=iop; days=mon; time={time}"));
        assert_eq!(p.programme.meets, Some(Meets { days: MON, start, end }), "{time}");
    }
}

/// Times are written one way, on the 24-hour clock (docs/embedding.md, "Times"): "5:30"
/// alone could be morning or evening, and an am/pm reader costs the widget bytes for a second
/// way of writing the same thing. A twelve-hour time is refused, with a warning naming the
/// part, so the center sees at once that it must write `17:30-21:00`; it is never read as
/// another time.
#[test]
fn twelve_hour_times_are_refused_with_a_warning() {
    for time in ["5:30pm-9pm", "9 am - 3 pm", "9AM-12PM", "12pm-1pm", "12am-1am", "11am-1pm"] {
        let (p, warnings) = program(1, &format!("level=iop; days=mon; time={time}"));
        assert!(p.is_none(), "time={time} is left out");
        let message = warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>().join("\n");
        assert!(message.contains("data-program-1") && message.contains(&format!("time={time}")) && message.contains("17:30-21:00"), "{message}");
    }
}

/// "6-9pm" is how a site writes an evening group. It must be read as the evening or refused
/// with a warning, never read as 6 am to 9 pm (which would show every visitor free in the
/// evening a clash in the morning and afternoon).
#[test]
fn an_ambiguous_time_is_never_read_as_the_morning() {
    for (time, evening) in [("6-9pm", (minutes(18, 0), minutes(21, 0))), ("1-5pm", (minutes(13, 0), minutes(17, 0))), ("6-9 PM", (minutes(18, 0), minutes(21, 0)))] {
        let (p, warnings) = program(1, &format!("level=iop; days=mon; time={time}"));
        match p.and_then(|p| p.programme.meets) {
            None => assert!(warnings.iter().any(|w| matches!(w.problem, Problem::Part { dropped: true, .. })), "{time}"),
            Some(m) => assert_eq!((m.start, m.end), evening, "{time} read as {}-{} minutes", m.start, m.end),
        }
    }
}

// ------------------------------------------------------------------------------------------
// A programme that is left out, and a part that is ignored
// ------------------------------------------------------------------------------------------

/// Each of these would match the programme wrongly or not at all, so it is left out, with one
/// warning that names `data-program-N` and the part (or the whole description when a part
/// is missing), and says the program is left out.
#[test]
fn a_programme_that_cannot_be_matched_is_left_out_with_the_reason() {
    let cases: [(&str, &str); 21] = [
        ("days=mon; time=9-12", "days=mon; time=9-12"),
        ("name=Evening IOP", "name=Evening IOP"),
        ("level=emergency; days=mon; time=9-12", "level=emergency"),
        ("level=detox", "level=detox"),
        ("level=", "level="),
        ("level", "level"),
        ("level=iop; days=fri-mon; time=9-12", "days=fri-mon"),
        ("level=iop; days=sun-mon; time=9-12", "days=sun-mon"),
        ("level=iop; days=funday; time=9-12", "days=funday"),
        ("level=iop; days=mon-; time=9-12", "days=mon-"),
        ("level=iop; days=; time=9-12", "days="),
        ("level=iop; days=mon; time=21:00-01:00", "time=21:00-01:00"),
        ("level=iop; days=mon; time=9pm-1am", "time=9pm-1am"),
        ("level=iop; days=mon; time=24:00-25:00", "time=24:00-25:00"),
        ("level=iop; days=mon; time=12-9", "time=12-9"),
        ("level=iop; days=mon; time=9-9", "time=9-9"),
        ("level=iop; days=mon; time=9:60-10", "time=9:60-10"),
        ("level=iop; days=mon; time=17:30", "time=17:30"),
        ("level=iop; days=mon; time=", "time="),
        ("level=iop; days=mon", "level=iop; days=mon"),
        ("level=iop; time=9-12", "level=iop; time=9-12"),
    ];
    for (i, (value, part)) in cases.iter().enumerate() {
        let n = (i % 8) as u8 + 1;
        let (p, warnings) = program(n, value);
        assert_eq!(p, None, "{value:?} is left out");
        assert_eq!(warnings.len(), 1, "{value:?}: one warning, {warnings:?}");
        let Problem::Part { part: named, dropped, .. } = &warnings[0].problem else {
            panic!("{value:?}: a Part warning, got {:?}", warnings[0].problem)
        };
        assert_eq!((named.as_str(), *dropped), (*part, true), "{value:?}");
        let message = warnings[0].to_string();
        assert!(message.starts_with(&format!("data-program-{n}=")), "{message}");
        assert!(message.contains(&format!("\"{part}\"")), "the message names the part: {message}");
        assert!(message.contains("left out"), "{message}");
    }
}

/// A time that crosses midnight, however it is written, is refused: a group from 9 pm to
/// 1 am would otherwise be matched as 1 am to 9 pm or not at all.
#[test]
fn a_time_crossing_midnight_is_refused() {
    for time in ["21:00-01:00", "9pm-1am", "23:30-0:30", "22-2", "24:00-25:00", "23:00-24:30"] {
        let (p, warnings) = program(2, &format!("level=iop; days=fri; time={time}"));
        assert_eq!(p, None, "{time}");
        assert!(matches!(&warnings[..], [Warning { problem: Problem::Part { dropped: true, .. }, .. }]), "{time}: {warnings:?}");
    }
}

/// What is only extra information is ignored when it cannot be read: the programme is kept
/// without it, and one warning names the part and says it is ignored.
#[test]
fn a_bad_extra_part_is_ignored_and_the_programme_kept() {
    for (bad, part) in [
        ("format=hybrid", "format=hybrid"),
        ("format=", "format="),
        ("format=in person", "format=in person"),
        ("for=kids", "for=kids"),
        ("for=", "for="),
        ("colour=blue", "colour=blue"),
        ("iop", "iop"),
        ("room = 3", "room = 3"),
        ("time-zone=EST", "time-zone=EST"),
    ] {
        let value = format!("level=php; days=mon-fri; time=9-15; {bad}");
        let (p, warnings) = program(4, &value);
        let p = p.unwrap_or_else(|| panic!("{value:?} is kept"));
        assert_eq!(
            p.programme,
            Programme {
                level: Level::Php,
                meets: Some(Meets { days: MON | TUE | WED | THU | FRI, start: minutes(9, 0), end: minutes(15, 0) }),
                audience: Audience::All,
                format: None
            },
            "{bad}"
        );
        assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
        assert!(matches!(&warnings[0].problem, Problem::Part { part: p, dropped: false, .. } if p == part), "{bad}: {:?}", warnings[0]);
        let message = warnings[0].to_string();
        assert!(message.contains(&format!("\"{part}\"")) && message.contains("ignored"), "{message}");
    }
}

/// The languages a programme is run in; an unknown one is left out with a warning that names
/// it, and the programme kept.
#[test]
fn a_programmes_languages() {
    for (lang, bits) in [("en", 1), ("es", 2), ("en,es", 3), ("ES, EN", 3), ("en es", 3)] {
        assert_eq!(good(&format!("level=iop; lang={lang}")).langs, bits, "{lang}");
    }
    let (p, warnings) = program(5, "level=iop; lang=en,fr");
    assert_eq!(p.map(|p| p.langs), Some(1), "English kept, French left out");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let message = warnings[0].to_string();
    assert!(message.starts_with("data-program-5=") && message.contains("fr"), "{message}");
    if let Problem::Part { dropped, .. } = warnings[0].problem {
        assert!(!dropped, "a language does not leave the programme out");
    }
}

/// `lang=` with nothing in it is a part that says nothing: like an empty `format=` or
/// `for=`, the web team should hear of it.
#[test]
fn an_empty_language_part_is_reported() {
    for value in ["level=iop; lang=", "level=iop; lang=,", "level=iop; lang= , "] {
        let (p, warnings) = program(1, value);
        assert!(p.is_some(), "{value:?} keeps the programme");
        assert!(!warnings.is_empty(), "{value:?}: expected a warning for the empty lang part, got none");
    }
}

/// Names and notes are plain text, cut to what the result shows; markup and control
/// characters are removed with a warning for the programme's setting.
#[test]
fn names_and_notes_are_plain_text() {
    let (p, warnings) = program(3, "level=iop; name=<b>Evening</b> IOP<script>alert(1)</script>");
    assert_eq!(p.and_then(|p| p.name.en).as_deref(), Some("Evening IOP"));
    assert!(matches!(&warnings[..], [Warning { problem: Problem::Markup { .. }, .. }]), "{warnings:?}");
    assert_eq!(warnings[0].key, "program-3");

    let long = "Evening ".repeat(20);
    let (p, warnings) = program(1, &format!("level=iop; name-es={long}"));
    let name = p.and_then(|p| p.name.es).expect("a name, cut");
    assert!(name.chars().count() <= MAX_PROGRAMME_NAME_CHARS && name.starts_with("Evening Evening"), "{name}");
    assert_eq!(MAX_PROGRAMME_NAME_CHARS, 60);
    assert!(warnings.iter().any(|w| w.problem == Problem::TooLong { max: MAX_PROGRAMME_NAME_CHARS }));

    let (p, warnings) = program(1, &format!("level=iop; note={}", "ñ".repeat(400)));
    assert_eq!(p.and_then(|p| p.note.en).map(|n| n.chars().count()), Some(MAX_NEXT_STEP_CHARS));
    assert!(warnings.iter().any(|w| w.problem == Problem::TooLong { max: MAX_NEXT_STEP_CHARS }));

    let (p, warnings) = program(1, "level=iop; name=Evening\u{202E}POI\u{7}; note-es=Cerca  del\tmetro");
    let p = p.expect("kept");
    assert_eq!(p.name.en.as_deref(), Some("EveningPOI"));
    assert_eq!(p.note.es.as_deref(), Some("Cerca del metro"), "whitespace collapsed");
    assert!(warnings.iter().any(|w| w.problem == Problem::ControlCharacters));

    // A name may hold "=" (only the first one splits the part).
    assert_eq!(good("level=iop; name=IOP = evenings").name.en.as_deref(), Some("IOP = evenings"));
}

/// Up to eight programmes, in the order the host gives them; a ninth key is not a setting,
/// and a repeated one is used once.
#[test]
fn eight_programmes_at_most_in_the_order_given() {
    let names: Vec<String> = (1..=8).map(|n| format!("level=iop; name=Group {n}")).collect();
    let mut pairs: Vec<(String, &str)> = (1..=8).rev().map(|n| (format!("program-{n}"), names[n - 1].as_str())).collect();
    pairs.push(("program-9".into(), "level=iop; name=Group 9"));
    pairs.push(("PROGRAM-2".into(), "level=php; name=Again"));
    let parsed = parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), *v)));
    let got: Vec<&str> = parsed.config.programmes.iter().filter_map(|p| p.name.en.as_deref()).collect();
    assert_eq!(got, ["Group 8", "Group 7", "Group 6", "Group 5", "Group 4", "Group 3", "Group 2", "Group 1"]);
    let problems: Vec<&Problem> = parsed.warnings.iter().map(|w| &w.problem).collect();
    assert_eq!(problems, [&Problem::UnknownKey, &Problem::Repeated]);
    assert_eq!(parsed.warnings[0].key, "program-9");
    let (p, warnings) = program(6, " ");
    assert_eq!((p, &warnings[..]), (None, &[Warning { key: "program-6".into(), value: String::new(), problem: Problem::Empty }][..]));
}

// ------------------------------------------------------------------------------------------
// Payment, the intake's languages, the Spanish next step
// ------------------------------------------------------------------------------------------

#[test]
fn payment_and_intake_languages_are_lists_of_known_items() {
    assert_eq!(PAYMENT_IDS, ["medicaid", "medicare", "private", "sliding-scale", "free"]);
    for (value, bits) in [
        ("medicaid", 0b00001),
        ("medicare, private", 0b00110),
        ("Sliding-Scale free", 0b11000),
        ("medicaid,medicare,private,sliding-scale,free", 0b11111),
        ("free, free", 0b10000),
    ] {
        let parsed = parse(&[("payment", value)]);
        assert_eq!((parsed.config.payment, parsed.warnings), (bits, vec![]), "{value}");
    }
    for (value, bits) in [("en", 1), ("es", 2), ("EN, es", 3), ("es en", 3)] {
        let parsed = parse(&[("intake-lang", value)]);
        assert_eq!((parsed.config.intake_langs, parsed.warnings), (bits, vec![]), "{value}");
    }

    let parsed = parse(&[("payment", "medicaid, cash, Tricare")]);
    assert_eq!(parsed.config.payment, 1);
    // The unknown items are named (in either case: the message may lower-case them).
    let named = |items: &[String]| items.iter().map(|i| i.to_ascii_lowercase()).collect::<Vec<_>>();
    assert!(matches!(&parsed.warnings[..], [Warning { problem: Problem::UnknownItems { items, .. }, .. }] if named(items) == ["cash", "tricare"]), "{:?}", parsed.warnings);
    let message = parsed.warnings[0].to_string();
    assert!(message.starts_with("data-payment=") && message.contains("\"cash\"") && message.contains("sliding-scale"), "{message}");

    let parsed = parse(&[("intake-lang", "fr")]);
    assert_eq!(parsed.config.intake_langs, 0);
    assert!(matches!(&parsed.warnings[..], [Warning { problem: Problem::UnknownItems { items, .. }, .. }] if items == &["fr"]));
    assert!(parsed.warnings[0].to_string().starts_with("data-intake-lang="));
}

/// A list with no item in it at all (`data-payment=","`) sets nothing and should say so,
/// like an empty value does.
#[test]
fn a_list_with_no_item_is_reported() {
    for key in ["payment", "intake-lang"] {
        for value in [",", ", ,", ",,,"] {
            let parsed = parse(&[(key, value)]);
            assert!(!parsed.warnings.is_empty(), "data-{key}={value:?}: expected a warning, got none (nothing was set)");
        }
    }
}

#[test]
fn the_spanish_next_step_is_read_beside_the_english_one() {
    let parsed = parse(&[("next-step", "Ask for Dana at intake."), ("next-step-es", "Pregunte por <b>Dana</b> en la admisión.")]);
    assert_eq!(
        parsed.config.next_step,
        Words { en: Some("Ask for Dana at intake.".into()), es: Some("Pregunte por Dana en la admisión.".into()) }
    );
    assert!(matches!(&parsed.warnings[..], [Warning { key, problem: Problem::Markup { .. }, .. }] if key == "next-step-es"));
    let parsed = parse(&[("next-step-es", &"á".repeat(MAX_NEXT_STEP_CHARS + 5))]);
    assert_eq!(parsed.config.next_step.es.map(|t| t.chars().count()), Some(MAX_NEXT_STEP_CHARS));
    assert_eq!(parsed.config.next_step.en, None, "the Spanish text is not used for English");
}

// ------------------------------------------------------------------------------------------
// The fragment, as the plain iframe snippet writes it
// ------------------------------------------------------------------------------------------

/// The snippet of `demo/plain-iframe.html`, as it was written for issue 18 (`&amp;` is how
/// HTML writes `&` in an attribute).
const DEMO_SRC: &str = "screener.html#center-name=Harbor+Recovery+Center&amp;phone=%28555%29+010-0199&amp;contact-url=https%3A%2F%2Fharbor-recovery.example%2Fcontact&amp;offers=outpatient%2Ciop%2Cphp&amp;program-1=level%3Diop%3B+name%3DEvening+IOP%3B+name-es%3DIOP+de+noche%3B+days%3Dmon%2Ctue%2Cthu%3B+time%3D17%3A30-21%3A00%3B+lang%3Den%2Ces&amp;lang=es";

fn fragment_of(src: &str) -> String {
    let (_, fragment) = src.split_once('#').expect("a fragment");
    fragment.replace("&amp;", "&")
}

#[test]
fn the_demo_fragment_parses() {
    let parsed = parse_fragment(&fragment_of(DEMO_SRC));
    assert_eq!(parsed.warnings, vec![]);
    assert_eq!(
        parsed.config.programmes,
        vec![HostProgramme {
            programme: Programme {
                level: Level::Iop,
                meets: Some(Meets { days: MON | TUE | THU, start: minutes(17, 30), end: minutes(21, 0) }),
                audience: Audience::All,
                format: None,
            },
            name: Words { en: Some("Evening IOP".into()), es: Some("IOP de noche".into()) },
            note: Words::default(),
            langs: 3,
        }]
    );
    assert_eq!(parsed.config.offers, vec![Level::Outpatient, Level::Iop, Level::Php]);
}

/// The demo page as it is now: its snippet reads without a warning and has a programme.
#[test]
fn the_demo_page_as_shipped_reads_without_warnings() {
    let page = include_str!("../demo/plain-iframe.html");
    let start = page.find("screener.html#").expect("the snippet's src");
    let src = &page[start..];
    let src = &src[..src.find('"').expect("the end of the src")];
    let parsed = parse_fragment(&fragment_of(src));
    assert_eq!(parsed.warnings, vec![], "{src}");
    assert!(!parsed.config.programmes.is_empty(), "the demo center describes a programme");
}

#[test]
fn a_programme_with_accents_and_ampersands_survives_the_fragment() {
    let value = "level=iop; name=Day & Night IOP; name-es=IOP de día y noche; note=Café + snacks 100%; days=mon-fri; time=10-13";
    let parsed = parse_fragment(&format!("#program-1={}", form_encode(value)));
    assert_eq!(parsed, parse(&[("program-1", value)]));
    assert_eq!(form_decode(&form_encode(value)), value);
    let p = &parsed.config.programmes[0];
    assert_eq!(p.name.en.as_deref(), Some("Day & Night IOP"));
    assert_eq!(p.note.en.as_deref(), Some("Café + snacks 100%"));
}

// ------------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------------

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text the result can show as it is: not empty, no markup, no control or direction
/// characters, no stray spaces, and short enough.
fn plain(t: &str, max: usize) -> bool {
    !t.is_empty()
        && t.chars().count() <= max
        && !t.contains(['<', '>'])
        && !t.chars().any(|c| c.is_control() || is_direction_control(c))
        && t.trim() == t
        && !t.contains("  ")
}

/// Whatever the host writes, the programmes and the new settings are safe to match and show.
fn assert_safe(config: &HostConfig) {
    assert!(config.programmes.len() <= 8, "{} programmes", config.programmes.len());
    for p in &config.programmes {
        assert_ne!(p.programme.level, Level::Emergency, "{p:?}");
        if let Some(m) = p.programme.meets {
            assert!(m.days != 0 && m.days < 1 << 7, "{m:?}");
            assert!(m.start < m.end && m.end <= 24 * 60, "{m:?}");
        }
        for (t, max) in [
            (&p.name.en, MAX_PROGRAMME_NAME_CHARS),
            (&p.name.es, MAX_PROGRAMME_NAME_CHARS),
            (&p.note.en, MAX_NEXT_STEP_CHARS),
            (&p.note.es, MAX_NEXT_STEP_CHARS),
        ] {
            assert!(t.as_deref().is_none_or(|t| plain(t, max)), "{t:?}");
        }
        assert!(p.langs < 1 << 2);
    }
    assert!(config.payment < 1 << PAYMENT_IDS.len());
    assert!(config.intake_langs < 1 << 2);
    assert!(config.next_step.es.as_deref().is_none_or(|t| plain(t, MAX_NEXT_STEP_CHARS)));
}

/// The whitespace of a text collapsed, as the result shows it.
fn words(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Only separators: the case of [`a_list_with_no_item_is_reported`], a known gap, left out of
/// the property so that it can find other ones.
fn only_separators(v: &str) -> bool {
    v.chars().all(|c| c == ',' || c == ' ')
}

const NEW_KEYS: [&str; 15] = [
    "program-1", "program-2", "program-3", "program-4", "program-5", "program-6", "program-7", "program-8", "PROGRAM-3",
    " program-2 ", "program-9", "payment", "intake-lang", "next-step-es", "Payment",
];

fn new_key() -> impl Strategy<Value = String> {
    prop_oneof![proptest::sample::select(&NEW_KEYS[..]).prop_map(str::to_owned), "program-[0-9]{1,2}"]
}

/// Pieces a programme's value is made of, glued at random: part names, `=` and `;`, good
/// and bad values, markup, control and direction characters, other scripts.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(vec![
            "level", "name", "name-es", "note", "note-es", "days", "time", "format", "for", "lang", "=", ";", " ", "; ",
            "iop", "emergency", "mon-fri", "fri-mon", "17:30-21:00", "21:00-01:00", "9pm-1am", "24:00", "in-person",
            "family", "en,es", "fr", "<b>", "</script>", "<script>", "\u{202E}", "\u{0007}", "\n", "ñ", "日本", "–",
            "-", ":", ",", "%", "&", "+",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
        "[a-z0-9:;=, <>-]{0,12}",
    ];
    proptest::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

fn new_value() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), soup(), "[a-z, -]{0,40}", "[a-zA-Z;=,: <>0-9-]{0,80}"]
}

/// The items of a list setting, as the docs describe them: separated by commas or spaces,
/// known ones in any case.
fn list_bits(value: &str, names: &[&str]) -> (u8, bool) {
    let mut bits = 0;
    let mut unknown = false;
    for item in value.split([',', ' ']).filter(|i| !i.is_empty()) {
        match names.iter().position(|n| n.eq_ignore_ascii_case(item)) {
            Some(i) => bits |= 1 << i,
            None => unknown = true,
        }
    }
    (bits, unknown)
}

/// What one setting must do on its own: a value that gives nothing must have a warning.
fn check_alone(key: &str, value: &str) -> Result<(), TestCaseError> {
    let lower = key.trim().to_ascii_lowercase();
    let v = value.trim();
    let parsed = parse(&[(key, value)]);
    assert_safe(&parsed.config);
    for w in &parsed.warnings {
        prop_assert!(w.to_string().starts_with("data-"), "{}", w);
    }
    let warned = !parsed.warnings.is_empty();
    match lower.as_str() {
        k if k.starts_with("program-") && (1..=8).any(|n| k == format!("program-{n}")) => {
            prop_assert!(parsed.config.programmes.len() <= 1);
            if parsed.config.programmes.is_empty() {
                prop_assert!(warned, "data-{}={:?} left out without a warning", lower, value);
                prop_assert!(parsed.warnings.iter().all(|w| w.key == lower));
            }
        }
        "payment" | "intake-lang" => {
            let names: &[&str] = if lower == "payment" { &PAYMENT_IDS } else { &["en", "es"] };
            let got = if lower == "payment" { parsed.config.payment } else { parsed.config.intake_langs };
            let (bits, unknown) = list_bits(v, names);
            prop_assert_eq!(got, bits, "data-{}={:?}", lower, value);
            if unknown {
                prop_assert!(parsed.warnings.iter().any(|w| matches!(w.problem, Problem::UnknownItems { .. })), "data-{}={:?}: {:?}", lower, value, parsed.warnings);
            }
            if !v.is_empty() && !only_separators(v) && got == 0 {
                prop_assert!(warned, "data-{}={:?} set nothing without a warning", lower, value);
            }
        }
        "next-step-es" => {
            if !warned {
                prop_assert_eq!(parsed.config.next_step.es, Some(words(v)));
            }
        }
        _ => prop_assert!(parsed.config.programmes.is_empty() && parsed.warnings.iter().any(|w| w.problem == Problem::UnknownKey)),
    }
    Ok(())
}

// The structured programmes: each part good or bad on purpose, so the result can be worked
// out from the parts alone.

/// What a part of a programme says, as the test meant it.
#[derive(Clone, Debug)]
enum Meant {
    /// A level; `None` when the value is not a level a programme can have.
    Level(Option<Level>),
    /// A name or note: the text shown (`None` when only spaces), or `Err` when it has
    /// markup, control characters or is too long (a warning, and only safety is checked).
    Text(&'static str, Result<Option<String>, ()>),
    Days(Option<u8>),
    Time(Option<(u16, u16)>),
    Format(Option<Format>),
    For(Option<Audience>),
    /// The languages named, and whether an unknown one was among them.
    Lang(u8, bool),
    Unknown,
}

impl Meant {
    fn bad(&self) -> bool {
        matches!(
            self,
            Meant::Level(None)
                | Meant::Text(_, Err(()))
                | Meant::Days(None)
                | Meant::Time(None)
                | Meant::Format(None)
                | Meant::For(None)
                | Meant::Lang(_, true)
                | Meant::Unknown
        )
    }
    /// Whether the part alone names itself in a `Part` warning.
    fn is_part_warning(&self) -> bool {
        self.bad() && !matches!(self, Meant::Text(..) | Meant::Lang(..))
    }
}

const DAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

fn upper_or_not(s: String, upper: bool) -> String {
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

/// A part `key=value`, with spaces around at random and the key in either case.
fn part(key: &str, value: &str, style: u8) -> String {
    let key = upper_or_not(key.to_owned(), style & 1 != 0);
    let eq = if style & 2 != 0 { " = " } else { "=" };
    let pad = if style & 4 != 0 { " " } else { "" };
    format!("{pad}{key}{eq}{value}{pad}")
}

fn level_part() -> impl Strategy<Value = (String, Meant)> {
    let good = (proptest::sample::select(vec![Level::Early, Level::Outpatient, Level::Iop, Level::Php, Level::Residential, Level::Withdrawal]), any::<u8>())
        .prop_map(|(l, s)| (part("level", &upper_or_not(l.as_str().to_owned(), s & 8 != 0), s), Meant::Level(Some(l))));
    let bad = (
        prop_oneof![
            proptest::sample::select(vec!["emergency", "EMERGENCY", "detox", "", "iop2", "intensive", "level"]).prop_map(str::to_owned),
            "[a-z]{1,8}".prop_filter("not a level", |s| Level::parse(s).is_none()),
        ],
        any::<u8>(),
    )
        .prop_map(|(v, s)| (part("level", &v, s), Meant::Level(None)));
    prop_oneof![9 => good, 1 => bad]
}

/// Days written in one of the ways the docs allow, chosen by `style`.
fn write_days(mask: u8, style: u8) -> String {
    let name = |d: usize| if style & 1 != 0 { DAY_NAMES[d].to_owned() } else { DAY_NAMES[d][..3].to_owned() };
    let sep = [",", ", ", " "][(style as usize >> 1) % 3];
    let ranges = style & 8 != 0;
    let mut items = Vec::new();
    let mut d = 0;
    while d < 7 {
        if mask & (1 << d) != 0 {
            let mut end = d;
            while end < 6 && mask & (1 << (end + 1)) != 0 {
                end += 1;
            }
            if ranges && end > d {
                items.push(format!("{}-{}", name(d), name(end)));
            } else {
                items.extend((d..=end).map(name));
            }
            d = end;
        }
        d += 1;
    }
    upper_or_not(items.join(sep), style & 16 != 0)
}

fn days_part() -> impl Strategy<Value = (String, Meant)> {
    let good = (1..128u8, any::<u8>(), any::<u8>()).prop_map(|(mask, style, s)| (part("days", &write_days(mask, style), s), Meant::Days(Some(mask))));
    let backwards = (0..7usize, 0..7usize, any::<u8>())
        .prop_filter("a range that runs backwards", |(a, b, _)| a > b)
        .prop_map(|(a, b, s)| (part("days", &format!("{}-{}", &DAY_NAMES[a][..3], &DAY_NAMES[b][..3]), s), Meant::Days(None)));
    let junk = (proptest::sample::select(vec!["", "funday", "weekdays", "mon-", "-mon", "mon,,funday", "tues", "m", "mon-tue-wed", ","]), any::<u8>())
        .prop_map(|(v, s)| (part("days", v, s), Meant::Days(None)));
    prop_oneof![12 => good, 1 => backwards, 1 => junk]
}

/// A time of day in minutes written on the 24-hour clock, one of several ways.
fn write_clock(m: u16, style: u8) -> String {
    let (h, mm) = (m / 60, m % 60);
    if mm == 0 && style & 1 != 0 {
        format!("{h}")
    } else if style & 2 != 0 {
        format!("{h:02}:{mm:02}")
    } else {
        format!("{h}:{mm:02}")
    }
}

fn write_time(start: u16, end: u16, style: u8) -> String {
    let dash = [("-", ""), ("–", ""), ("-", " "), ("–", " ")][(style as usize >> 4) % 4];
    format!("{}{}{}{}{}", write_clock(start, style), dash.1, dash.0, dash.1, write_clock(end, style >> 2))
}

fn time_part() -> impl Strategy<Value = (String, Meant)> {
    let good = (0..1439u16, 1..=1439u16, any::<u8>(), any::<u8>()).prop_map(|(start, len, style, s)| {
        let end = (start + len).min(1439).max(start + 1);
        (part("time", &write_time(start, end, style), s), Meant::Time(Some((start, end))))
    });
    let backwards = (0..=1440u16, 0..=1440u16, any::<u8>(), any::<u8>())
        .prop_filter("ends at or before it starts", |(a, b, _, _)| b <= a)
        .prop_map(|(a, b, style, s)| (part("time", &write_time(a, b, style), s), Meant::Time(None)));
    let junk = (
        proptest::sample::select(vec![
            "", "25-26", "9:60-10", "17:30", "9-", "-9", "noon-1", "9.30-10", "0900-1000", "21:00-01:00", "24:00-25:00",
            "24:01-24:02", "23:00-24:30", "9:5:0-10", "9–", "1 7-18",
        ]),
        any::<u8>(),
    )
        .prop_map(|(v, s)| (part("time", v, s), Meant::Time(None)));
    prop_oneof![12 => good, 1 => backwards, 1 => junk]
}

fn choice_part<T: Copy + std::fmt::Debug + 'static>(
    key: &'static str,
    good: &'static [(&'static str, T)],
    bad: &'static [&'static str],
    meant: fn(Option<T>) -> Meant,
) -> impl Strategy<Value = (String, Meant)> {
    let g = (proptest::sample::select(good), any::<u8>())
        .prop_map(move |((v, t), s)| (part(key, &upper_or_not(v.to_owned(), s & 8 != 0), s), meant(Some(t))));
    let b = (proptest::sample::select(bad), any::<u8>()).prop_map(move |(v, s)| (part(key, v, s), meant(None)));
    prop_oneof![8 => g, 1 => b]
}

const FORMATS: &[(&str, Format)] = &[("in-person", Format::InPerson), ("online", Format::Online), ("both", Format::Both)];
const AUDIENCES: &[(&str, Audience)] = &[("all", Audience::All), ("adults", Audience::Adults), ("teens", Audience::Teens), ("family", Audience::Family)];

fn lang_part() -> impl Strategy<Value = (String, Meant)> {
    let item = prop_oneof![
        12 => proptest::sample::select(vec![("en", 1u8), ("es", 2), ("EN", 1), ("Es", 2)]).prop_map(|(s, b)| (s, b, false)),
        1 => proptest::sample::select(vec!["fr", "de", "english", "español", "pt-br"]).prop_map(|s| (s, 0u8, true)),
    ];
    (proptest::collection::vec(item, 1..4), proptest::sample::select(vec![",", ", ", " "]), any::<u8>()).prop_map(|(items, sep, s)| {
        let bits = items.iter().fold(0, |b, i| b | i.1);
        let unknown = items.iter().any(|i| i.2);
        let value = items.iter().map(|i| i.0).collect::<Vec<_>>().join(sep);
        (part("lang", &value, s), Meant::Lang(bits, unknown))
    })
}

fn text_part(key: &'static str, max: usize) -> impl Strategy<Value = (String, Meant)> {
    let good = ("[A-Za-z0-9ñéü日本 '&.,!?()=+-]{0,50}", any::<u8>()).prop_map(move |(v, s)| {
        let shown = words(&v);
        (part(key, &v, s & !1), Meant::Text(key, Ok((!shown.is_empty()).then_some(shown))))
    });
    let bad = (
        prop_oneof![
            "[a-z ]{0,10}<[a-z]{1,6}>[a-z ]{0,10}",
            "[a-z]{1,5}\u{202E}[a-z]{1,5}",
            "[a-z]{1,5}\u{0007}[a-z]{1,5}",
            proptest::string::string_regex(&format!("[a-z]{{{}}}", max + 1)).expect("a regex"),
        ],
        any::<u8>(),
    )
        .prop_map(move |(v, s)| (part(key, &v, s & !1), Meant::Text(key, Err(()))));
    prop_oneof![8 => good, 1 => bad]
}

fn unknown_part() -> impl Strategy<Value = (String, Meant)> {
    proptest::sample::select(vec!["colour=blue", "room=3", "iop", "days-off=sun", "level2=iop", "=x", "time zone=EST", "NAME_ES=x"])
        .prop_map(|v| (v.to_owned(), Meant::Unknown))
}

/// Days and a time, mostly together as a host writes them, sometimes neither (a live-in
/// programme), sometimes one without the other.
fn schedule_parts() -> impl Strategy<Value = Vec<(String, Meant)>> {
    prop_oneof![
        6 => (days_part(), time_part()).prop_map(|(d, t)| vec![d, t]),
        3 => Just(vec![]),
        1 => days_part().prop_map(|d| vec![d]),
        1 => time_part().prop_map(|t| vec![t]),
    ]
}

/// A programme's parts, each key at most once, in a random order, with empty parts between
/// some of them.
fn programme_parts() -> impl Strategy<Value = Vec<(String, Meant)>> {
    (
        proptest::option::weighted(0.9, level_part()),
        proptest::option::of(text_part("name", MAX_PROGRAMME_NAME_CHARS)),
        proptest::option::of(text_part("name-es", MAX_PROGRAMME_NAME_CHARS)),
        proptest::option::of(text_part("note", MAX_NEXT_STEP_CHARS)),
        proptest::option::of(text_part("note-es", MAX_NEXT_STEP_CHARS)),
        schedule_parts(),
        proptest::option::of(choice_part("format", FORMATS, &["hybrid", "", "in person", "video"], Meant::Format)),
        proptest::option::of(choice_part("for", AUDIENCES, &["kids", "", "everyone", "adult"], Meant::For)),
        proptest::option::of(lang_part()),
        proptest::option::weighted(0.1, unknown_part()),
    )
        .prop_map(|(a, b, c, d, e, schedule, h, i, j, k)| {
            let mut parts: Vec<(String, Meant)> = [a, b, c, d, e, h, i, j, k].into_iter().flatten().collect();
            parts.extend(schedule);
            parts
        })
        .prop_shuffle()
}

fn join_parts(parts: &[(String, Meant)], glue: u8) -> String {
    let sep = ["; ", ";", " ; ", ";;"][glue as usize % 4];
    let mut s = parts.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>().join(sep);
    if glue & 4 != 0 {
        s.push(';');
    }
    s
}

/// The programme the parts describe, or `None` when it must be left out.
fn expected(parts: &[Meant]) -> Option<HostProgramme> {
    let mut p = HostProgramme {
        programme: Programme { level: Level::Emergency, meets: None, audience: Audience::All, format: None },
        name: Words::default(),
        note: Words::default(),
        langs: 0,
    };
    let (mut days, mut time) = (None, None);
    for m in parts {
        match m {
            Meant::Level(l) => p.programme.level = (*l)?,
            Meant::Days(d) => days = Some((*d)?),
            Meant::Time(t) => time = Some((*t)?),
            Meant::Format(f) => p.programme.format = *f,
            Meant::For(a) => p.programme.audience = a.unwrap_or(Audience::All),
            Meant::Lang(bits, _) => p.langs = *bits,
            Meant::Text(key, Ok(shown)) => {
                let slot = match *key {
                    "name" => &mut p.name.en,
                    "name-es" => &mut p.name.es,
                    "note" => &mut p.note.en,
                    _ => &mut p.note.es,
                };
                *slot = shown.clone();
            }
            Meant::Text(_, Err(())) | Meant::Unknown => {}
        }
    }
    if p.programme.level == Level::Emergency {
        return None;
    }
    p.programme.meets = match (days, time) {
        (Some(days), Some((start, end))) => Some(Meets { days, start, end }),
        (None, None) => None,
        _ => return None,
    };
    Some(p)
}

fn config() -> ProptestConfig {
    // No regression file: this suite writes nothing into the tree.
    ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(2000) }
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary text for any of the new settings: no panic, safe values, a warning for
    /// every setting that had no effect, and the lists hold exactly the items named.
    #[test]
    fn arbitrary_values_for_the_new_settings_are_safe_and_warned_about(
        pairs in proptest::collection::vec((new_key(), new_value()), 0..12)
    ) {
        let parsed = parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_safe(&parsed.config);
        // The first of each programme key, alone, says whether it is kept.
        let mut seen = Vec::new();
        let mut kept = 0;
        for (k, v) in &pairs {
            let lower = k.trim().to_ascii_lowercase();
            if seen.contains(&lower) {
                continue;
            }
            seen.push(lower.clone());
            check_alone(k, v)?;
            if (1..=8).any(|n| lower == format!("program-{n}")) {
                kept += parse(&[(k, v)]).config.programmes.len();
            }
        }
        prop_assert_eq!(parsed.config.programmes.len(), kept);
        for w in &parsed.warnings {
            prop_assert!(w.to_string().starts_with(&format!("data-{}=", w.key)), "{}", w);
        }
    }

    /// A programme made of parts, each good or bad on purpose: it is kept exactly when it
    /// can be matched, it holds what the good parts say, each bad part is warned about and
    /// named, and a programme with only good parts gives no warning.
    #[test]
    fn programmes_built_from_parts_are_read_as_the_parts_say(
        parts in programme_parts(),
        glue in any::<u8>(),
        n in 1..=8u8,
    ) {
        let value = join_parts(&parts, glue);
        let (got, warnings) = program(n, &value);
        if value.trim().is_empty() {
            // No part at all: an empty setting, which keeps the default (no programme).
            prop_assert_eq!((got, warnings.len(), &warnings[0].problem), (None, 1, &Problem::Empty));
            return Ok(());
        }
        let meant: Vec<Meant> = parts.iter().map(|(_, m)| m.clone()).collect();
        let want = expected(&meant);
        let bad = meant.iter().filter(|m| m.bad()).count();
        match (&got, &want) {
            (Some(got), Some(want)) if meant.iter().any(|m| matches!(m, Meant::Text(_, Err(())))) => {
                // A name or note with markup or too long: compared without the texts.
                prop_assert_eq!(got.programme, want.programme, "{:?}", value);
                prop_assert_eq!(got.langs, want.langs);
            }
            _ => prop_assert_eq!(&got, &want, "{:?}", value),
        }
        if let Some(got) = &got {
            assert_safe(&HostConfig { programmes: vec![got.clone()], ..HostConfig::default() });
        }
        prop_assert!(warnings.len() >= bad, "{:?}: {} bad parts, {:?}", value, bad, warnings);
        if want.is_none() {
            prop_assert!(warnings.iter().any(|w| matches!(w.problem, Problem::Part { dropped: true, .. })), "{:?}: {:?}", value, warnings);
        }
        if bad == 0 && want.is_some() {
            prop_assert_eq!(&warnings, &vec![], "{:?}", value);
        }
        for (text, m) in &parts {
            if m.is_part_warning() {
                let text = text.trim();
                prop_assert!(
                    warnings.iter().any(|w| matches!(&w.problem, Problem::Part { part, .. } if part == text) && w.to_string().contains(text)),
                    "{:?}: {:?} is named in a warning: {:?}", value, text, warnings
                );
            }
        }
        // The same through the fragment the loader writes.
        let fragment = format!("#program-{}={}", n, form_encode(&value));
        prop_assert_eq!(parse_fragment(&fragment), parse(&[(&format!("program-{n}"), &value)]));
    }

    /// Programmes and arbitrary values for the new settings read the same through the
    /// fragment the loader writes as from the attributes.
    #[test]
    fn the_loaders_encoding_reads_back_as_the_same_programmes(
        pairs in proptest::collection::vec((new_key(), prop_oneof![new_value(), programme_parts().prop_map(|p| join_parts(&p, 0))]), 0..8)
    ) {
        let fragment = form_fragment(&pairs);
        let via_fragment = parse_fragment(&format!("#{fragment}"));
        prop_assert_eq!(&via_fragment, &parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
        assert_safe(&via_fragment.config);
    }
}
