// Start-up of the self-contained document. The wasm is inlined (no request is ever made) as
// base64 of an LZMA stream, WASM_LZMA, with the small wasm module that unpacks it, UNPACK
// (unpack/, scripts/assemble.py). The widget's start function runs inside initSync. The widget
// removes the plain-HTML fallback itself once its first screen is up (embed/start.rs); on any
// failure before that (WebAssembly blocked or missing, a payload that does not unpack, a
// start-up error, an error in the first render) the fallback stays and shows its "could not
// start" note.
const fallback = document.getElementById("fallback");
// Ten seconds: far beyond a normal start (under 0.2 s here, a few times that on an old phone).
const STALL_MS = 10000;
// Tells the <head> script, which runs when parsing is done, that the start-up has begun and
// will show the note itself if it fails; a start-up script that never ran leaves this unset.
fallback.classList.add("starting");
const failed = () => fallback.isConnected && fallback.classList.add("failed");
// A panic in the first render surfaces as an error event, after initSync has returned.
addEventListener("error", failed);
// A start-up that stalls without any error shows the note too, if nothing at all has been
// drawn by then; a slow start that has drawn is left alone.
setTimeout(() => document.getElementById("app").firstChild || failed(), STALL_MS);

/** The bytes of a base64 text: natively where the browser can (under 1 ms for the 145 KB
 *  payload in Chromium, where the loop below takes 4-14 ms), else by that loop. */
function bytes(base64) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(base64);
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

try {
  // The decoder gets the packed bytes and room for the module after its own 64 KB (its stack);
  // it traps on a stream it cannot follow, which lands in the catch below. About 15 ms in
  // Chromium on the benchmark's machine (bench/size.md, change 12).
  const { exports: lzma } = new WebAssembly.Instance(new WebAssembly.Module(bytes(UNPACK)));
  const packed = bytes(WASM_LZMA);
  const at = lzma.memory.buffer.byteLength;
  lzma.memory.grow(Math.ceil((packed.length + WASM_SIZE) / 65536));
  new Uint8Array(lzma.memory.buffer).set(packed, at);
  lzma.unpack(at, packed.length, at + packed.length, WASM_SIZE);
  initSync({ module: new Uint8Array(lzma.memory.buffer, at + packed.length, WASM_SIZE) });
} catch (err) {
  failed();
  console.error("care-screener: the screener could not start in this browser:", err && err.message);
}
