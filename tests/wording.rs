//! Words that fit the answers and the reader (issue 16): every line of a result is checked
//! against the voice and the answers that produced it, and the result's first screen and its
//! saved text against what a person needs when she calls later.
//!
//! - "Maybe" is not "not ready": a loved one who may be willing is never called not ready.
//! - Family mode speaks about the loved one: no result line addresses the family member as
//!   the one who drinks, uses or goes to treatment.
//! - A line that names a level of care appears only on that level.
//! - The reasons name the substance they are about.
//! - No label is doubled ("911: 911").
//! - The first screen gives the level, one reason, and the first step with when to take it;
//!   the saved text carries the center's name, phone and page when the host set them.

mod common;

use std::path::Path;

use care_screener::embed::config::{HostConfig, HttpsUrl, Phone};
use care_screener::i18n::{self, Lang};
use care_screener::screening::outcome::{Fit, NextStep, PlanLine, When};
use care_screener::screening::{assess, file, Answers, Flag, Level, OptionId as O, Outcome, QuestionId as Q, ResourceId, RuleId, Voice};
use care_screener::ui::summary::{self, summary_text};

/// Every answer file the project keeps: the public vignettes and the review's corpus.
fn answer_files() -> Vec<(String, Answers)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["examples/answers", "tests/corpus/review", "tests/corpus/redteam"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).unwrap();
            let a = file::parse(&text).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), a));
        }
    }
    assert!(out.len() >= 130, "found the answer files: {}", out.len());
    out
}

/// A small deterministic generator (xorshift), so the samples are the same on every run.
fn seeds(n: usize, mut x: u64) -> Vec<Vec<u32>> {
    (0..n)
        .map(|_| {
            (0..64)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x >> 16) as u32
                })
                .collect()
        })
        .collect()
}

/// Random answer sets for a family member: every question answered or skipped at random,
/// with "a family member or friend" and no danger now.
fn loved_one_samples(n: usize) -> Vec<Answers> {
    seeds(n, 0x9e37_79b9_7f4a_7c15)
        .iter()
        .map(|s| {
            let mut a = common::fill(s);
            a.set(Q::WhoFor, vec![O::SomeoneElse]).unwrap();
            a
        })
        .collect()
}

fn no_center() -> HostConfig {
    HostConfig::default()
}

// ------------------------------------------------------------------------------------------
// "Maybe" is not "not ready".

/// The whole result in both languages, as the saved text gives it (the page shows the same).
fn result_text(o: &Outcome) -> String {
    Lang::ALL.iter().map(|l| summary_text(*l, o, &no_center())).collect::<Vec<_>>().join("\n")
}

#[test]
fn maybe_and_not_sure_are_never_called_not_ready() {
    let base = [(Q::WhoFor, &[O::SomeoneElse][..]), (Q::DangerNow, &[O::NoDanger][..]), (Q::Age, &[O::Age18To64][..])];
    for unsure in [O::WillingMaybe, O::NotSure] {
        let mut rows = base.to_vec();
        rows.push((Q::Willing, std::slice::from_ref(&unsure)));
        let o = assess(&common::answers(&rows));
        let text = result_text(&o).to_lowercase();
        for phrase in ["not ready", "no está listo", "todavía no está listo"] {
            assert!(!text.contains(phrase), "{}: \"{phrase}\" in\n{text}", unsure.as_str());
        }
        assert!(o.step(NextStep::CraftUnsure) && !o.step(NextStep::CraftFirst), "{}: {:?}", unsure.as_str(), o.next_steps);
        assert!(o.has(Flag::LovedOneUnsure) && !o.has(Flag::LovedOneUnwilling));
        for lang in Lang::ALL {
            assert!(!i18n::flag(lang, Flag::LovedOneUnsure, Voice::LovedOne).to_lowercase().contains("list"), "the flag's words say open, not ready");
        }
    }
    // "Not yet" keeps its own words: CRAFT first, for a loved one who is not ready.
    let mut rows = base.to_vec();
    rows.push((Q::Willing, &[O::WillingNo][..]));
    let o = assess(&common::answers(&rows));
    assert!(o.step(NextStep::CraftFirst) && !o.step(NextStep::CraftUnsure));
    assert!(result_text(&o).contains("not ready"));
    // And every answer file that says "maybe" or "not sure".
    for (name, a) in answer_files() {
        if a.has(Q::Willing, O::WillingMaybe) || a.has(Q::Willing, O::NotSure) {
            let text = result_text(&assess(&a)).to_lowercase();
            assert!(!text.contains("not ready") && !text.contains("no está listo"), "{name}: called not ready");
        }
    }
}

