//! The result in words, shared by the result page and the saved text: the first screen (the
//! level, the one sentence of why, the first step with when to take it, and for a family
//! member what to say when they call), and the whole summary as plain text.
//!
//! It is plain Rust with no web import, unlike the rest of `ui`, so that `cargo test` checks
//! the saved text natively (`tests/wording.rs`); `lib.rs` compiles it on every target. Like the
//! components, it decides nothing: every piece comes from the outcome and the catalogues.

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::outcome::{Area, Reason};
use crate::screening::{Flag, Level, NextStep, Outcome, Voice, RULES_VERSION};

fn t(lang: Lang, key: Ui) -> &'static str {
    i18n::ui(lang, key)
}

/// The result's heading, and the schedule's: the person's own, or about the loved one, so a
/// family member is not addressed as the one who needs care.
pub fn titles(o: &Outcome) -> (Ui, Ui) {
    match o.voice {
        Voice::Own => (Ui::ResultTitle, Ui::ScheduleTitle),
        Voice::LovedOne => (Ui::ResultTitleTheirs, Ui::ScheduleTitleTheirs),
    }
}

/// The sentence that says what the level is: on the card for an emergency ("call 911 or 988
/// now"), else first under "What this care involves". `None` for hospital care today, whose
/// first step says where to go, so the result does not also say "call 911 or 988 now".
pub fn lead(lang: Lang, o: &Outcome) -> Option<&'static str> {
    (!o.hospital_today()).then(|| i18n::level_summary(lang, o.level))
}

/// A reason's sentence with the risk factors and substances it names.
pub fn reason_line(lang: Lang, o: &Outcome, r: &Reason) -> String {
    let rule = i18n::rule(lang, r.rule, o.voice);
    match i18n::factors(lang, r, o.voice) {
        Some(f) => [rule, " ", &f].concat(),
        None => rule.to_owned(),
    }
}

/// Why, in one line: the reason that decided the level (the reasons are highest level first).
pub fn why(lang: Lang, o: &Outcome) -> Option<String> {
    o.reasons.first().map(|r| reason_line(lang, o, r))
}

/// A next step with when to take it: ("Today:", the step).
pub fn step(lang: Lang, o: &Outcome, s: NextStep) -> (&'static str, &'static str) {
    (i18n::when(lang, s.when(o.level)), i18n::next_step(lang, s, o.voice))
}

/// Whether the center's contact leads the next steps: only when it offers the suggested
/// level, and never for an emergency, where 911 and 988 come first and the center after them.
pub fn center_first(o: &Outcome, host: &HostConfig) -> bool {
    o.level != Level::Emergency && host.offers.contains(&o.level)
}

/// Whether the host gave any way to reach the center.
pub fn has_center(host: &HostConfig) -> bool {
    host.center_name.is_some() || host.phone.is_some() || host.contact_url.is_some()
}

/// The reasons grouped by area, leaving out empty ones. The area whose reason decided the
/// level comes first (the reasons are highest level first), then the others in the order
/// their first reason appears, so the reason that decided the level is the first one read.
pub fn areas(o: &Outcome) -> Vec<(Area, Vec<&Reason>)> {
    let mut order: Vec<Area> = Vec::new();
    for r in &o.reasons {
        if !order.contains(&r.area) {
            order.push(r.area);
        }
    }
    order.into_iter().map(|area| (area, o.reasons.iter().filter(|r| r.area == area).collect())).collect()
}

