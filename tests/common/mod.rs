//! Helpers the native test files share: a walker that answers the questionnaire the way the
//! UI does (one question of the current path at a time), driven by a list of numbers so that
//! proptest can generate and shrink whole answer sets.
#![allow(dead_code)]

use care_screener::screening::bank::{question, Kind};
use care_screener::screening::{path, Answers, OptionId, QuestionId};

/// One valid answer to `q`, chosen by the number `s`.
pub fn pick(q: QuestionId, s: u32) -> Vec<OptionId> {
    let spec = question(q);
    match spec.kind {
        Kind::Single => vec![spec.choices[s as usize % spec.choices.len()].id],
        Kind::Multiple => {
            let exclusive: Vec<OptionId> = spec.choices.iter().filter(|c| c.exclusive).map(|c| c.id).collect();
            let open: Vec<OptionId> = spec.choices.iter().filter(|c| !c.exclusive).map(|c| c.id).collect();
            if !exclusive.is_empty() && (s.is_multiple_of(4) || open.is_empty()) {
                return vec![exclusive[(s / 4) as usize % exclusive.len()]];
            }
            let bits = s >> 2;
            let mut chosen: Vec<OptionId> =
                open.iter().enumerate().filter(|(i, _)| bits & (1 << (i % 30)) != 0).map(|(_, o)| *o).collect();
            if chosen.is_empty() {
                chosen.push(open[bits as usize % open.len()]);
            }
            chosen
        }
    }
}

/// Answers the questionnaire in path order. Each question takes the next number: it is
/// skipped when `s % 16 == 15` (the two required questions are never skipped), otherwise
/// answered with `pick(q, s)`. `forced` answers take precedence when their question comes up.
pub fn walk(seeds: &[u32], forced: &[(QuestionId, &[OptionId])]) -> Answers {
    let mut a = Answers::new();
    let mut skipped: Vec<QuestionId> = Vec::new();
    let mut i = 0;
    loop {
        let next = path::questions(&a).into_iter().find(|q| a.get(*q).is_empty() && !skipped.contains(q));
        let Some(q) = next else { break };
        if let Some((_, opts)) = forced.iter().find(|(f, _)| *f == q) {
            a.set(q, opts.to_vec()).expect("forced answers are valid");
            continue;
        }
        let s = seeds.get(i).copied().unwrap_or(0);
        i += 1;
        let required = matches!(q, QuestionId::WhoFor | QuestionId::DangerNow);
        if s % 16 == 15 && !required {
            skipped.push(q);
        } else {
            a.set(q, pick(q, s)).expect("picked answers are valid");
        }
    }
    a
}

/// An answer set from rows of (question, options), each checked by the bank.
pub fn answers(rows: &[(QuestionId, &[OptionId])]) -> Answers {
    let mut a = Answers::new();
    for (q, o) in rows {
        a.set(*q, o.to_vec()).unwrap_or_else(|e| panic!("{}: {e}", q.as_str()));
    }
    a
}

/// A copy of `a` with `q` answered `opts`.
pub fn with(a: &Answers, q: QuestionId, opts: &[OptionId]) -> Answers {
    let mut b = a.clone();
    b.set(q, opts.to_vec()).expect("valid answer");
    b
}

/// An answer for every question of the bank at once, chosen by `seeds` (one number per
/// question, in bank order; missing numbers count as 0). A question is left unanswered when
/// its number is `15 mod 16` (never the two required ones). Answers to questions off the path
/// are ignored by the engine, so the answer set it sees is exactly one a person could give by
/// answering the path in order and skipping some questions; this is much cheaper than
/// walking the path step by step.
pub fn fill(seeds: &[u32]) -> Answers {
    let mut a = Answers::new();
    for (i, q) in care_screener::screening::bank::BANK.iter().enumerate() {
        let s = seeds.get(i).copied().unwrap_or(0);
        let required = matches!(q.id, QuestionId::WhoFor | QuestionId::DangerNow);
        if s % 16 != 15 || required {
            a.set(q.id, pick(q.id, s)).expect("picked answers are valid");
        }
    }
    a
}

/// Only the answers on the path (what the person actually saw).
pub fn on_path(a: &Answers) -> Answers {
    let on = path::questions(a);
    let mut b = Answers::new();
    for (q, opts) in a.iter() {
        if on.contains(&q) {
            b.set(q, opts.to_vec()).expect("valid");
        }
    }
    b
}

/// What the loader's `URLSearchParams` writes: every byte but ASCII letters, digits and
/// `*-._` percent-encoded, spaces as `+`.
pub fn form_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// Settings as the loader writes them into the frame's fragment (without the `#`).
pub fn form_fragment(pairs: &[(String, String)]) -> String {
    let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v))).collect();
    parts.join("&")
}
