//! Component tests in a real browser (headless Chromium through chromedriver): each mounts the
//! widget into a fresh element, acts as a person would, and reads the DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use care_screener::i18n::Lang;
use care_screener::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Yew renders asynchronously; one turn of the scheduler lets it catch up.
async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

async fn mount(lang: Lang) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { lang }).render();
    settle().await;
    root
}

fn heading(root: &Element) -> String {
    root.query_selector("h1").unwrap().map(|h| h.text_content().unwrap_or_default()).unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn the_first_question_comes_from_the_domain_and_continue_moves_on() {
    let root = mount(Lang::En).await;
    assert_eq!(heading(&root), "Who are you answering for?");
    click(&root, "input[value=myself]");
    settle().await;
    assert!(root.query_selector("input[value=myself]").unwrap().unwrap().dyn_into::<HtmlInputElement>().unwrap().checked());
    click(&root, "button.button");
    settle().await;
    assert_eq!(heading(&root), "Are you or anyone else in danger right now?");
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_stays_on_the_question() {
    let root = mount(Lang::Es).await;
    assert_eq!(heading(&root), "¿Para quién responde?");
    click(&root, "button.button");
    settle().await;
    assert_eq!(heading(&root), "¿Para quién responde?");
}
