//! The center's programmes against the visitor's week (issue 18): which programme "fits the
//! free times you marked", which "meets at times not marked as free", and which only says
//! "check these times", as a person with a job, a teen, or a family member would read them.
//!
//! Four layers, each checked from the outside:
//! 1. a table of hand-written cases, each expected answer worked out by hand from the rules;
//! 2. every week the two questions can describe against every weekly schedule of a set of
//!    times, compared slot by slot with an oracle written here;
//! 3. the week as the real questions build it (`free_days`, `schedule_needs`, `family_free`);
//! 4. what the saved result says about the center's programmes, in English and Spanish.

mod common;

use care_screener::embed::config::{parse_pairs, HostConfig};
use care_screener::i18n::{self, Lang, Ui};
use care_screener::screening::programmes::{fit, listing, parts, slots, Audience, Format, Match, Meets, Programme, Week};
use care_screener::screening::{assess, file, path, Answers, Level, OptionId as O, Outcome, QuestionId as Q};
use care_screener::ui::summary::{report, summary_text};

use common::with;

// Days, bit 0 Monday, and parts of the day, bit 0 the morning, written out so that every
// expected value below reads as a week and not as a number.
const MON: u8 = 1;
const TUE: u8 = 1 << 1;
const WED: u8 = 1 << 2;
const THU: u8 = 1 << 3;
const FRI: u8 = 1 << 4;
const SAT: u8 = 1 << 5;
const SUN: u8 = 1 << 6;
const WEEKDAYS: u8 = MON | TUE | WED | THU | FRI;
const MORNING: u8 = 1;
const AFTERNOON: u8 = 2;
const EVENING: u8 = 4;

/// Minutes after midnight.
const fn at(h: u16, m: u16) -> u16 {
    h * 60 + m
}

/// A programme at `level` for everyone, meeting on `days` from `start` to `end`.
fn meets(level: Level, days: u8, start: u16, end: u16) -> Programme {
    Programme { level, meets: Some(Meets { days, start, end }), audience: Audience::All, format: None }
}

/// A programme the center gave no times for (a live-in programme, withdrawal care).
fn untimed(level: Level) -> Programme {
    Programme { level, meets: None, audience: Audience::All, format: None }
}

fn for_(p: Programme, audience: Audience) -> Programme {
    Programme { audience, ..p }
}

/// One slot of the week by hand: day 0 is Monday, part 0 the morning.
fn slot(day: u32, part: u32) -> u32 {
    1 << (day * 3 + part)
}

/// The slots listed, by hand.
fn these(list: &[(u32, u32)]) -> u32 {
    list.iter().fold(0, |s, (d, p)| s | slot(*d, *p))
}

/// Every slot of the week.
const EVERY_SLOT: u32 = (1 << 21) - 1;
/// Every slot Monday to Friday.
const WEEKDAY_SLOTS: u32 = (1 << 15) - 1;
/// Every slot on Saturday and Sunday.
const WEEKEND_SLOTS: u32 = EVERY_SLOT & !WEEKDAY_SLOTS;

// ------------------------------------------------------------------------------------------
// 1. Hand-written cases
// ------------------------------------------------------------------------------------------

/// The parts of the day a time overlaps, with the ends exclusive: a group that ends at noon
/// is a morning group, one that starts at 5 pm an evening group.
#[test]
fn a_time_covers_the_parts_of_the_day_it_overlaps() {
    for (start, end, want, what) in [
        (at(9, 0), at(12, 0), MORNING, "9:00-12:00 ends as the afternoon begins"),
        (at(10, 0), at(13, 0), MORNING | AFTERNOON, "10:00-13:00 runs over noon"),
        (at(12, 0), at(17, 0), AFTERNOON, "12:00-17:00 is the afternoon exactly"),
        (at(17, 0), at(21, 0), EVENING, "a 17:00 start is the evening only"),
        (at(17, 30), at(21, 0), EVENING, "the usual evening IOP"),
        (at(16, 0), at(18, 0), AFTERNOON | EVENING, "16:00-18:00 runs over 5 pm"),
        (at(16, 59), at(17, 0), AFTERNOON, "the last minute of the afternoon"),
        (at(11, 59), at(12, 1), MORNING | AFTERNOON, "two minutes around noon"),
        (at(8, 0), at(20, 0), MORNING | AFTERNOON | EVENING, "a whole day"),
        (0, at(1, 0), MORNING, "just after midnight is the morning"),
        (at(23, 0), at(24, 0), EVENING, "the last hour of the day"),
        (0, at(24, 0), MORNING | AFTERNOON | EVENING, "all day"),
    ] {
        assert_eq!(parts(start, end), want, "{what}");
    }
}

/// The slots of days at parts, by hand.
#[test]
fn slots_are_days_at_parts_of_the_day() {
    assert_eq!(slots(MON | THU, EVENING), these(&[(0, 2), (3, 2)]));
    assert_eq!(slots(SUN, MORNING | AFTERNOON), these(&[(6, 0), (6, 1)]));
    assert_eq!(slots(WEEKDAYS, MORNING | AFTERNOON | EVENING), WEEKDAY_SLOTS);
    assert_eq!(slots(0, EVENING), 0);
    assert_eq!(slots(MON, 0), 0);
}

