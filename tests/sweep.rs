//! The safety sweep (review 2026-12, class 1): for every question that feeds a safety,
//! withdrawal or medical rule, replacing a risky answer by "not sure", "prefer not to say" or
//! no answer never gives a lower level, and never drops the do-not-stop step or a crisis
//! step. The only exceptions are the ones the bank writes down (`UNKNOWN_EXCEPTIONS`, printed
//! in docs/question-bank.md), and each of those is checked for what it still gives.
//!
//! Its mirror, for over-triage (review 2026-12, classes 2 and 4): families of answers that
//! must stay low — light drinking, medicines taken as prescribed, stable recovery, no use
//! for a year — never reach withdrawal, residential or emergency, whatever else is answered
//! around them.
//!
//! What is "risky" is decided here from the bank's ranks and the review's classes, not from
//! the rules: a ranked option above 0, a last use in the past month, an age of 65 or older.
//! Case counts: 110,000 random answer sets for the sweep (each with every risky answer on its
//! path replaced three ways), an exhaustive pass over the drinking questions, and 12,000 for
//! the mirror.

mod common;

use care_screener::screening::bank::{question, Floor, BANK, UNKNOWN_EXCEPTIONS};
use care_screener::screening::outcome::{NextStep, Outcome};
use care_screener::screening::{assess, path, Answers, Level, OptionId, QuestionId};
use common::{answers, fill, with};
use proptest::prelude::*;

use OptionId as O;
use QuestionId as Q;

/// The questions whose answers feed a safety, withdrawal or medical rule (clinical-basis §4;
/// review 2026-12). The use-risk questions (overdose history, treatment, home) are not here:
/// an unknown there counts as missing.
const SWEPT: &[QuestionId] = &[
    Q::DangerNow,
    Q::Age,
    Q::Substances,
    Q::AlcoholFreq,
    Q::AlcoholAmount,
    Q::AlcoholBinge,
    Q::AlcoholLast,
    Q::OpioidFreq,
    Q::OpioidSource,
    Q::OpioidLast,
    Q::SedativeFreq,
    Q::SedativeSource,
    Q::SedativeLast,
    Q::OtherFreq,
    Q::OtherLast,
    Q::HeavyYears,
    Q::WithdrawalHistory,
    Q::WithdrawalNow,
    Q::UseSigns,
    Q::AsqWishDead,
    Q::AsqBetterOff,
    Q::AsqThoughts,
    Q::AsqTried,
    Q::AttemptRecent,
    Q::SuicidePlan,
    Q::AsqRightNow,
    Q::HarmOthers,
    Q::Psychosis,
    Q::Medical,
];

/// The steps that say what to do now, and the do-not-stop step: none may go when an answer
/// becomes unknown.
const KEPT: &[NextStep] = &[
    NextStep::Call911,
    NextStep::Call988Now,
    NextStep::OverdoseSteps,
    NextStep::SeizureSteps,
    NextStep::EmergencyRoomNow,
    NextStep::HospitalToday,
    NextStep::DoNotStopSuddenly,
];

const LAST_USE: &[QuestionId] = &[Q::AlcoholLast, Q::CannabisLast, Q::OpioidLast, Q::SedativeLast, Q::StimulantLast, Q::OtherLast];
const PAST_MONTH: &[OptionId] = &[O::Today, O::Days1To3, O::Days4To7, O::Weeks1To4];

/// Whether an answer carries risk, by the bank's ranks and the review's classes.
fn risky(q: QuestionId, opts: &[OptionId]) -> bool {
    let spec = question(q);
    if LAST_USE.contains(&q) {
        return opts.iter().any(|o| PAST_MONTH.contains(o));
    }
    if q == Q::Age {
        return opts.contains(&O::Age65Plus);
    }
    opts.iter().any(|o| spec.choice(*o).and_then(|c| c.rank).is_some_and(|r| r > 0))
}

/// The unknown answers to put in place of a risky one: each unknown option offered, and none.
fn unknowns(q: QuestionId) -> Vec<Option<OptionId>> {
    let mut v: Vec<Option<OptionId>> =
        question(q).choices.iter().filter(|c| c.is_unknown()).map(|c| Some(c.id)).collect();
    // The required questions cannot be left out (the UI and the answers file both refuse it).
    if !matches!(q, Q::WhoFor | Q::DangerNow) {
        v.push(None);
    }
    v
}

