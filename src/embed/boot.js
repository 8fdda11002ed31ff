// Start-up of the self-contained document. The wasm bytes are inlined (no request is ever
// made) as a string with one character per byte, so they are instantiated synchronously; if
// WebAssembly is blocked or fails, the plain-HTML fallback with the crisis numbers stays and
// says the check could not start.
const fallback = document.getElementById("fallback");
try {
  const bytes = new Uint8Array(WASM_BYTES.length);
  for (let i = 0; i < WASM_BYTES.length; i++) bytes[i] = WASM_BYTES.charCodeAt(i);
  initSync({ module: bytes });
  fallback.remove();
} catch (err) {
  fallback.classList.add("failed");
  console.error("The screener could not start in this browser:", err && err.message);
}
