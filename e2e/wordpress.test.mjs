// The WordPress plugin (wordpress/care-screener/) in a real WordPress: Debian's wordpress, PHP
// and MariaDB, all started here in a temporary folder and stopped after, even on failure. The
// plugin is installed from the release zip, activated on the Plugins page, set up on its
// settings page (each warning there is the widget's own console message, word for word), and
// the shortcode's and the block's pages are loaded in Chromium: the plain sandboxed frame, the
// widget started with the center's settings, an opaque origin, no request but to this site, no
// cookie or storage. The frame's endpoint is fetched for the self-host headers of
// docs/embedding.md. And the PHP port of the settings rules is run over the Rust parser's
// corpus (tests/fixtures/config-corpus.json), so this file's command proves the port too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { request } from "node:http";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, renameSync, rmSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, DIST, launch, recordRequests, screenshot } from "./harness.mjs";
import { interactive, walk } from "./walk.mjs";

const WORDPRESS = "/usr/share/wordpress";
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const CORPUS = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "config-corpus.json"), "utf8"));
const SANDBOX = "allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation";
const ADMIN = { user: "admin", password: "a-test-password-only-for-this-run" };

/** What the Rust parser says of one setting alone: its warnings and its config (the corpus). */
function rust(key, value) {
  const c = CORPUS.cases.find((c) => c.pairs.length === 1 && c.pairs[0][0] === key && c.pairs[0][1] === value);
  assert.ok(c, `the corpus has ${key}=${value}`);
  return c;
}

// The center's settings, as typed on the settings page (in the page's order).
const GOOD = [
  ["center-name", "Center name", "Harbor Recovery Center"],
  ["phone", "Phone number", "(555) 010-0199"],
  ["contact-url", "Contact page", "https://www.harbor-recovery.example/contact"],
  ["offers", "Levels of care you offer", "outpatient,iop,php"],
  ["program-1", "Program 1", "level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es"],
  ["brand-color", "Brand colour", "#1d5c8c"],
];
const BAD_PHONE = "12";
const LOW_CONTRAST = "#ffcc00";
const BAD_PROGRAMME = "level=iop; days=mon,wed; time=5:30pm-9pm";
const MARKUP = '<img src=x onerror="alert(1)">Harbor';
// A next step on two lines: the frame must get the line break (as a space to the widget), not
// lose it and run the two sentences together (esc_url drops %0A and %0D).
const TWO_LINES = "Call us on weekdays.\nAsk for the intake team.";

let tmp, wp, origin, mariadb, php, browser, admin;
const children = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Starts a long-running process in its own process group, logging to a file. */
function start(name, command, args, options = {}) {
  const log = join(tmp, `${name}.log`);
  writeFileSync(log, "");
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d) => writeFileSync(log, d, { flag: "a" }));
  child.stderr.on("data", (d) => writeFileSync(log, d, { flag: "a" }));
  child.exited = new Promise((ok) => child.once("exit", ok));
  children.push(child);
  return child;
}

/** Stops a process started here, and its children (php -S forks workers), by its group id. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, "SIGTERM"); } catch {}
  const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 10_000);
  await child.exited;
  clearTimeout(timer);
}

async function until(what, check, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    try { if (await check()) return; } catch {}
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Runs a PHP script against this WordPress and returns what it prints as JSON. */
function wpCli(script, { prelude = "" } = {}) {
  const file = join(tmp, "cli.php");
  writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1';\n${prelude}\nrequire ${JSON.stringify(join(wp, "wp-load.php"))};\n${script}\n`);
  const out = execFileSync("php", [file], { encoding: "utf8" });
  try {
    return JSON.parse(out.trim().split("\n").pop());
  } catch {
    throw new Error(`the PHP script printed no JSON:\n${out}`);
  }
}

/** A GET with every response header as sent (node's fetch would join the two CSP headers). */
function get(url) {
  return new Promise((ok, fail) => {
    request(url, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const headers = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
        ok({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      });
    }).on("error", fail).end();
  });
}

