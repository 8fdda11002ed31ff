//! The host page's configuration of the widget, validated. Plain Rust (no web imports) so the
//! parser can be tested natively with arbitrary input.
//!
//! The host sets the widget up with `data-` attributes on the loader's script tag
//! (`data-center-name="…"`); the loader copies them, without the `data-`, into the fragment of
//! the frame's address (`screener.html#center-name=…`), and a plain `<iframe>` snippet writes the
//! same fragment by hand. The widget reads that fragment once, at start-up, with
//! [`parse_fragment`], and accepts configuration from nowhere else (no later message, no
//! storage). Every value is checked here: a value that is wrong in any way is replaced by its
//! safe default and reported as a [`Warning`] naming the attribute, which the start-up writes to
//! the console for the host's web team. Nothing the host writes can become markup, a script URL
//! or a crisis number: the UI reads only the fields of [`HostConfig`], and crisis and national
//! numbers are not configurable at all.

use std::fmt;

use crate::i18n::Lang;
use crate::screening::programmes::{Audience, Format, Meets, Programme};
use crate::screening::Level;

/// What a treatment center may set. Every field has a safe default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostConfig {
    /// The center's name, plain text (never markup).
    pub center_name: Option<String>,
    /// The center's phone number as shown, and its digits for a `tel:` link.
    pub phone: Option<Phone>,
    /// The center's contact page; never gets anything appended.
    pub contact_url: Option<HttpsUrl>,
    /// The levels of care the center offers. The result shows the center's contact first only
    /// when it offers the suggested level (and never for an emergency).
    pub offers: Vec<Level>,
    /// An optional extra next step in the center's own words, plain text, per language.
    pub next_step: Words,
    /// The center's programmes, in the order given.
    pub programmes: Vec<HostProgramme>,
    /// The payment the center accepts, as bits in the order of [`PAYMENT_IDS`].
    pub payment: u8,
    /// The languages the center's intake speaks, as bits in the order of [`Lang::ALL`].
    pub intake_langs: u8,
    /// The brand colour, with its shade for the dark theme.
    pub brand_colour: Option<BrandColour>,
    /// Light, dark, or following the visitor's setting (the default).
    pub theme: Theme,
    /// The host's font stack, checked to be only family names, ending in a generic family.
    pub font: Option<String>,
    /// The height of the host's fixed or sticky header as a CSS length (`"64px"`), kept clear
    /// above the frame's top and the exit bar (the loader reads the same setting).
    pub offset_top: Option<String>,
    /// Shown in the loader's full-window overlay: Escape then hands focus back to the page,
    /// which is how the loader knows to close it.
    pub overlay: bool,
    /// The language to start in; `None` means follow the browser.
    pub lang: Option<Lang>,
    /// Where the quick exit goes: a neutral site.
    pub exit_url: HttpsUrl,
}

/// The colour theme. `Auto` follows the visitor's light or dark setting; a host whose site is
/// always light (or dark) sets it so the widget is not a dark box on a light page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// A phone number as the center wrote it and as a `tel:` link needs it. The fields are
/// private: [`Phone::new`] is the only way to make one, so every phone the widget shows and
/// dials has passed its check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    display: String,
    dial: String,
}

impl Phone {
    /// A phone number: digits, spaces, `( ) - .`, and `+` only as the first character; 7 to
    /// 15 digits (E.164 allows at most 15). `None` for anything else.
    pub fn new(value: &str) -> Option<Phone> {
        let display = words(value);
        let allowed = display
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-' | '.') || (c == '+' && i == 0));
        let digits: String = display.chars().filter(char::is_ascii_digit).collect();
        if !allowed || !(7..=15).contains(&digits.len()) {
            return None;
        }
        let dial = if display.starts_with('+') { ["+", &digits].concat() } else { digits };
        Some(Phone { display, dial })
    }
    /// As shown, e.g. "(555) 010-0199", with its spaces collapsed.
    pub fn display(&self) -> &str {
        &self.display
    }
    /// Digits and a leading "+" only, e.g. "+15550100199", for `tel:`.
    pub fn dial(&self) -> &str {
        &self.dial
    }
}

/// An absolute `https:` address that is safe to put in an `href` as it is. The field is
/// private: [`HttpsUrl::new`] is the only way to make one from the host's text, so a contact
/// page or an exit page can never be a script address or hold a quote that ends the attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpsUrl(String);

