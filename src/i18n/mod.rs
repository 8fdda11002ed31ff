//! Every word the widget shows, one catalogue per language.
//!
//! Why compile-time tables: the widget ships as one small document, so a runtime message
//! parser (Fluent, gettext) would cost more bytes than all our sentences together. Instead each
//! language is a set of functions that `match` exhaustively on the ids of the domain
//! (`QuestionId`, `OptionId`, `RuleId`, …) and on [`Ui`]. A key missing from either language is
//! a non-exhaustive match, which is a build error, never a blank label at run time.

mod en;
mod es;
mod keys;

pub use keys::Ui;

/// Calls the same catalogue function in the language's module: the domain words are one
/// function per kind of id in each `domain.rs`, with the same signature in every language.
macro_rules! dispatch {
    ($lang:expr, $f:ident ( $($arg:expr),* )) => {
        match $lang {
            Lang::En => en::domain::$f($($arg),*),
            Lang::Es => es::domain::$f($($arg),*),
        }
    };
}

use crate::screening::outcome::{Fit, Flag, Hours, NextStep, Outcome, PlanLine, When};
use crate::screening::{Area, RuleId};
use crate::screening::{Crisis, Level, ResourceId};
use crate::screening::{OptionId, QuestionId, Voice};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Spanish (US).
    Es,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a host setting or a browser language asks for, if we speak it:
    /// "es", "es-MX" and "ES" all mean Spanish.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// A sentence of the user interface.
pub fn ui(lang: Lang, key: Ui) -> &'static str {
    match lang {
        Lang::En => en::ui::text(key),
        Lang::Es => es::ui::text(key),
    }
}

/// A question's wording, for the person themself or for a loved one.
pub fn question(lang: Lang, q: QuestionId, voice: Voice) -> &'static str {
    dispatch!(lang, question(q, voice))
}

/// An option's label as shown under a question.
pub fn option(lang: Lang, q: QuestionId, o: OptionId, voice: Voice) -> &'static str {
    dispatch!(lang, option(q, o, voice))
}

/// The words of a crisis card: a title and the steps to take, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisCard {
    /// What is happening, in a few words.
    pub title: &'static str,
    /// What to do, one short sentence each, in order.
    pub steps: &'static [&'static str],
}

/// Standing notices of a result that belong to the domain (the rules' version and review
/// status, the resources' country, how hours are written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    /// This is a suggestion, not a diagnosis.
    NotADiagnosis,
    /// The rules have not yet been reviewed by a licensed clinician (while
    /// `screening::CLINICAL_REVIEW` is `None`).
    NotReviewed,
    /// The lead-in before the recorded review (when `CLINICAL_REVIEW` is `Some`).
    Reviewed,
    /// The label before `screening::RULES_VERSION`.
    RulesVersion,
    /// The resources are US ones.
    UsResources,
    /// The TTY route to 988.
    Tty988,
    /// Spanish on 988.
    Spanish988,
    /// The lead-in before the follow-on level after withdrawal care.
    Then,
    /// The lead-in before the answers behind a reason.
    BecauseYouAnswered,
    /// The lead-in before the risk factors named in a reason's sentence.
    RiskFactors,
    /// The lead-in before the substances a reason is about.
    Substances,
    /// The heading of what a family member can say when they call.
    CallTitle,
    /// "I am calling about my loved one", when the age is not known.
    CallAbout,
    /// The same, under 18.
    CallAboutTeen,
    /// The same, 18 to 64.
    CallAboutAdult,
    /// The same, 65 or older.
    CallAboutOlder,
    /// "I am worried about their use of", before the substances named.
    CallWorried,
    /// The worry when no substance is known.
    CallWorriedAny,
    /// "An online check suggested:", before the level's name.
    CallLevel,
    /// "About {min} to {max} hours a week".
    HoursWeekly,
    /// "About {min} or more hours a week".
    HoursWeeklyOrMore,
    /// A 24-hour setting.
    HoursAllDay,
}

