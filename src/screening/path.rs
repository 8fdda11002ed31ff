//! Which questions are asked, given the answers so far, which options each offers, and when
//! the questionnaire must stop for crisis help. It sits above the rules because the schedule
//! questions are asked only for some levels, and the crisis check is the rules' verdict on the
//! answers so far.

use super::answers::Answers;
use super::bank::{option_when, question, Choice, When, BANK, OPTION_CONDITIONS};
use super::conditions::{bit, holds, mask};
use super::ids::{Crisis, Level, OptionId, QuestionId};
use super::rules;

/// The questions that apply to these answers, in the order they are asked. Branching lives in
/// the bank (`Question::when`); a question is left out when the answers so far make it
/// irrelevant. Every condition looks only at questions asked before it (a test checks this),
/// so answering a question never changes the path before it, and the UI can keep answers to
/// questions that dropped off the path: the rules ignore them, and going back restores them.
pub fn questions(answers: &Answers) -> Vec<QuestionId> {
    let mut on: Vec<QuestionId> = Vec::with_capacity(BANK.len());
    let mut mask = 0u64;
    // The level of the answers so far, computed once, the first time a schedule question
    // asks for it (the schedule questions come last, and the rules never read them).
    let mut level = None;
    for q in BANK {
        if applies(q.when, answers, &on, mask, &mut level) {
            on.push(q.id);
            mask |= bit(q.id);
        }
    }
    on
}

/// Whether a question's condition holds, with the level conditions read here, where the
/// rules can be asked: `conditions::holds` sits below the rules and cannot.
fn applies(when: When, answers: &Answers, on: &[QuestionId], mask: u64, level: &mut Option<Level>) -> bool {
    match when {
        // The schedule questions are not asked when no use is reported (issue 16): the
        // plan's hours and needs are those of treatment for alcohol or drug use.
        When::LevelIn(low, high) => {
            !answers.has(QuestionId::Substances, OptionId::NoSubstances) && {
                let l = *level.get_or_insert_with(|| rules::evaluate(answers, on).level);
                low <= l && l <= high
            }
        }
        When::All(ws) => ws.iter().all(|w| applies(*w, answers, on, mask, level)),
        When::Any(ws) => ws.iter().any(|w| applies(*w, answers, on, mask, level)),
        other => holds(other, answers, mask),
    }
}






/// Whether the answers so far call for a crisis card. The UI asks after every answer and, on
/// `Some`, shows the card before any further question. Unanswered questions never trigger
/// it; only an answer given does.
pub fn crisis(answers: &Answers) -> Option<Crisis> {
    crises(answers).first().copied()
}

/// Every crisis the answers so far show, most urgent first. The UI shows a card whenever an
/// answer adds one, so a second danger (a suicide plan during delirium) is never hidden
/// behind the first.
pub fn crises(answers: &Answers) -> Vec<Crisis> {
    rules::evaluate(answers, &questions(answers)).crises
}

/// The options of question `q` offered for these answers, in order: those whose condition
/// holds on the questions asked before `q`. The UI shows these and no others.
pub fn offered(q: QuestionId, answers: &Answers) -> Vec<Choice> {
    let all = question(q).choices;
    // Most questions have no conditional option: no need to work out the path (which can
    // evaluate the rules) on every screen and for every question a change looks at.
    if !OPTION_CONDITIONS.iter().any(|(cq, _, _)| *cq == q) {
        return all.to_vec();
    }
    let before: Vec<QuestionId> = questions(answers).into_iter().take_while(|p| *p != q).collect();
    let on = mask(&before);
    all.iter().copied().filter(|c| holds(option_when(q, c.id), answers, on)).collect()
}

/// The saved answer to `q` as it stands now: the chosen options that are still offered. An
/// option an earlier change took away (say "pregnant" after the age became 65 or older) is
/// kept in memory, like an answer to a question that left the path, but is not shown and
/// not counted; the rules read answers the same way.
pub fn shown(q: QuestionId, answers: &Answers) -> Vec<OptionId> {
    let offered = offered(q, answers);
    answers.get(q).iter().copied().filter(|o| offered.iter().any(|c| c.id == *o)).collect()
}
