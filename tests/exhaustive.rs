//! Exhaustive enumeration of the sub-spaces where the safety rules live: every answer (and
//! no answer) to the danger check, the withdrawal questions and the suicide questions, on top
//! of a fixed set of other answers. What is right is written here from the brief
//! (clinical-basis §4, §4b), not taken from the engine.

use care_screener::screening::bank::{question, Kind};
use care_screener::screening::outcome::{Flag, NextStep};
use care_screener::screening::{assess, path, Answers, Crisis, Level, OptionId, QuestionId};

use OptionId as O;
use QuestionId as Q;

mod common;
use common::answers;

/// Every valid answer to a question, plus "no answer" (`None`).
fn every_answer(q: QuestionId) -> Vec<Option<Vec<OptionId>>> {
    let spec = question(q);
    let mut out: Vec<Option<Vec<OptionId>>> = vec![None];
    match spec.kind {
        Kind::Single => out.extend(spec.choices.iter().map(|c| Some(vec![c.id]))),
        Kind::Multiple => {
            let open: Vec<OptionId> = spec.choices.iter().filter(|c| !c.exclusive).map(|c| c.id).collect();
            for bits in 1u32..(1 << open.len()) {
                out.push(Some(open.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, o)| *o).collect()));
            }
            out.extend(spec.choices.iter().filter(|c| c.exclusive).map(|c| Some(vec![c.id])));
        }
    }
    out
}

fn set(a: &mut Answers, q: Q, v: &Option<Vec<O>>) {
    match v {
        Some(o) => a.set(q, o.clone()).expect("valid"),
        None => a.clear(q),
    }
}

const CALM: &[(Q, &[O])] = &[
    (Q::DangerNow, &[O::NoDanger]),
    (Q::Treatment, &[O::NoTreatment]),
    (Q::AsqWishDead, &[O::No]),
    (Q::AsqBetterOff, &[O::No]),
    (Q::AsqThoughts, &[O::No]),
    (Q::AsqTried, &[O::No]),
    (Q::HarmOthers, &[O::No]),
    (Q::PhqInterest, &[O::NotAtAll]),
    (Q::PhqDown, &[O::NotAtAll]),
    (Q::GadNervous, &[O::NotAtAll]),
    (Q::GadWorry, &[O::NotAtAll]),
    (Q::MoodObserved, &[O::No]),
    (Q::Psychosis, &[O::NoPsychosis]),
    (Q::Medical, &[O::NoMedical]),
    (Q::Home, &[O::HomeOk]),
    (Q::UseSigns, &[O::MoreThanMeant, O::Tolerance]),
    (Q::Overdose, &[O::Never]),
];

