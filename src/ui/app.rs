//! The top-level component: the frame every screen shares (quick exit, help bar, language
//! switcher, live regions) and the effects that talk to the browser.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Ui};
use crate::screening::path;
use crate::screening::session::{Action, Screen, Session};

use super::shift::{Press, ShiftCount, WINDOW_MS};
use super::{check, crisis, question, result, start};
use super::web;
use super::widgets::{help_bar, t};

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host's validated configuration (center contact, levels offered, exit page,
    /// colour, language). Crisis and national numbers are not part of it: they are fixed.
    #[prop_or_default]
    pub host: Rc<HostConfig>,
    /// Set by the start-up, never by the host: the widget is framed by a page but does not run
    /// in an opaque origin, so its `sandbox` attribute was removed or changed and the page
    /// around it may be able to read the answers. A short notice then says so instead of
    /// promising privacy the page cannot keep.
    #[prop_or_default]
    pub unsandboxed: bool,
    /// Called once, when the first screen is drawn and every effect of that first render has
    /// run (the quick exit and the wipe on leaving among them). The start-up then removes
    /// the plain-HTML fallback; a failure before this leaves it, with its crisis numbers.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let host = props.host.clone();
    let session = use_reducer_eq(Session::new);
    // The language is kept apart from the session: switching it changes the words only, so it
    // never moves focus or forgets where the person is.
    let lang_state = {
        let host = host.clone();
        use_state_eq(move || host.lang.or_else(web::browser_lang).unwrap_or(Lang::En))
    };
    let dispatch: Callback<Action> = session.dispatcher().into();
    let shift_note = use_quick_exit(dispatch.clone(), host.exit_url.as_str().to_owned(), host.overlay);
    let root = use_node_ref();
    let lang = *lang_state;
    let error = session.error();

    // The document speaks the chosen language.
    use_effect_with(lang, |lang| web::set_document_lang(*lang));
    // "Error: " in the title while the error summary shows; never anything about the answers.
    use_effect_with((lang, error), |(lang, error)| {
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
        use_effect_with((session.turn(), error), move |(turn, error)| {
            if *turn == 0 {
                return;
            }
            let selector = if *error { ".error-summary" } else { "h1" };
            if let Some(el) = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten()) {
                web::focus(&el);
            }
        });
    }
    // Once, last of the effects: the host's look (colour, font, theme, the height of its fixed
    // header) is applied, and then the start-up is told the widget is up, which it may be only
    // when every other effect of the first render has run.
    {
        let (host, on_ready) = (host.clone(), props.on_ready.clone());
        use_effect_with((), move |_| {
            web::set_look(&host);
            on_ready.emit(());
        });
    }

    let exit_url = host.exit_url.as_str().to_owned();
    if session.screen() == Screen::Exited {
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
    let progress = session.progress();
    let answers = session.answers();
    let body = match session.screen() {
        Screen::Start => start::view(lang, &dispatch),
        Screen::Question(q) => question::view(lang, &session, q, &dispatch),
        Screen::Crisis { kind, .. } => crisis::view(lang, kind, &path::crises(answers), answers.voice(), &dispatch),
        Screen::Check => check::view(lang, answers, &dispatch),
        Screen::Result => html! {
            <result::Result {lang} answers={answers.clone()} host={host.clone()} dispatch={dispatch.clone()} />
        },
        Screen::Exited => Html::default(),
    };
    let mut langs = Vec::with_capacity(Lang::ALL.len());
    for l in Lang::ALL {
        let name = match l { Lang::En => "English", Lang::Es => "Español" };
        langs.push(if l == lang {
            html! { <li><span lang={l.tag()} aria-current="true">{ name }</span></li> }
        } else {
            let onclick = { let set = lang_state.setter(); Callback::from(move |_: MouseEvent| set.set(l)) };
            html! { <li><button type="button" class="link" lang={l.tag()} {onclick}>{ name }</button></li> }
        });
    }
    let announce = progress.map(|(n, total)| i18n::progress(lang, n, total));

    html! {
        <div class="screener" lang={lang.tag()} ref={root}>
            // The exit and the crisis numbers stay in view on every screen (the bar is sticky
            // inside the frame, which scrolls); the language switcher scrolls away with the page.
            <header class="bar">
                <a class="exit" href={exit_url} target="_top" rel="noreferrer" onclick={on_exit}>{ t(lang, Ui::ExitThisPage) }</a>
                { help_bar(lang) }
            </header>
            <nav aria-label={t(lang, Ui::LanguageLabel)}><ul class="langs">
                { for langs }
            </ul></nav>
            <div class="visually-hidden" role="status">{ shift_note.map(|k| t(lang, k)).unwrap_or_default() }</div>
            <div class="visually-hidden" role="status" aria-live="polite">{ announce.unwrap_or_default() }</div>
            <main class="main">
                if props.unsandboxed {
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

/// The quick exit by keyboard, and its other half, forgetting on leaving. Three presses of
/// Shift leave for the neutral page, counted by [`ShiftCount`] from a key listener on the
/// document (capture phase, so no control can swallow the key); the hook returns the spoken
/// progress ("press 2 more times"), as a key so it follows the language. In the loader's
/// overlay, Escape also hands focus back to the page, which is how the loader knows to close it
/// (no message is sent; nothing else changes). And nothing may survive the page being hidden:
/// a person who leaves by any way and comes back with the back button (the back/forward cache)
/// finds a fresh start, not their answers. One effect installs all three listeners and its
/// clean-up removes them.
#[hook]
fn use_quick_exit(dispatch: Callback<Action>, exit_url: String, overlay: bool) -> Option<Ui> {
    let note = use_state_eq(|| None::<Ui>);
    let set_note = note.setter();
    use_effect_with((), move |_| {
        let count = Rc::new(RefCell::new(ShiftCount::default()));
        let on_key = {
            let dispatch = dispatch.clone();
            Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if overlay && e.key() == "Escape" {
                    web::hand_back_focus();
                }
                let press = count.borrow_mut().key_up(e.key() == "Shift", e.shift_key());
                match press {
                    Press::Nothing => {}
                    Press::Reset => set_note.set(None),
                    Press::Exit => {
                        set_note.set(None);
                        exit(&dispatch, &exit_url);
                    }
                    Press::Counted { left, generation } => {
                        set_note.set(Some(if left >= 2 { Ui::ShiftTwoMore } else { Ui::ShiftOneMore }));
                        let (count, set_note) = (count.clone(), set_note.clone());
                        web::after(WINDOW_MS, move || {
                            if count.borrow_mut().expire(generation) {
                                set_note.set(Some(Ui::ShiftExpired));
                            }
                        });
                    }
                }
            })
        };
        let on_hide = {
            let dispatch = dispatch.clone();
            Closure::<dyn Fn(Event)>::new(move |_: Event| dispatch.emit(Action::Wipe))
        };
        let on_show = Closure::<dyn Fn(Event)>::new(move |_: Event| {
            web::blank(false);
            dispatch.emit(Action::Wipe);
        });
        let (window, document) = (web_sys::window(), web::document());
        let key = on_key.as_ref().unchecked_ref();
        let (hide, show) = (on_hide.as_ref().unchecked_ref(), on_show.as_ref().unchecked_ref());
        if let Some(d) = &document {
            let _ = d.add_event_listener_with_callback_and_bool("keyup", key, true);
        }
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("pagehide", hide);
            let _ = w.add_event_listener_with_callback("pageshow", show);
        }
        move || {
            let key = on_key.as_ref().unchecked_ref();
            let (hide, show) = (on_hide.as_ref().unchecked_ref(), on_show.as_ref().unchecked_ref());
            if let Some(d) = &document {
                let _ = d.remove_event_listener_with_callback_and_bool("keyup", key, true);
            }
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback("pagehide", hide);
                let _ = w.remove_event_listener_with_callback("pageshow", show);
            }
        }
    });
    *note
}
