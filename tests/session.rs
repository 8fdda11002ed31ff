//! The question-flow session, natively: every move a person can make, from the start page to
//! the result and back, as the widget makes it (the UI only wraps this state machine in a Yew
//! reducer). Each test says what a person would see.

use care_screener::screening::answers::toggled;
use care_screener::screening::bank::{Kind, BANK};
use care_screener::screening::session::{raised, Action, Screen, Session};
use care_screener::screening::{path, Answers, Crisis, OptionId, QuestionId};

use OptionId as O;
use QuestionId as Q;

/// Ticks these options on the question on screen and presses Continue.
fn answer(s: &mut Session, options: &[OptionId]) {
    let Screen::Question(q) = s.screen() else { panic!("not on a question: {:?}", s.screen()) };
    for o in options {
        s.apply(Action::Toggle(*o));
    }
    s.apply(Action::Continue);
    assert!(!s.error(), "{}: {options:?} is accepted", q.as_str());
}

/// A session that has answered who is asking and the danger check, for oneself.
fn started() -> Session {
    let mut s = Session::new();
    s.apply(Action::Begin);
    answer(&mut s, &[O::Myself]);
    answer(&mut s, &[O::NoDanger]);
    s
}

/// The lowest-risk option of the question on screen: a rank of 0, else the first option.
fn safest(s: &Session) -> OptionId {
    let offered = path::offered(on(s), s.answers());
    offered.iter().find(|c| c.rank == Some(0)).or(offered.first()).expect("a question offers options").id
}

/// Answers every question left with its lowest-risk option, going on past any card, until
/// "Check your answers".
fn to_check(s: &mut Session) {
    for _ in 0..BANK.len() * 2 {
        match s.screen() {
            Screen::Question(_) => {
                let pick = safest(s);
                answer(s, &[pick]);
            }
            Screen::Crisis { .. } => s.apply(Action::Continue),
            Screen::Check => return,
            other => panic!("unexpected screen {other:?}"),
        }
    }
    panic!("never reached the summary");
}

fn on(s: &Session) -> QuestionId {
    match s.screen() {
        Screen::Question(q) => q,
        other => panic!("not on a question: {other:?}"),
    }
}

#[test]
fn a_session_starts_on_the_start_page_with_nothing_remembered() {
    let s = Session::new();
    assert_eq!(s.screen(), Screen::Start);
    assert_eq!(*s.answers(), Answers::new());
    assert!(s.draft().is_empty() && !s.error() && !s.changing());
    assert_eq!(s.turn(), 0, "the first render does not move focus");
    assert_eq!(s.progress(), None);
}

#[test]
fn begin_shows_the_first_question_and_counts_a_turn() {
    let mut s = Session::new();
    s.apply(Action::Begin);
    assert_eq!(s.screen(), Screen::Question(Q::WhoFor));
    assert_eq!(s.turn(), 1);
    assert_eq!(s.progress().map(|p| p.0), Some(1));
    // Continue on the start page does the same as its button.
    let mut t = Session::new();
    t.apply(Action::Continue);
    assert_eq!(t.screen(), Screen::Question(Q::WhoFor));
}

#[test]
fn continue_with_nothing_ticked_shows_the_error_and_stays() {
    let mut s = Session::new();
    s.apply(Action::Begin);
    let turn = s.turn();
    s.apply(Action::Continue);
    assert_eq!(s.screen(), Screen::Question(Q::WhoFor));
    assert!(s.error(), "the error summary shows");
    assert_eq!(s.turn(), turn + 1, "a new turn, so focus goes to the error summary");
    assert!(s.answers().get(Q::WhoFor).is_empty(), "nothing is recorded");
    answer(&mut s, &[O::Myself]);
    assert!(!s.error(), "the error goes with the next screen");
    assert_eq!(s.screen(), Screen::Question(Q::DangerNow));
}

