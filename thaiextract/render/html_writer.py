"""HTML: one self-contained page (styles and script inline, no network) to look at the facts.

Each document is a section: the article as a reader sees it, escaped, with every fact (and every
later mention of it) highlighted in its kind's colour, and a side panel listing the facts with
their normalised values, sentence, rule and evidence. For plain text that is the input itself;
for HTML input it is the text the cleaner kept, one paragraph a line, not the markup (the JSON
offsets still point into the markup: each highlight carries its original offset in ``data-o``).
Hovering shows a summary; clicking a highlight or a listed fact shows all its fields and links to
its other mentions; clicking the legend hides or shows a kind. Facts of different kinds may
overlap (a date inside a meeting's name): the text is cut at every span boundary and each piece is
one ``<mark>`` coloured by the innermost fact, whose ``data-f`` lists every fact covering it,
innermost first.

All text inside the page's ``<script>`` data is JSON with ``<``, ``>`` and ``&`` escaped, so no
article text (``<!--<script>``, ``</script>``, ``<![CDATA[``) can end or re-open a script.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from html import escape
from importlib import resources
from itertools import pairwise
from typing import Any, TextIO

from ..clean import clean_views
from ..model import KINDS, Document, Fact
from ..read import looks_like_html
from ..view import ViewChain

Mark = tuple[int, int, str, str, bool]  # start, end, fact id, kind, is a later mention

KIND_LABELS = {"date": "date · วันที่", "person": "person · บุคคล",
               "organization": "organisation · องค์กร", "meeting": "meeting · การประชุม",
               "initiative": "initiative · โครงการ"}
SECTION_KEYS = tuple((k.key, k.singular) for k in KINDS)  # the model's order


@lru_cache(maxsize=2)
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def summary(fact: Fact) -> str:
    """The normalised values of a fact, one short line (hover text and side panel)."""
    d = fact.to_dict()
    kind = fact.kind
    parts: list[str] = []
    if kind == "date":
        value = d.get("value") or "?"
        if d.get("end_value"):
            value += f" – {d['end_value']}"
        parts.append(value)
        if d.get("time"):
            parts.append(d["time"])
        if d.get("valid") is False:
            parts.append("impossible date")
        if d.get("weekday_matches") is False:
            parts.append("weekday mismatch")
    elif kind == "person":
        parts += [d.get("title") or "", d.get("name") or ""]
        position = d.get("position_expanded") or d.get("position")
        if position:
            parts.append(f"— {position}")
    elif kind == "organization":
        parts.append(d.get("name") or "")
        if d.get("abbreviation"):
            parts.append(f"({d['abbreviation']})")
    elif kind == "meeting":
        parts.append(d.get("name") or "")
        if d.get("ordinal") is not None:
            parts.append(f"#{d['ordinal']}")
        if d.get("date"):
            parts.append(d["date"] + (f" – {d['end_date']}" if d.get("end_date") else ""))
    else:
        parts.append(d.get("name") or "")
        if d.get("kind"):
            parts.append(f"[{d['kind']}]")
    return " ".join(p for p in parts if p).strip()


def _spans(fact: Fact) -> list[tuple[int, int, bool]]:
    """The fact's own span and its mentions' (flagged True) spans."""
    spans = [(fact.start, fact.end, False)]
    for mention in getattr(fact, "mentions", ()) or ():
        if (mention.start, mention.end) != (fact.start, fact.end):
            spans.append((mention.start, mention.end, True))
    return spans


def highlight(text: str, marks: list[Mark], titles: dict[str, str] | None = None,
              origin: Sequence[int] | None = None) -> str:
    """Escaped ``text`` with ``<mark>`` pieces; ``marks`` are (start, end, fact id, kind,
    is_mention), ``titles`` the hover text by fact id, ``origin`` the original offset of each
    character of ``text`` (for ``data-o``; default: its own offset). Spans outside the text are
    ignored."""
    titles = titles or {}
    marks = [m for m in marks if 0 <= m[0] < m[1] <= len(text)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[str] = []
    for a, b in pairwise(cuts):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=lambda m: (m[1] - m[0], m[4]))  # innermost first, own span first
        _, _, fid, kind, mention = covering[0]
        ids = " ".join(dict.fromkeys(m[2] for m in covering))
        cls = f"k-{kind}" + (" mention" if mention else "")
        title = f' title="{escape(titles[fid])}"' if fid in titles else ""
        where = origin[a] if origin is not None else a
        out.append(f'<mark class="{cls}" data-f="{ids}" data-o="{where}"{title}>{piece}</mark>')
    return "".join(out)


def script_json(data: object) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` as ``\\u003c`` … (JSON.parse reads
    them back), so no text can open a comment, CDATA section or script, or close the element."""
    blob = json.dumps(data, ensure_ascii=False)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        blob = blob.replace(char, code)
    return blob


