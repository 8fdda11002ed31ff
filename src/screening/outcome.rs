//! What an assessment gives back: the level, the reasons, the flags that shape the next steps,
//! and the plan. The UI renders this and nothing else; it never decides anything itself.

use super::bank::{OptionId, QuestionId};
use super::Level;

/// The five rated areas. The sixth, person-centred considerations (the schedule), shapes the
/// plan and never the level, so it is not rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// Intoxication and withdrawal.
    Withdrawal,
    /// Physical health.
    Physical,
    /// Mental health and safety.
    MentalHealth,
    /// Use and relapse risk.
    UseRisk,
    /// Recovery environment.
    Environment,
}

ids! {
    /// The id of a placement rule. Every rule that fires is reported with its reason.
    RuleId {
        /// Someone is in danger right now.
        DangerNow = "S1-danger-now",
    }
}

/// One rule that fired, with the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The rule.
    pub rule: RuleId,
    /// The area it rates.
    pub area: Area,
    /// The lowest level this rule asks for.
    pub at_least: Level,
    /// The answers that made it fire, so the result can name them.
    pub evidence: Vec<(QuestionId, OptionId)>,
}

/// The outcome of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The suggested starting level.
    pub level: Level,
    /// The rules that fired, highest level first.
    pub reasons: Vec<Reason>,
}
