//! The result in words, shared by the result page and the saved text: the first screen (the
//! level, the one sentence of why, the first step with when to take it, and for a family
//! member what to say when they call), and the whole summary as plain text.
//!
//! It is plain Rust with no web import, unlike the rest of `ui`, so that `cargo test` checks
//! the saved text natively (`tests/wording.rs`); `lib.rs` compiles it on every target. Like the
//! components, it decides nothing: every piece comes from the outcome and the catalogues.

use crate::embed::config::HostConfig;
use crate::i18n::{self, Lang, Notice, Ui};
use crate::screening::outcome::{PlanLine, Reason};
use crate::screening::programmes::{self, Audience, Format, Match};
use crate::screening::Area;
use crate::screening::{Flag, Level, NextStep, Outcome, ResourceId, RuleId, Voice, RULES_VERSION};

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

/// Whether the center's contact leads the next steps: whenever it lists its levels (in
/// `offers` or as the levels of its programmes), with "they offer this kind of care" when the
/// suggested level is among them and "ask them where to go for it" when it is not (the visitor
/// is on its site, and it knows where to send them; issue 18). Never for an emergency, where
/// 911 and 988 come first and the center after them, and not when the host said nothing of its
/// levels.
pub fn center_first(o: &Outcome, host: &HostConfig) -> bool {
    o.level != Level::Emergency && (!host.offers.is_empty() || !host.programmes.is_empty())
}

/// Whether the host gave any way to reach the center.
pub fn has_center(host: &HostConfig) -> bool {
    host.center_name.is_some() || host.phone.is_some() || host.contact_url.is_some()
}

