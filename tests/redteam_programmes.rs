//! Red-team cases for issue 18 (the center's programmes on the result), written from the
//! issue's text and from what a visitor or a center would expect, before reading the matching
//! code. Each case goes in through the public doors only: the host's settings
//! (`embed::config::parse_pairs`), an answers file (`screening::file::parse`, based on the
//! public vignettes in `examples/answers`), `screening::assess`, and the saved text
//! (`ui::summary::summary_text`), which carries the same content as the page and the printout.
//!
//! A case that fails here is a finding: it is kept failing on purpose.

use care_screener::embed::config::{parse_pairs, HostConfig};
use care_screener::i18n::{self, ui, Lang, Ui};
use care_screener::screening::{assess, file, Level, Outcome};
use care_screener::ui::summary::summary_text;
use serde_json::{json, Value};

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

/// A public vignette's answers with some answers replaced (`Value::Null` removes one).
fn answers(base: &str, changes: &[(&str, Value)]) -> String {
    let path = format!("{}/examples/answers/{base}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the vignette is there");
    let mut doc: Value = serde_json::from_str(&text).expect("the vignette is JSON");
    let map = doc["answers"].as_object_mut().expect("an answers object");
    for (q, v) in changes {
        if v.is_null() {
            map.remove(*q);
        } else {
            map.insert((*q).to_owned(), v.clone());
        }
    }
    doc.to_string()
}

/// The outcome of a vignette with changes.
fn outcome(base: &str, changes: &[(&str, Value)]) -> Outcome {
    let text = answers(base, changes);
    let a = file::parse(&text).unwrap_or_else(|e| panic!("{base} {changes:?}: {e:?}"));
    assess(&a)
}

/// The host's settings, checked as the widget checks them.
fn host(pairs: &[(&str, &str)]) -> HostConfig {
    parse_pairs(pairs.iter().copied()).config
}

/// The saved text of the result.
fn saved(lang: Lang, o: &Outcome, h: &HostConfig) -> String {
    summary_text(lang, o, h)
}

/// The lines `- …` under the line that is exactly `lead`, up to the first line that is not a
/// list item. Empty when the lead is not there.
fn listed(text: &str, lead: &str) -> Vec<String> {
    let mut lines = text.lines();
    for l in lines.by_ref() {
        if l.trim() == lead.trim() {
            break;
        }
    }
    lines.take_while(|l| l.starts_with("- ")).map(str::to_owned).collect()
}

/// The programmes listed for the visitor (under "Their programs for this:").
fn programmes(lang: Lang, text: &str) -> Vec<String> {
    listed(text, ui(lang, Ui::ProgrammesLead))
}

/// The programmes listed for the family member (under "For you, as family:").
fn family(lang: Lang, text: &str) -> Vec<String> {
    listed(text, ui(lang, Ui::FamilyProgrammesLead))
}

/// The programme line whose name (before the first ':', or the whole line when nothing follows
/// the name) is `name`.
fn line_of<'a>(lines: &'a [String], name: &str) -> Option<&'a String> {
    lines.iter().find(|l| l.strip_prefix("- ").is_some_and(|r| r == name || r.starts_with(&format!("{name}:"))))
}

/// Whether a programme line claims it fits the marked free times.
fn claims_fit(lang: Lang, line: &str) -> bool {
    line.contains(ui(lang, Ui::ProgFits))
}

/// Whether a programme line says it meets at times not marked free.
fn claims_clash(lang: Lang, line: &str) -> bool {
    line.contains(ui(lang, Ui::ProgClash).trim_end())
}

/// The "what to say when you call" line about a programme (the center's, not the family
/// script at the top), if there is one.
fn call_about(lang: Lang, text: &str) -> Option<String> {
    let about = ui(lang, Ui::CallAbout);
    text.lines().find(|l| l.starts_with(ui(lang, Ui::CallAboutTitle)) && l.contains(about)).map(str::to_owned)
}

/// The demo center of `docs/embedding.md`, with six programmes.
const DEMO: &[(&str, &str)] = &[
    ("center-name", "Harbor Recovery Center"),
    ("phone", "(555) 010-0199"),
    ("offers", "outpatient,iop,php"),
    ("next-step", "Call us on weekdays from 8 to 6."),
    ("next-step-es", "Llámenos de lunes a viernes de 8 a 6."),
    ("program-1", "level=outpatient; name=Weekly counseling; name-es=Consejería semanal; days=tue,thu; time=16:00-17:30; format=both; lang=en,es"),
    ("program-2", "level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es"),
    ("program-3", "level=iop; name=Day IOP; name-es=IOP de día; days=mon-fri; time=10:00-13:00; format=both; for=adults; lang=en; note=Childcare on site; note-es=Cuidado de niños en el lugar"),
    ("program-4", "level=iop; name=Teen IOP; name-es=IOP para adolescentes; days=mon,wed,thu; time=15:30-18:30; for=teens; lang=en,es"),
    ("program-5", "level=php; name=Day program (PHP); name-es=Programa de día (PHP); days=mon-fri; time=9:00-15:00; format=in-person; lang=en,es"),
    ("program-6", "level=outpatient; name=Family group; name-es=Grupo para familias; days=wed; time=18:00-19:30; for=family; format=both; lang=en,es"),
    ("payment", "medicaid,private,sliding-scale"),
    ("intake-lang", "en,es"),
];

/// Every programme name the demo center writes, in both languages.
const DEMO_NAMES: &[&str] = &[
    "Weekly counseling", "Consejería semanal", "Evening IOP", "IOP de noche", "Day IOP", "IOP de día",
    "Teen IOP", "IOP para adolescentes", "Day program (PHP)", "Programa de día (PHP)", "Family group",
    "Grupo para familias",
];

/// P02 (an adult, IOP) with these days and times free.
fn p02_free(days: Value, needs: Value) -> Outcome {
    let o = outcome("P02", &[("free_days", days), ("schedule_needs", needs)]);
    assert_eq!(o.level, Level::Iop, "P02 stays at IOP whatever the schedule");
    o
}

// ------------------------------------------------------------------------------------------
// 1. Answers left unknown never become "fits"
// ------------------------------------------------------------------------------------------

