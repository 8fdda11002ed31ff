// The public vignettes (shared/vignettes/vignettes.md) as a person would answer them through
// the UI: for each, the questions in the order they appear, each with the visible labels to
// choose, generated from the engine's answer files into e2e/steps.json (tests/ui_steps.rs
// fails when that file is out of date); and the driver below stops at the first heading that
// no longer matches, so the steps cannot silently drift from the widget.
//
// Also here: what each vignette must reach (the acceptable levels, by their visible names)
// and the content it must show, and `answerVignette`, which drives the widget (a Playwright
// page or frame) from the start page to the result by those labels.

import { readFileSync } from "node:fs";

/** The levels as the result page names them (English catalogue). */
export const LEVEL_NAMES = {
  early: "Early support",
  outpatient: "Outpatient care",
  iop: "Intensive outpatient program (IOP)",
  php: "Partial hospitalization program (PHP)",
  residential: "Residential (live-in) treatment",
  withdrawal: "Medically supervised withdrawal (detox)",
  emergency: "Emergency help now",
};

/**
 * Each vignette's questions in order, with the labels to choose: `e2e/steps.json`, generated
 * from the answer files (examples/answers/P*.json, and for the review's cases
 * tests/corpus/review/C*.json) by walking the engine's path one question at a time, in the
 * English catalogue's words (`tests/ui_steps.rs`; regenerate with
 * `UPDATE_DOCS=1 cargo test --test ui_steps`, which fails when the file is out of date). A
 * question a file leaves out is answered with its first unknown option, which the engine reads
 * the same way; `["crisis", title]` marks a crisis card expected mid-way, after which the
 * person goes on.
 */
export const STEPS = JSON.parse(readFileSync(new URL("./steps.json", import.meta.url), "utf8"));

const US_LINES = ["988 Suicide & Crisis Lifeline", "SAMHSA National Helpline", "1-800-662-4357"];

/**
 * What each vignette must reach and show (from the "acceptable" and "must show" columns).
 * `crisis`: the crisis card appears on the last answer in STEPS; the person then asks for
 * the suggestion straight away.
 */
export const VIGNETTES = [
  { id: "P01", acceptable: ["early"], mustShow: [
    "Your drinking is above the low-risk level.", "Check again in a month or two", ...US_LINES] },
  { id: "P02", acceptable: ["iop"], mustShow: [
    "Evening programs fit the times you said are free.", "6 or more of the 11 signs", "FindTreatment.gov"] },
  { id: "P03", acceptable: ["withdrawal"], mustShow: [
    "Do not stop suddenly on your own.", "After that:", "After withdrawal care, treatment goes on",
    "If you get confused, see or hear things, get a high fever or have a seizure, call 911."] },
  { id: "P04", acceptable: ["withdrawal"], mustShow: [
    "Coming off benzodiazepines or other sedatives needs a doctor", "a slow, supervised taper or a 24-hour setting",
    "Do not stop suddenly on your own.", "Keep naloxone (Narcan) nearby", "Look for a program that treats mental health too"] },
  { id: "P05", acceptable: ["outpatient", "iop", "php", "residential"], mustShow: [
    "Keep naloxone (Narcan) nearby", "Ask about medicine for opioid use", "Start with CRAFT",
    "Partnership to End Addiction", "988 Suicide & Crisis Lifeline"] },
  { id: "P06", acceptable: ["residential"], mustShow: [
    "Your home is not safe or steady right now.", "National Domestic Violence Hotline", "1-800-799-7233",
    "988 Suicide & Crisis Lifeline", "Emergency: 911"] },
  { id: "P07", acceptable: ["iop", "php"], mustShow: [
    "Look for a program that treats mental health too", "Talk to someone today: call or text 988",
    "Mood and substance use together need more support."] },
  { id: "P08", acceptable: ["emergency"], crisis: true, mustShow: ["Call 988", "Call 911", "Text 988"] },
  { id: "P09", acceptable: ["iop"], mustShow: [
    "a step-down program at the level suggested here", "You just finished a live-in program.", "The hours you have fit this level of care."] },
  { id: "P10", acceptable: ["outpatient", "iop"], mustShow: [
    "Look for a program made for teens.", "Involve the family.", "Substances: cannabis."],
    // What IOP means for teens is for an IOP result; P10's is outpatient (issue 16).
    mustNotShow: ["For teens, IOP usually means"] },
  { id: "P11", acceptable: ["outpatient", "iop", "php", "residential"], mustShow: [
    "Do not stop opioids suddenly.", "safe in pregnancy when prescribed", "Prenatal care (care during pregnancy) is needed", "Keep naloxone (Narcan) nearby"] },
  { id: "P12", acceptable: ["emergency"], crisis: true, mustShow: [
    "Call 911 now.", "These can be signs of delirium tremens (DTs), a dangerous form of withdrawal."] },
  { id: "P13", acceptable: ["iop"], mustShow: [
    "This level usually needs more hours than you said are free.", "Ask about evening programs.",
    "Ask about online (video) programs", "job-protected leave"] },
  { id: "P14", acceptable: ["outpatient", "iop"], mustShow: [
    "This suggestion is uncertain because many answers are missing.", "A full assessment with a counselor or doctor is the next step."] },
  // The independent clinical review of December 2026 (tests/corpus/review.tsv): its critical
  // cases and the classes behind them, answered through the UI.
  { id: "C01", acceptable: ["withdrawal"], mustShow: [
    "Do not stop suddenly on your own.", "Ask a treatment center or a doctor about detox", "Risk factors: 10 or more."] },
  { id: "C02", acceptable: ["outpatient", "withdrawal"], mustShow: ["Do not stop suddenly on your own."] },
  { id: "C07", acceptable: ["withdrawal"], mustShow: [
    "Coming off benzodiazepines or other sedatives needs a doctor", "Do not stop suddenly on your own."] },
  { id: "C09", acceptable: ["early", "outpatient"], mustShow: [
    "Ask the doctor who prescribes your medicine about a slow taper"], mustNotShow: ["Ask a treatment center or a doctor about detox"] },
  { id: "C16", acceptable: ["early"], mustShow: [
    "Keep taking your opioids as prescribed.", "Keep naloxone (Narcan) at home"], mustNotShow: ["Ask about medicine for opioid use", "naltrexone"] },
  { id: "C41", acceptable: ["early", "outpatient"], mustShow: ["What helps should go on: meetings, counseling or check-ins."],
    mustNotShow: ["Talk to a doctor if you want to cut down."] },
  { id: "C47", acceptable: ["emergency"], crisis: true, mustShow: ["Go to an emergency room now."] },
  { id: "C49", acceptable: ["emergency"], crisis: true, mustShow: ["Take your loved one to an emergency room now"] },
  { id: "C56", acceptable: ["emergency"], crisis: true, mustShow: ["Call 911 now.", "Call or text 988 now"] },
  { id: "C58", acceptable: ["early", "outpatient"], mustShow: ["Talk to a doctor or a mental-health counselor"],
    mustNotShow: ["Talk to a treatment center about this level of care."] },
  { id: "C61", acceptable: ["withdrawal"], mustShow: [
    "Coming off benzodiazepines or other sedatives needs a doctor", "Do not stop suddenly on your own."] },
  { id: "C62", acceptable: ["emergency"], crisis: true, mustShow: ["Call 911 now."], mustNotShow: ["Stay with them."] },
].map((v) => ({ ...v, steps: STEPS[v.id] }));