/// A question's help text, if it has one.
pub fn help(lang: Lang, q: QuestionId, voice: Voice) -> Option<&'static str> {
    dispatch!(lang, help(q, voice))
}

/// The plain-language reason a rule gives.
pub fn rule(lang: Lang, r: RuleId, voice: Voice) -> &'static str {
    dispatch!(lang, rule(r, voice))
}

/// The risk factors that decided a reason, named after its sentence ("Risk factors: 65 or
/// older; A serious long-term illness."), so they are not only in the list of answers under
/// it, and the substances a reason about use in general is about ("Substances: cannabis."),
/// so "a problem with alcohol or drugs" says which. Unknown answers read as a factor are left
/// to that list, where their question says what is unknown. `None` when the reason has no
/// named factor.
pub fn factors(lang: Lang, r: &crate::screening::outcome::Reason, voice: Voice) -> Option<String> {
    // Two passes over the factors, written out (no partition, no joined vectors): the risk
    // factors, then the substances, each list after its lead-in.
    let mut out = String::new();
    for substances in [false, true] {
        let mut first = true;
        for (q, o) in &r.factors {
            if (*q == QuestionId::Substances) != substances || crate::screening::bank::is_unknown(*o) {
                continue;
            }
            let (lead, sep, name) = match substances {
                false => (Notice::RiskFactors, "; ", option(lang, *q, *o, voice)),
                true => (Notice::Substances, ", ", substance(lang, *o)),
            };
            if first {
                if !out.is_empty() {
                    out.push_str(". ");
                }
                out.push_str(notice(lang, lead));
                out.push(' ');
            } else {
                out.push_str(sep);
            }
            out.push_str(name);
            first = false;
        }
    }
    (!out.is_empty()).then(|| out + ".")
}

/// A substance's short name ("cannabis"), for a sentence rather than an option list.
pub fn substance(lang: Lang, o: OptionId) -> &'static str {
    dispatch!(lang, substance(o))
}

/// When to take a next step, as the words before it ("Today:").
pub fn when(lang: Lang, w: When) -> &'static str {
    dispatch!(lang, when(w))
}

/// What a family member can say when they call the center or a helpline, one sentence each:
/// who they are calling about (with the age band, when answered), what worries them (the
/// substances chosen) and what the check suggested. Only catalogue sentences and the answers
/// themselves, so it never says more than was answered. `None` for the person themself and
/// for an emergency, where 911 and 988 come first and the call is theirs to lead.
pub fn call_script(lang: Lang, o: &Outcome) -> Option<String> {
    if o.voice != Voice::LovedOne || o.level == Level::Emergency {
        return None;
    }
    let about = match o.age {
        Some(OptionId::Under18) => Notice::CallAboutTeen,
        Some(OptionId::Age18To64) => Notice::CallAboutAdult,
        Some(OptionId::Age65Plus) => Notice::CallAboutOlder,
        _ => Notice::CallAbout,
    };
    let mut s = String::from(notice(lang, about));
    let mut used = Vec::with_capacity(o.substances.len());
    for sub in &o.substances {
        used.push(substance(lang, *sub));
    }
    if !used.is_empty() {
        // " I am worried about their use of a, b and c." (at most 6 substances, one bit each)
        s += " ";
        s += notice(lang, Notice::CallWorried);
        s += " ";
        s += &and_list(lang, ((1u16 << used.len()) - 1) as u8, &used);
        s += ".";
    } else if !o.has(Flag::NoUseReported) {
        // No use reported is not a worry about use; an unknown answer still is.
        s += " ";
        s += notice(lang, Notice::CallWorriedAny);
    }
    Some(s + " " + notice(lang, Notice::CallLevel) + " " + level_name(lang, o.level) + ".")
}

/// A resource as "name: number", once: a name that already carries its number or address
/// ("Emergency: 911", "FindTreatment.gov") is not followed by it again.
pub fn resource_label(lang: Lang, r: ResourceId) -> String {
    let (name, shown) = (resource(lang, r), r.display());
    if name.starts_with(shown) || name.ends_with(shown) {
        name.to_owned()
    } else {
        [name, ": ", shown].concat()
    }
}

