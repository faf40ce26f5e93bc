"""Read stage: paths, folders, stdin and JSONL archives → :class:`Source` records, lazily.

A source that cannot be read becomes a ``Source`` with ``error`` set, so one bad file (or one bad
JSONL record) never stops a batch: the caller reports it and goes on. Nothing here blocks for ever
(a FIFO is read with a time limit), reads more than the size limit into memory (JSONL lines are
read in chunks), or lets text through that cannot be written out as UTF-8 (lone surrogates).

Keyword arguments meant for CLI options: ``max_bytes`` (``--max-bytes``, checked by
:func:`check_max_bytes`), ``encoding`` (``--encoding``, checked by :func:`check_encoding`) and
``hidden`` (``--hidden``: walk hidden and virtual-env folders too).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import select
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from .decode import decode, format_size
from .errors import DecodeError, InputError

__all__ = [
    "DEFAULT_GLOBS", "DEFAULT_MAX_BYTES", "EMPTY", "HTML_SUFFIXES", "FolderProblem", "Source",
    "check_encoding", "check_max_bytes", "decode", "expand_paths", "format_size", "iter_jsonl",
    "iter_sources", "jsonl_line_source", "looks_like_html", "read_bytes_source", "read_path",
    "read_text_file", "skipped_folder", "text_source",
]

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Reads ask for max_bytes + 1 bytes; above this a read() overflows a C ssize_t.
MAX_MAX_BYTES = sys.maxsize - 1
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EMPTY = "empty file, nothing to extract"
EMPTY_RECORD = "empty text, nothing to extract"
# A FIFO or device is read until this many seconds pass with no data (never a blocked batch).
PIPE_TIMEOUT = 10.0
JSONL_CHUNK = 1 << 20
# Folders never walked unless hidden=True (besides any name starting with "."): virtual
# environments, caches and package trees hold licence files and docs, not articles.
SKIPPED_FOLDERS = frozenset({"venv", "__pycache__", "node_modules", "site-packages"})
# Blank means blank whatever the script: Unicode spaces (U+3000, NBSP, U+2028 …) count too.
_BLANK = re.compile(r"[\s\ufeff]*")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # the path as given ("-" for stdin)
    text: str = ""
    encoding: str | None = None
    is_html: bool = False
    id: str | None = None  # record id, for JSONL input
    error: str | None = None  # one-line reason when the source could not be read

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 ("\xff.txt") reaches Python with lone surrogates; shown
        # as escapes ("\\xff.txt") it can be written out, and output stays valid UTF-8.
        if _SURROGATE.search(self.name):
            try:
                raw = os.fsencode(self.name)
            except UnicodeEncodeError:  # a surrogate that no file name decodes to
                raw = self.name.encode("utf-8", "surrogatepass")
            object.__setattr__(self, "name", raw.decode("utf-8", "backslashreplace"))


def check_max_bytes(value: object) -> int:
    """``value`` as a size limit in bytes: ValueError with a clear message when it is not a whole
    number of at least 1; a limit above what any read can ask for (``sys.maxsize``) means no
    limit and is lowered to :data:`MAX_MAX_BYTES`, so no read ever overflows."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"the size limit must be a whole number of bytes, not {value!r}")
    if value < 1:
        raise ValueError(f"the size limit must be at least 1 byte, not {value:,}")
    return min(value, MAX_MAX_BYTES)


def check_encoding(name: str | None) -> str | None:
    """The codec's canonical name for ``name`` (None stays None: detect); ValueError if unknown."""
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r} (try utf-8, tis-620, cp874, utf-16, "
                         "latin-1)") from None


def looks_like_html(name: str, text: str) -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<body" in head or ("<p>" in head and "</p>" in head)
    )


def text_source(name: str, text: str, encoding: str | None, *, record_id: str | None = None,
                empty: str = EMPTY) -> Source:
    """A decoded text → a Source; blank text (Unicode spaces included) is an error, as is a lone
    surrogate (it cannot be written out as UTF-8)."""
    if _BLANK.fullmatch(text):
        return Source(name, id=record_id, error=empty)
    bad = _SURROGATE.search(text)
    if bad:
        return Source(name, id=record_id, error=(
            f"invalid text: a lone surrogate \\u{ord(bad.group()):04x} at character "
            f"{bad.start():,} (not Unicode that UTF-8 can hold)"))
    return Source(name, text, encoding, looks_like_html(name, text), record_id)


def read_bytes_source(name: str, data: bytes, *, max_bytes: int,
                      encoding: str | None = None) -> Source:
    if len(data) > max_bytes:
        return Source(name, error=_too_big(len(data), max_bytes))
    if not data.strip():
        return Source(name, error=EMPTY)
    try:
        text, found = decode(data, encoding)
    except DecodeError as exc:
        return Source(name, error=str(exc))
    return text_source(name, text, found)