/// A visitor who says their days "change from week to week" and that they are free in the
/// evenings has not said they are free on Monday, Tuesday and Thursday. They expect the
/// Evening IOP to be listed with its times, but not to be told it "fits the free times you
/// marked": no day was marked.
#[test]
fn days_that_vary_never_make_a_weekday_programme_fit() {
    let o = p02_free(json!(["days_vary"]), json!(["evenings"]));
    for lang in Lang::ALL {
        let text = saved(lang, &o, &host(DEMO));
        let list = programmes(lang, &text);
        let name = if lang == Lang::En { "Evening IOP" } else { "IOP de noche" };
        let line = line_of(&list, name).unwrap_or_else(|| panic!("{name} is listed:\n{text}"));
        assert!(!claims_fit(lang, line), "days_vary marked no day, yet: {line}");
    }
}

/// "Not sure" about the days, and no time of day: nothing is known, so no programme may be
/// said to fit or to clash. The times are still shown.
#[test]
fn not_sure_days_and_no_times_claim_nothing() {
    let o = p02_free(json!(["not_sure"]), json!(["prefer_not_to_say"]));
    let text = saved(Lang::En, &o, &host(DEMO));
    let list = programmes(Lang::En, &text);
    assert!(!list.is_empty(), "the IOP programmes are listed:\n{text}");
    for l in &list {
        assert!(!claims_fit(Lang::En, l) && !claims_clash(Lang::En, l), "nothing was marked, yet: {l}");
        assert!(l.contains("Mon"), "the days are still shown: {l}");
    }
    assert!(!text.contains(ui(Lang::En, Ui::NoneFits)), "nothing clashes, so no 'none of these meets':\n{text}");
}

/// Both schedule questions skipped: the visitor marked no time at all, so no "fits".
#[test]
fn skipped_schedule_questions_claim_no_fit() {
    let o = outcome("P02", &[("schedule_needs", Value::Null), ("free_days", Value::Null), ("hours_free", Value::Null)]);
    assert_eq!(o.level, Level::Iop);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &host(DEMO));
        let list = programmes(lang, &text);
        assert_eq!(list.len(), 2, "Evening and Day IOP are listed:\n{text}");
        for l in &list {
            assert!(!claims_fit(lang, l) && !claims_clash(lang, l), "no time was marked, yet: {l}");
        }
    }
}

