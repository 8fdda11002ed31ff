// The loader's overlay mode (data-mode="overlay") on a hostile-looking host page
// (fixtures/overlay.html: a fixed header, a cookie banner and a chat bubble at the highest
// z-index, and style rules against dialogs, frames and buttons), and the inline mode's offset
// for a fixed header. Nothing may cover the widget, focus goes in and comes back, Escape and
// the close button close it, the page behind does not scroll, and the only message the page
// ever gets is still the height.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";
import { UI, widgetFrame, interactive } from "./walk.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(path, viewport = { width: 375, height: 740 }) {
  const page = await browser.newPage({ viewport, hasTouch: viewport.width < 500 });
  const console = [];
  page.on("console", (m) => console.push({ type: m.type(), text: m.text() }));
  await page.goto(`${server.origin}/${path}`);
  return { page, console };
}

/** What the host page finds on top at a grid of points over the window. */
const onTop = (page) => page.evaluate(() => {
  const found = [];
  for (let x = 2; x < innerWidth; x += Math.floor(innerWidth / 6)) {
    for (let y = 2; y < innerHeight; y += Math.floor(innerHeight / 8)) {
      const el = document.elementFromPoint(x, y);
      found.push(el && el.closest("dialog") ? "dialog" : el ? el.id || el.className || el.tagName : "nothing");
    }
  }
  return found;
});

/** The exit button's box in the host window's coordinates, and whether it is all on screen. */
async function exitOnScreen(page, frame) {
  const outer = await page.locator("iframe").boundingBox();
  const inner = await frame.evaluate(() => document.querySelector("a.exit").getBoundingClientRect().toJSON());
  const vp = page.viewportSize();
  const top = outer.y + inner.top, bottom = outer.y + inner.bottom;
  return { top, bottom, ok: top >= Math.max(0, outer.y) - 0.5 && bottom <= Math.min(vp.height, outer.y + outer.height) + 0.5 && inner.bottom > inner.top };
}

