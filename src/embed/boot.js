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

// Keeps the sticky bar (the exit and the crisis numbers) in the part of the frame that is on
// screen. The frame is as tall as the window, so once the host page scrolls a little the
// frame's top, and a bar stuck to it, would be off screen. An IntersectionObserver tells this
// document how much of it the window clips, and the host page is told nothing. It watches the
// top and the bottom half of this viewport (two fixed, unseen boxes): with one box, cut as
// much at the top as it was at the bottom, the share on screen would not change and nothing
// would be reported. Each reports every 2% of its height, so the bar's top (--top) follows
// within 1% of the frame's height. The host's fixed header (--offset, from data-offset-top)
// is added: the observer sees what the window clips, not what covers the frame.
const cuts = new Map();
const watch = new IntersectionObserver((entries) => {
  for (const seen of entries) cuts.set(seen.target, seen.intersectionRect.height > 0 ? seen.intersectionRect.top : Infinity);
  const clipped = Math.round(Math.min(...cuts.values()));
  if (clipped < Infinity) document.documentElement.style.setProperty("--top", clipped ? `calc(${clipped}px + var(--offset, 0px))` : "0px");
}, { threshold: Array.from({ length: 51 }, (_, i) => i / 50) });
for (const half of ["top", "bottom"]) watch.observe(document.body.appendChild(Object.assign(document.createElement("div"), { className: `viewport ${half}` })));

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
