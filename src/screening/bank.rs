//! The question bank as data: every question, its options with their risk ranks, when it is
//! asked, and what an unknown answer means. A clinician can review this table (see
//! `docs/question-bank.md`) without reading any rule code, and the flow, the rules and the
//! tests all read from it.
//!
//! Instruments (scored as published; see [`Instrument`] for citations and licences):
//! AUDIT-C (the three alcohol questions), PHQ-2, GAD-2, the NIMH ASQ suicide screen, and the
//! 11 DSM-5 use-disorder criteria counted as NIAAA describes. Every other question is our own.

use super::outcome::Area;
use super::Level;

ids! {
    /// The stable id of a question.
    QuestionId {
        /// Who is answering: the person themself or a family member or friend.
        WhoFor = "who_for",
        /// Is anyone in danger right now? Asked before anything else is asked about use.
        DangerNow = "danger_now",
        /// Age band.
        Age = "age",
        /// Which substances are used.
        Substances = "substances",
        /// AUDIT-C item 1: how often a drink with alcohol.
        AlcoholFreq = "alcohol_freq",
        /// AUDIT-C item 2: how many drinks on a typical drinking day.
        AlcoholAmount = "alcohol_amount",
        /// AUDIT-C item 3: how often six or more drinks on one occasion.
        AlcoholBinge = "alcohol_binge",
        /// When the last drink was. Last use is asked per substance: one question for
        /// "alcohol or sedatives" let a daily benzodiazepine user answer for an old drink.
        AlcoholLast = "alcohol_last",
        /// How often cannabis is used.
        CannabisFreq = "cannabis_freq",
        /// When cannabis was last used.
        CannabisLast = "cannabis_last",
        /// How often opioids are used.
        OpioidFreq = "opioid_freq",
        /// Where the opioids come from.
        OpioidSource = "opioid_source",
        /// When opioids were last used.
        OpioidLast = "opioid_last",
        /// How often sedatives (benzodiazepines, sleeping pills, GHB, gabapentin, phenibut,
        /// barbiturates) are used.
        SedativeFreq = "sedative_freq",
        /// Where the sedatives come from.
        SedativeSource = "sedative_source",
        /// When sedatives were last used.
        SedativeLast = "sedative_last",
        /// How often stimulants are used.
        StimulantFreq = "stimulant_freq",
        /// When stimulants were last used.
        StimulantLast = "stimulant_last",
        /// How often other drugs are used.
        OtherFreq = "other_freq",
        /// When other drugs were last used.
        OtherLast = "other_last",
        /// How long the daily heavy drinking has gone on (a withdrawal risk factor).
        HeavyYears = "heavy_years",
        /// Past withdrawal: seizures, delirium tremens, how often.
        WithdrawalHistory = "withdrawal_history",
        /// Withdrawal signs now or in the past week.
        WithdrawalNow = "withdrawal_now",
        /// The 11 use-disorder signs of the past year.
        UseSigns = "use_signs",
        /// Past and current treatment, and leaving jail, prison, a hospital or a program in the
        /// past month (lost tolerance).
        Treatment = "treatment",
        /// Overdose history.
        Overdose = "overdose",
        /// Family mode: has the loved one seemed very down or very anxious most days. PHQ-2 and
        /// GAD-2 are self-report instruments, so a family member is asked this instead.
        MoodObserved = "mood_observed",
        /// ASQ 1: wished to be dead, past few weeks.
        AsqWishDead = "asq_wish_dead",
        /// ASQ 2: felt others would be better off, past few weeks.
        AsqBetterOff = "asq_better_off",
        /// ASQ 3: thoughts of suicide, past week.
        AsqThoughts = "asq_thoughts",
        /// ASQ 4: ever tried to kill oneself.
        AsqTried = "asq_tried",
        /// Our own: was the last attempt in the past 3 months.
        AttemptRecent = "attempt_recent",
        /// Our own: a plan or the intent to act.
        SuicidePlan = "suicide_plan",
        /// ASQ acuity: thoughts of suicide right now.
        AsqRightNow = "asq_right_now",
        /// Psychosis or mania signs.
        Psychosis = "psychosis",
        /// Thoughts of hurting or killing someone else.
        HarmOthers = "harm_others",
        /// PHQ-2 item 1: little interest or pleasure.
        PhqInterest = "phq_interest",
        /// PHQ-2 item 2: feeling down or hopeless.
        PhqDown = "phq_down",
        /// GAD-2 item 1: nervous, anxious or on edge.
        GadNervous = "gad_nervous",
        /// GAD-2 item 2: cannot stop worrying.
        GadWorry = "gad_worry",
        /// Family mode: the sex the loved one was born with, asked only so that the pregnancy
        /// option is not offered where it cannot apply.
        Sex = "sex",
        /// Medical red flags now, serious illness, and pregnancy.
        Medical = "medical",
        /// Home: violence, others using, housing, support.
        Home = "home",
        /// Family mode: is the loved one willing to get help.
        Willing = "willing",
        /// Schedule: hours a week free.
        HoursFree = "hours_free",
        /// Schedule: which times of the week are free, and needs and barriers (online,
        /// childcare, transport, work, cost), in one checklist.
        ScheduleNeeds = "schedule_needs",
    }
}

