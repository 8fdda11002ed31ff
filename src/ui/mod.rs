//! Yew components that render the screening domain. No clinical logic lives here: which
//! question comes next, whether to stop for a crisis and what to suggest are all asked of
//! `crate::screening`; the words come from `crate::i18n`.

mod app;
mod check;
mod crisis;
mod question;
mod result;
mod start;
mod state;
mod web;
mod widgets;

pub use app::{App, AppProps};
pub use state::{Action, Screen, State};
