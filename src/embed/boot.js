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
  const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate"));
  initSync({ module: await new Response(unpacked).arrayBuffer() });
  fallback.remove();
} catch (err) {
  fallback.classList.add("failed");
  console.error("care-screener: the screener could not start in this browser:", err && err.message);
}
