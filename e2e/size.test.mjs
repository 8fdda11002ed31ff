// The size budget: the whole widget document, dist/screener.html (style, script and the wasm
// with both languages' catalogues inlined), is at or under 131,000 bytes after gzip, and this
// test fails the build above that. Size is deterministic, so unlike the timings of bench/ it can
// fail a build. What the document is made of, and each step that brought it under the budget,
// are in bench/size.md.
//
// 120 KB is read as 120,000 bytes, not 120 KiB (122,880): the stricter reading. gzip runs at
// its default level (6), as `gzip` and most servers compress; level 9 and brotli are printed
// for the record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { DIST, ROOT, inlinedWasm } from "./harness.mjs";

// The budget of issue 6. The ceiling of earlier sessions (137,000 at the end of November 2026,
// lowered step by step from 185,000) came down to it when the wasm moved to LZMA packing
// (bench/size.md, changes 12-14): 118,576 B measured, 1.4 KB of room. Raising it is a decision
// for the project's owners, written here, never a silent drift: issue 15 (the clinical second
// pass, December 2026) raised it to 126,000 B for its safety content, and issue 16 (phone-first)
// by the 2,000 B it allowed, to 128,000 B: the sticky exit bar, theming and the result's first screen.
// Issue 18 (the center's programmes) allowed 3,000 B more, to 131,000 B: the free days and the
// family member's times, the programme settings and their checks, and the match on the result.
// bench/bench.mjs reads the budget from this line.
const BUDGET_GZIP = 131_000;

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes).length,
  gzip9: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
});

/** The unpacked wasm of the document, checked to be there and to be a wasm module. */
function shippedWasm(html) {
  const inlined = inlinedWasm(html);
  assert.ok(inlined, "dist/screener.html holds the wasm as WASM_LZMA with its decoder (see scripts/assemble.py)");
  assert.deepEqual([...inlined.wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], "the inlined bytes are a wasm module");
  return inlined.wasm;
}

/** Every sentence of one language's catalogue: the string literals of src/i18n/<lang>/. */
async function catalogue(lang) {
  const dir = join(ROOT, "src", "i18n", lang);
  const out = [];
  for (const name of (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".rs"))) {
    const code = (await readFile(join(dir, name), "utf8")).replace(/^\s*\/\/.*$/gm, "");
    // Literals without escapes, long enough to be a sentence rather than a tag.
    for (const [, s] of code.matchAll(/"((?:[^"\\\n])+)"/g)) if (s.length >= 8) out.push(s);
  }
  return out;
}

test("the widget document, with both languages, is at most 131,000 bytes after gzip", async () => {
  const html = await readFile(join(DIST, "screener.html"));
  const doc = sizes(html);
  const wasm = sizes(shippedWasm(html.toString("utf8")));
  const kb = (n) => `${n.toLocaleString("en-US")} B`;
  console.log(`dist/screener.html: raw ${kb(doc.raw)}, gzip ${kb(doc.gzip)} (level 9: ${kb(doc.gzip9)}), brotli ${kb(doc.brotli)}; budget ${kb(BUDGET_GZIP)} gzip (${doc.gzip <= BUDGET_GZIP ? `${kb(BUDGET_GZIP - doc.gzip)} left` : `${kb(doc.gzip - BUDGET_GZIP)} over`})`);
  console.log(`  the wasm in it, unpacked: raw ${kb(wasm.raw)}, gzip ${kb(wasm.gzip)}, brotli ${kb(wasm.brotli)}`);
  assert.ok(doc.gzip <= BUDGET_GZIP, `dist/screener.html is ${kb(doc.gzip)} gzip, ${kb(doc.gzip - BUDGET_GZIP)} over the budget of ${kb(BUDGET_GZIP)}`);
});

test("the measured document holds both catalogues, English and Spanish", async () => {
  const wasm = shippedWasm(await readFile(join(DIST, "screener.html"), "utf8"));
  for (const lang of ["en", "es"]) {
    const sentences = await catalogue(lang);
    const shipped = sentences.filter((s) => wasm.includes(Buffer.from(s, "utf8")));
    console.log(`${lang}: ${shipped.length} of ${sentences.length} catalogue sentences are in the shipped wasm`);
    // Not every literal ships: the compiler drops a sentence no code path can show yet. A
    // build without a language would ship next to none of it; three quarters is the bar.
    assert.ok(sentences.length >= 20, `found the ${lang} catalogue's sentences`);
    assert.ok(shipped.length >= 0.75 * sentences.length, `only ${shipped.length} of ${sentences.length} ${lang} sentences are in the document`);
  }
});
