//! Plain language, measured: a readability score for every screen of the widget, in English
//! and in Spanish, and a failure for any screen that is harder than a US 8th grader reads.
//!
//! Why screens and not strings: readability formulas count words per sentence and syllables
//! per word, so on a two-word label ("Weekday mornings") they mean nothing. A person reads a
//! screen: a question with its hint, help text and options; a section of the result; the start
//! page. So each test passage is one screen or one result section, built from the catalogues
//! through the same API the widget renders from. A separate sweep builds a passage for every
//! other entry of the domain catalogues (each reason, next step, note, plan line, crisis card,
//! resource line…) under its section heading, so no sentence escapes measurement, and a check
//! at the end proves that every string literal in `src/i18n/{en,es}/*.rs` was measured.
//!
//! English: Flesch–Kincaid grade level from the `textstat` crate (Kincaid, Fishburne, Rogers,
//! Chissom & Chissom 1975, "Derivation of new readability formulas … for Navy enlisted
//! personnel", Research Branch Report 8-75: grade = 0.39·words/sentences + 11.8·syllables/words
//! − 15.59). Limit: grade 8.0 (hard fail); aim: grade 6 (reported).
//!
//! Spanish: the Fernández-Huerta lecturabilidad, written here (no maintained crate does
//! Spanish). Fernández Huerta J. (1959) "Medidas sencillas de lecturabilidad", Consigna 214:
//! 29–32, as corrected by Gwillim Law (2011, "Error in the Fernandez Huerta Readability
//! Formula", LINGUIST List 22.2332), so that the sentence term is words per sentence as in
//! Flesch's original:
//!     L = 206.84 − 60 · syllables/words − 1.02 · words/sentences
//! Fernández Huerta's own table maps L to school grades: 90–100 4º grado, 80–90 5º, 70–80 6º,
//! 60–70 "7º u 8º grado" (normal for adults), 50–60 preuniversitario, 30–50 cursos selectivos,
//! 0–30 universitario. So the same limits as in English are: L ≥ 60 (grade 8, hard fail) and
//! aim L ≥ 70 (grade 6). The report also gives INFLESZ (Szigriszt-Pazos 1993, "Sistemas
//! predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad", P = 206.835 −
//! 62.3·syllables/words − words/sentences) read on the INFLESZ scale of Barrio-Cantalejo et al.
//! 2008, An Sist Sanit Navar 31(2):135–52 (< 40 muy difícil, 40–55 algo difícil, 55–65 normal,
//! 65–80 bastante fácil, > 80 muy fácil); it is reported, not enforced, because its scale is
//! banded by kind of publication rather than by school grade.
//!
//! Names are not hard words: a reader does not have to decode "buprenorphine" or "SAMHSA" to
//! follow the sentence, and there is no plainer word for a name. Each word of a listed name
//! (drugs, organisations, resources, programmes) is counted as one word of one syllable. Whole
//! strings are never exempt; clinical words that are not names ("withdrawal", "delirium
//! tremens") count in full and must be explained in plain words around them.
//!
//! Run with `cargo test --test readability -- --nocapture` to see the distribution; it is also
//! written to `target/readability.txt`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use care_screener::i18n::{self, Lang, Notice, Ui};
use care_screener::screening::bank::BANK;
use care_screener::screening::{self, file, path, Level, Outcome, Voice};

/// Flesch–Kincaid grade above which an English passage fails.
const EN_MAX_GRADE: f64 = 8.0;
/// The English grade we aim for (reported, not enforced).
const EN_AIM_GRADE: f64 = 6.0;
/// Fernández-Huerta score below which a Spanish passage fails (the bottom of "7º u 8º grado").
const ES_MIN_FH: f64 = 60.0;
/// The Spanish score we aim for (the bottom of "6º grado").
const ES_AIM_FH: f64 = 70.0;

// ------------------------------------------------------------------------------------------
// Names counted as easy words.

/// English names: drugs (generic and brand), organisations, services, programmes, laws.
const EN_NAMES: &[&str] = &[
    "988 Suicide & Crisis Lifeline", "Suicide & Crisis Lifeline", "Lifeline",
    "SAMHSA National Helpline", "SAMHSA Helpline", "SAMHSA",
    "National Domestic Violence Hotline", "Childhelp National Child Abuse Hotline", "Childhelp",
    "Partnership to End Addiction", "SMART Recovery Family & Friends", "SMART Recovery",
    "Al-Anon", "Alateen", "Nar-Anon Family Groups", "Nar-Anon", "Find A Helpline",
    "FindTreatment.gov", "findahelpline.com", "drugfree.org", "smartrecovery.org", "al-anon.org",
    "nar-anon.org", "CRAFT", "TTY", "START", "Medicaid", "Family and Medical Leave Act", "FMLA",
    "naloxone", "Narcan", "buprenorphine", "Suboxone", "methadone", "naltrexone", "fentanyl",
    "heroin", "oxycodone", "Xanax", "Valium", "Klonopin", "GHB", "gabapentin", "phenibut",
    "Adderall", "cocaine", "ketamine", "kratom", "benzodiazepines", "benzos", "marijuana",
    "cannabis", "opioids", "opioid", "sedatives", "sedative", "stimulants", "psychedelics",
    "inhalants", "IOP", "PHP", "DTs",
];

