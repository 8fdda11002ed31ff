// Start-up of the self-contained document. The wasm bytes are inlined (no request is ever
// made) as a string with one character per byte, so they are instantiated synchronously, and
// the widget's start function runs inside initSync. On success the plain-HTML fallback goes;
// on any failure (WebAssembly blocked by the browser or its policy, a start-up error) it stays,
// and the small script in <head> shows its "could not start" note once parsing is done.
try {
  // WASM_TABLE's character b stands for byte b (scripts/assemble.py, wasm_literals).
  const byteOf = new Uint8Array(256);
  for (let b = 0; b < 256; b++) byteOf[WASM_TABLE.charCodeAt(b)] = b;
  const bytes = new Uint8Array(WASM_BYTES.length);
  for (let i = 0; i < WASM_BYTES.length; i++) bytes[i] = byteOf[WASM_BYTES.charCodeAt(i)];
  initSync({ module: bytes });
  document.getElementById("fallback").remove();
} catch (err) {
  console.error("care-screener: the screener could not start in this browser:", err && err.message);
}