// ------------------------------------------------------------------------------------------
// Third person in family mode.

const ALL_STEPS: &[NextStep] = &[
    NextStep::Call911, NextStep::OverdoseSteps, NextStep::Call988Now, NextStep::SeizureSteps,
    NextStep::HospitalToday, NextStep::EmergencyRoomNow, NextStep::SeeDoctorToday,
    NextStep::DoNotStopSuddenly, NextStep::SupervisedWithdrawal, NextStep::PrescriberTaper,
    NextStep::SedativeSupervised, NextStep::WatchDangerSigns, NextStep::Mixing, NextStep::Talk988Today,
    NextStep::SameDaySafety, NextStep::Keep988, NextStep::UrgentMentalHealth, NextStep::MentalHealthToo,
    NextStep::MentalHealthCare, NextStep::MoudPregnancy, NextStep::Moud, NextStep::KeepMedicine,
    NextStep::TalkToPrescriber, NextStep::PrenatalCare, NextStep::Naloxone, NextStep::NaloxoneHome,
    NextStep::LostTolerance, NextStep::DvHotline, NextStep::Childhelp, NextStep::CraftFirst,
    NextStep::CraftUnsure, NextStep::FamilySupport, NextStep::AdolescentProgram,
    NextStep::FamilyInvolvement, NextStep::FullAssessment, NextStep::StepDown, NextStep::ContinuingCare,
    NextStep::HomeSupport, NextStep::TalkToCenter, NextStep::FindTreatment, NextStep::SelfGuided,
    NextStep::CheckAgain,
];

/// Fails to compile when a next step is added and not listed in [`ALL_STEPS`].
#[allow(dead_code)]
fn every_step_is_listed(s: NextStep) {
    use NextStep as S;
    match s {
        S::Call911 | S::OverdoseSteps | S::Call988Now | S::SeizureSteps | S::HospitalToday | S::EmergencyRoomNow
        | S::SeeDoctorToday | S::DoNotStopSuddenly | S::SupervisedWithdrawal | S::PrescriberTaper
        | S::SedativeSupervised | S::WatchDangerSigns | S::Mixing | S::Talk988Today | S::SameDaySafety | S::Keep988
        | S::UrgentMentalHealth | S::MentalHealthToo | S::MentalHealthCare | S::MoudPregnancy | S::Moud
        | S::KeepMedicine | S::TalkToPrescriber | S::PrenatalCare | S::Naloxone | S::NaloxoneHome | S::LostTolerance
        | S::DvHotline | S::Childhelp | S::CraftFirst | S::CraftUnsure | S::FamilySupport | S::AdolescentProgram
        | S::FamilyInvolvement | S::FullAssessment | S::StepDown | S::ContinuingCare | S::HomeSupport
        | S::TalkToCenter | S::FindTreatment | S::SelfGuided | S::CheckAgain => {}
    }
}

