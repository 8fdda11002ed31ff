// The privacy promise, end to end: "your answers never leave this device, nothing is saved,
// and the website you are on cannot see your answers". The widget is embedded by a host page
// that behaves like an advertising pixel and a session-replay script (fixtures/hostile.html),
// and complete runs through the widget (self and loved one, both languages, the crisis card,
// back and change, the result, print and save) are checked for requests, for what the host
// saw, for traces left behind, for the links the widget showed and for its height messages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, recordRequests, ARTIFACTS, ROOT, screenshot } from "./harness.mjs";
import { UI, widgetFrame, interactive, walk } from "./walk.mjs";

const RUNS = [
  { name: "self-en", lang: "en", answers: { who_for: "myself", substances: ["alcohol", "opioids"], alcohol_freq: "four_plus_a_week", alcohol_amount: "drinks_7_9" }, print: true, save: true },
  { name: "loved-one-es", lang: "es", answers: { who_for: "someone_else", substances: ["stimulants", "cannabis"] }, print: true, save: true },
  { name: "crisis-self-en", lang: "en", answers: { who_for: "myself", danger_now: "suicide_now" }, crisis: "go-on" },
  { name: "crisis-loved-one-es", lang: "es", answers: { who_for: "someone_else", danger_now: "cannot_wake" }, crisis: "go-on" },
  { name: "back-change-switch-language", lang: "en", answers: { who_for: "someone_else" }, backAndChange: true, switchLangAt: 1 },
  // Issue 18: on a host configured with the demo center's programmes (PROGRAMMES_PAGE), a
  // visitor marks the free days and times (and, for a loved one, their own) and the result
  // matches programmes to them; every check below applies to these runs as well.
  { name: "programmes-week-self-en", lang: "en", host: "programmes", answers: { ...(await answerFile("P02")), free_days: ["monday", "tuesday", "thursday"], schedule_needs: ["evenings", "cost_worry"] }, save: true },
  { name: "programmes-week-loved-one-es", lang: "es", host: "programmes", answers: { ...(await answerFile("P05")), free_days: ["monday", "tuesday", "thursday"], schedule_needs: ["evenings"], family_free: ["evenings"] }, save: true },
];

/** The answers of one of the engine's answer files (examples/answers/). */
async function answerFile(id) {
  return JSON.parse(await readFile(join(ROOT, "examples", "answers", `${id}.json`), "utf8")).answers;
}

// Issue 18: the hostile page with the demo center's programmes, payment and intake languages
// added to its snippet, as demo/index.html writes them (served at this path in place of a
// fixture file). What they say is the host's own configuration, so a result line that only
// repeats it (a programme's name, its note) is no secret; how they fit the visitor's week is.
const PROGRAMMES_PAGE = "/fixtures/hostile-programmes.html";
const DEMO_SETTINGS = [...(await readFile(join(ROOT, "demo", "index.html"), "utf8")).matchAll(/(data-(?:program-\d+|payment|intake-lang))="([^"]*)"/g)].map(([, k, v]) => [k, v]);
const programmesPage = (hostile) => hostile.replace('s.setAttribute("data-target", "#widget-slot");',
  (line) => [line, ...DEMO_SETTINGS.map(([k, v]) => `s.setAttribute(${JSON.stringify(k)}, ${JSON.stringify(v)});`)].join("\n  "));

// What the hostile page configures (fixtures/hostile.html): the only links besides the fixed
// ones that the widget may show.
const CONFIGURED = ["https://sunny-valley.example/contact", "tel:5550100123"];

let server, browser, fixedLinks;
before(async () => {
  const hostile = await readFile(join(ROOT, "e2e", "fixtures", "hostile.html"), "utf8");
  assert.ok(DEMO_SETTINGS.length >= 8 && programmesPage(hostile) !== hostile, "the demo's programmes are added to the hostile page");
  server = await serve({ pages: { [PROGRAMMES_PAGE]: programmesPage(hostile) } });
  browser = await launch();
  fixedLinks = await linkLiterals(join(ROOT, "src"));
  // And the document template's own (the icon, the fallback's numbers and exit).
  for (const [, l] of (await readFile(join(ROOT, "index.html"), "utf8")).matchAll(/href="([^"]+)"/g)) fixedLinks.add(l);
});
after(async () => { await browser?.close(); await server?.close(); });

