"""Built data kept between runs of the command line (cold start, issue 14).

A one-article run of ``thaiextract extract`` spends about a quarter of its time compiling the
same ~270 regular expressions (most of them alternations of lexicon words) and another tenth
reading and checking the same lexicon files as the run before. The command line therefore keeps
what it built in one file of the user's cache folder and reuses it:

- **regexes**: the compiled program of each pattern (what ``re`` builds in Python before handing
  it to ``_sre``), keyed by the pattern text and flags, so a changed lexicon simply misses.
  ``re`` asks its compiler only on a miss of its own cache; while the cache is on, that
  compiler first looks the pattern up here and rebuilds it from the kept program. (Putting the
  kept patterns into ``re``'s cache instead, as this module did until session 6, broke down
  once a run's patterns and the file's outnumbered ``re``'s 512 places: one ``--help`` run was
  enough, after which every run evicted, recompiled and rewrote the file, +12 % a start.) An
  entry is only stored after checking that the pattern rebuilt from it equals the one ``re``
  compiled.
- **sections** (lexicon rows): each value stored with a digest of what it was built from;
  a caller looks it up with the digest of its current input, so an edited file misses.
- **generated code**: ``dataclasses`` writes the source of every class's ``__init__``,
  ``__eq__``, ``__repr__``, ``__setattr__`` … and compiles it at each start (about 300 functions
  for a one-article run, a fifth of its time). The bytecode of each is kept keyed by its source
  text, as ``__pycache__`` keeps a module's: the same text compiles to the same code.

The file is named by the package version, the interpreter (the compiled-program format
belongs to one Python version) and the folder the package is installed in. Nothing here is
required: without a cache folder (no home, read-only, ``THAIEXTRACT_CACHE=off``), or with a
damaged file, everything is built as before. Importing the command line (``thaiextract.cli``)
turns this on (:func:`enable`, before its modules compile their patterns); ``thaiextract.extract``
and the rest of the library build in memory as they always did. The file is the user's own data
(like ``__pycache__``), read with ``marshal``.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import marshal
import os
import re
import sys
import time
import zlib
from array import array
from pathlib import Path
from types import CodeType
from typing import Any, ClassVar

from . import __version__

ENV = "THAIEXTRACT_CACHE"  # a folder to use instead of the default, or "off"
OFF = frozenset({"", "0", "off", "no", "false", "none"})

try:  # the compiled-program format: part of the interpreter, not of the public API
    import _sre
    from re import _compiler, _parser

    _CODE = {2: "H", 4: "I", 8: "Q"}[_sre.CODESIZE]
    if array(_CODE).itemsize != _sre.CODESIZE:
        raise KeyError(_CODE)
    _FORMAT = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
except (ImportError, AttributeError, KeyError):  # another interpreter: no regex entries
    _sre = None  # type: ignore[assignment]
    _CODE, _FORMAT = "I", ""

# Bytecode belongs to one interpreter build, like a .pyc file's magic number says.
_CODE_FORMAT = f"{sys.version}|{sys.implementation.cache_tag}"
MAX_CODES = 2000  # generated functions kept (a one-article run makes about 300)
STALE_DAYS = 30  # files of other versions and installs unwritten this long are deleted
MAX_REGEXES = 1000  # patterns kept (a one-article run compiles about 380, a --help run 130 more)


class _State:
    enabled = False
    path: Path | None = None
    regexes: ClassVar[dict[tuple[str, int], tuple[Any, ...]]] = {}
    used: ClassVar[dict[tuple[str, int], None]] = {}  # kept patterns rebuilt by this run, in order
    fresh: ClassVar[dict[tuple[str, int], Any]] = {}  # compiled by this run (even if re dropped it)
    sections: ClassVar[dict[str, dict[str, tuple[bytes, Any]]]] = {}
    codes: ClassVar[dict[str, CodeType]] = {}  # source text → its bytecode, from the file
    new_codes: ClassVar[dict[str, CodeType]] = {}  # compiled by this run
    dirty = False


def folder() -> Path | None:
    """The cache folder: ``$THAIEXTRACT_CACHE``, else ``$XDG_CACHE_HOME/thaiextract``, else
    ``~/.cache/thaiextract`` (``%LOCALAPPDATA%`` on Windows); None when switched off or when
    there is no home to put it in."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else None)
    if not base:
        home = os.path.expanduser("~")
        if home == "~" or not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "thaiextract"


def _file() -> Path | None:
    where = folder()
    if where is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    # One file per installed copy: two checkouts of one version (say, two branches) hold
    # different lexicons, and sharing a file would make each push the other's patterns out.
    home = zlib.crc32(os.fsencode(os.path.dirname(os.path.abspath(__file__))))
    return where / f"built-{__version__}-{tag}-{home:08x}.marshal"


