//! The screening domain: the question bank, the answers, which question comes next, the
//! instruments, the rules that rate each area and suggest a level of care, and the plan.
//!
//! This module is plain Rust on purpose. It has no web dependency (the crate only pulls in
//! `yew` and `web-sys` for the wasm target, so an import here would not compile in the native
//! tests), which lets every rule be proven with ordinary `cargo test` and read by a clinician
//! without knowing anything about the browser. It holds no words either: it names things with
//! ids, and the language catalogues in `crate::i18n` turn ids into sentences.
//!
//! It is built in layers that import only downwards (see `mod` order below and
//! `docs/architecture.md`): [`ids`] → [`resources`] → [`bank`] → [`answers`] → [`conditions`] → [`programmes`] →
//! [`programmes`] → [`outcome`] → [`rules`] → [`path`] → [`assess`], with [`session`] and [`file`] on top.
//!
//! How the UI uses it: a [`session::Session`] holds the whole question flow and makes each move
//! (it asks [`path::questions`] for the questions that apply, records each answer with
//! [`Answers::set`], and stops for a crisis card when [`session::raised`] says an answer added
//! one), and [`assess`] gives the result. The same calls, by hand:
//!
//! ```
//! use care_screener::screening::{assess, path, Answers, Level, OptionId as O, QuestionId as Q};
//!
//! let mut answers = Answers::new();
//! answers.set(Q::WhoFor, vec![O::Myself]).unwrap();
//! answers.set(Q::DangerNow, vec![O::NoDanger]).unwrap();
//! assert_eq!(path::questions(&answers)[2], Q::Age);
//! answers.set(Q::Substances, vec![O::Alcohol]).unwrap();
//! answers.set(Q::WithdrawalHistory, vec![O::PastSeizure]).unwrap();
//! // Alcohol with an unknown frequency opens the withdrawal questions; a past seizure asks
//! // for medically supervised withdrawal first.
//! assert!(path::questions(&answers).contains(&Q::WithdrawalHistory));
//! assert_eq!(path::crisis(&answers), None);
//! assert_eq!(assess(&answers).level, Level::Withdrawal);
//!
//! answers.set(Q::WithdrawalNow, vec![O::Confusion]).unwrap();
//! assert!(path::crisis(&answers).is_some());
//! assert_eq!(assess(&answers).level, Level::Emergency);
//! ```
#![deny(missing_docs)]

/// Declares an id enum with its stable string form, used in answer files, host settings and
/// the docs. The domain's ids (`ids.rs`) and the host's setting keys (`embed::config::Key`) are
/// all declared with it, so none writes its `ALL`, `as_str` and `parse` by hand.
///
/// Ids are enums rather than strings so that the language catalogues can match on them
/// exhaustively: a question without a translation is a compile error, not a blank label.
macro_rules! id_enum {
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
        /// Written as its stable id (the `screen` command's JSON; the widget never serializes,
        /// so none of this is in its wasm).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use id_enum;

// The layers, bottom to top. Each file imports only from the layers above it in this list
// (`tests/architecture.rs` fails on an import that points the other way), so the domain has no
// import cycle and each layer can be read knowing only the ones before it.
pub mod ids;
pub mod resources;
pub mod bank;
pub mod answers;
pub mod conditions;
pub mod programmes;
pub mod outcome;
pub mod rules;
pub mod path;
mod assess;
pub mod file;
pub mod session;

pub use answers::{AnswerError, Answers};
pub use assess::{assess, hours};
pub use bank::Question;
pub use ids::{Area, Crisis, Level, OptionId, QuestionId, ResourceId, RuleId, Voice};
pub use outcome::{Flag, NextStep, Outcome};

/// The version of the question bank and the rules, shown on every result and printout.
pub const RULES_VERSION: &str = "2026.12.1";

/// The record of a review of these rules by a licensed clinician (who, when, which version),
/// or `None` while no review has been recorded: the result then says "not yet reviewed by a
/// licensed clinician".
pub const CLINICAL_REVIEW: Option<&str> = None;

