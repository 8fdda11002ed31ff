//! The conditions on the answers: when a question or an option is asked (`When`, evaluated
//! on a mask of the questions asked so far), and the answers as the rules see them (`View`:
//! only questions on the path, only options offered). The path and the rules both read the
//! answers through this layer, so "asked" and "offered" mean one thing everywhere.

use super::answers::Answers;
use super::bank::{is_unknown, option_when, When};
use super::ids::{OptionId, QuestionId};

use OptionId as O;
use QuestionId as Q;

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
        // The path reads level conditions itself (`path::applies`, which can ask the rules);
        // an option condition does not use one, and reading it as "asked" would keep the
        // longer path if one ever did.
        When::LevelIn(..) => true,
    }
}

/// An answer that a reason names.
pub(crate) type Evidence = Vec<(QuestionId, OptionId)>;

/// The answers as the rules see them: only questions on the path count.
pub(crate) struct View<'a> {
    answers: &'a Answers,
    pub(crate) on: &'a [QuestionId],
    mask: u64,
    /// A family member or friend is answering.
    pub loved_one: bool,
}

impl<'a> View<'a> {
    pub(crate) fn new(answers: &'a Answers, on: &'a [QuestionId]) -> View<'a> {
        View { answers, on, mask: mask(on), loved_one: answers.has(Q::WhoFor, O::SomeoneElse) }
    }

    /// Whether the question is on the path.
    pub(crate) fn asked(&self, q: QuestionId) -> bool {
        self.mask & bit(q) != 0
    }

    /// Whether option `o` of `q` is offered for these answers (its condition, if any, holds on
    /// the path). The rules read only offered options, as they read only asked questions.
    pub(crate) fn offered(&self, q: QuestionId, o: OptionId) -> bool {
        holds(option_when(q, o), self.answers, self.mask)
    }

    /// The options chosen, or none when the question is not on the path.
    pub(crate) fn get(&self, q: QuestionId) -> &'a [OptionId] {
        if self.asked(q) {
            self.answers.get(q)
        } else {
            &[]
        }
    }

    /// Whether this option was chosen (on the path, and offered).
    pub(crate) fn chose(&self, q: QuestionId, o: OptionId) -> bool {
        self.get(q).contains(&o) && self.offered(q, o)
    }

    /// The chosen options among `opts` (offered ones), as evidence.
    pub(crate) fn which(&self, q: QuestionId, opts: &[OptionId]) -> Evidence {
        self.get(q).iter().filter(|o| opts.contains(o) && self.offered(q, **o)).map(|o| (q, *o)).collect()
    }

    /// Whether the question is on the path and its answer is unknown: not answered, or only
    /// "not sure" / "prefer not to say".
    pub(crate) fn unknown(&self, q: QuestionId) -> bool {
        self.asked(q) && self.get(q).iter().filter(|o| self.offered(q, **o)).all(|o| is_unknown(*o))
    }

    /// The unknown option chosen, as evidence (empty when simply not answered).
    pub(crate) fn unknown_evidence(&self, q: QuestionId) -> Evidence {
        self.get(q).iter().filter(|o| is_unknown(**o)).map(|o| (q, *o)).collect()
    }
}
