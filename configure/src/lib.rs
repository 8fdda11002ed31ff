//! The configurator's checker: the widget's host-settings parser (`care_screener::embed::config`)
//! behind one function the page calls, so the configurator shows beside each field exactly the
//! warning the widget would write to the console. Nothing here re-states a rule of the parser;
//! the advice below is about settings left out, which the widget accepts in silence.
//!
//! Built for the page with `--cfg care_screener_checker` (scripts/build.sh), which leaves the
//! widget's start-up out of the module. The advice lives here rather than beside the parser
//! because any code added to the widget's crate, even code it never calls, moves the bytes of
//! `screener.html`.

use care_screener::embed::config::{parse_fragment, parse_pairs, HostConfig, Key, LEVEL_IDS};
use care_screener::screening::programmes::{Audience, Format};

/// What the configurator tells a center about settings it left out, or wrote in a way the
/// widget accepts but a visitor is poorly served by. Not warnings: the widget works without
/// them, which is why it stays silent about them (a missing phone number shows nothing at all).
pub fn advice(config: &HostConfig) -> Vec<(Key, &'static str)> {
    let contact = config.phone.is_some() || config.contact_url.is_some();
    let mut out = Vec::new();
    if !contact {
        out.push((Key::Phone, "No phone number or contact page: the result can point visitors only to national helplines, not to you."));
    } else if config.phone.is_none() {
        out.push((Key::Phone, "No phone number: visitors can reach you only through your contact page."));
    }
    if config.center_name.is_none() && contact {
        out.push((Key::CenterName, "No name: the result lists your phone or contact page without saying whose it is."));
    }
    // `ui::summary::center_first`: without levels the center's contact never leads.
    if config.offers.is_empty() && config.programmes.is_empty() && contact {
        out.push((Key::Offers, "No levels of care: without them your contact comes after the national resources, not first."));
    }
    // docs/embedding.md, "No analytics": a tracking parameter on the contact link would tell the
    // center's analytics which visitors used the check.
    if config.contact_url.as_ref().is_some_and(|u| u.to_ascii_lowercase().contains("utm_")) {
        out.push((Key::ContactUrl, "This address has tracking parameters (utm_…): the link would tell your analytics which visitors used the check. Leave them out."));
    }
    out
}

/// The notes for a set of settings written as the frame's fragment (`center-name=…&phone=…`),
/// flattened for JavaScript as `[kind, key, message, kind, key, message, …]`: kind is
/// `"warning"` for what the widget itself would warn about (the key as the host wrote it, e.g.
/// `program-2`), with the widget's own message, and `"advice"` for [`advice`].
pub fn notes(fragment: &str) -> Vec<String> {
    let parsed = parse_fragment(fragment);
    let mut out = Vec::new();
    for w in &parsed.warnings {
        out.extend(["warning".to_owned(), w.key.clone(), w.to_string()]);
    }
    for (key, text) in advice(&parsed.config) {
        out.extend(["advice".to_owned(), key.as_str().to_owned(), text.to_owned()]);
    }
    out
}

/// A programme setting (`level=iop; days=mon-fri; time=9-12; …`) as the configurator's form
/// holds it, read by the widget's parser, so a center's current snippet can be brought into the
/// form: `[level, name, name-es, days, from, to, format, for, lang, note, note-es]`, with days
/// as `mon,tue`, times as `HH:MM` (what a time field takes) and an empty string for what was not
/// given. Empty when the parser leaves the programme out; its warning says why.
pub fn programme_fields(value: &str) -> Vec<String> {
    let Some(p) = parse_pairs([("program-1", value)]).config.programmes.pop() else {
        return Vec::new();
    };
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let pick = |bits: u8, names: &[&str]| -> String {
        let chosen: Vec<&str> = names.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, n)| *n).collect();
        chosen.join(",")
    };
    let clock = |minutes: u16| format!("{:02}:{:02}", minutes / 60, minutes % 60);
    let level = LEVEL_IDS[care_screener::screening::Level::ALL.iter().position(|l| *l == p.programme.level).unwrap_or(0)];
    let meets = p.programme.meets;
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    vec![
        level.to_owned(),
        text(&p.name.en),
        text(&p.name.es),
        meets.map(|m| pick(m.days, &DAYS)).unwrap_or_default(),
        meets.map(|m| clock(m.start)).unwrap_or_default(),
        meets.map(|m| clock(m.end)).unwrap_or_default(),
        match p.programme.format {
            Some(Format::InPerson) => "in-person",
            Some(Format::Online) => "online",
            Some(Format::Both) => "both",
            None => "",
        }
        .to_owned(),
        match p.programme.audience {
            Audience::All => "",
            Audience::Adults => "adults",
            Audience::Teens => "teens",
            Audience::Family => "family",
        }
        .to_owned(),
        pick(p.langs, &["en", "es"]),
        text(&p.note.en),
        text(&p.note.es),
    ]
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// [`super::notes`], for the page.
    #[wasm_bindgen]
    pub fn check(fragment: &str) -> Vec<String> {
        super::notes(fragment)
    }

    /// [`super::programme_fields`], for the page.
    #[wasm_bindgen]
    pub fn programme_fields(value: &str) -> Vec<String> {
        super::programme_fields(value)
    }
}
