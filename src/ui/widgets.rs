//! Small pieces of markup that several screens share.

use yew::prelude::*;

use crate::i18n::{self, Lang, Ui};
use crate::screening::resources::{EMERGENCY, HELP_NOW};
use crate::screening::ResourceId;

use crate::screening::session::Action;

/// Lines of text as list items. Every list of plain sentences (a card's steps, the plan's
/// lines) goes through this one function: each `iter().map(…)` inside `html!` would ship its
/// own copy of the iterator code.
pub fn items(lines: &[&'static str]) -> Html {
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        out.push(html! { <li>{ *l }</li> });
    }
    html! { <>{ for out }</> }
}

/// A paragraph of text. Each `<p>{ … }</p>` written inline in `html!` is its own copy of the
/// element-building code; through this one function the result page ships it once.
pub fn para(text: &str) -> Html {
    html! { <p>{ text.to_owned() }</p> }
}

/// A sentence of the interface.
pub fn t(lang: Lang, key: Ui) -> &'static str {
    i18n::ui(lang, key)
}

/// A phone or text link. `tel:`/`sms:` open the phone's own app; `target="_top"` because iOS
/// will not follow them from inside a sandboxed frame otherwise. Every such link is one of
/// the fixed numbers below or the host's configured phone, never with anything appended.
pub fn phone_link(href: &str, label: &str, class: &'static str) -> Html {
    html! { <a {class} href={href.to_owned()} target="_top" rel="noreferrer">{ label.to_owned() }</a> }
}

/// A link to a web page outside the widget; it opens in a new tab so the check stays where
/// it was, and tells screen-reader users so.
pub fn web_link(lang: Lang, href: &str, label: &str) -> Html {
    html! {
        <a href={href.to_owned()} target="_blank" rel="noopener noreferrer">
            { label.to_owned() }<span class="visually-hidden">{ t(lang, Ui::NewTab) }</span>
        </a>
    }
}

/// The "Get help now" bar with 988 and 911, on every screen. The numbers come from the fixed
/// link table (`screening::resources`), which no host setting can change or hide.
pub fn help_bar(lang: Lang) -> Html {
    html! {
        <div class="helpbar">
            <strong>{ t(lang, Ui::HelpNow) }</strong>
            { buttons(lang, HELP_NOW, "pill") }
        </div>
    }
}

/// The buttons of a crisis card and of an emergency result: 911 (drawn as the danger button),
/// then call and text 988, from the same table.
pub fn emergency_buttons(lang: Lang) -> Html {
    html! { <p class="actions">{ buttons(lang, EMERGENCY, "button") }</p> }
}

/// Call and text links for resources of the table, 911 drawn as the danger button.
fn buttons(lang: Lang, list: &[ResourceId], class: &'static str) -> Html {
    let mut out = Vec::with_capacity(list.len());
    for r in list {
        let class = if *r == ResourceId::Emergency911 && class == "button" { "button danger" } else { class };
        out.push(phone_link(r.target(), &i18n::call_label(lang, *r), class));
    }
    html! { <>{ for out }</> }
}

/// A screen's Back link: a button, because it moves within the widget's memory only and
/// must never touch the host page's history or the address.
pub fn back_link(lang: Lang, dispatch: &Callback<Action>) -> Html {
    html! {
        <button type="button" class="link back" onclick={dispatch.reform(|_: MouseEvent| Action::Back)}>
            { t(lang, Ui::Back) }
        </button>
    }
}
