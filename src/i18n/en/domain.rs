//! English words for everything keyed by a domain id. Plain words, short sentences (US grade
//! 6-8); a clinical word is explained the first time it appears. Questions and reasons come
//! in two voices: to the person ("you") and about a loved one ("your loved one", "they").

use crate::i18n::{CrisisCard, Notice};
use crate::screening::{OptionId as O, QuestionId as Q};
use crate::screening::outcome::{Fit, Flag, NextStep, PlanLine, When};
use crate::screening::{Area, RuleId};
use crate::screening::{Crisis, Level, ResourceId, Voice};

use Voice::{LovedOne as They, Own as You};

/// The wording of a question.
pub fn question(q: Q, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = question_theirs(q) {
            return s;
        }
    }
    match q {
        Q::WhoFor => "Who are you answering for?",
        Q::DangerNow => "Is anyone in danger right now?",
        Q::Age => "How old are you?",
        Q::Substances => "In the past year, which of these have you used?",
        Q::AlcoholFreq => "How often do you have a drink with alcohol in it?",
        Q::AlcoholAmount => "On a day when you drink, how many drinks do you usually have?",
        Q::AlcoholBinge => "How often do you have 6 or more drinks at one time?",
        Q::CannabisFreq => "How often do you use cannabis (marijuana, weed, vapes, edibles)?",
        Q::OpioidFreq => "How often do you use opioids (fentanyl, heroin, pain pills)?",
        Q::OpioidSource => "What kind of opioids do you use, and where do they come from?",
        Q::SedativeFreq => "How often do you use sedatives (for example Xanax, Valium, Klonopin, sleeping pills, GHB, gabapentin or phenibut)?",
        Q::SedativeSource => "Where do your sedatives come from?",
        Q::StimulantFreq => "How often do you use stimulants (meth, cocaine or crack, or pills like Adderall not taken as prescribed)?",
        Q::OtherFreq => "How often do you use the other drugs?",
        Q::AlcoholLast => "When did you last have a drink with alcohol?",
        Q::CannabisLast => "When did you last use cannabis?",
        Q::OpioidLast => "When did you last use opioids?",
        Q::SedativeLast => "When did you last take a sedative?",
        Q::StimulantLast => "When did you last use stimulants?",
        Q::OtherLast => "When did you last use the other drugs?",
        Q::HeavyYears => "How long have you been drinking this much on most days?",
        Q::WithdrawalHistory => "When you stopped or cut down in the past, did any of this happen?",
        Q::WithdrawalNow => "Right now, or in the past week while cutting down or stopping, have you had any of these?",
        Q::UseSigns => "In the past year, have any of these happened to you?",
        Q::Treatment => "Have you ever had help for alcohol or drug use, or in the past month left any of these places?",
        Q::Overdose => "Have you ever overdosed?",
        Q::AsqWishDead => "In the past few weeks, have you wished you were dead?",
        Q::AsqBetterOff => "In the past few weeks, have you felt that you or your family would be better off if you were dead?",
        Q::AsqThoughts => "In the past week, have you been having thoughts about killing yourself?",
        Q::AsqTried => "Have you ever tried to kill yourself?",
        Q::AttemptRecent => "Was the last time in the past 3 months?",
        Q::SuicidePlan => "Do you have a plan for how you would do it, or do you mean to act on these thoughts?",
        Q::AsqRightNow => "Are you having thoughts of killing yourself right now?",
        Q::HarmOthers => "In the past few weeks, have you had thoughts of hurting or killing someone else?",
        Q::PhqInterest => "In the past 2 weeks, how often have you had little interest or joy in doing things?",
        Q::PhqDown => "In the past 2 weeks, how often have you felt down, sad or hopeless?",
        Q::GadNervous => "In the past 2 weeks, how often have you felt nervous, anxious or on edge?",
        Q::GadWorry => "In the past 2 weeks, how often have you not been able to stop or control worrying?",
        Q::MoodObserved => "In the past 2 weeks, has your loved one seemed very down, lost interest in things, or been very worried or on edge on most days?",
        Q::Sex => "Was your loved one born male or female?",
        Q::Psychosis => "In the past month, have you had any of these?",
        Q::Medical => "Do any of these apply to you?",
        Q::Home => "Which of these are true about your home and the people around you?",
        Q::Willing => "Is your loved one willing to get help?",
        Q::HoursFree => "About how many hours a week could you spend on treatment?",
        Q::FreeDays => "On which days are you usually free for a few hours?",
        Q::ScheduleNeeds => "At what times of day are you usually free, and which of these matter for you?",
        Q::FamilyFree => "And you: when could you go to a family session to support your loved one?",
    }
}

/// The loved-one wording of [`question`] where it differs.
fn question_theirs(q: Q) -> Option<&'static str> {
    match q {
        Q::DangerNow => Some("Is your loved one, or anyone else, in danger right now?"),
        Q::Age => Some("How old is your loved one?"),
        Q::Substances => Some("In the past year, which of these has your loved one used?"),
        Q::AlcoholFreq => Some("How often does your loved one have a drink with alcohol in it?"),
        Q::AlcoholAmount => Some("On a day when they drink, how many drinks do they usually have?"),
        Q::AlcoholBinge => Some("How often do they have 6 or more drinks at one time?"),
        Q::CannabisFreq => Some("How often does your loved one use cannabis (marijuana, weed, vapes, edibles)?"),
        Q::OpioidFreq => Some("How often does your loved one use opioids (fentanyl, heroin, pain pills)?"),
        Q::OpioidSource => Some("What kind of opioids do they use, and where do they come from?"),
        Q::SedativeFreq => Some("How often does your loved one use sedatives (for example Xanax, Valium, Klonopin, sleeping pills, GHB, gabapentin or phenibut)?"),
        Q::SedativeSource => Some("Where do their sedatives come from?"),
        Q::StimulantFreq => Some("How often does your loved one use stimulants (meth, cocaine or crack, or pills like Adderall not taken as prescribed)?"),
        Q::OtherFreq => Some("How often does your loved one use the other drugs?"),
        Q::AlcoholLast => Some("When did your loved one last have a drink with alcohol?"),
        Q::CannabisLast => Some("When did your loved one last use cannabis?"),
        Q::OpioidLast => Some("When did your loved one last use opioids?"),
        Q::SedativeLast => Some("When did your loved one last take a sedative?"),
        Q::StimulantLast => Some("When did your loved one last use stimulants?"),
        Q::OtherLast => Some("When did your loved one last use the other drugs?"),
        Q::HeavyYears => Some("How long has your loved one been drinking this much on most days?"),
        Q::WithdrawalHistory => Some("When your loved one stopped or cut down in the past, did any of this happen?"),
        Q::WithdrawalNow => Some("Right now, or in the past week while cutting down or stopping, has your loved one had any of these?"),
        Q::UseSigns => Some("In the past year, have any of these happened to your loved one?"),
        Q::Treatment => Some("Has your loved one ever had help for alcohol or drug use, or in the past month left any of these places?"),
        Q::Overdose => Some("Has your loved one ever overdosed?"),
        Q::AsqWishDead => Some("In the past few weeks, has your loved one said or shown that they wish they were dead?"),
        Q::AsqBetterOff => Some("In the past few weeks, has your loved one said that others would be better off if they were dead?"),
        Q::AsqThoughts => Some("In the past week, has your loved one talked about killing themselves?"),
        Q::AsqTried => Some("Has your loved one ever tried to kill themselves?"),
        Q::AttemptRecent => Some("Was the last time in the past 3 months?"),
        Q::SuicidePlan => Some("Does your loved one have a plan for how they would do it, or do they mean to act on these thoughts?"),
        Q::AsqRightNow => Some("Is your loved one having thoughts of killing themselves right now?"),
        Q::HarmOthers => Some("In the past few weeks, has your loved one talked about hurting or killing someone else?"),
        Q::Psychosis => Some("In the past month, has your loved one had any of these?"),
        Q::Medical => Some("Do any of these apply to your loved one?"),
        Q::Home => Some("Which of these are true about your loved one's home and the people around them?"),
        Q::HoursFree => Some("About how many hours a week could your loved one spend on treatment?"),
        Q::FreeDays => Some("On which days is your loved one usually free for a few hours?"),
        Q::ScheduleNeeds => Some("At what times of day is your loved one usually free, and which of these matter for them?"),
        _ => None,
    }
}