impl HttpsUrl {
    /// Checks an address: ASCII only, no whitespace, quotes, angle brackets or backslashes, no
    /// user name or password, a host made of letters, digits, dots and hyphens, and an
    /// optional port. The host is lower-cased. The error says what was wrong.
    pub fn new(value: &str) -> Result<HttpsUrl, Problem> {
        https_url(value).map(HttpsUrl)
    }
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for HttpsUrl {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for HttpsUrl {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A brand colour with at least 4.5:1 contrast against white (WCAG 2.2 SC 1.4.3, for links on
/// white and white text on buttons), and its shade for the dark theme with 4.5:1 against the
/// dark surfaces. The fields are private: [`BrandColour::new`] is the only way to make one,
/// so no colour reaches the page without its contrast.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrandColour {
    light: String,
    dark: String,
}

impl BrandColour {
    /// A colour in `#rgb` or `#rrggbb` form, darkened in small steps (keeping its hue) until it
    /// has the contrast; `None` when it is not such a colour.
    pub fn new(value: &str) -> Option<BrandColour> {
        BrandColour::with_contrast(value).map(|(c, _)| c)
    }
    /// The colour, and the contrast against white of the colour as given.
    fn with_contrast(value: &str) -> Option<(BrandColour, f64)> {
        let mut rgb = parse_colour(value)?;
        let given = contrast_with_white(rgb);
        while contrast_with_white(rgb) < MIN_CONTRAST {
            rgb = rgb.map(|c| (f64::from(c) * 0.95).floor() as u8);
        }
        Some((BrandColour { light: hex_colour(rgb), dark: on_dark(rgb) }, given))
    }
    /// `#rrggbb` for the light theme.
    pub fn on_light(&self) -> &str {
        &self.light
    }
    /// `#rrggbb` for the dark theme: the colour lightened until it has the contrast there.
    pub fn on_dark(&self) -> &str {
        &self.dark
    }
}

/// A text the center writes, in each language it gave. The plain key (`next-step`, a
/// programme's `name`) is English and the `-es` key Spanish; a page in one language shows only
/// that language's text, so a Spanish visitor never reads the center's English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// The English text.
    pub en: Option<String>,
    /// The Spanish text.
    pub es: Option<String>,
}

impl Words {
    /// The text in this language, if the center wrote one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Es => self.es.as_deref(),
        }
    }
}

/// One of the center's programmes: what the matching reads, and what the center wrote about
/// it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostProgramme {
    /// Its level, times, audience and format.
    pub programme: Programme,
    /// Its short name, e.g. "Evening IOP"; without one in the page's language the result
    /// names it by its level.
    pub name: Words,
    /// A short note, e.g. "Childcare on site".
    pub note: Words,
    /// The languages it is run in, as bits in the order of [`Lang::ALL`]; none when the
    /// center did not say.
    pub langs: u8,
}

const PAYMENTS: &str = "medicaid, medicare, private, sliding-scale, free";
/// The ways of paying a center can name, in the order the catalogues' `payments` list them.
pub const PAYMENT_IDS: [&str; 5] = ["medicaid", "medicare", "private", "sliding-scale", "free"];
const LANGS: &str = "en, es";

/// The neutral page the quick exit opens when the host sets none.
pub const DEFAULT_EXIT_URL: &str = "https://www.weather.gov/";

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            center_name: None,
            phone: None,
            contact_url: None,
            offers: Vec::new(),
            next_step: Words::default(),
            programmes: Vec::new(),
            payment: 0,
            intake_langs: 0,
            brand_colour: None,
            theme: Theme::Auto,
            font: None,
            offset_top: None,
            overlay: false,
            lang: None,
            exit_url: HttpsUrl(DEFAULT_EXIT_URL.to_owned()),
        }
    }
}

crate::screening::id_enum! {
    /// A setting a host can give. Its key is the attribute name without `data-`; the docs
    /// (`docs/embedding.md`) list the same keys with their defaults, in this order.
    Key {
        /// `center-name`: the center's name.
        CenterName = "center-name",
        /// `phone`: the center's phone number.
        Phone = "phone",
        /// `contact-url`: the center's contact page.
        ContactUrl = "contact-url",
        /// `offers`: the levels of care the center offers.
        Offers = "offers",
        /// `next-step`: an extra next step in the center's words, in English.
        NextStep = "next-step",
        /// `next-step-es`: the same in Spanish.
        NextStepEs = "next-step-es",
        /// `payment`: the payment the center accepts.
        Payment = "payment",
        /// `intake-lang`: the languages the center's intake speaks.
        IntakeLang = "intake-lang",
        /// `program-1` … `program-8`: the center's programmes, one per key.
        Program1 = "program-1",
        /// The second programme.
        Program2 = "program-2",
        /// The third.
        Program3 = "program-3",
        /// The fourth.
        Program4 = "program-4",
        /// The fifth.
        Program5 = "program-5",
        /// The sixth.
        Program6 = "program-6",
        /// The seventh.
        Program7 = "program-7",
        /// The eighth.
        Program8 = "program-8",
        /// `brand-color` (or `brand-colour`): the brand colour.
        BrandColor = "brand-color",
        /// `lang`: the language to start in.
        Lang = "lang",
        /// `exit-url`: where the quick exit goes.
        ExitUrl = "exit-url",
        /// `theme`: `auto`, `light` or `dark`.
        Theme = "theme",
        /// `font`: the font stack.
        Font = "font",
        /// `offset-top`: the height of the host's fixed header, in pixels.
        OffsetTop = "offset-top",
        /// `mode`: `inline` or `overlay` (the loader's; the widget reads it for Escape).
        Mode = "mode",
    }
}

