// The room's page without reloads: notes are sent in the background and resent, with the
// same key, until the laptop has stored them; the page follows the facilitator through
// server-sent events. Everything here is optional: without it the forms work as they are.
"use strict";
(function () {
  var KEY = "facilitator-room-pending";
  var form = document.getElementById("note-form");
  if (!form) { return; }
  var live = document.getElementById("live");
  var text = form.querySelector("textarea");
  var csrf = form.querySelector("input[name=csrf]").value;
  var retryTimer = null;
  // What the page says, in the workshop's language (base.html), English if it is missing.
  var words = {};
  try { words = JSON.parse(document.getElementById("words").textContent); } catch (e) {}
  function w(key, english) { return words[key] || english; }

  function uuid() {  // crypto.randomUUID needs https; getRandomValues works on a LAN address
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); });
    return h.slice(0, 4).join("") + "-" + h.slice(4, 6).join("") + "-" + h.slice(6, 8).join("") +
      "-" + h.slice(8, 10).join("") + "-" + h.slice(10).join("");
  }
  function say(message, bad) {
    live.textContent = message;
    live.className = bad ? "live bad" : "live";
  }
  function pending() {
    try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function keep(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* private mode */ }
    var ul = document.getElementById("pending");
    ul.textContent = "";
    list.forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = w("waiting", "Waiting to send: ") + item.text;  // text, never HTML
      ul.appendChild(li);
    });
  }
  function post(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin",
      headers: { "Accept": "application/json",
                 "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(body).toString() });
  }
  function refresh() {
    return fetch("/panel", { credentials: "same-origin" }).then(function (r) {
      if (r.status === 401) { location.href = "/join"; return; }
      if (!r.ok) { return; }
      return r.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var active = document.activeElement;
        var typing = active && /^(TEXTAREA|INPUT|SELECT)$/.test(active.tagName);
        ["panel", "sent"].forEach(function (id) {
          var now = document.getElementById(id), fresh = doc.getElementById(id);
          if (now && fresh && !(typing && now.contains(active))) {  // never under one's typing
            now.replaceChildren.apply(now, Array.prototype.slice.call(fresh.childNodes));
          }
        });
      });
    }).catch(function () { /* offline: the next event refreshes */ });
  }
  function sendOne(item) {
    return post("/notes", { csrf: csrf, uid: item.uid, text: item.text }).then(function (r) {
      return r.json().catch(function () { return { status: "failed", message: "" }; })
        .then(function (answer) { answer.code = r.status; return answer; });
    });
  }
  function flush() {
    clearTimeout(retryTimer);
    var list = pending();
    if (!list.length) { return Promise.resolve(); }
    var item = list[0];
    return sendOne(item).then(function (answer) {
      if (answer.status === "stored" || answer.status === "already") {
        keep(pending().filter(function (p) { return p.uid !== item.uid; }));
        say(answer.status === "stored" ? w("sent", "Sent ✓") : w("already", "Already received ✓"));
        refresh();
        return flush();
      }
      if (answer.code === 401) { location.href = "/join"; return; }
      if (answer.status === "refused") {  // will never be stored: give the text back
        keep(pending().filter(function (p) { return p.uid !== item.uid; }));
        if (!text.value) { text.value = item.text; }
        say(answer.message, true);
        return flush();
      }
      say((answer.message || w("not_sent", "Not sent yet.")) + w("again", " Trying again…"), true);
      retryTimer = setTimeout(flush, answer.code === 429 ? 5000 : 2000);
    }, function () {
      say(w("offline", "No connection to the room. Your note is kept and sent when it is back."), true);
      retryTimer = setTimeout(flush, 3000);
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var value = text.value;
    if (!value.trim()) { say(w("empty", "Write something first."), true); return; }
    var list = pending();
    list.push({ uid: uuid(), text: value });
    keep(list);
    text.value = "";
    text.focus();
    say(w("sending", "Sending…"));
    flush();
  });
  document.addEventListener("submit", function (event) {  // votes, edits, label choice
    var f = event.target;
    if (!f.hasAttribute("data-live")) { return; }
    event.preventDefault();
    var body = {};
    new FormData(f).forEach(function (v, k) { body[k] = v; });
    post(f.getAttribute("action"), body).then(function (r) {
      return r.json().then(function (answer) {
        if (r.status === 401) { location.href = "/join"; return; }
        var done = { voted: w("voted", "Vote saved ✓"), edited: w("edited", "Changed ✓"),
                     deleted: w("deleted", "Deleted"), label: w("saved", "Saved ✓") };
        if (!r.ok) { say(answer.message || w("failed", "That did not work."), true); }
        else { say(done[answer.done] || w("saved", "Saved ✓")); }
        refresh();
      });
    }, function () { say(w("retry", "No connection to the room. Try again in a moment."), true); });
  }, true);
  text.addEventListener("input", function () {
    document.getElementById("count").textContent =
      w("count", "{0} of {1} characters").replace("{0}", text.value.length)
        .replace("{1}", text.getAttribute("maxlength"));
  });
  keep(pending());
  flush();
  if (window.EventSource) {
    var events = new EventSource("/events");
    events.addEventListener("update", refresh);
    events.addEventListener("open", function () { refresh(); flush(); });
    events.addEventListener("closed", function () {
      events.close();
      say(w("closed", "The facilitator has closed the room. Thank you!"), false);
      form.querySelector("button").disabled = true;
    });
  }
})();