fn replaced(a: &Answers, q: QuestionId, u: Option<OptionId>) -> Answers {
    match u {
        Some(o) => with(a, q, &[o]),
        None => {
            let mut b = a.clone();
            b.clear(q);
            b
        }
    }
}

/// 988 is in front: a next step names it, or a crisis is up (every crisis card and every
/// emergency result has the 988 call and text buttons beside 911).
fn shows_988(o: &Outcome) -> bool {
    !o.crises.is_empty()
        || [NextStep::Call988Now, NextStep::Talk988Today, NextStep::SameDaySafety, NextStep::Keep988].iter().any(|s| o.step(*s))
}

/// Checks one replacement; `Err` names what was lost.
fn compare(a: &Answers, q: QuestionId, u: Option<OptionId>) -> Result<(), String> {
    let risky_answer = a.get(q).to_vec();
    let before = assess(a);
    let b = replaced(a, q, u);
    let after = assess(&b);
    let ctx = || {
        format!(
            "{} {:?} → {:?}: {:?} {:?} → {:?} {:?}",
            q.as_str(),
            risky_answer,
            u,
            before.level,
            before.next_steps,
            after.level,
            after.next_steps
        )
    };
    let exception = UNKNOWN_EXCEPTIONS.iter().find(|(eq, opts, _, _)| *eq == q && risky_answer.iter().any(|o| opts.contains(o)));
    match exception {
        None => {
            if after.level < before.level {
                return Err(format!("a lower level: {}", ctx()));
            }
            for s in KEPT {
                if before.step(*s) && !after.step(*s) {
                    return Err(format!("{s:?} dropped: {}", ctx()));
                }
            }
            if !before.crises.is_empty() && after.crises.is_empty() {
                return Err(format!("the crisis dropped: {}", ctx()));
            }
        }
        Some((_, _, floor, _)) => {
            let ok = match floor {
                Floor::None => true,
                Floor::Line988 => shows_988(&after),
                Floor::WatchSigns => after.step(NextStep::WatchDangerSigns) || after.level == Level::Emergency,
                Floor::Assessment => {
                    // In recovery (every last use 3 to 12 months ago) the past year's signs are
                    // not read at all, so an unknown list of them changes nothing.
                    after.step(NextStep::ContinuingCare)
                        || after.level >= Level::Outpatient
                            && (after.step(NextStep::FullAssessment) || after.level == Level::Emergency || !path::questions(&b).contains(&Q::UseSigns))
                }
            };
            if !ok {
                return Err(format!("the exception's floor {floor:?} not met: {}", ctx()));
            }
        }
    }
    Ok(())
}

/// Every risky answer on the path of `a` to a swept question, replaced every unknown way.
/// Returns how many replacements were compared.
fn sweep(a: &Answers) -> Result<usize, String> {
    let on = path::questions(a);
    let mut n = 0;
    for q in SWEPT {
        if !on.contains(q) || !risky(*q, a.get(*q)) {
            continue;
        }
        for u in unknowns(*q) {
            compare(a, *q, u)?;
            n += 1;
        }
    }
    Ok(n)
}

fn seeds() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), BANK.len())
}

