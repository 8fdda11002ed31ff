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

use care_screener::embed::config::HostConfig;
use care_screener::i18n::{self, Lang};
use care_screener::screening::{self, file, path, Outcome};
use care_screener::ui::summary;

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
        let on = path::questions(&answers);
        let mut out = Vec::new();
        for (q, chosen) in answers.iter() {
            if !on.contains(&q) {
                out.push(q.as_str().to_owned());
                continue;
            }
            let shown = path::shown(q, &answers);
            for o in chosen.iter().filter(|o| !shown.contains(o)) {
                out.push([q.as_str(), ": ", o.as_str()].concat());
            }
        }
        out
    };
    if args.json {
        out(&format!("{}\n", to_json(&outcome, &ignored)))
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

/// The JSON output: the outcome as the engine gives it (each id by its stable string, see
/// `docs/answers-format.md`), with the rules' version and review beside it and the answers
/// the rules did not read.
#[derive(serde::Serialize)]
struct Json<'a> {
    rules_version: &'static str,
    clinical_review: Option<&'static str>,
    #[serde(flatten)]
    outcome: &'a Outcome,
    ignored_answers: &'a [String],
}

fn to_json(o: &Outcome, ignored: &[String]) -> String {
    let json = Json { rules_version: screening::RULES_VERSION, clinical_review: screening::CLINICAL_REVIEW, outcome: o, ignored_answers: ignored };
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// The stable ids beside the words, for clinicians reading the output beside `--rules`.
struct Ids;

impl summary::Annotate for Ids {
    fn level(&self, l: screening::Level) -> String {
        [" (", l.as_str(), ")"].concat()
    }
    fn rule(&self, r: screening::RuleId) -> String {
        ["[", r.as_str(), "] "].concat()
    }
    fn link(&self, r: screening::ResourceId) -> String {
        [" <", r.target(), ">"].concat()
    }
}

/// The text output: the report the result page shows and the saved file holds, with each
/// level's, rule's and resource's id beside it; then the crisis cards the questionnaire showed
/// on the way, and the answers the rules did not read.
fn to_text(o: &Outcome, lang: Lang, ignored: &[String]) -> String {
    use std::fmt::Write;
    let mut s = summary::report(lang, o, &HostConfig::default()).text(lang, &Ids);
    for c in &o.crises {
        let card = i18n::crisis(lang, *c, o.voice);
        let _ = writeln!(s, "\n!! {}", card.title);
        for step in card.steps {
            let _ = writeln!(s, "   - {step}");
        }
    }
    if !ignored.is_empty() {
        let _ = writeln!(s, "\n(ignored, not asked for these answers: {})", ignored.join(", "));
    }
    s
}
