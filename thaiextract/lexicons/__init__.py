"""Lexicons are data: TSV files in one sub-folder per kind (``dates/months.tsv``), one entry a line.

Format: the first non-comment line is the header (column names, tab-separated); ``#`` starts a
comment line; blank lines are skipped. Every row must have as many cells as the header (trailing
empty cells may be omitted). Each folder's ``_schema.tsv`` declares every file's columns and their
type; ``load("dates/months")`` reads the file once per process and checks every row against it, so
a bad row fails with the file and line named.

Column types: ``key`` (non-empty text), ``text``, ``int``, ``regex`` (a non-empty Python pattern
that compiles), ``enum:a|b`` (one of the values), ``enum?:a|b`` (one of them or empty).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache

from ..cache import lookup, remember

try:  # the digest hashlib gives, without loading OpenSSL for it (≈2 ms of a cold start)
    from _blake2 import blake2b
except ImportError:  # another interpreter
    from hashlib import blake2b

# The files sit beside this module in an installed package; importlib.resources (≈3 ms to
# import) only for a package that is not plain files (a zip).
FOLDER = os.path.dirname(os.path.abspath(__file__))


class LexiconError(ValueError):
    """A malformed lexicon file, with the file and line in the message."""


def _text(name: str) -> str:
    if os.path.isdir(FOLDER):
        with open(os.path.join(FOLDER, *f"{name}.tsv".split("/")), encoding="utf-8-sig") as f:
            return f.read()
    from importlib import resources

    path = resources.files(__package__).joinpath(*f"{name}.tsv".split("/"))
    return path.read_text(encoding="utf-8-sig")


def _read(name: str, text: str | None = None) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and numbered rows of ``<name>.tsv`` (``name`` is ``folder/file``)."""
    if text is None:
        text = _text(name)
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise LexiconError(
                f"{name}.tsv line {number}: {len(cells)} cells, header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append((number, {key: cell.strip() for key, cell in zip(header, cells, strict=False)}))
    if header is None:
        raise LexiconError(f"{name}.tsv: no header line")
    return header, rows


@cache
def schema(folder: str) -> dict[str, dict[str, str]]:
    """``{file: {column: type}}`` declared in ``<folder>/_schema.tsv``."""
    declared: dict[str, dict[str, str]] = {}
    for _, row in _read(f"{folder}/_schema")[1]:
        declared.setdefault(row["lexicon"], {})[row["column"]] = row["type"]
    return declared


def _check_cell(name: str, number: int, column: str, kind: str, value: str) -> None:
    where = f"{name}.tsv line {number}, column {column!r}"
    if kind in ("key", "regex") and not value:
        raise LexiconError(f"{where}: empty, but the column is required")
    if kind == "int" and not re.fullmatch(r"-?\d+", value):
        raise LexiconError(f"{where}: {value!r} is not a whole number")
    if kind == "regex":
        try:
            re.compile(value)
        except re.error as exc:
            raise LexiconError(f"{where}: not a valid pattern ({exc})") from None
    if kind.startswith("enum"):
        options = kind.split(":", 1)[1].split("|")
        if not (value in options or (kind.startswith("enum?") and not value)):
            raise LexiconError(f"{where}: {value!r} is not one of {', '.join(options)}")


@cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts keyed by the header's column names, checked
    against the folder's schema.

    The command line keeps the checked rows between runs (:mod:`thaiextract.cache`), keyed by a
    digest of the file and of its schema columns: an edited file or schema is read again."""
    text = _text(name)
    folder, _, stem = name.rpartition("/")
    columns = schema(folder).get(stem) if folder else None
    if columns is None:
        raise LexiconError(f"{name}.tsv: not declared in {folder or '.'}/_schema.tsv")
    digest = _digest(text, columns)
    built = lookup("lexicons", name, digest)
    if isinstance(built, tuple):
        return built
    header, rows = _read(name, text)
    if list(columns) != header:
        raise LexiconError(
            f"{name}.tsv: header {header} differs from the schema's columns {list(columns)}"
        )
    for number, row in rows:
        for column, kind in columns.items():
            if kind != "text":
                _check_cell(name, number, column, kind, row[column])
    checked = tuple(row for _, row in rows)
    remember("lexicons", name, digest, checked)
    return checked


def _digest(text: str, columns: dict[str, str]) -> bytes:
    what = "\0".join([text, *columns, *columns.values()]).encode("utf-8", "surrogatepass")
    return blake2b(what, digest_size=16).digest()


def names() -> list[str]:
    """Every lexicon shipped with the package, as ``folder/file``."""
    from importlib import resources

    root = resources.files(__package__)
    return sorted(
        f"{folder.name}/{p.name[:-4]}"
        for folder in root.iterdir()
        if folder.is_dir() and not folder.name.startswith("_")
        for p in folder.iterdir()
        if p.name.endswith(".tsv") and not p.name.startswith("_")
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first (so that "รองนายกฯ" beats
    "นายกฯ" and "ธันวาคม" beats "ธันวา"): the one way a word list becomes a pattern.

    Words of one length come in text order: two of them never match at the same place, so the
    order changes nothing a search finds, but it makes the pattern the same in every process
    (a set's order follows the per-process string hash), which the regex cache needs."""
    return "|".join(re.escape(w) for w in sorted(sorted(set(words)), key=len, reverse=True))


def column(name: str, key: str) -> tuple[str, ...]:
    return tuple(row[key] for row in load(name) if row.get(key))
