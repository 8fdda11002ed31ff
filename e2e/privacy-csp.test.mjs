// The widget document's Content-Security-Policy, and what is left when it stops WebAssembly or
// scripts: inside the frame every way to send something out is blocked, and without wasm (or
// without scripts at all) the plain HTML still gives the crisis numbers and the way out.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, DIST, screenshot, inlinedWasm } from "./harness.mjs";
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { widgetFrame, interactive } from "./walk.mjs";

/** A server on another loopback origin that only counts what reaches it: the place a leak
 *  would go. */
async function sink() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(204, { "access-control-allow-origin": "*" }).end();
  });
  await new Promise((ok) => server.listen(0, "127.0.0.2", ok));
  return { origin: `http://127.0.0.2:${server.address().port}`, hits, close: () => new Promise((ok) => server.close(ok)) };
}

let server, browser, away;
before(async () => { server = await serve(); browser = await launch(); away = await sink(); });
after(async () => { await browser?.close(); await server?.close(); await away?.close(); });

const html = () => readFileSync(join(DIST, "screener.html"), "utf8");
const metaCsp = (doc) => doc.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];

test("the document's policy is the strict one, the same as dist/csp.txt, with no reporting", () => {
  const csp = metaCsp(html());
  assert.equal(csp, readFileSync(join(DIST, "csp.txt"), "utf8").trim());
  const directives = Object.fromEntries(csp.split("; ").map((d) => { const [name, ...values] = d.split(" "); return [name, values]; }));
  assert.deepEqual(Object.keys(directives), ["default-src", "script-src", "style-src", "img-src", "connect-src", "form-action", "base-uri"]);
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.deepEqual(directives["connect-src"], ["'none'"]);
  assert.deepEqual(directives["form-action"], ["'none'"]);
  assert.deepEqual(directives["base-uri"], ["'none'"]);
  assert.deepEqual(directives["img-src"], ["data:"]);
  // Scripts and styles by hash only: no host, no 'self', no 'unsafe-inline', no nonce.
  assert.ok(directives["script-src"].every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s) || s === "'wasm-unsafe-eval'"), csp);
  assert.ok(directives["script-src"].includes("'wasm-unsafe-eval'"));
  assert.ok(directives["style-src"].every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)), csp);
  assert.doesNotMatch(csp, /report-uri|report-to/);
});

test("the shipped code has no WebRTC, which no CSP directive of Chromium can block, and no other way to send", () => {
  // The wasm reaches the browser only through the JS glue, so a name absent from the document
  // is an API the widget cannot call. The packed wasm is left out: base64 is not code, and a
  // short name such as "fetch" could turn up in it by chance.
  const doc = html().replace(inlinedWasm(html()).declaration, "");
  for (const api of ["RTCPeerConnection", "RTCDataChannel", "webkitRTCPeerConnection", "WebSocket", "EventSource", "sendBeacon", "XMLHttpRequest", "fetch"]) {
    assert.ok(!doc.includes(api), `the document mentions ${api}`);
  }
});

test("inside the frame, fetch, sendBeacon, WebSocket, EventSource, an image and a prefetch are each blocked", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  const frame = await widgetFrame(page);
  await interactive(frame);
  const tried = await frame.evaluate(async (away) => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const attempts = {
      fetch: () => fetch(`${away}/fetch`).catch(() => {}),
      sendBeacon: () => navigator.sendBeacon(`${away}/beacon`, "answers"),
      WebSocket: () => new WebSocket(away.replace("http", "ws") + "/socket"),
      EventSource: () => new EventSource(`${away}/events`),
      image: () => { const img = new Image(); img.src = `${away}/pixel.gif`; document.body.append(img); },
      prefetch: () => { const link = document.createElement("link"); link.rel = "prefetch"; link.href = `${away}/prefetch`; document.head.append(link); },
    };
    for (const attempt of Object.values(attempts)) {
      try { await attempt(); } catch { /* a throw is a block too; the violation says which */ }
    }
    await new Promise((ok) => setTimeout(ok, 1000));
    return violations;
  }, away.origin);
  const paths = { fetch: "fetch", sendBeacon: "beacon", WebSocket: "socket", EventSource: "events", image: "pixel.gif", prefetch: "prefetch" };
  for (const [what, path] of Object.entries(paths)) {
    assert.ok(tried.some((v) => v.endsWith(`/${path}`)), `${what}: a securitypolicyviolation (${tried.join(", ")})`);
  }
  await page.waitForTimeout(500);
  // Counted where it would arrive: Chromium reports some blocked attempts to the page as
  // requests (that then fail), so the other origin's own count is the proof.
  assert.deepEqual(away.hits, [], "nothing reached the other origin");
  // The control: the other origin was there and reachable from outside the frame.
  const control = await fetch(`${away.origin}/control`);
  assert.equal(control.status, 204);
  assert.deepEqual(away.hits, ["GET /control"]);
  away.hits.length = 0;
  await context.close();
});

