//! The placement rules: each rule reads the answers on the path, and when it fires it gives a
//! [`Reason`] with the lowest level it asks for and the answers behind it.
//!
//! Order of decision (clinical-basis §3, §4): safety overrides first (→ emergency); then
//! medical management (dangerous withdrawal → withdrawal, with the level that follows); then
//! residential when the home or the severity needs 24-hour structure; otherwise the most
//! intensive outpatient band any area needs. Co-occurring mental-health needs (a positive ASQ
//! without acute risk, psychosis signs) raise an outpatient band by one (IOP → PHP); PHQ-2 and
//! GAD-2 alone never raise the level. The level is the highest need of any area — never an
//! average. The schedule and the voice are never read here.

use super::answers::Answers;
use super::bank::{
    question, Unknown, DAILY_BINGES, DRINKS_MOST_DAYS, HEAVY_AMOUNTS, MIDDLE_AMOUNT, PAST_MONTH, REGULAR,
};
use super::conditions::{Evidence, View};
use super::ids::{Area, Crisis, Level, OptionId, QuestionId, RuleId};
use super::outcome::Reason;

use OptionId as O;
use QuestionId as Q;

/// The result of evaluating the rules, before the next steps and the plan are derived.
pub(crate) struct Evaluation {
    pub level: Level,
    pub then: Option<Level>,
    pub crisis: Option<Crisis>,
    pub crises: Vec<Crisis>,
    pub reasons: Vec<Reason>,
    pub uncertain: bool,
    pub unknown_answers: usize,
}

/// How many unknown answers make the result uncertain (clinical-basis §4b: "when many answers
/// are missing the result is at least outpatient, marked as uncertain"). Five of the roughly
/// twenty rated questions a typical path asks.
pub const MANY_UNKNOWNS: usize = 5;

/// The AUDIT-C cut-off used for everyone: the lower, women's cut-off, because we do not ask
/// sex (Bush et al. 1998; clinical-basis §4b: use 3 when sex is not given).
pub const AUDIT_C_CUTOFF: u8 = 3;

/// AUDIT-C scores of 8 or more go with a high likelihood of alcohol dependence (Rubinsky AD,
/// Kivlahan DR, Volk RJ, Maynard C, Bradley KA. Estimating risk of alcohol dependence using
/// alcohol screening scores. Drug Alcohol Depend 2010;108:29-36): a clinician should see them.
pub const AUDIT_C_HIGH: u8 = 8;

/// PHQ-2 and GAD-2 positive at a total of 3 or more (Kroenke 2003; Kroenke 2007).
pub const PHQ_GAD_CUTOFF: u8 = 3;

/// Use-disorder sign counts: 2-3 mild, 4-5 moderate, 6+ severe (DSM-5 as NIAAA describes).
pub const SIGNS_MILD: usize = 2;
/// See [`SIGNS_MILD`].
pub const SIGNS_MODERATE: usize = 4;
/// See [`SIGNS_MILD`].
pub const SIGNS_SEVERE: usize = 6;

const SIGNS: &[OptionId] = &[
    O::MoreThanMeant,
    O::CantCutDown,
    O::LotsOfTime,
    O::Cravings,
    O::RoleFailure,
    O::SocialProblems,
    O::GaveUpActivities,
    O::RiskySituations,
    O::UseDespiteHarm,
    O::Tolerance,
    O::WithdrawalSign,
];
const SUBSTANCES: &[OptionId] =
    &[O::Alcohol, O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs];
/// Each substance with its last-use question (asked right after its frequency).
const LAST_USE: &[(OptionId, QuestionId)] = &[
    (O::Alcohol, Q::AlcoholLast),
    (O::Cannabis, Q::CannabisLast),
    (O::Opioids, Q::OpioidLast),
    (O::Sedatives, Q::SedativeLast),
    (O::Stimulants, Q::StimulantLast),
    (O::OtherDrugs, Q::OtherLast),
];
/// The last-use answers of the past week: use that is going on now.
const PAST_WEEK: &[OptionId] = &[O::Today, O::Days1To3, O::Days4To7];
const RED_FLAGS: &[OptionId] = &[O::ChestPain, O::VomitingBlood, O::YellowConfused, O::BreathingTrouble];
const PSYCHOSIS: &[OptionId] = &[O::HearsVoices, O::Paranoia, O::NoSleepEnergy];
const ASQ_ITEMS: &[QuestionId] = &[Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried];
const ASQ_THOUGHTS: &[QuestionId] = &[Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts];

/// The score of one answer on an instrument item: its rank (AUDIT-C 0-4, PHQ/GAD 0-3).
fn item_score(v: &View, q: QuestionId) -> Option<(u8, Evidence)> {
    let o = *v.get(q).first()?;
    let rank = question(q).choice(o)?.rank?;
    Some((rank, vec![(q, o)]))
}

/// Sum of the known item scores of an instrument, with the answers behind it. Unknown items
/// count 0, so a partial score can only show less risk than the full one.
fn score(v: &View, items: &[QuestionId]) -> (u8, Evidence) {
    let mut total = 0;
    let mut evidence = Vec::new();
    for q in items {
        if let Some((s, e)) = item_score(v, *q) {
            total += s;
            evidence.extend(e);
        }
    }
    (total, evidence)
}

/// The reason a rule gives when it fires: its area and the level it asks for, from its one
/// entry in [`placement`], and the answers behind it.
fn reason(rule: RuleId, evidence: Evidence) -> Reason {
    let (area, level) = placement(rule);
    Reason { rule, area, at_least: level.unwrap_or(Level::Early), evidence, factors: Vec::new() }
}

/// The facts the rules share, read once.
struct Facts {
    uses_any: bool,
    substances_unknown: bool,
    alcohol: bool,
    sedatives: bool,
    opioids: bool,
    stimulants: bool,
    signs: Evidence,
    /// The signs left out of the count because the medicine is taken as prescribed.
    signs_not_counted: Evidence,
    /// Drank in the past month, or when is not known (the last-use unknown policy).
    alcohol_recent: bool,
    /// Took sedatives in the past month, or when is not known.
    sedative_recent: bool,
    /// Took opioids in the past month, or when is not known.
    opioid_recent: bool,
    /// Took other drugs in the past month, or when is not known.
    other_recent: bool,
    /// Every substance named was last used 3 to 12 months ago: the past-year signs describe
    /// the time before, not now (DSM-5 early remission begins after 3 months without signs).
    recovery: bool,
    /// The opioids are only a medicine taken as prescribed (for pain, or methadone or
    /// buprenorphine as treatment).
    opioid_as_prescribed: bool,
    /// The sedatives are only a medicine taken as prescribed.
    sedative_as_prescribed: bool,
    pregnant: bool,
}

/// Whether substance `s` was chosen and used in the past month, or it is not known when.
fn recent(v: &View, s: OptionId, last: QuestionId) -> bool {
    v.chose(Q::Substances, s) && (v.unknown(last) || PAST_MONTH.iter().any(|o| v.chose(last, *o)))
}

/// The use-disorder signs that count. DSM-5 does not count tolerance or withdrawal when a
/// medicine is taken as prescribed (American Psychiatric Association, DSM-5, 2013, notes to
/// criteria 10 and 11): so when every substance named is an opioid or a sedative taken only as
/// prescribed, those two signs are left out of the count. They still count as withdrawal risk
/// factors (W2-W4), which is where physical dependence matters for safety.
fn counted_signs(v: &View, opioid_rx: bool, sedative_rx: bool) -> (Evidence, Evidence) {
    let used = v.which(Q::Substances, SUBSTANCES);
    let prescribed_only = !used.is_empty()
        && used.iter().all(|(_, o)| match o {
            O::Opioids => opioid_rx,
            O::Sedatives => sedative_rx,
            _ => false,
        });
    let body = |(_, o): &(QuestionId, OptionId)| matches!(o, O::Tolerance | O::WithdrawalSign);
    let (not_counted, signs) = v.which(Q::UseSigns, SIGNS).into_iter().partition(|s| prescribed_only && body(s));
    (signs, not_counted)
}

