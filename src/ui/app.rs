//! The top-level component: the frame every screen shares (quick exit, help bar, language
//! switcher, live regions) and the effects that talk to the browser.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Ui};
use crate::screening::flow;

use super::{check, crisis, question, result, start};
use super::state::{Action, Screen, State};
use super::web;
use super::widgets::{help_bar, t};

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host's validated configuration (center contact, levels offered, exit page,
    /// colour, language). Crisis and national numbers are not part of it: they are fixed.
    /// When `host.unsandboxed` (set by the start-up, never by the host), the page around
    /// may be able to read the answers, and a short notice says so instead of promising
    /// privacy the page cannot keep.
    #[prop_or_default]
    pub host: Rc<HostConfig>,
    /// Called once, when the first screen is drawn and every effect of that first render has
    /// run (the quick exit and the wipe on leaving among them). The start-up then removes
    /// the plain-HTML fallback; a failure before this leaves it, with its crisis numbers.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// How long the Shift presses of the quick exit stay counted, restarted by each press
/// (as GOV.UK's "Exit this page" does).
const SHIFT_WINDOW: Duration = Duration::from_secs(5);

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let host = props.host.clone();
    let state = use_reducer_eq(|| {
        State::new(host.lang.or_else(web::browser_lang).unwrap_or(Lang::En))
    });
    // The quick exit's spoken progress ("press 2 more times"), as a key so it follows the
    // language.
    let shift_note = use_state_eq(|| None::<Ui>);
    // The warning before "Save as a text file" is open.
    let saving = use_state_eq(|| false);
    let root = use_node_ref();
    let lang = state.lang;

    // The document speaks the chosen language, and the host's colour is applied once.
    use_effect_with(lang, |lang| web::set_document_lang(*lang));
    // The host's look (colour, font, theme, the height of its fixed header) is applied once.
    {
        let host = host.clone();
        use_effect_with((), move |_| web::set_look(&host));
    }
    // "Error: " in the title while the error summary shows; never anything about the answers.
    use_effect_with((lang, state.error), |(lang, error)| {
        let title = i18n::ui(*lang, Ui::Title);
        if *error {
            web::set_title(&[i18n::ui(*lang, Ui::TitleErrorPrefix), title].concat());
        } else {
            web::set_title(title);
        }
    });
    // Every new screen (and every error) moves focus to its heading or to the error summary,
    // so keyboard and screen-reader users start at the top of what changed. Not on the
    // first render: the widget must not pull the host page's scroll or focus on load.
    {
        let root = root.clone();
        let saving = saving.setter();
        use_effect_with((state.turn, state.error), move |(turn, error)| {
            saving.set(false);
            if *turn == 0 {
                return;
            }
            let selector = if *error { ".error-summary" } else { "h1" };
            if let Some(el) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten()) {
                web::focus(&el);
            }
        });
    }
    // Opening the warning before a saved file moves focus into it, to the button that saves.
    {
        let root = root.clone();
        use_effect_with(*saving, move |saving| {
            if *saving {
                if let Some(el) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(".warning .button").ok().flatten()) {
                    web::focus(&el);
                }
            }
        });
    }
    // The quick exit by keyboard and the back/forward cache, installed once.
    {
        let dispatch = state.dispatcher();
        let note = shift_note.setter();
        let exit_url = host.exit_url.clone();
        let overlay = host.overlay;
        use_effect_with((), move |_| listen(dispatch.into(), note, exit_url, overlay));
    }
    // Last of the effects, so it runs only when all the others of the first render have.
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }

    let dispatch: Callback<Action> = state.dispatcher().into();
    let exit_url = host.exit_url.clone();

    if state.screen == Screen::Exited {
        return html! {
            <div class="screener exited" lang={lang.tag()}>
                <a href={exit_url} target="_top" rel="noreferrer">{ t(lang, Ui::ExitedLink) }</a>
            </div>
        };
    }

    let on_exit = {
        let dispatch = dispatch.clone();
        let exit_url = exit_url.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            exit(&dispatch, &exit_url);
        })
    };
    let progress = state.progress();
    let body = match state.screen {
        Screen::Start => start::view(lang, &dispatch),
        Screen::Question(q) => question::view(&state, q, &dispatch),
        Screen::Crisis { kind, .. } => {
            crisis::view(lang, kind, &flow::crises(&state.answers), flow::voice(&state.answers), &dispatch)
        }
        Screen::Check => check::view(lang, &state.answers, &dispatch),
        Screen::Result => result::view(&state, &host, *saving, &saving.setter().into(), &dispatch),
        Screen::Exited => Html::default(),
    };
    let announce = progress.map(|(n, total)| {
        [t(lang, Ui::ProgressQuestion), &n.to_string(), t(lang, Ui::ProgressOfAbout), &total.to_string()].concat()
    });

    html! {
        <div class="screener" lang={lang.tag()} ref={root}>
            // The exit and the crisis numbers stay in view on every screen (the bar is sticky
            // inside the frame, which scrolls); the language switcher scrolls away with the page.
            <header class="bar">
                <a class="exit" href={exit_url} target="_top" rel="noreferrer" onclick={on_exit}>{ t(lang, Ui::ExitThisPage) }</a>
                { help_bar(lang) }
            </header>
            <nav aria-label={t(lang, Ui::LanguageLabel)}><ul class="langs">
                { for Lang::ALL.iter().map(|l| {
                    let name = match l { Lang::En => "English", Lang::Es => "Español" };
                    if *l == lang {
                        html! { <li><span lang={l.tag()} aria-current="true">{ name }</span></li> }
                    } else {
                        let onclick = dispatch.reform({ let l = *l; move |_: MouseEvent| Action::Lang(l) });
                        html! { <li><button type="button" class="link" lang={l.tag()} {onclick}>{ name }</button></li> }
                    }
                }) }
            </ul></nav>
            <div class="visually-hidden" role="status">{ shift_note.map(|k| t(lang, k)).unwrap_or_default() }</div>
            <div class="visually-hidden" role="status" aria-live="polite">{ announce.unwrap_or_default() }</div>
            <main class="main">
                if host.unsandboxed {
                    <p class="exposed">{ t(lang, Ui::Exposed) }</p>
                }
                { body }
            </main>
        </div>
    }
}

