//! The questionnaire's state: plain data and a reducer, so every transition is one match.
//!
//! Which question comes next and whether to stop for a crisis are asked of
//! `crate::screening::flow`; this module only remembers where the person is, what they have
//! ticked on the question on screen, and which screen to show. It holds nothing the browser
//! can keep: the whole state lives in memory and is dropped on exit, on `pagehide` and on
//! "Start again".

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::screening::bank::{question, Kind, OPTION_CONDITIONS};
use crate::screening::flow::{self, Crisis};
use crate::screening::{Answers, OptionId, QuestionId};

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

/// Where the person is and what they have answered. Held in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub lang: Lang,
    /// The answers given with Continue.
    pub answers: Answers,
    /// The screen shown.
    pub screen: Screen,
    /// The options ticked on the question on screen, not yet confirmed with Continue. Starts
    /// from the saved answer (so going back keeps answers) and is never pre-filled otherwise.
    pub draft: Vec<OptionId>,
    /// Continue was pressed with nothing chosen: show the error summary.
    pub error: bool,
    /// The question was opened with a "Change" link, so Continue returns to the summary
    /// (after any new follow-up question the change brought in).
    pub changing: bool,
    /// Questions a change gave a new option to (say "pregnant" once the age is under 65):
    /// while changing they are asked again even though they have an answer, so the new
    /// option is seen.
    pub reopen: Vec<QuestionId>,
    /// Counts every move to another screen or error state. The view moves focus and updates
    /// the live region when it changes; a language switch does not count, so it never steals
    /// focus.
    pub turn: u32,
}

/// Everything a person can do.
#[derive(Clone, Debug, PartialEq)]
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
    /// Switch language without losing anything.
    Lang(Lang),
    /// "Start again": forget every answer.
    Restart,
    /// The quick exit: forget everything and show nothing.
    Exit,
    /// The page was hidden or came back from the back/forward cache: forget everything and
    /// start over.
    Wipe,
}

impl State {
    /// A fresh start in a language.
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            answers: Answers::new(),
            screen: Screen::Start,
            draft: Vec::new(),
            error: false,
            changing: false,
            reopen: Vec::new(),
            turn: 0,
        }
    }

    /// The questions that apply now, from the flow.
    pub fn path(&self) -> Vec<QuestionId> {
        flow::path(&self.answers)
    }

    /// "Question n of about N" for the question on screen: its place on the current path and
    /// the path's length, which may still change with later answers.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else { return None };
        let path = self.path();
        path.iter().position(|p| *p == q).map(|i| (i + 1, path.len()))
    }

    /// Moves to a screen, loading the saved answer when it is a question.
    fn show(&mut self, screen: Screen) {
        if let Screen::Question(q) = screen {
            self.draft = flow::shown(q, &self.answers);
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
            rest.copied().find(|p| flow::shown(*p, &self.answers).is_empty() || self.reopen.contains(p))
        } else {
            rest.copied().next()
        };
        next.map_or(Screen::Check, Screen::Question)
    }

    fn toggle(&mut self, o: OptionId) {
        let Screen::Question(q) = self.screen else { return };
        let spec = question(q);
        match spec.kind {
            Kind::Single => self.draft = vec![o],
            Kind::Multiple => {
                if self.draft.contains(&o) {
                    self.draft.retain(|d| *d != o);
                } else if spec.choices.iter().any(|c| c.id == o && c.exclusive) {
                    // "None of these" or "not sure" cannot stand beside another option.
                    self.draft = vec![o];
                } else {
                    let exclusive = |d: &OptionId| spec.choices.iter().any(|c| c.id == *d && c.exclusive);
                    self.draft.retain(|d| !exclusive(d));
                    self.draft.push(o);
                }
            }
        }
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
                let was = flow::offered(*p, &before);
                let grew = flow::offered(*p, &self.answers).iter().any(|c| !was.contains(c));
                if grew && *p != q && !self.reopen.contains(p) {
                    self.reopen.push(*p);
                }
            }
        }
        // The card comes up when this answer adds a crisis, so it shows again each time the
        // person gives such an answer, and not on every later question once it has been seen.
        // A second danger (a suicide plan after signs of delirium) brings its own card.
        let now = flow::crises(&self.answers);
        if !now.is_empty() {
            let mut without = self.answers.clone();
            without.clear(q);
            let before = flow::crises(&without);
            if let Some(kind) = now.iter().find(|c| !before.contains(c)) {
                self.show(Screen::Crisis { kind: *kind, after: q });
                return;
            }
        }
        let next = self.after(q);
        if next == Screen::Check {
            self.changing = false;
        }
        self.show(next);
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

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Begin => {
                if let Some(first) = next.path().first().copied() {
                    next.changing = false;
                    next.show(Screen::Question(first));
                }
            }
            Action::Toggle(o) => next.toggle(o),
            Action::Continue => match next.screen {
                Screen::Question(q) => next.answer(q),
                Screen::Crisis { after, .. } => {
                    let to = next.after(after);
                    if to == Screen::Check {
                        next.changing = false;
                    }
                    next.show(to);
                }
                Screen::Check => next.show(Screen::Result),
                Screen::Start => return self.reduce(Action::Begin),
                Screen::Result | Screen::Exited => {}
            },
            Action::Finish => {
                next.changing = false;
                next.show(Screen::Result);
            }
            Action::Back => next.back(),
            Action::Change(q) => {
                next.changing = true;
                next.show(Screen::Question(q));
            }
            Action::Lang(lang) => next.lang = lang,
            Action::Restart => {
                // A new turn, so focus goes to the start page's heading.
                let turn = next.turn.wrapping_add(1);
                next = State::new(next.lang);
                next.turn = turn;
            }
            Action::Wipe => {
                // Same turn: nobody is looking, so focus is left alone.
                let turn = next.turn;
                next = State::new(next.lang);
                next.turn = turn;
            }
            Action::Exit => {
                next = State::new(next.lang);
                next.screen = Screen::Exited;
            }
        }
        Rc::new(next)
    }
}
