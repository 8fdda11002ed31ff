//! The `screen` command, run as a clinician would run it.

use std::process::Command;

fn screen(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_screen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the screen binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn prints_the_level_reasons_version_and_review_status() {
    let (code, out, err) = screen(&["examples/answers/P03.json"]);
    assert_eq!(code, 0, "{err}");
    // The report the result page shows and the saved file holds, with the ids beside it.
    assert_eq!(out.lines().nth(2), Some("Your suggested starting point: Medically supervised withdrawal (detox) (withdrawal)"), "{out}");
    assert!(out.contains("[W1-past-seizure-or-dts]"));
    assert!(out.contains("A seizure (a fit)"), "names the answer behind the reason");
    assert!(out.contains("Do not stop suddenly on your own"));
    assert!(out.contains("After that: Intensive outpatient program (IOP) (iop)"));
    assert!(out.contains("Rules version 2026.12.1. These rules have not yet been reviewed by a licensed clinician."));
    assert!(out.contains("tel:988") && out.contains("tel:+18006624357"));
    assert!(out.contains("These are US resources.") && out.contains("findahelpline.com"));
}

#[test]
fn prints_spanish() {
    let (code, out, _) = screen(&["--lang", "es", "examples/answers/P11.json"]);
    assert_eq!(code, 0);
    assert!(out.lines().nth(2).is_some_and(|l| l.ends_with(": Atención ambulatoria (outpatient)")), "{out}");
    assert!(out.contains("No deje los opioides de golpe"));
}

#[test]
fn prints_json() {
    let (code, out, _) = screen(&["--json", "examples/answers/P12.json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["level"], "emergency");
    assert_eq!(v["crisis"], "WithdrawalDelirium");
    assert_eq!(v["rules_version"], "2026.12.1");
    assert_eq!(v["clinical_review"], serde_json::Value::Null);
    assert_eq!(v["reasons"][0]["rule"], "S10-withdrawal-delirium");
    assert!(v["reasons"][0]["evidence"].as_array().is_some_and(|e| e.iter().any(|x| x[1] == "confusion")));
    assert_eq!(v["next_steps"][0], "Call911");
}

#[test]
fn every_example_runs() {
    for n in 1..=14 {
        let f = format!("examples/answers/P{n:02}.json");
        let (code, out, err) = screen(&["--json", &f]);
        assert_eq!(code, 0, "{f}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(v["ignored_answers"], serde_json::json!([]), "{f}");
    }
}

#[test]
fn bad_files_and_arguments_fail_cleanly() {
    let dir = std::env::temp_dir().join(format!("screen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        ("not-json.json", "{ nope", "not valid JSON"),
        ("unknown.json", r#"{"answers": {"who_for": "myself", "danger_now": "no_danger", "mood": "good"}}"#, "unknown question id \"mood\""),
        ("option.json", r#"{"answers": {"who_for": "me", "danger_now": "no_danger"}}"#, "\"me\" is not an option of question \"who_for\""),
        ("missing.json", r#"{"answers": {"who_for": "myself"}}"#, "required question \"danger_now\" is not answered"),
        ("number.json", r#"{"answers": {"who_for": "myself", "danger_now": "no_danger", "hours_free": 4}}"#, "\"hours_free\" must be an option id"),
    ];
    for (name, text, message) in cases {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        let (code, out, err) = screen(&[p.to_str().unwrap()]);
        assert_eq!(code, 2, "{name}");
        assert!(out.is_empty(), "{name}: nothing on stdout");
        assert!(err.contains(message), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}");
    }
    let (code, _, err) = screen(&[dir.join("absent.json").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
    assert_eq!(screen(&[]).0, 64);
    assert_eq!(screen(&["--fast", "x.json"]).0, 64);
    assert_eq!(screen(&["--lang", "fr", "x.json"]).0, 64);
    assert_eq!(screen(&["a.json", "b.json"]).0, 64);
    assert_eq!(screen(&["--help"]).0, 0);
    std::fs::remove_dir_all(&dir).ok();
}

/// An answer the rules do not read is listed as ignored: a question not asked, or an option
/// not offered for these answers ("pregnant" for someone 65 or older).
#[test]
fn lists_answers_the_rules_did_not_read() {
    let dir = std::env::temp_dir().join(format!("screen-cli-ignored-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("older.json");
    std::fs::write(
        &p,
        r#"{"version": 3, "answers": {"who_for": "myself", "danger_now": ["no_danger"], "age": "age_65_plus",
            "substances": ["opioids"], "medical": ["pregnant"], "alcohol_freq": "never"}}"#,
    )
    .unwrap();
    let (code, out, err) = screen(&[p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(ignored, not asked for these answers: alcohol_freq, medical: pregnant)"), "{out}");
    assert!(!out.contains("P2-pregnancy"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `screen --rules` lists every rule with its level and source, one a line.
#[test]
fn lists_the_rules() {
    let (code, out, err) = screen(&["--rules"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), care_screener::screening::RuleId::ALL.len());
    assert!(out.lines().any(|l| l.starts_with("S12-red-flag-emergency-room\temergency\t")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("W6-sedative-as-prescribed\tearly\t")), "{out}");
}

/// A reader that stops early (`screen --rules | head -1`, `screen --json F | head -1`) ends
/// the output quietly: exit 0, nothing on standard error, no panic.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    for args in [&["--rules"][..], &["--json", "examples/answers/P03.json"][..], &["examples/answers/P03.json"][..]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_screen"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the screen binary runs");
        // The reader goes before anything is read, so every write meets a closed pipe, as
        // the later writes do after `head -1` (without the race of how much fits first).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// The answers-format doc names every field of the JSON output, so the doc and the serde
/// output of the outcome cannot drift apart.
#[test]
fn the_json_fields_are_documented() {
    let (code, out, _) = screen(&["--json", "examples/answers/P03.json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/answers-format.md")).unwrap();
    let fields = v.as_object().expect("an object");
    assert!(fields.len() >= 15, "{fields:?}");
    for key in fields.keys() {
        assert!(doc.contains(&format!("`{key}`")), "docs/answers-format.md does not name the JSON field `{key}`");
    }
    assert_eq!(v["resources"][0]["target"], "tel:988");
    assert!(v["plan"]["hours"].is_object() || v["plan"]["hours"].is_string());
}