#[test]
fn ticking_follows_single_and_multiple_choice_and_the_options_that_stand_alone() {
    let mut s = started();
    assert_eq!(on(&s), Q::Age);
    // A single choice: the last tick wins.
    s.apply(Action::Toggle(O::Under18));
    s.apply(Action::Toggle(O::Age18To64));
    assert_eq!(s.draft(), &[O::Age18To64]);
    answer(&mut s, &[]);
    assert_eq!(on(&s), Q::Substances);
    // A multiple choice: ticks add up, a second tick removes, "not sure" stands alone.
    s.apply(Action::Toggle(O::Alcohol));
    s.apply(Action::Toggle(O::Cannabis));
    assert_eq!(s.draft(), &[O::Alcohol, O::Cannabis]);
    s.apply(Action::Toggle(O::Cannabis));
    assert_eq!(s.draft(), &[O::Alcohol]);
    s.apply(Action::Toggle(O::NotSure));
    assert_eq!(s.draft(), &[O::NotSure], "an option that stands alone clears the others");
    s.apply(Action::Toggle(O::Opioids));
    assert_eq!(s.draft(), &[O::Opioids], "and any other option clears it");
    // Ticking is not answering: nothing is recorded before Continue.
    assert!(s.answers().get(Q::Substances).is_empty());
    s.apply(Action::Continue);
    assert_eq!(s.answers().get(Q::Substances), &[O::Opioids]);
}

#[test]
fn toggled_answers_are_always_answers_the_bank_accepts() {
    // Every question, every sequence of up to three ticks of its options: the ticks the
    // session keeps are empty or an answer `Answers::set` takes, so Continue never fails on
    // an answer the screen allowed.
    for spec in BANK {
        let ids: Vec<OptionId> = spec.choices.iter().map(|c| c.id).collect();
        let mut sequences: Vec<Vec<OptionId>> = vec![vec![]];
        for _ in 0..3 {
            let longer: Vec<Vec<OptionId>> =
                sequences.iter().flat_map(|s| ids.iter().map(move |o| [s.as_slice(), &[*o]].concat())).collect();
            sequences.extend(longer);
        }
        for seq in sequences {
            let ticked = seq.iter().fold(Vec::new(), |t, o| toggled(spec.id, &t, *o));
            if spec.kind == Kind::Single {
                assert!(ticked.len() <= 1, "{}: {seq:?}", spec.id.as_str());
            }
            if !ticked.is_empty() {
                let mut a = Answers::new();
                assert_eq!(a.set(spec.id, ticked.clone()), Ok(()), "{}: {seq:?} gave {ticked:?}", spec.id.as_str());
            }
        }
    }
    // An option of another question changes nothing.
    assert_eq!(toggled(Q::Age, &[O::Under18], O::Alcohol), vec![O::Under18]);
}

#[test]
fn back_goes_one_screen_back_and_keeps_the_answers() {
    let mut s = started();
    answer(&mut s, &[O::Age18To64]);
    assert_eq!(on(&s), Q::Substances);
    s.apply(Action::Back);
    assert_eq!(on(&s), Q::Age);
    assert_eq!(s.draft(), &[O::Age18To64], "the saved answer is ticked again");
    s.apply(Action::Toggle(O::Under18));
    s.apply(Action::Back);
    assert_eq!(on(&s), Q::DangerNow);
    assert_eq!(s.answers().get(Q::Age), &[O::Age18To64], "a tick without Continue changes nothing");
    s.apply(Action::Back);
    s.apply(Action::Back);
    assert_eq!(s.screen(), Screen::Start, "back from the first question is the start page");
    assert_eq!(s.answers().get(Q::WhoFor), &[O::Myself], "and the answers are still there");
    let turn = s.turn();
    s.apply(Action::Back);
    assert_eq!((s.screen(), s.turn()), (Screen::Start, turn), "nothing before the start page");
}

#[test]
fn an_answer_that_means_danger_now_brings_the_crisis_card_at_once() {
    let mut s = Session::new();
    s.apply(Action::Begin);
    answer(&mut s, &[O::Myself]);
    answer(&mut s, &[O::SuicideNow]);
    assert_eq!(s.screen(), Screen::Crisis { kind: Crisis::Suicide, after: Q::DangerNow });
    assert!(s.draft().is_empty());
    // Back from the card is the question that brought it up, with its answer ticked.
    s.apply(Action::Back);
    assert_eq!(on(&s), Q::DangerNow);
    assert_eq!(s.draft(), &[O::SuicideNow]);
    // Answering it again brings the card again: the person gave the answer again.
    s.apply(Action::Continue);
    assert!(matches!(s.screen(), Screen::Crisis { kind: Crisis::Suicide, .. }));
    // Going on from the card is the next question; later answers that add no danger bring
    // no card, though the crisis is still in the answers.
    s.apply(Action::Continue);
    assert_eq!(on(&s), Q::Age);
    answer(&mut s, &[O::Age18To64]);
    assert_eq!(on(&s), Q::Substances);
    assert_eq!(path::crisis(s.answers()), Some(Crisis::Suicide));
}

