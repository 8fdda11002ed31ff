//! What an assessment gives back: the level, the reasons, the flags that shape the next steps,
//! and the plan. The UI renders this and nothing else; it never decides anything itself.

use super::ids::{Area, Crisis, Level, OptionId, QuestionId, ResourceId, RuleId, Voice};
use super::programmes::Week;

/// One rule that fired, with the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub struct Reason {
    /// The rule.
    pub rule: RuleId,
    /// The area it rates.
    pub area: Area,
    /// The lowest level this rule asks for.
    pub at_least: Level,
    /// The answers that made it fire, so the result can name them.
    pub evidence: Vec<(QuestionId, OptionId)>,
    /// Of the evidence, the risk factors that decided it (age, illness, a past withdrawal…),
    /// so the sentence can name them and not only the list below it; and for a rule about use
    /// in general (the 11 signs, the home, mood with use), the substances chosen, as
    /// `(Substances, substance)`, so the sentence says which substances it is about.
    pub factors: Vec<(QuestionId, OptionId)>,
}

/// The rating of one area: the level it needs on its own, and the rules behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub struct AreaRating {
    /// The area.
    pub area: Area,
    /// The level this area needs on its own; `Early` when no rule in it fired.
    pub needs: Level,
    /// The rules that rated it.
    pub rules: Vec<RuleId>,
}

/// Something about the answers that changes the next steps, the resources or the wording of
/// the result, but not (by itself) the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(serde::Serialize)]
pub enum Flag {
    /// Mental-health care belongs in the plan (PHQ-2, GAD-2 or ASQ positive, psychosis signs).
    CoOccurring,
    /// Psychosis or mania signs: an urgent mental-health assessment.
    UrgentMentalHealth,
    /// A positive suicide screen without acute risk: talk to someone today (988).
    SuicideRisk,
    /// Suicide questions declined or unknown: 988 shown prominently.
    SuicideDeclined,
    /// The person is not sure whether they are in danger now: 988 shown prominently.
    DangerUnsure,
    /// Opioid use: medication for opioid use disorder is a lead next step.
    Moud,
    /// Naloxone and fentanyl test strips (opioids, pills not from a pharmacy, stimulants, or
    /// unknown substances).
    Naloxone,
    /// Recently left a place without use: tolerance is lower, overdose risk higher.
    LostTolerance,
    /// An overdose before.
    PastOverdose,
    /// Pregnant and using: prenatal-aware care.
    Pregnancy,
    /// Pregnant and using opioids: do not stop suddenly; medication is safe as prescribed.
    PregnancyOpioids,
    /// Under 18.
    Adolescent,
    /// Violence at home (adult): the domestic violence hotline.
    ViolenceAtHome,
    /// A young person hurt at home: Childhelp.
    ChildHurtAtHome,
    /// A family member or friend is answering.
    FamilyMode,
    /// The loved one is not (yet) willing to get help: CRAFT first.
    LovedOneUnwilling,
    /// The loved one may be willing ("maybe, or sometimes"), or the family member is not
    /// sure: CRAFT, worded for someone who is unsure rather than someone who said no.
    LovedOneUnsure,
    /// Many answers are missing: the suggestion is uncertain.
    Uncertain,
    /// A medical red flag: see a doctor today.
    MedicalRedFlag,
    /// Just finished residential care: a step down.
    StepDown,
    /// A prescribed sedative taken as directed: a slow, supervised taper with the prescriber.
    BenzoTaper,
    /// Sedative dependence beyond the prescription: medical supervision.
    SedativeSupervised,
    /// Alcohol or sedative dependence: do not stop suddenly on your own.
    DoNotStopSuddenly,
    /// No substance use was reported.
    NoUseReported,
    /// Opioids with sedatives or alcohol, or alcohol with sedatives.
    Mixing,
    /// Takes methadone or buprenorphine now: keep taking it.
    KeepMedicine,
    /// Opioids taken only as prescribed, not for opioid use disorder: the prescriber.
    OpioidPrescribed,
    /// No use for 3 months or more.
    Recovery,
    /// No steady housing or no support.
    HomeSupport,
    /// A suicide-screen or harm answer that is open: a same-day safety check.
    SameDaySafety,
    /// Naloxone for a supply from the street (test strips and not using alone belong to it).
    StreetSupply,
    /// The substances or the 11 signs are not known: a full assessment.
    KeyUnknown,
    /// Withdrawal signs now are not known: which signs mean 911.
    SignsNowUnknown,
}