/** Every link target written out in the widget's Rust source: the fixed list its hrefs must
 *  come from. A link built at run time (say, with an answer appended) matches none of them. */
async function linkLiterals(dir) {
  const found = new Set();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const l of await linkLiterals(path)) found.add(l);
    else if (entry.name.endsWith(".rs")) {
      for (const [, l] of (await readFile(path, "utf8")).matchAll(/"((?:https:\/\/|tel:|sms:|mailto:)[^"\s]+)"/g)) found.add(l);
    }
  }
  return found;
}

/** Loads the hostile page, waits until the widget is interactive, walks the plan and returns
 *  everything there is to check. */
async function completeRun(plan, { offline = false, har = null, mode = "snippet" } = {}) {
  const context = await browser.newContext({ locale: "en-US", ...(har ? { recordHar: { path: har } } : {}) });
  const requests = recordRequests(context);
  context.on("websocket", (ws) => requests.push({ url: ws.url(), type: "websocket", at: Date.now() }));
  const page = await context.newPage();
  await page.goto(`${server.origin}${plan.host === "programmes" ? PROGRAMMES_PAGE : "/fixtures/hostile.html"}?lang=${plan.lang}&mode=${mode}`);
  const frame = await widgetFrame(page);
  await interactive(frame);
  const frameUrl = frame.url();
  const loaded = requests.length;
  // The frame's height the host can measure, from when the widget's first height message has
  // been applied (before that it is the loader's placeholder height).
  await page.waitForFunction(() => window.__spy.messages.length > 0);
  await page.waitForTimeout(300);
  const polledFrom = await page.evaluate(() => window.__spy.heights.length);
  if (offline) await context.setOffline(true);

  // The host's key logger works: what is typed in the host page is captured.
  await page.locator("#newsletter").fill("");
  await page.locator("#newsletter").pressSequentially("canary-7431");

  const links = new Set();
  const titles = new Set();
  const seen = await walk(frame, {
    ...plan,
    onScreen: async (screen, f) => {
      for (const href of await f.evaluate(() => [...document.querySelectorAll("[href], [src], [action], [formaction], [srcset], [poster]")]
        .flatMap((e) => ["href", "src", "action", "formaction", "srcset", "poster"].map((a) => e.getAttribute(a)).filter((v) => v !== null)))) links.add(href);
      titles.add(await f.title());
    },
  });
  await page.waitForTimeout(600); // two polls of the spy after the last screen
  const spy = await page.evaluate(() => window.__spy);
  const after = requests.slice(loaded);

  const storage = await context.storageState({ indexedDB: true });
  const traces = {
    cookies: await context.cookies(),
    origins: storage.origins,
    serviceWorkers: context.serviceWorkers().length,
    hostSession: await page.evaluate(() => sessionStorage.length),
    // The frame's opaque origin has no storage to write to at all.
    frameStorage: await frame.evaluate(async () => {
      const attempt = async (f) => { try { await f(); return "allowed"; } catch (e) { return e.name; } };
      return {
        localStorage: await attempt(() => localStorage.setItem("x", "1")),
        sessionStorage: await attempt(() => sessionStorage.setItem("x", "1")),
        indexedDB: await attempt(() => new Promise((ok, no) => { const r = indexedDB.open("x"); r.onsuccess = ok; r.onerror = () => no(r.error); })),
        cookie: await attempt(() => { document.cookie = "x=1"; }),
        caches: await attempt(() => caches.open("x")),
        serviceWorker: await attempt(() => navigator.serviceWorker.register("sw.js")),
      };
    }),
  };
  const result = { seen, spy, polled: [...new Set(spy.heights.slice(polledFrom))], after, all: [...requests], links: [...links], titles: [...titles], frameUrl, frameUrlAfter: frame.url(), traces, page };
  return { ...result, close: () => context.close() };
}

