// thaiextract HTML view: click a highlight or a listed fact to see its normalised values.
(function () {
  "use strict";
  var facts = {};
  document.querySelectorAll("script.facts-data").forEach(function (node) {
    var data = JSON.parse(node.textContent);
    Object.keys(data).forEach(function (id) { facts[id] = data[id]; });
  });
  var details = document.getElementById("details");

  function marksOf(id) {
    return document.querySelectorAll('mark[data-f~="' + id + '"]');
  }
  function clearActive() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  }
  function cell(value) {
    if (value === null || value === undefined) { return ""; }
    if (Array.isArray(value)) {
      return value.map(function (v) {
        return (v && typeof v === "object") ? v.text + " @" + v.start + "–" + v.end : String(v);
      }).join("; ");
    }
    return String(value);
  }
  function show(id) {
    var fact = facts[id];
    if (!fact) { return; }
    clearActive();
    marksOf(id).forEach(function (m) { m.classList.add("active"); });
    var item = document.querySelector('aside li[data-f="' + id + '"]');
    if (item) { item.classList.add("active"); }
    var table = document.createElement("table");
    Object.keys(fact.fields).forEach(function (key) {
      var text = cell(fact.fields[key]);
      if (text === "" || key === "sentence") { return; }
      var row = table.insertRow();
      var th = document.createElement("th");
      th.textContent = key;
      row.appendChild(th);
      row.insertCell().textContent = text;
    });
    var title = document.createElement("strong");
    title.textContent = fact.kind;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { details.hidden = true; clearActive(); });
    details.replaceChildren(close, title, table);
    details.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-f]");
    if (mark) {
      show(mark.getAttribute("data-f").split(" ")[0]);
      return;
    }
    var item = event.target.closest("aside li[data-f]");
    if (item) {
      var id = item.getAttribute("data-f");
      show(id);
      var first = marksOf(id)[0];
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { details.hidden = true; clearActive(); }
  });
  document.body.setAttribute("data-ready", String(Object.keys(facts).length));
})();