fn facts(v: &View) -> Facts {
    let as_prescribed = |freq: QuestionId, source: QuestionId| v.asked(freq) && v.get(source) == [O::PrescribedAsDirected];
    let opioid_as_prescribed = as_prescribed(Q::OpioidFreq, Q::OpioidSource);
    let sedative_as_prescribed = as_prescribed(Q::SedativeFreq, Q::SedativeSource);
    let (signs, signs_not_counted) = counted_signs(v, opioid_as_prescribed, sedative_as_prescribed);
    let substances_unknown = v.unknown(Q::Substances);
    let used = v.which(Q::Substances, SUBSTANCES);
    let recovery = !used.is_empty()
        && LAST_USE.iter().all(|(s, last)| !v.chose(Q::Substances, *s) || v.chose(*last, O::Months3To12));
    Facts {
        uses_any: substances_unknown || !used.is_empty(),
        substances_unknown,
        alcohol: v.chose(Q::Substances, O::Alcohol),
        sedatives: v.chose(Q::Substances, O::Sedatives),
        opioids: v.chose(Q::Substances, O::Opioids),
        stimulants: v.chose(Q::Substances, O::Stimulants),
        signs,
        signs_not_counted,
        alcohol_recent: recent(v, O::Alcohol, Q::AlcoholLast),
        sedative_recent: recent(v, O::Sedatives, Q::SedativeLast),
        opioid_recent: recent(v, O::Opioids, Q::OpioidLast),
        other_recent: recent(v, O::OtherDrugs, Q::OtherLast),
        recovery,
        opioid_as_prescribed,
        sedative_as_prescribed,
        pregnant: v.chose(Q::Medical, O::Pregnant),
    }
}

/// The psychosis and mania signs that count. Going days without sleep while full of energy is
/// what stimulants do; on its own, in someone who uses them, it is not counted as mania
/// (DSM-5 excludes episodes caused by a substance). Voices and paranoia always count: they
/// need an assessment whatever the cause (SAMHSA TIP 42, substance-induced psychosis).
fn psychosis_signs(v: &View, f: &Facts) -> Evidence {
    let e = v.which(Q::Psychosis, PSYCHOSIS);
    if f.stimulants && e == [(Q::Psychosis, O::NoSleepEnergy)] {
        Vec::new()
    } else {
        e
    }
}

/// The safety overrides (clinical-basis §4). Each gives `Emergency` and a crisis card.
fn safety(v: &View, f: &Facts, out: &mut Vec<(Reason, Crisis)>) {
    let mut fire = |rule, crisis, evidence: Evidence| {
        if !evidence.is_empty() {
            out.push((reason(rule, evidence), crisis));
        }
    };
    fire(RuleId::OverdoseNow, Crisis::Overdose, v.which(Q::DangerNow, &[O::CannotWake]));
    fire(RuleId::SeizureNow, Crisis::Seizure, v.which(Q::WithdrawalNow, &[O::SeizureNow]));
    // DTs signs within about a week of stopping or cutting down (the question asks about now
    // and the past week); ASAM 2020 alcohol withdrawal guideline; clinical-basis §4.
    fire(
        RuleId::WithdrawalDelirium,
        Crisis::WithdrawalDelirium,
        v.which(Q::WithdrawalNow, &[O::Hallucinations, O::Confusion, O::Fever]),
    );
    // S12: medical red flags that cannot wait for an appointment. Vomiting blood or black
    // stools (upper GI bleeding, varices in heavy drinkers) and yellow skin with confusion
    // (alcohol-related hepatitis or liver failure with encephalopathy) go to the emergency
    // room now (AASLD 2024 practice guidance on alcohol-associated liver disease; ACG 2021
    // upper GI bleeding guideline). Chest pain with stimulants is treated as a heart attack
    // until shown otherwise (AHA scientific statement on cocaine-associated chest pain,
    // McCord et al., Circulation 2008). Trouble breathing with opioids or sedatives is a
    // sign of overdose. When the substances are not known, both are read the safer way.
    let mut flags = v.which(Q::Medical, &[O::VomitingBlood, O::YellowConfused]);
    if f.stimulants || f.substances_unknown {
        flags.extend(v.which(Q::Medical, &[O::ChestPain]));
    }
    if f.opioids || f.sedatives || f.substances_unknown {
        flags.extend(v.which(Q::Medical, &[O::BreathingTrouble]));
    }
    fire(RuleId::RedFlagNow, Crisis::RedFlag, flags);
    // ASQ acuity "right now" yes is imminent risk (NIMH ASQ toolkit); for a family member
    // "not sure" counts as yes (the written unknown policy of this question).
    let mut suicide_now = v.which(Q::DangerNow, &[O::SuicideNow]);
    suicide_now.extend(v.which(Q::AsqRightNow, &[O::Yes]));
    if v.loved_one {
        suicide_now.extend(v.which(Q::AsqRightNow, &[O::NotSure]));
    }
    fire(RuleId::SuicideNow, Crisis::Suicide, suicide_now);
    fire(RuleId::SuicidePlan, Crisis::Suicide, v.which(Q::SuicidePlan, &[O::HasPlan, O::HasIntent]));
    fire(RuleId::SuicideAttempt, Crisis::Suicide, v.which(Q::AttemptRecent, &[O::Yes]));
    let mut harm = v.which(Q::DangerNow, &[O::HarmOthersNow]);
    harm.extend(v.which(Q::HarmOthers, &[O::Yes]));
    fire(RuleId::HarmOthers, Crisis::HarmOthers, harm);
    fire(RuleId::MedicalNow, Crisis::Medical, v.which(Q::DangerNow, &[O::MedicalNow]));
    fire(RuleId::ViolenceNow, Crisis::Violence, v.which(Q::DangerNow, &[O::ViolenceNow]));
    // Psychosis or mania signs with any thought of harming self or others (clinical-basis §4).
    // Every sign counts here, sleeplessness with stimulants too: a danger card is never
    // taken away by naming one more substance.
    let psychosis = v.which(Q::Psychosis, PSYCHOSIS);
    let mut thoughts: Evidence = ASQ_THOUGHTS.iter().flat_map(|q| v.which(*q, &[O::Yes])).collect();
    thoughts.extend(v.which(Q::HarmOthers, &[O::Yes]));
    if !psychosis.is_empty() && !thoughts.is_empty() {
        fire(RuleId::PsychosisHarm, Crisis::PsychosisRisk, [psychosis, thoughts].concat());
    }
    if v.loved_one {
        fire(RuleId::DangerUnsure, Crisis::DangerNow, v.which(Q::DangerNow, &[O::NotSure]));
    }
}

