// Shared pieces of the accessibility suite (e2e/a11y-*.test.mjs): the runs that reach every
// level of care, a walker that goes through the widget the way a person does and calls back on
// every screen, and the interface words read from the catalogues themselves, so the tests keep
// working as the wording changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

/** The interface sentences of a language, read from its catalogue: `Ui::Key => "text",`. */
function catalogue(lang) {
  const source = readFileSync(join(ROOT, "src", "i18n", lang, "ui.rs"), "utf8");
  const texts = {};
  for (const [, key, literal] of source.matchAll(/Ui::(\w+)\s*=>\s*("(?:[^"\\]|\\.)*")/g)) {
    texts[key] = JSON.parse(literal.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
  }
  return texts;
}
export const UI = { en: catalogue("en"), es: catalogue("es") };

/** The names of the levels of care, from the catalogue's `level_name`: `Level::Iop => "…",`. */
function levelNames(lang) {
  const source = readFileSync(join(ROOT, "src", "i18n", lang, "domain.rs"), "utf8");
  const body = source.slice(source.indexOf("pub fn level_name"), source.indexOf("pub fn level_summary"));
  const ids = { Early: "early", Outpatient: "outpatient", Iop: "iop", Php: "php", Residential: "residential", Withdrawal: "withdrawal", Emergency: "emergency" };
  const names = {};
  for (const [, key, literal] of body.matchAll(/Level::(\w+)\s*=>\s*("(?:[^"\\]|\\.)*")/g)) names[ids[key]] = JSON.parse(literal);
  return names;
}
export const LEVELS = { en: levelNames("en"), es: levelNames("es") };

/** The answers of a vignette file the engine ships (examples/answers/*.json). */
export function vignette(id) {
  return JSON.parse(readFileSync(join(ROOT, "examples", "answers", `${id}.json`), "utf8")).answers;
}

/**
 * Complete runs that together reach every level of care, both voices and the crisis card.
 * `level` is what the engine suggests for these answers (`cargo run --bin screen`); PHP has
 * no public vignette, so P02 with a psychosis sign stands in for it.
 */
export const RUNS = [
  { name: "P01-early", level: "early", answers: vignette("P01") },
  { name: "P10-outpatient", level: "outpatient", answers: vignette("P10") },
  { name: "P05-iop-loved-one", level: "iop", answers: vignette("P05") },
  { name: "P02+psychosis-php", level: "php", answers: { ...vignette("P02"), psychosis: ["paranoia"] } },
  { name: "P06-residential", level: "residential", answers: vignette("P06") },
  { name: "P03-withdrawal", level: "withdrawal", answers: vignette("P03") },
  { name: "P08-emergency-crisis-card", level: "emergency", answers: vignette("P08") },
  { name: "P12-emergency-loved-one", level: "emergency", answers: vignette("P12") },
];

/** An answer that leads away from danger where the run names none: the first of these the
 *  question offers, else its last option. */
const CALM = ["no", "no_danger", "none_now", "no_withdrawal", "no_signs", "no_psychosis", "no_medical", "home_ok",
  "no_treatment", "never", "not_at_all", "under_a_year", "no_needs", "no_substances"];
export function pick(answers, q, options) {
  const want = answers[q];
  if (want !== undefined) return [].concat(want);
  const calm = CALM.find((id) => options.includes(id));
  return [calm ?? options[options.length - 1]];
}

/** What is on screen, read in one round trip: its kind, heading, question id and options. */
export async function readScreen(frame, lang) {
  return frame.evaluate((ui) => {
    const main = document.querySelector("main");
    if (!main) return { kind: "exited" };
    const h1 = (main.querySelector("h1")?.innerText ?? "").trim();
    const inputs = [...main.querySelectorAll("fieldset input")];
    const buttons = [...document.querySelectorAll("main button, main a")].map((b) => b.innerText.trim());
    const has = (key) => buttons.includes(ui[key]);
    const error = !!main.querySelector(".error-summary");
    if (inputs.length) {
      return { kind: "question", h1, error, q: inputs[0].name, options: inputs.map((i) => i.value), checked: inputs.filter((i) => i.checked).map((i) => i.value) };
    }
    const kind = has("CrisisContinue") ? "crisis" : has("SeeResult") ? "check" : has("StartAgain") ? "result" : has("StartButton") ? "start" : "unknown";
    const level = kind === "result" ? (main.querySelector(".card-head .level")?.innerText ?? "").trim() : null;
    return { kind, h1, error, level };
  }, UI[lang]);
}

/** A fingerprint of the screen, to wait until an action has changed it. */
const signature = () => {
  const main = document.querySelector("main");
  if (!main) return "exited";
  return [main.querySelector("h1")?.innerText, main.querySelector("fieldset input")?.name, !!main.querySelector(".error-summary"), document.documentElement.lang].join("|");
};
export async function changed(frame, before) {
  await frame.waitForFunction(([fn, b]) => new Function(`return (${fn})()`)() !== b, [signature.toString(), before]);
}
export async function act(frame, locator) {
  const before = await frame.evaluate(signature);
  await locator.click();
  await changed(frame, before);
}

export const button = (frame, lang, key) => frame.getByRole("button", { name: UI[lang][key], exact: true });

/**
 * Walks one complete run from the start page to the result, calling `onScreen(screen)` on
 * every screen before acting on it. With `errors`, every question is first continued with
 * nothing chosen (once per question id), and `onScreen` sees the error state too.
 * Returns the list of screens seen.
 */
export async function walk(frame, lang, run, { onScreen = async () => {}, errors = false, fast = false } = {}) {
  const seen = [];
  const erred = new Set();
  // With `fast`, controls are clicked through the DOM (el.click()) in one round trip instead
  // of Playwright's pointer clicks with their actionability checks: the same handlers run, a
  // step costs milliseconds, and suites that check input itself (keyboard) do not use it.
  const press = async (locator, key) => {
    if (!fast) return act(frame, locator);
    const before = await frame.evaluate(signature);
    await frame.evaluate((name) => {
      const b = [...document.querySelectorAll("button, a")].find((x) => x.innerText.trim() === name);
      if (!b) throw new Error(`no button "${name}"`);
      b.click();
    }, UI[lang][key]);
    await changed(frame, before);
  };
  for (let step = 0; step < 200; step++) {
    const screen = await readScreen(frame, lang);
    seen.push(screen);
    await onScreen(screen);
    switch (screen.kind) {
      case "start":
        await press(button(frame, lang, "StartButton"), "StartButton");
        break;
      case "question": {
        if (errors && !erred.has(screen.q) && screen.checked.length === 0) {
          erred.add(screen.q);
          await press(button(frame, lang, "Continue"), "Continue");
          break;
        }
        const want = pick(run.answers, screen.q, screen.options);
        if (fast) {
          await frame.evaluate((want) => {
            for (const i of document.querySelectorAll("main fieldset input")) if (want.includes(i.value) !== i.checked) i.click();
          }, want);
        } else {
          for (const value of screen.options) {
            const input = frame.locator(`fieldset input[value="${value}"]`);
            if (want.includes(value) !== (await input.isChecked())) await input.click();
          }
        }
        await press(button(frame, lang, "Continue"), "Continue");
        break;
      }
      case "crisis":
        await press(button(frame, lang, "CrisisContinue"), "CrisisContinue");
        break;
      case "check":
        await press(button(frame, lang, "SeeResult"), "SeeResult");
        break;
      case "result":
        return seen;
      default:
        throw new Error(`an unknown screen in ${run.name} (${lang}): ${JSON.stringify(screen).slice(0, 300)}`);
    }
  }
  throw new Error(`${run.name} did not reach the result in 200 screens`);
}

/** Opens the bare widget document in a new context, in a language (through the browser's
 *  language, as a visitor's browser would ask) and at a width. */
export async function openWidget(browser, origin, { lang = "en", width = 1280, height = 800, colorScheme = "light", forcedColors = "none" } = {}) {
  const context = await browser.newContext({ locale: lang === "es" ? "es-US" : "en-US", viewport: { width, height }, colorScheme, forcedColors });
  const page = await context.newPage();
  await page.goto(`${origin}/screener.html`);
  await page.locator("main h1").first().waitFor();
  return { context, page, frame: page.mainFrame() };
}

/** Opens the demo host page and returns the widget's frame inside it. */
export async function openDemo(browser, origin, { lang = "en", width = 320, height = 640 } = {}) {
  const context = await browser.newContext({ locale: lang === "es" ? "es-US" : "en-US", viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  let frame;
  for (let i = 0; i < 200 && !frame; i++) {
    frame = page.frames().find((f) => f.url().includes("/screener.html"));
    if (!frame) await page.waitForTimeout(25);
  }
  if (!frame) throw new Error("no widget frame on the demo page");
  await frame.locator("main h1").first().waitFor();
  return { context, page, frame };
}
