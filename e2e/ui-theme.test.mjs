// Theming that looks native: the host's font stack, and a light, dark or automatic theme that
// keeps the brand colour, with axe's contrast rules passing in each, in real Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, screenshot } from "./harness.mjs";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The widget with these settings, in a browser whose own setting is `scheme`. */
async function open(fragment, scheme) {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: scheme });
  await page.goto(`${server.origin}/screener.html#${fragment}`);
  await page.locator("#fallback").waitFor({ state: "detached" });
  await page.locator("main h1").waitFor();
  return page;
}
const look = (page) => page.evaluate(() => {
  const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
  return { bg: css("html", "backgroundColor"), font: css("body", "fontFamily"), button: css(".button", "backgroundColor"), link: css(".pill", "color") };
});
async function contrastViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => axe.run(document, { runOnly: ["color-contrast", "link-in-text-block"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const BRAND = "#7a0019"; // a deep red, 10.8:1 on white
const brand = "rgb(122, 0, 25)";

test("theme=light stays light on a phone in dark mode, with the brand colour and the host's font", async () => {
  const page = await open(`theme=light&brand-color=${encodeURIComponent(BRAND)}&font=Georgia%2C+serif`, "dark");
  const seen = await look(page);
  assert.equal(seen.bg, "rgb(255, 255, 255)");
  assert.equal(seen.button, brand);
  assert.equal(seen.link, brand);
  assert.equal(seen.font, "Georgia, serif");
  assert.deepEqual(await contrastViolations(page), []);
  await page.close();
});

test("theme=dark is dark on a light phone: buttons keep the brand colour, links a lighter shade of it that passes", async () => {
  for (const [fragment, scheme] of [[`theme=dark&brand-color=${encodeURIComponent(BRAND)}`, "light"], [`brand-color=${encodeURIComponent(BRAND)}`, "dark"]]) {
    const page = await open(fragment, scheme);
    const seen = await look(page);
    assert.equal(seen.bg, "rgb(21, 24, 27)", fragment);
    assert.equal(seen.button, brand, `${fragment}: the brand colour behind the buttons`);
    const [r, g, b] = seen.link.match(/\d+/g).map(Number);
    assert.ok(r > g && r > b && r > 122, `${fragment}: links are a lighter shade of the same red: ${seen.link}`);
    assert.deepEqual(await contrastViolations(page), [], fragment);
    // And on a question with the error summary (the error colour on the dark surface).
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.locator(".error-summary").waitFor();
    assert.deepEqual(await contrastViolations(page), [], `${fragment}, error summary`);
    if (scheme === "light") await screenshot(page, "theme-dark-error-375", { window: true });
    await page.close();
  }
});

test("theme=auto (the default) follows the visitor's setting", async () => {
  for (const [scheme, bg] of [["light", "rgb(255, 255, 255)"], ["dark", "rgb(21, 24, 27)"]]) {
    const page = await open("theme=auto", scheme);
    assert.equal((await look(page)).bg, bg, scheme);
    await page.close();
  }
});