impl Key {
    /// Reads a lower-cased attribute name. The British `brand-colour` is accepted too, as
    /// hosts write both.
    pub fn read(key: &str) -> Option<Key> {
        if key == "brand-colour" {
            return Some(Key::BrandColor);
        }
        Key::parse(key)
    }
}

/// The longest center name shown; longer names are cut so the layout holds.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest programme name shown.
pub const MAX_PROGRAMME_NAME_CHARS: usize = 60;
/// The longest custom next step shown.
pub const MAX_NEXT_STEP_CHARS: usize = 300;
/// The longest URL accepted; real contact pages are far shorter.
pub const MAX_URL_CHARS: usize = 2000;
/// The least contrast a brand colour must have against white: WCAG 2.2 SC 1.4.3 for normal
/// text, because the colour is used for links on white and behind white button text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The most pixels `offset-top` may keep clear: more than a third of a phone's window would
/// leave too little room for the widget.
pub const MAX_OFFSET: u32 = 240;
/// The longest font stack accepted.
pub const MAX_FONT_CHARS: usize = 200;
/// The dark theme's lighter surface (the help bar, cards), which links in the brand colour
/// must reach 4.5:1 against; the page background is darker still.
pub const DARK_SURFACE: [u8; 3] = [0x22, 0x28, 0x2d];

/// A setting the widget could not use as given, and what it did instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The key as the host wrote it (lower-cased), e.g. `phone`; shown as `data-phone`.
    pub key: String,
    /// The value as given, shortened for the console.
    pub value: String,
    /// What was wrong.
    pub problem: Problem,
}