/// The reasons grouped by area, leaving out empty ones. The area whose reason decided the
/// level comes first (the reasons are highest level first), then the others in the order
/// their first reason appears, so the reason that decided the level is the first one read.
fn by_area(o: &Outcome) -> Vec<(Area, Vec<&Reason>)> {
    let mut out: Vec<(Area, Vec<&Reason>)> = Vec::new();
    for r in &o.reasons {
        match out.iter_mut().find(|(area, _)| *area == r.area) {
            Some((_, reasons)) => reasons.push(r),
            None => out.push((r.area, vec![r])),
        }
    }
    out
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

/// The whole result in words, in the page's order: what the result page shows (and so what
/// its printout prints), what "Save as a text file" writes, and what the `screen` command
/// prints. [`report`] alone decides what the result says and what it leaves out; the page
/// and [`Report::text`] only lay the same parts out, each for its medium.
#[derive(Debug)]
pub struct Report<'a> {
    /// The page's heading: the person's own result, or the loved one's.
    pub title: &'static str,
    /// The level suggested.
    pub level: Level,
    /// What the level is, for an emergency: the card then leads with it and the crisis buttons.
    pub emergency: Option<&'static str>,
    /// The reason that decided the level.
    pub why: Option<String>,
    /// The first next step, with when to take it.
    pub first_step: Option<(&'static str, &'static str)>,
    /// After medically supervised withdrawal: the level that follows.
    pub then: Option<Level>,
    /// For a family member: what to say when they call.
    pub say: Option<String>,
    /// The note that the suggestion is uncertain.
    pub uncertain: Option<&'static str>,
    /// The host center's contact block, when the host gave a way to reach it.
    pub center: Option<Center<'a>>,
    /// The next steps, each with when to take it.
    pub steps: Vec<(&'static str, &'static str)>,
    /// Why: each area with its reasons, the area that decided the level first.
    pub areas: Vec<(&'static str, Vec<Because>)>,
    /// What the care involves: what the level is (not for an emergency, whose card says it),
    /// its hours, and what it is like.
    pub involves: (Option<&'static str>, Option<String>, &'static str),
    /// How it fits the week: the heading (the person's or the loved one's), the fit, the lines.
    pub week: (&'static str, &'static str, Vec<&'static str>),
    /// The help resources, from the fixed link table.
    pub resources: &'a [ResourceId],
    /// The rules' version and review status, after "this is not a diagnosis".
    pub version: String,
}

/// One reason, with the answers behind it.
#[derive(Debug)]
pub struct Because {
    /// The rule, by its stable id (the `screen` command names it).
    pub rule: RuleId,
    /// The rule's sentence.
    pub sentence: &'static str,
    /// The risk factors and substances it names, shown in bold after it.
    pub factors: Option<String>,
    /// The answers behind it, one line per question.
    pub evidence: Vec<String>,
}

/// The host center's contact block: only what the host configured, nothing added to it.
#[derive(Debug)]
pub struct Center<'a> {
    /// The center's name, or the catalogue's "this treatment center".
    pub name: &'a str,
    /// Whether it leads the next steps (see [`center_first`]).
    pub first: bool,
    /// Whether it runs the suggested level for this visitor (in `offers`, or a programme at
    /// the level for their age); when it leads without, it says "ask them where to go".
    pub runs: bool,
    /// Its programmes at the suggested level (and the one after withdrawal care).
    pub programmes: Vec<Listed>,
    /// In family mode, its family programmes, matched to the family member's own times.
    pub family: Vec<Listed>,
    /// Lines after the programmes: what to ask for when none meets at the free times, the
    /// payment it accepts when the visitor said cost worries them, the languages its intake
    /// speaks.
    pub notes: Vec<String>,
    /// What to say when calling, naming the programme that fits best.
    pub call: Option<String>,
    /// The center's own next step.
    pub text: Option<&'a str>,
    /// Its phone: as shown, and as dialled.
    pub phone: Option<(&'a str, &'a str)>,
    /// Its contact page.
    pub url: Option<&'a str>,
}

/// One of the center's programmes on the result.
#[derive(Debug)]
pub struct Listed {
    /// Its name in the page's language, or the name of its level.
    pub name: String,
    /// How it fits the week marked free when that can be said, then when it meets, how it is
    /// run, its languages and its note, in one line.
    pub about: String,
}


/// The center's programmes in the page's language, with how each fits its week.
fn listed(lang: Lang, host: &HostConfig, found: &[(usize, Match)], level: Level) -> Vec<Listed> {
    let names = i18n::names(lang);
    let mut out = Vec::with_capacity(found.len());
    for (i, m) in found {
        let p = &host.programmes[*i];
        // How it fits comes first, as what the visitor looks for; then when and how it meets.
        // A programme whose times were not all marked free or busy gets no fit sentence: its
        // times are shown, and nothing is claimed about them. A clash names only the days:
        // the times follow.
        // A programme for after withdrawal care says so first ("After that:"), so it is not
        // read as the care for now.
        let mut about = String::new();
        if p.programme.level != level && p.programme.audience != Audience::Family {
            about += i18n::notice(lang, Notice::Then);
            about += " ";
        }
        match m {
            Match::Fits => about += [t(lang, Ui::ProgFits), " "].concat().as_str(),
            Match::Clashes { days, .. } => about += [t(lang, Ui::ProgClash), &i18n::days(lang, *days), ". "].concat().as_str(),
            Match::Check | Match::NoTimes => {}
        }
        let mut first = true;
        let mut add = |part: &str| {
            if !first {
                about += " · ";
            }
            first = false;
            about += part;
        };
        if let Some(w) = p.programme.meets {
            // Slices of `&str`, as everywhere: a `concat` of owned strings would ship its own
            // copy of the join code.
            add(&[&*i18n::days(lang, w.days), ", ", &i18n::clock(lang, w.start), "–", &i18n::clock(lang, w.end)].concat());
        }
        // "In person", "Online", or both of them for a programme run either way.
        if let Some(f) = p.programme.format {
            if f != Format::Online {
                add(t(lang, Ui::FormatInPerson));
            }
            if f != Format::InPerson {
                add(t(lang, Ui::FormatOnline));
            }
        }
        if p.langs != 0 {
            add(&[t(lang, Ui::RunIn), &i18n::and_list(lang, p.langs, &names.langs)].concat());
        }
        if let Some(n) = p.note.get(lang) {
            add(n);
        }
        out.push(Listed { name: programme_name(lang, host, *i).to_owned(), about });
    }
    out
}

/// A programme's name in the page's language, or its level's name when the center gave none
/// in it.
fn programme_name<'a>(lang: Lang, host: &'a HostConfig, i: usize) -> &'a str {
    let p = &host.programmes[i];
    p.name.get(lang).unwrap_or(i18n::level_name(lang, p.programme.level))
}

