"""The pipeline: read → clean → normalise → segment → extract → link → anchor, one document at a
time.

:class:`Prepared` is what extractors see: the normalised text they match on, its sentences and
the document date. Extractors and the linker work in normalised offsets only
(:meth:`Prepared.anchor` gives a fact's common fields for a normalised span); the anchor stage
(``anchor.py``) maps every fact to the original input at the end.
"""

from __future__ import annotations

import datetime as dt
import gc
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from . import extractors
from .clean import clean_views
from .document_date import find as find_document_date
from .model import FACT_KINDS, Document, Mention, Sentence
from .normalize import normalize_view
from .read import Source
from .segment import sentence_spans
from .view import TextView, ViewChain


@dataclass(slots=True)
class Prepared:
    source: str
    original: str
    chain: ViewChain
    clean: TextView  # the last cleaning view: article text, original characters
    text: str  # normalised text: what extractors match on
    sentences: list[Sentence]
    document_date: dt.date | None = None
    document_date_source: str | None = None
    _sentence_starts: list[int] = field(default_factory=list)

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        return self.chain.to_original(nstart, nend)

    def sentence_at(self, npos: int) -> Sentence | None:
        k = bisect_right(self._sentence_starts, npos) - 1
        if k >= 0 and self.sentences[k].nstart <= npos < max(self.sentences[k].nend, npos + 1):
            return self.sentences[k]
        return None

    def mention(self, nstart: int, nend: int) -> Mention:
        """A mention of the normalised span ``[nstart, nend)`` (mapped by the anchor stage)."""
        return Mention(self.text[nstart:nend], nstart, nend)

    def anchor(self, nstart: int, nend: int) -> dict[str, object]:
        """The common fact fields for the normalised span ``[nstart, nend)``; the anchor stage
        replaces them with the original text, offsets and sentence."""
        return {"text": self.text[nstart:nend], "start": nstart, "end": nend, "sentence": ""}

    def original_text(self, nstart: int, nend: int) -> str:
        """The original input's characters for the normalised span: a value "as written"."""
        start, end = self.to_original(nstart, nend)
        return self.original[start:end]


NO_ARTICLE_TEXT = "no article text found in the HTML page, nothing to extract"


class NoArticleText(ValueError):
    """An HTML page whose cleaning left no article text."""


def prepare(
    text: str, *, source: str = "<text>", is_html: bool = False,
    document_date: dt.date | None = None,
) -> Prepared:
    """Clean, normalise and segment ``text`` (the original input, as decoded)."""
    views = clean_views(text, is_html, source)
    clean = views[-1]
    norm = normalize_view(clean.text)
    chain = ViewChain(text, [*views, norm])
    sentences = []
    for nstart, nend in sentence_spans(norm.text):
        cstart, cend = norm.to_parent(nstart, nend)
        start, end = chain.to_original(nstart, nend)
        sentences.append(Sentence(nstart, nend, start, end, clean.text[cstart:cend]))
    # The article's own date, once, before any extractor: the option, else the stage's find
    # (HTML metadata, header, lead).
    found = (document_date, "option") if document_date else find_document_date(
        norm.text, [(s.nstart, s.nend) for s in sentences], text if is_html else None)
    document_date, date_source = found if found else (None, None)
    return Prepared(
        source=source, original=text, chain=chain, clean=clean, text=norm.text,
        sentences=sentences, document_date=document_date, document_date_source=date_source,
        _sentence_starts=[s.nstart for s in sentences],
    )


# Where the collector is tuned for long documents (batch.py pauses it while starting).
# Extraction makes no reference cycles (records, lists, match objects: reference counting frees
# them); on a long document the collector only
# walks the growing lists of live candidates, again and again: 6% of the CPU of one 4M-character
# page (767 collections, 0.25 s), more on a date-dense one (811 against 577 ns/char). So it is
# paused while one document of at least GC_PAUSE_CHARS is extracted, and resumed after it, also
# when extraction fails; short documents (news articles) leave it alone, and a caller that
# turned it off itself finds it off after the call.
GC_PAUSE_CHARS = 200_000


@contextmanager
def _collector_paused(chars: int) -> Iterator[None]:
    paused = chars >= GC_PAUSE_CHARS and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def extract(
    text: str, *, document_date: dt.date | str | None = None, source: str | None = None,
    is_html: bool | None = None, only: Iterable[str] | str | None = None,
    encoding: str | None = None, record_id: str | None = None, empty_page_fails: bool = False,
) -> Document:
    """Extract every fact from one document's text. The public entry point of the package.

    ``empty_page_fails``: an HTML page in which no article text is found (a menu, a login wall)
    raises :class:`NoArticleText` instead of giving an empty document, as the command line
    reports an empty file."""
    from .read import looks_like_html

    if isinstance(document_date, str):
        document_date = dt.date.fromisoformat(document_date)
    kinds = extractors.resolve_kinds(list(only) if only and not isinstance(only, str) else only)
    name = source if source is not None else "<text>"
    html = looks_like_html(name, text) if is_html is None else is_html
    from .anchor import anchor
    from .link import link

    with _collector_paused(len(text)):
        doc = prepare(text, source=name, is_html=html, document_date=document_date)
        if html and empty_page_fails and not doc.clean.text.strip():
            raise NoArticleText(NO_ARTICLE_TEXT)
        facts = anchor(doc, link(doc, extractors.run(doc, kinds)))
    return Document(
        source=name,
        id=record_id,
        document_date=doc.document_date.isoformat() if doc.document_date else None,
        document_date_source=doc.document_date_source,
        encoding=encoding,
        only=None if kinds == extractors.KINDS else kinds,
        **{key: tuple(facts.get(key, ())) for key in FACT_KINDS},
        text=text,
    )


def extract_source(
    src: Source, *, document_date: dt.date | None = None, only: Iterable[str] | str | None = None,
) -> Document:
    """One read source, as batches run it: an HTML page with no article text is an error."""
    return extract(
        src.text, document_date=document_date, source=src.name, is_html=src.is_html, only=only,
        encoding=src.encoding, record_id=src.id, empty_page_fails=True,
    )


def extract_many(
    sources: Iterable[Source], *, document_date: dt.date | None = None,
    only: Iterable[str] | str | None = None,
) -> Iterator[Document | Source]:
    """Documents in input order; a source that failed (unreadable, empty, an HTML page with no
    article text) is yielded back as the Source, its ``error`` set."""
    for src in sources:
        if src.error:
            yield src
            continue
        try:
            yield extract_source(src, document_date=document_date, only=only)
        except NoArticleText as empty:
            yield replace(src, error=str(empty))
