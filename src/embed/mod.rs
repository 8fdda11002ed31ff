//! The boundary with the page around the widget. `config` (the host's settings) and `resize`
//! (the height the frame asks for) are plain Rust and compile natively, where they are tested;
//! `start` runs in the browser and wires them to the page.

pub mod config;
pub mod resize;
#[cfg(target_arch = "wasm32")]
pub mod start;
