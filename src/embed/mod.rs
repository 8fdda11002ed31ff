//! The boundary with the page around the widget. `config` (the host's settings) and `resize`
//! (the height the frame asks for) are plain Rust and compile natively, where they are tested;
//! `start` runs in the browser and wires them to the page.

// The checker's cfg is set by scripts/build.sh, not by Cargo, so the compiler does not know it.
#![allow(unexpected_cfgs)]

pub mod config;
pub mod resize;
// The configurator's checker (configure/) builds this crate with `--cfg care_screener_checker`
// and so without the start-up, which would otherwise come with the parser into its page. A cfg
// set by that build alone, not a feature: a feature would change this crate's metadata in the
// widget's own build and with it the bytes of screener.html.
#[cfg(all(target_arch = "wasm32", not(care_screener_checker)))]
pub mod start;
