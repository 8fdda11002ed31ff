// Start-up of the self-contained document. The wasm bytes are inlined (no request is ever
// made), so they are instantiated synchronously; if WebAssembly is blocked or fails, the
// plain-HTML fallback with the crisis numbers stays and says the check could not start.
const fallback = document.getElementById("fallback");
try {
  const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
  initSync({ module: bytes });
  fallback.remove();
} catch (err) {
  fallback.classList.add("failed");
  console.error("The screener could not start in this browser:", err && err.message);
}
