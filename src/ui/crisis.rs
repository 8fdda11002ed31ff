//! The crisis card: shown the moment an answer means danger now, before any further
//! question. It leads with 988 and 911 as buttons the phone can dial, with the numbers
//! readable on screen, then lets the person go on when they are ready.

use yew::prelude::*;

use crate::i18n::{Lang, Ui};
use crate::screening::flow::Crisis;

use super::state::Action;
use super::widgets::{back_link, phone_link, t};

/// The crisis card for `kind`.
pub fn view(lang: Lang, kind: Crisis, dispatch: &Callback<Action>) -> Html {
    html! {
        <>
            { back_link(lang, dispatch) }
            <div class="card card-emergency crisis">
                <h1 tabindex="-1">
                    <span class="visually-hidden">{ t(lang, Ui::UrgencyEmergency) }</span>{ t(lang, Ui::CrisisTitle) }
                </h1>
                <p>{ t(lang, Ui::Crisis911) }</p>
                <p class="actions">{ phone_link("tel:911", t(lang, Ui::Call911), "button danger") }</p>
                <p>{ t(lang, Ui::Crisis988) }</p>
                <p class="actions">
                    { phone_link("tel:988", t(lang, Ui::Call988), "button") }
                    { phone_link("sms:988", t(lang, Ui::Text988), "button secondary") }
                </p>
            </div>
            <p>{ t(lang, Ui::CrisisGoOn) }</p>
            <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Continue)}>
                { t(lang, Ui::CrisisContinue) }
            </button>
        </>
    }
}
