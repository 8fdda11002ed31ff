//! "Check your answers": every question on the path with its answer and a Change link that
//! reopens it and then comes back here.

use yew::prelude::*;

use crate::i18n::{self, Lang, Ui};
use crate::screening::{flow, Answers};

use super::state::Action;
use super::widgets::{back_link, t};

/// The summary of the answers to the questions on the current path. Answers to questions
/// that a later change took off the path are kept (going back restores them) but not shown;
/// the rules ignore them too.
pub fn view(lang: Lang, answers: &Answers, dispatch: &Callback<Action>) -> Html {
    let voice = flow::voice(answers);
    html! {
        <>
            { back_link(lang, dispatch) }
            <h1 tabindex="-1">{ t(lang, Ui::CheckTitle) }</h1>
            <dl class="summary">
                { for flow::path(answers).into_iter().map(|q| {
                    let question = i18n::question(lang, q, voice);
                    let chosen = flow::shown(q, answers);
                    let chosen = chosen.as_slice();
                    html! {
                        <div class="row">
                            <dt>{ question }</dt>
                            <dd>
                                if chosen.is_empty() {
                                    { t(lang, Ui::NotAnswered) }
                                } else if let [one] = chosen {
                                    { i18n::option(lang, q, *one, voice) }
                                } else {
                                    <ul>{ for chosen.iter().map(|o| html! { <li>{ i18n::option(lang, q, *o, voice) }</li> }) }</ul>
                                }
                            </dd>
                            <dd class="change">
                                <button type="button" class="link" onclick={dispatch.reform(move |_: MouseEvent| Action::Change(q))}>
                                    { t(lang, Ui::Change) }<span class="visually-hidden">{ " " }{ question }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Continue)}>
                { t(lang, Ui::SeeResult) }
            </button>
        </>
    }
}
