//! A confidential self-screening widget for substance use, built with Yew.
//!
//! The crate is laid out so that its architecture shows in the folder names:
//! - [`screening`]: the questions, answers, rules and result. Plain Rust, no web imports,
//!   proven natively with `cargo test`.
//! - [`i18n`]: every word the widget shows, one catalogue per language.
//! - `ui` (wasm only): Yew components that render the domain and hold no clinical logic.
//! - [`embed`]: the boundary with the host page (its configuration, start-up, resize messages).

pub mod embed;
pub mod i18n;
pub mod screening;

#[cfg(target_arch = "wasm32")]
pub mod ui;
/// The result in words for the result page and its saved text. It lives with the UI it
/// serves, but has no web import, so it is compiled on every target and tested natively.
#[path = "ui/summary.rs"]
pub mod summary;

/// The widget's allocator in the browser: Talc, a drop-in replacement for the standard
/// library's dlmalloc that is smaller (about 2.1 KB less of the gzipped document, issue 16) and,
/// by its own benchmarks, faster. The widget is single-threaded (no atomics), which this
/// allocator requires. Native builds (tests, the `screen` tool) keep the system allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