ids! {
    /// The stable id of an answer option. An option id has one meaning wherever it is used
    /// ("yes", "never", "not sure"), so the catalogues word each one once.
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
        /// No one is in danger now.
        NoDanger = "no_danger",
        /// Someone has passed out and cannot be woken, or is barely breathing.
        CannotWake = "cannot_wake",
        /// Someone may kill or hurt themselves now.
        SuicideNow = "suicide_now",
        /// Someone may hurt another person now.
        HarmOthersNow = "harm_others_now",
        /// A seizure or another medical emergency now.
        MedicalNow = "medical_now",
        /// Someone is being hurt or threatened now.
        ViolenceNow = "violence_now",
        /// Under 18.
        Under18 = "under_18",
        /// 18 to 64.
        Age18To64 = "age_18_64",
        /// 65 or older.
        Age65Plus = "age_65_plus",
        /// Born male.
        Male = "male",
        /// Born female.
        Female = "female",
        /// Alcohol.
        Alcohol = "alcohol",
        /// Cannabis.
        Cannabis = "cannabis",
        /// Opioids, incl. fentanyl, heroin and pain pills.
        Opioids = "opioids",
        /// Sedatives: benzodiazepines, sleeping pills, GHB, gabapentin, phenibut, barbiturates.
        Sedatives = "sedatives",
        /// Stimulants: methamphetamine, cocaine, pills like Adderall not as prescribed.
        Stimulants = "stimulants",
        /// Other drugs.
        OtherDrugs = "other_drugs",
        /// None of these substances.
        NoSubstances = "no_substances",
        /// Never.
        Never = "never",
        /// AUDIT-C 1: monthly or less.
        MonthlyOrLess = "monthly_or_less",
        /// AUDIT-C 1: 2 to 4 times a month.
        TwoToFourMonth = "two_to_four_a_month",
        /// AUDIT-C 1: 2 to 3 times a week.
        TwoToThreeWeek = "two_to_three_a_week",
        /// AUDIT-C 1: 4 or more times a week.
        FourPlusWeek = "four_plus_a_week",
        /// AUDIT-C 2: 1 or 2 drinks.
        Drinks1To2 = "drinks_1_2",
        /// AUDIT-C 2: 3 or 4 drinks.
        Drinks3To4 = "drinks_3_4",
        /// AUDIT-C 2: 5 or 6 drinks.
        Drinks5To6 = "drinks_5_6",
        /// AUDIT-C 2: 7 to 9 drinks.
        Drinks7To9 = "drinks_7_9",
        /// AUDIT-C 2: 10 or more drinks.
        Drinks10Plus = "drinks_10_plus",
        /// AUDIT-C 3: less than monthly.
        LessThanMonthly = "less_than_monthly",
        /// AUDIT-C 3: monthly.
        Monthly = "monthly",
        /// AUDIT-C 3: weekly.
        Weekly = "weekly",
        /// AUDIT-C 3: daily or almost daily.
        DailyOrAlmost = "daily_or_almost",
        /// Drug frequency: less than once a week.
        LessThanWeekly = "less_than_weekly",
        /// Drug frequency: 1 or 2 days a week.
        OneTwoDaysWeek = "one_two_days_a_week",
        /// Drug frequency: 3 to 6 days a week.
        ThreeSixDaysWeek = "three_six_days_a_week",
        /// Drug frequency: every day or almost every day.
        EveryDay = "every_day",
        /// Prescribed and taken as the doctor said.
        PrescribedAsDirected = "prescribed_as_directed",
        /// Prescribed, but more is taken than prescribed.
        PrescribedMore = "prescribed_more",
        /// Pills not from a pharmacy (friends, the street, online).
        NotFromPharmacy = "not_from_pharmacy",
        /// Heroin or fentanyl (powder, not pills).
        HeroinFentanyl = "heroin_fentanyl",
        /// Last use: today.
        Today = "today",
        /// Last use: 1 to 3 days ago.
        Days1To3 = "days_1_3",
        /// Last use: 4 to 7 days ago.
        Days4To7 = "days_4_7",
        /// Last use: 1 to 4 weeks ago.
        Weeks1To4 = "weeks_1_4",
        /// Last use: 1 to 3 months ago.
        Months1To3 = "months_1_3",
        /// Last use: 3 to 12 months ago (DSM-5 early remission begins at 3 months).
        Months3To12 = "months_3_12",
        /// Daily heavy drinking for less than a year.
        UnderYear = "under_a_year",
        /// Daily heavy drinking for a year or more.
        YearOrMore = "a_year_or_more",
        /// A seizure when stopping or cutting down, ever.
        PastSeizure = "past_seizure",
        /// Delirium tremens, ever.
        PastDts = "past_dts",
        /// Withdrawal three or more times.
        PastWithdrawalMany = "past_withdrawal_many",
        /// Withdrawal before (shakes, sweats, feeling sick).
        PastWithdrawal = "past_withdrawal",
        /// Never had withdrawal.
        NoWithdrawal = "no_withdrawal",
        /// Shakes or sweats.
        ShakesSweats = "shakes_sweats",
        /// Sick stomach, racing heart, restless, cannot sleep.
        SickRestless = "sick_restless",
        /// Seeing or hearing things that are not there.
        Hallucinations = "hallucinations",
        /// Confused, not knowing where they are.
        Confusion = "confusion",
        /// High fever.
        Fever = "fever",
        /// A seizure now or in the past day.
        SeizureNow = "seizure_now",
        /// None of these signs now.
        NoneNow = "none_now",
        /// Criterion 1: more, or longer, than meant.
        MoreThanMeant = "more_than_meant",
        /// Criterion 2: wanted or tried to cut down and could not.
        CantCutDown = "cant_cut_down",
        /// Criterion 3: a lot of time spent getting, using, recovering.
        LotsOfTime = "lots_of_time",
        /// Criterion 4: cravings.
        Cravings = "cravings",
        /// Criterion 5: failing duties at home, work or school.
        RoleFailure = "role_failure",
        /// Criterion 6: kept using despite trouble with family or friends.
        SocialProblems = "social_problems",
        /// Criterion 7: gave up activities.
        GaveUpActivities = "gave_up_activities",
        /// Criterion 8: use in risky situations.
        RiskySituations = "risky_situations",
        /// Criterion 9: kept using despite health or mood harm.
        UseDespiteHarm = "use_despite_harm",
        /// Criterion 10: tolerance.
        Tolerance = "tolerance",
        /// Criterion 11: withdrawal.
        WithdrawalSign = "withdrawal_sign",
        /// None of the 11 signs.
        NoSigns = "no_signs",
        /// Had treatment before.
        TreatmentBefore = "treatment_before",
        /// Finished a residential programme in the past month.
        FinishedResidential = "finished_residential",
        /// Takes methadone, buprenorphine or naltrexone now.
        MoudNow = "moud_now",
        /// No treatment so far, and no recent release.
        NoTreatment = "no_treatment",
        /// Overdosed in the past year.
        OverdosePastYear = "overdose_past_year",
        /// Overdosed, more than a year ago.
        OverdoseEarlier = "overdose_earlier",
        /// Left jail or prison in the past month.
        LeftJail = "left_jail",
        /// Left a hospital in the past month.
        LeftHospital = "left_hospital",
        /// Left a detox or treatment programme in the past month.
        LeftProgram = "left_program",
        /// Stayed in a hospital or crisis unit for mental health in the past 6 months.
        PsychStay = "psych_stay",
        /// Has a plan for how.
        HasPlan = "has_plan",
        /// Means to act on the thoughts.
        HasIntent = "has_intent",
        /// Neither a plan nor intent.
        Neither = "neither",
        /// PHQ-2/GAD-2: not at all (0).
        NotAtAll = "not_at_all",
        /// PHQ-2/GAD-2: several days (1).
        SeveralDays = "several_days",
        /// PHQ-2/GAD-2: more than half the days (2).
        MoreThanHalf = "more_than_half",
        /// PHQ-2/GAD-2: nearly every day (3).
        NearlyEveryDay = "nearly_every_day",
        /// Hearing or seeing things others do not.
        HearsVoices = "hears_voices",
        /// Feeling watched, followed, or that people mean harm.
        Paranoia = "paranoia",
        /// Days with little or no sleep while full of energy.
        NoSleepEnergy = "no_sleep_energy",
        /// None of these.
        NoPsychosis = "no_psychosis",
        /// Chest pain now or in the past few days.
        ChestPain = "chest_pain",
        /// Vomiting blood or passing black stools.
        VomitingBlood = "vomiting_blood",
        /// Yellow skin or eyes with confusion.
        YellowConfused = "yellow_confused",
        /// Trouble breathing.
        BreathingTrouble = "breathing_trouble",
        /// A serious long-term illness.
        SeriousIllness = "serious_illness",
        /// Pregnant, or might be.
        Pregnant = "pregnant",
        /// None of these health problems.
        NoMedical = "no_medical",
        /// Violence at home.
        Violence = "violence",
        /// Others at home use alcohol or drugs.
        OthersUse = "others_use",
        /// No steady, safe place to live.
        NoHousing = "no_housing",
        /// No one who supports recovery.
        NoSupport = "no_support",
        /// None of these home problems.
        HomeOk = "home_ok",
        /// The loved one is willing to get help.
        WillingYes = "willing_yes",
        /// Maybe willing.
        WillingMaybe = "willing_maybe",
        /// Not willing yet.
        WillingNo = "willing_no",
        /// Under 6 hours a week free.
        HoursUnder6 = "hours_under_6",
        /// 6 to 8 hours a week.
        Hours6To8 = "hours_6_8",
        /// 9 to 19 hours a week.
        Hours9To19 = "hours_9_19",
        /// 20 or more hours a week.
        Hours20Plus = "hours_20_plus",
        /// Weekday mornings.
        Mornings = "mornings",
        /// Weekday afternoons.
        Afternoons = "afternoons",
        /// Weekday evenings.
        Evenings = "evenings",
        /// Weekends.
        Weekends = "weekends",
        /// Online sessions preferred or needed.
        PreferOnline = "prefer_online",
        /// In-person sessions preferred.
        PreferInPerson = "prefer_in_person",
        /// Needs childcare.
        NeedChildcare = "need_childcare",
        /// Needs transport.
        NeedTransport = "need_transport",
        /// Work or school makes time off hard.
        WorkSchoolConflict = "work_school_conflict",
        /// Worried about cost or insurance.
        CostWorry = "cost_worry",
        /// None of these needs.
        NoNeeds = "no_needs",
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
}