/// Every combination of withdrawal history, withdrawal signs now, last use and age, for a
/// daily heavy drinker and for someone on sedatives every day.
#[test]
fn every_withdrawal_answer() {
    let drinker: &[(Q, &[O])] = &[
        (Q::WhoFor, &[O::Myself]),
        (Q::Substances, &[O::Alcohol]),
        (Q::AlcoholFreq, &[O::FourPlusWeek]),
        (Q::AlcoholAmount, &[O::Drinks7To9]),
        (Q::AlcoholBinge, &[O::Weekly]),
    ];
    let sedatives: &[(Q, &[O])] = &[
        (Q::WhoFor, &[O::SomeoneElse]),
        (Q::Substances, &[O::Sedatives]),
        (Q::SedativeFreq, &[O::EveryDay]),
        (Q::SedativeSource, &[O::PrescribedAsDirected]),
    ];
    let history = every_answer(Q::WithdrawalHistory);
    let now = every_answer(Q::WithdrawalNow);
    // Last use is asked per substance: the drinker's last drink, the sedative user's last dose.
    let last_q = |who: &str| if who == "drinker" { Q::AlcoholLast } else { Q::SedativeLast };
    let last = every_answer(Q::AlcoholLast);
    let ages = [None, Some(vec![O::Age18To64]), Some(vec![O::Age65Plus])];
    let mut cases = 0;
    for (who, base) in [("drinker", drinker), ("sedatives", sedatives)] {
        let mut a = answers(base);
        for (q, o) in CALM {
            a.set(*q, o.to_vec()).expect("valid");
        }
        for h in &history {
            set(&mut a, Q::WithdrawalHistory, h);
            for n in &now {
                set(&mut a, Q::WithdrawalNow, n);
                for l in &last {
                    set(&mut a, last_q(who), l);
                    for g in &ages {
                        set(&mut a, Q::Age, g);
                        // How long the heavy drinking has gone on: asked of the drinker only.
                        let years = if who == "drinker" { every_answer(Q::HeavyYears) } else { vec![None] };
                        for y in &years {
                            set(&mut a, Q::HeavyYears, y);
                            cases += 1;
                            let o = assess(&a);
                            let has = |v: &Option<Vec<O>>, x: &[O]| v.as_ref().is_some_and(|v| v.iter().any(|o| x.contains(o)));
                            let unknown = |v: &Option<Vec<O>>| v.as_ref().is_none_or(|v| v.iter().all(|o| matches!(o, O::NotSure | O::PreferNotToSay)));
                            let recent = !has(l, &[O::Months1To3, O::Months3To12]);
                            // Signs now are asked whatever the last use: a wrong last-use answer
                            // must not hide an emergency.
                            let emergency_signs = has(n, &[O::SeizureNow, O::Hallucinations, O::Confusion, O::Fever]);
                            let ctx = || format!("{who}: history {h:?} now {n:?} last {l:?} age {g:?} years {y:?} → {:?}", o.level);
                            // Withdrawal emergencies (§4) → emergency and a card; nothing else here is one.
                            assert_eq!(o.level == Level::Emergency, emergency_signs, "{}", ctx());
                            assert_eq!(path::crisis(&a).is_some(), emergency_signs, "{}", ctx());
                            if has(n, &[O::SeizureNow]) {
                                assert_eq!(o.crisis, Some(Crisis::Seizure), "{}", ctx());
                            }
                            if emergency_signs {
                                continue;
                            }
                            // Any past seizure or DTs → at least withdrawal for everyone asked
                            // (issue 8); over a month since the last use it is not asked.
                            if recent && has(h, &[O::PastSeizure, O::PastDts]) {
                                assert!(o.level >= Level::Withdrawal, "{}", ctx());
                            }
                            // Daily sedatives taken as prescribed: do not stop suddenly, a slow taper
                            // with the prescriber, and never a detox-first plan unless a past
                            // seizure or DTs asks for it (review 2026-12, class 4).
                            if who == "sedatives" && recent {
                                assert!(o.step(NextStep::PrescriberTaper), "{}", ctx());
                                assert!(o.step(NextStep::DoNotStopSuddenly), "{}", ctx());
                                if !has(h, &[O::PastSeizure, O::PastDts]) {
                                    assert!(o.level < Level::Withdrawal, "{}", ctx());
                                    assert!(!o.step(NextStep::SupervisedWithdrawal), "{}", ctx());
                                }
                            }
                            // Daily heavy drinking plus any risk factor (ASAM 2020) → withdrawal.
                            let risk = has(h, &[O::PastWithdrawal, O::PastWithdrawalMany])
                                || has(n, &[O::ShakesSweats, O::SickRestless])
                                || unknown(h)
                                || unknown(n)
                                || has(g, &[O::Age65Plus])
                                // An age not given is read as the risk (review 2026-12, class 1).
                                || g.is_none()
                                // A drink 1 to 3 days ago: the first days are when seizures and
                                // delirium begin (ASAM 2020).
                                || has(l, &[O::Days1To3])
                                // A last drink not known is read as the risk, too.
                                || unknown(l)
                                // A year or more of heavy drinking, or not known (ASAM 2020).
                                || has(y, &[O::YearOrMore])
                                || unknown(y);
                            if who == "drinker" && recent && risk {
                                assert_eq!(o.level, Level::Withdrawal, "{}", ctx());
                                assert!(o.step(NextStep::DoNotStopSuddenly), "{}", ctx());
                            }
                            if who == "drinker" && recent && !risk && !has(h, &[O::PastSeizure, O::PastDts]) {
                                assert!(o.level < Level::Withdrawal, "{}: no risk factor, no detox", ctx());
                                // Daily heavy drinking alone still means: do not stop alone.
                                assert!(o.step(NextStep::DoNotStopSuddenly), "{}", ctx());
                            }
                            // Someone who has not used for over a month is past withdrawal and is
                            // not asked the withdrawal questions.
                            if !recent {
                                assert!(!path::questions(&a).contains(&Q::WithdrawalHistory), "{}", ctx());
                                assert!(path::questions(&a).contains(&Q::WithdrawalNow), "{}", ctx());
                                assert!(o.level < Level::Withdrawal, "{}", ctx());
                            }
                            if o.level == Level::Withdrawal {
                                assert!(o.then.is_some_and(|t| t >= Level::Outpatient && t < Level::Withdrawal), "{}", ctx());
                            }
                        }
                    }
                }
            }
        }
    }
    // The sedative user (one years answer) and the drinker (no answer and four answers).
    assert_eq!(cases, 19 * 67 * 9 * 3 * (1 + 5));
    eprintln!("withdrawal answer sets: {cases}");
}