/// Spanish names: the same, as the Spanish catalogue writes them.
const ES_NAMES: &[&str] = &[
    "988 Línea de Prevención del Suicidio y Crisis", "Línea de Prevención del Suicidio y Crisis",
    "Línea Nacional de Ayuda de SAMHSA", "Línea de Ayuda de SAMHSA", "SAMHSA",
    "Línea Nacional sobre la Violencia Doméstica", "Línea Nacional de Childhelp contra el Abuso Infantil",
    "Childhelp", "Partnership to End Addiction", "SMART Recovery Family & Friends", "SMART Recovery",
    "Al-Anon", "Alateen", "Nar-Anon", "Find A Helpline", "FindTreatment.gov", "findahelpline.com",
    "drugfree.org", "smartrecovery.org", "al-anon.org", "nar-anon.org", "CRAFT", "TTY", "START",
    "Medicaid", "Ley de Ausencia Familiar y Médica", "FMLA", "EE. UU.", "naloxona", "Narcan",
    "buprenorfina", "Suboxone", "metadona", "naltrexona", "fentanilo", "heroína", "oxicodona",
    "Xanax", "Valium", "Klonopin", "GHB", "gabapentina", "fenibut", "Adderall", "cocaína",
    "metanfetamina", "ketamina", "kratom", "benzodiacepinas", "benzos", "marihuana", "cannabis",
    "opioides", "opioide", "sedantes", "sedante", "estimulantes", "psicodélicos", "inhalantes",
    "IOP", "PHP", "DT",
];

/// Sections and catalogue entries shorter than this are not judged alone, because the
/// formulas are noise on a line or two: a short section is read together with the next
/// section of the same screen, and short entries of one catalogue function are pooled, as a
/// list under its heading. Whole screens (a question, the start page) are always judged whole.
const MIN_WORDS: usize = 20;

/// A stand-in for each word of a name: one word, one syllable, no sentence mark, in both
/// counters.
const NAME_WORD: &str = "x";

/// Replaces every word of every listed name by [`NAME_WORD`], matching whole words, ignoring
/// case. Longer names are replaced first, so "SAMHSA National Helpline" wins over "SAMHSA".
fn mask_names(text: &str, names: &[&str]) -> String {
    let mut names: Vec<&str> = names.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let mut chars: Vec<char> = text.chars().collect();
    for name in names {
        let pat: Vec<char> = name.chars().map(lower).collect();
        let words = name.split_whitespace().count();
        let mut i = 0;
        while i + pat.len() <= chars.len() {
            let here = chars[i..i + pat.len()].iter().map(|c| lower(*c)).eq(pat.iter().copied());
            let before_ok = i == 0 || !chars[i - 1].is_alphanumeric();
            let after_ok = chars.get(i + pat.len()).is_none_or(|c| !c.is_alphanumeric());
            if here && before_ok && after_ok {
                let stand_in: Vec<char> = vec![NAME_WORD; words].join(" ").chars().collect();
                chars.splice(i..i + pat.len(), stand_in.iter().copied());
                i += stand_in.len();
            } else {
                i += 1;
            }
        }
    }
    chars.into_iter().collect()
}

// ------------------------------------------------------------------------------------------
// Spanish counting.

mod spanish {
    /// A vowel that carries its own syllable next to another one: a, e, o, and i or u with a
    /// written accent (dí-a, pa-ís, ba-úl).
    fn strong(c: char) -> bool {
        matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú')
    }
    /// A vowel that joins a neighbour into one syllable (a diphthong): i, u, ü without accent.
    fn weak(c: char) -> bool {
        matches!(c, 'i' | 'u' | 'ü')
    }

    /// The syllables of one Spanish word. Spanish spelling is regular, so counting vowel
    /// nuclei is exact for almost every word: a run of vowels is one syllable, plus one for
    /// every two strong vowels side by side (a hiatus: le-er, a-é-re-o, dí-a). Weak plus strong
    /// or two weak vowels form a diphthong or triphthong (ciu-dad, guay). "y" is a vowel only
    /// at the end of a word (hay, muy, rey) or alone (y); elsewhere it is a consonant (a-yu-da).
    /// "h" is written as a consonant, so it splits vowels as the spelling rules do (a-ho-ra,
    /// pro-hi-bi-do). A token with no letters (988, 1-800-662-4357) counts as one syllable, as
    /// `textstat` does for English, so numbers weigh the same in both languages.
    pub fn syllables(word: &str) -> usize {
        let chars: Vec<char> =
            word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        if chars.is_empty() {
            return usize::from(word.chars().any(char::is_alphanumeric));
        }
        let n = chars.len();
        let vowel_at = |i: usize| {
            let c = chars[i];
            strong(c) || weak(c) || (c == 'y' && i == n - 1)
        };
        let mut count = 0;
        let mut i = 0;
        while i < n {
            if !vowel_at(i) {
                i += 1;
                continue;
            }
            count += 1;
            let mut j = i + 1;
            while j < n && vowel_at(j) {
                if strong(chars[j - 1]) && strong(chars[j]) {
                    count += 1;
                }
                j += 1;
            }
            i = j;
        }
        count.max(1)
    }

