// thaiextract HTML view: click a highlight or a listed fact to see its values, its sentence and
// links to its other mentions; click the legend to hide or show a kind.
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
  // The first highlight of fact `id` whose original offset lies in [start, end).
  function markAt(id, start, end) {
    var found = null;
    marksOf(id).forEach(function (m) {
      var o = Number(m.getAttribute("data-o"));
      if (found === null && o >= start && o < end) { found = m; }
    });
    return found;
  }
  function goTo(mark) {
    if (!mark) { return; }
    mark.scrollIntoView({ block: "center", behavior: "smooth" });
    mark.classList.add("flash");
    setTimeout(function () { mark.classList.remove("flash"); }, 1200);
  }
  function mentionList(id, fact) {
    var spans = [{ text: fact.fields.text, start: fact.fields.start, end: fact.fields.end }];
    (fact.fields.mentions || []).forEach(function (m) {
      if (m.start !== spans[0].start || m.end !== spans[0].end) { spans.push(m); }
    });
    var list = document.createElement("ol");
    list.className = "mentions";
    spans.forEach(function (span) {
      var link = document.createElement("a");
      link.href = "#";
      link.textContent = span.text + " @" + span.start + "–" + span.end;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        goTo(markAt(id, span.start, span.end));
      });
      list.appendChild(document.createElement("li")).appendChild(link);
    });
    return list;
  }
  function show(id) {
    var fact = facts[id];
    if (!fact) { return; }
    clearActive();
    marksOf(id).forEach(function (m) { m.classList.add("active"); });
    var item = document.querySelector('aside li[data-f="' + id + '"]');
    if (item) { item.classList.add("active"); }
    var parts = [];
    var title = document.createElement("strong");
    title.textContent = fact.kind;
    parts.push(title);
    if (fact.fields.sentence) {
      var quote = document.createElement("blockquote");
      quote.textContent = fact.fields.sentence;
      parts.push(quote);
    }
    var table = document.createElement("table");
    Object.keys(fact.fields).forEach(function (key) {
      var text = cell(fact.fields[key]);
      if (text === "" || key === "sentence" || key === "mentions") { return; }
      var row = table.insertRow();
      var th = document.createElement("th");
      th.textContent = key;
      row.appendChild(th);
      row.insertCell().textContent = text;
    });
    parts.push(table);
    var heading = document.createElement("p");
    heading.className = "mentions-head";
    heading.textContent = "mentions:";
    parts.push(heading, mentionList(id, fact));
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { details.hidden = true; clearActive(); });
    details.replaceChildren.apply(details, [close].concat(parts));
    details.hidden = false;
  }
  // Each piece takes the colour of the innermost fact covering it whose kind is shown, so a
  // meeting stays pink where the organisation inside it is switched off.
  function recolour() {
    var body = document.body.classList;
    document.querySelectorAll("mark[data-f]").forEach(function (m) {
      var shown = m.getAttribute("data-f").split(" ").filter(function (id) {
        return facts[id] && !body.contains("hide-" + facts[id].kind);
      });
      var kind = shown.length ? facts[shown[0]].kind : "none";
      m.classList.forEach(function (c) {
        if (c.indexOf("k-") === 0) { m.classList.remove(c); }
      });
      m.classList.add("k-" + kind);
    });
  }
  function toggleKind(kind) {
    var hidden = document.body.classList.toggle("hide-" + kind);
    recolour();
    document.querySelectorAll('.legend li[data-kind="' + kind + '"]').forEach(function (li) {
      li.classList.toggle("off", hidden);
      li.setAttribute("aria-pressed", String(!hidden));
    });
  }

  document.addEventListener("click", function (event) {
    var legend = event.target.closest(".legend li[data-kind]");
    if (legend) {
      toggleKind(legend.getAttribute("data-kind"));
      return;
    }
    var mark = event.target.closest("mark[data-f]");
    if (mark) {
      show(mark.getAttribute("data-f").split(" ")[0]);
      return;
    }
    var item = event.target.closest("aside li[data-f]");
    if (item) {
      var id = item.getAttribute("data-f");
      show(id);
      goTo(marksOf(id)[0]);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { details.hidden = true; clearActive(); }
    var legend = event.target.closest && event.target.closest(".legend li[data-kind]");
    if (legend && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggleKind(legend.getAttribute("data-kind"));
    }
  });
  // ?hide=date,person hides kinds and ?show=f0-p0 opens a fact at load: links to share, and
  // hooks for headless checks.
  var wanted = /[?&]hide=([^&#]*)/.exec(window.location.search);
  if (wanted) { decodeURIComponent(wanted[1]).split(",").forEach(toggleKind); }
  var opened = /[?&]show=([^&#]*)/.exec(window.location.search);
  if (opened) { show(decodeURIComponent(opened[1])); }
  document.body.setAttribute("data-ready", String(Object.keys(facts).length));
})();