def reader_text(doc: Document) -> tuple[str, list[int]] | None:
    """For HTML input: the article text the cleaner kept, and the original offset of each of
    its characters; None for plain text (shown as it is)."""
    if doc.text is None or not looks_like_html(doc.source, doc.text):
        return None
    chain = ViewChain(doc.text, clean_views(doc.text, True))
    text = chain.text
    return text, [chain.to_original(i, i + 1)[0] for i in range(len(text))]


def reader_html(text: str, origin: list[int], marks: list[Mark], titles: dict[str, str]) -> str:
    """``text`` one ``<p>`` a line, highlighted; ``marks`` in original offsets, mapped through
    ``origin`` (which never decreases: the cleaner keeps the input's order)."""
    mapped = [(bisect_left(origin, s), bisect_left(origin, e), *rest) for s, e, *rest in marks]
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            inside = [(max(s, start) - start, min(e, end) - start, *rest)
                      for s, e, *rest in mapped if s < end and e > start]
            paragraphs.append(f"<p>{highlight(line, inside, titles, origin[start:end])}</p>")
        start = end + 1
    return f'<div class="article reader">{"".join(paragraphs)}</div>'


def panel_item(fid: str, kind: str, fact: Fact, line: str) -> str:
    """One fact in the side panel: its text, values and offsets, then sentence, rule and
    evidence when the fact has them."""
    d = fact.to_dict()
    extra = ""
    if d.get("sentence"):
        extra += f'<span class="sentence">{escape(d["sentence"])}</span>'
    why = []
    if d.get("rule"):
        why.append(f"rule: {d['rule']}")
    if d.get("evidence"):
        why.append("evidence: " + ", ".join(str(e) for e in d["evidence"]))
    if why:
        extra += f'<span class="why">{escape(" · ".join(why))}</span>'
    return (f'<li class="k-{kind}" data-f="{fid}" title="{escape(line)}">'
            f"<b>{escape(fact.text)}</b>"
            f'<span class="value">{escape(line)} · {fact.start}–{fact.end}</span>{extra}</li>')


class Writer:
    def __init__(self, stream: TextIO, **_: object) -> None:
        self.stream = stream
        self.count = 0
        self.started = False

    def _start(self) -> None:
        self.started = True
        legend = "".join(f'<li class="k-{k}" data-kind="{k}" role="button" tabindex="0" '
                         f'title="show or hide this kind">{escape(label)}</li>'
                         for k, label in KIND_LABELS.items())
        self.stream.write(
            '<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>thaiextract</title>\n"
            # Any script error is recorded on <html>, so a headless check can see it in the DOM.
            "<script>window.addEventListener('error', function (e) {"
            " document.documentElement.setAttribute('data-js-error', String(e.message)); });"
            "</script>\n"
            f"<style>\n{_asset('view.css')}</style>\n</head>\n<body>\n"
            f'<header class="top"><h1>thaiextract</h1><ul class="legend">{legend}</ul></header>\n'
        )

    def write(self, doc: Document) -> None:
        if not self.started:
            self._start()
        n = self.count
        self.count += 1
        marks: list[Mark] = []
        data: dict[str, Any] = {}
        panel: list[str] = []
        titles: dict[str, str] = {}
        for key, kind in SECTION_KEYS:
            facts = doc.facts()[key]
            if not facts or (doc.only is not None and key not in doc.only):
                continue
            items = []
            for i, fact in enumerate(facts):
                fid = f"f{n}-{key[0]}{i}"
                line = summary(fact)
                data[fid] = {"kind": kind, "fields": fact.to_dict()}
                titles[fid] = f"{kind}: {line}"
                marks += [(s, e, fid, kind, m) for s, e, m in _spans(fact)]
                items.append(panel_item(fid, kind, fact, line))
            panel.append(f"<h3>{escape(KIND_LABELS[kind])} ({len(facts)})</h3>"
                         f"<ol>{''.join(items)}</ol>")
        reader = reader_text(doc)
        if doc.text is None:
            article = '<p class="note">The original text is not available for this document.</p>'
        elif reader is not None:
            article = reader_html(*reader, marks, titles)
        else:
            article = f'<pre class="article">{highlight(doc.text, marks, titles)}</pre>'
        head = f"<b>{escape(doc.source)}</b>"
        if doc.id:
            head += f" #{escape(doc.id)}"
        head += f" · document date: {escape(doc.document_date or '—')}"
        blob = script_json(data)
        self.stream.write(
            f'<section class="doc" id="doc-{n}">\n<h2>{head}</h2>\n<div class="layout">\n'
            f"{article}\n<aside class=\"facts\">{''.join(panel) or '<p class=note>no facts</p>'}"
            f'</aside>\n</div>\n<script type="application/json" class="facts-data">{blob}</script>'
            "\n</section>\n"
        )
        self.stream.flush()

    def close(self) -> None:
        if not self.started:
            self._start()
        self.stream.write('<div id="details" hidden></div>\n'
                          f"<script>\n{_asset('view.js')}</script>\n</body>\n</html>\n")
        self.stream.flush()

