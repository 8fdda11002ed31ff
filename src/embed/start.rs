//! Start-up inside the self-contained document.

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::embed::config::HostConfig;
use crate::ui::{App, AppProps};

/// Mounts the widget into `#app`. Called once by the inline start-up script after the wasm
/// bytes are instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    yew::Renderer::<App>::with_root_and_props(root, AppProps { host: Rc::new(HostConfig::default()), exposed: false }).render();
}