def enable() -> None:
    """Load the cache file (if any) and let ``re`` rebuild its patterns from it. Call before the
    modules whose patterns it holds are imported; safe to call more than once."""
    if _State.enabled:
        return
    _State.enabled = True
    _State.path = _file()
    if _State.path is None:
        return
    _hook_dataclasses()
    _hook_compiler()  # from now on, also to see every pattern this run compiles
    raw = _read_trusted(_State.path)
    try:
        data = marshal.loads(raw) if raw else None
    except (ValueError, EOFError, TypeError):
        return
    if not isinstance(data, dict) or data.get("version") != __version__:
        return
    sections, regexes = data.get("sections"), data.get("regexes")
    if isinstance(sections, dict) and all(isinstance(v, dict) for v in sections.values()):
        _State.sections = sections
    if data.get("format") == _FORMAT and _FORMAT and isinstance(regexes, dict):
        _State.regexes = {key: args for key, args in regexes.items()
                          if isinstance(key, tuple) and len(key) == 2
                          and isinstance(key[0], str) and isinstance(args, tuple)}
    codes = data.get("codes")
    if data.get("code_format") == _CODE_FORMAT and isinstance(codes, dict):
        _State.codes = {text: code for text, code in codes.items()
                        if isinstance(text, str) and isinstance(code, CodeType)}


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
    """``exec`` for the dataclasses module: a source text it compiled before runs from the kept
    bytecode. ``dont_inherit``: compiled as ``exec`` would compile it there, without this
    module's ``from __future__`` flags."""
    if isinstance(source, str):
        code = _State.codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(_State.new_codes) < MAX_CODES:
                _State.new_codes[source] = code
        source = code
    if globals is None:  # what the builtin would use: its caller's, the dataclasses module's
        globals = vars(dataclasses)
    builtins.exec(source, globals, locals, **kwargs)


def _hook_dataclasses() -> None:
    # A module-level name shadows the builtin for that module's code only: every dataclass
    # created from now on (ours, typer's) finds its functions' code here.
    if getattr(dataclasses, "exec", builtins.exec) is builtins.exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def _unhook_dataclasses() -> None:
    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _read_trusted(path: Path) -> bytes | None:
    """The file's bytes, if this user owns it and nobody else may write it (a cache folder set
    to a shared place must not let another user choose what this process loads)."""
    try:
        with path.open("rb") as handle:
            found = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and (found.st_uid != os.getuid() or found.st_mode & 0o022):
                return None
            return handle.read()
    except OSError:
        return None


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another run may be reading it)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Private to the user, whatever the umask: a group-writable file would not be trusted.
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()


def prune(own: Path, *, now: float | None = None) -> list[Path]:
    """Delete the cache files of other versions and installs that nothing has written for
    ``STALE_DAYS`` (each upgrade or checkout leaves 5–13 MB behind; a file still in use only
    costs its owner one rebuild). This run's own files, other names and files this user does
    not own stay. Returns what was deleted; never fails."""
    limit = (time.time() if now is None else now) - STALE_DAYS * 86400
    gone: list[Path] = []
    try:
        found = list(own.parent.glob("built-*"))
    except OSError:
        return gone
    for path in found:
        if path.name.startswith(own.stem):
            continue  # this install's file and its blobs
        with contextlib.suppress(OSError):
            stat = path.stat()
            mine = not hasattr(os, "getuid") or stat.st_uid == os.getuid()
            if mine and stat.st_mtime < limit:
                path.unlink()
                gone.append(path)
    return gone


def blob(name: str, digest: bytes) -> bytes | None:
    """Bytes kept under ``name`` in a file of their own (read only when asked for, unlike the
    rest), if they were made from input with this ``digest``."""
    if not _State.enabled or _State.path is None:
        return None
    raw = _read_trusted(_State.path.with_name(f"{_State.path.stem}-{name}.bin"))
    if not raw or len(raw) < 4:
        return None
    size = int.from_bytes(raw[:4], "little")
    return raw[4 + size:] if raw[4:4 + size] == digest else None


def keep_blob(name: str, digest: bytes, data: bytes) -> None:
    if _State.enabled and _State.path is not None:
        path = _State.path.with_name(f"{_State.path.stem}-{name}.bin")
        _write(path, len(digest).to_bytes(4, "little") + digest + data)


def disable() -> None:
    """Forget what :func:`enable` loaded (patterns already in ``re``'s cache stay: they equal
    what ``re`` would compile) and stop storing."""
    _State.enabled, _State.path, _State.dirty = False, None, False
    _State.regexes, _State.sections, _State.codes, _State.new_codes = {}, {}, {}, {}
    _State.used, _State.fresh = {}, {}
    _unhook_dataclasses()
    _unhook_compiler()