/** The plain-HTML fallback as a person sees it. */
async function fallbackShown(frame) {
  const visible = async (selector) => frame.locator(selector).first().isVisible();
  assert.equal(await visible('#fallback a[href="tel:988"]'), true, "988 to call");
  assert.equal(await visible('#fallback a[href="sms:988"]'), true, "988 to text");
  assert.equal(await visible('#fallback a[href="tel:911"]'), true, "911");
  assert.equal(await visible('#fallback a.exit-link[href^="https://"]'), true, "the exit link");
  assert.equal(await visible("#fallback .nostart"), true, "the could-not-start note");
  assert.match(await frame.locator("#fallback .nostart").first().innerText(), /could not start/);
  assert.equal(await frame.locator("main").count(), 0, "no widget");
}

test("without WebAssembly (a policy without 'wasm-unsafe-eval') the embedded widget shows the crisis numbers, the exit and a note", async () => {
  const context = await browser.newContext();
  await context.route("**/screener.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(" 'wasm-unsafe-eval'", "");
    await route.fulfill({ response, body });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.origin}/index.html`);
  const frame = await widgetFrame(page);
  await frame.locator("#fallback.failed").waitFor({ state: "attached" });
  await fallbackShown(frame);
  assert.ok(errors.some((e) => e.includes("care-screener: the screener could not start")), errors.join("\n"));
  await screenshot(page, "no-wasm-fallback");
  await context.close();
});

test("without scripts at all the same fallback shows", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.origin}/screener.html`);
  await fallbackShown(page.mainFrame());
  await context.close();
});

test("while the widget starts, the plain HTML already has 988, 911 and the exit, and no could-not-start note", async () => {
  // Before any script: the document as parsed up to the widget's start-up script.
  const doc = html();
  const before = doc.slice(0, doc.indexOf('<script type="module">'));
  for (const href of ["tel:988", "sms:988", "tel:911", "https://www.weather.gov/"]) assert.ok(before.includes(`href="${href}"`), href);
  // In the browser: the document frozen between its first script and the end of parsing, as
  // it is while the wasm starts (the start-up script taken out, the end of parsing held back).
  const context = await browser.newContext();
  await context.route("**/screener.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script type="module">[^]*?<\/script>/, "");
    await route.fulfill({ response, body });
  });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener("DOMContentLoaded", (e) => e.stopImmediatePropagation(), true));
  await page.goto(`${server.origin}/screener.html`);
  assert.equal(await page.evaluate(() => document.documentElement.className), "js", "the first script ran");
  for (const href of ["tel:988", "sms:988", "tel:911"]) assert.equal(await page.locator(`#fallback a[href="${href}"]`).first().isVisible(), true, href);
  assert.equal(await page.locator("#fallback a.exit-link").isVisible(), true);
  assert.equal(await page.locator("#fallback .nostart").first().isVisible(), false, "no note while starting");
  await context.close();
});

