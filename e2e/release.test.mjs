// The release package (scripts/release.sh on the built dist/): what is in each archive, that the
// files are dist/'s own, that every checksum and the integrity value hold, that npm would pack
// exactly the package, that a second run gives the same bytes, and that the unpacked package,
// served as it is, runs the widget from a snippet with integrity (and nothing with a wrong one).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, inflateRawSync } from "node:zlib";
import { ROOT, DIST, serve, launch } from "./harness.mjs";
import { UI, widgetFrame, interactive } from "./walk.mjs";

const OUT = join(ROOT, "target", "dist-release");
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
const TOP = `care-screener-${VERSION}`;
const ARCHIVES = [`${TOP}.tar.gz`, `${TOP}.zip`, `care-screener-wordpress-${VERSION}.zip`];
const SERVED = ["screener.html", "embed.js", "configure.html", "csp.txt"];
const PACKAGE = ["HOSTING.md", "LICENSE-APACHE", "LICENSE-MIT", "SHA256SUMS", "configure.html", "csp.txt", "embed.js", "embed.js.sri", "package.json", "screener.html"];
const PLUGIN = join(ROOT, "wordpress", "care-screener");

const sha = (algorithm, data, encoding = "hex") => createHash(algorithm).update(data).digest(encoding);
const sriOf = (data) => `sha384-${sha("sha384", data, "base64")}`;
/** The release time every entry carries: SOURCE_DATE_EPOCH, else the last commit's. */
const releaseTime = () => Number(process.env.SOURCE_DATE_EPOCH || spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: ROOT, encoding: "utf8" }).stdout.trim());

function release(root = ROOT, env = {}) {
  return spawnSync(join(root, "scripts", "release.sh"), { cwd: root, encoding: "utf8", env: { ...process.env, RELEASE_SKIP_BUILD: "1", ...env } });
}

