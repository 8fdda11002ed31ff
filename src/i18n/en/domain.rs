use crate::screening::{OptionId, QuestionId, Voice};

/// The English wording of a question.
pub fn question(q: QuestionId, voice: Voice) -> &'static str {
    match (q, voice) {
        (QuestionId::WhoFor, _) => "Who are you answering for?",
        (QuestionId::DangerNow, Voice::Own) => "Are you or anyone else in danger right now?",
        (QuestionId::DangerNow, Voice::LovedOne) => "Is your loved one or anyone else in danger right now?",
    }
}

/// The English label of an option.
pub fn option(_q: QuestionId, o: OptionId, _voice: Voice) -> &'static str {
    match o {
        OptionId::Myself => "Myself",
        OptionId::SomeoneElse => "A family member or friend",
        OptionId::Yes => "Yes",
        OptionId::No => "No",
        OptionId::NotSure => "I'm not sure",
        OptionId::PreferNotToSay => "I'd rather not say",
    }
}
