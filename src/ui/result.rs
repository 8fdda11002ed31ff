//! The result page. Filled in from `screening::assess` once the engine offers it.

use yew::prelude::*;

use crate::embed::config::HostConfig;
use crate::i18n::Ui;

use super::state::{Action, State};
use super::widgets::{back_link, t};

/// The result page.
pub fn view(state: &State, _host: &HostConfig, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    html! {
        <>
            { back_link(lang, dispatch) }
            <h1 tabindex="-1">{ t(lang, Ui::ResultTitle) }</h1>
            <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Restart)}>
                { t(lang, Ui::StartAgain) }
            </button>
        </>
    }
}
