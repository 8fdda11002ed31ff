//! The keys of the user-interface sentences (words that are not about a question or a rule).
//!
//! A sentence with a number or a name in it is split into the words before and after, so no
//! formatting machinery is needed and each language can order its own words.

/// A sentence of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ui {
    /// The widget's title, also the document title.
    Title,
    /// Prefix of the document title while an error is shown ("Error: ").
    TitleErrorPrefix,

    /// "Get help now:" at the start of the help bar.
    HelpNow,
    /// Link: call 988.
    Call988,
    /// Link: text 988.
    Text988,
    /// Link: call 911.
    Call911,
    /// The quick-exit button.
    ExitThisPage,
    /// Announced after the first Shift press.
    ShiftTwoMore,
    /// Announced after the second Shift press.
    ShiftOneMore,
    /// Announced when the Shift presses timed out.
    ShiftExpired,
    /// The only thing left on screen after the quick exit, a link to the neutral page.
    ExitedLink,
    /// The page around the widget may be able to see the answers (no sandbox).
    Exposed,
    /// The accessible name of the language switcher.
    LanguageLabel,

    /// Start page: what this is.
    StartIntro,
    /// Start page: for whom.
    StartWho,
    /// Start page: how long it takes.
    StartTime,
    /// Start page heading: privacy.
    StartPrivacyHeading,
    /// Start page: nothing leaves the device.
    StartPrivacy,
    /// Start page: not a diagnosis.
    StartNotDiagnosis,
    /// Start page heading: leaving quickly.
    StartExitHeading,
    /// Start page: how the quick exit works.
    StartExit,
    /// Start page: the quick exit does not erase history.
    StartHistory,
    /// Start page: danger now.
    StartDanger,
    /// The start button.
    StartButton,

    /// "Question {n} of about {total}": where the question on screen is on the path so far.
    Progress,
    /// The Continue button.
    Continue,
    /// The Back link.
    Back,
    /// The error summary's heading.
    ErrorTitle,
    /// The hidden prefix of an inline error.
    ErrorPrefix,
    /// Nothing chosen on a single-choice question.
    ErrorChooseOne,
    /// Nothing chosen on a multiple-choice question.
    ErrorChooseAny,
    /// The hint under a multiple-choice question's heading: more than one answer may be
    /// chosen. It is a hint, not part of the heading, so the heading stays the question.
    ChooseAll,

    /// Crisis card: the person may go on afterwards.
    CrisisGoOn,
    /// The button to go on with the questions after the crisis card.
    CrisisContinue,
    /// The button to skip the remaining questions and see the suggestion now.
    CrisisFinish,

    /// "Check your answers" heading.
    CheckTitle,
    /// The Change link (followed by hidden text naming the question).
    Change,
    /// Shown for a question with no answer.
    NotAnswered,
    /// The name of the group of answers about the person and their schedule, in family
    /// mode (the area's own name speaks to "you").
    CheckAboutLovedOne,
    /// The button from the summary to the result.
    SeeResult,

    /// The result page's heading.
    ResultTitle,
    /// The result page's heading when a family member or friend answered.
    ResultTitleTheirs,
    /// Hidden urgency text in the care card heading, emergency.
    UrgencyEmergency,
    /// Hidden urgency text, urgent.
    UrgencyUrgent,
    /// Hidden urgency text, not urgent.
    UrgencyRoutine,
    /// Heading: the reasons.
    WhyTitle,
    /// The label before the one reason on the level card ("Why:").
    WhyShort,
    /// Heading: what the level involves.
    InvolvesTitle,
    /// Heading: schedule.
    ScheduleTitle,
    /// Heading: schedule, when a family member or friend answered.
    ScheduleTitleTheirs,
    /// Heading: next steps.
    NextStepsTitle,
    /// Heading of the host center's block.
    CenterContact,
    /// The center's name when the host gave none.
    CenterFallback,
    /// The center offers the suggested level.
    CenterOffers,
    /// The center lists its levels of care and not the suggested one.
    CenterAskWhere,
    /// Before the center's programmes at the suggested level.
    ProgrammesLead,
    /// Before the center's family programmes, in family mode.
    FamilyProgrammesLead,
    /// A programme meets at times marked free.
    ProgFits,
    /// Before the days and parts of the day a programme meets that were not marked free.
    ProgClash,
    /// None of the programmes meets at the free times: what to ask for instead.
    NoneFits,
    /// A programme is run in person.
    FormatInPerson,
    /// A programme is run online.
    FormatOnline,
    /// Before the languages a programme is run in ("In ").
    RunIn,
    /// Before the languages the center's intake speaks.
    IntakeSpeaks,
    /// Before the ways of paying the center accepts.
    Accepts,
    /// "What to say when you call:" before the programme line.
    CallAboutTitle,
    /// The words before the programme's name in what to say when calling.
    CallAbout,
    /// Link text: the center's contact page.
    CenterPage,
    /// "Call" before the center's number.
    CenterCall,
    /// Hidden text after a link that opens a new tab.
    NewTab,
    /// Heading: crisis lines on the result.
    CrisisLinesTitle,
    /// Heading above print, save and start again.
    KeepTitle,
    /// The print button.
    Print,
    /// The save button.
    Save,
    /// The warning shown before a file is saved.
    SaveWarning,
    /// The button that saves after the warning.
    SaveConfirm,
    /// Cancel.
    Cancel,
    /// Start again.
    StartAgain,
    /// Says that start again clears everything.
    StartAgainNote,
}
