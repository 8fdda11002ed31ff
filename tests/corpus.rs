//! The review corpus: every answer file of the December 2026 independent clinical review
//! (`tests/corpus/review/`, converted to format 3) and of our own red team
//! (`tests/corpus/redteam/`), each with the level range a careful clinician accepts and what
//! the result must and must not show. The expectations are tables a clinician can read
//! (`tests/corpus/review.tsv`, `tests/corpus/redteam.tsv`); this file only reads them, runs
//! `assess` on each case and lists every case that falls outside its row.
//!
//! Tokens of the "must" column: `crisis:K` (the crisis K is among the outcome's crises),
//! `nocrisis`, `step:S` and `nostep:S` (a next step by its name; `step:Naloxone` is met by
//! either naloxone step, street or home). `-` for none.

use std::path::Path;

use care_screener::screening::{assess, file, Level, Outcome};

/// Whether the outcome meets one token; `None` for a token this table does not know.
fn meets(o: &Outcome, token: &str) -> Option<bool> {
    let steps: Vec<String> = o.next_steps.iter().map(|s| format!("{s:?}")).collect();
    let has = |s: &str| steps.iter().any(|x| x == s) || (s == "Naloxone" && steps.iter().any(|x| x == "NaloxoneHome"));
    let crises: Vec<String> = o.crises.iter().map(|c| format!("{c:?}")).collect();
    let known_step = |s: &str| step_names().iter().any(|n| n == s);
    match token.split_once(':') {
        Some(("crisis", k)) => Some(crises.iter().any(|c| c == k)),
        Some(("step", s)) if known_step(s) => Some(has(s)),
        Some(("nostep", s)) if known_step(s) => Some(!has(s)),
        None if token == "nocrisis" => Some(crises.is_empty()),
        _ => None,
    }
}

/// The names of the next steps, read from the enum's declaration, so that a misspelt token
/// in a table is an error and not a "nostep" that always holds.
fn step_names() -> Vec<String> {
    let src = include_str!("../src/screening/outcome.rs");
    let start = src.find("pub enum NextStep {").expect("NextStep is declared in outcome.rs");
    let body = &src[start..];
    let body = &body[..body.find("\n}").unwrap_or(body.len())];
    body.lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && l.ends_with(','))
        .map(|l| l.trim_end_matches(',').to_owned())
        .collect()
}

struct Row {
    case: String,
    min: Level,
    max: Level,
    must: Vec<String>,
}

fn table(name: &str) -> Vec<Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() == 5, "{name}: a row needs 5 tab-separated columns: {l}");
            let level = |s: &str| Level::parse(s).unwrap_or_else(|| panic!("{name}: unknown level {s:?} in {l}"));
            Row {
                case: cols[0].to_owned(),
                min: level(cols[1]),
                max: level(cols[2]),
                must: cols[3].split_whitespace().filter(|t| *t != "-").map(str::to_owned).collect(),
            }
        })
        .collect()
}

/// Runs every row of a table on its case file; returns the failures, one line each.
fn run(name: &str, dir: &str) -> (usize, Vec<String>) {
    let rows = table(name);
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(dir);
    let files = std::fs::read_dir(&base).unwrap().filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))).count();
    assert_eq!(files, rows.len(), "{name}: every case file has a row, and every row a file");
    let mut failures = Vec::new();
    for row in &rows {
        let path = base.join(format!("{}.json", row.case));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let answers = file::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let o = assess(&answers);
        let mut wrong = Vec::new();
        if o.level < row.min || o.level > row.max {
            wrong.push(format!("level {} not in {}..{}", o.level.as_str(), row.min.as_str(), row.max.as_str()));
        }
        for t in &row.must {
            match meets(&o, t) {
                Some(true) => {}
                Some(false) => wrong.push(format!("not {t}")),
                None => panic!("{name}: unknown token {t:?} in {}", row.case),
            }
        }
        if !wrong.is_empty() {
            let steps: Vec<String> = o.next_steps.iter().map(|s| format!("{s:?}")).collect();
            failures.push(format!("{}: {} (steps: {})", row.case, wrong.join("; "), steps.join(",")));
        }
    }
    (rows.len(), failures)
}

#[test]
fn every_review_case_gets_what_its_row_says() {
    let (n, failures) = run("review.tsv", "review");
    assert!(n >= 60, "the review has 60 public cases, found {n}");
    assert!(failures.is_empty(), "{} of {n} review cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_red_team_case_gets_what_its_row_says() {
    let (n, failures) = run("redteam.tsv", "redteam");
    assert!(n >= 40, "the red team wrote at least 40 cases, found {n}");
    assert!(failures.is_empty(), "{} of {n} red-team cases fail:\n{}", failures.len(), failures.join("\n"));
}
