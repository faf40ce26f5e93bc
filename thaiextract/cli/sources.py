"""The inputs of a command: paths → :class:`~thaiextract.read.Source` records, lazily."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import typer

from ..read import DEFAULT_GLOBS
from .options import InputFormat, parse_size


@lru_cache(maxsize=4)
def _parameters(name: str) -> frozenset[str]:
    from .. import read

    return frozenset(inspect.signature(getattr(read, name)).parameters)


def _accepted() -> frozenset[str]:
    return _parameters("iter_sources")


def source_options(glob: list[str] | None, max_bytes: str | int, input_format: InputFormat,
                   text_field: str = "text", id_field: str = "id", encoding: str | None = None,
                   hidden: bool = False) -> dict[str, Any]:
    """The keyword arguments of ``read.iter_sources`` for these options.

    ``--encoding`` and ``--hidden`` are passed only to a reader that knows them; asking for one
    the reader cannot honour is a usage error rather than silently ignored.
    """
    options: dict[str, Any] = {"globs": tuple(glob or DEFAULT_GLOBS),
                               "max_bytes": parse_size(max_bytes),
                               "input_format": input_format.value, "text_field": text_field,
                               "id_field": id_field}
    for name, value, default in (("encoding", encoding, None), ("hidden", hidden, False)):
        if value == default:
            continue
        if name == "encoding":
            _check_encoding(value)
        if name not in _accepted():
            raise typer.BadParameter("not supported by this version's reader",
                                     param_hint=f"--{name}")
        options[name] = value
    return options


def _check_encoding(name: Any) -> None:
    from ..read import check_encoding

    try:
        check_encoding(name)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--encoding") from None


def sources(paths: list[str], options: dict[str, Any], *, defer: bool = False) -> Iterator[Any]:
    """The documents behind ``paths``, read here; or, with ``defer``, plain files as
    :class:`~thaiextract.batch.PathSource` records that the worker extracting them reads."""
    from ..read import iter_sources

    if not defer or not _can_defer(options):
        try:
            return iter_sources(paths, **options)
        except ValueError as exc:  # the reader refuses an option value: a usage error
            raise typer.BadParameter(str(exc)) from None
    return _deferred(paths, options)


def _can_defer(options: dict[str, Any]) -> bool:
    """Reading in the workers must give what ``iter_sources`` gives: every option that
    ``iter_sources`` takes must then be one that the walker or ``read_path`` takes too."""
    walk, read = _parameters("expand_paths"), _parameters("read_path")
    own = {"globs", "input_format", "text_field", "id_field"}
    return all(name in own or name in walk or name in read for name in _accepted() - {"paths"})


def _deferred(paths: list[str], options: dict[str, Any]) -> Iterator[Any]:
    import os

    from ..batch import PathSource
    from ..read import FolderProblem, Source, expand_paths, iter_sources

    walk_keys, read_keys = _parameters("expand_paths"), _parameters("read_path")
    walk = {k: v for k, v in options.items() if k in walk_keys and k != "globs"}
    read = tuple((k, v) for k, v in options.items() if k in read_keys)
    jsonl = options.get("input_format") == "jsonl"
    for given in paths:
        if given == "-":
            yield from iter_sources([given], **options)
            continue
        for path in expand_paths([given], options["globs"], **walk):
            if isinstance(path, FolderProblem):  # nothing matched, or it could not be read
                yield Source(str(path), error=path.message)
                continue
            if jsonl or path.lower().endswith((".jsonl", ".ndjson")):
                yield from iter_sources([str(path)], **options)  # an archive's records
                continue
            try:
                size = os.stat(path).st_size
            except OSError:
                size = 0  # read_path reports it, in the worker
            yield PathSource(str(path), read, size)
