//! What a question is: how it is answered, its choices with their risk ranks, when it is
//! asked, what an unknown answer means and which instrument it belongs to.

use crate::screening::ids::{Area, Level, OptionId, QuestionId};


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

impl Choice {
    /// Whether this option means "I do not know" or "I will not say".
    pub fn is_unknown(&self) -> bool {
        is_unknown(self.id)
    }
}

/// Whether an option means "I do not know" or "I will not say".
pub fn is_unknown(o: OptionId) -> bool {
    matches!(o, OptionId::NotSure | OptionId::PreferNotToSay)
}

/// When a question is asked. Conditions are data so the docs can print them and a test can
/// check that every condition only looks at questions asked before it (so answering a later
/// question never changes what came before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Always asked.
    Always,
    /// Asked when that question was answered with any of these options.
    Chose(QuestionId, &'static [OptionId]),
    /// Asked when that question was answered with any of these options, or its answer is
    /// unknown (not answered, "not sure", "prefer not to say"). Used where not knowing must
    /// lead to the safer, longer path.
    Maybe(QuestionId, &'static [OptionId]),
    /// Asked unless that question was answered with one of these options.
    Unless(QuestionId, &'static [OptionId]),
    /// Asked when every condition holds.
    All(&'static [When]),
    /// Asked when any condition holds.
    Any(&'static [When]),
    /// Asked when some use is reported (or not known) and the level suggested by the answers
    /// so far is in this range (inclusive). Only the schedule questions use it: the schedule
    /// shapes the plan for a treatment level of alcohol or drug use, and never the level
    /// itself, so the rules never read those answers.
    LevelIn(Level, Level),
}

/// What "not sure" or "prefer not to say" (or no answer at all) means for a question. This is
/// the written unknown-answer policy; the rules follow it and the docs print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unknown {
    /// The question must be answered; it offers no unknown option.
    Required,
    /// An unknown counts toward the missing answers; no risk is assumed. Many missing answers
    /// make the result uncertain and at least outpatient.
    Missing,
    /// A danger check: for a family member or friend, "not sure" counts as yes (the safer
    /// reading); for the person themself it counts as missing and keeps 988 prominent.
    YesForLovedOne,
    /// An unknown is read as a risk sign (e.g. unknown withdrawal signs count as a sign), and
    /// opens the questions that follow from it.
    AsRisk,
    /// A suicide-screen question: declining shows 988 prominently but never forces an
    /// emergency.
    Declined988,
    /// A question that shapes only the plan or the next steps (the schedule, the loved one's
    /// willingness, PHQ-2, GAD-2 and the family's mood question, which add mental-health care
    /// but never raise the level): the rules never read it for the level, and an unknown never
    /// counts as missing. So declining the mood questions cannot make a result uncertain, and
    /// a family member (asked one mood question) and the person (asked four) are treated alike.
    NotRated,
}

/// A published instrument the bank uses, with its licence and citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instrument {
    /// AUDIT-C.
    AuditC,
    /// The 11 DSM-5 substance use disorder criteria.
    Dsm5Criteria,
    /// NIMH Ask Suicide-Screening Questions.
    Asq,
    /// PHQ-2.
    Phq2,
    /// GAD-2.
    Gad2,
}

impl Instrument {
    /// Where it comes from, its scoring and its licence (shown to clinicians in the docs).
    pub fn citation(self) -> &'static str {
        match self {
            Instrument::AuditC => "AUDIT-C: Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158:1789-95. Items 0-4 each, total 0-12; positive >= 4 for men, >= 3 for women; we do not ask sex and use the lower cut-off 3 for everyone. Public domain (SAMHSA-HRSA).",
            Instrument::Dsm5Criteria => "The 11 DSM-5 substance use disorder criteria as NIAAA asks them in its public self-check (NIAAA Alcohol Treatment Navigator; Rethinking Drinking): 2-3 mild, 4-5 moderate, 6+ severe (American Psychiatric Association, DSM-5, 2013). Our own wording; federal public material.",
            Instrument::Asq => "ASQ: NIMH Ask Suicide-Screening Questions toolkit (Horowitz LM et al., Arch Pediatr Adolesc Med 2012;166:1170-6; nimh.nih.gov ASQ toolkit). Any yes to items 1-4 is a positive screen; yes to the acuity question (right now) is imminent risk. Free federal toolkit.",
            Instrument::Phq2 => "PHQ-2: Kroenke K, Spitzer RL, Williams JB. The Patient Health Questionnaire-2. Med Care 2003;41:1284-92. Items 0-3, total 0-6, positive >= 3. No permission required (Pfizer).",
            Instrument::Gad2 => "GAD-2: Kroenke K, Spitzer RL, Williams JB, Monahan PO, Lowe B. Anxiety disorders in primary care. Ann Intern Med 2007;146:317-25. Items 0-3, total 0-6, positive >= 3. No permission required (Pfizer).",
        }
    }
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
    /// The area the question informs (`Area::Person` for context and schedule).
    pub area: Area,
    /// When it is asked.
    pub when: When,
    /// What an unknown answer means.
    pub unknown: Unknown,
    /// Whether the catalogues have a help text for it (a test checks they agree).
    pub has_help: bool,
    /// The published instrument it belongs to, if any.
    pub instrument: Option<Instrument>,
}

impl Question {
    /// The option with this id, if the question offers it.
    pub fn choice(&self, o: OptionId) -> Option<&'static Choice> {
        self.choices.iter().find(|c| c.id == o)
    }
    /// Whether option `o` stands alone ("none of these", "not sure", "prefer not to say"):
    /// it cannot be combined with another option of a multiple-choice question.
    pub fn is_exclusive(&self, o: OptionId) -> bool {
        self.choice(o).is_some_and(|c| c.exclusive)
    }
}

/// What an unknown answer still gives where the exceptions above allow a lower result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Floor {
    /// Nothing more than its policy says.
    None,
    /// 988 in the next steps (now, today, a same-day check, or "any time").
    Line988,
    /// The step that says when to call 911 in withdrawal.
    WatchSigns,
    /// At least outpatient and a full assessment.
    Assessment,
}
