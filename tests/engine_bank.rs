//! The question bank as data, and the catalogues that word it: the checks a clinician or a
//! translator would otherwise make by eye.

use care_screener::i18n::{self, Lang, Notice};
use care_screener::screening::bank::{question, Unknown, When, BANK};
use care_screener::screening::outcome::{Fit, Flag, NextStep, PlanLine};
use care_screener::screening::Area;
use care_screener::screening::{path, rules, Crisis, Level, OptionId, QuestionId, ResourceId, RuleId, Voice};

use OptionId as O;
use QuestionId as Q;

mod common;
use common::answers;

const VOICES: [Voice; 2] = [Voice::Own, Voice::LovedOne];

#[test]
fn the_bank_lists_every_question_once_in_id_order() {
    assert_eq!(BANK.len(), QuestionId::ALL.len());
    for (i, q) in BANK.iter().enumerate() {
        assert_eq!(q.id, QuestionId::ALL[i], "BANK[{i}] is out of order");
        assert_eq!(question(q.id).id, q.id);
    }
    assert!(BANK.len() < 64, "path masks use one bit a question");
    assert_eq!(BANK[0].id, Q::WhoFor, "who is answering comes first");
    assert_eq!(BANK[1].id, Q::DangerNow, "then whether anyone is in danger now");
}

#[test]
fn options_are_unique_and_every_option_is_used() {
    for q in BANK {
        for (i, c) in q.choices.iter().enumerate() {
            assert!(q.choices[i + 1..].iter().all(|d| d.id != c.id), "{} repeats {}", q.id.as_str(), c.id.as_str());
        }
        assert!(q.choices.len() >= 2, "{} offers a choice", q.id.as_str());
    }
    for o in OptionId::ALL {
        assert!(BANK.iter().any(|q| q.choice(*o).is_some()), "{} is in no question", o.as_str());
    }
    let mut ids: Vec<&str> = QuestionId::ALL.iter().map(|q| q.as_str()).collect();
    ids.extend(OptionId::ALL.iter().map(|o| o.as_str()));
    ids.extend(RuleId::ALL.iter().map(|r| r.as_str()));
    for id in ids {
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'), "{id} is a plain id");
    }
}

/// Every question but "who is answering" can be declined, and an unknown is never ranked
/// (so the monotonicity property leaves it out) and never combined with other options.
#[test]
fn every_declinable_question_offers_an_unknown() {
    // Questions offering only one of the two unknowns, and why: "prefer not to say" makes no
    // sense for "is anyone in danger" or for a family member's view of willingness; the
    // schedule checklist (free times and needs) offers "prefer not to say" and "none of
    // these" — someone not sure when they are free ticks no time and the plan says to ask;
    // the sex at birth of a loved one is known or declined, and either way the pregnancy
    // option stays offered unless the answer is "male".
    let one_unknown = [Q::DangerNow, Q::Willing, Q::ScheduleNeeds, Q::Age, Q::Sex];
    for q in BANK {
        let unknowns: Vec<_> = q.choices.iter().filter(|c| c.is_unknown()).collect();
        match q.unknown {
            Unknown::Required => assert!(unknowns.is_empty(), "{}", q.id.as_str()),
            _ if one_unknown.contains(&q.id) => assert_eq!(unknowns.len(), 1, "{}", q.id.as_str()),
            _ => assert_eq!(unknowns.len(), 2, "{} offers not sure and prefer not to say", q.id.as_str()),
        }
        for c in unknowns {
            assert!(c.exclusive, "{}: {} is exclusive", q.id.as_str(), c.id.as_str());
            // The danger check ranks "not sure" between no and yes: for a family member it
            // counts as yes (the written policy).
            if q.id != Q::DangerNow {
                assert_eq!(c.rank, None, "{}: {} is unranked", q.id.as_str(), c.id.as_str());
            }
        }
    }
    assert_eq!(question(Q::DangerNow).unknown, Unknown::YesForLovedOne);
    assert_eq!(question(Q::AsqRightNow).unknown, Unknown::YesForLovedOne);
    // The ASQ items: a family member's "not sure" counts as yes (a positive screen, so the
    // acuity questions follow); the person's own decline keeps 988 prominent (review 2026-12).
    for q in [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried] {
        assert_eq!(question(q).unknown, Unknown::YesForLovedOne, "{}", q.as_str());
    }
    for q in [Q::SuicidePlan, Q::HarmOthers, Q::AttemptRecent] {
        assert_eq!(question(q).unknown, Unknown::Declined988, "{}", q.as_str());
    }
}

