// The host loader: one classic script tag puts the widget where it stands.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var frame = document.createElement("iframe");
  frame.src = new URL("screener.html", script.src).href;
  frame.title = "Private check: find a starting point for care";
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.width = "100%";
  frame.style.height = "640px";
  frame.style.border = "0";
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
