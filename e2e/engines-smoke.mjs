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
import { DIST, ROOT } from "./harness.mjs";
import { UI } from "./walk.mjs";
import { startBrowser } from "./webdriver.mjs";
import { startProxy, serveLogged, serveExitPage, EXIT_PAGE_TITLE } from "./proxy.mjs";

/**
 * Public vignette P01 ("self, 34, 2-3 beers most weekends": the acceptable level is
 * early) as the engine's answers file gives it, question id to option ids. The walk answers
 * whatever question is on screen from it, by clicking the visible label of each option named,
 * so it follows the bank's order and branching rather than repeating them here.
 */
const VIGNETTE = JSON.parse(await readFile(join(ROOT, "examples", "answers", "P01.json"), "utf8")).answers;
const UI_EN = UI.en;

/** What the frame shows: the kind of screen, its heading, and for a question its options. */
const READ_SCREEN = `
  const ui = arguments[0];
  const main = document.querySelector("main");
  if (!main) return { kind: "exited" };
  const h1 = (main.querySelector("h1")?.textContent ?? "").trim();
  const inputs = [...main.querySelectorAll("fieldset input")];
  if (inputs.length) return { kind: "question", h1, q: inputs[0].name, values: inputs.map((i) => i.value) };
  const result = h1.includes(ui.ResultTitle) || h1.includes(ui.ResultTitleTheirs);
  const kind = h1.includes(ui.CheckTitle) ? "check" : result ? "result"
    : h1.includes(ui.CrisisTitle) ? "crisis" : h1 === ui.Title ? "start" : "unknown";
  return { kind, h1 };`;

/** The visible label of the option with this value, or null. */
const LABEL_OF = `
  const input = [...document.querySelectorAll("main fieldset input")].find((i) => i.value === arguments[0]);
  const label = input && document.querySelector('label[for="' + input.id + '"]');
  return label && label.getClientRects().length ? label : null;`;

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
      await browser.waitFor("button", UI_EN.StartButton);
      interactiveAt = mark();
      // Everything the page needed came through the proxy and reached the server: the host
      // page, the loader and the widget document, and nothing else.
      const paths = server.log.map((r) => r.path);
      assert.deepEqual(paths, ["/index.html", "/embed.js", "/screener.html"]);
      assert.deepEqual(proxy.log.map((r) => new URL(r.url).pathname), paths, "each request went through the proxy");
    });

    test("answers vignette P01 by its visible labels; the result suggests early support", async () => {
      assert.ok(interactiveAt, "the widget started");
      const signature = () => browser.execute(`const m = document.querySelector("main"); return m ? m.innerHTML.length + "|" + (m.querySelector("h1")?.textContent ?? "") + "|" + (m.querySelector("fieldset input")?.name ?? "") : "none"`);
      // Clicks a button by its visible name and waits until the screen has changed.
      const go = async (name) => {
        const before = await signature();
        await browser.click(await browser.waitFor("button", name));
        const end = Date.now() + 10_000;
        while ((await signature()) === before) {
          if (Date.now() > end) throw new Error(`"${name}" did not change the screen`);
          await pause(20);
        }
      };
      const answered = [];
      for (let step = 0; step < 100; step++) {
        const screen = await browser.execute(READ_SCREEN, UI_EN);
        if (screen.kind === "start") await go(UI_EN.StartButton);
        else if (screen.kind === "check") await go(UI_EN.SeeResult);
        else if (screen.kind === "question") {
          const want = VIGNETTE[screen.q];
          assert.ok(want !== undefined, `P01 has no answer for the question "${screen.q}" on screen`);
          for (const value of [].concat(want)) {
            const label = await browser.execute(LABEL_OF, value);
            assert.ok(label, `option "${value}" of "${screen.q}" is on screen with a visible label`);
            await browser.click(label);
            assert.equal(await browser.execute(`return document.querySelector('main fieldset input[value="' + arguments[0] + '"]').checked`, value), true);
          }
          answered.push(screen.q);
          await go(UI_EN.Continue);
        } else if (screen.kind === "result") break;
        else assert.fail(`P01 met an unexpected screen: ${JSON.stringify(screen)}`);
      }
      assert.equal((await browser.execute(READ_SCREEN, UI_EN)).kind, "result", "the walk reached the result");
      // The level P01 may get is early (the vignette table): its name as the result shows it.
      assert.equal(await browser.execute(`return document.querySelector("main h2 .level")?.textContent.trim()`), "Early support");
      // Every question of P01's path was asked and answered (the file also answers
      // questions the branching skips, e.g. ones for other substances).
      assert.ok(answered.length >= 10, `P01 answered ${answered.length} questions`);
      assert.deepEqual(answered.filter((q) => VIGNETTE[q] === undefined), []);
    });

    test("Print calls the frame's own window.print, from the result page", async () => {
      // Neither driver can emulate print media; a real print() opens a dialog that blocks
      // headless Firefox, and is a silent no-op in MiniBrowser under automation (not even
      // beforeprint fires). So window.print is wrapped inside the frame to record the call:
      // the widget must print its own document (the frame's window), not the host page. What
      // a printout holds needs print media, which only Chromium's DevTools protocol emulates.
      await browser.execute(
        `window.__printCalls = [];
         window.print = function () { window.__printCalls.push({ ownWindow: this === window, frame: window !== window.top }); };`,
      );
      await browser.click(await browser.waitFor("button", UI_EN.Print));
      assert.deepEqual(await browser.execute("return window.__printCalls"), [{ ownWindow: true, frame: true }]);
      // The page is still the result (printing changes nothing on screen).
      assert.equal((await browser.execute(READ_SCREEN, UI_EN)).kind, "result");
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
      const exit = await browser.waitFor("link", UI_EN.ExitThisPage);
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
