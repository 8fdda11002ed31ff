//! Properties over the whole answer space, with proptest (generation and shrinking). Every
//! answer set is built from a list of numbers (see `common::fill`), so a failure shrinks to a
//! small, readable set of answers.
//!
//! What is right is decided here from the brief, not by calling the engine's own checks:
//! the risk order comes from the ranks in the question data (reviewable in
//! docs/question-bank.md), and the crisis answers are named in this file.
//!
//! Case counts: the constants at the end of the file (105,000 in all, checked at compile time).

mod common;

use care_screener::screening::bank::{question, Kind, BANK};
use care_screener::screening::outcome::{Flag, NextStep, Outcome};
use care_screener::screening::{assess, path, Answers, Level, OptionId, QuestionId, RuleId};
use common::{fill, on_path, pick, with};
use proptest::prelude::*;

use OptionId as O;
use QuestionId as Q;

fn seeds() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), BANK.len())
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Two answers to `q` where `b` has at least the risk of `a`, by the ranks in the bank:
/// single choice: a lower-ranked option and a higher one; multiple choice: a subset and a
/// superset of ranked options, or an exclusive ranked option ("none", rank 0) and options
/// ranked above it. Unranked options (unknowns, contexts) are never used.
fn ordered_pair(q: QuestionId, s: u32) -> Option<(Vec<OptionId>, Vec<OptionId>)> {
    let spec = question(q);
    let ranked: Vec<(OptionId, u8, bool)> =
        spec.choices.iter().filter_map(|c| c.rank.map(|r| (c.id, r, c.exclusive))).collect();
    match spec.kind {
        Kind::Single => {
            if ranked.len() < 2 {
                return None;
            }
            let x = ranked[s as usize % ranked.len()];
            let y = ranked[(s as usize / ranked.len()) % ranked.len()];
            match x.1.cmp(&y.1) {
                std::cmp::Ordering::Less => Some((vec![x.0], vec![y.0])),
                std::cmp::Ordering::Greater => Some((vec![y.0], vec![x.0])),
                std::cmp::Ordering::Equal => None,
            }
        }
        Kind::Multiple => {
            let open: Vec<(OptionId, u8)> = ranked.iter().filter(|c| !c.2).map(|c| (c.0, c.1)).collect();
            let closed: Vec<(OptionId, u8)> = ranked.iter().filter(|c| c.2).map(|c| (c.0, c.1)).collect();
            let subset = |from: &[(OptionId, u8)], bits: u32| -> Vec<OptionId> {
                let mut v: Vec<OptionId> =
                    from.iter().enumerate().filter(|(i, _)| bits & (1 << (i % 30)) != 0).map(|(_, c)| c.0).collect();
                if v.is_empty() && !from.is_empty() {
                    v.push(from[bits as usize % from.len()].0);
                }
                v
            };
            if s.is_multiple_of(2) && !open.is_empty() {
                let b = subset(&open, s >> 1);
                let inner: Vec<(OptionId, u8)> = open.iter().copied().filter(|c| b.contains(&c.0)).collect();
                let a = subset(&inner, s >> 13);
                Some((a, b))
            } else if !closed.is_empty() {
                let e = closed[(s >> 1) as usize % closed.len()];
                let higher_open: Vec<(OptionId, u8)> = open.iter().copied().filter(|c| c.1 > e.1).collect();
                let higher_closed: Vec<OptionId> = closed.iter().filter(|c| c.1 > e.1).map(|c| c.0).collect();
                if (s >> 5).is_multiple_of(3) && !higher_closed.is_empty() {
                    Some((vec![e.0], vec![higher_closed[(s >> 7) as usize % higher_closed.len()]]))
                } else if !higher_open.is_empty() {
                    Some((vec![e.0], subset(&higher_open, s >> 9)))
                } else {
                    None
                }
            } else {
                None
            }
        }
    }
}

