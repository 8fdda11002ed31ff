//! From the rules' evaluation to the full outcome: the area ratings, the flags, the ordered
//! next steps, the plan with its schedule fit, and the resources to show.

use super::answers::Answers;
use super::bank::{OptionId, QuestionId};
use super::flow::{self, Crisis};
use super::outcome::{
    Area, AreaRating, Fit, Flag, Hours, NextStep, Outcome, Plan, PlanLine, Reason, RuleId,
};
use super::resources::{ResourceId, ALWAYS};
use super::rules::{self, View};
use super::Level;

use OptionId as O;
use QuestionId as Q;

/// Assesses a set of answers: the suggested level with its reasons, flags, next steps, plan
/// and resources. Total: every answer set, however incomplete, gives exactly one outcome.
/// Answers to questions that are not on the path are ignored.
pub fn assess(answers: &Answers) -> Outcome {
    let on = flow::path(answers);
    let e = rules::evaluate(answers, &on);
    let v = View::new(answers, &on);
    let fired = |r: RuleId| e.reasons.iter().any(|x| x.rule == r);

    let areas = Area::RATED
        .iter()
        .map(|area| {
            let mine: Vec<&Reason> = e.reasons.iter().filter(|r| r.area == *area).collect();
            AreaRating {
                area: *area,
                needs: mine.iter().map(|r| r.at_least).max().unwrap_or(Level::Early),
                rules: mine.iter().map(|r| r.rule).collect(),
            }
        })
        .collect();

    let flags = flags(&v, e.uncertain, &fired);
    let next_steps = next_steps(e.level, e.crisis, &flags);
    let plan = plan(&v, e.level, flags.contains(&Flag::Adolescent));
    let resources = resources(&v, &flags);

    Outcome {
        level: e.level,
        then: e.then,
        crisis: e.crisis,
        areas,
        reasons: e.reasons,
        flags,
        next_steps,
        plan,
        resources,
        uncertain: e.uncertain,
        unknown_answers: e.unknown_answers,
        voice: flow::voice(answers),
    }
}

fn flags(v: &View, uncertain: bool, fired: &dyn Fn(RuleId) -> bool) -> Vec<Flag> {
    let mut f = Vec::new();
    let mut set = |flag: Flag, on: bool| {
        if on {
            f.push(flag);
        }
    };
    let substances = |o: OptionId| v.chose(Q::Substances, o);
    let substances_unknown = v.unknown(Q::Substances);
    let acute_suicide =
        fired(RuleId::SuicideNow) || fired(RuleId::SuicidePlan) || fired(RuleId::SuicideAttempt);

    set(
        Flag::CoOccurring,
        fired(RuleId::AsqPositive)
            || fired(RuleId::Psychosis)
            || fired(RuleId::Phq2Positive)
            || fired(RuleId::Gad2Positive)
            || fired(RuleId::MoodSeen),
    );
    set(Flag::UrgentMentalHealth, fired(RuleId::Psychosis));
    set(Flag::SuicideRisk, fired(RuleId::AsqPositive) && !acute_suicide);
    // Declining (or leaving out) any suicide or harm question keeps 988 prominent; it never
    // forces an emergency (the questions' unknown policy).
    let declined = [
        Q::AsqWishDead,
        Q::AsqBetterOff,
        Q::AsqThoughts,
        Q::AsqTried,
        Q::AttemptRecent,
        Q::SuicidePlan,
        Q::AsqRightNow,
        Q::HarmOthers,
    ]
    .iter()
    .any(|q| v.unknown(*q));
    set(Flag::SuicideDeclined, declined);
    set(Flag::DangerUnsure, !v.loved_one && v.chose(Q::DangerNow, O::NotSure));
    set(Flag::Moud, substances(O::Opioids));
    let not_from_pharmacy = v.chose(Q::OpioidSource, O::NotFromPharmacy)
        || v.chose(Q::SedativeSource, O::NotFromPharmacy)
        || v.chose(Q::OpioidSource, O::HeroinFentanyl);
    set(
        Flag::Naloxone,
        substances(O::Opioids)
            || substances(O::Stimulants)
            || not_from_pharmacy
            || substances_unknown
            || fired(RuleId::OverdoseRecent)
            || fired(RuleId::OverdoseEarlier)
            || v.chose(Q::DangerNow, O::CannotWake),
    );
    set(Flag::LostTolerance, fired(RuleId::LostTolerance));
    set(Flag::PastOverdose, fired(RuleId::OverdoseRecent) || fired(RuleId::OverdoseEarlier));
    set(Flag::Pregnancy, fired(RuleId::PregnantUsing));
    set(Flag::PregnancyOpioids, v.chose(Q::Medical, O::Pregnant) && substances(O::Opioids));
    let teen = v.chose(Q::Age, O::Under18);
    set(Flag::Adolescent, teen);
    let violence = v.chose(Q::Home, O::Violence) || v.chose(Q::DangerNow, O::ViolenceNow);
    // A teen hurt at home gets Childhelp; when the age is not known, both lines are shown.
    set(Flag::ViolenceAtHome, violence && !teen);
    set(Flag::ChildHurtAtHome, violence && !v.chose(Q::Age, O::Age18To64) && !v.chose(Q::Age, O::Age65Plus));
    set(Flag::FamilyMode, v.loved_one);
    set(Flag::LovedOneUnwilling, v.chose(Q::Willing, O::WillingNo) || v.chose(Q::Willing, O::WillingMaybe));
    set(Flag::Uncertain, uncertain);
    set(Flag::MedicalRedFlag, fired(RuleId::MedicalRedFlag));
    set(Flag::StepDown, fired(RuleId::StepDown));
    let sedative = fired(RuleId::SedativeDependence);
    let as_directed_only = v.get(Q::SedativeSource) == [O::PrescribedAsDirected];
    set(Flag::BenzoTaper, sedative && as_directed_only);
    set(Flag::SedativeSupervised, sedative && !as_directed_only);
    set(
        Flag::DoNotStopSuddenly,
        fired(RuleId::PastSeizureDts)
            || fired(RuleId::HeavyDrinkingRisk)
            || fired(RuleId::SedativeDependence)
            || fired(RuleId::WithdrawalCaution),
    );
    set(Flag::NoUseReported, v.chose(Q::Substances, O::NoSubstances));
    f
}