/** The release zip, as scripts/release.sh packs it from the dist/ that is there (no build). */
function releaseZip() {
  execFileSync(join(ROOT, "scripts", "release.sh"), { cwd: ROOT, env: { ...process.env, RELEASE_SKIP_BUILD: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  const zip = join(ROOT, "target", "dist-release", `care-screener-wordpress-${VERSION}.zip`);
  assert.ok(existsSync(zip), `scripts/release.sh wrote ${zip}`);
  return zip;
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "care-screener-wp-"));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;

  // MariaDB, in a data folder of its own, on a unix socket only.
  const data = join(tmp, "db");
  const socket = join(tmp, "mysql.sock");
  const root = process.getuid?.() === 0 ? ["--user=root"] : [];
  // Small buffers and logs: a test site, not a server.
  const small = ["--innodb-buffer-pool-size=32M", "--innodb-log-file-size=8M"];
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, ...root, ...small, "--auth-root-authentication-method=socket", "--skip-test-db"], { stdio: "ignore" });
  mariadb = start("mariadb", "/usr/sbin/mariadbd", [
    "--no-defaults", `--datadir=${data}`, `--socket=${socket}`, "--skip-networking", ...root, ...small, `--pid-file=${join(tmp, "mariadb.pid")}`,
  ]);
  await until("MariaDB's socket", () => existsSync(socket));
  await until("MariaDB", () => {
    execFileSync("mariadb", ["--no-defaults", "-S", socket, "-u", "root", "-e",
      "CREATE DATABASE IF NOT EXISTS wp; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"], { stdio: "ignore" });
    return true;
  });

  // WordPress: a copy of Debian's tree (links resolved) with its own wp-config.php; Debian's
  // config (which reads /etc/wordpress) is left out. wp-content is fresh: the default theme only.
  wp = join(tmp, "wordpress");
  mkdirSync(wp);
  for (const entry of readdirSync(WORDPRESS)) {
    if (entry === "wp-config.php" || entry === "wp-content") continue;
    cpSync(join(WORDPRESS, entry), join(wp, entry), { recursive: true, dereference: true });
  }
  for (const d of ["plugins", "themes", "mu-plugins", "uploads"]) mkdirSync(join(wp, "wp-content", d), { recursive: true });
  cpSync(join(WORDPRESS, "wp-content", "themes", "twentytwentythree"), join(wp, "wp-content", "themes", "twentytwentythree"), { recursive: true, dereference: true });
  const define = (k, v) => `define( ${JSON.stringify(k)}, ${typeof v === "string" ? JSON.stringify(v) : v} );`;
  writeFileSync(join(wp, "wp-config.php"), [
    "<?php",
    define("DB_NAME", "wp"), define("DB_USER", "wp"), define("DB_PASSWORD", "wp"), define("DB_HOST", `localhost:${socket}`),
    define("DB_CHARSET", "utf8mb4"), define("DB_COLLATE", ""),
    define("WP_HOME", origin), define("WP_SITEURL", origin),
    ...["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
      .map((k, i) => define(k, `test-only-${k}-${i}-${port}`)),
    // Notices go to a log this test reads; the site itself makes no request out (no update
    // checks) and runs no cron.
    define("WP_DEBUG", true), define("WP_DEBUG_LOG", join(tmp, "debug.log")), define("WP_DEBUG_DISPLAY", false),
    define("WP_HTTP_BLOCK_EXTERNAL", true), define("AUTOMATIC_UPDATER_DISABLED", true), define("DISABLE_WP_CRON", true),
    define("WP_ENVIRONMENT_TYPE", "local"),
    "$table_prefix = 'wp_';",
    "if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
    "require_once ABSPATH . 'wp-settings.php';",
    "",
  ].join("\n"));
  // The test site's own settings, not the plugin's: no mail (there is no sendmail here), and no
  // emoji script (WordPress's, which may fetch images from s.w.org; the request check below is
  // about the plugin and the widget, not about WordPress).
  writeFileSync(join(wp, "wp-content", "mu-plugins", "test-site.php"), `<?php
add_filter( 'pre_wp_mail', '__return_false' );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
`);
  wpCli(`
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install( 'Harbor Test Site', ${JSON.stringify(ADMIN.user)}, 'admin@example.org', true, '', ${JSON.stringify(ADMIN.password)} );
update_option( 'permalink_structure', '' );
echo json_encode( $r['user_id'] ), "\\n";`, { prelude: "define( 'WP_INSTALLING', true );" });

  // PHP's built-in server, a few workers so the page and its frame load side by side.
  php = start("php", "php", ["-S", `127.0.0.1:${port}`, "-t", wp], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" } });
  await until("PHP's server", async () => (await get(`${origin}/wp-login.php`)).status === 200);
  browser = await launch();
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await admin?.close().catch(() => {});
  await browser?.close().catch(() => {});
  for (const child of children.reverse()) await stop(child);
  if (tmp && !process.env.KEEP_WORDPRESS) rmSync(tmp, { recursive: true, force: true });
});