/// What was wrong with a setting. Each variant's message (see `Display` on [`Warning`]) says
/// what the widget did instead, so the host's web team knows what the visitor sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The key is not a setting of the widget; it is ignored.
    UnknownKey,
    /// The key was given more than once; the first value is used.
    Repeated,
    /// The value is empty; the default is used.
    Empty,
    /// The text held markup (`<…>`); tags were removed and the rest is shown as plain text.
    Markup {
        /// The text that is shown instead.
        shown: String,
    },
    /// The text held control or direction-override characters, which were removed.
    ControlCharacters,
    /// The text was longer than the widget shows; it was cut.
    TooLong {
        /// The most characters kept.
        max: usize,
    },
    /// A `javascript:`, `data:` or `vbscript:` address; never accepted.
    ScriptUrl,
    /// An address that is not `https:` (e.g. `http:` or a relative path).
    NotHttps,
    /// An `https:` address the widget cannot use safely (a user name in it, spaces, quotes,
    /// non-ASCII characters that were not percent-encoded, no host).
    BadUrl,
    /// Not a phone number: only digits, spaces, `( ) - .` and a leading `+`, 7 to 15 digits.
    BadPhone,
    /// `emergency` is not a level a center offers: emergencies always go to 911 and 988.
    EmergencyOffered,
    /// Not a colour in `#rgb` or `#rrggbb` form; the default colour is used.
    BadColour,
    /// The colour has less than 4.5:1 contrast against white; a darker shade of it is used.
    LowContrast {
        /// The contrast of the given colour against white, in tenths (e.g. 31 means 3.1:1).
        tenths: u32,
        /// The colour used instead.
        used: String,
    },
    /// A language the widget does not speak; the browser's language is followed.
    UnknownLang,
    /// Not `auto`, `light` or `dark`; the visitor's setting is followed.
    BadTheme,
    /// Not a list of font family names; the widget's own font is used.
    BadFont,
    /// Not a whole number of pixels from 0 to [`MAX_OFFSET`]; 0 is used.
    BadOffset,
    /// Not `inline` or `overlay`; inline is used.
    BadMode,
    /// Items of a list that are not among those allowed; they are left out.
    UnknownItems {
        /// The items left out.
        items: Vec<String>,
        /// The allowed items, for the message.
        allowed: &'static str,
    },
    /// A part of a programme's description that could not be used.
    Part {
        /// The part as written (shortened), e.g. `time=9pm-1am`.
        part: String,
        /// What the part must be.
        rule: &'static str,
        /// Whether the programme is left out because of it (a programme needs its level,
        /// and days and times that can be matched); otherwise only the part is ignored.
        dropped: bool,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = &self.key;
        let value = &self.value;
        write!(f, "data-{key}=\"{value}\": ")?;
        match &self.problem {
            Problem::UnknownKey => {
                write!(f, "not a setting of the screener, so it is ignored. The settings are")?;
                for (i, k) in Key::ALL.iter().enumerate() {
                    write!(f, "{} data-{}", if i == 0 { "" } else { "," }, k.as_str())?;
                }
                write!(f, ".")
            }
            Problem::Repeated => write!(f, "given more than once; only the first value is used."),
            Problem::Empty => write!(f, "empty, so the default is used."),
            Problem::Markup { shown } => write!(
                f,
                "markup is not allowed here. The tags were removed and this is shown as plain text: \"{shown}\"."
            ),
            Problem::ControlCharacters => {
                write!(f, "control or text-direction characters were removed from this text.")
            }
            Problem::TooLong { max } => write!(f, "longer than {max} characters, so it was cut."),
            Problem::ScriptUrl => write!(
                f,
                "script and data addresses are never accepted. {}",
                url_default(key)
            ),
            Problem::NotHttps => write!(
                f,
                "must be a full https:// address (http and relative addresses are not accepted). {}",
                url_default(key)
            ),
            Problem::BadUrl => write!(
                f,
                "not an address the screener can use safely (no user name, spaces, quotes or \
                 unencoded non-ASCII characters; international domain names in their xn-- form). {}",
                url_default(key)
            ),
            Problem::BadPhone => write!(
                f,
                "not a phone number (use 7 to 15 digits with spaces, ( ) - . and an optional leading +). No phone number is shown."
            ),
            Problem::EmergencyOffered => write!(
                f,
                "\"emergency\" is left out: an emergency result always points to 911 and 988 first."
            ),
            Problem::BadColour => {
                write!(f, "not a colour in #rgb or #rrggbb form, so the default colour is used.")
            }
            Problem::LowContrast { tenths, used } => write!(
                f,
                "contrast against white is {}.{}:1, less than the 4.5:1 that text needs, so the darker shade {used} is used.",
                tenths / 10,
                tenths % 10
            ),
            Problem::UnknownLang => {
                write!(f, "not a language of the screener (en, es), so it follows the browser.")
            }
            Problem::BadTheme => write!(f, "not auto, light or dark, so it follows the visitor's setting."),
            Problem::BadFont => write!(
                f,
                "not a list of font names (letters, digits, spaces, hyphens, quotes and commas, at most {MAX_FONT_CHARS} characters), so the screener's own font is used."
            ),
            Problem::BadOffset => write!(f, "not a whole number of pixels from 0 to {MAX_OFFSET}, so 0 is used."),
            Problem::BadMode => write!(f, "not inline or overlay, so the widget is shown inline."),
            Problem::UnknownItems { items, allowed } => {
                for item in items {
                    write!(f, "\"{item}\" ")?;
                }
                write!(f, "not among the choices ({allowed}), so left out.")
            }
            Problem::Part { part, rule, dropped } => write!(
                f,
                "\"{part}\": {rule}, so {}.",
                if *dropped { "this program is left out" } else { "this part is ignored" }
            ),
        }
    }
}

fn url_default(key: &str) -> String {
    if key == "exit-url" {
        format!("The quick exit goes to {DEFAULT_EXIT_URL}.")
    } else {
        "No contact link is shown.".to_owned()
    }
}

/// A parsed configuration and what was wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The configuration to use: every field valid, every bad value replaced by its default.
    pub config: HostConfig,
    /// One warning per value that was not used as given, in the order given.
    pub warnings: Vec<Warning>,
}

/// Reads the configuration from the fragment of the frame's address, e.g.
/// `#center-name=Harbor%20Recovery&phone=555-010-0199`, encoded as the loader's
/// `URLSearchParams` writes it (`application/x-www-form-urlencoded`: `+` is a space).
pub fn parse_fragment(fragment: &str) -> Parsed {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let pairs: Vec<(String, String)> = fragment
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (form_decode(key), form_decode(value))
        })
        .collect();
    parse_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Validates key/value pairs (keys without `data-`). The first value of a key wins.
