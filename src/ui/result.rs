//! The result page: everything on it comes from `screening::assess` and the catalogues. The
//! UI decides only the order on the page and the look, never the level, a reason or a step.

use yew::prelude::*;

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::outcome::{Area, Reason};
use crate::screening::{assess, Flag, Level, NextStep, Outcome, ResourceId, RULES_VERSION};

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
    // The center's own contact leads the next steps only when it offers the suggested level,
    // and never for an emergency: then 911 and 988 come first and the center after them.
    let center_first = o.level != Level::Emergency && host.offers.contains(&o.level);
    let center = center(lang, host, center_first);
    let hospital = o.level == Level::Emergency && o.crises.is_empty();
    let on_save = {
        let text = summary_text(lang, &o);
        let on_saving = on_saving.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = web::save_text(FILE_NAME, &text);
            on_saving.emit(false);
        })
    };

    html! {
        <>
            <div class="no-print">{ back_link(lang, dispatch) }</div>
            <h1 tabindex="-1">{ t(lang, Ui::ResultTitle) }</h1>
            <div class={card}>
                <div class="card-head">
                    <h2><span class="visually-hidden">{ t(lang, hidden) }</span><span class="level">{ i18n::level_name(lang, o.level) }</span></h2>
                </div>
                <div class="card-body">
                    // Hospital care today (pregnancy with opioids and a sedative or alcohol
                    // dependence) is an emergency without a crisis card: its lead says where to
                    // go, so the card does not say "call 911 or 988 now" beside "go today".
                    if hospital {
                        <p class="lead">{ i18n::next_step(lang, NextStep::HospitalToday, v) }</p>
                    } else {
                        <p class="lead">{ i18n::level_summary(lang, o.level) }</p>
                    }
                    if let Some(then) = o.then {
                        <p>{ i18n::notice(lang, Notice::Then) }{ " " }<strong>{ i18n::level_name(lang, then) }</strong></p>
                    }
                    if o.level == Level::Emergency && !hospital {
                        <p class="actions">
                            { phone_link("tel:911", t(lang, Ui::Call911), "button danger") }
                            { phone_link("tel:988", t(lang, Ui::Call988), "button") }
                            { phone_link("sms:988", t(lang, Ui::Text988), "button") }
                        </p>
                    }
                    if o.uncertain {
                        <p class="inset">{ i18n::flag(lang, Flag::Uncertain, v) }</p>
                    }
                </div>
            </div>

            <section class="section">
                <h2>{ t(lang, Ui::NextStepsTitle) }</h2>
                if center_first { { center.clone() } }
                <ul class="steps">{ for o.next_steps.iter().map(|s| html! { <li>{ i18n::next_step(lang, *s, v) }</li> }) }</ul>
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
                if let Some(hours) = i18n::hours(lang, o.plan.hours) {
                    <p><strong>{ hours }</strong></p>
                }
                <p>{ i18n::level_involves(lang, o.level) }</p>
            </section>

            <section class="section">
                <h2>{ t(lang, Ui::ScheduleTitle) }</h2>
                <p><strong>{ i18n::fit(lang, o.plan.fit) }</strong></p>
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
                <p>{ t(lang, Ui::StartAgainNote) }</p>
                <button type="button" class="button secondary" onclick={dispatch.reform(|_: MouseEvent| Action::Restart)}>
                    { t(lang, Ui::StartAgain) }
                </button>
            </section>
        </>
    }
}

