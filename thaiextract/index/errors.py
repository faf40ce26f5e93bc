"""What can go wrong with the facts database, each as one line the CLI prints (exit code 1)."""

from __future__ import annotations

from ..errors import ThaiextractError


class DatabaseError(ThaiextractError):
    """A database problem worth one line to the user: missing, damaged, not ours, unwritable."""


class DatabaseDamaged(DatabaseError):
    """``PRAGMA quick_check`` or a read failed: the file is damaged (restore or re-index it)."""


class DiskFull(DatabaseError):
    """No space left on the device while writing: the run stops, the database stays intact."""


class QueryError(ThaiextractError, ValueError):
    """A query that cannot mean anything: an empty pattern, a name that is only a title."""
