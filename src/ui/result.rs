//! The result page: everything on it comes from `screening::assess` and the catalogues. The
//! UI decides only the order on the page and the look, never the level, a reason or a step.

use yew::prelude::*;

use std::rc::Rc;

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::session::Action;
use crate::screening::{assess, Answers, Level, NextStep, Outcome, ResourceId};

use super::summary::{self, Because, Center, Listed, Plain};
use super::web;
use super::widgets::{back_link, emergency_buttons, items, para, phone_link, t, web_link};

/// The name of a saved summary. Neutral on purpose: a file list or a download bar must not
/// say what the file is about.
pub const FILE_NAME: &str = "notes.txt";

/// How the care card shows urgency (colour, hidden heading text and words together, never
/// colour alone). Read from the outcome: an emergency level, or withdrawal care or a step
/// the engine says must happen today, is more than routine.
#[derive(Clone, Copy, PartialEq)]
enum Urgency {
    Routine,
    Urgent,
    Emergency,
}

fn urgency(o: &Outcome) -> Urgency {
    const TODAY: [NextStep; 4] =
        [NextStep::HospitalToday, NextStep::SeeDoctorToday, NextStep::UrgentMentalHealth, NextStep::Talk988Today];
    if o.level == Level::Emergency {
        Urgency::Emergency
    } else if o.level == Level::Withdrawal || TODAY.iter().any(|s| o.step(*s)) {
        Urgency::Urgent
    } else {
        Urgency::Routine
    }
}

/// Properties of the result page.
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The language shown.
    pub lang: Lang,
    /// The answers to assess.
    pub answers: Answers,
    /// The host's configuration (the center's contact block).
    pub host: Rc<HostConfig>,
    /// The session's moves (Back, Start again).
    pub dispatch: Callback<Action>,
}

/// The result page. It owns the warning before a saved file: the warning is open only while
/// the page is shown, so leaving the result closes it, and opening it moves focus to the
/// button that saves.
#[component]
pub fn Result(props: &ResultProps) -> Html {
    let ResultProps { lang, answers, host, dispatch } = props;
    let lang = *lang;
    let saving = use_state_eq(|| false);
    let save_button = use_node_ref();
    {
        let save_button = save_button.clone();
        use_effect_with(*saving, move |saving| {
            if let (true, Some(el)) = (*saving, save_button.cast::<web_sys::Element>()) {
                web::focus(&el);
            }
        });
    }
    let on_saving = saving.setter();
    let saving = *saving;
    let o = assess(answers);
    let (card, hidden) = match urgency(&o) {
        Urgency::Emergency => ("card card-emergency", Ui::UrgencyEmergency),
        Urgency::Urgent => ("card card-urgent", Ui::UrgencyUrgent),
        Urgency::Routine => ("card", Ui::UrgencyRoutine),
    };
    let r = summary::report(lang, &o, host);
    let on_save = {
        let text = r.text(lang, &Plain);
        let on_saving = on_saving.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = web::save_text(FILE_NAME, &text);
            on_saving.set(false);
        })
    };
    let set_saving = |open: bool| {
        let on_saving = on_saving.clone();
        Callback::from(move |_: MouseEvent| on_saving.set(open))
    };
    let center = |first: bool| r.center.as_ref().filter(|c| c.first == first).map(|c| center(lang, c));
    let (lead, hours, involves) = &r.involves;
    let (week, fit, lines) = &r.week;
    let mut steps = Vec::with_capacity(r.steps.len());
    for (when, step) in &r.steps {
        steps.push(html! { <li>{ labelled(when, step) }</li> });
    }
    let mut areas = Vec::with_capacity(r.areas.len());
    for (area, reasons) in &r.areas {
        let mut lis = Vec::with_capacity(reasons.len());
        for b in reasons {
            lis.push(reason(lang, b));
        }
        areas.push(html! { <><h3>{ *area }</h3><ul>{ for lis }</ul></> });
    }
    let mut resources = Vec::with_capacity(r.resources.len());
    for x in r.resources {
        resources.push(resource(lang, *x));
    }

    html! {
        <>
            // Back waits at the end with the other ways on, so the result's first screen on a
            // phone is the result itself.
            <h1 tabindex="-1">{ r.title }</h1>
            <div class={card}>
                <div class="card-head">
                    <h2><span class="visually-hidden">{ t(lang, hidden) }</span><span class="level">{ i18n::level_name(lang, r.level) }</span></h2>
                </div>
                // The card is the result's first screen on a phone (about 500 px under the bar
                // and the heading): the level, the one reason that decided it, the first step
                // with when to take it, and for a family member what to say when they call.
                // What a level is, in general, waits for "What this care involves" below. An
                // emergency keeps its words and its 911 and 988 buttons before anything else;
                // hospital care today has no such lead, as its first step says where to go.
                <div class="card-body">
                    if let Some(lead) = r.emergency {
                        <p class="lead">{ lead }</p>
                        { emergency_buttons(lang) }
                    }
                    if let Some(why) = &r.why {
                        <p class="why">{ labelled(t(lang, Ui::WhyShort), why) }</p>
                    }
                    if let Some((when, first)) = r.first_step {
                        <p class="first-step">{ labelled(when, first) }</p>
                    }
                    if let Some(then) = r.then {
                        <p>{ i18n::notice(lang, Notice::Then) }{ " " }<strong>{ i18n::level_name(lang, then) }</strong></p>
                    }
                    if let Some(say) = &r.say {
                        <p class="say">{ labelled(i18n::notice(lang, Notice::CallTitle), &["“", say, "”"].concat()) }</p>
                    }
                    if let Some(uncertain) = r.uncertain {
                        <p class="inset">{ uncertain }</p>
                    }
                </div>
            </div>

            <section class="section">
                <h2>{ t(lang, Ui::NextStepsTitle) }</h2>
                { for center(true) }
                <ul class="steps">{ for steps }</ul>
                { for center(false) }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::WhyTitle) }</h2>
                { for areas }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::InvolvesTitle) }</h2>
                if let Some(lead) = lead {
                    <p>{ *lead }</p>
                }
                if let Some(hours) = hours {
                    <p><strong>{ hours }</strong></p>
                }
                <p>{ *involves }</p>
            </section>

            <section class="section">
                <h2>{ *week }</h2>
                <p><strong>{ *fit }</strong></p>
                if !lines.is_empty() {
                    <ul>{ items(lines) }</ul>
                }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::CrisisLinesTitle) }</h2>
                <p>{ i18n::notice(lang, Notice::UsResources) }</p>
                <ul class="resources">{ for resources }</ul>
            </section>

            <section class="section notices">
                <p><strong>{ i18n::notice(lang, Notice::NotADiagnosis) }</strong></p>
                <p class="small">{ &r.version }</p>
            </section>

            <section class="section no-print">
                <h2>{ t(lang, Ui::KeepTitle) }</h2>
                if saving {
                    <div class="warning" role="alert">
                        <p>{ t(lang, Ui::SaveWarning) }</p>
                        <button type="button" class="button" ref={save_button} onclick={on_save}>{ t(lang, Ui::SaveConfirm) }</button>
                        <button type="button" class="button secondary" onclick={set_saving(false)}>{ t(lang, Ui::Cancel) }</button>
                    </div>
                } else {
                    <p class="actions">
                        <button type="button" class="button secondary" onclick={Callback::from(|_: MouseEvent| web::print())}>{ t(lang, Ui::Print) }</button>
                        <button type="button" class="button secondary" onclick={set_saving(true)}>{ t(lang, Ui::Save) }</button>
                    </p>
                }
                <p>{ back_link(lang, dispatch) }</p>
                <p>{ t(lang, Ui::StartAgainNote) }</p>
                <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Restart)}>
                    { t(lang, Ui::StartAgain) }
                </button>
            </section>
        </>
    }
}