/// One next step. The catalogue words each; the UI shows them in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(serde::Serialize)]
pub enum NextStep {
    /// Call 911 now.
    Call911,
    /// Overdose: 911, naloxone, rescue breathing, stay with them.
    OverdoseSteps,
    /// Call or text 988 now.
    Call988Now,
    /// A seizure: 911, keep them safe, on their side.
    SeizureSteps,
    /// Pregnant with opioids and alcohol/sedative dependence: go to a hospital today.
    HospitalToday,
    /// A medical red flag that cannot wait: the emergency room now.
    EmergencyRoomNow,
    /// A medical red flag: see a doctor today, 911 if severe.
    SeeDoctorToday,
    /// Do not stop suddenly on your own; talk to a doctor.
    DoNotStopSuddenly,
    /// Ask for medically supervised withdrawal, then the follow-on level.
    SupervisedWithdrawal,
    /// Prescribed sedative taken as directed: ask the prescriber for a slow, supervised taper.
    PrescriberTaper,
    /// Sedative dependence: a supervised taper or a 24-hour setting, as the doctor decides.
    SedativeSupervised,
    /// If confusion, hallucinations, a fever or a seizure come, call 911.
    WatchDangerSigns,
    /// Mixing opioids with sedatives or alcohol (or alcohol with sedatives) is the top
    /// overdose risk.
    Mixing,
    /// Talk to someone today: call or text 988.
    Talk988Today,
    /// A same-day safety check (988, a doctor, a crisis clinic).
    SameDaySafety,
    /// 988 is there any time, also for hard thoughts you did not want to share here.
    Keep988,
    /// An urgent mental-health assessment.
    UrgentMentalHealth,
    /// Look for a programme that treats mental health too.
    MentalHealthToo,
    /// No substance use: mental-health care (a doctor, a counselor, 988).
    MentalHealthCare,
    /// Pregnancy and opioids: do not stop suddenly; medication is safe as prescribed.
    MoudPregnancy,
    /// Ask about medication for opioid use disorder.
    Moud,
    /// Already on methadone or buprenorphine: keep taking it.
    KeepMedicine,
    /// Opioids as prescribed: keep to the prescription and talk to the prescriber.
    TalkToPrescriber,
    /// Prenatal care that knows about substance use.
    PrenatalCare,
    /// Naloxone and fentanyl test strips; do not use alone.
    Naloxone,
    /// Naloxone at home, for medicine from a pharmacy.
    NaloxoneHome,
    /// Lower tolerance after time away: overdose risk is higher.
    LostTolerance,
    /// The National Domestic Violence Hotline.
    DvHotline,
    /// The Childhelp hotline.
    Childhelp,
    /// The loved one is unwilling: CRAFT first.
    CraftFirst,
    /// The loved one may be willing, or the family member is not sure: CRAFT, to help them
    /// say yes.
    CraftUnsure,
    /// Support for the family member.
    FamilySupport,
    /// Programmes for teens.
    AdolescentProgram,
    /// Involve the family.
    FamilyInvolvement,
    /// A full assessment is the next step.
    FullAssessment,
    /// Keep going after residential care with a step-down programme.
    StepDown,
    /// Recovery: keep up what helps, and reach out early after a slip.
    ContinuingCare,
    /// Help with housing and support.
    HomeSupport,
    /// Talk to a treatment center about the suggested level.
    TalkToCenter,
    /// Find treatment: FindTreatment.gov and the SAMHSA helpline.
    FindTreatment,
    /// Self-guided support and mutual-help groups.
    SelfGuided,
    /// Check again later.
    CheckAgain,
}

/// When to take a next step, so the result can say "Today: …" rather than leave the person to
/// guess how urgent a step is. Where a step could fit two of these, it takes the sooner one:
/// acting early is never the unsafe choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum When {
    /// This minute: a danger now, or a warning that holds from this moment on.
    Now,
    /// Before the day ends.
    Today,
    /// Within the next few days.
    ThisWeek,
    /// Later on: the step names its own time ("in a month or two"), or nothing is pressing.
    Later,
    /// From now on: keeping something up, or what to do if something happens.
    Ongoing,
}

