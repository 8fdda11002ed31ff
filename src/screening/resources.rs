//! The fixed list of help resources and their link targets. These constants are the only link
//! targets the widget may render besides the host's own contact; a host configuration can
//! neither change nor hide them. Which ones a result shows comes from the outcome.
//!
//! All are US resources (the catalogues label them so); `FindAHelpline` serves visitors from
//! other countries. Numbers checked against clinical-basis §4 and §6.

use super::ids::ResourceId;

impl ResourceId {
    /// The link target: a `tel:`, `sms:` or `https:` address, fixed at compile time.
    pub fn target(self) -> &'static str {
        match self {
            ResourceId::Lifeline988Call => "tel:988",
            ResourceId::Lifeline988Text => "sms:988",
            ResourceId::Emergency911 => "tel:911",
            ResourceId::SamhsaHelpline => "tel:+18006624357",
            ResourceId::SamhsaTty => "tel:+18004874889",
            ResourceId::FindTreatment => "https://findtreatment.gov/",
            ResourceId::FindAHelpline => "https://findahelpline.com/",
            ResourceId::DvHotlineCall => "tel:+18007997233",
            ResourceId::DvHotlineText => "sms:88788",
            ResourceId::Childhelp => "tel:+18004224453",
            ResourceId::PartnershipHelpline => "tel:+18553784373",
            ResourceId::Craft => "https://drugfree.org/",
            ResourceId::SmartFamily => "https://www.smartrecovery.org/",
            ResourceId::AlAnon => "https://al-anon.org/",
            ResourceId::NarAnon => "https://www.nar-anon.org/",
        }
    }

    /// The number or address as shown next to the name.
    pub fn display(self) -> &'static str {
        match self {
            ResourceId::Lifeline988Call => "988",
            ResourceId::Lifeline988Text => "988",
            ResourceId::Emergency911 => "911",
            ResourceId::SamhsaHelpline => "1-800-662-4357",
            ResourceId::SamhsaTty => "1-800-487-4889",
            ResourceId::FindTreatment => "FindTreatment.gov",
            ResourceId::FindAHelpline => "findahelpline.com",
            ResourceId::DvHotlineCall => "1-800-799-7233",
            ResourceId::DvHotlineText => "88788",
            ResourceId::Childhelp => "1-800-422-4453",
            ResourceId::PartnershipHelpline => "1-855-378-4373",
            ResourceId::Craft => "drugfree.org",
            ResourceId::SmartFamily => "smartrecovery.org",
            ResourceId::AlAnon => "al-anon.org",
            ResourceId::NarAnon => "nar-anon.org",
        }
    }
}

/// The resources every result and every screen shows: crisis lines, the national helpline,
/// the treatment locator and the line for visitors outside the US.
pub const ALWAYS: &[ResourceId] = &[
    ResourceId::Lifeline988Call,
    ResourceId::Lifeline988Text,
    ResourceId::Emergency911,
    ResourceId::SamhsaHelpline,
    ResourceId::SamhsaTty,
    ResourceId::FindTreatment,
    ResourceId::FindAHelpline,
];

/// The "Get help now" bar on every screen: call or text 988, call 911.
pub const HELP_NOW: &[ResourceId] =
    &[ResourceId::Lifeline988Call, ResourceId::Lifeline988Text, ResourceId::Emergency911];

/// The buttons of a crisis card and of an emergency result, 911 first: the card is shown for
/// danger now, where an ambulance comes before a conversation.
pub const EMERGENCY: &[ResourceId] =
    &[ResourceId::Emergency911, ResourceId::Lifeline988Call, ResourceId::Lifeline988Text];
