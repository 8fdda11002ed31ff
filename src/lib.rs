//! A confidential self-screening widget for substance use, built with Yew.
//!
//! The crate is laid out so that its architecture shows in the folder names:
//! - [`screening`]: the questions, answers, rules, the question-flow session and the result,
//!   in layers that import only downwards. Plain Rust, no web imports, proven natively with
//!   `cargo test`.
//! - [`i18n`]: every word the widget shows, one catalogue per language.
//! - [`ui`]: Yew components that render the domain and hold no clinical logic (wasm only),
//!   with the parts that need no browser (the result in words, the quick exit's Shift count)
//!   compiled everywhere so that `cargo test` proves them.
//! - [`embed`]: the boundary with the host page (its typed configuration, start-up, resize
//!   messages).
//!
//! `docs/architecture.md` follows a click to a new screen and the answers to the result.

pub mod embed;
pub mod i18n;
pub mod screening;

pub mod ui;

/// The widget's allocator in the browser: Talc, a drop-in replacement for the standard
/// library's dlmalloc that is smaller (about 2.1 KB less of the gzipped document, issue 16) and,
/// by its own benchmarks, faster. The widget is single-threaded (no atomics), which this
/// allocator requires. Native builds (tests, the `screen` tool) keep the system allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