impl NextStep {
    /// When to take this step, for a result at `level`. The rules, step by step:
    /// - Now: calling 911 or 988, first aid, the emergency room (danger now); not stopping
    ///   alcohol or sedatives suddenly, not mixing, not using alone after time away (a
    ///   warning that is already needed at the next drink or dose).
    /// - Today: hospital care, a doctor for a red flag, a same-day safety or mental-health
    ///   check (the rules ask for them the same day); detox, a doctor for sedative dependence,
    ///   opioids in pregnancy, medicine for opioid use and naloxone for a supply from the street
    ///   (the risk of a seizure or an overdose does not wait a week); the violence and
    ///   Childhelp lines (safety first).
    /// - This week: a treatment center, finding treatment, a program for teens, mental-health
    ///   care or a program that treats it too, prenatal care, a full assessment, the step down after a live-in program,
    ///   housing help, CRAFT and family support, self-help, naloxone at home for a
    ///   prescription. For a 24-hour level (residential, withdrawal) the center is today:
    ///   those levels are for use or a home that cannot wait for the week.
    /// - Later: a slow taper with the prescriber (nothing should change fast) and checking
    ///   again in a month or two (the step says when).
    /// - From now on: keeping up medicine, the prescription or recovery, and what to do if
    ///   danger signs or hard thoughts come.
    pub fn when(self, level: Level) -> When {
        use NextStep as S;
        match self {
            S::Call911 | S::OverdoseSteps | S::Call988Now | S::SeizureSteps | S::EmergencyRoomNow => When::Now,
            S::DoNotStopSuddenly | S::Mixing | S::LostTolerance => When::Now,
            S::HospitalToday | S::SeeDoctorToday | S::SameDaySafety | S::Talk988Today | S::UrgentMentalHealth => When::Today,
            S::SupervisedWithdrawal | S::SedativeSupervised | S::MoudPregnancy | S::Moud | S::Naloxone => When::Today,
            S::DvHotline | S::Childhelp => When::Today,
            S::TalkToCenter | S::FindTreatment if level >= Level::Residential => When::Today,
            S::TalkToCenter | S::FindTreatment | S::AdolescentProgram | S::MentalHealthToo | S::MentalHealthCare => When::ThisWeek,
            S::PrenatalCare | S::FullAssessment | S::StepDown | S::HomeSupport | S::CraftFirst | S::CraftUnsure => When::ThisWeek,
            S::FamilySupport | S::FamilyInvolvement | S::SelfGuided | S::NaloxoneHome => When::ThisWeek,
            S::PrescriberTaper | S::CheckAgain => When::Later,
            S::KeepMedicine | S::TalkToPrescriber | S::ContinuingCare | S::WatchDangerSigns | S::Keep988 => When::Ongoing,
        }
    }
}

/// How many hours a level usually takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub enum Hours {
    /// No set hours (early support, or an emergency).
    None,
    /// About this many hours a week (inclusive); `max` is `None` for "or more".
    Weekly {
        /// The lowest.
        min: u8,
        /// The highest, if any.
        max: Option<u8>,
    },
    /// A 24-hour setting.
    AllDay,
}

/// Whether the stated schedule fits the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub enum Fit {
    /// No schedule needed (early support, an emergency).
    NotNeeded,
    /// The schedule was not given.
    Unknown,
    /// The stated hours fit.
    Fits,
    /// The stated hours are fewer than the level usually needs: the plan lists options.
    /// The level stays the same.
    DoesNotFit,
    /// A 24-hour setting: time away is needed.
    TimeAway,
}

/// A line of the plan about the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(serde::Serialize)]
pub enum PlanLine {
    /// The stated hours fit.
    HoursFit,
    /// The stated hours are fewer than needed; the level stays.
    HoursShort,
    /// Evening programmes fit.
    EveningsFit,
    /// Weekend programmes fit.
    WeekendsFit,
    /// Ask about evening programmes.
    AskEvening,
    /// Ask about weekend programmes.
    AskWeekend,
    /// Ask about online (telehealth) programmes.
    AskOnline,
    /// Job-protected leave (FMLA) can cover treatment.
    JobProtectedLeave,
    /// For teens: programmes after school; school can help.
    SchoolHours,
    /// For teens: IOP is about 6 or more hours a week.
    TeenIopHours,
    /// Ask about childcare.
    AskChildcare,
    /// Ask about transport, or online sessions.
    AskTransport,
    /// Ask about cost: insurance, Medicaid, sliding-scale fees, state-funded programmes.
    AskCost,
    /// A 24-hour setting means time away from home and work for a while.
    TimeAway,
    /// After withdrawal care, the follow-on level is planned with the team.
    FollowOn,
}

