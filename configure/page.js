// The configurator's page logic. It reads the form into settings, asks the widget's own parser
// (the wasm `check`, compiled from src/embed/config.rs) what it would warn about, shows each
// note beside its field, restarts the preview frame with the settings, and writes the three
// things to copy. It holds no rule of its own about a setting's value: every check of a
// setting is the parser's. It checks only what the parser cannot see: its own two fields (where
// the files are, the site) and a ";" in a program's name or note, which would end its part. It sends nothing (the page's policy has connect-src 'none') and stores nothing.
//
// BUILD (version, the widget's policy, the loader's integrity hash) and `check` come before
// this script in the same module (scripts/configure.py).

const $ = (id) => document.getElementById(id);
const form = $("settings");
// The widget reads program-1 … program-8 (src/embed/config.rs, Key); tests/configurator.rs
// checks this number against it.
const MAX_PROGRAMS = 8;
// The same tokens and titles as the loader's frame (src/embed/embed.js, docs/embedding.md).
const SANDBOX = "allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation";
const TITLES = {
  en: "Private check: find a starting point for care",
  es: "Chequeo privado: encuentre un punto de partida para recibir ayuda",
};
// A placeholder to replace: the versioned folder on the center's own server (docs/embedding.md,
// "Start here"). Not an npm CDN: those send .html as text/plain, so the frame would not start.
const DEFAULT_BASE = "https://screener.your-center.org/care-screener-" + BUILD.version + "/";
const PART_ORDER = ["level", "name", "name-es", "days", "time", "format", "for", "lang", "note", "note-es"];

$("f-base").value = DEFAULT_BASE;

// ---- Reading the form ----------------------------------------------------------------------

function checked(box) {
  return Array.from(box.querySelectorAll("input[type=checkbox]:checked"), (c) => c.value).join(",");
}

// A ";" in a program's text would end its part before the parser reads it, so such a text is
// left out of the program and named beside its field (ownProblems).
const SEMICOLON = "A name or note cannot hold \u201c;\u201d: it would end this part of the program and start another one. Use a comma or a dash.";

function programme(set) {
  const part = (name) => {
    const value = (set.querySelector("[data-part='" + name + "']").value || "").trim();
    return value.includes(";") ? "" : value;
  };
  const values = {
    level: part("level"),
    name: part("name"),
    "name-es": part("name-es"),
    days: checked(set.querySelector(".days")),
    // Either end given writes the time, so a missing end is the parser's to report.
    time: part("from") || part("to") ? part("from") + "-" + part("to") : "",
    format: part("format"),
    for: part("for"),
    lang: checked(set.querySelector(".langs")),
    note: part("note"),
    "note-es": part("note-es"),
  };
  return PART_ORDER.filter((k) => values[k]).map((k) => k + "=" + values[k]).join("; ");
}

// Every setting with a value, in the order of the form: [key, value, element it belongs to].
function read() {
  const out = [];
  for (const el of form.querySelectorAll("[name], .program")) {
    if (el.classList.contains("program")) {
      out.push(["program-" + el.dataset.n, programme(el), el]);
      continue;
    }
    if (el.dataset.own !== undefined || el.type === "radio") continue;
    const box = el.type === "hidden" ? el.closest("[data-list]") : null;
    const value = box ? checked(box) : el.value.trim();
    if (value) out.push([el.name, value, box || el]);
  }
  return out;
}

// The settings as the frame's fragment, as the loader writes it (URLSearchParams).
function fragment(settings, keep) {
  const params = new URLSearchParams();
  for (const [key, value, el] of settings) if (keep(key, el)) params.append(key, value);
  return params.toString();
}
const forWidget = (key, el) => el.dataset.loader === undefined;
const forFrame = (key, el) => forWidget(key, el) && key !== "mode";

// ---- Notes beside the fields ---------------------------------------------------------------