/// Words after a label in bold ("Why: …", "Today: …"), one markup for every such line.
fn labelled(label: &str, text: &str) -> Html {
    html! { <><strong>{ label.to_owned() }</strong>{ " " }{ text.to_owned() }</> }
}

/// One reason with the answers behind it.
fn reason(lang: Lang, r: &Because) -> Html {
    let mut evidence = Vec::with_capacity(r.evidence.len());
    for e in &r.evidence {
        evidence.push(html! { <li>{ e }</li> });
    }
    html! {
        <li>
            { r.sentence }
            if let Some(f) = &r.factors {
                { " " }<strong>{ f }</strong>
            }
            if !r.evidence.is_empty() {
                <div class="evidence">
                    { i18n::notice(lang, Notice::BecauseYouAnswered) }
                    <ul>{ for evidence }</ul>
                </div>
            }
        </li>
    }
}

/// One resource: its name, its number or address as a link from the fixed list, and a line
/// about it.
fn resource(lang: Lang, r: ResourceId) -> Html {
    let target = r.target();
    let link = if target.starts_with("https:") {
        web_link(lang, target, r.display())
    } else {
        phone_link(target, r.display(), "pill")
    };
    html! {
        <li><strong>{ i18n::resource(lang, r) }</strong><br />{ i18n::resource_note(lang, r) }<br />{ link }</li>
    }
}

/// The center's programmes under their lead: each name in bold, when and how it meets, and
/// how it fits the week.
fn listed(lang: Lang, lead: Ui, list: &[Listed]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    let mut lis = Vec::with_capacity(list.len());
    for p in list {
        lis.push(html! { <li>{ labelled(&p.name, &p.about) }</li> });
    }
    html! { <><p>{ labelled(t(lang, lead), "") }</p><ul class="programmes">{ for lis }</ul></> }
}

/// The host center's contact block. Only the configured name, phone, page and sentence
/// appear, never with anything added to them.
fn center(lang: Lang, c: &Center) -> Html {
    html! {
        <div class="center">
            <h3>{ t(lang, Ui::CenterContact) }{ c.name }</h3>
            if c.first {
                { para(t(lang, if c.runs { Ui::CenterOffers } else { Ui::CenterAskWhere })) }
            }
            { for c.text.map(para) }
            { listed(lang, Ui::ProgrammesLead, &c.programmes) }
            { listed(lang, Ui::FamilyProgrammesLead, &c.family) }
            { for c.notes.iter().map(|n| para(n)) }
            if let Some(call) = &c.call {
                <p class="say">{ labelled(t(lang, Ui::CallAboutTitle), call) }</p>
            }
            <p class="actions">
                if let Some((display, dial)) = c.phone {
                    { phone_link(&["tel:", dial].concat(), &[t(lang, Ui::CenterCall), display].concat(), "button") }
                }
                if let Some(url) = c.url {
                    { web_link(lang, url, t(lang, Ui::CenterPage)) }
                }
            </p>
            // Print hides buttons, and the phone is drawn as one: on paper the number is
            // written out instead (the page's link prints its address after it).
            if let Some((display, _)) = c.phone {
                <p class="print-only">{ t(lang, Ui::CenterCall) }{ display }</p>
            }
        </div>
    }
}