    /// The words of a text: whitespace-separated tokens with a letter or a digit in them.
    pub fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
    }

    /// Sentences, as Fernández Huerta counts them: ended by a full stop or a semicolon (and by
    /// ? ! …). A run of marks counts once; a point between digits (1.5) or straight before a
    /// letter (an initialism) does not end a sentence. Text without any mark is one sentence.
    pub fn sentences(text: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        let mut count = 0;
        let mut in_run = false;
        for (i, &c) in chars.iter().enumerate() {
            let end = match c {
                '?' | '!' | ';' | '…' => true,
                '.' => {
                    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
                    let next = chars.get(i + 1).copied();
                    let decimal = prev.is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit());
                    !decimal && !next.is_some_and(char::is_alphanumeric)
                }
                _ => false,
            };
            if end && !in_run {
                count += 1;
            }
            in_run = end;
        }
        if count == 0 && !words(text).is_empty() {
            1
        } else {
            count
        }
    }

    /// (words, sentences, syllables).
    pub fn counts(text: &str) -> (f64, f64, f64) {
        let w = words(text);
        let syl: usize = w.iter().map(|x| syllables(x)).sum();
        (w.len() as f64, sentences(text) as f64, syl as f64)
    }

    /// Fernández-Huerta lecturabilidad (Law's correction): 206.84 − 60·S/W − 1.02·W/F.
    pub fn fernandez_huerta(text: &str) -> f64 {
        let (w, s, syl) = counts(text);
        if w == 0.0 || s == 0.0 {
            return 0.0;
        }
        206.84 - 60.0 * (syl / w) - 1.02 * (w / s)
    }

    /// Szigriszt-Pazos perspicuity, read on the INFLESZ scale: 206.835 − 62.3·S/W − W/F.
    pub fn inflesz(text: &str) -> f64 {
        let (w, s, syl) = counts(text);
        if w == 0.0 || s == 0.0 {
            return 0.0;
        }
        206.835 - 62.3 * (syl / w) - (w / s)
    }
}

