// The benchmark: serves the three pages on 127.0.0.1, drives /usr/bin/chromium through
// playwright-core and writes bench/results.md. Run it through bench/run.sh, which builds what it
// needs first; see bench/README-performance.md.
//
//   node bench/bench.mjs [--runs N] [--native FILE] [--wasm-report FILE] [--command TEXT]
//
// Pages: ours (dist/screener.html, the whole widget in one document), ours embedded (the demo
// host page dist/index.html with the loader and the sandboxed frame: the cost of the frame),
// peer (SurveyJS rendering the same bank), floor (our first question as static HTML).
import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem, release, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { firstScreenProbe, runQuestionnaire, wasmTimingProbe } from "./driver.mjs";
import { serve, inlinedWasm } from "../e2e/harness.mjs";

const BENCH = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(BENCH, "..");
// The size budget, read from the test that enforces it, so the two never disagree.
const BUDGET_GZIP = Number((await readFile(join(ROOT, "e2e/size.test.mjs"), "utf8")).match(/const BUDGET_GZIP = ([\d_]+);/)[1].replaceAll("_", ""));
const budgetText = BUDGET_GZIP.toLocaleString("en-US");
const BUILD = join(BENCH, "build");

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const RUNS = Math.max(10, Number(arg("--runs", process.env.BENCH_RUNS ?? 10)) || 10);
const COMMAND = arg("--command", "./bench/run.sh");

// --- serving -----------------------------------------------------------------------------------
const MOUNTS = { "/ours/": join(ROOT, "dist"), "/peer/": join(BUILD, "peer"), "/floor/": join(BUILD, "floor") };

// gzip at its default level (6), as `gzip` and most servers compress and as the size test
// (e2e/size.test.mjs) counts; brotli at quality 11, as a host would precompress static files.
const gzip = (b) => gzipSync(b).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

/** The raw and gzip size of a wasm module's code and data sections. */
function wasmSections(wasm) {
  const parts = { code: [], data: [] };
  let i = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[i++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (i < wasm.length) {
    const id = wasm[i++];
    const size = leb();
    if (id === 10) parts.code.push(wasm.subarray(i, i + size));
    if (id === 11) parts.data.push(wasm.subarray(i, i + size));
    i += size;
  }
  const measure = (list) => {
    const b = Buffer.concat(list);
    return { raw: b.length, gzip: gzip(b) };
  };
  return { code: measure(parts.code), data: measure(parts.data) };
}

// --- the pages -----------------------------------------------------------------------------------
const PAGES = [
  { key: "ours", title: "ours", path: "/ours/screener.html", kind: "ours", run: true },
  { key: "embedded", title: "ours, embedded (demo host page + frame)", path: "/ours/index.html", kind: "ours", frame: true },
  { key: "peer", title: "peer (SurveyJS)", path: "/peer/index.html", kind: "peer", run: true },
  { key: "floor", title: "floor (static HTML)", path: "/floor/index.html", kind: "floor" },
];

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  // Every WebAssembly.Memory alive in the page, found through the heap rather than through a
  // hook in the widget, so the measured document is the shipped one.
  const { result: proto } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  await cdp.detach();
  return { jsHeap: heap.usedSize, wasm: result.value };
}

