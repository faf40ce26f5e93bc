"""The facts index: documents and their facts in SQLite, with full-text search over Thai words.

Schema (``PRAGMA user_version`` = the number of migrations applied; see ``schema.MIGRATIONS``):

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
  (the position's compare form, :func:`thaiextract.positions.normalize_position`) and ``on_date``
  (the date written in the same sentence, if any).
- ``meetings``: each meeting with a ``name_key`` to search by.

Modules: ``schema`` (idempotent migrations), ``store`` (:class:`FactIndex`: open, write, ask),
``queries`` (person, position, meeting, search), ``words`` (segmentation for FTS5), ``errors``
(one-line errors: :class:`DatabaseError`, :class:`DatabaseDamaged`, :class:`DiskFull`,
:class:`QueryError`).

Writes: WAL mode (readers go on while one writer indexes) and one transaction per document, so an
interrupted run leaves every document either fully indexed or not at all. A changed document's
rows are replaced; an unchanged one (same key, hash and version) is skipped before extraction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os

from ..positions import name_key as squash
from .errors import DatabaseDamaged, DatabaseError, DiskFull, QueryError
from .queries import COLUMNS, fts_query, parse_terms, strip_titles
from .schema import MIGRATIONS, SCHEMA_VERSION
from .store import FactIndex, has_fts5
from .words import segment_words

DEFAULT_DB = "thaiextract.db"
DB_ENV = "THAIEXTRACT_DB"

__all__ = [
    "COLUMNS", "DB_ENV", "DEFAULT_DB", "MIGRATIONS", "SCHEMA_VERSION", "DatabaseDamaged",
    "DatabaseError", "DiskFull", "FactIndex", "QueryError", "content_hash", "default_db",
    "fts_query", "has_fts5", "parse_terms", "segment_words", "source_key", "squash",
    "strip_titles",
]


def default_db() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB


def content_hash(text: str, document_date: dt.date | None = None) -> str:
    """What decides "unchanged": the text and the date option the facts depend on."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(f"\0{document_date.isoformat() if document_date else ''}".encode())
    return digest.hexdigest()


def source_key(source: str, record_id: str | None = None) -> str:
    base = "<stdin>" if source == "-" else os.path.abspath(source)
    return f"{base}#{record_id}" if record_id is not None else base
