//! The boundary with the page around the widget. `config` is plain Rust and compiles natively
//! (its parser is tested there); `start` runs in the browser.

pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod start;
