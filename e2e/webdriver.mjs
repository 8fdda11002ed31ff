// A small W3C WebDriver client for the smoke runs in Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver): plain `fetch` to a driver on 127.0.0.1, no Selenium. The Chromium suite
// uses playwright-core and the DevTools protocol; these two engines are driven the way a
// standards-only client would, so what passes here relies on nothing Chromium-specific.
//
// Each browser is sent through the recording proxy of proxy.mjs for every scheme, loopback
// included, and its own background traffic (telemetry, updates, safe browsing, captive-portal
// checks, remote settings …) is switched off, so that "zero requests" counts the widget alone.
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const SESSION_TIMEOUT = 20_000;

/** The geckodriver that scripts/setup.sh installs with cargo: on PATH, or in cargo's bin. */
function geckodriverPath() {
  try {
    return execFileSync("sh", ["-c", "command -v geckodriver"], { encoding: "utf8" }).trim();
  } catch {
    const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin", "geckodriver");
    if (existsSync(cargoBin)) return cargoBin;
    throw new Error("geckodriver is not installed: run ./scripts/setup.sh");
  }
}

/**
 * Firefox preferences. The proxy ones send every request, loopback included, to the recording
 * proxy; the rest switch off the browser's own traffic so the request count means something.
 * geckodriver adds its own recommended set (no first-run pages, no update checks); these make
 * the rest explicit rather than relying on its defaults.
 */
function firefoxPrefs(proxyPort) {
  return {
    // Everything through the proxy: nothing bypasses it, not even 127.0.0.1.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": proxyPort,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": proxyPort,
    "network.proxy.no_proxies_on": "",
    "network.proxy.allow_hijacking_localhost": true,
    "network.proxy.socks_remote_dns": true,
    "network.trr.mode": 5,
    // Guesses and warm-ups the browser makes on its own.
    "network.dns.disablePrefetch": true,
    "network.prefetch-next": false,
    "network.predictor.enabled": false,
    "network.http.speculative-parallel-limit": 0,
    "browser.urlbar.speculativeConnect.enabled": false,
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
    // Telemetry, studies, experiments.
    "toolkit.telemetry.enabled": false,
    "toolkit.telemetry.unified": false,
    "toolkit.telemetry.archive.enabled": false,
    "toolkit.telemetry.server": "",
    "datareporting.healthreport.uploadEnabled": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "datareporting.usage.uploadEnabled": false,
    "app.normandy.enabled": false,
    "app.shield.optoutstudies.enabled": false,
    "messaging-system.rsexperimentloader.enabled": false,
    "nimbus.rollouts.enabled": false,
    "browser.ping-centre.telemetry": false,
    "browser.newtabpage.activity-stream.telemetry": false,
    "browser.newtabpage.activity-stream.feeds.telemetry": false,
    "browser.discovery.enabled": false,
    // Updates of the browser, add-ons, plug-ins, search engines and security lists.
    "app.update.disabledForTesting": true,
    "app.update.auto": false,
    "extensions.update.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    "extensions.systemAddon.update.enabled": false,
    "extensions.blocklist.enabled": false,
    "media.gmp-manager.url": "",
    "media.gmp-gmpopenh264.enabled": false,
    "browser.search.update": false,
    "browser.region.update.enabled": false,
    "browser.region.network.url": "",
    "geo.provider.network.url": "",
    "security.remote_settings.crlite_filters.enabled": false,
    "security.remote_settings.intermediates.enabled": false,
    "security.OCSP.enabled": 0,
    // Safe browsing downloads its lists and looks up URLs.
    "browser.safebrowsing.malware.enabled": false,
    "browser.safebrowsing.phishing.enabled": false,
    "browser.safebrowsing.downloads.enabled": false,
    "browser.safebrowsing.downloads.remote.enabled": false,
    "browser.safebrowsing.blockedURIs.enabled": false,
    "browser.safebrowsing.update.enabled": false,
    "privacy.trackingprotection.enabled": false,
    // Start-up and new-tab content fetched from Mozilla.
    "browser.startup.page": 0,
    "browser.startup.homepage": "about:blank",
    "browser.newtabpage.enabled": false,
    "browser.newtabpage.activity-stream.feeds.topsites": false,
    "browser.newtabpage.activity-stream.feeds.section.topstories": false,
    "browser.newtabpage.activity-stream.feeds.system.topstories": false,
    "browser.newtabpage.activity-stream.feeds.snippets": false,
    "browser.topsites.contile.enabled": false,
    "dom.push.connection.enabled": false,
    "dom.push.serverURL": "",
  };
}

