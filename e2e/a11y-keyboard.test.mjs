// Keyboard only, in real Chromium: a complete run from the start page to the result with Tab,
// Shift+Tab, Space, Enter and the arrow keys, nothing else. At every key press the focused
// element must show a focus indicator (an outline or a box-shadow in its computed style) and
// must not be hidden: its centre is inside the viewport and the element found there is the
// focused element or inside it (so no sticky bar covers it). On every new screen focus must
// be on the new heading; after Continue with nothing chosen, on the error summary, whose link
// then leads to the first option. The polite live region must exist (empty) before anything
// is put in it, and must say "Question n of about N" on every question.
// Run twice: in the bare document at 1280 px in English, and embedded in the demo host page
// at 320 px in Spanish, where the new heading must also be visible in the top window.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";
import { RUNS, UI, pick, readScreen, openWidget, openDemo } from "./a11y-lib.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** What the focused element is and how it looks, read inside the widget's document. */
async function focusState(frame) {
  return frame.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { none: true };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow && cs.boxShadow !== "none";
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const inView = r.width > 0 && r.height > 0 && cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight;
    const hit = inView ? document.elementFromPoint(cx, cy) : null;
    // A native radio or checkbox is drawn by the browser; its label is what a click there
    // reaches, so either counts as the focused control being uncovered.
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    const uncovered = !!hit && (hit === el || el.contains(hit) || (label && (hit === label || label.contains(hit))));
    return {
      tag: el.tagName.toLowerCase(), type: el.type ?? null, value: el.value ?? null, text: (el.innerText ?? "").trim().slice(0, 80),
      classes: el.className, visible: outline || shadow, outline: `${cs.outlineStyle} ${cs.outlineWidth}`, shadow: cs.boxShadow,
      inView, uncovered, isHeading: el.tagName === "H1", inErrorSummary: !!el.closest(".error-summary"),
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
    };
  });
}

/** Checks the focus after a key press: there is a focused element, it shows, it is uncovered. */
async function checkFocus(frame, where) {
  const f = await focusState(frame);
  assert.ok(!f.none, `${where}: something has focus`);
  assert.ok(f.visible, `${where}: the focus on <${f.tag} ${f.text}> is visible (outline ${f.outline}, box-shadow ${f.shadow})`);
  assert.ok(f.inView && f.uncovered, `${where}: the focused <${f.tag} ${f.text}> is on screen and not covered (${JSON.stringify(f.rect)})`);
  return f;
}

/** Presses a key in the page (the focused frame receives it) and checks the focus after it. */
async function press(page, frame, key, where) {
  await page.keyboard.press(key);
  return checkFocus(frame, `${where} after ${key}`);
}

const politeRegion = (frame) => frame.locator('[role=status][aria-live=polite]');

/** Tabs forward until the focused element's text is `text` (at most `max` presses). */
async function tabTo(page, frame, text, where, max = 40) {
  for (let i = 0; i < max; i++) {
    const f = await press(page, frame, "Tab", where);
    if (f.text === text) return f;
  }
  throw new Error(`${where}: never reached "${text}" with Tab`);
}

/** With the embedded widget: the top window shows the frame's focused heading. */
async function headingVisibleInTop(page, frame, where) {
  const inFrame = await frame.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  const box = await (await frame.frameElement()).boundingBox();
  const viewport = page.viewportSize();
  const top = box.y + inFrame.top;
  const bottom = box.y + inFrame.bottom;
  assert.ok(top >= -1 && bottom <= viewport.height + 1, `${where}: the new heading is in the top window (at ${top.toFixed(0)}–${bottom.toFixed(0)} of ${viewport.height})`);
}