/// The week the two questions describe, by hand, for the four ways they can be answered.
#[test]
fn weeks_built_by_hand() {
    // Days and parts: exactly those are free, everything else busy.
    let w = Week::new(Some(MON | TUE | THU), Some(EVENING), false);
    assert_eq!(w, Week { free: these(&[(0, 2), (1, 2), (3, 2)]), known: EVERY_SLOT });
    // Days only: the other days are busy; on the free days the time is not known.
    let w = Week::new(Some(SAT | SUN), None, false);
    assert_eq!(w, Week { free: 0, known: WEEKDAY_SLOTS });
    // Parts only: weekday times; the weekend is not known.
    let w = Week::new(None, Some(EVENING), false);
    let weekday_evenings = these(&[(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)]);
    assert_eq!(w, Week { free: weekday_evenings, known: WEEKDAY_SLOTS });
    // "Weekends" makes Saturday and Sunday free, all day.
    let w = Week::new(None, Some(EVENING), true);
    assert_eq!(w, Week { free: weekday_evenings | WEEKEND_SLOTS, known: EVERY_SLOT });
    let w = Week::new(None, None, true);
    assert_eq!(w, Week { free: WEEKEND_SLOTS, known: WEEKEND_SLOTS });
    // Nothing said: nothing known, so nothing is busy.
    assert_eq!(Week::new(None, None, false), Week { free: 0, known: 0 });
}

struct Case {
    what: &'static str,
    week: Week,
    programme: Programme,
    want: Match,
}

/// What a person would check on the result: each case is a week as they answered, one of
/// the center's programmes, and the answer worked out by hand.
fn cases() -> Vec<Case> {
    use Level::*;
    let evening_iop = meets(Iop, MON | TUE | THU, at(17, 30), at(21, 0));
    let day_iop = meets(Iop, WEEKDAYS, at(10, 0), at(13, 0));
    let saturday_morning = meets(Iop, SAT, at(9, 0), at(12, 0));
    let works_days_free_evenings = Week::new(Some(WEEKDAYS), Some(EVENING), false);
    vec![
        Case {
            what: "free every weekday evening: the Mon/Tue/Thu evening IOP fits",
            week: works_days_free_evenings,
            programme: evening_iop,
            want: Match::Fits,
        },
        Case {
            what: "free Mon-Wed evenings only: the evening IOP's Thursday clashes",
            week: Week::new(Some(MON | TUE | WED), Some(EVENING), false),
            programme: evening_iop,
            want: Match::Clashes { days: THU, parts: EVENING },
        },
        Case {
            what: "works days, free evenings: the 10-13 day IOP clashes every weekday, mornings and afternoons",
            week: works_days_free_evenings,
            programme: day_iop,
            want: Match::Clashes { days: WEEKDAYS, parts: MORNING | AFTERNOON },
        },
        Case {
            what: "days known, times of day not: the evening IOP on those days is to check",
            week: Week::new(Some(MON | TUE | THU), None, false),
            programme: evening_iop,
            want: Match::Check,
        },
        Case {
            what: "days known, times not, and the group also meets on a busy day: it clashes, not 'check'",
            week: Week::new(Some(MON | TUE), None, false),
            programme: evening_iop,
            want: Match::Clashes { days: THU, parts: EVENING },
        },
        Case {
            what: "only 'evenings': a weekday evening track fits",
            week: Week::new(None, Some(EVENING), false),
            programme: meets(Iop, MON | WED, at(18, 0), at(21, 0)),
            want: Match::Fits,
        },
        Case {
            what: "only 'evenings': a Saturday track is to check (the weekend was not asked about)",
            week: Week::new(None, Some(EVENING), false),
            programme: saturday_morning,
            want: Match::Check,
        },
        Case {
            what: "only 'evenings': Monday evening free, Saturday evening unknown: check",
            week: Week::new(None, Some(EVENING), false),
            programme: meets(Outpatient, MON | SAT, at(18, 0), at(20, 0)),
            want: Match::Check,
        },
        Case {
            what: "'evenings' and 'weekends': the Saturday morning group fits",
            week: Week::new(None, Some(EVENING), true),
            programme: saturday_morning,
            want: Match::Fits,
        },
        Case {
            what: "'weekends' alone: the Saturday morning group fits",
            week: Week::new(None, None, true),
            programme: saturday_morning,
            want: Match::Fits,
        },
        Case {
            what: "'weekends' alone: a weekday evening track is to check",
            week: Week::new(None, None, true),
            programme: evening_iop,
            want: Match::Check,
        },
        Case {
            what: "only 'mornings': a 17:00 start is the evening, which is busy",
            week: Week::new(None, Some(MORNING), false),
            programme: meets(Outpatient, TUE, at(17, 0), at(19, 0)),
            want: Match::Clashes { days: TUE, parts: EVENING },
        },
        Case {
            what: "only 'evenings': a 17:00 start needs no afternoon",
            week: Week::new(None, Some(EVENING), false),
            programme: meets(Outpatient, TUE, at(17, 0), at(19, 0)),
            want: Match::Fits,
        },
        Case {
            what: "only 'mornings': a 10:00-13:00 track needs the afternoon too",
            week: Week::new(None, Some(MORNING), false),
            programme: meets(Iop, MON | WED, at(10, 0), at(13, 0)),
            want: Match::Clashes { days: MON | WED, parts: AFTERNOON },
        },
        Case {
            what: "'mornings' and 'afternoons': the 10:00-13:00 track fits",
            week: Week::new(None, Some(MORNING | AFTERNOON), false),
            programme: meets(Iop, MON | WED, at(10, 0), at(13, 0)),
            want: Match::Fits,
        },
        Case {
            what: "only 'mornings': a 9:00-12:00 group ends at noon and fits",
            week: Week::new(None, Some(MORNING), false),
            programme: meets(Outpatient, FRI, at(9, 0), at(12, 0)),
            want: Match::Fits,
        },
        Case {
            what: "nothing answered: any timed group is to check, never a clash",
            week: Week::new(None, None, false),
            programme: day_iop,
            want: Match::Check,
        },
        Case {
            what: "a live-in programme has no times",
            week: works_days_free_evenings,
            programme: untimed(Residential),
            want: Match::NoTimes,
        },
        Case {
            what: "withdrawal care without times, nothing answered: still no times",
            week: Week::new(None, None, false),
            programme: untimed(Withdrawal),
            want: Match::NoTimes,
        },
        Case {
            what: "an online-only evening group fits free evenings",
            week: works_days_free_evenings,
            programme: Programme { format: Some(Format::Online), ..evening_iop },
            want: Match::Fits,
        },
        Case {
            what: "online is not 'any time': an online morning group still clashes with a workday",
            week: works_days_free_evenings,
            programme: Programme { format: Some(Format::Online), ..meets(Iop, MON | WED | FRI, at(9, 0), at(12, 0)) },
            want: Match::Clashes { days: MON | WED | FRI, parts: MORNING },
        },
        Case {
            what: "free weekend mornings only: Saturday 9-12 fits, Sunday 13-15 clashes",
            week: Week::new(Some(SAT | SUN), Some(MORNING), false),
            programme: meets(Php, SAT | SUN, at(9, 0), at(15, 0)),
            want: Match::Clashes { days: SAT | SUN, parts: AFTERNOON },
        },
        Case {
            what: "a clash on two days lists the busy parts of both",
            week: Week::new(Some(MON), Some(MORNING), false),
            programme: meets(Php, MON | TUE, at(8, 0), at(14, 0)),
            want: Match::Clashes { days: MON | TUE, parts: MORNING | AFTERNOON },
        },
        Case {
            what: "a group until midnight on a free evening fits",
            week: works_days_free_evenings,
            programme: meets(Iop, FRI, at(20, 0), at(24, 0)),
            want: Match::Fits,
        },
    ]
}

