// The host loader (embed.js) and the plain-iframe snippet in real Chromium: where the widget
// goes, the frame's attributes, resizing from height messages (and nothing else), and the
// widget noticing when its sandbox has been stripped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./harness.mjs";
import { UI, widgetFrame, interactive } from "./walk.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page that records the console of every frame and every message the host window gets. */
async function open(path, viewport = { width: 1280, height: 720 }) {
  const page = await browser.newPage({ viewport });
  const console = [];
  page.on("console", (m) => console.push({ type: m.type(), text: m.text() }));
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener("message", (e) => window.__messages.push(JSON.stringify(e.data)));
  });
  await page.goto(`${server.origin}/${path}`);
  return { page, console };
}

const frameHeight = (page, n = 0) => page.evaluate((n) => document.querySelectorAll("iframe")[n].getBoundingClientRect().height, n);

test("the demo embeds one sandboxed, titled, no-referrer frame that the host page cannot read", async () => {
  const { page, console } = await open("index.html");
  const iframe = page.locator("iframe");
  assert.equal(await iframe.count(), 1);
  assert.equal(await iframe.getAttribute("title"), "Private check: find a starting point for care");
  assert.equal(await iframe.getAttribute("referrerpolicy"), "no-referrer");
  assert.doesNotMatch(await iframe.getAttribute("sandbox"), /allow-same-origin/);
  const src = new URL(await iframe.getAttribute("src"));
  assert.equal(src.pathname, "/screener.html");
  assert.equal(src.search, "", "nothing in the query: the settings travel in the fragment, which is never sent to a server");
  assert.equal(new URLSearchParams(src.hash.slice(1)).get("center-name"), "Harbor Recovery Center");

  const frame = await widgetFrame(page);
  await interactive(frame);
  assert.equal(await frame.evaluate(() => self.origin), "null", "an opaque origin");
  const reads = await page.evaluate(() => {
    const f = document.querySelector("iframe");
    const attempt = (read) => { try { return String(read()); } catch (e) { return e.name; } };
    return [attempt(() => f.contentDocument), attempt(() => f.contentWindow.document), attempt(() => f.contentWindow.location.href)];
  });
  assert.deepEqual(reads, ["null", "SecurityError", "SecurityError"]);
  assert.deepEqual(console.filter((c) => c.type === "warning" || c.type === "error"), [], "a good configuration gives no warning");
  await page.close();
});

test("several widgets on one page: from <head> into a named element or the end of <body>, where the script stands, and a missing target", async () => {
  const { page, console } = await open("fixtures/several.html");
  await page.waitForFunction(() => document.querySelectorAll("iframe").length === 4);
  const places = await page.evaluate(() => [...document.querySelectorAll("iframe")].map((f) =>
    f.parentElement === document.body ? (f === document.body.lastElementChild ? "end of body" : "body") : `${f.closest("section").id}>${f.parentElement.id === "slot" ? "slot" : f.previousElementSibling.tagName}`));
  assert.deepEqual(places, ["first>SCRIPT", "second>slot", "third>SCRIPT", "end of body"]);
  assert.ok(console.some((c) => c.type === "warning" && c.text.includes('data-target="#nowhere"')), JSON.stringify(console));
  const headings = [];
  for (let n = 0; n < 4; n++) {
    const frame = await (await page.locator("iframe").nth(n).elementHandle()).contentFrame();
    await interactive(frame);
    headings.push(await frame.locator("main h1").innerText());
  }
  // In document order: the head script's widget with a target (Spanish) is second.
  assert.deepEqual(headings, [UI.en.Title, UI.es.Title, UI.en.Title, UI.en.Title]);
  assert.equal(await page.locator("iframe").nth(1).getAttribute("title"), "Chequeo privado: encuentre un punto de partida para recibir ayuda");
  await page.close();
});

test("the frame's height depends on its width only, and never exceeds the window", async () => {
  const { page } = await open("index.html");
  await interactive(await widgetFrame(page));
  await page.waitForFunction(() => window.__messages.length > 0);
  const wide = await page.evaluate(() => window.__messages.map((m) => JSON.parse(m)));
  assert.equal(wide.length, 1, `one message at start-up: ${JSON.stringify(wide)}`);
  assert.deepEqual(Object.keys(wide[0]), ["careScreenerHeight"]);
  assert.equal(await frameHeight(page), Math.min(wide[0].careScreenerHeight, 720));

  // A phone-sized window: the frame is narrower, so the widget asks for more lines, and the
  // loader keeps the frame within the window.
  await page.setViewportSize({ width: 375, height: 667 });
  await page.waitForFunction(() => window.__messages.length === 2);
  const narrow = JSON.parse(await page.evaluate(() => window.__messages[1]));
  assert.ok(narrow.careScreenerHeight > wide[0].careScreenerHeight, `${narrow.careScreenerHeight} > ${wide[0].careScreenerHeight}`);
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height === 667);
  // Growing the window's height alone changes no width: no new message, and the frame grows
  // back towards what the widget asked for.
  await page.setViewportSize({ width: 375, height: 1000 });
  await page.waitForFunction((h) => document.querySelector("iframe").getBoundingClientRect().height === h, Math.min(1000, narrow.careScreenerHeight));
  assert.equal(await page.evaluate(() => window.__messages.length), 2);
  await page.close();
});