async function keyboardRun({ frame, page, lang, run, embedded }) {
  const ui = UI[lang];
  // The live region is there, empty, before the first question puts text in it.
  assert.equal(await politeRegion(frame).count(), 1, "one polite live region");
  assert.equal((await politeRegion(frame).textContent()).trim(), "", "the live region starts empty");

  // The first Tab stops are the way out and the language switch, before the content.
  const first = await press(page, frame, "Tab", "start");
  const second = await press(page, frame, "Tab", "start");
  assert.ok([first.text, second.text].includes(ui.ExitThisPage), `Exit this page is the first or second Tab stop (got "${first.text}", "${second.text}")`);
  // Shift+Tab goes back.
  const back = await press(page, frame, "Shift+Tab", "start");
  assert.equal(back.text, first.text, "Shift+Tab returns to the previous stop");

  await tabTo(page, frame, ui.StartButton, "start page");
  await page.keyboard.press("Enter");

  let erred = false;
  let questions = 0;
  for (let step = 0; step < 200; step++) {
    await frame.waitForFunction(() => document.activeElement?.tagName === "H1" || document.activeElement?.closest(".error-summary"));
    const screen = await readScreen(frame, lang);
    const where = `${lang} ${run.name} ${screen.kind} ${screen.q ?? ""}`;
    const focus = await checkFocus(frame, where);
    assert.ok(focus.isHeading, `${where}: focus is on the new heading (got <${focus.tag}>)`);
    if (embedded) await headingVisibleInTop(page, frame, where);

    if (screen.kind === "question") {
      questions++;
      const live = (await politeRegion(frame).textContent()).trim();
      // The catalogue's sentence with its numbers: "Question {n} of about {total}".
      const progress = ui.Progress.split(/\{n\}|\{total\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("\\d+");
      assert.match(live, new RegExp(`^${progress}$`), `${where}: the live region says which question this is ("${live}")`);

      const inputs = await frame.evaluate(() => [...document.querySelectorAll("main fieldset input")].map((i) => ({ value: i.value, type: i.type })));
      const radio = inputs[0].type === "radio";

      // Once: Continue with nothing chosen shows the error summary, focused, whose link leads
      // to the first option. From the heading, Tab enters the options once; with nothing
      // chosen a radio group is one stop, checkboxes are one stop each.
      if (!erred && radio) {
        erred = true;
        await press(page, frame, "Tab", where);
        await press(page, frame, "Tab", where);
        const onContinue = await checkFocus(frame, where);
        assert.equal(onContinue.text, ui.Continue, `${where}: two Tabs from the heading reach Continue past an unanswered radio group`);
        await page.keyboard.press("Enter");
        await frame.waitForFunction(() => !!document.activeElement?.closest(".error-summary"));
        const summary = await checkFocus(frame, `${where} error`);
        assert.ok(summary.inErrorSummary, `${where}: the error summary has focus`);
        const title = await frame.evaluate(() => document.title);
        assert.ok(title.startsWith(ui.TitleErrorPrefix), `${where}: the frame's title starts with "${ui.TitleErrorPrefix}" (got "${title}")`);
        const link = await press(page, frame, "Tab", `${where} error`);
        assert.ok(link.inErrorSummary, `${where}: Tab from the summary reaches its link`);
        await page.keyboard.press("Enter");
        const onFirst = await checkFocus(frame, `${where} error link`);
        assert.equal(onFirst.value, inputs[0].value, `${where}: the summary's link leads to the first option`);
      } else {
        await press(page, frame, "Tab", where);
      }

      // Focus is on the first option now. Choose the run's answer.
      const want = pick(run.answers, screen.q, inputs.map((i) => i.value));
      if (radio) {
        const target = inputs.findIndex((i) => i.value === want[0]);
        await press(page, frame, "Space", where);
        for (let i = 0; i < target; i++) await press(page, frame, "ArrowDown", where);
        const chosen = await frame.evaluate(() => document.querySelector("main fieldset input:checked")?.value);
        assert.equal(chosen, want[0], `${where}: Space and the arrow keys chose the answer`);
        await press(page, frame, "Tab", where);
      } else {
        for (let i = 0; i < inputs.length; i++) {
          if (want.includes(inputs[i].value)) await press(page, frame, "Space", where);
          await press(page, frame, "Tab", where);
        }
        const chosen = await frame.evaluate(() => [...document.querySelectorAll("main fieldset input:checked")].map((i) => i.value));
        assert.deepEqual(chosen.sort(), [...want].sort(), `${where}: Space chose the answers`);
      }
      const onContinue = await checkFocus(frame, where);
      assert.equal(onContinue.text, ui.Continue, `${where}: Tab after the options reaches Continue`);
      await page.keyboard.press("Enter");
    } else if (screen.kind === "crisis") {
      await tabTo(page, frame, ui.CrisisContinue, where);
      await page.keyboard.press("Enter");
    } else if (screen.kind === "check") {
      await tabTo(page, frame, ui.SeeResult, where, 200);
      // The answers are in groups that start closed. Shift+Tab goes back to the last group's
      // name, Enter opens it, Tab reaches its first Change button, and Tab on returns.
      const prev = await press(page, frame, "Shift+Tab", where);
      assert.equal(prev.tag, "summary", `${where}: Shift+Tab from the button reaches the last group of answers (got <${prev.tag}> "${prev.text}")`);
      await page.keyboard.press("Enter");
      const change = await press(page, frame, "Tab", where);
      assert.ok(change.text.startsWith(ui.Change), `${where}: Tab in the opened group reaches a Change button (got "${change.text}")`);
      await tabTo(page, frame, ui.SeeResult, where, 200);
      await page.keyboard.press("Enter");
    } else if (screen.kind === "result") {
      // Every control on the result can be reached and shows its focus, to Start again.
      await tabTo(page, frame, ui.StartAgain, where, 200);
      assert.ok(questions > 5, "the run answered its questions");
      assert.ok(erred, "the error summary was checked");
      return;
    } else {
      throw new Error(`${where}: unexpected screen`);
    }
  }
  throw new Error("the keyboard run did not reach the result");
}

test("keyboard only, bare document at 1280 px in English: start to result, focus always seen", async () => {
  const run = RUNS.find((r) => r.name.startsWith("P06"));
  const { context, page, frame } = await openWidget(browser, server.origin, { lang: "en", width: 1280, height: 800 });
  await keyboardRun({ frame, page, lang: "en", run, embedded: false });
  await screenshot(page, "a11y-keyboard-en-result");
  await context.close();
});

test("keyboard only, embedded in the demo at 320 px in Spanish, for a loved one: the heading shows in the top window", async () => {
  const run = RUNS.find((r) => r.name.startsWith("P05"));
  const { context, page, frame } = await openDemo(browser, server.origin, { lang: "es", width: 320, height: 640 });
  // Keyboard focus starts in the host page: Tab through the host's own links until the frame
  // has it, then one Shift+Tab back, so the run below starts at the host's last stop before
  // the widget.
  let inside = false;
  for (let i = 0; i < 40 && !inside; i++) {
    await page.keyboard.press("Tab");
    inside = await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
  }
  assert.ok(inside, "Tab from the host page reaches the widget");
  await page.keyboard.press("Shift+Tab");
  await keyboardRun({ frame, page, lang: "es", run, embedded: true });
  await screenshot(page, "a11y-keyboard-es-embedded-result");
  await context.close();
});
