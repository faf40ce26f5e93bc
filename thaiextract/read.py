"""Read stage: paths, folders, stdin and JSONL archives → :class:`Source` records, lazily.

A source that cannot be read becomes a ``Source`` with ``error`` set, so one bad file never stops
a batch: the caller reports it and goes on.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from .errors import DecodeError, InputError

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # the path as given ("-" for stdin)
    text: str = ""
    encoding: str | None = None
    is_html: bool = False
    id: str | None = None  # record id, for JSONL input
    error: str | None = None  # one-line reason when the source could not be read


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM kept as U+FEFF), UTF-16 with BOM, or Thai TIS-620/cp874.

    The BOM of UTF-8 stays in the text so that offsets match what ``open(path,
    encoding="utf-8").read()`` gives; the normaliser drops it before matching.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        return text, "utf-8-sig" if text.startswith("\ufeff") else "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_thai(text):
        # TIS-620 is cp874 without the few Windows punctuation marks in 0x80–0x9F.
        tis = not any(0x80 <= b <= 0x9F for b in data)
        return text, "tis-620" if tis else "cp874"
    raise DecodeError(
        f"not UTF-8, UTF-16 or Thai TIS-620/cp874 text "
        f"(byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start})"
    )


def _looks_thai(text: str) -> bool:
    """Legacy bytes decoded as cp874 should give mostly Thai letters, few controls."""
    high = [c for c in text if ord(c) > 0x7F]
    if not high:
        return False
    thai = sum(1 for c in high if "\u0e00" <= c <= "\u0e7f")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    return thai >= 0.9 * len(high) and controls <= len(text) // 100


def looks_like_html(name: str, text: str) -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<body" in head or ("<p>" in head and "</p>" in head)
    )


def read_bytes_source(name: str, data: bytes, *, max_bytes: int) -> Source:
    if len(data) > max_bytes:
        return Source(name, error=_too_big(len(data), max_bytes))
    if not data.strip():
        return Source(name, error="empty file, nothing to extract")
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return Source(name, error=str(exc))
    return Source(name, text, encoding, looks_like_html(name, text))


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit "
        f"(raise it with --max-bytes)"
    )


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """One file (or ``-`` for stdin) → a Source; errors are captured, never raised."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return read_bytes_source("-", data, max_bytes=max_bytes)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            return Source(path, error=_too_big(size, max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Source(path, error=_os_message(exc))
    return read_bytes_source(path, data, max_bytes=max_bytes)


def expand_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str]:
    """Files named directly, and files under folders (recursively, sorted) matching ``globs``.

    A folder with no matching file yields the folder itself, so that reading it reports the
    problem. Missing paths are yielded as given, for the same reason.
    """
    patterns = tuple(globs)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if any(fnmatch(name, p) for p in patterns):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield _NoMatches(path, patterns)
        else:
            yield path


class _NoMatches(str):
    """A folder path that matched no file (a str so it flows through like a path)."""

    def __new__(cls, path: str, patterns: tuple[str, ...]) -> _NoMatches:
        obj = super().__new__(cls, path)
        obj.patterns = patterns  # type: ignore[attr-defined]
        return obj


def iter_sources(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str | None = "id",
) -> Iterator[Source]:
    """Every document behind ``paths``, one at a time (never the whole corpus in memory)."""
    for path in expand_paths(paths, globs):
        if isinstance(path, _NoMatches):
            pats = ", ".join(path.patterns)  # type: ignore[attr-defined]
            yield Source(str(path), error=f"folder has no files matching {pats}")
            continue
        is_jsonl = input_format == "jsonl" or (
            input_format == "auto" and path.lower().endswith((".jsonl", ".ndjson"))
        )
        if is_jsonl:
            yield from iter_jsonl(path, text_field=text_field, id_field=id_field,
                                  max_bytes=max_bytes)
        else:
            yield read_path(path, max_bytes=max_bytes)


def iter_jsonl(
    path: str, *, text_field: str = "text", id_field: str | None = "id",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source]:
    """Articles from a JSON Lines archive, one record a line, streamed."""
    try:
        handle = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Source(path, error=_os_message(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            source = jsonl_line_source(path, raw, number, text_field=text_field,
                                       id_field=id_field, max_bytes=max_bytes)
            if source is not None:
                yield source


def jsonl_line_source(
    path: str, raw: bytes, number: int, *, text_field: str = "text",
    id_field: str | None = "id", max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source | None:
    """One line of a JSON Lines archive → a Source (None for a blank line)."""
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
        text = record[text_field]
    except (ValueError, UnicodeDecodeError):
        return Source(path, id=f"line {number}", error=f"line {number}: not valid JSON")
    except (KeyError, TypeError):
        return Source(path, id=f"line {number}", error=f"line {number}: no {text_field!r} field")
    rec_id = record.get(id_field) if id_field and isinstance(record, dict) else None
    rec_id = str(rec_id) if rec_id is not None else f"line {number}"
    if not isinstance(text, str):
        return Source(path, id=rec_id, error=f"line {number}: {text_field!r} is not text")
    if len(text) > max_bytes:
        return Source(path, id=rec_id, error=f"line {number}: " + _too_big(len(text), max_bytes))
    return Source(path, text, "utf-8", looks_like_html("", text), rec_id)


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def read_text_file(path: Path) -> str:
    """Decode one file with the same rules as the CLI; raise InputError on failure."""
    source = read_path(str(path), max_bytes=1 << 62)
    if source.error:
        raise InputError(f"{path}: {source.error}")
    return source.text