/// A short help text under a question, if it has one.
pub fn help(q: Q, voice: Voice) -> Option<&'static str> {
    match (q, voice) {
        (Q::DangerNow, _) => Some("If someone could get hurt now, call 911. You can also call or text 988 at any time."),
        (Q::Substances, _) => Some("Your answers stay on this device. Nothing is sent or saved."),
        (Q::AlcoholFreq, You) => Some("If you stopped in the past month, answer for the time before you stopped."),
        (Q::AlcoholFreq, They) => Some("If they stopped in the past month, answer for the time before they stopped."),
        (Q::AlcoholAmount, _) => Some("One drink is a 12-ounce can of beer, a 5-ounce glass of wine, or a 1.5-ounce shot of liquor. A big glass of wine or a strong beer is more than one. If you are between two answers, pick the higher one."),
        (Q::CannabisFreq | Q::OpioidFreq | Q::SedativeFreq | Q::StimulantFreq, You) => {
            Some("If you stopped in the past month, answer for the time before you stopped.")
        }
        (Q::CannabisFreq | Q::OpioidFreq | Q::SedativeFreq | Q::StimulantFreq, They) => {
            Some("If they stopped in the past month, answer for the time before they stopped.")
        }
        (Q::WithdrawalHistory, _) => Some("Withdrawal is the sickness the body goes through when someone stops or cuts down after using a lot."),
        (Q::WithdrawalNow, _) => Some("If someone is having a seizure, is confused, or sees or hears things that are not there, call 911."),
        (Q::UseSigns, _) => Some("These are the 11 signs doctors look for. Think about alcohol and drugs together."),
        (Q::Overdose, _) => Some("An overdose means taking so much that someone passes out, cannot be woken, stops breathing well, or needs naloxone (Narcan) or emergency care."),
        (Q::HeavyYears, You) => Some("Think of the amount you said before. If you stopped in the past month, answer for the time before you stopped."),
        (Q::HeavyYears, They) => Some("Think of the amount you said before. If they stopped in the past month, answer for the time before they stopped."),
        (Q::Treatment, _) => Some("We ask about these places because after time without using, the body cannot handle the old amount. That makes an overdose more likely."),
        (Q::OtherFreq, You) => Some("Phenibut and GHB count as sedatives, and kratom as an opioid. If you stopped in the past month, answer for the time before you stopped."),
        (Q::OtherFreq, They) => Some("Phenibut and GHB count as sedatives, and kratom as an opioid. If they stopped in the past month, answer for the time before they stopped."),
        (Q::HoursFree, _) => Some("Count time for sessions and travel. This helps plan treatment. It never changes the suggestion."),
        (Q::MoodObserved, _) => Some("Next are a few questions about suicide. We ask every family. If you do not know, choose “I'm not sure”."),
        (Q::Sex, _) => Some("Only to know if pregnancy can apply."),
        (Q::WhoFor | Q::Age | Q::AlcoholBinge | Q::OpioidSource | Q::SedativeSource
        | Q::AlcoholLast | Q::CannabisLast | Q::OpioidLast | Q::SedativeLast | Q::StimulantLast | Q::OtherLast
        | Q::AsqWishDead | Q::AsqBetterOff | Q::AsqThoughts | Q::AsqTried
        | Q::AttemptRecent | Q::SuicidePlan | Q::AsqRightNow | Q::HarmOthers | Q::PhqInterest
        | Q::PhqDown | Q::GadNervous | Q::GadWorry | Q::Psychosis | Q::Medical
        | Q::Home | Q::Willing | Q::ScheduleNeeds | Q::FreeDays | Q::FamilyFree, _) => None,
    }
}

