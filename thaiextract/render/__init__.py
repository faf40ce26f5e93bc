"""Render stage: records → one output format, written as each record arrives.

One writer per format serves the three kinds of record the commands produce (``shape``):
``documents`` (a :class:`~thaiextract.model.Document` from ``extract``), ``findings`` (the report
dict of ``check`` for one document) and ``rows`` (query rows, plain dicts).

``open_writer(fmt, stream, shape=..., single=...)`` returns a writer with ``write(record)`` and
``close()``. Formats: ``jsonl`` (one object a line, flushed), ``json`` (one object for one input,
else an array, streamed), ``csv``/``tsv`` (one row a fact, finding or query row), ``table`` (rich
tables, for people), ``html`` (a highlighted view of documents).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Protocol, TextIO

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "html")
SHAPES = ("documents", "findings", "rows")
# The formats each shape can be written in: a highlighted view needs a document's text.
SHAPE_FORMATS = {
    "documents": FORMATS,
    "findings": ("table", "json", "jsonl", "csv", "tsv"),
    "rows": ("table", "json", "jsonl", "csv", "tsv"),
}
MODULES = {"tsv": "csv"}  # one writer module, a different delimiter


class Writer(Protocol):
    def write(self, record: Any) -> None: ...
    def close(self) -> None: ...


def open_writer(
    fmt: str, stream: TextIO, *, single: bool = False, color: bool | None = None,
    shape: str = "documents", **options: Any,
) -> Writer:
    """A writer of ``shape`` records in format ``fmt``; ``options`` are the format's own
    (csv/tsv: ``bom``; table: ``title``, ``width``, ``sentences``, ``explain``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; choose from {', '.join(SHAPES)}")
    if fmt not in SHAPE_FORMATS[shape]:
        raise ValueError(f"{shape} cannot be written as {fmt}; choose from "
                         + ", ".join(SHAPE_FORMATS[shape]))
    module = import_module(f".{MODULES.get(fmt, fmt)}_writer", __name__)
    if fmt == "tsv":
        options["delimiter"] = "\t"
    return module.Writer(stream, single=single, color=color, shape=shape, **options)


def as_dict(record: Any) -> dict[str, Any]:
    """A record as the plain dict its JSON is made of."""
    to_dict = getattr(record, "to_dict", None)
    return to_dict() if callable(to_dict) else record
