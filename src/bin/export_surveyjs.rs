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
//! questions and their options from `screening::bank::BANK`, the words from `crate::i18n`, and
//! the branching from `screening::flow`. The flow is code, not a table, so the exporter learns
//! its shape by asking it: for each question, which single answers (and, failing that, which
//! pairs of answers) make it appear or disappear, which answers switch the wording to the
//! family voice, and which answers stop the questionnaire for crisis help. Those become
//! SurveyJS `visibleIf` expressions and `complete` triggers. Because that is learned, not
//! proven, the exporter then checks it against the flow itself on thousands of random runs and
//! reports on stderr how many agree; the benchmark's own run must agree exactly, or the
//! exporter fails, because the two pages would then not ask the same thing.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use care_screener::i18n::{self, Lang, Ui};
use care_screener::screening::bank::{Kind, BANK};
use care_screener::screening::{flow, Answers, OptionId, Question, QuestionId, Voice};
use serde_json::{json, Value};

/// One answer: a question and one of its options.
type Pick = (QuestionId, OptionId);

/// A condition in disjunctive normal form: any of the conjunctions, each a list of answers
/// that must all be given. An empty list is "never".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Dnf(Vec<Vec<Pick>>);

impl Dnf {
    fn holds(&self, answers: &Answers) -> bool {
        self.0.iter().any(|all| all.iter().all(|&(q, o)| answers.has(q, o)))
    }

    fn is_never(&self) -> bool {
        self.0.is_empty()
    }

    /// The SurveyJS expression: `{q} = 'o'` for a single-choice question, `{q} contains 'o'`
    /// for a multiple-choice one (its value is an array).
    fn expression(&self) -> String {
        let mut out = String::new();
        for (i, all) in self.0.iter().enumerate() {
            if i > 0 {
                out.push_str(" or ");
            }
            let many = all.len() > 1 && self.0.len() > 1;
            if many {
                out.push('(');
            }
            for (j, &(q, o)) in all.iter().enumerate() {
                if j > 0 {
                    out.push_str(" and ");
                }
                let op = match question(q).kind {
                    Kind::Single => "=",
                    Kind::Multiple => "contains",
                };
                let _ = write!(out, "{{{}}} {op} '{}'", q.as_str(), o.as_str());
            }
            if many {
                out.push(')');
            }
        }
        out
    }
}

/// When a question is shown: when `show` holds (or always, if `show` is `None`) and `hide` does
/// not.
#[derive(Clone, Debug, Default)]
struct Visibility {
    show: Option<Dnf>,
    hide: Dnf,
}

impl Visibility {
    fn holds(&self, answers: &Answers) -> bool {
        self.show.as_ref().is_none_or(|s| s.holds(answers)) && !self.hide.holds(answers)
    }

    fn expression(&self) -> Option<String> {
        let show = self.show.as_ref().map(|s| format!("({})", s.expression()));
        let hide = (!self.hide.is_never()).then(|| format!("!({})", self.hide.expression()));
        match (show, hide) {
            (None, None) => None,
            (Some(s), None) => Some(s),
            (None, Some(h)) => Some(h),
            (Some(s), Some(h)) => Some(format!("{s} and {h}")),
        }
    }
}

fn question(id: QuestionId) -> &'static Question {
    care_screener::screening::bank::question(id)
}

/// Every single answer the bank allows (one option of any question).
fn all_picks() -> Vec<Pick> {
    BANK.iter().flat_map(|q| q.choices.iter().map(move |c| (q.id, c.id))).collect()
}

/// The answers made of these picks, or `None` when the bank refuses them together (two options
/// of one single-choice question, an exclusive option with another).
fn answers_of(picks: &[Pick]) -> Option<Answers> {
    let mut answers = Answers::new();
    for &(q, o) in picks {
        let mut options = answers.get(q).to_vec();
        options.push(o);
        answers.set(q, options).ok()?;
    }
    Some(answers)
}

/// The smallest sets of answers (single answers, else pairs) for which `test` holds while it
/// does not hold with no answers at all.
fn minimal_causes(picks: &[Pick], test: impl Fn(&Answers) -> bool) -> Dnf {
    let singles: Vec<Vec<Pick>> = picks
        .iter()
        .filter(|&&p| answers_of(&[p]).is_some_and(|a| test(&a)))
        .map(|&p| vec![p])
        .collect();
    let mut causes = singles.clone();
    for (i, &a) in picks.iter().enumerate() {
        for &b in &picks[i + 1..] {
            let covered = singles.iter().any(|s| s[0] == a || s[0] == b);
            if !covered && answers_of(&[a, b]).is_some_and(|x| test(&x)) {
                causes.push(vec![a, b]);
            }
        }
    }
    Dnf(causes)
}

/// What the exporter learned from the flow.
struct Learned {
    visibility: Vec<(QuestionId, Visibility)>,
    loved_one: Dnf,
    crisis: Dnf,
}

fn learn() -> Learned {
    let picks = all_picks();
    let empty = Answers::new();
    let base = flow::path(&empty);
    let visibility = BANK
        .iter()
        .map(|q| {
            let id = q.id;
            let v = if base.contains(&id) {
                Visibility { show: None, hide: minimal_causes(&picks, |a| !flow::path(a).contains(&id)) }
            } else {
                Visibility { show: Some(minimal_causes(&picks, |a| flow::path(a).contains(&id))), hide: Dnf::default() }
            };
            (id, v)
        })
        .collect();
    let loved_one = minimal_causes(&picks, |a| flow::voice(a) == Voice::LovedOne);
    let crisis = minimal_causes(&picks, |a| flow::crisis(a).is_some());
    Learned { visibility, loved_one, crisis }
}

