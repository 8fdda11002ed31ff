//! From the rules' evaluation to the full outcome: the area ratings, the flags, the ordered
//! next steps, the plan with its schedule fit, and the resources to show.

use super::answers::Answers;
use super::conditions::View;
use super::ids::{Area, Crisis, Level, OptionId, QuestionId, ResourceId, RuleId};
use super::programmes;
use super::outcome::{AreaRating, Fit, Flag, Hours, NextStep, Outcome, Plan, PlanLine};
use super::path;
use super::resources::ALWAYS;
use super::rules;

use OptionId as O;
use QuestionId as Q;

/// Assesses a set of answers: the suggested level with its reasons, flags, next steps, plan
/// and resources. Total: every answer set, however incomplete, gives exactly one outcome.
/// Answers to questions that are not on the path are ignored.
pub fn assess(answers: &Answers) -> Outcome {
    let on = path::questions(answers);
    let e = rules::evaluate(answers, &on);
    let v = View::new(answers, &on);
    let fired = |r: RuleId| e.reasons.iter().any(|x| x.rule == r);

    // Each area needs the highest level of its reasons. A loop that pushes, as the result's
    // words are built: iterator chains would each ship their own code in the wasm.
    let mut areas = Vec::with_capacity(Area::RATED.len());
    for area in Area::RATED {
        let mut rating = AreaRating { area, needs: Level::Early, rules: Vec::new() };
        for r in e.reasons.iter().filter(|r| r.area == area) {
            rating.needs = rating.needs.max(r.at_least);
            rating.rules.push(r.rule);
        }
        areas.push(rating);
    }

    let flags = flags(&v, e.uncertain, &fired);
    let plan = plan(&v, e.level, e.then, flags.contains(&Flag::Adolescent));
    let resources = resources(&v, &flags);
    let age = v.get(Q::Age).first().copied();
    let mut substances = Vec::new();
    for o in [O::Alcohol, O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs] {
        if v.chose(Q::Substances, o) {
            substances.push(o);
        }
    }

    let mut o = Outcome {
        level: e.level,
        then: e.then,
        crisis: e.crisis,
        crises: e.crises,
        areas,
        reasons: e.reasons,
        flags,
        next_steps: Vec::new(),
        plan,
        resources,
        uncertain: e.uncertain,
        unknown_answers: e.unknown_answers,
        voice: answers.voice(),
        age,
        substances,
    };
    o.next_steps = next_steps(&o);
    o
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
            || fired(RuleId::MoodSeen)
            || fired(RuleId::PsychStay),
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
    // Medicine for opioid use disorder is offered to someone using opioids in a way that is not
    // only a prescription taken as directed; someone already on methadone or buprenorphine is
    // told to keep taking it (SAMHSA TIP 63: MOUD is long-term, stopping raises overdose risk).
    let keep_medicine = v.chose(Q::Treatment, O::MoudNow);
    set(Flag::Moud, fired(RuleId::OpioidUse) && !keep_medicine);
    set(Flag::KeepMedicine, keep_medicine);
    set(Flag::OpioidPrescribed, fired(RuleId::OpioidPrescribed) && !keep_medicine);
    let street = v.chose(Q::OpioidSource, O::NotFromPharmacy)
        || v.chose(Q::SedativeSource, O::NotFromPharmacy)
        || v.chose(Q::OpioidSource, O::HeroinFentanyl)
        || substances(O::Stimulants)
        || substances(O::OtherDrugs)
        || substances_unknown
        || (substances(O::Opioids) && !fired(RuleId::OpioidPrescribed))
        || v.chose(Q::DangerNow, O::CannotWake);
    // Time without opioids or sedatives lowers tolerance as much as a stay somewhere does.
    let weeks_without = [(Q::OpioidLast, O::Opioids), (Q::SedativeLast, O::Sedatives)].iter().any(|(q, s)| {
        substances(*s) && [O::Weeks1To4, O::Months1To3, O::Months3To12].iter().any(|o| v.chose(*q, *o))
    });
    let lost_tolerance = fired(RuleId::LostTolerance) || fired(RuleId::LeftNoUse) || weeks_without;
    set(
        Flag::Naloxone,
        substances(O::Opioids)
            || street
            || lost_tolerance
            || fired(RuleId::Mixing)
            || fired(RuleId::OverdoseRecent)
            || fired(RuleId::OverdoseEarlier)
            || v.chose(Q::DangerNow, O::CannotWake),
    );
    // Fentanyl test strips and "do not use alone" are for drugs from outside a pharmacy; for a
    // prescription, naloxone at home is the advice (CDC 2022, Rec. 8).
    set(Flag::StreetSupply, street);
    set(Flag::LostTolerance, lost_tolerance);
    set(Flag::Mixing, fired(RuleId::Mixing));
    set(Flag::PastOverdose, fired(RuleId::OverdoseRecent) || fired(RuleId::OverdoseEarlier));
    set(Flag::Pregnancy, fired(RuleId::PregnantUsing) || fired(RuleId::PregnantStopped));
    set(Flag::PregnancyOpioids, v.chose(Q::Medical, O::Pregnant) && substances(O::Opioids));
    let teen = v.chose(Q::Age, O::Under18);
    set(Flag::Adolescent, teen);
    let violence = v.chose(Q::Home, O::Violence) || v.chose(Q::DangerNow, O::ViolenceNow);
    // A teen hurt at home gets Childhelp; when the age is not known, both lines are shown.
    set(Flag::ViolenceAtHome, violence && !teen);
    set(Flag::ChildHurtAtHome, violence && !v.chose(Q::Age, O::Age18To64) && !v.chose(Q::Age, O::Age65Plus));
    set(Flag::FamilyMode, v.loved_one);
    // CRAFT coaches a family member to stay close to a loved one who is not ready; where there
    // is violence at home, safety comes first and CRAFT is not offered (Smith JE, Meyers RJ,
    // Motivating Substance Abusers to Enter Treatment, 2004: CRAFT screens out domestic
    // violence); the hotline is shown instead.
    // "Maybe, or sometimes" and "I'm not sure" are not "not yet": the words for them say the
    // loved one may be open to help, never that they are not ready.
    set(Flag::LovedOneUnwilling, v.chose(Q::Willing, O::WillingNo) && !violence);
    set(
        Flag::LovedOneUnsure,
        (v.chose(Q::Willing, O::WillingMaybe) || v.chose(Q::Willing, O::NotSure)) && !violence,
    );
    set(Flag::Uncertain, uncertain);
    set(Flag::KeyUnknown, fired(RuleId::KeyUnknown));
    // Withdrawal signs now not known (often a family member): the result says which signs
    // mean 911, whatever else it suggests.
    set(Flag::SignsNowUnknown, v.unknown(Q::WithdrawalNow));
    set(Flag::MedicalRedFlag, fired(RuleId::MedicalRedFlag));
    set(Flag::StepDown, fired(RuleId::StepDown));
    set(Flag::BenzoTaper, fired(RuleId::SedativePrescribed));
    set(Flag::SedativeSupervised, fired(RuleId::SedativeDependence));
    set(
        Flag::DoNotStopSuddenly,
        fired(RuleId::PastSeizureDts)
            || fired(RuleId::HeavyDrinkingRisk)
            || fired(RuleId::SedativeDependence)
            || fired(RuleId::WithdrawalCaution)
            || fired(RuleId::DailyHeavyDrinking)
            || fired(RuleId::SedativePrescribed),
    );
    set(Flag::NoUseReported, v.chose(Q::Substances, O::NoSubstances));
    set(Flag::Recovery, fired(RuleId::Recovery));
    set(Flag::HomeSupport, v.chose(Q::Home, O::NoHousing) || v.chose(Q::Home, O::NoSupport));
    // A same-day safety check when a suicide or harm answer is left open where it matters:
    // a positive or unanswered suicide screen whose follow-ups are unknown, or psychosis signs
    // with an unknown answer about harm (NIMH ASQ pathway: a brief safety assessment before
    // the person leaves; a declined item counts as positive). An acute crisis already says more.
    let asq_open = [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried]
        .iter()
        .any(|q| v.chose(*q, O::Yes) || v.unknown(*q));
    let follow_ups_open = [Q::SuicidePlan, Q::AsqRightNow, Q::AttemptRecent].iter().any(|q| v.unknown(*q));
    let harm_open = [Q::HarmOthers, Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts].iter().any(|q| v.unknown(*q));
    // A positive screen in the months after a mental-health stay is checked the same day too.
    let after_stay = fired(RuleId::PsychStay) && fired(RuleId::AsqPositive);
    set(
        Flag::SameDaySafety,
        !acute_suicide && ((asq_open && follow_ups_open) || (fired(RuleId::Psychosis) && harm_open) || after_stay),
    );
    f
}

