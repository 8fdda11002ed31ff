//! The person's week and the center's programmes: which of the center's programmes at the
//! suggested level meet when the person is free (issue 18). Plain Rust like the rest of the
//! domain. The host's description of a programme is read and checked in
//! `embed::config`, which builds the [`Programme`]s; this module only matches.
//!
//! A week is 21 slots: seven days, Monday first, each with a morning (before noon), an
//! afternoon (noon to 5 pm) and an evening (from 5 pm). A [`Week`] says which slots are free
//! and which are known at all, so that an answer left out is never read as "busy": a
//! programme then "may fit" and the result says to check its times, rather than saying it
//! clashes.

use super::bank::DAYS;
use super::conditions::View;
use super::ids::{Level, OptionId, QuestionId};

use OptionId as O;
use QuestionId as Q;

/// The parts of a day, in order, with the minute each starts (morning from midnight,
/// afternoon from noon, evening from 5 pm, the usual line for evening programmes).
pub const PARTS: [(OptionId, u16); 3] = [(O::Mornings, 0), (O::Afternoons, 12 * 60), (O::Evenings, 17 * 60)];

/// Every slot of a week.
const ALL: u32 = (1 << 21) - 1;

/// The slots of a set of days (bit 0 is Monday) at a set of parts of the day (bit 0 is the
/// morning).
pub fn slots(days: u8, parts: u8) -> u32 {
    let mut s = 0;
    for d in 0..7 {
        if days & (1 << d) != 0 {
            s |= u32::from(parts & 7) << (d * 3);
        }
    }
    s
}

/// The parts of the day a time from `start` to `end` (minutes after midnight, end after
/// start) overlaps: 9:00 to 12:00 is the morning only, 10:00 to 13:00 the morning and the
/// afternoon.
pub fn parts(start: u16, end: u16) -> u8 {
    let mut p = 0;
    for (i, (_, from)) in PARTS.iter().enumerate() {
        let to = PARTS.get(i + 1).map_or(24 * 60, |(_, t)| *t);
        if start < to && end > *from {
            p |= 1 << i;
        }
    }
    p
}

/// Which slots of a week are free, and which are known: a slot known and not free is busy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Week {
    /// The free slots (always inside `known`).
    pub free: u32,
    /// The slots the answers say anything about.
    pub known: u32,
}

impl Week {
    /// A week from free days (bit 0 Monday; `None` when not known), free parts of the day
    /// (`None` when not known), and whether the weekends are free whatever the days.
    ///
    /// With days and parts, the free slots are the days at those parts and every other
    /// slot is busy. With days alone, the other days are busy and the rest is not known.
    /// With parts alone, they are read as weekday times, and the weekend is not known unless
    /// "weekends" was chosen: the family member's reading, whose question asks no days. The
    /// person's week takes the weekday guess back out ([`person`]), as their days were asked
    /// and not given.
    pub fn new(days: Option<u8>, parts: Option<u8>, weekends: bool) -> Week {
        const WEEKDAYS: u8 = 0b0011111;
        let weekend = if weekends { slots(!WEEKDAYS, 7) } else { 0 };
        let (free, known) = match (days, parts) {
            (Some(d), Some(p)) => (slots(d, p), ALL),
            (Some(d), None) => (0, slots(!d, 7)),
            (None, Some(p)) => (slots(WEEKDAYS, p), slots(WEEKDAYS, 7)),
            (None, None) => (0, 0),
        };
        Week { free: free | weekend, known: known | weekend }
    }
}

/// The person's week from the answers on the path: the free days and the times of day of
/// the schedule questions. "It changes from week to week", "not sure" and no answer leave
/// the days not known; the times of day then say only which parts are busy, never that a
/// weekday is free: a person whose days change must not be told a fixed weekday group fits
/// (red team, issue 18).
pub(crate) fn person(v: &View) -> Week {
    let days = bits(v, Q::FreeDays, &DAYS);
    let parts = times(v, Q::ScheduleNeeds);
    let w = Week::new(days, parts, v.chose(Q::ScheduleNeeds, O::Weekends));
    let guessed = if days.is_none() { slots(0x1f, parts.unwrap_or(0)) } else { 0 };
    Week { free: w.free & !guessed, known: w.known & !guessed }
}

/// The family member's own free times for family sessions. The question asks no days, so the
/// times of day are read as weekday times, as for a person who named no day, and "Weekends"
/// as the whole weekend: a weekend session with only "Evenings" chosen is then neither a fit
/// nor a clash, and the result claims nothing about it.
pub(crate) fn family(v: &View) -> Week {
    Week::new(None, times(v, Q::FamilyFree), v.chose(Q::FamilyFree, O::Weekends))
}

fn times(v: &View, q: QuestionId) -> Option<u8> {
    bits(v, q, &PARTS.map(|(o, _)| o))
}

