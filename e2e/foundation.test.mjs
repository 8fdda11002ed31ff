import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, recordRequests, screenshot } from "./harness.mjs";
import { VIGNETTES, answerVignette } from "./vignettes.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("the demo embeds the widget, which answers a question offline-clean and reaches the result", async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Start now" }).waitFor();
  const loaded = requests.length;
  await answerVignette(frame, VIGNETTES[0]);
  await assert.doesNotReject(frame.getByText("Your suggested starting point").waitFor());
  assert.deepEqual(requests.slice(loaded), [], "no request after the widget is interactive");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await screenshot(page, "foundation-result");
  await context.close();
});
