//! Yew components that render the screening domain. No clinical logic lives here: which
//! question comes next, whether to stop for a crisis and what to suggest are all asked of
//! `crate::screening`.

mod app;
mod state;

pub use app::{App, AppProps};
pub use state::{Action, State};
