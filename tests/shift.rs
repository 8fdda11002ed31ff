//! The quick exit's Shift count, natively: the rules GOV.UK's "Exit this page" uses, which the
//! `use_quick_exit` hook feeds with every key release (`src/ui/shift.rs`).

use care_screener::ui::shift::{Press, ShiftCount, PRESSES, WINDOW_MS};

/// A bare press of Shift: released with nothing else held.
fn shift(c: &mut ShiftCount) -> Press {
    c.key_up(true, false)
}

#[test]
fn three_bare_presses_leave() {
    assert_eq!((PRESSES, WINDOW_MS), (3, 5_000));
    let mut c = ShiftCount::default();
    assert!(matches!(shift(&mut c), Press::Counted { left: 2, .. }));
    assert!(matches!(shift(&mut c), Press::Counted { left: 1, .. }));
    assert_eq!(shift(&mut c), Press::Exit);
    // And the count starts again from nothing.
    assert!(matches!(shift(&mut c), Press::Counted { left: 2, .. }));
}

#[test]
fn another_key_breaks_the_count() {
    let mut c = ShiftCount::default();
    shift(&mut c);
    shift(&mut c);
    assert_eq!(c.key_up(false, false), Press::Reset, "typing a letter forgets the presses");
    assert!(matches!(shift(&mut c), Press::Counted { left: 2, .. }));
    // A key with no count going changes nothing.
    let mut quiet = ShiftCount::default();
    assert_eq!(quiet.key_up(false, false), Press::Nothing);
}

#[test]
fn a_shift_used_as_a_modifier_does_not_count() {
    // Typing a capital A: "A" is released with Shift held, then Shift itself.
    let mut c = ShiftCount::default();
    assert_eq!(c.key_up(false, true), Press::Nothing);
    assert_eq!(shift(&mut c), Press::Nothing, "the Shift that made a capital is not a press");
    assert!(matches!(shift(&mut c), Press::Counted { left: 2, .. }), "the next bare Shift is");
    // Mid-count, a capital letter resets, and the Shift after it does not count either.
    shift(&mut c);
    assert_eq!(c.key_up(false, true), Press::Reset);
    assert_eq!(shift(&mut c), Press::Nothing);
}

#[test]
fn the_window_forgets_only_its_own_count() {
    let mut c = ShiftCount::default();
    let Press::Counted { generation: first, .. } = shift(&mut c) else { panic!("counted") };
    let Press::Counted { generation: second, .. } = shift(&mut c) else { panic!("counted") };
    assert_ne!(first, second);
    // The first press's window ends: a later press restarted the window, so nothing is lost.
    assert!(!c.expire(first), "a stale window does nothing");
    assert!(matches!(shift(&mut c), Press::Exit), "the count was kept");
    // A window that ends with its press the last one forgets the count, once.
    let Press::Counted { generation, .. } = shift(&mut c) else { panic!("counted") };
    assert!(c.expire(generation));
    assert!(!c.expire(generation), "already forgotten");
    assert!(matches!(shift(&mut c), Press::Counted { left: 2, .. }), "and it starts again");
    // A window that ends after a reset says nothing.
    let Press::Counted { generation, .. } = shift(&mut c) else { panic!("counted") };
    c.key_up(false, false);
    assert!(!c.expire(generation));
}
