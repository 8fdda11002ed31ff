//! Bad input gets a typed error, never a panic: answers that name unknown ids, break a
//! question's rules, or skip required questions; and answer files of any shape.

mod common;

use care_screener::screening::answers::REQUIRED;
use care_screener::screening::file::{self, FileError};
use care_screener::screening::{assess, AnswerError, Answers, OptionId, QuestionId};
use proptest::prelude::*;

use OptionId as O;
use QuestionId as Q;

#[test]
fn set_refuses_what_a_question_does_not_allow() {
    let mut a = Answers::new();
    assert_eq!(a.set(Q::Age, vec![O::Yes]), Err(AnswerError::UnknownOption { question: Q::Age, option: "yes".into() }));
    assert_eq!(a.set(Q::Age, vec![]), Err(AnswerError::Empty(Q::Age)));
    assert_eq!(a.set(Q::Age, vec![O::Under18, O::Age65Plus]), Err(AnswerError::TooMany(Q::Age)));
    assert_eq!(a.set(Q::Substances, vec![O::Alcohol, O::NoSubstances]), Err(AnswerError::TooMany(Q::Substances)));
    assert_eq!(a.set(Q::DangerNow, vec![O::NotSure, O::CannotWake]), Err(AnswerError::TooMany(Q::DangerNow)));
    assert_eq!(a, Answers::new(), "a refused answer changes nothing");
    // Duplicates are one answer.
    a.set(Q::Substances, vec![O::Cannabis, O::Alcohol, O::Cannabis]).unwrap();
    assert_eq!(a.get(Q::Substances), [O::Alcohol, O::Cannabis]);
}

#[test]
fn set_raw_names_the_unknown_id() {
    let mut a = Answers::new();
    assert_eq!(a.set_raw("favourite_colour", &["blue"]), Err(AnswerError::UnknownQuestion("favourite_colour".into())));
    assert_eq!(a.set_raw("age", &["age_200"]), Err(AnswerError::UnknownOption { question: Q::Age, option: "age_200".into() }));
    assert_eq!(a.set_raw("age", &["yes"]), Err(AnswerError::UnknownOption { question: Q::Age, option: "yes".into() }));
    assert!(a.set_raw("age", &["age_65_plus"]).is_ok());
    let msg = AnswerError::UnknownOption { question: Q::Age, option: "age_200".into() }.to_string();
    assert!(msg.contains("age_200") && msg.contains("age"), "{msg}");
}

#[test]
fn required_questions_must_be_answered() {
    let mut a = Answers::new();
    assert_eq!(a.check_required(), Err(AnswerError::Missing(Q::WhoFor)));
    a.set(Q::WhoFor, vec![O::Myself]).unwrap();
    assert_eq!(a.check_required(), Err(AnswerError::Missing(Q::DangerNow)));
    a.set(Q::DangerNow, vec![O::NoDanger]).unwrap();
    assert_eq!(a.check_required(), Ok(()));
    assert_eq!(REQUIRED, [Q::WhoFor, Q::DangerNow]);
    // Assessing is total even without them: unknown answers, an uncertain result.
    let o = assess(&Answers::new());
    assert!(o.uncertain);
}

fn parse(text: &str) -> Result<Answers, FileError> {
    file::parse(text)
}