/// The answers that are crises by the brief (clinical-basis §4), as (question, option).
const CRISIS_ANSWERS: &[(QuestionId, OptionId)] = &[
    (Q::DangerNow, O::CannotWake),
    (Q::DangerNow, O::SuicideNow),
    (Q::DangerNow, O::HarmOthersNow),
    (Q::DangerNow, O::MedicalNow),
    (Q::DangerNow, O::ViolenceNow),
    (Q::WithdrawalNow, O::SeizureNow),
    (Q::WithdrawalNow, O::Hallucinations),
    (Q::WithdrawalNow, O::Confusion),
    (Q::WithdrawalNow, O::Fever),
    (Q::AsqRightNow, O::Yes),
    (Q::SuicidePlan, O::HasPlan),
    (Q::SuicidePlan, O::HasIntent),
    (Q::AttemptRecent, O::Yes),
    (Q::HarmOthers, O::Yes),
];

/// Adds an option to a multiple-choice answer (dropping exclusive options), or sets a single one.
fn adding(a: &Answers, q: QuestionId, o: OptionId) -> Answers {
    let spec = question(q);
    let mut opts: Vec<OptionId> = match spec.kind {
        Kind::Single => Vec::new(),
        Kind::Multiple => a
            .get(q)
            .iter()
            .copied()
            .filter(|x| spec.choice(*x).is_some_and(|c| !c.exclusive))
            .collect(),
    };
    opts.push(o);
    with(a, q, &opts)
}

fn the_same_result_but_the_plan(x: &Outcome, y: &Outcome) -> Result<(), TestCaseError> {
    prop_assert_eq!(x.level, y.level);
    prop_assert_eq!(x.then, y.then);
    prop_assert_eq!(x.crisis, y.crisis);
    prop_assert_eq!(&x.reasons, &y.reasons);
    prop_assert_eq!(&x.flags, &y.flags);
    prop_assert_eq!(&x.next_steps, &y.next_steps);
    prop_assert_eq!(x.uncertain, y.uncertain);
    Ok(())
}

proptest! {
    #![proptest_config(config(TOTALITY))]

    /// Totality and determinism: every answer set gives exactly one outcome, twice the same,
    /// and it is never an average: the level is the highest need of any area and of any
    /// reason. A crisis always means emergency; every reason names its rule's area and level.
    #[test]
    fn total_deterministic_and_never_an_average(s in seeds()) {
        let a = fill(&s);
        let x = assess(&a);
        let y = assess(&a);
        prop_assert_eq!(&x, &y);
        prop_assert!(!x.reasons.is_empty());
        let top = x.reasons.iter().map(|r| r.at_least).max();
        prop_assert_eq!(Some(x.level), top);
        prop_assert_eq!(Some(x.level), x.areas.iter().map(|r| r.needs).max());
        prop_assert_eq!(x.crisis, path::crisis(&a));
        if x.crisis.is_some() {
            prop_assert_eq!(x.level, Level::Emergency);
            prop_assert!(matches!(x.next_steps.first(), Some(NextStep::Call911 | NextStep::Call988Now | NextStep::OverdoseSteps | NextStep::SeizureSteps | NextStep::EmergencyRoomNow)));
        }
        prop_assert_eq!(x.then.is_some(), x.level == Level::Withdrawal);
        for r in &x.reasons {
            let info = care_screener::screening::rules::info(r.rule);
            prop_assert_eq!(info.area, r.area, "{:?}", r.rule);
            if let Some(l) = info.level {
                prop_assert_eq!(l, r.at_least, "{:?}", r.rule);
            }
        }
        // Answers to questions off the path are ignored.
        prop_assert_eq!(assess(&on_path(&a)), x);
    }
}

