"""The queries over the facts index: person, position, meeting and full-text search.

Every function takes an open connection (``sqlite3.Row`` rows) and returns a list of plain dicts,
one a row, each citing the source, its offsets into the original input and the sentence. The
column names of each query, even when there is no row, are in :data:`COLUMNS` (the CLI writes a
CSV header from them). An empty pattern is refused with :class:`QueryError`.

- person: the name, titles stripped as the extractor strips them (``people/titles.tsv``), found
  inside the person's name (spaces, ฯ and เเ/แ ignored).
- position: the same post by default (:func:`thaiextract.positions.same_post`: "นายกรัฐมนตรี" is
  not "รองนายกรัฐมนตรี"); ``contains=True`` widens to every post whose compare form contains the
  query's. With ``on``, one row a holder (holders spelled two ways are one), closest date first.
- meeting: meetings whose name contains the pattern.
- search: sentences with every word of the query (an unspaced Thai query is segmented into
  words, FTS5 AND); a part in double quotes is a phrase.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicons import load
from ..normalize import normalize_text
from ..positions import name_key, normalize_position, same_post
from .errors import QueryError
from .words import segment_words

CITE = ("text", "source", "id", "document_date", "start", "end", "sentence")
COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("name", "title", "position", "position_expanded", "mentions", *CITE),
    "position": ("name", "title", "position", "date", *CITE),
    "position_on": ("name", "title", "position", "date", *CITE, "distance_days"),
    "meeting": ("name", "ordinal", "date", "end_date", "location", *CITE),
    "search": ("text", "source", "id", "document_date", "start", "end", "sentence"),
}


def _required(pattern: str, what: str) -> str:
    if not pattern or not pattern.strip():
        raise QueryError(f"empty {what}: give some text to look for")
    return pattern


def _cite(row: sqlite3.Row) -> dict[str, Any]:
    return {"text": row["text"], "source": row["source"], "id": row["record_id"],
            "document_date": row["document_date"], "start": row["start_offset"],
            "end": row["end_offset"], "sentence": row["sentence"]}


# --- person --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    """Titles at the start of a name, as written or in full, dots and spaces optional."""
    forms = set()
    for row in load("people/titles"):
        for form in (row["title"], row.get("expanded") or ""):
            letters = re.sub(r"[\s.]+", "", normalize_text(form))
            if letters:
                forms.add(letters)
    alternation = "|".join(r"[\s.]*".join(map(re.escape, f)) + r"\.?"
                           for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alternation})\s*")


def strip_titles(name: str) -> str:
    """ "นายสมชาย" → "สมชาย", "พล.ต.อ.ดร.สมหญิง" → "สมหญิง"; a bare title stays as it is."""
    text = normalize_text(name).strip()
    while (m := _title_re().match(text)) and m.end() < len(text):
        text = text[m.end():]
    return text


def person(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Every person fact whose name contains ``name`` (titles stripped; spaces and ฯ ignored)."""
    stripped = strip_titles(_required(name, "name"))
    if _title_re().fullmatch(stripped):
        raise QueryError(f"{name!r} is only a title: give a name (นายสมชาย, สมชาย)")
    needle = name_key(stripped)
    rows = conn.execute(
        "SELECT f.data, f.text, f.start_offset, f.end_offset, f.sentence, d.source,"
        " d.record_id, d.document_date FROM facts f JOIN documents d ON d.id = f.doc_id"
        " WHERE f.kind = 'person' ORDER BY d.document_date, d.source, f.start_offset",
    ).fetchall()
    out = []
    for row in rows:
        data = json.loads(row["data"])
        if needle in name_key(data.get("name") or ""):
            out.append({"name": data.get("name"), "title": data.get("title"),
                        "position": data.get("position"),
                        "position_expanded": data.get("position_expanded"),
                        "mentions": len(data.get("mentions") or []), **_cite(row)})
    return out


# --- position ------------------------------------------------------------------------------


def _matching_keys(conn: sqlite3.Connection, needle: str, contains: bool) -> list[str]:
    """The stored position keys that name the queried post (few: one a distinct post)."""
    if contains:
        sql = "SELECT DISTINCT position_key FROM positions WHERE instr(position_key, ?) > 0"
        return [r[0] for r in conn.execute(sql, (needle,))]
    keys = [r[0] for r in conn.execute("SELECT DISTINCT position_key FROM positions")]
    return [k for k in keys if same_post(needle, k)]


def position(conn: sqlite3.Connection, text: str, on: dt.date | None = None, *,
             contains: bool = False) -> list[dict[str, Any]]:
    """Who held a post: every statement of it, or with ``on`` one row a holder, closest first."""
    needle = normalize_position(_required(text, "position"))
    if not needle:
        raise QueryError(f"no position in {text!r}")
    keys = _matching_keys(conn, needle, contains)
    rows = conn.execute(
        "SELECT p.name, p.name_key, p.title, p.position, p.on_date, f.text,"
        " f.start_offset, f.end_offset, f.sentence, d.source, d.record_id, d.document_date"
        " FROM positions p JOIN facts f ON f.id = p.fact_id JOIN documents d ON d.id ="
        " p.doc_id WHERE p.position_key IN (SELECT value FROM json_each(?))"
        " ORDER BY d.document_date, d.source, f.start_offset", (json.dumps(keys),),
    ).fetchall() if keys else []
    out = []
    for row in rows:
        when = row["on_date"] or row["document_date"]
        item = {"name": row["name"], "title": row["title"], "position": row["position"],
                "date": when, **_cite(row)}
        if on is not None:
            item["distance_days"] = _distance(when, on)
        out.append((name_key(row["name"]), item))
    if on is None:
        return [item for _, item in out]
    best: dict[str, dict[str, Any]] = {}
    for key, item in out:
        kept = best.get(key)
        if kept is None or _rank(item) < _rank(kept):
            best[key] = item
    return sorted(best.values(), key=_rank)


