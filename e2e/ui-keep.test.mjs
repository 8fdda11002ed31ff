// Print and "Save as a text file" from inside the sandboxed frame of the embedded demo, in
// real Chromium: the print dialog is asked for (and not refused by the sandbox), the print
// style sheet shows the summary and hides the controls, and the saved file has a neutral name,
// the summary, and of the host only the center's own contact (issue 16: she needs the number
// when she calls later), never the page's address.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve, launch, recordRequests, screenshot } from "./harness.mjs";
import { VIGNETTES, LEVEL_NAMES, answerVignette } from "./vignettes.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The embedded demo answered to P03's result (withdrawal, then IOP). */
async function result() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const console = [];
  page.on("console", (m) => console.push(m.text()));
  await page.goto(`${server.origin}/index.html`);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Start now" }).waitFor();
  const loaded = requests.length;
  const level = await answerVignette(frame, VIGNETTES.find((v) => v.id === "P03"));
  assert.equal(level, LEVEL_NAMES.withdrawal);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  return { context, page, frame, inner, console, newRequests: () => requests.slice(loaded) };
}

test("Print asks for the frame's own print dialog, and the print style shows the summary without the controls", async () => {
  const { context, page, frame, inner, console, newRequests } = await result();
  // A spy that still calls the real print: it counts, it does not replace.
  await inner.evaluate(() => {
    const real = window.print.bind(window);
    window.__prints = 0;
    window.print = () => { window.__prints += 1; real(); };
  });
  await frame.getByRole("button", { name: "Print" }).click();
  assert.equal(await inner.evaluate(() => window.__prints), 1, "window.print() was called");
  assert.deepEqual(console.filter((m) => /print/i.test(m)), [], "the sandbox did not refuse it");

  await page.emulateMedia({ media: "print" });
  for (const hidden of ["header", ".back", "button", ".helpbar", "a.exit"]) {
    const all = frame.locator(hidden);
    for (let i = 0; i < await all.count(); i++) {
      assert.equal(await all.nth(i).isVisible(), false, `${hidden} is not printed`);
    }
  }
  for (const shown of [LEVEL_NAMES.withdrawal, "Why we suggest this", "Do not stop suddenly on your own.",
    "988 Suicide & Crisis Lifeline", "Rules version", "not yet been reviewed by a licensed clinician", "not a diagnosis"]) {
    assert.ok(await frame.getByText(shown).first().isVisible(), `"${shown}" is printed`);
  }
  await screenshot(page, "ui-print-1280");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(newRequests(), [], "no request");
  await context.close();
});

test("Save warns first, then saves notes.txt made in the browser with the summary and the center's contact", async () => {
  const { context, page, frame, newRequests } = await result();
  await frame.getByRole("button", { name: "Save as a text file" }).click();
  const warning = frame.getByRole("alert");
  assert.match(await warning.innerText(), /stays on this device.*list of downloads/s, "the warning comes first");
  await screenshot(page, "ui-save-warning-1280");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    frame.getByRole("button", { name: "Save the file" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "notes.txt", "a neutral name");
  assert.match(download.url(), /^blob:/, "made in the browser");
  const text = await readFile(await download.path(), "utf8");
  for (const must of [LEVEL_NAMES.withdrawal, "After that:", "Do not stop suddenly on your own.",
    "You said you had a seizure or DTs when you stopped before.", "988 Suicide & Crisis Lifeline: call. ",
    "SAMHSA National Helpline: 1-800-662-4357", "Outside the US", "not a diagnosis", "Rules version",
    "not yet been reviewed by a licensed clinician"]) {
    assert.ok(text.includes(must), `the file has "${must}"`);
  }
  assert.ok(!text.includes(": 988."), "no label says its number twice");
  // The demo's loader configures the center: its name, number, page and next step are in the
  // file, as the center wrote them; the page around the widget is not.
  const config = await page.locator("script[src='embed.js']").evaluate((el) => ({ ...el.dataset }));
  for (const key of ["centerName", "phone", "contactUrl", "nextStep"]) {
    assert.ok(config[key], `the demo sets data-${key}`);
    assert.ok(text.includes(config[key]), `the file has the center's ${key}`);
  }
  assert.ok(!/https?:\/\/127\.0\.0\.1/.test(text), "nor the page's address");
  assert.equal(await frame.getByRole("alert").count(), 0, "the warning closes");
  assert.deepEqual(newRequests().filter((r) => !r.url.startsWith("blob:")), [], "no request");
  await context.close();
});
