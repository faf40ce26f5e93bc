"""The facts index: documents and their facts in SQLite, with full-text search over Thai words.

Schema (``PRAGMA user_version`` = the number of migrations applied; see ``MIGRATIONS``):

- ``documents``: one row an indexed document. ``key`` identifies the source (absolute path, plus
  ``#id`` for a JSONL record), ``sha256`` the content (text and ``--document-date``), ``version``
  the thaiextract version that extracted it; ``text`` is the original input, so offsets can be
  checked against it.
- ``sentences``: each sentence's offsets into the original input and its cleaned text.
- ``sentence_words``: FTS5 table, ``rowid`` = ``sentences.id``; ``words`` is the sentence's
  normalised text segmented into words, separated by spaces (FTS5's own tokenisers do not split
  Thai). Queries are normalised and segmented the same way.
- ``facts``: every fact (kind, text, offsets, sentence, and the fact as JSON in ``data``).
- ``positions``: one row for each (person, position) an article states, with ``position_key``
  (the position's compare form: abbreviations expanded, no spaces, no ฯ) and ``on_date`` (the
  date written in the same sentence, if any).
- ``meetings``: each meeting with a ``name_key`` to search by.

Writes: WAL mode (readers go on while one writer indexes) and one transaction per document, so an
interrupted run leaves every document either fully indexed or not at all. A changed document's
rows are replaced; an unchanged one (same key, hash and version) is skipped before extraction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from . import __version__
from .model import Document, PersonFact
from .normalize import normalize_text
from .positions import normalize_position

if TYPE_CHECKING:
    from .pipeline import Prepared

DEFAULT_DB = "thaiextract.db"
DB_ENV = "THAIEXTRACT_DB"

_FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"

# Migration n (1-based) takes a database from user_version n-1 to n. Never edit a released one:
# add a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            record_id TEXT,
            sha256 TEXT NOT NULL,
            version TEXT NOT NULL,
            document_date TEXT,
            document_date_source TEXT,
            text TEXT NOT NULL,
            indexed_at TEXT NOT NULL
        )""",
        """CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL
        )""",
        "CREATE INDEX sentences_doc ON sentences(doc_id)",
        f"""CREATE VIRTUAL TABLE sentence_words USING fts5(words, tokenize="{_FTS_TOKENIZER}")""",
        """CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX facts_doc ON facts(doc_id)",
        "CREATE INDEX facts_kind ON facts(kind)",
        """CREATE TABLE positions (
            id INTEGER PRIMARY KEY,
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            title TEXT,
            position TEXT NOT NULL,
            position_key TEXT NOT NULL,
            on_date TEXT
        )""",
        "CREATE INDEX positions_doc ON positions(doc_id)",
        """CREATE TABLE meetings (
            fact_id INTEGER PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            ordinal INTEGER,
            date TEXT,
            end_date TEXT,
            location TEXT
        )""",
        "CREATE INDEX meetings_doc ON meetings(doc_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """A database problem worth one line to the user."""


def default_db() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB


def has_fts5() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def content_hash(text: str, document_date: dt.date | None = None) -> str:
    """What decides "unchanged": the text and the date option the facts depend on."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(f"\0{document_date.isoformat() if document_date else ''}".encode())
    return digest.hexdigest()


def source_key(source: str, record_id: str | None = None) -> str:
    base = "<stdin>" if source == "-" else os.path.abspath(source)
    return f"{base}#{record_id}" if record_id is not None else base


def squash(text: str) -> str:
    """Compare form of names: normalised, no white space, no ฯ."""
    return re.sub(r"[\sฯ]+", "", normalize_text(text))


def segment_words(text: str) -> list[str]:
    """Normalised words of ``text``, as stored in and searched with the FTS table."""
    from .segment import word_spans

    norm = normalize_text(text).lower()
    words = [norm[s:e] for s, e in word_spans(norm)]
    # Quotes would end an FTS5 string; nothing else needs escaping inside one.
    return [w.replace('"', "") for w in words if w.replace('"', "").strip()]


