//! Exports the question bank to SurveyJS JSON, so that the benchmark's peer page (SurveyJS, the
//! leading open-source form library) asks exactly what the widget asks, in the same words.
//!
//! ```text
//! cargo run --release --bin export_surveyjs                 # the SurveyJS survey, on stdout
//! cargo run --release --bin export_surveyjs -- --run-plan   # the benchmark's run through it
//! cargo run --release --bin export_surveyjs -- --lang es    # the same in Spanish
//! ```
//!
//! Everything is read from the domain and the catalogues, never written out by hand: the
//! questions, their options and when each is asked from `screening::bank::BANK`, the words
//! (question, help, options, in both voices) from `crate::i18n`. The bank's branching
//! (`bank::When`) becomes SurveyJS `visibleIf` expressions, with one exception SurveyJS cannot
//! express: a question asked only when the level suggested so far is in a range
//! (`When::LevelIn`, the schedule questions) needs our rules, so the peer always asks it.
//! The crisis cards, which interrupt the questions and let the person go on, are not modelled;
//! the benchmark's run never meets one.
//!
//! The exporter checks its translation against `screening::path::questions` on thousands of random
//! runs and prints on stderr how many agree; on the benchmark's own run they must agree
//! exactly, or it fails, because the two pages would then not ask the same thing.

use std::collections::BTreeSet;
use std::process::ExitCode;

use care_screener::i18n::{self, Lang, Ui};
use care_screener::screening::bank::{is_unknown, Kind, When, BANK};
use care_screener::screening::{path, Answers, OptionId, Question, QuestionId, Voice};
use serde_json::{json, Value};

fn question(id: QuestionId) -> &'static Question {
    care_screener::screening::bank::question(id)
}

/// A condition as SurveyJS evaluates it. The survey clears a hidden question's answer
/// (`clearInvisibleValues: "onHidden"`), so "that question was answered with …" already means
/// it was asked, as in `path::holds`.
#[derive(Clone, Debug)]
enum Cond {
    True,
    /// Any of these options was chosen.
    Chose(QuestionId, Vec<OptionId>),
    /// No answer, or only "not sure" / "prefer not to say".
    Unknown(QuestionId),
    Not(Box<Cond>),
    And(Vec<Cond>),
    Or(Vec<Cond>),
}

/// The bank's condition as SurveyJS can hold it; `approximate` collects what it cannot.
fn translate(when: When, approximate: &mut bool) -> Cond {
    match when {
        When::Always => Cond::True,
        When::Chose(q, opts) => Cond::Chose(q, opts.to_vec()),
        // "Chose, or unknown", only when the question was asked: an unasked question has no
        // answer, which alone would read as unknown.
        When::Maybe(q, opts) => Cond::And(vec![
            translate(question(q).when, approximate),
            Cond::Or(vec![Cond::Chose(q, opts.to_vec()), Cond::Unknown(q)]),
        ]),
        When::Unless(q, opts) => Cond::Not(Box::new(Cond::Chose(q, opts.to_vec()))),
        When::All(ws) => Cond::And(ws.iter().map(|w| translate(*w, approximate)).collect()),
        When::Any(ws) => Cond::Or(ws.iter().map(|w| translate(*w, approximate)).collect()),
        When::LevelIn(..) => {
            *approximate = true;
            Cond::True
        }
    }
}

impl Cond {
    /// Whether it holds, given the answers SurveyJS still has (those of visible questions).
    fn holds(&self, answers: &Answers) -> bool {
        match self {
            Cond::True => true,
            Cond::Chose(q, opts) => answers.get(*q).iter().any(|o| opts.contains(o)),
            Cond::Unknown(q) => answers.get(*q).iter().all(|o| is_unknown(*o)),
            Cond::Not(c) => !c.holds(answers),
            Cond::And(cs) => cs.iter().all(|c| c.holds(answers)),
            Cond::Or(cs) => cs.iter().any(|c| c.holds(answers)),
        }
    }

