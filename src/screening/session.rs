//! The question-flow session: where the person is, what they have ticked on the question on
//! screen, and every move they can make (begin, tick, continue, back, change an answer from the
//! summary, leave a crisis card, start again, exit). It is a plain state machine, so every
//! transition is proven natively (`tests/session.rs`); the UI wraps it in a Yew reducer and
//! renders the screen it names, nothing more.
//!
//! Which question comes next and whether to stop for a crisis are asked of [`path`]; the
//! session only remembers. It holds nothing the browser can keep: it lives in memory and is
//! dropped on exit, on `pagehide` and on "Start again". The language is not part of it: a
//! language switch changes the words, never where the person is.
//!
//! ```
//! use care_screener::screening::session::{Action, Screen, Session};
//! use care_screener::screening::{OptionId as O, QuestionId as Q};
//!
//! let mut s = Session::new();
//! s.apply(Action::Begin);
//! assert_eq!(s.screen(), Screen::Question(Q::WhoFor));
//! s.apply(Action::Continue); // nothing ticked: the error summary, same screen
//! assert!(s.error());
//! s.apply(Action::Toggle(O::Myself));
//! s.apply(Action::Continue);
//! assert_eq!(s.screen(), Screen::Question(Q::DangerNow));
//! s.apply(Action::Toggle(O::SuicideNow));
//! s.apply(Action::Continue); // this answer means danger now: the crisis card, at once
//! assert!(matches!(s.screen(), Screen::Crisis { after: Q::DangerNow, .. }));
//! ```

use super::answers::{toggled, Answers};
use super::bank::OPTION_CONDITIONS;
use super::ids::{Crisis, OptionId, QuestionId};
use super::path;

/// What the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The start page: what this is, privacy, quick exit.
    Start,
    /// One question.
    Question(QuestionId),
    /// The crisis card, shown the moment an answer means danger now. `after` is the question
    /// whose answer brought it up; the person can go on from there.
    Crisis {
        /// Why the card is shown.
        kind: Crisis,
        /// The question just answered.
        after: QuestionId,
    },
    /// "Check your answers".
    Check,
    /// The suggestion.
    Result,
    /// After the quick exit: nothing but a neutral link.
    Exited,
}

/// Everything a person can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the start page for the first question.
    Begin,
    /// Tick or untick an option on the question on screen.
    Toggle(OptionId),
    /// Confirm the screen: answer the question, leave the crisis card, or (on the summary)
    /// see the result.
    Continue,
    /// Go back one screen, keeping the answers.
    Back,
    /// From the crisis card: skip the remaining questions and see the suggestion now.
    Finish,
    /// From the summary: change the answer to a question.
    Change(QuestionId),
    /// "Start again": forget every answer.
    Restart,
    /// The quick exit: forget everything and show nothing.
    Exit,
    /// The page was hidden or came back from the back/forward cache: forget everything and
    /// start over.
    Wipe,
}

/// Where the person is and what they have answered. Held in memory only. The fields are
/// private: the only way to change a session is [`Session::apply`], so every state the UI
/// can show is one the transitions below can reach.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Session {
    answers: Answers,
    screen: Screen,
    /// The options ticked on the question on screen, not yet confirmed with Continue. Starts
    /// from the saved answer (so going back keeps answers) and is never pre-filled otherwise.
    draft: Vec<OptionId>,
    /// Continue was pressed with nothing chosen: show the error summary.
    error: bool,
    /// The question was opened with a "Change" link, so Continue returns to the summary
    /// (after any new follow-up question the change brought in).
    changing: bool,
    /// Questions a change gave a new option to (say "pregnant" once the age is under 65):
    /// while changing they are asked again even though they have an answer, so the new
    /// option is seen.
    reopen: Vec<QuestionId>,
    /// Counts every move to another screen or error state; see [`Session::turn`].
    turn: u32,
}

impl Default for Screen {
    fn default() -> Screen {
        Screen::Start
    }
}

/// The crisis that answering `q` brought up: one the answers show now that they did not show
/// without this answer. The card comes up when an answer adds a crisis, so it shows again each
/// time the person gives such an answer, and not on every later question once it has been
/// seen; a second danger (a suicide plan after signs of delirium) brings its own card. The
/// session and the vignette replay (`tests/vignettes.rs`) both ask this.
pub fn raised(answers: &Answers, q: QuestionId) -> Option<Crisis> {
    let now = path::crises(answers);
    if now.is_empty() {
        return None;
    }
    let mut without = answers.clone();
    without.clear(q);
    let before = path::crises(&without);
    now.into_iter().find(|c| !before.contains(c))
}

impl Session {
    /// A fresh start: the start page, no answers.
    pub fn new() -> Session {
        Session::default()
    }

    /// The answers given with Continue.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The screen to show.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The options ticked on the question on screen.
    pub fn draft(&self) -> &[OptionId] {
        &self.draft
    }

    /// Whether Continue was pressed with nothing chosen (the error summary shows).
    pub fn error(&self) -> bool {
        self.error
    }