def _too_big(size: int, max_bytes: int) -> str:
    return (f"{format_size(size)} is over the {format_size(max_bytes)} limit "
            f"(raise it with --max-bytes)")


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
              timeout: float = PIPE_TIMEOUT) -> Source:
    """One file (or ``-`` for stdin) → a Source; errors are captured, never raised.

    A FIFO, device or other non-regular file is read without blocking: it gives up after
    ``timeout`` seconds without data."""
    max_bytes = check_max_bytes(max_bytes)
    if path == "-":
        data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
        return read_bytes_source("-", data, max_bytes=max_bytes, encoding=encoding)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return Source(path, error="is a directory")
        if not stat.S_ISREG(info.st_mode):
            data = _read_special(path, max_bytes + 1, timeout)
        elif info.st_size > max_bytes:
            return Source(path, error=_too_big(info.st_size, max_bytes))
        else:
            with open(path, "rb") as handle:
                data = _read_at_most(handle, max_bytes + 1)
    except TimeoutError:
        return Source(path, error=f"not a regular file, and no data came for {timeout:g} s: "
                                  "skipped")
    except OSError as exc:
        return Source(path, error=_os_message(exc))
    if not data and not os.path.isfile(path):
        return Source(path, error="not a regular file (a FIFO or device with no writer): "
                                  "nothing to read")
    return read_bytes_source(path, data, max_bytes=max_bytes, encoding=encoding)


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes; in chunks, since one read() of a huge size overflows."""
    chunks = []
    size = 0
    while size < limit:
        chunk = handle.read(min(limit - size, 1 << 24))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _read_special(path: str, limit: int, timeout: float) -> bytes:
    """Up to ``limit`` bytes of a FIFO or device, never waiting more than ``timeout`` for data:
    TimeoutError when none came at all; what came when the writer then falls silent."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + timeout
        while size < limit:
            try:
                chunk = os.read(fd, min(1 << 16, limit - size))
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([fd], [], [], left)[0]:
                    if chunks:
                        break
                    raise TimeoutError from None
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            deadline = time.monotonic() + timeout
        return b"".join(chunks)
    finally:
        os.close(fd)


class FolderProblem(str):
    """A folder path that gave no file: nothing matched, or it could not be read. A str, so it
    flows through like a path; ``message`` says what went wrong."""

    message: str

    def __new__(cls, path: str, message: str) -> FolderProblem:
        obj = super().__new__(cls, path)
        obj.message = message
        return obj


def skipped_folder(parent: str, name: str) -> bool:
    """Hidden folders, virtual environments (any folder with a ``pyvenv.cfg``), caches and
    package trees: never walked unless ``hidden=True``."""
    return (name.startswith(".") or name in SKIPPED_FOLDERS
            or os.path.isfile(os.path.join(parent, name, "pyvenv.cfg")))


def expand_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS, *,
                 hidden: bool = False) -> Iterator[str]:
    """Files named directly, and regular files under folders (recursively, sorted) matching
    ``globs``; hidden files and folders and virtual environments are skipped unless ``hidden``.

    A folder that gives no file yields a :class:`FolderProblem` (nothing matched, or permission
    denied), so that reading it reports the problem. Missing paths are yielded as given, for
    the same reason.
    """
    patterns = tuple(globs)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, patterns, hidden)
        else:
            yield path


def _walk(top: str, patterns: tuple[str, ...], hidden: bool) -> Iterator[str]:
    errors: list[OSError] = []  # os.walk reports a folder it cannot list here, and goes on
    found = False
    for root, dirs, files in os.walk(top, onerror=errors.append):
        yield from _folder_problems(errors)
        if not hidden:
            dirs[:] = [d for d in dirs if not skipped_folder(root, d)]
        dirs.sort()
        for name in sorted(files):
            if (hidden or not name.startswith(".")) and any(fnmatch(name, p) for p in patterns):
                full = os.path.join(root, name)
                if os.path.isfile(full):  # FIFOs, sockets, devices: skipped (a FIFO blocks)
                    found = True
                    yield full
                elif os.path.islink(full) and not os.path.exists(full):
                    # A link to nothing is a file the user meant to give: say so.
                    yield FolderProblem(full, "broken symbolic link (its target does not exist)")
    if errors and errors[0].filename == top:  # the folder itself: nothing was walked
        yield FolderProblem(top, _os_message(errors[0]))
        return
    yield from _folder_problems(errors)
    if not found:
        yield FolderProblem(top, f"folder has no files matching {', '.join(patterns)}")


def _folder_problems(errors: list[OSError]) -> Iterator[FolderProblem]:
    while errors:
        exc = errors.pop(0)
        yield FolderProblem(str(exc.filename), _os_message(exc))


def iter_sources(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str | None = "id",
    encoding: str | None = None,
    hidden: bool = False,
) -> Iterator[Source]:
    """Every document behind ``paths``, one at a time (never the whole corpus in memory).

    ValueError at once for a bad ``max_bytes`` or ``encoding`` (a usage error, not an input's)."""
    max_bytes = check_max_bytes(max_bytes)
    encoding = check_encoding(encoding)
    return _sources(paths, tuple(globs), max_bytes, input_format, text_field, id_field,
                    encoding, hidden)


