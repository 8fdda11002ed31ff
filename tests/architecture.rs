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

/// The layers of `src/screening/`, bottom to top. A file may import from the layers below its
/// own and from nothing above, so the domain has no import cycle: each layer can be read, and
/// tested, knowing only the ones before it. `mod.rs` declares them in this order.
const LAYERS: &[&[&str]] = &[
    &["ids"],
    &["resources"],
    &["bank"],
    &["answers"],
    &["conditions"],
    &["programmes"],
    &["outcome"],
    &["rules"],
    &["path"],
    &["assess"],
    &["session", "file"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The modules of `crate::screening` a file names: `super::x` (from a file directly in the
/// folder) and `crate::screening::x`, anywhere in its text (a `use` or a path in code).
fn named_modules(text: &str, in_subfolder: bool) -> Vec<String> {
    let mut out = Vec::new();
    let prefixes: &[&str] = if in_subfolder { &["crate::screening::"] } else { &["super::", "crate::screening::"] };
    for prefix in prefixes {
        for (at, _) in text.match_indices(prefix) {
            let rest = &text[at + prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            assert!(
                !rest.starts_with('{'),
                "name one module per path (`{prefix}{{…}}` hides which layers a file uses from this test)"
            );
            out.push(name);
        }
    }
    out
}

#[test]
fn the_screening_layers_import_only_downwards() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/screening");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&dir).expect("under src/screening");
        let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
        let (module, in_subfolder) = match parts.as_slice() {
            ["mod.rs"] => continue,
            [name] => (name.trim_end_matches(".rs").to_owned(), false),
            [folder, ..] => ((*folder).to_owned(), true),
            [] => continue,
        };
        let own = layer_of(&module).unwrap_or_else(|| {
            panic!("src/screening/{} is not in a layer: add `{module}` to LAYERS in tests/architecture.rs and to mod.rs in order", relative.display())
        });
        let text = fs::read_to_string(file).expect("readable");
        for named in named_modules(&text, in_subfolder) {
            // A sibling inside a layer's folder (`super::schema` in bank/) is the same layer.
            let Some(theirs) = layer_of(&named) else { continue };
            assert!(
                theirs < own || named == module,
                "src/screening/{} (layer {module}) imports `{named}`, which is not below it: the layers are {LAYERS:?}",
                relative.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 12, "checked the domain's files ({checked})");
    // `mod.rs` lists the layers in the same order, so a reader sees the order where the
    // modules are declared.
    let declared: Vec<String> = fs::read_to_string(dir.join("mod.rs"))
        .expect("readable")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod ").or_else(|| l.trim().strip_prefix("mod ")))
        .map(|m| m.trim_end_matches(';').to_owned())
        .collect();
    let expected: Vec<String> = LAYERS.iter().flat_map(|l| l.iter().map(|m| (*m).to_owned())).collect();
    let mut sorted_declared = declared.clone();
    sorted_declared.sort_by_key(|m| layer_of(m));
    assert_eq!(declared, sorted_declared, "mod.rs declares the layers bottom to top");
    let mut a = declared.clone();
    let mut b = expected.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b, "every module of mod.rs is in a layer, and every layer is a module");
}

/// The test above finds a wrong-way import: a rule that reaches up to the path, as `rules.rs`
/// once did with `flow::mask`, is refused.
#[test]
fn the_layer_check_sees_an_upward_import() {
    let names = named_modules("use super::path::questions;\nfn f() { crate::screening::session::raised(a, q); }", false);
    assert_eq!(names, ["path", "session"]);
    assert!(layer_of("path") > layer_of("rules"));
    assert!(std::panic::catch_unwind(|| named_modules("use super::{path, rules};", false)).is_err());
}

/// The domain names things with ids and holds no words: it never reaches into the language
/// catalogues, the UI or the embed boundary (which all depend on it).
#[test]
fn the_domain_depends_on_nothing_else_in_the_crate() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/screening"), &mut files);
    for file in files {
        // Comments may point the reader to the catalogues; code may not use them.
        let text = fs::read_to_string(&file).expect("readable");
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for other in ["crate::i18n", "crate::ui", "crate::embed"] {
            assert!(!code.contains(other), "{} uses {other}", file.display());
        }
    }
}
