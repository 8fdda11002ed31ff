//! Which questions are asked, given the answers so far, and when the questionnaire must stop
//! for crisis help.

use super::answers::Answers;
use super::bank::{is_unknown, option_when, question, Choice, OptionId, QuestionId, When, BANK, OPTION_CONDITIONS};
use super::{rules, Voice};

/// The questions that apply to these answers, in the order they are asked. Branching lives in
/// the bank (`Question::when`); a question is left out when the answers so far make it
/// irrelevant. Every condition looks only at questions asked before it (a test checks this),
/// so answering a question never changes the path before it, and the UI can keep answers to
/// questions that dropped off the path: the rules ignore them, and going back restores them.
pub fn path(answers: &Answers) -> Vec<QuestionId> {
    let mut on: Vec<QuestionId> = Vec::with_capacity(BANK.len());
    let mut mask = 0u64;
    // The level of the answers so far, computed once, the first time a schedule question
    // asks for it (the schedule questions come last, and the rules never read them).
    let mut level = None;
    for q in BANK {
        let asked = match q.when {
            // The schedule questions are not asked when no use is reported (issue 16): the
            // plan's hours and needs are those of treatment for alcohol or drug use.
            When::LevelIn(low, high) => {
                !answers.has(QuestionId::Substances, OptionId::NoSubstances) && {
                    let l = *level.get_or_insert_with(|| rules::evaluate(answers, &on).level);
                    low <= l && l <= high
                }
            }
            other => holds(other, answers, mask),
        };
        if asked {
            on.push(q.id);
            mask |= bit(q.id);
        }
    }
    on
}

/// The bit of a question in a path mask (the bank has fewer than 64 questions; a test
/// checks it).
pub(crate) fn bit(q: QuestionId) -> u64 {
    1u64 << (q as u32 % 64)
}

/// The mask of a list of questions.
pub(crate) fn mask(on: &[QuestionId]) -> u64 {
    on.iter().fold(0, |m, q| m | bit(*q))
}

/// Whether a branching condition holds for these answers, looking only at the questions on
/// the path so far (given as a mask).
pub(crate) fn holds(when: When, answers: &Answers, on: u64) -> bool {
    let asked = |q: QuestionId| on & bit(q) != 0;
    let chose = |q: QuestionId, opts: &[OptionId]| {
        asked(q) && answers.get(q).iter().any(|o| opts.contains(o))
    };
    match when {
        When::Always => true,
        When::Chose(q, opts) => chose(q, opts),
        When::Maybe(q, opts) => {
            asked(q) && (chose(q, opts) || answers.get(q).iter().all(|o| is_unknown(*o)))
        }
        When::Unless(q, opts) => !chose(q, opts),
        When::All(ws) => ws.iter().all(|w| holds(*w, answers, on)),
        When::Any(ws) => ws.iter().any(|w| holds(*w, answers, on)),
        // A level condition inside another condition is not used by the bank; reading it as
        // "asked" keeps the safer, longer path if someone ever nests one.
        When::LevelIn(..) => true,
    }
}

/// Who the answers are about, once the first question is answered.
pub fn voice(answers: &Answers) -> Voice {
    if answers.has(QuestionId::WhoFor, OptionId::SomeoneElse) {
        Voice::LovedOne
    } else {
        Voice::Own
    }
}

/// Why the questionnaire stops for a crisis card. Each kind has its own card, so the card can
/// say what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Crisis {
    /// Someone cannot be woken or is barely breathing: 911, naloxone, rescue breathing, stay.
    Overdose,
    /// A seizure now: 911, keep them safe.
    Seizure,
    /// Confusion, hallucinations or fever while stopping alcohol or sedatives: 911.
    WithdrawalDelirium,
    /// A medical red flag (vomiting blood, black stools, yellow skin with confusion, chest pain
    /// with stimulants, trouble breathing with opioids or sedatives): the emergency room now.
    RedFlag,
    /// Suicide: thoughts right now, a plan or intent, or a recent attempt: 988 and 911.
    Suicide,
    /// Thoughts of harming someone else: 911 and 988.
    HarmOthers,
    /// A medical emergency now: 911.
    Medical,
    /// Someone is being hurt or threatened now: 911, the domestic violence hotline.
    Violence,
    /// Psychosis or mania signs with thoughts of harming self or others: 988 and 911.
    PsychosisRisk,
    /// A family member is not sure whether someone is in danger: the safer reading.
    DangerNow,
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
    rules::evaluate(answers, &path(answers)).crises
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
    let before: Vec<QuestionId> = path(answers).into_iter().take_while(|p| *p != q).collect();
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
