//! One question per step, in the GOV.UK pattern: the question is the page heading inside the
//! fieldset's legend, radios or checkboxes, Continue, and a Back link. Errors show only after
//! Continue, in a summary that gets focus and in the same words next to the options.

use yew::prelude::*;

use crate::i18n::{self, Lang, Ui};
use crate::screening::bank::{question, Kind};
use crate::screening::{path, QuestionId};

use crate::screening::session::{Action, Session};
use super::widgets::{back_link, t};
use super::web;

/// The step for question `q`.
pub fn view(lang: Lang, session: &Session, q: QuestionId, dispatch: &Callback<Action>) -> Html {
    let voice = session.answers().voice();
    let error = session.error();
    let (n, total) = session.progress().unwrap_or((1, 1));
    let spec = question(q);
    let multiple = spec.kind == Kind::Multiple;
    let name = q.as_str();
    let message = t(lang, if multiple { Ui::ErrorChooseAny } else { Ui::ErrorChooseOne });
    let input_id = |o: &str| ["q-", name, "-", o].concat();
    // The error summary's link leads to the first option, as in GOV.UK's pattern.
    let choices = path::offered(q, session.answers());
    let first = choices.first().map(|c| input_id(c.id.as_str())).unwrap_or_default();
    let to_first = Callback::from(move |_: MouseEvent| web::focus_id(&first));
    let help = i18n::help(lang, q, voice);
    // The hint, the help and the error message are read with the question.
    let mut described = String::new();
    for (on, id) in [(multiple, " q-hint"), (help.is_some(), " q-help"), (error, " q-error")] {
        if on {
            described.push_str(id);
        }
    }
    let described = (!described.is_empty()).then(|| described.trim_start().to_owned());

    let mut inputs = Vec::with_capacity(choices.len());
    for c in &choices {
        let id = input_id(c.id.as_str());
        let onchange = dispatch.reform({ let o = c.id; move |_: Event| Action::Toggle(o) });
        inputs.push(html! {
            // Keyed, so each question gets fresh inputs and no checked state is
            // carried over from the one before.
            <div class="choice" key={id.clone()}>
                <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()} {name}
                    value={c.id.as_str()} checked={session.draft().contains(&c.id)} {onchange} />
                <label for={id}>{ i18n::option(lang, q, c.id, voice) }</label>
            </div>
        });
    }
    html! {
        <>
            { back_link(lang, dispatch) }
            if error {
                <div class="error-summary" tabindex="-1">
                    <div role="alert">
                        <h2>{ t(lang, Ui::ErrorTitle) }</h2>
                        <ul><li><button type="button" class="link" onclick={to_first}>{ message }</button></li></ul>
                    </div>
                </div>
            }
            <p class="caption">{ i18n::progress(lang, n, total) }</p>
            <div class={if error { "group group-error" } else { "group" }}>
                <fieldset aria-describedby={described}>
                    <legend><h1 tabindex="-1">{ i18n::question(lang, q, voice) }</h1></legend>
                    if multiple {
                        <p class="hint" id="q-hint">{ t(lang, Ui::ChooseAll) }</p>
                    }
                    if let Some(help) = help {
                        <p class="help" id="q-help">{ help }</p>
                    }
                    if error {
                        <p class="error-message" id="q-error">
                            <span class="visually-hidden">{ t(lang, Ui::ErrorPrefix) }</span>{ message }
                        </p>
                    }
                    { for inputs }
                </fieldset>
            </div>
            <button type="button" class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Continue)}>
                { t(lang, Ui::Continue) }
            </button>
        </>
    }
}