#[test]
fn a_second_danger_brings_its_own_card() {
    let mut s = Session::new();
    s.apply(Action::Begin);
    answer(&mut s, &[O::Myself]);
    answer(&mut s, &[O::ViolenceNow]);
    assert!(matches!(s.screen(), Screen::Crisis { kind: Crisis::Violence, after: Q::DangerNow }));
    s.apply(Action::Continue);
    answer(&mut s, &[O::Age18To64]);
    answer(&mut s, &[O::Alcohol]);
    // Through the alcohol questions to the withdrawal signs now; a seizure now is its own card.
    for _ in 0..12 {
        if on(&s) == Q::WithdrawalNow {
            break;
        }
        let pick = safest(&s);
        let pick = match on(&s) {
            Q::AlcoholFreq => O::FourPlusWeek,
            Q::AlcoholLast => O::Today,
            _ => pick,
        };
        answer(&mut s, &[pick]);
    }
    assert_eq!(on(&s), Q::WithdrawalNow, "daily drinking asks the withdrawal signs now");
    answer(&mut s, &[O::SeizureNow]);
    assert_eq!(s.screen(), Screen::Crisis { kind: Crisis::Seizure, after: Q::WithdrawalNow });
}

#[test]
fn the_card_can_lead_straight_to_the_suggestion() {
    let mut s = Session::new();
    s.apply(Action::Begin);
    answer(&mut s, &[O::SomeoneElse]);
    answer(&mut s, &[O::CannotWake]);
    assert!(matches!(s.screen(), Screen::Crisis { kind: Crisis::Overdose, .. }));
    s.apply(Action::Finish);
    assert_eq!(s.screen(), Screen::Result);
    s.apply(Action::Back);
    assert_eq!(s.screen(), Screen::Check, "back from the result is the summary");
}

#[test]
fn the_last_question_leads_to_the_summary_then_the_result() {
    let mut s = started();
    to_check(&mut s);
    assert_eq!(s.screen(), Screen::Check);
    assert_eq!(s.progress(), None);
    let last = *s.path().last().unwrap();
    s.apply(Action::Back);
    assert_eq!(on(&s), last, "back from the summary is the last question");
    s.apply(Action::Continue);
    assert_eq!(s.screen(), Screen::Check);
    s.apply(Action::Continue);
    assert_eq!(s.screen(), Screen::Result);
    let turn = s.turn();
    s.apply(Action::Continue);
    assert_eq!((s.screen(), s.turn()), (Screen::Result, turn), "Continue does nothing on the result");
}

#[test]
fn change_from_the_summary_returns_to_the_summary() {
    let mut s = started();
    answer(&mut s, &[O::Age18To64]);
    to_check(&mut s);
    s.apply(Action::Change(Q::Age));
    assert_eq!(on(&s), Q::Age);
    assert!(s.changing());
    assert_eq!(s.draft(), &[O::Age18To64], "the answer to change is ticked");
    // Back while changing returns to the summary, keeping the old answer.
    s.apply(Action::Toggle(O::Under18));
    s.apply(Action::Back);
    assert_eq!(s.screen(), Screen::Check);
    assert!(!s.changing());
    assert_eq!(s.answers().get(Q::Age), &[O::Age18To64]);
    // A change that brings in no new question goes straight back to the summary.
    s.apply(Action::Change(Q::DangerNow));
    let q = on(&s);
    answer(&mut s, &[]);
    assert_eq!(s.screen(), Screen::Check, "{} changed, back to the summary", q.as_str());
}

#[test]
fn a_change_that_opens_a_follow_up_asks_it_before_the_summary() {
    let mut s = started();
    answer(&mut s, &[O::Age18To64]);
    answer(&mut s, &[O::Cannabis]);
    to_check(&mut s);
    assert!(!s.path().contains(&Q::AlcoholFreq), "no alcohol, no alcohol questions");
    s.apply(Action::Change(Q::Substances));
    s.apply(Action::Toggle(O::Alcohol));
    s.apply(Action::Continue);
    assert_eq!(on(&s), Q::AlcoholFreq, "the new follow-up is asked");
    assert!(s.changing());
    // Then every new question the change opened, and back to the summary.
    for _ in 0..BANK.len() {
        if s.screen() == Screen::Check {
            break;
        }
        let q = on(&s);
        assert!(s.answers().get(q).is_empty(), "{} was answered before: not asked again", q.as_str());
        let pick = safest(&s);
        answer(&mut s, &[pick]);
    }
    assert_eq!(s.screen(), Screen::Check);
    assert!(!s.changing());
}