#[test]
fn each_hand_written_case_matches_as_worked_out() {
    let cases = cases();
    assert!(cases.len() >= 15);
    let mut wrong = Vec::new();
    for c in &cases {
        let got = fit(c.week, &c.programme);
        if got != c.want {
            wrong.push(format!("{}: expected {:?}, got {got:?}", c.what, c.want));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Who a programme is for, and the fit, do not depend on each other: the same times give
/// the same answer for adults, teens and families.
#[test]
fn the_audience_and_format_do_not_change_the_fit() {
    for c in cases() {
        for audience in [Audience::All, Audience::Adults, Audience::Teens, Audience::Family] {
            for format in [None, Some(Format::InPerson), Some(Format::Online), Some(Format::Both)] {
                assert_eq!(fit(c.week, &Programme { audience, format, ..c.programme }), c.want, "{}", c.what);
            }
        }
    }
}

/// A center with a bit of everything, for the listing cases.
fn center() -> Vec<Programme> {
    use Level::*;
    vec![
        /* 0 */ meets(Iop, MON | TUE | THU, at(17, 30), at(21, 0)),
        /* 1 */ for_(meets(Iop, WEEKDAYS, at(10, 0), at(13, 0)), Audience::Adults),
        /* 2 */ for_(meets(Iop, MON | WED, at(15, 30), at(18, 30)), Audience::Teens),
        /* 3 */ meets(Php, WEEKDAYS, at(9, 0), at(15, 0)),
        /* 4 */ for_(meets(Iop, WED, at(18, 0), at(19, 30)), Audience::Family),
        /* 5 */ untimed(Withdrawal),
        /* 6 */ untimed(Residential),
        /* 7 */ Programme { format: Some(Format::Online), ..meets(Iop, SAT, at(9, 0), at(12, 0)) },
    ]
}

/// An adult at IOP sees the center's IOP programmes for everyone and for adults, in the
/// center's order; a teen sees the teen track instead of the adults' one.
#[test]
fn the_listing_keeps_the_level_and_the_age() {
    let evenings = Week::new(None, Some(EVENING), false);
    let all = center();
    let (own, family) = listing(&all, Level::Iop, None, false, (evenings, None));
    assert_eq!(
        own,
        vec![(0, Match::Fits), (1, Match::Clashes { days: WEEKDAYS, parts: MORNING | AFTERNOON }), (7, Match::Check)]
    );
    assert_eq!(family, vec![], "no family week: no family list");

    let (own, _) = listing(&all, Level::Iop, None, true, (evenings, None));
    assert_eq!(own, vec![(0, Match::Fits), (2, Match::Clashes { days: MON | WED, parts: AFTERNOON }), (7, Match::Check)]);

    let (own, _) = listing(&all, Level::Php, None, false, (evenings, None));
    assert_eq!(own, vec![(3, Match::Clashes { days: WEEKDAYS, parts: MORNING | AFTERNOON })]);
    let (own, _) = listing(&all, Level::Residential, None, false, (evenings, None));
    assert_eq!(own, vec![(6, Match::NoTimes)]);
    let (own, _) = listing(&all, Level::Early, None, false, (evenings, None));
    assert_eq!(own, vec![], "the center has nothing at early support");
}

/// The family programme is never offered to the person as their own care, and is listed for
/// the family member only when there is a family member's week, matched to that week.
#[test]
fn family_programmes_are_only_in_the_family_list() {
    let all = center();
    let person = Week::new(None, Some(EVENING), false);
    for teen in [false, true] {
        let (own, family) = listing(&all, Level::Iop, None, teen, (person, Some(Week::new(None, Some(EVENING), false))));
        assert!(own.iter().all(|(i, _)| *i != 4), "the family sessions are not the person's programme");
        assert_eq!(family, vec![(4, Match::Fits)]);
        // The family member's own week, not the person's: free mornings only.
        let (_, family) = listing(&all, Level::Iop, None, teen, (person, Some(Week::new(None, Some(MORNING), false))));
        assert_eq!(family, vec![(4, Match::Clashes { days: WED, parts: EVENING })]);
        let (_, family) = listing(&all, Level::Iop, None, teen, (person, Some(Week::default())));
        assert_eq!(family, vec![(4, Match::Check)], "the family member said nothing of their times");
        let (_, family) = listing(&all, Level::Iop, None, teen, (person, None));
        assert_eq!(family, vec![]);
    }
}

/// An emergency lists nothing: 911 and 988 come first and alone.
#[test]
fn an_emergency_lists_no_programme() {
    let all = center();
    for week in [Week::default(), Week::new(None, Some(EVENING), true)] {
        for teen in [false, true] {
            for then in [None, Some(Level::Iop), Some(Level::Residential)] {
                let got = listing(&all, Level::Emergency, then, teen, (week, Some(week)));
                assert_eq!(got, (vec![], vec![]), "teen {teen}, then {then:?}");
            }
        }
    }
}

/// After withdrawal care, the programme that follows is shown too: withdrawal with IOP
/// after it lists the withdrawal programme and the IOP ones, and not PHP or residential.
#[test]
fn withdrawal_then_iop_lists_both() {
    let all = center();
    let evenings = Week::new(None, Some(EVENING), false);
    let (own, _) = listing(&all, Level::Withdrawal, Some(Level::Iop), false, (evenings, None));
    assert_eq!(
        own,
        // The withdrawal programme first, the care needed now; then the IOP ones for after.
        vec![
            (5, Match::NoTimes),
            (0, Match::Fits),
            (1, Match::Clashes { days: WEEKDAYS, parts: MORNING | AFTERNOON }),
            (7, Match::Check)
        ]
    );
    let (own, _) = listing(&all, Level::Withdrawal, None, false, (evenings, None));
    assert_eq!(own, vec![(5, Match::NoTimes)]);
}

// ------------------------------------------------------------------------------------------
// 2. Every week against every schedule
// ------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Free,
    Busy,
    Unknown,
}

/// The oracle's reading of the answers, one slot at a time, straight from the rules: days
/// and parts given: free exactly there, busy elsewhere; days only: other days busy, the rest
/// unknown; parts only: weekday parts free, other weekday parts busy, the weekend unknown;
/// "weekends" makes Saturday and Sunday free whatever else was said.
fn oracle_slot(days: Option<u8>, day_parts: Option<u8>, weekends: bool, day: usize, part: usize) -> Slot {
    let has = |mask: u8, bit: usize| mask & (1 << bit) != 0;
    let weekend = day >= 5;
    if weekends && weekend {
        return Slot::Free;
    }
    match (days, day_parts) {
        (Some(d), Some(p)) => {
            if has(d, day) && has(p, part) {
                Slot::Free
            } else {
                Slot::Busy
            }
        }
        (Some(d), None) => {
            if has(d, day) {
                Slot::Unknown
            } else {
                Slot::Busy
            }
        }
        (None, Some(_)) if weekend => Slot::Unknown,
        (None, Some(p)) => {
            if has(p, part) {
                Slot::Free
            } else {
                Slot::Busy
            }
        }
        (None, None) => Slot::Unknown,
    }
}

/// The oracle's parts of the day: morning [0:00, 12:00), afternoon [12:00, 17:00), evening
/// [17:00, 24:00); a time needs a part when the two overlap.
fn oracle_parts(start: u16, end: u16) -> [bool; 3] {
    [(0, 720), (720, 1020), (1020, 1440)].map(|(from, to)| start < to && end > from)
}

/// The oracle's fit: any needed slot busy is a clash (its days, and the busy parts on them);
/// otherwise any needed slot unknown is "check"; otherwise it fits.
fn oracle_fit(week: &[[Slot; 3]; 7], days: u8, need: [bool; 3]) -> Match {
    let (mut clash_days, mut clash_parts, mut unknown) = (0u8, 0u8, false);
    for (d, day) in week.iter().enumerate() {
        if days & (1 << d) == 0 {
            continue;
        }
        for (p, s) in day.iter().enumerate() {
            if !need[p] {
                continue;
            }
            match s {
                Slot::Busy => {
                    clash_days |= 1 << d;
                    clash_parts |= 1 << p;
                }
                Slot::Unknown => unknown = true,
                Slot::Free => {}
            }
        }
    }
    if clash_days != 0 {
        Match::Clashes { days: clash_days, parts: clash_parts }
    } else if unknown {
        Match::Check
    } else {
        Match::Fits
    }
}

/// Times covering each part of the day and each combination a single meeting can make, and
/// the edges between them.
const TIMES: [(u16, u16); 12] = [
    (at(9, 0), at(12, 0)),
    (at(12, 0), at(17, 0)),
    (at(17, 0), at(21, 0)),
    (at(10, 0), at(13, 0)),
    (at(16, 0), at(18, 0)),
    (at(8, 0), at(20, 0)),
    (0, at(1, 0)),
    (at(23, 0), at(24, 0)),
    (at(11, 59), at(12, 0)),
    (at(16, 59), at(17, 1)),
    (at(17, 0), at(17, 1)),
    (0, at(24, 0)),
];

/// Every free-days answer (no day, each set of days, not known) × every times-of-day answer
/// × "weekends" or not × every day set a programme can meet on × the times above: the week
/// is read slot by slot as the rules say, and each programme's fit is the oracle's.
#[test]
fn every_week_against_every_schedule_matches_the_oracle() {
    let day_answers: Vec<Option<u8>> = std::iter::once(None).chain((0..128).map(Some)).collect();
    let part_answers: Vec<Option<u8>> = std::iter::once(None).chain((0..8).map(Some)).collect();
    let needs: Vec<(u16, u16, [bool; 3])> = TIMES.iter().map(|&(s, e)| (s, e, oracle_parts(s, e))).collect();
    let (mut checked, mut seen) = (0u64, [0u64; 4]);
    for &days in &day_answers {
        for &day_parts in &part_answers {
            for weekends in [false, true] {
                let week = Week::new(days, day_parts, weekends);
                let mut oracle = [[Slot::Unknown; 3]; 7];
                for (d, day) in oracle.iter_mut().enumerate() {
                    for (p, s) in day.iter_mut().enumerate() {
                        *s = oracle_slot(days, day_parts, weekends, d, p);
                        let bit = 1u32 << (d * 3 + p);
                        let got = match (week.known & bit != 0, week.free & bit != 0) {
                            (true, true) => Slot::Free,
                            (true, false) => Slot::Busy,
                            (false, false) => Slot::Unknown,
                            (false, true) => panic!("{days:?} {day_parts:?} {weekends}: slot {d}/{p} free but not known"),
                        };
                        assert_eq!(got, *s, "days {days:?}, parts {day_parts:?}, weekends {weekends}: day {d} part {p}");
                    }
                }
                for meet_days in 1..128u8 {
                    for &(start, end, need) in &needs {
                        let p = meets(Level::Iop, meet_days, start, end);
                        let want = oracle_fit(&oracle, meet_days, need);
                        let got = fit(week, &p);
                        if got != want {
                            panic!(
                                "days {days:?}, parts {day_parts:?}, weekends {weekends}; programme on {meet_days:#09b} \
                                 {start}-{end}: expected {want:?}, got {got:?}"
                            );
                        }
                        checked += 1;
                        seen[match want {
                            Match::Fits => 0,
                            Match::Clashes { .. } => 1,
                            Match::Check => 2,
                            Match::NoTimes => 3,
                        }] += 1;
                    }
                }
                assert_eq!(fit(week, &untimed(Level::Residential)), Match::NoTimes);
            }
        }
    }
    assert_eq!(checked, 129 * 9 * 2 * 127 * TIMES.len() as u64);
    assert!(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "each answer comes up: {seen:?}");
}

// ------------------------------------------------------------------------------------------
// 3. The week from the real questions
// ------------------------------------------------------------------------------------------

/// P02: 29, cannabis every day, works days, free evenings: an IOP result.
fn p02() -> Answers {
    file::parse(include_str!("../examples/answers/P02.json")).expect("P02 reads")
}

/// P05: a mother for her son, 24: IOP, answered as family.
fn p05() -> Answers {
    file::parse(include_str!("../examples/answers/P05.json")).expect("P05 reads")
}

fn week_of(a: &Answers) -> Week {
    assess(a).plan.week
}

#[test]
fn the_example_answer_files_are_the_levels_these_tests_assume() {
    assert_eq!(assess(&p02()).level, Level::Iop);
    let family = assess(&p05());
    assert_eq!(family.level, Level::Iop);
    assert!(family.plan.family.is_some(), "P05 is answered by a family member");
    for a in [p02(), p05()] {
        let on = path::questions(&a);
        assert!(on.contains(&Q::FreeDays) && on.contains(&Q::ScheduleNeeds), "{on:?}");
    }
    assert!(path::questions(&p05()).contains(&Q::FamilyFree));
    assert!(!path::questions(&p02()).contains(&Q::FamilyFree), "only a family member is asked their own times");
}

/// Free Mon, Tue and Thu evenings: exactly those three slots are free, every other one busy.
#[test]
fn chosen_days_and_times_give_exactly_those_slots() {
    let a = with(&with(&p02(), Q::FreeDays, &[O::Monday, O::Tuesday, O::Thursday]), Q::ScheduleNeeds, &[O::Evenings]);
    assert_eq!(week_of(&a), Week { free: these(&[(0, 2), (1, 2), (3, 2)]), known: EVERY_SLOT });

    let a = with(&with(&p02(), Q::FreeDays, &[O::Saturday]), Q::ScheduleNeeds, &[O::Mornings, O::Afternoons, O::NeedChildcare]);
    assert_eq!(week_of(&a), Week { free: these(&[(5, 0), (5, 1)]), known: EVERY_SLOT }, "needs are not times");

    // Days only: the other days are busy, the time on the free ones not known.
    let a = with(&with(&p02(), Q::FreeDays, &[O::Saturday, O::Sunday]), Q::ScheduleNeeds, &[O::NoNeeds]);
    assert_eq!(week_of(&a), Week { free: 0, known: WEEKDAY_SLOTS });
}

/// "It changes from week to week", "not sure", "prefer not to say", or no answer to the
/// days: the days are not known, so no weekday is free; the times of day still say which
/// parts are busy on weekdays (a morning group clashes with "evenings only"), and the weekend
/// is not known. A person whose days change is never told a fixed weekday group fits (red
/// team, issue 18).
#[test]
fn unknown_days_leave_the_days_unknown() {
    let weekday_evenings = these(&[(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)]);
    let mut no_days = with(&p02(), Q::ScheduleNeeds, &[O::Evenings]);
    no_days.clear(Q::FreeDays);
    for (what, a) in [
        ("days vary", with(&no_days, Q::FreeDays, &[O::DaysVary])),
        ("not sure", with(&no_days, Q::FreeDays, &[O::NotSure])),
        ("prefer not to say", with(&no_days, Q::FreeDays, &[O::PreferNotToSay])),
        ("no answer", no_days.clone()),
    ] {
        assert_eq!(week_of(&a), Week { free: 0, known: WEEKDAY_SLOTS & !weekday_evenings }, "{what}");
        let nothing = with(&a, Q::ScheduleNeeds, &[O::PreferNotToSay]);
        assert_eq!(week_of(&nothing), Week::default(), "{what}, and no times: nothing known");
    }
}

/// "Weekends" is offered only when no day was chosen; an answer file that names it anyway
/// beside a day does not make Saturday and Sunday free.
#[test]
fn weekends_counts_only_when_no_day_was_chosen() {
    let monday = with(&with(&p02(), Q::FreeDays, &[O::Monday]), Q::ScheduleNeeds, &[O::Evenings, O::Weekends]);
    assert!(!path::offered(Q::ScheduleNeeds, &monday).iter().any(|c| c.id == O::Weekends), "not offered after a day");
    assert_eq!(week_of(&monday), Week { free: slot(0, 2), known: EVERY_SLOT }, "Saturday and Sunday stay busy");

    let vary = with(&monday, Q::FreeDays, &[O::DaysVary]);
    assert!(path::offered(Q::ScheduleNeeds, &vary).iter().any(|c| c.id == O::Weekends));
    let weekday_evenings = these(&[(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)]);
    assert_eq!(week_of(&vary), Week { free: WEEKEND_SLOTS, known: EVERY_SLOT & !weekday_evenings });
    let only_weekends = with(&vary, Q::ScheduleNeeds, &[O::Weekends]);
    assert_eq!(week_of(&only_weekends), Week { free: WEEKEND_SLOTS, known: WEEKEND_SLOTS });
}

/// The family member's own times: weekday times and weekends; their week is on the plan
/// only when a family member answers.
#[test]
fn the_family_members_week() {
    assert_eq!(assess(&p02()).plan.family, None, "a person answering for themselves has no family week");
    let weekday_evenings = these(&[(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)]);
    let weekday_mornings = these(&[(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]);
    for (opts, want) in [
        (&[O::Evenings][..], Week { free: weekday_evenings, known: WEEKDAY_SLOTS }),
        (&[O::Mornings, O::Evenings][..], Week { free: weekday_evenings | weekday_mornings, known: WEEKDAY_SLOTS }),
        (&[O::Weekends][..], Week { free: WEEKEND_SLOTS, known: WEEKEND_SLOTS }),
        (&[O::Evenings, O::Weekends][..], Week { free: weekday_evenings | WEEKEND_SLOTS, known: EVERY_SLOT }),
        (&[O::NotSure][..], Week::default()),
        (&[O::PreferNotToSay][..], Week::default()),
    ] {
        let a = with(&p05(), Q::FamilyFree, opts);
        assert_eq!(assess(&a).plan.family, Some(want), "{opts:?}");
    }
    let mut none = p05();
    none.clear(Q::FamilyFree);
    assert_eq!(assess(&none).plan.family, Some(Week::default()));
    // The loved one's own week comes from the loved one's questions, not the family member's.
    let a = with(&with(&with(&p05(), Q::FamilyFree, &[O::Mornings]), Q::FreeDays, &[O::Friday]), Q::ScheduleNeeds, &[O::Evenings]);
    assert_eq!(assess(&a).plan.week, Week { free: slot(4, 2), known: EVERY_SLOT });
}

// ------------------------------------------------------------------------------------------
// 4. What the result says
// ------------------------------------------------------------------------------------------

const EVENING_IOP: &str = "level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00";
const DAY_IOP: &str = "level=iop; name=Day IOP; name-es=IOP de día; days=mon-fri; time=10-13";

/// A center's settings, read as the host writes them; the test fails on any warning so the
/// programmes are the ones meant.
fn host(pairs: &[(&str, &str)]) -> HostConfig {
    let parsed = parse_pairs(pairs.iter().copied());
    assert_eq!(parsed.warnings, vec![], "the host settings are good");
    parsed.config
}

fn two_iops() -> HostConfig {
    host(&[("center-name", "Harbor Recovery"), ("program-1", EVENING_IOP), ("program-2", DAY_IOP)])
}

/// P02, free Mon, Tue and Thu evenings.
fn free_mon_tue_thu(part: O) -> Answers {
    with(&with(&p02(), Q::FreeDays, &[O::Monday, O::Tuesday, O::Thursday]), Q::ScheduleNeeds, &[part])
}

/// A programme's entry in the saved text: its line ("- name: …") and any indented lines
/// after it, whichever way the text lays the fit out.
fn entries<'t>(text: &'t str, name: &str) -> Vec<String> {
    // A programme with nothing said after its name has no ": " after it.
    let head = format!("- {name}: ");
    let bare = format!("- {name}");
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.starts_with(&head) || *l == bare {
            let mut entry = l.to_string();
            for more in lines[i + 1..].iter().take_while(|m| m.starts_with("  ")) {
                entry.push('\n');
                entry.push_str(more);
            }
            out.push(entry);
        }
    }
    out
}

fn one_entry(text: &str, name: &str) -> String {
    let e = entries(text, name);
    assert_eq!(e.len(), 1, "one entry for {name} in:\n{text}");
    e.into_iter().next().unwrap_or_default()
}

fn call_line(lang: Lang, text: &str) -> String {
    let title = i18n::ui(lang, Ui::CallAboutTitle);
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with(title)).collect();
    assert_eq!(lines.len(), 1, "one call line in:\n{text}");
    lines[0].to_owned()
}