/// The alcohol withdrawal risk factors other than the daily heavy pattern itself, with the
/// answers behind them. Source: ASAM Clinical Practice Guideline on Alcohol Withdrawal
/// Management (2020), Rec. II.5 and II.6: past withdrawal (and many past withdrawals),
/// withdrawal signs now, age over 65, serious medical illness, dependence on benzodiazepines
/// or barbiturates, other substance use, long or very heavy drinking, and a stop in the past
/// few days (the first 72 hours are when seizures and delirium begin). An unknown answer to
/// any question that could name one of them counts as that factor (their unknown policy: the
/// safer reading), so not answering is never safer than answering.
fn risk_factors(v: &View) -> Option<Evidence> {
    let mut e = v.which(Q::WithdrawalHistory, &[O::PastWithdrawalMany, O::PastWithdrawal]);
    e.extend(v.which(Q::WithdrawalNow, &[O::ShakesSweats, O::SickRestless]));
    e.extend(v.which(Q::UseSigns, &[O::WithdrawalSign]));
    e.extend(v.which(Q::Age, &[O::Age65Plus]));
    e.extend(v.which(Q::Medical, &[O::SeriousIllness]));
    e.extend(v.which(Q::Medical, RED_FLAGS));
    // A year or more of daily heavy drinking, and 10 or more drinks a day (a fifth of liquor
    // is about 17), are risk factors of their own.
    e.extend(v.which(Q::HeavyYears, &[O::YearOrMore]));
    e.extend(v.which(Q::AlcoholAmount, &[O::Drinks10Plus]));
    e.extend(v.which(Q::AlcoholLast, &[O::Days1To3]));
    // Other substance use: any other substance, benzodiazepines above all.
    e.extend(v.which(Q::Substances, &[O::Cannabis, O::Opioids, O::Sedatives, O::Stimulants, O::OtherDrugs]));
    // Unknowns count even when simply left out (then there is no answer to name).
    let open = [
        Q::WithdrawalHistory,
        Q::WithdrawalNow,
        Q::Age,
        Q::Medical,
        Q::HeavyYears,
        Q::AlcoholAmount,
        Q::AlcoholLast,
        Q::UseSigns,
    ];
    let mut unknown = false;
    for q in open {
        unknown |= v.unknown(q);
        e.extend(v.unknown_evidence(q));
    }
    (unknown || !e.is_empty()).then_some(e)
}

/// Medical management of withdrawal (clinical-basis §4 "Dangerous withdrawal").
fn withdrawal(v: &View, f: &Facts, out: &mut Vec<Reason>) {
    // W1: any past withdrawal seizure or delirium tremens → at least withdrawal, with no
    // further condition (clinical-basis §4; issue 8). The question is asked only of someone
    // who drank or used sedatives in the past month (or whose last use is not known): see
    // WITHDRAWAL_GATE in the bank.
    let past = v.which(Q::WithdrawalHistory, &[O::PastSeizure, O::PastDts]);
    let w1 = !past.is_empty();
    if w1 {
        out.push(reason(RuleId::PastSeizureDts, past));
    }
    // The drinking pattern. Daily: AUDIT-C item 1 at 4+ times a week, or how often not known.
    // Heavy: 5+ drinks on a drinking day (item 2), daily binges (item 3), 3-4 drinks at 65 or
    // older (or age not known), or how many or how often 6+ not known. An unknown is read as
    // the risk (the questions' unknown policy), so declining an answer is never safer than
    // giving the risky one.
    let mut freq = v.which(Q::AlcoholFreq, DRINKS_MOST_DAYS);
    freq.extend(v.unknown_evidence(Q::AlcoholFreq));
    let daily = f.alcohol_recent && (!freq.is_empty() || v.unknown(Q::AlcoholFreq));
    let older = v.chose(Q::Age, O::Age65Plus) || v.unknown(Q::Age);
    let mut amount = v.which(Q::AlcoholAmount, HEAVY_AMOUNTS);
    amount.extend(v.which(Q::AlcoholBinge, DAILY_BINGES));
    amount.extend(v.unknown_evidence(Q::AlcoholAmount));
    amount.extend(v.unknown_evidence(Q::AlcoholBinge));
    if older {
        amount.extend(v.which(Q::AlcoholAmount, MIDDLE_AMOUNT));
    }
    let heavy = !amount.is_empty() || v.unknown(Q::AlcoholAmount) || v.unknown(Q::AlcoholBinge);
    // W2: daily heavy drinking plus any risk factor → withdrawal.
    let mut w2 = false;
    if daily && heavy {
        if let Some(risks) = risk_factors(v) {
            let mut r = reason(RuleId::HeavyDrinkingRisk, [freq.clone(), amount.clone(), risks.clone()].concat());
            r.factors = risks;
            out.push(r);
            w2 = true;
        }
    }
    // W5: daily heavy drinking without another risk factor, or 3-4 drinks a day with a
    // serious illness (or health not known): stopping can still bring withdrawal, so do not
    // stop alone; a doctor plans it (ASAM 2020: ambulatory withdrawal management when the risk
    // of complications is low). Outpatient with medical support.
    let ill = v.which(Q::Medical, &[O::SeriousIllness]);
    let middle_ill = v.chose(Q::AlcoholAmount, O::Drinks3To4) && (!ill.is_empty() || v.unknown(Q::Medical));
    let w5 = !w2 && daily && (heavy || middle_ill);
    if w5 {
        amount.extend(v.which(Q::AlcoholAmount, MIDDLE_AMOUNT));
        let mut r = reason(RuleId::DailyHeavyDrinking, [freq, amount].concat());
        r.evidence.extend(ill.iter().copied());
        r.factors = ill;
        out.push(r);
    }
    // W3: sedatives 3 or more days a week (or how often not known), not only as prescribed,
    // in the past month: physical dependence, whose withdrawal can bring seizures (SAMHSA TIP
    // 45 ch. 4; ASAM 2020). GHB, barbiturates and Z-drugs are sedatives here. W6: the same use
    // only as prescribed is a medicine the body is used to: a slow
    // taper with the prescriber, never a detox-first plan (FDA 2020 boxed warning on
    // benzodiazepines: taper gradually; ASAM Joint Clinical Practice Guideline on
    // Benzodiazepine Tapering 2025).
    let mut w3 = false;
    if f.sedative_recent {
        let regular = v.which(Q::SedativeFreq, REGULAR);
        let unknown = v.unknown(Q::SedativeFreq);
        let mut source = v.which(Q::SedativeSource, &[O::PrescribedMore, O::NotFromPharmacy]);
        source.extend(v.unknown_evidence(Q::SedativeSource));
        if f.sedative_as_prescribed {
            if !regular.is_empty() || unknown {
                let e = [regular, v.which(Q::SedativeSource, &[O::PrescribedAsDirected])].concat();
                out.push(reason(RuleId::SedativePrescribed, e));
            }
        } else if !regular.is_empty() || unknown {
            let e = [regular, v.unknown_evidence(Q::SedativeFreq), source].concat();
            out.push(reason(RuleId::SedativeDependence, e));
            w3 = true;
        }
    }
    // W4: signs of physical dependence (past or present withdrawal signs, or unknown ones) in
    // someone whose use can cause withdrawal, without the patterns above. Stopping still needs
    // a doctor: at least outpatient with medical support (ambulatory withdrawal management).
    // Tremor and sweats alone are not an emergency (clinical-basis §4). Light drinking (under
    // 5 drinks, under weekly binges, not most days) cannot cause withdrawal, so poor sleep or
    // a "not sure" there is not read as a sign.
    if w1 || w2 || w3 || w5 || !v.asked(Q::WithdrawalNow) {
        return;
    }
    let drinking = f.alcohol_recent
        && (daily
            || heavy
            || v.chose(Q::AlcoholFreq, O::TwoToThreeWeek) && v.chose(Q::AlcoholAmount, O::Drinks3To4)
            || !v.which(Q::AlcoholBinge, &[O::Weekly, O::DailyOrAlmost]).is_empty());
    let sedating = f.sedative_recent && !v.chose(Q::SedativeFreq, O::LessThanWeekly);
    let other = f.other_recent && (!v.which(Q::OtherFreq, REGULAR).is_empty() || v.unknown(Q::OtherFreq));
    if !(drinking || sedating || other || f.substances_unknown) {
        return;
    }
    let mut signs = v.which(Q::WithdrawalHistory, &[O::PastWithdrawalMany, O::PastWithdrawal]);
    signs.extend(v.which(Q::WithdrawalNow, &[O::ShakesSweats, O::SickRestless]));
    signs.extend(v.unknown_evidence(Q::WithdrawalHistory));
    signs.extend(v.unknown_evidence(Q::WithdrawalNow));
    signs.extend(v.which(Q::UseSigns, &[O::WithdrawalSign]));
    if !signs.is_empty() || v.unknown(Q::WithdrawalHistory) || v.unknown(Q::WithdrawalNow) {
        out.push(reason(RuleId::WithdrawalCaution, signs));
    }
}

