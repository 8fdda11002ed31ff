// Host configuration in real Chromium: each malformed data- attribute gives a console message
// naming it and a safe default, and the widget still works; nothing the host writes becomes
// markup; settings are read once, from the frame's own address, and never from later input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./harness.mjs";
import { UI, widgetFrame, interactive, walk } from "./walk.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Embeds the widget with these data- attributes; returns the page, the widget frame and the
 *  console lines of every frame, once the widget is interactive. */
async function embed(attributes) {
  const page = await browser.newPage({ locale: "en-US" });
  const console = [];
  page.on("console", (m) => console.push({ type: m.type(), text: m.text() }));
  page.on("dialog", (d) => { console.push({ type: "dialog", text: d.message() }); d.dismiss(); });
  await page.goto(`${server.origin}/fixtures/config.html?${new URLSearchParams(attributes)}`);
  const frame = await widgetFrame(page);
  await interactive(frame);
  return { page, frame, console };
}

/** The widget works: its first question comes up after "Start now". */
async function works(frame, lang = "en") {
  await frame.getByRole("button", { name: UI[lang].StartButton }).click();
  await frame.locator("fieldset input").first().waitFor();
}

const brand = (frame) => frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim());

const BAD = [
  { attr: "data-colour", value: "blue", says: 'data-colour="blue": not a setting of the screener' },
  { attr: "data-crisis-phone", value: "5550100000", says: 'data-crisis-phone="5550100000": not a setting of the screener' },
  { attr: "data-contact-url", value: "javascript:alert(1)", says: 'data-contact-url="javascript:alert(1)": script and data addresses are never accepted' },
  { attr: "data-contact-url", value: "http://harbor.example/contact", says: "must be a full https:// address" },
  { attr: "data-contact-url", value: "https://user:pw@harbor.example/", says: "not an address the screener can use safely" },
  { attr: "data-exit-url", value: "javascript:alert(document.domain)", says: "The quick exit goes to https://www.weather.gov/.", exit: "https://www.weather.gov/" },
  { attr: "data-exit-url", value: "http://news.example/", says: "must be a full https:// address", exit: "https://www.weather.gov/" },
  { attr: "data-center-name", value: '<img src=x onerror="alert(1)">Harbor', says: 'markup is not allowed here. The tags were removed and this is shown as plain text: "Harbor"' },
  { attr: "data-next-step", value: "<script>alert(1)</script>Call us", says: "markup is not allowed here" },
  { attr: "data-center-name", value: "Harbor\u202Eretnec", says: "control or text-direction characters were removed" },
  { attr: "data-center-name", value: "Harbor ".repeat(30), says: "longer than 80 characters, so it was cut" },
  { attr: "data-phone", value: "1-800-GET-HELP", says: 'data-phone="1-800-GET-HELP": not a phone number' },
  { attr: "data-offers", value: "detox,residential", says: '"detox" not among the choices (early, outpatient, iop, php, residential, withdrawal), so left out' },
  { attr: "data-offers", value: "emergency", says: '"emergency" is left out' },
  { attr: "data-brand-color", value: "#ffff00", says: "less than the 4.5:1 that text needs, so the darker shade #", brandChanged: true },
  { attr: "data-brand-color", value: "red", says: 'data-brand-color="red": not a colour in #rgb or #rrggbb form' },
  { attr: "data-lang", value: "fr", says: 'data-lang="fr": not a language of the screener (en, es)' },
  { attr: "data-lang", value: "", says: 'data-lang="": empty, so the default is used' },
];