/** The visible text of the element matched by `selector`, whitespace tidied. */
async function textOf(w, selector) {
  return ((await w.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The screen in one round trip: its heading, and whether it is the crisis card. */
function screen(w) {
  return w.locator("main").evaluate((main) => ({
    heading: (main.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim(),
    crisis: main.querySelector(".crisis") !== null,
  }));
}

/**
 * Answers a vignette through the UI by visible labels, from the start page to the result.
 * `w` is a Playwright page or frame locator showing the widget's start page. Returns the
 * result page's level name. Throws at the first question that does not match the fixture,
 * and at a crisis card anywhere but after the vignette's last answer.
 */
export async function answerVignette(w, v, { onScreen } = {}) {
  await w.getByRole("button", { name: "Start now" }).click();
  let previous = "the start page";
  for (const [i, [question, labels]] of v.steps.entries()) {
    const now = await screen(w);
    // ["crisis", title]: a crisis card is expected here, mid-way; the person goes on.
    if (question === "crisis") {
      if (!now.crisis || !now.heading.endsWith(labels)) throw new Error(`${v.id}: expected the crisis card "${labels}" after "${previous}", found "${now.heading}"`);
      if (onScreen) await onScreen(`crisis-${i + 1}`);
      await w.getByRole("button", { name: "Go on with the questions" }).click();
      continue;
    }
    if (now.crisis) throw new Error(`${v.id}: a crisis card came after "${previous}"`);
    if (now.heading !== question) {
      throw new Error(`${v.id} step ${i + 1}: expected the question "${question}", found "${now.heading}"`);
    }
    for (const label of labels) await w.getByLabel(label, { exact: true }).check();
    if (onScreen) await onScreen(`question-${i + 1}`);
    await w.getByRole("button", { name: "Continue" }).click();
    previous = question;
  }
  const end = await screen(w);
  if (v.crisis) {
    if (!end.crisis) throw new Error(`${v.id}: no crisis card after "${previous}"`);
    if (onScreen) await onScreen("crisis");
    await w.getByRole("button", { name: "See the suggestion now" }).click();
    return textOf(w, ".card-head .level");
  }
  if (end.crisis) throw new Error(`${v.id}: a crisis card came after "${previous}"`);
  if (end.heading !== "Check your answers") throw new Error(`${v.id}: expected the summary, found "${end.heading}"`);
  if (onScreen) await onScreen("check");
  await w.getByRole("button", { name: "See the suggestion" }).click();
  return textOf(w, ".card-head .level");
}