fn refs(w: When, out: &mut Vec<QuestionId>) {
    match w {
        When::Always | When::LevelIn(..) => {}
        When::Chose(q, _) | When::Maybe(q, _) | When::Unless(q, _) => out.push(q),
        When::All(ws) | When::Any(ws) => ws.iter().for_each(|w| refs(*w, out)),
    }
}

/// Whether a condition asks for the level so far, at any depth.
fn reads_level(w: When) -> bool {
    match w {
        When::LevelIn(..) => true,
        When::All(ws) | When::Any(ws) => ws.iter().any(|w| reads_level(*w)),
        _ => false,
    }
}

/// Branching only looks back: answering a question never changes the path before it, and
/// the level-dependent schedule questions come last and never feed the level.
#[test]
fn branching_only_looks_at_earlier_questions() {
    // Checks that the questions a condition reads are all asked before the question at `i`;
    // returns how many it reads.
    let looks_back = |i: usize, when: When, what: &str| {
        let mut r = Vec::new();
        refs(when, &mut r);
        for earlier in &r {
            let j = BANK.iter().position(|b| b.id == *earlier).expect("in the bank");
            assert!(j < i, "{what} depends on the later {}", earlier.as_str());
        }
        r.len()
    };
    for (i, q) in BANK.iter().enumerate() {
        looks_back(i, q.when, q.id.as_str());
        // The same for the options offered only under a condition, which must also be
        // options of their question.
        for (oq, o, w) in care_screener::screening::bank::OPTION_CONDITIONS.iter().filter(|(oq, _, _)| *oq == q.id) {
            assert!(q.choice(*o).is_some(), "{} has no option {}", oq.as_str(), o.as_str());
            assert!(!reads_level(*w));
            assert!(looks_back(i, *w, &["option ", o.as_str(), " of ", q.id.as_str()].concat()) > 0);
        }
        if reads_level(q.when) {
            assert_eq!(q.unknown, Unknown::NotRated, "{}", q.id.as_str());
            assert!(BANK[i..].iter().all(|b| reads_level(b.when)), "level-dependent questions are last");
        }
    }
}

#[test]
fn the_catalogues_have_words_for_everything_in_both_languages_and_voices() {
    for lang in Lang::ALL {
        for q in BANK {
            for v in VOICES {
                assert!(!i18n::question(lang, q.id, v).trim().is_empty());
                assert_eq!(i18n::help(lang, q.id, v).is_some(), q.has_help, "{:?} help for {}", lang, q.id.as_str());
                for c in q.choices {
                    assert!(!i18n::option(lang, q.id, c.id, v).trim().is_empty());
                }
            }
        }
        for r in RuleId::ALL {
            for v in VOICES {
                assert!(!i18n::rule(lang, *r, v).is_empty());
            }
        }
        for &l in Level::ALL {
            assert!(!i18n::level_name(lang, l).is_empty());
            assert!(!i18n::level_summary(lang, l).is_empty());
            assert!(!i18n::level_involves(lang, l).is_empty());
        }
        for r in ResourceId::ALL {
            assert!(!i18n::resource(lang, *r).is_empty());
            assert!(!i18n::resource_note(lang, *r).is_empty());
        }
        for a in Area::RATED {
            assert!(!i18n::area(lang, a).is_empty());
        }
        for f in [Fit::NotNeeded, Fit::Unknown, Fit::Fits, Fit::DoesNotFit, Fit::TimeAway] {
            for v in VOICES {
                assert!(!i18n::fit(lang, f, v).is_empty());
            }
        }
        for v in VOICES {
            for c in [Crisis::Overdose, Crisis::Seizure, Crisis::WithdrawalDelirium, Crisis::Suicide, Crisis::HarmOthers, Crisis::Medical, Crisis::Violence, Crisis::PsychosisRisk, Crisis::DangerNow] {
                let card = i18n::crisis(lang, c, v);
                assert!(!card.title.is_empty() && !card.steps.is_empty());
                let all = card.steps.join(" ");
                assert!(all.contains("911") || all.contains("988"), "{c:?} card names 911 or 988");
            }
        }
    }
}