    /// The SurveyJS expression, or `None` for "always".
    fn expression(&self) -> Option<String> {
        let chose = |q: QuestionId, o: OptionId| match question(q).kind {
            Kind::Single => format!("{{{}}} = '{}'", q.as_str(), o.as_str()),
            // A multiple-choice value is an array.
            Kind::Multiple => format!("{{{}}} contains '{}'", q.as_str(), o.as_str()),
        };
        let join = |cs: &[Cond], op: &str| -> Option<String> {
            let parts: Vec<String> = cs.iter().filter_map(Cond::expression).map(|e| format!("({e})")).collect();
            (!parts.is_empty()).then(|| parts.join(op))
        };
        match self {
            Cond::True => None,
            Cond::Chose(q, opts) => Some(opts.iter().map(|o| chose(*q, *o)).collect::<Vec<_>>().join(" or ")),
            Cond::Unknown(q) => {
                let known: Vec<String> =
                    question(*q).choices.iter().filter(|c| !is_unknown(c.id)).map(|c| chose(*q, c.id)).collect();
                Some(format!("{{{}}} empty or !({})", q.as_str(), known.join(" or ")))
            }
            Cond::Not(c) => Some(match c.expression() {
                Some(e) => format!("!({e})"),
                None => "false".to_owned(),
            }),
            Cond::And(cs) => join(cs, " and "),
            Cond::Or(cs) if cs.iter().any(|c| matches!(c, Cond::True)) => None,
            Cond::Or(cs) => join(cs, " or "),
        }
    }
}

/// Every question's condition, in bank order, and the questions whose condition SurveyJS can
/// only approximate.
struct Translated {
    conditions: Vec<(QuestionId, Cond)>,
    approximate: Vec<QuestionId>,
    /// The answers that switch the wording to the family voice, learned from `path::voice`.
    loved_one: Vec<(QuestionId, OptionId)>,
}

fn translated() -> Translated {
    let mut approximate = Vec::new();
    let conditions = BANK
        .iter()
        .map(|q| {
            let mut approx = false;
            let c = translate(q.when, &mut approx);
            if approx {
                approximate.push(q.id);
            }
            (q.id, c)
        })
        .collect();
    // The voice is code (`path::voice`); ask it which single answer makes it the family's.
    let loved_one = BANK
        .iter()
        .flat_map(|q| q.choices.iter().map(move |c| (q.id, c.id)))
        .filter(|&(q, o)| {
            let mut a = Answers::new();
            a.set(q, vec![o]).is_ok() && a.voice() == Voice::LovedOne
        })
        .collect();
    Translated { conditions, approximate, loved_one }
}

/// The questions SurveyJS shows for these answers: page by page, each condition read against
/// the answers of the questions shown before it (a hidden question's answer is cleared).
fn surveyjs_path(t: &Translated, answers: &Answers) -> Vec<QuestionId> {
    let mut kept = Answers::new();
    let mut shown = Vec::new();
    for (q, cond) in &t.conditions {
        if cond.holds(&kept) {
            shown.push(*q);
            if !answers.get(*q).is_empty() {
                let _ = kept.set(*q, answers.get(*q).to_vec());
            }
        }
    }
    shown
}

/// Whether a question reads differently in the family voice (its wording, help or options).
fn depends_on_voice(lang: Lang, q: &Question) -> bool {
    i18n::question(lang, q.id, Voice::Own) != i18n::question(lang, q.id, Voice::LovedOne)
        || i18n::help(lang, q.id, Voice::Own) != i18n::help(lang, q.id, Voice::LovedOne)
        || q.choices.iter().any(|c| {
            i18n::option(lang, q.id, c.id, Voice::Own) != i18n::option(lang, q.id, c.id, Voice::LovedOne)
        })
}

fn element(lang: Lang, q: &Question, voice: Voice, name: String, visible_if: Option<String>) -> Value {
    let choices: Vec<Value> = q
        .choices
        .iter()
        .map(|c| {
            let mut choice = json!({ "value": c.id.as_str(), "text": i18n::option(lang, q.id, c.id, voice) });
            if q.kind == Kind::Multiple && c.exclusive {
                choice["isExclusive"] = json!(true);
            }
            choice
        })
        .collect();
    let mut e = json!({
        "type": match q.kind { Kind::Single => "radiogroup", Kind::Multiple => "checkbox" },
        "name": name,
        "valueName": q.id.as_str(),
        "title": i18n::question(lang, q.id, voice),
        "isRequired": true,
        "choices": choices,
    });
    if let Some(help) = i18n::help(lang, q.id, voice) {
        e["description"] = json!(help);
    }
    if let Some(expr) = visible_if {
        e["visibleIf"] = json!(expr);
    }
    e
}

