use crate::screening::{OptionId, QuestionId, Voice};

/// The Spanish wording of a question.
pub fn question(q: QuestionId, voice: Voice) -> &'static str {
    match (q, voice) {
        (QuestionId::WhoFor, _) => "¿Para quién responde?",
        (QuestionId::DangerNow, Voice::Own) => "¿Usted u otra persona está en peligro en este momento?",
        (QuestionId::DangerNow, Voice::LovedOne) => "¿Su ser querido u otra persona está en peligro en este momento?",
    }
}

/// The Spanish label of an option.
pub fn option(_q: QuestionId, o: OptionId, _voice: Voice) -> &'static str {
    match o {
        OptionId::Myself => "Para mí",
        OptionId::SomeoneElse => "Para un familiar o amigo",
        OptionId::Yes => "Sí",
        OptionId::No => "No",
        OptionId::NotSure => "No estoy seguro",
        OptionId::PreferNotToSay => "Prefiero no decirlo",
    }
}
