//! Spanish for US Spanish speakers: written as a translation, not word for word.
pub mod domain;
pub mod ui;
