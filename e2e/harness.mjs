// Shared pieces of the end-to-end suite: a static server for dist/ on 127.0.0.1, Debian's
// Chromium driven by playwright-core, and a request log. Nothing here downloads a browser.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");

/**
 * The LZMA stream `packed` unpacked to `size` bytes by the decoder module `decoder` (the
 * bytes of unpack/'s wasm), exactly as the document's start-up does it (src/embed/boot.js).
 * Throws (a WebAssembly.RuntimeError) where the decoder traps on a broken stream.
 */
export function unpackWith(decoder, packed, size) {
  const { exports: lzma } = new WebAssembly.Instance(new WebAssembly.Module(decoder));
  const at = lzma.memory.buffer.byteLength;
  lzma.memory.grow(Math.ceil((packed.length + size) / 65536));
  new Uint8Array(lzma.memory.buffer).set(packed, at);
  lzma.unpack(at, packed.length, at + packed.length, size);
  return Buffer.from(new Uint8Array(lzma.memory.buffer, at + packed.length, size));
}

/**
 * The wasm inlined in a built widget document (packed_wasm in scripts/assemble.py): its
 * declaration in the script, the decoder module, the LZMA stream, and the widget's module as
 * the document's own decoder unpacks it. Null when the document holds no such declaration.
 */
export function inlinedWasm(html) {
  const m = html.match(/const UNPACK = "([A-Za-z0-9+/]*={0,2})", WASM_LZMA = "([A-Za-z0-9+/]*={0,2})", WASM_SIZE = (\d+);/);
  if (!m) return null;
  const [decoder, packed] = [m[1], m[2]].map((b) => Buffer.from(b, "base64"));
  return { declaration: m[0], decoder, packed, wasm: unpackWith(decoder, packed, Number(m[3])) };
}
export const ARTIFACTS = join(ROOT, "e2e", "artifacts");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".txt": "text/plain", ".json": "application/json" };

/**
 * A static server on a free loopback port, the one every suite and the benchmark use.
 * mounts: URL prefix → folder, the first prefix that matches wins (by default dist/ at / and
 *         e2e/fixtures/ under /fixtures/); a path ending at a folder serves its index.html.
 * pages:  exact path → an HTML document to serve instead (e.g. a stand-in host or exit page).
 * log:    an array that gets every request (method, path, url, time), when given.
 */
export async function serve({ mounts = { "/fixtures/": join(ROOT, "e2e", "fixtures"), "/": DIST }, pages = {}, log } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    log?.push({ method: req.method, path, url: req.url, at: Date.now() });
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" }).end(pages[path]);
      return;
    }
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    try {
      if (!mount) throw new Error("not found");
      const file = join(mounts[mount], path.slice(mount.length) || "index.html");
      const body = await readFile(file);
      // Uncompressed on the wire (loopback): the benchmark computes the compressed sizes.
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address();
  const close = () => new Promise((ok) => {
    // Idle keep-alive connections of a browser would otherwise hold the close open.
    server.closeAllConnections?.();
    server.close(() => ok());
  });
  return { origin: `http://127.0.0.1:${port}`, port, close };
}

/** The flags the toolchain brief lists: root needs --no-sandbox, and the closed network needs
 *  background networking off or Chromium makes (failing) requests of its own. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Records every request a browser context makes, frames and workers included. */
export function recordRequests(context) {
  const log = [];
  context.on("request", (r) => log.push({ url: r.url(), method: r.method(), type: r.resourceType(), at: Date.now() }));
  return log;
}

/** A picture for e2e/artifacts/: the whole page, or with { window: true } what a visitor
 *  sees (a phone's screen in a host page that scrolls). */
export async function screenshot(page, name, { window = false } = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: !window });
}