/// What a help button says: "Call 988", "Text 988", "Call 911" for the crisis lines (the
/// number readable on the button), and the resource's name with its number for any other.
pub fn call_label(lang: Lang, r: ResourceId) -> String {
    let key = match r {
        ResourceId::Lifeline988Call => Ui::Call988,
        ResourceId::Lifeline988Text => Ui::Text988,
        ResourceId::Emergency911 => Ui::Call911,
        _ => return resource_label(lang, r),
    };
    ui(lang, key).to_owned()
}

/// The name of a level of care.
pub fn level_name(lang: Lang, l: Level) -> &'static str {
    dispatch!(lang, level_name(l))
}

/// One sentence that says what a level is, in words that fit both voices.
pub fn level_summary(lang: Lang, l: Level) -> &'static str {
    dispatch!(lang, level_summary(l))
}

/// What a level involves: hours, days, setting, in words that fit both voices.
pub fn level_involves(lang: Lang, l: Level) -> &'static str {
    dispatch!(lang, level_involves(l))
}

/// A next step.
pub fn next_step(lang: Lang, s: NextStep, voice: Voice) -> &'static str {
    dispatch!(lang, next_step(s, voice))
}

/// A short note for a flag.
pub fn flag(lang: Lang, f: Flag, voice: Voice) -> &'static str {
    dispatch!(lang, flag(f, voice))
}

/// The crisis card for a kind of crisis.
pub fn crisis(lang: Lang, c: Crisis, voice: Voice) -> CrisisCard {
    dispatch!(lang, crisis(c, voice))
}

/// The name of a resource.
pub fn resource(lang: Lang, r: ResourceId) -> &'static str {
    dispatch!(lang, resource_name(r))
}

/// One line about a resource.
pub fn resource_note(lang: Lang, r: ResourceId) -> &'static str {
    dispatch!(lang, resource_note(r))
}

/// The name of an area.
pub fn area(lang: Lang, a: Area) -> &'static str {
    dispatch!(lang, area(a))
}

/// A line of the plan about the schedule.
pub fn plan_line(lang: Lang, p: PlanLine, voice: Voice) -> &'static str {
    dispatch!(lang, plan_line(p, voice))
}

/// How the schedule fits: the person's schedule, or the loved one's.
pub fn fit(lang: Lang, f: Fit, voice: Voice) -> &'static str {
    dispatch!(lang, fit(f, voice))
}

/// A standing notice.
pub fn notice(lang: Lang, n: Notice) -> &'static str {
    dispatch!(lang, notice(n))
}

/// The hours a level takes, as a sentence ("About 9 to 19 hours a week"); `None` when the
/// level has no set hours.
pub fn hours(lang: Lang, h: Hours) -> Option<String> {
    match h {
        Hours::None => None,
        Hours::AllDay => Some(notice(lang, Notice::HoursAllDay).to_owned()),
        Hours::Weekly { min, max: Some(max) } => {
            Some(fill(notice(lang, Notice::HoursWeekly), &[("min", min.into()), ("max", max.into())]))
        }
        Hours::Weekly { min, max: None } => Some(fill(notice(lang, Notice::HoursWeeklyOrMore), &[("min", min.into())])),
    }
}

/// "Question 3 of about 12": the question's place on the path and the path's length so far.
pub fn progress(lang: Lang, n: usize, total: usize) -> String {
    let number = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    fill(ui(lang, Ui::Progress), &[("n", number(n)), ("total", number(total))])
}