/// The visitor free Mon, Tue and Thu evenings reads that the evening IOP fits and that the
/// day IOP meets Mon–Fri at times not marked free, and is told to ask about the evening IOP.
#[test]
fn the_english_result_names_the_programme_that_fits() {
    let host = two_iops();
    let o = assess(&free_mon_tue_thu(O::Evenings));
    let text = summary_text(Lang::En, &o, &host);
    let fits = i18n::ui(Lang::En, Ui::ProgFits);
    // The clash names the days (the times are on the line already).
    let clash = format!("{}Mon–Fri", i18n::ui(Lang::En, Ui::ProgClash));
    let evening = one_entry(&text, "Evening IOP");
    assert!(evening.contains(fits) && !evening.contains(&clash), "{evening}");
    assert!(evening.contains("Mon, Tue, Thu"), "when it meets: {evening}");
    let day = one_entry(&text, "Day IOP");
    assert!(day.contains(&clash) && !day.contains(fits), "{day}");
    assert!(call_line(Lang::En, &text).contains("Evening IOP"), "{text}");
    assert!(!text.contains(i18n::ui(Lang::En, Ui::NoneFits)), "one of them fits");
}

/// In Spanish the center's Spanish names are used and its English ones never appear.
#[test]
fn the_spanish_result_uses_the_spanish_names() {
    let host = two_iops();
    let o = assess(&free_mon_tue_thu(O::Evenings));
    let text = summary_text(Lang::Es, &o, &host);
    let noche = one_entry(&text, "IOP de noche");
    assert!(noche.contains(i18n::ui(Lang::Es, Ui::ProgFits)), "{noche}");
    let dia = one_entry(&text, "IOP de día");
    assert!(dia.contains(&format!("{}lun–vie", i18n::ui(Lang::Es, Ui::ProgClash))), "{dia}");
    assert!(call_line(Lang::Es, &text).contains("IOP de noche"));
    for english in ["Evening IOP", "Day IOP"] {
        assert!(!text.contains(english), "no English name on the Spanish page: {english}\n{text}");
    }
}

