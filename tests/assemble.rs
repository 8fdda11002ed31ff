//! The build script's own tests (scripts/test_assemble.py), run with the native tests so that
//! `cargo test` also proves what scripts/assemble.py assumes about the style sheet: it
//! compacts the sheet with regexes that are right only for sheets it has checked.
// Only natively: a wasm test cannot start a process.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

#[test]
fn the_build_script_tests_pass() {
    // -B: no __pycache__ is written into scripts/, where git would see it.
    let out = Command::new("python3")
        .args(["-B", "scripts/test_assemble.py"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs (the build needs it too, for scripts/assemble.py)");
    // unittest reports on stderr; both streams are shown, so a failure says which test and why.
    assert!(
        out.status.success(),
        "scripts/test_assemble.py failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
}