const fn r(id: OptionId, rank: u8) -> Choice {
    Choice { id, rank: Some(rank), exclusive: false }
}
/// An exclusive option with a rank ("none of these" = 0).
const fn rx(id: OptionId, rank: u8) -> Choice {
    Choice { id, rank: Some(rank), exclusive: true }
}
/// An option with no risk order that can be combined with others (a context).
const fn ctx(id: OptionId) -> Choice {
    Choice { id, rank: None, exclusive: false }
}
/// An exclusive option with no risk order (who is answering, an unknown).
const fn ux(id: OptionId) -> Choice {
    Choice { id, rank: None, exclusive: true }
}

use OptionId as O;
use QuestionId as Q;

const NOT_SURE: Choice = ux(O::NotSure);
const PREFER_NOT: Choice = ux(O::PreferNotToSay);

const YES_NO: &[Choice] = &[r(O::Yes, 1), r(O::No, 0), NOT_SURE, PREFER_NOT];

/// How often a drug is used (our own bands; the weekly line matters for withdrawal).
const DRUG_FREQ: &[Choice] = &[
    r(O::LessThanWeekly, 0),
    r(O::OneTwoDaysWeek, 1),
    r(O::ThreeSixDaysWeek, 2),
    r(O::EveryDay, 3),
    NOT_SURE,
    PREFER_NOT,
];

