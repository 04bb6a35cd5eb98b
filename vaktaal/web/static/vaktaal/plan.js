// Drag a word to another week; the page works without this (each word has a select and a button).
(function () {
  "use strict";
  var weeks = document.querySelector(".weeks");
  if (!weeks || !("draggable" in document.createElement("li"))) { return; }
  if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) { return; } // phones: the select
  weeks.classList.add("js-drag");
  var dragged = null;
  weeks.addEventListener("dragstart", function (event) {
    var word = event.target.closest(".word");
    if (!word) { return; }
    dragged = word;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", word.dataset.key);
  });
  weeks.querySelectorAll(".week").forEach(function (week) {
    week.addEventListener("dragover", function (event) { event.preventDefault(); week.classList.add("drop-target"); });
    week.addEventListener("dragleave", function () { week.classList.remove("drop-target"); });
    week.addEventListener("drop", function (event) {
      event.preventDefault();
      week.classList.remove("drop-target");
      if (!dragged) { return; }
      var form = dragged.querySelector("form.move");
      form.querySelector("select").value = week.dataset.week;
      form.submit();
    });
  });
})();