#[test]
fn spanish_syllables_follow_the_spelling_rules() {
    let cases: &[(&str, usize)] = &[
        ("casa", 2), ("día", 2), ("país", 2), ("baúl", 2), ("oír", 2), ("leer", 2), ("creí", 2),
        ("poema", 3), ("aéreo", 4), ("ciudad", 2), ("huevo", 2), ("guía", 2), ("que", 1),
        ("güero", 2), ("averigüéis", 4), ("hay", 1), ("muy", 1), ("y", 1), ("Uruguay", 3),
        ("ayuda", 3), ("ahora", 3), ("prohibido", 4), ("tratamiento", 4), ("abstinencia", 4),
        ("psiquiatra", 3), ("desintoxicación", 6), ("sobredosis", 4), ("convulsión", 3),
        ("veintiún", 2), ("consejería", 5), ("médico", 3), ("Línea", 3), ("¿Cuándo", 2),
        ("988", 1), ("1-800-662-4357", 1), ("", 0), ("—", 0),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(w, n)| spanish::syllables(w) != *n)
        .map(|(w, n)| format!("{w}: counted {}, is {n}", spanish::syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn spanish_sentences_end_at_stops_and_semicolons_not_at_decimals() {
    assert_eq!(spanish::sentences("Llame al 988. Es gratis; abre siempre."), 3);
    assert_eq!(spanish::sentences("Un trago de 1.5 onzas."), 1);
    assert_eq!(spanish::sentences("¿Para quién responde?"), 1);
    assert_eq!(spanish::sentences("Sin punto final"), 1);
    assert_eq!(spanish::sentences("¡Ya! ¿Ahora?… Bien."), 3);
    assert_eq!(spanish::words("Llame al 1-800-662-4357 — es gratis."), vec!["Llame", "al", "1-800-662-4357", "es", "gratis."]);
}

#[test]
fn fernandez_huerta_scores_easy_text_high_and_hard_text_low() {
    // 10 words, 1 sentence, 14 syllables: 206.84 − 60·1.4 − 1.02·10 = 112.64.
    let easy = "Mi casa es tu casa y tu casa es mía.";
    let (w, s, syl) = spanish::counts(easy);
    assert_eq!((w, s, syl), (10.0, 1.0, 14.0));
    assert!((spanish::fernandez_huerta(easy) - 112.64).abs() < 1e-9);
    let hard = "La desintoxicación farmacológica supervisada médicamente constituye la intervención terapéutica indispensable.";
    assert!(spanish::fernandez_huerta(hard) < 30.0, "{}", spanish::fernandez_huerta(hard));
    assert!(spanish::fernandez_huerta(easy) > spanish::fernandez_huerta(hard));
    assert!(spanish::inflesz(easy) > 80.0 && spanish::inflesz(hard) < 40.0);
}

#[test]
fn names_count_as_short_words_but_only_whole_words() {
    let masked = mask_names("Call the SAMHSA National Helpline or ask about naloxone (Narcan).", EN_NAMES);
    assert_eq!(masked, "Call the x x x or ask about x (x).");
    // Not inside another word, and a longer name wins.
    assert_eq!(mask_names("methadones and CRAFTs", EN_NAMES), "methadones and CRAFTs");
    assert_eq!(mask_names("Visit FindTreatment.gov.", EN_NAMES), "Visit x.");
    assert_eq!(mask_names("Fuera de EE. UU., llame.", ES_NAMES), "Fuera de x x, llame.");
    // The stand-in is one syllable and never ends a sentence.
    assert_eq!(textstat::syllables(NAME_WORD), 1);
    assert_eq!(spanish::syllables(NAME_WORD), 1);
}

/// `textstat` counts syllables with a vowel-group rule and a silent-e rule. Checked on words
/// our catalogues use against dictionary counts (Merriam-Webster): it overcounts words in
/// "-ed" and "-es" (used, prescribed, sedatives, sometimes) and undercounts some vowel pairs
/// (being, quiet, anyone, diagnosis, violence). The errors run both ways and, in total, to
/// the strict side, so it fits: we use it as it is rather than keep a word list of our own.
#[test]
fn textstat_syllables_fit_our_words() {
    let words: &[(&str, usize)] = &[
        ("withdrawal", 3), ("alcohol", 3), ("treatment", 2), ("overdose", 3), ("seizure", 2),
        ("counselor", 3), ("medicine", 3), ("program", 2), ("outpatient", 3), ("intensive", 3),
        ("residential", 4), ("supervised", 3), ("emergency", 4), ("assessment", 3),
        ("suggestion", 3), ("hospital", 3), ("doctor", 2), ("nurses", 2), ("recovery", 4),
        ("support", 2), ("family", 3), ("friend", 1), ("danger", 2), ("answer", 2),
        ("question", 2), ("drinking", 2), ("private", 2), ("device", 2), ("diagnosis", 4),
        ("schedule", 2), ("evening", 2), ("weekend", 2), ("online", 2), ("session", 2),
        ("suddenly", 3), ("confused", 2), ("sweating", 2), ("shaky", 2), ("cravings", 2),
        ("pregnant", 2), ("pregnancy", 3), ("prenatal", 3), ("breathing", 2), ("sickness", 2),
        ("stopped", 1), ("used", 1), ("prescribed", 2), ("sometimes", 2), ("anyone", 3),
        ("being", 2), ("dying", 2), ("quiet", 2), ("every", 3), ("people", 2), ("life", 1),
        ("help", 1), ("care", 1), ("safe", 1), ("level", 2), ("little", 2), ("minutes", 2),
        ("usually", 4), ("hours", 1), ("week", 1), ("teens", 1), ("school", 1), ("violence", 3),
    ];
    let mut exact = 0;
    let (mut counted, mut truth) = (0, 0);
    let mut under = Vec::new();
    for (w, n) in words {
        let t = textstat::syllables(w);
        counted += t;
        truth += n;
        if t == *n {
            exact += 1;
        } else if t < *n {
            under.push(format!("{w}: {t} < {n}"));
        }
    }
    println!("textstat on {} of our words: {exact} exact, {counted} syllables counted for {truth}; undercounts: {under:?}", words.len());
    // In total it must not count fewer syllables than the dictionary (its grades are then
    // never too kind on average), it must be exact on three words in four, and it may
    // undercount at most one word in eight.
    assert!(counted >= truth, "textstat counts fewer syllables than the dictionary: {counted} < {truth}");
    assert!(exact * 4 >= words.len() * 3, "textstat is exact on only {exact} of {} words", words.len());
    assert!(under.len() * 8 <= words.len(), "textstat undercounts too many of our words: {under:?}");
}

// ------------------------------------------------------------------------------------------
// Passages.

/// One screen or one section of a screen, as a reader meets it.
#[derive(Clone, Debug)]
struct Passage {
    lang: Lang,
    name: String,
    /// The visible strings in reading order. Each one that does not end with a sentence mark
    /// (a heading, a label, an option) is read as a sentence of its own.
    parts: Vec<String>,
}

impl Passage {
    fn new(lang: Lang, name: impl Into<String>) -> Passage {
        Passage { lang, name: name.into(), parts: Vec::new() }
    }
    fn push(&mut self, s: impl AsRef<str>) -> &mut Self {
        let s = s.as_ref().trim();
        if !s.is_empty() {
            self.parts.push(s.to_owned());
        }
        self
    }
    fn text(&self) -> String {
        let mut out = String::new();
        for p in &self.parts {
            let end = p.trim_end_matches(['"', '”', '’', ')', '»']).chars().last();
            out.push_str(p);
            if !matches!(end, Some('.' | '!' | '?' | ':' | ';' | '…')) {
                out.push('.');
            }
            out.push(' ');
        }
        out
    }
}

/// Merges each passage shorter than [`MIN_WORDS`] into the one after it (the last into the one
/// before), keeping the order; the merged passage keeps both names.
fn merge_short(list: Vec<Passage>) -> Vec<Passage> {
    let mut out: Vec<Passage> = Vec::new();
    let mut carry: Option<Passage> = None;
    for p in list {
        let p = match carry.take() {
            Some(mut c) => {
                join(&mut c, p);
                c
            }
            None => p,
        };
        if textstat::lexicon_count(&p.text()) < MIN_WORDS {
            carry = Some(p);
        } else {
            out.push(p);
        }
    }
    if let Some(c) = carry {
        match out.last_mut() {
            Some(last) => join(last, c),
            None => out.push(c),
        }
    }
    out
}

/// Appends `next` to `into`, without repeating a shared section heading.
fn join(into: &mut Passage, next: Passage) {
    into.name = format!("{} + {}", into.name, next.name);
    let same_heading = into.parts.first().is_some() && into.parts.first() == next.parts.first();
    into.parts.extend(next.parts.into_iter().skip(usize::from(same_heading)));
}

/// A measured passage.
struct Score {
    passage: Passage,
    /// English: FK grade. Spanish: Fernández-Huerta score.
    value: f64,
    /// Spanish only: INFLESZ.
    inflesz: Option<f64>,
    words: usize,
    passes: bool,
    at_aim: bool,
}

fn measure(p: Passage) -> Score {
    let text = p.text();
    match p.lang {
        Lang::En => {
            let masked = mask_names(&text, EN_NAMES);
            let grade = textstat::flesch_kincaid_grade(&masked);
            Score {
                words: textstat::lexicon_count(&masked),
                value: grade,
                inflesz: None,
                passes: grade <= EN_MAX_GRADE,
                at_aim: grade <= EN_AIM_GRADE,
                passage: p,
            }
        }
        Lang::Es => {
            let masked = mask_names(&text, ES_NAMES);
            let fh = spanish::fernandez_huerta(&masked);
            Score {
                words: spanish::words(&masked).len(),
                value: fh,
                inflesz: Some(spanish::inflesz(&masked)),
                passes: fh >= ES_MIN_FH,
                at_aim: fh >= ES_AIM_FH,
                passage: p,
            }
        }
    }
}

fn ui(lang: Lang, k: Ui) -> &'static str {
    i18n::ui(lang, k)
}

/// The start page, with the bar and the exit button around it.
fn start_page(lang: Lang) -> Passage {
    let mut p = Passage::new(lang, "start page");
    for k in [
        Ui::HelpNow, Ui::Call988, Ui::Text988, Ui::Call911, Ui::ExitThisPage, Ui::Title,
        Ui::StartIntro, Ui::StartWho, Ui::StartTime, Ui::StartDanger, Ui::StartPrivacyHeading,
        Ui::StartPrivacy, Ui::StartNotDiagnosis, Ui::StartExitHeading, Ui::StartExit,
        Ui::StartHistory, Ui::StartButton,
    ] {
        p.push(ui(lang, k));
    }
    p
}

/// Every question screen in both voices: the question (which says itself when several answers
/// may be chosen), the help text, the options.
fn question_screens(lang: Lang) -> Vec<Passage> {
    let mut out = Vec::new();
    for q in BANK {
        for voice in [Voice::Own, Voice::LovedOne] {
            let who = if voice == Voice::Own { "self" } else { "loved one" };
            let mut p = Passage::new(lang, format!("question {} ({who})", q.id.as_str()));
            p.push(i18n::question(lang, q.id, voice));
            if let Some(h) = i18n::help(lang, q.id, voice) {
                p.push(h);
            }
            for c in q.choices {
                p.push(i18n::option(lang, q.id, c.id, voice));
            }
            out.push(p);
        }
    }
    out
}

/// The vignette answer files the engine ships (`examples/answers/*.json`): real runs.
fn vignettes() -> Vec<(String, screening::Answers)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/answers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no answer files in {}", dir.display());
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let answers = file::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            (f.file_stem().unwrap_or_default().to_string_lossy().into_owned(), answers)
        })
        .collect()
}

