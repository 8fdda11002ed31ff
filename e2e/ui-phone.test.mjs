// Phone first: the quick exit and the crisis numbers in view on every screen, at 320, 375 and
// 1280 px, in both languages, inside the demo host page (which scrolls, as a center's site
// does). Playwright scrolls the host page to reach each control it presses, as a visitor
// scrolls to reach Continue, so the frame is often partly above the window; the exit bar must
// still be in the part of the frame that is on screen, and each new heading below the bar.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";
import { widgetFrame, interactive, walk } from "./walk.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A family member's run with substances, withdrawal and a crisis card on the way: most kinds
// of screen (start, questions, checklists, a crisis card, the check page, the result).
const ANSWERS = {
  who_for: "someone_else", age: "under_18", substances: ["cannabis", "alcohol"], cannabis_freq: "every_day",
  alcohol_freq: "two_to_three_a_week", danger_now: "not_sure",
};

/** Where the exit button, the bar and the heading are, in the host window's coordinates,
 *  and the part of the window the frame covers. */
async function boxes(page, frame) {
  const outer = await page.locator("iframe").boundingBox();
  const inner = await frame.evaluate(() => {
    const box = (sel) => document.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null;
    return { exit: box("a.exit"), bar: box(".bar"), h1: box("main h1"), focused: document.activeElement?.tagName ?? "" };
  });
  const vp = page.viewportSize();
  const shift = (b) => b && { top: outer.y + b.top, bottom: outer.y + b.bottom, left: outer.x + b.left, right: outer.x + b.right };
  return {
    seen: { top: Math.max(0, outer.y), bottom: Math.min(vp.height, outer.y + outer.height), left: Math.max(0, outer.x), right: Math.min(vp.width, outer.x + outer.width) },
    exit: shift(inner.exit), bar: shift(inner.bar), h1: shift(inner.h1), focused: inner.focused,
  };
}
const inside = (b, seen) => b && b.top >= seen.top - 0.5 && b.bottom <= seen.bottom + 0.5 && b.left >= seen.left - 0.5 && b.right <= seen.right + 0.5;

for (const [width, height] of [[320, 640], [375, 740], [1280, 800]]) {
  describe(`at ${width} px`, { concurrency: 2 }, () => {
    for (const lang of ["en", "es"]) {
      test(`${lang}: the exit is on screen on every step, and each heading below the bar`, async () => {
        const page = await browser.newPage({ viewport: { width, height }, hasTouch: width < 500, isMobile: width < 500 });
        await page.goto(`${server.origin}/index.html`);
        const frame = await widgetFrame(page);
        await interactive(frame);
        if (lang === "es") {
          await frame.getByRole("button", { name: "Español" }).click();
          await frame.locator("html[lang=es]").waitFor();
        }
        let screens = 0;
        const onScreen = async (screen) => {
          screens++;
          // The bar follows the visible part a frame or two after a scroll: wait for it.
          let b;
          for (let i = 0; i < 40; i++) {
            b = await boxes(page, frame);
            if (inside(b.exit, b.seen)) break;
            await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
          }
          assert.ok(inside(b.exit, b.seen), `${screen.kind} "${screen.h1}": the exit ${JSON.stringify(b.exit)} is in the visible part ${JSON.stringify(b.seen)}`);
          if (screen.kind !== "start") {
            assert.equal(b.focused, "H1", `${screen.kind} "${screen.h1}": focus is on the heading`);
            assert.ok(b.h1.top >= b.bar.bottom - 0.5, `${screen.kind} "${screen.h1}": the heading (${b.h1.top}) is below the bar (${b.bar.bottom})`);
            // Its first line at least: the part on screen can be shorter than a long heading.
            assert.ok(inside({ ...b.h1, bottom: Math.min(b.h1.bottom, b.h1.top + 30) }, b.seen), `${screen.kind} "${screen.h1}": the heading ${JSON.stringify(b.h1)} starts on screen ${JSON.stringify(b.seen)}`);
          }
          if (width === 375 && ["start", "check", "result", "crisis"].includes(screen.kind)) await screenshot(page, `phone-${screen.kind}-${lang}-375`, { window: true });
          if (width === 375 && screen.kind === "question" && screens < 6) await screenshot(page, `phone-question-${screens}-${lang}-375`, { window: true });
        };
        const seen = await walk(frame, { lang, answers: ANSWERS, crisis: "go-on", onScreen });
        assert.ok(seen.screens.some((s) => s.kind === "crisis"), "the walk went through a crisis card");
        assert.equal(seen.screens.at(-1).kind, "result");
        await page.close();
      });
    }
  });
}
