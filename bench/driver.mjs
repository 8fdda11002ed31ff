// The parts of the benchmark that run inside the measured page. Each function is passed to
// playwright as source, so it must be self-contained (no closure over this module).

/**
 * Runs before any script of every document (frames included): records when the first screen
 * is interactive, i.e. the first question's heading and its radio or check boxes are in the
 * document, or (for a widget that opens on a start page) a heading and the start button are.
 * Stored as an absolute time (timeOrigin + now) so that a frame's time can be put on its host
 * page's clock.
 */
export function firstScreenProbe({ heading, startButton }) {
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  const ready = () => {
    if (startButton && document.querySelector("h1")) {
      for (const b of document.querySelectorAll("button")) if (norm(b.textContent) === startButton) return true;
    }
    if (!document.querySelector("input[type=radio], input[type=checkbox]")) return false;
    for (const el of document.querySelectorAll("h1, h2, h3, h4, h5, legend, .sd-question__title")) {
      if (norm(el.textContent).startsWith(heading)) return true;
    }
    return false;
  };
  const record = () => {
    if (window.__benchFirst || !ready()) return;
    window.__benchFirst = performance.timeOrigin + performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(record);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Answers the questionnaire on screen from the first question to the result, inside the page,
 * so that no round trip to the driver is timed. For each question it picks the options the run
 * plan names for that heading (the plan is the exporter's; the same labels are shown by both
 * pages), or, for a screen the plan does not know, a safe answer ("No", "None", …, else the
 * first option). It selects, lets the page render one frame, then clicks Continue and times
 * the click until the next screen is settled: for ours, the new heading has focus; for
 * SurveyJS, the new question is rendered and focus is inside it (SurveyJS moves focus to the
 * first option of the new page). A screen that never takes focus is timed to its render and
 * counted in `focusMissed`, so a missing focus move shows in the report instead of stalling.
 */
export async function runQuestionnaire({ plan, kind }) {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, " ").trim() : "");
  const shown = (el) => !!el && el.getClientRects().length > 0;
  const labelOf = (input) => text(input.labels && input.labels[0]);
  const buttons = new Set([plan.continue, ...(plan.other_buttons || [])]);
  const adapters = {
    ours: {
      inputs: () => [...document.querySelectorAll("input[type=radio], input[type=checkbox]")],
      heading: () => document.querySelector("fieldset legend h1, fieldset legend h2") || document.querySelector("main h1, main h2, h1, h2"),
      next: () => [...document.querySelectorAll("button")].find((b) => buttons.has(text(b)) && shown(b)),
      rendered: (before) => text(adapters.ours.heading()) !== before,
      focused: (before) => {
        const a = document.activeElement;
        return !!a && /^H[1-6]$/.test(a.tagName) && text(a) !== before;
      },
    },
    peer: {
      inputs: () => [...document.querySelectorAll(".sd-question input[type=radio], .sd-question input[type=checkbox]")],
      heading: () => document.querySelector(".bench-result") || document.querySelector(".sd-question__title .sv-string-viewer"),
      next: () => [...document.querySelectorAll("input.sd-navigation__next-btn, input.sd-navigation__complete-btn")].find(shown),
      rendered: (before) => text(adapters.peer.heading()) !== before,
      // SurveyJS focuses the first option of a new page; its result page takes no focus.
      focused: (before) => {
        if (document.querySelector(".bench-result")) return true;
        const h = document.querySelector(".sd-question__title .sv-string-viewer");
        const q = h && text(h) !== before && h.closest(".sd-question");
        return !!q && q.contains(document.activeElement);
      },
    },
  };
  const page = adapters[kind];

  // Resolves with the time at which `cond` first holds, checked after every DOM change, every
  // focus move and every frame; null after `ms`.
  const until = (cond, ms) =>
    new Promise((resolve) => {
      if (cond()) return resolve(performance.now());
      let done = false;
      const finish = (v) => {
        if (done) return;
        done = true;
        observer.disconnect();
        document.removeEventListener("focusin", check, true);
        clearTimeout(timer);
        resolve(v);
      };
      const check = () => cond() && finish(performance.now());
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener("focusin", check, true);
      const poll = () => {
        if (done) return;
        check();
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      const timer = setTimeout(() => finish(null), ms);
    });
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const SAFE = /^(no\b|none|never|not at all|myself)/i;

  const byHeading = new Map(plan.steps.map((s) => [s.heading, s]));
  const steps = [];
  const answered = [];
  let runTime = null;
  let focusMissed = 0;
  let focusWait = 0;
  const runStart = performance.now();
  // A run never has more screens than questions plus a few interstitials (summary, result).
  for (let i = 0; i < plan.steps.length * 2 + 10; i++) {
    const button = page.next();
    if (!button) break; // no Continue: the result is on screen
    const before = text(page.heading());
    const inputs = page.inputs();
    if (inputs.length) {
      const step = byHeading.get(before);
      let picks = step ? inputs.filter((x) => step.choose.includes(labelOf(x))) : [];
      const planned = !!step && picks.length === step.choose.length;
      if (!planned) picks = [inputs.find((x) => SAFE.test(labelOf(x))) || inputs[0]];
      for (const p of picks) if (!p.checked) p.click();
      answered.push({ heading: before, chose: picks.map(labelOf), planned });
      await nextFrame();
    }
    const kind = inputs.length ? "question" : text(button) === plan.continue ? "continue" : text(button);
    const t0 = performance.now();
    button.click();
    const rendered = await until(() => page.rendered(before), 10000);
    if (rendered === null) return { error: `no new screen after "${before}"`, steps, answered };
    // A page that never moves focus to the new screen is timed to the render and counted.
    const focused = await until(() => page.focused(before), 1000);
    const t1 = focused ?? rendered;
    steps.push({ kind, ms: t1 - t0 });
    // The run's own time so far, without the waits for a focus move that never came.
    runTime = t1 - runStart - focusWait;
    if (focused === null) {
      focusMissed += 1;
      focusWait += performance.now() - rendered;
    }
  }
  return { steps, answered, runTime, focusMissed, result: text(page.heading()) };
}

/**
 * Diagnostic only (separate runs, never the measured ones): records when the page compiles
 * and instantiates its WebAssembly, by wrapping the two constructors the wasm-bindgen glue
 * calls (`initSync`), so the first screen's time can be split into its parts.
 */
export function wasmTimingProbe() {
  const { Module, Instance } = WebAssembly;
  const marks = (window.__benchWasm = {});
  const wrap = (Ctor, name) => {
    const W = function (...args) {
      const start = performance.now();
      const made = new Ctor(...args);
      marks[name] = [start, performance.now()];
      return made;
    };
    W.prototype = Ctor.prototype;
    Object.setPrototypeOf(W, Ctor);
    return W;
  };
  WebAssembly.Module = wrap(Module, "compile");
  WebAssembly.Instance = wrap(Instance, "instantiate");
}