/** The strings of a run that would give away an answer or the result: question headings,
 *  chosen options, what the summary and the result said. Short words ("No") are left out:
 *  they are not distinctive enough to search for. */
const secrets = (seen, plan = {}) => [...new Set(seen.texts)].filter((t) => t.length >= 6)
  .filter((t) => plan.host !== "programmes" || !DEMO_SETTINGS.some(([, v]) => v.includes(t)));

const results = [];

for (const plan of RUNS) {
  test(`complete run ${plan.name}: no request, nothing for the host, no trace, fixed links`, async () => {
    const har = plan.name === "self-en" ? join(ARTIFACTS, "full-run.har") : null;
    if (har) await mkdir(ARTIFACTS, { recursive: true });
    const run = await completeRun(plan, { har });
    const { seen, spy, after, traces } = run;

    // The walk went where the plan said.
    assert.equal(seen.screens.at(-1).kind, "result");
    if (plan.crisis) assert.ok(seen.screens.some((s) => s.kind === "crisis"), "the crisis card came up");
    if (plan.switchLangAt !== undefined) assert.ok(new Set(seen.screens.map((s) => s.lang)).size === 2, "both languages");
    if (plan.print) assert.equal(seen.printed, true, "the print dialog opened");
    if (plan.save) assert.ok(seen.download && seen.download.text.length > 0, "a text file was saved");

    // 1. No request after the widget was interactive: the complete run, print and save made none.
    assert.deepEqual(after, [], "requests after the widget was interactive");

    // 2. The host saw nothing about the answers, though its key logger works.
    const captured = JSON.stringify(spy);
    assert.ok(captured.includes("canary-7431".slice(-1)) && spy.events.some((e) => e.type === "keydown" && e.target === "INPUT#newsletter"), "the spy records the host's own keys");
    for (const secret of secrets(seen, plan)) assert.ok(!captured.includes(secret), `the host captured "${secret}"`);
    assert.ok(secrets(seen, plan).length >= 3, "there were answers to look for");
    if (plan.host === "programmes") {
      // The week was asked and the match shown, and both are among what was looked for.
      const ui = UI[plan.lang];
      // The lines that say how a programme fits (on its own line or after the programme's).
      const fits = seen.texts.filter((t) => t.includes(ui.ProgFits) || t.includes(ui.ProgClash.trim()));
      const match = [ui.ProgrammesLead, ...fits, ...seen.texts.filter((t) => t.startsWith(ui.CallAboutTitle))];
      if (plan.answers.family_free) match.push(ui.FamilyProgrammesLead);
      else match.push(seen.texts.find((t) => t.startsWith(ui.Accepts)));
      assert.ok(seen.screens.some((s) => s.q === "free_days") && seen.screens.some((s) => s.q === "schedule_needs"), "the week was asked");
      assert.ok(fits.some((t) => t.includes(ui.ProgFits)) && fits.some((t) => t.includes(ui.ProgClash.trim())), `a programme fits and one clashes: ${fits.join(" | ")}`);
      assert.ok(match.every((m) => m && secrets(seen, plan).includes(m)), `the match was shown and searched for: ${match.join(" | ")}`);
      assert.ok(seen.download.text.includes(ui.ProgFits), "the saved file has the match too");
    }
    assert.deepEqual(spy.network, [], "nothing went through the host's fetch, sendBeacon or XHR");
    assert.deepEqual(spy.shadow, [], "no shadow root in the host page");
    // Every attempt to reach into the frame got nothing: null, no frame yet, or a SecurityError.
    const nothing = (r) => r.got === "null" || r.got === "undefined" || r.threw === "SecurityError";
    assert.ok(spy.reads.some((r) => r.threw === "SecurityError"), "the spy did try the frame");
    assert.ok(spy.reads.every(nothing), JSON.stringify(spy.reads.find((r) => !nothing(r))));
    assert.ok(spy.events.every((e) => e.type === "poll" || e.type === "window-blur" || e.target?.startsWith("INPUT#newsletter") || e.target === "BODY" || e.target === "HTML" || e.target === "#document" || e.target === "IFRAME"),
      "the host saw only its own input and the frame as a whole");

    // 3. Nothing left behind, and nothing the frame could have written.
    assert.deepEqual(traces.cookies, []);
    assert.deepEqual(traces.origins, [], "no localStorage or IndexedDB for any origin");
    assert.equal(traces.serviceWorkers, 0);
    assert.equal(traces.hostSession, 0);
    assert.deepEqual(traces.frameStorage, {
      localStorage: "SecurityError", sessionStorage: "SecurityError", indexedDB: "SecurityError",
      cookie: "SecurityError", caches: "SecurityError", serviceWorker: "SecurityError",
    });

    // 4. Every link the widget showed is a fixed one or the host's configured contact.
    const stray = run.links.filter((l) => !fixedLinks.has(l) && !CONFIGURED.includes(l));
    assert.deepEqual(stray, [], "links not from the fixed list");
    assert.ok(run.links.includes("tel:988") && run.links.includes("tel:911"), "the crisis numbers were there to see");

    // 5. The address and the title carry nothing.
    assert.equal(run.frameUrlAfter, run.frameUrl, "the frame's address never changed");
    const allowedTitles = new Set(["en", "es"].flatMap((l) => [UI[l].Title, UI[l].TitleErrorPrefix + UI[l].Title]));
    assert.ok(run.titles.every((t) => allowedTitles.has(t)), run.titles.join(" | "));

    if (plan.name === "self-en") await screenshot(run.page, "hostile-host-result");
    results.push({ plan, heights: spy.messages, polled: run.polled, requests: run.all, links: run.links });
    await run.close();
  });
}