def _sources(paths: Iterable[str], globs: tuple[str, ...], max_bytes: int, input_format: str,
             text_field: str, id_field: str | None, encoding: str | None,
             hidden: bool) -> Iterator[Source]:
    for path in expand_paths(paths, globs, hidden=hidden):
        if isinstance(path, FolderProblem):
            yield Source(str(path), error=path.message)
            continue
        is_jsonl = input_format == "jsonl" or (
            input_format == "auto" and path.lower().endswith((".jsonl", ".ndjson"))
        )
        if is_jsonl:
            yield from iter_jsonl(path, text_field=text_field, id_field=id_field,
                                  max_bytes=max_bytes, encoding=encoding)
        else:
            yield read_path(path, max_bytes=max_bytes, encoding=encoding)


def iter_jsonl(
    path: str, *, text_field: str = "text", id_field: str | None = "id",
    max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
    timeout: float = PIPE_TIMEOUT,
) -> Iterator[Source]:
    """Articles from a JSON Lines archive, one record a line, streamed: a line over
    ``max_bytes`` is refused after reading it in chunks, never held in memory whole. A FIFO
    gets ``timeout`` seconds for its first data (its open never blocks)."""
    max_bytes = check_max_bytes(max_bytes)
    try:
        handle = sys.stdin.buffer if path == "-" else _open_stream(path, timeout)
    except TimeoutError:
        yield Source(path, error=f"not a regular file, and no data came for {timeout:g} s: "
                                 "skipped")
        return
    except OSError as exc:
        yield Source(path, error=_os_message(exc))
        return
    with handle:
        for number, (raw, size) in enumerate(_bounded_lines(handle, max_bytes), start=1):
            if raw is None:
                yield Source(path, id=f"line {number}", error=_too_big(size, max_bytes))
                continue
            source = jsonl_line_source(path, raw, number, text_field=text_field,
                                       id_field=id_field, max_bytes=max_bytes, encoding=encoding)
            if source is not None:
                yield source


def _open_stream(path: str, timeout: float) -> BinaryIO:
    """``path`` opened for reading; a FIFO or device is opened without blocking and given
    ``timeout`` seconds to have data (TimeoutError), then read as a blocking stream."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if stat.S_ISREG(info.st_mode):
        return open(path, "rb")  # closed by the caller's with
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not select.select([fd], [], [], timeout)[0]:
        os.close(fd)
        raise TimeoutError
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, its size)`` for each line; ``(None, size)`` for a line over ``limit`` bytes,
    whose rest is read in chunks and dropped."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = handle.readline(JSONL_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield None, size


def jsonl_line_source(
    path: str, raw: bytes, number: int, *, text_field: str = "text",
    id_field: str | None = "id", max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Source | None:
    """One line of a JSON Lines archive → a Source (None for a blank line).

    Errors are kept with the id ``line N`` (where to look) and never repeat it in the message;
    the first line's missing-field error names the fields the record does have."""
    if not raw.strip():
        return None
    line_id = f"line {number}"
    if len(raw) > max_bytes:
        return Source(path, id=line_id, error=_too_big(len(raw), max_bytes))
    try:
        record = json.loads(raw.decode(encoding) if encoding else raw)
    except RecursionError:
        return Source(path, id=line_id, error="JSON nested too deeply to be a record")
    except (ValueError, UnicodeDecodeError):
        return Source(path, id=line_id, error="not valid JSON")
    if not isinstance(record, dict):
        return Source(path, id=line_id, error=f"not a JSON object with a {text_field!r} field")
    if text_field not in record:
        return Source(path, id=line_id, error=_missing_field(record, text_field, number))
    text = record[text_field]
    if not isinstance(text, str):
        return Source(path, id=line_id, error=f"{text_field!r} is not text")
    rec_id = record.get(id_field) if id_field else None
    rec_id = str(rec_id) if rec_id is not None else line_id
    if _SURROGATE.search(rec_id):
        return Source(path, id=line_id, error=f"invalid id: {id_field!r} holds a lone surrogate "
                                              "(not Unicode that UTF-8 can hold)")
    return text_source(path, text, "utf-8", record_id=rec_id, empty=EMPTY_RECORD)


def _missing_field(record: dict[str, object], field: str, number: int) -> str:
    message = f"no {field!r} field"
    if number == 1:  # said once, where a wrong --text-field shows first
        names = ", ".join(repr(k) for k in list(record)[:12]) or "none"
        message += f"; the first record has the fields {names} (choose one with --text-field)"
    return message


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def read_text_file(path: Path, *, encoding: str | None = None) -> str:
    """Decode one file with the same rules as the CLI; raise InputError on failure."""
    source = read_path(str(path), max_bytes=MAX_MAX_BYTES, encoding=encoding)
    if source.error:
        raise InputError(f"{path}: {source.error}")
    return source.text