/// The center's contact block, with its programmes matched to the week.
fn center<'a>(lang: Lang, o: &Outcome, host: &'a HostConfig) -> Center<'a> {
    let names = i18n::names(lang);
    let (own, family) = programmes::listing(host.programmes.iter().map(|p| &p.programme), o.level, o.then, o.has(Flag::Adolescent), (o.plan.week, o.plan.family));
    let mut notes = Vec::new();
    // The call names a programme at the suggested level (the care needed first), the first
    // that fits if one does; none when the center has none at it.
    let at_level = |i: usize| host.programmes[i].programme.level == o.level;
    let call = own.iter().find(|(i, m)| at_level(*i) && *m == Match::Fits).or(own.iter().find(|(i, _)| at_level(*i)));
    if !own.iter().any(|(_, m)| *m == Match::Fits) && own.iter().any(|(_, m)| matches!(m, Match::Clashes { .. })) {
        notes.push(t(lang, Ui::NoneFits).to_owned());
    }
    if o.plan.lines.contains(&PlanLine::AskCost) && host.payment != 0 {
        notes.push([t(lang, Ui::Accepts), &i18n::and_list(lang, host.payment, &names.payments), "."].concat());
    }
    if o.level != Level::Emergency && host.intake_langs != 0 {
        notes.push([t(lang, Ui::IntakeSpeaks), &i18n::and_list(lang, host.intake_langs, &names.langs), "."].concat());
    }
    Center {
        name: host.center_name.as_deref().unwrap_or(t(lang, Ui::CenterFallback)),
        first: center_first(o, host),
        // A programme only for teens does not make an adult's level one the center runs.
        runs: host.offers.contains(&o.level) || own.iter().any(|(i, _)| at_level(*i)),
        programmes: listed(lang, host, &own, o.level),
        family: listed(lang, host, &family, o.level),
        notes,
        call: call.map(|(i, _)| ["“", t(lang, Ui::CallAbout), programme_name(lang, host, *i), ".”"].concat()),
        text: host.next_step.get(lang),
        phone: host.phone.as_ref().map(|p| (p.display(), p.dial())),
        url: host.contact_url.as_deref(),
    }
}

/// The result in words, in the page's order. It carries the host center's name, phone,
/// page and next step when the host set them: the person saves the file to act on it later,
/// and the number to call is what she needs then. Nothing is added to what the host
/// configured.
pub fn report<'a>(lang: Lang, o: &'a Outcome, host: &'a HostConfig) -> Report<'a> {
    let v = o.voice;
    let (title, schedule) = titles(o);
    let emergency = o.level == Level::Emergency && !o.hospital_today();
    // Written as loops that push, here and in the page: each `map(…).collect()` would ship its
    // own copy of the iterator code in the wasm (bench/size.md, change 17).
    let mut areas = Vec::new();
    for (area, reasons) in by_area(o) {
        let mut because = Vec::with_capacity(reasons.len());
        for r in reasons {
            because.push(Because { rule: r.rule, sentence: i18n::rule(lang, r.rule, v), factors: i18n::factors(lang, r, v), evidence: evidence(lang, o, r) });
        }
        areas.push((i18n::area(lang, area), because));
    }
    let mut steps = Vec::with_capacity(o.next_steps.len());
    for s in &o.next_steps {
        steps.push(step(lang, o, *s));
    }
    let mut lines = Vec::with_capacity(o.plan.lines.len());
    for l in &o.plan.lines {
        lines.push(i18n::plan_line(lang, *l, v));
    }
    Report {
        title: t(lang, title),
        level: o.level,
        emergency: emergency.then(|| i18n::level_summary(lang, o.level)),
        why: why(lang, o),
        first_step: o.next_steps.first().map(|s| step(lang, o, *s)),
        then: o.then,
        say: i18n::call_script(lang, o),
        uncertain: o.uncertain.then(|| i18n::flag(lang, Flag::Uncertain, v)),
        center: has_center(host).then(|| center(lang, o, host)),
        steps,
        areas,
        involves: (lead(lang, o).filter(|_| !emergency), i18n::hours(lang, o.plan.hours), i18n::level_involves(lang, o.level)),
        week: (t(lang, schedule), i18n::fit(lang, o.plan.fit, v), lines),
        resources: &o.resources,
        version: [i18n::notice(lang, Notice::RulesVersion), " ", RULES_VERSION, ". ", &i18n::review_status(lang)].concat(),
    }
}

/// What the text adds beside the words: nothing in the saved file ([`Plain`]); the stable ids
/// of levels and rules and each resource's link in the `screen` command's output, for the
/// clinicians who read it beside the rule table. A type rather than a flag, so the widget's
/// wasm holds only the plain file's code and none of the ids' text.
pub trait Annotate {
    /// Written after a level's name.
    fn level(&self, l: Level) -> String;
    /// Written before a reason.
    fn rule(&self, r: RuleId) -> String;
    /// Written after a resource's name.
    fn link(&self, r: ResourceId) -> String;
}

/// The saved file's text: the words alone.
pub struct Plain;

impl Annotate for Plain {
    fn level(&self, _: Level) -> String {
        String::new()
    }
    fn rule(&self, _: RuleId) -> String {
        String::new()
    }
    fn link(&self, _: ResourceId) -> String {
        String::new()
    }
}