/// The label of an option.
pub fn option(_q: Q, o: O, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = option_theirs(o) {
            return s;
        }
    }
    match o {
        O::Myself => "Myself",
        O::SomeoneElse => "A family member or friend",
        O::Yes => "Yes",
        O::No => "No",
        O::NotSure => "I'm not sure",
        O::PreferNotToSay => "I'd rather not say",
        O::NoDanger => "No, no one is in danger right now",
        O::CannotWake => "Someone has passed out and cannot be woken, or is barely breathing",
        O::SuicideNow => "Someone may try to kill themselves",
        O::HarmOthersNow => "Someone may hurt another person",
        O::MedicalNow => "Someone is having a seizure or another medical emergency",
        O::ViolenceNow => "Someone is being hurt or threatened",
        O::Under18 => "Under 18",
        O::Age18To64 => "18 to 64",
        O::Age65Plus => "65 or older",
        O::Male => "Male",
        O::Female => "Female",
        O::Alcohol => "Alcohol",
        O::Cannabis => "Cannabis (marijuana, weed, vapes, edibles)",
        O::Opioids => "Opioids: fentanyl, heroin, or pain pills like oxycodone",
        O::Sedatives => "Sedatives: benzos like Xanax, sleeping pills like Ambien, GHB, gabapentin, phenibut, barbiturates like butalbital, or Soma",
        O::Stimulants => "Stimulants: meth, cocaine or crack, or pills like Adderall",
        O::OtherDrugs => "Other drugs (for example psychedelics, ketamine or inhalants)",
        O::NoSubstances => "None of these",
        O::Never => "Never",
        O::MonthlyOrLess => "Once a month or less",
        O::TwoToFourMonth => "2 to 4 times a month",
        O::TwoToThreeWeek => "2 to 3 times a week",
        O::FourPlusWeek => "4 or more times a week",
        O::Drinks1To2 => "1 or 2",
        O::Drinks3To4 => "3 or 4",
        O::Drinks5To6 => "5 or 6",
        O::Drinks7To9 => "7 to 9",
        O::Drinks10Plus => "10 or more",
        O::LessThanMonthly => "Less than once a month",
        O::Monthly => "About once a month",
        O::Weekly => "About once a week",
        O::DailyOrAlmost => "Every day or almost every day",
        O::LessThanWeekly => "Less than once a week",
        O::OneTwoDaysWeek => "1 or 2 days a week",
        O::ThreeSixDaysWeek => "3 to 6 days a week",
        O::EveryDay => "Every day or almost every day",
        O::PrescribedAsDirected => "Prescribed to me, and I take them the way the doctor said",
        O::PrescribedMore => "Prescribed to me, but I take more than prescribed",
        O::NotFromPharmacy => "Pills from friends, the street or online (not from a pharmacy)",
        O::HeroinFentanyl => "Heroin or fentanyl (powder, or pressed into pills)",
        O::Today => "Today",
        O::Days1To3 => "1 to 3 days ago",
        O::Days4To7 => "4 to 7 days ago",
        O::Weeks1To4 => "1 to 4 weeks ago",
        O::Months1To3 => "1 to 3 months ago",
        O::Months3To12 => "3 to 12 months ago",
        O::UnderYear => "Less than a year",
        O::YearOrMore => "A year or more",
        O::PastSeizure => "A seizure (a fit)",
        O::PastDts => "Delirium tremens (DTs): very confused, shaking, seeing things",
        O::PastWithdrawalMany => "Withdrawal 3 or more times",
        O::PastWithdrawal => "Withdrawal signs like shakes, sweats or feeling sick",
        O::NoWithdrawal => "None of these",
        O::ShakesSweats => "Shaky hands or sweating",
        O::SickRestless => "Feeling sick, a racing heart, restless, or cannot sleep",
        O::Hallucinations => "Seeing, hearing or feeling things that are not there",
        O::Confusion => "Confused, not knowing where they are or what day it is",
        O::Fever => "A high fever",
        O::SeizureNow => "A seizure (a fit) today",
        O::NoneNow => "None of these",
        O::MoreThanMeant => "Used more, or for longer, than meant to",
        O::CantCutDown => "Wanted to cut down or stop, or tried, but could not",
        O::LotsOfTime => "Spent a lot of time using, getting it, or getting over it",
        O::Cravings => "Had strong urges (cravings) to use",
        O::RoleFailure => "Use got in the way of home, work or school",
        O::SocialProblems => "Kept using even though it caused trouble with family or friends",
        O::GaveUpActivities => "Gave up or cut back on things that mattered, to use",
        O::RiskySituations => "Used in risky ways more than once, like driving or unsafe sex",
        O::UseDespiteHarm => "Kept using even though it hurt mood or health, or caused memory blackouts",
        O::Tolerance => "Needed much more to feel the effect, or the usual amount did less",
        O::WithdrawalSign => "Felt sick when it wore off (shaky, sweaty, sick, cannot sleep), or used to stop that",
        O::NoSigns => "None of these",
        O::TreatmentBefore => "Counseling, a program or detox before",
        O::FinishedResidential => "Finished a live-in (residential) program in the past month",
        O::MoudNow => "Takes methadone, buprenorphine (Suboxone) or naltrexone for opioid or alcohol use now",
        O::NoTreatment => "None of these",
        O::OverdosePastYear => "Yes, in the past year",
        O::OverdoseEarlier => "Yes, more than a year ago",
        O::LeftJail => "Left jail or prison in the past month",
        O::LeftHospital => "Left a hospital in the past month",
        O::LeftProgram => "Left a detox or a treatment program in the past month",
        O::PsychStay => "Stayed in a hospital or crisis unit for mental health in the past 6 months",
        O::HasPlan => "Yes, a plan",
        O::HasIntent => "Yes, I mean to act on these thoughts",
        O::Neither => "No",
        O::NotAtAll => "Not at all",
        O::SeveralDays => "Several days",
        O::MoreThanHalf => "More than half the days",
        O::NearlyEveryDay => "Nearly every day",
        O::HearsVoices => "Hearing voices or seeing things that others do not",
        O::Paranoia => "Feeling watched or followed, or that people mean harm",
        O::NoSleepEnergy => "Days in a row with little or no sleep while full of energy",
        O::NoPsychosis => "None of these",
        O::ChestPain => "Chest pain now or in the past few days",
        O::VomitingBlood => "Throwing up blood, or black, tar-like stools",
        O::YellowConfused => "Yellow skin or eyes, with confusion",
        O::BreathingTrouble => "Trouble breathing",
        O::SeriousIllness => "A serious long-term illness (liver, heart or lung disease, epilepsy, diabetes)",
        O::NoMedical => "None of these",
        O::Pregnant => "Pregnant, or might be pregnant",
        O::Violence => "Someone at home hurts, threatens or scares people there",
        O::OthersUse => "Others at home drink a lot or use drugs",
        O::NoHousing => "No steady, safe place to live",
        O::NoSupport => "No one who supports my recovery",
        O::HomeOk => "None of these",
        O::WillingYes => "Yes",
        O::WillingMaybe => "Maybe, or sometimes",
        O::WillingNo => "Not yet",
        O::HoursUnder6 => "Less than 6 hours",
        O::Hours6To8 => "6 to 8 hours",
        O::Hours9To19 => "9 to 19 hours",
        O::Hours20Plus => "20 hours or more",
        O::Monday => "Monday",
        O::Tuesday => "Tuesday",
        O::Wednesday => "Wednesday",
        O::Thursday => "Thursday",
        O::Friday => "Friday",
        O::Saturday => "Saturday",
        O::Sunday => "Sunday",
        O::DaysVary => "It changes from week to week",
        O::Mornings => "Mornings (before noon)",
        O::Afternoons => "Afternoons (noon to 5 pm)",
        O::Evenings => "Evenings (after 5 pm)",
        O::Weekends => "Weekends",
        O::PreferOnline => "Online (video) sessions",
        O::PreferInPerson => "Meeting in person",
        O::NeedChildcare => "Childcare",
        O::NeedTransport => "A way to get there",
        O::WorkSchoolConflict => "Hard to get time off work or school",
        O::CostWorry => "Cost or insurance",
        O::NoNeeds => "None of these",
    }
}

/// The loved-one wording of [`option`] where it differs.
fn option_theirs(o: O) -> Option<&'static str> {
    match o {
        O::PrescribedAsDirected => Some("Prescribed to them, taken the way the doctor said"),
        O::PrescribedMore => Some("Prescribed to them, but they take more than prescribed"),
        O::HasIntent => Some("Yes, they mean to act on these thoughts"),
        O::NoSupport => Some("No one besides me who supports their recovery"),
        _ => None,
    }
}