/// Every answer to "is anyone in danger right now", for the person and for a family member.
#[test]
fn every_danger_answer() {
    let mut cases = 0;
    for who in [O::Myself, O::SomeoneElse] {
        for d in every_answer(Q::DangerNow).into_iter().flatten() {
            let mut a = answers(&[(Q::WhoFor, &[who]), (Q::Substances, &[O::NoSubstances])]);
            a.set(Q::DangerNow, d.clone()).expect("valid");
            cases += 1;
            let o = assess(&a);
            let danger = d.iter().any(|o| !matches!(o, O::NoDanger | O::NotSure));
            let unsure = d == [O::NotSure];
            let expected = danger || (unsure && who == O::SomeoneElse);
            assert_eq!(o.level == Level::Emergency, expected, "{who:?} {d:?}");
            assert_eq!(path::crisis(&a).is_some(), expected, "{who:?} {d:?}");
            if d.contains(&O::CannotWake) {
                assert_eq!(o.crisis, Some(Crisis::Overdose));
                assert_eq!(o.next_steps[0], NextStep::OverdoseSteps);
                assert!(o.step(NextStep::Naloxone));
            }
            assert_eq!(o.has(Flag::DangerUnsure), unsure && who == O::Myself, "{who:?} {d:?}");
            if unsure && who == O::Myself {
                assert!(o.step(NextStep::Keep988));
            }
            assert_eq!(o.step(NextStep::Naloxone), d.contains(&O::CannotWake), "{who:?} {d:?}");
        }
    }
    assert_eq!(cases, 2 * 33);
}