/// The next steps in the order to show them: what to do now first, then what keeps people
/// safe, then where to go. An emergency never leads with a treatment center. When two crises
/// coincide, the steps of each are given, most urgent first.
fn next_steps(o: &Outcome) -> Vec<NextStep> {
    let (level, crises) = (o.level, &o.crises);
    let has = |f: Flag| o.has(f);
    let mut s: Vec<NextStep> = Vec::new();
    let mut add = |step: NextStep, on: bool| {
        if on && !s.contains(&step) {
            s.push(step);
        }
    };
    for c in crises {
        let steps: &[NextStep] = match c {
            Crisis::Overdose => &[NextStep::OverdoseSteps, NextStep::Call911],
            Crisis::Seizure => &[NextStep::SeizureSteps, NextStep::Call911],
            Crisis::WithdrawalDelirium | Crisis::Medical => &[NextStep::Call911],
            Crisis::RedFlag => &[NextStep::EmergencyRoomNow],
            Crisis::Suicide | Crisis::PsychosisRisk => &[NextStep::Call988Now, NextStep::Call911],
            Crisis::HarmOthers | Crisis::Violence | Crisis::DangerNow => &[NextStep::Call911, NextStep::Call988Now],
        };
        for step in steps {
            add(*step, true);
        }
    }
    let hospital = o.hospital_today();
    // "If hard thoughts come, call 988" would talk past a card that already says to call 988
    // now, or past someone giving first aid in an overdose.
    let line_988_now = crises.iter().any(|c| !matches!(c, Crisis::Seizure | Crisis::WithdrawalDelirium | Crisis::Medical | Crisis::RedFlag));
    add(NextStep::HospitalToday, hospital);
    add(NextStep::SeeDoctorToday, has(Flag::MedicalRedFlag));
    add(NextStep::DoNotStopSuddenly, has(Flag::DoNotStopSuddenly));
    add(NextStep::SupervisedWithdrawal, level == Level::Withdrawal);
    add(NextStep::PrescriberTaper, has(Flag::BenzoTaper));
    add(NextStep::SedativeSupervised, has(Flag::SedativeSupervised) && !hospital);
    add(NextStep::WatchDangerSigns, has(Flag::DoNotStopSuddenly) || has(Flag::SignsNowUnknown));
    add(NextStep::Mixing, has(Flag::Mixing));
    add(NextStep::MoudPregnancy, has(Flag::PregnancyOpioids));
    add(NextStep::KeepMedicine, has(Flag::KeepMedicine));
    add(NextStep::TalkToPrescriber, has(Flag::OpioidPrescribed));
    add(NextStep::Moud, has(Flag::Moud) && !has(Flag::PregnancyOpioids));
    add(NextStep::Talk988Today, has(Flag::SuicideRisk));
    add(NextStep::SameDaySafety, has(Flag::SameDaySafety));
    add(NextStep::Keep988, (has(Flag::SuicideDeclined) || has(Flag::DangerUnsure)) && !line_988_now);
    add(NextStep::UrgentMentalHealth, has(Flag::UrgentMentalHealth));
    let no_use = has(Flag::NoUseReported);
    add(NextStep::MentalHealthCare, has(Flag::CoOccurring) && no_use);
    add(NextStep::MentalHealthToo, has(Flag::CoOccurring) && !no_use);
    add(NextStep::PrenatalCare, has(Flag::Pregnancy));
    add(NextStep::Naloxone, has(Flag::Naloxone) && has(Flag::StreetSupply));
    add(NextStep::NaloxoneHome, has(Flag::Naloxone) && !has(Flag::StreetSupply));
    add(NextStep::LostTolerance, has(Flag::LostTolerance));
    add(NextStep::DvHotline, has(Flag::ViolenceAtHome));
    add(NextStep::Childhelp, has(Flag::ChildHurtAtHome));
    add(NextStep::HomeSupport, has(Flag::HomeSupport));
    add(NextStep::CraftFirst, has(Flag::LovedOneUnwilling));
    add(NextStep::CraftUnsure, has(Flag::LovedOneUnsure));
    add(NextStep::FamilySupport, has(Flag::FamilyMode));
    // A program for teens is a treatment level; early support for a teen is the family's part.
    add(NextStep::AdolescentProgram, has(Flag::Adolescent) && !no_use && level >= Level::Outpatient);
    add(NextStep::FamilyInvolvement, has(Flag::Adolescent));
    add(NextStep::FullAssessment, has(Flag::Uncertain) || has(Flag::KeyUnknown));
    add(NextStep::StepDown, has(Flag::StepDown));
    add(NextStep::ContinuingCare, has(Flag::Recovery));
    // A treatment center is for substance use: someone who reported none is pointed to
    // mental-health care above, not to a treatment program.
    let treatment = (Level::Outpatient..=Level::Withdrawal).contains(&level) && !no_use;
    add(NextStep::TalkToCenter, treatment);
    add(NextStep::FindTreatment, treatment);
    let early = level == Level::Early;
    // Self-help and "talk to a doctor if you want to cut down" are wrong for someone in
    // recovery or taking a medicine as prescribed: their own steps above say what fits.
    let own_path = has(Flag::Recovery) || has(Flag::BenzoTaper) || has(Flag::OpioidPrescribed) || has(Flag::KeepMedicine);
    add(NextStep::SelfGuided, early && !own_path && !no_use);
    add(NextStep::CheckAgain, early);
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
fn plan(v: &View, level: Level, then: Option<Level>, teen: bool) -> Plan {
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
    // Job-protected leave is for time the person does not have: not where the hours already fit.
    add(PlanLine::JobProtectedLeave, work && !teen && fit != Fit::Fits);
    add(PlanLine::SchoolHours, work && teen);
    add(PlanLine::AskCost, chose(Q::ScheduleNeeds, O::CostWorry));
    // Teens and their families see what IOP means for teens (clinical-basis §4) where IOP is
    // the suggestion, now or after withdrawal care; on another level it would read as if the
    // suggestion were IOP.
    add(PlanLine::TeenIopHours, teen && (level == Level::Iop || then == Some(Level::Iop)));
    let family = v.loved_one.then(|| programmes::family(v));
    Plan { level, hours, fit, lines, week: programmes::person(v), family }
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
