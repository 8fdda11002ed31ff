//! The question bank as data: every question, its options with their risk ranks, and when it
//! is asked. A clinician can review this table (see `docs/question-bank.md`) without reading
//! any rule code, and the flow, the rules and the tests all read from it.


ids! {
    /// The stable id of a question.
    QuestionId {
        /// Who is answering: the person themself or a family member or friend.
        WhoFor = "who_for",
        /// Is anyone in danger right now? Asked first, before anything else.
        DangerNow = "danger_now",
    }
}

ids! {
    /// The stable id of an answer option. Options are shared between questions where the
    /// meaning is the same ("yes", "not sure"), so the catalogues word each one once.
    OptionId {
        /// Answering about oneself.
        Myself = "myself",
        /// Answering about a family member or friend.
        SomeoneElse = "someone_else",
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
        /// Not sure.
        NotSure = "not_sure",
        /// Prefer not to say.
        PreferNotToSay = "prefer_not_to_say",
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one option (radios). Number bands are single choices with one option a band.
    Single,
    /// Any number of options, at least one (checkboxes); an option marked `exclusive`
    /// ("none of these", "not sure") cannot be combined with the others.
    Multiple,
}

/// One option of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The option's id.
    pub id: OptionId,
    /// Its risk rank within the question: a higher rank never means less risk. `None` for an
    /// option with no natural place in that order (an unknown, or a context such as "just
    /// finished a residential programme"); the monotonicity property leaves those out.
    pub rank: Option<u8>,
    /// Whether choosing it excludes every other option (for multiple-choice questions).
    pub exclusive: bool,
}

/// A question of the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// The question's id.
    pub id: QuestionId,
    /// Single or multiple choice.
    pub kind: Kind,
    /// The options in the order they are shown.
    pub choices: &'static [Choice],
}

const fn ranked(id: OptionId, rank: u8) -> Choice {
    Choice { id, rank: Some(rank), exclusive: false }
}
const fn unranked(id: OptionId) -> Choice {
    Choice { id, rank: None, exclusive: true }
}

/// Every question in the order it is asked.
pub const BANK: &[Question] = &[
    Question {
        id: QuestionId::WhoFor,
        kind: Kind::Single,
        choices: &[unranked(OptionId::Myself), unranked(OptionId::SomeoneElse)],
    },
    Question {
        id: QuestionId::DangerNow,
        kind: Kind::Single,
        choices: &[ranked(OptionId::Yes, 2), ranked(OptionId::NotSure, 1), ranked(OptionId::No, 0)],
    },
];

/// The question with this id.
pub fn question(id: QuestionId) -> &'static Question {
    // Every id has exactly one entry in BANK; a test checks it, so this cannot miss.
    BANK.iter().find(|q| q.id == id).unwrap_or(&BANK[0])
}
