// The quick exit in the embedded demo, in real Chromium: Shift pressed 3 times after 6 s of
// idle (no user activation left, so only the sandbox's allow-top-navigation can make it work),
// Shift used as a modifier not counting, the button, and what is left when the browser refuses
// to navigate the top window.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const STAND_IN = "<!doctype html><title>Weather</title><p>Stand-in for the neutral exit page.</p>";

/** A context whose exit page is served by the test itself, whatever address the widget has. */
async function demo() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  const frame = page.frameLocator("iframe");
  const exitUrl = await frame.locator("a.exit").getAttribute("href");
  assert.match(exitUrl, /^https?:\/\//, "the exit is a real link");
  await context.route(exitUrl, (route) => route.fulfill({ contentType: "text/html", body: STAND_IN }));
  return { context, page, frame, exitUrl };
}

const shiftNote = (frame) => frame.locator("[role=status]:not([aria-live])").textContent();

test("Shift pressed 3 times after 6 s idle leaves for the exit page and replaces the history entry", async () => {
  const { context, page, frame, exitUrl } = await demo();
  await frame.getByRole("button", { name: "Start now" }).click();
  await frame.getByRole("radio", { name: "Myself" }).check();
  await frame.getByRole("button", { name: "Continue" }).click();
  const before = await page.evaluate(() => history.length);
  // Chromium's transient user activation lasts about 5 s; after 6 s nothing is left of it.
  await page.waitForTimeout(6000);
  await page.keyboard.press("Shift");
  assert.equal(await shiftNote(frame), "Shift, press 2 more times to exit.");
  await page.keyboard.press("Shift");
  assert.equal(await shiftNote(frame), "Shift, press 1 more time to exit.");
  assert.equal(page.url(), `${server.origin}/index.html`, "two presses are not enough");
  await Promise.all([page.waitForURL(exitUrl), page.keyboard.press("Shift")]);
  assert.equal(page.url(), exitUrl, "the top window shows the exit page");
  assert.equal(await page.evaluate(() => history.length), before, "location.replace: no new history entry");
  await context.close();
});

test("Shift used with a letter does not count, and any other key starts the count again", async () => {
  const { context, page, frame } = await demo();
  await frame.getByRole("button", { name: "Start now" }).click();
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("a");
  assert.equal(await shiftNote(frame), "", "another key resets");
  await page.keyboard.press("Shift+A");
  await page.keyboard.press("Shift+B");
  await page.keyboard.press("Shift");
  assert.equal(await shiftNote(frame), "Shift, press 2 more times to exit.", "Shift+A, Shift+B count nothing");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  assert.equal(page.url(), `${server.origin}/index.html`);
  await screenshot(page, "ui-exit-counting");
  await context.close();
});

test("the Exit this page button leaves for the exit page from every screen", async () => {
  const { context, page, frame, exitUrl } = await demo();
  await frame.getByRole("button", { name: "Start now" }).click();
  const link = frame.getByRole("link", { name: "Exit this page" });
  assert.equal(await link.getAttribute("target"), "_top");
  await Promise.all([page.waitForURL(exitUrl), link.click()]);
  assert.equal(page.url(), exitUrl);
  await context.close();
});

test("when the top window may not be navigated, the frame is blanked to one neutral link", async () => {
  const context = await browser.newContext();
  const host = `${server.origin}/ui-exit-host.html`;
  // A host page whose frame lacks every top-navigation token.
  await context.route(host, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe title="check" src="/screener.html" sandbox="allow-scripts" width="600" height="600"></iframe>`,
  }));
  const page = await context.newPage();
  await page.goto(host);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Start now" }).click();
  await frame.getByRole("radio", { name: "A family member or friend" }).check();
  await frame.getByRole("button", { name: "Continue" }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await frame.getByRole("link", { name: "Leave this page" }).waitFor();
  assert.equal(page.url(), host, "the browser refused, as the sandbox says");
  const left = await frame.locator("body").innerText();
  assert.equal(left.trim(), "Leave this page", "nothing but the neutral link is visible");
  assert.equal(await frame.getByRole("link", { name: "Leave this page" }).getAttribute("target"), "_top");
  await context.close();
});