/// The plain-language reason a rule gives. The result lists the answers behind it below.
pub fn rule(r: RuleId, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = rule_theirs(r) {
            return s;
        }
    }
    match r {
        RuleId::OverdoseNow => "Someone cannot be woken or is barely breathing. This is an overdose emergency.",
        RuleId::SuicideNow => "You said you may act on thoughts of killing yourself now. Your life matters. Get help right now.",
        RuleId::SuicidePlan => "You said you have a plan or mean to act on thoughts of suicide. This needs help today, right now.",
        RuleId::SuicideAttempt => "You said you tried to end your life in the past 3 months. The risk is higher now. Get help right now.",
        RuleId::HarmOthers => "You said you have thoughts of hurting someone else. Help is there right now, without judgment.",
        RuleId::MedicalNow => "Someone is having a seizure or another medical emergency now.",
        RuleId::ViolenceNow => "Someone is being hurt or threatened now.",
        RuleId::DangerUnsure => "You are not sure whether someone is in danger. When in doubt, it is safer to call for help now.",
        RuleId::SeizureNow => "A seizure while stopping alcohol or sedatives is a medical emergency.",
        RuleId::WithdrawalDelirium => "You said you are confused, see or hear things, or have a fever while stopping or cutting down. These can be signs of delirium tremens (DTs), a dangerous form of withdrawal.",
        RuleId::PsychosisHarm => "You said you hear or see things others do not, or feel watched, and also have thoughts of harm. This needs help right away.",
        RuleId::PastSeizureDts => "You said you had a seizure or DTs when you stopped before. Stopping again can be dangerous without a doctor.",
        RuleId::HeavyDrinkingRisk => "You drink heavily almost every day, and you have a risk for hard withdrawal. Stopping should be done with a doctor.",
        RuleId::SedativeDependence => "You take sedatives often. The body gets used to them, and stopping suddenly can cause seizures. A doctor should guide it.",
        RuleId::WithdrawalCaution => "You have had withdrawal signs, or we do not know. Talk to a doctor before you stop or cut down.",
        RuleId::PregnancyOpioidsHospital => "Pregnancy with opioids, plus a risk of dangerous withdrawal from alcohol or sedatives, needs hospital care. Stopping opioids suddenly in pregnancy is not safe.",
        RuleId::PregnantUsing => "You are pregnant and use alcohol or drugs. Care that knows about pregnancy keeps you and your baby safer.",
        RuleId::MedicalRedFlag => "You named a health problem that needs a doctor today.",
        RuleId::AsqPositive => "Your answers about suicide show you are going through a lot. Care for your mood belongs in your plan.",
        RuleId::Psychosis => "You said you hear or see things others do not, feel watched, or go days without sleep. A program that treats mental health too is safer.",
        RuleId::CoOccurringRaise => "Mood and substance use together need more support. So the suggestion is one step more intensive.",
        RuleId::Phq2Positive => "You have felt down or lost interest in things on many days. Care for your mood can help.",
        RuleId::Gad2Positive => "You have felt worried or on edge on many days. Care for anxiety can help.",
        RuleId::MoodSeen => "You said your loved one has seemed very down, uninterested, worried or on edge on most days. Care for mood and worry can help.",
        RuleId::SignsMild => "2 or 3 of the 11 signs: a mild problem with alcohol or drugs.",
        RuleId::SignsModerate => "4 or 5 of the 11 signs: a moderate problem with alcohol or drugs.",
        RuleId::SignsSevere => "6 or more of the 11 signs: a severe problem with alcohol or drugs. More structure helps.",
        RuleId::OverdoseRecent => "You overdosed in the past year. The risk of another overdose is high.",
        RuleId::OverdoseEarlier => "You overdosed before. That raises the risk of another one.",
        RuleId::OpioidUse => "You use opioids. Medicines for opioid use work well and lower the risk of dying from an overdose.",
        RuleId::StepDown => "You just finished a live-in program. Stepping down to a few days a week keeps your progress going.",
        RuleId::LostTolerance => "You left a place where you could not use. Your body cannot handle the old amount, so an overdose is more likely.",
        RuleId::RiskyDrinking => "Your drinking is above the low-risk level.",
        RuleId::SignsAsPrescribed => "You take your medicine as prescribed. So needing more of it, or feeling sick when it wears off, is not counted among the 11 signs. It can still mean your body is used to it: do not stop it suddenly, and talk to your prescriber first.",
        RuleId::HeavyDrinking => "Your drinking score is high. A doctor or counselor should check it with you.",
        RuleId::HomeUnsafe => "Your home is not safe or steady right now. A live-in program gives a safe place while you start recovery.",
        RuleId::HomeUnsupportive => "Others at home use, and no one there supports recovery. A live-in program gives the structure that home cannot give now.",
        RuleId::HomeStrain => "Others at home use, or there is little support. More hours of care each week help.",
        RuleId::ViolenceAtHome => "There is violence at home. Your safety comes first, and help is there.",
        RuleId::Uncertain => "Many answers are missing. So this suggestion is less sure, and a full assessment is the best next step.",
        RuleId::RedFlagNow => "You named a health problem that can be deadly within hours, like bleeding inside or a liver or heart emergency. It needs an emergency room now.",
        RuleId::DailyHeavyDrinking => "You drink a lot on most days. Your body may be used to it, so stopping all at once could make you very sick. A doctor should plan it with you.",
        RuleId::SedativePrescribed => "You take a sedative as prescribed, most days. That is not a problem in itself. But your body is used to it, so it should only be lowered slowly, with your prescriber.",
        RuleId::PregnantStopped => "You are pregnant and used alcohol or drugs before, but not in the past week. Tell your prenatal team: they can help you and your baby.",
        RuleId::PsychStay => "A stay in a hospital or crisis unit for mental health in the past 6 months. The months after a stay need extra care, so the suggestion is one step more intensive.",
        RuleId::LeftNoUse => "Leaving a place where there was no use: if there was use before, the body cannot handle the old amount now.",
        RuleId::OpioidPrescribed => "You take opioids as prescribed. That is not a problem in itself. Keep to the prescription, and keep naloxone at home.",
        RuleId::Mixing => "Alcohol, opioids and sedatives together slow breathing much more than one alone.",
        RuleId::Recovery => "You have not used for 3 months or more. The signs you named were before that. Keep up what helps you stay well.",
        RuleId::HomeAlone => "No steady place to live and no one to support recovery: help with both is part of care.",
        RuleId::HomeNeeds => "You named a problem with the home or with support. Help for it can be part of the plan.",
        RuleId::KeyUnknown => "We do not know which substances or which of the 11 signs apply. So this suggestion is less sure, and a full assessment is the best next step.",
        RuleId::Baseline => "Your answers do not show a need for more than early support right now.",
    }
}

