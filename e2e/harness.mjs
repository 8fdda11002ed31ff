// Shared pieces of the end-to-end suite: a static server for dist/ on 127.0.0.1, Debian's
// Chromium driven by playwright-core, and a request log. Nothing here downloads a browser.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "e2e", "artifacts");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".txt": "text/plain", ".json": "application/json" };

/** Serves dist/ (and e2e/fixtures/ under /fixtures/) on a free loopback port. */
export async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = path.startsWith("/fixtures/") ? join(ROOT, "e2e", path) : join(DIST, path === "/" ? "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
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

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