class FactIndex:
    """A connection to the facts database. Use as a context manager."""

    def __init__(self, path: str, *, readonly: bool = False, timeout: float = 30.0) -> None:
        self.path = path
        if readonly:
            if not os.path.exists(path):
                raise DatabaseError(f"no database at {path}: run 'thaiextract index' first")
            uri = f"file:{_uri_path(path)}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        else:
            if not has_fts5():
                raise DatabaseError("this Python's sqlite3 has no FTS5; install a Python built "
                                  "with SQLite FTS5 (e.g. from python.org or Debian)")
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{path} is not a thaiextract database: {exc}") from None
        if version > SCHEMA_VERSION:
            raise DatabaseError(f"{path} has schema version {version}; this thaiextract knows "
                              f"up to {SCHEMA_VERSION}: upgrade thaiextract")
        if version < SCHEMA_VERSION:
            if readonly:
                raise DatabaseError(f"{path} has an old schema (version {version}): run "
                                  "'thaiextract index' on it to upgrade")
            self._migrate(version)

    def __enter__(self) -> FactIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self, version: int) -> None:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                # Another writer may have migrated while we waited for the lock.
                if self.conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                    self.conn.execute("ROLLBACK")
                    continue
                for statement in MIGRATIONS[number - 1]:
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # --- writing -----------------------------------------------------------------------------

    def unchanged(self, key: str, sha256: str) -> bool:
        row = self.conn.execute("SELECT sha256, version FROM documents WHERE key = ?",
                                (key,)).fetchone()
        return row is not None and row["sha256"] == sha256 and row["version"] == __version__

    def add(self, doc: Document, *, key: str, sha256: str,
            prepared: Prepared | None = None) -> int:
        """Index one document (replacing what its key had) in one transaction; its row id."""
        if doc.text is None:
            raise ValueError("the document carries no text (Document.text); cannot index it")
        if prepared is None:
            from .pipeline import prepare
            from .read import looks_like_html

            prepared = prepare(doc.text, source=doc.source,
                               is_html=looks_like_html(doc.source, doc.text))
        # Segment before the transaction: the write lock is held only for the inserts.
        sentences = [(s.start, s.end, s.text, " ".join(segment_words(prepared.text[s.nstart:
                                                                                   s.nend])))
                     for s in prepared.sentences]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete(key)
            doc_id = conn.execute(
                "INSERT INTO documents (key, source, record_id, sha256, version, document_date,"
                " document_date_source, text, indexed_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (key, doc.source, doc.id, sha256, __version__, doc.document_date,
                 doc.document_date_source, doc.text,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            ).lastrowid
            for start, end, text, words in sentences:
                sid = conn.execute("INSERT INTO sentences (doc_id, start_offset, end_offset, text)"
                                   " VALUES (?,?,?,?)", (doc_id, start, end, text)).lastrowid
                conn.execute("INSERT INTO sentence_words (rowid, words) VALUES (?,?)",
                             (sid, words))
            self._add_facts(doc_id, doc)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return int(doc_id)

    def _delete(self, key: str) -> None:
        row = self.conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
        if row is None:
            return
        self.conn.execute("DELETE FROM sentence_words WHERE rowid IN "
                          "(SELECT id FROM sentences WHERE doc_id = ?)", (row["id"],))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (row["id"],))

    def _add_facts(self, doc_id: int, doc: Document) -> None:
        conn = self.conn
        sentence_dates = _sentence_dates(doc)
        for key, facts in doc.facts().items():
            for fact in facts:
                fact_id = conn.execute(
                    "INSERT INTO facts (doc_id, kind, text, start_offset, end_offset, sentence,"
                    " data) VALUES (?,?,?,?,?,?,?)",
                    (doc_id, fact.kind, fact.text, fact.start, fact.end, fact.sentence,
                     json.dumps(fact.to_dict(), ensure_ascii=False)),
                ).lastrowid
                if key == "people" and isinstance(fact, PersonFact) and fact.name:
                    for position in _positions_of(fact):
                        conn.execute(
                            "INSERT INTO positions (fact_id, doc_id, name, name_key, title,"
                            " position, position_key, on_date) VALUES (?,?,?,?,?,?,?,?)",
                            (fact_id, doc_id, fact.name, squash(fact.name), fact.title,
                             position, normalize_position(position),
                             sentence_dates.get(fact.sentence)),
                        )
                elif key == "meetings":
                    conn.execute(
                        "INSERT INTO meetings (fact_id, doc_id, name, name_key, ordinal, date,"
                        " end_date, location) VALUES (?,?,?,?,?,?,?,?)",
                        (fact_id, doc_id, fact.name, squash(fact.name or fact.text),
                         fact.ordinal, fact.date, fact.end_date, fact.location),
                    )

    # --- reading -----------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        counts = {"documents": self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]}
        for kind, n in self.conn.execute("SELECT kind, count(*) FROM facts GROUP BY kind"):
            counts[kind] = n
        return counts

    def person(self, name: str) -> list[dict[str, Any]]:
        """Every person fact whose name contains ``name`` (spaces and ฯ ignored)."""
        needle = squash(name)
        rows = self.conn.execute(
            "SELECT f.data, f.text, f.start_offset, f.end_offset, f.sentence, d.source,"
            " d.record_id, d.document_date FROM facts f JOIN documents d ON d.id = f.doc_id"
            " WHERE f.kind = 'person' ORDER BY d.document_date, d.source, f.start_offset",
        ).fetchall()
        out = []
        for row in rows:
            data = json.loads(row["data"])
            if needle and needle in squash(data.get("name") or ""):
                out.append({"name": data.get("name"), "title": data.get("title"),
                            "position": data.get("position"),
                            "position_expanded": data.get("position_expanded"),
                            "mentions": len(data.get("mentions") or []), **_cite(row)})
        return out

    def position(self, text: str, on: dt.date | None = None) -> list[dict[str, Any]]:
        """Who held a position: with ``on``, one row a holder, closest evidence first."""
        needle = normalize_position(text)
        if not needle:
            return []
        rows = self.conn.execute(
            "SELECT p.name, p.name_key, p.title, p.position, p.on_date, f.text,"
            " f.start_offset, f.end_offset, f.sentence, d.source, d.record_id, d.document_date"
            " FROM positions p JOIN facts f ON f.id = p.fact_id JOIN documents d ON d.id ="
            " p.doc_id WHERE instr(p.position_key, ?) > 0"
            " ORDER BY d.document_date, d.source, f.start_offset", (needle,),
        ).fetchall()
        out = []
        for row in rows:
            when = row["on_date"] or row["document_date"]
            item = {"name": row["name"], "title": row["title"], "position": row["position"],
                    "date": when, **_cite(row)}
            if on is not None:
                item["distance_days"] = _distance(when, on)
            out.append((row["name_key"], item))
        if on is None:
            return [item for _, item in out]
        best: dict[str, dict[str, Any]] = {}
        for name_key, item in out:
            kept = best.get(name_key)
            if kept is None or _rank(item) < _rank(kept):
                best[name_key] = item
        return sorted(best.values(), key=_rank)

    def meeting(self, text: str) -> list[dict[str, Any]]:
        needle = squash(text)
        rows = self.conn.execute(
            "SELECT m.name, m.ordinal, m.date, m.end_date, m.location, f.text, f.start_offset,"
            " f.end_offset, f.sentence, d.source, d.record_id, d.document_date FROM meetings m"
            " JOIN facts f ON f.id = m.fact_id JOIN documents d ON d.id = m.doc_id"
            " WHERE instr(m.name_key, ?) > 0 ORDER BY m.date, d.source, f.start_offset",
            (needle,),
        ).fetchall()
        return [{"name": r["name"], "ordinal": r["ordinal"], "date": r["date"],
                 "end_date": r["end_date"], "location": r["location"], **_cite(r)} for r in rows]

    def search(self, words: str, limit: int = 100) -> list[dict[str, Any]]:
        """Sentences holding every word of ``words`` (each space-separated part a phrase).

        The dictionary segmenter keeps some compounds whole (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
        is one word), so a part found by no word match is looked for as a substring of the
        sentences' normalised text: slower (a scan), but nothing written is unfindable.
        """
        query = fts_query(words)
        if not query:
            return []
        select = (
            "SELECT s.start_offset, s.end_offset, s.text AS sentence, d.source, d.record_id,"
            " d.document_date, d.text AS doc_text FROM sentences s"
            " JOIN documents d ON d.id = s.doc_id"
        )
        rows = self.conn.execute(
            f"{select} JOIN sentence_words w ON w.rowid = s.id WHERE sentence_words MATCH ?"
            " ORDER BY bm25(sentence_words), d.source, s.start_offset LIMIT ?", (query, limit),
        ).fetchall()
        if not rows:
            parts = ["".join(segment_words(p)) for p in words.split()]
            ids = [rowid for rowid, text in self.conn.execute(
                "SELECT rowid, replace(words, ' ', '') FROM sentence_words")
                if all(p in text for p in parts if p)][:limit]
            rows = self.conn.execute(
                f"{select} WHERE s.id IN (SELECT value FROM json_each(?))"
                " ORDER BY d.source, s.start_offset", (json.dumps(ids),),
            ).fetchall() if ids else []
        out = []
        for row in rows:
            start, end = _locate(row["doc_text"], row["start_offset"], row["end_offset"], words)
            out.append({"text": row["doc_text"][start:end], "source": row["source"],
                        "id": row["record_id"], "document_date": row["document_date"],
                        "start": start, "end": end, "sentence": row["sentence"]})
        return out