/// The hours line fills in its numbers in both languages, with nothing of the template left.
#[test]
fn the_hours_line_gives_the_numbers() {
    use care_screener::screening::outcome::Hours;
    let range = Hours::Weekly { min: 9, max: Some(19) };
    let open = Hours::Weekly { min: 20, max: None };
    assert_eq!(i18n::hours(Lang::En, range).as_deref(), Some("About 9 to 19 hours a week"));
    assert_eq!(i18n::hours(Lang::En, open).as_deref(), Some("About 20 or more hours a week"));
    assert_eq!(i18n::hours(Lang::Es, range).as_deref(), Some("Unas 9 a 19 horas a la semana"));
    assert_eq!(i18n::hours(Lang::Es, open).as_deref(), Some("Unas 20 horas o más a la semana"));
    assert_eq!(i18n::hours(Lang::En, Hours::None), None);
}

/// The overdose card says what to do now (clinical-basis §4): 911, naloxone, rescue
/// breathing, stay with them.
#[test]
fn the_overdose_card_says_what_to_do() {
    let en = i18n::crisis(Lang::En, Crisis::Overdose, Voice::LovedOne).steps.join(" ");
    for w in ["911", "naloxone", "rescue breaths", "Stay with them"] {
        assert!(en.contains(w), "{w}");
    }
    let es = i18n::crisis(Lang::Es, Crisis::Overdose, Voice::LovedOne).steps.join(" ");
    for w in ["911", "naloxona", "respiración de rescate", "Quédese"] {
        assert!(es.contains(w), "{w}");
    }
}

/// Spanish is a translation, not a copy, and keeps the details Spanish speakers need.
#[test]
fn spanish_is_translated_and_routes_to_spanish_help() {
    for q in BANK {
        for v in VOICES {
            assert_ne!(i18n::question(Lang::En, q.id, v), i18n::question(Lang::Es, q.id, v), "{}", q.id.as_str());
        }
    }
    for r in RuleId::ALL {
        assert_ne!(i18n::rule(Lang::En, *r, Voice::Own), i18n::rule(Lang::Es, *r, Voice::Own));
    }
    assert!(i18n::resource_note(Lang::Es, ResourceId::Lifeline988Call).contains("Oprima 2 para español"));
    assert!(i18n::next_step(Lang::Es, NextStep::Call988Now, Voice::Own).contains("oprima 2"));
    assert!(i18n::resource_note(Lang::Es, ResourceId::SamhsaHelpline).contains("español"));
    assert!(i18n::resource_note(Lang::Es, ResourceId::Lifeline988Call).contains("711"));
    assert!(i18n::notice(Lang::Es, Notice::Tty988).contains("711"));
    assert!(i18n::notice(Lang::En, Notice::Tty988).contains("711"));
}

