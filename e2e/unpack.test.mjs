// The start-up's LZMA decoder (unpack/, the module the document carries as UNPACK), run in
// Node's V8 as the browser runs it. Streams are packed by the build's own packer
// (packed_wasm in scripts/assemble.py, liblzma with the document's settings), so these are the
// streams the decoder will meet; broken streams must stop it, never give a module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, inlinedWasm, unpackWith } from "./harness.mjs";

const shipped = inlinedWasm(readFileSync(join(DIST, "screener.html"), "utf8"));

/** `n` bytes of noise, the same on every run (xorshift32 from a fixed seed), so a failure can
 *  be reproduced. */
function noise(n, seed) {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** `data` packed exactly as the build packs the widget's wasm. */
function pack(data) {
  const code = "import sys; sys.path.insert(0, 'scripts'); import assemble; sys.stdout.buffer.write(assemble.packed_wasm(sys.stdin.buffer.read()))";
  return execFileSync("python3", ["-c", code], { cwd: ROOT, input: data, maxBuffer: 1 << 24 });
}

/** What liblzma, the reference decoder, makes of a stream in the document's settings. */
function reference(packed) {
  const code = "import sys; sys.path.insert(0, 'scripts'); import assemble, lzma; sys.stdout.buffer.write(lzma.decompress(sys.stdin.buffer.read(), format=lzma.FORMAT_RAW, filters=assemble.LZMA_FILTERS))";
  return execFileSync("python3", ["-c", code], { cwd: ROOT, input: packed, maxBuffer: 1 << 24 });
}

test("the document's decoder unpacks the document's stream to what liblzma unpacks it to, a wasm module", () => {
  assert.ok(shipped, "dist/screener.html declares UNPACK, WASM_LZMA and WASM_SIZE");
  assert.ok(shipped.decoder.length < 2500, `the decoder is ${shipped.decoder.length} bytes`);
  assert.deepEqual(shipped.wasm, reference(shipped.packed));
  assert.ok(WebAssembly.validate(shipped.wasm), "the unpacked bytes are a valid wasm module");
});

test("the decoder gives back exactly what was packed, for text, noise, long repeats and a mix", () => {
  const text = Buffer.from(readFileSync(join(ROOT, "src/i18n/es/domain.rs"), "utf8"));
  // Runs of many lengths from many distances, single repeated bytes and noise in between, for
  // the kinds of packet the format has beyond what the shipped module (the first test) uses.
  const parts = [];
  for (let i = 0; i < 400; i++) {
    parts.push(text.subarray((i * 7919) % (text.length - 600), ((i * 7919) % (text.length - 600)) + 2 + (i % 300)));
    if (i % 5 === 0) parts.push(noise(i % 37, i + 1));
    if (i % 11 === 0) parts.push(Buffer.alloc(i % 90, i));
  }
  const cases = {
    empty: Buffer.alloc(0),
    "one byte": Buffer.from([7]),
    "a catalogue": text,
    "noise (100 KB)": noise(100_000, 2026),
    "zeros (200 KB)": Buffer.alloc(200_000),
    "a mix": Buffer.concat(parts),
  };
  for (const [name, data] of Object.entries(cases)) {
    const packed = pack(data);
    assert.deepEqual(unpackWith(shipped.decoder, packed, data.length), data, name);
  }
});

test("a broken stream stops the decoder with a trap instead of giving bytes", () => {
  const { decoder, packed, wasm } = shipped;
  const traps = (stream, size, what) =>
    assert.throws(() => unpackWith(decoder, stream, size), (e) => e instanceof WebAssembly.RuntimeError && /unreachable/.test(e.message), what);
  traps(packed.subarray(0, packed.length >> 1), wasm.length, "a stream cut in half");
  traps(packed.subarray(0, packed.length - 64), wasm.length, "a stream missing its last 64 bytes");
  traps(packed, wasm.length + 1, "one byte more asked than was packed: the end marker comes too early");
  traps(packed, wasm.length - 1, "one byte fewer asked than was packed: no end marker where it should be");
  traps(Buffer.concat([Buffer.from([1]), packed.subarray(1)]), wasm.length, "a first byte other than 0");
  traps(Buffer.alloc(3), 10, "a stream shorter than its 5-byte header");
});