async function measure(browser, origin, page, plan, { recordBytes = false, breakdown = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (breakdown) await context.addInitScript(wasmTimingProbe);
  await context.addInitScript(firstScreenProbe, { heading: plan.steps[0].heading, startButton: plan.other_buttons?.[0] });
  const bytes = [];
  const requests = [];
  const tab = await context.newPage();
  // A blank page of the same site first, so the renderer process is up before the timed
  // navigation (a fresh context still means a fresh JS engine with nothing cached).
  await tab.goto(`${origin}/blank`);
  context.on("request", (r) => requests.push(r.url()));
  if (recordBytes) {
    tab.on("response", async (r) => {
      try {
        bytes.push({ url: r.url(), body: await r.body() });
      } catch {
        /* a response without a body (redirect) has nothing to count */
      }
    });
  }
  await tab.goto(origin + page.path, { waitUntil: "load" });
  const out = { requests };
  if (page.frame) {
    const frameEl = await tab.waitForSelector("iframe");
    const frame = await frameEl.contentFrame();
    await frame.waitForFunction(() => window.__benchFirst, null, { timeout: 30000 });
    const [inner, origin0] = [await frame.evaluate(() => window.__benchFirst), await tab.evaluate(() => performance.timeOrigin)];
    out.first = inner - origin0;
  } else {
    await tab.waitForFunction(() => window.__benchFirst, null, { timeout: 30000 });
    out.first = await tab.evaluate(() => window.__benchFirst - performance.timeOrigin);
  }
  if (breakdown) {
    out.breakdown = await tab.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const w = window.__benchWasm;
      return {
        response: nav.responseEnd,
        parsed: nav.domInteractive,
        compileStart: w.compile?.[0],
        compileEnd: w.compile?.[1],
        instanceEnd: w.instantiate?.[1],
        first: window.__benchFirst - performance.timeOrigin,
      };
    });
  }
  out.nav = await tab.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return { response: nav.responseEnd, parsed: nav.domInteractive };
  });
  if (page.run) {
    const run = await tab.evaluate(runQuestionnaire, { plan, kind: page.kind });
    if (run.error) throw new Error(`${page.key}: ${run.error} (${JSON.stringify(run.answered)})`);
    Object.assign(out, run);
  }
  if (page.key !== "embedded") out.memory = await memory(context, tab);
  if (recordBytes) {
    await tab.waitForTimeout(100);
    out.bytes = bytes.map(({ url, body }) => ({ asset: new URL(url).pathname, raw: body.length, gzip: gzip(body), brotli: brotli(body) }));
  }
  await context.close();
  return out;
}

// --- statistics and the report -------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null);
const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtMs = (s) => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : "—");
const mb = (v) => (v / (1024 * 1024)).toFixed(2);
const fmtMb = (s) => (s ? `${mb(s.median)} (${mb(s.min)}–${mb(s.max)})` : "—");
const kb = (v) => (v / 1000).toFixed(1);
const ratio = (a, b) => (a && b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : "—");