/// The chosen options among `opts` as bits, or `None` when none was chosen.
fn bits(v: &View, q: QuestionId, opts: &[OptionId]) -> Option<u8> {
    let mut b = 0;
    for (i, o) in opts.iter().enumerate() {
        if v.chose(q, *o) {
            b |= 1 << i;
        }
    }
    (b != 0).then_some(b)
}

/// How a programme is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// At the center.
    InPerson,
    /// By video.
    Online,
    /// Either.
    Both,
}

/// Who a programme is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// Anyone the level suits.
    #[default]
    All,
    /// Adults (18 and over).
    Adults,
    /// Teens (under 18).
    Teens,
    /// Families of a person in care: family sessions or a family programme.
    Family,
}

/// When a programme meets: days of the week (bit 0 Monday) and a time on each, in minutes
/// after midnight. The host's parser refuses a time that ends before it starts, so a
/// programme never crosses midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meets {
    /// The days, bit 0 Monday.
    pub days: u8,
    /// The start, in minutes after midnight.
    pub start: u16,
    /// The end, after the start.
    pub end: u16,
}

/// What of a programme the matching reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Programme {
    /// Its level of care.
    pub level: Level,
    /// When it meets; `None` when the center did not say (a live-in programme).
    pub meets: Option<Meets>,
    /// Who it is for.
    pub audience: Audience,
    /// How it is run; `None` when the center did not say.
    pub format: Option<Format>,
}

/// How a programme fits a week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// Every time it meets is free.
    Fits,
    /// It meets at times that are not free: these days (bit 0 Monday) at these parts of the
    /// day (bit 0 the morning).
    Clashes {
        /// The days with a busy time.
        days: u8,
        /// The parts of the day that are busy on them.
        parts: u8,
    },
    /// Some of its times are not known to be free or busy: check them.
    Check,
    /// A programme the center gave no times for: day and night (a live-in programme), or
    /// times to ask about.
    NoTimes,
}

/// How a programme fits a week.
pub fn fit(week: Week, p: &Programme) -> Match {
    let Some(m) = p.meets else { return Match::NoTimes };
    let need = slots(m.days, parts(m.start, m.end));
    let busy = need & week.known & !week.free;
    if busy != 0 {
        let (mut days, mut parts) = (0u8, 0u8);
        for d in 0..7 {
            let b = (busy >> (d * 3)) & 7;
            if b != 0 {
                days |= 1 << d;
                parts |= b as u8;
            }
        }
        Match::Clashes { days, parts }
    } else if need & !week.known != 0 {
        Match::Check
    } else {
        Match::Fits
    }
}

/// The programmes to show on a result, as indices into `all` with their fit: for the person,
/// those at the suggested level or the level after withdrawal care, for their age; and for a
/// family member, the center's family programmes matched to the family member's own week.
/// None for an emergency: 911 and 988 come first and alone.
pub fn listing<'a>(
    all: impl IntoIterator<Item = &'a Programme>,
    level: Level,
    then: Option<Level>,
    teen: bool,
    weeks: (Week, Option<Week>),
) -> (Vec<(usize, Match)>, Vec<(usize, Match)>) {
    let (mut own, mut family) = (Vec::new(), Vec::new());
    if level == Level::Emergency {
        return (own, family);
    }
    let mut later = Vec::new();
    for (i, p) in all.into_iter().enumerate() {
        let for_age = match p.audience {
            Audience::All => true,
            Audience::Adults => !teen,
            Audience::Teens => teen,
            Audience::Family => false,
        };
        // The suggested level's programmes first, then those for after withdrawal care: the
        // care needed first is read first, and the call line names it.
        if for_age && p.level == level {
            own.push((i, fit(weeks.0, p)));
        } else if for_age && Some(p.level) == then {
            later.push((i, fit(weeks.0, p)));
        }
        if let (Audience::Family, Some(w)) = (p.audience, weeks.1) {
            family.push((i, fit(w, p)));
        }
    }
    own.append(&mut later);
    (own, family)
}

/// Written for the `screen` command's JSON as `{"free": […], "busy": […]}`, each slot as
/// `"monday-evenings"` (the option ids of the two questions); slots not known are in neither.
impl serde::Serialize for Week {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let names = |set: u32| {
            let mut out = Vec::new();
            for (d, day) in DAYS.iter().enumerate() {
                for (p, (part, _)) in PARTS.iter().enumerate() {
                    if set & (1 << (d * 3 + p)) != 0 {
                        out.push([day.as_str(), "-", part.as_str()].concat());
                    }
                }
            }
            out
        };
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("free", &names(self.free))?;
        m.serialize_entry("busy", &names(self.known & !self.free))?;
        m.end()
    }
}
