use crate::i18n::Ui;

/// The English sentence for a key.
pub fn text(key: Ui) -> &'static str {
    match key {
        Ui::Title => "Find a starting point for care",
        Ui::Continue => "Continue",
        Ui::Back => "Back",
        Ui::ResultPlaceholder => "Your suggestion will show here.",
    }
}
