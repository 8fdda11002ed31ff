//! The architecture rules that a reviewer would otherwise have to check by eye.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("entry is readable").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The domain must stay plain Rust: no web crate may be named anywhere under src/screening/
/// or src/i18n/. (The crate only depends on them for wasm, so a use would also fail to compile
/// natively; this test names the rule and the offending file.)
#[test]
fn the_domain_and_the_catalogues_have_no_web_imports() {
    let mut files = Vec::new();
    for dir in ["src/screening", "src/i18n"] {
        rust_files(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).as_path(), &mut files);
    }
    assert!(files.len() >= 4, "found the source files");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        for web in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
            for pattern in [format!("use {web}"), format!("{web}::")] {
                assert!(!text.contains(&pattern), "{} mentions {pattern}", file.display());
            }
        }
    }
}