fn and(a: Option<String>, b: String) -> String {
    match a {
        Some(a) => format!("({a}) and {b}"),
        None => b,
    }
}

/// The SurveyJS survey: one page per question (the widget asks one question per step).
fn survey(lang: Lang, t: &Translated) -> Value {
    let loved = (!t.loved_one.is_empty()).then(|| {
        let c = Cond::Or(t.loved_one.iter().map(|&(q, o)| Cond::Chose(q, vec![o])).collect());
        format!("({})", c.expression().unwrap_or_default())
    });
    let pages: Vec<Value> = t
        .conditions
        .iter()
        .map(|(id, cond)| {
            let q = question(*id);
            let shown = cond.expression();
            let elements = match (&loved, depends_on_voice(lang, q)) {
                (Some(loved), true) => vec![
                    element(lang, q, Voice::Own, id.as_str().to_owned(), Some(and(shown.clone(), format!("!{loved}")))),
                    element(lang, q, Voice::LovedOne, format!("{}__loved_one", id.as_str()), Some(and(shown, loved.clone()))),
                ],
                _ => vec![element(lang, q, Voice::Own, id.as_str().to_owned(), shown)],
            };
            json!({ "name": id.as_str(), "elements": elements })
        })
        .collect();
    json!({
        "title": i18n::ui(lang, Ui::Title),
        "locale": lang.tag(),
        "showQuestionNumbers": "off",
        "questionErrorLocation": "top",
        "autoFocusFirstQuestion": true,
        "clearInvisibleValues": "onHidden",
        "pageNextText": i18n::ui(lang, Ui::Continue),
        "completeText": i18n::ui(lang, Ui::Continue),
        "pagePrevText": i18n::ui(lang, Ui::Back),
        // The peer does not compute a level (its expressions could not hold our rules); its
        // result page is a fixed heading, which only makes the peer's last step cheaper.
        "completedHtml": "<h1 class=\"bench-result\">Result</h1>",
        "pages": pages,
    })
}

/// A tiny deterministic generator (xorshift64*), so the check needs no dependency and gives the
/// same figures on every run.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// A run through the flow, answering each question as `choose` says, until the path is done or
/// a crisis stops it. Returns the answers in the order given.
fn run(mut choose: impl FnMut(&Answers, &Question) -> Vec<OptionId>) -> (Answers, Vec<(QuestionId, Vec<OptionId>)>) {
    let mut answers = Answers::new();
    let mut order = Vec::new();
    // Each step answers one more question, so a run is never longer than the bank.
    for _ in 0..BANK.len() {
        if path::crisis(&answers).is_some() {
            break;
        }
        let Some(&next) = path::questions(&answers).iter().find(|q| answers.get(**q).is_empty()) else {
            break;
        };
        let options = choose(&answers, question(next));
        if answers.set(next, options.clone()).is_err() {
            break;
        }
        order.push((next, options));
    }
    (answers, order)
}

fn random_choice(rng: &mut Rng, q: &Question) -> Vec<OptionId> {
    let pick = q.choices[rng.below(q.choices.len())];
    match q.kind {
        Kind::Single => vec![pick.id],
        Kind::Multiple if pick.exclusive => vec![pick.id],
        Kind::Multiple => {
            let mut set: BTreeSet<OptionId> = q
                .choices
                .iter()
                .filter(|c| !c.exclusive && rng.below(3) == 0)
                .map(|c| c.id)
                .collect();
            set.insert(pick.id);
            set.into_iter().collect()
        }
    }
}

/// The benchmark's run: at each question the answer that keeps the most questions ahead (so
/// the run is as long as the flow allows) and never stops for crisis help; ties go to the
/// lowest-risk option, then to the one shown first. It is a workload, not a clinical vignette.
fn longest_run() -> Vec<(QuestionId, Vec<OptionId>)> {
    run(|answers, q| {
        let mut candidates: Vec<Vec<OptionId>> = q.choices.iter().map(|c| vec![c.id]).collect();
        if q.kind == Kind::Multiple {
            candidates.push(q.choices.iter().filter(|c| !c.exclusive).map(|c| c.id).collect());
        }
        // Compared as (questions ahead, lower risk); the first candidate wins a full tie.
        type Key = (usize, std::cmp::Reverse<u8>);
        let mut best: Option<(Key, Vec<OptionId>)> = None;
        for options in candidates {
            let mut next = answers.clone();
            if next.set(q.id, options.clone()).is_err() || path::crisis(&next).is_some() {
                continue;
            }
            let risk = q.choices.iter().filter(|c| options.contains(&c.id)).filter_map(|c| c.rank).max().unwrap_or(0);
            let key = (path::questions(&next).len(), std::cmp::Reverse(risk));
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, options));
            }
        }
        best.map(|(_, o)| o).unwrap_or_else(|| vec![q.choices[0].id])
    })
    .1
}