/// The loved-one wording of [`rule`] where it differs.
fn rule_theirs(r: RuleId) -> Option<&'static str> {
    match r {
        RuleId::SuicideNow => Some("You said your loved one may act on thoughts of killing themselves now. Get help right now."),
        RuleId::SuicidePlan => Some("You said your loved one has a plan or means to act on thoughts of suicide. This needs help right now."),
        RuleId::SuicideAttempt => Some("You said your loved one tried to end their life in the past 3 months. The risk is higher now. Get help right now."),
        RuleId::HarmOthers => Some("You said your loved one has talked about hurting someone else. Keep yourself and others safe and get help now."),
        RuleId::WithdrawalDelirium => Some("You said your loved one is confused, sees or hears things, or has a fever while stopping or cutting down. These can be signs of delirium tremens (DTs), a dangerous form of withdrawal."),
        RuleId::PsychosisHarm => Some("You said your loved one hears or sees things others do not, or feels watched, and has thoughts of harm. This needs help right away."),
        RuleId::PastSeizureDts => Some("You said your loved one had a seizure or DTs when they stopped before. Stopping again can be dangerous without a doctor."),
        RuleId::HeavyDrinkingRisk => Some("Your loved one drinks heavily almost every day and has a risk for hard withdrawal. Stopping should be done with a doctor."),
        RuleId::SedativeDependence => Some("Your loved one takes sedatives often. The body gets used to them, and stopping suddenly can cause seizures. A doctor should guide it."),
        RuleId::WithdrawalCaution => Some("Your loved one has had withdrawal signs, or we do not know. They should talk to a doctor before they stop or cut down."),
        RuleId::PregnantUsing => Some("Your loved one is pregnant and uses alcohol or drugs. Care that knows about pregnancy keeps them and their baby safer."),
        RuleId::AsqPositive => Some("Your answers about suicide show your loved one is going through a lot. Care for their mood belongs in the plan."),
        RuleId::Psychosis => Some("You said your loved one hears or sees things others do not, feels watched, or goes days without sleep. A program that treats mental health too is safer."),
        RuleId::Phq2Positive => Some("Your loved one has seemed down or lost interest in things on many days. Care for their mood can help."),
        RuleId::Gad2Positive => Some("Your loved one has seemed worried or on edge on many days. Care for anxiety can help."),
        RuleId::OverdoseRecent => Some("Your loved one overdosed in the past year. The risk of another overdose is high."),
        RuleId::OverdoseEarlier => Some("Your loved one overdosed before. That raises the risk of another one."),
        RuleId::OpioidUse => Some("Your loved one uses opioids. Medicines for opioid use work well and lower the risk of dying from an overdose."),
        RuleId::StepDown => Some("Your loved one just finished a live-in program. Stepping down to a few days a week keeps the progress going."),
        RuleId::LostTolerance => Some("Your loved one left a place where they could not use. Their body cannot handle the old amount, so an overdose is more likely."),
        RuleId::RiskyDrinking => Some("Your loved one's drinking is above the low-risk level."),
        RuleId::SignsAsPrescribed => Some("Your loved one takes their medicine as prescribed. So needing more of it, or feeling sick when it wears off, is not counted among the 11 signs. It can still mean their body is used to it: they should not stop it suddenly, and should talk to their prescriber first."),
        RuleId::HeavyDrinking => Some("Your loved one's drinking score is high. A doctor or counselor should check it with them."),
        RuleId::HomeUnsafe => Some("Your loved one's home is not safe or steady right now. A live-in program gives a safe place to start recovery."),
        RuleId::DailyHeavyDrinking => Some("Your loved one drinks a lot on most days. Their body may be used to it, so stopping all at once could make them very sick. A doctor should plan it with them."),
        RuleId::SedativePrescribed => Some("Your loved one takes a sedative as prescribed, most days. That is not a problem in itself. But their body is used to it, so it should only be lowered slowly, with the prescriber."),
        RuleId::PregnantStopped => Some("Your loved one is pregnant and used alcohol or drugs before, but not in the past week. Their prenatal team should know: they can help."),
        RuleId::OpioidPrescribed => Some("Your loved one takes opioids as prescribed. That is not a problem in itself. They should keep to the prescription and have naloxone at home."),
        RuleId::Recovery => Some("Your loved one has not used for 3 months or more. The signs you named were before that. What helps them stay well should go on."),
        _ => None,
    }
}

/// The name of a level.
pub fn level_name(l: Level) -> &'static str {
    match l {
        Level::Early => "Early support",
        Level::Outpatient => "Outpatient care",
        Level::Iop => "Intensive outpatient program (IOP)",
        Level::Php => "Partial hospitalization program (PHP)",
        Level::Residential => "Residential (live-in) treatment",
        Level::Withdrawal => "Medically supervised withdrawal (detox)",
        Level::Emergency => "Emergency help now",
    }
}

/// One sentence that says what the level is. Written without "you" or "they", so one
/// wording fits the person and a family member (issue 16: one table for both voices rather
/// than two, which cost bytes and could drift apart).
pub fn level_summary(l: Level) -> &'static str {
    match l {
        Level::Early => "Learning, check-ins and support groups, to keep risks low.",
        Level::Outpatient => "Counseling once or twice a week, living at home.",
        Level::Iop => "Treatment 3 to 5 days a week, a few hours a day, living at home.",
        Level::Php => "A day program most of the day, 5 days a week, and home at night.",
        Level::Residential => "Living at a treatment center for a while, with support day and night.",
        Level::Withdrawal => "A safe stop, with doctors and nurses watching over. They treat withdrawal: the sickness the body can go through when someone stops. Then treatment goes on.",
        Level::Emergency => "Call 911 or 988 now. Get help before anything else.",
    }
}

/// What the level involves: hours, days, setting. Like the summary, one wording for both
/// voices ("you can check again" speaks to the reader, whoever it is).
pub fn level_involves(l: Level) -> &'static str {
    match l {
        Level::Early => "Reading and self-help tools, short check-ins with a counselor or doctor, and free support groups. You can check again any time.",
        Level::Outpatient => "Usually 1 or 2 sessions a week, under 9 hours in all (under 6 for teens). Talk therapy, sometimes medicine, at an office or online.",
        Level::Iop => "About 9 to 19 hours a week (6 or more for teens), often 3 to 5 days a week for 2 to 4 hours. Group and one-on-one therapy, drug tests, family sessions, and crisis support at any hour. Many programs run in the evening or online.",
        Level::Php => "About 20 or more hours a week: a day program most weekdays, with doctors, nurses and therapists. Nights are at home.",
        Level::Residential => "A stay at the center, usually for a few weeks. Staff are there day and night. Therapy, groups and medical care each day.",
        Level::Withdrawal => "Doctors and nurses help with stopping safely, with medicine when needed. It may be a 24-hour setting or a slow taper with close checks, as the doctor decides. Most stays last a few days. Then treatment goes on at another level.",
        Level::Emergency => "Emergency services, a crisis line or an emergency room. Treatment for substance use can be planned once everyone is safe.",
    }
}

/// When to take a next step, as the words before it ("Today: …").
pub fn when(w: When) -> &'static str {
    match w {
        When::Now => "Now:",
        When::Today => "Today:",
        When::ThisWeek => "This week:",
        When::Later => "Later:",
        When::Ongoing => "From now on:",
    }
}

/// A substance's short name, as a reason's sentence and the words for a call name it.
pub fn substance(o: O) -> &'static str {
    match o {
        O::Alcohol => "alcohol",
        O::Cannabis => "cannabis",
        O::Opioids => "opioids",
        O::Sedatives => "sedatives",
        O::Stimulants => "stimulants",
        _ => "other drugs",
    }
}

