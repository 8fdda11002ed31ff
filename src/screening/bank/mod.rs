//! The question bank as data: every question, its options with their risk ranks, when it is
//! asked, and what an unknown answer means. A clinician can review this table (see
//! `docs/question-bank.md`) without reading any rule code, and the flow, the rules and the
//! tests all read from it.
//!
//! Instruments (scored as published; see [`Instrument`] for citations and licences):
//! AUDIT-C (the three alcohol questions), PHQ-2, GAD-2, the NIMH ASQ suicide screen, and the
//! 11 DSM-5 use-disorder criteria counted as NIAAA describes. Every other question is our own.

//! The schema (what a question is: its kind, choices, condition and unknown policy) and the
//! table (the questions themselves) are kept apart, so that a change to the questions never
//! touches the types and the types read without scrolling past 900 lines of data.

mod schema;
mod table;

pub use schema::*;
pub use table::*;