/// Without Spanish names, the Spanish result names each programme by its level, never by the
/// center's English name; the same for the note.
#[test]
fn without_spanish_names_the_level_names_the_programme() {
    let host = host(&[
        ("center-name", "Harbor Recovery"),
        ("program-1", "level=iop; name=Evening IOP; note=Childcare on site; days=mon,tue,thu; time=17:30-21:00"),
        ("program-2", "level=iop; name=Day IOP; days=mon-fri; time=10-13"),
    ]);
    let o = assess(&free_mon_tue_thu(O::Evenings));
    let text = summary_text(Lang::Es, &o, &host);
    let level = i18n::level_name(Lang::Es, Level::Iop);
    assert_eq!(entries(&text, level).len(), 2, "both named by their level:\n{text}");
    assert!(call_line(Lang::Es, &text).contains(level));
    for english in ["Evening IOP", "Day IOP", "Childcare"] {
        assert!(!text.contains(english), "{english} on the Spanish page:\n{text}");
    }
    // The English page still has the names and the note.
    let en = summary_text(Lang::En, &o, &host);
    assert!(one_entry(&en, "Evening IOP").contains("Childcare on site"));
}

/// Free only in the mornings, neither IOP fits: the result says so and what to ask, and still
/// names the level and both programmes.
#[test]
fn when_nothing_fits_the_result_says_so() {
    let host = two_iops();
    let o = assess(&free_mon_tue_thu(O::Mornings));
    assert_eq!(o.level, Level::Iop);
    for lang in [Lang::En, Lang::Es] {
        let text = summary_text(lang, &o, &host);
        assert!(text.contains(i18n::ui(lang, Ui::NoneFits)), "{text}");
        assert!(text.contains(i18n::level_name(lang, Level::Iop)), "the level is still named");
        assert!(!text.contains(i18n::ui(lang, Ui::ProgFits)));
        let r = report(lang, &o, &host);
        assert_eq!(r.center.as_ref().map(|c| c.programmes.len()), Some(2), "both still listed");
    }
}