test("each malformed attribute gets a console message naming it, a safe default and a working widget", async () => {
  const plain = await embed({});
  const defaultBrand = await brand(plain.frame);
  assert.match(defaultBrand, /^#[0-9a-f]{6}$/);
  await plain.page.close();

  for (const bad of BAD) {
    const { page, frame, console } = await embed({ [bad.attr]: bad.value });
    const warnings = console.filter((c) => c.type === "warning").map((c) => c.text);
    assert.equal(warnings.length, 1, `${bad.attr}=${bad.value}: ${warnings.join("\n")}`);
    assert.ok(warnings[0].startsWith("care-screener: ") && warnings[0].includes(bad.says), `${bad.attr}: ${warnings[0]}`);
    assert.deepEqual(console.filter((c) => c.type === "error" || c.type === "dialog"), [], "no error, no script ran");
    if (bad.exit) assert.equal(await frame.locator("a.exit").getAttribute("href"), bad.exit);
    const colour = await brand(frame);
    if (bad.brandChanged) {
      assert.notEqual(colour, defaultBrand);
      assert.ok(warnings[0].includes(colour), `the colour in use is the one named: ${colour}`);
    } else {
      assert.equal(colour, defaultBrand);
    }
    // Whatever the host wrote, it is never markup in the widget.
    assert.equal(await frame.locator("img, iframe, object, embed, body script:not([type=module])").count(), 0, "no injected element");
    await works(frame);
    await page.close();
  }
});

test("a good configuration is used: language, exit page, colour", async () => {
  const { page, frame, console } = await embed({ "data-lang": "es", "data-exit-url": "https://news.example/today", "data-brand-color": "#006400" });
  assert.deepEqual(console.filter((c) => c.type === "warning" || c.type === "error"), []);
  assert.equal(await frame.locator("main h1").innerText(), UI.es.Title);
  assert.equal(await frame.locator("a.exit").getAttribute("href"), "https://news.example/today");
  assert.equal(await brand(frame), "#006400");
  await works(frame, "es");
  await page.close();
});

test("settings are read once from the frame's address: later messages and fragment changes are ignored", async () => {
  const { page, frame } = await embed({ "data-lang": "en" });
  await page.evaluate(() => {
    const iframe = document.querySelector("iframe");
    iframe.contentWindow.postMessage({ lang: "es", "exit-url": "https://evil.example/" }, "*");
    iframe.contentWindow.postMessage("lang=es", "*");
    // A fragment-only change does not reload the document; the widget must not re-read it.
    iframe.src = iframe.src.split("#")[0] + "#lang=es&exit-url=https%3A%2F%2Fevil.example%2F";
  });
  await page.waitForFunction(() => document.querySelector("iframe").src.includes("evil"));
  await page.waitForTimeout(300);
  assert.match(frame.url(), /evil/, "the frame's address did change");
  assert.equal(await frame.locator("main h1").innerText(), UI.en.Title);
  assert.equal(await frame.locator("a.exit").getAttribute("href"), "https://www.weather.gov/");
  await works(frame);
  await page.close();
});

test("on the result, the host's texts show as plain text and its links exactly as given", async () => {
  const { page, frame, console } = await embed({
    "data-center-name": '<img src=x onerror="alert(1)">Harbor <b>Recovery</b>',
    "data-next-step": "<script>alert(2)</script>Ask for Dana at intake.",
    "data-phone": "(555) 010-0199",
    "data-contact-url": "https://harbor.example/contact",
    "data-offers": "early,outpatient,iop,php,residential,withdrawal",
  });
  assert.equal(console.filter((c) => c.type === "warning").length, 2, "one warning for each text with markup");
  await walk(frame, { lang: "en", answers: { who_for: "myself" } });
  const text = await frame.locator("main").innerText();
  assert.match(text, /Harbor Recovery/);
  assert.match(text, /Ask for Dana at intake\./);
  assert.doesNotMatch(text, /<|alert/, "no markup, not even as text");
  assert.equal(await frame.locator("img, iframe, object, embed, body script:not([type=module])").count(), 0);
  const hrefs = await frame.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes("https://harbor.example/contact"), hrefs.join(" "));
  assert.ok(hrefs.includes("tel:5550100199"), hrefs.join(" "));
  assert.deepEqual(console.filter((c) => c.type === "error" || c.type === "dialog"), []);
  await page.close();
});
