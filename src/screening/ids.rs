//! Every id of the screening domain, declared once: the questions and their options, the
//! levels of care, who is answering, the areas, the rules, the crisis kinds and the help
//! resources. This is the bottom layer: it imports nothing from the rest of the domain, and
//! every other layer names things with these ids (`tests/architecture.rs` checks the order).

id_enum! {
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
        /// Schedule: which days of the week are usually free (issue 18: matched to the
        /// center's programmes).
        FreeDays = "free_days",
        /// Schedule: which times of day are free, and needs and barriers (online, childcare,
        /// transport, work, cost), in one checklist.
        ScheduleNeeds = "schedule_needs",
        /// Family mode: when the family member is free for family sessions themself.
        FamilyFree = "family_free",
    }
}

id_enum! {
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
        /// Monday (a free day).
        Monday = "monday",
        /// Tuesday.
        Tuesday = "tuesday",
        /// Wednesday.
        Wednesday = "wednesday",
        /// Thursday.
        Thursday = "thursday",
        /// Friday.
        Friday = "friday",
        /// Saturday.
        Saturday = "saturday",
        /// Sunday.
        Sunday = "sunday",
        /// The free days change from week to week.
        DaysVary = "days_vary",
        /// Mornings (before noon).
        Mornings = "mornings",
        /// Afternoons (noon to 5 pm).
        Afternoons = "afternoons",
        /// Evenings (after 5 pm).
        Evenings = "evenings",
        /// Weekends: offered where no free day was named (answer files of the first version,
        /// and the family member's own times).
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

id_enum! {
    /// The suggested starting level of care, lowest to highest. The order is the clinical order
    /// of intensity, so `Ord` compares levels ("at least withdrawal" is `level >= Withdrawal`).
    Level {
        /// Early intervention and self-guided support.
        Early = "early",
        /// Outpatient: under 9 hours a week for adults (under 6 for teens).
        Outpatient = "outpatient",
        /// Intensive outpatient (IOP): about 9–19 hours a week for adults, 6+ for teens.
        Iop = "iop",
        /// Partial hospitalization (PHP): a day programme of 20+ hours a week, home at night.
        Php = "php",
        /// Residential: a 24-hour structured setting.
        Residential = "residential",
        /// Medically supervised withdrawal first, then a treatment level.
        Withdrawal = "withdrawal",
        /// Emergency help now: call 911 or 988.
        Emergency = "emergency",
    }
}

/// Who the answers are about. It changes the wording (second or third person), never the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[derive(serde::Serialize)]
pub enum Voice {
    /// The person is answering about themself ("Do you…").
    Own,
    /// A family member or friend is answering about someone else ("Does your loved one…").
    LovedOne,
}

/// The six areas. Five are rated; the sixth, person-centred considerations (the schedule and
/// who is answering), shapes the plan and never the level, so it is not rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(serde::Serialize)]
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
    /// Person-centred considerations (not rated).
    Person,
}

impl Area {
    /// The five rated areas, in the order the result lists them.
    pub const RATED: [Area; 5] =
        [Area::Withdrawal, Area::Physical, Area::MentalHealth, Area::UseRisk, Area::Environment];
}

