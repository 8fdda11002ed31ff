//! The native time of one full assessment: a plain loop, no framework (`cargo run --release
//! --example assess`, run by bench/run.sh). It prints one JSON object that bench/bench.mjs puts in
//! bench/results.md.
//!
//! The answers are a complete run through the questionnaire (at each question the first option
//! that does not stop for crisis help), so every rule that reads them has something to read.

use std::hint::black_box;
use std::time::Instant;

use care_screener::screening::{bank, flow, Answers};

/// Calls per sample, and samples: the median of the samples is reported with the spread.
const ITERATIONS: u32 = 100_000;
const SAMPLES: usize = 11;

fn full_run() -> Answers {
    let mut answers = Answers::new();
    for _ in 0..bank::BANK.len() {
        let Some(&q) = flow::path(&answers).iter().find(|q| answers.get(**q).is_empty()) else {
            break;
        };
        let spec = bank::question(q);
        let safe = spec.choices.iter().find(|c| {
            let mut next = answers.clone();
            next.set(q, vec![c.id]).is_ok() && flow::crisis(&next).is_none()
        });
        let Some(choice) = safe else { break };
        answers.set(q, vec![choice.id]).expect("an option of the question itself");
    }
    answers
}

/// One assessment as the widget does it at the end of a run.
fn assess(answers: &Answers) -> usize {
    flow::path(answers).len() + usize::from(flow::crisis(answers).is_some()) + (flow::voice(answers) as usize)
}
const WHAT: &str = "flow::path + flow::crisis + flow::voice over a full run's answers (screening::assess is not on this branch yet)";

fn main() {
    let answers = full_run();
    let mut per_call = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let mut sink = 0usize;
        for _ in 0..ITERATIONS {
            sink = sink.wrapping_add(assess(black_box(&answers)));
        }
        black_box(sink);
        per_call.push(start.elapsed().as_nanos() as f64 / f64::from(ITERATIONS));
    }
    per_call.sort_by(f64::total_cmp);
    let json = serde_json::json!({
        "what": WHAT,
        "answered": answers.iter().count(),
        "iterations": ITERATIONS,
        "samples": SAMPLES,
        "median_ns": per_call[SAMPLES / 2],
        "min_ns": per_call[0],
        "max_ns": per_call[SAMPLES - 1],
        "command": "cargo run --release --example assess",
        "profile": "the release profile",
    });
    println!("{json}");
}
