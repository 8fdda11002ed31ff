// The document's own zlib decoder (src/embed/inflate.js), which the start-up uses where the
// browser has no DecompressionStream: byte for byte the same as Node's zlib, on the shipped
// wasm and on every kind of deflate block, and an error rather than wrong bytes on a broken
// stream. (That the start-up really uses it is e2e/privacy-csp's "without DecompressionStream".)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync, constants } from "node:zlib";
import { inflate } from "../src/embed/inflate.js";
import { DIST } from "./harness.mjs";

const shipped = () => Buffer.from(readFileSync(join(DIST, "screener.html"), "utf8").match(/const WASM_DEFLATED = "([^"]*)";/)[1], "base64");

test("the shipped payload (Zopfli's dynamic blocks) unpacks to the same bytes as with zlib", () => {
  const packed = shipped();
  const mine = inflate(packed);
  assert.ok(mine.length > 100_000, "a whole wasm module");
  assert.ok(Buffer.from(mine).equals(inflateSync(packed)));
});

test("stored, fixed-Huffman, Huffman-only, run-length and empty streams unpack the same as with zlib", () => {
  const wasm = inflateSync(shipped());
  const text = Buffer.from("Is anyone in danger right now? ".repeat(500));
  for (const [name, input, options] of [
    ["stored", wasm, { level: 0 }],
    ["fastest", wasm, { level: 1 }],
    ["fixed Huffman codes", text, { strategy: constants.Z_FIXED }],
    ["Huffman codes only", wasm, { strategy: constants.Z_HUFFMAN_ONLY }],
    ["run-length", wasm, { strategy: constants.Z_RLE }],
    ["empty", Buffer.alloc(0), {}],
  ]) {
    assert.ok(Buffer.from(inflate(deflateSync(input, options))).equals(input), name);
  }
});

test("a cut or damaged stream is an error, never wrong bytes", () => {
  const packed = shipped();
  assert.throws(() => inflate(packed.subarray(0, 5000)), /ends early/);
  const damaged = Buffer.from(packed);
  damaged[2] = 0xff; // the first block's header: type 3 does not exist
  assert.throws(() => inflate(damaged), /inflate:/);
});