const ALL_PLAN_LINES: &[PlanLine] = &[
    PlanLine::HoursFit, PlanLine::HoursShort, PlanLine::EveningsFit, PlanLine::WeekendsFit, PlanLine::AskEvening,
    PlanLine::AskWeekend, PlanLine::AskOnline, PlanLine::JobProtectedLeave, PlanLine::SchoolHours,
    PlanLine::TeenIopHours, PlanLine::AskChildcare, PlanLine::AskTransport, PlanLine::AskCost, PlanLine::TimeAway,
    PlanLine::FollowOn,
];

/// Where "you" in family mode is the family member, in English: the answers they gave, the
/// person they care about, their own safety and support, what they can do.
const EN_READER: &[&str] = &[
    "your loved one", "you said", "you named", "your answers", "you did not report", "you are not sure",
    "your safety", "yourself", "you can check again", "you or they", "if you have it", "near you",
    "help you plan for safety", "when you call", "your local emergency number",
];

/// English imperatives that would tell the family member to do what the loved one should,
/// found where a sentence starts.
const EN_PATIENT: &[&str] = &[
    "do not mix them", "do not use alone", "get prenatal care", "try self-help", "keep up what helps",
    "talk to someone today", "do not stop opioids suddenly", "see a doctor today", "keep going with",
];

/// Where "usted" in family mode is the family member, in Spanish (the loved one is "su ser
/// querido"; "su" alone reads for both, so only "usted" and the imperatives are checked).
const ES_READER: &[&str] = &["usted dijo", "usted mencionó", "usted no indicó", "usted no está seguro", "de cuidarse usted", "apoyo para usted", "cerca de usted"];

/// Spanish imperatives that would tell the family member to do what the loved one should,
/// found where a sentence starts.
const ES_PATIENT: &[&str] = &[
    "no los mezcle", "no use a solas", "vea a un médico hoy", "reciba atención prenatal", "siga con lo que le ayuda",
    "pruebe herramientas", "pida una evaluación", "no deje los opioides", "hable con alguien hoy", "siga con un programa",
];

/// The second-person words of `text` not covered by a phrase where the reader is meant.
fn patient_you(lang: Lang, text: &str) -> Vec<String> {
    let low = text.to_lowercase();
    let (words, allowed, patient): (&[&str], &[&str], &[&str]) = match lang {
        Lang::En => (&["you", "your", "yours", "yourself"], EN_READER, EN_PATIENT),
        Lang::Es => (&["usted"], ES_READER, ES_PATIENT),
    };
    let mut covered = vec![false; low.len()];
    for a in allowed {
        for (i, _) in low.match_indices(a) {
            covered[i..i + a.len()].iter_mut().for_each(|c| *c = true);
        }
    }
    // Every whole word that is "you" (or "your"…) and not inside a phrase for the reader.
    let mut found: Vec<String> = Vec::new();
    let mut start = None;
    for (i, c) in low.char_indices().chain([(low.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if words.contains(&&low[s..i]) && !covered[s] {
                    found.push(low[s..].chars().take(40).collect());
                }
                start = None;
            }
            _ => {}
        }
    }
    let starts_sentence = |i: usize| i == 0 || [". ", ": ", "; ", "\n", "- "].iter().any(|e| low[..i].ends_with(e));
    for p in patient {
        if low.match_indices(p).any(|(i, _)| starts_sentence(i)) {
            found.push(p.to_string());
        }
    }
    found
}

