// The question flow in real Chromium: a keyboard-only run from the start page to the result,
// the crisis card on the answer that triggers it, Back and Change keeping answers, the error
// summary, the language switch, and every screen at 320 px and 1280 px (no horizontal
// scroll, no axe-core violation, a screenshot in e2e/artifacts/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, screenshot } from "./harness.mjs";
import { VIGNETTES, LEVEL_NAMES, answerVignette } from "./vignettes.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const vignette = (id) => VIGNETTES.find((v) => v.id === id);

async function open(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/screener.html`);
  return { context, page, errors };
}

const heading = async (page) => ((await page.locator("h1").textContent()) ?? "").trim();

/** Answers the first `n` steps of a vignette by visible labels. */
async function answerSteps(page, steps) {
  for (const [question, labels] of steps) {
    assert.equal(await heading(page), question);
    for (const label of labels) await page.getByLabel(label, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
}

/** What has keyboard focus: its kind, its label or text, and whether it shows a focus ring. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    const label = (a.labels && a.labels[0] ? a.labels[0].textContent : a.textContent) ?? "";
    const style = getComputedStyle(a);
    return { tag: a.tagName, type: a.type ?? "", label: label.trim(), checked: !!a.checked,
      ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
  });
}

async function tabTo(page, wanted, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

test("keyboard only: from the start page to the result, with a visible focus ring", async () => {
  const { context, page, errors } = await open();
  const v = vignette("P09");
  const start = await tabTo(page, (f) => f.tag === "BUTTON" && f.label === "Start now", "Start now");
  assert.ok(start.ring, "the focused button shows a focus ring");
  await page.keyboard.press("Enter");
  for (const [question, labels] of v.steps) {
    const h = await focused(page);
    assert.equal(h.label, question, "focus is on the new question's heading");
    // Choose in the order the options are shown, so Tab only ever moves forward.
    const order = await page.locator("fieldset label").allTextContents();
    const wanted = [...labels].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const label of wanted) {
      let f = await tabTo(page, (f) => f.type === "radio" || (f.type === "checkbox" && f.label === label), label);
      assert.ok(f.ring, `"${f.label}" shows a focus ring`);
      // In a radio group the arrow keys move and choose.
      for (let i = 0; f.type === "radio" && f.label !== label && i < 12; i++) {
        await page.keyboard.press("ArrowDown");
        f = await focused(page);
      }
      assert.equal(f.label, label);
      if (!f.checked) await page.keyboard.press("Space");
    }
    await tabTo(page, (f) => f.tag === "BUTTON" && f.label === "Continue", "Continue");
    await page.keyboard.press("Enter");
  }
  assert.equal((await focused(page)).label, "Check your answers");
  await tabTo(page, (f) => f.tag === "BUTTON" && f.label === "See the suggestion", "See the suggestion");
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).label, "Your suggested starting point");
  assert.equal((await page.locator(".card-head .level").textContent()).trim(), LEVEL_NAMES.iop);
  // Start again, by keyboard too, clears everything.
  await tabTo(page, (f) => f.tag === "BUTTON" && f.label === "Start again", "Start again");
  await page.keyboard.press("Enter");
  assert.equal(await heading(page), "Find a starting point for care");
  await page.getByRole("button", { name: "Start now" }).click();
  assert.equal(await page.locator("input:checked").count(), 0, "no answer survived Start again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the crisis card comes on the answer that triggers it, and the person can go on", async () => {
  const { context, page } = await open();
  const [who, danger] = vignette("P08").steps;
  await page.getByRole("button", { name: "Start now" }).click();
  await answerSteps(page, [who]);
  assert.equal(await page.locator(".crisis").count(), 0, "no card before the answer");
  await answerSteps(page, [danger]);
  const card = page.locator(".crisis");
  assert.equal(await card.count(), 1, "the card is there at once");
  assert.equal((await focused(page)).label, (await card.locator("h1").textContent()).trim(), "focus on the card's heading");
  assert.match(await card.locator("h1").textContent(), /^Emergency: /, "urgency in the heading's text");
  for (const [name, href] of [["Call 911", "tel:911"], ["Call 988", "tel:988"], ["Text 988", "sms:988"]]) {
    assert.equal(await card.getByRole("link", { name }).getAttribute("href"), href);
  }
  assert.match(await card.innerText(), /Call or text 988 now/);
  await page.getByRole("button", { name: "Go on with the questions" }).click();
  assert.equal(await heading(page), "How old are you?");
  await context.close();
});

test("Back and Change keep every answer, and a change shows in the result", async () => {
  const { context, page } = await open();
  const steps = vignette("P02").steps;
  await page.getByRole("button", { name: "Start now" }).click();
  await answerSteps(page, steps.slice(0, 6));
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  assert.equal(await heading(page), steps[4][0]);
  for (const label of steps[4][1]) assert.ok(await page.getByLabel(label, { exact: true }).isChecked(), `"${label}" kept`);
  await page.getByRole("button", { name: "Continue" }).click();
  for (const label of steps[5][1]) assert.ok(await page.getByLabel(label, { exact: true }).isChecked(), `"${label}" kept`);
  await page.getByRole("button", { name: "Continue" }).click();
  await answerSteps(page, steps.slice(6));
  assert.equal(await heading(page), "Check your answers");
  const [hoursQuestion] = steps.find(([q]) => q.startsWith("About how many hours"));
  const summary = await page.locator(".summary").innerText();
  assert.ok(summary.includes("9 to 19 hours"), "a closed group shows its answers on one line");
  assert.equal(await page.getByRole("button", { name: `Change ${hoursQuestion}` }).count(), 0, "its Change buttons show once it is open");
  await page.locator(".summary summary", { hasText: "About you and your schedule" }).click();
  await page.getByRole("button", { name: `Change ${hoursQuestion}` }).click();
  assert.equal(await heading(page), hoursQuestion);
  assert.ok(await page.getByLabel("9 to 19 hours", { exact: true }).isChecked(), "the answer is there to change");
  await page.getByLabel("6 to 8 hours", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  assert.equal(await heading(page), "Check your answers", "back to the summary");
  assert.ok((await page.locator(".summary").innerText()).includes("6 to 8 hours"));
  await page.getByRole("button", { name: "See the suggestion" }).click();
  assert.equal((await page.locator(".card-head .level").textContent()).trim(), LEVEL_NAMES.iop, "the schedule never lowers the level");
  assert.ok((await page.locator("main").innerText()).includes("Does not fit your schedule yet"));
  await context.close();
});

test("Continue with nothing chosen shows the error summary, focused, and Error: in the title", async () => {
  const { context, page } = await open();
  await page.getByRole("button", { name: "Start now" }).click();
  assert.equal(await page.locator(".error-summary").count(), 0);
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator(".error-summary");
  assert.equal(await summary.locator("h2").textContent(), "There is a problem");
  assert.equal(await page.evaluate(() => document.activeElement.className), "error-summary");
  assert.match(await page.title(), /^Error: /);
  await summary.getByRole("button", { name: "Choose an answer to go on." }).click();
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), "Myself", "the link leads to the first option");
  await page.getByLabel("Myself").check();
  await page.getByRole("button", { name: "Continue" }).click();
  assert.doesNotMatch(await page.title(), /Error/);
  await context.close();
});

test("switching language keeps the answers and sets lang on the document", async () => {
  const { context, page } = await open();
  const steps = vignette("P05").steps;
  await page.getByRole("button", { name: "Start now" }).click();
  await answerSteps(page, steps.slice(0, 2));
  await page.getByLabel(steps[2][1][0], { exact: true }).check();
  const es = page.getByRole("button", { name: "Español" });
  assert.equal(await es.getAttribute("lang"), "es");
  await es.click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await heading(page), "¿Qué edad tiene su ser querido?");
  assert.equal(await page.locator("input:checked").count(), 1, "the ticked option survives");
  await page.getByRole("button", { name: "Atrás" }).click();
  assert.equal(await page.locator("input:checked").count(), 1, "the earlier answer too");
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await heading(page), steps[1][0]);
  await context.close();
});

test("at 320 px in the embedded demo, every new heading is in view in the top window", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Start now" }).click();
  for (const [question, labels] of vignette("P02").steps.slice(0, 8)) {
    const box = await frame.locator("h1").boundingBox();
    assert.equal((await frame.locator("h1").textContent()).trim(), question);
    assert.ok(box.y >= -1 && box.y + box.height <= 568, `"${question}" is in view (top ${box.y})`);
    for (const label of labels) await frame.getByLabel(label, { exact: true }).check();
    await frame.getByRole("button", { name: "Continue" }).click();
  }
  await context.close();
});

test("with no host language, the browser's language decides: es-MX starts in Spanish", async () => {
  const context = await browser.newContext({ locale: "es-MX" });
  const page = await context.newPage();
  await page.goto(`${server.origin}/screener.html`);
  assert.equal(await heading(page), "Encuentre por dónde empezar a recibir ayuda");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  await context.close();
});

/** Checks a screen: nothing wider than the viewport, no axe-core violation, a screenshot. */
async function look(page, name, width) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${name} at ${width}px`);
  await screenshot(page, `ui-${name}-${width}`);
}

for (const width of [320, 1280]) {
  test(`every screen at ${width}px: no sideways scroll, no axe violation, a screenshot`, async () => {
    const { context, page, errors } = await open(width);
    await look(page, "start", width);
    await page.getByRole("button", { name: "Start now" }).click();
    await look(page, "question", width);
    await page.getByRole("button", { name: "Continue" }).click();
    await look(page, "error", width);
    await answerSteps(page, vignette("P08").steps);
    await look(page, "crisis", width);
    await page.getByRole("button", { name: "See the suggestion now" }).click();
    await look(page, "result-emergency", width);
    await page.getByRole("button", { name: "Start again" }).click();
    await answerVignette(page, vignette("P03"), {
      onScreen: async (screen) => {
        if (screen === "question-4") await look(page, "question-multiple", width);
        if (screen === "check") await look(page, "check", width);
      },
    });
    await look(page, "result-urgent", width);
    await page.getByRole("button", { name: "Español" }).click();
    await look(page, "result-es", width);
    await page.getByRole("button", { name: "Empezar de nuevo" }).click();
    await look(page, "start-es", width);
    await page.getByRole("button", { name: "English" }).click();
    await answerVignette(page, vignette("P02"));
    await look(page, "result-routine", width);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
