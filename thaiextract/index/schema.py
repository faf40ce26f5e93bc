"""The database schema as numbered migrations (``PRAGMA user_version`` = migrations applied).

Migration n (1-based) takes a database from user_version n-1 to n. Never edit a released one: add
a new one. Every statement is idempotent (``IF NOT EXISTS``), so a file whose tables exist but whose
user_version is older (an interrupted upgrade, a copy made by another tool) migrates cleanly.
"""

from __future__ import annotations

import sqlite3

FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE IF NOT EXISTS documents (
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
        """CREATE TABLE IF NOT EXISTS sentences (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc_id)",
        "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_words USING fts5(words, "
        f'tokenize="{FTS_TOKENIZER}")',
        """CREATE TABLE IF NOT EXISTS facts (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id)",
        "CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind)",
        """CREATE TABLE IF NOT EXISTS positions (
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
        "CREATE INDEX IF NOT EXISTS positions_doc ON positions(doc_id)",
        """CREATE TABLE IF NOT EXISTS meetings (
            fact_id INTEGER PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            ordinal INTEGER,
            date TEXT,
            end_date TEXT,
            location TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS meetings_doc ON meetings(doc_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Apply the migrations after ``version``, each in its own transaction."""
    for number in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another writer may have migrated while we waited for the lock.
            if user_version(conn) >= number:
                conn.execute("ROLLBACK")
                continue
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