/// "Check your answers" for a real run: every question on the path with its answer.
fn check_screen(lang: Lang, name: &str, answers: &screening::Answers) -> Passage {
    let voice = answers.voice();
    let mut p = Passage::new(lang, format!("check answers {name}"));
    p.push(ui(lang, Ui::CheckTitle));
    for q in path::questions(answers) {
        p.push(i18n::question(lang, q, voice));
        let chosen = answers.get(q);
        if chosen.is_empty() {
            p.push(ui(lang, Ui::NotAnswered));
        }
        for o in chosen {
            p.push(i18n::option(lang, q, *o, voice));
        }
    }
    p.push(ui(lang, Ui::SeeResult));
    p
}

fn urgency(level: Level) -> Ui {
    match level {
        Level::Emergency => Ui::UrgencyEmergency,
        Level::Withdrawal => Ui::UrgencyUrgent,
        _ => Ui::UrgencyRoutine,
    }
}

/// The care card at the top of the result for a level, and the section on what it involves.
fn level_sections(lang: Lang, level: Level, then: Option<Level>, uncertain: bool, voice: Voice, tag: &str) -> Vec<Passage> {
    let mut s = Passage::new(lang, format!("result {tag}: suggestion"));
    s.push(ui(lang, if voice == Voice::Own { Ui::ResultTitle } else { Ui::ResultTitleTheirs }));
    s.push([ui(lang, urgency(level)), i18n::level_name(lang, level)].concat());
    s.push(i18n::level_summary(lang, level));
    if let Some(t) = then {
        s.push(i18n::notice(lang, Notice::Then));
        s.push(i18n::level_name(lang, t));
    }
    if level == Level::Emergency {
        for k in [Ui::Call911, Ui::Call988, Ui::Text988] {
            s.push(ui(lang, k));
        }
    }
    if uncertain {
        s.push(i18n::flag(lang, screening::Flag::Uncertain, Voice::Own));
    }
    let mut inv = Passage::new(lang, format!("result {tag}: what it involves"));
    inv.push(ui(lang, Ui::InvolvesTitle));
    if let Some(h) = i18n::hours(lang, screening::hours(level, false)) {
        inv.push(h);
    }
    inv.push(i18n::level_involves(lang, level));
    vec![s, inv]
}