/// A family member reads third-person questions.
#[test]
fn questions_about_a_loved_one_are_worded_for_them() {
    let same = [Q::WhoFor, Q::Willing, Q::AttemptRecent];
    // Asked in one voice only: PHQ-2 and GAD-2 are self-report instruments, so a family member
    // gets one question about what they have seen instead; and only a family member is asked
    // the sex at birth (the person answering for themself knows whether pregnancy can apply).
    // One wording each, and the flow never asks them in the other voice.
    let one_voice = [
        (Q::PhqInterest, Voice::Own),
        (Q::PhqDown, Voice::Own),
        (Q::GadNervous, Voice::Own),
        (Q::GadWorry, Voice::Own),
        (Q::MoodObserved, Voice::LovedOne),
        (Q::Sex, Voice::LovedOne),
        (Q::FamilyFree, Voice::LovedOne),
    ];
    for (who, voice) in [(O::Myself, Voice::Own), (O::SomeoneElse, Voice::LovedOne)] {
        let path = path::questions(&answers(&[(Q::WhoFor, &[who])]));
        for (q, v) in one_voice {
            assert_eq!(path.contains(&q), v == voice, "{} for {who:?}", q.as_str());
        }
    }
    for q in BANK {
        if let Some((_, voice)) = one_voice.iter().find(|(x, _)| *x == q.id) {
            let theirs = i18n::question(Lang::En, q.id, Voice::LovedOne);
            assert_eq!(i18n::question(Lang::En, q.id, Voice::Own), theirs);
            // The family question speaks of "your loved one"; the self-report ones of "you".
            assert_eq!(theirs.contains("your loved one"), *voice == Voice::LovedOne, "{theirs}");
            continue;
        }
        for lang in Lang::ALL {
            let own = i18n::question(lang, q.id, Voice::Own);
            let theirs = i18n::question(lang, q.id, Voice::LovedOne);
            if same.contains(&q.id) {
                assert_eq!(own, theirs);
            } else {
                assert_ne!(own, theirs, "{}", q.id.as_str());
            }
        }
        let theirs = i18n::question(Lang::En, q.id, Voice::LovedOne);
        assert!(!theirs.contains("Do you ") && !theirs.contains("Are you ") && !theirs.contains("Have you "), "{theirs}");
    }
}