/// Whether a question reads differently in the family voice (its wording or any option).
fn depends_on_voice(lang: Lang, q: &Question) -> bool {
    i18n::question(lang, q.id, Voice::Own) != i18n::question(lang, q.id, Voice::LovedOne)
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
fn survey(lang: Lang, learned: &Learned) -> Value {
    let loved = (!learned.loved_one.is_never()).then(|| format!("({})", learned.loved_one.expression()));
    let pages: Vec<Value> = learned
        .visibility
        .iter()
        .map(|(id, vis)| {
            let q = question(*id);
            let shown = vis.expression();
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
    let mut s = json!({
        "title": i18n::ui(lang, Ui::Title),
        "locale": lang.tag(),
        "showQuestionNumbers": "off",
        "questionErrorLocation": "top",
        "autoFocusFirstQuestion": true,
        "pageNextText": i18n::ui(lang, Ui::Continue),
        "completeText": i18n::ui(lang, Ui::Continue),
        "pagePrevText": i18n::ui(lang, Ui::Back),
        // The peer does not compute a level (its expressions could not hold our rules); its
        // result page is a fixed heading, which only makes the peer's last step cheaper.
        "completedHtml": "<h1 class=\"bench-result\">Result</h1>",
        "pages": pages,
    });
    if !learned.crisis.is_never() {
        let expr = learned.crisis.expression();
        s["triggers"] = json!([{ "type": "complete", "expression": expr }]);
        s["completedHtmlOnCondition"] =
            json!([{ "expression": expr, "html": "<h1 class=\"bench-result\">Get help now</h1>" }]);
    }
    s
}

/// The questions SurveyJS would show for these answers, by the learned expressions.
fn learned_path(learned: &Learned, answers: &Answers) -> Vec<QuestionId> {
    learned.visibility.iter().filter(|(_, v)| v.holds(answers)).map(|(q, _)| *q).collect()
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
        if flow::crisis(&answers).is_some() {
            break;
        }
        let Some(&next) = flow::path(&answers).iter().find(|q| answers.get(**q).is_empty()) else {
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
        let mut best: Option<((usize, std::cmp::Reverse<u8>), Vec<OptionId>)> = None;
        for options in candidates {
            let mut next = answers.clone();
            if next.set(q.id, options.clone()).is_err() || flow::crisis(&next).is_some() {
                continue;
            }
            let risk = q.choices.iter().filter(|c| options.contains(&c.id)).filter_map(|c| c.rank).max().unwrap_or(0);
            let key = (flow::path(&next).len(), std::cmp::Reverse(risk));
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, options));
            }
        }
        best.map(|(_, o)| o).unwrap_or_else(|| vec![q.choices[0].id])
    })
    .1
}

fn run_plan(lang: Lang, learned: &Learned) -> Value {
    let plan = longest_run();
    let answers = {
        let mut a = Answers::new();
        for (q, o) in &plan {
            let _ = a.set(*q, o.clone());
        }
        a
    };
    let loved = learned.loved_one.holds(&answers);
    let voice = if loved { Voice::LovedOne } else { Voice::Own };
    let steps: Vec<Value> = plan
        .iter()
        .map(|(q, options)| {
            json!({
                "question": q.as_str(),
                "heading": i18n::question(lang, *q, voice),
                "kind": match question(*q).kind { Kind::Single => "single", Kind::Multiple => "multiple" },
                "options": question(*q).choices.iter().map(|c| i18n::option(lang, *q, c.id, voice)).collect::<Vec<_>>(),
                "choose": options.iter().map(|o| i18n::option(lang, *q, *o, voice)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "lang": lang.tag(),
        "continue": i18n::ui(lang, Ui::Continue),
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

    let learned = learn();

    // Check the learned branching against the flow on random runs and on the benchmark's run.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let trials = 5_000;
    let mut agree = 0;
    let mut disagreeing = BTreeSet::new();
    for _ in 0..trials {
        let (answers, _) = run(|_, q| random_choice(&mut rng, q));
        let (truth, learned_now) = (flow::path(&answers), learned_path(&learned, &answers));
        if truth == learned_now {
            agree += 1;
        } else {
            disagreeing.extend(truth.iter().chain(&learned_now).filter(|q| truth.contains(q) != learned_now.contains(q)).map(|q| q.as_str()));
        }
    }
    eprintln!(
        "export_surveyjs: {} questions; the SurveyJS branching matches the flow on {agree} of {trials} random runs",
        BANK.len()
    );
    if !disagreeing.is_empty() {
        eprintln!("export_surveyjs: branching SurveyJS cannot follow exactly, on: {}", disagreeing.into_iter().collect::<Vec<_>>().join(", "));
    }
    let bench = longest_run();
    let mut answers = Answers::new();
    for (q, o) in &bench {
        let _ = answers.set(*q, o.clone());
    }
    if flow::path(&answers) != learned_path(&learned, &answers) {
        eprintln!("export_surveyjs: the SurveyJS survey would not ask what the widget asks on the benchmark's run");
        return ExitCode::FAILURE;
    }

    let out = if plan { run_plan(lang, &learned) } else { survey(lang, &learned) };
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