proptest! {
    #![proptest_config(config(MONOTONICITY))]

    /// Monotonicity over the risk ranks in the question data: an answer with more risk never
    /// gives a lower level. Tried on two questions of the path per case.
    #[test]
    fn more_risk_never_lowers_the_level(s in seeds(), picks in prop::array::uniform4(any::<u32>())) {
        let base = fill(&s);
        let on = path::questions(&base);
        for k in 0..2 {
            let q = on[picks[k] as usize % on.len()];
            if let Some((low, high)) = ordered_pair(q, picks[k + 2]) {
                // The one written exception (rule M2, review 2026-12 C27): days without sleep
                // while full of energy, as the only sign, are what stimulants do, so naming
                // stimulants takes that sign out of M2 (never out of the crisis rule S11).
                let stimulant_sleep = q == Q::Substances
                    && high.contains(&O::Stimulants)
                    && !low.contains(&O::Stimulants)
                    && base.get(Q::Psychosis) == [O::NoSleepEnergy];
                if stimulant_sleep {
                    continue;
                }
                let l = assess(&with(&base, q, &low)).level;
                let h = assess(&with(&base, q, &high)).level;
                prop_assert!(l <= h, "{}: {:?} gave {:?}, {:?} gave {:?}", q.as_str(), low, l, high, h);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(OVERRIDES))]

    /// Override dominance: a crisis answer always yields emergency and a crisis card, whatever
    /// else was answered; a dangerous-withdrawal pattern always yields at least withdrawal.
    #[test]
    fn crises_and_dangerous_withdrawal_always_win(s in seeds(), k in any::<u32>()) {
        let base = fill(&s);
        let on = path::questions(&base);
        let offered: Vec<(QuestionId, OptionId)> =
            CRISIS_ANSWERS.iter().copied().filter(|(q, _)| on.contains(q)).collect();
        let (q, o) = offered[k as usize % offered.len()];
        let a = adding(&base, q, o);
        let x = assess(&a);
        prop_assert_eq!(x.level, Level::Emergency, "{} = {}", q.as_str(), o.as_str());
        prop_assert!(path::crisis(&a).is_some(), "{} = {}", q.as_str(), o.as_str());

        // A past withdrawal seizure or DTs, whenever the last use was (issue 8).
        if on.contains(&Q::WithdrawalHistory) {
            let a = adding(&base, Q::WithdrawalHistory, if k % 2 == 0 { O::PastSeizure } else { O::PastDts });
            prop_assert!(assess(&a).level >= Level::Withdrawal);
        }
        // Daily sedatives.
        // Daily sedatives not only as prescribed, taken in the past month (or when unknown).
        let stopped = |q: QuestionId| base.has(q, O::Months1To3) || base.has(q, O::Months3To12);
        if on.contains(&Q::SedativeFreq) && !stopped(Q::SedativeLast) {
            let a = with(&with(&base, Q::SedativeFreq, &[O::EveryDay]), Q::SedativeSource, &[O::NotFromPharmacy]);
            prop_assert!(assess(&a).level >= Level::Withdrawal);
        }
        // Daily heavy drinking with withdrawal signs now.
        if base.has(Q::Substances, O::Alcohol) && !stopped(Q::AlcoholLast) {
            let mut a = with(&base, Q::AlcoholFreq, &[O::FourPlusWeek]);
            a = with(&a, Q::AlcoholAmount, &[O::Drinks10Plus]);
            a = adding(&a, Q::WithdrawalNow, O::ShakesSweats);
            prop_assert!(assess(&a).level >= Level::Withdrawal);
        }
    }
}

proptest! {
    #![proptest_config(config(PREGNANCY))]

    /// Pregnancy with opioid use is never the withdrawal level (with the answers biased so
    /// that every case is pregnant and uses opioids, among other things).
    #[test]
    fn pregnancy_with_opioids_is_never_withdrawal(s in seeds(), extra in any::<u32>()) {
        let mut a = fill(&s);
        let mut subs = pick(Q::Substances, extra | 1);
        subs.retain(|o| !matches!(o, O::NoSubstances | O::NotSure | O::PreferNotToSay));
        subs.push(O::Opioids);
        subs.sort();
        subs.dedup();
        a = with(&a, Q::Substances, &subs);
        let mut medical: Vec<O> = a.get(Q::Medical).iter().copied().filter(|o| !matches!(o, O::NoMedical | O::NotSure | O::PreferNotToSay)).collect();
        medical.push(O::Pregnant);
        a = with(&a, Q::Medical, &medical);
        if a.has(Q::Age, O::Age65Plus) {
            a = with(&a, Q::Age, &[O::Age18To64]);
        }
        // A loved one born male is not offered the option (and the rules ignore it).
        if a.has(Q::Sex, O::Male) {
            a = with(&a, Q::Sex, &[O::Female]);
        }
        let x = assess(&a);
        prop_assert_ne!(x.level, Level::Withdrawal);
        prop_assert!(x.has(Flag::PregnancyOpioids));
        prop_assert!(x.step(NextStep::MoudPregnancy));
    }
}

proptest! {
    #![proptest_config(config(INVARIANCE))]

    /// The schedule never changes the level (nor the reasons, flags or next steps); only the
    /// plan. The voice never changes the level, except where the written unknown-answer
    /// policy reads a family member's "not sure" in a danger check as yes (then the loved-one
    /// level is emergency).
    #[test]
    fn schedule_and_voice_never_change_the_level(s in seeds(), t in prop::array::uniform4(any::<u32>())) {
        let mut a = fill(&s);
        // The one question only a family member is asked, the sex at birth, takes the
        // pregnancy option away for a loved one born male; the person answering for themself
        // is not asked it. Here it keeps the option, so both voices read the same answers.
        if a.has(Q::Sex, O::Male) {
            a = with(&a, Q::Sex, &[O::Female]);
        }
        let x = assess(&a);
        let mut b = a.clone();
        // Every schedule question, the free days and a family member's own times included
        // (issue 18).
        for (q, n) in [(Q::HoursFree, t[0]), (Q::FreeDays, t[1]), (Q::ScheduleNeeds, t[2]), (Q::FamilyFree, t[3])] {
            b = with(&b, q, &pick(q, n));
        }
        the_same_result_but_the_plan(&x, &assess(&b))?;

        let flipped = if a.has(Q::WhoFor, O::Myself) { O::SomeoneElse } else { O::Myself };
        let f = with(&a, Q::WhoFor, &[flipped]);
        let y = assess(&f);
        let (own, loved) = if flipped == O::SomeoneElse { (&x, &y) } else { (&y, &x) };
        let on = path::questions(&a);
        let loved_one_unsure = a.has(Q::DangerNow, O::NotSure)
            || (on.contains(&Q::AsqRightNow) && a.has(Q::AsqRightNow, O::NotSure))
            || [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried].iter().any(|q| on.contains(q) && a.has(*q, O::NotSure));
        if loved_one_unsure {
            prop_assert!(loved.level >= own.level);
        } else {
            prop_assert_eq!(own.level, loved.level);
            prop_assert_eq!(own.then, loved.then);
        }
    }
}

proptest! {
    #![proptest_config(config(CHANGE_BACK))]

    /// Changing an answer and changing it back restores the result; answering a question that
    /// is not on the path changes nothing.
    #[test]
    fn change_and_change_back(s in seeds(), k in any::<u32>(), n in any::<u32>()) {
        let a = fill(&s);
        let x = assess(&a);
        let q = BANK[k as usize % BANK.len()].id;
        let changed = with(&a, q, &pick(q, n));
        let mut back = changed.clone();
        match a.get(q) {
            [] => back.clear(q),
            orig => back = with(&back, q, orig),
        }
        prop_assert_eq!(&assess(&back), &x);
        if !path::questions(&a).contains(&q) {
            prop_assert_eq!(&assess(&changed), &x);
        }
    }
}

proptest! {
    #![proptest_config(config(OVER_TRIAGE))]

    /// Over-triage guards from the brief: PHQ-2 and GAD-2 alone never change the level (they
    /// add mental-health care); tremor and sweats alone are never a crisis; declining the
    /// suicide questions never forces an emergency and keeps 988 prominent.
    #[test]
    fn over_triage_guards(s in seeds(), scores in prop::array::uniform4(0u8..4)) {
        let a = fill(&s);
        let scale = [O::NotAtAll, O::SeveralDays, O::MoreThanHalf, O::NearlyEveryDay];
        let mut zero = a.clone();
        let mut scored = a.clone();
        for (i, q) in [Q::PhqInterest, Q::PhqDown, Q::GadNervous, Q::GadWorry].into_iter().enumerate() {
            zero = with(&zero, q, &[O::NotAtAll]);
            scored = with(&scored, q, &[scale[scores[i] as usize]]);
        }
        let z = assess(&zero);
        let y = assess(&scored);
        prop_assert_eq!(z.level, y.level);
        // PHQ-2 and GAD-2 are self-report: asked only of the person themself.
        let asked = path::questions(&scored).contains(&Q::PhqInterest);
        prop_assert_eq!(asked, !a.has(Q::WhoFor, O::SomeoneElse));
        if asked && (scores[0] + scores[1] >= 3 || scores[2] + scores[3] >= 3) {
            prop_assert!(y.step(NextStep::MentalHealthToo) || y.step(NextStep::MentalHealthCare));
        }
        // A family member's "very down or anxious" is asked instead, with the same guard.
        if path::questions(&a).contains(&Q::MoodObserved) {
            let seen = assess(&with(&a, Q::MoodObserved, &[O::Yes]));
            prop_assert_eq!(assess(&with(&a, Q::MoodObserved, &[O::No])).level, seen.level);
            prop_assert!(seen.step(NextStep::MentalHealthToo) || seen.step(NextStep::MentalHealthCare));
        }

        if path::questions(&a).contains(&Q::WithdrawalNow) {
            let calm = assess(&with(&a, Q::WithdrawalNow, &[O::NoneNow]));
            let shaky = assess(&with(&a, Q::WithdrawalNow, &[O::ShakesSweats, O::SickRestless]));
            prop_assert_eq!(calm.crisis, shaky.crisis);
        }

        let asq = [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried];
        // Declined items open the follow-up questions (NIMH ASQ); left unanswered, those
        // never force an emergency either.
        let mut no = a.clone();
        for q in [Q::AttemptRecent, Q::SuicidePlan, Q::AsqRightNow] {
            no.clear(q);
        }
        let mut declined = no.clone();
        for (i, q) in asq.into_iter().enumerate() {
            no = with(&no, q, &[O::No]);
            declined = with(&declined, q, &[if scores[i] % 2 == 0 { O::PreferNotToSay } else { O::NotSure }]);
        }
        let n = assess(&no);
        let d = assess(&declined);
        prop_assert_eq!(n.crisis, d.crisis);
        prop_assert!(d.has(Flag::SuicideDeclined));
        prop_assert!(d.step(NextStep::Keep988) || d.crisis.is_some());
        prop_assert!(!d.fired(RuleId::SuicideNow) || n.fired(RuleId::SuicideNow));
    }
}

/// Generated cases per property; their sum is what the closing note reports, and the build
/// fails if it drops below the 100,000 the brief asks for.
const TOTALITY: u32 = 25_000;
const MONOTONICITY: u32 = 30_000;
const OVERRIDES: u32 = 15_000;
const PREGNANCY: u32 = 5_000;
const INVARIANCE: u32 = 10_000;
const CHANGE_BACK: u32 = 10_000;
const OVER_TRIAGE: u32 = 10_000;
const _: () = assert!(TOTALITY + MONOTONICITY + OVERRIDES + PREGNANCY + INVARIANCE + CHANGE_BACK + OVER_TRIAGE >= 100_000);