pub fn parse_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Parsed {
    let mut config = HostConfig::default();
    let mut warnings = Vec::new();
    let mut seen: Vec<Key> = Vec::new();
    for (raw_key, raw_value) in pairs {
        let key = raw_key.trim().to_ascii_lowercase();
        let value = raw_value.trim();
        let mut warn = |problem: Problem| {
            warnings.push(Warning { key: shorten(&key, 40), value: shorten(value, 60), problem })
        };
        let Some(known) = Key::read(&key) else {
            warn(Problem::UnknownKey);
            continue;
        };
        if seen.contains(&known) {
            warn(Problem::Repeated);
            continue;
        }
        seen.push(known);
        if value.is_empty() {
            warn(Problem::Empty);
            continue;
        }
        match known {
            Key::CenterName => config.center_name = text(value, MAX_NAME_CHARS, &mut warn),
            Key::NextStep => config.next_step.en = text(value, MAX_NEXT_STEP_CHARS, &mut warn),
            Key::NextStepEs => config.next_step.es = text(value, MAX_NEXT_STEP_CHARS, &mut warn),
            Key::Payment => config.payment = list(value, &PAYMENT_IDS, PAYMENTS, &mut warn),
            Key::IntakeLang => config.intake_langs = list(value, &LANG_TAGS, LANGS, &mut warn),
            Key::Program1 | Key::Program2 | Key::Program3 | Key::Program4 | Key::Program5 | Key::Program6
            | Key::Program7 | Key::Program8 => {
                if let Some(p) = programme(value, &mut warn) {
                    config.programmes.push(p);
                }
            }
            Key::Phone => {
                config.phone = Phone::new(value).or_else(|| {
                    warn(Problem::BadPhone);
                    None
                })
            }
            Key::ContactUrl => config.contact_url = HttpsUrl::new(value).map_err(&mut warn).ok(),
            Key::ExitUrl => {
                if let Ok(url) = HttpsUrl::new(value).map_err(&mut warn) {
                    config.exit_url = url;
                }
            }
            Key::Offers => config.offers = offers(value, &mut warn),
            Key::BrandColor => {
                config.brand_colour = brand_colour(value, &mut warn);
            }
            Key::Theme => {
                config.theme = match value.to_ascii_lowercase().as_str() {
                    "auto" => Theme::Auto,
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => {
                        warn(Problem::BadTheme);
                        Theme::Auto
                    }
                }
            }
            Key::Font => {
                config.font = font(value).or_else(|| {
                    warn(Problem::BadFont);
                    None
                })
            }
            Key::OffsetTop => {
                config.offset_top = pixels(value).or_else(|| {
                    warn(Problem::BadOffset);
                    None
                })
            }
            Key::Mode => match value.to_ascii_lowercase().as_str() {
                "inline" => config.overlay = false,
                "overlay" => config.overlay = true,
                _ => warn(Problem::BadMode),
            },
            Key::Lang => {
                config.lang = Lang::from_tag(value).or_else(|| {
                    warn(Problem::UnknownLang);
                    None
                })
            }
        }
    }
    Parsed { config, warnings }
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte,
/// a `%` without two hex digits stays as it is, and bytes that are not UTF-8 become U+FFFD.
pub fn form_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b))) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// At most `max` characters, for echoing a value in the console.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_owned(),
    }
}

/// Characters that change how text around them is shown without being seen: the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A name with an override
/// could display reversed, e.g. make "Call us" read as something else.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Plain text for the center's name or its next step: tags and angle brackets removed (Yew
/// would escape them anyway; refusing them here means no markup is ever even carried),
/// control and direction characters removed, whitespace collapsed, at most `max` characters.
fn text(value: &str, max: usize, warn: &mut dyn FnMut(Problem)) -> Option<String> {
    let mut controls = false;
    let visible: String = value
        .chars()
        .filter(|&c| {
            let bad = c.is_control() || is_direction_control(c);
            controls |= bad && !c.is_whitespace();
            !bad || c.is_whitespace()
        })
        .collect();
    if controls {
        warn(Problem::ControlCharacters);
    }
    let had_markup = visible.contains(['<', '>']);
    let stripped = strip_tags(&visible);
    let mut plain = words(&stripped);
    if had_markup {
        warn(Problem::Markup { shown: shorten(&plain, 60) });
    }
    if let Some((end, _)) = plain.char_indices().nth(max) {
        plain.truncate(end);
        plain.truncate(plain.trim_end().len());
        warn(Problem::TooLong { max });
    }
    (!plain.is_empty()).then_some(plain)
}

