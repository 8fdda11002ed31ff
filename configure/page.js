// The configurator's page logic. It reads the form into settings, asks the widget's own parser
// (the wasm `check`, compiled from src/embed/config.rs) what it would warn about, shows each
// note beside its field, restarts the preview frame with the settings, and writes the three
// things to copy. It holds no rule of its own about a setting's value: every check is the
// parser's. It sends nothing (the page's policy has connect-src 'none') and stores nothing.
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

function programme(set) {
  const part = (name) => (set.querySelector("[data-part='" + name + "']").value || "").trim();
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

function noteFor(el) {
  const id = "n-" + (el.id || el.dataset.key);
  let note = $(id);
  if (!note) {
    note = document.createElement("p");
    note.id = id;
    note.className = "note";
    // After a group's legend and hint; above a field (beside its colour picker, above both).
    if (el.matches("fieldset")) el.querySelector("legend + .hint, legend").insertAdjacentElement("afterend", note);
    else (el.closest(".row") || el).insertAdjacentElement("beforebegin", note);
    const described = (el.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    el.setAttribute("aria-describedby", described.concat(id).join(" "));
  }
  return note;
}

function showNotes(settings) {
  const byKey = new Map();
  for (const [key, , el] of settings) byKey.set(key, el);
  const found = check(fragment(settings, forWidget));
  const notes = new Map();
  let warnings = 0;
  for (let i = 0; i < found.length; i += 3) {
    const [kind, key, text] = [found[i], found[i + 1], found[i + 2]];
    const el = byKey.get(key) || form.querySelector("[name='" + key + "']");
    const target = el && el.type === "hidden" ? el.closest("[data-list]") : el;
    if (!target) continue;
    if (!notes.has(target)) notes.set(target, []);
    notes.get(target).push([kind, text]);
    if (kind === "warning") warnings++;
  }
  for (const note of form.querySelectorAll(".note")) {
    note.replaceChildren();
    note.hidden = true;
  }
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const [el, list] of notes) {
    const note = noteFor(el);
    note.hidden = false;
    note.classList.toggle("warn", list.some(([k]) => k === "warning"));
    for (const [kind, text] of list) {
      const line = document.createElement("span");
      const label = document.createElement("strong");
      label.textContent = kind === "warning" ? "Fix this: " : "Tip: ";
      line.append(label, text);
      note.append(line);
    }
    if (list.some(([k]) => k === "warning")) el.setAttribute("aria-invalid", "true");
  }
  const ownNote = checkSite();
  $("summary").textContent =
    warnings === 0 && !ownNote ? "The check can use every setting as written."
      : (warnings + (ownNote ? 1 : 0)) + (warnings + (ownNote ? 1 : 0) === 1 ? " setting needs a fix." : " settings need a fix.");
}

// The two fields of this page only (where the files are, the site for frame-ancestors): they
// are not settings of the check, so the parser does not know them.
function siteOrigin() {
  const site = $("f-site").value.trim();
  if (!site) return { value: "https://www.your-center.org" };
  try {
    const url = new URL(site);
    if (url.protocol === "https:") return { value: url.origin };
  } catch (err) {
    // Not an address; said below.
  }
  return { value: "https://www.your-center.org", problem: "Write your site's full address, starting with https://." };
}
function checkSite() {
  const note = noteFor($("f-site"));
  const { problem } = siteOrigin();
  note.hidden = !problem;
  note.classList.toggle("warn", !!problem);
  note.textContent = problem ? "Fix this: " + problem : "";
  return problem;
}
function base() {
  const value = $("f-base").value.trim() || DEFAULT_BASE;
  return value.endsWith("/") ? value : value + "/";
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
    '  style="display:block;width:100%;height:720px;border:0"></iframe>',
  ].join("\n");

  $("c-headers").textContent = [
    "Content-Security-Policy: " + BUILD.csp + "; frame-ancestors " + siteOrigin().value,
    "Content-Security-Policy: sandbox " + SANDBOX,
    "Referrer-Policy: no-referrer",
    "X-Content-Type-Options: nosniff",
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
$("add-program").addEventListener("click", () => {
  const set = $("program").content.firstElementChild.cloneNode(true);
  set.dataset.uid = ++made;
  for (const field of set.querySelectorAll(".field")) {
    const control = field.querySelector("input, select");
    control.id = "p" + made + "-" + control.dataset.part;
    field.querySelector("label").htmlFor = control.id;
  }
  set.querySelector("[data-remove]").addEventListener("click", () => {
    set.remove();
    number();
    update(true);
    $("add-program").focus();
  });
  $("programs").append(set);
  number();
  update(true);
  set.querySelector("select").focus();
});

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