/// Only "evenings" marked, no days: that says nothing about the weekend (docs: times alone
/// are weekday times). A Saturday-evening group must not be said to fit a Saturday nobody
/// marked.
#[test]
fn evenings_alone_do_not_make_a_saturday_group_fit() {
    let o = p02_free(Value::Null, json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Saturday IOP; days=sat; time=17:30-21:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let line = line_of(&list, "Saturday IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, line), "Saturday was never marked: {line}");
}

/// Days marked but no time of day: the days are free "for a few hours", at times not said.
/// A Saturday 10:00-13:00 group is not known to fit; a Monday group clashes (Monday was not
/// marked).
#[test]
fn days_alone_never_make_a_fit_but_unmarked_days_clash() {
    let o = p02_free(json!(["saturday"]), json!(["no_needs"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Saturday IOP; days=sat; time=10:00-13:00"),
        ("program-2", "level=iop; name=Monday IOP; days=mon; time=17:30-21:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let sat = line_of(&list, "Saturday IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    let mon = line_of(&list, "Monday IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, sat), "no time of day was marked: {sat}");
    assert!(!claims_fit(Lang::En, mon), "Monday was not marked: {mon}");
    assert!(claims_clash(Lang::En, mon), "Monday was not marked, so the visitor should be told: {mon}");
}

/// Every day ticked but no time of day: still no "fits" (a day job fills the mornings).
#[test]
fn every_day_without_times_is_not_a_fit() {
    let o = p02_free(
        json!(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        json!(["cost_worry"]),
    );
    let text = saved(Lang::En, &o, &host(DEMO));
    for l in programmes(Lang::En, &text) {
        assert!(!claims_fit(Lang::En, l.as_str()), "no time of day was marked: {l}");
    }
}

// ------------------------------------------------------------------------------------------
// 2. A programme that clashes is never said to fit
// ------------------------------------------------------------------------------------------

/// Free Monday and Wednesday evenings; the Evening IOP meets Monday, Tuesday, Thursday. It
/// must not "fit": it says so and names Tuesday and Thursday.
#[test]
fn a_group_on_days_not_marked_is_a_clash_naming_those_days() {
    let o = p02_free(json!(["monday", "wednesday"]), json!(["evenings"]));
    let text = saved(Lang::En, &o, &host(DEMO));
    let list = programmes(Lang::En, &text);
    let line = line_of(&list, "Evening IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, line), "Tuesday and Thursday were not marked: {line}");
    assert!(claims_clash(Lang::En, line), "{line}");
    let said = line.split(ui(Lang::En, Ui::ProgClash)).nth(1).unwrap_or("");
    assert!(said.contains("Tue") && said.contains("Thu"), "the clash names Tue and Thu: {line}");
    assert!(!said.starts_with("Mon"), "Monday evening was free: {line}");
}

/// A visitor who marked only evenings (after 5 pm) works until 5. A group 16:00-17:30 starts
/// an hour before they are free: it must not be said to fit.
#[test]
fn a_group_starting_before_five_does_not_fit_evenings() {
    let o = p02_free(json!(["tuesday", "thursday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Early evening IOP; days=tue,thu; time=16:00-17:30"),
        ("program-2", "level=iop; name=Late IOP; days=tue,thu; time=17:00-20:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let early = line_of(&list, "Early evening IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, early), "16:00 is not the evening: {early}");
    let late = line_of(&list, "Late IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(claims_fit(Lang::En, late), "17:00-20:00 on free Tue/Thu evenings fits: {late}");
    // The call line names the one that fits.
    let call = call_about(Lang::En, &text).expect("a call line");
    assert!(call.contains("Late IOP"), "{call}");
}

/// Every programme at the level clashes: the visitor is told so kindly, with what to ask
/// for, and the level is still named at the top.
#[test]
fn when_nothing_fits_say_so_and_keep_the_level() {
    let o = p02_free(json!(["saturday", "sunday"]), json!(["mornings"]));
    for lang in Lang::ALL {
        let text = saved(lang, &o, &host(DEMO));
        let list = programmes(lang, &text);
        assert!(!list.is_empty(), "{text}");
        assert!(list.iter().all(|l| !claims_fit(lang, l)), "{list:?}");
        assert!(text.contains(ui(lang, Ui::NoneFits)), "the kind 'none of these' line:\n{text}");
        let first = text.lines().find(|l| !l.trim().is_empty() && *l != ui(lang, Ui::Title)).unwrap_or("");
        assert!(first.contains(i18n::level_name(lang, Level::Iop)), "the level leads: {first}");
    }
}

// ------------------------------------------------------------------------------------------
// 3. Who a programme is for
// ------------------------------------------------------------------------------------------

/// A 16-year-old (P10, outpatient) sees the teen track and never the adults' one; an adult at
/// IOP (P02) never sees Teen IOP.
#[test]
fn teens_and_adults_see_only_their_tracks() {
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=outpatient; name=Adult counseling; days=mon-fri; time=13:00-15:00; for=adults"),
        ("program-2", "level=outpatient; name=Teen counseling; days=mon-fri; time=13:00-15:00; for=teens"),
        ("program-3", "level=iop; name=Teen IOP; days=mon-fri; time=17:30-20:00; for=teens"),
        ("program-4", "level=iop; name=Evening IOP; days=mon-fri; time=17:30-20:00; for=adults"),
    ]);
    let teen = outcome("P10", &[]);
    assert_eq!(teen.level, Level::Outpatient);
    let text = saved(Lang::En, &teen, &h);
    assert!(text.contains("Teen counseling"), "{text}");
    assert!(!text.contains("Adult counseling"), "a teen is never shown an adults-only track:\n{text}");
    assert!(call_about(Lang::En, &text).is_some_and(|c| c.contains("Teen counseling")));

    let adult = outcome("P02", &[]);
    let text = saved(Lang::En, &adult, &h);
    assert!(text.contains("Evening IOP"), "{text}");
    assert!(!text.contains("Teen IOP"), "an adult is never shown a teen track:\n{text}");
}

/// A mother checking for her 16-year-old son: the son's age decides the track (teen), and she
/// also sees the family group.
#[test]
fn a_family_member_for_a_teen_sees_the_teen_track_and_the_family_group() {
    let o = outcome("P05", &[("age", json!("under_18"))]);
    assert!(matches!(o.level, Level::Iop | Level::Outpatient | Level::Php), "{:?}", o.level);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=outpatient; name=Teen counseling; days=mon-fri; time=15:00-16:00; for=teens"),
        ("program-2", "level=outpatient; name=Adult counseling; days=mon-fri; time=15:00-16:00; for=adults"),
        ("program-3", "level=iop; name=Teen IOP; days=mon-fri; time=15:30-18:30; for=teens"),
        ("program-4", "level=iop; name=Adult IOP; days=mon-fri; time=15:30-18:30; for=adults"),
        ("program-5", "level=php; name=Teen PHP; days=mon-fri; time=9:00-15:00; for=teens"),
        ("program-6", "level=php; name=Adult PHP; days=mon-fri; time=9:00-15:00; for=adults"),
        ("program-7", "level=outpatient; name=Parents group; days=wed; time=18:00-19:30; for=family"),
    ]);
    let text = saved(Lang::En, &o, &h);
    assert!(!text.contains("Adult "), "no adults-only track for a 16-year-old:\n{text}");
    assert!(programmes(Lang::En, &text).iter().any(|l| l.contains("Teen ")), "{text}");
    assert!(family(Lang::En, &text).iter().any(|l| l.contains("Parents group")), "{text}");
}

/// A family programme is for the family member: a person checking for themself never sees
/// it, not in the list, and not in the call line, even when it is at their level and fits.
#[test]
fn a_family_programme_is_never_shown_to_the_person_themself() {
    let o = p02_free(json!(["wednesday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Family IOP night; days=wed; time=18:00-20:00; for=family"),
        ("program-2", "level=iop; name=Evening IOP; days=mon,tue; time=18:00-21:00"),
    ]);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &h);
        assert!(!text.contains("Family IOP night"), "shown to the person themself:\n{text}");
        assert!(!text.contains(ui(lang, Ui::FamilyProgrammesLead)), "{text}");
    }
}

/// A family member who marked her own evenings free: the family group (Wednesday
/// 18:00-19:30) fits her. Her loved one's free times (Wednesday evenings) say nothing about
/// her, and her free times say nothing about the loved one's programmes.
#[test]
fn the_family_members_own_times_match_the_family_group_only() {
    // The loved one is free only on Wednesday evenings; the mother only in weekday mornings.
    let o = outcome(
        "P05",
        &[
            ("free_days", json!(["wednesday"])),
            ("schedule_needs", json!(["evenings"])),
            ("family_free", json!(["mornings"])),
        ],
    );
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Wednesday IOP; days=wed; time=17:30-21:00"),
        ("program-2", "level=outpatient; name=Family group; days=wed; time=18:00-19:30; for=family"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let mine = programmes(Lang::En, &text);
    let theirs = line_of(&mine, "Wednesday IOP").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(claims_fit(Lang::En, theirs), "the loved one is free on Wednesday evenings: {theirs}");
    let fam = family(Lang::En, &text);
    let group = line_of(&fam, "Family group").unwrap_or_else(|| panic!("listed for the family:\n{text}"));
    assert!(!claims_fit(Lang::En, group), "the mother marked only mornings: {group}");
    assert!(claims_clash(Lang::En, group), "the mother marked only mornings: {group}");
}

/// A family member who is "not sure" when she is free: the family group is listed with its
/// time, and no claim about her week.
#[test]
fn a_family_member_not_sure_gets_no_claim() {
    let o = outcome("P05", &[("family_free", json!(["not_sure"]))]);
    let text = saved(Lang::En, &o, &host(DEMO));
    let fam = family(Lang::En, &text);
    let group = line_of(&fam, "Family group").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, group) && !claims_clash(Lang::En, group), "{group}");
}

/// A family member free on weekends: a Saturday family session fits her; a weekday one is
/// never said to fit. A center with no family programme shows no empty "For you, as family:"
/// heading.
#[test]
fn a_family_member_free_on_weekends() {
    let o = outcome("P05", &[("family_free", json!(["weekends"]))]);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00"),
        ("program-2", "level=outpatient; name=Saturday families; days=sat; time=10:00-12:00; for=family"),
        ("program-3", "level=outpatient; name=Wednesday families; days=wed; time=18:00-19:30; for=family"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let fam = family(Lang::En, &text);
    let sat = line_of(&fam, "Saturday families").unwrap_or_else(|| panic!("{text}"));
    assert!(claims_fit(Lang::En, sat), "{sat}");
    let wed = line_of(&fam, "Wednesday families").unwrap_or_else(|| panic!("{text}"));
    assert!(!claims_fit(Lang::En, wed), "{wed}");

    let none = host(&[("center-name", "Harbor"), ("program-1", "level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00")]);
    let text = saved(Lang::En, &o, &none);
    assert!(!text.contains(ui(Lang::En, Ui::FamilyProgrammesLead)), "an empty family heading:\n{text}");
}

/// The call line is about the loved one's care, at the suggested level. When the loved one's
/// programmes all clash and only the family group fits, the call line must still name a
/// programme at the suggested level (IOP), not the family group (an outpatient-level group
/// for the mother).
#[test]
fn the_call_line_for_a_loved_one_names_their_level_not_the_family_group() {
    let o = outcome(
        "P05",
        &[
            ("free_days", json!(["saturday"])),
            ("schedule_needs", json!(["mornings"])),
            ("family_free", json!(["evenings"])),
        ],
    );
    assert_eq!(o.level, Level::Iop);
    let text = saved(Lang::En, &o, &host(DEMO));
    let call = call_about(Lang::En, &text).unwrap_or_else(|| panic!("a call line:\n{text}"));
    assert!(!call.contains("Family group"), "the call line names the family group: {call}");
    assert!(call.contains("Evening IOP") || call.contains("Day IOP"), "{call}");
}

// ------------------------------------------------------------------------------------------
// 4. Emergency and crisis results never list programmes
// ------------------------------------------------------------------------------------------

/// Every programme word the saved text could show.
fn has_programme_content(lang: Lang, text: &str) -> Option<&'static str> {
    for key in [Ui::ProgrammesLead, Ui::FamilyProgrammesLead, Ui::ProgFits, Ui::NoneFits, Ui::CallAboutTitle, Ui::Accepts, Ui::IntakeSpeaks] {
        let words = ui(lang, key);
        // The family script at the top also starts "What to say when you call:"; only the
        // center's line about a programme counts.
        if key == Ui::CallAboutTitle {
            if call_about(lang, text).is_some() {
                return Some(ui(lang, Ui::CallAbout));
            }
            continue;
        }
        if text.contains(words.trim_end()) {
            return Some(words);
        }
    }
    DEMO_NAMES.iter().copied().find(|n| text.contains(n))
}

/// A suicide emergency (P08), a family member's delirium emergency (P12), harm to others,
/// a family member's "not sure" about danger, and the hospital-today emergency (pregnant,
/// opioids and daily heavy drinking): none lists a programme, a payment line, a language
/// line or a programme call line, even when cost and free times were answered.
#[test]
fn emergencies_never_list_programmes() {
    let cases: Vec<(&str, Outcome)> = vec![
        ("P08 suicide now", outcome("P08", &[])),
        ("P12 delirium, family", outcome("P12", &[("schedule_needs", json!(["evenings", "cost_worry"])), ("family_free", json!(["evenings"]))])),
        ("P07 harm others", outcome("P07", &[("harm_others", json!("yes")), ("schedule_needs", json!(["evenings", "cost_worry"]))])),
        ("P05 family not sure of danger", outcome("P05", &[("danger_now", json!(["not_sure"])), ("family_free", json!(["evenings"]))])),
        (
            "P11 hospital today",
            outcome(
                "P11",
                &[
                    ("substances", json!(["opioids", "alcohol"])),
                    ("alcohol_freq", json!("four_plus_a_week")),
                    ("alcohol_amount", json!("drinks_10_plus")),
                    ("alcohol_binge", json!("daily_or_almost")),
                    ("alcohol_last", json!("today")),
                    ("withdrawal_history", json!(["past_withdrawal"])),
                    ("withdrawal_now", json!(["shakes_sweats"])),
                    ("schedule_needs", json!(["mornings", "cost_worry"])),
                ],
            ),
        ),
    ];
    for (what, o) in &cases {
        assert_eq!(o.level, Level::Emergency, "{what}");
        for lang in Lang::ALL {
            let text = saved(lang, o, &host(DEMO));
            if let Some(found) = has_programme_content(lang, &text) {
                panic!("{what} ({lang:?}) shows programme content {found:?}:\n{text}");
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// 5. Withdrawal: the follow-on level's programmes
// ------------------------------------------------------------------------------------------

/// P03 (withdrawal, then IOP): the IOP programmes are listed for afterwards; never the
/// outpatient counselling or the PHP.
#[test]
fn withdrawal_then_iop_lists_the_iop_programmes() {
    let o = outcome("P03", &[]);
    assert_eq!((o.level, o.then), (Level::Withdrawal, Some(Level::Iop)));
    let text = saved(Lang::En, &o, &host(DEMO));
    let list = programmes(Lang::En, &text);
    assert!(line_of(&list, "Evening IOP").is_some() && line_of(&list, "Day IOP").is_some(), "{text}");
    assert!(!text.contains("Weekly counseling") && !text.contains("Day program (PHP)"), "{text}");
}

/// P04 (prescribed alprazolam, more than prescribed: withdrawal, then outpatient): the
/// outpatient counselling is listed, the IOPs are not. The visitor marked weekday evenings;
/// the counselling starts at 16:00, so it must not be said to fit.
#[test]
fn prescribed_sedatives_list_the_outpatient_follow_on() {
    let o = outcome("P04", &[]);
    assert_eq!((o.level, o.then), (Level::Withdrawal, Some(Level::Outpatient)));
    let text = saved(Lang::En, &o, &host(DEMO));
    let list = programmes(Lang::En, &text);
    let line = line_of(&list, "Weekly counseling").unwrap_or_else(|| panic!("listed:\n{text}"));
    assert!(!claims_fit(Lang::En, line), "16:00 is before the evening: {line}");
    assert!(!text.contains("Evening IOP") && !text.contains("Day IOP"), "{text}");
}

/// A center that runs a detox unit: a visitor who needs medically supervised withdrawal first
/// should be told to ask about the detox unit, the care they need today, not only about the
/// IOP that comes after it. The detox unit is listed, and the call line names it.
#[test]
fn withdrawal_call_line_names_the_detox_programme() {
    let o = outcome("P03", &[]);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00"),
        ("program-2", "level=withdrawal; name=Detox unit"),
    ]);
    let text = saved(Lang::En, &o, &h);
    assert!(line_of(&programmes(Lang::En, &text), "Detox unit").is_some(), "{text}");
    let call = call_about(Lang::En, &text).unwrap_or_else(|| panic!("a call line:\n{text}"));
    assert!(call.contains("Detox unit"), "the call line sends a visitor who needs detox today to ask about: {call}\n{text}");
}

/// A center without detox, for a visitor who needs it first (P03, a seizure last time): the
/// call line should not send them to ask only about the IOP for afterwards, as if detox were
/// not needed. Either no programme call line, or one at the suggested level.
#[test]
fn withdrawal_without_detox_does_not_script_a_call_about_iop_alone() {
    let o = outcome("P03", &[]);
    let text = saved(Lang::En, &o, &host(DEMO));
    if let Some(call) = call_about(Lang::En, &text) {
        let level = i18n::level_name(Lang::En, Level::Withdrawal);
        assert!(
            call.contains(level) || call.to_lowercase().contains("detox") || call.to_lowercase().contains("withdrawal"),
            "a visitor who needs detox first is told to say only: {call}\n{text}"
        );
    }
}

/// A detox-first result at a center that runs a detox unit: the detox unit, the care the
/// visitor needs first, is listed before the IOP that follows it, whatever order the center
/// wrote its settings in.
#[test]
fn withdrawal_lists_the_detox_programme_before_the_follow_on() {
    let o = outcome("P03", &[]);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00"),
        ("program-2", "level=withdrawal; name=Detox unit"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let detox = at(&text, "Detox unit").unwrap_or_else(|| panic!("{text}"));
    let iop = at(&text, "Evening IOP").unwrap_or_else(|| panic!("{text}"));
    assert!(detox < iop, "the follow-on IOP comes before the detox the visitor needs first:\n{text}");
}

/// A center without detox, for a detox-first result: right under "They do not list this kind
/// of care. Ask them where to go for it." the IOP programmes must not read as if they were the
/// detox. They are for after it, and each says so ("After that:") before anything else.
#[test]
fn follow_on_programmes_are_not_introduced_as_the_care_for_this() {
    let o = outcome("P03", &[]);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &host(DEMO));
        let name = if lang == Lang::En { "Evening IOP" } else { "IOP de noche" };
        let first = at(&text, name).unwrap_or_else(|| panic!("the IOP programmes are listed:\n{text}"));
        let line = text.lines().nth(first).unwrap_or("");
        let then = i18n::notice(lang, i18n::Notice::Then);
        assert!(line.starts_with(&format!("- {name}: {then} ")), "IOP for afterwards not marked as such:\n{text}");
        let lead = text.lines().nth(first - 1).unwrap_or("");
        assert!(!lead.contains("for this") && !lead.contains("para esto"), "IOP for afterwards introduced as the programs 'for this' (detox):\n{text}");
    }
}

/// A programme without days and times (a live-in house, a detox unit) and with nothing else
/// said about it is a clean line: its name, not a name followed by a dangling ": ".
#[test]
fn an_untimed_programme_line_is_not_left_dangling() {
    let o = outcome("P06", &[]);
    assert_eq!(o.level, Level::Residential);
    let h = host(&[("center-name", "Harbor"), ("program-1", "level=residential; name=Women's house")]);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &h);
        let list = programmes(lang, &text);
        assert_eq!(list.len(), 1, "{text}");
        assert!(!list[0].trim_end().ends_with(':'), "a dangling colon: {:?}", list[0]);
    }
}

// ------------------------------------------------------------------------------------------
// 6. Languages: a Spanish page never shows the center's English
// ------------------------------------------------------------------------------------------

/// A center that wrote its texts only in English: a Spanish page shows none of them, names
/// the programme by its level in Spanish, and the call line names it that way too.
#[test]
fn a_spanish_page_never_shows_english_center_text() {
    let o = p02_free(json!(["monday", "tuesday", "thursday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("offers", "iop"),
        ("next-step", "Ask for Maria at the front desk."),
        ("program-1", "level=iop; name=Evening Recovery Track; days=mon,tue,thu; time=17:30-21:00; note=Free parking behind the building"),
    ]);
    let text = saved(Lang::Es, &o, &h);
    for english in ["Ask for Maria", "Evening Recovery Track", "Free parking"] {
        assert!(!text.contains(english), "the Spanish page shows {english:?}:\n{text}");
    }
    let list = programmes(Lang::Es, &text);
    assert_eq!(list.len(), 1, "the programme is still listed:\n{text}");
    let level = i18n::level_name(Lang::Es, Level::Iop);
    assert!(list[0].contains(level), "named by its level in Spanish: {}", list[0]);
    let call = call_about(Lang::Es, &text).unwrap_or_else(|| panic!("a call line:\n{text}"));
    assert!(call.contains(level), "{call}");
}

/// The same the other way: a center that wrote a programme's name, its note and its next
/// step only in Spanish; an English page shows none of them and names the programme by its
/// level, and the Spanish page by its Spanish name.
#[test]
fn an_english_page_names_a_spanish_only_programme_by_its_level() {
    let o = p02_free(json!(["monday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("next-step-es", "Pregunte por María en la recepción."),
        ("program-1", "level=iop; name-es=Grupo de la tarde; days=mon; time=18:00-20:00; note-es=Estacionamiento gratis"),
    ]);
    let en = saved(Lang::En, &o, &h);
    assert!(!en.contains("Grupo de la tarde") && !en.contains("Estacionamiento") && !en.contains("María"), "{en}");
    assert!(programmes(Lang::En, &en).iter().any(|l| l.contains(i18n::level_name(Lang::En, Level::Iop))), "{en}");
    let es = saved(Lang::Es, &o, &h);
    assert!(line_of(&programmes(Lang::Es, &es), "Grupo de la tarde").is_some(), "{es}");
    assert!(es.contains("Estacionamiento gratis"), "{es}");
}

/// The Spanish page writes days and times the Spanish way and the payment line in Spanish.
#[test]
fn a_spanish_page_writes_days_times_and_payment_in_spanish() {
    let o = p02_free(json!(["monday", "tuesday", "thursday"]), json!(["evenings", "cost_worry"]));
    let text = saved(Lang::Es, &o, &host(DEMO));
    let list = programmes(Lang::Es, &text);
    let line = line_of(&list, "IOP de noche").unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("lun") && line.contains("17:30"), "{line}");
    assert!(!line.contains("Mon") && !line.contains("pm"), "{line}");
    assert!(claims_fit(Lang::Es, line), "{line}");
    assert!(text.contains("Aceptan Medicaid"), "{text}");
    assert!(!text.contains("private insurance") && !text.contains("They accept"), "{text}");
}

// ------------------------------------------------------------------------------------------
// 7. The center's contact: first when it does not run the level, old order when it says
//    nothing about levels
// ------------------------------------------------------------------------------------------

/// The index of the first line that contains `what`.
fn at(text: &str, what: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(what))
}

/// A center that offers only outpatient care, for an IOP result: its contact and "ask them
/// where to go" come before the generic next steps.
#[test]
fn a_center_without_the_level_leads_with_ask_where() {
    let o = outcome("P02", &[]);
    let h = host(&[("center-name", "Small Clinic"), ("phone", "(555) 010-0100"), ("offers", "outpatient")]);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &h);
        let contact = at(&text, "Small Clinic").unwrap_or_else(|| panic!("{text}"));
        let ask = at(&text, ui(lang, Ui::CenterAskWhere)).unwrap_or_else(|| panic!("ask where:\n{text}"));
        let steps = at(&text, ui(lang, Ui::NextStepsTitle)).unwrap_or_else(|| panic!("{text}"));
        assert!(contact < steps && ask < steps, "contact and 'ask where' first:\n{text}");
        assert!(!text.contains(ui(lang, Ui::CenterOffers)), "{text}");
    }
}

/// A center that lists its levels only through its programmes (no `offers`), none at IOP:
/// the same "ask where", first.
#[test]
fn levels_from_programmes_count_as_listed() {
    let o = outcome("P02", &[]);
    let h = host(&[
        ("center-name", "Small Clinic"),
        ("program-1", "level=outpatient; name=Weekly group; days=tue; time=18:00-19:30"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let ask = at(&text, ui(Lang::En, Ui::CenterAskWhere)).unwrap_or_else(|| panic!("ask where:\n{text}"));
    let steps = at(&text, ui(Lang::En, Ui::NextStepsTitle)).unwrap_or_else(|| panic!("{text}"));
    assert!(ask < steps, "{text}");
    assert!(!text.contains("Weekly group"), "an outpatient group is not listed for IOP:\n{text}");
}

/// A center that set only its name and phone, nothing about levels: the old order (the
/// generic steps first, then the contact), and neither "they offer" nor "ask where".
#[test]
fn a_center_with_no_levels_keeps_the_old_order() {
    let o = outcome("P02", &[]);
    let h = host(&[("center-name", "Small Clinic"), ("phone", "(555) 010-0100")]);
    for lang in Lang::ALL {
        let text = saved(lang, &o, &h);
        let contact = at(&text, "Small Clinic").unwrap_or_else(|| panic!("{text}"));
        let steps = at(&text, ui(lang, Ui::NextStepsTitle)).unwrap_or_else(|| panic!("{text}"));
        assert!(steps < contact, "the old order:\n{text}");
        assert!(!text.contains(ui(lang, Ui::CenterOffers)) && !text.contains(ui(lang, Ui::CenterAskWhere)), "{text}");
    }
}

/// A teen center whose only IOP is for teens tells an adult at IOP "They offer this kind of
/// care." and then lists nothing: the adult would call and be turned away. An adult should
/// not read that the center offers their care when every programme at that level excludes
/// them.
#[test]
fn a_teens_only_center_does_not_tell_an_adult_it_offers_their_care() {
    let o = outcome("P02", &[]);
    let h = host(&[
        ("center-name", "Youth Center"),
        ("program-1", "level=iop; name=Teen IOP; days=mon-fri; time=15:30-18:30; for=teens"),
    ]);
    let text = saved(Lang::En, &o, &h);
    assert!(!text.contains("Teen IOP"), "{text}");
    assert!(
        !text.contains(ui(Lang::En, Ui::CenterOffers)),
        "an adult is told the teens-only center offers their care:\n{text}"
    );
}

// ------------------------------------------------------------------------------------------
// 8. The payment line only with cost_worry; the call line at the level
// ------------------------------------------------------------------------------------------

/// The payment line appears only when the visitor said cost worries them; a cost-worried
/// visitor at a center with no payment set gets no empty "They accept ." line.
#[test]
fn payment_only_with_cost_worry() {
    let accepts = ui(Lang::En, Ui::Accepts).trim_end();
    let calm = p02_free(json!(["monday"]), json!(["evenings"]));
    let worried = p02_free(json!(["monday"]), json!(["evenings", "cost_worry"]));
    let text = saved(Lang::En, &calm, &host(DEMO));
    assert!(!text.contains(accepts), "no cost worry, yet:\n{text}");
    let text = saved(Lang::En, &worried, &host(DEMO));
    let line = text.lines().find(|l| l.starts_with(accepts)).unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("Medicaid") && line.contains("private insurance") && line.contains("sliding scale"), "{line}");
    let no_payment: Vec<(&str, &str)> = DEMO.iter().copied().filter(|(k, _)| *k != "payment").collect();
    let text = saved(Lang::En, &worried, &host(&no_payment));
    assert!(!text.contains(accepts), "an empty payment line:\n{text}");
}

/// The center lists an outpatient group first; the visitor is at IOP. The call line must
/// name an IOP programme, never the first setting regardless of level.
#[test]
fn the_call_line_names_a_programme_at_the_suggested_level() {
    for (o, lang) in [
        (p02_free(json!(["tuesday", "thursday"]), json!(["afternoons", "evenings"])), Lang::En),
        (p02_free(json!(["saturday"]), json!(["mornings"])), Lang::Es),
    ] {
        let text = saved(lang, &o, &host(DEMO));
        let call = call_about(lang, &text).unwrap_or_else(|| panic!("{text}"));
        let listed = programmes(lang, &text);
        let named = listed
            .iter()
            .filter_map(|l| l.strip_prefix("- ").and_then(|r| r.split(':').next()))
            .find(|n| call.contains(n))
            .unwrap_or_else(|| panic!("the call line names a listed programme: {call}\n{text}"));
        assert!(["Evening IOP", "Day IOP", "IOP de noche", "IOP de día"].contains(&named), "{call}");
    }
}

/// A visitor who works two jobs (P13) and marked only weekends: the Saturday group fits; a
/// weekday evening group is never said to fit, as no weekday was marked.
#[test]
fn weekends_only_fit_a_saturday_group_and_never_a_weekday_one() {
    let o = outcome("P13", &[]);
    assert_eq!(o.level, Level::Iop);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=Weekday IOP; days=mon,tue,thu; time=17:30-21:00"),
        ("program-2", "level=iop; name=Saturday IOP; days=sat; time=9:00-13:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let sat = line_of(&list, "Saturday IOP").unwrap_or_else(|| panic!("{text}"));
    assert!(claims_fit(Lang::En, sat), "{sat}");
    let weekday = line_of(&list, "Weekday IOP").unwrap_or_else(|| panic!("{text}"));
    assert!(!claims_fit(Lang::En, weekday), "{weekday}");
    assert!(call_about(Lang::En, &text).is_some_and(|c| c.contains("Saturday IOP")), "{text}");
}

/// The positive case works at all: a pregnant woman on opioid pills (P11, outpatient), free
/// on weekday mornings, sees the morning clinic "fits", and the call line names it.
#[test]
fn a_morning_clinic_fits_a_morning_visitor() {
    let o = outcome("P11", &[("free_days", json!(["monday", "tuesday", "wednesday", "thursday", "friday"]))]);
    assert_eq!(o.level, Level::Outpatient);
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=outpatient; name=Evening group; days=mon,wed; time=18:00-19:30"),
        ("program-2", "level=outpatient; name=Morning MOUD clinic; days=mon-fri; time=8:00-11:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let clinic = line_of(&list, "Morning MOUD clinic").unwrap_or_else(|| panic!("{text}"));
    assert!(claims_fit(Lang::En, clinic), "{clinic}");
    let evening = line_of(&list, "Evening group").unwrap_or_else(|| panic!("{text}"));
    assert!(claims_clash(Lang::En, evening), "{evening}");
    assert!(call_about(Lang::En, &text).is_some_and(|c| c.contains("Morning MOUD clinic")), "{text}");
}

/// Recovered answers (P09: a residential stay finished, last drink 1-3 months ago, so IOP to
/// step down; and with no treatment and 3+ months without a drink, early support): the
/// programmes listed are always at the visitor's level.
#[test]
fn recovered_answers_list_programmes_at_their_level() {
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", "level=early; name=Check-in circle; days=sat; time=10:00-11:00"),
        ("program-2", "level=outpatient; name=Weekly counseling; days=tue; time=18:00-19:00"),
        ("program-3", "level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00"),
        ("program-4", "level=residential; name=Women's house"),
    ]);
    let names = [
        (Level::Early, "Check-in circle"),
        (Level::Outpatient, "Weekly counseling"),
        (Level::Iop, "Evening IOP"),
        (Level::Residential, "Women's house"),
    ];
    for o in [outcome("P09", &[]), outcome("P09", &[("alcohol_last", json!("months_3_12")), ("treatment", json!(["no_treatment"]))]), outcome("P06", &[])] {
        let text = saved(Lang::En, &o, &h);
        let want: Vec<Level> = [Some(o.level), o.then].into_iter().flatten().collect();
        for (level, name) in names {
            assert_eq!(text.contains(name), want.contains(&level), "{name} at {level:?} for a result at {:?}:\n{text}", o.level);
        }
    }
}

// ------------------------------------------------------------------------------------------
// 9. Hostile settings
// ------------------------------------------------------------------------------------------

/// Markup in a center's texts never reaches the text; the programme is still listed.
#[test]
fn markup_in_center_texts_never_reaches_the_text() {
    let o = p02_free(json!(["monday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "<b>Harbor</b>"),
        ("next-step", "<script>alert(1)</script>Call us"),
        ("program-1", "level=iop; name=<img src=x onerror=alert(1)>Evening IOP; days=mon; time=18:00-20:00; note=<a href=javascript:alert(1)>free</a> parking"),
    ]);
    let text = saved(Lang::En, &o, &h);
    for bad in ["<b>", "<script", "<img", "onerror", "<a ", "javascript:"] {
        assert!(!text.contains(bad), "{bad:?} reached the text:\n{text}");
    }
    assert!(programmes(Lang::En, &text).iter().any(|l| l.contains("Evening IOP")), "{text}");
}

/// A name with line breaks or a bidirectional override cannot forge a line of the result
/// (say a fake "Call" line with another number, or a fake programme that "fits") or reverse
/// the text the visitor reads.
#[test]
fn control_and_bidi_characters_cannot_forge_lines() {
    let o = p02_free(json!(["monday"]), json!(["evenings"]));
    let h = host(&[
        ("center-name", "Harbor"),
        ("phone", "(555) 010-0199"),
        ("program-1", "level=iop; name=IOP\nCall (555) 999-0000\r\n- Free IOP: Fits; days=mon; time=18:00-20:00"),
        ("program-2", "level=iop; name=Night\u{202E}PIO group\u{2066}; days=mon; time=18:00-20:00"),
    ]);
    let text = saved(Lang::En, &o, &h);
    assert!(!text.lines().any(|l| l.starts_with("Call (555) 999")), "a forged call line:\n{text}");
    assert!(!text.lines().any(|l| l.starts_with("- Free IOP")), "a forged programme:\n{text}");
    for c in ['\u{202E}', '\u{2066}', '\r'] {
        assert!(!text.contains(c), "{c:?} reached the text:\n{text:?}");
    }
}

/// A ninth programme, a programme across midnight, and an am/pm time never crash and are
/// never shown; the eight valid ones are all shown, in order.
#[test]
fn nine_programmes_midnight_and_am_pm() {
    let o = p02_free(json!(["friday"]), json!(["evenings"]));
    let mut pairs: Vec<(String, String)> = vec![("center-name".into(), "Harbor".into())];
    for i in 1..=6 {
        pairs.push((format!("program-{i}"), format!("level=iop; name=Group {i}; days=fri; time=18:00-20:00")));
    }
    pairs.push(("program-7".into(), "level=iop; name=Late night; days=fri; time=21:00-01:00".into()));
    pairs.push(("program-8".into(), "level=iop; name=Pm group; days=fri; time=5:30pm-9pm".into()));
    pairs.push(("program-9".into(), "level=iop; name=Group 9; days=fri; time=18:00-20:00".into()));
    let h = parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).config;
    let text = saved(Lang::En, &o, &h);
    let list = programmes(Lang::En, &text);
    let names: Vec<&str> = list.iter().filter_map(|l| l.strip_prefix("- ")?.split(':').next()).collect();
    assert_eq!(names, ["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "Group 6"], "{text}");
}

/// Repeated keys: the first value wins and the programme is listed once.
#[test]
fn duplicated_keys_first_wins() {
    let o = p02_free(json!(["monday"]), json!(["evenings"]));
    let parsed = parse_pairs([
        ("center-name", "Harbor"),
        ("program-1", "level=iop; name=First; days=mon; time=18:00-20:00"),
        ("PROGRAM-1", "level=iop; name=Second; days=mon; time=18:00-20:00"),
    ]);
    assert!(!parsed.warnings.is_empty(), "the repeated key is reported");
    let text = saved(Lang::En, &o, &parsed.config);
    let list = programmes(Lang::En, &text);
    assert_eq!(list.len(), 1, "{text}");
    assert!(line_of(&list, "First").is_some() && !text.contains("Second"), "{text}");
}

/// A center that pasted a part twice inside one programme (`level=iop; …; level=php`, or two
/// names) has made a mistake the docs promise to report ("each problem gives one warning";
/// "fix every warning"). It must not pass silently: here the programme would quietly move to
/// another level and be shown to the wrong visitors, with nothing in the console.
#[test]
fn a_part_repeated_inside_a_programme_is_reported() {
    let parsed = parse_pairs([("program-2", "level=iop; name=Alpha; name=Beta; days=mon; time=18:00-20:00; level=php")]);
    let levels: Vec<Level> = parsed.config.programmes.iter().map(|p| p.programme.level).collect();
    assert!(
        !parsed.warnings.is_empty(),
        "no warning for repeated parts; the programme was read as {levels:?} named {:?}",
        parsed.config.programmes.iter().map(|p| p.name.en.clone()).collect::<Vec<_>>()
    );
}

/// Overlong texts are cut; an empty or blank name falls back to the level's name rather than
/// an empty "- : …" line; a value of only separators does not crash.
#[test]
fn long_blank_and_empty_settings() {
    let o = p02_free(json!(["monday"]), json!(["evenings"]));
    let long = "X".repeat(5000);
    let p1 = format!("level=iop; name={long}; days=mon; time=18:00-20:00; note={long}");
    let h = host(&[
        ("center-name", "Harbor"),
        ("program-1", p1.as_str()),
        ("program-2", "level=iop; name=   ; days=mon; time=18:00-20:00"),
        ("program-3", ";;;==;"),
        ("program-4", ""),
        ("next-step", long.as_str()),
    ]);
    let text = saved(Lang::En, &o, &h);
    assert!(!text.contains(&"X".repeat(301)), "an overlong text was not cut");
    let list = programmes(Lang::En, &text);
    assert_eq!(list.len(), 2, "{list:?}");
    for l in &list {
        assert!(!l.starts_with("- :") && !l.starts_with("-  :"), "a nameless line: {l}");
    }
    assert!(list[1].contains(i18n::level_name(Lang::En, Level::Iop)), "{}", list[1]);
}

// ------------------------------------------------------------------------------------------
// 10. The schedule never changes the level
// ------------------------------------------------------------------------------------------

/// However the free days, times, cost and the family member's times are answered, the level
/// and the follow-on level stay the same.
#[test]
fn the_schedule_never_changes_the_level() {
    let variants: &[&[(&str, Value)]] = &[
        &[],
        &[("free_days", json!(["days_vary"]))],
        &[("free_days", json!(["not_sure"])), ("schedule_needs", json!(["prefer_not_to_say"]))],
        &[("free_days", json!(["saturday", "sunday"])), ("schedule_needs", json!(["mornings", "cost_worry"]))],
        &[("free_days", json!(["monday", "tuesday", "wednesday", "thursday", "friday"])), ("schedule_needs", json!(["mornings", "afternoons", "evenings"]))],
        &[("free_days", Value::Null), ("schedule_needs", Value::Null)],
    ];
    for base in ["P02", "P03", "P04", "P05", "P09", "P10", "P11", "P13"] {
        let plain = outcome(base, &[]);
        for v in variants {
            let mut changes: Vec<(&str, Value)> = v.to_vec();
            if base == "P05" {
                changes.push(("family_free", json!(["weekends"])));
            }
            let o = outcome(base, &changes);
            assert_eq!((o.level, o.then), (plain.level, plain.then), "{base} {changes:?}");
        }
    }
}