/// The text without its tags, and without what a `<script>` or `<style>` element holds: that
/// is code, not words the host meant to show. Stray `>` go too.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag_and_after = &rest[lt..];
        let end = tag_and_after.find('>').map_or(tag_and_after.len(), |gt| gt + 1);
        let tag = tag_and_after[..end].to_ascii_lowercase();
        rest = &tag_and_after[end..];
        for element in ["script", "style"] {
            if tag.starts_with(&format!("<{element}")) {
                // ASCII lower-casing keeps every byte offset, so `i` indexes `rest` as well.
                // Each "<" is tried in turn: a substring search would ship 2 KB of search code
                // used nowhere else in the widget.
                let lower = rest.to_ascii_lowercase();
                let close = format!("</{element}");
                let found = lower.match_indices('<').find(|&(i, _)| lower[i..].starts_with(&close));
                rest = match found {
                    Some((i, _)) => rest[i..].split_once('>').map_or("", |(_, after)| after),
                    None => "",
                };
            }
        }
    }
    out.push_str(rest);
    out.replace('>', "")
}

/// The words of `text` with one space between each (runs of whitespace collapsed).
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}


/// The checks of [`HttpsUrl::new`], giving the address with its host lower-cased.
fn https_url(value: &str) -> Result<String, Problem> {
    // Browsers ignore tabs and newlines inside a URL ("java\tscript:" is javascript:), so the
    // scheme is read with them removed before deciding which message fits.
    let squeezed: String = value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    let scheme = squeezed.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("javascript" | "data" | "vbscript") => return Err(Problem::ScriptUrl),
        Some("https") => {}
        _ => return Err(Problem::NotHttps),
    }
    let Some(rest) = value.get(..8).filter(|p| p.eq_ignore_ascii_case("https://")).map(|_| &value[8..]) else {
        return Err(Problem::BadUrl);
    };
    let safe = |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^');
    // Bytes, not characters: an address with a non-ASCII character fails `safe` either way,
    // and counting characters would ship its own 0.9 KB routine for this one check.
    if value.len() > MAX_URL_CHARS || !rest.chars().all(safe) {
        return Err(Problem::BadUrl);
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok = port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit());
    if !host_ok || !port_ok {
        return Err(Problem::BadUrl);
    }
    let colon = if port.is_empty() { "" } else { ":" };
    Ok(format!("https://{}{colon}{port}{tail}", host.to_ascii_lowercase()))
}

/// The ids of [`Level::ALL`], in its order, for reading lists of levels (a test checks they
/// agree).
pub const LEVEL_IDS: [&str; 7] = ["early", "outpatient", "iop", "php", "residential", "withdrawal", "emergency"];
const LEVELS: &str = "early, outpatient, iop, php, residential, withdrawal";

/// The levels a center offers, from a comma-separated list, in the clinical order, once each.
/// Read like every other list, so an unknown level gets the same message as an unknown way of
/// paying.
fn offers(value: &str, warn: &mut dyn FnMut(Problem)) -> Vec<Level> {
    let bits = list(value, &LEVEL_IDS, LEVELS, warn);
    if bits & (1 << 6) != 0 {
        warn(Problem::EmergencyOffered);
    }
    let mut levels = Vec::new();
    for (i, l) in Level::ALL[..6].iter().enumerate() {
        if bits & (1 << i) != 0 {
            levels.push(*l);
        }
    }
    levels
}

/// The items of a comma- or space-separated list among `names`, as bits (bit 0 the first
/// name); the others are reported together.
fn list(value: &str, names: &[&str], allowed: &'static str, warn: &mut dyn FnMut(Problem)) -> u8 {
    let mut unknown = Vec::new();
    let mut bits = 0;
    for item in value.to_ascii_lowercase().split([',', ' ']).filter(|i| !i.is_empty()) {
        match names.iter().position(|n| *n == item) {
            Some(i) => bits |= 1 << i,
            None => unknown.push(shorten(item, 20)),
        }
    }
    // A list of separators only names nothing, which is as wrong as an unknown item.
    if !unknown.is_empty() || bits == 0 {
        warn(Problem::UnknownItems { items: unknown, allowed });
    }
    bits
}

const DAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const LANG_TAGS: [&str; 2] = ["en", "es"];

/// The parts of a programme's description, and what each must be. The first, third and
/// fourth (level, days, time) are needed to match the programme to a week, so a bad one
/// leaves the programme out; a bad one of the others is only ignored.
const PART_KEYS: [&str; 10] = ["level", "days", "time", "name", "name-es", "note", "note-es", "format", "for", "lang"];
const PART_RULES: [&str; 11] = [
    "level is one of those of data-offers",
    "days are like mon,wed or mon-fri",
    "time is like 17:30-21:00, ending after it starts",
    "", "", "", "",
    "format is in-person, online or both",
    "for is all, adults, teens or family",
    "",
    "not a part of a program",
];
const FORMATS: [&str; 3] = ["in-person", "online", "both"];
const AUDIENCES: [&str; 4] = ["all", "adults", "teens", "family"];