#[test]
fn answer_files_get_a_clear_typed_error() {
    const OK: &str = r#"{"version": 3, "answers": {"who_for": "myself", "danger_now": ["no_danger"]}}"#;
    assert!(parse(OK).is_ok());
    assert!(matches!(parse("{"), Err(FileError::Json(m)) if m.contains("line")));
    assert_eq!(parse("[]"), Err(FileError::NotAnObject));
    assert_eq!(parse(r#"{"answers": {}, "extra": 1}"#), Err(FileError::UnknownField("extra".into())));
    assert_eq!(parse(r#"{"version": 4, "answers": {}}"#), Err(FileError::Version("4".into())));
    // A version 2 file has one last-use answer for alcohol and sedatives together; the message
    // says where it went (per substance) and what became of "over_a_month".
    let v2 = parse(r#"{"version": 2, "answers": {}}"#).expect_err("version 2 is refused").to_string();
    for id in ["last_use", "alcohol_last", "sedative_last", "opioid_last", "over_a_month", "months_1_3", "months_3_12"] {
        assert!(v2.contains(id), "the version 2 message names {id}: {v2}");
    }
    assert_eq!(parse(r#"{"version": "2", "answers": {}}"#), Err(FileError::Version("\"2\"".into())));
    // A version 1 file names ids that no longer exist; the message says where they went.
    let old = parse(r#"{"version": 1, "answers": {}}"#).expect_err("version 1 is refused");
    assert_eq!(old, FileError::Version("1".into()));
    assert!(old.to_string().contains("\"pregnant\" is now an option of \"medical\""), "{old}");
    assert_eq!(parse(r#"{"note": 3, "answers": {}}"#), Err(FileError::Note));
    // A field given as null is there, and wrong, rather than missing.
    assert_eq!(parse(r#"{"version": null, "answers": {}}"#), Err(FileError::Version("null".into())));
    assert_eq!(parse(r#"{"note": null, "answers": {}}"#), Err(FileError::Note));
    assert_eq!(parse(r#"{"answers": null}"#), Err(FileError::NoAnswers));
    assert_eq!(parse(r#"{"answers": {"age": null}}"#), Err(FileError::BadValue { question: "age".into() }));
    assert_eq!(parse(r#"{"version": 3}"#), Err(FileError::NoAnswers));
    assert_eq!(parse(r#"{"answers": []}"#), Err(FileError::NoAnswers));
    assert_eq!(
        parse(r#"{"answers": {"who_for": "myself", "hours_free": 12}}"#),
        Err(FileError::BadValue { question: "hours_free".into() })
    );
    assert_eq!(
        parse(r#"{"answers": {"substances": ["alcohol", 3]}}"#),
        Err(FileError::BadValue { question: "substances".into() })
    );
    assert_eq!(
        parse(r#"{"answers": {"who_for": "myself", "age": "age_200"}}"#),
        Err(FileError::Answer(AnswerError::UnknownOption { question: Q::Age, option: "age_200".into() }))
    );
    assert_eq!(
        parse(r#"{"answers": {"who": "myself"}}"#),
        Err(FileError::Answer(AnswerError::UnknownQuestion("who".into())))
    );
    assert_eq!(
        parse(r#"{"answers": {"who_for": "myself"}}"#),
        Err(FileError::Answer(AnswerError::Missing(Q::DangerNow)))
    );
    assert_eq!(
        parse(r#"{"answers": {"who_for": [], "danger_now": "no_danger"}}"#),
        Err(FileError::Answer(AnswerError::Empty(Q::WhoFor)))
    );
    assert_eq!(
        parse(r#"{"answers": {"who_for": ["myself", "someone_else"], "danger_now": "no_danger"}}"#),
        Err(FileError::Answer(AnswerError::TooMany(Q::WhoFor)))
    );
    for e in [FileError::NoAnswers, FileError::BadValue { question: "age".into() }, FileError::Answer(AnswerError::Missing(Q::DangerNow))] {
        assert!(!e.to_string().is_empty());
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let ids: Vec<String> = Q::ALL
        .iter()
        .map(|q| q.as_str().to_owned())
        .chain(O::ALL.iter().map(|o| o.as_str().to_owned()))
        .chain(["answers", "version", "note", ""].map(String::from))
        .collect();
    let ids2 = ids.clone();
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        prop::sample::select(ids).prop_map(Value::String),
        ".*".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        let keys = prop::sample::select(ids2.clone());
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any text at all: a result or a typed error, never a panic.
    #[test]
    fn any_text_is_refused_or_read(text in ".{0,200}") {
        if let Ok(a) = parse(&text) {
            let _ = assess(&a);
        }
    }

    /// Any JSON shape, built from real ids so that deep paths are reached: a result or a
    /// typed error, never a panic; and what is accepted can be assessed.
    #[test]
    fn any_json_is_refused_or_read(v in json_value(), wrap in any::<bool>()) {
        let v = if wrap { serde_json::json!({"version": 3, "answers": v}) } else { v };
        if let Ok(a) = parse(&v.to_string()) {
            prop_assert!(a.check_required().is_ok());
            let _ = assess(&a);
        }
    }

    /// A written answer set reads back the same.
    #[test]
    fn written_files_read_back(s in prop::collection::vec(any::<u32>(), 41)) {
        let a = common::fill(&s);
        let text = file::write(&a, "round trip");
        prop_assert_eq!(parse(&text), Ok(a));
    }
}
