// Walks the embedded widget the way a person does, whatever questions the bank asks: on each
// screen it reads what is shown, answers the question on screen from a plan (by the option's
// stable id, the input's value; anything the plan does not name gets a default answer) and
// goes on, until the result. Button names come from the language catalogues themselves
// (src/i18n/*/ui.rs), so the walk keeps working as the questions and the wording change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

/** The interface sentences of a language, read from its catalogue: `Ui::Key => "text",`. */
function catalogue(lang) {
  const source = readFileSync(join(ROOT, "src", "i18n", lang, "ui.rs"), "utf8");
  const texts = {};
  for (const [, key, literal] of source.matchAll(/Ui::(\w+)\s*=>\s*("(?:[^"\\]|\\.)*")/g)) {
    texts[key] = JSON.parse(literal.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)).replace(/"/g, '\\"')));
  }
  return texts;
}
export const UI = { en: catalogue("en"), es: catalogue("es") };

/** The widget's frame in a page (the first one there). It waits up to 30 s, Playwright's own
 *  default, because on a busy 2-core machine the loader and frame can take more than 5 s. */
export async function widgetFrame(page) {
  for (let i = 0; i < 600; i++) {
    const frame = page.frames().find((f) => f.url().includes("/screener.html"));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error("no widget frame on the page");
}

/** Waits until the widget has replaced its plain-HTML fallback and shows its first screen. */
export async function interactive(frame) {
  await frame.locator("#fallback").waitFor({ state: "detached" });
  await frame.locator("main h1").first().waitFor();
}

/** The screen on show: its kind, heading, and for a question its id and options. */
async function readScreen(frame, ui) {
  return frame.evaluate((ui) => {
    const main = document.querySelector("main");
    if (!main) return { kind: "exited", h1: "", text: document.body.innerText };
    const h1 = (main.querySelector("h1")?.innerText ?? "").trim();
    const text = main.innerText;
    const inputs = [...main.querySelectorAll("fieldset input")];
    if (inputs.length) {
      return {
        kind: "question", h1, text,
        q: inputs[0].name,
        options: inputs.map((i) => ({ value: i.value, type: i.type, checked: i.checked, label: document.querySelector(`label[for="${i.id}"]`)?.innerText.trim() ?? "" })),
      };
    }
    const is = (key) => h1.includes(ui[key]);
    // The crisis card's heading is the engine's words for the kind of crisis; the card is
    // known by its way on ("Go on with the questions").
    const crisis = [...main.querySelectorAll("button")].some((b) => b.innerText.trim() === ui.CrisisContinue);
    // The result's heading has two voices: the person's own, and about a loved one.
    const result = is("ResultTitle") || is("ResultTitleTheirs");
    const kind = crisis ? "crisis" : is("CheckTitle") ? "check" : result ? "result" : h1 === ui.Title ? "start" : "unknown";
    return { kind, h1, text };
  }, ui);
}

/** Answers that lead away from danger when the plan says nothing: the first of these the
 *  question offers (the bank's lowest-risk options), else its first option. */
const CALM = ["no_danger", "no", "never", "not_at_all", "drinks_1_2", "prescribed_as_directed", "none_now", "no_withdrawal",
  "no_signs", "no_treatment", "under_a_year", "neither", "no_psychosis", "no_medical", "home_ok", "willing_yes", "no_needs",
  // An answer file without the free days (the first files, and most corpus files) leaves
  // them not known, so "weekends" stays offered to a file that names it.
  "days_vary"];
function defaultPick(options) {
  const calm = CALM.find((id) => options.some((o) => o.value === id));
  return [calm ?? options[0].value];
}

/**
 * Walks from the widget's first screen to the end of a plan.
 * plan: {
 *   lang: "en" | "es"            the language the widget starts in,
 *   answers: { question_id: option_id | [option_ids] }   what to answer where (else calm),
 *   crisis: "go-on" | "stop"     on a crisis card: go on with the questions, or end the walk,
 *   switchLangAt: n              after n answered questions switch to the other language,
 *   backAndChange: true          after the 2nd answer go Back and answer it differently, and
 *                                on the summary use Change on the first question,
 *   print, save: true            on the result: Print, and Save as a text file (confirmed),
 *   onScreen(screen, frame)      called on every screen, e.g. to collect links,
 * }
 * Returns what was shown and chosen: { screens, chosen: [labels], texts: [strings] }.
 */
export async function walk(frame, plan) {
  let lang = plan.lang ?? "en";
  const answers = plan.answers ?? {};
  const seen = { screens: [], chosen: [], texts: [], download: null, printed: false };
  let answered = 0;
  let changed = false;
  let wentBack = false;

  // Each action changes the screen; wait until it has, so the next read is of the new one.
  // (The predicate is written out, not built with new Function: the widget's CSP has no eval.)
  const act = async (locator) => {
    const signature = () => {
      const main = document.querySelector("main");
      return main ? `${main.querySelector("h1")?.innerText}|${main.querySelector("fieldset input")?.name}|${document.documentElement.lang}` : "exited";
    };
    const before = await frame.evaluate(signature);
    await locator.click();
    await frame.waitForFunction((before) => {
      const main = document.querySelector("main");
      const now = main ? `${main.querySelector("h1")?.innerText}|${main.querySelector("fieldset input")?.name}|${document.documentElement.lang}` : "exited";
      return now !== before;
    }, before);
  };
  const button = (key) => frame.getByRole("button", { name: UI[lang][key], exact: true });

  for (let step = 0; step < 300; step++) {
    const screen = await readScreen(frame, UI[lang]);
    seen.screens.push({ kind: screen.kind, q: screen.q ?? null, lang });
    if (plan.onScreen) await plan.onScreen(screen, frame);
    switch (screen.kind) {
      case "start":
        await act(button("StartButton"));
        break;
      case "question": {
        if (plan.switchLangAt !== undefined && answered === plan.switchLangAt && !seen.switched) {
          seen.switched = true;
          const other = lang === "en" ? "es" : "en";
          await act(frame.getByRole("button", { name: other === "es" ? "Español" : "English", exact: true }));
          lang = other;
          break;
        }
        seen.texts.push(screen.h1);
        let want = answers[screen.q];
        want = want === undefined ? defaultPick(screen.options) : [].concat(want);
        const missing = want.filter((id) => !screen.options.some((o) => o.value === id));
        if (missing.length) throw new Error(`question ${screen.q} offers no option ${missing.join(", ")} (it offers ${screen.options.map((o) => o.value).join(", ")})`);
        // Back and change: the second question is answered, then reopened with Back and
        // answered with another option the first time round.
        if (plan.backAndChange && wentBack && !changed && answered === 1) {
          const others = screen.options.filter((o) => !want.includes(o.value));
          if (others.length) want = defaultPick(others);
          changed = true;
        }
        for (const o of screen.options) {
          const input = frame.locator(`fieldset input[value="${o.value}"]`);
          // Read afresh: ticking one radio unticks the others.
          if (want.includes(o.value) !== (await input.isChecked())) await input.click();
          if (want.includes(o.value)) { seen.chosen.push(o.label); seen.texts.push(o.label); }
        }
        await act(button("Continue"));
        answered++;
        if (plan.backAndChange && answered === 2 && !wentBack) {
          wentBack = true;
          answered = 1;
          await act(button("Back"));
        }
        break;
      }
      case "crisis":
        seen.texts.push(screen.text);
        if (plan.crisis === "stop") return seen;
        await act(button("CrisisContinue"));
        break;
      case "check":
        seen.texts.push(...screen.text.split("\n").map((l) => l.trim()).filter(Boolean));
        if (plan.backAndChange && !seen.changedOnSummary) {
          seen.changedOnSummary = true;
          // The answers are in groups that start closed: open the first, then use its first
          // Change button (opening a group does not change the screen, so it is a plain click).
          await frame.locator("main details summary").first().click();
          await act(frame.getByRole("button", { name: new RegExp(`^${UI[lang].Change}\\b`) }).first());
          break;
        }
        await act(button("SeeResult"));
        break;
      case "result":
        seen.texts.push(...screen.text.split("\n").map((l) => l.trim()).filter(Boolean));
        if (plan.print) {
          await frame.evaluate(() => addEventListener("beforeprint", () => { window.__printed = true; }, { once: true }));
          await button("Print").click();
          seen.printed = await frame.evaluate(() => window.__printed === true);
        }
        if (plan.save) {
          const page = frame.page();
          await button("Save").click();
          const [download] = await Promise.all([page.waitForEvent("download"), button("SaveConfirm").click()]);
          seen.download = { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
        }
        return seen;
      default:
        throw new Error(`an unknown screen: ${JSON.stringify(screen).slice(0, 300)}`);
    }
  }
  throw new Error("the walk did not reach the result in 300 screens");
}
