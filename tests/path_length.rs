//! How long the run is: the number of questions `path::questions` asks for every answer file we
//! have (the public vignettes, the December 2026 review's cases and our red team's), for the
//! person themself and for a family member. Issue 16 measured a tired parent's run at 25
//! questions; this test prints the median and the longest path for each voice
//! (`cargo test --test path_length -- --nocapture`) and fails if either grows past the
//! limits below, so the run cannot silently get longer again. A change that must add a
//! question raises the limit here, in the same change, with the reason.

use std::path::Path;

use care_screener::screening::{file, path, Answers, Voice};

/// Every answer file of the three folders, with its name.
fn answer_files() -> Vec<(String, Answers)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["examples/answers", "tests/corpus/review", "tests/corpus/redteam"] {
        let mut names: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        for p in names {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let answers = file::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            out.push((format!("{dir}/{}", p.file_name().unwrap_or_default().to_string_lossy()), answers));
        }
    }
    out
}

/// The median (the lower middle for an even count) and the longest, with the file it comes
/// from.
fn stats(lengths: &mut Vec<(usize, String)>) -> (usize, usize, String) {
    lengths.sort();
    let median = lengths[(lengths.len() - 1) / 2].0;
    let (longest, name) = lengths.last().cloned().unwrap_or_default();
    (median, longest, name)
}

/// The path lengths per voice.
fn lengths() -> (Vec<(usize, String)>, Vec<(usize, String)>) {
    let (mut own, mut loved) = (Vec::new(), Vec::new());
    for (name, answers) in answer_files() {
        let n = path::questions(&answers).len();
        match answers.voice() {
            Voice::Own => own.push((n, name)),
            Voice::LovedOne => loved.push((n, name)),
        }
    }
    (own, loved)
}

// The limits reached. Before issue 16's shorter run, over the same 134 files: for the person
// themself median 26, longest 33; for a family member median 22, longest 29. After it: 25 and
// 33; 23 and 29. `hours_free` is asked only for a level counted in hours a week, `heavy_years`
// only where its answer can decide rule W2, and the schedule not when no use is reported; a
// family member is asked one question more where pregnancy is relevant (the sex at birth, so
// a son is not offered the pregnancy option), which the other cuts do not make up for in the
// middle run. The longest run for the person themself names three substances (each asks how
// often, where from and when); the longest for a family member is a crisis case whose card
// comes on the second question, long before the end of the path.
//
// Issue 18 added the free days (for every treatment level) and, for a family member, their
// own free times for family sessions: the questions that let the result match the center's
// programmes to the week. They come last, after every rated question, and raise the limits
// by one question for the person themself (26 and 34) and by two for a family member in the
// middle run (25 and 30); no rated question was added.
const OWN_MEDIAN: usize = 26;
const OWN_LONGEST: usize = 34;
const LOVED_MEDIAN: usize = 25;
const LOVED_LONGEST: usize = 30;

#[test]
fn the_run_is_no_longer_than_its_limits() {
    let (mut own, mut loved) = lengths();
    assert!(own.len() >= 100 && loved.len() >= 10, "both voices have answer files ({} and {})", own.len(), loved.len());
    let (om, ol, on) = stats(&mut own);
    let (lm, ll, ln) = stats(&mut loved);
    println!("path length, the person themself ({} files): median {om}, longest {ol} ({on})", own.len());
    println!("path length, a family member ({} files): median {lm}, longest {ll} ({ln})", loved.len());
    assert!(om <= OWN_MEDIAN, "the median run for the person themself grew to {om} questions (limit {OWN_MEDIAN})");
    assert!(ol <= OWN_LONGEST, "the longest run for the person themself grew to {ol} questions, in {on} (limit {OWN_LONGEST})");
    assert!(lm <= LOVED_MEDIAN, "the median run for a family member grew to {lm} questions (limit {LOVED_MEDIAN})");
    assert!(ll <= LOVED_LONGEST, "the longest run for a family member grew to {ll} questions, in {ln} (limit {LOVED_LONGEST})");
}

/// What a shorter or softer run may never do: drop or reorder an item of a published
/// instrument, or a safety question. For both voices, with every answer unknown (the longest
/// path the engine walks): the ASQ's four items in their published order, its acuity question
/// after them; AUDIT-C's three items, PHQ-2 and GAD-2 for the person themself; the danger
/// check first after who is answering, and the question about harming others. For a family
/// member the suicide screen follows the gentler question about mood, and the question about
/// harming others does not come straight after the suicide questions (issue 16).
#[test]
fn every_instrument_item_and_safety_question_stays_in_order() {
    use care_screener::screening::{Answers, OptionId as O, QuestionId as Q};
    let asq = [Q::AsqWishDead, Q::AsqBetterOff, Q::AsqThoughts, Q::AsqTried, Q::AsqRightNow];
    for (who, voice) in [(O::Myself, Voice::Own), (O::SomeoneElse, Voice::LovedOne)] {
        let mut a = Answers::new();
        a.set(Q::WhoFor, vec![who]).expect("valid");
        a.set(Q::DangerNow, vec![O::NoDanger]).expect("valid");
        a.set(Q::Substances, vec![O::Alcohol]).expect("valid");
        let path = path::questions(&a);
        let at = |q: Q| path.iter().position(|p| *p == q).unwrap_or_else(|| panic!("{} is asked ({voice:?})", q.as_str()));
        assert_eq!(at(Q::DangerNow), 1, "the danger check comes right after who is answering");
        let places: Vec<usize> = asq.iter().map(|q| at(*q)).collect();
        assert!(places.windows(2).all(|w| w[0] < w[1]), "the ASQ items in order, then its acuity question: {places:?}");
        for q in [Q::AlcoholFreq, Q::AlcoholAmount, Q::AlcoholBinge, Q::HarmOthers, Q::Psychosis, Q::Medical, Q::Home] {
            at(q);
        }
        match voice {
            Voice::Own => {
                for q in [Q::PhqInterest, Q::PhqDown, Q::GadNervous, Q::GadWorry] {
                    at(q);
                }
            }
            Voice::LovedOne => {
                assert!(at(Q::MoodObserved) < at(Q::AsqWishDead), "mood before the suicide screen");
                assert!(at(Q::HarmOthers) > at(Q::AsqRightNow) + 1, "not straight after the suicide questions");
            }
        }
    }
}