/// A programme's description: parts separated by `;`, each `name=value`, e.g.
/// `level=iop; name=Evening IOP; days=mon,tue,thu; time=17:30-21:00; format=in-person`.
/// Without a level, or with days or a time that cannot be matched (a time that ends before
/// it starts, which would cross midnight, or days without a time), the programme is left out:
/// showing it with wrong times would send a visitor to a group that does not meet then.
fn programme(value: &str, warn: &mut dyn FnMut(Problem)) -> Option<HostProgramme> {
    let mut p = HostProgramme {
        programme: Programme { level: Level::Emergency, meets: None, audience: Audience::All, format: None },
        name: Words::default(),
        note: Words::default(),
        langs: 0,
    };
    let (mut days, mut time, mut ok, mut seen) = (None, None, true, 0u16);
    for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, v) = part.split_once('=').unwrap_or((part, ""));
        let (v, key) = (v.trim(), key.trim().to_ascii_lowercase());
        let lower = v.to_ascii_lowercase();
        let i = PART_KEYS.iter().position(|k| *k == key).unwrap_or(10);
        // A part given twice keeps its first value, as a setting given twice does: a pasted
        // second `level=` must not quietly move the programme to another level.
        if i < 10 && seen & (1 << i) != 0 {
            warn(Problem::Repeated);
            continue;
        }
        seen |= 1 << i;
        let find = |list: &[&str]| list.iter().position(|x| *x == lower);
        let good = match i {
            0 => find(&LEVEL_IDS[..6]).map(|l| p.programme.level = Level::ALL[l]).is_some(),
            1 => {
                days = day_mask(&lower);
                days.is_some()
            }
            2 => {
                time = clock_range(&lower);
                time.is_some()
            }
            3..=6 => {
                let t = text(v, if i < 5 { MAX_PROGRAMME_NAME_CHARS } else { MAX_NEXT_STEP_CHARS }, warn);
                let words = if i < 5 { &mut p.name } else { &mut p.note };
                *(if i % 2 == 1 { &mut words.en } else { &mut words.es }) = t;
                true
            }
            // A bad format or audience leaves what an earlier part said.
            7 => find(&FORMATS).map(|f| p.programme.format = Some([Format::InPerson, Format::Online, Format::Both][f])).is_some(),
            8 => find(&AUDIENCES).map(|a| p.programme.audience = [Audience::All, Audience::Adults, Audience::Teens, Audience::Family][a]).is_some(),
            9 => {
                p.langs = list(v, &LANG_TAGS, LANGS, warn);
                true
            }
            _ => false,
        };
        if !good {
            warn(Problem::Part { part: shorten(part, 40), rule: PART_RULES[i], dropped: i < 3 });
            ok &= i >= 3;
        }
    }
    // What is missing is reported once the parts themselves are: a programme needs its level,
    // and days and a time together.
    if ok && (p.programme.level == Level::Emergency || days.is_some() != time.is_some()) {
        warn(Problem::Part { part: shorten(value, 40), rule: "a program needs level=…, and days and time together", dropped: true });
        ok = false;
    }
    if let (Some(days), Some((start, end))) = (days, time) {
        p.programme.meets = Some(Meets { days, start, end });
    }
    ok.then_some(p)
}

/// Days as `mon,wed,fri`, `mon-fri` or `monday tuesday` (lower-cased), as bits: bit 0 is
/// Monday.
fn day_mask(value: &str) -> Option<u8> {
    let day = |s: &str| DAY_NAMES.iter().position(|d| *d == s || d.get(..3) == Some(s));
    let mut mask = 0u8;
    for item in value.split([',', ' ']).filter(|i| !i.is_empty()) {
        let (a, b) = item.split_once(['-', '–']).unwrap_or((item, item));
        let (from, to) = (day(a)?, day(b)?);
        if from > to {
            return None;
        }
        for d in from..=to {
            mask |= 1 << d;
        }
    }
    (mask != 0).then_some(mask)
}

/// A time range like `17:30-21:00` or `9-12`, as
/// minutes after midnight; `None` unless it ends after it starts on the same day.
fn clock_range(value: &str) -> Option<(u16, u16)> {
    let (a, b) = value.split_once(['-', '–'])?;
    let (start, end) = (clock(a)?, clock(b)?);
    (start < end).then_some((start, end))
}

