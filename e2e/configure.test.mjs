// The configurator (dist/configure.html) in real Chromium, as a center's web developer uses it:
// opened from the file system with no server, filled in, warned about bad settings by the
// widget's own parser, previewed in the real widget, copied, and pasted into a fresh host page
// whose widget then shows the same settings. It sends nothing, from the file system or a server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, DIST, ROOT, screenshot, recordRequests } from "./harness.mjs";
import { UI, interactive, walk, widgetFrame } from "./walk.mjs";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FILE = pathToFileURL(join(DIST, "configure.html")).href;
const CSP = readFileSync(join(DIST, "csp.txt"), "utf8").trim();

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The configurator in a fresh context, with every console line of every frame and every
 *  request it makes. */
async function open(url = FILE, { width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-US" });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const console = [];
  page.on("console", (m) => console.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => console.push({ type: "pageerror", text: e.message }));
  await page.goto(url);
  await page.locator("#summary").filter({ hasText: /./ }).waitFor();
  return { context, page, console, requests };
}

/** The preview's frame once its widget is up, after the last change has reached it. */
async function preview(page) {
  await page.waitForFunction(() => {
    const box = document.querySelector("#frame-box");
    return box.getAttribute("aria-busy") !== "true" && box.querySelector("iframe");
  });
  const element = await page.$("#frame-box iframe");
  const url = await element.evaluate((f) => f.src);
  const frame = await element.contentFrame();
  await frame.waitForURL(url);
  await interactive(frame);
  return frame;
}

/** The settings of a frame's address, as sorted pairs. */
const fragmentOf = (url) => [...new URLSearchParams(new URL(url).hash.slice(1)).entries()].sort();

/** The visible notes beside a field (the parser's warnings, then tips), or "" for none. */
async function note(page, field) {
  const ids = ((await page.locator(field).getAttribute("aria-describedby")) ?? "").split(" ").filter((x) => /^[nt]-/.test(x));
  const shown = [];
  for (const ref of ids) {
    const el = page.locator(`[id="${ref}"]`);
    if (await el.isVisible()) shown.push((await el.innerText()).trim());
  }
  return shown.join("\n");
}

async function fillCenter(page) {
  await page.fill("#f-center-name", "Harbor Recovery Center");
  await page.fill("#f-phone", "(555) 010-0199");
  await page.fill("#f-contact-url", "https://harbor.example/contact");
  await page.check("#g-offers input[value=outpatient]");
  await page.check("#g-offers input[value=iop]");
  await page.fill("#f-brand-color", "#1d5c8c");
}

test("from the file system it previews the real widget with the settings and sends nothing", async () => {
  const { context, page, console, requests } = await open();
  let frame = await preview(page);
  assert.equal(await frame.locator("main h1").innerText(), UI.en.Title);
  await fillCenter(page);
  await page.selectOption("#f-lang", "es");
  frame = await preview(page);
  // The preview restarted with the new settings: it is in Spanish and wears the brand colour.
  assert.equal(await frame.locator("main h1").innerText(), UI.es.Title);
  assert.deepEqual(fragmentOf(frame.url()), [
    ["brand-color", "#1d5c8c"], ["center-name", "Harbor Recovery Center"], ["contact-url", "https://harbor.example/contact"],
    ["lang", "es"], ["offers", "outpatient,iop"], ["phone", "(555) 010-0199"],
  ]);
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim()), "#1d5c8c");
  // Sandboxed as on a center's site: an opaque origin.
  assert.equal(await frame.evaluate(() => window.origin), "null");
  assert.equal(await page.textContent("#summary"), "The check can use every setting as written.");
  // Phone and desktop widths.
  const width = () => page.locator("#frame-box iframe").evaluate((f) => f.getBoundingClientRect().width);
  assert.equal(Math.round(await width()), 375);
  await page.check("input[name=width][value=desktop]");
  // Wider than the widget's one phone breakpoint (30rem, style/screener.css) with room to spare.
  assert.ok((await width()) > 640, `desktop preview is ${await width()} px wide`);
  // Nothing but the page and its preview frame, both from the file system.
  assert.deepEqual([...new Set(requests.map((r) => new URL(r.url).protocol))], ["file:"], requests.map((r) => r.url).join("\n"));
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ""]);
  assert.deepEqual(console.filter((c) => c.type === "error" || c.type === "pageerror"), []);
  await context.close();
});

