//! Yew components that render the screening domain. No clinical logic lives here: which
//! question comes next, whether to stop for a crisis and what to suggest are all asked of
//! `crate::screening`; the words come from `crate::i18n`.
//!
//! The components touch the browser and are compiled for wasm only. Two parts need no browser
//! and are compiled on every target, so the native tests prove them: [`summary`], the result
//! in words for the page and the saved file, and [`shift`], the quick exit's count of Shift
//! presses.

pub mod shift;
pub mod summary;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod check;
#[cfg(target_arch = "wasm32")]
mod crisis;
#[cfg(target_arch = "wasm32")]
mod question;
#[cfg(target_arch = "wasm32")]
mod result;
#[cfg(target_arch = "wasm32")]
mod start;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
mod widgets;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};
