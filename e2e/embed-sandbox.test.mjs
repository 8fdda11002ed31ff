// Why each sandbox token of the loader is there: with the loader's full list a probe page in
// the frame can do the one thing the token is for, and without that token it cannot. Also
// what is deliberately left out (allow-same-origin, allow-top-navigation-to-custom-protocols).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./harness.mjs";
import { widgetFrame, interactive } from "./walk.mjs";

let server, browser, TOKENS;
before(async () => {
  server = await serve();
  browser = await launch();
  // The loader's list, as it sets it on a real page.
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  TOKENS = (await page.locator("iframe").getAttribute("sandbox")).split(/\s+/);
  await page.close();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the probe in a frame sandboxed with `tokens`, does `action`, and returns what
 *  happened: console lines, downloads, new pages (with the origin they report), the top URL. */
async function probe(tokens, action) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { console: [], downloads: [], popups: [], top: null };
  page.on("console", (m) => seen.console.push(m.text()));
  page.on("download", (d) => seen.downloads.push(d.suggestedFilename()));
  context.on("page", (p) => seen.popups.push(p));
  await page.goto(`${server.origin}/fixtures/sandbox-lab.html?tokens=${tokens.join(",")}`);
  const frame = page.frameLocator("iframe");
  await frame.locator("#print").waitFor();
  await action(page, frame);
  await page.waitForTimeout(500);
  seen.popupOrigins = await Promise.all(seen.popups.map((p) => p.locator("#origin").textContent()));
  seen.top = page.url();
  await context.close();
  return seen;
}

const without = (token) => TOKENS.filter((t) => t !== token);

test("the loader's sandbox has exactly these tokens and never allow-same-origin", () => {
  assert.deepEqual([...TOKENS].sort(), [
    "allow-downloads", "allow-modals", "allow-popups", "allow-popups-to-escape-sandbox", "allow-scripts", "allow-top-navigation",
  ]);
});

test("allow-scripts: without it the widget cannot run and only its plain-HTML fallback shows", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/fixtures/sandbox-lab.html?tokens=${without("allow-scripts").join(",")}`);
  // The lab frames the probe; put the widget document in the same sandbox instead.
  await page.evaluate(() => { document.querySelector("iframe").src = "/screener.html"; });
  const frame = await widgetFrame(page);
  await frame.waitForLoadState();
  assert.equal(await frame.locator("#fallback .nostart").first().isVisible(), true, "the could-not-start note shows");
  assert.equal(await frame.locator("main").count(), 0);
  const withAll = await browser.newPage();
  await withAll.goto(`${server.origin}/index.html`);
  await interactive(await widgetFrame(withAll));
  await page.close();
  await withAll.close();
});

test("allow-modals: Print opens the print dialog only with it", async () => {
  const print = async (page, frame) => frame.locator("#print").click();
  const withIt = await probe(TOKENS, print);
  assert.ok(withIt.console.includes("beforeprint"), withIt.console.join("\n"));
  const withoutIt = await probe(without("allow-modals"), print);
  assert.ok(!withoutIt.console.includes("beforeprint"));
  assert.ok(withoutIt.console.some((l) => l.includes("allow-modals")), withoutIt.console.join("\n"));
});

test("allow-downloads: Save as a text file downloads only with it", async () => {
  const save = async (page, frame) => frame.locator("#save").click();
  assert.deepEqual((await probe(TOKENS, save)).downloads, ["notes.txt"]);
  const withoutIt = await probe(without("allow-downloads"), save);
  assert.deepEqual(withoutIt.downloads, []);
  assert.ok(withoutIt.console.some((l) => l.includes("allow-downloads")), withoutIt.console.join("\n"));
});

test("allow-popups and allow-popups-to-escape-sandbox: a resource link opens a normal page in a new tab", async () => {
  const open = async (page, frame) => frame.locator("#popup").click();
  const withAll = await probe(TOKENS, open);
  assert.deepEqual(withAll.popupOrigins, [server.origin], "the new tab is a normal page with its own origin");
  const noPopups = await probe(without("allow-popups"), open);
  assert.deepEqual(noPopups.popupOrigins, [], "no new tab");
  assert.ok(noPopups.console.some((l) => l.includes("allow-popups")), noPopups.console.join("\n"));
  const noEscape = await probe(without("allow-popups-to-escape-sandbox"), open);
  assert.deepEqual(noEscape.popupOrigins, ["null"], "the new tab would inherit the sandbox and break the resource site");
});

test("allow-top-navigation: Shift x3 after 6 s without a click can still replace the host page", async () => {
  // Chromium gives no user activation for modifier keys, so by-user-activation is not enough.
  const shiftThrice = async (page, frame) => {
    await frame.locator("#print").focus();
    await page.waitForTimeout(6000);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  };
  const withIt = await probe(TOKENS, shiftThrice);
  assert.equal(withIt.top, `${server.origin}/fixtures/exited.html`);
  const byActivation = await probe([...without("allow-top-navigation"), "allow-top-navigation-by-user-activation"], shiftThrice);
  assert.match(byActivation.top, /sandbox-lab\.html/, "the host page stayed");
  assert.ok(byActivation.console.some((l) => l.includes("exit failed")), byActivation.console.join("\n"));
});

test("tel: and sms: links work with the list as it is, so allow-top-navigation-to-custom-protocols is not needed", async () => {
  const blocked = (seen) => seen.console.some((l) => /sandbox|Unsafe attempt/.test(l));
  for (const id of ["#tel", "#sms", "#tel-self"]) {
    const click = async (page, frame) => frame.locator(id).click();
    const withList = await probe(TOKENS, click);
    assert.ok(!blocked(withList), `${id} with the loader's tokens: ${withList.console.join("\n")}`);
    assert.match(withList.top, /sandbox-lab\.html/, "the host page stays");
    // The control: the same link in a frame with scripts only is blocked, so the check above
    // can tell the difference.
    assert.ok(blocked(await probe(["allow-scripts"], click)), `${id} with allow-scripts only is blocked`);
  }
});