/// A time of day on the 24-hour clock: `H`, `H:MM` or `HH:MM`, up to 23:59. (One way to write it, which no reader can take for another time: "5:30" could be
/// morning or evening.)
fn clock(value: &str) -> Option<u16> {
    let v = value.trim();
    let (h, m) = v.split_once(':').unwrap_or((v, "00"));
    let (h, m) = (number(h, 2)?, number(m, 2)?);
    (m < 60 && h < 24).then_some((h * 60 + m) as u16)
}

/// A whole number written with 1 to `most` ASCII digits.
fn number(s: &str, most: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= most && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// The host's brand colour, with a warning when it had to be darkened for its contrast.
fn brand_colour(value: &str, warn: &mut dyn FnMut(Problem)) -> Option<BrandColour> {
    let Some((colour, given)) = BrandColour::with_contrast(value) else {
        warn(Problem::BadColour);
        return None;
    };
    if given < MIN_CONTRAST {
        // Floor, so that a colour at 4.49:1 is never reported as 4.5:1.
        warn(Problem::LowContrast { tenths: (given * 10.0).floor() as u32, used: colour.light.clone() });
    }
    Some(colour)
}

/// The brand colour for the dark theme: mixed with white in steps of 5% until it has at least
/// 4.5:1 against the dark surface, so links keep the brand's hue there (WCAG 2.2 SC 1.4.3).
fn on_dark(mut rgb: [u8; 3]) -> String {
    while contrast(rgb, DARK_SURFACE) < MIN_CONTRAST {
        rgb = rgb.map(|c| c + ((255 - c) as f64 * 0.05).ceil() as u8);
    }
    hex_colour(rgb)
}

/// A font stack as CSS writes it: family names separated by commas, made of letters, digits,
/// spaces and hyphens, each name optionally in quotes. Nothing else can appear, so the value
/// cannot end the declaration or load anything. The frame loads no fonts (its CSP), so a web
/// font of the host page is not there; a generic family is added when the stack ends in none.
fn font(value: &str) -> Option<String> {
    const GENERIC: [&str; 4] = ["serif", "sans-serif", "system-ui", "monospace"];
    // One pass: every byte allowed, quotes paired, and a letter or digit in each name.
    let (mut quotes, mut named, mut ok) = (0, false, value.len() <= MAX_FONT_CHARS);
    for b in value.bytes().chain([b',']) {
        match b {
            b',' => {
                ok &= named;
                named = false;
            }
            b'"' | b'\'' => quotes += 1,
            b' ' | b'-' => {}
            _ if b.is_ascii_alphanumeric() => named = true,
            _ => ok = false,
        }
    }
    if !ok || quotes % 2 == 1 {
        return None;
    }
    let last = value.bytes().rposition(|b| b == b',').map_or(value, |i| &value[i + 1..]).trim();
    let generic = GENERIC.contains(&last);
    Some([value, if generic { "" } else { ", system-ui, sans-serif" }].concat())
}

/// A whole number of pixels up to [`MAX_OFFSET`], written plainly or with `px` after it, as a
/// CSS length.
fn pixels(value: &str) -> Option<String> {
    let digits = value.strip_suffix("px").unwrap_or(value).trim();
    (number(digits, 3)? <= MAX_OFFSET).then(|| [digits, "px"].concat())
}

fn parse_colour(value: &str) -> Option<[u8; 3]> {
    let digits = value.strip_prefix('#')?;
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    // Every character is an ASCII hex digit now, so each byte is one digit.
    let d: Vec<u8> = digits.bytes().filter_map(hex).collect();
    match d[..] {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

fn hex_colour([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The WCAG 2.2 contrast ratio of a colour against white: (1.05) / (L + 0.05), where L is the
/// relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    contrast(rgb, [255, 255, 255])
}

/// The WCAG 2.2 contrast ratio of two colours, lighter luminance over darker, each plus 0.05.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
    };
    let [r, g, b] = rgb.map(linear);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// `x` to the power 2.4, for `x` between 0.09 and 1 (the range WCAG's formula gives it), without
/// `f64::powf`: that pulls libm's `pow` into the wasm, about 2 KB, for this one line. Here
/// x^2.4 = (x^(1/5))^12, and the fifth root comes from Newton's method for y^5 = x, which from
/// 1 reaches f64 precision in under 10 steps anywhere in that range; 24 leave room.
/// `tests/config.rs` checks the contrast of every grey and every pure red, green and blue
/// against `powf`'s.
fn pow_2_4(x: f64) -> f64 {
    let mut y = 1.0;
    for _ in 0..24 {
        y = (4.0 * y + x / (y * y * y * y)) / 5.0;
    }
    let y3 = y * y * y;
    y3 * y3 * y3 * y3
}