/** A ustar archive's entries, in order: path → { data (null for a folder), mode, uid, gid, uname, gname, mtime }. */
function untar(gz) {
  const tar = gunzipSync(gz), entries = new Map();
  const text = (at, length) => tar.subarray(at, at + length).toString("utf8").replace(/\0.*$/s, "");
  const octal = (at, length) => parseInt(text(at, length).trim() || "0", 8);
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const name = [text(at + 345, 155), text(at, 100)].filter(Boolean).join("/");
    const size = octal(at + 124, 12), type = text(at + 156, 1);
    assert.equal(text(at + 257, 6), "ustar", `${name}: a ustar header`);
    const data = type === "5" ? null : Buffer.from(tar.subarray(at + 512, at + 512 + size));
    entries.set(type === "5" && !name.endsWith("/") ? `${name}/` : name, { data, mode: octal(at + 100, 8), uid: octal(at + 108, 8), gid: octal(at + 116, 8), uname: text(at + 265, 32), gname: text(at + 297, 32), mtime: octal(at + 136, 12) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** A zip's entries from its central directory, in order: path → { data (null for a folder), mode, time (seconds since the epoch, read as UTC) }. */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, "a zip's end record");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = zip.readUInt16LE(at + 10), dosTime = zip.readUInt16LE(at + 12), dosDate = zip.readUInt16LE(at + 14);
    const compressed = zip.readUInt32LE(at + 20), nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30), comment = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16, local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const data = name.endsWith("/") ? null : Buffer.from(method === 8 ? inflateRawSync(raw) : raw);
    const time = Date.UTC((dosDate >> 9) + 1980, ((dosDate >> 5) & 15) - 1, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2) / 1000;
    entries.set(name, { data, mode, time, zip64: extra !== 0 });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Every line of a SHA256SUMS verifies against `files` (name → bytes), and it names them all. */
function verifySums(sums, files, label) {
  const lines = sums.toString("utf8").trimEnd().split("\n");
  const named = lines.map((line) => {
    const [, digest, name] = line.match(/^([0-9a-f]{64}) {2}(\S+)$/) ?? assert.fail(`${label}: not sha256sum's format: ${line}`);
    assert.ok(files[name], `${label}: ${name} is there`);
    assert.equal(digest, sha("sha256", files[name]), `${label}: ${name}`);
    return name;
  });
  assert.deepEqual(named, Object.keys(files).sort(), `${label} lists every file, sorted`);
}

/** The files of a folder tree, path → bytes, hidden files left out. */
function filesOf(folder, prefix = "") {
  const files = {};
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) Object.assign(files, filesOf(path, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(path);
  }
  return files;
}

let run, archives, tar, zip, unpacked, work;
before(() => {
  run = release();
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  archives = Object.fromEntries([...ARCHIVES, "SHA256SUMS"].map((name) => [name, readFileSync(join(OUT, name))]));
  tar = untar(archives[ARCHIVES[0]]);
  zip = unzip(archives[ARCHIVES[1]]);
  work = mkdtempSync(join(tmpdir(), "care-screener-release-"));
  unpacked = join(work, TOP);
  for (const [path, { data }] of tar) {
    if (data === null) mkdirSync(join(work, path), { recursive: true });
    else writeFileSync(join(work, path), data);
  }
});
after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

test("the tar.gz and the zip hold the same folder: the served files as built, the docs, the licences", () => {
  const expected = [`${TOP}/`, ...PACKAGE.map((name) => `${TOP}/${name}`)];
  assert.deepEqual([...tar.keys()], expected, "the tar's entries, sorted, in one top folder");
  assert.deepEqual([...zip.keys()], expected, "the zip's entries, sorted, in one top folder");
  for (const path of expected) assert.deepEqual(zip.get(path).data, tar.get(path).data, `${path}: the same bytes in both`);
  for (const name of SERVED) assert.deepEqual(tar.get(`${TOP}/${name}`).data, readFileSync(join(DIST, name)), `${name} is dist/'s`);
  for (const name of ["LICENSE-MIT", "LICENSE-APACHE"]) assert.deepEqual(tar.get(`${TOP}/${name}`).data, readFileSync(join(ROOT, name)), name);

  // Fixed metadata: one time for every entry, owner 0:0, 0644 files and 0755 folders; a gzip
  // header without a time or a name.
  const time = releaseTime();
  for (const [path, entry] of tar) {
    assert.deepEqual([entry.mtime, entry.uid, entry.gid, entry.uname, entry.gname], [time, 0, 0, "", ""], `tar ${path}`);
    assert.equal(entry.mode, entry.data === null ? 0o755 : 0o644, `tar ${path}`);
  }
  const zipTime = Math.max(time, 315532800); // a zip cannot go before 1980
  for (const [path, entry] of zip) {
    assert.equal(entry.time, zipTime - (zipTime % 2), `zip ${path}: the release time (to the zip's 2 s)`);
    assert.equal(entry.mode, entry.data === null ? 0o40755 : 0o100644, `zip ${path}`);
  }
  const gz = archives[ARCHIVES[0]];
  assert.deepEqual([gz[0], gz[1], gz[3] & 0x08, gz.readUInt32LE(4)], [0x1f, 0x8b, 0, 0], "gzip: no file name, no time");
});

test("every checksum verifies, and the integrity value is embed.js's sha384, in HOSTING.md too", () => {
  const files = Object.fromEntries(PACKAGE.filter((name) => name !== "SHA256SUMS").map((name) => [name, tar.get(`${TOP}/${name}`).data]));
  verifySums(tar.get(`${TOP}/SHA256SUMS`).data, files, "the package's SHA256SUMS");
  verifySums(archives.SHA256SUMS, Object.fromEntries(ARCHIVES.map((name) => [name, archives[name]])), "the release's SHA256SUMS");

  const sri = sriOf(readFileSync(join(DIST, "embed.js")));
  assert.equal(files["embed.js.sri"].toString(), `${sri}\n`);
  assert.match(run.stdout, new RegExp(sri.replace(/[+/]/g, "\\$&")), "the script prints it");
  for (const name of ARCHIVES) assert.match(run.stdout, new RegExp(`${sha("sha256", archives[name])}  ${name.replace(/\./g, "\\.")}`), `it prints ${name} and its hash`);

  const hosting = files["HOSTING.md"].toString();
  assert.ok(hosting.includes(`integrity="${sri}" crossorigin="anonymous"`), "the snippet in HOSTING.md carries the integrity value");
  assert.ok(hosting.includes(`care-screener ${VERSION}`) && hosting.includes(`care-screener-${VERSION}/embed.js`), "and the version");
  const csp = readFileSync(join(DIST, "csp.txt"), "utf8").trim();
  assert.ok(hosting.includes(`Content-Security-Policy: ${csp}; frame-ancestors https://`), "the header is csp.txt's text and frame-ancestors");
  for (const header of ["Content-Security-Policy: sandbox allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation", "Referrer-Policy: no-referrer", "X-Content-Type-Options: nosniff", "sha256sum -c SHA256SUMS", "configure.html", `care-screener-wordpress-${VERSION}.zip`]) {
    assert.ok(hosting.includes(header), header);
  }
  assert.doesNotMatch(hosting, /@[A-Z_]+@/, "no placeholder left");
});

test("package.json describes an npm package of exactly these files, and npm packs exactly them", () => {
  const manifest = JSON.parse(tar.get(`${TOP}/package.json`).data);
  assert.equal(manifest.name, "care-screener");
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.ok(manifest.description && manifest.keywords.length > 0);
  assert.deepEqual(manifest.files, PACKAGE);
  for (const key of ["scripts", "dependencies", "devDependencies", "private"]) assert.equal(manifest[key], undefined, `no ${key}`);

  const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: unpacked, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  assert.equal(pack.status, 0, pack.stderr);
  const [listing] = JSON.parse(pack.stdout);
  assert.equal(listing.id, `care-screener@${VERSION}`);
  assert.deepEqual(listing.files.map((f) => f.path).sort(), PACKAGE);
});

test("the WordPress zip is the plugin folder with fresh assets from dist/ and the licences", () => {
  const plugin = unzip(archives[ARCHIVES[2]]);
  const source = Object.fromEntries(Object.entries(filesOf(PLUGIN)).filter(([path]) => !path.startsWith("assets/")));
  assert.ok(Object.keys(source).length > 0, "the plugin folder has files");
  const expected = { ...source, "LICENSE-MIT": readFileSync(join(ROOT, "LICENSE-MIT")), "LICENSE-APACHE": readFileSync(join(ROOT, "LICENSE-APACHE")) };
  // The document as screener.txt (the plugin serves it with its headers; a server would send a
  // .html as a page without them), and its policy. The plugin inserts the plain frame: no embed.js.
  for (const [name, from] of [["screener.txt", "screener.html"], ["csp.txt", "csp.txt"]]) expected[`assets/${name}`] = readFileSync(join(DIST, from));
  const files = [...plugin].filter(([, e]) => e.data !== null);
  for (const [path] of plugin) assert.ok(path.startsWith("care-screener/"), `${path} is in the one top folder care-screener/`);
  assert.deepEqual(files.map(([path]) => path), Object.keys(expected).map((p) => `care-screener/${p}`).sort(), "the plugin's files, sorted");
  for (const [path, { data }] of files) assert.deepEqual(data, expected[path.slice("care-screener/".length)], path);
  // Each folder is listed before what is in it.
  const paths = [...plugin.keys()];
  for (const [i, path] of paths.entries()) {
    const folder = path.replace(/[^/]+\/?$/, "");
    if (folder) assert.ok(paths.indexOf(folder) >= 0 && paths.indexOf(folder) < i, `${folder} before ${path}`);
  }
});

test("a second run gives byte-identical archives", () => {
  const again = release();
  assert.equal(again.status, 0, again.stderr);
  for (const name of [...ARCHIVES, "SHA256SUMS"]) assert.ok(readFileSync(join(OUT, name)).equals(archives[name]), `${name}: the same bytes`);
  assert.deepEqual(readdirSync(OUT).sort(), [...ARCHIVES, "SHA256SUMS"].sort(), "nothing else in target/dist-release/");
});

test("a missing dist/ file or plugin folder stops the release with a message naming it", () => {
  const root = join(work, "root");
  mkdirSync(join(root, "scripts"), { recursive: true });
  for (const name of ["release.sh", "release.py", "HOSTING.md.in"]) cpSync(join(ROOT, "scripts", name), join(root, "scripts", name));
  for (const name of ["Cargo.toml", "LICENSE-MIT", "LICENSE-APACHE"]) cpSync(join(ROOT, name), join(root, name));
  cpSync(DIST, join(root, "dist"), { recursive: true });
  const configurator = readFileSync(join(root, "dist", "configure.html"));
  rmSync(join(root, "dist", "configure.html"));
  const noConfigurator = release(root, { SOURCE_DATE_EPOCH: "1800000000" });
  assert.notEqual(noConfigurator.status, 0);
  assert.match(noConfigurator.stderr, /missing in dist\/: configure\.html/);
  writeFileSync(join(root, "dist", "configure.html"), configurator);
  const noPlugin = release(root, { SOURCE_DATE_EPOCH: "1800000000" });
  assert.notEqual(noPlugin.status, 0);
  assert.match(noPlugin.stderr, /wordpress\/care-screener\/ is missing/);
  assert.equal(existsSync(join(root, "target", "dist-release")), false, "no archive written");
});

test("the unpacked package, served as it is, runs the widget from a snippet with integrity; a wrong value or a missing CORS header loads no frame", async () => {
  const log = [];
  const pages = {};
  const server = await serve({ mounts: { "/pkg/": unpacked }, pages, log });
  const other = await serve({ mounts: {}, pages }); // another origin: the port differs
  const browser = await launch();
  try {
    const sri = readFileSync(join(unpacked, "embed.js.sri"), "utf8").trim();
    const host = (src, integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A center</title></head><body>
<h1>Harbor Recovery Center</h1>
<script src="${src}" integrity="${integrity}" crossorigin="anonymous" data-center-name="Harbor Recovery Center"
  onload="window.__script = 'ran'" onerror="window.__script = 'refused'"></script>
</body></html>`;
    const src = `${server.origin}/pkg/embed.js`;
    pages["/good.html"] = host(src, sri);
    pages["/wrong.html"] = host(src, sriOf(Buffer.from("not embed.js")));
    pages["/cross.html"] = host(src, sri);

    const open = async (url) => {
      const page = await browser.newPage();
      const console = [];
      page.on("console", (m) => console.push(m.text()));
      await page.goto(url);
      await page.waitForFunction(() => window.__script);
      return { page, console, script: await page.evaluate(() => window.__script) };
    };

    const good = await open(`${server.origin}/good.html`);
    assert.equal(good.script, "ran");
    const iframe = good.page.locator("iframe");
    assert.equal(await iframe.count(), 1);
    const frameSrc = new URL(await iframe.getAttribute("src"));
    assert.equal(`${frameSrc.origin}${frameSrc.pathname}`, `${server.origin}/pkg/screener.html`, "the frame is on the package's screener.html");
    assert.equal(new URLSearchParams(frameSrc.hash.slice(1)).get("center-name"), "Harbor Recovery Center");
    const sandbox = (await iframe.getAttribute("sandbox")).split(" ");
    assert.ok(sandbox.includes("allow-scripts") && !sandbox.includes("allow-same-origin"), sandbox.join(" "));
    const frame = await widgetFrame(good.page);
    await interactive(frame);
    assert.equal(await frame.locator("main h1").first().innerText(), UI.en.Title, "the widget's first screen");
    assert.equal(await frame.evaluate(() => self.origin), "null", "in an opaque origin");
    await good.page.close();

    const wrong = await open(`${server.origin}/wrong.html`);
    assert.equal(wrong.script, "refused");
    assert.equal(await wrong.page.locator("iframe").count(), 0, "no frame");
    assert.ok(wrong.console.some((text) => /integrity/i.test(text)), `the browser says why: ${JSON.stringify(wrong.console)}`);
    assert.ok(log.some((r) => r.path === "/pkg/embed.js"), "embed.js was served; the browser refused it");
    await wrong.page.close();

    // The same snippet on a page of another origin: integrity needs the script's server to
    // send Access-Control-Allow-Origin, which this one does not (HOSTING.md says to).
    const cross = await open(`${other.origin}/cross.html`);
    assert.equal(cross.script, "refused");
    assert.equal(await cross.page.locator("iframe").count(), 0, "no frame");
    await cross.page.close();
  } finally {
    await browser.close();
    await other.close();
    await server.close();
  }
});
