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
    match lang {
        Lang::En => en::domain::question(q, voice),
        Lang::Es => es::domain::question(q, voice),
    }
}

/// An option's label as shown under a question.
pub fn option(lang: Lang, q: QuestionId, o: OptionId, voice: Voice) -> &'static str {
    match lang {
        Lang::En => en::domain::option(q, o, voice),
        Lang::Es => es::domain::option(q, o, voice),
    }
}
