//! "Check your answers": every question on the path with its answer and a Change button that
//! reopens it and then comes back here.
//!
//! On a phone one row per question made this page seven screens long (issue 16). So the
//! answers are grouped by the area of the bank each question informs, and each group is a
//! `<details>` that starts closed: a short page of area names, each with its answers as one
//! wrapped line of text beneath it, and one tap opens a group to see each question with its
//! answer and its Change button. `<details>` needs no script, and browsers expose it to
//! assistive technology as a button that opens and closes.

use yew::prelude::*;

use crate::i18n::{self, Lang, Ui};
use crate::screening::bank::question;
use crate::screening::Area;
use crate::screening::{path, Answers, Voice};

use crate::screening::session::Action;
use super::widgets::{back_link, t};

/// The order of the groups: the order a run usually first meets each area.
const ORDER: [Area; 6] = [Area::Person, Area::MentalHealth, Area::UseRisk, Area::Withdrawal, Area::Physical, Area::Environment];

/// The summary of the answers to the questions on the current path. Answers to questions
/// that a later change took off the path are kept (going back restores them) but not shown;
/// the rules ignore them too.
pub fn view(lang: Lang, answers: &Answers, dispatch: &Callback<Action>) -> Html {
    let voice = answers.voice();
    let path = path::questions(answers);
    let mut groups = Vec::new();
    for area in ORDER {
        let mut rows = Vec::new();
        // The answers on one line under the area's name, so a closed group still shows them;
        // hidden from screen readers, which hear each answer with its question once the
        // group is open, rather than the whole line as the group's name.
        let mut peek = String::new();
        for q in path.iter().copied().filter(|q| question(*q).area == area) {
            let mut words = String::new();
            for o in path::shown(q, answers) {
                if !words.is_empty() {
                    words += "; ";
                }
                words += i18n::option(lang, q, o, voice);
            }
            if words.is_empty() {
                words += t(lang, Ui::NotAnswered);
            }
            if !peek.is_empty() {
                peek += "; ";
            }
            peek += &words;
            let text = i18n::question(lang, q, voice);
            rows.push(html! {
                <div class="row">
                    <dt>{ text }</dt>
                    <dd>{ words }</dd>
                    <dd class="change">
                        <button type="button" class="link" onclick={dispatch.reform(move |_: MouseEvent| Action::Change(q))}>
                            { t(lang, Ui::Change) }<span class="visually-hidden">{ " " }{ text }</span>
                        </button>
                    </dd>
                </div>
            });
        }
        if rows.is_empty() {
            continue;
        }
        // The area about the person is about the loved one in family mode.
        let name = match voice {
            Voice::LovedOne if area == Area::Person => t(lang, Ui::CheckAboutLovedOne),
            _ => i18n::area(lang, area),
        };
        groups.push(html! { <details><summary>{ name }<span class="peek" aria-hidden="true">{ peek }</span></summary><dl>{ for rows }</dl></details> });
    }
    html! {
        <>
            { back_link(lang, dispatch) }
            <h1 tabindex="-1">{ t(lang, Ui::CheckTitle) }</h1>
            <div class="summary">{ for groups }</div>
            <button type="button" class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Continue)}>
                { t(lang, Ui::SeeResult) }
            </button>
        </>
    }
}