// A note beside a field: "n-" for the parser's warnings, "t-" for tips about what is left out.
// Both are made together, the warnings first, so they always read in that order.
function noteFor(el, prefix = "n-") {
  const key = el.id || el.dataset.key;
  if (!$("n-" + key)) {
    const notes = ["n-", "t-"].map((kind) => {
      const note = document.createElement("p");
      note.id = kind + key;
      note.className = kind === "n-" ? "note warn" : "note tip";
      note.hidden = true;
      return note;
    });
    // After a group's legend and hint; above a field (beside its colour picker, above both).
    if (el.matches("fieldset")) el.querySelector("legend + .hint, legend").after(...notes);
    else (el.closest(".row") || el).before(...notes);
    const described = (el.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    el.setAttribute("aria-describedby", described.concat(notes.map((n) => n.id)).join(" "));
  }
  return $(prefix + key);
}

// The parser's notes for a fragment, as [kind, key, text].
function notesOf(fragment) {
  const found = check(fragment);
  const out = [];
  for (let i = 0; i < found.length; i += 3) out.push([found[i], found[i + 1], found[i + 2]]);
  return out;
}

// Shows one note line beside `el`; gives whether it was a warning.
function addNote(el, kind, text) {
  const note = noteFor(el, kind === "warning" ? "n-" : "t-");
  const line = document.createElement("span");
  const label = document.createElement("strong");
  label.textContent = kind === "warning" ? "Fix this: " : "Tip: ";
  line.append(label, text);
  note.append(line);
  note.hidden = false;
  if (kind === "warning") el.setAttribute("aria-invalid", "true");
  return kind === "warning";
}

function showNotes(settings) {
  const byKey = new Map();
  for (const [key, , el] of settings) byKey.set(key, el);
  for (const note of form.querySelectorAll(".note")) {
    note.replaceChildren();
    note.hidden = true;
  }
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  let fixes = 0;
  for (const [kind, key, text] of notesOf(fragment(settings, forWidget))) {
    const el = byKey.get(key) || form.querySelector("[name='" + key + "']");
    const target = el && el.type === "hidden" ? el.closest("[data-list]") : el;
    if (target && addNote(target, kind, text)) fixes++;
  }
  for (const [el, kind, text] of ownProblems()) if (addNote(el, kind, text)) fixes++;
  $("summary").textContent = fixes === 0 ? "The check can use every setting as written."
    : fixes + (fixes === 1 ? " setting needs a fix." : " settings need a fix.");
}

// The site's origin for frame-ancestors, and the folder of the files, each with what is
// wrong or still to do; a placeholder stands in the snippets until they are right.
const PLACEHOLDER_SITE = "https://www.your-center.org";
function siteOrigin() {
  const site = $("f-site").value.trim();
  if (!site) return { value: PLACEHOLDER_SITE, tip: "Write your site's address: until then the headers name " + PLACEHOLDER_SITE + ", and your copy would refuse to show on your site." };
  try {
    const url = new URL(site);
    if (url.protocol === "https:") return { value: url.origin };
  } catch (err) {
    // Not an address; said below.
  }
  return { value: PLACEHOLDER_SITE, problem: "Write your site's full address, starting with https://." };
}
function folder() {
  const value = $("f-base").value.trim();
  let url = null;
  try {
    url = new URL(value);
  } catch (err) {
    // Not an address; said below.
  }
  const local = url && url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (!url || !(url.protocol === "https:" || local) || url.search || url.hash) {
    return { value: DEFAULT_BASE, problem: "Write the folder's full address, starting with https://, with nothing after the last /." };
  }
  const href = url.href.endsWith("/") ? url.href : url.href + "/";
  if (href === DEFAULT_BASE) return { value: href, tip: "Write where your copy of the files is: screener.your-center.org is a placeholder, not a real address." };
  if (local) return { value: href, tip: "An http:// address on this computer is for trying it out only; your site needs https://." };
  return { value: href };
}
const base = () => folder().value;
// What the parser cannot see, as [element, kind, text]: a ";" in a program's text, and this
// page's own two fields (where the files are and the site are not settings of the check).
function ownProblems() {
  const out = [];
  for (const control of form.querySelectorAll(".program input[data-part]")) {
    if (control.value.trim().includes(";")) out.push([control, "warning", SEMICOLON]);
  }
  for (const [el, { problem, tip }] of [[$("f-site"), siteOrigin()], [$("f-base"), folder()]]) {
    if (problem) out.push([el, "warning", problem]);
    if (tip) out.push([el, "advice", tip]);
  }
  return out;
}

// ---- What to copy --------------------------------------------------------------------------

const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function showSnippets(settings) {
  const lines = ['<script src="' + attr(base() + "embed.js") + '"', '  integrity="' + BUILD.sri + '" crossorigin="anonymous"'];
  for (const [key, value] of settings) lines.push("  data-" + key + '="' + attr(value) + '"');
  $("c-loader").textContent = lines.join("\n") + "\n  async><\/script>";

  const lang = $("f-lang").value === "es" ? "es" : "en";
  $("c-iframe").textContent = [
    '<iframe src="' + attr(base() + "screener.html#" + fragment(settings, forFrame)) + '"',
    '  title="' + TITLES[lang] + '"',
    '  sandbox="' + SANDBOX + '"',
    '  referrerpolicy="no-referrer"',
    '  style="display:block;width:100%;height:720px;max-height:100vh;border:0"></iframe>',
  ].join("\n");

  $("c-headers").textContent = [
    "Content-Security-Policy: " + BUILD.csp + "; frame-ancestors " + siteOrigin().value,
    "Content-Security-Policy: sandbox " + SANDBOX,
    "Referrer-Policy: no-referrer",
    "X-Content-Type-Options: nosniff",
    "",
    "# For embed.js, when it is on another origin than your pages (the snippet's integrity check needs it):",
    "Access-Control-Allow-Origin: *",
  ].join("\n");
}

for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    const code = $(button.dataset.copy);
    const what = button.textContent.replace(/^Copy /, "");
    try {
      await navigator.clipboard.writeText(code.textContent);
    } catch (err) {
      // Where the clipboard API is refused (some browsers on file:), copy the selected text.
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      if (!document.execCommand("copy")) {
        $("copied").textContent = "Could not copy. The " + what + " is selected: press Ctrl+C (or ⌘C) to copy it.";
        return;
      }
    }
    $("copied").textContent = "Copied the " + what + ".";
  });
}