/// Physical health (clinical-basis §4: pregnancy, medical red flags).
fn physical(v: &View, f: &Facts, out: &mut Vec<Reason>) {
    if f.pregnant && f.uses_any {
        let mut e = v.which(Q::Medical, &[O::Pregnant]);
        e.extend(v.which(Q::Substances, SUBSTANCES));
        // P2: use in the past week (or when not known), or opioids or sedatives at all (which
        // must not be stopped suddenly in pregnancy): care that knows pregnancy, at least
        // outpatient (ACOG Committee Opinion 711, opioid use in pregnancy, 2017; SAMHSA 2018
        // clinical guidance for treating pregnant women with opioid use disorder). P4: use that
        // stopped over a week ago (often on learning of the pregnancy): prenatal care, told
        // about the use, is the step; it is not a treatment need by itself.
        let now = f.substances_unknown
            || f.opioids
            || f.sedatives
            || LAST_USE.iter().any(|(s, last)| {
                v.chose(Q::Substances, *s) && (v.unknown(*last) || PAST_WEEK.iter().any(|o| v.chose(*last, *o)))
            });
        if now {
            out.push(reason(RuleId::PregnantUsing, e));
        } else {
            out.push(reason(RuleId::PregnantStopped, e));
        }
    }
    // P3: the red flags that S12 does not send to the emergency room (chest pain without
    // stimulants, trouble breathing without opioids or sedatives): a doctor today.
    let flags: Evidence = v
        .which(Q::Medical, RED_FLAGS)
        .into_iter()
        .filter(|(_, o)| match o {
            O::ChestPain => !(f.stimulants || f.substances_unknown),
            O::BreathingTrouble => !(f.opioids || f.sedatives || f.substances_unknown),
            _ => false,
        })
        .collect();
    if !flags.is_empty() {
        out.push(reason(RuleId::MedicalRedFlag, flags));
    }
}

/// Mental health without acute risk. Returns the answers that raise an outpatient band.
fn mental_health(v: &View, f: &Facts, out: &mut Vec<Reason>) -> Evidence {
    let mut raising = Vec::new();
    // M1: any ASQ item 1-4 yes is a positive screen (NIMH ASQ); without acute risk it asks for
    // mental-health care today and raises an outpatient band (clinical-basis §4b). For a
    // family member, "not sure" counts as yes (the items' unknown policy).
    let mut asq: Evidence = ASQ_ITEMS.iter().flat_map(|q| v.which(*q, &[O::Yes])).collect();
    if v.loved_one {
        asq.extend(ASQ_ITEMS.iter().flat_map(|q| v.which(*q, &[O::NotSure])));
    }
    if !asq.is_empty() {
        raising.extend(asq.iter().copied());
        out.push(reason(RuleId::AsqPositive, asq));
    }
    // M2: psychosis or mania signs → a programme that treats mental health too, at least PHP,
    // and an urgent mental-health assessment (clinical-basis §4).
    let psychosis = psychosis_signs(v, f);
    if !psychosis.is_empty() {
        raising.extend(psychosis.iter().copied());
        out.push(reason(RuleId::Psychosis, psychosis));
    }
    // M7: a stay in a hospital or crisis unit for mental health in the past 6 months. The
    // weeks after discharge carry the highest suicide risk of any time (Chung DT et al.,
    // JAMA Psychiatry 2017;74:694-702), so it raises an outpatient band like M1, and the
    // mood screens below then do not stand alone.
    let stay = v.which(Q::Treatment, &[O::PsychStay]);
    if !stay.is_empty() {
        raising.extend(stay.iter().copied());
        out.push(reason(RuleId::PsychStay, stay));
    }
    // M4/M5: PHQ-2 and GAD-2 positive add mental-health care to the plan and never raise the
    // level on their own (clinical-basis §4b "over-triage also harms").
    let (phq, e) = score(v, &[Q::PhqInterest, Q::PhqDown]);
    if phq >= PHQ_GAD_CUTOFF {
        out.push(reason(RuleId::Phq2Positive, e));
    }
    let (gad, e) = score(v, &[Q::GadNervous, Q::GadWorry]);
    if gad >= PHQ_GAD_CUTOFF {
        out.push(reason(RuleId::Gad2Positive, e));
    }
    // M6: a family member has seen the loved one very down or very anxious most days. Like
    // PHQ-2/GAD-2 (which are self-report and not asked of a family member), it adds
    // mental-health care to the plan and never raises the level (clinical-basis §4b).
    let seen = v.which(Q::MoodObserved, &[O::Yes]);
    if !seen.is_empty() {
        out.push(reason(RuleId::MoodSeen, seen));
    }
    raising
}

/// The last-use answers of the substances named, as evidence.
fn last_uses(v: &View) -> Evidence {
    LAST_USE.iter().flat_map(|(_, q)| v.get(*q).iter().map(|o| (*q, *o)).collect::<Vec<_>>()).collect()
}

