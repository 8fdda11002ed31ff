//! Evaluates an answers file and prints the suggested level with its reasons.
//!
//! ```text
//! cargo run --bin screen -- answers.json            # plain text, English
//! cargo run --bin screen -- --json answers.json     # JSON
//! cargo run --bin screen -- --lang es answers.json  # plain text, Spanish
//! cargo run --bin screen -- --rules                 # every rule, its level and source
//! ```
//!
//! The file format is documented in `docs/answers-format.md`. A bad file gives a clear
//! message and exit code 2; bad arguments exit with 64. Nothing here panics on any input, and
//! output into a pipe that closes early (`screen --rules | head -1`) ends quietly.

use std::io::Write;
use std::process::ExitCode;

use care_screener::i18n::{self, Lang, Notice};
use care_screener::screening::{self, file, flow, Outcome};
use serde_json::{json, Value};

const USAGE: &str = "usage: screen [--json] [--lang en|es] <answers.json>\n       screen --rules";

struct Args {
    json: bool,
    lang: Lang,
    path: String,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut json = false;
    let mut lang = Lang::En;
    let mut path = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--lang" => {
                let tag = args.next().ok_or("--lang needs a language: en or es")?;
                lang = Lang::from_tag(&tag).ok_or(format!("unknown language \"{tag}\" (en or es)"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            "--rules" => return Err("--rules".into()),
            other if other.starts_with('-') => return Err(format!("unknown option \"{other}\"")),
            other => {
                if path.replace(other.to_owned()).is_some() {
                    return Err("give exactly one answers file".into());
                }
            }
        }
    }
    let path = path.ok_or("give the answers file to read")?;
    Ok(Args { json, lang, path })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) if e.is_empty() => return out(&format!("{USAGE}\n")),
        Err(e) if e == "--rules" => return out(&rules_text()),
        Err(e) => {
            eprintln!("screen: {e}\n{USAGE}");
            return ExitCode::from(64);
        }
    };
    let text = match std::fs::read_to_string(&args.path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("screen: cannot read {}: {e}", args.path);
            return ExitCode::from(2);
        }
    };
    let answers = match file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("screen: {}: {e}", args.path);
            return ExitCode::from(2);
        }
    };
    let outcome = screening::assess(&answers);
    // Answers the rules do not read: questions not asked for these answers, and options not
    // offered for them (written "question: option").
    let ignored: Vec<String> = {
        let on = flow::path(&answers);
        let mut out = Vec::new();
        for (q, chosen) in answers.iter() {
            if !on.contains(&q) {
                out.push(q.as_str().to_owned());
                continue;
            }
            let shown = flow::shown(q, &answers);
            for o in chosen.iter().filter(|o| !shown.contains(o)) {
                out.push([q.as_str(), ": ", o.as_str()].concat());
            }
        }
        out
    };
    if args.json {
        out(&format!("{}\n", serde_json::to_string_pretty(&to_json(&outcome, &ignored)).unwrap_or_default()))
    } else {
        out(&to_text(&outcome, args.lang, &ignored))
    }
}

/// Writes to standard output. `println!` panics when the reader has gone (a closed pipe);
/// here a reader that stops early is normal, so that ends the program quietly with success,
/// and any other write error is reported once.
fn out(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("screen: cannot write the output: {e}");
            ExitCode::from(74)
        }
    }
}

/// Every rule with the level it asks for, what it checks and its source, one per line.
fn rules_text() -> String {
    let mut s = String::new();
    for r in screening::RuleId::ALL {
        let info = screening::rules::info(*r);
        let level = info.level.map_or("raises one band", |l| l.as_str());
        let _ = std::fmt::Write::write_fmt(&mut s, format_args!("{}\t{}\t{}\t{}\n", r.as_str(), level, info.checks, info.source));
    }
    s
}

