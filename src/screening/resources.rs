//! The fixed list of help resources and their link targets. These constants are the only link
//! targets the widget may render besides the host's own contact; a host configuration can
//! neither change nor hide them. Which ones a result shows comes from the outcome.
//!
//! All are US resources (the catalogues label them so); `FindAHelpline` serves visitors from
//! other countries. Numbers checked against clinical-basis §4 and §6.

ids! {
    /// A help resource.
    ResourceId {
        /// 988 Suicide & Crisis Lifeline, call (press 1 veterans, 2 Spanish; TTY: 711 then 988).
        Lifeline988Call = "988-call",
        /// 988 Suicide & Crisis Lifeline, text.
        Lifeline988Text = "988-text",
        /// 911 for immediate danger.
        Emergency911 = "911",
        /// SAMHSA National Helpline (free, confidential, 24/7, English and Spanish).
        SamhsaHelpline = "samhsa",
        /// SAMHSA National Helpline TTY.
        SamhsaTty = "samhsa-tty",
        /// FindTreatment.gov.
        FindTreatment = "findtreatment",
        /// findahelpline.com, crisis lines outside the US.
        FindAHelpline = "findahelpline",
        /// National Domestic Violence Hotline, call.
        DvHotlineCall = "dv-call",
        /// National Domestic Violence Hotline, text START to 88788.
        DvHotlineText = "dv-text",
        /// Childhelp National Child Abuse Hotline.
        Childhelp = "childhelp",
        /// Partnership to End Addiction helpline (for families; CRAFT-based coaching).
        PartnershipHelpline = "partnership",
        /// Partnership to End Addiction web site (CRAFT for families).
        Craft = "craft",
        /// SMART Recovery Family & Friends.
        SmartFamily = "smart-family",
        /// Al-Anon and Alateen.
        AlAnon = "al-anon",
        /// Nar-Anon.
        NarAnon = "nar-anon",
    }
}

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

/// The "Get help now" bar on every screen.
pub const HELP_NOW: &[ResourceId] =
    &[ResourceId::Lifeline988Call, ResourceId::Lifeline988Text, ResourceId::Emergency911];
