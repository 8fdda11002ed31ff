// care-screener host loader. One classic script tag puts the widget where the tag stands, or
// into the element named by data-target:
//   <script src="https://screener.example.org/embed.js" data-center-name="…" async></script>
// It creates a sandboxed iframe on screener.html, hands it the data- settings in the frame's
// address fragment (read once by the widget, which checks every value and warns in the console
// about anything it cannot use), and sets the frame's height from the widget's height messages.
// Nothing else crosses the frame boundary, in either direction. See docs/embedding.md.
//
// With data-mode="overlay" the loader puts a button where the tag stands instead; pressing it
// opens the widget over the whole window in a modal <dialog> (the top layer, so no banner or
// chat bubble of the page can cover it), with a close button drawn here, outside the frame.
// Escape closes it: on the loader's own button directly, and inside the frame the widget
// hands focus back to this page, which this loader takes as the sign to close. The page
// behind is inert and does not scroll; closing keeps the frame, so a second open goes on
// where the visitor was, and focus returns to the button.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;

  // Settings the loader itself uses; everything else is the widget's to check. The widget
  // also reads mode and offset-top (for Escape, and to keep its exit bar below a fixed header).
  var LOADER_KEYS = { target: true, "button-text": true };
  // MAX_OFFSET is the widget's own limit (src/embed/config.rs), checked the same way.
  var MAX_OFFSET = 240, MAX_BUTTON_CHARS = 60;
  // The widget asks for heights in this range only: MIN_HEIGHT and MAX_HEIGHT in
  // src/embed/resize.rs, which tests/one_source.rs checks these against.
  var MIN_HEIGHT = 320, MAX_HEIGHT = 1600;
  var TITLES = {
    en: "Private check: find a starting point for care",
    es: "Chequeo privado: encuentre un punto de partida para recibir ayuda"
  };
  var OPEN = { en: "Start the private check", es: "Comenzar el chequeo privado" };
  var CLOSE = { en: "Close the check", es: "Cerrar el chequeo" };

  var settings = new URLSearchParams();
  var own = {};
  var lang;
  for (var i = 0; i < script.attributes.length; i++) {
    var name = script.attributes[i].name;
    if (name.indexOf("data-") !== 0) continue;
    var key = name.slice(5);
    if (LOADER_KEYS[key]) own[key] = script.attributes[i].value;
    else settings.append(key, script.attributes[i].value);
  }
  var target = own.target || null;
  lang = (settings.get("lang") || document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  if (!TITLES[lang]) lang = "en";
  function warn(key, value, problem) {
    console.warn("care-screener: data-" + key + "=\"" + String(value).slice(0, 60) + "\": " + problem);
  }
  // The same checks as the widget's (src/embed/config.rs), so both read the same values; the
  // widget warns about these two itself, so the loader stays quiet about them.
  var modeValue = (settings.get("mode") || "inline").trim().toLowerCase();
  var overlay = modeValue === "overlay";
  var offsetValue = (settings.get("offset-top") || "0").trim().replace(/px$/, "");
  var offset = /^[0-9]{1,4}$/.test(offsetValue) && +offsetValue <= MAX_OFFSET ? +offsetValue : 0;
  // Plain text only (set as textContent, never as markup), one line, not too long.
  var buttonText = (own["button-text"] || "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();
  if (own["button-text"] !== undefined && !overlay) {
    warn("button-text", own["button-text"], "used only with data-mode=\"overlay\", so it is ignored.");
  } else if (own["button-text"] !== undefined && (!buttonText || buttonText.length > MAX_BUTTON_CHARS)) {
    warn("button-text", own["button-text"], "empty or longer than " + MAX_BUTTON_CHARS + " characters, so the button says \"" + (OPEN[lang] || OPEN.en) + "\".");
    buttonText = "";
  }

  var frame = document.createElement("iframe");
  var src = new URL("screener.html", script.src);
  src.hash = settings.toString();
  frame.src = src.href;
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
  // A link or script that scrolls the frame into view stops it below the site's fixed header.
  frame.style.scrollMarginTop = offset + "px";

  var asked = 0;
  // Never taller than the window less the site's fixed header: the whole frame fits on screen
  // below it. In the overlay the frame fills the window whatever it asks.
  function fit() {
    if (asked && !overlay) frame.style.height = Math.min(asked, Math.max(MIN_HEIGHT, window.innerHeight - offset)) + "px";
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

  // The overlay: a modal dialog filling the window, holding the loader's close bar and the
  // frame. Every style is set inline and important, so the page's own rules for dialog,
  // button or iframe cannot move, hide or shrink them.
  function css(el, rules) {
    for (var prop in rules) el.style.setProperty(prop, rules[prop], "important");
  }
  function makeOverlay() {
    var opener = document.createElement("button");
    opener.type = "button";
    opener.textContent = buttonText || OPEN[lang];
    opener.setAttribute("data-care-screener", "open");
    var dialog = document.createElement("dialog");
    dialog.setAttribute("aria-label", frame.title);
    css(dialog, { position: "fixed", inset: "0", width: "100%", height: "100%", "max-width": "none", "max-height": "none",
      margin: "0", padding: "0", border: "0", background: "#ffffff", display: "none", "flex-direction": "column",
      "box-sizing": "border-box", overflow: "hidden", "z-index": "2147483647", opacity: "1", visibility: "visible", transform: "none" });
    var bar = document.createElement("div");
    css(bar, { display: "flex", "justify-content": "flex-end", padding: "6px 12px", background: "#f3f2f1",
      "border-bottom": "1px solid #6f777b", flex: "none", margin: "0" });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7 " + CLOSE[lang];
    close.setAttribute("data-care-screener", "close");
    css(close, { font: "700 16px/1.25 system-ui, sans-serif", color: "#0b0c0c", background: "#ffffff", border: "2px solid #0b0c0c",
      "border-radius": "4px", padding: "8px 14px", "min-height": "44px", cursor: "pointer", margin: "0", transform: "none" });
    bar.appendChild(close);
    css(frame, { flex: "1 1 auto", height: "auto", "min-height": "0", "max-height": "none", width: "100%", "max-width": "none",
      border: "0", display: "block", transform: "none", opacity: "1", visibility: "visible" });
    dialog.appendChild(bar);
    dialog.appendChild(frame);
    var overflow = null;
    function open() {
      if (dialog.open) return;
      overflow = document.documentElement.style.getPropertyValue("overflow");
      document.documentElement.style.setProperty("overflow", "hidden", "important");
      css(dialog, { display: "flex" });
      dialog.showModal();
      frame.focus();
    }
    // Undoes open(). It runs at once when this loader closes the dialog, so focus is on the
    // button as soon as the dialog is gone, and again on the dialog's close event (fired a
    // task later, and the only sign when Escape on the close bar cancelled it); twice is harmless.
    function restore() {
      css(dialog, { display: "none" });
      document.documentElement.style.removeProperty("overflow");
      if (overflow) document.documentElement.style.setProperty("overflow", overflow);
      opener.focus();
    }
    function shut() {
      if (!dialog.open) return;
      dialog.close();
      restore();
    }
    dialog.addEventListener("close", restore);
    // Escape on the close bar: the dialog's own cancel, which closes it.
    opener.addEventListener("click", open);
    close.addEventListener("click", shut);
    // Escape inside the frame: the widget gives focus back to this window (and nothing else);
    // the frame is still the focused element then, which a click on the page never leaves.
    // Looked at a task later: a click on the close button also gives this window focus, while
    // the frame can still be the focused element, and closing the dialog there would leave the
    // button's own focus nowhere to go (it ended on the page's body, not on the opener; a
    // fresh-clone run caught it once).
    window.addEventListener("focus", function () {
      setTimeout(function () {
        if (dialog.open && document.activeElement === frame) shut();
      }, 0);
    });
    return [opener, dialog];
  }

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
    var made = document.createDocumentFragment();
    if (overlay) makeOverlay().forEach(function (el) { made.appendChild(el); });
    else made.appendChild(frame);
    if (into) into.appendChild(made);
    // A script in <head> (or one a tag manager has removed) has no place in the page to stand.
    else if (!parent || parent === document.head) document.body.appendChild(made);
    else parent.insertBefore(made, script.nextSibling);
  }
  // Until the page is parsed, a target further down or the <body> may not exist yet.
  if (document.readyState === "loading" && (target || script.parentNode === document.head)) {
    document.addEventListener("DOMContentLoaded", place);
  } else {
    place();
  }
})();