/// Counts syllables the simple way (vowel groups, a silent final e), which is what
/// readability formulas do.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut n = 0;
    let mut prev = false;
    for c in &w {
        let v = vowel(*c);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    if w.len() > 2 && w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// The Flesch-Kincaid grade of a set of texts, with the longest sentence in words.
fn grade(texts: &[&str]) -> (f64, usize) {
    let (mut words, mut sentences, mut syl, mut longest) = (0usize, 0usize, 0usize, 0usize);
    for t in texts {
        for s in t.split(['.', '?', '!', ':', ';']).filter(|s| s.split_whitespace().count() > 0) {
            let n = s.split_whitespace().count();
            longest = longest.max(n);
            words += n;
            sentences += 1;
            syl += s.split_whitespace().map(syllables).sum::<usize>();
        }
    }
    let g = 0.39 * words as f64 / sentences as f64 + 11.8 * syl as f64 / words as f64 - 15.59;
    (g, longest)
}

/// Plain words (grade 6-8): the English questions, reasons and next steps score at most
/// grade 8 on Flesch-Kincaid, with no sentence longer than 30 words.
#[test]
fn english_reads_at_grade_8_or_below() {
    let questions: Vec<&str> = BANK.iter().flat_map(|q| VOICES.map(|v| i18n::question(Lang::En, q.id, v))).collect();
    let options: Vec<&str> = BANK.iter().flat_map(|q| q.choices.iter().map(|c| i18n::option(Lang::En, q.id, c.id, Voice::Own))).collect();
    let reasons: Vec<&str> = RuleId::ALL.iter().flat_map(|r| VOICES.map(|v| i18n::rule(Lang::En, *r, v))).collect();
    let steps: Vec<&str> = NEXT_STEPS.iter().map(|s| i18n::next_step(Lang::En, *s, Voice::Own)).collect();
    let levels: Vec<&str> = Level::ALL.iter().flat_map(|l| [i18n::level_summary(Lang::En, *l), i18n::level_involves(Lang::En, *l)]).collect();
    for (name, texts) in [("questions", questions), ("options", options), ("reasons", reasons), ("next steps", steps), ("levels", levels)] {
        let (g, longest) = grade(&texts);
        assert!(g <= 8.0, "{name}: grade {g:.1}");
        assert!(longest <= 30, "{name}: a sentence of {longest} words");
    }
}

const NEXT_STEPS: &[NextStep] = &[
    NextStep::Call911, NextStep::OverdoseSteps, NextStep::Call988Now, NextStep::SeizureSteps,
    NextStep::HospitalToday, NextStep::SeeDoctorToday, NextStep::DoNotStopSuddenly,
    NextStep::SupervisedWithdrawal, NextStep::PrescriberTaper, NextStep::SedativeSupervised,
    NextStep::WatchDangerSigns, NextStep::Talk988Today, NextStep::Keep988, NextStep::UrgentMentalHealth,
    NextStep::MentalHealthToo, NextStep::MoudPregnancy, NextStep::Moud, NextStep::PrenatalCare,
    NextStep::Naloxone, NextStep::LostTolerance, NextStep::DvHotline, NextStep::Childhelp,
    NextStep::CraftFirst, NextStep::FamilySupport, NextStep::AdolescentProgram,
    NextStep::FamilyInvolvement, NextStep::FullAssessment, NextStep::StepDown,
    NextStep::TalkToCenter, NextStep::FindTreatment, NextStep::SelfGuided, NextStep::CheckAgain,
];

/// Honesty (clinical-basis §1): the words suggest, never diagnose, never claim an ASAM
/// placement or HIPAA compliance, and never give a dose.
#[test]
fn the_words_suggest_and_never_diagnose() {
    let mut all: Vec<&str> = Vec::new();
    for lang in Lang::ALL {
        for v in VOICES {
            all.extend(RuleId::ALL.iter().map(|r| i18n::rule(lang, *r, v)));
            all.extend(NEXT_STEPS.iter().map(|s| i18n::next_step(lang, *s, v)));
            all.extend(BANK.iter().map(|q| i18n::question(lang, q.id, v)));
        }
        all.extend(Level::ALL.iter().map(|l| i18n::level_involves(lang, *l)));
    }
    for t in all {
        let low = t.to_lowercase();
        for banned in ["asam", "hipaa", "diagnos", "you have an alcohol use disorder", "you are an addict", "alcoholic", " mg"] {
            assert!(!low.contains(banned), "\"{banned}\" in: {t}");
        }
    }
    assert!(i18n::notice(Lang::En, Notice::NotADiagnosis).contains("not a diagnosis"));
    assert!(i18n::notice(Lang::Es, Notice::NotADiagnosis).contains("no un diagnóstico"));
}

/// The rules' version and review status are shown as the brief asks.
#[test]
fn rules_version_and_review_status() {
    assert_eq!(care_screener::screening::RULES_VERSION, "2026.12.1");
    assert_eq!(care_screener::screening::CLINICAL_REVIEW, None);
    assert!(i18n::review_status(Lang::En).contains("not yet been reviewed by a licensed clinician"));
    assert!(i18n::review_status(Lang::Es).contains("todavía no han sido revisadas"));
}

/// The fixed resources, checked against the numbers in the brief (§4, §6), written out here.
#[test]
fn resources_are_the_fixed_national_ones() {
    let expected = [
        (ResourceId::Lifeline988Call, "tel:988"),
        (ResourceId::Lifeline988Text, "sms:988"),
        (ResourceId::Emergency911, "tel:911"),
        (ResourceId::SamhsaHelpline, "tel:+18006624357"),
        (ResourceId::SamhsaTty, "tel:+18004874889"),
        (ResourceId::FindTreatment, "https://findtreatment.gov/"),
        (ResourceId::FindAHelpline, "https://findahelpline.com/"),
        (ResourceId::DvHotlineCall, "tel:+18007997233"),
        (ResourceId::DvHotlineText, "sms:88788"),
        (ResourceId::Childhelp, "tel:+18004224453"),
        (ResourceId::PartnershipHelpline, "tel:+18553784373"),
    ];
    for (r, t) in expected {
        assert_eq!(r.target(), t);
    }
    for r in ResourceId::ALL {
        let t = r.target();
        assert!(t.starts_with("tel:") || t.starts_with("sms:") || t.starts_with("https://"), "{t}");
        assert!(!t.contains('?') && !t.contains('#'), "no parameters in {t}");
    }
    assert!(i18n::resource_note(Lang::En, ResourceId::Lifeline988Call).contains("711, then 988"));
    assert!(i18n::resource_note(Lang::En, ResourceId::DvHotlineText).contains("START"));
}

#[test]
fn every_rule_is_documented_with_a_source() {
    for r in RuleId::ALL {
        let info = rules::info(*r);
        assert!(!info.checks.is_empty() && !info.source.is_empty(), "{}", r.as_str());
        assert_ne!(info.area, Area::Person, "the person-centred area is never rated");
    }
    for q in BANK {
        if let Some(i) = q.instrument {
            assert!(i.citation().contains("19") || i.citation().contains("20"), "a dated citation");
        }
    }
    // Plan lines and flags have words too.
    for lang in Lang::ALL {
        for l in [PlanLine::HoursFit, PlanLine::TeenIopHours, PlanLine::JobProtectedLeave, PlanLine::FollowOn] {
            assert!(!i18n::plan_line(lang, l, Voice::Own).is_empty());
        }
        assert!(!i18n::flag(lang, Flag::Uncertain, Voice::Own).is_empty());
    }
}

/// Branching keeps runs short: a light drinker with no other risk, answering the lowest-risk
/// option everywhere, skips the drug, withdrawal and schedule questions.
#[test]
fn a_light_drinker_skips_drug_withdrawal_and_schedule_questions() {
    let mut a = care_screener::screening::Answers::new();
    a.set(Q::WhoFor, vec![O::Myself]).unwrap();
    a.set(Q::DangerNow, vec![O::NoDanger]).unwrap();
    a.set(Q::Age, vec![O::Age18To64]).unwrap();
    a.set(Q::Substances, vec![O::Alcohol]).unwrap();
    a.set(Q::AlcoholFreq, vec![O::MonthlyOrLess]).unwrap();
    while let Some(q) = path::questions(&a).into_iter().find(|q| a.get(*q).is_empty()) {
        let spec = question(q);
        let lowest = spec.choices.iter().find(|c| c.rank == Some(0)).unwrap_or(&spec.choices[0]);
        a.set(q, vec![lowest.id]).unwrap();
    }
    let path = path::questions(&a);
    for q in [Q::CannabisFreq, Q::OpioidFreq, Q::SedativeFreq, Q::WithdrawalHistory, Q::Overdose, Q::Willing, Q::HoursFree] {
        assert!(!path.contains(&q), "{} is skipped", q.as_str());
    }
    assert!(path.len() <= 23, "{}", path.len());
    assert_eq!(care_screener::screening::assess(&a).level, Level::Early);
}


/// "Choose all that apply" is the UI's hint under a multiple-choice heading (GOV.UK's
/// checkbox pattern), not part of any question, so headings stay the question alone.
#[test]
fn no_question_carries_the_choose_all_instruction() {
    for q in BANK {
        for lang in Lang::ALL {
            for voice in [Voice::Own, Voice::LovedOne] {
                let text = i18n::question(lang, q.id, voice);
                assert!(!text.contains("Choose all") && !text.contains("Marque"), "{text}");
            }
        }
    }
}

/// "Pregnant" is offered only where it is relevant (some use reported or not known, and an age
/// under 65), and the rules ignore it where it was not offered (an answer file may name it).
#[test]
fn pregnancy_is_offered_only_when_relevant() {
    let offered = |age: O, substances: &[O]| {
        let a = answers(&[(Q::WhoFor, &[O::Myself]), (Q::DangerNow, &[O::NoDanger]), (Q::Age, &[age]), (Q::Substances, substances)]);
        (path::offered(Q::Medical, &a).iter().any(|c| c.id == O::Pregnant), a)
    };
    assert!(offered(O::Age18To64, &[O::Opioids]).0);
    assert!(offered(O::Under18, &[O::Alcohol]).0);
    assert!(offered(O::Age18To64, &[O::NotSure]).0, "use not known: asked");
    assert!(!offered(O::Age65Plus, &[O::Opioids]).0, "65 or older: not asked");
    assert!(!offered(O::Age18To64, &[O::NoSubstances]).0, "no use: not asked");
    // Named anyway in an answer file for someone 65+: no pregnancy rule, flag or step.
    let (_, mut a) = offered(O::Age65Plus, &[O::Opioids]);
    a.set(Q::Medical, vec![O::Pregnant]).expect("valid");
    let o = care_screener::screening::assess(&a);
    assert!(!o.fired(RuleId::PregnantUsing) && !o.has(Flag::PregnancyOpioids), "{:?}", o.reasons);
    // The same answers under 65 do count.
    a.set(Q::Age, vec![O::Age18To64]).expect("valid");
    let o = care_screener::screening::assess(&a);
    assert!(o.fired(RuleId::PregnantUsing) && o.has(Flag::PregnancyOpioids));
}

/// No option that cannot apply to the person described (issue 16): a family member is asked
/// the sex at birth where pregnancy is relevant, and the pregnancy option is not offered for
/// a loved one born male. Declining keeps it offered (the safer reading), and the person
/// answering for themself is not asked and keeps the option.
#[test]
fn pregnancy_is_not_offered_for_a_son() {
    let run = |who: O, age: O, sex: Option<O>| {
        let mut a = answers(&[(Q::WhoFor, &[who]), (Q::DangerNow, &[O::NoDanger]), (Q::Age, &[age]), (Q::Substances, &[O::Cannabis])]);
        if let Some(s) = sex {
            a.set(Q::Sex, vec![s]).expect("valid");
        }
        (path::questions(&a).contains(&Q::Sex), path::offered(Q::Medical, &a).iter().any(|c| c.id == O::Pregnant))
    };
    assert_eq!(run(O::SomeoneElse, O::Under18, Some(O::Male)), (true, false), "a son: no pregnancy");
    assert_eq!(run(O::SomeoneElse, O::Under18, Some(O::Female)), (true, true), "a daughter: offered");
    assert_eq!(run(O::SomeoneElse, O::Age18To64, Some(O::PreferNotToSay)), (true, true), "declined: offered");
    assert_eq!(run(O::SomeoneElse, O::Age18To64, None), (true, true), "not answered: offered");
    assert_eq!(run(O::SomeoneElse, O::Age65Plus, None), (false, false), "65 or older: neither asked");
    assert_eq!(run(O::Myself, O::Age18To64, Some(O::Male)), (false, true), "for oneself: not asked, offered");
    // Named anyway for a son in an answer file: the rules ignore it.
    let mut a = answers(&[(Q::WhoFor, &[O::SomeoneElse]), (Q::DangerNow, &[O::NoDanger]), (Q::Age, &[O::Under18]), (Q::Substances, &[O::Opioids]), (Q::Sex, &[O::Male])]);
    a.set(Q::Medical, vec![O::Pregnant]).expect("valid");
    let o = care_screener::screening::assess(&a);
    assert!(!o.fired(RuleId::PregnantUsing) && !o.has(Flag::PregnancyOpioids), "{:?}", o.reasons);
}
