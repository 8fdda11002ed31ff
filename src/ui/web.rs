//! The few things the UI asks of the browser directly, each in one small function so the
//! components stay declarative. Nothing here stores or sends anything.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::embed::config::{HostConfig, Theme};
use crate::i18n::Lang;

/// Class on `<html>` that hides the widget at once during the quick exit, before Yew has
/// re-rendered (see the style sheet).
const EXITING: &str = "exiting";

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Sets the document title (never with an answer, a result or a step number in it).
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Sets `lang` on `<html>`, so the whole document is read in the right language.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// Applies the host's look through the CSSOM: the CSP allows style only by hash, so a
/// `style` attribute would be refused, while `style.setProperty` is not an inline style sheet.
/// Every value was validated by the host-configuration parser: the brand colour (and its
/// lighter shade for the dark theme), the font stack, and a fixed theme as a class on `<html>`.
pub fn set_look(host: &HostConfig) {
    let Some(html) = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    let style = html.style();
    let brand = host.brand_colour.as_ref();
    let looks = [
        ("--brand", brand.map(|c| c.on_light())),
        ("--brand-dark", brand.map(|c| c.on_dark())),
        ("--font", host.font.as_deref()),
        ("--offset", host.offset_top.as_deref()),
    ];
    for (property, value) in looks {
        if let Some(value) = value {
            let _ = style.set_property(property, value);
        }
    }
    let theme = match host.theme {
        Theme::Auto => return,
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    let _ = html.class_list().add_1(theme);
}

/// The language of the browser, when we speak it.
pub fn browser_lang() -> Option<Lang> {
    Lang::from_tag(&web_sys::window()?.navigator().language()?)
}

/// Moves keyboard focus to a new screen's heading (or error summary) and shows the screen from
/// its top (Back, the progress line, the heading) just below the sticky bar; the language
/// switcher above it scrolls away. When the host page hides part of the frame, the browser also
/// scrolls the host page to bring the frame's top into the window: the element scrolled into
/// view is the start-up's probe at the top of this viewport (src/embed/boot.js), which reaches
/// the host's fixed header's height (data-offset-top) above it, so the frame's top stops below
/// that header. Only then is this document scrolled, which the host page cannot see.
pub fn focus(el: &Element) {
    let Some(el) = el.dyn_ref::<HtmlElement>() else { return };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let (Some(w), Some(d)) = (web_sys::window(), document()) else { return };
    w.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(probe) = d.query_selector(".viewport").ok().flatten() {
        probe.scroll_into_view();
    }
    let element = |sel: &str| d.query_selector(sel).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let (Some(main), Some(bar)) = (element("main"), element(".bar")) {
        w.scroll_to_with_x_and_y(0.0, f64::from(main.offset_top() - bar.offset_height()));
    }
}

/// Opens the browser's print dialog for this document (the frame's own, inside an embed).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Saves `text` as a plain-text file made in the browser: a Blob, an object URL and a
/// temporary `<a download>`. No request is made; the URL is revoked straight after.
pub fn save_text(name: &str, text: &str) -> Result<(), JsValue> {
    let document = document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The quick exit's last step: blank the widget and replace the top window's page with the
/// neutral one. `location.replace` keeps the check out of the back button's next step.
/// Returns false when the browser refused (no permission to navigate the top window); the
/// caller then leaves only the neutral link on screen.
pub fn leave(url: &str) -> bool {
    blank(true);
    let Some(top) = web_sys::window().and_then(|w| w.top().ok().flatten()) else { return false };
    top.location().replace(url).is_ok()
}

/// Hides (or shows again, after a return from the back/forward cache) the whole widget.
pub fn blank(on: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let list = html.class_list();
        let _ = if on { list.add_1(EXITING) } else { list.remove_1(EXITING) };
    }
}

/// Gives keyboard focus back to the page around the frame.
pub fn hand_back_focus() {
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.focus();
    }
}

/// Moves focus to the element with this id (the first option, from the error summary).
/// It is scrolled just into the part of the frame on screen ("nearest", below the bar: the
/// style sheet's scroll padding), which is within the window, so the host page does not move.
pub fn focus_id(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let view = web_sys::ScrollIntoViewOptions::new();
    view.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&view);
}

/// Runs `f` once, `ms` milliseconds from now (the quick exit's 5-second window). A plain
/// browser timer: an async sleep would ship a timer future for this one wait.
pub fn after(ms: u32, f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), i32::try_from(ms).unwrap_or(i32::MAX));
}