test("the PHP port of the settings rules agrees with the Rust parser on the whole corpus", () => {
  const out = execFileSync("php", [join(ROOT, "wordpress", "tests", "conformance.php"), join(ROOT, "tests", "fixtures", "config-corpus.json")], { encoding: "utf8" });
  assert.match(out, /^ok: the PHP port agrees with the Rust parser on all \d+ cases/m, out);
});

test("the release zip installs the plugin, which is activated on the Plugins page", async () => {
  const zip = releaseZip();
  const listing = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).split("\n").filter(Boolean);
  assert.ok(listing.every((p) => p.startsWith("care-screener/")), `one top folder, care-screener/: ${listing.join(" ")}`);
  for (const f of ["care-screener.php", "readme.txt", "includes/rules.php", "block/block.json", "block/editor.js", "assets/screener.txt", "assets/csp.txt", "LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.ok(listing.includes(`care-screener/${f}`), `the zip has care-screener/${f}`);
  }
  assert.ok(!listing.some((p) => p.includes("tests/")), "the conformance test is not shipped");
  // The document is never a page a server would send as it is, without the plugin's headers.
  assert.ok(!listing.some((p) => /\.html$/.test(p)), `no .html file: ${listing.join(" ")}`);
  execFileSync("unzip", ["-q", zip, "-d", join(wp, "wp-content", "plugins")]);
  for (const [f, from] of [["screener.txt", "screener.html"], ["csp.txt", "csp.txt"]]) {
    assert.ok(readFileSync(join(wp, "wp-content", "plugins", "care-screener", "assets", f)).equals(readFileSync(join(DIST, from))), `assets/${f} is dist/${from}`);
  }

  const page = await admin.newPage();
  await page.goto(`${origin}/wp-login.php`);
  await page.locator("#user_login").fill(ADMIN.user);
  await page.locator("#user_pass").fill(ADMIN.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.locator("#wp-submit").click()]);
  await page.goto(`${origin}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="care-screener/care-screener.php"]');
  await row.waitFor();
  assert.match(await row.innerText(), /Care Screener/);
  await Promise.all([page.waitForURL(/plugins\.php\?activate=true/), page.getByRole("link", { name: "Activate Care Screener" }).click()]);
  assert.match(await page.locator("#message, .notice-success").first().innerText(), /Plugin activated/);
  assert.equal(await page.getByRole("link", { name: "Deactivate Care Screener" }).count(), 1);
  assert.equal(await page.locator(".notice-error").count(), 0, "no notice of missing files: the zip has them");
  await page.close();
});

/** The settings page's fields, errors and notices, read in one go. */
async function readSettings(page) {
  return page.evaluate(() => {
    const out = {};
    for (const input of document.querySelectorAll("[id^=care-screener-]:is(input, select, textarea)")) {
      const key = input.id.slice("care-screener-".length);
      const error = document.getElementById(`${input.id}-error`);
      out[key] = {
        value: input.value,
        label: document.querySelector(`label[for="${input.id}"]`)?.innerText.trim() ?? null,
        describedby: (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean),
        described: (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean).every((id) => document.getElementById(id)),
        invalid: input.getAttribute("aria-invalid"),
        errors: error ? [...error.querySelectorAll("p")].map((p) => p.textContent) : [],
      };
    }
    return out;
  });
}

async function save(page) {
  await Promise.all([page.waitForURL(/settings-updated=true/), page.getByRole("button", { name: "Save Changes" }).click()]);
  assert.match(await page.locator("#setting-error-settings_updated").innerText(), /Settings saved/);
}

test("Settings → Care Screener keeps what the center typed and shows each setting's warning in the widget's words", async () => {
  const page = await admin.newPage();
  await page.goto(`${origin}/wp-admin/options-general.php`);
  await Promise.all([page.waitForURL(/page=care-screener/), page.locator("#menu-settings").getByRole("link", { name: "Care Screener" }).click()]);
  assert.equal(await page.locator("h1").innerText(), "Care Screener");
  let fields = await readSettings(page);
  const keys = ["center-name", "phone", "contact-url", "offers", "next-step", "next-step-es", "payment", "intake-lang",
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `program-${n}`), "brand-color", "lang", "exit-url", "theme", "font"];
  assert.deepEqual(Object.keys(fields), keys, "a field for each setting of a plain frame, in order");
  for (const [key, f] of Object.entries(fields)) {
    assert.ok(f.label, `${key} has a label`);
    assert.ok(f.describedby.length > 0 && f.described, `${key} is described by its help`);
  }

  for (const [, label, value] of GOOD) await page.getByLabel(label, { exact: true }).fill(value);
  await save(page);
  fields = await readSettings(page);
  for (const [key, , value] of GOOD) {
    assert.equal(fields[key].value, value, `${key} is kept`);
    assert.deepEqual(fields[key].errors, [], `${key} has no warning`);
    assert.equal(fields[key].invalid, null);
  }
  assert.equal(await page.locator(".care-screener-error").count(), 0);
  assert.equal(await page.locator("#care-screener-problems").count(), 0);

  await page.getByLabel("Phone number", { exact: true }).fill(BAD_PHONE);
  await page.getByLabel("Brand colour", { exact: true }).fill(LOW_CONTRAST);
  await page.getByLabel("Program 2", { exact: true }).fill(BAD_PROGRAMME);
  await page.getByLabel("Your next step (English)", { exact: true }).fill(MARKUP);
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await save(page);
  fields = await readSettings(page);
  assert.equal(fields["next-step"].value, MARKUP, "markup is kept as typed, as text");
  assert.deepEqual(fields["next-step"].errors, rust("next-step", MARKUP).warnings);
  assert.match(fields["next-step"].errors[0], /^data-next-step="<img src=x onerror="alert\(1\)">Harbor": markup is not allowed here/);
  assert.equal(await page.locator('img[src="x"]').count(), 0, "and never becomes markup on the settings page");
  assert.deepEqual(dialogs, []);
  const expected = {
    phone: rust("phone", BAD_PHONE).warnings,
    "brand-color": rust("brand-color", LOW_CONTRAST).warnings,
    // The corpus has this programme as program-1; the message names the setting it is in.
    "program-2": rust("program-1", BAD_PROGRAMME).warnings.map((w) => w.replace("data-program-1=", "data-program-2=")),
  };
  for (const [key, value] of [["phone", BAD_PHONE], ["brand-color", LOW_CONTRAST], ["program-2", BAD_PROGRAMME]]) {
    const f = fields[key];
    assert.equal(f.value, value, `${key}: what the center typed is kept`);
    assert.deepEqual(f.errors, expected[key], `${key}: the widget's own message`);
    assert.equal(f.invalid, "true");
    assert.ok(f.describedby.includes(`care-screener-${key}-error`) && f.described, `${key}: the message is tied to the field`);
  }
  assert.deepEqual(fields.phone.errors, ['data-phone="12": not a phone number (use 7 to 15 digits with spaces, ( ) - . and an optional leading +). No phone number is shown.']);
  for (const [key] of GOOD.filter(([k]) => k !== "phone" && k !== "brand-color")) assert.deepEqual(fields[key].errors, [], `${key} still has none`);
  assert.match(await page.locator("#care-screener-problems").innerText(), /^4 settings cannot be used as written/);
  await page.locator("#care-screener-phone").scrollIntoViewIfNeeded();
  await screenshot(page, "wordpress-settings-error");

  // For the pages: the phone put right and the programme taken out, the low-contrast colour
  // left, so the frame's console has one warning to compare with this page's.
  await page.getByLabel("Phone number", { exact: true }).fill(GOOD[1][2]);
  await page.getByLabel("Program 2", { exact: true }).fill("");
  await page.getByLabel("Your next step (English)", { exact: true }).fill(TWO_LINES);
  await save(page);
  fields = await readSettings(page);
  assert.deepEqual(fields.phone.errors, []);
  assert.deepEqual(fields["program-2"], { ...fields["program-2"], value: "", errors: [], invalid: null });
  assert.deepEqual(fields["brand-color"].errors, rust("brand-color", LOW_CONTRAST).warnings);
  await page.close();
});