/// The reasons grouped by area, leaving out empty ones. The area whose reason decided the
/// level comes first (the reasons are highest level first), then the others in the order
/// their first reason appears, so the reason that decided the level is the first one read.
fn areas(o: &Outcome) -> Vec<(Area, Vec<&Reason>)> {
    let mut order: Vec<Area> = Vec::new();
    for r in &o.reasons {
        if !order.contains(&r.area) {
            order.push(r.area);
        }
    }
    order.into_iter().map(|area| (area, o.reasons.iter().filter(|r| r.area == area).collect())).collect()
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

/// The answers behind a reason, as the person saw them: one line per question, its wording
/// and then the options chosen ("Yes" alone would not say much).
fn evidence(lang: Lang, o: &Outcome, r: &Reason) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut last = None;
    for (q, opt) in &r.evidence {
        let label = i18n::option(lang, *q, *opt, o.voice);
        match lines.last_mut() {
            Some(line) if last == Some(*q) => {
                line.push_str(", ");
                line.push_str(label);
            }
            _ => lines.push(["“", i18n::question(lang, *q, o.voice), "” ", label].concat()),
        }
        last = Some(*q);
    }
    lines
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
    if host.center_name.is_none() && host.phone.is_none() && host.contact_url.is_none() {
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
        </div>
    }
}

/// The summary as plain text for "Save as a text file": the same content as the page, without
/// the host center (the file is about the person, not the site they found it on).
pub fn summary_text(lang: Lang, o: &Outcome) -> String {
    let v = o.voice;
    let mut s = String::new();
    fn line(s: &mut String, parts: &[&str]) {
        for p in parts {
            s.push_str(p);
        }
        s.push('\n');
    }
    line(&mut s, &[t(lang, Ui::Title)]);
    line(&mut s, &[]);
    line(&mut s, &[t(lang, Ui::ResultTitle), ": ", i18n::level_name(lang, o.level)]);
    let hospital = o.level == Level::Emergency && o.crises.is_empty();
    line(&mut s, &[if hospital { i18n::next_step(lang, NextStep::HospitalToday, v) } else { i18n::level_summary(lang, o.level) }]);
    if let Some(then) = o.then {
        line(&mut s, &[i18n::notice(lang, Notice::Then), " ", i18n::level_name(lang, then)]);
    }
    if o.uncertain {
        line(&mut s, &[i18n::flag(lang, Flag::Uncertain, v)]);
    }
    line(&mut s, &["\n", t(lang, Ui::NextStepsTitle)]);
    for step in &o.next_steps {
        line(&mut s, &["- ", i18n::next_step(lang, *step, v)]);
    }
    line(&mut s, &["\n", t(lang, Ui::WhyTitle)]);
    for (area, reasons) in areas(o) {
        line(&mut s, &[i18n::area(lang, area), ":"]);
        for r in reasons {
            let f = i18n::factors(lang, r, v).map(|f| [" ", &f].concat()).unwrap_or_default();
            line(&mut s, &["- ", i18n::rule(lang, r.rule, v), &f]);
            if !r.evidence.is_empty() {
                line(&mut s, &["  ", i18n::notice(lang, Notice::BecauseYouAnswered)]);
                for e in evidence(lang, o, r) {
                    line(&mut s, &["  - ", &e]);
                }
            }
        }
    }
    line(&mut s, &["\n", t(lang, Ui::InvolvesTitle)]);
    if let Some(hours) = i18n::hours(lang, o.plan.hours) {
        line(&mut s, &[&hours]);
    }
    line(&mut s, &[i18n::level_involves(lang, o.level)]);
    line(&mut s, &["\n", t(lang, Ui::ScheduleTitle)]);
    line(&mut s, &[i18n::fit(lang, o.plan.fit)]);
    for l in &o.plan.lines {
        line(&mut s, &["- ", i18n::plan_line(lang, *l, v)]);
    }
    line(&mut s, &["\n", t(lang, Ui::CrisisLinesTitle)]);
    line(&mut s, &[i18n::notice(lang, Notice::UsResources)]);
    for r in &o.resources {
        line(&mut s, &["- ", i18n::resource(lang, *r), ": ", r.display(), ". ", i18n::resource_note(lang, *r)]);
    }
    line(&mut s, &["\n", i18n::notice(lang, Notice::NotADiagnosis)]);
    line(&mut s, &[i18n::notice(lang, Notice::RulesVersion), " ", RULES_VERSION, ". ", &i18n::review_status(lang)]);
    s
}