/// The next steps in the order to show them: what to do now first, then what keeps people
/// safe, then where to go. An emergency never leads with a treatment center.
fn next_steps(level: Level, crisis: Option<Crisis>, flags: &[Flag]) -> Vec<NextStep> {
    let has = |f: Flag| flags.contains(&f);
    let mut s: Vec<NextStep> = Vec::new();
    match crisis {
        Some(Crisis::Overdose) => s.extend([NextStep::OverdoseSteps, NextStep::Call911]),
        Some(Crisis::Seizure) => s.extend([NextStep::SeizureSteps, NextStep::Call911]),
        Some(Crisis::WithdrawalDelirium) | Some(Crisis::Medical) => s.push(NextStep::Call911),
        Some(Crisis::Suicide) | Some(Crisis::PsychosisRisk) => {
            s.extend([NextStep::Call988Now, NextStep::Call911])
        }
        Some(Crisis::HarmOthers) | Some(Crisis::Violence) | Some(Crisis::DangerNow) => {
            s.extend([NextStep::Call911, NextStep::Call988Now])
        }
        None if level == Level::Emergency => s.push(NextStep::HospitalToday),
        None => {}
    }
    let mut add = |step: NextStep, on: bool| {
        if on && !s.contains(&step) {
            s.push(step);
        }
    };
    add(NextStep::SeeDoctorToday, has(Flag::MedicalRedFlag));
    add(NextStep::DoNotStopSuddenly, has(Flag::DoNotStopSuddenly));
    add(NextStep::SupervisedWithdrawal, level == Level::Withdrawal);
    add(NextStep::PrescriberTaper, has(Flag::BenzoTaper));
    add(NextStep::SedativeSupervised, has(Flag::SedativeSupervised));
    add(NextStep::SeizureCall911, has(Flag::DoNotStopSuddenly));
    add(NextStep::MoudPregnancy, has(Flag::PregnancyOpioids));
    add(NextStep::Moud, has(Flag::Moud));
    add(NextStep::Talk988Today, has(Flag::SuicideRisk));
    add(NextStep::Keep988, has(Flag::SuicideDeclined) || has(Flag::DangerUnsure));
    add(NextStep::UrgentMentalHealth, has(Flag::UrgentMentalHealth));
    add(NextStep::MentalHealthToo, has(Flag::CoOccurring));
    add(NextStep::PrenatalCare, has(Flag::Pregnancy));
    add(NextStep::Naloxone, has(Flag::Naloxone));
    add(NextStep::LostTolerance, has(Flag::LostTolerance));
    add(NextStep::DvHotline, has(Flag::ViolenceAtHome));
    add(NextStep::Childhelp, has(Flag::ChildHurtAtHome));
    add(NextStep::CraftFirst, has(Flag::LovedOneUnwilling));
    add(NextStep::FamilySupport, has(Flag::FamilyMode));
    add(NextStep::AdolescentProgram, has(Flag::Adolescent));
    add(NextStep::FamilyInvolvement, has(Flag::Adolescent));
    add(NextStep::FullAssessment, has(Flag::Uncertain));
    add(NextStep::StepDown, has(Flag::StepDown));
    let treatment = (Level::Outpatient..=Level::Withdrawal).contains(&level);
    add(NextStep::TalkToCenter, treatment);
    add(NextStep::FindTreatment, treatment);
    add(NextStep::SelfGuided, level == Level::Early);
    add(NextStep::CheckAgain, level == Level::Early);
    s
}