let pages;
test("the shortcode and the block insert the plain sandboxed frame; the widget starts in it with the center's settings", async () => {
  pages = wpCli(`
wp_set_current_user( 1 );
$short = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Private check', 'post_content' => '[care_screener]' ) );
$block = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Private check (block)', 'post_content' => '<!-- wp:care-screener/screener /-->' ) );
$heights = array();
foreach ( array( '100', '5000', 'tall', '900.4', '1600', '320' ) as $h ) {
	preg_match( '/height:(\\d+)px/', do_shortcode( '[care_screener height="' . $h . '"]' ), $m );
	$heights[ $h ] = (int) $m[1];
}
add_filter( 'option_care_screener_settings', function ( $v ) { $v['lang'] = 'es-MX'; return $v; } );
echo json_encode( array( 'shortcode' => get_permalink( $short ), 'block' => get_permalink( $block ), 'heights' => $heights, 'es' => do_shortcode( '[care_screener]' ) ) ), "\\n";`);
  assert.deepEqual(pages.heights, { 100: 320, 5000: 1600, tall: 720, "900.4": 900, 1600: 1600, 320: 320 }, "the height is clamped to 320–1600");
  assert.match(pages.es, /title="Chequeo privado: encuentre un punto de partida para recibir ayuda"/, "the Spanish title with lang=es");

  const settings = GOOD.map(([key, , value]) => [key, key === "brand-color" ? LOW_CONTRAST : value]);
  // After the offers, in the settings page's order; a form sends a textarea's line break as CRLF.
  settings.splice(4, 0, ["next-step", TWO_LINES.replace("\n", "\r\n")]);
  const fragment = new URLSearchParams(settings).toString();
  const colour = rust("brand-color", LOW_CONTRAST);
  const expectedWarnings = colour.warnings.map((w) => `care-screener: ${w}`);

  for (const [kind, url] of [["shortcode", pages.shortcode], ["block", pages.block]]) {
    // A visitor: a fresh context, a phone's width.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: "en-US" });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const frameConsole = [];
    page.on("console", (m) => { if (m.location().url.includes("care-screener=frame")) frameConsole.push({ type: m.type(), text: m.text() }); });
    await page.goto(url);
    const iframes = page.locator("iframe");
    assert.equal(await iframes.count(), 1, `${kind}: one frame`);
    const attrs = await iframes.evaluate((f) => Object.fromEntries([...f.attributes].map((a) => [a.name, a.value])));
    assert.deepEqual(Object.keys(attrs).sort(), ["referrerpolicy", "sandbox", "src", "style", "title"], `${kind}: ${JSON.stringify(attrs)}`);
    assert.equal(attrs.sandbox, SANDBOX, `${kind}: the sandbox exactly`);
    assert.doesNotMatch(attrs.sandbox, /allow-same-origin/);
    assert.equal(attrs.referrerpolicy, "no-referrer");
    assert.equal(attrs.title, "Private check: find a starting point for care");
    assert.equal(attrs.style, "display:block;width:100%;height:720px;max-height:100vh;border:0");
    const src = new URL(attrs.src);
    assert.equal(src.origin, origin, `${kind}: the plugin's endpoint on this site`);
    assert.equal(src.pathname + src.search, "/?care-screener=frame");
    assert.equal(src.hash, `#${fragment}`, `${kind}: the settings as URLSearchParams writes them`);

    await until(`${kind}: the widget's frame`, () => page.frames().some((f) => f.url().includes("care-screener=frame")));
    const frame = page.frames().find((f) => f.url().includes("care-screener=frame"));
    await interactive(frame);
    assert.equal(await frame.evaluate(() => self.origin), "null", `${kind}: the frame's origin is opaque`);
    assert.equal(await page.evaluate(() => document.querySelector("iframe").contentDocument), null, `${kind}: the page cannot read the frame`);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim()), colour.config.brand_colour.light,
      `${kind}: the brand colour in use is the darker shade the settings page named`);
    assert.deepEqual(frameConsole.filter((m) => m.type === "warning").map((m) => m.text), expectedWarnings, `${kind}: the console says what the settings page said`);
    assert.deepEqual(frameConsole.filter((m) => m.type === "error"), [], `${kind}: no error in the frame`);

    if (kind === "shortcode") {
      await screenshot(page, "wordpress-page-375");
      await walk(frame, { lang: "en", answers: { who_for: "myself" } });
      const text = await frame.locator("main").innerText();
      assert.match(text, /Harbor Recovery Center/, "the center's name on the result");
      assert.match(text, /\(555\) 010-0199/, "its phone number");
      assert.ok(text.includes("Call us on weekdays. Ask for the intake team."), "the two lines of the next step, as the settings page read them");
      const hrefs = await frame.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.ok(hrefs.includes("https://www.harbor-recovery.example/contact"), hrefs.join(" "));
      assert.ok(hrefs.includes("tel:5550100199"), hrefs.join(" "));
    }

    const stored = await frame.evaluate(() => {
      const tryIt = (f) => { try { return f(); } catch (e) { return e.name; } };
      return { local: tryIt(() => localStorage.length), session: tryIt(() => sessionStorage.length), cookie: tryIt(() => document.cookie) };
    });
    assert.deepEqual(stored, { local: "SecurityError", session: "SecurityError", cookie: "SecurityError" }, `${kind}: the frame has no storage at all`);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, `${kind}: nothing stored for the site`);
    assert.deepEqual(await context.cookies(), [], `${kind}: no cookie`);
    const away = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(r.url));
    assert.deepEqual(away, [], `${kind}: every request went to this site`);
    const fromFrame = requests.filter((r) => r.url.includes("care-screener=frame"));
    assert.equal(fromFrame.length, 1, `${kind}: the frame's document, once, and nothing after it: ${JSON.stringify(requests.map((r) => r.url))}`);
    await context.close();
  }
});