test("each bad setting shows the widget's own warning beside its field", async () => {
  const { context, page, console } = await open();
  await fillCenter(page);
  await page.fill("#f-phone", "12");
  await page.fill("#f-brand-color", "#ffcc00");
  await page.click("#add-program");
  await page.selectOption("#p1-level", "iop");
  await page.check(".program .days input[value=mon]");
  await page.fill("#p1-from", "21:00");
  await page.fill("#p1-to", "18:00");
  await preview(page);

  const phone = await note(page, "#f-phone");
  assert.match(phone, /^Fix this: data-phone="12": not a phone number \(use 7 to 15 digits/);
  assert.equal(await page.getAttribute("#f-phone", "aria-invalid"), "true");
  const colour = await note(page, "#f-brand-color");
  assert.equal(colour, 'Fix this: data-brand-color="#ffcc00": contrast against white is 1.5:1, less than the 4.5:1 that text needs, so the darker shade #8d7000 is used.');
  const programme = await note(page, ".program");
  assert.match(programme, /"time=21:00-18:00": time is like 17:30-21:00, ending after it starts, so this program is left out\.$/);
  assert.equal(await page.textContent("#summary"), "3 settings need a fix.");
  // The README's picture: the warning beside the phone number, and the preview.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await screenshot(page, "configure-readme", { window: true });
  // The same words the widget writes to the console in the preview: one parser.
  const warned = console.filter((c) => c.type === "warning").map((c) => c.text.replace(/^care-screener: /, ""));
  for (const shown of [phone.split("\n")[0], colour, programme]) {
    assert.ok(warned.includes(shown.replace(/^Fix this: /, "")), `${shown} is not among the widget's warnings:\n${warned.join("\n")}`);
  }
  // A setting left out that visitors would miss gets advice, not a warning.
  await page.fill("#f-phone", "");
  await page.fill("#f-contact-url", "");
  assert.equal(await note(page, "#f-phone"), "Tip: No phone number or contact page: the result can point visitors only to national helplines, not to you.");
  assert.equal(await page.getAttribute("#f-phone", "aria-invalid"), null);
  // Fixed, the notes go.
  await page.fill("#f-phone", "555-010-0199");
  await page.fill("#f-brand-color", "#1d5c8c");
  await page.fill("#p1-to", "22:00");
  assert.equal(await note(page, "#f-phone"), "");
  assert.equal(await note(page, "#f-brand-color"), "");
  assert.equal(await note(page, ".program"), "");
  await screenshot(page, "configure-warnings-1280");
  await context.close();
});

test("the copied snippet and iframe, pasted into a fresh host page, show the same settings", async () => {
  // A center's server: the release's files, and (filled in below) the pages the pasted
  // snippets go into. The host page shares the files' origin, so the loader's integrity check
  // needs no CORS header from this plain test server.
  const pages = {};
  const site = await serve({ mounts: { "/": DIST }, pages });
  const { context, page } = await open(`${server.origin}/configure.html`);
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await fillCenter(page);
    await page.fill("#f-next-step", "Ask for the intake team.");
    await page.click("#add-program");
    await page.selectOption("#p1-level", "outpatient");
    await page.fill("#p1-name", "Evening group");
    await page.check(".program .days input[value=tue]");
    await page.fill("#p1-from", "18:00");
    await page.fill("#p1-to", "20:00");
    await page.fill("#f-base", site.origin);
    await page.fill("#f-site", "https://www.harbor.example/about");
    const frame = await preview(page);
    const expected = fragmentOf(frame.url());
    assert.ok(expected.some(([k, v]) => k === "program-1" && v === "level=outpatient; name=Evening group; days=tue; time=18:00-20:00"), JSON.stringify(expected));
    await walk(frame, { lang: "en", answers: { who_for: "myself" } });
    const previewed = await frame.locator("main").innerText();

    const copy = async (name) => {
      await page.getByRole("button", { name }).click();
      await page.locator("#copied").filter({ hasText: /^Copied/ }).waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await page.evaluate(() => { document.getElementById("copied").textContent = ""; });
      return text;
    };
    const snippet = await copy("Copy the snippet");
    assert.match(snippet, /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"\n  integrity="sha384-[A-Za-z0-9+/]+={0,2}" crossorigin="anonymous"\n/);
    const iframe = await copy("Copy the iframe");
    const headers = await copy("Copy the headers");
    assert.equal(headers.split("\n")[0], `Content-Security-Policy: ${CSP}; frame-ancestors https://www.harbor.example`);
    assert.match(headers, /^Content-Security-Policy: sandbox allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation$/m);
    assert.match(headers, /^Referrer-Policy: no-referrer$/m);
    assert.match(headers, /^X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^Access-Control-Allow-Origin: \*$/m, "for embed.js on another origin, which the integrity check needs");

    for (const [path, pasted] of [["/loader.html", snippet], ["/iframe.html", iframe]]) {
      pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our center</title></head><body><h1>Our center</h1>\n${pasted}\n</body></html>`;
      const visit = await browser.newPage();
      await visit.goto(site.origin + path);
      const widget = await (await visit.waitForSelector("iframe")).contentFrame();
      await interactive(widget);
      assert.deepEqual(fragmentOf(widget.url()), expected, path);
      assert.equal(await widget.evaluate(() => window.origin), "null", path);
      await walk(widget, { lang: "en", answers: { who_for: "myself" } });
      const shown = await widget.locator("main").innerText();
      assert.equal(shown, previewed, `${path}: the same result as the preview`);
      for (const words of ["Harbor Recovery Center", "(555) 010-0199", "Ask for the intake team."]) {
        assert.ok(shown.includes(words), `${path}: ${words}`);
      }
      await visit.close();
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test("the configurator passes axe at phone and desktop width and works by keyboard", async () => {
  for (const width of [320, 375, 1280]) {
    const { context, page } = await open(FILE, { width });
    // The import box open, with what it could not bring in listed.
    await page.getByText("Start from the snippet you have now").click();
    await page.fill("#f-import", "phone=555-010-0199&colour=red");
    await page.getByRole("button", { name: "Fill in the form from it" }).click();
    await fillCenter(page);
    await page.fill("#f-phone", "12");
    // By keyboard: Add a program moves focus into it; Remove brings focus back to Add.
    await page.focus("#add-program");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "p1-level");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await preview(page);
    await page.evaluate(AXE_SOURCE);
    const r = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      rules: { "target-size": { enabled: true } },
    }));
    assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], `at ${width} px`);
    // Reflow (WCAG 1.4.10): nothing wider than the window, down to 320 px.
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `at ${width} px the page is ${scroll} px wide`);
    // What a developer sees on opening it (the README's picture at 1280 px), then the whole page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `configure-${width}-window`, { window: true });
    await screenshot(page, `configure-${width}`);
    await page.locator(".program [data-remove]").focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "add-program");
    await context.close();
  }
});

test("the snippet a center has fills in the form, and the preview then shows what its site shows", async () => {
  // The demo center's snippet: six programmes, payment, intake languages, both next steps.
  const demo = readFileSync(join(ROOT, "demo", "index.html"), "utf8");
  const snippet = demo.match(/<script src="embed\.js"[^>]*><\/script>/s)[0];
  const { context, page, console } = await open(`${server.origin}/configure.html`);
  try {
    await page.getByText("Start from the snippet you have now").click();
    await page.fill("#f-import", snippet.replace('src="embed.js"', 'src="https://screener.harbor.example/care-screener-0.0.9/embed.js"'));
    await page.getByRole("button", { name: "Fill in the form from it" }).click();
    assert.equal(await page.textContent("#import-status"), "Filled in 15 settings.");
    assert.equal(await page.inputValue("#f-center-name"), "Harbor Recovery Center");
    assert.equal(await page.locator(".program").count(), 6);
    assert.equal(await page.inputValue("#p3-name"), "Day IOP");
    assert.deepEqual(await page.locator("#programs .program:nth-child(3) .days input:checked").evaluateAll((b) => b.map((x) => x.value)), ["mon", "tue", "wed", "thu", "fri"]);
    assert.equal(await page.inputValue("#p5-from"), "09:00");
    assert.equal(await page.inputValue("#f-base"), "https://screener.harbor.example/care-screener-0.1.0/");
    assert.equal(await page.textContent("#summary"), "The check can use every setting as written.");
    const frame = await preview(page);
    const answers = {
      ...JSON.parse(readFileSync(join(ROOT, "examples", "answers", "P02.json"), "utf8")).answers,
      free_days: ["monday", "tuesday", "thursday"], schedule_needs: ["evenings"],
    };
    await walk(frame, { lang: "en", answers });
    const previewed = await frame.locator("main").innerText();
    assert.match(previewed, /Evening IOP/);

    // The demo page, with the snippet as it was: the same result, word for word.
    const site = await browser.newPage();
    await site.goto(`${server.origin}/index.html`);
    const widget = await widgetFrame(site);
    await interactive(widget);
    await walk(widget, { lang: "en", answers });
    assert.equal(await widget.locator("main").innerText(), previewed);
    await site.close();

    // What cannot be brought in is named, never dropped in silence.
    await page.fill("#f-import", '<iframe src="https://x.example/screener.html#phone=555-010-0199&colour=red&offers=iop,detox&program-1=level%3Diop%3B+days%3Dmon&phone=1"></iframe>');
    await page.getByRole("button", { name: "Fill in the form from it" }).click();
    const status = await page.innerText("#import-status");
    assert.match(status, /^Filled in 2 settings\. Not filled in as written:/);
    assert.match(status, /colour: not a setting of the check\./);
    assert.match(status, /offers: detox is not among the choices\./);
    assert.match(status, /a program needs level=…, and days and time together, so this program is left out\. Add it again below\./);
    assert.match(status, /phone: given twice; the first is used, as the check does\./);
    assert.equal(await page.inputValue("#f-phone"), "555-010-0199");
    assert.equal(await page.inputValue("#f-base"), "https://x.example/");
    assert.equal(await page.locator(".program").count(), 0);
    assert.deepEqual(console.filter((c) => c.type === "error" || c.type === "pageerror"), []);
  } finally {
    await context.close();
  }
});

test("what the parser cannot see is checked here: a ; in a program's name, where the files are, the site", async () => {
  const { context, page } = await open();
  try {
    await fillCenter(page);
    await page.click("#add-program");
    await page.check(".program .days input[value=mon]");
    await page.fill("#p1-from", "18:00");
    await page.fill("#p1-to", "20:00");
    // A name that would end its part and write another schedule.
    await page.fill("#p1-name", "Evening; days=sat; time=1-2");
    assert.match(await note(page, "#p1-name"), /^Fix this: A name or note cannot hold “;”/);
    assert.equal(await page.getAttribute("#p1-name", "aria-invalid"), "true");
    assert.equal(await page.textContent("#summary"), "1 setting needs a fix.");
    const loader = await page.textContent("#c-loader");
    assert.match(loader, /data-program-1="level=outpatient; days=mon; time=18:00-20:00"/, loader);
    assert.doesNotMatch(loader, /sat/);

    // Placeholders are named until they are replaced; an address that is not one is refused.
    assert.match(await note(page, "#f-base"), /^Tip: Write where your copy of the files is/);
    assert.match(await note(page, "#f-site"), /^Tip: Write your site's address/);
    await page.fill("#f-base", "javascript:alert(9)//");
    assert.match(await note(page, "#f-base"), /^Fix this: Write the folder's full address, starting with https:\/\//);
    assert.match(await page.textContent("#c-loader"), /^<script src="https:\/\/screener\.your-center\.org\/care-screener-[^/]+\/embed\.js"/);
    assert.doesNotMatch(await page.textContent("#c-loader") + await page.textContent("#c-iframe"), /javascript:/);
    await page.fill("#f-base", "https://screener.harbor.example/care-screener-1/");
    await page.fill("#f-site", "http://www.harbor.example");
    assert.equal(await note(page, "#f-base"), "");
    assert.match(await note(page, "#f-site"), /^Fix this: Write your site's full address, starting with https:\/\//);
    await page.fill("#f-site", "https://www.harbor.example/");
    assert.equal(await note(page, "#f-site"), "");
    assert.match(await page.textContent("#c-headers"), /; frame-ancestors https:\/\/www\.harbor\.example\n/);

    // A program brought in from a snippet: the parts the parser ignored are named.
    await page.getByText("Start from the snippet you have now").click();
    await page.fill("#f-import", "center-name=A&program-1=" + encodeURIComponent("level=iop; format=zoom; lang=en,fr; days=mon; time=18-20"));
    await page.getByRole("button", { name: "Fill in the form from it" }).click();
    const status = await page.innerText("#import-status");
    assert.match(status, /"format=zoom": format is in-person, online or both, so this part is ignored\./);
    assert.match(status, /"fr" not among the choices \(en, es\), so left out\./);
    assert.equal(await page.locator(".program").count(), 1);
  } finally {
    await context.close();
  }
});
