//! The steps the end-to-end tests take through the UI (`e2e/steps.json`, read by
//! `e2e/vignettes.mjs`): for each vignette those tests answer, the questions in the order the
//! widget asks them, each with the visible labels to choose, in the English catalogue's words.
//! They are generated here from the answer files by walking the UI's own session
//! (`screening::session`) one screen at a time, so a change to the bank, the order or a wording cannot leave
//! the browser tests answering an old flow. This test regenerates the file and fails when the
//! committed one differs. To update it after changing the flow or a wording:
//!
//!     UPDATE_DOCS=1 cargo test --test ui_steps
//!
//! How a walk is written:
//! - a question the file leaves out (or answers only with options not offered) is answered
//!   with its first unknown option, which the engine reads the same way as no answer;
//! - when an answer brings up a crisis card (a crisis the answers before it did not have), the
//!   step after it is `["crisis", title]`: the card is expected there and the person goes on;
//! - the person goes on past a card while the file still answers a question further on; the
//!   walk ends at the last card when there is one (the vignette is then a crisis vignette: the
//!   person asks for the suggestion from that card), otherwise after the last question.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use care_screener::i18n::{self, Lang};
use care_screener::screening::bank::question;
use care_screener::screening::session::{Action, Screen, Session};
use care_screener::screening::{file, path, Answers, OptionId};

/// The vignettes the browser tests answer, in their order: the ids of `VIGNETTES` in
/// `e2e/vignettes.mjs`, so that list stays the one place that says which.
fn vignette_ids(root: &Path) -> Vec<String> {
    let js = std::fs::read_to_string(root.join("e2e/vignettes.mjs")).expect("e2e/vignettes.mjs");
    let start = js.find("export const VIGNETTES").expect("vignettes.mjs exports VIGNETTES");
    js[start..]
        .split("{ id: \"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The answer file of a vignette: the public vignettes in `examples/answers`, the review's
/// cases (C…) and the red team's (R…) in `tests/corpus`.
fn answer_file(root: &Path, id: &str) -> PathBuf {
    let dir = match id.as_bytes().first() {
        Some(b'C') => "tests/corpus/review",
        Some(b'R') => "tests/corpus/redteam",
        _ => "examples/answers",
    };
    root.join(dir).join(format!("{id}.json"))
}

/// One step: a question with its labels, or a crisis card with its title.
enum Step {
    Question(&'static str, Vec<&'static str>),
    Crisis(&'static str),
}

/// Walks the questionnaire through the session the UI runs, answering from the file: ticks
/// the options on each question screen and presses Continue, and on a crisis card goes on or
/// stops. The steps are therefore the screens the widget shows, card for card.
fn walk(given: &Answers) -> Vec<Step> {
    let voice = given.voice();
    let mut s = Session::new();
    s.apply(Action::Begin);
    let mut steps = Vec::new();
    let mut last_card = None;
    loop {
        match s.screen() {
            Screen::Question(q) => {
                let offered = path::offered(q, s.answers());
                let spec = question(q);
                // The file's options in the order the screen shows them, those offered only.
                let mut chosen: Vec<OptionId> = spec
                    .choices
                    .iter()
                    .map(|c| c.id)
                    .filter(|o| given.has(q, *o) && offered.iter().any(|c| c.id == *o))
                    .collect();
                if chosen.is_empty() {
                    let first_unknown = offered.iter().find(|c| c.is_unknown()).map(|c| c.id);
                    chosen = vec![first_unknown.unwrap_or_else(|| panic!("{} has no answer and no unknown option", q.as_str()))];
                }
                for o in &chosen {
                    s.apply(Action::Toggle(*o));
                }
                assert_eq!(s.draft(), chosen.as_slice(), "{}: the ticks are the file's answer", q.as_str());
                s.apply(Action::Continue);
                assert!(!s.error(), "{}: an offered answer is accepted", q.as_str());
                let labels = chosen.iter().map(|o| i18n::option(Lang::En, q, *o, voice)).collect();
                steps.push(Step::Question(i18n::question(Lang::En, q, voice), labels));
            }
            Screen::Crisis { kind, .. } => {
                last_card = Some(steps.len());
                steps.push(Step::Crisis(i18n::crisis(Lang::En, kind, voice).title));
                // The person goes on past a card only to give the file's later answers: the
                // unknowns filled in after it could bring cards of their own.
                let now = s.answers();
                let more = path::questions(now).into_iter().any(|p| now.get(p).is_empty() && !given.get(p).is_empty());
                if !more {
                    break;
                }
                s.apply(Action::Continue);
            }
            Screen::Check => break,
            other => panic!("the walk reached {other:?}"),
        }
    }
    // A crisis vignette ends on its last card: the person asks for the suggestion there.
    if let Some(at) = last_card {
        steps.truncate(at);
    }
    steps
}

/// A JSON string.
fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn generate(root: &Path) -> String {
    let mut out = String::from("{\n");
    let ids = vignette_ids(root);
    assert!(ids.len() >= 14, "vignettes.mjs lists the vignettes the browser tests answer (found {})", ids.len());
    for (i, id) in ids.iter().enumerate() {
        let path = answer_file(root, id);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let given = file::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let _ = writeln!(out, "  {}: [", js(id));
        let steps = walk(&given);
        for (j, step) in steps.iter().enumerate() {
            let line = match step {
                Step::Question(q, labels) => {
                    format!("[{}, [{}]]", js(q), labels.iter().map(|l| js(l)).collect::<Vec<_>>().join(", "))
                }
                Step::Crisis(title) => format!("[\"crisis\", {}]", js(title)),
            };
            let _ = writeln!(out, "    {line}{}", if j + 1 < steps.len() { "," } else { "" });
        }
        let _ = writeln!(out, "  ]{}", if i + 1 < ids.len() { "," } else { "" });
    }
    out.push_str("}\n");
    out
}

#[test]
fn the_ui_steps_are_the_engines_path() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = generate(root);
    let target = root.join("e2e/steps.json");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&target, &fresh).expect("write e2e/steps.json");
        return;
    }
    let committed = std::fs::read_to_string(&target).unwrap_or_default();
    assert!(
        committed == fresh,
        "e2e/steps.json is out of date with the flow or the English wording; regenerate it with `UPDATE_DOCS=1 cargo test --test ui_steps`"
    );
}

/// Every walk starts and ends on an answer, and a card never follows a card: the browser
/// driver reads a card only after an answer.
#[test]
fn every_walk_starts_and_ends_on_an_answer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for id in vignette_ids(root) {
        let text = std::fs::read_to_string(answer_file(root, &id)).expect("the answer file");
        let given = file::parse(&text).expect("a valid answer file");
        let steps = walk(&given);
        assert!(steps.len() >= 2, "{id}: the walk answers at least who and danger");
        assert!(matches!(steps.first(), Some(Step::Question(..))), "{id}: the walk starts with a question");
        assert!(matches!(steps.last(), Some(Step::Question(..))), "{id}: the walk ends on an answer");
        let cards_in_a_row = steps.windows(2).any(|w| matches!(w, [Step::Crisis(_), Step::Crisis(_)]));
        assert!(!cards_in_a_row, "{id}: one card right after another");
    }
}
