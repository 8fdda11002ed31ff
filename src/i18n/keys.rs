//! The keys of the user-interface sentences (words that are not about a question or a rule).

/// A sentence of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ui {
    /// The widget's title.
    Title,
    /// The Continue button.
    Continue,
    /// The Back link.
    Back,
    /// Shown where the result will be.
    ResultPlaceholder,
}