// ---- The preview ---------------------------------------------------------------------------

let shown = null;
function showPreview(settings) {
  const src = "screener.html#" + fragment(settings, forFrame);
  if (src === shown) return;
  shown = src;
  // A new frame each time: the widget reads its settings once, at start, so changing only
  // the fragment of a frame that is already open would change nothing.
  const frame = document.createElement("iframe");
  frame.title = "Preview: " + TITLES.en;
  frame.setAttribute("sandbox", SANDBOX);
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.src = src;
  $("frame-box").replaceChildren(frame);
}
for (const radio of document.querySelectorAll("[name=width]")) {
  radio.addEventListener("change", () => {
    $("frame-box").className = "frame-box " + radio.value;
  });
}

// ---- Programs ------------------------------------------------------------------------------

let made = 0;
function number() {
  const sets = $("programs").querySelectorAll(".program");
  sets.forEach((set, i) => {
    set.dataset.n = i + 1;
    set.dataset.key = "program-" + set.dataset.uid;
    set.querySelector("legend").textContent = "Program " + (i + 1);
  });
  $("add-program").hidden = sets.length >= MAX_PROGRAMS;
}
// A program's fieldset, filled from `fields` (programme_fields' order) when given.
function addProgram(fields) {
  const set = $("program").content.firstElementChild.cloneNode(true);
  set.dataset.uid = ++made;
  for (const field of set.querySelectorAll(".field")) {
    const control = field.querySelector("input, select");
    control.id = "p" + made + "-" + control.dataset.part;
    field.querySelector("label").htmlFor = control.id;
  }
  if (fields) {
    const [level, name, nameEs, days, from, to, format, audience, langs, note, noteEs] = fields;
    const parts = { level, name, "name-es": nameEs, from, to, format, for: audience, note, "note-es": noteEs };
    for (const [part, value] of Object.entries(parts)) set.querySelector("[data-part='" + part + "']").value = value;
    for (const box of set.querySelectorAll(".days input")) box.checked = days.split(",").includes(box.value);
    for (const box of set.querySelectorAll(".langs input")) box.checked = langs.split(",").includes(box.value);
  }
  set.querySelector("[data-remove]").addEventListener("click", () => {
    set.remove();
    number();
    update(true);
    $("add-program").focus();
  });
  $("programs").append(set);
  number();
  return set;
}
$("add-program").addEventListener("click", () => {
  const set = addProgram();
  update(true);
  set.querySelector("select").focus();
});

// ---- Starting from a snippet the center has ------------------------------------------------