/// A next step.
pub fn next_step(s: NextStep, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = next_step_theirs(s) {
            return s;
        }
    }
    match s {
        NextStep::Call911 => "Call 911 now.",
        NextStep::OverdoseSteps => "Call 911. Give naloxone (Narcan) if you have it: opioids may be involved. If they are not breathing well, give rescue breaths. Stay with them and turn them on their side.",
        NextStep::Call988Now => "Call or text 988 now (Suicide & Crisis Lifeline). If there is danger this minute, call 911.",
        NextStep::SeizureSteps => "Call 911. Move hard things away. Do not hold them down or put anything in their mouth. Turn them on their side when the shaking stops.",
        NextStep::HospitalToday => "Go to a hospital today. Say you are pregnant and use opioids and alcohol or sedatives. Do not stop anything suddenly on your own.",
        NextStep::EmergencyRoomNow => "Go to an emergency room now. Do not drive yourself: ask someone to take you, or call 911.",
        NextStep::SeeDoctorToday => "See a doctor today about the health problem you named. If it is severe, like bad chest pain or trouble breathing, call 911.",
        NextStep::DoNotStopSuddenly => "Do not stop suddenly on your own. Talk to a doctor first. Stopping alcohol or sedatives all at once can cause seizures.",
        NextStep::SupervisedWithdrawal => "Ask a treatment center or a doctor about detox with medical care. Ask what treatment comes next.",
        NextStep::PrescriberTaper => "Ask the doctor who prescribes your medicine about a slow taper: lowering the dose step by step, with checks along the way.",
        NextStep::SedativeSupervised => "Coming off benzodiazepines or other sedatives needs a doctor: a slow, supervised taper or a 24-hour setting, as the doctor decides.",
        NextStep::WatchDangerSigns => "If you get confused, see or hear things, get a high fever or have a seizure, call 911. Ask someone to check on you.",
        NextStep::Mixing => "Mixing opioids with sedatives or alcohol, or alcohol with sedatives, is the biggest cause of overdose deaths. Do not mix them, and keep naloxone (Narcan) nearby.",
        NextStep::Talk988Today => "Talk to someone today: call or text 988. It is free, private and open day and night.",
        NextStep::SameDaySafety => "Talk with someone today about how safe you feel: call or text 988, or see a doctor or a crisis clinic.",
        NextStep::Keep988 => "If hard thoughts come, call or text 988 any time. You do not have to share anything here.",
        NextStep::UrgentMentalHealth => "A mental-health check should happen within a day or two: ask a doctor, a crisis line or an urgent care clinic.",
        NextStep::MentalHealthToo => "Look for a program that treats mental health too, not only substance use.",
        NextStep::MentalHealthCare => "Talk to a doctor or a mental-health counselor about how you feel. You can call or text 988 any time.",
        NextStep::MoudPregnancy => "Do not stop opioids suddenly. Medicines like buprenorphine and methadone are safe in pregnancy when prescribed. Ask a doctor soon.",
        NextStep::Moud => "Ask about medicine for opioid use: buprenorphine (Suboxone) or methadone. It lowers cravings and the risk of dying from an overdose.",
        NextStep::KeepMedicine => "Keep taking your medicine for opioid or alcohol use. Stopping it raises the risk of overdose. Tell your prescriber about any other use.",
        NextStep::TalkToPrescriber => "Keep taking your opioids as prescribed. Talk to your prescriber about any worries, and before you change the dose.",
        NextStep::PrenatalCare => "Prenatal care (care during pregnancy) is needed, and the team should know about the substance use. They are there to help, not to judge.",
        NextStep::Naloxone => "Keep naloxone (Narcan) nearby; pharmacies sell it without a prescription. Use fentanyl test strips. Do not use alone.",
        NextStep::NaloxoneHome => "Keep naloxone (Narcan) at home, and show the people you live with how to use it. Pharmacies sell it without a prescription.",
        NextStep::LostTolerance => "After time without using, the body cannot handle the old amount: even a small amount can cause an overdose. Do not use alone, and keep naloxone nearby.",
        NextStep::DvHotline => "The National Domestic Violence Hotline can help you plan for safety: call 1-800-799-7233 or text START to 88788.",
        NextStep::Childhelp => "If a young person is hurt or scared at home, call the Childhelp hotline: 1-800-422-4453.",
        NextStep::CraftFirst => "Start with CRAFT: a way for families to help a loved one who is not ready. It works for about 2 in 3 families.",
        NextStep::CraftUnsure => "It is not clear yet if your loved one wants help. CRAFT shows families how to talk about treatment in a way that helps a loved one say yes.",
        NextStep::FamilySupport => "Get support for yourself too: family groups, the Partnership to End Addiction helpline, or 988.",
        NextStep::AdolescentProgram => "Look for a program made for teens.",
        NextStep::FamilyInvolvement => "Involve the family. Teens do better when a parent or trusted adult takes part.",
        NextStep::FullAssessment => "Some answers are missing, so this is less sure. A full assessment with a counselor or doctor is the next step.",
        NextStep::ContinuingCare => "What helps should go on: meetings, counseling or check-ins. If cravings grow or a slip happens, reaching out early is part of recovery.",
        NextStep::HomeSupport => "Ask about help with a place to live and with support: call 211, or the SAMHSA Helpline at 1-800-662-4357. Recovery groups can be a support too.",
        NextStep::StepDown => "Next comes a step-down program at the level suggested here, now that the live-in program is done.",
        NextStep::TalkToCenter => "Talk to a treatment center about this level of care. They will do a full assessment and confirm it.",
        NextStep::FindTreatment => "Find programs near you at FindTreatment.gov, or call the SAMHSA Helpline at 1-800-662-4357.",
        NextStep::SelfGuided => "Self-help tools and free support groups can help. A doctor can help with cutting down.",
        NextStep::CheckAgain => "Check again in a month or two, or sooner if things change.",
    }
}

/// The loved-one wording of [`next_step`] where it differs.
fn next_step_theirs(s: NextStep) -> Option<&'static str> {
    match s {
        NextStep::HospitalToday => Some("Help your loved one get to a hospital today. Tell them to say they are pregnant and use opioids and alcohol or sedatives. They should not stop anything suddenly."),
        NextStep::EmergencyRoomNow => Some("Take your loved one to an emergency room now, or call 911. Do not let them drive."),
        NextStep::SeeDoctorToday => Some("Your loved one should see a doctor today about the health problem you named. If it is severe, like bad chest pain or trouble breathing, call 911."),
        NextStep::DoNotStopSuddenly => Some("Your loved one should not stop suddenly on their own. A doctor should help. Stopping alcohol or sedatives all at once can cause seizures."),
        NextStep::PrescriberTaper => Some("Your loved one can ask the doctor who prescribes the medicine about a slow taper: lowering the dose step by step, with checks along the way."),
        NextStep::WatchDangerSigns => Some("If your loved one gets confused, sees or hears things, gets a high fever or has a seizure, call 911."),
        NextStep::Mixing => Some("Mixing opioids with sedatives or alcohol, or alcohol with sedatives, is the biggest cause of overdose deaths. Ask your loved one not to mix them, and keep naloxone (Narcan) nearby."),
        NextStep::Talk988Today => Some("Call or text 988 today, with your loved one or for advice. It is free, private and open day and night."),
        NextStep::SameDaySafety => Some("Ask your loved one today if they are safe. Call or text 988 with them or for advice. They can also see a doctor or a crisis clinic."),
        NextStep::Keep988 => Some("If your loved one has hard thoughts, you or they can call or text 988 any time."),
        NextStep::MentalHealthCare => Some("Help your loved one see a doctor or a mental-health counselor. You or they can call or text 988 any time."),
        NextStep::MoudPregnancy => Some("Your loved one should not stop opioids suddenly. Medicines like buprenorphine and methadone are safe in pregnancy when prescribed. Help them see a doctor soon."),
        NextStep::KeepMedicine => Some("Your loved one should keep taking their medicine for opioid or alcohol use. Stopping it raises the risk of overdose."),
        NextStep::TalkToPrescriber => Some("Your loved one should keep taking their opioids as prescribed and talk to the prescriber before changing the dose."),
        NextStep::Naloxone => Some("Keep naloxone (Narcan) nearby and learn how to use it; pharmacies sell it without a prescription. Ask your loved one not to use alone."),
        NextStep::NaloxoneHome => Some("Keep naloxone (Narcan) at home, and learn how to use it. Pharmacies sell it without a prescription."),
        NextStep::LostTolerance => Some("After time without using, the body cannot handle the old amount: even a small amount can cause an overdose. Ask your loved one not to use alone, and keep naloxone nearby."),
        _ => None,
    }
}

