//! The quick exit's count of Shift presses, as GOV.UK's "Exit this page" counts them: three
//! bare presses of Shift leave. It is plain data with no browser in it, so the native tests
//! prove every rule of the count (`tests/shift.rs`); the `use_quick_exit` hook feeds it the
//! key events and acts on what it returns.

/// How many bare Shift presses leave the page.
pub const PRESSES: u8 = 3;

/// How long the presses stay counted, restarted by each press (GOV.UK's 5 seconds).
pub const WINDOW_MS: u32 = 5_000;

/// What a key release means for the quick exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// Nothing to do: another key, with no count going.
    Nothing,
    /// A Shift press was counted; `left` more leave. The window starts again for
    /// `generation`: when it ends, call [`ShiftCount::expire`] with it.
    Counted {
        /// Presses still needed.
        left: u8,
        /// Which press this was, so an older window's end is ignored.
        generation: u32,
    },
    /// The last press: leave now.
    Exit,
    /// Another key broke a count that was going: the count is gone.
    Reset,
}

/// The count so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShiftCount {
    presses: u8,
    /// The last key released was pressed with Shift held (Shift+A): the Shift that follows was
    /// a modifier, not a press of its own.
    last_was_modified: bool,
    /// Bumped on every press and reset, so the end of an old window knows it is stale.
    generation: u32,
}

impl ShiftCount {
    /// A key was released: `is_shift` when it was Shift itself, `shift_held` when Shift was
    /// still held as it was released (the key event's `shiftKey`). A Shift that was used as a
    /// modifier does not count, and any other key resets the count.
    pub fn key_up(&mut self, is_shift: bool, shift_held: bool) -> Press {
        let press = if is_shift && !self.last_was_modified {
            self.presses += 1;
            self.generation = self.generation.wrapping_add(1);
            if self.presses >= PRESSES {
                self.presses = 0;
                Press::Exit
            } else {
                Press::Counted { left: PRESSES - self.presses, generation: self.generation }
            }
        } else if self.presses > 0 {
            self.presses = 0;
            self.generation = self.generation.wrapping_add(1);
            Press::Reset
        } else {
            Press::Nothing
        };
        self.last_was_modified = shift_held;
        press
    }

    /// The window of press `generation` has ended: whether that forgot a count (say so to the
    /// person), or the window was stale (a later press or a reset came first).
    pub fn expire(&mut self, generation: u32) -> bool {
        let expired = self.generation == generation && self.presses > 0;
        if expired {
            self.presses = 0;
        }
        expired
    }
}