fn run_plan(lang: Lang) -> Value {
    let plan = longest_run();
    let answers = {
        let mut a = Answers::new();
        for (q, o) in &plan {
            let _ = a.set(*q, o.clone());
        }
        a
    };
    let voice = answers.voice();
    let steps: Vec<Value> = plan
        .iter()
        .map(|(q, options)| {
            json!({
                "question": q.as_str(),
                "heading": i18n::question(lang, *q, voice),
                "kind": match question(*q).kind { Kind::Single => "single", Kind::Multiple => "multiple" },
                "options": question(*q).choices.iter().map(|c| i18n::option(lang, *q, c.id, voice)).collect::<Vec<_>>(),
                "choose": options.iter().map(|o| i18n::option(lang, *q, *o, voice)).collect::<Vec<_>>(),
                "option_ids": options.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "lang": lang.tag(),
        "continue": i18n::ui(lang, Ui::Continue),
        // The widget's screens around the questions: the start page's button and the check
        // page's; the driver presses them when a screen has no question.
        "other_buttons": [i18n::ui(lang, Ui::StartButton), i18n::ui(lang, Ui::SeeResult)],
        "steps": steps,
    })
}

fn main() -> ExitCode {
    let mut lang = Lang::En;
    let mut plan = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--run-plan" => plan = true,
            "--lang" => match args.next().as_deref().and_then(Lang::from_tag) {
                Some(l) => lang = l,
                None => {
                    eprintln!("export_surveyjs: --lang takes one of: en, es");
                    return ExitCode::from(2);
                }
            },
            _ => {
                eprintln!("usage: export_surveyjs [--lang en|es] [--run-plan]");
                return ExitCode::from(2);
            }
        }
    }

    let t = translated();

    // Check the translation against the flow on random runs and on the benchmark's run.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let trials = 5_000;
    let (mut same, mut same_but_level) = (0, 0);
    let mut differing = BTreeSet::new();
    for _ in 0..trials {
        let (answers, _) = run(|_, q| random_choice(&mut rng, q));
        let (ours, peer) = (path::questions(&answers), surveyjs_path(&t, &answers));
        let exact = |p: &[QuestionId]| p.iter().filter(|q| !t.approximate.contains(q)).copied().collect::<Vec<_>>();
        same += usize::from(ours == peer);
        if exact(&ours) == exact(&peer) {
            same_but_level += 1;
        } else {
            differing.extend(ours.iter().chain(&peer).filter(|q| ours.contains(q) != peer.contains(q)).map(|q| q.as_str()));
        }
    }
    eprintln!(
        "export_surveyjs: {} questions; on {trials} random runs SurveyJS asks exactly what the widget asks on {same}",
        BANK.len()
    );
    if !t.approximate.is_empty() {
        let names: Vec<&str> = t.approximate.iter().map(|q| q.as_str()).collect();
        eprintln!(
            "export_surveyjs: and the same apart from the questions that depend on our level, which SurveyJS always asks ({}), on {same_but_level}",
            names.join(", ")
        );
    }
    if !differing.is_empty() {
        eprintln!("export_surveyjs: other questions where random runs differ: {}", differing.into_iter().collect::<Vec<_>>().join(", "));
    }
    let mut answers = Answers::new();
    for (q, o) in longest_run() {
        let _ = answers.set(q, o);
    }
    if path::questions(&answers) != surveyjs_path(&t, &answers) {
        eprintln!("export_surveyjs: the SurveyJS survey would not ask what the widget asks on the benchmark's run");
        return ExitCode::FAILURE;
    }

    let out = if plan { run_plan(lang) } else { survey(lang, &t) };
    match serde_json::to_string_pretty(&out) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export_surveyjs: {e}");
            ExitCode::FAILURE
        }
    }
}