/**
 * What each engine needs: its driver, how it is started, and the capabilities of a session
 * that is headless and proxied.
 */
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    // geckodriver picks its own free port when given 0 and prints it; its BiDi socket too.
    driver: () => ({ command: geckodriverPath(), args: ["--port", "0", "--websocket-port", "0"], listening: /Listening on ([\d.]+:\d+)/ }),
    needsDisplay: false,
    // Remote Settings (Mozilla's store of block lists and configuration) syncs from
    // firefox.settings.services.mozilla.com at start-up and soon after. geckodriver points its
    // server pref at a dummy that means "skip remote activity", but a release build such as
    // ESR ignores that pref unless this variable is set (services/settings/Utils.sys.mjs).
    // Without it the proxy sees about ten CONNECTs to that host in the first seconds.
    env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
    capabilities: (proxyPort) => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: firefoxPrefs(proxyPort),
      },
    }),
  },
  webkit: {
    name: "WebKitGTK",
    driver: (port) => ({ command: "/usr/bin/WebKitWebDriver", args: [`--port=${port}`, "--host=local"] }),
    // Debian 12's MiniBrowser (webkit2gtk-4.1, GTK 3) has no headless mode: it runs in Xvfb.
    needsDisplay: true,
    // MiniBrowser's own --proxy sets one proxy for every scheme with no bypass list, so
    // loopback goes through it too and https arrives as a CONNECT naming its host. The W3C
    // `proxy` capability is not used: WebKitWebDriver turns its sslProxy into an https:// proxy
    // (TLS to the proxy itself), which hides the target host. With browser arguments given,
    // --automation must be passed explicitly or the session never starts.
    capabilities: (proxyPort) => ({
      "webkitgtk:browserOptions": { args: ["--automation", `--proxy=http://127.0.0.1:${proxyPort}`] },
    }),
  },
};

/** A free TCP port on 127.0.0.1 (for WebKitWebDriver, which cannot pick its own). */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

// Every process started here, so none outlives the test process even when it dies early.
const children = new Set();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

function launch(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

function exited(child) {
  return new Promise((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once("exit", () => ok())));
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited(child);
  clearTimeout(timer);
}

/** Starts Xvfb on the first free display (it reports the number itself: -displayfd). */
export async function startXvfb() {
  const child = launch("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (d) => (errors += d));
  const display = await new Promise((ok, fail) => {
    let out = "";
    child.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok(`:${out.trim()}`);
    });
    child.once("error", (e) => fail(new Error(`Xvfb could not start (${e.message}): run ./scripts/setup.sh`)));
    child.once("exit", (code) => fail(new Error(`Xvfb exited with ${code}: ${errors}`)));
  });
  return { display, close: () => stop(child) };
}

