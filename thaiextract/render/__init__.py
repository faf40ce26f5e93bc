"""Render stage: documents → one output format, written as each document finishes.

``open_writer(fmt, stream, single=...)`` returns a writer with ``write(doc)`` and ``close()``.
Formats: ``jsonl`` (one object a line, flushed), ``json`` (one object for one input, else an array,
streamed), ``csv`` (one row a fact), ``table`` (rich tables, for people), ``html`` (a highlighted view).
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, TextIO

from ..model import Document

FORMATS = ("table", "json", "jsonl", "csv", "html")


class Writer(Protocol):
    def write(self, doc: Document) -> None: ...
    def close(self) -> None: ...


def open_writer(fmt: str, stream: TextIO, *, single: bool = False, color: bool | None = None) -> Writer:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = import_module(f".{fmt}_writer", __name__)
    return module.Writer(stream, single=single, color=color)