fn to_json(o: &Outcome, ignored: &[String]) -> Value {
    json!({
        "rules_version": screening::RULES_VERSION,
        "clinical_review": screening::CLINICAL_REVIEW,
        "level": o.level.as_str(),
        "then": o.then.map(|l| l.as_str()),
        "crisis": o.crisis.map(|c| format!("{c:?}")),
        "crises": o.crises.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>(),
        "uncertain": o.uncertain,
        "unknown_answers": o.unknown_answers,
        "areas": o.areas.iter().map(|a| json!({
            "area": format!("{:?}", a.area),
            "needs": a.needs.as_str(),
            "rules": a.rules.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "reasons": o.reasons.iter().map(|r| json!({
            "rule": r.rule.as_str(),
            "area": format!("{:?}", r.area),
            "at_least": r.at_least.as_str(),
            "evidence": r.evidence.iter().map(|(q, op)| json!([q.as_str(), op.as_str()])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "flags": o.flags.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>(),
        "next_steps": o.next_steps.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>(),
        "plan": {
            "level": o.plan.level.as_str(),
            "hours": format!("{:?}", o.plan.hours),
            "fit": format!("{:?}", o.plan.fit),
            "lines": o.plan.lines.iter().map(|l| format!("{l:?}")).collect::<Vec<_>>(),
        },
        "resources": o.resources.iter().map(|r| json!({"id": r.as_str(), "target": r.target()})).collect::<Vec<_>>(),
        "ignored_answers": ignored,
    })
}

fn to_text(o: &Outcome, lang: Lang, ignored: &[String]) -> String {
    use std::fmt::Write;
    let v = o.voice;
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", i18n::level_name(lang, o.level), o.level.as_str());
    let _ = writeln!(s, "{}", i18n::level_summary(lang, o.level));
    if let Some(then) = o.then {
        let _ = writeln!(s, "{} {} ({})", i18n::notice(lang, Notice::Then), i18n::level_name(lang, then), then.as_str());
    }
    for c in &o.crises {
        let card = i18n::crisis(lang, *c, v);
        let _ = writeln!(s, "\n!! {}", card.title);
        for step in card.steps {
            let _ = writeln!(s, "   - {step}");
        }
    }
    let _ = writeln!(s, "\n{}", i18n::notice(lang, Notice::BecauseYouAnswered));
    for r in &o.reasons {
        let f = i18n::factors(lang, r, v).map(|f| [" ", &f].concat()).unwrap_or_default();
        let _ = writeln!(s, "  [{}] {}{f}", r.rule.as_str(), i18n::rule(lang, r.rule, v));
        for (q, op) in &r.evidence {
            let _ = writeln!(
                s,
                "      {} -> {}",
                i18n::question(lang, *q, v),
                i18n::option(lang, *q, *op, v)
            );
        }
    }
    let _ = writeln!(s);
    for step in &o.next_steps {
        let _ = writeln!(s, "  * {}", i18n::next_step(lang, *step, v));
    }
    let _ = writeln!(s, "\n{}", i18n::level_involves(lang, o.plan.level));
    if let Some(h) = i18n::hours(lang, o.plan.hours) {
        let _ = writeln!(s, "  {h}");
    }
    let _ = writeln!(s, "  {}", i18n::fit(lang, o.plan.fit, v));
    for l in &o.plan.lines {
        let _ = writeln!(s, "  - {}", i18n::plan_line(lang, *l, v));
    }
    let _ = writeln!(s, "\n{}", i18n::notice(lang, Notice::UsResources));
    for r in &o.resources {
        let _ = writeln!(s, "  {} <{}>: {}", i18n::resource(lang, *r), r.target(), i18n::resource_note(lang, *r));
    }
    let _ = writeln!(s, "\n{}", i18n::notice(lang, Notice::NotADiagnosis));
    let _ = writeln!(s, "{} {}. {}", i18n::notice(lang, Notice::RulesVersion), screening::RULES_VERSION, i18n::review_status(lang));
    if !ignored.is_empty() {
        let _ = writeln!(s, "(ignored, not asked for these answers: {})", ignored.join(", "));
    }
    s
}