id_enum! {
    /// The id of a placement rule. Every rule that fires is reported with its reason. The
    /// letter says the area (S safety, W withdrawal, P physical, M mental health, U use and
    /// relapse, E environment, X missing answers, B baseline).
    RuleId {
        /// Someone cannot be woken or is barely breathing now.
        OverdoseNow = "S1-overdose-now",
        /// Someone may kill themselves now ("right now" yes, or danger now).
        SuicideNow = "S2-suicide-now",
        /// Thoughts of suicide with a plan or the intent to act.
        SuicidePlan = "S3-suicide-plan-intent",
        /// A suicide attempt in the past 3 months.
        SuicideAttempt = "S4-suicide-attempt-3-months",
        /// Thoughts of hurting or killing someone else.
        HarmOthers = "S5-harm-others",
        /// A seizure or another medical emergency now.
        MedicalNow = "S6-medical-emergency-now",
        /// Someone is being hurt or threatened now.
        ViolenceNow = "S7-violence-now",
        /// A family member is not sure whether anyone is in danger now.
        DangerUnsure = "S8-danger-unsure-loved-one",
        /// A withdrawal seizure now.
        SeizureNow = "S9-seizure-now",
        /// Confusion, hallucinations or fever while stopping: possible delirium tremens.
        WithdrawalDelirium = "S10-withdrawal-delirium",
        /// Psychosis or mania signs together with thoughts of harming self or others.
        PsychosisHarm = "S11-psychosis-with-harm-thoughts",
        /// A medical red flag that needs the emergency room now.
        RedFlagNow = "S12-red-flag-emergency-room",
        /// A past withdrawal seizure or delirium tremens.
        PastSeizureDts = "W1-past-seizure-or-dts",
        /// Daily heavy drinking with a withdrawal risk factor.
        HeavyDrinkingRisk = "W2-daily-heavy-drinking-with-risk",
        /// Physical dependence on sedatives (daily use, or most days with a risk factor).
        SedativeDependence = "W3-sedative-dependence",
        /// Signs of physical dependence on alcohol or sedatives without the danger signs of W1-W3.
        WithdrawalCaution = "W4-withdrawal-possible",
        /// Daily heavy drinking without another risk factor: do not stop alone.
        DailyHeavyDrinking = "W5-daily-heavy-drinking",
        /// A sedative taken regularly, only as prescribed: a taper with the prescriber.
        SedativePrescribed = "W6-sedative-as-prescribed",
        /// Pregnancy with opioid use where withdrawal would otherwise be suggested.
        PregnancyOpioidsHospital = "P1-pregnancy-opioids-no-withdrawal",
        /// Pregnancy with substance use.
        PregnantUsing = "P2-pregnancy-with-use",
        /// A medical red flag now.
        MedicalRedFlag = "P3-medical-red-flag",
        /// Pregnancy after use that stopped over a week ago.
        PregnantStopped = "P4-pregnancy-use-stopped",
        /// A positive suicide screen without acute risk.
        AsqPositive = "M1-asq-positive",
        /// Psychosis or mania signs.
        Psychosis = "M2-psychosis-signs",
        /// Co-occurring mental-health needs raise an outpatient band.
        CoOccurringRaise = "M3-co-occurring-raises-band",
        /// PHQ-2 positive (adds mental-health care, never raises the level).
        Phq2Positive = "M4-phq2-positive",
        /// GAD-2 positive (adds mental-health care, never raises the level).
        Gad2Positive = "M5-gad2-positive",
        /// A family member has seen the loved one very down or anxious (adds mental-health
        /// care, never raises the level).
        MoodSeen = "M6-mood-seen",
        /// A hospital or crisis-unit stay for mental health in the past 6 months.
        PsychStay = "M7-recent-mental-health-stay",
        /// 2-3 use-disorder signs.
        SignsMild = "U1-signs-mild",
        /// 4-5 use-disorder signs.
        SignsModerate = "U2-signs-moderate",
        /// 6 or more use-disorder signs.
        SignsSevere = "U3-signs-severe",
        /// An overdose in the past year.
        OverdoseRecent = "U4-overdose-past-year",
        /// An overdose more than a year ago.
        OverdoseEarlier = "U5-overdose-earlier",
        /// Regular or non-prescribed opioid use.
        OpioidUse = "U6-opioid-use",
        /// Just finished residential care: step down.
        StepDown = "U7-step-down",
        /// Recently left jail, prison, a hospital or a programme: lower tolerance.
        LostTolerance = "U8-lost-tolerance",
        /// AUDIT-C positive.
        RiskyDrinking = "U9-audit-c-positive",
        /// AUDIT-C 8 or more: a high likelihood of alcohol use disorder.
        HeavyDrinking = "U10-audit-c-high",
        /// Tolerance and withdrawal not counted as signs: every substance is a medicine taken
        /// as prescribed (DSM-5). Says so, so the count shown is explained.
        SignsAsPrescribed = "U11-signs-as-prescribed",
        /// Left jail, prison, a hospital or a programme with no use in the past year.
        LeftNoUse = "U12-left-place-no-use",
        /// Opioids taken only as prescribed: the prescriber, and naloxone at home.
        OpioidPrescribed = "U13-opioid-as-prescribed",
        /// Opioids mixed with sedatives or alcohol, or alcohol with sedatives.
        Mixing = "U14-mixing",
        /// No use for 3 months or more: recovery, with continuing care.
        Recovery = "R1-recovery",
        /// Home not safe (violence, no steady housing) with moderate or severe use.
        HomeUnsafe = "E1-home-unsafe",
        /// Others use at home and no support, with moderate or severe use.
        HomeUnsupportive = "E2-home-unsupportive",
        /// Others use at home or no support, with moderate or severe use.
        HomeStrain = "E3-home-strain",
        /// Violence at home.
        ViolenceAtHome = "E4-violence-at-home",
        /// No steady housing and no one who supports recovery.
        HomeAlone = "E5-no-housing-no-support",
        /// No steady housing, no support, or others using at home, with fewer signs.
        HomeNeeds = "E6-home-needs",
        /// Many answers missing.
        Uncertain = "X1-many-unknowns",
        /// The substances or the 11 signs are not known.
        KeyUnknown = "X2-key-answer-unknown",
        /// Nothing asks for more than early support.
        Baseline = "B0-no-higher-need",
    }
}

