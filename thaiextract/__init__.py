"""thaiextract: facts from Thai news, with character offsets into the original input.

    >>> from thaiextract import extract
    >>> doc = extract("วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี กล่าว")
    >>> doc.to_dict()["dates"][0]["value"]
    '2020-06-12'
"""

from __future__ import annotations

import typing as _typing

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "extract", "read_path"]

if _typing.TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterable as _Iterable

    from .model import Document
    from .read import read_path


def extract(
    text: str, *, document_date: _dt.date | str | None = None, source: str | None = None,
    is_html: bool | None = None, only: _Iterable[str] | str | None = None,
    encoding: str | None = None, record_id: str | None = None,
) -> Document:
    """Extract every fact from one document's text (see :func:`thaiextract.pipeline.extract`).

    ``text`` is the decoded text: bytes are refused with a TypeError saying how to decode them.
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        hint = ("; decode it first or use thaiextract.read_path(path) / "
                "thaiextract.read.read_bytes_source(name, data, max_bytes=...)"
                if isinstance(text, bytes | bytearray | memoryview) else "")
        raise TypeError(f"extract() takes str, not {kind}{hint}")
    from .pipeline import extract as run

    return run(text, document_date=document_date, source=source, is_html=is_html, only=only,
               encoding=encoding, record_id=record_id)


def __getattr__(name: str) -> object:
    # Lazy, so that `thaiextract --version` does not load the pipeline.
    if name == "Document":
        from .model import Document

        return Document
    if name == "read_path":
        from .read import read_path

        return read_path
    raise AttributeError(f"module 'thaiextract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*__all__, "__version__", "__doc__", "__file__", "__name__", "__path__"})