/// The short words the programme lines are built from: the days Monday first, the ways of
/// paying, the languages, and the word that joins the last two items of a
/// list.
pub struct Names {
    /// Short day names, Monday first.
    pub days: [&'static str; 7],
    /// The ways of paying, in the order of `embed::config::PAYMENT_IDS`.
    pub payments: [&'static str; 5],
    /// The languages, in the order of `Lang::ALL`.
    pub langs: [&'static str; 2],
    /// Between the last two items of a list (" and ").
    pub and: &'static str,
    /// Whether times are written on the 12-hour clock with am and pm.
    pub twelve_hour: bool,
}

/// The short words of a language.
pub fn names(lang: Lang) -> &'static Names {
    match lang {
        Lang::En => &en::ui::NAMES,
        Lang::Es => &es::ui::NAMES,
    }
}

/// The names whose bits are set (bit 0 the first name), as a list: "a, b and c".
pub fn and_list(lang: Lang, bits: u8, names: &[&str]) -> String {
    let mut s = String::new();
    let mut left = bits.count_ones();
    for (i, name) in names.iter().enumerate() {
        if bits & (1 << i) != 0 {
            left -= 1;
            if !s.is_empty() {
                s += if left == 0 { self::names(lang).and } else { ", " };
            }
            s += name;
        }
    }
    s
}

/// A time of day, given in minutes after midnight: "5:30 pm" or "9 am" in English, "17:30"
/// in Spanish.
pub fn clock(lang: Lang, minutes: u16) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let twelve = names(lang).twelve_hour;
    let shown = if twelve && h % 12 == 0 { 12 } else if twelve { h % 12 } else { h };
    // As a u32, whose formatting the widget already has.
    let mut s = u32::from(shown).to_string();
    if m != 0 || !twelve {
        s.push(':');
        s.push(char::from(b'0' + (m / 10) as u8));
        s.push(char::from(b'0' + (m % 10) as u8));
    }
    if twelve {
        // A no-break space, so "9 pm" never breaks across lines.
        s += if (12..24).contains(&h) { "\u{a0}pm" } else { "\u{a0}am" };
    }
    s
}

/// Days of the week as a short list, bit 0 Monday: "Mon, Tue, Thu"; all five weekdays as
/// "Mon–Fri", the way programmes are usually written.
pub fn days(lang: Lang, mask: u8) -> String {
    let names = names(lang);
    let mut s = String::new();
    for d in 0..7 {
        if mask & (1 << d) != 0 && (mask & 0x1f != 0x1f || d == 0 || d > 4) {
            if !s.is_empty() {
                s += ", ";
            }
            s += names.days[d];
            if d == 0 && mask & 0x1f == 0x1f {
                s += "–";
                s += names.days[4];
            }
        }
    }
    s
}

/// The sentence with each "{name}" of `values` replaced by its number; anything else in braces
/// stays as it is written, so a slip in a catalogue shows rather than a wrong number. It is the
/// one way numbers go into sentences, so a translator moves "{n}" where the language needs it. Braces
/// are found one by one rather than with `str::replace`: its substring search would be the
/// only one in the widget, and it ships 2 KB of search code.
fn fill(sentence: &str, values: &[(&str, u32)]) -> String {
    let mut out = String::new();
    let mut rest = sentence;
    while let Some((before, after)) = rest.split_once('{') {
        out += before;
        let known = after.split_once('}').and_then(|(name, after)| Some((values.iter().find(|(n, _)| *n == name)?.1, after)));
        rest = match known {
            Some((number, after)) => {
                out += &number.to_string();
                after
            }
            None => {
                out.push('{');
                after
            }
        };
    }
    out + rest
}

/// The line about the rules' review status: "not yet reviewed by a licensed clinician" until
/// a review is recorded in `screening::CLINICAL_REVIEW`.
pub fn review_status(lang: Lang) -> String {
    match crate::screening::CLINICAL_REVIEW {
        None => notice(lang, Notice::NotReviewed).to_owned(),
        Some(record) => format!("{} {record}", notice(lang, Notice::Reviewed)),
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_only_the_names_it_is_given() {
        assert_eq!(fill("About {min} to {max} hours", &[("min", 9), ("max", 19)]), "About 9 to 19 hours");
        assert_eq!(fill("{min}+ hours, not {max}", &[("min", 20)]), "20+ hours, not {max}");
        assert_eq!(fill("a {typo} and an open { brace", &[("min", 1)]), "a {typo} and an open { brace");
        assert_eq!(fill("no braces", &[]), "no braces");
    }
}