test("control: with the sandbox stripped, the same spy does capture the answers", async () => {
  // Proves the checks above can fail: this is what they would see on a leak.
  const run = await completeRun(RUNS[0], { mode: "unsandboxed" });
  const captured = JSON.stringify(run.spy);
  const leaked = secrets(run.seen).filter((s) => captured.includes(s));
  assert.ok(leaked.length >= 2, `the spy read the frame: ${leaked.join(" | ")}`);
  assert.ok(run.spy.reads.some((r) => r.got && r.got !== "null"), "contentDocument was readable");
  await run.close();
});

test("the height messages are the same whatever the answers", () => {
  assert.equal(results.length, RUNS.length, "every run finished");
  const [first, ...rest] = results;
  assert.ok(first.heights.length >= 1, "the widget sent its height");
  assert.ok(first.heights.every((m) => /^\{"careScreenerHeight":\d+\}$/.test(JSON.parse(JSON.stringify(m.data)))), JSON.stringify(first.heights));
  for (const r of rest) {
    assert.deepEqual(r.heights, first.heights, `${r.plan.name} vs ${first.plan.name}`);
    assert.deepEqual(r.polled, first.polled, `frame heights the host could measure, ${r.plan.name}`);
  }
});

test("the same complete runs finish with the browser offline", async () => {
  for (const plan of RUNS) {
    const run = await completeRun(plan, { offline: true });
    assert.equal(run.seen.screens.at(-1).kind, "result", plan.name);
    assert.deepEqual(run.after, [], plan.name);
    await run.close();
  }
});

test("the request log of a full run is written as an artifact", async () => {
  const run = results.find((r) => r.plan.name === "self-en");
  assert.ok(run, "the self-en run finished");
  const t0 = run.requests[0]?.at ?? 0;
  const log = {
    note: "Every request the browser context made in a complete run (self, English, result, print, save) on the hostile host page. All are the page and the widget loading; none came after the widget was interactive.",
    requests: run.requests.map((r) => ({ ...r, at: r.at - t0 })),
  };
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, "request-log.json"), JSON.stringify(log, null, 2));
  // The log names only the loopback server: the host page, the loader and the widget document.
  const paths = run.requests.map((r) => new URL(r.url).pathname).sort();
  assert.deepEqual(paths, ["/embed.js", "/fixtures/hostile.html", "/screener.html"]);
  const har = JSON.parse(await readFile(join(ARTIFACTS, "full-run.har"), "utf8"));
  assert.equal(har.log.entries.length, 3, "the HAR has the same three requests");
});
