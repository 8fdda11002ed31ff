// Every public vignette answered through the UI by its visible labels, in real Chromium,
// reaches an acceptable level and shows what the vignette says it must show.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, screenshot } from "./harness.mjs";
import { VIGNETTES, LEVEL_NAMES, answerVignette } from "./vignettes.mjs";

let server, browser, context;
before(async () => {
  server = await serve();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => { await browser?.close(); await server?.close(); });

// Three pages at a time: the time goes in round trips to the browser, not in work.
describe("the public vignettes", { concurrency: 3 }, () => {
  for (const v of VIGNETTES) {
    test(`${v.id} reaches ${v.acceptable.join(" / ")} with what it must show`, async () => {
      const page = await context.newPage();
      const url = `${server.origin}/screener.html`;
      await page.goto(url);
      // The crisis cards seen on the way, read as shown, so what must not be said to this
      // person (a card for someone else, "stay with them" to a person alone) is checked there too.
      const cards = [];
      const onScreen = async (name) => { if (name.startsWith("crisis")) cards.push(await page.locator("main").innerText()); };
      const level = await answerVignette(page, v, { onScreen });
      const acceptable = v.acceptable.map((l) => LEVEL_NAMES[l]);
      assert.ok(acceptable.includes(level), `${v.id}: "${level}" is not one of ${acceptable.join(", ")}`);
      const shown = await page.locator("main").innerText();
      for (const must of v.mustShow) {
        assert.ok(shown.includes(must), `${v.id}: the result shows "${must}"`);
      }
      for (const never of v.mustNotShow ?? []) {
        assert.ok(!shown.includes(never), `${v.id}: the result does not show "${never}"`);
        for (const card of cards) assert.ok(!card.includes(never), `${v.id}: the crisis card does not show "${never}"`);
      }
      if (v.crisis) assert.ok(cards.length > 0, `${v.id}: a crisis card was seen`);
      // Always on a result: the crisis lines, the honesty notes and the rules' version.
      for (const always of ["988 Suicide & Crisis Lifeline", "911", "SAMHSA National Helpline", "These are US resources.",
        "Outside the US", "not a diagnosis", "Rules version", "not yet been reviewed by a licensed clinician"]) {
        assert.ok(shown.includes(always), `${v.id}: the result shows "${always}"`);
      }
      assert.equal(page.url(), url, "nothing reached the address");
      if (["P01", "P03", "P08", "P13"].includes(v.id)) await screenshot(page, `ui-result-${v.id}-1280`);
      await page.close();
    });
  }
});