function machine() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    /* os.cpus() is the fallback */
  }
  let os = `Linux ${release()}`;
  try {
    const rel = execFileSync("sh", ["-c", ". /etc/os-release && echo $PRETTY_NAME"], { encoding: "utf8" }).trim();
    if (rel) os = `${rel}, kernel ${release()}`;
  } catch {
    /* keep the kernel only */
  }
  return { cpu, nproc, mem: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`, os };
}

async function main() {
  const plan = JSON.parse(await readFile(join(BUILD, "plan.json"), "utf8"));
  const native = await readFile(arg("--native", join(BUILD, "native.json")), "utf8").then(JSON.parse, () => null);
  const wasmReport = await readFile(arg("--wasm-report", join(BUILD, "wasm-top.txt")), "utf8").catch(() => null);
  const surveyVersion = JSON.parse(await readFile(join(BENCH, "node_modules", "survey-core", "package.json"), "utf8")).version;
  // The same static server as the end-to-end suite, with our document, the peer and the
  // floor under their own prefixes, and a blank page to start each run from.
  const server = await serve({ mounts: MOUNTS, pages: { "/blank": '<!doctype html><title>blank</title><link rel="icon" href="data:,">' } });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const started = Date.now();
  const loadBefore = loadavg();
  const results = Object.fromEntries(PAGES.map((p) => [p.key, []]));
  const breakdowns = [];
  const bytes = {};
  try {
    // One warm-up of each page (discarded) with the byte count, so disk caches and Chromium's
    // first-start costs do not land on the first measured run.
    for (const p of PAGES) {
      const out = await measure(browser, server.origin, p, plan, { recordBytes: true });
      bytes[p.key] = out.bytes;
      const foreign = out.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith("data:"));
      if (foreign.length) throw new Error(`${p.key} made requests off this machine: ${foreign.join(", ")}`);
    }
    for (let i = 0; i < RUNS; i++) {
      // Rotate the order each run, so no page always runs first or last.
      const order = PAGES.map((_, k) => PAGES[(k + i) % PAGES.length]);
      for (const p of order) results[p.key].push(await measure(browser, server.origin, p, plan));
      // Where ours' first screen goes: one more load per run with the wasm constructors
      // wrapped, kept apart from the measured loads.
      breakdowns.push((await measure(browser, server.origin, PAGES[0], plan, { breakdown: true })).breakdown);
      process.stderr.write(`run ${i + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const loadAfter = loadavg();

  const [startLabel, resultLabel] = plan.other_buttons ?? [];
  const stat = {};
  for (const p of PAGES) {
    const rs = results[p.key];
    stat[p.key] = {
      first: summary(rs.map((r) => r.first)),
      // The first question: the first screen, plus the click on a start page's button if the
      // page opens on one.
      firstQuestion: summary(rs.map((r) => r.first + (r.steps ?? []).filter((x) => x.kind === startLabel).reduce((t, x) => t + x.ms, 0))),
      step: p.run ? summary(rs.flatMap((r) => r.steps.filter((x) => x.kind === "question").map((x) => x.ms))) : null,
      resultStep: p.run ? summary(rs.flatMap((r) => r.steps.filter((x) => x.kind === resultLabel).map((x) => x.ms))) : null,
      result: p.run ? summary(rs.map((r) => r.first + r.runTime)) : null,
      jsHeap: rs[0]?.memory ? summary(rs.map((r) => r.memory.jsHeap)) : null,
      wasm: rs[0]?.memory ? summary(rs.map((r) => r.memory.wasm)) : null,
      total: rs[0]?.memory ? summary(rs.map((r) => r.memory.jsHeap + r.memory.wasm)) : null,
      screens: p.run ? rs[0].steps.length + 1 : null,
      questions: p.run ? rs[0].answered.length : null,
      answered: p.run ? rs[0].answered : null,
      resultText: p.run ? rs[0].result : null,
      focusMissed: p.run ? rs[0].focusMissed : null,
    };
  }
  const totals = Object.fromEntries(
    Object.entries(bytes).map(([k, list]) => [k, list.reduce((t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip, brotli: t.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 })]),
  );

  const m = machine();
  // What the document ships: the wasm as base64 of one LZMA stream with the small decoder
  // module that unpacks it (scripts/assemble.py), and beside them the glue and start-up
  // script, minified.
  const doc = await readFile(join(ROOT, "dist", "screener.html"), "utf8");
  const inlined = inlinedWasm(doc);
  const wasmParts = inlined ? { ...wasmSections(inlined.wasm), packed: inlined.packed.length, decoder: inlined.decoder.length } : null;
  const script = doc.match(/<script type="module">([^]*?)<\/script>/);
  const glueGzip = script && inlined ? gzip(Buffer.from(script[1].replace(inlined.declaration, ""))) : 0;
  const browserVersion = await chromium
    .launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS })
    .then(async (b) => [b.version(), await b.close()][0]);
  const o = stat.ours, pe = stat.peer, fl = stat.floor, em = stat.embedded;
  const L = [];
  L.push("# Benchmark results", "");
  L.push(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`);
  L.push(`- Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu}, ${m.mem} memory; ${m.os}`);
  L.push(`- Browser: Chromium ${browserVersion} headless (\`/usr/bin/chromium\`), playwright-core, Node ${process.version}`);
  L.push(`- Peer: SurveyJS ${surveyVersion} (survey-core + survey-js-ui from npm, served from this machine)`);
  L.push(`- Load average (1 min): ${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end. The machine is shared, so absolute times carry that noise; the pages alternate within each run, so the ratios carry less of it`);
  L.push(`- Command: \`${COMMAND}\` — ${RUNS} measured runs of each page (after one warm-up each), ${seconds.toFixed(0)} s`);
  const sameQuestions = JSON.stringify(o.answered.map((a) => [a.heading, a.chose])) === JSON.stringify(pe.answered.map((a) => [a.heading, a.chose]));
  L.push(`- The run: ${o.questions} questions on ours (${o.screens} screens with the start, check and result pages), ${pe.questions} on the peer (${pe.screens} screens with its completion page); ` +
    `the planned run has ${plan.steps.length} (${o.answered.filter((a) => a.planned).length} answered from the plan on ours, ${pe.answered.filter((a) => a.planned).length} on the peer). ` +
    (sameQuestions ? "Both asked the same questions in the same order and got the same answers." : "**The two pages did not ask the same questions** (see the lists at the end)."));
  L.push(`- Last screen: "${o.resultText}" (ours), "${pe.resultText}" (peer)`);
  for (const [name, st] of [["ours", o], ["the peer", pe]]) {
    if (st.focusMissed) L.push(`- **On ${name}, ${st.focusMissed} of ${st.screens} screens never took focus**: those steps are timed to the new screen's render.`);
  }
  L.push("");
  L.push("Each cell: median (min–max) over the runs; step latency pools every step of every run.", "");
  const tableStart = L.length;
  L.push("| figure | ours | peer (SurveyJS) | floor (static) | ours/peer | ours/floor |");
  L.push("|---|---|---|---|---|---|");
  L.push(`| bytes, gzip (all assets) | ${kb(totals.ours.gzip)} KB | ${kb(totals.peer.gzip)} KB | ${kb(totals.floor.gzip)} KB | ${(totals.ours.gzip / totals.peer.gzip).toFixed(2)}× | ${(totals.ours.gzip / totals.floor.gzip).toFixed(1)}× |`);
  L.push(`| bytes, brotli (all assets) | ${kb(totals.ours.brotli)} KB | ${kb(totals.peer.brotli)} KB | ${kb(totals.floor.brotli)} KB | ${(totals.ours.brotli / totals.peer.brotli).toFixed(2)}× | ${(totals.ours.brotli / totals.floor.brotli).toFixed(1)}× |`);
  L.push(`| bytes, raw (all assets) | ${kb(totals.ours.raw)} KB | ${kb(totals.peer.raw)} KB | ${kb(totals.floor.raw)} KB | ${(totals.ours.raw / totals.peer.raw).toFixed(2)}× | ${(totals.ours.raw / totals.floor.raw).toFixed(1)}× |`);
  L.push(`| first screen interactive, ms | ${fmtMs(o.first)} | ${fmtMs(pe.first)} | ${fmtMs(fl.first)} | ${ratio(o.first, pe.first)} | ${ratio(o.first, fl.first)} |`);
  L.push(`| first question interactive, ms | ${fmtMs(o.firstQuestion)} | ${fmtMs(pe.firstQuestion)} | ${fmtMs(fl.firstQuestion)} | ${ratio(o.firstQuestion, pe.firstQuestion)} | ${ratio(o.firstQuestion, fl.firstQuestion)} |`);
  L.push(`| step: Continue → next heading focused, ms | ${fmtMs(o.step)} | ${fmtMs(pe.step)} | — | ${ratio(o.step, pe.step)} | — |`);
  if (o.resultStep) L.push(`| result page: "${resultLabel}" → result heading focused, ms | ${fmtMs(o.resultStep)} | — | — | — | — |`);
  L.push(`| time to the result page, ms | ${fmtMs(o.result)} | ${fmtMs(pe.result)} | — | ${ratio(o.result, pe.result)} | — |`);
  L.push(`| JS heap after the run, MiB | ${fmtMb(o.jsHeap)} | ${fmtMb(pe.jsHeap)} | ${fmtMb(fl.jsHeap)} | ${ratio(o.jsHeap, pe.jsHeap)} | ${ratio(o.jsHeap, fl.jsHeap)} |`);
  L.push(`| wasm linear memory, MiB | ${fmtMb(o.wasm)} | — | — | — | — |`);
  L.push(`| JS heap + wasm memory, MiB | ${fmtMb(o.total)} | ${fmtMb(pe.total)} | ${fmtMb(fl.total)} | ${ratio(o.total, pe.total)} | ${ratio(o.total, fl.total)} |`);
  if (native) {
    const micro = native.median_ns >= 10000;
    const ns = (v) => (micro ? `${(v / 1000).toFixed(1)} µs` : `${v.toFixed(0)} ns`);
    L.push(`| one full assessment, native | ${ns(native.median_ns)} (${ns(native.min_ns)}–${ns(native.max_ns)}) | — | — | — | — |`);
  }
  const tableEnd = L.length;
  L.push("");
  L.push(`Embedded (the demo host page with the loader and the sandboxed frame): first screen interactive ${fmtMs(em.first)} ms from the host page's navigation start, ` +
    `${kb(totals.embedded.gzip)} KB gzip in all; the frame adds ${ms(em.first.median - o.first.median)} ms to the bare document's median.`);
  L.push("");
  if (native) L.push(`Native: ${native.what}; ${native.iterations.toLocaleString("en-US")} calls per sample, ${native.samples} samples, \`${native.command}\` (${native.profile}).`, "");
  L.push(`Figures: *first screen interactive* is the time from navigation start until the first screen's heading and its controls are in the document (a MutationObserver installed before any page script; for the embedded page, on the host page's clock): for ours the start page with its "${startLabel}" button, for the others the first question with its options. *First question interactive* adds, for ours, the click on "${startLabel}" until the first question's heading has focus. *Step* is the time from the click on Continue until the next screen is settled: for ours the new heading has focus; for SurveyJS the new question is rendered and focus is inside it (it focuses the first option). *Result* is the time to the result page: first screen interactive plus the run inside the page (the start click, every question, the check page) to the result heading, answering as fast as the page renders (one frame between choosing and Continue; the driver's own round trips are not in it). Memory is read over the DevTools protocol after a forced garbage collection: \`Runtime.getHeapUsage\` (used JS heap) and every \`WebAssembly.Memory\` in the heap. Bytes are what the page requested, compressed as the size test counts them (gzip at its default level 6; brotli at quality 11); loopback serves them uncompressed.`, "");

  L.push("## Budgets", "");
  const budgetStart = L.length;
  L.push("| budget | target | measured | verdict |");
  L.push("|---|---|---|---|");
  const verdict = (ok, miss) => (ok ? "met" : `missed by ${miss}`);
  const docGzip = bytes.ours.find((b) => b.asset.endsWith("/screener.html")).gzip;
  L.push(`| widget document, gzip | ≤ ${budgetText} B (enforced by e2e/size.test.mjs) | ${docGzip.toLocaleString("en-US")} B | ${verdict(docGzip <= BUDGET_GZIP, `${(docGzip - BUDGET_GZIP).toLocaleString("en-US")} B`)} |`);
  L.push(`| first question interactive, median | ≤ 100 ms | ${ms(o.firstQuestion.median)} ms (first screen ${ms(o.first.median)} ms) | ${verdict(o.firstQuestion.median <= 100, `${ms(o.firstQuestion.median - 100)} ms`)} |`);
  const speedup = pe.firstQuestion.median / o.firstQuestion.median;
  L.push(`| first question vs SurveyJS | ≥ 3× faster | ${speedup.toFixed(1)}× faster | ${verdict(speedup >= 3, `${(3 - speedup).toFixed(1)}×`)} |`);
  L.push(`| step latency, median | ≤ 16 ms | ${ms(o.step.median)} ms | ${verdict(o.step.median <= 16, `${ms(o.step.median - 16)} ms`)} |`);
  const memMb = o.total.median / (1024 * 1024);
  L.push(`| JS heap + wasm memory after the run | ≤ 10 MiB | ${memMb.toFixed(2)} MiB | ${verdict(memMb <= 10, `${(memMb - 10).toFixed(2)} MiB`)} |`);
  L.push("");
  // What dominates a missed budget.
  const notes = [];
  if (docGzip > BUDGET_GZIP && wasmParts) {
    notes.push(`Size: the wasm's code is ${kb(wasmParts.code.gzip)} KB gzip on its own (${kb(wasmParts.code.raw)} KB raw: Yew, the UI's \`html!\` code, the standard library) and its data — the sentences of both languages, and tables — ${kb(wasmParts.data.gzip)} KB gzip (${kb(wasmParts.data.raw)} KB raw); the document carries the wasm as one LZMA stream of ${kb(wasmParts.packed)} KB, with the ${kb(wasmParts.decoder)} KB decoder module that unpacks it; the JS glue and start-up script are ${kb(glueGzip)} KB gzip. By crate and by function: \`bench/size.md\` and the wasm section of \`bench/results.md\`.`);
  }
  if (o.firstQuestion.median > 100 && breakdowns.length) {
    const phases = [
      ["receiving the document", (b) => b.response],
      ["parsing the document", (b) => b.parsed - b.response],
      ["unpacking the inlined wasm", (b) => b.compileStart - b.parsed],
      ["compiling the wasm", (b) => b.compileEnd - b.compileStart],
      ["Yew's first render", (b) => b.first - b.instanceEnd],
    ].map(([name, f]) => [name, median(breakdowns.map(f))]).sort((a, b) => b[1] - a[1]);
    notes.push(`First question: the start-up's largest phases are ${phases.slice(0, 3).map(([n, v]) => `${n} (${ms(v)} ms)`).join(", ")}; the click on "${startLabel}" adds ${ms(o.firstQuestion.median - o.first.median)} ms. The floor, a static page with nothing to run, took ${ms(fl.first.median)} ms on the same machine in the same run.`);
  }
  for (const n of notes) L.push(`- ${n}`);
  if (notes.length) L.push("");
  const budgetEnd = L.length;

  if (breakdowns.every((b) => b.compileStart !== undefined)) {
    const phase = (f) => summary(breakdowns.map(f));
    L.push(`## Where ours' first screen goes (${breakdowns.length} extra loads, one per run, with the wasm constructors wrapped)`, "");
    L.push("| phase | ms |", "|---|---|");
    L.push(`| navigation start → document received | ${fmtMs(phase((b) => b.response))} |`);
    L.push(`| → document parsed (\`domInteractive\`) | ${fmtMs(phase((b) => b.parsed - b.response))} |`);
    L.push(`| → start-up script reaches the wasm (glue, unpacking the inlined bytes) | ${fmtMs(phase((b) => b.compileStart - b.parsed))} |`);
    L.push(`| compiling the wasm (\`new WebAssembly.Module\`) | ${fmtMs(phase((b) => b.compileEnd - b.compileStart))} |`);
    L.push(`| instantiating it | ${fmtMs(phase((b) => b.instanceEnd - b.compileEnd))} |`);
    L.push(`| start: Yew mounts and renders the first screen | ${fmtMs(phase((b) => b.first - b.instanceEnd))} |`);
    L.push(`| total: first screen interactive | ${fmtMs(phase((b) => b.first))} |`, "");
    const ref = (key, f) => fmtMs(summary(results[key].map((r) => f(r.nav))));
    L.push(`For reference, in the measured runs: the floor's document (${kb(totals.floor.raw)} KB) was received after ${ref("floor", (n) => n.response)} ms and parsed ${ref("floor", (n) => n.parsed - n.response)} ms later; ours (${kb(totals.ours.raw)} KB) after ${ref("ours", (n) => n.response)} and ${ref("ours", (n) => n.parsed - n.response)} ms; the peer's page after ${ref("peer", (n) => n.response)} and ${ref("peer", (n) => n.parsed - n.response)} ms (its scripts are classic, so they run before it is parsed).`, "");
  }
  L.push("## Bytes per asset", "");
  L.push("| page | asset | raw | gzip | brotli |");
  L.push("|---|---|---:|---:|---:|");
  for (const p of PAGES) {
    for (const b of bytes[p.key]) L.push(`| ${p.title} | \`${b.asset}\` | ${b.raw.toLocaleString("en-US")} | ${b.gzip.toLocaleString("en-US")} | ${b.brotli.toLocaleString("en-US")} |`);
    const t = totals[p.key];
    L.push(`| ${p.title} | **total** | **${t.raw.toLocaleString("en-US")}** | **${t.gzip.toLocaleString("en-US")}** | **${t.brotli.toLocaleString("en-US")}** |`);
  }
  L.push("");
  if (wasmReport) L.push("## What the wasm is made of", "", "```text", wasmReport.trimEnd(), "```", "");
  for (const [name, st] of [["ours", o], ["peer", pe]]) {
    if (name === "peer" && sameQuestions) continue;
    L.push(`## The run, question by question (${name})`, "");
    st.answered.forEach((a, i) => L.push(`${i + 1}. ${a.heading} → ${a.chose.join(", ")}${a.planned ? "" : " (not in the plan: safe answer)"}`));
    L.push("");
  }
  await writeFile(join(BENCH, "results.md"), L.join("\n"));

  // The README's Performance section, from the same figures.
  const R = [
    "## Performance",
    "",
    "`./bench/run.sh` measures the widget side by side with the same questionnaire built with SurveyJS (the leading open-source form library; the survey is generated from our question bank by `src/bin/export_surveyjs.rs`, so both ask the same questions in the same words) and with a static-HTML floor (our first question as a plain form, no script), in headless Chromium on 127.0.0.1. It builds what it needs (the widget, the export, SurveyJS from npm into `bench/` only), runs each page at least 10 times and writes `bench/results.md`; it takes a few minutes and is a benchmark, not a test. Size is the exception: it is deterministic, so `e2e/size.test.mjs`, part of `./scripts/test.sh`, checks `dist/screener.html` on every run and fails above the 120,000-byte gzip budget.",
    "",
    `Last run: ${new Date().toISOString().slice(0, 10)}, ${m.nproc} CPUs (${m.cpu}), ${m.mem}, Chromium ${browserVersion}, load average ${loadBefore[0].toFixed(1)}–${loadAfter[0].toFixed(1)} (a shared machine: absolute times are noisy, ratios less so), \`${COMMAND}\`. Median (min–max) of ${RUNS} runs:`,
    "",
    ...L.slice(tableStart, tableEnd),
    "",
    ...L.slice(budgetStart, budgetEnd),
    "Everything else — bytes per asset, where the start-up time goes, what the wasm is made of, the run question by question — is in `bench/results.md`; what the size is made of and what was done about it, in `bench/size.md`.",
    "",
  ];
  await writeFile(join(BENCH, "README-performance.md"), R.join("\n"));
  process.stdout.write(L.join("\n") + "\n");
}

await main();
