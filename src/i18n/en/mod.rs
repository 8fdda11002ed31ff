//! English, the source language.
pub mod domain;
pub mod ui;
