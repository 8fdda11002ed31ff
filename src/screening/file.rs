//! The answers file: a small, stable JSON format for clinicians and tests (documented in
//! `docs/answers-format.md`). The command-line tool and the vignette tests read it through
//! this one parser, so what a clinician runs is what the tests prove.
//!
//! ```json
//! { "version": 3,
//!   "note": "free text, ignored",
//!   "answers": { "who_for": "myself", "danger_now": "no_danger",
//!                "substances": ["alcohol", "cannabis"] } }
//! ```

use serde::Deserialize;
use serde_json::Value;

use super::answers::{AnswerError, Answers};
use super::bank::{question, Kind};

/// The answers-file format version this parser reads.
///
/// Version 3 (rules 2026.12.1) asks the last use per substance: `last_use` became
/// `alcohol_last`, `cannabis_last`, `opioid_last`, `sedative_last`, `stimulant_last` and
/// `other_last`, and its option `over_a_month` became `months_1_3` and `months_3_12`.
/// Version 2 (rules 2026.11.2) moved `pregnant` into an option of `medical`, `recent_release`
/// into options of `treatment` and `schedule_when` into options of `schedule_needs`, and added
/// `heavy_years` and `mood_observed`. An older file is refused with a message that says where
/// its ids went, since they no longer exist or mean something else.
pub const VERSION: u64 = 3;

/// Why an answers file was refused. Each variant says what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not valid JSON (with serde_json's message, which names the line and column).
    Json(String),
    /// The top level is not a JSON object.
    NotAnObject,
    /// A top-level field this version does not know.
    UnknownField(String),
    /// The `version` field is not the one this parser reads.
    Version(String),
    /// The `note` field is not a string.
    Note,
    /// There is no `answers` object.
    NoAnswers,
    /// An answer is neither a string nor an array of strings.
    BadValue {
        /// The question id as written.
        question: String,
    },
    /// An answer was refused by the question bank.
    Answer(AnswerError),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::Json(m) => write!(f, "the file is not valid JSON: {m}"),
            FileError::NotAnObject => write!(f, "the file must be a JSON object with an \"answers\" object"),
            FileError::UnknownField(k) => write!(f, "unknown top-level field \"{k}\" (allowed: version, note, answers)"),
            FileError::Version(v) if v == "1" => write!(
                f,
                "unsupported version 1 (this tool reads version {VERSION}: \"pregnant\" is now an option of \"medical\", \"recent_release\" options are now options of \"treatment\", \"schedule_when\" options are now options of \"schedule_needs\", and \"last_use\" is asked per substance; see docs/answers-format.md)"
            ),
            FileError::Version(v) if v == "2" => write!(
                f,
                "unsupported version 2 (this tool reads version {VERSION}: \"last_use\" is now asked per substance as \"alcohol_last\", \"cannabis_last\", \"opioid_last\", \"sedative_last\", \"stimulant_last\" and \"other_last\", and its option \"over_a_month\" became \"months_1_3\" or \"months_3_12\"; see docs/answers-format.md)"
            ),
            FileError::Version(v) => write!(f, "unsupported version {v} (this tool reads version {VERSION})"),
            FileError::Note => write!(f, "\"note\" must be a string"),
            FileError::NoAnswers => write!(f, "the file has no \"answers\" object"),
            FileError::BadValue { question } => write!(
                f,
                "the answer to \"{question}\" must be an option id string or an array of option id strings"
            ),
            FileError::Answer(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FileError {}

impl From<AnswerError> for FileError {
    fn from(e: AnswerError) -> FileError {
        FileError::Answer(e)
    }
}

/// The file's top level as serde reads it. Unknown fields are collected rather than refused
/// by serde (`deny_unknown_fields`), so the message can name the field and list the allowed
/// ones in our own words; the values stay JSON until each is checked with its own message.
#[derive(serde::Deserialize)]
struct Top {
    #[serde(default, deserialize_with = "present")]
    version: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    note: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    answers: Option<Value>,
    #[serde(flatten)]
    unknown: serde_json::Map<String, Value>,
}

/// A field that is there, even as `null`: serde would read a `null` as a missing field, and
/// `"version": null` must be refused like any other version this parser does not read.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// An answer as written: one option id, or a list of them.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Written {
    One(String),
    Many(Vec<String>),
}

/// Reads an answers file. Every answer is checked against the bank, and the required
/// questions must be answered; nothing here panics on any input.
pub fn parse(text: &str) -> Result<Answers, FileError> {
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::Json(e.to_string()))?;
    if !value.is_object() {
        return Err(FileError::NotAnObject);
    }
    let top = Top::deserialize(value).map_err(|e| FileError::Json(e.to_string()))?;
    if let Some(key) = top.unknown.keys().next() {
        return Err(FileError::UnknownField(key.clone()));
    }
    if let Some(v) = &top.version {
        if v.as_u64() != Some(VERSION) {
            return Err(FileError::Version(v.to_string()));
        }
    }
    if top.note.as_ref().is_some_and(|n| !n.is_string()) {
        return Err(FileError::Note);
    }
    let Some(Value::Object(map)) = top.answers else { return Err(FileError::NoAnswers) };
    let mut answers = Answers::new();
    for (q, v) in map {
        let written = Written::deserialize(v).map_err(|_| FileError::BadValue { question: q.clone() })?;
        let options: Vec<&str> = match &written {
            Written::One(s) => vec![s.as_str()],
            Written::Many(items) => items.iter().map(String::as_str).collect(),
        };
        answers.set_raw(&q, &options)?;
    }
    answers.check_required()?;
    Ok(answers)
}

/// Writes answers in the file format (keys in a stable, sorted order), for tools and tests.
pub fn write(answers: &Answers, note: &str) -> String {
    let mut map = serde_json::Map::new();
    for (q, options) in answers.iter() {
        let value = match options {
            [one] if question(q).kind == Kind::Single => {
                Value::String(one.as_str().to_owned())
            }
            many => Value::Array(many.iter().map(|o| Value::String(o.as_str().to_owned())).collect()),
        };
        map.insert(q.as_str().to_owned(), value);
    }
    let mut top = serde_json::Map::new();
    top.insert("version".into(), Value::from(VERSION));
    top.insert("note".into(), Value::String(note.to_owned()));
    top.insert("answers".into(), Value::Object(map));
    serde_json::to_string_pretty(&Value::Object(top)).unwrap_or_default()
}