/// Times not known at all: nothing is claimed about any programme (no "fits", no clash),
/// its times are shown for the visitor to check, and nothing says "none of these meets".
#[test]
fn unknown_times_claim_neither_fit_nor_clash() {
    let mut a = with(&p02(), Q::FreeDays, &[O::NotSure]);
    a = with(&a, Q::ScheduleNeeds, &[O::PreferNotToSay]);
    let text = summary_text(Lang::En, &assess(&a), &two_iops());
    for (name, when) in [("Evening IOP", "Mon, Tue, Thu, 5:30\u{a0}pm–9\u{a0}pm"), ("Day IOP", "Mon–Fri, 10\u{a0}am–1\u{a0}pm")] {
        let entry = one_entry(&text, name);
        assert!(entry.contains(when), "the times to check are shown: {entry}");
        assert!(!entry.contains(i18n::ui(Lang::En, Ui::ProgFits)), "{entry}");
    }
    assert!(!text.contains(i18n::ui(Lang::En, Ui::NoneFits)));
    assert!(!text.contains(i18n::ui(Lang::En, Ui::ProgClash)));
}

/// An emergency result lists no programme at all, for the person or the family, in either
/// language: 911 and 988 first and alone.
#[test]
fn an_emergency_result_lists_no_programme() {
    let host = host(&[
        ("center-name", "Harbor Recovery"),
        ("offers", "iop,residential,withdrawal"),
        ("program-1", EVENING_IOP),
        ("program-2", "level=withdrawal; name=Detox unit"),
        ("program-3", "level=residential; name=Live-in care"),
        ("program-4", "level=iop; name=Family group; for=family; days=wed; time=18-19:30"),
        ("payment", "medicaid"),
    ]);
    for file in [include_str!("../examples/answers/P08.json"), include_str!("../examples/answers/P12.json")] {
        let a = file::parse(file).expect("reads");
        let o: Outcome = assess(&a);
        assert_eq!(o.level, Level::Emergency);
        for lang in [Lang::En, Lang::Es] {
            let r = report(lang, &o, &host);
            if let Some(c) = &r.center {
                assert!(c.programmes.is_empty() && c.family.is_empty() && c.call.is_none());
            }
            let text = summary_text(lang, &o, &host);
            for name in ["Evening IOP", "IOP de noche", "Detox unit", "Live-in care", "Family group"] {
                assert!(!text.contains(name), "{name} on an emergency result:\n{text}");
            }
            assert!(!text.contains(i18n::ui(lang, Ui::ProgrammesLead)));
            assert!(!text.contains(i18n::ui(lang, Ui::Accepts)));
        }
    }
}