/// Every section of the result page for a real outcome, in the order and with the words that
/// `src/ui/result.rs` shows.
fn result_sections(lang: Lang, name: &str, o: &Outcome) -> Vec<Passage> {
    let v = o.voice;
    let mut card = level_sections(lang, o.level, o.then, o.uncertain, v, name);
    let involves = card.pop();
    // The card also gives the deciding reason, the first step with when to take it, and for
    // a family member what to say when they call (src/ui/summary.rs).
    if let Some(c) = card.first_mut() {
        if let Some(why) = care_screener::ui::summary::why(lang, o) {
            c.push([ui(lang, Ui::WhyShort), " ", &why].concat());
        }
        if let Some(first) = o.next_steps.first() {
            let (when, text) = care_screener::ui::summary::step(lang, o, *first);
            c.push([when, " ", text].concat());
        }
        if let Some(say) = i18n::call_script(lang, o) {
            c.push(i18n::notice(lang, Notice::CallTitle));
            c.push(say);
        }
    }
    let mut out = card;

    let mut steps = Passage::new(lang, format!("result {name}: next steps"));
    steps.push(ui(lang, Ui::NextStepsTitle));
    for s in &o.next_steps {
        let (when, text) = care_screener::ui::summary::step(lang, o, *s);
        steps.push([when, " ", text].concat());
    }
    out.push(steps);

    let mut why = Passage::new(lang, format!("result {name}: why"));
    why.push(ui(lang, Ui::WhyTitle));
    for area in screening::Area::RATED.into_iter().chain([screening::Area::Person]) {
        let mine: Vec<_> = o.reasons.iter().filter(|r| r.area == area).collect();
        if mine.is_empty() {
            continue;
        }
        why.push(i18n::area(lang, area));
        for r in mine {
            why.push(i18n::rule(lang, r.rule, v));
            if !r.evidence.is_empty() {
                why.push(i18n::notice(lang, Notice::BecauseYouAnswered));
                let mut last = None;
                for (q, opt) in &r.evidence {
                    if last != Some(*q) {
                        why.push(i18n::question(lang, *q, v));
                    }
                    why.push(i18n::option(lang, *q, *opt, v));
                    last = Some(*q);
                }
            }
        }
    }
    out.push(why);
    out.extend(involves);

    let mut plan = Passage::new(lang, format!("result {name}: schedule"));
    plan.push(ui(lang, Ui::ScheduleTitle));
    plan.push(i18n::fit(lang, o.plan.fit, v));
    for l in &o.plan.lines {
        plan.push(i18n::plan_line(lang, *l, v));
    }
    out.push(plan);

    let mut help = Passage::new(lang, format!("result {name}: help at any time"));
    help.push(ui(lang, Ui::CrisisLinesTitle));
    help.push(i18n::notice(lang, Notice::UsResources));
    for r in &o.resources {
        help.push(i18n::resource(lang, *r));
        help.push(i18n::resource_note(lang, *r));
        help.push(r.display());
    }
    out.push(help);

    let mut about = Passage::new(lang, format!("result {name}: about this suggestion"));
    about.push(i18n::notice(lang, Notice::NotADiagnosis));
    about.push([i18n::notice(lang, Notice::RulesVersion), " ", screening::RULES_VERSION, "."].concat());
    about.push(i18n::review_status(lang));
    about.push(ui(lang, Ui::KeepTitle));
    for k in [Ui::Print, Ui::Save, Ui::StartAgainNote, Ui::StartAgain] {
        about.push(ui(lang, k));
    }
    out.push(about);
    merge_short(out)
}