_COMPILE = _compiler.compile if _sre is not None else None  # re's own, before any hook


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` while the cache is on: a kept pattern is rebuilt from its kept
    program (no parsing, no code generation); anything else is compiled as ``re`` would."""
    args = _State.regexes.get((pattern, flags)) if isinstance(pattern, str) else None
    if args is not None:
        try:
            final_flags, code, *rest = args
            compiled = _sre.compile(pattern, final_flags, array(_CODE, code).tolist(), *rest)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # an entry of another shape: compile it afresh (and keep the fresh one)
        else:
            _State.used[pattern, flags] = None
            return compiled
    compiled = _COMPILE(pattern, flags)  # type: ignore[misc]
    if isinstance(pattern, str) and not flags & re.DEBUG and len(_State.fresh) < MAX_REGEXES:
        _State.fresh[pattern, flags] = compiled  # kept at save even if re's cache evicted it
    return compiled


def _hook_compiler() -> None:
    # re._compile calls its compiler module's function by name on each miss of re's cache.
    if _FORMAT and _COMPILE is not None and _compiler.compile is _COMPILE:
        _compiler.compile = _compile


def _unhook_compiler() -> None:
    if _COMPILE is not None and _compiler.compile is _compile:
        _compiler.compile = _COMPILE


def lookup(section: str, name: str, digest: bytes) -> Any:
    """The value stored for ``name`` if it was built from input with this ``digest``."""
    entry = _State.sections.get(section, {}).get(name)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == digest:
        return entry[1]
    return None


def remember(section: str, name: str, digest: bytes, value: Any) -> None:
    """Store ``value`` (plain data: str, int, tuple, list, dict) for the next run."""
    if not _State.enabled or _State.path is None:
        return
    _State.sections = {**_State.sections}
    _State.sections[section] = {**_State.sections.get(section, {}), name: (digest, value)}
    _State.dirty = True


def _program(pattern: str, flags: int, compiled: re.Pattern[str]) -> tuple[Any, ...] | None:
    """The arguments ``_sre.compile`` needs after ``pattern`` (what ``re._compiler.compile``
    computes), or None unless rebuilding from them gives a pattern equal to ``compiled``."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for key, index in groupindex.items():
            indexgroup[index] = key
        rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _sre.compile(pattern, flags | parsed.state.flags, code, *rest) != compiled:
            return None
        # The program as machine words: marshal reads one bytes object ~4x faster than a list.
        args = (flags | parsed.state.flags, array(_CODE, code).tobytes(), *rest)
    except Exception:  # any surprise in private code: just do not cache it
        return None
    return args


def _new_regexes() -> dict[tuple[str, int], tuple[Any, ...]]:
    found: dict[tuple[str, int], tuple[Any, ...]] = {}
    if not _FORMAT:
        return found
    # What this run compiled through the hook, and what re's cache holds (patterns compiled
    # before enable(): the standard library's, at import).
    compiled_here = [((str, p, f), c) for (p, f), c in _State.fresh.items()]
    for key, compiled in [*compiled_here, *list(getattr(re, "_cache", {}).items())]:
        kind, pattern, flags = key
        if kind is not str or (pattern, flags) in _State.regexes or (pattern, flags) in found:
            continue
        args = _program(pattern, flags, compiled)
        if args is not None:
            found[pattern, flags] = args
    return found


def save() -> None:
    """Write the file again if this run built something it did not hold. Never fails."""
    if not _State.enabled or _State.path is None:
        return
    fresh = _new_regexes()
    if not fresh and not _State.dirty and not _State.new_codes:
        return
    # This run's new patterns first, then the kept ones it used, then the rest, up to
    # MAX_REGEXES: patterns of an older lexicon (never asked for again) drift to the end and
    # drop out.
    order = [*fresh, *_State.used, *_State.regexes]
    known = {**_State.regexes, **fresh}
    kept = {key: known[key] for key in dict.fromkeys(order)}
    kept = dict(list(kept.items())[:MAX_REGEXES])
    codes = {**_State.new_codes, **_State.codes}
    codes = dict(list(codes.items())[:MAX_CODES])
    data = {"version": __version__, "format": _FORMAT, "regexes": kept,
            "sections": _State.sections, "code_format": _CODE_FORMAT, "codes": codes}
    try:
        encoded = marshal.dumps(data)
    except ValueError:  # something unmarshallable was remembered: keep nothing
        return
    _write(_State.path, encoded)
    prune(_State.path)
    _State.regexes, _State.codes, _State.new_codes = kept, codes, {}
    _State.used, _State.fresh = {}, {}
    _State.dirty = False


__all__ = ["ENV", "blob", "disable", "enable", "folder", "keep_blob", "lookup", "prune",
           "remember", "save"]
