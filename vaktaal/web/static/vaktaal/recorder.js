// Record the translation with the phone's microphone and send it to the server (one tap to start,
// one to stop; it stops by itself after 15 seconds).
(function () {
  "use strict";
  var box = document.querySelector(".recorder");
  if (!box || !navigator.mediaDevices || !window.MediaRecorder) { return; }
  box.hidden = false;
  var button = box.querySelector(".record");
  var status = box.querySelector(".status");
  var token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
  var recorder = null, chunks = [], timer = null;

  function send(blob) {
    var data = new FormData();
    data.append("key", box.dataset.key);
    data.append("lang", box.dataset.lang);
    data.append("audio", blob, "opname");
    status.textContent = "Versturen…";
    fetch(box.dataset.url, { method: "POST", body: data, headers: { "X-CSRFToken": token }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        status.textContent = answer.message;
        box.classList.toggle("saved", !!answer.ok);
        if (answer.ok && answer.sound) { playBack(answer.sound); }
      })
      .catch(function () { status.textContent = "Versturen lukte niet. Probeer het nog eens."; });
  }

  // The saved recording's player, beside the translation, right away (no reload needed).
  function playBack(url) {
    var place = document.querySelector(".translation");
    if (!place) { return; }
    var player = place.querySelector("audio.own");
    if (!player) {
      player = document.createElement("audio");
      player.className = "own";
      player.controls = true;
      player.preload = "none";
      place.appendChild(player);
    }
    player.src = url + (url.indexOf("?") < 0 ? "?" : "&") + "v=" + Date.now();
  }

  function stop() {
    if (recorder && recorder.state === "recording") { recorder.stop(); }
    clearTimeout(timer);
  }

  button.addEventListener("click", function () {
    if (recorder && recorder.state === "recording") { stop(); return; }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.addEventListener("dataavailable", function (event) { if (event.data.size) { chunks.push(event.data); } });
      recorder.addEventListener("stop", function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        button.classList.remove("recording");
        button.textContent = "🎤 Opnieuw opnemen";
        send(new Blob(chunks, { type: recorder.mimeType.split(";")[0] || "audio/webm" }));
      });
      recorder.start();
      button.classList.add("recording");
      button.textContent = "■ Stop";
      status.textContent = "Aan het opnemen… spreek de vertaling in.";
      timer = setTimeout(stop, 15000);
    }).catch(function () { status.textContent = "De microfoon mag niet gebruikt worden. Sta het toe in de browser."; });
  });
})();
