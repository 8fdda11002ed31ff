//! Start-up inside the self-contained document: read the host's settings from the frame's own
//! address, report what was wrong with them, check the sandbox, ask the loader for a height,
//! and mount the widget.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Window;

use super::config::{parse_fragment, HostConfig};
use super::resize;
use crate::ui::{App, AppProps};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn warn(message: &str);
    #[wasm_bindgen(js_namespace = console)]
    fn error(message: &str);
}

/// The one key of a height message; the loader accepts no other shape.
const HEIGHT_KEY: &str = "careScreenerHeight";

/// Mounts the widget into `#app`. Runs once, when the inline start-up script instantiates the
/// wasm bytes.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Some(root) = document.get_element_by_id("app") else { return };

    let framed = framed(&window);
    let host = Rc::new(host_config(&window));
    let unsandboxed = framed && unsandboxed(&window);
    if framed {
        report_height(&window);
    }
    // The plain-HTML fallback goes only once the widget is fully up (see AppProps::on_ready);
    // until then, and for good if the first render fails, the fallback and its crisis
    // numbers stay in the document (the style sheet hides them while the widget draws).
    let on_ready = yew::Callback::from(move |()| {
        if let Some(fallback) = document.get_element_by_id("fallback") {
            fallback.remove();
        }
    });
    yew::Renderer::<App>::with_root_and_props(root, AppProps { host, unsandboxed, on_ready }).render();
}

/// The host's settings, read once from the fragment of this document's own address (the
/// loader or the iframe snippet put them there). Each setting that could not be used is
/// reported in the console, naming its attribute; the widget goes on with the safe default.
fn host_config(window: &Window) -> HostConfig {
    let fragment = window.location().hash().unwrap_or_default();
    let parsed = parse_fragment(&fragment);
    for warning in &parsed.warnings {
        warn(&format!("care-screener: {warning}"));
    }
    parsed.config
}

/// Whether this framed document runs outside an opaque origin, and says so in the console.
/// A sandbox without allow-same-origin gives the document the opaque origin "null". Framed
/// with any other origin, the sandbox attribute was stripped or weakened (site builders do
/// that), and a script of the page around might reach into the frame. The host cannot set
/// this: it is the widget's own reading of where it runs, passed to the app beside the host's
/// configuration.
fn unsandboxed(window: &Window) -> bool {
    let origin = window.origin();
    if origin == "null" {
        return false;
    }
    error(&format!(
        "care-screener: this frame is not sandboxed (its origin is {origin}, not an opaque origin), so the page \
         around it may be able to read what visitors enter. Embed it with embed.js, or copy the iframe snippet \
         with its sandbox attribute unchanged (see docs/embedding.md). The widget shows visitors a notice."
    ));
    true
}

/// Whether a page frames this document.
fn framed(window: &Window) -> bool {
    match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        _ => false,
    }
}

/// Sends the loader the frame height for the frame's width once it is drawn, and again
/// whenever a change of width gives a new one. The height never depends on the content (see
/// `resize`), so the messages say nothing about the answers.
fn report_height(window: &Window) {
    let send = {
        let window = window.clone();
        let last = std::cell::Cell::new(0u32);
        move || {
            let width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
            let font = window
                .document()
                .and_then(|d| d.document_element())
                .and_then(|e| window.get_computed_style(&e).ok().flatten())
                .and_then(|s| s.get_property_value("font-size").ok())
                .map_or(0.0, |f| resize::font_px(&f));
            let height = resize::frame_height(width, font);
            if height == last.replace(height) {
                return;
            }
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &HEIGHT_KEY.into(), &height.into());
            // The target origin is "*" because the widget cannot know the host's origin (it is
            // cross-origin and the widget has no referrer); the message holds only this number.
            if let Ok(Some(parent)) = window.parent() {
                let _ = parent.post_message(&message, "*");
            }
        }
    };
    let on_resize = Closure::<dyn Fn()>::new(send);
    // The first height goes out with the first animation frame, not at once. The widget starts
    // synchronously as soon as its document is parsed, and a frame may not have its size from
    // the page around yet at that moment; a height for a width it does not keep would be
    // followed at once by a second message. A browser draws a frame once it has its size, as
    // far as we know; a width that still changes after that gives a second message anyway.
    let _ = window.request_animation_frame(on_resize.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    // The listener lives as long as the document.
    on_resize.forget();
}
