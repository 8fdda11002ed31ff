//! The questions, in the order they are asked, with their options, conditions and unknown
//! policies; the options offered only under a condition; and the table of unknowns that may
//! give a lower result.

use super::schema::{Choice, Floor, Instrument, Kind, Question, Unknown, When};
use crate::screening::ids::{Area, Level, OptionId, QuestionId};

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
        id: Q::FreeDays,
        kind: Kind::Multiple,
        // The days and, in the next question, the times of day: the two together say which
        // of the center's programmes meet when the person is free (issue 18). Two short
        // checklists rather than a grid of 21 boxes, which is long on a phone; the days times
        // the times of day is what most people's week looks like. Asked wherever the schedule
        // is (after withdrawal care the follow-on programme is matched too).
        choices: &[
            ctx(O::Monday),
            ctx(O::Tuesday),
            ctx(O::Wednesday),
            ctx(O::Thursday),
            ctx(O::Friday),
            ctx(O::Saturday),
            ctx(O::Sunday),
            ux(O::DaysVary),
            NOT_SURE,
            PREFER_NOT,
        ],
        area: Area::Person,
        when: When::LevelIn(Level::Outpatient, Level::Withdrawal),
        unknown: Unknown::NotRated,
        has_help: false,
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
    Question {
        id: Q::FamilyFree,
        kind: Kind::Multiple,
        // The family member's own free times, matched to the center's family sessions
        // (issue 18): times of day (read as weekday times) and weekends, not each day, as a
        // family session is one meeting a week and this question comes at the end of a long run.
        choices: &[ctx(O::Mornings), ctx(O::Afternoons), ctx(O::Evenings), ctx(O::Weekends), NOT_SURE, PREFER_NOT],
        area: Area::Person,
        when: When::All(&[When::Chose(Q::WhoFor, &[O::SomeoneElse]), When::LevelIn(Level::Outpatient, Level::Withdrawal)]),
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
    // "Weekends" only where no free day was named: after "Saturday" it would say nothing new.
    (Q::ScheduleNeeds, O::Weekends, When::Unless(Q::FreeDays, &DAYS)),
];

/// The days of the week, Monday first, as the free-days question offers them.
pub const DAYS: [OptionId; 7] = [O::Monday, O::Tuesday, O::Wednesday, O::Thursday, O::Friday, O::Saturday, O::Sunday];

/// When option `o` of question `q` is offered.
pub fn option_when(q: QuestionId, o: OptionId) -> When {
    OPTION_CONDITIONS.iter().find(|(cq, co, _)| *cq == q && *co == o).map_or(When::Always, |(_, _, w)| *w)
}

/// The question with this id.
pub fn question(id: QuestionId) -> &'static Question {
    // The table lists every question at the index of its id, which the constant below
    // checks when the crate compiles, so this lookup cannot miss.
    &BANK[id as usize]
}

/// Fails the build unless the table holds every question exactly once, at the index of its
/// id, which makes [`question`] a plain index that no id can miss.
const _: () = {
    assert!(BANK.len() == QuestionId::ALL.len(), "the bank must hold every question id once");
    let mut i = 0;
    while i < BANK.len() {
        assert!(BANK[i].id as usize == i, "the bank must list the questions in id order");
        i += 1;
    }
};

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