impl Report<'_> {
    /// The report as plain text, in the page's order, with what `annotate` adds.
    pub fn text(&self, lang: Lang, annotate: &impl Annotate) -> String {
        let mut s = String::new();
        line(&mut s, &[t(lang, Ui::Title)]);
        line(&mut s, &[]);
        line(&mut s, &[self.title, ": ", i18n::level_name(lang, self.level), &annotate.level(self.level)]);
        if let Some(e) = self.emergency {
            line(&mut s, &[e]);
        }
        // The reason and the first step the page's card shows come first in their own sections
        // below, so the file does not repeat them here.
        if let Some(then) = self.then {
            line(&mut s, &[i18n::notice(lang, Notice::Then), " ", i18n::level_name(lang, then), &annotate.level(then)]);
        }
        if let Some(say) = &self.say {
            line(&mut s, &[i18n::notice(lang, Notice::CallTitle)]);
            line(&mut s, &["“", say, "”"]);
        }
        if let Some(u) = self.uncertain {
            line(&mut s, &[u]);
        }
        // A center that leads the next steps stands above their heading in the file, as it
        // stands above their list on the page.
        let center = |s: &mut String, first: bool| {
            if let Some(c) = self.center.as_ref().filter(|c| c.first == first) {
                center_text(s, lang, c);
            }
        };
        center(&mut s, true);
        line(&mut s, &["\n", t(lang, Ui::NextStepsTitle)]);
        for (when, step) in &self.steps {
            line(&mut s, &["- ", when, " ", step]);
        }
        center(&mut s, false);
        line(&mut s, &["\n", t(lang, Ui::WhyTitle)]);
        for (area, reasons) in &self.areas {
            line(&mut s, &[area, ":"]);
            for r in reasons {
                line(&mut s, &["- ", &annotate.rule(r.rule), r.sentence, if r.factors.is_some() { " " } else { "" }, r.factors.as_deref().unwrap_or("")]);
                if !r.evidence.is_empty() {
                    line(&mut s, &["  ", i18n::notice(lang, Notice::BecauseYouAnswered)]);
                    for e in &r.evidence {
                        line(&mut s, &["  - ", e]);
                    }
                }
            }
        }
        line(&mut s, &["\n", t(lang, Ui::InvolvesTitle)]);
        let (lead, hours, involves) = &self.involves;
        for l in lead.iter().chain(hours.as_deref().iter()).chain([involves]) {
            line(&mut s, &[l]);
        }
        let (title, fit, lines) = &self.week;
        line(&mut s, &["\n", title]);
        line(&mut s, &[fit]);
        for l in lines {
            line(&mut s, &["- ", l]);
        }
        line(&mut s, &["\n", t(lang, Ui::CrisisLinesTitle)]);
        line(&mut s, &[i18n::notice(lang, Notice::UsResources)]);
        for r in self.resources {
            line(&mut s, &["- ", &i18n::resource_label(lang, *r), &annotate.link(*r), ". ", i18n::resource_note(lang, *r)]);
        }
        line(&mut s, &["\n", i18n::notice(lang, Notice::NotADiagnosis)]);
        line(&mut s, &[&self.version]);
        s
    }
}

/// The saved file: the report as plain text.
pub fn summary_text(lang: Lang, o: &Outcome, host: &HostConfig) -> String {
    report(lang, o, host).text(lang, &Plain)
}

/// The center's block as text, the same lines the page shows: its name, whether it offers
/// the level, its own next step, its number and its page written out.
fn center_text(s: &mut String, lang: Lang, c: &Center) {
    line(s, &["\n", t(lang, Ui::CenterContact), c.name]);
    if c.first {
        line(s, &[t(lang, if c.runs { Ui::CenterOffers } else { Ui::CenterAskWhere })]);
    }
    if let Some(text) = c.text {
        line(s, &[text]);
    }
    for (lead, list) in [(Ui::ProgrammesLead, &c.programmes), (Ui::FamilyProgrammesLead, &c.family)] {
        if !list.is_empty() {
            line(s, &[t(lang, lead)]);
        }
        for p in list {
            line(s, &["- ", &p.name, if p.about.is_empty() { "" } else { ": " }, &p.about]);
        }
    }
    for n in &c.notes {
        line(s, &[n]);
    }
    if let Some(call) = &c.call {
        line(s, &[t(lang, Ui::CallAboutTitle), " ", call]);
    }
    if let Some((display, _)) = c.phone {
        line(s, &[t(lang, Ui::CenterCall), display]);
    }
    if let Some(url) = c.url {
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
