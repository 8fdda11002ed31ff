// care-screener host loader. One classic script tag puts the widget where the tag stands, or
// into the element named by data-target:
//   <script src="https://screener.example.org/embed.js" data-center-name="…" async></script>
// It creates a sandboxed iframe on screener.html, hands it the data- settings in the frame's
// address fragment (read once by the widget, which checks every value and warns in the console
// about anything it cannot use), and sets the frame's height from the widget's height messages.
// Nothing else crosses the frame boundary, in either direction. See docs/embedding.md.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;

  // Settings the loader itself uses; everything else is the widget's to check.
  var LOADER_KEYS = { target: true };
  // The widget asks for heights in this range only (src/embed/resize.rs).
  var MIN_HEIGHT = 320, MAX_HEIGHT = 1600;
  var TITLES = {
    en: "Private check: find a starting point for care",
    es: "Chequeo privado: encuentre un punto de partida para recibir ayuda"
  };

  var settings = new URLSearchParams();
  var target = null;
  for (var i = 0; i < script.attributes.length; i++) {
    var name = script.attributes[i].name;
    if (name.indexOf("data-") !== 0) continue;
    var key = name.slice(5);
    if (LOADER_KEYS[key]) target = script.attributes[i].value;
    else settings.append(key, script.attributes[i].value);
  }

  var frame = document.createElement("iframe");
  var src = new URL("screener.html", script.src);
  src.hash = settings.toString();
  frame.src = src.href;
  var lang = (settings.get("lang") || document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  frame.title = TITLES[lang] || TITLES.en;
  // No allow-same-origin, ever: the frame gets an opaque origin, so no script of this page can
  // read into it. Each token is there for one thing the widget does (docs/embedding.md, "Why
  // each sandbox token"; e2e/embed-sandbox.test.mjs shows each one is needed):
  //   allow-scripts                   the widget is a program
  //   allow-modals                    "Print" (window.print() from a sandboxed frame)
  //   allow-downloads                 "Save as a text file"
  //   allow-popups                    resource links open in a new tab; tel:/sms: links
  //   allow-popups-to-escape-sandbox  so those resource sites work normally in that tab
  //   allow-top-navigation            the quick exit replaces this page even after Shift x3,
  //                                   which gives no user activation in Chromium
  frame.setAttribute("sandbox", "allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.height = "640px";
  frame.style.border = "0";

  var asked = 0;
  // Never taller than the window: the whole frame fits on screen, so the heading the widget
  // focuses after each step is visible without scrolling this page.
  function fit() {
    if (asked) frame.style.height = Math.min(asked, Math.max(MIN_HEIGHT, window.innerHeight)) + "px";
  }
  window.addEventListener("message", function (event) {
    // Only our own frame (its origin is always "null", so the source is what identifies it),
    // and only the one fixed shape: an object whose single key is the height.
    if (event.source !== frame.contentWindow || event.origin !== "null") return;
    var data = event.data;
    if (!data || typeof data !== "object" || Object.keys(data).join() !== "careScreenerHeight") return;
    var height = data.careScreenerHeight;
    if (typeof height !== "number" || !isFinite(height)) return;
    asked = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    fit();
  });
  window.addEventListener("resize", fit);

  function place() {
    var into = null;
    if (target) {
      try {
        into = document.querySelector(target);
      } catch (err) {
        into = null;
      }
      if (!into) console.warn("care-screener: data-target=\"" + target + "\" matches no element on this page, so the widget is placed where its script tag stands.");
    }
    var parent = script.parentNode;
    if (into) into.appendChild(frame);
    // A script in <head> (or one a tag manager has removed) has no place in the page to stand.
    else if (!parent || parent === document.head) document.body.appendChild(frame);
    else parent.insertBefore(frame, script.nextSibling);
  }
  // Until the page is parsed, a target further down or the <body> may not exist yet.
  if (document.readyState === "loading" && (target || script.parentNode === document.head)) {
    document.addEventListener("DOMContentLoaded", place);
  } else {
    place();
  }
})();
