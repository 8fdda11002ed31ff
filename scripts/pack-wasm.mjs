// Packs the wasm for the document: prints base64 of its zlib stream, written by Zopfli (the
// npm package @gfx/zopfli, pinned with its hash in package-lock.json). Zopfli writes a standard
// stream about 5 % smaller than gzip -9, which the browser's DecompressionStream("deflate")
// unpacks; it is deterministic, so the build stays reproducible.
//
//   node scripts/pack-wasm.mjs < module.wasm > module.base64
import { readFileSync } from "node:fs";
import { zlibAsync } from "@gfx/zopfli";

const wasm = readFileSync(0);
const packed = await zlibAsync(wasm, { numiterations: 15 });
process.stdout.write(Buffer.from(packed).toString("base64"));
