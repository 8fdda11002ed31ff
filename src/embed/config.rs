//! The host page's configuration of the widget, validated. Plain Rust (no web imports) so the
//! parser can be tested natively with arbitrary input.
//!
//! CONTRACT (the parser is still to be written by the embedding work): the UI reads only the
//! fields of [`HostConfig`]; crisis and national numbers are not configurable at all.

use crate::i18n::Lang;
use crate::screening::Level;

/// What a treatment center may set. Every field has a safe default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostConfig {
    /// The center's name, plain text (never markup).
    pub center_name: Option<String>,
    /// The center's phone number as shown, and its digits for a `tel:` link.
    pub phone: Option<Phone>,
    /// The center's contact page, an `https:` URL; never gets anything appended.
    pub contact_url: Option<String>,
    /// The levels of care the center offers. The result shows the center's contact first only
    /// when it offers the suggested level (and never for an emergency).
    pub offers: Vec<Level>,
    /// An optional extra next step in the center's own words, plain text.
    pub next_step_text: Option<String>,
    /// The brand colour as `#rrggbb`, already checked for 4.5:1 contrast against white.
    pub brand_colour: Option<String>,
    /// The language to start in; `None` means follow the browser.
    pub lang: Option<Lang>,
    /// Where the quick exit goes: an `https:` URL of a neutral site.
    pub exit_url: String,
}

/// A phone number as the center wrote it and as a `tel:` link needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As shown, e.g. "(555) 010-0199".
    pub display: String,
    /// Digits and a leading "+" only, e.g. "+15550100199".
    pub dial: String,
}

/// The neutral page the quick exit opens when the host sets none.
pub const DEFAULT_EXIT_URL: &str = "https://www.weather.gov/";

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            center_name: None,
            phone: None,
            contact_url: None,
            offers: Vec::new(),
            next_step_text: None,
            brand_colour: None,
            lang: None,
            exit_url: DEFAULT_EXIT_URL.to_owned(),
        }
    }
}