/// Use and relapse risk.
fn use_risk(v: &View, f: &Facts, out: &mut Vec<Reason>) {
    // R1: every substance last used 3 to 12 months ago. The past-year signs and the drinking
    // score describe the time before the stop; someone in early recovery needs continuing
    // care that keeps it going, not a new programme (DSM-5 early remission; ASAM Criteria
    // 2013, continuing care; SAMHSA TIP 64 on recovery support). The overdose, tolerance and
    // home rules still apply.
    if f.recovery {
        out.push(reason(RuleId::Recovery, last_uses(v)));
    } else {
        let n = f.signs.len();
        let severity = if n >= SIGNS_SEVERE {
            Some(RuleId::SignsSevere)
        } else if n >= SIGNS_MODERATE {
            Some(RuleId::SignsModerate)
        } else if n >= SIGNS_MILD {
            Some(RuleId::SignsMild)
        } else {
            None
        };
        if let Some(rule) = severity {
            out.push(reason(rule, f.signs.clone()));
        }
        // U9/U10: AUDIT-C at or above the cut-offs (Bush et al. 1998; Rubinsky et al. 2010).
        // An unknown item may be its highest score (4), so a cut-off the known items could
        // reach with it counts as reached: not answering is never safer than answering.
        if f.alcohol {
            let items = [Q::AlcoholFreq, Q::AlcoholAmount, Q::AlcoholBinge];
            let (known, mut e) = score(v, &items);
            let open: Vec<QuestionId> = items.iter().copied().filter(|q| v.unknown(*q)).collect();
            e.extend(open.iter().flat_map(|q| v.unknown_evidence(*q)));
            let s = known + 4 * open.len() as u8;
            if s >= AUDIT_C_HIGH {
                out.push(reason(RuleId::HeavyDrinking, e.clone()));
            }
            if s >= AUDIT_C_CUTOFF {
                out.push(reason(RuleId::RiskyDrinking, e));
            }
        }
    }
    // U11: the signs DSM-5 leaves out for a medicine taken as prescribed, named so the count
    // the person sees is explained (clinical-basis §1: show the basis of every suggestion).
    if !f.signs_not_counted.is_empty() {
        out.push(reason(RuleId::SignsAsPrescribed, f.signs_not_counted.clone()));
    }
    // U4/U5: an overdose raises the risk of another. In recovery, an overdose of the past year
    // came before the stop: it counts as an earlier one (the lost-tolerance advice still shows).
    let od = v.which(Q::Overdose, &[O::OverdosePastYear]);
    if !od.is_empty() && !f.recovery {
        out.push(reason(RuleId::OverdoseRecent, od));
    }
    let od = v.which(Q::Overdose, if f.recovery { &[O::OverdoseEarlier, O::OverdosePastYear][..] } else { &[O::OverdoseEarlier][..] });
    if !od.is_empty() {
        out.push(reason(RuleId::OverdoseEarlier, od));
    }
    if f.opioids && f.opioid_as_prescribed {
        // U13: opioids only as prescribed (for pain, or methadone or buprenorphine as
        // treatment): not a disorder by itself. Keep to the prescription, talk to the
        // prescriber, and keep naloxone at home (CDC Clinical Practice Guideline for
        // Prescribing Opioids for Pain 2022, Rec. 8: offer naloxone).
        out.push(reason(RuleId::OpioidPrescribed, v.which(Q::OpioidSource, &[O::PrescribedAsDirected])));
    } else if f.opioids && f.opioid_recent {
        // U6: opioids weekly or more, or from outside a pharmacy, or more than prescribed, in
        // the past month: at least outpatient, where medication for opioid use disorder is
        // the lead (clinical-basis §4; SAMHSA TIP 63).
        let mut e = v.which(Q::OpioidFreq, &[O::OneTwoDaysWeek, O::ThreeSixDaysWeek, O::EveryDay]);
        e.extend(v.unknown_evidence(Q::OpioidFreq));
        e.extend(v.which(Q::OpioidSource, &[O::PrescribedMore, O::NotFromPharmacy, O::HeroinFentanyl]));
        if !e.is_empty() {
            out.push(reason(RuleId::OpioidUse, e));
        }
    }
    // U14: opioids with sedatives or alcohol, or alcohol with sedatives, in the past month:
    // the mix behind most overdose deaths (FDA 2016 boxed warning on opioids with
    // benzodiazepines; CDC 2022 guideline, Rec. 11; NIDA on alcohol with benzodiazepines).
    let opioid_mix = f.opioid_recent && (f.sedative_recent || f.alcohol_recent);
    if opioid_mix || (f.alcohol_recent && f.sedative_recent) {
        out.push(reason(RuleId::Mixing, v.which(Q::Substances, &[O::Opioids, O::Sedatives, O::Alcohol])));
    }
    // U7: just finished residential care: a step down to IOP keeps the structure
    // (clinical-basis §2: IOP "often as a step down after residential care").
    let step = v.which(Q::Treatment, &[O::FinishedResidential]);
    if !step.is_empty() {
        out.push(reason(RuleId::StepDown, step));
    }
    // U8: tolerance drops after time without use (clinical-basis §4 "Opioids"): for opioids
    // and sedatives (or when the substances are not known), whose overdose slows breathing.
    // U12: the same places with no use in the past year (say after a long prison term): the
    // warning and naloxone still belong to it, since the old amount is what kills after
    // release (Binswanger IA et al., NEJM 2007;356:157-65).
    let left = v.which(Q::Treatment, &[O::LeftJail, O::LeftHospital, O::LeftProgram]);
    if !left.is_empty() && (f.opioids || f.sedatives || f.substances_unknown) {
        out.push(reason(RuleId::LostTolerance, left));
    } else if !left.is_empty() && v.chose(Q::Substances, O::NoSubstances) {
        out.push(reason(RuleId::LeftNoUse, left));
    }
}

/// Recovery environment (clinical-basis §2: IOP is wrong where the home is unsupportive;
/// §3: residential when the environment needs 24-hour structure).
fn environment(v: &View, f: &Facts, out: &mut Vec<Reason>) {
    let moderate = !f.recovery && f.signs.len() >= SIGNS_MODERATE;
    let unsafe_home = v.which(Q::Home, &[O::Violence, O::NoHousing]);
    let others = v.which(Q::Home, &[O::OthersUse]);
    let alone = v.which(Q::Home, &[O::NoSupport]);
    let housing = v.which(Q::Home, &[O::NoHousing]);
    if moderate && !unsafe_home.is_empty() {
        out.push(reason(RuleId::HomeUnsafe, unsafe_home));
    }
    if moderate && !others.is_empty() && !alone.is_empty() {
        let e = [others.clone(), alone.clone()].concat();
        out.push(reason(RuleId::HomeUnsupportive, e));
    }
    if moderate && !(others.is_empty() && alone.is_empty()) {
        let e = [others.clone(), alone.clone()].concat();
        out.push(reason(RuleId::HomeStrain, e));
    }
    // E5/E6: with fewer signs the home still matters, and the result says so. No steady
    // housing and no one to support recovery together ask for regular care, where housing
    // help can be found (SAMHSA, recovery housing best practices 2023); one of them, or
    // others using at home, is named with the help to ask for.
    if !moderate && f.uses_any && !housing.is_empty() && !alone.is_empty() {
        out.push(reason(RuleId::HomeAlone, [housing, alone].concat()));
    } else if !moderate {
        let e = v.which(Q::Home, &[O::NoHousing, O::NoSupport, O::OthersUse]);
        if !e.is_empty() {
            out.push(reason(RuleId::HomeNeeds, e));
        }
    }
    let violence = v.which(Q::Home, &[O::Violence]);
    if !violence.is_empty() {
        out.push(reason(RuleId::ViolenceAtHome, violence));
    }
}

/// The rated questions on the path whose answer is unknown (not answered, "not sure",
/// "prefer not to say"). Questions that only shape the plan are not counted.
fn unknowns(v: &View) -> Vec<QuestionId> {
    v.on.iter()
        .copied()
        .filter(|q| !matches!(question(*q).unknown, Unknown::Required | Unknown::NotRated))
        .filter(|q| v.unknown(*q))
        .collect()
}

/// One band up for co-occurring mental-health needs: outpatient → IOP, IOP → PHP. Other
/// levels stay (early support is not a treatment band; PHP and above already treat both).
pub fn raise_band(level: Level) -> Level {
    match level {
        Level::Outpatient => Level::Iop,
        Level::Iop => Level::Php,
        other => other,
    }
}

fn highest(reasons: &[Reason]) -> Level {
    reasons.iter().map(|r| r.at_least).max().unwrap_or(Level::Early)
}

