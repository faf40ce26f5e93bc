"""A date candidate as found in the text, before its value is resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...era import Year

DAY_UNITS = ("day", "next", "prev", "coming")  # relative units that name one day


@dataclass(slots=True)
class Point:
    """One end of a date as written: day and month (0 for a bare year), and the year."""

    day: int | None
    month: int
    year: Year | None


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    first: Point | None = None  # None for a purely relative date
    last: Point | None = None  # the end of a range
    weekday: tuple[int, str] | None = None  # (index, full name) when written with the date
    # (unit, offset) with unit day/week/month/year, or (next/prev/coming, weekday index)
    rel: tuple[str, int] | None = None
    year_rel: int | None = None  # "16-18 ม.ค.ปีหน้า": the year relative to the article's
    abbr_alone: bool = False  # a month abbreviation with nothing that makes it a date yet
    glued: bool = False  # an abbreviation right after a Thai letter: a date only with a year
    past: bool = False
    future: bool = False
    time: str | None = None
    time_gap: int = 10**9
    part: str | None = None  # "สิ้นปี 2566": early/mid/late/end, from the modifier before it
    # The cue words written with it, as (position, word): month form, era marker, weekday,
    # labels, tense cues; reported in text order (:meth:`cues`).
    evidence: list[tuple[int, str]] = field(default_factory=list)

    def cue(self, m: re.Match[str] | None, group: str | int = 0) -> None:
        """Record the text of ``group`` of ``m`` (when it matched) as evidence."""
        if m is not None and (word := m.group(group)):
            self.evidence.append((m.start(group), word.strip()))

    def cues(self) -> tuple[str, ...]:
        return tuple(word for _, word in sorted(set(self.evidence)))

    def is_day(self) -> bool:
        if self.first is not None:
            return self.first.day is not None
        return self.rel is not None and self.rel[0] in DAY_UNITS

    def explicit_point(self) -> Point | None:
        """The day of a single written date (day and month, year or not); None for ranges,
        lists, months, years and relative words."""
        f = self.first
        if f is None or f.day is None or not f.month or self.last is not None:
            return None
        return None if self.rule == "day_list" else f