/// Every resource as the help section lists it, and every area name as the reasons are
/// grouped under them, so names no vignette reaches are read too.
fn every_resource_and_area(lang: Lang) -> Vec<Passage> {
    let mut help = Passage::new(lang, "every resource");
    help.push(ui(lang, Ui::CrisisLinesTitle));
    for r in screening::ResourceId::ALL {
        help.push([i18n::resource(lang, *r), " ", r.display()].concat());
        help.push(i18n::resource_note(lang, *r));
    }
    let mut areas = Passage::new(lang, "every area");
    areas.push(ui(lang, Ui::WhyTitle));
    for a in screening::Area::RATED.into_iter().chain([screening::Area::Person]) {
        areas.push(i18n::area(lang, a));
    }
    vec![help, areas]
}

// ------------------------------------------------------------------------------------------
// The sweep over the catalogue files.

/// The string literals of a Rust source, grouped by match arm and by the function they are in.
/// A small reader, not a parser: it knows `pub fn name(`, lines with `=>` that start an arm,
/// `//` comments, and string literals with their escapes. That is all the catalogues use.
fn catalogue_arms(source: &str) -> Vec<(String, Vec<String>)> {
    let mut arms: Vec<(String, Vec<String>)> = Vec::new();
    let mut func = String::new();
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        if let Some(rest) = code.strip_prefix("pub fn ") {
            func = rest.split('(').next().unwrap_or("").to_owned();
            continue;
        }
        let lits = literals(code);
        if code.contains("=>") || arms.is_empty() || arms.last().is_some_and(|(f, _)| *f != func) {
            arms.push((func.clone(), lits));
        } else if let Some((_, l)) = arms.last_mut() {
            l.extend(lits);
        }
    }
    arms.retain(|(f, l)| !f.is_empty() && !l.is_empty());
    arms
}

/// The string literals on one line, unescaped.
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        // A char literal such as '"' is not the start of a string.
        if c == '"' && prev != '\'' {
            let mut s = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '"' => break,
                    '\\' => match chars.next() {
                        Some('n') => s.push('\n'),
                        Some('u') => {
                            let hex: String = chars.by_ref().skip(1).take_while(|h| *h != '}').collect();
                            if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                                s.push(ch);
                            }
                        }
                        Some(other) => s.push(other),
                        None => {}
                    },
                    other => s.push(other),
                }
            }
            out.push(s);
            prev = '"';
            continue;
        }
        prev = c;
    }
    out
}

fn catalogue_source(lang: Lang, file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/i18n").join(lang.tag()).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The words around an entry of a catalogue function on the screen that shows it: the
/// section heading before it, and for a crisis card the buttons and lines after its steps.
fn context_for(lang: Lang, func: &str) -> (Vec<&'static str>, Vec<&'static str>) {
    let before = |k: Ui| (vec![ui(lang, k)], vec![]);
    match func {
        "rule" => before(Ui::WhyTitle),
        "next_step" => before(Ui::NextStepsTitle),
        "plan_line" | "fit" => before(Ui::ScheduleTitle),
        "level_summary" => before(Ui::ResultTitle),
        "level_involves" => before(Ui::InvolvesTitle),
        "resource_note" => before(Ui::CrisisLinesTitle),
        "crisis" => (
            vec![],
            vec![
                ui(lang, Ui::Call911), ui(lang, Ui::Call988), ui(lang, Ui::Text988),
                i18n::notice(lang, Notice::Spanish988), i18n::notice(lang, Notice::Tty988),
                ui(lang, Ui::CrisisGoOn), ui(lang, Ui::CrisisContinue), ui(lang, Ui::CrisisFinish),
            ],
        ),
        _ => (vec![], vec![]),
    }
}

/// Functions whose entries are labels, measured inside the screens that show them (a
/// question, an option, a name, the "Today:" before a next step), never alone.
const LABEL_FUNCTIONS: &[&str] = &["question", "option", "help", "level_name", "resource_name", "area", "when"];

/// One passage for every entry of every sentence-bearing catalogue function.
fn catalogue_entries(lang: Lang) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut group: Vec<Passage> = Vec::new();
    let mut group_func = String::new();
    for (func, lits) in catalogue_arms(&catalogue_source(lang, "domain.rs")) {
        if LABEL_FUNCTIONS.contains(&func.as_str()) {
            continue;
        }
        if func != group_func {
            out.extend(merge_short(std::mem::take(&mut group)));
            group_func = func.clone();
        }
        let mut p = Passage::new(lang, format!("{func}: {}", lits[0].chars().take(50).collect::<String>()));
        let (before, after) = context_for(lang, &func);
        for b in before {
            p.push(b);
        }
        for l in &lits {
            p.push(l.replace("{min}", "9").replace("{max}", "19"));
        }
        for a in after {
            p.push(a);
        }
        group.push(p);
    }
    out.extend(merge_short(group));
    out
}

/// The interface sentences not on the start page: the frame, errors, the crisis card's own
/// words, the summary and result headings and buttons, the quick-exit announcements. Read
/// as one passage per language; each is short, and together they are what a person meets
/// around the questions.
fn interface_sentences(lang: Lang, start: &Passage) -> Passage {
    let mut p = Passage::new(lang, "interface sentences");
    for (_, lits) in catalogue_arms(&catalogue_source(lang, "ui.rs")) {
        for l in lits {
            if !start.parts.iter().any(|s| *s == l.trim()) {
                p.push(l);
            }
        }
    }
    p
}

