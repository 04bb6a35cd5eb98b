// The progress page's "print" button (the page prints cleanly with the browser's own print too).
(function () {
  "use strict";
  var button = document.querySelector("button.print");
  if (!button || !window.print) { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
