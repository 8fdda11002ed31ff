// The smoke run that every non-Chromium engine goes through (engines-*.test.mjs): the demo host
// page embeds the widget in its sandboxed frame; a person answers one complete vignette by the
// labels they see, reaches the result, and the browser makes no request from the moment the
// widget is interactive; then the quick exit replaces the host page with the exit page. The
// full suite (every path, the hostile host, axe) runs in Chromium; this proves the same
// document works, and stays silent, in Gecko and WebKit.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST } from "./harness.mjs";
import { startBrowser } from "./webdriver.mjs";
import { startProxy, serveLogged, serveExitPage, EXIT_PAGE_TITLE } from "./proxy.mjs";

/** The steps a person takes, by role and visible label, from the start page to the result. */
const VIGNETTE = [
  ["button", "Start now"],
  ["radio", "Myself"],
  ["button", "Continue"],
  ["radio", "No"],
  ["button", "Continue"],
  ["button", "See the suggestion"],
];
const RESULT = ["heading", "Your suggested starting point"];

/**
 * The demo host page (dist/index.html) with one attribute more on its snippet: the exit
 * address, pointing at the stand-in exit page of this run.
 */
async function hostPage(exitUrl) {
  const demo = await readFile(join(DIST, "index.html"), "utf8");
  const snippet = '<script src="embed.js"';
  assert.equal(demo.split(snippet).length, 2, "the demo has one loader snippet");
  return demo.replace(snippet, `${snippet} data-exit-url="${exitUrl}"`);
}

const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Defines the smoke tests of one engine ("firefox" or "webkit"). */
export function smokeSuite(engineName) {
  describe(`${engineName} smoke run`, () => {
    let server, exitPage, proxy, browser, interactiveAt, historyBefore;
    const mark = () => ({ proxy: proxy.log.length, server: server.log.length, exit: exitPage.log.length });
    const since = (m) => ({ proxy: proxy.log.slice(m.proxy), server: server.log.slice(m.server), exit: exitPage.log.slice(m.exit) });

    before(async () => {
      exitPage = await serveExitPage();
      server = await serveLogged({ pages: { "/index.html": await hostPage(exitPage.url) } });
      proxy = await startProxy({ upstreams: [server.port, exitPage.port] });
      browser = await startBrowser(engineName, { proxyPort: proxy.port });
    });
    after(async () => {
      await browser?.quit();
      await proxy?.close();
      await server?.close();
      await exitPage?.close();
    });

    test("loads the demo host page; the widget starts in a frame with an opaque origin", async () => {
      await browser.navigate(`${server.origin}/index.html`);
      assert.equal(await browser.title(), "Harbor Recovery Center — Find the right care");
      historyBefore = await browser.execute("return history.length");
      await browser.enterFrame("iframe");
      // The frame's own script sees an opaque origin: the sandbox is in force in this engine.
      assert.equal(await browser.execute("return self.origin"), "null");
      await browser.waitFor(...VIGNETTE[0]);
      interactiveAt = mark();
      // Everything the page needed came through the proxy and reached the server: the host
      // page, the loader and the widget document, and nothing else.
      const paths = server.log.map((r) => r.path);
      assert.deepEqual(paths, ["/index.html", "/embed.js", "/screener.html"]);
      assert.deepEqual(proxy.log.map((r) => new URL(r.url).pathname), paths, "each request went through the proxy");
    });

    test("answers the vignette by its visible labels and reaches the result", async () => {
      assert.ok(interactiveAt, "the widget started");
      for (const [role, name] of VIGNETTE) await browser.click(await browser.waitFor(role, name));
      await browser.waitFor(...RESULT);
    });

    test("made no request after the widget was interactive", async () => {
      assert.ok(interactiveAt, "the widget started");
      // Give anything deferred (a late beacon, a prefetch) a moment to show up.
      await pause(500);
      assert.deepEqual(since(interactiveAt), { proxy: [], server: [], exit: [] });
    });

    test("the proxy sees requests of every kind from this browser (so zero above means zero)", async () => {
      // Requests a pixel in the host page could make: to the page's own server, to another
      // host over http, and over https. Each must show up in the logs.
      await browser.leaveFrame();
      const before = mark();
      // Each request is awaited (it fails: the proxy refuses all but the loopback servers), so
      // the logs are complete when the script returns.
      await browser.executeAsync(
        `const [origin, done] = arguments;
         const image = new Promise((settle) => { const img = new Image(); img.onload = img.onerror = settle; img.src = "http://canary.invalid/pixel.gif"; });
         Promise.allSettled([
           fetch(origin + "/canary-loopback"),
           image,
           fetch("https://canary.invalid/beacon", { method: "POST", body: "x" }),
         ]).then(() => done());`,
        server.origin,
      );
      const seen = since(before);
      // A refused CONNECT may be retried, so each kind is counted once.
      assert.deepEqual(
        [...new Set(seen.proxy.map((r) => `${r.method} ${r.url}`))].sort(),
        [`CONNECT canary.invalid:443`, `GET ${server.origin}/canary-loopback`, `GET http://canary.invalid/pixel.gif`],
      );
      assert.deepEqual(seen.server.map((r) => r.path), ["/canary-loopback"]);
    });

    test("Exit this page replaces the host page with the configured exit page, adding nothing", async () => {
      await browser.enterFrame("iframe");
      const exit = await browser.waitFor("link", "Exit this page");
      assert.equal(await browser.execute("return arguments[0].href", exit), exitPage.url, "the host's data-exit-url is used");
      assert.equal(await browser.execute("return arguments[0].target", exit), "_top");
      const before = mark();
      await browser.click(exit);
      await browser.leaveFrame();
      const end = Date.now() + 10_000;
      while ((await browser.currentUrl()) !== exitPage.url && Date.now() < end) await pause(50);
      assert.equal(await browser.currentUrl(), exitPage.url, "the top window left for the exit page");
      assert.equal(await browser.title(), EXIT_PAGE_TITLE);
      assert.equal(await browser.execute("return history.length"), historyBefore, "the host page's history entry was replaced");
      // The one request of the exit: the exit page itself, through the proxy's tunnel, with
      // nothing appended to its address.
      const seen = since(before);
      assert.deepEqual(seen.exit.map((r) => `${r.method} ${r.url}`), ["GET /exit.html"]);
      assert.deepEqual([...new Set(seen.proxy.map((r) => `${r.method} ${r.url}`))], [`CONNECT 127.0.0.1:${exitPage.port}`]);
      assert.deepEqual(seen.server, []);
    });
  });
}
