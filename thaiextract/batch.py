"""Batch runs: sources in, documents (or failures) out, in input order, one at a time.

Failures never stop a batch: a source that cannot be read, or a document whose extraction raised,
comes out as a :class:`Failure` and the caller reports it and carries on.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Document
from .read import Source


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    id: str | None
    message: str
    detail: str | None = None  # traceback, shown with --debug

    def line(self) -> str:
        where = f"{self.source}#{self.id}" if self.id else self.source
        return f"{where}: {self.message}"


Result = Document | Failure


def process_source(
    src: Source, *, document_date: dt.date | None = None, only: tuple[str, ...] | None = None,
) -> Result:
    """Extract one source; any error becomes a Failure (never an exception)."""
    if src.error:
        return Failure(src.name, src.id, src.error)
    from .pipeline import extract_source

    try:
        return extract_source(src, document_date=document_date, only=only)
    except Exception as exc:  # one document's bug must not end the batch
        return Failure(src.name, src.id, f"internal error: {type(exc).__name__}: {exc}",
                       traceback.format_exc())


def process(
    sources: Iterable[Source], *, document_date: dt.date | None = None,
    only: tuple[str, ...] | None = None, jobs: int = 1, ordered: bool = True,
    progress: bool = False,
) -> Iterator[Result]:
    """Results for ``sources``, streamed."""
    for src in sources:
        yield process_source(src, document_date=document_date, only=only)