/// The hours a level usually takes (clinical-basis §2): outpatient under 9 h a week for
/// adults (under 6 for teens), IOP 9-19 (6+ for teens; SAMHSA Advisory 2021), PHP 20+.
pub fn hours(level: Level, teen: bool) -> Hours {
    match level {
        Level::Early | Level::Emergency => Hours::None,
        Level::Outpatient => Hours::Weekly { min: 1, max: Some(if teen { 5 } else { 8 }) },
        Level::Iop => Hours::Weekly { min: if teen { 6 } else { 9 }, max: Some(19) },
        Level::Php => Hours::Weekly { min: 20, max: None },
        Level::Residential | Level::Withdrawal => Hours::AllDay,
    }
}

/// The plan: what the level involves and how the stated schedule fits. The schedule never
/// changes the level; when it does not fit, the plan lists concrete options.
fn plan(v: &View, level: Level, teen: bool) -> Plan {
    let hours = hours(level, teen);
    let chose = |q: QuestionId, o: OptionId| v.chose(q, o);
    let mut lines = Vec::new();
    let free_max: Option<u8> = [
        (O::HoursUnder6, 5),
        (O::Hours6To8, 8),
        (O::Hours9To19, 19),
        (O::Hours20Plus, u8::MAX),
    ]
    .iter()
    .find(|(o, _)| chose(Q::HoursFree, *o))
    .map(|(_, h)| *h);
    let fit = match hours {
        Hours::None => Fit::NotNeeded,
        Hours::AllDay => Fit::TimeAway,
        Hours::Weekly { min, .. } => match free_max {
            None => Fit::Unknown,
            Some(free) if free >= min => Fit::Fits,
            Some(_) => Fit::DoesNotFit,
        },
    };
    match fit {
        Fit::Fits => {
            lines.push(PlanLine::HoursFit);
            if chose(Q::ScheduleNeeds, O::Evenings) {
                lines.push(PlanLine::EveningsFit);
            }
            if chose(Q::ScheduleNeeds, O::Weekends) {
                lines.push(PlanLine::WeekendsFit);
            }
        }
        Fit::DoesNotFit => {
            lines.extend([PlanLine::HoursShort, PlanLine::AskEvening, PlanLine::AskWeekend, PlanLine::AskOnline]);
            lines.push(if teen { PlanLine::SchoolHours } else { PlanLine::JobProtectedLeave });
        }
        Fit::Unknown => lines.extend([PlanLine::AskEvening, PlanLine::AskOnline]),
        Fit::TimeAway => {
            lines.push(PlanLine::TimeAway);
            lines.push(if teen { PlanLine::SchoolHours } else { PlanLine::JobProtectedLeave });
        }
        Fit::NotNeeded => {}
    }
    if level == Level::Withdrawal {
        lines.push(PlanLine::FollowOn);
    }
    // The schedule questions are only asked for a treatment level (see the bank), so these
    // lines never appear for early support or an emergency.
    let mut add = |line: PlanLine, on: bool| {
        if on && !lines.contains(&line) {
            lines.push(line);
        }
    };
    add(PlanLine::AskOnline, chose(Q::ScheduleNeeds, O::PreferOnline));
    add(PlanLine::AskChildcare, chose(Q::ScheduleNeeds, O::NeedChildcare));
    add(PlanLine::AskTransport, chose(Q::ScheduleNeeds, O::NeedTransport));
    let work = chose(Q::ScheduleNeeds, O::WorkSchoolConflict);
    add(PlanLine::JobProtectedLeave, work && !teen);
    add(PlanLine::SchoolHours, work && teen);
    add(PlanLine::AskCost, chose(Q::ScheduleNeeds, O::CostWorry));
    // Teens and their families always see what IOP means for teens (clinical-basis §4).
    add(PlanLine::TeenIopHours, teen && fit != Fit::NotNeeded);
    Plan { level, hours, fit, lines }
}

fn resources(v: &View, flags: &[Flag]) -> Vec<ResourceId> {
    let has = |f: Flag| flags.contains(&f);
    let mut r: Vec<ResourceId> = ALWAYS.to_vec();
    if has(Flag::ViolenceAtHome) {
        r.extend([ResourceId::DvHotlineCall, ResourceId::DvHotlineText]);
    }
    if has(Flag::ChildHurtAtHome) {
        r.push(ResourceId::Childhelp);
    }
    if has(Flag::FamilyMode) || has(Flag::Adolescent) {
        r.extend([ResourceId::PartnershipHelpline, ResourceId::Craft, ResourceId::SmartFamily]);
        let drinks = v.chose(Q::Substances, O::Alcohol) || v.unknown(Q::Substances);
        let drugs = v.unknown(Q::Substances)
            || [O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs]
                .iter()
                .any(|o| v.chose(Q::Substances, *o));
        if drinks {
            r.push(ResourceId::AlAnon);
        }
        if drugs {
            r.push(ResourceId::NarAnon);
        }
    }
    r
}
