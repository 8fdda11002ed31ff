// Start-up of the self-contained document. The wasm is inlined (no request is ever made) as
// base64 of its zlib stream (scripts/pack-wasm.mjs); the browser's own DecompressionStream
// unpacks it, and the widget's start function runs inside initSync. The widget removes the
// plain-HTML fallback itself once its first screen is up (embed/start.rs); on any failure
// before that (WebAssembly or DecompressionStream blocked or missing, a start-up error, an
// error in the first render) the fallback stays and shows its "could not start" note.
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

/** The zlib stream `packed`, unpacked by the browser: written in one piece and read chunk by
 *  chunk, 3-5 ms in Chromium, where piping a Blob's stream into a Response took 15-90 ms. */
async function unpack(packed) {
  const stream = new DecompressionStream("deflate");
  const writer = stream.writable.getWriter();
  // A broken stream rejects these as well as the reads below; the reads report it.
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks = [];
  let size = 0;
  for (let r; !(r = await reader.read()).done; size += r.value.length) chunks.push(r.value);
  const bytes = new Uint8Array(size);
  for (let i = 0, at = 0; i < chunks.length; at += chunks[i++].length) bytes.set(chunks[i], at);
  return bytes;
}

try {
  const text = atob(WASM_DEFLATED);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  initSync({ module: await unpack(packed) });
} catch (err) {
  failed();
  console.error("care-screener: the screener could not start in this browser:", err && err.message);
}