/// What the level involves and how the stated schedule fits it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub struct Plan {
    /// The level the plan is for.
    pub level: Level,
    /// The hours it usually takes (teen hours for under-18s).
    pub hours: Hours,
    /// How the stated schedule fits.
    pub fit: Fit,
    /// Concrete lines about the schedule, in order.
    pub lines: Vec<PlanLine>,
    /// The person's free times, for matching the center's programmes.
    pub week: Week,
    /// In family mode, the family member's own free times, for family sessions.
    pub family: Option<Week>,
}

/// The outcome of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(serde::Serialize)]
pub struct Outcome {
    /// The suggested starting level.
    pub level: Level,
    /// After medically supervised withdrawal: the treatment level that follows.
    pub then: Option<Level>,
    /// A crisis that must be shown at once, if any (always with `level == Emergency`).
    pub crisis: Option<Crisis>,
    /// Every crisis the answers show, most urgent first (`crisis` is the first). When two
    /// coincide, the result gives the steps of each.
    pub crises: Vec<Crisis>,
    /// The rating of each of the five rated areas.
    pub areas: Vec<AreaRating>,
    /// The rules that fired, highest level first.
    pub reasons: Vec<Reason>,
    /// Flags that shape the next steps, in a stable order.
    pub flags: Vec<Flag>,
    /// The next steps, in the order to show them.
    pub next_steps: Vec<NextStep>,
    /// What the level involves and how the schedule fits.
    pub plan: Plan,
    /// The resources to show, in order (the crisis lines and national helplines always).
    /// Written with each one's link target, so a reader of the JSON sees what is dialled.
    #[serde(serialize_with = "with_targets")]
    pub resources: Vec<ResourceId>,
    /// Whether many answers were missing.
    pub uncertain: bool,
    /// How many rated questions on the path were unanswered, "not sure" or "prefer not to say".
    pub unknown_answers: usize,
    /// Who the answers are about (wording only).
    pub voice: Voice,
    /// The age answer on the path, if any, "not sure" included (wording only: what a family
    /// member can say when they call).
    pub age: Option<OptionId>,
    /// The substances chosen on the path, in the bank's order (wording only: the same).
    pub substances: Vec<OptionId>,
}

impl Outcome {
    /// Whether a flag is set.
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
    /// Whether a rule fired.
    pub fn fired(&self, rule: RuleId) -> bool {
        self.reasons.iter().any(|r| r.rule == rule)
    }
    /// Whether a next step is listed.
    pub fn step(&self, step: NextStep) -> bool {
        self.next_steps.contains(&step)
    }
    /// Whether the answer is hospital care today: an emergency with no crisis now, which only
    /// pregnancy with opioids and an alcohol or sedative dependence gives (rule P1). One
    /// message covers it: a hospital starts opioid treatment and a supervised taper together,
    /// so the result says where to go rather than "call 911 or 988 now".
    pub fn hospital_today(&self) -> bool {
        self.level == Level::Emergency && self.crises.is_empty()
    }
    /// The first next step and when to take it: what the first screen of the result shows.
    pub fn first_step(&self) -> Option<(NextStep, When)> {
        self.next_steps.first().map(|s| (*s, s.when(self.level)))
    }
}

/// The resources as `{"id": …, "target": …}` objects, for the `screen` command's JSON.
fn with_targets<S: serde::Serializer>(resources: &[ResourceId], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeSeq};
    struct Linked(ResourceId);
    impl serde::Serialize for Linked {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("id", self.0.as_str())?;
            m.serialize_entry("target", self.0.target())?;
            m.end()
        }
    }
    let mut seq = s.serialize_seq(Some(resources.len()))?;
    for r in resources {
        seq.serialize_element(&Linked(*r))?;
    }
    seq.end()
}
