//! The questionnaire's state: plain data and a reducer, so every transition is one match.

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::screening::{flow, Answers, OptionId, QuestionId};

/// Where the person is and what they have answered. Held in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub lang: Lang,
    /// The answers so far.
    pub answers: Answers,
    /// The index into `flow::path(&answers)` of the question on screen; past the end means
    /// the result.
    pub step: usize,
}

impl State {
    /// A fresh start in a language.
    pub fn new(lang: Lang) -> State {
        State { lang, answers: Answers::new(), step: 0 }
    }

    /// The question on screen, or `None` when the result is shown.
    pub fn current(&self) -> Option<QuestionId> {
        flow::path(&self.answers).get(self.step).copied()
    }
}

/// Everything a person can do.
pub enum Action {
    /// Answer the question on screen and go on.
    Answer(QuestionId, Vec<OptionId>),
    /// Go back one question, keeping the answers.
    Back,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Answer(q, options) => {
                // The UI only offers the bank's own options, so a refusal here means a bug;
                // the state stays as it was rather than moving on with a wrong answer.
                if next.answers.set(q, options).is_ok() {
                    next.step += 1;
                }
            }
            Action::Back => next.step = next.step.saturating_sub(1),
        }
        Rc::new(next)
    }
}