const SWEEP_CASES: u32 = 110_000;
const MIRROR_CASES: u32 = 3_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: SWEEP_CASES, failure_persistence: None, ..ProptestConfig::default() })]

    /// Over random answer sets (each question answered, unknown or skipped, as `fill` picks).
    #[test]
    fn an_unknown_is_never_safer_than_the_risky_answer(s in seeds()) {
        if let Err(e) = sweep(&fill(&s)) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// Exhaustive over the drinking questions for a person who drinks: every answer (and none)
/// to how often, how many, how often 6+, the last drink and the age, with calm answers
/// elsewhere and three health answers. Each risky answer among them is replaced every way.
#[test]
fn every_drinking_answer_is_swept() {
    let options = |q: QuestionId| -> Vec<Option<OptionId>> {
        let mut v: Vec<Option<OptionId>> = question(q).choices.iter().map(|c| Some(c.id)).collect();
        v.push(None);
        v
    };
    let base = answers(&[
        (Q::WhoFor, &[O::Myself]),
        (Q::DangerNow, &[O::NoDanger]),
        (Q::Substances, &[O::Alcohol]),
        (Q::WithdrawalHistory, &[O::NoWithdrawal]),
        (Q::WithdrawalNow, &[O::NoneNow]),
        (Q::UseSigns, &[O::NoSigns]),
        (Q::Treatment, &[O::NoTreatment]),
        (Q::AsqWishDead, &[O::No]),
        (Q::AsqBetterOff, &[O::No]),
        (Q::AsqThoughts, &[O::No]),
        (Q::AsqTried, &[O::No]),
        (Q::HarmOthers, &[O::No]),
        (Q::Psychosis, &[O::NoPsychosis]),
        (Q::Home, &[O::HomeOk]),
    ]);
    let set = |a: &mut Answers, q: QuestionId, o: &Option<OptionId>| match o {
        Some(o) => a.set(q, vec![*o]).expect("valid"),
        None => a.clear(q),
    };
    let mut sets = 0;
    let mut compared = 0;
    let mut a = base.clone();
    for freq in options(Q::AlcoholFreq) {
        set(&mut a, Q::AlcoholFreq, &freq);
        for amount in options(Q::AlcoholAmount) {
            set(&mut a, Q::AlcoholAmount, &amount);
            for binge in options(Q::AlcoholBinge) {
                set(&mut a, Q::AlcoholBinge, &binge);
                for last in options(Q::AlcoholLast) {
                    set(&mut a, Q::AlcoholLast, &last);
                    for age in options(Q::Age) {
                        set(&mut a, Q::Age, &age);
                        for medical in [Some(O::NoMedical), Some(O::SeriousIllness), None] {
                            set(&mut a, Q::Medical, &medical);
                            for years in [Some(O::UnderYear), Some(O::YearOrMore), None] {
                                set(&mut a, Q::HeavyYears, &years);
                                sets += 1;
                                compared += sweep(&a).unwrap_or_else(|e| panic!("{e}"));
                            }
                        }
                    }
                }
            }
        }
    }
    eprintln!("drinking answer sets: {sets}, replacements compared: {compared}");
    assert_eq!(sets, 8 * 8 * 8 * 9 * 5 * 3 * 3);
    assert!(compared > 100_000, "{compared}");
}

/// The exceptions are few and each names its reason; every swept question not listed reads
/// an unknown as the risk.
#[test]
fn the_exceptions_are_written_down() {
    for (q, opts, _, why) in UNKNOWN_EXCEPTIONS {
        assert!(SWEPT.contains(q), "{} is not a swept question", q.as_str());
        assert!(!opts.is_empty() && why.len() > 40, "{}: options and a reason", q.as_str());
        for o in *opts {
            assert!(question(*q).choice(*o).is_some(), "{}: {} is an option of it", q.as_str(), o.as_str());
        }
    }
    assert!(UNKNOWN_EXCEPTIONS.len() <= 15);
}

/// The answers shared by the "must stay low" families: nobody in danger, no suicide or harm
/// thoughts, no psychosis, no red flag, no withdrawal danger. What varies is chosen by `s`.
fn calm(s: &[u32], who: OptionId) -> Answers {
    let pick = |i: usize, from: &[OptionId]| from[s.get(i).copied().unwrap_or(0) as usize % from.len()];
    let mut a = answers(&[
        (Q::WhoFor, &[who]),
        (Q::DangerNow, &[O::NoDanger]),
        (Q::AsqWishDead, &[O::No]),
        (Q::AsqBetterOff, &[O::No]),
        (Q::AsqThoughts, &[O::No]),
        (Q::AsqTried, &[O::No]),
        (Q::HarmOthers, &[O::No]),
        (Q::Psychosis, &[O::NoPsychosis]),
        (Q::Overdose, &[O::Never]),
    ]);
    a.set(Q::Age, vec![pick(0, &[O::Under18, O::Age18To64, O::Age65Plus])]).unwrap();
    a.set(Q::Medical, vec![pick(1, &[O::NoMedical, O::SeriousIllness])]).unwrap();
    a.set(Q::Home, vec![pick(2, &[O::HomeOk, O::NoSupport, O::OthersUse])]).unwrap();
    a.set(Q::Treatment, vec![pick(3, &[O::NoTreatment, O::TreatmentBefore])]).unwrap();
    a.set(Q::WithdrawalHistory, vec![pick(4, &[O::NoWithdrawal, O::NotSure])]).unwrap();
    a.set(Q::WithdrawalNow, vec![pick(5, &[O::NoneNow, O::SickRestless])]).unwrap();
    for (q, n) in [(Q::PhqInterest, 6), (Q::PhqDown, 7), (Q::GadNervous, 8), (Q::GadWorry, 9)] {
        a.set(q, vec![pick(n, &[O::NotAtAll, O::SeveralDays, O::MoreThanHalf, O::NearlyEveryDay])]).unwrap();
    }
    a.set(Q::MoodObserved, vec![pick(10, &[O::No, O::Yes])]).unwrap();
    a
}

fn mirror(a: &Answers, family: &str) -> Result<(), TestCaseError> {
    let o = assess(a);
    prop_assert!(o.level < Level::Residential, "{}: {:?} {:?}", family, o.level, o.reasons.iter().map(|r| r.rule.as_str()).collect::<Vec<_>>());
    prop_assert!(o.crises.is_empty(), "{}: {:?}", family, o.crises);
    prop_assert!(!o.step(NextStep::SupervisedWithdrawal) && !o.step(NextStep::SedativeSupervised), "{}: {:?}", family, o.next_steps);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: MIRROR_CASES, failure_persistence: None, ..ProptestConfig::default() })]

    /// Light drinking: at most 2-3 times a week, 1-2 drinks, 6+ less than monthly, up to 3 signs.
    #[test]
    fn light_drinking_stays_low(s in prop::collection::vec(any::<u32>(), 16), who in prop::sample::select(vec![O::Myself, O::SomeoneElse])) {
        let mut a = calm(&s, who);
        let pick = |i: usize, from: &[OptionId]| from[s[i] as usize % from.len()];
        a.set(Q::Substances, vec![O::Alcohol]).unwrap();
        a.set(Q::AlcoholFreq, vec![pick(11, &[O::MonthlyOrLess, O::TwoToFourMonth, O::TwoToThreeWeek])]).unwrap();
        a.set(Q::AlcoholAmount, vec![O::Drinks1To2]).unwrap();
        a.set(Q::AlcoholBinge, vec![pick(12, &[O::Never, O::LessThanMonthly])]).unwrap();
        a.set(Q::AlcoholLast, vec![pick(13, &[O::Today, O::Days1To3, O::Days4To7, O::Weeks1To4, O::Months1To3])]).unwrap();
        a.set(Q::UseSigns, vec![pick(14, &[O::NoSigns, O::MoreThanMeant, O::Cravings])]).unwrap();
        mirror(&a, "light drinking")?;
        prop_assert!(!assess(&a).step(NextStep::DoNotStopSuddenly), "light drinking cannot cause withdrawal");
    }

    /// Medicines taken as prescribed (an opioid for pain or as treatment, a sedative such as a
    /// benzodiazepine or gabapentin), any frequency and last use, with the body's two signs.
    #[test]
    fn prescribed_as_directed_stays_low(s in prop::collection::vec(any::<u32>(), 16), who in prop::sample::select(vec![O::Myself, O::SomeoneElse])) {
        let mut a = calm(&s, who);
        let pick = |i: usize, from: &[OptionId]| from[s[i] as usize % from.len()];
        let subs = pick(11, &[O::Opioids, O::Sedatives]);
        let both = s[15] % 3 == 0;
        a.set(Q::Substances, if both { vec![O::Opioids, O::Sedatives] } else { vec![subs] }).unwrap();
        let freq = [O::LessThanWeekly, O::OneTwoDaysWeek, O::ThreeSixDaysWeek, O::EveryDay];
        let last = [O::Today, O::Days1To3, O::Days4To7, O::Weeks1To4];
        for (f, src, l, i) in [(Q::OpioidFreq, Q::OpioidSource, Q::OpioidLast, 12), (Q::SedativeFreq, Q::SedativeSource, Q::SedativeLast, 13)] {
            a.set(f, vec![pick(i, &freq)]).unwrap();
            a.set(src, vec![O::PrescribedAsDirected]).unwrap();
            a.set(l, vec![pick(i + 2, &last)]).unwrap();
        }
        if s[14] % 2 == 0 {
            a.set(Q::Treatment, vec![O::MoudNow]).unwrap();
        }
        a.set(Q::UseSigns, vec![pick(15, &[O::NoSigns, O::Tolerance, O::WithdrawalSign])]).unwrap();
        a.set(Q::Medical, vec![pick(1, &[O::NoMedical, O::SeriousIllness])]).unwrap();
        mirror(&a, "prescribed as directed")?;
        let o = assess(&a);
        prop_assert!(!o.step(NextStep::Moud), "no MOUD push for a prescription taken as directed: {:?}", o.next_steps);
    }

    /// Stable recovery: every substance last used 3 to 12 months ago, whatever the past
    /// year's pattern and signs were.
    #[test]
    fn stable_recovery_stays_low(s in prop::collection::vec(any::<u32>(), 16), who in prop::sample::select(vec![O::Myself, O::SomeoneElse])) {
        let mut a = calm(&s, who);
        let all = [O::Alcohol, O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs];
        let mut subs: Vec<OptionId> = all.iter().enumerate().filter(|(i, _)| s[11] & (1 << i) != 0).map(|(_, o)| *o).collect();
        if subs.is_empty() {
            subs.push(all[s[12] as usize % all.len()]);
        }
        a.set(Q::Substances, subs).unwrap();
        a.set(Q::AlcoholFreq, vec![O::FourPlusWeek]).unwrap();
        a.set(Q::AlcoholAmount, vec![O::Drinks10Plus]).unwrap();
        a.set(Q::AlcoholBinge, vec![O::DailyOrAlmost]).unwrap();
        for f in [Q::CannabisFreq, Q::OpioidFreq, Q::SedativeFreq, Q::StimulantFreq, Q::OtherFreq] {
            a.set(f, vec![O::EveryDay]).unwrap();
        }
        a.set(Q::OpioidSource, vec![O::HeroinFentanyl]).unwrap();
        a.set(Q::SedativeSource, vec![O::NotFromPharmacy]).unwrap();
        for l in LAST_USE {
            a.set(*l, vec![O::Months3To12]).unwrap();
        }
        let signs = [O::MoreThanMeant, O::CantCutDown, O::LotsOfTime, O::Cravings, O::RoleFailure, O::SocialProblems, O::GaveUpActivities, O::RiskySituations, O::UseDespiteHarm, O::Tolerance, O::WithdrawalSign];
        a.set(Q::UseSigns, signs[..(s[13] as usize % 11) + 1].to_vec()).unwrap();
        a.set(Q::Overdose, vec![[O::Never, O::OverdoseEarlier, O::OverdosePastYear][s[14] as usize % 3]]).unwrap();
        a.set(Q::Home, vec![[O::HomeOk, O::NoSupport, O::OthersUse, O::NoHousing][s[15] as usize % 4]]).unwrap();
        mirror(&a, "stable recovery")?;
        let o = assess(&a);
        prop_assert!(o.level <= Level::Outpatient, "recovery: continuing care, not IOP: {:?} {:?}", o.level, o.reasons.iter().map(|r| r.rule.as_str()).collect::<Vec<_>>());
        prop_assert!(o.step(NextStep::ContinuingCare));
        prop_assert!(!o.step(NextStep::DoNotStopSuddenly) && !o.step(NextStep::SelfGuided));
    }

    /// No use in the past year (stopped long ago), with past treatment or none.
    #[test]
    fn stopped_long_ago_stays_low(s in prop::collection::vec(any::<u32>(), 16), who in prop::sample::select(vec![O::Myself, O::SomeoneElse])) {
        let mut a = calm(&s, who);
        a.set(Q::Substances, vec![O::NoSubstances]).unwrap();
        mirror(&a, "stopped long ago")?;
        let o = assess(&a);
        prop_assert!(o.level <= Level::Outpatient);
        prop_assert!(!o.step(NextStep::TalkToCenter) && !o.step(NextStep::DoNotStopSuddenly), "{:?}", o.next_steps);
    }
}

// The counts the closing note gives, held at compile time.
const _: () = assert!(SWEEP_CASES >= 100_000 && 4 * MIRROR_CASES >= 12_000);
