"""The year of a year-less date in an article with no date of its own, borrowed from the dates
the text writes with a year.

Three kinds of evidence, in this order, only when neither the article's own date nor a day its
lead reports is known (with one, the year is inferred from it, :func:`resolve.infer_year`):

- an event year right before it, on the same line: "ยกน้ำหนักชิงชนะเลิศแห่งเอเซีย 2009
  ระหว่างวันที่ 9-16 พ.ค.นี้", "ศึกฟุตซอลชิงแชมป์เอเชีย 2018 ที่ไต้หวัน เมื่อวันที่ 8 กพ": the days
  are those of the edition just named (EVENT_GAP); not after a title won in it ("แชมป์ฟุตบอลโลก
  2018 อย่างฝรั่งเศส จะลงสนาม … วันที่ 8 ก.พ. นี้"), an edition of years ago as often as now, nor
  after a law or a past event ("ตามรัฐธรรมนูญ 2560 … วันที่ 24 มี.ค. นี้", kind history);
- the two nearest lenders within BORROW_CHARS agreeing on one year: written days ("January 27
  2018"), day ranges with a year ("57 ตค 61") and event years or seasons ("ไทยลีก 2018",
  "ฤดูกาล 2018"). One lender alone is as often history ("เกิดเมื่อวันที่ 30 มีนาคม ปี 2469") as
  the story's present, and a wrong value is worse than none. Bare years with ปี are no lenders:
  in news they are mostly background ("เมื่อปี 2559");
- far from any two lenders, the one year every lender of the article names, when there are two
  or more (:func:`story_year`): the EGAT release's "ปีนี้" 2,000 characters from its second
  "มิถุนายน 2563".

Before all three: a year-less day written with its weekday ("วันอาทิตย์ที่ 17 พ.ย." in a story of
"ฮ่องกง โอเพ่น 2019") takes the one year in which the day falls on that weekday
(:func:`pinned_year`): a year the article writes, or the one before or after it when the day's
own tense cue says so (… ที่ผ่านมา, … นี้); not a year of
history (a law, a title won, a day written as past: "เกิดเมื่อวันที่ 30 มีนาคม 2469"). A wider
window pins a day to a year nobody wrote ("เมื่อวันอาทิตย์ที่ 6 ต.ค. … รำลึกเหตุการณ์ 6 ตุลา
2519" is no 1974). Two written years may give two, and then nothing. The pinned day lends its
year as a written day does.

A relative year ("ปีนี้", "ปีที่แล้ว") takes the borrowed year the same way; relative days and
weeks ("วันนี้", "เมื่อวันเสาร์") still need the article's own date.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .patterns import patterns, tables
from .resolve import days_in, infer_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .candidate import Candidate

BORROW_CHARS = 1500  # how far a written date may lend its year to a year-less one
EVENT_GAP = 60  # how far after an event year its days may start ("2009 ระหว่างวันที่ |9-16 พ.ค.")
NEAR_DAYS = 62  # a year-less day this close to a written one, across New Year, takes its year
EVENT_RULES = frozenset({"event_year", "season"})


@dataclass(frozen=True, slots=True)
class Lender:
    """A date written with its year: where it starts, and its day (None for a year alone)."""

    start: int
    end: int
    year: int
    day: dt.date | None
    event: bool  # an event year or season
    held: bool = False  # a title won in that edition ("แชมป์ฟุตบอลโลก 2018"): no edition now

    def year_for(self, c: Candidate) -> int:
        """The year it lends to ``c``: a day's nearest when it lies close ("28 ธ.ค." beside
        "2 January 2018" is 2017), else its own ("19 ม.ค." beside "5-7 ต.ค. 61" is 2018, not
        2019); a year alone its own."""
        assert c.first is not None
        if self.day is None:
            return self.year
        year = infer_year(c.first, self.day, False, False)
        if year != self.year:
            day = dt.date(year, c.first.month, min(c.first.day or 1, days_in(year, c.first.month)))
            if abs((day - self.day).days) > NEAR_DAYS:
                return self.year
        return year


def _day(c: Candidate) -> dt.date | None:
    f = c.first
    if f is None or f.year is None or f.day is None or not f.month or c.rule == "day_list":
        return None
    try:
        return dt.date(f.year.ce, f.month, f.day)
    except ValueError:
        return None


def lenders(cands: Sequence[Candidate], text: str) -> list[Lender]:
    """Every written day or day range with its year, every event year, and every year-less
    day its weekday pins to a year (:func:`pinned_year`), in text order."""
    out = []
    weekdays = []
    written = set()  # what a weekday may pin to: editions and days not written as past
    for c in cands:
        if c.first is None or c.first.year is None:
            if c.weekday is not None:
                weekdays.append(c)
            continue
        if c.rule in EVENT_RULES:
            out.append(Lender(c.start, c.end, c.first.year.ce, None, True, _held(c, text)))
            if not out[-1].held:
                written.add(out[-1].year)
        elif (day := _day(c)) is not None:
            out.append(Lender(c.start, c.end, day.year, day, False))
            if not c.past:  # "เกิดเมื่อวันที่ 30 มีนาคม 2469" is as often history
                written.add(day.year)
    pinned = [Lender(c.start, c.end, y, _on(y, c), False)
              for c in weekdays if (y := pinned_year(c, written)) is not None]
    return sorted(out + pinned, key=lambda lender: lender.start) if pinned else out


def _on(year: int, c: Candidate) -> dt.date:
    assert c.first is not None and c.first.day is not None
    return dt.date(year, c.first.month, c.first.day)


def pinned_year(c: Candidate, written: set[int]) -> int | None:
    """The one ``written`` year (or the one its tense cue points to) in which the year-less day
    of ``c`` falls on the weekday written with it; None when none or several do."""
    f = c.explicit_point()
    if c.weekday is None or f is None or f.year is not None or f.day is None:
        return None
    # A written year itself; the one before or after only when the day's tense says so ("วัน
    # อาทิตย์ที่ 5 ม.ค. นี้" in a story of December): a year beyond is one nobody wrote.
    shifts = (0, *((-1,) if c.past else ()), *((1,) if c.future else ()))
    fits = {y for base in written for y in (base + k for k in shifts)
            if f.day <= days_in(y, f.month) and _on(y, c).weekday() == c.weekday[0]}
    return fits.pop() if len(fits) == 1 else None


TITLE_LOOK_BACK = 12  # the longest title word ("แชมป์") and the spaces after it


def _held(c: Candidate, text: str) -> bool:
    """Whether the year of ``c`` is history: a law or a past event ("รัฐธรรมนูญ 2560",
    "รัฐประหาร 2549"), or the edition a team or a player won ("แชมป์ฟุตบอลโลก 2018 อย่าง
    ฝรั่งเศส"), as often years ago as the story's own days."""
    if not c.evidence:
        return False
    cue, word = c.evidence[0]  # the event word, recorded first
    if word in tables().history_words:
        return True
    return patterns().title_before.search(text, max(0, cue - TITLE_LOOK_BACK), cue) is not None


def _needs_year(c: Candidate) -> bool:
    if c.first is None:
        return c.rel is not None and c.rel[0] == "year"  # "ปีนี้", "ปลายปีที่แล้ว"
    return c.first.year is None and c.first.month != 0  # not "วันที่ 26-27 นี้" (no month)


def story_year(found: list[Lender]) -> int | None:
    """The one year every lender names, when there are two or more of them."""
    years = {lender.year for lender in found}
    return years.pop() if len(found) >= 2 and len(years) == 1 else None


def borrowed_year(
    c: Candidate, found: list[Lender], text: str, story: int | None,
) -> int | None:
    """The year ``c`` borrows (see the module's docstring), or None; ``story`` is
    :func:`story_year` of ``found``, computed once."""
    if not found or not _needs_year(c):
        return None
    i = bisect_left(found, c.start, key=lambda lender: lender.start)
    if i < len(found) and found[i].start == c.start and found[i].end == c.end:
        return found[i].year  # its weekday pinned it
    if i and (prev := found[i - 1]).event and not prev.held and (
            0 <= c.start - prev.end <= EVENT_GAP) and (
            "\n" not in text[prev.end:c.start]):
        return prev.year
    near = sorted(found[max(0, i - 2) : i + 2], key=lambda lender: abs(lender.start - c.start))
    near = near[:2]
    if len(near) == 2 and all(abs(lender.start - c.start) <= BORROW_CHARS for lender in near):
        years = {_lent(lender, c) for lender in near}
        return years.pop() if len(years) == 1 else None
    # Far from the lenders: when every one of them names the same year, it is the story's.
    return _lent(near[0], c) if story is not None else None


def _lent(lender: Lender, c: Candidate) -> int:
    return lender.year if c.first is None else lender.year_for(c)


def year_base(c: Candidate, year: int | None) -> dt.date | None:
    """A stand-in article date inside ``year`` from which ``c`` infers that very year."""
    if year is None:
        return None
    month = c.first.month if c.first is not None and c.first.month else 7
    return dt.date(year, month, 1)
