"""The inputs of a command: paths → :class:`~thaiextract.read.Source` records, lazily."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import typer

from ..read import DEFAULT_GLOBS
from .options import InputFormat


@lru_cache(maxsize=1)
def _accepted() -> frozenset[str]:
    from ..read import iter_sources

    return frozenset(inspect.signature(iter_sources).parameters)


def source_options(glob: list[str] | None, max_bytes: int, input_format: InputFormat,
                   text_field: str = "text", id_field: str = "id", encoding: str | None = None,
                   hidden: bool = False) -> dict[str, Any]:
    """The keyword arguments of ``read.iter_sources`` for these options.

    ``--encoding`` and ``--hidden`` are passed only to a reader that knows them; asking for one
    the reader cannot honour is a usage error rather than silently ignored.
    """
    options: dict[str, Any] = {"globs": tuple(glob or DEFAULT_GLOBS), "max_bytes": max_bytes,
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
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {name!r}", param_hint="--encoding") from None


def sources(paths: list[str], options: dict[str, Any]) -> Iterator[Any]:
    from ..read import iter_sources

    return iter_sources(paths, **options)
