//! The screening domain: the question bank, the answers, which question comes next, the
//! instruments, the rules that rate each area and suggest a level of care, and the plan.
//!
//! This module is plain Rust on purpose. It has no web dependency (the crate only pulls in
//! `yew` and `web-sys` for the wasm target, so an import here would not compile in the native
//! tests), which lets every rule be proven with ordinary `cargo test` and read by a clinician
//! without knowing anything about the browser. It holds no words either: it names things with
//! ids, and the language catalogues in `crate::i18n` turn ids into sentences.
//!
//! How the UI uses it: ask [`flow::path`] for the questions that apply, record each answer
//! with [`Answers::set`], call [`flow::crisis`] after every answer (a `Some` means: show the
//! crisis card now), and call [`assess`] for the result.
//!
//! ```
//! use care_screener::screening::{assess, flow, Answers, Level, OptionId as O, QuestionId as Q};
//!
//! let mut answers = Answers::new();
//! answers.set(Q::WhoFor, vec![O::Myself]).unwrap();
//! answers.set(Q::DangerNow, vec![O::NoDanger]).unwrap();
//! assert_eq!(flow::path(&answers)[2], Q::Age);
//! answers.set(Q::Substances, vec![O::Alcohol]).unwrap();
//! answers.set(Q::WithdrawalHistory, vec![O::PastSeizure]).unwrap();
//! // Alcohol with an unknown frequency opens the withdrawal questions; a past seizure asks
//! // for medically supervised withdrawal first.
//! assert!(flow::path(&answers).contains(&Q::WithdrawalHistory));
//! assert_eq!(flow::crisis(&answers), None);
//! assert_eq!(assess(&answers).level, Level::Withdrawal);
//!
//! answers.set(Q::WithdrawalNow, vec![O::Confusion]).unwrap();
//! assert!(flow::crisis(&answers).is_some());
//! assert_eq!(assess(&answers).level, Level::Emergency);
//! ```
#![deny(missing_docs)]

/// Declares an id enum with its stable string form, used in answer files and the docs.
///
/// Ids are enums rather than strings so that the language catalogues can match on them
/// exhaustively: a question without a translation is a compile error, not a blank label.
macro_rules! ids {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vm])* $v),* }
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The stable id used in answer files and documentation.
            pub fn as_str(self) -> &'static str { match self { $($name::$v => $s),* } }
            /// Reads a stable id back; `None` for an id this version does not know.
            pub fn parse(s: &str) -> Option<Self> { Self::ALL.iter().copied().find(|x| x.as_str() == s) }
        }
    };
}

pub mod answers;
mod assess;
pub mod bank;
pub mod file;
pub mod flow;
pub mod outcome;
pub mod resources;
pub mod rules;

pub use answers::{AnswerError, Answers};
pub use assess::{assess, hours};
pub use bank::{OptionId, Question, QuestionId};
pub use flow::Crisis;
pub use outcome::{Area, Flag, NextStep, Outcome, RuleId};
pub use resources::ResourceId;

/// The version of the question bank and the rules, shown on every result and printout.
pub const RULES_VERSION: &str = "2026.12.1";

/// The record of a review of these rules by a licensed clinician (who, when, which version),
/// or `None` while no review has been recorded: the result then says "not yet reviewed by a
/// licensed clinician".
pub const CLINICAL_REVIEW: Option<&str> = None;

/// Who the answers are about. It changes the wording (second or third person), never the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Voice {
    /// The person is answering about themself ("Do you…").
    Own,
    /// A family member or friend is answering about someone else ("Does your loved one…").
    LovedOne,
}

/// The suggested starting level of care, lowest to highest. The order is the clinical order
/// of intensity, so `Ord` compares levels ("at least withdrawal" is `level >= Withdrawal`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Early intervention and self-guided support.
    Early,
    /// Outpatient: under 9 hours a week for adults (under 6 for teens).
    Outpatient,
    /// Intensive outpatient (IOP): about 9–19 hours a week for adults, 6+ for teens.
    Iop,
    /// Partial hospitalization (PHP): a day programme of 20+ hours a week, home at night.
    Php,
    /// Residential: a 24-hour structured setting.
    Residential,
    /// Medically supervised withdrawal first, then a treatment level.
    Withdrawal,
    /// Emergency help now: call 911 or 988.
    Emergency,
}

impl Level {
    /// Every level, lowest to highest.
    pub const ALL: [Level; 7] = [
        Level::Early,
        Level::Outpatient,
        Level::Iop,
        Level::Php,
        Level::Residential,
        Level::Withdrawal,
        Level::Emergency,
    ];
    /// The stable id used in answer files, host configuration and documentation.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Early => "early",
            Level::Outpatient => "outpatient",
            Level::Iop => "iop",
            Level::Php => "php",
            Level::Residential => "residential",
            Level::Withdrawal => "withdrawal",
            Level::Emergency => "emergency",
        }
    }
    /// Reads a stable id back.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }
}
