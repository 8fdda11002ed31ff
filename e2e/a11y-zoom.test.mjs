// Reflow at 320 CSS px (what a 1280 px screen shows at 400 % zoom, WCAG 1.4.10): on every
// step of complete runs in both languages, the widget scrolls only vertically and nothing is
// cut off. "No horizontal scroll" is scrollWidth ≤ clientWidth for the document, and inside
// the demo for both the host page and the widget's frame. "Nothing cut off" is every visible
// element of the widget lying inside the frame's width, and no text clipped by its own box
// (scrollWidth > clientWidth on an element that hides its overflow). Runs: the longest
// self run (withdrawal), a loved-one run and the crisis card, each with the error summary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";
import { RUNS, walk, openWidget, openDemo } from "./a11y-lib.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CHOSEN = ["P03-withdrawal", "P05-iop-loved-one", "P08-emergency-crisis-card"];

/** What overflows in a document: the page's own sideways scroll, and every visible element
 *  that pokes out of the viewport's width or clips its own text. */
function overflow() {
  const doc = document.scrollingElement ?? document.documentElement;
  const width = doc.clientWidth;
  const problems = [];
  if (doc.scrollWidth > width) problems.push(`the document scrolls sideways: ${doc.scrollWidth} > ${width}`);
  if (document.body.scrollWidth > width) problems.push(`the body is wider than the page: ${document.body.scrollWidth} > ${width}`);
  for (const el of document.querySelectorAll("body *")) {
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden" || el.closest(".visually-hidden")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.left < -0.5 || r.right > width + 0.5) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} of ${width}: "${(el.innerText ?? "").slice(0, 40)}"`);
    const clips = ["hidden", "clip"].includes(cs.overflowX) || cs.textOverflow === "ellipsis";
    if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> cuts off its content: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  return problems.slice(0, 10);
}

for (const lang of ["en", "es"]) {
  test(`reflow at 320 px, bare document, ${lang}: no sideways scroll and nothing cut off on any step`, async () => {
    const { context, page, frame } = await openWidget(browser, server.origin, { lang, width: 320, height: 640 });
    let steps = 0;
    for (const run of RUNS.filter((r) => CHOSEN.includes(r.name))) {
      await page.goto(`${server.origin}/screener.html`);
      await page.locator("main h1").first().waitFor();
      await walk(frame, lang, run, {
        errors: true,
        fast: true,
        onScreen: async (screen) => {
          steps++;
          const problems = await page.evaluate(overflow);
          assert.deepEqual(problems, [], `${lang} ${run.name} ${screen.kind} ${screen.q ?? ""}${screen.error ? " (error)" : ""}`);
        },
      });
    }
    assert.ok(steps > 40, `walked ${steps} steps`);
    await screenshot(page, `a11y-zoom-320-${lang}-result`);
    await context.close();
  });
}

test("reflow at 320 px inside the embedded demo: neither the host page nor the frame scrolls sideways", async () => {
  const { context, page, frame } = await openDemo(browser, server.origin, { lang: "en", width: 320, height: 640 });
  const run = RUNS.find((r) => r.name === "P05-iop-loved-one");
  let steps = 0;
  await walk(frame, "en", run, {
    errors: true,
    fast: true,
    onScreen: async (screen) => {
      steps++;
      const where = `demo ${screen.kind} ${screen.q ?? ""}${screen.error ? " (error)" : ""}`;
      const host = await page.evaluate(() => {
        const d = document.scrollingElement ?? document.documentElement;
        const f = document.querySelector("iframe").getBoundingClientRect();
        return { scroll: d.scrollWidth, client: d.clientWidth, frameLeft: f.left, frameRight: f.right };
      });
      assert.ok(host.scroll <= host.client, `${where}: the host page scrolls sideways (${host.scroll} > ${host.client})`);
      assert.ok(host.frameLeft >= 0 && host.frameRight <= host.client + 0.5, `${where}: the frame fits the host page (${host.frameLeft}–${host.frameRight} of ${host.client})`);
      assert.deepEqual(await frame.evaluate(overflow), [], where);
    },
  });
  assert.ok(steps > 15, `walked ${steps} steps`);
  await screenshot(page, "a11y-zoom-320-demo-result");
  await context.close();
});