#[test]
fn family_mode_never_speaks_to_the_reader_as_the_one_who_needs_care() {
    let v = Voice::LovedOne;
    let samples = loved_one_samples(4000);
    let outcomes: Vec<Outcome> = samples
        .iter()
        .map(assess)
        .chain(answer_files().into_iter().map(|(_, a)| assess(&a)).filter(|o| o.voice == v))
        .collect();
    let mut flags: Vec<Flag> = outcomes.iter().flat_map(|o| o.flags.iter().copied()).collect();
    flags.sort();
    flags.dedup();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        // Every string a result can show, one by one, so a failure names its source.
        let mut strings: Vec<(String, String)> = Vec::new();
        for &l in Level::ALL {
            strings.push((format!("level_summary {l:?}"), i18n::level_summary(lang, l).into()));
            strings.push((format!("level_involves {l:?}"), i18n::level_involves(lang, l).into()));
        }
        for s in ALL_STEPS {
            strings.push((format!("next_step {s:?}"), i18n::next_step(lang, *s, v).into()));
        }
        for p in ALL_PLAN_LINES {
            strings.push((format!("plan_line {p:?}"), i18n::plan_line(lang, *p, v).into()));
        }
        for f in [Fit::NotNeeded, Fit::Unknown, Fit::Fits, Fit::DoesNotFit, Fit::TimeAway] {
            strings.push((format!("fit {f:?}"), i18n::fit(lang, f, v).into()));
        }
        for r in RuleId::ALL {
            strings.push((format!("rule {r:?}"), i18n::rule(lang, *r, v).into()));
        }
        for f in &flags {
            strings.push((format!("flag {f:?}"), i18n::flag(lang, *f, v).into()));
        }
        for (name, text) in &strings {
            for hit in patient_you(lang, text) {
                failures.push(format!("[{}] {name}: “{hit}…” in: {text}", lang.tag()));
            }
        }
        // And every whole result, as saved: headings, evidence, resources, the call script.
        for o in &outcomes {
            let text = summary_text(lang, o, &no_center());
            for hit in patient_you(lang, &text) {
                let line = text.lines().find(|l| l.to_lowercase().contains(&hit[..hit.len().min(20)])).unwrap_or("");
                failures.push(format!("[{}] result: “{hit}…” in: {line}", lang.tag()));
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{} lines speak to the family member as the patient:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_check_itself_finds_the_old_second_person_lines() {
    // The sentences issue 16 found, as they were: the check above must catch each of them.
    for old in ["Counseling once or twice a week while you live at home.", "You stop safely, with doctors and nurses watching over you.", "How it fits your week"] {
        assert!(!patient_you(Lang::En, old).is_empty(), "{old}");
    }
    assert!(!patient_you(Lang::Es, "Usted deja de usar sin peligro, con médicos y enfermeras que cuidan de usted.").is_empty());
    assert!(patient_you(Lang::En, "You said your loved one has seemed down. Get support for yourself too.").is_empty());
}

// ------------------------------------------------------------------------------------------
// Level-specific lines only on their level.

/// The levels a line that names one belongs to.
fn plan_line_levels(p: PlanLine) -> Option<&'static [Level]> {
    match p {
        PlanLine::TeenIopHours => Some(&[Level::Iop]),
        PlanLine::FollowOn => Some(&[Level::Withdrawal]),
        PlanLine::TimeAway => Some(&[Level::Residential, Level::Withdrawal]),
        _ => None,
    }
}

fn step_levels(s: NextStep) -> Option<&'static [Level]> {
    match s {
        NextStep::SupervisedWithdrawal => Some(&[Level::Withdrawal]),
        NextStep::HospitalToday => Some(&[Level::Emergency]),
        _ => None,
    }
}

/// The level names a line may carry, in English: IOP and PHP by their short names, and
/// withdrawal care by "detox".
const NAMED: &[(&str, Level)] = &[("IOP", Level::Iop), ("PHP", Level::Php), ("detox", Level::Withdrawal)];

#[test]
fn a_line_that_names_a_level_appears_only_on_that_level() {
    let mut failures = Vec::new();
    let mut cases: Vec<(String, Outcome)> = answer_files().into_iter().map(|(n, a)| (n, assess(&a))).collect();
    for (i, s) in seeds(3000, 0x2545_f491_4f6c_dd1d).iter().enumerate() {
        cases.push((format!("sample {i}"), assess(&common::fill(s))));
    }
    for (name, o) in &cases {
        let on = |levels: &[Level]| levels.contains(&o.level) || o.then.is_some_and(|t| levels.contains(&t));
        for p in &o.plan.lines {
            if let Some(levels) = plan_line_levels(*p) {
                if !on(levels) {
                    failures.push(format!("{name}: {p:?} on {:?}", o.level));
                }
            }
        }
        for s in &o.next_steps {
            if let Some(levels) = step_levels(*s) {
                if !on(levels) {
                    failures.push(format!("{name}: {s:?} on {:?}", o.level));
                }
            }
        }
        // And by the words themselves, so a line that starts naming a level is caught too.
        let lines = o
            .plan
            .lines
            .iter()
            .map(|p| i18n::plan_line(Lang::En, *p, o.voice))
            .chain(o.next_steps.iter().map(|s| i18n::next_step(Lang::En, *s, o.voice)));
        for line in lines {
            for (word, level) in NAMED {
                if line.contains(word) && !on(&[*level]) {
                    failures.push(format!("{name}: “{line}” names {word} on {:?}", o.level));
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ------------------------------------------------------------------------------------------
// The substance named in the reasons.

/// The words that name a substance in a reason, by language: the stem of its name (a
/// sedative, sedatives), and for alcohol the verbs of drinking.
fn substance_words(lang: Lang, o: O) -> &'static [&'static str] {
    match (lang, o) {
        (Lang::En, O::Alcohol) => &["alcohol", "drink"],
        (Lang::En, O::Cannabis) => &["cannabis"],
        (Lang::En, O::Opioids) => &["opioid"],
        (Lang::En, O::Sedatives) => &["sedative"],
        (Lang::En, O::Stimulants) => &["stimulant"],
        (Lang::En, _) => &["other drugs"],
        (Lang::Es, O::Alcohol) => &["alcohol", "tomar", "toma ", "beb"],
        (Lang::Es, O::Cannabis) => &["cannabis"],
        (Lang::Es, O::Opioids) => &["opioide"],
        (Lang::Es, O::Sedatives) => &["sedante"],
        (Lang::Es, O::Stimulants) => &["estimulante"],
        (Lang::Es, _) => &["otras drogas"],
    }
}

#[test]
fn the_reasons_name_the_substance_of_a_single_substance_answer_file() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (name, a) in answer_files() {
        let o = assess(&a);
        let [one] = o.substances[..] else { continue };
        // A crisis names the danger now and nothing else (its card says 911 and 988 first).
        if !o.crises.is_empty() {
            continue;
        }
        checked += 1;
        for lang in Lang::ALL {
            let reasons: String = o.reasons.iter().map(|r| summary::reason_line(lang, &o, r)).collect::<Vec<_>>().join(" ").to_lowercase();
            if !substance_words(lang, one).iter().any(|w| reasons.contains(w)) {
                failures.push(format!("[{}] {name} ({}): {reasons}", lang.tag(), one.as_str()));
            }
        }
    }
    assert!(checked >= 60, "single-substance files: {checked}");
    assert!(failures.is_empty(), "{} results do not name their substance in the reasons:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_daily_cannabis_users_deciding_reason_says_cannabis() {
    let o = assess(&common::answers(&[
        (Q::WhoFor, &[O::SomeoneElse]),
        (Q::DangerNow, &[O::NoDanger]),
        (Q::Age, &[O::Under18]),
        (Q::Substances, &[O::Cannabis]),
        (Q::CannabisFreq, &[O::EveryDay]),
        (Q::UseSigns, &[O::MoreThanMeant, O::CantCutDown, O::Cravings, O::RoleFailure, O::SocialProblems]),
    ]));
    let why = summary::why(Lang::En, &o).expect("a reason");
    assert!(why.contains("Substances: cannabis."), "{why}");
    assert!(summary::why(Lang::Es, &o).unwrap().contains("Sustancias: cannabis."));
}

// ------------------------------------------------------------------------------------------
// No doubled labels.

#[test]
fn no_resource_label_says_its_number_twice() {
    let mut o = assess(&common::answers(&[(Q::WhoFor, &[O::Myself]), (Q::DangerNow, &[O::NoDanger])]));
    o.resources = ResourceId::ALL.to_vec();
    for lang in Lang::ALL {
        let text = summary_text(lang, &o, &no_center());
        for r in ResourceId::ALL {
            let label = i18n::resource_label(lang, *r);
            let shown = r.display();
            assert_eq!(label.matches(shown).count(), 1, "[{}] {label}", lang.tag());
            assert!(!text.contains(&format!("{shown}: {shown}")), "[{}] {shown}: {shown}", lang.tag());
            let line = ["- ", &label, ". ", i18n::resource_note(lang, *r)].concat();
            assert!(text.contains(&line), "[{}] the saved text lists {}", lang.tag(), r.as_str());
        }
    }
}

// ------------------------------------------------------------------------------------------
// The first screen: the level, why, the first step and when, what to say.

#[test]
fn every_result_has_a_why_and_a_first_step_with_when() {
    for (name, a) in answer_files() {
        let o = assess(&a);
        let (first, when) = o.first_step().unwrap_or_else(|| panic!("{name}: no step"));
        for lang in Lang::ALL {
            assert!(summary::why(lang, &o).is_some(), "{name}: no reason");
            let text = summary_text(lang, &o, &no_center());
            let (label, step) = summary::step(lang, &o, first);
            assert!(text.contains(&[label, " ", step].concat()), "{name}: the first step with its when");
        }
        // A crisis keeps 911 and 988 first, to do now; hospital care today says today.
        if !o.crises.is_empty() {
            assert_eq!(when, When::Now, "{name}: {first:?}");
            assert!(matches!(first, NextStep::Call911 | NextStep::Call988Now | NextStep::OverdoseSteps | NextStep::SeizureSteps | NextStep::EmergencyRoomNow), "{name}: {first:?}");
        }
        if o.hospital_today() {
            assert_eq!((first, when), (NextStep::HospitalToday, When::Today), "{name}");
            assert!(summary::lead(Lang::En, &o).is_none(), "{name}: the first step says where to go");
        }
        assert_eq!(o.hospital_today(), o.step(NextStep::HospitalToday), "{name}: one rule for hospital care today");
    }
}

#[test]
fn a_family_member_gets_words_to_say_made_only_of_their_answers() {
    let teen = assess(&common::answers(&[
        (Q::WhoFor, &[O::SomeoneElse]),
        (Q::DangerNow, &[O::NoDanger]),
        (Q::Age, &[O::Under18]),
        (Q::Substances, &[O::Cannabis, O::Alcohol]),
        (Q::CannabisFreq, &[O::EveryDay]),
        (Q::UseSigns, &[O::MoreThanMeant, O::CantCutDown, O::Cravings, O::RoleFailure, O::SocialProblems]),
    ]));
    let say = i18n::call_script(Lang::En, &teen).expect("words to say");
    assert_eq!(
        say,
        format!(
            "I am calling about my loved one, who is under 18. I am worried about their use of alcohol and cannabis. An online check suggested: {}.",
            i18n::level_name(Lang::En, teen.level)
        )
    );
    let es = i18n::call_script(Lang::Es, &teen).unwrap();
    assert!(es.starts_with("Llamo por un ser querido menor de 18 años. Me preocupa su consumo de alcohol y cannabis."), "{es}");
    // Nothing about an age or a substance that was not answered.
    let bare = assess(&common::answers(&[(Q::WhoFor, &[O::SomeoneElse]), (Q::DangerNow, &[O::NoDanger])]));
    let say = i18n::call_script(Lang::En, &bare).unwrap();
    assert!(say.starts_with("I am calling about my loved one. I am worried about their drinking or drug use."), "{say}");
    // Never for the person themself, and never on an emergency, where 911 and 988 lead.
    let own = assess(&common::answers(&[(Q::WhoFor, &[O::Myself]), (Q::DangerNow, &[O::NoDanger])]));
    assert!(i18n::call_script(Lang::En, &own).is_none());
    let emergency = assess(&common::answers(&[(Q::WhoFor, &[O::SomeoneElse]), (Q::DangerNow, &[O::CannotWake])]));
    assert_eq!(emergency.level, Level::Emergency);
    assert!(i18n::call_script(Lang::En, &emergency).is_none());
    // The saved text carries it too: it is what she reads when she calls later.
    assert!(summary_text(Lang::En, &teen, &no_center()).contains("What to say when you call:"));
}

// ------------------------------------------------------------------------------------------
// The saved text carries the center.

fn harbor() -> HostConfig {
    HostConfig {
        center_name: Some("Harbor Recovery Center".into()),
        phone: Phone::new("(555) 010-0199"),
        contact_url: HttpsUrl::new("https://www.harbor-recovery.example/contact").ok(),
        next_step: care_screener::embed::config::Words {
            en: Some("Ask for the intake team.".into()),
            es: Some("Pida hablar con el equipo de admisión.".into()),
        },
        offers: vec![Level::Outpatient, Level::Iop],
        ..HostConfig::default()
    }
}

#[test]
fn the_saved_text_carries_the_center_when_configured_and_the_crisis_numbers_always() {
    let iop = assess(&file::parse(&std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/answers/P02.json")).unwrap()).unwrap());
    for lang in Lang::ALL {
        let with = summary_text(lang, &iop, &harbor());
        for must in [
            "Harbor Recovery Center",
            "(555) 010-0199",
            "https://www.harbor-recovery.example/contact",
            harbor().next_step.get(lang).unwrap(),
            i18n::ui(lang, i18n::Ui::CenterOffers),
            i18n::level_name(lang, iop.level),
            i18n::next_step(lang, iop.next_steps[0], iop.voice),
            &summary::why(lang, &iop).unwrap(),
            "988",
            "911",
        ] {
            assert!(with.contains(must), "[{}] \"{must}\" in\n{with}", lang.tag());
        }
        // Offered: the center comes before the national steps.
        let center = with.find("Harbor Recovery Center").unwrap();
        let steps = with.find(&["\n", i18n::ui(lang, i18n::Ui::NextStepsTitle), "\n"].concat()).unwrap();
        assert!(center < steps, "[{}] the center leads the next steps", lang.tag());

        let without = summary_text(lang, &iop, &no_center());
        assert!(!without.contains(i18n::ui(lang, i18n::Ui::CenterContact)), "[{}] no center block without a center", lang.tag());
        for must in [i18n::level_name(lang, iop.level), "988", "911"] {
            assert!(without.contains(must), "[{}] {must}", lang.tag());
        }
    }
    // A Spanish page shows the center's Spanish words only (issue 18), never its English.
    assert!(!summary_text(Lang::Es, &iop, &harbor()).contains("Ask for the intake team."));
    let english_only = HostConfig { next_step: care_screener::embed::config::Words { es: None, ..harbor().next_step }, ..harbor() };
    assert!(!summary_text(Lang::Es, &iop, &english_only).contains("Ask for the intake team."));
    // A phone alone still says whom to call, in the catalogue's words; an emergency puts the
    // center after the crisis steps.
    let phone_only = HostConfig { phone: harbor().phone, ..HostConfig::default() };
    let text = summary_text(Lang::En, &iop, &phone_only);
    assert!(text.contains("Contact this treatment center\n") && text.contains("Call (555) 010-0199"), "{text}");
    let emergency = assess(&common::answers(&[(Q::WhoFor, &[O::Myself]), (Q::DangerNow, &[O::SuicideNow])]));
    let text = summary_text(Lang::En, &emergency, &harbor());
    assert!(text.find("- Now: ").unwrap() < text.find("Harbor Recovery Center").unwrap(), "{text}");
}
