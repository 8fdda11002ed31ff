use crate::i18n::Ui;

/// The Spanish sentence for a key.
pub fn text(key: Ui) -> &'static str {
    match key {
        Ui::Title => "Encuentre por dónde empezar a recibir ayuda",
        Ui::Continue => "Continuar",
        Ui::Back => "Atrás",
        Ui::ResultPlaceholder => "Aquí verá su sugerencia.",
    }
}