/// The payment the center takes is shown only to a visitor who said cost worries them.
#[test]
fn the_payment_line_only_for_a_cost_worry() {
    let host = host(&[("center-name", "Harbor Recovery"), ("program-1", EVENING_IOP), ("payment", "medicaid, sliding-scale")]);
    let accepts = i18n::ui(Lang::En, Ui::Accepts);
    let plain = free_mon_tue_thu(O::Evenings);
    assert!(!summary_text(Lang::En, &assess(&plain), &host).contains(accepts));
    let worried = with(&plain, Q::ScheduleNeeds, &[O::Evenings, O::CostWorry]);
    let text = summary_text(Lang::En, &assess(&worried), &host);
    let line = text.lines().find(|l| l.starts_with(accepts)).unwrap_or_else(|| panic!("a payment line:\n{text}"));
    let names = i18n::names(Lang::En);
    assert!(line.contains(names.payments[0]) && line.contains(names.payments[3]), "{line}");
    assert!(!line.contains(names.payments[1]), "only what the center takes: {line}");
    // Without a payment setting there is nothing to say.
    let no_payment = self::host(&[("center-name", "Harbor Recovery"), ("program-1", EVENING_IOP)]);
    assert!(!summary_text(Lang::En, &assess(&worried), &no_payment).contains(accepts));
}

