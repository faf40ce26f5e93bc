"""The connection to the facts database: opening it safely, writing documents, asking it.

Opening checks what a user can get wrong or the disk can break, and says it in one line
(:mod:`thaiextract.index.errors`): a folder given as the database, a missing file, a file that is
not ours, a damaged one (``PRAGMA quick_check``), a newer schema. Readers open the file read-only
(``mode=ro``), and with ``immutable=1`` when its folder cannot be written (a WAL database on a
read-only filesystem cannot make its ``-shm`` file).

Writes: WAL mode and one transaction per document, rolled back only while one is active (a
Ctrl-C that lands after the COMMIT leaves the document indexed and says nothing false). A full
disk raises :class:`DiskFull` once; the caller stops, and the database keeps every document
committed before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import __version__
from ..model import Document, PersonFact
from ..positions import name_key, normalize_position
from . import queries
from .errors import DatabaseDamaged, DatabaseError, DiskFull
from .schema import SCHEMA_VERSION, migrate, user_version
from .words import segment_words

if TYPE_CHECKING:
    from ..pipeline import Prepared

# SQLite's primary result codes (the sqlite3 module names them only from Python 3.11), and the
# words of their messages, for a Python whose errors carry no code.
SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 8, 11, 13, 26
_MESSAGES = {SQLITE_FULL: "database or disk is full", SQLITE_CORRUPT: "malformed",
             SQLITE_NOTADB: "file is not a database", SQLITE_READONLY: "readonly database"}

# Tables the migrations create (FTS5 adds shadow tables named sentence_words_*).
OUR_TABLES = frozenset({"documents", "sentences", "sentence", "facts", "positions", "meetings"})


def error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an error (extended codes folded), if it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    text = str(exc)
    return next((c for c, words in _MESSAGES.items() if words in text), None)


def has_fts5() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def translate(exc: BaseException, path: str) -> BaseException:
    """A sqlite3/OS error as the one-line database error it means (others unchanged)."""
    code = error_code(exc) if isinstance(exc, sqlite3.Error) else None
    if code == SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull(f"no space left on device writing {path}: stopped; every document "
                        "indexed before is intact")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(f"{path}: database file is damaged ({exc}); restore it from a "
                               "backup, or delete it and run 'thaiextract index' again")
    if code == SQLITE_READONLY:
        return DatabaseError(f"{path}: cannot write to the database (read-only file or folder)")
    if isinstance(exc, sqlite3.Error):
        return DatabaseError(f"{path}: {exc}")
    return exc


def readonly_uri(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    # Without a writable folder SQLite cannot create the -shm file of a WAL database: read it
    # as immutable (no locking; fine for a file nobody is writing on a read-only medium).
    mode = "ro" if os.access(folder, os.W_OK) else "ro&immutable=1"
    return f"file:{quote(os.path.abspath(path))}?mode={mode}"


class FactIndex:
    """A connection to the facts database. Use as a context manager."""

    def __init__(self, path: str, *, readonly: bool = False, timeout: float = 30.0) -> None:
        self.path = path
        if os.path.isdir(path):
            raise DatabaseError(f"{path} is a folder, not a database file: give --db a file "
                                "name (e.g. facts.db)")
        if readonly and not os.path.exists(path):
            raise DatabaseError(f"no database at {path}: run 'thaiextract index' first")
        if not readonly and not has_fts5():
            raise DatabaseError("this Python's sqlite3 has no FTS5; install a Python built "
                                "with SQLite FTS5 (e.g. from python.org or Debian)")
        try:
            self.conn = self._connect(readonly, timeout)
        except sqlite3.Error as exc:
            raise translate(exc, path) from None
        try:
            self._check(readonly)
        except BaseException:
            self.conn.close()
            raise

    def _connect(self, readonly: bool, timeout: float) -> sqlite3.Connection:
        if readonly:
            conn = sqlite3.connect(readonly_uri(self.path), uri=True, timeout=timeout,
                                   isolation_level=None)
        else:
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        return conn

    def _check(self, readonly: bool) -> None:
        """Ours, whole, and of a schema this version knows (migrated when writing)."""
        try:
            version = user_version(self.conn)
            if version == 0:
                self._refuse_foreign()
            if not readonly:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            problems = [r[0] for r in self.conn.execute("PRAGMA quick_check(1)")]
        except sqlite3.DatabaseError as exc:
            if error_code(exc) == SQLITE_NOTADB:
                raise DatabaseError(f"{self.path} is not a thaiextract database: {exc}") from None
            raise translate(exc, self.path) from None
        if problems != ["ok"]:
            detail = " ".join(str(problems[0]).split())  # quick_check reports on two lines
            raise DatabaseDamaged(f"{self.path}: database file is damaged ({detail}); "
                                  "restore it from a backup, or delete it and run "
                                  "'thaiextract index' again")
        if version > SCHEMA_VERSION:
            raise DatabaseError(f"{self.path} has schema version {version}; this thaiextract "
                                f"knows up to {SCHEMA_VERSION}: upgrade thaiextract")
        if version < SCHEMA_VERSION:
            if readonly:
                raise DatabaseError(f"{self.path} has an old schema (version {version}): run "
                                    "'thaiextract index' on it to upgrade")
            try:
                migrate(self.conn, version)
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None

    def _refuse_foreign(self) -> None:
        """A file of schema version 0 that already holds tables is another program's database:
        never switch it to WAL or add tables beside its own."""
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        foreign = [n for n in names if n.split("_")[0] not in OUR_TABLES]
        if foreign:
            shown = ", ".join(sorted(foreign)[:5])
            raise DatabaseError(f"{self.path} is not a thaiextract database (it has the tables "
                                f"{shown}); choose another file with --db")

    def __enter__(self) -> FactIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- writing -----------------------------------------------------------------------------

    def unchanged(self, key: str, sha256: str) -> bool:
        row = self._read("SELECT sha256, version FROM documents WHERE key = ?", (key,))
        return bool(row) and row[0]["sha256"] == sha256 and row[0]["version"] == __version__

    def add(self, doc: Document, *, key: str, sha256: str,
            prepared: Prepared | None = None) -> int:
        """Index one document (replacing what its key had) in one transaction; its row id."""
        if doc.text is None:
            raise ValueError("the document carries no text (Document.text); cannot index it")
        if prepared is None:
            from ..pipeline import prepare
            from ..read import looks_like_html

            prepared = prepare(doc.text, source=doc.source,
                               is_html=looks_like_html(doc.source, doc.text))
        # Segment before the transaction: the write lock is held only for the inserts.
        sentences = [(s.start, s.end, s.text,
                      " ".join(segment_words(prepared.text[s.nstart:s.nend])))
                     for s in prepared.sentences]
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            doc_id = self._insert(doc, key, sha256, sentences)
            conn.execute("COMMIT")
        except BaseException as exc:
            # Only an active transaction is rolled back: after a COMMIT that went through, a
            # Ctrl-C must not turn into "cannot rollback - no transaction is active".
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the original error is the one to say
                    conn.execute("ROLLBACK")
            error = translate(exc, self.path)
            if error is exc:
                raise
            raise error from None
        return doc_id

    def _insert(self, doc: Document, key: str, sha256: str,
                sentences: list[tuple[int, int, str, str]]) -> int:
        conn = self.conn
        self._delete(key)
        doc_id = int(conn.execute(
            "INSERT INTO documents (key, source, record_id, sha256, version, document_date,"
            " document_date_source, text, indexed_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (key, doc.source, doc.id, sha256, __version__, doc.document_date,
             doc.document_date_source, doc.text,
             dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        ).lastrowid or 0)
        for start, end, text, words in sentences:
            sid = conn.execute("INSERT INTO sentences (doc_id, start_offset, end_offset, text)"
                               " VALUES (?,?,?,?)", (doc_id, start, end, text)).lastrowid
            conn.execute("INSERT INTO sentence_words (rowid, words) VALUES (?,?)", (sid, words))
        self._add_facts(doc_id, doc)
        return doc_id

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
                    for position in positions_of(fact):
                        conn.execute(
                            "INSERT INTO positions (fact_id, doc_id, name, name_key, title,"
                            " position, position_key, on_date) VALUES (?,?,?,?,?,?,?,?)",
                            (fact_id, doc_id, fact.name, name_key(fact.name), fact.title,
                             position, normalize_position(position),
                             sentence_dates.get(fact.sentence)),
                        )
                elif key == "meetings":
                    conn.execute(
                        "INSERT INTO meetings (fact_id, doc_id, name, name_key, ordinal, date,"
                        " end_date, location) VALUES (?,?,?,?,?,?,?,?)",
                        (fact_id, doc_id, fact.name, name_key(fact.name or fact.text),
                         fact.ordinal, fact.date, fact.end_date, fact.location),
                    )

    # --- reading -----------------------------------------------------------------------------

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise translate(exc, self.path) from None

    def _ask(self, query: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        """Run a query function; a damaged page met while reading is one clear error."""
        try:
            return query(self.conn, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise translate(exc, self.path) from None

    def stats(self) -> dict[str, int]:
        counts = {"documents": self._read("SELECT count(*) FROM documents")[0][0]}
        for kind, n in self._read("SELECT kind, count(*) FROM facts GROUP BY kind"):
            counts[kind] = n
        return counts

    def person(self, name: str) -> list[dict[str, Any]]:
        """Every person fact whose name contains ``name`` (titles stripped, spaces ignored)."""
        return self._ask(queries.person, name)

    def position(self, text: str, on: dt.date | None = None, *,
                 contains: bool = False) -> list[dict[str, Any]]:
        """Who held a post (the same post; ``contains=True``: any post containing it)."""
        return self._ask(queries.position, text, on, contains=contains)

    def meeting(self, text: str) -> list[dict[str, Any]]:
        return self._ask(queries.meeting, text)

    def search(self, words: str, limit: int = 100) -> list[dict[str, Any]]:
        """Sentences holding every word of ``words`` (quoted parts as phrases)."""
        return self._ask(queries.search, words, limit)


def positions_of(fact: PersonFact) -> list[str]:
    """Each post the article gives this person, once (compared in normal form)."""
    found = []
    if fact.position:
        found.append(fact.position_expanded or fact.position)
    for item in getattr(fact, "positions", ()) or ():
        value = item if isinstance(item, str) else (
            getattr(item, "position_expanded", None) or getattr(item, "position", None)
            or getattr(item, "value", None))
        if value:
            found.append(value)
    for mention in fact.mentions:  # each mention's own post, when the extractor keeps it
        value = getattr(mention, "position", None)
        if value:
            found.append(value)
    # One row a post: "…เศรษฐกิจเเละสังคม" as written and "…และสังคม" expanded are one.
    by_key: dict[str, str] = {}
    for value in found:
        by_key.setdefault(normalize_position(value), value)
    return list(by_key.values())


def _sentence_dates(doc: Document) -> dict[str, str]:
    """sentence text → the first full date written in it (the date a statement was true)."""
    dates: dict[str, str] = {}
    for fact in doc.dates:
        if fact.valid and fact.value and len(fact.value) == 10 and fact.sentence:
            dates.setdefault(fact.sentence, fact.value)
    return dates
