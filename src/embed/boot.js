// Start-up of the self-contained document. The wasm is inlined (no request is ever made) as
// base64 of its zlib-deflated bytes (scripts/assemble.py, packed_wasm); the browser's own
// DecompressionStream unpacks it, and the widget's start function runs inside initSync. On
// success the plain-HTML fallback goes; on any failure (WebAssembly or DecompressionStream
// blocked or missing, a start-up error) it stays and shows its "could not start" note.
const fallback = document.getElementById("fallback");
// Tells the <head> script, which runs when parsing is done, that the start-up has begun and
// will show the note itself if it fails; a start-up script that never ran leaves this unset.
fallback.classList.add("starting");
try {
  const text = atob(WASM_DEFLATED);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  // Written in one piece and read chunk by chunk: measured in Chromium, 3-5 ms, where piping
  // a Blob's stream into a Response took 15-90 ms (bench/size.md, change 6).
  const inflate = new DecompressionStream("deflate");
  const writer = inflate.writable.getWriter();
  writer.write(packed);
  writer.close();
  const reader = inflate.readable.getReader();
  const chunks = [];
  let size = 0;
  for (let r; !(r = await reader.read()).done; size += r.value.length) chunks.push(r.value);
  const wasm = new Uint8Array(size);
  for (let i = 0, at = 0; i < chunks.length; at += chunks[i++].length) wasm.set(chunks[i], at);
  initSync({ module: wasm });
  fallback.remove();
} catch (err) {
  fallback.classList.add("failed");
  console.error("care-screener: the screener could not start in this browser:", err && err.message);
}