def fts_query(words: str) -> str:
    """An FTS5 query: each space-separated part of ``words`` segmented into a phrase, all ANDed."""
    phrases = []
    for part in words.split():
        tokens = segment_words(part)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return " AND ".join(phrases)


def _locate(text: str, start: int, end: int, words: str) -> tuple[int, int]:
    """The first query part's span inside the sentence, else the whole sentence."""
    parts = words.split()
    if not parts:
        return start, end
    from .normalize import normalize_view

    view = normalize_view(text[start:end])
    hit = view.text.lower().find(normalize_text(parts[0]).lower())
    if hit < 0:
        return start, end
    # Map the hit back through the normalisation (เเ → แ changes lengths).
    a, b = view.to_parent(hit, hit + len(normalize_text(parts[0])))
    return start + a, start + b


def _cite(row: sqlite3.Row) -> dict[str, Any]:
    return {"text": row["text"], "source": row["source"], "id": row["record_id"],
            "document_date": row["document_date"], "start": row["start_offset"],
            "end": row["end_offset"], "sentence": row["sentence"]}


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


def _positions_of(fact: PersonFact) -> list[str]:
    found = []
    if fact.position:
        found.append(fact.position_expanded or fact.position)
    for item in getattr(fact, "positions", ()) or ():
        value = item if isinstance(item, str) else (
            getattr(item, "position_expanded", None) or getattr(item, "position", None)
            or getattr(item, "value", None))
        if value:
            found.append(value)
    return list(dict.fromkeys(found))


def _sentence_dates(doc: Document) -> dict[str, str]:
    """sentence text → the first full date written in it (the date a statement was true)."""
    dates: dict[str, str] = {}
    for fact in doc.dates:
        if fact.valid and fact.value and len(fact.value) == 10 and fact.sentence:
            dates.setdefault(fact.sentence, fact.value)
    return dates


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))

