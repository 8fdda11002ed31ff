// The network seen by the Firefox and WebKit smoke runs. Without the Chrome DevTools Protocol
// there is no browser-side request event, so the browser is pointed at a recording HTTP proxy
// on 127.0.0.1 for every scheme (loopback included), and the static server logs what reaches
// it as well. Every request the browser makes therefore shows up in one of two logs, and the
// smoke run asserts that neither grows after the widget is interactive.
//
// The proxy forwards only to the loopback servers of the run; anything else (an https CONNECT,
// a WebSocket upgrade, a plain request to another host) is logged and refused, so a stray
// request is counted and can never reach the network.
import { createServer, request as httpRequest } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { connect } from "node:net";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serve } from "./harness.mjs";

function listen(server) {
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok(server.address().port));
  });
}

function closer(server) {
  return () => new Promise((ok) => {
    server.closeAllConnections?.();
    server.close(() => ok());
  });
}

/**
 * Serves dist/ on a free loopback port and logs every request it receives (method, path).
 * `pages` adds extra documents by path, e.g. the stand-in exit page.
 */
export async function serveLogged({ pages = {} } = {}) {
  const log = [];
  return { ...(await serve({ mounts: { "/": DIST }, pages, log })), log };
}

/**
 * A stand-in for the neutral page the quick exit opens, over https on 127.0.0.1 (the widget
 * accepts only an https: exit address). Its certificate is made for this run by openssl and
 * is self-signed, so the browser session has to accept insecure certificates. Logs requests.
 */
export async function serveExitPage() {
  const dir = mkdtempSync(join(tmpdir(), "exit-cert-"));
  let key, cert;
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
      "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "pipe" });
    key = readFileSync(join(dir, "key.pem"));
    cert = readFileSync(join(dir, "cert.pem"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const log = [];
  const server = createHttpsServer({ key, cert }, (req, res) => {
    log.push({ method: req.method, url: req.url, at: Date.now() });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(EXIT_PAGE);
  });
  const port = await listen(server);
  return { url: `https://127.0.0.1:${port}/exit.html`, port, log, close: closer(server) };
}

/** The stand-in exit page: a neutral title the test checks for, and no favicon request. */
export const EXIT_PAGE_TITLE = "Local weather";
const EXIT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${EXIT_PAGE_TITLE}</title><link rel="icon" href="data:,"></head><body><p>Stand-in for the neutral exit page.</p></body></html>`;

/**
 * A recording forward proxy on a free loopback port. `upstreams` lists the loopback ports it
 * may forward to; every request is logged first, forwarded or not.
 */
export async function startProxy({ upstreams }) {
  const log = [];
  const allowed = new Set(upstreams.map(String));
  const server = createServer((req, res) => {
    log.push({ method: req.method, url: req.url, at: Date.now() });
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end("not a proxy request");
      return;
    }
    const loopback = target.hostname === "127.0.0.1" || target.hostname === "localhost";
    if (target.protocol !== "http:" || !loopback || !allowed.has(target.port)) {
      res.writeHead(502, { "content-type": "text/plain" }).end("refused by the test proxy");
      return;
    }
    const upstream = httpRequest(
      { host: "127.0.0.1", port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end("upstream failed"));
    req.pipe(upstream);
  });
  // https and WebSocket traffic asks for a tunnel: granted to the run's own loopback servers
  // (the stand-in exit page), refused to anything else.
  server.on("connect", (req, socket, head) => {
    log.push({ method: "CONNECT", url: req.url, at: Date.now() });
    const [host, port] = req.url.split(":");
    if (host !== "127.0.0.1" || !allowed.has(port)) {
      socket.end("HTTP/1.1 502 Refused by the test proxy\r\n\r\n");
      return;
    }
    const upstream = connect(Number(port), "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => { upstream.destroy(); socket.destroy(); };
    upstream.on("error", drop);
    socket.on("error", drop);
  });
  server.on("clientError", (err, socket) => {
    log.push({ method: "UNPARSED", url: `${err.code} ${err.rawPacket?.subarray(0, 24).toString("latin1")}`, at: Date.now() });
    socket.destroy();
  });
  server.on("upgrade", (req, socket) => {
    log.push({ method: "UPGRADE", url: req.url, at: Date.now() });
    socket.destroy();
  });
  const port = await listen(server);
  return { port, address: `127.0.0.1:${port}`, log, close: closer(server) };
}