/// Evaluates every rule on the answers to the questions in `on` (the path, or a prefix of it)
/// and decides the level by the order of decision.
pub(crate) fn evaluate(answers: &Answers, on: &[QuestionId]) -> Evaluation {
    let v = View::new(answers, on);
    let f = facts(&v);

    let mut found = Vec::new();
    safety(&v, &f, &mut found);
    let mut wd = Vec::new();
    withdrawal(&v, &f, &mut wd);
    let mut mh = Vec::new();
    let raising = mental_health(&v, &f, &mut mh);
    let mut treatment = Vec::new();
    physical(&v, &f, &mut treatment);
    use_risk(&v, &f, &mut treatment);
    environment(&v, &f, &mut treatment);

    // Most urgent first, each once. Inserted in order rather than sorted: the standard sort
    // would bring its whole implementation into the wasm for a list of one or two.
    let mut crises: Vec<Crisis> = Vec::new();
    for (_, c) in &found {
        let at = crises.iter().position(|x| x >= c).unwrap_or(crises.len());
        if crises.get(at) != Some(c) {
            crises.insert(at, *c);
        }
    }
    let crisis = crises.first().copied();

    let missing = unknowns(&v);
    let unknown_answers = missing.len();
    // A crisis result is not "uncertain": it was reached before the rest was asked, and its
    // steps do not depend on the rest.
    let uncertain = crisis.is_none() && unknown_answers >= MANY_UNKNOWNS;
    if uncertain {
        // X1: many missing answers → at least outpatient, and a full assessment (§4b).
        let e: Evidence = missing.iter().flat_map(|q| v.unknown_evidence(*q)).collect();
        treatment.push(reason(RuleId::Uncertain, e));
    } else if crisis.is_none() && (f.substances_unknown || (f.uses_any && !f.recovery && v.unknown(Q::UseSigns))) {
        // X2: the substances or the 11 signs are not known: the level cannot rest on them, so
        // at least outpatient with a full assessment (§4b), said in its own words.
        let e = [v.unknown_evidence(Q::Substances), v.unknown_evidence(Q::UseSigns)].concat();
        treatment.push(reason(RuleId::KeyUnknown, e));
    }

    // W4-W6 are outpatient or early needs; W1-W3 ask for medical management.
    let medical = wd.iter().any(|r| r.at_least == Level::Withdrawal);
    treatment.extend(wd.iter().filter(|r| r.at_least < Level::Withdrawal).cloned());
    wd.retain(|r| r.at_least == Level::Withdrawal);

    // The treatment level: the most intensive band any area needs (never an average),
    // raised one band for co-occurring mental-health needs, and never below the
    // mental-health floors.
    let use_level = highest(&treatment);
    let mh_floor = highest(&mh);
    let mut level = if raising.is_empty() { use_level } else { raise_band(use_level) }.max(mh_floor);
    let mut reasons = Vec::new();
    if level > use_level.max(mh_floor) {
        // M3 asks for the band above the others, so its level is not a fixed one.
        reasons.push(Reason { at_least: level, ..reason(RuleId::CoOccurringRaise, raising) });
    }
    let treatment_level = level;

    if medical {
        level = level.max(Level::Withdrawal);
    }
    // Pregnancy with opioid use is never the withdrawal level (opioid withdrawal must be
    // avoided in pregnancy; clinical-basis §4). When alcohol or sedatives still need medical
    // supervision, the safer answer above withdrawal is hospital care today.
    if medical && f.pregnant && f.opioids {
        let mut e = v.which(Q::Medical, &[O::Pregnant]);
        e.extend(v.which(Q::Substances, &[O::Opioids]));
        reasons.push(reason(RuleId::PregnancyOpioidsHospital, e));
        level = Level::Emergency;
    }
    if crisis.is_some() {
        level = Level::Emergency;
    }
    let then = (level == Level::Withdrawal).then(|| treatment_level.max(Level::Outpatient));

    reasons.extend(found.into_iter().map(|(r, _)| r));
    reasons.extend(wd);
    reasons.extend(mh);
    reasons.extend(treatment);
    if reasons.is_empty() {
        // B0: nothing asks for more than early support; name what was answered.
        let mut e = v.which(Q::Substances, SUBSTANCES);
        e.extend(v.which(Q::Substances, &[O::NoSubstances]));
        reasons.push(reason(RuleId::Baseline, e));
    }
    // The rules about use in general name the substances chosen, so a result never says "a
    // problem with alcohol or drugs" without saying which: the 11 signs (they count alcohol
    // and drugs together), the home (E1-E6 rate it for recovery from that use), mood with
    // use, recovery, missing answers and the baseline. The rules about one substance name it
    // in their own words; a crisis names the danger now and nothing else.
    let named = v.which(Q::Substances, SUBSTANCES);
    for r in reasons.iter_mut() {
        use RuleId as R;
        let general = matches!(
            r.rule,
            R::SignsMild | R::SignsModerate | R::SignsSevere | R::HomeUnsafe | R::HomeUnsupportive | R::HomeStrain
                | R::ViolenceAtHome | R::HomeAlone | R::HomeNeeds | R::CoOccurringRaise | R::Recovery | R::Uncertain
                | R::KeyUnknown | R::Baseline
        );
        if general {
            r.factors.extend(named.iter().copied());
        }
    }
    // Highest level first; rules of equal level keep the order above (safety, withdrawal,
    // mental health, physical, use, environment).
    // (A bucket pass by level rather than a sort: the same order, less code in the wasm.)
    let reasons: Vec<Reason> =
        Level::ALL.iter().rev().flat_map(|l| reasons.iter().filter(|r| r.at_least == *l).cloned()).collect();

    Evaluation { level, then, crisis, crises, reasons, uncertain, unknown_answers }
}

/// What a clinician reviewing a rule needs to know without reading its code: the area it
/// rates, the level it asks for, and where the rule comes from. A test checks every reason
/// the engine gives against this table, so the generated docs cannot drift from the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    /// The area it rates.
    pub area: Area,
    /// The lowest level it asks for; `None` for the rule whose level depends on the others
    /// (M3 raises the treatment band by one).
    pub level: Option<Level>,
    /// What it checks, for clinicians (English, not shown to users).
    pub checks: &'static str,
    /// Where it comes from.
    pub source: &'static str,
}