test("the frame's endpoint sends the self-host headers; without the widget's files, a notice and a plain 404", async () => {
  const res = await get(`${origin}/?care-screener=frame`);
  assert.equal(res.status, 200);
  const all = (name) => res.headers.filter(([k]) => k === name).map(([, v]) => v);
  const csp = readFileSync(join(DIST, "csp.txt"), "utf8").trim();
  assert.deepEqual(all("content-type"), ["text/html; charset=utf-8"]);
  assert.deepEqual(all("content-security-policy"), [`${csp}; frame-ancestors 'self'`, `sandbox ${SANDBOX}`]);
  assert.deepEqual(all("referrer-policy"), ["no-referrer"]);
  assert.deepEqual(all("x-content-type-options"), ["nosniff"]);
  assert.deepEqual(all("set-cookie"), [], "no cookie");
  assert.ok(res.body.equals(readFileSync(join(DIST, "screener.html"))), "the document is dist/screener.html");
  // Asked for directly, the plugin's copy is only text: never the widget without its headers.
  const direct = await get(`${origin}/wp-content/plugins/care-screener/assets/screener.txt`);
  assert.match(direct.headers.find(([k]) => k === "content-type")?.[1] ?? "", /^text\/plain/);

  const assets = join(wp, "wp-content", "plugins", "care-screener", "assets");
  renameSync(assets, `${assets}.away`);
  try {
    const missing = await get(`${origin}/?care-screener=frame`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.find(([k]) => k === "content-type")[1], /^text\/plain/);
    assert.match(missing.body.toString(), /files are missing/);
    const page = await admin.newPage();
    await page.goto(`${origin}/wp-admin/plugins.php`);
    assert.match(await page.locator(".notice-error").innerText(), /Care Screener: the widget's files .* are missing/);
    await page.goto(`${origin}/wp-admin/options-general.php?page=care-screener`);
    assert.match(await page.locator(".notice-error").innerText(), /are missing from the plugin's assets folder/);
    await page.goto(pages.shortcode);
    assert.equal(await page.locator("iframe").count(), 0, "no frame that could not load");
    await page.close();
  } finally {
    renameSync(`${assets}.away`, assets);
  }
});

test("the block type is registered, server-rendered, with the editor script", async () => {
  const page = await admin.newPage();
  await page.goto(`${origin}/wp-admin/`);
  const type = await page.evaluate(async () => {
    const nonce = await (await fetch("/wp-admin/admin-ajax.php?action=rest-nonce")).text();
    const res = await fetch("/?rest_route=/wp/v2/block-types/care-screener/screener", { headers: { "X-WP-Nonce": nonce } });
    return { status: res.status, body: await res.json() };
  });
  assert.equal(type.status, 200, JSON.stringify(type.body));
  assert.equal(type.body.name, "care-screener/screener");
  assert.equal(type.body.api_version, 2);
  assert.equal(type.body.is_dynamic, true);
  assert.equal(type.body.attributes.height.default, 720);
  assert.ok((type.body.editor_script_handles ?? [type.body.editor_script]).some((h) => /care-screener/.test(h ?? "")), JSON.stringify(type.body));
  await page.close();
});

test("the plugin wrote no PHP error, warning or notice", () => {
  const log = existsSync(join(tmp, "debug.log")) ? readFileSync(join(tmp, "debug.log"), "utf8") : "";
  const ours = log.split("\n").filter((l) => l.includes("plugins/care-screener"));
  assert.deepEqual(ours, []);
});