/// The quick exit: forget everything, blank the widget, leave for the neutral page. The
/// exit link stays as the only thing on screen in case the browser refuses to navigate.
fn exit(dispatch: &Callback<Action>, url: &str) {
    dispatch.emit(Action::Exit);
    web::leave(url);
}

/// Counts bare Shift presses for the quick exit, as GOV.UK's component does: on `keyup`, a
/// Shift that was used as a modifier (Shift+A) does not count, any other key resets, and
/// each press restarts the 5-second window.
#[derive(Default)]
struct ShiftCount {
    presses: u8,
    last_was_modified: bool,
    /// Bumped on every press and reset, so an old timer knows it is stale.
    generation: u32,
}

/// Installs the key listener (capture phase, on the document) and the page-lifecycle
/// listeners; returns the clean-up that removes them.
fn listen(dispatch: Callback<Action>, note: UseStateSetter<Option<Ui>>, exit_url: String, overlay: bool) -> impl FnOnce() {
    let count = Rc::new(RefCell::new(ShiftCount::default()));
    let on_key = {
        let dispatch = dispatch.clone();
        Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            // In the loader's overlay, Escape closes it: the widget hands focus back to the
            // page, which the loader sees (no message is sent; nothing else changes).
            if overlay && e.key() == "Escape" {
                web::hand_back_focus();
            }
            let mut c = count.borrow_mut();
            if e.key() == "Shift" && !c.last_was_modified {
                c.presses += 1;
                c.generation = c.generation.wrapping_add(1);
                if c.presses >= 3 {
                    c.presses = 0;
                    note.set(None);
                    drop(c);
                    exit(&dispatch, &exit_url);
                    return;
                }
                note.set(Some(if c.presses == 1 { Ui::ShiftTwoMore } else { Ui::ShiftOneMore }));
                let (count, note, generation) = (count.clone(), note.clone(), c.generation);
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(SHIFT_WINDOW).await;
                    let mut c = count.borrow_mut();
                    if c.generation == generation && c.presses > 0 {
                        c.presses = 0;
                        note.set(Some(Ui::ShiftExpired));
                    }
                });
            } else if c.presses > 0 {
                c.presses = 0;
                c.generation = c.generation.wrapping_add(1);
                note.set(None);
            }
            c.last_was_modified = e.shift_key();
        })
    };
    // Nothing may survive the page being hidden: a person who leaves and comes back with the
    // back button (back/forward cache) finds a fresh start, not their answers.
    let on_hide = {
        let dispatch = dispatch.clone();
        Closure::<dyn Fn(Event)>::new(move |_: Event| dispatch.emit(Action::Wipe))
    };
    let on_show = Closure::<dyn Fn(Event)>::new(move |_: Event| {
        web::blank(false);
        dispatch.emit(Action::Wipe);
    });
    let window = web_sys::window();
    let document = web::document();
    if let Some(d) = &document {
        let _ = d.add_event_listener_with_callback_and_bool("keyup", on_key.as_ref().unchecked_ref(), true);
    }
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
        let _ = w.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    }
    move || {
        if let Some(d) = &document {
            let _ = d.remove_event_listener_with_callback_and_bool("keyup", on_key.as_ref().unchecked_ref(), true);
        }
        if let Some(w) = &window {
            let _ = w.remove_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
            let _ = w.remove_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
        }
    }
}