/// Where each rule places a person: the area it rates and the lowest level it asks for
/// (`None` for M3, which raises the band the other areas ask for). This one table is what the
/// engine reads when a rule fires and what [`info`] shows a clinician, so the level a rule
/// asks for is written once. It is a table of its own, apart from the rules' descriptions,
/// because the widget needs only this part: the descriptions stay out of the wasm.
pub fn placement(r: RuleId) -> (Area, Option<Level>) {
    use Area::{Environment, MentalHealth, Physical, UseRisk};
    use Level::{Early, Emergency, Iop, Outpatient, Php, Residential};
    const WD: Area = Area::Withdrawal;
    match r {
        RuleId::OverdoseNow => (WD, Some(Emergency)),
        RuleId::SuicideNow => (MentalHealth, Some(Emergency)),
        RuleId::SuicidePlan => (MentalHealth, Some(Emergency)),
        RuleId::SuicideAttempt => (MentalHealth, Some(Emergency)),
        RuleId::HarmOthers => (MentalHealth, Some(Emergency)),
        RuleId::MedicalNow => (Physical, Some(Emergency)),
        RuleId::ViolenceNow => (Environment, Some(Emergency)),
        RuleId::DangerUnsure => (MentalHealth, Some(Emergency)),
        RuleId::SeizureNow => (WD, Some(Emergency)),
        RuleId::WithdrawalDelirium => (WD, Some(Emergency)),
        RuleId::PsychosisHarm => (MentalHealth, Some(Emergency)),
        RuleId::PastSeizureDts => (WD, Some(Level::Withdrawal)),
        RuleId::HeavyDrinkingRisk => (WD, Some(Level::Withdrawal)),
        RuleId::SedativeDependence => (WD, Some(Level::Withdrawal)),
        RuleId::WithdrawalCaution => (WD, Some(Outpatient)),
        RuleId::PregnancyOpioidsHospital => (Physical, Some(Emergency)),
        RuleId::PregnantUsing => (Physical, Some(Outpatient)),
        RuleId::MedicalRedFlag => (Physical, Some(Outpatient)),
        RuleId::AsqPositive => (MentalHealth, Some(Outpatient)),
        RuleId::Psychosis => (MentalHealth, Some(Php)),
        RuleId::CoOccurringRaise => (MentalHealth, None),
        RuleId::Phq2Positive => (MentalHealth, Some(Early)),
        RuleId::Gad2Positive => (MentalHealth, Some(Early)),
        RuleId::MoodSeen => (MentalHealth, Some(Early)),
        RuleId::SignsMild => (UseRisk, Some(Outpatient)),
        RuleId::SignsModerate => (UseRisk, Some(Outpatient)),
        RuleId::SignsSevere => (UseRisk, Some(Iop)),
        RuleId::OverdoseRecent => (UseRisk, Some(Iop)),
        RuleId::OverdoseEarlier => (UseRisk, Some(Outpatient)),
        RuleId::OpioidUse => (UseRisk, Some(Outpatient)),
        RuleId::StepDown => (UseRisk, Some(Iop)),
        RuleId::LostTolerance => (UseRisk, Some(Outpatient)),
        RuleId::SignsAsPrescribed => (UseRisk, Some(Early)),
        RuleId::RiskyDrinking => (UseRisk, Some(Early)),
        RuleId::HeavyDrinking => (UseRisk, Some(Outpatient)),
        RuleId::HomeUnsafe => (Environment, Some(Residential)),
        RuleId::HomeUnsupportive => (Environment, Some(Residential)),
        RuleId::HomeStrain => (Environment, Some(Iop)),
        RuleId::ViolenceAtHome => (Environment, Some(Outpatient)),
        RuleId::Uncertain => (UseRisk, Some(Outpatient)),
        RuleId::KeyUnknown => (UseRisk, Some(Outpatient)),
        RuleId::RedFlagNow => (Physical, Some(Emergency)),
        RuleId::DailyHeavyDrinking => (WD, Some(Outpatient)),
        RuleId::SedativePrescribed => (WD, Some(Early)),
        RuleId::PregnantStopped => (Physical, Some(Early)),
        RuleId::PsychStay => (MentalHealth, Some(Outpatient)),
        RuleId::LeftNoUse => (UseRisk, Some(Early)),
        RuleId::OpioidPrescribed => (UseRisk, Some(Early)),
        RuleId::Mixing => (UseRisk, Some(Early)),
        RuleId::Recovery => (UseRisk, Some(Early)),
        RuleId::HomeAlone => (Environment, Some(Outpatient)),
        RuleId::HomeNeeds => (Environment, Some(Early)),
        RuleId::Baseline => (UseRisk, Some(Early)),
    }
}