// The settings of a pasted loader snippet, plain iframe or bare fragment. DOMParser makes an
// inert document: nothing pasted runs, loads or reaches this page.
function pasted(text) {
  const doc = new DOMParser().parseFromString(text, "text/html");
  const script = doc.querySelector("script[src]");
  if (script) {
    const pairs = [...script.attributes].filter((a) => a.name.startsWith("data-")).map((a) => [a.name.slice(5), a.value]);
    return { pairs, base: script.getAttribute("src").replace(/embed\.js([?#].*)?$/, "") };
  }
  const frame = doc.querySelector("iframe[src]");
  const src = frame ? frame.getAttribute("src") : text.trim();
  const at = src.indexOf("#");
  const hash = at >= 0 ? src.slice(at + 1) : frame ? "" : src;
  return { pairs: [...new URLSearchParams(hash)], base: frame ? src.slice(0, at >= 0 ? at : undefined).replace(/screener\.html$/, "") : "" };
}

function fill({ pairs, base: from }) {
  const left = [];
  const seen = new Set();
  let filled = 0;
  for (const el of form.querySelectorAll("[name]:not([data-own])")) el.value = "";
  for (const box of form.querySelectorAll("[data-list] input[type=checkbox]")) box.checked = false;
  $("programs").replaceChildren();
  for (const [written, value] of pairs) {
    let key = written.trim().toLowerCase();
    if (key === "brand-colour") key = "brand-color";
    if (seen.has(key)) {
      left.push(written + ": given twice; the first is used, as the check does.");
      continue;
    }
    seen.add(key);
    if (/^program-[1-8]$/.test(key)) {
      const fields = programme_fields(value);
      if (fields.length) {
        addProgram(fields);
        filled++;
        // A part the parser ignored (an unknown format, a name cut short) is not in the
        // fields, so it is named here.
        for (const [kind, , text] of notesOf(new URLSearchParams([[key, value]]).toString())) if (kind === "warning") left.push(text);
      } else {
        const why = notesOf(new URLSearchParams([[key, value]]).toString()).filter(([k]) => k === "warning").map(([, , t]) => t);
        left.push(why.join(" ") + " Add it again below.");
      }
      continue;
    }
    const el = form.querySelector("[name='" + CSS.escape(key) + "']:not([data-own])");
    if (!el) {
      left.push(written + ": not a setting of the check.");
      continue;
    }
    if (el.type === "hidden") {
      const box = el.closest("[data-list]");
      const items = value.toLowerCase().split(/[, ]+/).filter(Boolean);
      for (const c of box.querySelectorAll("input[type=checkbox]")) c.checked = items.includes(c.value);
      const unknown = items.filter((i) => !box.querySelector("input[value='" + CSS.escape(i) + "']"));
      if (unknown.length) left.push(written + ": " + unknown.join(", ") + " is not among the choices.");
    } else if (el.tagName === "SELECT") {
      const v = value.trim().toLowerCase();
      const option = [...el.options].find((o) => o.value === v || o.value === v.slice(0, 2) || (o.value === "" && (v === "auto" || v === "inline")));
      if (option) el.value = option.value;
      else left.push(written + ": " + value + " is not among the choices.");
    } else {
      el.value = value;
    }
    filled++;
  }
  // A versioned folder of the files moves to this release's folder.
  if (from) $("f-base").value = from.replace(/care-screener-\d+\.\d+\.\d+[^/]*\//, "care-screener-" + BUILD.version + "/");
  $("f-brand-picker").value = /^#[0-9a-fA-F]{6}$/.test($("f-brand-color").value.trim()) ? $("f-brand-color").value.trim().toLowerCase() : "#1d5c8c";
  const status = $("import-status");
  status.replaceChildren(filled === 1 ? "Filled in 1 setting." : "Filled in " + filled + " settings.");
  if (left.length) {
    const list = document.createElement("ul");
    for (const line of left) list.append(Object.assign(document.createElement("li"), { textContent: line }));
    status.append(" Not filled in as written:", list);
  }
  update(true);
}
$("read-import").addEventListener("click", () => fill(pasted($("f-import").value)));

// ---- Keeping it all in step ----------------------------------------------------------------

$("f-brand-picker").addEventListener("input", () => {
  $("f-brand-color").value = $("f-brand-picker").value;
});
$("f-brand-color").addEventListener("input", () => {
  const v = $("f-brand-color").value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) $("f-brand-picker").value = v.toLowerCase();
});

let timer = 0;
function update(now) {
  const settings = read();
  showNotes(settings);
  showSnippets(settings);
  clearTimeout(timer);
  // The preview restarts a moment after typing stops, not at every key; until then it is
  // marked busy.
  $("frame-box").setAttribute("aria-busy", "true");
  timer = setTimeout(() => {
    showPreview(read());
    $("frame-box").removeAttribute("aria-busy");
  }, now ? 0 : 500);
}
form.addEventListener("input", () => update(false));
form.addEventListener("change", () => update(false));
form.addEventListener("submit", (event) => event.preventDefault());
update(true);