/// A short note for a flag.
pub fn flag(f: Flag, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = flag_theirs(f) {
            return s;
        }
    }
    match f {
        Flag::CoOccurring => "Mental health care is part of the plan.",
        Flag::UrgentMentalHealth => "An urgent mental-health check is needed.",
        Flag::SuicideRisk => "Talk to someone today: call or text 988.",
        Flag::SuicideDeclined => "988 is there any time, day or night.",
        Flag::DangerUnsure => "If you feel unsafe at any point, call or text 988, or call 911.",
        Flag::Moud => "Medicine for opioid use is a strong first step.",
        Flag::Naloxone => "Naloxone and fentanyl test strips can save a life.",
        Flag::LostTolerance => "Overdose risk is higher after time without using.",
        Flag::PastOverdose => "A past overdose raises the risk of another.",
        Flag::Pregnancy => "Care that knows about pregnancy.",
        Flag::PregnancyOpioids => "Do not stop opioids suddenly in pregnancy.",
        Flag::Adolescent => "Programs for teens, with the family.",
        Flag::ViolenceAtHome => "Violence at home: the hotline can help with safety.",
        Flag::ChildHurtAtHome => "A young person hurt at home: Childhelp can help.",
        Flag::FamilyMode => "Answered by a family member or friend.",
        Flag::LovedOneUnwilling => "Your loved one is not ready yet. CRAFT can help.",
        Flag::LovedOneUnsure => "Your loved one may be open to help. CRAFT can help.",
        Flag::Uncertain => "This suggestion is uncertain because many answers are missing.",
        Flag::MedicalRedFlag => "A health problem needs a doctor today.",
        Flag::StepDown => "A step down after a live-in program.",
        Flag::BenzoTaper => "A slow taper with the prescribing doctor.",
        Flag::SedativeSupervised => "Coming off sedatives needs a doctor.",
        Flag::DoNotStopSuddenly => "Do not stop suddenly on your own.",
        Flag::NoUseReported => "You did not report any alcohol or drug use.",
        Flag::Mixing => "Mixing these raises overdose risk.",
        Flag::KeepMedicine => "Keep taking the medicine.",
        Flag::OpioidPrescribed => "Opioids as prescribed.",
        Flag::Recovery => "In recovery for 3 months or more.",
        Flag::HomeSupport => "Help with housing or support.",
        Flag::SameDaySafety => "A safety check today.",
        Flag::StreetSupply => "Drugs not from a pharmacy.",
        Flag::KeyUnknown => "Key answers are missing.",
        Flag::SignsNowUnknown => "Withdrawal signs now are not known.",
    }
}

/// The loved-one wording of [`flag`] where it differs.
fn flag_theirs(f: Flag) -> Option<&'static str> {
    match f {
        Flag::SuicideRisk => Some("Call or text 988 today, with your loved one or for advice."),
        Flag::PregnancyOpioids => Some("Your loved one should not stop opioids suddenly in pregnancy."),
        Flag::DoNotStopSuddenly => Some("Your loved one should not stop suddenly on their own."),
        Flag::NoUseReported => Some("You did not report any alcohol or drug use by your loved one."),
        _ => None,
    }
}

/// The crisis card for a kind of crisis.
pub fn crisis(c: Crisis, voice: Voice) -> CrisisCard {
    let (title, steps): (&str, &[&str]) = match (c, voice) {
        (Crisis::Overdose, _) => ("This may be an overdose. Act now.", &[
            "Call 911.",
            "Give naloxone (Narcan) if you have it. Opioids may be involved. You can give a second dose after 2 to 3 minutes.",
            "If they are not breathing well, tilt the head back and give rescue breaths.",
            "Stay with them. Turn them on their side so they do not choke.",
        ]),
        (Crisis::Seizure, You) => ("A seizure is an emergency.", &[
            "Call 911 now, even if it has stopped. Another one can follow.",
            "Do not stay alone: ask someone to be with you until help comes.",
            "Do not drive, and do not drink or take pills to calm it.",
        ]),
        (Crisis::Seizure, They) => ("A seizure is an emergency.", &[
            "Call 911.",
            "Move hard or sharp things away. Do not hold them down. Put nothing in their mouth.",
            "When the shaking stops, turn them on their side and stay with them.",
        ]),
        (Crisis::WithdrawalDelirium, You) => ("These can be signs of dangerous withdrawal.", &[
            "Call 911 now. If you can, unlock the door.",
            "Confusion, seeing or hearing things, or a fever after stopping alcohol or sedatives can be deadly without care.",
            "Do not drive. Do not drink or take pills to ease it. Ask someone to stay with you.",
        ]),
        (Crisis::WithdrawalDelirium, They) => ("These can be signs of dangerous withdrawal.", &[
            "Call 911 now, or go to the nearest emergency room.",
            "Confusion, seeing or hearing things, or a fever after stopping alcohol or sedatives can be deadly without care.",
            "Do not give alcohol or pills to ease it. Stay with them.",
        ]),
        (Crisis::Suicide, You) => ("You do not have to go through this alone.", &[
            "Call or text 988 now. Someone will listen, day or night.",
            "If you might act now, call 911 or go to an emergency room.",
            "Put distance between you and anything you could use to hurt yourself.",
        ]),
        (Crisis::Suicide, They) => ("Your loved one needs help now.", &[
            "Call or text 988 now. They help family and friends too.",
            "If they might act now, call 911. Stay with them.",
            "Remove guns, pills and other things they could use to hurt themselves, if it is safe to do so.",
        ]),
        (Crisis::HarmOthers, _) => ("Get help now to keep everyone safe.", &[
            "If someone could get hurt now, call 911.",
            "Call or text 988 to talk it through with a counselor, day or night.",
            "Put distance between yourself and others, and away from weapons.",
        ]),
        (Crisis::RedFlag, You) => ("This needs an emergency room now.", &[
            "Go to an emergency room now. Do not drive yourself: ask someone to take you, or call 911.",
            "If you feel faint, are bleeding a lot, or the pain is bad, call 911.",
            "Tell the staff what you drink or use. It helps them treat you.",
        ]),
        (Crisis::RedFlag, They) => ("This needs an emergency room now.", &[
            "Take your loved one to an emergency room now, or call 911. Do not let them drive.",
            "If they faint, bleed a lot, or the pain is bad, call 911.",
            "Tell the staff what they drink or use. It helps them treat your loved one.",
        ]),
        (Crisis::Medical, You) => ("This is a medical emergency.", &[
            "Call 911 now.",
            "If you can, unlock the door and ask someone to stay with you.",
        ]),
        (Crisis::Medical, They) => ("This is a medical emergency.", &[
            "Call 911 now.",
            "Stay with the person until help arrives.",
        ]),
        (Crisis::Violence, _) => ("Your safety comes first.", &[
            "If you are in danger now, call 911.",
            "When it is safe, the National Domestic Violence Hotline can help: call 1-800-799-7233 or text START to 88788.",
            "If you need to leave this page fast, use the exit button.",
        ]),
        (Crisis::PsychosisRisk, _) => ("This needs help right away.", &[
            "Call or text 988 now, or call 911 if someone could get hurt.",
            "Stay with the person, speak calmly, and keep things quiet and safe.",
        ]),
        (Crisis::DangerNow, _) => ("When in doubt, get help now.", &[
            "If someone could get hurt now, call 911.",
            "If you are not sure what to do, call or text 988. They help family and friends too.",
        ]),
    };
    CrisisCard { title, steps }
}