/// The reviewable description of each rule: its placement and, for clinicians, what it
/// checks and where it comes from.
pub fn info(r: RuleId) -> RuleInfo {
    const BASIS4: &str = "clinical-basis §4 (safety rules that always win)";
    let (area, level) = placement(r);
    let (checks, source): (&str, &str) = match r {
        RuleId::OverdoseNow => ("danger_now: someone cannot be woken or is barely breathing", BASIS4),
        RuleId::SuicideNow => ("danger_now: someone may try to kill themselves; or ASQ acuity (right now) yes; for a loved one also \"not sure\"", "NIMH ASQ toolkit (acuity yes = imminent risk); clinical-basis §4, §4b"),
        RuleId::SuicidePlan => ("suicide_plan: a plan or the intent to act", "clinical-basis §4 (thoughts of suicide with a plan or intent); our own question beside the ASQ"),
        RuleId::SuicideAttempt => ("attempt_recent: a suicide attempt in the past 3 months", "clinical-basis §4 (a recent attempt); our own question beside the ASQ"),
        RuleId::HarmOthers => ("danger_now: may hurt another person; or harm_others yes", BASIS4),
        RuleId::MedicalNow => ("danger_now: a seizure or another medical emergency now", BASIS4),
        RuleId::ViolenceNow => ("danger_now: someone is being hurt or threatened now", BASIS4),
        RuleId::DangerUnsure => ("danger_now \"not sure\" from a family member or friend", "clinical-basis §4b (in the danger checks a family member's \"not sure\" counts as yes)"),
        RuleId::SeizureNow => ("withdrawal_now: a seizure today", "clinical-basis §4 (withdrawal emergencies); ASAM alcohol withdrawal guideline 2020"),
        RuleId::WithdrawalDelirium => ("withdrawal_now: hallucinations, confusion or high fever now or within the past week of stopping/cutting down", "clinical-basis §4 (signs of delirium tremens); ASAM alcohol withdrawal guideline 2020"),
        RuleId::PsychosisHarm => ("any psychosis/mania sign together with ASQ 1-3 yes or harm_others yes", BASIS4),
        RuleId::PastSeizureDts => ("withdrawal_history: past withdrawal seizure or delirium tremens, at any time (asked only while alcohol or sedatives were used in the past month, or last use is unknown)", "clinical-basis §4 (any past withdrawal seizure or DTs → at least withdrawal); ASAM alcohol withdrawal guideline 2020, Rec. II.5"),
        RuleId::HeavyDrinkingRisk => ("drinking most days (AUDIT-C 1 = 4+ a week, or unknown, or AUDIT-C 3 daily) AND heavy (AUDIT-C 2 >= 5, or unknown, or 3-4 at 65+ or age unknown, or AUDIT-C 3 daily) AND any risk factor (past withdrawal, signs now, withdrawal criterion, age 65+, serious illness or red flag, any other substance, a year or more, 10+ drinks, last drink 1-3 days ago; withdrawal, age, health or years unknown), with a drink in the past month or when unknown", "ASAM alcohol withdrawal guideline 2020, Rec. II.5-II.6; clinical-basis §4"),
        RuleId::SedativeDependence => ("sedatives 3+ days a week or how often unknown, not only as prescribed, with use in the past month or when unknown (GHB, barbiturates and Z-drugs included)", "clinical-basis §4 (physical dependence on benzodiazepines; supervised taper); ASAM alcohol withdrawal guideline 2020"),
        RuleId::WithdrawalCaution => ("asked the withdrawal questions, none of W1-W3/W5, a pattern that can cause withdrawal (drinking most days or heavily or weekly binges, sedatives weekly+, other drugs 3+ days a week, substances unknown) in the past month, and past withdrawal, shakes/sweats/sickness now, the withdrawal criterion, or unknown withdrawal answers", "clinical-basis §2 (ambulatory withdrawal management), §4 (tremor and sweats alone are not emergencies)"),
        RuleId::PregnancyOpioidsHospital => ("pregnant AND opioids AND any of W1-W3: never the withdrawal level; hospital care today", "clinical-basis §4 (pregnancy with opioid use is never withdrawal; alcohol/sedative dependence in pregnancy still needs medical supervision); safer choice above withdrawal"),
        RuleId::PregnantUsing => ("pregnant AND use in the past week (or when unknown), or any opioid or sedative, or substances unknown", "clinical-basis §4 (specialist prenatal-aware care)"),
        RuleId::MedicalRedFlag => ("chest pain without stimulants, trouble breathing without opioids or sedatives (the others are S12)", "clinical-basis §4 (medical red flags: see a doctor today, 911 if severe)"),
        RuleId::AsqPositive => ("any ASQ item 1-4 yes (for a family member also \"not sure\") without acute risk; also raises an outpatient band (M3)", "NIMH ASQ toolkit; clinical-basis §4b"),
        RuleId::Psychosis => ("any psychosis or mania sign (no sleep with energy alone does not count for someone using stimulants)", "clinical-basis §4 (a program that treats mental health too, at least php)"),
        RuleId::CoOccurringRaise => ("M1, M2 or M7 fired: the treatment band from the other areas goes up one (outpatient → iop, iop → php)", "clinical-basis §3 (co-occurring mental health pushes an outpatient level up one band), §4b"),
        RuleId::Phq2Positive => ("PHQ-2 total >= 3: adds mental-health care, never raises the level", "Kroenke, Spitzer, Williams 2003; clinical-basis §4b"),
        RuleId::Gad2Positive => ("GAD-2 total >= 3: adds mental-health care, never raises the level", "Kroenke et al. 2007; clinical-basis §4b"),
        RuleId::MoodSeen => ("family mode, mood_observed yes (very down or very anxious most days): adds mental-health care, never raises the level", "our own question in place of PHQ-2/GAD-2, which are self-report; clinical-basis §4b"),
        RuleId::SignsMild => ("2-3 of the 11 use-disorder signs (tolerance and withdrawal left out when every substance is a medicine taken as prescribed, as DSM-5 says)", "DSM-5 criteria count as NIAAA describes (2-3 mild)"),
        RuleId::SignsModerate => ("4-5 of the 11 use-disorder signs (counted as U1 says)", "DSM-5 criteria count as NIAAA describes (4-5 moderate)"),
        RuleId::SignsSevere => ("6 or more of the 11 use-disorder signs (counted as U1 says)", "DSM-5 criteria count as NIAAA describes (6+ severe)"),
        RuleId::OverdoseRecent => ("an overdose in the past year", "clinical-basis §3 (overdose history in use and relapse risk), §4 (opioids)"),
        RuleId::OverdoseEarlier => ("an overdose more than a year ago", "clinical-basis §3"),
        RuleId::OpioidUse => ("opioids not only as prescribed, used in the past month (or when unknown): 1+ days a week (or unknown frequency), or more than prescribed, not from a pharmacy, heroin/fentanyl", "clinical-basis §4 (medication for opioid use disorder is an outpatient-level answer)"),
        RuleId::StepDown => ("finished a residential programme in the past month", "clinical-basis §2 (IOP as a step down after residential care)"),
        RuleId::LostTolerance => ("treatment: left jail, prison, a hospital, a detox or a programme in the past month, AND opioids or sedatives (or substances unknown)", "clinical-basis §4 (overdose risk jumps when tolerance drops)"),
        RuleId::SignsAsPrescribed => ("tolerance or withdrawal ticked, and every substance named is an opioid or sedative taken only as prescribed: those two are not counted in U1-U3 (and E1-E3); they still count for withdrawal (W2-W4)", "DSM-5 (American Psychiatric Association 2013), notes to criteria 10 and 11"),
        RuleId::RiskyDrinking => ("AUDIT-C total >= 3 (the lower cut-off, sex not asked)", "Bush et al. 1998; clinical-basis §4b"),
        RuleId::HeavyDrinking => ("AUDIT-C total >= 8", "Rubinsky et al., Drug Alcohol Depend 2010;108:29-36 (high AUDIT-C scores and the likelihood of alcohol dependence)"),
        RuleId::HomeUnsafe => ("violence at home or no stable housing, AND 4+ use-disorder signs", "clinical-basis §2 (IOP wrong where the home is unsupportive), §3 (residential when the environment needs 24-hour structure)"),
        RuleId::HomeUnsupportive => ("others use at home AND no supportive person, AND 4+ signs", "clinical-basis §2, §3"),
        RuleId::HomeStrain => ("others use at home OR no supportive person, AND 4+ signs", "clinical-basis §2, §3"),
        RuleId::ViolenceAtHome => ("violence at home", "clinical-basis §4 (home safety: the domestic violence hotline)"),
        RuleId::Uncertain => ("5+ rated questions unknown, and no crisis (a crisis result is reached before the rest is asked)", "clinical-basis §4b (many missing answers: at least outpatient, uncertain, full assessment)"),
        RuleId::KeyUnknown => ("fewer than 5 unknowns, no crisis, and the substances unknown, or the 11 signs unknown while some use is reported (not in recovery)", "clinical-basis §4b (at least outpatient and a full assessment when the answers the level rests on are missing)"),
        RuleId::RedFlagNow => ("medical: vomiting blood or black stools; yellow skin or eyes with confusion; chest pain with stimulants (or substances unknown); trouble breathing with opioids or sedatives (or substances unknown)", "AASLD 2024 alcohol-associated liver disease guidance; ACG 2021 upper GI bleeding guideline; AHA statement on cocaine-associated chest pain (McCord et al., Circulation 2008); clinical-basis §4"),
        RuleId::DailyHeavyDrinking => ("the W2 pattern (daily heavy drinking) without any W2 risk factor; or 3-4 drinks on most days with a serious illness (or health unknown): do not stop alone, a doctor plans it", "ASAM alcohol withdrawal guideline 2020 (ambulatory management when the risk of complications is low); review 2026-12 class 2"),
        RuleId::SedativePrescribed => ("sedatives 3+ days a week (or unknown), only as prescribed, used in the past month: do not stop suddenly; a slow taper with the prescriber; never a detox-first plan", "FDA 2020 boxed warning on benzodiazepines (taper gradually); ASAM Joint Clinical Practice Guideline on Benzodiazepine Tapering 2025"),
        RuleId::PregnantStopped => ("pregnant AND use reported, but no opioids or sedatives and every last use over a week ago: prenatal care, told about the use", "ACOG Committee Opinion 711 (2017); SAMHSA 2018 clinical guidance on pregnancy"),
        RuleId::PsychStay => ("treatment: a hospital or crisis-unit stay for mental health in the past 6 months; raises an outpatient band (M3)", "Chung DT et al., JAMA Psychiatry 2017;74:694-702 (suicide risk after psychiatric discharge); clinical-basis §3"),
        RuleId::LeftNoUse => ("treatment: left jail, prison, a hospital or a programme in the past month, with no use in the past year: the lost-tolerance warning and naloxone", "Binswanger IA et al., NEJM 2007;356:157-65 (overdose deaths after release from prison); clinical-basis §4"),
        RuleId::OpioidPrescribed => ("opioids taken only as prescribed (pain, or methadone/buprenorphine as treatment): U6 does not apply; the prescriber and naloxone at home", "CDC Clinical Practice Guideline for Prescribing Opioids for Pain 2022, Rec. 8; SAMHSA TIP 63 (keep taking MOUD)"),
        RuleId::Mixing => ("opioids with sedatives or alcohol, or alcohol with sedatives, each used in the past month (or when unknown): named as the top overdose risk", "FDA 2016 boxed warning (opioids with benzodiazepines); CDC 2022 guideline, Rec. 11"),
        RuleId::Recovery => ("every substance named was last used 3-12 months ago: U1-U3, U9, U10 and E1-E3 do not apply; continuing care", "DSM-5 early remission (3+ months); ASAM Criteria 2013 (continuing care); SAMHSA TIP 64"),
        RuleId::HomeAlone => ("no steady housing AND no supportive person, with some use, fewer than 4 signs (or in recovery)", "clinical-basis §2, §3; SAMHSA recovery housing best practices 2023"),
        RuleId::HomeNeeds => ("no steady housing, no supportive person, or others using at home, with fewer than 4 signs and not E5: named, with the help to ask for", "clinical-basis §3 (recovery environment)"),
        RuleId::Baseline => ("no other rule fired", "clinical-basis §2 (early intervention)"),
    };
    RuleInfo { area, level, checks, source }
}