/// Every answer to the four ASQ items, the attempt and plan questions and the "right now"
/// question, for the person and for a family member.
#[test]
fn every_suicide_screen_answer() {
    let yn = [Some(vec![O::Yes]), Some(vec![O::No]), Some(vec![O::NotSure]), Some(vec![O::PreferNotToSay])];
    let attempt = [None, Some(vec![O::Yes]), Some(vec![O::No]), Some(vec![O::NotSure])];
    let plan = [None, Some(vec![O::HasPlan]), Some(vec![O::HasIntent]), Some(vec![O::HasPlan, O::HasIntent]), Some(vec![O::Neither]), Some(vec![O::PreferNotToSay])];
    let right_now = [None, Some(vec![O::Yes]), Some(vec![O::No]), Some(vec![O::NotSure])];
    let mut cases = 0;
    for who in [O::Myself, O::SomeoneElse] {
        let mut a = answers(&[(Q::WhoFor, &[who]), (Q::Age, &[O::Age18To64]), (Q::Substances, &[O::Cannabis]), (Q::CannabisFreq, &[O::OneTwoDaysWeek])]);
        for (q, o) in CALM {
            a.set(*q, o.to_vec()).expect("valid");
        }
        for i in 0..256usize {
            let items: Vec<&Option<Vec<O>>> = (0..4).map(|k| &yn[(i >> (2 * k)) & 3]).collect();
            for (k, q) in [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried].into_iter().enumerate() {
                set(&mut a, q, items[k]);
            }
            for at in &attempt {
                set(&mut a, Q::AttemptRecent, at);
                for p in &plan {
                    set(&mut a, Q::SuicidePlan, p);
                    for r in &right_now {
                        set(&mut a, Q::AsqRightNow, r);
                        cases += 1;
                        let o = assess(&a);
                        let is = |v: &Option<Vec<O>>, x: O| v.as_ref().is_some_and(|v| v.contains(&x));
                        let thoughts = items[..3].iter().any(|v| is(v, O::Yes));
                        let tried = is(items[3], O::Yes);
                        // A declined or unknown item opens the follow-ups like a yes (NIMH ASQ:
                        // a refusal is a positive screen), and a family member's "not sure"
                        // counts as yes (the items' written policy).
                        let unknown = |v: &Option<Vec<O>>| is(v, O::NotSure) || is(v, O::PreferNotToSay);
                        let plan_asked = items[..3].iter().any(|v| is(v, O::Yes) || unknown(v));
                        let attempt_asked = tried || unknown(items[3]);
                        let now_asked = plan_asked || attempt_asked;
                        let positive = thoughts || tried || (who == O::SomeoneElse && items.iter().any(|v| is(v, O::NotSure)));
                        let open = |v: &Option<Vec<O>>| v.as_ref().is_none_or(|v| v.iter().all(|o| matches!(o, O::NotSure | O::PreferNotToSay)));
                        let follow_ups_open = (plan_asked && open(p)) || (now_asked && open(r)) || (attempt_asked && open(at));
                        let crisis = (plan_asked && (is(p, O::HasPlan) || is(p, O::HasIntent)))
                            || (attempt_asked && is(at, O::Yes))
                            || (now_asked && is(r, O::Yes))
                            || (now_asked && who == O::SomeoneElse && is(r, O::NotSure));
                        let ctx = || format!("{who:?} items {items:?} attempt {at:?} plan {p:?} now {r:?} → {:?}", o.level);
                        assert_eq!(o.level == Level::Emergency, crisis, "{}", ctx());
                        assert_eq!(o.crisis.is_some(), crisis, "{}", ctx());
                        // "Talk to someone today" is for a positive screen without acute risk; a
                        // crisis card says "now" instead.
                        assert_eq!(o.has(Flag::SuicideRisk), positive && !crisis, "{}", ctx());
                        assert_eq!(o.step(NextStep::Talk988Today), positive && !crisis, "{}", ctx());
                        // An open screen whose follow-ups are not known: a same-day safety check.
                        assert_eq!(o.step(NextStep::SameDaySafety), now_asked && follow_ups_open && !crisis, "{}", ctx());
                        if crisis {
                            assert_eq!(o.crisis, Some(Crisis::Suicide), "{}", ctx());
                            assert_eq!(o.next_steps[0], NextStep::Call988Now, "{}", ctx());
                        } else if positive {
                            // A positive screen without acute risk: talk to someone today, care
                            // for mood in the plan, and at least outpatient.
                            assert!(o.step(NextStep::Talk988Today) && o.step(NextStep::MentalHealthToo), "{}", ctx());
                            assert!(o.level >= Level::Outpatient, "{}", ctx());
                        }
                        let declined = items.iter().any(|v| is(v, O::NotSure) || is(v, O::PreferNotToSay));
                        // In a crisis the first steps already name 988.
                        if declined && !crisis {
                            assert!(o.step(NextStep::Keep988), "{}", ctx());
                        }
                    }
                }
            }
        }
    }
    assert_eq!(cases, 2 * 256 * 4 * 6 * 4);
    eprintln!("suicide-screen answer sets: {cases}");
}
