// The smoke run that every non-Chromium engine goes through (engines-*.test.mjs): the demo host
// page embeds the widget in its sandboxed frame; a person answers one complete vignette by the
// labels they see, reaches the result, and the browser makes no request from the moment the
// widget is interactive. The full suite (every path, the hostile host, axe) runs in Chromium;
// this proves the same document works, and stays silent, in Gecko and WebKit.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startBrowser } from "./webdriver.mjs";
import { startProxy, serveLogged } from "./proxy.mjs";

/** The skeleton's path: who is answering, is anyone in danger now, then the result. */
const VIGNETTE = [
  ["radio", "Myself"],
  ["button", "Continue"],
  ["radio", "No"],
  ["button", "Continue"],
];
const RESULT = ["heading", "Your suggestion will show here."];

/** Defines the smoke tests of one engine ("firefox" or "webkit"). */
export function smokeSuite(engineName) {
  describe(`${engineName} smoke run`, () => {
    let server, proxy, browser, interactiveAt;
    const since = (mark) => ({ proxy: proxy.log.slice(mark.proxy), server: server.log.slice(mark.server) });
    const mark = () => ({ proxy: proxy.log.length, server: server.log.length });

    before(async () => {
      server = await serveLogged();
      proxy = await startProxy({ upstreams: [server.port] });
      browser = await startBrowser(engineName, { proxyPort: proxy.port });
    });
    after(async () => {
      await browser?.quit();
      await proxy?.close();
      await server?.close();
    });

    test("loads the demo host page; the widget starts in a frame with an opaque origin", async () => {
      await browser.navigate(`${server.origin}/index.html`);
      assert.equal(await browser.title(), "Harbor Recovery Center — Find the right care");
      await browser.switchToFrame(await browser.findCss("iframe"));
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
      await new Promise((ok) => setTimeout(ok, 500));
      assert.deepEqual(since(interactiveAt), { proxy: [], server: [] });
    });

    test("the proxy sees requests of every kind from this browser (so zero above means zero)", async () => {
      // Requests a pixel in the host page could make: to the page's own server, to another
      // host over http, and over https. Each must show up in the logs.
      await browser.switchToFrame(null);
      const before = mark();
      // Each request is awaited (it fails: the proxy refuses all but the loopback server),
      // so the logs are complete when the script returns.
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
      const { proxy: viaProxy, server: atServer } = since(before);
      // A refused CONNECT may be retried, so each kind is counted once.
      assert.deepEqual(
        [...new Set(viaProxy.map((r) => `${r.method} ${r.url}`))].sort(),
        [`CONNECT canary.invalid:443`, `GET ${server.origin}/canary-loopback`, `GET http://canary.invalid/pixel.gif`],
      );
      assert.deepEqual(atServer.map((r) => r.path), ["/canary-loopback"]);
    });
  });
}