async function startDriver(engine, env) {
  const port = await freePort();
  const { command, args, listening } = engine.driver(port);
  const child = launch(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const base = await new Promise((ok, fail) => {
    let started = false;
    const timer = setTimeout(() => fail(new Error(`${command} did not start:\n${output}`)), 10_000);
    const onData = (d) => {
      output += d;
      const m = listening && output.match(listening);
      if (m && !started) {
        started = true;
        clearTimeout(timer);
        ok(`http://${m[1]}`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (e) => fail(new Error(`${command} could not start (${e.message}): run ./scripts/setup.sh`)));
    child.once("exit", (code) => fail(new Error(`${command} exited with ${code}:\n${output}`)));
    if (!listening) {
      // No start-up line to wait for: poll the status endpoint instead.
      const deadline = Date.now() + 10_000;
      const poll = async () => {
        try {
          const r = await fetch(`http://127.0.0.1:${port}/status`);
          if (r.ok) {
            started = true;
            clearTimeout(timer);
            return ok(`http://127.0.0.1:${port}`);
          }
        } catch {}
        if (child.exitCode === null && Date.now() < deadline) setTimeout(poll, 50);
      };
      poll();
    }
  });
  return { base, output: () => output, stop: () => stop(child) };
}

/** A WebDriver error, with the driver's message. */
export class WebDriverError extends Error {
  constructor(status, value) {
    super(`${value?.error ?? status}: ${value?.message ?? ""}`);
    this.error = value?.error;
  }
}

/**
 * One browser session. Methods map one-to-one onto W3C WebDriver commands, plus `find` and
 * `waitFor`, which look elements up by what a person sees (role and visible label).
 */
export class Session {
  constructor(base, id, capabilities, cleanup, log) {
    this.base = base;
    /** What the driver and the browser printed, for the message of a failed test. */
    this.log = log;
    this.id = id;
    this.capabilities = capabilities;
    this.cleanup = cleanup;
  }

  async cmd(method, path, body) {
    const r = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) throw new WebDriverError(r.status, json.value);
    return json.value;
  }

  navigate(url) { return this.cmd("POST", "/url", { url }); }
  currentUrl() { return this.cmd("GET", "/url"); }
  title() { return this.cmd("GET", "/title"); }
  /** Runs a function body in the current frame; `arguments` are passed as usual. */
  execute(script, ...args) { return this.cmd("POST", "/execute/sync", { script, args }); }
  /** Runs a function body whose last argument is a callback; resolves with what it is given. */
  executeAsync(script, ...args) { return this.cmd("POST", "/execute/async", { script, args }); }
  findCss(selector) { return this.cmd("POST", "/element", { using: "css selector", value: selector }); }
  /**
   * Clicks an element the way a person would. Inside a frame entered with `enterFrame`, the
   * host page is first scrolled so the whole frame is on screen: geckodriver and WebKitWebDriver
   * scroll the element into view inside the opaque-origin frame but not the page around it, so
   * a click on an element outside the window is lost (silently, in Gecko). The loader never
   * makes the frame taller than the window, so aligning its top shows all of it. Then the
   * element is scrolled to the middle of the frame, as a person scrolls to what they tap:
   * since the bar became sticky (issue 16), WebKitWebDriver left a Continue button below the
   * frame's fold and reported it "not interactable" rather than scroll to it. The middle also
   * keeps the element clear of that bar in every driver.
   */
  async click(element) {
    if (this.frame) {
      await this.switchToFrame(null);
      await this.execute(`arguments[0].scrollIntoView({ block: "start" })`, this.frame);
      await this.switchToFrame(this.frame);
      await this.execute(`arguments[0].scrollIntoView({ block: "center" })`, element);
    }
    return this.cmd("POST", `/element/${element[ELEMENT]}/click`, {});
  }
  /** Enters the (first) frame matching a CSS selector in the top document. */
  async enterFrame(selector) {
    await this.switchToFrame(null);
    const frame = await this.findCss(selector);
    await this.switchToFrame(frame);
    this.frame = frame;
  }
  /** Goes back to the top document. */
  async leaveFrame() {
    this.frame = null;
    await this.switchToFrame(null);
  }
  text(element) { return this.cmd("GET", `/element/${element[ELEMENT]}/text`); }
  /** Enters a frame (an element reference) or, with null, goes back to the top document. */
  switchToFrame(element) { return this.cmd("POST", "/frame", { id: element }); }
  switchToParent() { return this.cmd("POST", "/frame/parent", {}); }
  /** A PNG of the viewport of the top-level document, base64. */
  screenshot() { return this.cmd("GET", "/screenshot"); }
  /** W3C "Print Page": a PDF of the top-level document, base64. Not every driver has it. */
  print() { return this.cmd("POST", "/print", { background: true }); }

  /**
   * The element a person would name by role and visible text, in the current frame, or null.
   * For a radio or checkbox the visible <label> is returned (clicking it is what a person does;
   * custom-styled inputs may be hidden), together with whether its control is checked.
   */
  find(role, name) {
    return this.execute(
      `const [role, name] = arguments;
       const norm = (s) => (s || "").replace(/\\s+/g, " ").trim();
       const visible = (el) => el.getClientRects().length > 0;
       if (role === "radio" || role === "checkbox") {
         for (const label of document.querySelectorAll("label"))
           if (norm(label.textContent) === name && label.control && label.control.type === role && visible(label)) return label;
         return null;
       }
       const selector = { button: "button, input[type=button], [role=button]", link: "a[href]", heading: "h1, h2, h3, h4, [role=heading]", text: "body *" }[role];
       for (const el of document.querySelectorAll(selector))
         if (norm(el.textContent || el.value) === name && visible(el)) return el;
       return null;`,
      role,
      name,
    );
  }

  /** Waits until `find` returns an element (the widget renders asynchronously). */
  async waitFor(role, name, timeout = 10_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const el = await this.find(role, name);
      if (el) return el;
      if (Date.now() > end) throw new Error(`no ${role} named "${name}" within ${timeout} ms`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  /** Waits until a script returns a truthy value, and returns it. */
  async until(script, what, timeout = 10_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.execute(script);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  /** Ends the session, then stops the driver (and Xvfb). Safe to call twice. */
  async quit() {
    const cleanup = this.cleanup;
    this.cleanup = null;
    if (!cleanup) return;
    try {
      await this.cmd("DELETE", "");
    } finally {
      await cleanup();
    }
  }
}

/**
 * Starts the engine's driver on a free loopback port and opens a headless session whose every
 * request goes through the proxy on `proxyPort`.
 */
export async function startBrowser(engineName, { proxyPort }) {
  const engine = ENGINES[engineName];
  const xvfb = engine.needsDisplay ? await startXvfb() : null;
  const env = { ...process.env };
  // No proxy settings of our own shell may leak into the browser, and no display into Firefox.
  for (const k of ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"]) delete env[k];
  Object.assign(env, engine.env);
  if (xvfb) env.DISPLAY = xvfb.display;
  else delete env.DISPLAY;
  let driver;
  try {
    driver = await startDriver(engine, env);
    const r = await fetch(`${driver.base}/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Insecure certificates are accepted for the stand-in exit page, which is served over
      // https on 127.0.0.1 with a certificate made for the run (proxy.mjs, serveExitPage).
      body: JSON.stringify({ capabilities: { alwaysMatch: { acceptInsecureCerts: true, ...engine.capabilities(proxyPort) } } }),
      signal: AbortSignal.timeout(SESSION_TIMEOUT),
    });
    const json = await r.json();
    if (!r.ok) throw new WebDriverError(r.status, json.value);
    const { sessionId, capabilities } = json.value;
    return new Session(driver.base, sessionId, capabilities, async () => {
      await driver.stop();
      await xvfb?.close();
    }, driver.output);
  } catch (err) {
    await driver?.stop();
    await xvfb?.close();
    throw err;
  }
}
