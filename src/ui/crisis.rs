//! The crisis card: shown the moment an answer means danger now, before any further
//! question. What to do comes from the catalogue for this kind of crisis; 911 and 988 are
//! buttons the phone can dial, with the numbers readable on them. The person can go on with
//! the questions when they are ready.

use yew::prelude::*;

use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::{Crisis, Voice};

use crate::screening::session::Action;
use super::widgets::{back_link, emergency_buttons, items, t};

/// The crisis card for `kind`, followed by the cards of any other crisis the answers show
/// (`all`), so two dangers at once each get their steps.
pub fn view(lang: Lang, kind: Crisis, all: &[Crisis], voice: Voice, dispatch: &Callback<Action>) -> Html {
    let card = i18n::crisis(lang, kind, voice);
    let mut others = Vec::new();
    for c in all.iter().filter(|c| **c != kind) {
        let c = i18n::crisis(lang, *c, voice);
        others.push(html! {
            <div class="card card-emergency crisis">
                <div class="card-head"><h2>{ c.title }</h2></div>
                <div class="card-body"><ol class="steps">{ items(c.steps) }</ol></div>
            </div>
        });
    }
    html! {
        <>
            { back_link(lang, dispatch) }
            <div class="card card-emergency crisis">
                <div class="card-head">
                    <h1 tabindex="-1">
                        <span class="visually-hidden">{ t(lang, Ui::UrgencyEmergency) }</span>{ card.title }
                    </h1>
                </div>
                <div class="card-body">
                    <ol class="steps">{ items(card.steps) }</ol>
                    { emergency_buttons(lang) }
                    <p class="small">{ i18n::notice(lang, Notice::Spanish988) }{ " " }{ i18n::notice(lang, Notice::Tty988) }</p>
                </div>
            </div>
            { for others }
            <p>{ t(lang, Ui::CrisisGoOn) }</p>
            <p class="actions">
                <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Continue)}>
                    { t(lang, Ui::CrisisContinue) }
                </button>
                <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Finish)}>
                    { t(lang, Ui::CrisisFinish) }
                </button>
            </p>
        </>
    }
}