/// Why the questionnaire stops for a crisis card. Each kind has its own card, so the card can
/// say what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[derive(serde::Serialize)]
pub enum Crisis {
    /// Someone cannot be woken or is barely breathing: 911, naloxone, rescue breathing, stay.
    Overdose,
    /// A seizure now: 911, keep them safe.
    Seizure,
    /// Confusion, hallucinations or fever while stopping alcohol or sedatives: 911.
    WithdrawalDelirium,
    /// A medical red flag (vomiting blood, black stools, yellow skin with confusion, chest pain
    /// with stimulants, trouble breathing with opioids or sedatives): the emergency room now.
    RedFlag,
    /// Suicide: thoughts right now, a plan or intent, or a recent attempt: 988 and 911.
    Suicide,
    /// Thoughts of harming someone else: 911 and 988.
    HarmOthers,
    /// A medical emergency now: 911.
    Medical,
    /// Someone is being hurt or threatened now: 911, the domestic violence hotline.
    Violence,
    /// Psychosis or mania signs with thoughts of harming self or others: 988 and 911.
    PsychosisRisk,
    /// A family member is not sure whether someone is in danger: the safer reading.
    DangerNow,
}

id_enum! {
    /// A help resource.
    ResourceId {
        /// 988 Suicide & Crisis Lifeline, call (press 1 veterans, 2 Spanish; TTY: 711 then 988).
        Lifeline988Call = "988-call",
        /// 988 Suicide & Crisis Lifeline, text.
        Lifeline988Text = "988-text",
        /// 911 for immediate danger.
        Emergency911 = "911",
        /// SAMHSA National Helpline (free, confidential, 24/7, English and Spanish).
        SamhsaHelpline = "samhsa",
        /// SAMHSA National Helpline TTY.
        SamhsaTty = "samhsa-tty",
        /// FindTreatment.gov.
        FindTreatment = "findtreatment",
        /// findahelpline.com, crisis lines outside the US.
        FindAHelpline = "findahelpline",
        /// National Domestic Violence Hotline, call.
        DvHotlineCall = "dv-call",
        /// National Domestic Violence Hotline, text START to 88788.
        DvHotlineText = "dv-text",
        /// Childhelp National Child Abuse Hotline.
        Childhelp = "childhelp",
        /// Partnership to End Addiction helpline (for families; CRAFT-based coaching).
        PartnershipHelpline = "partnership",
        /// Partnership to End Addiction web site (CRAFT for families).
        Craft = "craft",
        /// SMART Recovery Family & Friends.
        SmartFamily = "smart-family",
        /// Al-Anon and Alateen.
        AlAnon = "al-anon",
        /// Nar-Anon.
        NarAnon = "nar-anon",
    }
}