    /// Whether the question on screen was opened from the summary's "Change" link.
    pub fn changing(&self) -> bool {
        self.changing
    }

    /// Counts every move to another screen or error state. The view moves focus and updates
    /// the live region when it changes; a wipe while the page is hidden does not count, so
    /// focus is left alone when nobody is looking.
    pub fn turn(&self) -> u32 {
        self.turn
    }

    /// The questions that apply now, from the path.
    pub fn path(&self) -> Vec<QuestionId> {
        path::questions(&self.answers)
    }

    /// "Question n of about N" for the question on screen: its place on the current path and
    /// the path's length, which may still change with later answers.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else { return None };
        let path = self.path();
        path.iter().position(|p| *p == q).map(|i| (i + 1, path.len()))
    }

    /// Makes one move.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Begin => {
                if let Some(first) = self.path().first().copied() {
                    self.changing = false;
                    self.show(Screen::Question(first));
                }
            }
            Action::Toggle(o) => {
                if let Screen::Question(q) = self.screen {
                    self.draft = toggled(q, &self.draft, o);
                }
            }
            Action::Continue => match self.screen {
                Screen::Question(q) => self.answer(q),
                Screen::Crisis { after, .. } => self.go_on(after),
                Screen::Check => self.show(Screen::Result),
                Screen::Start => self.apply(Action::Begin),
                Screen::Result | Screen::Exited => {}
            },
            Action::Finish => {
                self.changing = false;
                self.show(Screen::Result);
            }
            Action::Back => self.back(),
            Action::Change(q) => {
                self.changing = true;
                self.show(Screen::Question(q));
            }
            Action::Restart => {
                // A new turn, so focus goes to the start page's heading.
                let turn = self.turn.wrapping_add(1);
                *self = Session { turn, ..Session::new() };
            }
            Action::Wipe => {
                // Same turn: nobody is looking, so focus is left alone.
                *self = Session { turn: self.turn, ..Session::new() };
            }
            Action::Exit => {
                *self = Session { screen: Screen::Exited, ..Session::new() };
            }
        }
    }

    /// Moves to a screen, loading the saved answer when it is a question.
    fn show(&mut self, screen: Screen) {
        if let Screen::Question(q) = screen {
            self.draft = path::shown(q, &self.answers);
        } else {
            self.draft.clear();
        }
        if screen == Screen::Check {
            self.reopen.clear();
        }
        self.screen = screen;
        self.error = false;
        self.turn = self.turn.wrapping_add(1);
    }

    /// The screen after question `q`: the next question on the path, or, when changing an
    /// answer from the summary, the next question still unanswered; the summary when none.
    fn after(&self, q: QuestionId) -> Screen {
        let path = self.path();
        let rest = path.iter().skip_while(|p| **p != q).skip(1);
        // A question counts as unanswered when nothing it still offers is chosen (a change
        // can take an option away, e.g. "pregnant" when the age becomes 65 or older).
        let next = if self.changing {
            rest.copied().find(|p| path::shown(*p, &self.answers).is_empty() || self.reopen.contains(p))
        } else {
            rest.copied().next()
        };
        next.map_or(Screen::Check, Screen::Question)
    }

    /// Goes on from question `q` (answered, or its crisis card read); a change that reaches
    /// the summary is over.
    fn go_on(&mut self, q: QuestionId) {
        let next = self.after(q);
        if next == Screen::Check {
            self.changing = false;
        }
        self.show(next);
    }

    fn answer(&mut self, q: QuestionId) {
        // Only a change can bring an option back, so only then is the old answer set needed.
        let before = self.changing.then(|| self.answers.clone());
        if self.draft.is_empty() || self.answers.set(q, self.draft.clone()).is_err() {
            self.error = true;
            self.turn = self.turn.wrapping_add(1);
            return;
        }
        self.reopen.retain(|p| *p != q);
        if let Some(before) = before {
            for (p, _, _) in OPTION_CONDITIONS {
                let was = path::offered(*p, &before);
                let grew = path::offered(*p, &self.answers).iter().any(|c| !was.contains(c));
                if grew && *p != q && !self.reopen.contains(p) {
                    self.reopen.push(*p);
                }
            }
        }
        match raised(&self.answers, q) {
            Some(kind) => self.show(Screen::Crisis { kind, after: q }),
            None => self.go_on(q),
        }
    }

    fn back(&mut self) {
        let target = match self.screen {
            Screen::Start | Screen::Exited => return,
            Screen::Question(_) if self.changing => {
                self.changing = false;
                Screen::Check
            }
            Screen::Question(q) => {
                let path = self.path();
                match path.iter().position(|p| *p == q) {
                    Some(i) if i > 0 => Screen::Question(path[i - 1]),
                    _ => Screen::Start,
                }
            }
            Screen::Crisis { after, .. } => Screen::Question(after),
            Screen::Check => self.path().last().copied().map_or(Screen::Start, Screen::Question),
            Screen::Result => Screen::Check,
        };
        self.show(target);
    }
}