/// PHQ-2 and GAD-2 answer scale, scored 0-3 as published.
const PHQ_SCALE: &[Choice] = &[
    r(O::NotAtAll, 0),
    r(O::SeveralDays, 1),
    r(O::MoreThanHalf, 2),
    r(O::NearlyEveryDay, 3),
    NOT_SURE,
    PREFER_NOT,
];

/// Any substance chosen, or the substances are unknown: the use questions apply.
const USES_ANY: When = When::Maybe(
    Q::Substances,
    &[O::Alcohol, O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs],
);

/// The last-use answers that mean use in the past month: the window in which stopping can
/// bring withdrawal, and in which past-year signs describe use now.
pub(crate) const PAST_MONTH: &[OptionId] = &[O::Today, O::Days1To3, O::Days4To7, O::Weeks1To4];

/// A drug taken 3 or more days a week (or how often is not known). Regular use of a sedative
/// for weeks is physical dependence (SAMHSA TIP 45, Detoxification and Substance Abuse
/// Treatment, ch. 4, sedative-hypnotics; ASAM alcohol withdrawal guideline 2020 on
/// benzodiazepine and barbiturate dependence as a risk factor).
pub(crate) const REGULAR: &[OptionId] = &[O::ThreeSixDaysWeek, O::EveryDay];

/// The withdrawal history question: alcohol weekly or more (AUDIT-C item 1 at "2-4 times a
/// month" or more, which includes weekly), any sedative use, other drugs taken 3+ days a week
/// (phenibut, GHB and kratom are often ticked there), or any of it unknown; and in every case
/// only while one of them was used in the past month (or when is not known). Source:
/// clinical-basis §4 (ask for weekly-or-more, not only daily, and about the month before a
/// recent stop; any past seizure or DTs in someone asked → at least withdrawal); ASAM alcohol
/// withdrawal guideline 2020 for why sedatives count. Someone who stopped over a month ago is
/// past the withdrawal window: there is nothing to withdraw from.
const WITHDRAWAL_GATE: When = When::All(&[
    WITHDRAWAL_USE,
    When::Any(&[
        When::Maybe(Q::AlcoholLast, PAST_MONTH),
        When::Maybe(Q::SedativeLast, PAST_MONTH),
        When::Maybe(Q::OtherLast, PAST_MONTH),
        When::Chose(Q::Substances, &[O::NotSure, O::PreferNotToSay]),
    ]),
]);

/// The use that opens the withdrawal questions, whenever the last use was. Signs happening now
/// (`withdrawal_now`) are asked on this alone: if a last-use answer is wrong (a family member
/// may not know), confusion, hallucinations or a fever must still bring the emergency card.
const WITHDRAWAL_USE: When = When::Any(&[
    When::All(&[
        When::Chose(Q::Substances, &[O::Alcohol]),
        When::Maybe(Q::AlcoholFreq, &[O::TwoToFourMonth, O::TwoToThreeWeek, O::FourPlusWeek]),
    ]),
    When::Chose(Q::Substances, &[O::Sedatives, O::NotSure, O::PreferNotToSay]),
    When::All(&[When::Chose(Q::Substances, &[O::OtherDrugs]), When::Maybe(Q::OtherFreq, REGULAR)]),
    // A recent stop, or a last drink not known (its unknown policy opens what follows).
    When::Maybe(Q::AlcoholLast, &[O::Days1To3, O::Days4To7, O::Weeks1To4]),
]);

/// Daily heavy drinking, as rules W2 and W5 read it: AUDIT-C item 1 at 4+ times a week, and 5+
/// drinks on a drinking day (item 2) or 6+ at one time daily or almost daily (item 3). The
/// options are written once, here, for the rules and for when `heavy_years` is asked.
pub(crate) const DRINKS_MOST_DAYS: &[OptionId] = &[O::FourPlusWeek];
/// See [`DRINKS_MOST_DAYS`].
pub(crate) const HEAVY_AMOUNTS: &[OptionId] = &[O::Drinks5To6, O::Drinks7To9, O::Drinks10Plus];
/// 3 or 4 drinks a day: heavy for someone 65 or older (NIAAA: no more than 7 drinks a week and
/// 3 on any day after 65), and the band that "4 to 5 glasses of wine" falls into when a glass
/// is counted as one drink (a restaurant glass is often 1.5 to 2 standard drinks).
pub(crate) const MIDDLE_AMOUNT: &[OptionId] = &[O::Drinks3To4];
/// See [`DRINKS_MOST_DAYS`].
pub(crate) const DAILY_BINGES: &[OptionId] = &[O::DailyOrAlmost];

/// The last-use question of a substance: asked right after its frequency. Unknown is read as
/// use in the past month (the safer reading for withdrawal and for the signs).
const LAST_USE: &[Choice] = &[
    ux(O::Today),
    ux(O::Days1To3),
    ux(O::Days4To7),
    ux(O::Weeks1To4),
    ux(O::Months1To3),
    ux(O::Months3To12),
    NOT_SURE,
    PREFER_NOT,
];

const fn last_use(id: QuestionId, area: Area, when: When) -> Question {
    Question { id, kind: Kind::Single, choices: LAST_USE, area, when, unknown: Unknown::AsRisk, has_help: false, instrument: None }
}

/// Where pregnancy matters for the rules: some use reported (or not known), and an age under
/// 65 (or not known).
const PREGNANCY_RELEVANT: When = When::All(&[USES_ANY, When::Unless(Q::Age, &[O::Age65Plus])]);

/// The person answers for themself. PHQ-2 and GAD-2 are self-report instruments (Kroenke et al.),
/// so they are asked only then; a family member gets one question about what they have seen.
const SELF: When = When::Chose(Q::WhoFor, &[O::Myself]);

