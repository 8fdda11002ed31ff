//! The few things the UI asks of the browser directly, each in one small function so the
//! components stay declarative. Nothing here stores or sends anything.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

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

/// Sets the host's brand colour through the CSSOM: the CSP allows style only by hash, so a
/// `style` attribute would be refused, while `style.setProperty` is not an inline style sheet.
/// The colour was validated by the host-configuration parser.
pub fn set_brand(colour: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = html.style().set_property("--brand", colour);
    }
}

/// The language of the browser, when we speak it.
pub fn browser_lang() -> Option<Lang> {
    Lang::from_tag(&web_sys::window()?.navigator().language()?)
}

/// Moves keyboard focus to an element and scrolls it to the top, so the new heading is the
/// first thing seen on a phone.
pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
        el.scroll_into_view();
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

/// Moves focus to the element with this id (the first option, from the error summary).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        focus(&el);
    }
}
