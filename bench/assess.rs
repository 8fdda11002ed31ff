//! The native time of one full assessment, `screening::assess`: a plain loop, no framework
//! (`cargo run --release --example assess [plan.json]`, run by bench/run.sh). It prints one
//! JSON object that bench/bench.mjs puts in bench/results.md.
//!
//! The answers are the benchmark's own run (bench/build/plan.json, written by
//! `export_surveyjs --run-plan`): the same questions and options the browser pages answer.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use care_screener::screening::{assess, Answers};

/// Calls per sample, and samples: the median of the samples is reported with the spread.
const ITERATIONS: u32 = 100_000;
const SAMPLES: usize = 11;

fn answers_of(plan: &serde_json::Value) -> Result<Answers, String> {
    let steps = plan["steps"].as_array().ok_or("the plan has no \"steps\" list")?;
    let mut answers = Answers::new();
    for step in steps {
        let q = step["question"].as_str().ok_or("a step without \"question\"")?;
        let ids: Vec<&str> = step["option_ids"]
            .as_array()
            .ok_or("a step without \"option_ids\"")?
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        answers.set_raw(q, &ids).map_err(|e| e.to_string())?;
    }
    Ok(answers)
}

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "bench/build/plan.json".to_owned());
    let plan = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).map_err(|e| e.to_string()));
    let answers = match plan.and_then(|p| answers_of(&p)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("assess: cannot read the run plan {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = assess(&answers);
    let mut per_call = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        for _ in 0..ITERATIONS {
            black_box(assess(black_box(&answers)));
        }
        per_call.push(start.elapsed().as_nanos() as f64 / f64::from(ITERATIONS));
    }
    per_call.sort_by(f64::total_cmp);
    let json = serde_json::json!({
        "what": format!(
            "screening::assess over the benchmark's run ({} answered questions; level {}, {} reasons)",
            answers.iter().count(),
            outcome.level.as_str(),
            outcome.reasons.len()
        ),
        "iterations": ITERATIONS,
        "samples": SAMPLES,
        "median_ns": per_call[SAMPLES / 2],
        "min_ns": per_call[0],
        "max_ns": per_call[SAMPLES - 1],
        "command": "cargo run --release --example assess",
        "profile": "the release profile, as shipped: opt-level z, fat LTO, one codegen unit",
    });
    println!("{json}");
    ExitCode::SUCCESS
}