def _distance(when: str | None, on: dt.date) -> int | None:
    if not when:
        return None
    try:
        day = dt.date.fromisoformat(when[:10]) if len(when) >= 10 else dt.date(
            int(when[:4]), int(when[5:7]) if len(when) >= 7 else 7, 1)
    except ValueError:
        return None
    return abs((day - on).days)


def _rank(item: dict[str, Any]) -> tuple[int, str, int]:
    distance = item.get("distance_days")
    return (distance if distance is not None else 10**9, item["source"], item["start"])


# --- meeting -------------------------------------------------------------------------------


def meeting(conn: sqlite3.Connection, text: str) -> list[dict[str, Any]]:
    needle = name_key(_required(text, "meeting name"))
    if not needle:
        raise QueryError(f"no meeting name in {text!r}")
    rows = conn.execute(
        "SELECT m.name, m.ordinal, m.date, m.end_date, m.location, f.text, f.start_offset,"
        " f.end_offset, f.sentence, d.source, d.record_id, d.document_date FROM meetings m"
        " JOIN facts f ON f.id = m.fact_id JOIN documents d ON d.id = m.doc_id"
        " WHERE instr(m.name_key, ?) > 0 ORDER BY m.date, d.source, f.start_offset",
        (needle,),
    ).fetchall()
    return [{"name": r["name"], "ordinal": r["ordinal"], "date": r["date"],
             "end_date": r["end_date"], "location": r["location"], **_cite(r)} for r in rows]


# --- search --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """One thing a sentence must hold: a word, or a phrase (a quoted part)."""

    text: str  # the word or phrase
    tokens: tuple[str, ...]  # its words, normalised, as stored in the FTS table
    phrase: bool
    part: str  # the space-separated part of the query it comes from (for locating it)


_PART_RE = re.compile(r'"([^"]*)"|(\S+)')


def parse_terms(words: str) -> list[Term]:
    """Quoted parts are phrases; every other part is segmented, each word a term of its own."""
    terms: list[Term] = []
    for m in _PART_RE.finditer(words):
        if m.group(1) is not None:
            tokens = tuple(segment_words(m.group(1)))
            if tokens:
                phrase = m.group(1).strip()
                terms.append(Term(phrase, tokens, True, phrase))
            continue
        part = m.group(2)
        terms += [Term(token, (token,), False, part) for token in segment_words(part)]
    return terms


def _match(terms: list[Term]) -> str:
    return " AND ".join('"' + " ".join(t.tokens) + '"' for t in terms)


def fts_query(words: str) -> str:
    """An FTS5 query: every word (or quoted phrase) of ``words``, all ANDed."""
    return _match(parse_terms(words))


_SELECT_SENTENCES = (
    "SELECT s.start_offset, s.end_offset, s.text AS sentence, d.source, d.record_id,"
    " d.document_date, d.text AS doc_text FROM sentences s JOIN documents d ON d.id = s.doc_id"
)


def _substring_rows(conn: sqlite3.Connection, terms: list[Term], limit: int) -> list[sqlite3.Row]:
    """Sentences holding every term as a substring of their joined words: slower (a scan), for
    terms inside a compound the segmenter kept whole (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม)."""
    parts = ["".join(t.tokens) for t in terms]
    ids = [rowid for rowid, text in conn.execute(
        "SELECT rowid, replace(words, ' ', '') FROM sentence_words")
        if all(p in text for p in parts)][:limit]
    if not ids:
        return []
    return conn.execute(f"{_SELECT_SENTENCES} WHERE s.id IN (SELECT value FROM json_each(?))"
                        " ORDER BY d.source, s.start_offset", (json.dumps(ids),)).fetchall()


def search(conn: sqlite3.Connection, words: str, limit: int = 100) -> list[dict[str, Any]]:
    """Sentences holding every word of ``words`` (quoted parts as phrases), best match first."""
    terms = parse_terms(_required(words, "search"))
    if not terms:
        raise QueryError(f"no word to search for in {words!r}")
    rows = conn.execute(
        f"{_SELECT_SENTENCES} JOIN sentence_words w ON w.rowid = s.id WHERE sentence_words"
        " MATCH ? ORDER BY bm25(sentence_words), d.source, s.start_offset LIMIT ?",
        (_match(terms), limit),
    ).fetchall() or _substring_rows(conn, terms, limit)
    out = []
    for row in rows:
        start, end = _locate(row["doc_text"], row["start_offset"], row["end_offset"], terms)
        out.append({"text": row["doc_text"][start:end], "source": row["source"],
                    "id": row["record_id"], "document_date": row["document_date"],
                    "start": start, "end": end, "sentence": row["sentence"]})
    return out


def _locate(text: str, start: int, end: int, terms: list[Term]) -> tuple[int, int]:
    """The first term's span inside the sentence (the whole part when it is written as one),
    else the whole sentence."""
    from ..normalize import normalize_view

    view = normalize_view(text[start:end])
    haystack = view.text.lower()
    for needle in dict.fromkeys((terms[0].part, terms[0].text)):
        folded = normalize_text(needle).lower()
        hit = haystack.find(folded)
        if hit >= 0:
            # Map the hit back through the normalisation (เเ → แ changes lengths).
            a, b = view.to_parent(hit, hit + len(folded))
            return start + a, start + b
    return start, end
