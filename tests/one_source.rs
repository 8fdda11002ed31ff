//! Values that must be written in two languages (Rust and the loader's JavaScript, or the
//! plain-HTML fallback) have one source, the Rust constant, and these tests check that the
//! other copy agrees, so the two cannot drift apart unnoticed.

use std::path::Path;

use care_screener::embed::config::MAX_OFFSET;
use care_screener::embed::resize::{MAX_HEIGHT, MIN_HEIGHT};
use care_screener::screening::ResourceId;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The number a `var NAME = 123` in the loader's script sets.
fn js_number(js: &str, name: &str) -> u32 {
    let pattern = format!("{name} = ");
    let at = js.find(&pattern).unwrap_or_else(|| panic!("embed.js sets {name}"));
    let digits: String = js[at + pattern.len()..].chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or_else(|_| panic!("{name} is a number in embed.js"))
}

/// The loader clamps the frame to the heights the widget asks for, and to the same largest
/// header offset the widget accepts: the frame would otherwise be cut, or the exit bar kept
/// below a header the widget refused.
#[test]
fn the_loader_uses_the_widgets_frame_limits() {
    let js = read("src/embed/embed.js");
    assert_eq!(js_number(&js, "MIN_HEIGHT"), MIN_HEIGHT, "embed.js MIN_HEIGHT = src/embed/resize.rs MIN_HEIGHT");
    assert_eq!(js_number(&js, "MAX_HEIGHT"), MAX_HEIGHT, "embed.js MAX_HEIGHT = src/embed/resize.rs MAX_HEIGHT");
    assert_eq!(js_number(&js, "MAX_OFFSET"), MAX_OFFSET, "embed.js MAX_OFFSET = src/embed/config.rs MAX_OFFSET");
}

/// The plain-HTML fallback, shown when the widget cannot start, links only numbers of the
/// fixed link table, written as the table writes them.
#[test]
fn the_fallbacks_numbers_are_the_link_tables() {
    let html = read("index.html");
    let mut found = 0;
    for scheme in ["\"tel:", "\"sms:"] {
        for (at, _) in html.match_indices(scheme) {
            let href: String = html[at + 1..].chars().take_while(|c| *c != '"').collect();
            assert!(ResourceId::ALL.iter().any(|r| r.target() == href), "index.html links {href}, which is not in screening::resources");
            found += 1;
        }
    }
    assert!(found >= 5, "the fallback links 988, 911 and the helpline ({found} links)");
}

/// The WordPress plugin says its version in the places WordPress reads it (the plugin header,
/// the readme's stable tag, the block's metadata and its script's asset file, and a constant);
/// each must be the release's, Cargo.toml's, or a site would be told of the wrong version.
#[test]
fn the_plugin_carries_the_releases_version() {
    let version = env!("CARGO_PKG_VERSION");
    for (path, line) in [
        ("wordpress/care-screener/care-screener.php", format!(" * Version:           {version}")),
        ("wordpress/care-screener/care-screener.php", format!("define( 'CARE_SCREENER_VERSION', '{version}' );")),
        ("wordpress/care-screener/readme.txt", format!("Stable tag: {version}")),
        ("wordpress/care-screener/block/block.json", format!("\t\"version\": \"{version}\",")),
        ("wordpress/care-screener/block/editor.asset.php", format!("\t'version'      => '{version}',")),
    ] {
        assert!(read(path).lines().any(|l| l == line), "{path} has the line {line:?}");
    }
}
