//! A hand-written escalation table, written from the brief (clinical-basis §2-§7 and issue 8)
//! and independent of the engine: each row starts from the same plain answer set, changes a
//! few answers, and says what level (or range) and which next steps the brief asks for. It
//! uses no engine helper to decide what is right.
//!
//! The base: an adult answering for themself, drinking 2-3 times a week, 3-4 drinks, six or
//! more less than monthly (AUDIT-C 5), last drink 1-3 days ago, no withdrawal, 1 of 11 signs,
//! no treatment, every mental-health answer "no" / "not at all", no health problems, not
//! pregnant, home fine. The brief's answer for that is early support.

use care_screener::screening::outcome::{Fit, Flag, NextStep, Outcome};
use care_screener::screening::{assess, path, Answers, Level, OptionId, QuestionId};

use Level::*;
use OptionId as O;
use QuestionId as Q;

mod common;
use common::answers;

fn base() -> Answers {
    answers(&[
        (Q::WhoFor, &[O::Myself]),
        (Q::DangerNow, &[O::NoDanger]),
        (Q::Age, &[O::Age18To64]),
        (Q::Substances, &[O::Alcohol]),
        (Q::AlcoholFreq, &[O::TwoToThreeWeek]),
        (Q::AlcoholAmount, &[O::Drinks3To4]),
        (Q::AlcoholBinge, &[O::LessThanMonthly]),
        (Q::AlcoholLast, &[O::Days1To3]),
        (Q::HeavyYears, &[O::UnderYear]),
        (Q::WithdrawalHistory, &[O::NoWithdrawal]),
        (Q::WithdrawalNow, &[O::NoneNow]),
        (Q::UseSigns, &[O::MoreThanMeant]),
        (Q::Treatment, &[O::NoTreatment]),
        (Q::Overdose, &[O::Never]),
        (Q::AsqWishDead, &[O::No]),
        (Q::AsqBetterOff, &[O::No]),
        (Q::AsqThoughts, &[O::No]),
        (Q::AsqTried, &[O::No]),
        (Q::AttemptRecent, &[O::No]),
        (Q::SuicidePlan, &[O::Neither]),
        (Q::AsqRightNow, &[O::No]),
        (Q::HarmOthers, &[O::No]),
        (Q::PhqInterest, &[O::NotAtAll]),
        (Q::PhqDown, &[O::NotAtAll]),
        (Q::GadNervous, &[O::NotAtAll]),
        (Q::GadWorry, &[O::NotAtAll]),
        (Q::MoodObserved, &[O::No]),
        (Q::Psychosis, &[O::NoPsychosis]),
        (Q::Medical, &[O::NoMedical]),
        (Q::Home, &[O::HomeOk]),
        (Q::Willing, &[O::WillingYes]),
        (Q::HoursFree, &[O::Hours9To19]),
        (Q::ScheduleNeeds, &[O::Evenings]),
    ])
}

/// What a row expects. `level` is the lowest and highest acceptable level.
struct Row {
    name: &'static str,
    change: &'static [(Q, &'static [O])],
    level: (Level, Level),
    crisis: bool,
    steps: &'static [NextStep],
    flags: &'static [Flag],
    not_steps: &'static [NextStep],
}

