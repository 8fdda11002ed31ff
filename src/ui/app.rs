//! The top-level component.

use yew::prelude::*;

use crate::i18n::{self, Lang, Ui};
use crate::screening::{bank, flow};

use super::state::{Action, State};

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in.
    pub lang: Lang,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| State::new(props.lang));
    let selected = use_state(|| None::<bank::OptionId>);
    let lang = state.lang;
    let voice = flow::voice(&state.answers);

    let body = match state.current() {
        Some(q) => {
            let spec = bank::question(q);
            let on_continue = {
                let state = state.clone();
                let selected = selected.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Some(o) = *selected {
                        state.dispatch(Action::Answer(q, vec![o]));
                        selected.set(None);
                    }
                })
            };
            let name = q.as_str();
            html! {
                <div class="step">
                    <fieldset>
                        <legend><h1 class="question" tabindex="-1">{ i18n::question(lang, q, voice) }</h1></legend>
                        { for spec.choices.iter().map(|c| {
                            let id = format!("{}-{}", name, c.id.as_str());
                            let onchange = { let selected = selected.clone(); let o = c.id; Callback::from(move |_| selected.set(Some(o))) };
                            html! {
                                <div class="choice">
                                    <input type="radio" id={id.clone()} name={name} value={c.id.as_str()} {onchange}
                                        checked={*selected == Some(c.id)} />
                                    <label for={id}>{ i18n::option(lang, q, c.id, voice) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <button type="button" class="button" onclick={on_continue}>{ i18n::ui(lang, Ui::Continue) }</button>
                </div>
            }
        }
        None => html! { <h1 class="question" tabindex="-1">{ i18n::ui(lang, Ui::ResultPlaceholder) }</h1> },
    };
    html! {
        <main class="screener" lang={lang.tag()}>
            <p class="title">{ i18n::ui(lang, Ui::Title) }</p>
            { body }
        </main>
    }
}