/// Any answer to the first three ASQ items is yes, or not known. The NIMH ASQ pathway treats a
/// declined item like a yes: the acuity questions are asked (ASQ toolkit, "if the patient
/// refuses to answer, consider a positive screen"); declining them never forces an emergency.
const ASQ_IDEATION: When = When::Any(&[
    When::Maybe(Q::AsqWishDead, &[O::Yes]),
    When::Maybe(Q::AsqBetterOff, &[O::Yes]),
    When::Maybe(Q::AsqThoughts, &[O::Yes]),
]);

/// Every question in the order it is asked.
pub const BANK: &[Question] = &[
    Question {
        id: Q::WhoFor,
        kind: Kind::Single,
        choices: &[ux(O::Myself), ux(O::SomeoneElse)],
        area: Area::Person,
        when: When::Always,
        unknown: Unknown::Required,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::DangerNow,
        kind: Kind::Multiple,
        choices: &[
            rx(O::NoDanger, 0),
            r(O::CannotWake, 2),
            r(O::SuicideNow, 2),
            r(O::HarmOthersNow, 2),
            r(O::MedicalNow, 2),
            r(O::ViolenceNow, 2),
            rx(O::NotSure, 1),
        ],
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::YesForLovedOne,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::Age,
        kind: Kind::Single,
        // Age groups carry no single risk order (a teen's risks differ from an older adult's),
        // so age is left out of the monotonicity property; 65+ is a withdrawal risk factor
        // (ASAM 2020) and the escalation table checks it.
        choices: &[ux(O::Under18), ux(O::Age18To64), ux(O::Age65Plus), PREFER_NOT],
        area: Area::Person,
        when: When::Always,
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::Substances,
        kind: Kind::Multiple,
        choices: &[
            r(O::Alcohol, 1),
            r(O::Cannabis, 1),
            r(O::Opioids, 1),
            r(O::Sedatives, 1),
            r(O::Stimulants, 1),
            r(O::OtherDrugs, 1),
            rx(O::NoSubstances, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::Always,
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::AlcoholFreq,
        kind: Kind::Single,
        choices: &[
            r(O::Never, 0),
            r(O::MonthlyOrLess, 1),
            r(O::TwoToFourMonth, 2),
            r(O::TwoToThreeWeek, 3),
            r(O::FourPlusWeek, 4),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::Alcohol]),
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: Some(Instrument::AuditC),
    },
    Question {
        id: Q::AlcoholAmount,
        kind: Kind::Single,
        choices: &[
            r(O::Drinks1To2, 0),
            r(O::Drinks3To4, 1),
            r(O::Drinks5To6, 2),
            r(O::Drinks7To9, 3),
            r(O::Drinks10Plus, 4),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::All(&[
            When::Chose(Q::Substances, &[O::Alcohol]),
            When::Unless(Q::AlcoholFreq, &[O::Never]),
        ]),
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: Some(Instrument::AuditC),
    },
    Question {
        id: Q::AlcoholBinge,
        kind: Kind::Single,
        choices: &[
            r(O::Never, 0),
            r(O::LessThanMonthly, 1),
            r(O::Monthly, 2),
            r(O::Weekly, 3),
            r(O::DailyOrAlmost, 4),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::All(&[
            When::Chose(Q::Substances, &[O::Alcohol]),
            When::Unless(Q::AlcoholFreq, &[O::Never]),
        ]),
        unknown: Unknown::AsRisk,
        has_help: false,
        instrument: Some(Instrument::AuditC),
    },
    // Asked even after "never" to how often: someone who drank in the past year and has
    // stopped answers "never" for now, and the last drink is what says how long ago.
    last_use(Q::AlcoholLast, Area::Withdrawal, When::Chose(Q::Substances, &[O::Alcohol])),
    Question {
        id: Q::CannabisFreq,
        kind: Kind::Single,
        choices: DRUG_FREQ,
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::Cannabis]),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    last_use(Q::CannabisLast, Area::UseRisk, When::Chose(Q::Substances, &[O::Cannabis])),
    Question {
        id: Q::OpioidFreq,
        kind: Kind::Single,
        choices: DRUG_FREQ,
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::Opioids]),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::OpioidSource,
        kind: Kind::Multiple,
        choices: &[
            r(O::PrescribedAsDirected, 0),
            r(O::PrescribedMore, 1),
            r(O::NotFromPharmacy, 2),
            r(O::HeroinFentanyl, 2),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::Opioids]),
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    last_use(Q::OpioidLast, Area::UseRisk, When::Chose(Q::Substances, &[O::Opioids])),
    Question {
        id: Q::SedativeFreq,
        kind: Kind::Single,
        choices: DRUG_FREQ,
        area: Area::Withdrawal,
        when: When::Chose(Q::Substances, &[O::Sedatives]),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::SedativeSource,
        kind: Kind::Multiple,
        choices: &[
            r(O::PrescribedAsDirected, 0),
            r(O::PrescribedMore, 1),
            r(O::NotFromPharmacy, 2),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Withdrawal,
        when: When::Chose(Q::Substances, &[O::Sedatives]),
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    last_use(Q::SedativeLast, Area::Withdrawal, When::Chose(Q::Substances, &[O::Sedatives])),
    Question {
        id: Q::StimulantFreq,
        kind: Kind::Single,
        choices: DRUG_FREQ,
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::Stimulants]),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    last_use(Q::StimulantLast, Area::UseRisk, When::Chose(Q::Substances, &[O::Stimulants])),
    Question {
        id: Q::OtherFreq,
        kind: Kind::Single,
        choices: DRUG_FREQ,
        area: Area::UseRisk,
        when: When::Chose(Q::Substances, &[O::OtherDrugs]),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    last_use(Q::OtherLast, Area::UseRisk, When::Chose(Q::Substances, &[O::OtherDrugs])),
    Question {
        id: Q::HeavyYears,
        kind: Kind::Single,
        choices: &[r(O::UnderYear, 0), r(O::YearOrMore, 1), NOT_SURE, PREFER_NOT],
        area: Area::Withdrawal,
        // "Long heavy drinking" is a risk factor for hard withdrawal (clinical-basis §4; ASAM
        // alcohol withdrawal guideline 2020, Rec. II.5), and only rule W2 reads it: daily heavy
        // drinking plus any one risk factor means withdrawal care. So it is asked only where
        // its answer can decide W2 (issue 16, a shorter run): drinking on most days (or how
        // often not known), heavy as W2 reads it below 65 (5 to 9 drinks, or daily binges or
        // binges not known), a drink in the past month, and none of W2's other risk factors
        // already known from the answers before it. Those are 65 or older, 10 or more drinks,
        // a last drink 1 to 3 days ago, any other substance, and an unknown age, amount or last
        // drink (each read as the risk). Where one of them is there, W2 holds whatever this
        // answer is; where the drinking is not daily and heavy, W2 cannot hold. Either way the
        // answer could change nothing but its own name in the list of risk factors.
        when: When::All(&[
            When::Maybe(Q::AlcoholFreq, DRINKS_MOST_DAYS),
            When::Chose(Q::AlcoholLast, &[O::Today, O::Days4To7, O::Weeks1To4]),
            When::Chose(Q::Age, &[O::Under18, O::Age18To64]),
            When::Unless(Q::Substances, &[O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs]),
            When::Any(&[
                When::Chose(Q::AlcoholAmount, &[O::Drinks5To6, O::Drinks7To9]),
                When::All(&[
                    When::Chose(Q::AlcoholAmount, &[O::Drinks1To2, O::Drinks3To4]),
                    When::Maybe(Q::AlcoholBinge, DAILY_BINGES),
                ]),
            ]),
        ]),
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::WithdrawalHistory,
        kind: Kind::Multiple,
        choices: &[
            r(O::PastSeizure, 2),
            r(O::PastDts, 2),
            r(O::PastWithdrawalMany, 1),
            r(O::PastWithdrawal, 1),
            rx(O::NoWithdrawal, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Withdrawal,
        when: WITHDRAWAL_GATE,
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::WithdrawalNow,
        kind: Kind::Multiple,
        choices: &[
            r(O::ShakesSweats, 1),
            r(O::SickRestless, 1),
            r(O::Hallucinations, 2),
            r(O::Confusion, 2),
            r(O::Fever, 2),
            r(O::SeizureNow, 2),
            rx(O::NoneNow, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Withdrawal,
        when: WITHDRAWAL_USE,
        unknown: Unknown::AsRisk,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::UseSigns,
        kind: Kind::Multiple,
        choices: &[
            r(O::MoreThanMeant, 1),
            r(O::CantCutDown, 1),
            r(O::LotsOfTime, 1),
            r(O::Cravings, 1),
            r(O::RoleFailure, 1),
            r(O::SocialProblems, 1),
            r(O::GaveUpActivities, 1),
            r(O::RiskySituations, 1),
            r(O::UseDespiteHarm, 1),
            r(O::Tolerance, 1),
            r(O::WithdrawalSign, 1),
            rx(O::NoSigns, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: USES_ANY,
        unknown: Unknown::Missing,
        has_help: true,
        instrument: Some(Instrument::Dsm5Criteria),
    },
    Question {
        id: Q::Treatment,
        kind: Kind::Multiple,
        // Treatment history is context, not a risk order: "just finished a residential
        // programme" calls for a step-down, which is not more or less risk than none. Leaving
        // jail, prison, a hospital or a program in the past month is ranked: tolerance drops
        // with time without use, so the old amount can cause an overdose (clinical-basis §4
        // "Opioids"). One question instead of two keeps the run short.
        choices: &[
            ctx(O::TreatmentBefore),
            ctx(O::FinishedResidential),
            ctx(O::MoudNow),
            r(O::LeftJail, 1),
            r(O::LeftHospital, 1),
            r(O::LeftProgram, 1),
            r(O::PsychStay, 1),
            ux(O::NoTreatment),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        // Asked of everyone: someone with no use in the past year may have just left prison
        // (lost tolerance), and a mental-health stay matters whatever the use.
        when: When::Always,
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::Overdose,
        kind: Kind::Single,
        choices: &[
            r(O::OverdosePastYear, 2),
            r(O::OverdoseEarlier, 1),
            r(O::Never, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::UseRisk,
        when: When::Maybe(
            Q::Substances,
            &[O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs],
        ),
        unknown: Unknown::Missing,
        has_help: true,
        instrument: None,
    },
    // A family member meets the suicide questions after a gentler one about mood, whose help
    // text says what comes next and why every family is asked (issue 16: five suicide and
    // violence questions in a row were hard on a tired parent). Mood before suicide is the
    // order of the PHQ-9 (Kroenke K, Spitzer RL, Williams JB, J Gen Intern Med 2001;16:606-13,
    // item 9 last), and asking about suicide does not put the idea in anyone's head (Dazzi T et
    // al., Psychol Med 2014;44:3361-3; the NIMH ASQ toolkit says the same to families). The
    // ASQ items keep their order, and the acuity question still follows any yes.
    Question {
        id: Q::MoodObserved,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Chose(Q::WhoFor, &[O::SomeoneElse]),
        unknown: Unknown::NotRated,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::AsqWishDead,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::YesForLovedOne,
        has_help: false,
        instrument: Some(Instrument::Asq),
    },
    Question {
        id: Q::AsqBetterOff,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::YesForLovedOne,
        has_help: false,
        instrument: Some(Instrument::Asq),
    },
    Question {
        id: Q::AsqThoughts,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::YesForLovedOne,
        has_help: false,
        instrument: Some(Instrument::Asq),
    },
    Question {
        id: Q::AsqTried,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::YesForLovedOne,
        has_help: false,
        instrument: Some(Instrument::Asq),
    },
    Question {
        id: Q::AttemptRecent,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Maybe(Q::AsqTried, &[O::Yes]),
        unknown: Unknown::Declined988,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::SuicidePlan,
        kind: Kind::Multiple,
        choices: &[r(O::HasPlan, 1), r(O::HasIntent, 1), rx(O::Neither, 0), NOT_SURE, PREFER_NOT],
        area: Area::MentalHealth,
        when: ASQ_IDEATION,
        unknown: Unknown::Declined988,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::AsqRightNow,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Any(&[ASQ_IDEATION, When::Maybe(Q::AsqTried, &[O::Yes])]),
        unknown: Unknown::YesForLovedOne,
        has_help: false,
        instrument: Some(Instrument::Asq),
    },
    // Psychosis sits between the suicide screen and the question about harming others, so
    // the hardest questions do not come five in a row. Both stay early in the run, and rule
    // S11 (psychosis with thoughts of harm) reads them together whichever comes first: the
    // card comes up on the second of the two answers.
    Question {
        id: Q::Psychosis,
        kind: Kind::Multiple,
        choices: &[
            r(O::HearsVoices, 1),
            r(O::Paranoia, 1),
            r(O::NoSleepEnergy, 1),
            rx(O::NoPsychosis, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::HarmOthers,
        kind: Kind::Single,
        choices: YES_NO,
        area: Area::MentalHealth,
        when: When::Always,
        unknown: Unknown::Declined988,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::PhqInterest,
        kind: Kind::Single,
        choices: PHQ_SCALE,
        area: Area::MentalHealth,
        when: SELF,
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: Some(Instrument::Phq2),
    },
    Question {
        id: Q::PhqDown,
        kind: Kind::Single,
        choices: PHQ_SCALE,
        area: Area::MentalHealth,
        when: SELF,
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: Some(Instrument::Phq2),
    },
    Question {
        id: Q::GadNervous,
        kind: Kind::Single,
        choices: PHQ_SCALE,
        area: Area::MentalHealth,
        when: SELF,
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: Some(Instrument::Gad2),
    },
    Question {
        id: Q::GadWorry,
        kind: Kind::Single,
        choices: PHQ_SCALE,
        area: Area::MentalHealth,
        when: SELF,
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: Some(Instrument::Gad2),
    },
    // The pregnancy option of the next question cannot apply to a son, and a parent should
    // not be asked it (issue 16). The person answering for themself knows, and skips a line;
    // a family member is asked this instead, only where the option would be offered. An
    // unknown keeps the option offered (the safer reading), so declining costs nothing. The
    // sex at birth, not the gender, because that is what pregnancy depends on.
    Question {
        id: Q::Sex,
        kind: Kind::Single,
        choices: &[ux(O::Male), ux(O::Female), PREFER_NOT],
        area: Area::Person,
        when: When::All(&[When::Chose(Q::WhoFor, &[O::SomeoneElse]), PREGNANCY_RELEVANT]),
        unknown: Unknown::NotRated,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::Medical,
        kind: Kind::Multiple,
        choices: &[
            r(O::ChestPain, 2),
            r(O::VomitingBlood, 2),
            r(O::YellowConfused, 2),
            r(O::BreathingTrouble, 2),
            r(O::SeriousIllness, 1),
            // Pregnancy sits here rather than in a question of its own: one question fewer for
            // everyone. "Or might be" is read as pregnant, the safer reading. Offered only
            // when it can apply and is relevant (see OPTION_CONDITIONS).
            r(O::Pregnant, 1),
            rx(O::NoMedical, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Physical,
        when: When::Always,
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::Home,
        kind: Kind::Multiple,
        choices: &[
            r(O::Violence, 2),
            r(O::OthersUse, 1),
            r(O::NoHousing, 1),
            r(O::NoSupport, 1),
            rx(O::HomeOk, 0),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Environment,
        when: When::Always,
        unknown: Unknown::Missing,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::Willing,
        kind: Kind::Single,
        choices: &[r(O::WillingYes, 0), r(O::WillingMaybe, 1), r(O::WillingNo, 2), NOT_SURE],
        area: Area::Environment,
        when: When::Chose(Q::WhoFor, &[O::SomeoneElse]),
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: None,
    },
    Question {
        id: Q::HoursFree,
        kind: Kind::Single,
        choices: &[
            ux(O::HoursUnder6),
            ux(O::Hours6To8),
            ux(O::Hours9To19),
            ux(O::Hours20Plus),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Person,
        // Only for a level counted in hours a week (outpatient to PHP): a live-in program and
        // withdrawal care are day and night, and the plan then says so whatever the hours
        // (assess: a 24-hour level's fit is "time away"), so the answer would change nothing
        // (issue 16, a shorter run). Like every schedule question, not asked when no use is
        // reported (see When::LevelIn).
        when: When::LevelIn(Level::Outpatient, Level::Php),
        unknown: Unknown::NotRated,
        has_help: true,
        instrument: None,
    },
    Question {
        id: Q::ScheduleNeeds,
        kind: Kind::Multiple,
        // The free times and the needs share one checklist: one question fewer at the end of
        // the run, where people are most tired.
        choices: &[
            ctx(O::Mornings),
            ctx(O::Afternoons),
            ctx(O::Evenings),
            ctx(O::Weekends),
            ctx(O::PreferOnline),
            ctx(O::PreferInPerson),
            ctx(O::NeedChildcare),
            ctx(O::NeedTransport),
            ctx(O::WorkSchoolConflict),
            ctx(O::CostWorry),
            ux(O::NoNeeds),
            PREFER_NOT,
        ],
        area: Area::Person,
        // Childcare, a way to get there and cost matter for a live-in program and withdrawal
        // care too, so this is asked for every treatment level.
        when: When::LevelIn(Level::Outpatient, Level::Withdrawal),
        unknown: Unknown::NotRated,
        has_help: false,
        instrument: None,
    },
];

/// The options offered only under a condition, with it. An option not offered is not shown,
/// and the rules ignore it if an answer file names it anyway. Like a question's condition, it
/// looks only at questions asked before its own. (A short table rather than a field of every
/// option: it keeps the bank's tables, and so the wasm, small.)
pub const OPTION_CONDITIONS: &[(QuestionId, OptionId, When)] = &[
    // Pregnancy only where it is relevant (some use reported or not known, under 65) and can
    // apply: not for a loved one born male.
    (Q::Medical, O::Pregnant, When::All(&[PREGNANCY_RELEVANT, When::Unless(Q::Sex, &[O::Male])])),
];

/// When option `o` of question `q` is offered.
pub fn option_when(q: QuestionId, o: OptionId) -> When {
    OPTION_CONDITIONS.iter().find(|(cq, co, _)| *cq == q && *co == o).map_or(When::Always, |(_, _, w)| *w)
}

/// The question with this id.
pub fn question(id: QuestionId) -> &'static Question {
    // BANK lists the questions in the order the ids are declared (a test checks it), so the
    // id is the index. The search is a fallback that keeps a lookup from ever panicking.
    match BANK.get(id as usize) {
        Some(q) if q.id == id => q,
        _ => BANK.iter().find(|q| q.id == id).unwrap_or(&BANK[0]),
    }
}

/// The position of a question in the bank (the order it is asked).
pub fn position(id: QuestionId) -> usize {
    BANK.iter().position(|q| q.id == id).unwrap_or(0)
}

/// Where replacing a risky answer with "not sure", "prefer not to say" or no answer may give
/// a lower level, or drop a crisis card, by the written unknown policy: each with what the
/// unknown still gives and why. Everywhere else an unknown reads as the risk (see each
/// question's policy), and `tests/sweep.rs` checks over the whole answer space that it is
/// never safer than the risky answer. The docs print this table.
pub const UNKNOWN_EXCEPTIONS: &[(QuestionId, &[OptionId], Floor, &str)] = &[
    (Q::DangerNow, &[O::CannotWake, O::SuicideNow, O::HarmOthersNow, O::MedicalNow, O::ViolenceNow], Floor::Line988,
        "For the person themself, \"not sure\" keeps 988 in front but brings no card: a card needs an answer given (for a family member it is the danger card)."),
    (Q::WithdrawalNow, &[O::SeizureNow, O::Hallucinations, O::Confusion, O::Fever], Floor::WatchSigns,
        "A crisis card needs an answer given. An unknown is read as a withdrawal sign (W2, W4) and the result says when to call 911."),
    (Q::WithdrawalHistory, &[O::PastSeizure, O::PastDts], Floor::None,
        "An unknown history is read as a risk factor where the pattern can cause withdrawal (W2, W4), not as a past seizure: someone who drinks lightly and does not know the word gets early support (review 2026-12, C45)."),
    (Q::AsqWishDead, &[O::Yes], Floor::Line988, ASQ_DECLINED),
    (Q::AsqBetterOff, &[O::Yes], Floor::Line988, ASQ_DECLINED),
    (Q::AsqThoughts, &[O::Yes], Floor::Line988, ASQ_DECLINED),
    (Q::AsqTried, &[O::Yes], Floor::Line988, ASQ_DECLINED),
    (Q::AttemptRecent, &[O::Yes], Floor::Line988, FOLLOW_UP_DECLINED),
    (Q::SuicidePlan, &[O::HasPlan, O::HasIntent], Floor::Line988, FOLLOW_UP_DECLINED),
    (Q::AsqRightNow, &[O::Yes], Floor::Line988, FOLLOW_UP_DECLINED),
    (Q::HarmOthers, &[O::Yes], Floor::Line988, FOLLOW_UP_DECLINED),
    (Q::Psychosis, &[O::HearsVoices, O::Paranoia, O::NoSleepEnergy], Floor::None,
        "Counted as missing: reading an unknown as psychosis would send every \"not sure\" to a day program. Five missing answers make the result uncertain and at least outpatient."),
    (Q::Medical, &[O::ChestPain, O::VomitingBlood, O::YellowConfused, O::BreathingTrouble, O::Pregnant], Floor::None,
        "An unknown cannot name a health problem or a pregnancy; it is read as a serious illness for the withdrawal rules (W2, W5)."),
    (Q::Substances, &[O::Alcohol, O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs], Floor::Assessment,
        "Not knowing what is used, the amounts cannot be asked: at least outpatient with a full assessment, naloxone, and the withdrawal questions."),
    (Q::UseSigns, &[O::MoreThanMeant, O::CantCutDown, O::LotsOfTime, O::Cravings, O::RoleFailure, O::SocialProblems, O::GaveUpActivities, O::RiskySituations, O::UseDespiteHarm, O::Tolerance, O::WithdrawalSign], Floor::Assessment,
        "An unknown list of signs cannot count as 6 signs: at least outpatient with a full assessment (X2), and it is read as the withdrawal sign for W2. In recovery (R1) the past year's signs are not read at all."),
];

const ASQ_DECLINED: &str = "The person's own decline keeps 988 in front and asks the follow-up questions (NIMH ASQ: a refusal is a positive screen), but does not raise the level. A family member's \"not sure\" counts as yes.";
const FOLLOW_UP_DECLINED: &str = "Declining never forces an emergency: 988 stays in front and, where the screen is open, a same-day safety check. A family member's \"not sure\" about \"right now\" is the suicide card.";

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
