//! The answers given so far, and how raw answers (from an answer file) are checked.

use super::bank::{question, Kind};
use super::ids::{OptionId, QuestionId, Voice};

/// How many questions the bank has.
const QUESTIONS: usize = QuestionId::ALL.len();

/// The answers given so far: for each question, by its id, the chosen options (empty when
/// unanswered). A plain array rather than a map: the ids are small numbers, and a map type
/// would add its code to the wasm the browser downloads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    chosen: [Vec<OptionId>; QUESTIONS],
}

impl Default for Answers {
    fn default() -> Answers {
        Answers { chosen: std::array::from_fn(|_| Vec::new()) }
    }
}

/// Adds `item` to a sorted list unless it is there, keeping it sorted. The lists here hold a
/// handful of items; this keeps the standard library's sort out of the wasm.
pub(crate) fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(i) = list.binary_search(&item) {
        list.insert(i, item);
    }
}

/// The options ticked on question `q` after the person ticks or unticks `o`, given those
/// ticked before: a single choice takes the new option; on a multiple choice an option that
/// stands alone ("none of these", "not sure") clears the others, and any other option clears
/// one that stands alone. What it returns is always an answer [`Answers::set`] accepts (the
/// same exclusivity rule, from the bank's `exclusive` marks), so the UI never builds an
/// answer the domain would refuse.
pub fn toggled(q: QuestionId, ticked: &[OptionId], o: OptionId) -> Vec<OptionId> {
    let spec = question(q);
    if spec.choice(o).is_none() {
        return ticked.to_vec();
    }
    if spec.kind == Kind::Single || spec.is_exclusive(o) && !ticked.contains(&o) {
        return vec![o];
    }
    // Untick `o` if it was ticked; else tick it, dropping any option that stands alone.
    let mut out = Vec::with_capacity(ticked.len() + 1);
    for d in ticked {
        if *d != o && !(spec.is_exclusive(*d) && !ticked.contains(&o)) {
            out.push(*d);
        }
    }
    if !ticked.contains(&o) {
        out.push(o);
    }
    out
}

/// Why an answer was refused. Each variant names what was wrong so a person editing an answer
/// file can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The question id is not in this version of the bank.
    UnknownQuestion(String),
    /// The option id is not an option of that question.
    UnknownOption {
        /// The question.
        question: QuestionId,
        /// The option id as given.
        option: String,
    },
    /// No option was chosen.
    Empty(QuestionId),
    /// More than one option for a single-choice question, or an exclusive option combined
    /// with others.
    TooMany(QuestionId),
    /// A required question has no answer.
    Missing(QuestionId),
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "unknown question id \"{q}\""),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "\"{option}\" is not an option of question \"{}\"", question.as_str())
            }
            AnswerError::Empty(q) => write!(f, "question \"{}\" has no option chosen", q.as_str()),
            AnswerError::TooMany(q) => {
                write!(f, "question \"{}\" has more options than it allows (one for a single choice; \"none\", \"not sure\" and \"prefer not to say\" cannot be combined)", q.as_str())
            }
            AnswerError::Missing(q) => write!(f, "required question \"{}\" is not answered", q.as_str()),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Records an answer after checking it against the bank; the previous answer to the same
    /// question is replaced.
    pub fn set(&mut self, q: QuestionId, options: Vec<OptionId>) -> Result<(), AnswerError> {
        let spec = question(q);
        if options.is_empty() {
            return Err(AnswerError::Empty(q));
        }
        for o in &options {
            if !spec.choices.iter().any(|c| c.id == *o) {
                return Err(AnswerError::UnknownOption { question: q, option: o.as_str().to_owned() });
            }
        }
        let too_many = match spec.kind {
            Kind::Single => options.len() > 1,
            Kind::Multiple => options.len() > 1 && options.iter().any(|o| spec.is_exclusive(*o)),
        };
        if too_many {
            return Err(AnswerError::TooMany(q));
        }
        let mut sorted = Vec::with_capacity(options.len());
        for o in options {
            insert_sorted(&mut sorted, o);
        }
        if let Some(slot) = self.chosen.get_mut(q as usize) {
            *slot = sorted;
        }
        Ok(())
    }

    /// Records an answer given as stable string ids (from an answer file).
    pub fn set_raw(&mut self, q: &str, options: &[&str]) -> Result<(), AnswerError> {
        let qid = QuestionId::parse(q).ok_or_else(|| AnswerError::UnknownQuestion(q.to_owned()))?;
        let mut parsed = Vec::with_capacity(options.len());
        for o in options {
            let oid = OptionId::parse(o)
                .ok_or_else(|| AnswerError::UnknownOption { question: qid, option: (*o).to_owned() })?;
            parsed.push(oid);
        }
        self.set(qid, parsed)
    }

    /// Forgets the answer to one question.
    pub fn clear(&mut self, q: QuestionId) {
        if let Some(slot) = self.chosen.get_mut(q as usize) {
            slot.clear();
        }
    }

    /// The options chosen for a question, or an empty slice when it is unanswered.
    pub fn get(&self, q: QuestionId) -> &[OptionId] {
        self.chosen.get(q as usize).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether this option was chosen for this question.
    pub fn has(&self, q: QuestionId, o: OptionId) -> bool {
        self.get(q).contains(&o)
    }

    /// Who the answers are about: a family member or friend once "someone else" is chosen,
    /// else the person themself (also before the first question is answered).
    pub fn voice(&self) -> Voice {
        if self.has(QuestionId::WhoFor, OptionId::SomeoneElse) {
            Voice::LovedOne
        } else {
            Voice::Own
        }
    }

    /// Every answered question with its options, in bank id order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &[OptionId])> {
        QuestionId::ALL.iter().zip(&self.chosen).filter(|(_, o)| !o.is_empty()).map(|(q, o)| (*q, o.as_slice()))
    }
}

/// The questions an answer file must answer: who is answering, and whether anyone is in
/// danger now (the safety check no result may skip). Every other question may be left out;
/// a left-out question counts as unknown.
pub const REQUIRED: &[QuestionId] = &[QuestionId::WhoFor, QuestionId::DangerNow];

impl Answers {
    /// Checks that the required questions are answered.
    pub fn check_required(&self) -> Result<(), AnswerError> {
        match REQUIRED.iter().find(|q| self.get(**q).is_empty()) {
            Some(q) => Err(AnswerError::Missing(*q)),
            None => Ok(()),
        }
    }
}
