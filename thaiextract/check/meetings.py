"""meeting-ordinal-date-conflict: one meeting name and ordinal (ครั้งที่ 5) with two dates.

The meetings extractor merges the mentions of one meeting into one fact; each
:class:`~thaiextract.model.MeetingMention` keeps the ordinal and date given at that place. The
check compares the dates of every mention of one (name, ordinal), within a fact and across
facts; without per-mention dates it compares the facts' own dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import MeetingFact
from ..normalize import normalize_text
from ..positions import compare_key
from .findings import Finding, finding
from .people import SentenceOf, no_sentences

_ORDINAL_RE = re.compile(r"ครั้งที่\s*\d+|\(?ครั้งที่\)?")


@dataclass(frozen=True, slots=True)
class Dated:
    """A meeting named with a date at one place."""

    name: str
    ordinal: int
    date: str
    end_date: str | None
    text: str
    start: int
    end: int
    sentence: str


def meeting_key(name: str) -> str:
    """The name without its ordinal, in compare form: the meeting a ครั้งที่ N belongs to."""
    return compare_key(_ORDINAL_RE.sub("", normalize_text(name)))


def dated_mentions(fact: MeetingFact, sentence_of: SentenceOf = no_sentences) -> list[Dated]:
    """Each place the meeting is given an ordinal and a date."""
    found = []
    for m in getattr(fact, "mentions", ()) or ():
        ordinal = getattr(m, "ordinal", None) or fact.ordinal
        date = getattr(m, "date", None)
        if ordinal is not None and date:
            found.append(Dated(fact.name, ordinal, date, getattr(m, "end_date", None), m.text,
                               m.start, m.end, sentence_of(m.start) or fact.sentence))
    if not found and fact.ordinal is not None and fact.date:
        found.append(Dated(fact.name, fact.ordinal, fact.date, fact.end_date, fact.text,
                           fact.start, fact.end, fact.sentence))
    return found


def date_range(item: Dated) -> str:
    if item.end_date and item.end_date != item.date:
        return f"{item.date}/{item.end_date}"
    return item.date


def same_dates(a: Dated, b: Dated) -> bool:
    """Same date, or one's date within the other's range (day 2 of a two-day meeting)."""
    if a.date == b.date:
        return True
    for outer, inner in ((a, b), (b, a)):
        if outer.end_date and outer.date <= inner.date <= outer.end_date:
            return True
    return False


def check_meetings(meetings: Iterable[MeetingFact],
                   sentence_of: SentenceOf = no_sentences) -> Iterator[Finding]:
    groups: dict[tuple[str, int], list[Dated]] = {}
    for meeting in meetings:
        for item in dated_mentions(meeting, sentence_of):
            groups.setdefault((meeting_key(meeting.name), item.ordinal), []).append(item)
    for items in groups.values():
        items.sort(key=lambda d: (d.start, d.end))
        first = items[0]
        reported: set[str] = set()
        for later in items[1:]:
            if later.date in reported or same_dates(first, later):
                continue
            reported.add(later.date)
            yield finding("meeting-ordinal-date-conflict", later, spans=(first, later),
                          ordinal=later.ordinal, name=later.name, first=date_range(first),
                          second=date_range(later))