/// The family member reads the center's family group, matched to their own times, under its
/// own heading; the person answering for themselves never sees it.
#[test]
fn the_family_list_is_for_the_family_member() {
    let host = host(&[
        ("center-name", "Harbor Recovery"),
        ("program-1", EVENING_IOP),
        ("program-2", "level=iop; name=Family group; for=family; days=wed; time=18-19:30"),
    ]);
    let lead = i18n::ui(Lang::En, Ui::FamilyProgrammesLead);
    let family = with(&p05(), Q::FamilyFree, &[O::Evenings]);
    let text = summary_text(Lang::En, &assess(&family), &host);
    assert!(text.contains(lead), "{text}");
    assert!(one_entry(&text, "Family group").contains(i18n::ui(Lang::En, Ui::ProgFits)));
    let mornings = with(&p05(), Q::FamilyFree, &[O::Mornings]);
    let text = summary_text(Lang::En, &assess(&mornings), &host);
    let clash = format!("{}Wed", i18n::ui(Lang::En, Ui::ProgClash));
    assert!(one_entry(&text, "Family group").contains(&clash), "{text}");

    let own = summary_text(Lang::En, &assess(&free_mon_tue_thu(O::Evenings)), &host);
    assert!(!own.contains(lead) && !own.contains("Family group"), "{own}");
}

/// After withdrawal care with IOP to follow, the center's withdrawal programme and its IOP
/// are both shown, and its PHP is not.
#[test]
fn withdrawal_care_shows_the_programme_that_follows() {
    let a = file::parse(include_str!("../examples/answers/P03.json")).expect("P03 reads");
    let o = assess(&a);
    assert_eq!((o.level, o.then), (Level::Withdrawal, Some(Level::Iop)), "P03 is withdrawal, then IOP");
    let host = host(&[
        ("center-name", "Harbor Recovery"),
        ("program-1", EVENING_IOP),
        ("program-2", "level=withdrawal; name=Detox unit"),
        ("program-3", "level=php; name=Day hospital; days=mon-fri; time=9-15"),
    ]);
    let text = summary_text(Lang::En, &o, &host);
    assert_eq!(entries(&text, "Detox unit").len(), 1, "{text}");
    assert_eq!(entries(&text, "Evening IOP").len(), 1, "{text}");
    assert!(!text.contains("Day hospital"), "{text}");
    let detox = one_entry(&text, "Detox unit");
    for sentence in [Ui::ProgFits, Ui::ProgClash] {
        assert!(!detox.contains(i18n::ui(Lang::En, sentence)), "no times, no fit sentence: {detox}");
    }
}

/// A teen sees the center's teen group and not its adults' one.
#[test]
fn a_teen_sees_the_teen_group() {
    let a = file::parse(include_str!("../examples/answers/P10.json")).expect("P10 reads");
    let o = assess(&a);
    assert_eq!(o.level, Level::Outpatient, "P10 is a teen at outpatient care");
    let host = host(&[
        ("center-name", "Harbor Recovery"),
        ("program-1", "level=outpatient; name=Adult group; for=adults; days=mon; time=18-20"),
        ("program-2", "level=outpatient; name=Teen group; for=teens; days=tue,thu; time=16-17:30"),
    ]);
    let text = summary_text(Lang::En, &o, &host);
    assert_eq!(entries(&text, "Teen group").len(), 1, "{text}");
    assert!(!text.contains("Adult group"), "{text}");
}
