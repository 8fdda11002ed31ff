//! The start page: what this check is, that nothing leaves the device, that it is not a
//! diagnosis, how to leave quickly (and what that cannot do), then "Start now".

use yew::prelude::*;

use crate::i18n::{Lang, Ui};

use crate::screening::session::Action;
use super::widgets::t;

/// The start page.
pub fn view(lang: Lang, dispatch: &Callback<Action>) -> Html {
    html! {
        <>
            <h1 tabindex="-1">{ t(lang, Ui::Title) }</h1>
            <p class="lead">{ t(lang, Ui::StartIntro) }</p>
            <p>{ t(lang, Ui::StartWho) }{ " " }{ t(lang, Ui::StartTime) }</p>
            <p class="inset">{ t(lang, Ui::StartDanger) }</p>
            <h2>{ t(lang, Ui::StartPrivacyHeading) }</h2>
            <p>{ t(lang, Ui::StartPrivacy) }</p>
            <p>{ t(lang, Ui::StartNotDiagnosis) }</p>
            <h2>{ t(lang, Ui::StartExitHeading) }</h2>
            <p>{ t(lang, Ui::StartExit) }</p>
            <p>{ t(lang, Ui::StartHistory) }</p>
            <button type="button" class="button start" onclick={dispatch.reform(|_: MouseEvent| Action::Begin)}>
                { t(lang, Ui::StartButton) }
            </button>
        </>
    }
}