fn all_passages(lang: Lang) -> Vec<Passage> {
    let start = start_page(lang);
    let mut out = vec![interface_sentences(lang, &start), start];
    out.extend(question_screens(lang));
    for &level in Level::ALL {
        for voice in [Voice::Own, Voice::LovedOne] {
            out.extend(merge_short(level_sections(lang, level, None, false, voice, &format!("{} {voice:?}", level.as_str()))));
        }
    }
    out.extend(every_resource_and_area(lang));
    for (name, answers) in vignettes() {
        out.push(check_screen(lang, &name, &answers));
        out.extend(result_sections(lang, &name, &screening::assess(&answers)));
    }
    out.extend(catalogue_entries(lang));
    // The same words twice are one passage (a question worded alike in both voices).
    let mut seen = BTreeSet::new();
    out.retain(|p| seen.insert(p.text()));
    out
}

// ------------------------------------------------------------------------------------------
// The test.

fn report_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// The bucket of a score, with the school grade it stands for; the number orders the rows.
fn bucket(lang: Lang, v: f64) -> (i32, String) {
    match lang {
        Lang::En if v > EN_MAX_GRADE => (99, "grade > 8 (FAIL)".into()),
        Lang::En if v < 3.0 => (2, "grade ≤ 2".into()),
        Lang::En => (v.floor() as i32, format!("grade {:.0}", v.floor())),
        Lang::Es if v >= 90.0 => (4, "FH 90+ (4º grado)".into()),
        Lang::Es if v >= 80.0 => (5, "FH 80–90 (5º grado)".into()),
        Lang::Es if v >= 70.0 => (6, "FH 70–80 (6º grado)".into()),
        Lang::Es if v >= ES_MIN_FH => (8, "FH 60–70 (7º–8º grado)".into()),
        Lang::Es => (99, "FH < 60 (FAIL)".into()),
    }
}

#[test]
fn every_screen_reads_at_grade_8_or_easier_in_both_languages() {
    let mut report = String::new();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let scores: Vec<Score> = all_passages(lang).into_iter().map(measure).collect();
        let mut hist: BTreeMap<(i32, String), usize> = BTreeMap::new();
        for s in &scores {
            *hist.entry(bucket(lang, s.value)).or_default() += 1;
        }
        let words: usize = scores.iter().map(|s| s.words).sum();
        let at_aim = scores.iter().filter(|s| s.at_aim).count();
        let mean = scores.iter().map(|s| s.value).sum::<f64>() / scores.len() as f64;
        let (label, aim) = match lang {
            Lang::En => ("Flesch–Kincaid grade", format!("grade ≤ {EN_AIM_GRADE}")),
            Lang::Es => ("Fernández-Huerta", format!("FH ≥ {ES_AIM_FH}")),
        };
        let _ = writeln!(report, "== {} — {} passages, {words} words, {label}: mean {mean:.1}; at the aim ({aim}): {at_aim}", lang.tag(), scores.len());
        if lang == Lang::Es {
            let inflesz = scores.iter().filter_map(|s| s.inflesz).sum::<f64>() / scores.len() as f64;
            let _ = writeln!(report, "   INFLESZ mean {inflesz:.1}");
        }
        for ((_, b), n) in &hist {
            let _ = writeln!(report, "   {b:<26} {n:>4} {}", "#".repeat(n.div_ceil(4)));
        }
        let mut above: Vec<&Score> = scores.iter().filter(|s| !s.at_aim).collect();
        above.sort_by(|a, b| match lang {
            Lang::En => b.value.total_cmp(&a.value),
            Lang::Es => a.value.total_cmp(&b.value),
        });
        let _ = writeln!(report, "   above the aim, hardest first:");
        for s in &above {
            let _ = writeln!(report, "     {:>6.1}  {}", s.value, s.passage.name);
        }
        for s in scores.iter().filter(|s| !s.passes) {
            failures.push(format!("[{}] {:.1} {}: {}", lang.tag(), s.value, s.passage.name, s.passage.text()));
        }
    }
    println!("{report}");
    let dir = report_dir();
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("readability.txt"), &report);
    }
    assert!(failures.is_empty(), "{} passages are harder than grade 8:\n{}", failures.len(), failures.join("\n"));
}

/// Every string literal of both catalogues is inside some measured passage, so a new sentence
/// cannot slip past the readability test.
#[test]
fn every_catalogue_string_is_measured() {
    for lang in Lang::ALL {
        let all: String = all_passages(lang).iter().map(|p| p.text()).collect::<Vec<_>>().join("\n");
        let mut missing = Vec::new();
        for file in ["domain.rs", "ui.rs"] {
            for (func, lits) in catalogue_arms(&catalogue_source(lang, file)) {
                for l in lits {
                    let l = l.trim().replace("{min}", "9").replace("{max}", "19");
                    if !l.is_empty() && !all.contains(&l) {
                        missing.push(format!("{file} {func}: {l}"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "[{}] not measured:\n{}", lang.tag(), missing.join("\n"));
    }
}