#[test]
fn a_change_that_gives_a_question_a_new_option_asks_it_again() {
    // 65 or older: pregnancy is not offered. Changing the age to 18-64 offers it again, so
    // the health question is asked again though it has an answer.
    let mut s = started();
    answer(&mut s, &[O::Age65Plus]);
    assert_eq!(on(&s), Q::Substances);
    answer(&mut s, &[O::Cannabis]);
    to_check(&mut s);
    assert!(s.path().contains(&Q::Medical));
    assert!(!path::offered(Q::Medical, s.answers()).iter().any(|c| c.id == O::Pregnant));
    s.apply(Action::Change(Q::Age));
    answer(&mut s, &[O::Age18To64]);
    // Questions between age and health that are answered are skipped; health is reopened.
    for _ in 0..BANK.len() {
        if on(&s) == Q::Medical {
            break;
        }
        let pick = safest(&s);
        answer(&mut s, &[pick]);
    }
    assert_eq!(on(&s), Q::Medical);
    assert!(path::offered(Q::Medical, s.answers()).iter().any(|c| c.id == O::Pregnant));
    assert!(!s.draft().is_empty(), "its old answer is ticked");
    s.apply(Action::Continue);
    assert_eq!(s.screen(), Screen::Check);
}

#[test]
fn a_change_that_takes_an_option_away_asks_that_question_again() {
    // Pregnant at 18-64; changing the age to 65 or older takes the option away, leaving the
    // health question with no answer it still offers: it is asked again.
    let mut s = started();
    answer(&mut s, &[O::Age18To64]);
    answer(&mut s, &[O::Cannabis]);
    for _ in 0..BANK.len() {
        if on(&s) == Q::Medical {
            break;
        }
        let pick = safest(&s);
        answer(&mut s, &[pick]);
    }
    answer(&mut s, &[O::Pregnant]);
    to_check(&mut s);
    s.apply(Action::Change(Q::Age));
    answer(&mut s, &[O::Age65Plus]);
    let mut asked = Vec::new();
    while let Screen::Question(q) = s.screen() {
        asked.push(q);
        let pick = safest(&s);
        answer(&mut s, &[pick]);
    }
    assert!(asked.contains(&Q::Medical), "{asked:?}");
    assert_eq!(s.screen(), Screen::Check);
    assert_eq!(s.answers().get(Q::Medical).len(), 1);
}

#[test]
fn start_again_exit_and_wipe_forget_everything() {
    let mut s = started();
    answer(&mut s, &[O::Age18To64]);
    let turn = s.turn();
    let mut restarted = s.clone();
    restarted.apply(Action::Restart);
    assert_eq!(restarted.screen(), Screen::Start);
    assert_eq!(*restarted.answers(), Answers::new());
    assert_eq!(restarted.turn(), turn + 1, "a new turn: focus goes to the start page's heading");

    let mut wiped = s.clone();
    wiped.apply(Action::Wipe);
    assert_eq!(wiped.screen(), Screen::Start);
    assert_eq!(*wiped.answers(), Answers::new());
    assert_eq!(wiped.turn(), turn, "the same turn: nobody is looking, focus is left alone");

    let mut exited = s.clone();
    exited.apply(Action::Exit);
    assert_eq!(exited.screen(), Screen::Exited);
    assert_eq!(*exited.answers(), Answers::new());
    for a in [Action::Back, Action::Continue, Action::Toggle(O::Myself)] {
        exited.apply(a);
        assert_eq!(exited.screen(), Screen::Exited, "{a:?} does nothing after the exit");
    }
}

#[test]
fn progress_counts_the_path_as_it_stands() {
    let mut s = started();
    assert_eq!(s.progress(), Some((3, s.path().len())));
    let before = s.path().len();
    answer(&mut s, &[O::Age18To64]);
    answer(&mut s, &[O::Alcohol, O::Opioids]);
    let (n, total) = s.progress().unwrap();
    assert_eq!(n, 5);
    assert!(total > before, "alcohol and opioids add their questions");
}

#[test]
fn raised_names_only_a_crisis_the_answer_adds() {
    let mut a = Answers::new();
    a.set(Q::WhoFor, vec![O::Myself]).unwrap();
    a.set(Q::DangerNow, vec![O::NoDanger]).unwrap();
    assert_eq!(raised(&a, Q::DangerNow), None);
    a.set(Q::DangerNow, vec![O::SuicideNow]).unwrap();
    assert_eq!(raised(&a, Q::DangerNow), Some(Crisis::Suicide));
    a.set(Q::Age, vec![O::Age18To64]).unwrap();
    assert_eq!(raised(&a, Q::Age), None, "the age adds no crisis");
}
