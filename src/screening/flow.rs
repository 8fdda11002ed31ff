//! Which questions are asked, given the answers so far, and when the questionnaire must stop
//! for crisis help.

use super::answers::Answers;
use super::bank::{OptionId, QuestionId, BANK};
use super::Voice;

/// The questions that apply to these answers, in the order they are asked. Branching lives
/// here: a question is left out when the answers so far make it irrelevant.
pub fn path(_answers: &Answers) -> Vec<QuestionId> {
    BANK.iter().map(|q| q.id).collect()
}

/// Who the answers are about, once the first question is answered.
pub fn voice(answers: &Answers) -> Voice {
    if answers.has(QuestionId::WhoFor, OptionId::SomeoneElse) {
        Voice::LovedOne
    } else {
        Voice::Own
    }
}

/// Why the questionnaire stops for a crisis card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Crisis {
    /// Someone is in danger right now.
    DangerNow,
}

/// Whether the answers so far mean danger now. The UI asks after every answer and, on
/// `Some`, shows the crisis card before any further question.
pub fn crisis(answers: &Answers) -> Option<Crisis> {
    answers.has(QuestionId::DangerNow, OptionId::Yes).then_some(Crisis::DangerNow)
}