/// The answers behind a reason, as the person saw them: one line per question, its wording
/// and then the options chosen ("Yes" alone would not say much).
pub fn evidence(lang: Lang, o: &Outcome, r: &Reason) -> Vec<String> {
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

/// The summary as plain text for "Save as a text file": what the page says, in the page's
/// order. It carries the host center's name, phone, page and next step when the host set
/// them: the person saves the file to act on it later, and the number to call is what she
/// needs then (the file is saved only after a warning that anyone with the device can read
/// it, and its name stays neutral). Nothing is added to what the host configured.
pub fn summary_text(lang: Lang, o: &Outcome, host: &HostConfig) -> String {
    let v = o.voice;
    let mut s = String::new();
    line(&mut s, &[t(lang, Ui::Title)]);
    line(&mut s, &[]);
    let (title, schedule) = titles(o);
    line(&mut s, &[t(lang, title), ": ", i18n::level_name(lang, o.level)]);
    let emergency = o.level == Level::Emergency && !o.hospital_today();
    if emergency {
        line(&mut s, &[i18n::level_summary(lang, o.level)]);
    }
    // The reason and the first step the page's card shows come first in their own sections
    // below, so the file does not repeat them here.
    if let Some(then) = o.then {
        line(&mut s, &[i18n::notice(lang, Notice::Then), " ", i18n::level_name(lang, then)]);
    }
    if let Some(say) = i18n::call_script(lang, o) {
        line(&mut s, &[i18n::notice(lang, Notice::CallTitle)]);
        line(&mut s, &["“", &say, "”"]);
    }
    if o.uncertain {
        line(&mut s, &[i18n::flag(lang, Flag::Uncertain, v)]);
    }
    let first = center_first(o, host);
    if first {
        center_text(&mut s, lang, host, true);
    }
    line(&mut s, &["\n", t(lang, Ui::NextStepsTitle)]);
    for st in &o.next_steps {
        let (when, text) = step(lang, o, *st);
        line(&mut s, &["- ", when, " ", text]);
    }
    if !first {
        center_text(&mut s, lang, host, false);
    }
    line(&mut s, &["\n", t(lang, Ui::WhyTitle)]);
    for (area, reasons) in areas(o) {
        line(&mut s, &[i18n::area(lang, area), ":"]);
        for r in reasons {
            line(&mut s, &["- ", &reason_line(lang, o, r)]);
            if !r.evidence.is_empty() {
                line(&mut s, &["  ", i18n::notice(lang, Notice::BecauseYouAnswered)]);
                for e in evidence(lang, o, r) {
                    line(&mut s, &["  - ", &e]);
                }
            }
        }
    }
    line(&mut s, &["\n", t(lang, Ui::InvolvesTitle)]);
    if let Some(lead) = lead(lang, o).filter(|_| !emergency) {
        line(&mut s, &[lead]);
    }
    if let Some(hours) = i18n::hours(lang, o.plan.hours) {
        line(&mut s, &[&hours]);
    }
    line(&mut s, &[i18n::level_involves(lang, o.level)]);
    line(&mut s, &["\n", t(lang, schedule)]);
    line(&mut s, &[i18n::fit(lang, o.plan.fit, v)]);
    for l in &o.plan.lines {
        line(&mut s, &["- ", i18n::plan_line(lang, *l, v)]);
    }
    line(&mut s, &["\n", t(lang, Ui::CrisisLinesTitle)]);
    line(&mut s, &[i18n::notice(lang, Notice::UsResources)]);
    for r in &o.resources {
        line(&mut s, &["- ", &i18n::resource_label(lang, *r), ". ", i18n::resource_note(lang, *r)]);
    }
    line(&mut s, &["\n", i18n::notice(lang, Notice::NotADiagnosis)]);
    line(&mut s, &[i18n::notice(lang, Notice::RulesVersion), " ", RULES_VERSION, ". ", &i18n::review_status(lang)]);
    s
}

/// The center's block as text, the same lines the page shows: its name, whether it offers
/// the level, its own next step, its number and its page written out.
fn center_text(s: &mut String, lang: Lang, host: &HostConfig, offered: bool) {
    if !has_center(host) {
        return;
    }
    let name = host.center_name.as_deref().unwrap_or(t(lang, Ui::CenterFallback));
    line(s, &["\n", t(lang, Ui::CenterContact), name]);
    if offered {
        line(s, &[t(lang, Ui::CenterOffers)]);
    }
    if let Some(text) = &host.next_step_text {
        line(s, &[text]);
    }
    if let Some(phone) = &host.phone {
        line(s, &[t(lang, Ui::CenterCall), &phone.display]);
    }
    if let Some(url) = &host.contact_url {
        line(s, &[t(lang, Ui::CenterPage), ": ", url]);
    }
}

/// Appends the parts and a line break.
fn line(s: &mut String, parts: &[&str]) {
    for p in parts {
        s.push_str(p);
    }
    s.push('\n');
}