test("the loader takes heights only from its own frame and only in the fixed shape", async () => {
  const { page } = await open("index.html");
  const frame = await widgetFrame(page);
  await interactive(frame);
  await page.waitForFunction(() => window.__messages.length > 0);
  const start = await frameHeight(page);
  const settle = () => page.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));

  // Forged by the host page itself, and by another frame on the page.
  await page.evaluate(() => window.postMessage({ careScreenerHeight: 1000 }, "*"));
  await page.evaluate(() => {
    const other = document.createElement("iframe");
    other.setAttribute("sandbox", "allow-scripts");
    other.srcdoc = "<script>parent.postMessage({ careScreenerHeight: 1000 }, '*')<\/script>";
    document.body.appendChild(other);
  });
  await page.waitForFunction(() => window.__messages.filter((m) => m.includes("1000")).length === 2);
  await settle();
  assert.equal(await frameHeight(page), start, "a message from another window is ignored");

  // From the widget's own frame, but not the fixed shape.
  for (const data of ['{"careScreenerHeight": 1000, "step": 3}', '"1000"', '{"careScreenerHeight": "1000"}', '{"height": 1000}', "null"]) {
    await frame.evaluate((data) => parent.postMessage(JSON.parse(data), "*"), data);
    await settle();
    assert.equal(await frameHeight(page), start, `ignored: ${data}`);
  }
  // The control: the right shape from the right frame is taken (and clamped to the window).
  await frame.evaluate(() => parent.postMessage({ careScreenerHeight: 500 }, "*"));
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height === 500);
  await page.close();
});

test("the plain-iframe snippet takes the same settings from the fragment", async () => {
  const { page, console } = await open("plain-iframe.html");
  const frame = await widgetFrame(page);
  await interactive(frame);
  assert.equal(await frame.locator("main h1").innerText(), UI.es.Title, "lang=es from the fragment");
  assert.equal(await frameHeight(page), 720, "no loader: the fixed height of the snippet");
  assert.deepEqual(console.filter((c) => c.type === "warning" || c.type === "error"), []);
  await page.close();
  // On a phone shorter than that, never taller than the window (max-height), as the loader
  // keeps its frame: scrolled into view, the whole frame shows, its exit bar at the top.
  const phone = await open("plain-iframe.html", { width: 375, height: 600 });
  assert.equal(await frameHeight(phone.page), 600);
  await phone.page.close();
});

test("a frame whose sandbox was stripped warns the host in the console and the visitor on screen", async () => {
  const { page, console } = await open("fixtures/unsandboxed.html");
  const frame = await widgetFrame(page);
  await interactive(frame);
  assert.equal(await frame.evaluate(() => self.origin), server.origin, "the fixture really is unsandboxed");
  const errors = console.filter((c) => c.type === "error").map((c) => c.text);
  assert.ok(errors.some((e) => e.includes("care-screener: this frame is not sandboxed")), errors.join("\n"));
  // The flag reaches the UI, which tells the visitor (HostConfig.unsandboxed).
  assert.equal(await frame.getByText(UI.en.Exposed).isVisible(), true);
  await page.close();

  // Sandboxed as the loader does it: no notice.
  const sandboxed = await open("index.html");
  const widget = await widgetFrame(sandboxed.page);
  await interactive(widget);
  assert.equal(await widget.getByText(UI.en.Exposed).count(), 0);
  await sandboxed.page.close();

  // Opened on its own (not framed) the document is its own page: nothing to warn about.
  const alone = await open("screener.html");
  await interactive(alone.page.mainFrame());
  assert.deepEqual(alone.console.filter((c) => c.type === "error"), []);
  await alone.page.close();
});

test("served with the sandbox as a header, a copy framed without its sandbox attribute is still sandboxed", async () => {
  // The header docs/embedding.md advises for self-hosting: the same tokens as the loader's.
  const context = await browser.newContext();
  const tokens = "allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation";
  await context.route("**/screener.html", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": `sandbox ${tokens}` } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.origin}/fixtures/unsandboxed.html`);
  const frame = await widgetFrame(page);
  await interactive(frame);
  assert.equal(await frame.evaluate(() => self.origin), "null");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").contentDocument), null, "the host cannot read it");
  assert.deepEqual(errors, []);
  await context.close();
});
