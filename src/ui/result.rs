//! The result page: everything on it comes from `screening::assess` and the catalogues. The
//! UI decides only the order on the page and the look, never the level, a reason or a step.

use yew::prelude::*;

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::outcome::Reason;
use crate::screening::{assess, Flag, Level, NextStep, Outcome, ResourceId, RULES_VERSION};
use crate::summary::{self, areas, evidence};

use super::state::{Action, State};
use super::web;
use super::widgets::{back_link, phone_link, t, web_link};

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

/// The result page. `saving` is true while the warning before a saved file is shown;
/// `on_saving` opens and closes it.
pub fn view(state: &State, host: &HostConfig, saving: bool, on_saving: &Callback<bool>, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let o = assess(&state.answers);
    let v = o.voice;
    let (card, hidden) = match urgency(&o) {
        Urgency::Emergency => ("card card-emergency", Ui::UrgencyEmergency),
        Urgency::Urgent => ("card card-urgent", Ui::UrgencyUrgent),
        Urgency::Routine => ("card", Ui::UrgencyRoutine),
    };
    let (title, schedule) = summary::titles(&o);
    let emergency = o.level == Level::Emergency && !o.hospital_today();
    let center_first = summary::center_first(&o, host);
    let center = center(lang, host, center_first);
    let on_save = {
        let text = summary::summary_text(lang, &o, host);
        let on_saving = on_saving.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = web::save_text(FILE_NAME, &text);
            on_saving.emit(false);
        })
    };

    html! {
        <>
            // Back waits at the end with the other ways on, so the result's first screen on a
            // phone is the result itself.
            <h1 tabindex="-1">{ t(lang, title) }</h1>
            <div class={card}>
                <div class="card-head">
                    <h2><span class="visually-hidden">{ t(lang, hidden) }</span><span class="level">{ i18n::level_name(lang, o.level) }</span></h2>
                </div>
                // The card is the result's first screen on a phone (about 500 px under the bar
                // and the heading): the level, the one reason that decided it, the first step
                // with when to take it, and for a family member what to say when they call.
                // What a level is, in general, waits for "What this care involves" below. An
                // emergency keeps its words and its 911 and 988 buttons before anything else;
                // hospital care today has no such lead, as its first step says where to go.
                <div class="card-body">
                    if emergency {
                        <p class="lead">{ i18n::level_summary(lang, o.level) }</p>
                        <p class="actions">
                            { phone_link("tel:911", t(lang, Ui::Call911), "button danger") }
                            { phone_link("tel:988", t(lang, Ui::Call988), "button") }
                            { phone_link("sms:988", t(lang, Ui::Text988), "button") }
                        </p>
                    }
                    if let Some(why) = summary::why(lang, &o) {
                        <p class="why">{ labelled(t(lang, Ui::WhyShort), &why) }</p>
                    }
                    if let Some(first) = o.next_steps.first() {
                        <p class="first-step">{ step(lang, &o, *first) }</p>
                    }
                    if let Some(then) = o.then {
                        <p>{ i18n::notice(lang, Notice::Then) }{ " " }<strong>{ i18n::level_name(lang, then) }</strong></p>
                    }
                    if let Some(say) = i18n::call_script(lang, &o) {
                        <p class="say">{ labelled(i18n::notice(lang, Notice::CallTitle), &["“", &say, "”"].concat()) }</p>
                    }
                    if o.uncertain {
                        <p class="inset">{ i18n::flag(lang, Flag::Uncertain, v) }</p>
                    }
                </div>
            </div>

            <section class="section">
                <h2>{ t(lang, Ui::NextStepsTitle) }</h2>
                if center_first { { center.clone() } }
                <ul class="steps">{ for o.next_steps.iter().map(|s| html! { <li>{ step(lang, &o, *s) }</li> }) }</ul>
                if !center_first { { center } }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::WhyTitle) }</h2>
                { for areas(&o).into_iter().map(|(area, reasons)| html! {
                    <>
                        <h3>{ i18n::area(lang, area) }</h3>
                        <ul>{ for reasons.into_iter().map(|r| reason(lang, &o, r)) }</ul>
                    </>
                }) }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::InvolvesTitle) }</h2>
                if !emergency {
                    if let Some(lead) = summary::lead(lang, &o) {
                        <p>{ lead }</p>
                    }
                }
                if let Some(hours) = i18n::hours(lang, o.plan.hours) {
                    <p><strong>{ hours }</strong></p>
                }
                <p>{ i18n::level_involves(lang, o.level) }</p>
            </section>

            <section class="section">
                <h2>{ t(lang, schedule) }</h2>
                <p><strong>{ i18n::fit(lang, o.plan.fit, v) }</strong></p>
                if !o.plan.lines.is_empty() {
                    <ul>{ for o.plan.lines.iter().map(|l| html! { <li>{ i18n::plan_line(lang, *l, v) }</li> }) }</ul>
                }
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::CrisisLinesTitle) }</h2>
                <p>{ i18n::notice(lang, Notice::UsResources) }</p>
                <ul class="resources">{ for o.resources.iter().map(|r| resource(lang, *r)) }</ul>
            </section>

            <section class="section notices">
                <p><strong>{ i18n::notice(lang, Notice::NotADiagnosis) }</strong></p>
                <p class="small">
                    { i18n::notice(lang, Notice::RulesVersion) }{ " " }{ RULES_VERSION }{ ". " }{ i18n::review_status(lang) }
                </p>
            </section>

            <section class="section no-print">
                <h2>{ t(lang, Ui::KeepTitle) }</h2>
                if saving {
                    <div class="warning" role="alert">
                        <p>{ t(lang, Ui::SaveWarning) }</p>
                        <button type="button" class="button" onclick={on_save}>{ t(lang, Ui::SaveConfirm) }</button>
                        <button type="button" class="button secondary" onclick={on_saving.reform(|_: MouseEvent| false)}>{ t(lang, Ui::Cancel) }</button>
                    </div>
                } else {
                    <p class="actions">
                        <button type="button" class="button secondary" onclick={Callback::from(|_: MouseEvent| web::print())}>{ t(lang, Ui::Print) }</button>
                        <button type="button" class="button secondary" onclick={on_saving.reform(|_: MouseEvent| true)}>{ t(lang, Ui::Save) }</button>
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

/// A next step with when to take it first ("Today: …").
fn step(lang: Lang, o: &Outcome, s: NextStep) -> Html {
    let (when, text) = summary::step(lang, o, s);
    labelled(when, text)
}

/// Words after a label in bold ("Why: …", "Today: …"), one markup for every such line.
fn labelled(label: &'static str, text: &str) -> Html {
    html! { <><strong>{ label }</strong>{ " " }{ text.to_owned() }</> }
}

/// One reason with the answers behind it.
fn reason(lang: Lang, o: &Outcome, r: &Reason) -> Html {
    html! {
        <li>
            { i18n::rule(lang, r.rule, o.voice) }
            if let Some(f) = i18n::factors(lang, r, o.voice) {
                { " " }<strong>{ f }</strong>
            }
            if !r.evidence.is_empty() {
                <div class="evidence">
                    { i18n::notice(lang, Notice::BecauseYouAnswered) }
                    <ul>{ for evidence(lang, o, r).into_iter().map(|e| html! { <li>{ e }</li> }) }</ul>
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

/// The host center's contact block, when the host gave a way to reach it. Only the
/// configured name, phone, page and sentence appear, never with anything added to them.
fn center(lang: Lang, host: &HostConfig, offered: bool) -> Html {
    if !summary::has_center(host) {
        return Html::default();
    }
    let name = host.center_name.as_deref().unwrap_or(t(lang, Ui::CenterFallback));
    html! {
        <div class="center">
            <h3>{ t(lang, Ui::CenterContact) }{ name }</h3>
            if offered {
                <p>{ t(lang, Ui::CenterOffers) }</p>
            }
            if let Some(text) = &host.next_step_text {
                <p>{ text }</p>
            }
            <p class="actions">
                if let Some(phone) = &host.phone {
                    { phone_link(&["tel:", &phone.dial].concat(), &[t(lang, Ui::CenterCall), &phone.display].concat(), "button") }
                }
                if let Some(url) = &host.contact_url {
                    { web_link(lang, url, t(lang, Ui::CenterPage)) }
                }
            </p>
            // Print hides buttons, and the phone is drawn as one: on paper the number is
            // written out instead (the page's link prints its address after it).
            if let Some(phone) = &host.phone {
                <p class="print-only">{ t(lang, Ui::CenterCall) }{ &phone.display }</p>
            }
        </div>
    }
}