test("overlay: a button on the page opens the widget over everything, with focus inside it", async () => {
  const { page, console } = await open("fixtures/overlay.html");
  const opener = page.getByRole("button", { name: "Start the private check" });
  await opener.waitFor();
  assert.equal(await page.locator("dialog").evaluate((d) => d.open), false, "closed until asked");
  assert.deepEqual(await page.evaluate(() => window.__messages.filter((m) => !/^\{"careScreenerHeight":\d+\}$/.test(m.data))), []);

  await opener.click();
  const frame = await widgetFrame(page);
  await interactive(frame);
  assert.ok((await onTop(page)).every((what) => what === "dialog"), `the dialog is on top everywhere: ${await onTop(page)}`);
  const box = await page.locator("iframe").boundingBox();
  assert.ok(box.height > 600 && box.width === 375, `the frame fills the window below the close bar: ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "IFRAME", "focus moved into the frame");
  assert.equal(await frame.evaluate(() => document.hasFocus()), true);
  assert.ok((await exitOnScreen(page, frame)).ok, "the exit is on screen");
  await screenshot(page, "overlay-start-375", { window: true });

  // The page behind does not scroll, by wheel or by touch-like keys.
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(20, 20);
  await page.mouse.wheel(0, 800);
  await page.keyboard.press("PageDown");
  assert.equal(await page.evaluate(() => scrollY), before, "the page behind stayed where it was");

  // A few steps inside: the exit stays on screen; then Escape in the frame closes the overlay
  // and focus is back on the button.
  await frame.getByRole("button", { name: UI.en.StartButton }).click();
  await frame.locator("fieldset input[value=someone_else]").check();
  await frame.getByRole("button", { name: UI.en.Continue, exact: true }).click();
  await frame.locator("fieldset input[value=no_danger]").waitFor();
  assert.ok((await exitOnScreen(page, frame)).ok, "the exit is on screen on a question");
  await screenshot(page, "overlay-question-375", { window: true });
  await frame.locator("fieldset input[value=no_danger]").focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog").open);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-care-screener")), "open", "focus is back on the button");
  assert.equal(await page.evaluate(() => document.documentElement.style.overflow), "", "the page scrolls again");

  // Opened again, the visitor is where they were; the close button closes it too, and so
  // does Escape while focus is on the close button.
  await opener.click();
  await page.waitForFunction(() => document.querySelector("dialog").open);
  assert.match(await frame.locator("main h1").innerText(), /danger/i, "the same question as before");
  await page.getByRole("button", { name: "× Close the check" }).click();
  await page.waitForFunction(() => !document.querySelector("dialog").open);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-care-screener")), "open");
  await opener.click();
  await page.waitForFunction(() => document.querySelector("dialog").open);
  await page.getByRole("button", { name: "× Close the check" }).focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog").open);

  // Nothing new crossed the frame: only height messages, from the opaque origin.
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length >= 1);
  for (const m of messages) {
    assert.equal(m.origin, "null");
    assert.match(m.data, /^\{"careScreenerHeight":\d+\}$/);
  }
  assert.deepEqual(console.filter((c) => c.type === "warning" || c.type === "error"), []);
  await page.close();
});

test("overlay: the center's own button words, and clear warnings for bad loader settings", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  const script = (attrs) => `<script src="/embed.js" ${attrs}></script>`;
  await page.route("**/host.html", (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="es"><body>
    <div id="a">${script('data-mode="overlay" data-button-text="Hacer el &lt;b&gt;chequeo&lt;/b&gt;"')}</div>
    <div id="b">${script('data-mode="overlay" data-button-text="' + "x".repeat(80) + '"')}</div>
    <div id="c">${script('data-button-text="Start" data-offset-top="9999"')}</div>
    <div id="d">${script('data-mode="popup"')}</div></body></html>` }));
  await page.goto(`${server.origin}/host.html`);
  await page.waitForFunction(() => document.querySelectorAll("iframe").length === 4);
  // The words are text, never markup.
  assert.equal(await page.locator("#a [data-care-screener=open]").innerText(), "Hacer el <b>chequeo</b>");
  assert.equal(await page.locator("#a b").count(), 0);
  assert.equal(await page.locator("#b [data-care-screener=open]").innerText(), "Comenzar el chequeo privado", "too long: the default, in the page's language");
  assert.equal(await page.locator("#c [data-care-screener]").count(), 0, "inline without data-mode");
  assert.equal(await page.locator("#d [data-care-screener]").count(), 0, "an unknown mode is inline");
  assert.ok(warnings.some((w) => w.startsWith('care-screener: data-button-text="xxxx') && w.includes("longer than 60")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.startsWith('care-screener: data-button-text="Start"') && w.includes("only with data-mode")), warnings.join("\n"));
  // The widget checks the two settings it shares with the loader, and says what it did.
  // (Two of the frames wait unseen in closed overlays, so their warnings are awaited, not their screens.)
  for (let i = 0; i < 200 && warnings.filter((w) => /data-(offset-top|mode)=/.test(w)).length < 2; i++) await page.waitForTimeout(50);
  assert.ok(warnings.some((w) => w.includes('data-offset-top="9999"') && w.includes("0 is used")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes('data-mode="popup"') && w.includes("inline")), warnings.join("\n"));
  await page.close();
});

test("inline: with data-offset-top the frame fits below a fixed header and the exit bar stays below it", async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 }, hasTouch: true });
  await page.route("**/host.html", (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en">
    <head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body style="margin:0;height:5000px"><div style="position:fixed;top:0;left:0;right:0;height:64px;background:#123c5a;z-index:10"></div>
    <div style="height:400px"></div><script src="/embed.js" data-offset-top="64"></script></body></html>` }));
  await page.goto(`${server.origin}/host.html`);
  const frame = await widgetFrame(page);
  await interactive(frame);
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height < 700);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height), 740 - 64);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("iframe")).scrollMarginTop), "64px");
  // Scrolled so that the frame's top is 200 px above the window: the bar is below the header.
  await page.evaluate(() => scrollTo(0, 600));
  await frame.waitForFunction(() => document.querySelector(".bar").getBoundingClientRect().top > 200);
  const outer = await page.locator("iframe").boundingBox();
  const bar = await frame.evaluate(() => document.querySelector(".bar").getBoundingClientRect().toJSON());
  assert.ok(outer.y + bar.top >= 64 - 0.5 && outer.y + bar.top <= 64 + 40, `the bar starts just below the header: ${outer.y + bar.top}`);
  await page.close();
});