test("while the widget is still starting after parsing is done, the fallback shows without the note, and then the widget starts", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The widget's first render held back by 1.5 s (Yew schedules it, and every later step, as
  // a microtask): it is still starting well after DOMContentLoaded, which is when the <head>
  // script decides about the note.
  await page.addInitScript(() => {
    const real = queueMicrotask;
    const until = Date.now() + 1500;
    window.queueMicrotask = (task) => (Date.now() < until ? setTimeout(() => real(task), until - Date.now()) : real(task));
  });
  await page.goto(`${server.origin}/screener.html`, { waitUntil: "domcontentloaded" });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById("fallback")?.className), "fallback starting");
  assert.equal(await page.evaluate(() => document.getElementById("app").childElementCount), 0, "nothing drawn yet");
  for (const href of ["tel:988", "sms:988", "tel:911"]) assert.equal(await page.locator(`#fallback a[href="${href}"]`).first().isVisible(), true, href);
  assert.equal(await page.locator("#fallback .nostart").first().isVisible(), false, "no note while starting");
  await interactive(page.mainFrame());
  assert.equal(await page.locator("#fallback").count(), 0, "the fallback went when the widget drew its first screen");
  await context.close();
});

test("a browser without Uint8Array.fromBase64 (before Chrome 140, Firefox 133, Safari 18.2) unpacks the wasm the older way and starts", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => delete Uint8Array.fromBase64);
  await page.goto(`${server.origin}/screener.html`);
  assert.equal(await page.evaluate(() => typeof Uint8Array.fromBase64), "undefined");
  await interactive(page.mainFrame());
  assert.equal(await page.locator("#fallback").count(), 0);
  await context.close();
});

test("a start-up that stalls without an error shows the note after 10 seconds", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The widget's first render is scheduled and never runs, and nothing fails.
  await page.addInitScript(() => (window.queueMicrotask = () => {}));
  await page.goto(`${server.origin}/screener.html`);
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => document.getElementById("fallback")?.className), "fallback starting");
  assert.equal(await page.locator("#fallback .nostart").first().isVisible(), false, "no note while it may still start");
  await page.locator("#fallback.failed").waitFor({ state: "attached", timeout: 15000 });
  await fallbackShown(page.mainFrame());
  await context.close();
});

test("a packed wasm that does not unpack (its LZMA stream cut short) shows the fallback with its note", async () => {
  const context = await browser.newContext();
  // The LZMA stream cut to half its length; the script's hash in the policy is updated with
  // it, so the script runs and its decoder meets the broken stream.
  await context.route("**/screener.html", async (route) => {
    const response = await route.fetch();
    const doc = await response.text();
    const script = doc.match(/<script type="module">([^]*?)<\/script>/)[1];
    const cut = script.replace(/WASM_LZMA = "([^"]*)"/, (_, b64) => `WASM_LZMA = "${b64.slice(0, (b64.length >> 3) * 4)}"`);
    assert.notEqual(cut, script);
    const hash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    await route.fulfill({ response, body: doc.replace(script, () => cut).replace(hash(script), hash(cut)) });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.origin}/screener.html`);
  await page.locator("#fallback.failed").waitFor({ state: "attached" });
  await fallbackShown(page.mainFrame());
  // The decoder's own check stopped it ("unreachable" is how a wasm trap reads in Chromium).
  assert.ok(errors.some((e) => /care-screener: the screener could not start.*unreachable/.test(e)), errors.join("\n"));
  await context.close();
});

for (const [where, partway] of [["at its first step", false], ["partway, after the first element is in place", true]]) {
  test(`an error while the widget draws its first screen, ${where}, leaves the fallback with its note`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Inserting into #app (or inside what is already there) fails, as a bug in the first
    // render would.
    await page.addInitScript((partway) => {
      for (const name of ["insertBefore", "appendChild"]) {
        const real = Node.prototype[name];
        Node.prototype[name] = function (...args) {
          const inside = this.nodeType === 1 && (partway ? this.id !== "app" && !!this.closest("#app") : this.id === "app");
          if (inside) throw new Error("test: the first render fails");
          return real.apply(this, args);
        };
      }
    }, partway);
    await page.goto(`${server.origin}/screener.html`);
    await page.locator("#fallback.failed").waitFor({ state: "attached" });
    await fallbackShown(page.mainFrame());
    await context.close();
  });
}
