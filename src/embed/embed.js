// The host loader: one classic script tag puts the widget where it stands.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var frame = document.createElement("iframe");
  frame.src = new URL("screener.html", script.src).href;
  frame.title = "Private check: find a starting point for care";
  // No allow-same-origin: the frame gets an opaque origin, so the host cannot read it.
  // Each token is for one thing the widget does (see docs/embedding.md when written):
  // print (allow-modals), save a text file (allow-downloads), resource links and tel:/sms:
  // (allow-popups, allow-popups-to-escape-sandbox), and the quick exit, which must navigate
  // the top window even after Shift x3 with no recent click (allow-top-navigation).
  frame.setAttribute("sandbox", "allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.width = "100%";
  frame.style.height = "640px";
  frame.style.border = "0";
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