const fn row(name: &'static str, change: &'static [(Q, &'static [O])], low: Level, high: Level) -> Row {
    Row { name, change, level: (low, high), crisis: false, steps: &[], flags: &[], not_steps: &[] }
}
const fn crisis(name: &'static str, change: &'static [(Q, &'static [O])], steps: &'static [NextStep]) -> Row {
    Row { name, change, level: (Emergency, Emergency), crisis: true, steps, flags: &[], not_steps: &[] }
}

const SIX: &[O] = &[O::MoreThanMeant, O::CantCutDown, O::LotsOfTime, O::Cravings, O::RoleFailure, O::Tolerance];
const FOUR: &[O] = &[O::MoreThanMeant, O::CantCutDown, O::LotsOfTime, O::Cravings];
const FREQ: (Q, &[O]) = (Q::AlcoholFreq, &[O::FourPlusWeek]);
const AMOUNT: (Q, &[O]) = (Q::AlcoholAmount, &[O::Drinks7To9]);
const DAILY_HEAVY: &[(Q, &[O])] = &[FREQ, AMOUNT];
/// Six signs, two of them the body's (tolerance, withdrawal).
const SIX_WITH_BODY: &[O] = &[O::MoreThanMeant, O::CantCutDown, O::LotsOfTime, O::Cravings, O::Tolerance, O::WithdrawalSign];
/// A prescribed sedative taken as directed, with those six signs (DSM-5: four count).
const SEDATIVE_AS_DIRECTED: &[(Q, &[O])] = &[
    (Q::Substances, &[O::Sedatives]),
    (Q::SedativeFreq, &[O::OneTwoDaysWeek]),
    (Q::SedativeSource, &[O::PrescribedAsDirected]),
    (Q::UseSigns, SIX_WITH_BODY),
];
/// The same, taking more than prescribed (all six count).
const SEDATIVE_MORE: &[(Q, &[O])] = &[
    (Q::Substances, &[O::Sedatives]),
    (Q::SedativeFreq, &[O::OneTwoDaysWeek]),
    (Q::SedativeSource, &[O::PrescribedMore]),
    (Q::UseSigns, SIX_WITH_BODY),
];

fn table() -> Vec<Row> {
    vec![
        row("the base: moderate drinking, one sign", &[], Early, Early),
        // Safety overrides (§4): each is an emergency with a crisis card.
        crisis("someone cannot be woken", &[(Q::DangerNow, &[O::CannotWake])], &[NextStep::OverdoseSteps, NextStep::Call911]),
        crisis("someone may try to kill themselves now", &[(Q::DangerNow, &[O::SuicideNow])], &[NextStep::Call988Now, NextStep::Call911]),
        crisis("someone may hurt another person now", &[(Q::DangerNow, &[O::HarmOthersNow])], &[NextStep::Call911]),
        crisis("a medical emergency now", &[(Q::DangerNow, &[O::MedicalNow])], &[NextStep::Call911]),
        crisis("someone is being hurt now", &[(Q::DangerNow, &[O::ViolenceNow])], &[NextStep::Call911, NextStep::DvHotline]),
        crisis("a family member is not sure about danger", &[(Q::WhoFor, &[O::SomeoneElse]), (Q::DangerNow, &[O::NotSure])], &[NextStep::Call911]),
        Row { steps: &[NextStep::Keep988], ..row("the person is not sure about danger (no forced emergency)", &[(Q::DangerNow, &[O::NotSure])], Early, Early) },
        crisis("thoughts of suicide right now", &[(Q::AsqThoughts, &[O::Yes]), (Q::AsqRightNow, &[O::Yes])], &[NextStep::Call988Now]),
        crisis("a family member not sure about suicide right now", &[(Q::WhoFor, &[O::SomeoneElse]), (Q::AsqThoughts, &[O::Yes]), (Q::AsqRightNow, &[O::NotSure])], &[NextStep::Call988Now]),
        crisis("passive thoughts with intent", &[(Q::AsqWishDead, &[O::Yes]), (Q::SuicidePlan, &[O::HasIntent])], &[NextStep::Call988Now]),
        crisis("thoughts with a plan", &[(Q::AsqThoughts, &[O::Yes]), (Q::SuicidePlan, &[O::HasPlan])], &[NextStep::Call988Now]),
        crisis("an attempt in the past 3 months", &[(Q::AsqTried, &[O::Yes]), (Q::AttemptRecent, &[O::Yes])], &[NextStep::Call988Now]),
        crisis("thoughts of harming others", &[(Q::HarmOthers, &[O::Yes])], &[NextStep::Call911]),
        crisis("psychosis signs with a wish to be dead", &[(Q::Psychosis, &[O::Paranoia]), (Q::AsqWishDead, &[O::Yes])], &[NextStep::Call988Now]),
        crisis("a seizure while stopping", &[(Q::WithdrawalNow, &[O::SeizureNow])], &[NextStep::SeizureSteps, NextStep::Call911]),
        crisis("confusion while stopping", &[(Q::WithdrawalNow, &[O::Confusion])], &[NextStep::Call911]),
        crisis("hallucinations while stopping", &[(Q::WithdrawalNow, &[O::Hallucinations])], &[NextStep::Call911]),
        crisis("a high fever while stopping", &[(Q::WithdrawalNow, &[O::Fever])], &[NextStep::Call911]),
        // Passive thoughts and declining (§4, §4b): keep going, 988 visible, care for mood.
        Row { steps: &[NextStep::Talk988Today, NextStep::MentalHealthToo], ..row("an attempt long ago, no plan, not now", &[(Q::AsqTried, &[O::Yes]), (Q::AttemptRecent, &[O::No])], Outpatient, Iop) },
        Row { steps: &[NextStep::Talk988Today], ..row("wished to be dead, no plan, not now", &[(Q::AsqWishDead, &[O::Yes])], Outpatient, Iop) },
        Row { steps: &[NextStep::Keep988], flags: &[Flag::SuicideDeclined], ..row("declines every suicide question", &[(Q::AsqWishDead, &[O::PreferNotToSay]), (Q::AsqBetterOff, &[O::PreferNotToSay]), (Q::AsqThoughts, &[O::PreferNotToSay]), (Q::AsqTried, &[O::PreferNotToSay])], Early, Outpatient) },
        // Psychosis (§4): at least PHP and an urgent assessment.
        Row { steps: &[NextStep::UrgentMentalHealth], ..row("hearing voices", &[(Q::Psychosis, &[O::HearsVoices])], Php, Php) },
        // PHQ-2/GAD-2 alone never raise the level (§4b), and declining them never makes a
        // result uncertain: a family member is asked one mood question instead of four, and the
        // voice must not change the level (found by the voice property; kept as rows).
        row("cannabis now and then, mood questions and psychosis declined, for oneself", &[(Q::Substances, &[O::Cannabis]), (Q::CannabisFreq, &[O::LessThanWeekly]), (Q::UseSigns, &[O::NoSigns]), (Q::PhqInterest, &[O::PreferNotToSay]), (Q::PhqDown, &[O::PreferNotToSay]), (Q::GadNervous, &[O::PreferNotToSay]), (Q::GadWorry, &[O::PreferNotToSay]), (Q::Psychosis, &[O::PreferNotToSay])], Early, Early),
        row("the same for a loved one", &[(Q::WhoFor, &[O::SomeoneElse]), (Q::Substances, &[O::Cannabis]), (Q::CannabisFreq, &[O::LessThanWeekly]), (Q::UseSigns, &[O::NoSigns]), (Q::MoodObserved, &[O::PreferNotToSay]), (Q::Willing, &[O::WillingYes]), (Q::Psychosis, &[O::PreferNotToSay])], Early, Early),
        // PHQ-2/GAD-2 alone never raise the level (§4b).
        Row { steps: &[NextStep::MentalHealthToo], ..row("PHQ-2 6 and GAD-2 6 alone", &[(Q::PhqInterest, &[O::NearlyEveryDay]), (Q::PhqDown, &[O::NearlyEveryDay]), (Q::GadNervous, &[O::NearlyEveryDay]), (Q::GadWorry, &[O::NearlyEveryDay])], Early, Early) },
        Row { steps: &[NextStep::MentalHealthToo], ..row("six signs and PHQ-2 positive stays IOP", &[(Q::UseSigns, SIX), (Q::PhqDown, &[O::NearlyEveryDay])], Iop, Iop) },
        // Dangerous withdrawal (§4).
        Row { steps: &[NextStep::DoNotStopSuddenly, NextStep::SupervisedWithdrawal, NextStep::WatchDangerSigns], ..row("a past withdrawal seizure", &[(Q::WithdrawalHistory, &[O::PastSeizure])], Withdrawal, Withdrawal) },
        row("past delirium tremens", &[(Q::WithdrawalHistory, &[O::PastDts])], Withdrawal, Withdrawal),
        row("daily heavy drinking with shakes now", &[FREQ, AMOUNT, (Q::WithdrawalNow, &[O::ShakesSweats])], Withdrawal, Withdrawal),
        row("daily heavy drinking at 65+", &[FREQ, AMOUNT, (Q::Age, &[O::Age65Plus])], Withdrawal, Withdrawal),
        row("daily heavy drinking with a serious illness", &[FREQ, AMOUNT, (Q::Medical, &[O::SeriousIllness])], Withdrawal, Withdrawal),
        row("daily heavy drinking with past withdrawals", &[FREQ, AMOUNT, (Q::WithdrawalHistory, &[O::PastWithdrawalMany])], Withdrawal, Withdrawal),
        row("daily heavy drinking plus other drugs", &[FREQ, AMOUNT, (Q::Substances, &[O::Alcohol, O::Stimulants])], Withdrawal, Withdrawal),
        // A last drink 1 to 3 days ago is a risk factor of its own (the first days are when
        // seizures and delirium begin), so this row drinks today.
        Row { steps: &[NextStep::DoNotStopSuddenly], not_steps: &[NextStep::SupervisedWithdrawal], ..row("daily heavy drinking for under a year, no risk factor: not detox, but do not stop alone and a doctor should see it (AUDIT-C 10)", &[FREQ, AMOUNT, (Q::AlcoholLast, &[O::Today])], Outpatient, Outpatient) },
        row("daily heavy drinking, last drink 1 to 3 days ago: in the withdrawal window", DAILY_HEAVY, Withdrawal, Withdrawal),
        // Long heavy drinking is a risk factor (ASAM 2020); not knowing how long is read as one.
        row("daily heavy drinking for a year or more", &[FREQ, AMOUNT, (Q::HeavyYears, &[O::YearOrMore])], Withdrawal, Withdrawal),
        row("daily heavy drinking, not sure for how long", &[FREQ, AMOUNT, (Q::HeavyYears, &[O::NotSure])], Withdrawal, Withdrawal),
        row("drinking a year or more, but not daily heavy: the question is not asked", &[(Q::HeavyYears, &[O::YearOrMore])], Early, Early),
        Row { not_steps: &[NextStep::Call911], steps: &[NextStep::DoNotStopSuddenly], ..row("shakes and sweats alone are not an emergency", &[(Q::WithdrawalNow, &[O::ShakesSweats, O::SickRestless])], Outpatient, Outpatient) },
        // Taken as prescribed, a daily medicine is not a disorder: the prescriber tapers it;
        // never a detox-first plan (review 2026-12, class 4).
        Row { steps: &[NextStep::PrescriberTaper, NextStep::DoNotStopSuddenly], not_steps: &[NextStep::SedativeSupervised, NextStep::SupervisedWithdrawal], ..row("a prescribed benzodiazepine every day, as directed", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::EveryDay]), (Q::SedativeSource, &[O::PrescribedAsDirected]), (Q::SedativeLast, &[O::Today])], Early, Early) },
        Row { steps: &[NextStep::SedativeSupervised, NextStep::DoNotStopSuddenly], ..row("street benzodiazepines 3 to 6 days a week", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::ThreeSixDaysWeek]), (Q::SedativeSource, &[O::NotFromPharmacy]), (Q::SedativeLast, &[O::Today])], Withdrawal, Withdrawal) },
        Row { steps: &[NextStep::SedativeSupervised, NextStep::Naloxone], not_steps: &[NextStep::PrescriberTaper], ..row("street benzodiazepines every day", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::EveryDay]), (Q::SedativeSource, &[O::NotFromPharmacy])], Withdrawal, Withdrawal) },
        // Issue 8: any past seizure or DTs → at least withdrawal for everyone asked, whichever
        // day in the past month the last drink was; over a month ago the withdrawal questions
        // are not asked (past the withdrawal window: nothing to withdraw from).
        row("a past seizure, last drink 1 to 4 weeks ago", &[(Q::WithdrawalHistory, &[O::PastSeizure]), (Q::AlcoholLast, &[O::Weeks1To4])], Withdrawal, Withdrawal),
        row("past DTs, last drink not known", &[(Q::WithdrawalHistory, &[O::PastDts]), (Q::AlcoholLast, &[O::PreferNotToSay])], Withdrawal, Withdrawal),
        Row { not_steps: &[NextStep::SupervisedWithdrawal], ..row("a past seizure but no drink for 1 to 3 months: not asked", &[(Q::WithdrawalHistory, &[O::PastSeizure]), (Q::AlcoholLast, &[O::Months1To3])], Early, Early) },
        row("past shakes but no drink for 1 to 3 months", &[(Q::WithdrawalHistory, &[O::PastWithdrawal]), (Q::AlcoholLast, &[O::Months1To3])], Early, Early),
        Row { steps: &[NextStep::DoNotStopSuddenly], ..row("past withdrawal signs, drinking now", &[(Q::WithdrawalHistory, &[O::PastWithdrawal])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::DoNotStopSuddenly], ..row("not sure about past withdrawal: read as a sign", &[(Q::WithdrawalHistory, &[O::NotSure])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::SedativeSupervised], ..row("sedatives most days with shakes now", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::ThreeSixDaysWeek]), (Q::SedativeSource, &[O::PrescribedMore]), (Q::WithdrawalNow, &[O::ShakesSweats])], Withdrawal, Withdrawal) },
        row("sedatives most days with no risk factor", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::ThreeSixDaysWeek]), (Q::SedativeSource, &[O::PrescribedAsDirected])], Early, Early),
        row("sedatives not only as prescribed, frequency not known, with shakes now", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::PreferNotToSay]), (Q::SedativeSource, &[O::PrescribedMore]), (Q::WithdrawalNow, &[O::ShakesSweats])], Withdrawal, Withdrawal),
        Row { steps: &[NextStep::PrescriberTaper, NextStep::DoNotStopSuddenly], not_steps: &[NextStep::SupervisedWithdrawal], ..row("a sedative as prescribed, frequency not known, with shakes now: the prescriber, with a doctor's care", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::PreferNotToSay]), (Q::SedativeSource, &[O::PrescribedAsDirected]), (Q::WithdrawalNow, &[O::ShakesSweats])], Outpatient, Outpatient) },
        row("sedatives 1-2 days a week with shakes now: not detox", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::OneTwoDaysWeek]), (Q::SedativeSource, &[O::PrescribedAsDirected]), (Q::WithdrawalNow, &[O::ShakesSweats])], Outpatient, Outpatient),
        // Severity (§3): 2-3 mild, 4-5 moderate, 6+ severe.
        row("two signs", &[(Q::UseSigns, &[O::MoreThanMeant, O::Cravings])], Outpatient, Outpatient),
        row("four signs", &[(Q::UseSigns, FOUR)], Outpatient, Outpatient),
        row("six signs", &[(Q::UseSigns, SIX)], Iop, Iop),
        // Environment (§2, §3).
        Row { steps: &[NextStep::DvHotline], not_steps: &[NextStep::Childhelp], ..row("six signs and violence at home", &[(Q::UseSigns, SIX), (Q::Home, &[O::Violence])], Residential, Residential) },
        row("six signs and no steady home", &[(Q::UseSigns, SIX), (Q::Home, &[O::NoHousing])], Residential, Residential),
        row("four signs, others use and no support", &[(Q::UseSigns, FOUR), (Q::Home, &[O::OthersUse, O::NoSupport])], Residential, Residential),
        row("four signs and others use at home", &[(Q::UseSigns, FOUR), (Q::Home, &[O::OthersUse])], Iop, Iop),
        Row { steps: &[NextStep::DvHotline], ..row("violence at home, little use", &[(Q::Home, &[O::Violence])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::Childhelp], not_steps: &[NextStep::DvHotline], ..row("a teen hurt at home", &[(Q::Age, &[O::Under18]), (Q::Home, &[O::Violence])], Outpatient, Outpatient) },
        // Co-occurring mental health raises a band (§3).
        row("four signs and a wish to be dead", &[(Q::UseSigns, FOUR), (Q::AsqWishDead, &[O::Yes])], Iop, Iop),
        row("six signs and a wish to be dead", &[(Q::UseSigns, SIX), (Q::AsqWishDead, &[O::Yes])], Php, Php),
        // Opioids (§4).
        Row { steps: &[NextStep::Moud, NextStep::Naloxone], ..row("heroin weekly", &[(Q::Substances, &[O::Opioids]), (Q::OpioidFreq, &[O::OneTwoDaysWeek]), (Q::OpioidSource, &[O::HeroinFentanyl])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::NaloxoneHome], not_steps: &[NextStep::Naloxone], flags: &[Flag::PastOverdose], ..row("prescribed sedatives and an overdose this year: naloxone at home (no test strips for a prescription)", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::LessThanWeekly]), (Q::SedativeSource, &[O::PrescribedAsDirected]), (Q::Overdose, &[O::OverdosePastYear])], Iop, Iop) },
        Row { steps: &[NextStep::NaloxoneHome], flags: &[Flag::PastOverdose], ..row("prescribed sedatives and an overdose years ago", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::LessThanWeekly]), (Q::SedativeSource, &[O::PrescribedAsDirected]), (Q::Overdose, &[O::OverdoseEarlier])], Outpatient, Outpatient) },
        Row { not_steps: &[NextStep::Naloxone], ..row("prescribed sedatives, no overdose: no naloxone", &[(Q::Substances, &[O::Sedatives]), (Q::SedativeFreq, &[O::LessThanWeekly]), (Q::SedativeSource, &[O::PrescribedAsDirected])], Early, Early) },
        row("heroin and an overdose this year", &[(Q::Substances, &[O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), (Q::OpioidSource, &[O::HeroinFentanyl]), (Q::Overdose, &[O::OverdosePastYear])], Iop, Iop),
        Row { steps: &[NextStep::LostTolerance, NextStep::Naloxone], ..row("opioids after leaving jail", &[(Q::Substances, &[O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), (Q::Treatment, &[O::LeftJail])], Outpatient, Outpatient) },
        // DSM-5: tolerance and withdrawal do not count for a medicine taken as prescribed.
        row("a prescribed sedative as directed, six signs of which two are tolerance and withdrawal: four count", SEDATIVE_AS_DIRECTED, Outpatient, Outpatient),
        row("the same six signs when taking more than prescribed: all six count", SEDATIVE_MORE, Iop, Iop),
        row("prescribed opioids as directed, the same six signs: four count", &[(Q::Substances, &[O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), (Q::OpioidSource, &[O::PrescribedAsDirected]), (Q::UseSigns, SIX_WITH_BODY)], Outpatient, Outpatient),
        row("prescribed opioids as directed plus alcohol, the same six signs: all six count", &[(Q::Substances, &[O::Alcohol, O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), (Q::OpioidSource, &[O::PrescribedAsDirected]), (Q::UseSigns, SIX_WITH_BODY)], Iop, Iop),
        row("cannabis after leaving jail: no lost-tolerance rule (not an opioid or sedative)", &[(Q::Substances, &[O::Cannabis]), (Q::CannabisFreq, &[O::LessThanWeekly]), (Q::Treatment, &[O::LeftJail])], Early, Early),
        Row { steps: &[NextStep::Naloxone], ..row("stimulants: naloxone and test strips", &[(Q::Substances, &[O::Stimulants]), (Q::StimulantFreq, &[O::LessThanWeekly])], Early, Early) },
        // Pregnancy (§4).
        Row { steps: &[NextStep::MoudPregnancy, NextStep::PrenatalCare, NextStep::Naloxone], not_steps: &[NextStep::SupervisedWithdrawal], ..row("pregnant with daily opioid pills", &[(Q::Substances, &[O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), (Q::OpioidSource, &[O::NotFromPharmacy]), (Q::Medical, &[O::Pregnant])], Outpatient, Residential) },
        Row { steps: &[NextStep::HospitalToday, NextStep::MoudPregnancy], ..row("pregnant, opioids and daily heavy drinking with shakes: hospital, never withdrawal", &[(Q::Substances, &[O::Alcohol, O::Opioids]), (Q::OpioidFreq, &[O::EveryDay]), FREQ, AMOUNT, (Q::WithdrawalNow, &[O::ShakesSweats]), (Q::Medical, &[O::Pregnant])], Emergency, Emergency) },
        Row { steps: &[NextStep::PrenatalCare], not_steps: &[NextStep::MoudPregnancy, NextStep::Moud], ..row("pregnant with daily heavy drinking and shakes: still medical supervision", &[FREQ, AMOUNT, (Q::WithdrawalNow, &[O::ShakesSweats]), (Q::Medical, &[O::Pregnant])], Withdrawal, Withdrawal) },
        // Other cases from the brief.
        Row { steps: &[NextStep::StepDown], ..row("just finished residential care", &[(Q::Treatment, &[O::FinishedResidential])], Iop, Iop) },
        Row { steps: &[NextStep::SeeDoctorToday], ..row("chest pain", &[(Q::Medical, &[O::ChestPain])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::FullAssessment], flags: &[Flag::Uncertain], ..row("many answers missing", &[(Q::Treatment, &[O::NotSure]), (Q::AlcoholBinge, &[O::PreferNotToSay]), (Q::Psychosis, &[O::NotSure]), (Q::Medical, &[O::NotSure]), (Q::Home, &[O::PreferNotToSay])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::FullAssessment, NextStep::Naloxone], flags: &[Flag::KeyUnknown], ..row("a family member not sure what is used: not \"many answers missing\", but a full assessment", &[(Q::WhoFor, &[O::SomeoneElse]), (Q::Substances, &[O::NotSure])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::FullAssessment], flags: &[Flag::KeyUnknown], ..row("the 11 signs declined", &[(Q::UseSigns, &[O::PreferNotToSay])], Outpatient, Outpatient) },
        Row { steps: &[NextStep::CraftFirst], ..row("a loved one not willing yet (level unchanged)", &[(Q::WhoFor, &[O::SomeoneElse]), (Q::Willing, &[O::WillingNo])], Early, Early) },
        Row { flags: &[Flag::NoUseReported], not_steps: &[NextStep::Naloxone, NextStep::Childhelp], ..row("no substance use at all", &[(Q::Substances, &[O::NoSubstances])], Early, Early) },
        Row { not_steps: &[NextStep::Childhelp, NextStep::DvHotline], ..row("a teen, no one hurt at home", &[(Q::Age, &[O::Under18])], Early, Early) },
        Row { steps: &[NextStep::Childhelp, NextStep::DvHotline], ..row("violence at home, age not given: both lines", &[(Q::Age, &[O::PreferNotToSay]), (Q::Home, &[O::Violence])], Outpatient, Outpatient) },
    ]
}

fn run(r: &Row) -> Outcome {
    run_from(base(), r)
}

fn run_from(mut a: Answers, r: &Row) -> Outcome {
    for (q, o) in r.change {
        a.set(*q, o.to_vec()).unwrap_or_else(|e| panic!("{}: {e}", r.name));
    }
    let o = assess(&a);
    assert!(
        r.level.0 <= o.level && o.level <= r.level.1,
        "{}: got {:?}, the brief asks for {:?}..={:?}; reasons {:?}",
        r.name,
        o.level,
        r.level.0,
        r.level.1,
        o.reasons.iter().map(|x| x.rule.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(path::crisis(&a).is_some(), r.crisis, "{}: crisis card", r.name);
    for s in r.steps {
        assert!(o.step(*s), "{}: next steps lack {s:?}: {:?}", r.name, o.next_steps);
    }
    for s in r.not_steps {
        assert!(!o.step(*s), "{}: next steps should not have {s:?}", r.name);
    }
    for f in r.flags {
        assert!(o.has(*f), "{}: flags lack {f:?}", r.name);
    }
    // Early support gets self-guided steps and only early support does; hospital today is
    // only for the emergency with no crisis card.
    // Someone in recovery, taking a medicine as prescribed or using nothing has steps of their
    // own instead ("talk to a doctor if you want to cut down" would not fit them).
    let own_path = [Flag::BenzoTaper, Flag::Recovery, Flag::OpioidPrescribed, Flag::KeepMedicine, Flag::NoUseReported]
        .iter()
        .any(|f| o.has(*f));
    assert_eq!(o.step(NextStep::SelfGuided), o.level == Early && !own_path, "{}", r.name);
    if r.crisis || o.level != Emergency {
        assert!(!o.step(NextStep::HospitalToday), "{}", r.name);
    }
    if r.crisis {
        // The crisis card's own steps come first, before any treatment center.
        assert_eq!(&o.next_steps[..r.steps.len().min(1)], &r.steps[..r.steps.len().min(1)], "{}", r.name);
        assert!(!o.step(NextStep::TalkToCenter), "{}: an emergency never leads with a center", r.name);
    }
    o
}

#[test]
fn every_row_of_the_escalation_table() {
    let rows = table();
    assert!(rows.len() >= 50);
    for r in &rows {
        run(r);
    }
}

/// The schedule shapes the plan and never the level (§7): IOP stays IOP with 4 free hours,
/// and the plan lists evening and online programmes and job-protected leave.
#[test]
fn too_few_hours_keep_the_level_and_change_the_plan() {
    let r = row("six signs, under 6 hours free", &[(Q::UseSigns, SIX), (Q::HoursFree, &[O::HoursUnder6]), (Q::ScheduleNeeds, &[O::WorkSchoolConflict, O::NeedChildcare])], Iop, Iop);
    let o = run(&r);
    assert_eq!(o.plan.fit, Fit::DoesNotFit);
    use care_screener::screening::outcome::PlanLine::*;
    for l in [HoursShort, AskEvening, AskOnline, JobProtectedLeave, AskChildcare] {
        assert_eq!(o.plan.lines.iter().filter(|x| **x == l).count(), 1, "{l:?} once");
    }
    assert!(!o.plan.lines.contains(&AskCost) && !o.plan.lines.contains(&AskTransport), "only the needs given");
    // A teen needs about 6 hours a week for IOP (§2): 6-8 free hours fit.
    let r = row("a teen, six signs, 6-8 hours", &[(Q::Age, &[O::Under18]), (Q::UseSigns, SIX), (Q::HoursFree, &[O::Hours6To8])], Iop, Iop);
    assert_eq!(run(&r).plan.fit, Fit::Fits);
    let r = row("an adult, six signs, 6-8 hours", &[(Q::UseSigns, SIX), (Q::HoursFree, &[O::Hours6To8])], Iop, Iop);
    assert_eq!(run(&r).plan.fit, Fit::DoesNotFit);
}

/// Questions left unanswered count like "not sure" under their written policy: unknown
/// withdrawal answers are read as a withdrawal sign (at least outpatient, do not stop alone).
#[test]
fn unanswered_withdrawal_questions_are_read_as_a_sign() {
    for q in [Q::WithdrawalHistory, Q::WithdrawalNow] {
        let mut a = base();
        a.clear(q);
        let o = run_from(a, &Row { steps: &[NextStep::DoNotStopSuddenly], ..row("a withdrawal question left out", &[], Outpatient, Outpatient) });
        assert!(o.fired(care_screener::screening::RuleId::WithdrawalCaution), "{}", q.as_str());
    }
}

/// A result names the strongest withdrawal reason: when medical management is suggested, the
/// weaker "talk to a doctor first" rule is not repeated beside it.
#[test]
fn no_weaker_duplicate_withdrawal_reason() {
    use care_screener::screening::RuleId;
    let rows = [
        row("past seizure and past shakes", &[(Q::WithdrawalHistory, &[O::PastSeizure, O::PastWithdrawal])], Withdrawal, Withdrawal),
        row("daily heavy with shakes", &[FREQ, AMOUNT, (Q::WithdrawalNow, &[O::ShakesSweats])], Withdrawal, Withdrawal),
        row("daily sedatives with shakes", &[(Q::Substances, &[O::Alcohol, O::Sedatives]), (Q::SedativeFreq, &[O::EveryDay]), (Q::SedativeSource, &[O::PrescribedMore]), (Q::WithdrawalNow, &[O::ShakesSweats])], Withdrawal, Withdrawal),
    ];
    for r in &rows {
        let o = run(r);
        assert!(!o.fired(RuleId::WithdrawalCaution), "{}", r.name);
    }
}

/// The reason for a raised band is shown exactly when mood and use together raised it
/// (clinical-basis §3), and not when mental health alone set the level.
#[test]
fn the_co_occurring_raise_is_named_when_it_raises() {
    use care_screener::screening::RuleId;
    let raised = [
        row("four signs and a wish to be dead", &[(Q::UseSigns, FOUR), (Q::AsqWishDead, &[O::Yes])], Iop, Iop),
        row("six signs and a wish to be dead", &[(Q::UseSigns, SIX), (Q::AsqWishDead, &[O::Yes])], Php, Php),
    ];
    for r in &raised {
        let o = run(r);
        let m3 = o.reasons.iter().find(|x| x.rule == RuleId::CoOccurringRaise).expect(r.name);
        assert_eq!(m3.at_least, o.level, "{}", r.name);
        assert!(m3.evidence.contains(&(Q::AsqWishDead, O::Yes)), "{}", r.name);
    }
    let not_raised = [
        row("hearing voices, little use", &[(Q::Psychosis, &[O::HearsVoices])], Php, Php),
        row("a wish to be dead, little use", &[(Q::AsqWishDead, &[O::Yes])], Outpatient, Outpatient),
        row("six signs and PHQ-2 positive", &[(Q::UseSigns, SIX), (Q::PhqDown, &[O::NearlyEveryDay])], Iop, Iop),
        row("six signs", &[(Q::UseSigns, SIX)], Iop, Iop),
    ];
    for r in &not_raised {
        assert!(!run(r).fired(RuleId::CoOccurringRaise), "{}", r.name);
    }
}

/// Work or school in the way: adults hear about job-protected leave where the hours do not
/// fit (not where they already fit: review 2026-12, class 6), teens about after-school
/// programmes (clinical-basis §7).
#[test]
fn work_and_school_lines_fit_the_age() {
    use care_screener::screening::outcome::PlanLine::{JobProtectedLeave, SchoolHours};
    let adult = run(&row("six signs, hours fit, work in the way", &[(Q::UseSigns, SIX), (Q::ScheduleNeeds, &[O::WorkSchoolConflict])], Iop, Iop));
    assert_eq!(adult.plan.fit, Fit::Fits);
    assert!(!adult.plan.lines.contains(&JobProtectedLeave) && !adult.plan.lines.contains(&SchoolHours));
    let short = run(&row("six signs, too few hours, work in the way", &[(Q::UseSigns, SIX), (Q::HoursFree, &[O::HoursUnder6]), (Q::ScheduleNeeds, &[O::WorkSchoolConflict])], Iop, Iop));
    assert_eq!(short.plan.fit, Fit::DoesNotFit);
    assert!(short.plan.lines.contains(&JobProtectedLeave) && !short.plan.lines.contains(&SchoolHours));
    let teen = run(&row("a teen, six signs, school in the way", &[(Q::Age, &[O::Under18]), (Q::UseSigns, SIX), (Q::ScheduleNeeds, &[O::WorkSchoolConflict])], Iop, Iop));
    assert!(teen.plan.lines.contains(&SchoolHours) && !teen.plan.lines.contains(&JobProtectedLeave));
}

/// Family resources match what the loved one uses: Al-Anon for drinking, Nar-Anon for drugs,
/// both when the family member is not sure.
#[test]
fn family_groups_match_the_substance() {
    use care_screener::screening::ResourceId::{AlAnon, NarAnon, PartnershipHelpline};
    let cases: [(&[O], bool, bool); 4] = [
        (&[O::Alcohol], true, false),
        (&[O::Cannabis], false, true),
        (&[O::Alcohol, O::Stimulants], true, true),
        (&[O::NotSure], true, true),
    ];
    for (subs, al, nar) in cases {
        let mut a = base();
        a.set(Q::WhoFor, vec![O::SomeoneElse]).unwrap();
        a.set(Q::Substances, subs.to_vec()).unwrap();
        let o = assess(&a);
        assert!(o.resources.contains(&PartnershipHelpline));
        assert_eq!(o.resources.contains(&AlAnon), al, "{subs:?}");
        assert_eq!(o.resources.contains(&NarAnon), nar, "{subs:?}");
    }
    // The person answering for themself gets no family groups.
    assert!(!assess(&base()).resources.contains(&AlAnon));
}

/// DSM-5's note on medicines taken as prescribed is shown, not applied silently: the result
/// names the two signs it did not count (rule U11), and counts them again when more is taken
/// than prescribed.
#[test]
fn signs_left_out_for_a_prescribed_medicine_are_named() {
    use care_screener::screening::RuleId;
    let o = run(&row("as directed", SEDATIVE_AS_DIRECTED, Outpatient, Outpatient));
    let u11 = o.reasons.iter().find(|r| r.rule == RuleId::SignsAsPrescribed).expect("U11 fires");
    assert_eq!(u11.evidence, [(Q::UseSigns, O::Tolerance), (Q::UseSigns, O::WithdrawalSign)]);
    let counted = o.reasons.iter().find(|r| r.rule == RuleId::SignsModerate).expect("U2: four signs");
    assert_eq!(counted.evidence.len(), 4);
    let o = run(&row("more than prescribed", SEDATIVE_MORE, Iop, Iop));
    assert!(!o.fired(RuleId::SignsAsPrescribed));
    assert!(o.fired(RuleId::SignsSevere));
}
