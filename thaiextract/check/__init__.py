"""Fact-checking: what looks wrong in an article, and why, with offsets.

``check_document(doc, prepared)`` runs every check over a :class:`~thaiextract.model.Document`
(the extractors' facts) and, for the checks that read the text itself, its
:class:`~thaiextract.pipeline.Prepared` text. Each :class:`Finding` has a stable ``code``, a
``severity``, a message in English and Thai (``lexicons/check/messages.tsv``), the main span
(``text``/``start``/``end``, offsets into the original input, and its ``sentence``) and every
span involved (``spans``).

=============================  ========  =================================================
code                           severity  what it finds
=============================  ========  =================================================
``weekday-mismatch``           error     a written weekday that is not the date's weekday
                                         ("วันพุธที่ 27 มกราคม 2565": it was a Thursday)
``impossible-date``            error     a date not in the calendar (31 มิถุนายน; 29 ก.พ. in
                                         a non-leap year)
``era-label-mismatch``         warning   an era marker the number contradicts: ค.ศ. 2565,
                                         พ.ศ. 2022 (the number decides the era, see
                                         :mod:`thaiextract.era`; the marker is the slip)
``year-far-from-document``     warning   a written four-digit year ten years or more from
                                         the article's year (same era) that differs from it
                                         in one digit or by two swapped neighbouring digits:
                                         a typo suspect (2536 or 2656 in a 2566 article);
                                         ``info`` for a bare year (ปี 2556), which is more
                                         often a real reference
``two-digit-year-decade``      warning   a two-digit year (ม.ค. 56) in another decade than
                                         the article's year, more than one year away, and
                                         one digit off or two swapped (a typo suspect);
                                         ``info`` for a bare year (ปี 56). Neither this nor
                                         year-far-from-document fires on a span of years or
                                         near a historical cue (check/historical_cues.tsv)
``future-past-event``          warning   a past-tense date (เมื่อวันที่ …, … ที่ผ่านมา) later
                                         than the article's date (dates whose year was not
                                         written are left out: the year is a guess; so is
                                         a document date taken from the lead)
``person-title-conflict``      warning   one person given two titles that replace each
                                         other (นาย vs พล.อ., นพ. vs พญ.), mention by
                                         mention; ดร. or นพ. beside นาย, or a stacked title
                                         (พล.อ.ดร.), is no conflict
``person-position-conflict``   warning   one person given two posts of which neither
                                         contains the other and that cannot be held at
                                         once: another ministry, province or rank
                                         (รองนายกฯ vs นายกฯ), or seats of two families not
                                         listed in check/position_concurrent.tsv
                                         (นายกรัฐมนตรี vs ผู้บัญชาการทหารบก); a shorter
                                         form, a combined position ("A และ B": both
                                         held) or a chairing role is no conflict
``meeting-ordinal-date-conflict`` warning one meeting name and ordinal (ครั้งที่ 5) with two
                                         different dates (mention by mention)
``digit-mismatch``             error     one number written in Thai and in Arabic digits side
                                         by side ("๑๒๕ (135)", "๑๒๕ ราย หรือ 135 ราย") with
                                         different values
=============================  ========  =================================================

The ``check`` command exits 1 if any document failed, else 3 if any finding, else 0.

Modules, one a topic: ``findings`` (the record, messages), ``dates``, ``titles``,
``positions`` (the rules are :mod:`thaiextract.positions`'), ``meetings``, ``digits``; the
person and meeting checks read the per-mention attributes the extractors keep
(``PersonMention.title``/``position``, ``MeetingMention.ordinal``/``date``).

Everything here is a pure function of its arguments; nothing is cached but the lexicons.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from ..model import Document, PersonFact
from ..positions import normalize_position, positions_clash
from .dates import DATE_CHECKS, WrittenYear, check_future_past, written_year
from .digits import check_digits
from .findings import CODES, SEVERITIES, Finding, messages
from .meetings import check_meetings
from .people import SentenceOf, no_sentences
from .positions import check_positions
from .titles import check_titles, titles_clash

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..pipeline import Prepared

__all__ = [
    "CODES", "SEVERITIES", "Finding", "WrittenYear", "check_digits", "check_document",
    "check_meetings", "check_people", "document_date", "messages", "normalize_position",
    "positions_clash", "report", "titles_clash", "written_year",
]


def check_people(people: Iterable[PersonFact],
                 sentence_of: SentenceOf = no_sentences) -> Iterator[Finding]:
    """person-title-conflict and person-position-conflict findings."""
    people = list(people)
    yield from check_titles(people, sentence_of)
    yield from check_positions(people, sentence_of)


def document_date(doc: Document, prepared: Prepared | None = None) -> dt.date | None:
    # The document's own date (option, metadata, dateline) first: a re-prepared text knows
    # nothing of the option it was extracted with.
    try:
        if doc.document_date:
            return dt.date.fromisoformat(doc.document_date)
    except ValueError:
        pass
    return prepared.document_date if prepared is not None else None


def sentence_lookup(prepared: Prepared | None) -> SentenceOf:
    """original offset → the cleaned text of the sentence holding it."""
    if prepared is None or not prepared.sentences:
        return no_sentences
    sentences = prepared.sentences
    starts = [s.start for s in sentences]

    def sentence_of(start: int) -> str | None:
        k = bisect_right(starts, start) - 1
        if k >= 0 and sentences[k].start <= start < max(sentences[k].end, start + 1):
            return sentences[k].text
        return None

    return sentence_of


def check_document(doc: Document, prepared: Prepared | None = None) -> list[Finding]:
    """Every finding for one document, in text order.

    ``prepared`` is needed by the checks that read the text (digit-mismatch) and to give each
    mention its sentence; without it, it is made from ``doc.text`` when the document carries
    its text, else those checks are skipped.
    """
    if prepared is None and doc.text is not None:
        from ..pipeline import prepare
        from ..read import looks_like_html

        prepared = prepare(doc.text, source=doc.source,
                           is_html=looks_like_html(doc.source, doc.text))
    doc_date = document_date(doc, prepared)
    source = doc.document_date_source if doc.document_date else (
        prepared.document_date_source if prepared else None)
    # A date taken from the lead is the first date the text gives: in a story about the past it
    # is an old date, not the day of writing, so "later than the article" means nothing there.
    checks = tuple(c for c in DATE_CHECKS if not (source == "lead" and c is check_future_past))
    findings: list[Finding] = []
    for fact in doc.dates:
        for check in checks:
            findings.extend(check(fact, doc_date))
    sentence_of = sentence_lookup(prepared)
    findings.extend(check_people(doc.people, sentence_of))
    findings.extend(check_meetings(doc.meetings, sentence_of))
    if prepared is not None:
        findings.extend(check_digits(prepared))
    findings.sort(key=lambda f: (f.start, f.end, CODES.index(f.code)))
    return findings


def report(doc: Document, findings: list[Finding]) -> dict[str, Any]:
    """The output object of one document: source, id, document_date and findings."""
    return {"source": doc.source, "id": doc.id, "document_date": doc.document_date,
            "findings": [f.to_dict() for f in findings]}