/// The name of a resource.
pub fn resource_name(r: ResourceId) -> &'static str {
    match r {
        ResourceId::Lifeline988Call => "988 Suicide & Crisis Lifeline: call",
        ResourceId::Lifeline988Text => "988 Suicide & Crisis Lifeline: text",
        ResourceId::Emergency911 => "Emergency: 911",
        ResourceId::SamhsaHelpline => "SAMHSA National Helpline",
        ResourceId::SamhsaTty => "SAMHSA National Helpline (TTY)",
        ResourceId::FindTreatment => "FindTreatment.gov",
        ResourceId::FindAHelpline => "Outside the US: Find A Helpline",
        ResourceId::DvHotlineCall => "National Domestic Violence Hotline: call",
        ResourceId::DvHotlineText => "National Domestic Violence Hotline: text START",
        ResourceId::Childhelp => "Childhelp National Child Abuse Hotline",
        ResourceId::PartnershipHelpline => "Partnership to End Addiction: family helpline",
        ResourceId::Craft => "CRAFT help for families (Partnership to End Addiction)",
        ResourceId::SmartFamily => "SMART Recovery Family & Friends",
        ResourceId::AlAnon => "Al-Anon and Alateen",
        ResourceId::NarAnon => "Nar-Anon Family Groups",
    }
}

/// One line about a resource.
pub fn resource_note(r: ResourceId) -> &'static str {
    match r {
        ResourceId::Lifeline988Call => "Free, private, day and night. Press 1 for veterans, 2 for Spanish. TTY: dial 711, then 988. It also helps with substance use and worried families.",
        ResourceId::Lifeline988Text => "Text 988 to reach a crisis counselor.",
        ResourceId::Emergency911 => "For danger right now.",
        ResourceId::SamhsaHelpline => "1-800-662-4357. Free, private, 24/7, in English and Spanish. Help finding treatment.",
        ResourceId::SamhsaTty => "1-800-487-4889, for people who are deaf or hard of hearing.",
        ResourceId::FindTreatment => "A free US government site to find treatment near you.",
        ResourceId::FindAHelpline => "Outside the US, call your local emergency number. This site lists crisis lines in many countries.",
        ResourceId::DvHotlineCall => "1-800-799-7233. Free, private, day and night.",
        ResourceId::DvHotlineText => "Text START to 88788.",
        ResourceId::Childhelp => "1-800-422-4453. For children and teens who are hurt or scared at home, and the adults who care about them.",
        ResourceId::PartnershipHelpline => "1-855-378-4373. Free coaching for parents and families.",
        ResourceId::Craft => "Learn CRAFT: ways to help a loved one toward treatment, and to care for yourself.",
        ResourceId::SmartFamily => "Free meetings for family and friends, based on science.",
        ResourceId::AlAnon => "Free groups for people affected by someone's drinking. Alateen is for teens.",
        ResourceId::NarAnon => "Free groups for people affected by someone's drug use.",
    }
}

/// The name of an area.
pub fn area(a: Area) -> &'static str {
    match a {
        Area::Withdrawal => "Intoxication and withdrawal",
        Area::Physical => "Physical health",
        Area::MentalHealth => "Mental health and safety",
        Area::UseRisk => "Use and relapse risk",
        Area::Environment => "Home and support",
        Area::Person => "About you and your schedule",
    }
}

/// A line of the plan about the schedule.
pub fn plan_line(p: PlanLine, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = plan_line_theirs(p) {
            return s;
        }
    }
    match p {
        PlanLine::HoursFit => "The hours you have fit this level of care.",
        PlanLine::HoursShort => "This level usually needs more hours than you said are free. The suggestion stays the same; these options can help it fit.",
        PlanLine::EveningsFit => "Evening programs fit the times you said are free.",
        PlanLine::WeekendsFit => "Weekend sessions fit the times you said are free.",
        PlanLine::AskEvening => "Ask about evening programs.",
        PlanLine::AskWeekend => "Ask about weekend programs.",
        PlanLine::AskOnline => "Ask about online (video) programs, to save travel time.",
        PlanLine::JobProtectedLeave => "Ask about job-protected leave: the US Family and Medical Leave Act (FMLA) can cover time off for treatment.",
        PlanLine::SchoolHours => "Ask about after-school programs. The school counselor can help plan around classes.",
        PlanLine::TeenIopHours => "For teens, IOP usually means about 6 or more hours a week.",
        PlanLine::AskChildcare => "Ask the program about childcare, or about times that work around it.",
        PlanLine::AskTransport => "Ask about rides, transit help, or online sessions.",
        PlanLine::AskCost => "Ask about cost: insurance, Medicaid, sliding-scale fees and state-funded programs. The SAMHSA Helpline can help find low-cost care.",
        PlanLine::TimeAway => "This care means time away from home and work for a while.",
        PlanLine::FollowOn => "After withdrawal care, treatment goes on at the next level. Plan it with the team.",
    }
}

/// The loved-one wording of [`plan_line`] where it differs.
fn plan_line_theirs(p: PlanLine) -> Option<&'static str> {
    match p {
        PlanLine::HoursFit => Some("The hours your loved one has fit this level of care."),
        _ => None,
    }
}

/// How the schedule fits, as a heading: the person's schedule, or the loved one's.
pub fn fit(f: Fit, voice: Voice) -> &'static str {
    match voice {
        You => match f {
            Fit::NotNeeded => "No schedule is needed for this step.",
            Fit::Unknown => "We did not ask about or did not get your schedule.",
            Fit::Fits => "Fits your schedule",
            Fit::DoesNotFit => "Does not fit your schedule yet",
            Fit::TimeAway => "Needs time away",
        },
        They => match f {
            Fit::NotNeeded => "No schedule is needed for this step.",
            Fit::Unknown => "We did not ask about or did not get their schedule.",
            Fit::Fits => "Fits their schedule",
            Fit::DoesNotFit => "Does not fit their schedule yet",
            Fit::TimeAway => "Needs time away",
        },
    }
}

/// Standing notices of the result.
pub fn notice(n: Notice) -> &'static str {
    match n {
        Notice::NotADiagnosis => "This is a suggestion, not a diagnosis. A clinician confirms the level of care.",
        Notice::NotReviewed => "These rules have not yet been reviewed by a licensed clinician.",
        Notice::Reviewed => "These rules were reviewed by a licensed clinician:",
        Notice::RulesVersion => "Rules version",
        Notice::UsResources => "These are US resources.",
        Notice::Tty988 => "TTY users: dial 711, then 988.",
        Notice::Spanish988 => "For Spanish, press 2.",
        Notice::Then => "After that:",
        Notice::BecauseYouAnswered => "Based on these answers:",
        Notice::RiskFactors => "Risk factors:",
        Notice::Substances => "Substances:",
        Notice::CallTitle => "What to say when you call:",
        Notice::CallAbout => "I am calling about my loved one.",
        Notice::CallAboutTeen => "I am calling about my loved one, who is under 18.",
        Notice::CallAboutAdult => "I am calling about my loved one, who is an adult.",
        Notice::CallAboutOlder => "I am calling about my loved one, who is 65 or older.",
        Notice::CallWorried => "I am worried about their use of",
        Notice::CallWorriedAny => "I am worried about their drinking or drug use.",
        Notice::CallLevel => "An online check suggested:",
        Notice::HoursWeekly => "About {min} to {max} hours a week",
        Notice::HoursWeeklyOrMore => "About {min} or more hours a week",
        Notice::HoursAllDay => "Day and night (24 hours)",
    }
}
