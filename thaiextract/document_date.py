"""The article's own date: a stage of its own, run once before the extractors.

It returns ``(date, source)`` or None, and writes nothing. Precedence (the pipeline applies the
first): the ``--document-date`` option ("option"), the publication date an HTML page declares
("metadata"), the header ("dateline"), the lead ("lead").

1. The header, the first ``HEADER_LINES`` (8) non-empty lines that start before the lead ends
   (a line after the lead is body text), line by line. A line counts when
   it holds only dates, labels, clock times and separators ("เผยแพร่: 3 เม.ย. 2567 14:25
   ปรับปรุง: 3 เม.ย. 2567 15:10", "12 มิ.ย. 2563 | 10:30 น.", "12/06/2563", "2020-06-12",
   "Posted on June 12, 2020 at 10:30 am"), with metadata allowed after a "|" or โดย ("| อ่าน 1,234
   ครั้ง"); or when its first date is a dateline ("กรุงเทพฯ 15 ม.ค. 2567 - …"), or written
   "วันนี้ (12 มิถุนายน 2563)" / "(วันนี้) 12 มิถุนายน 2563". Labels are data (``dates/cues.tsv``:
   ``header_label`` for publication, ``update_label`` for ปรับปรุง/อัปเดต/Updated). A date
   after a publication label wins at once; otherwise the first unlabelled one; an update date
   only when there is nothing else.
2. The lead, when the header has none: the first ``LEAD_SENTENCES`` (3) sentences of at least
   ``LEAD_MIN_CHARS`` (40) characters (shorter ones are titles, breadcrumbs, "แชร์"). The first
   full day-month-year there written as the day of writing: with วันนี้ before it (or the day
   before or after it, with เมื่อวานนี้ or พรุ่งนี้: "เมื่อวานนี้ (26 มี.ค.2561) สำนักงาน…"), in brackets
   opening its paragraph ("(7 ต.ค. 67) ดร.… กล่าววันนี้"), or opening its paragraph as the
   report's day, after วันที่ or a weekday at most ("วันที่ 18 ก.ค. 66 พล.ต.ต. … แถลง", "วันอังคารที่
   24 มกราคม 2566 เวลา 13.30 น. นาย…"): a report that opens with its day is written on it, the
   way crime, regional and agency news begin when they print no dateline (RULES-people-dates.md).
   A date with a future cue ("จะจัดขึ้นในวันที่ 30 ธ.ค. 2567", "… นี้") never counts, nor one
   opening a paragraph as history (:func:`context.history_lead`). A past event day — เมื่อวันที่
   …, or … ที่ผ่านมา ("เมื่อวันที่ 3 เมษายน 2567"; a bare "เมื่อ 25 กรกฎาคม 2512" is more often
   history) — is the day the story reports, not the article's date (the article came out some
   days after it): :func:`reported_day` gives it to the dates extractor, for the year-less dates
   and relative years to take their years from (not for วันนี้).

Never a date inside a range or a list ("1-3 มี.ค. 2567"). A header date without a year
("กรุงเทพฯ 15 ม.ค. -") takes the year that puts it nearest to most (at least two) of the
article's written dates, or of the only one when it lies within ``NEAR_DAYS`` (45) of it, and
gives nothing otherwise. An unlabelled or
lead date more than ``FAR_FUTURE_DAYS`` after every other written date of the article (two at
least) is an event announced ahead, not the day of writing, and is skipped.

Cost: only written days (month names with a day, numeric dates) are looked for, in the header
and the lead only (at most ``HEAD_CHARS``); the article's other written days are read (the same
scan over the whole text) only when a candidate must be weighed against them and the head
alone cannot settle it. The dates extractor scans the text again for every kind of date: the
stage shares nothing with it, at about a third of its cost on the head alone.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .extractors.dates import context
from .extractors.dates.candidate import Candidate, Point
from .extractors.dates.find import written_days
from .extractors.dates.patterns import (
    Patterns,
    Tables,
    patterns,
    tables,
)
from .extractors.dates.resolve import infer_year

HEADER_LINES = 8  # where the article's own date is looked for
LEAD_SENTENCES = 3  # where a dated past event may give the article's date
LEAD_MIN_CHARS = 40  # shorter sentences are titles, breadcrumbs, captions: not the lead
LEAD_CHARS = 1500  # the lead when the text has no sentences
HEAD_CHARS = 2_000  # the most of the text the header and the lead are looked for in
FAR_FUTURE_DAYS = 366  # a candidate article date this far after all the others is an event
OPENING_CHARS = 12  # a lead date this close to its paragraph's start opens it
SAID_DAY_CHARS = 24  # how far before a date "เมื่อวานนี้ (วันที่ " may start
# A lead that opens with a day before digital news began opens a history or a retrospective
# ("ย้อนรอยประวัติศาสตร์ / 24 มิถุนายน 2475 คณะราษฎร…"), not the day it was written.
OLDEST_OPENING_YEAR = 1990
MIN_YEAR_VOTES = 2  # written dates that must agree on a year-less dateline's year
NEAR_DAYS = 45  # ... unless the only one lies this close to it
_DATELINE_BEFORE = re.compile(r"(?:[^\d\n()]{2,40}?[ ,])?")  # "กรุงเทพฯ |15 ม.ค. 2567 - …"
_DATELINE_AFTER = re.compile(r"[ ]{0,2}[-:|]")
# A full date with a clock time right after it ("December 26, 2012 11:34 —กระทรวงการคลัง",
# "ข่าวการเมือง 3 ต.ค. 2566 14:05 น. …") is a time stamp of the page, even with other text on its
# line; a colon, as stamps write it (running text writes "เวลา 14.30 น.").
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")  # a paragraph opening "(7 ต.ค. 67) …"
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")
_STAMP_CLOCK = re.compile(r"[ ,|]{0,3}\d{1,2}:\d{2}(?!\d)")
# A machine-written date ("2025-10-09", ISO 8601) after a field label opening its line is a
# scraped record's date field, whatever follows on the line (a row "date 2025-10-09 ช้างศึก
# อัดไต้หวัน 2-0 …", its headline glued after it). Without the label it is as often a row of a
# schedule or a results table ("2024-01-15 ประชุมคณะกรรมการ ครั้งที่ 1"), and never the first
# end of a range ("2025-10-09 ถึง 2025-10-12").
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(year: int, point: Point) -> dt.date | None:
    try:
        return dt.date(year, point.month, point.day or 1)
    except ValueError:
        return None


class _Written:
    """The article's single written days with a year, read from the head first and from the
    whole text only when needed."""

    def __init__(self, text: str, head: list[Candidate]) -> None:
        self.text = text
        self.head = self._days(head)
        self._all: list[tuple[Candidate, dt.date]] | None = None

    @staticmethod
    def _days(cands: Iterable[Candidate]) -> list[tuple[Candidate, dt.date]]:
        out = []
        for c in cands:
            f = c.explicit_point()
            if f is not None and f.year is not None and (day := _as_date(f.year.ce, f)):
                out.append((c, day))
        return out

    def all(self) -> list[tuple[Candidate, dt.date]]:
        if self._all is None:
            self._all = self._days(written_days(self.text))
        return self._all

    def far_future(self, day: dt.date, c: Candidate) -> bool:
        """True when ``day`` lies more than FAR_FUTURE_DAYS after every other written date of
        the article (at least two of them): an event announced ahead, not the day of writing.
        One nearer date in the head settles it (the others can only be later)."""
        if any((day - d).days <= FAR_FUTURE_DAYS for o, d in self.head if not _inside(o, c)):
            return False
        others = [d for o, d in self.all() if not _inside(o, c)]
        return len(others) >= 2 and (day - max(others)).days > FAR_FUTURE_DAYS

    def date_of(self, c: Candidate) -> dt.date | None:
        """The date of a header candidate. A year-less one ("กรุงเทพฯ 15 ม.ค. -") takes the year
        that puts it nearest to most of the article's written dates, when at least two agree
        on it: one date alone is as often a historical reference ("เมื่อ 25 กรกฎาคม 2512") as
        the present, and a wrong article date is worse than none; unless that one date lies
        within NEAR_DAYS of it (:meth:`_near_one`)."""
        f = c.explicit_point()
        if f is None:
            return None
        if f.year is not None:
            return _as_date(f.year.ce, f)
        weekday = c.weekday[0] if c.weekday is not None else None
        pairs = [(infer_year(f, d, False, False, weekday), o, d) for o, d in self.all()]
        # "พังงา 26 ธ.ค.- … เมื่อวันที่ 26 ธ.ค.2547": a day written as past on the dateline's
        # own day and month is the anniversary's event, years before the day of writing.
        pairs = [(y, d) for y, o, d in pairs
                 if not (_as_date(y, f) == d and context.past_day(self.text, o))]
        if not pairs:
            return None
        guesses = [y for y, _ in pairs]
        votes = Counter(guesses)  # not guesses.count per year: quadratic on a long page
        best = max(votes.values())
        if best < MIN_YEAR_VOTES:
            return self._near_one(f, pairs) or self._after_recent(f)
        return _as_date(next(y for y in guesses if votes[y] == best), f)

    def _after_recent(self, f: Point) -> dt.date | None:
        """After a written day "… ที่ผ่านมา" ("กทม. 25 เม.ย.- … เมื่อ 26 มิถุนายน 2567 ที่ผ่านมา"):
        the text says that day is past, and recent, when it writes; so the dateline's day is
        the first after the latest such day, within FAR_FUTURE_DAYS of it. Not an incident's
        day ("ซึ่งเกิดเหตุเมื่อวันที่ 10 มีนาคม 2565 ที่ผ่านมา"): a court or follow-up story calls
        it past however long ago it was."""
        recent = [d for o, d in self.all()
                  if context.past_after(self.text, o) and not context.incident_day(self.text, o)]
        if not recent:
            return None
        latest = max(recent)
        day = _as_date(infer_year(f, latest, False, True), f)
        if day is None or not 0 <= (day - latest).days <= FAR_FUTURE_DAYS:
            return None
        # A written day long after it: the "recent" day was history ("14 ตุลาคม 2516 ที่ผ่านมา").
        return None if any((d - day).days > FAR_FUTURE_DAYS for _, d in self.all()) else day

    @staticmethod
    def _near_one(f: Point, pairs: list[tuple[int, dt.date]]) -> dt.date | None:
        """With one written date only, its year when it lies within NEAR_DAYS of the dateline's
        day ("กรุงเทพฯ 2 ต.ค. - … ในวันที่ 3 ต.ค. 2566"): history seldom falls that close to the
        same day of the year, but for an anniversary (:meth:`date_of` leaves that out)."""
        if len(pairs) != 1:
            return None
        year, written = pairs[0]
        day = _as_date(year, f)
        return day if day is not None and abs((day - written).days) <= NEAR_DAYS else None


def _inside(o: Candidate, c: Candidate) -> bool:
    """``o`` is ``c``'s own written day (the whole-text scan makes new candidates, and
    "วันนี้ (12 มิ.ย. 2563)" spans more than the day it writes)."""
    return c.start <= o.start and o.end <= c.end


def header_lines(text: str) -> list[tuple[int, int]]:
    """The first HEADER_LINES non-empty lines (not white space only), found without scanning
    the rest of the text: a line-by-line walk, no regex (a pattern for "a line with a
    non-space" backtracks over every line)."""
    lines: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n and len(lines) < HEADER_LINES:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if start < end and not text[start:end].isspace():
            lines.append((start, end))
        start = end + 1
    return lines


def _header_line(
    text: str, ls: int, le: int, items: list[Candidate], p: Patterns,
) -> list[tuple[int, Candidate]] | None:
    """``(rank, date)`` for each date of a header line that holds only dates, labels, clock
    times and separators, or metadata after a "|" ("เผยแพร่: 3 เม.ย. 2567 14:25  ปรับปรุง: …",
    "ข่าวการเมือง | 12 มิ.ย. 2563 | อ่าน 1,234 ครั้ง"). Rank 0 is a publication label, 1 no
    label, 2 an update label. None when the line is running text."""
    out = []
    pos = ls
    for c in items:
        gap = text[pos : c.start]
        cut = max(gap.rfind("|"), gap.rfind("•"))
        if cut >= 0:  # "ข่าวการเมือง | 12 มิ.ย. 2563": metadata fields between pipes
            gap = gap[cut:]
        g = p.header_gap.fullmatch(gap)
        if g is None:
            return None
        out.append((0 if g.group("pub") else 2 if g.group("upd") else 1, c))
        t = p.header_time.match(text, c.end, le)
        pos = t.end() if t else c.end
    return out if p.header_tail.fullmatch(text, pos, le) else None


def _said_day(text: str, c: Candidate, lo: int, p: Patterns) -> int | None:
    """How many days the written day ``c`` lies after the day of writing when a day word names
    it: 0 for "วันนี้ (12 มิ.ย. 2563)", "(วันนี้) 12 มิ.ย. 2563", "วันนี้ 28 มิ.ย 61"; -1 for
    "เมื่อวานนี้ (26 มี.ค.2561)", "วานนี้( 4 ก.ย.2561)"; 1 for "พรุ่งนี้ (13 ก.ค.)". None when no
    day word does."""
    lo = max(lo, c.start - SAID_DAY_CHARS)
    if p.today_before.search(text, lo, c.start) is not None:
        return 0
    m = p.said_day_before.search(text, lo, c.start)
    return tables().relative[m.group("word")][1] if m else None


def _dateline(before: str, after: str, c: Candidate, text: str, first: bool) -> bool:
    """"กรุงเทพฯ 15 ม.ค. 2567 - …", "2 ต.ค.2566 - นายกฯ …"; an ISO date after a label opening
    the ``first`` line ("date 2025-10-09 ช้างศึก …": a record's field; further down, a row of a
    schedule or table as often); or a full date opening the line, then a place: "10 ตุลาคม
    2568 ที่ทำเนียบรัฐบาล …" (not "… ที่ผ่านมา": a past cue)."""
    if _DATELINE_BEFORE.fullmatch(before) and _DATELINE_AFTER.match(after):
        return True
    if first and _ISO_DATE.fullmatch(text, c.start, c.end) and not context.iso_range(after):
        label = patterns().header_gap.fullmatch(before)
        if label is not None and label.group("pub"):
            return True
    f = c.first
    return (not before.strip() and f is not None and f.year is not None and not c.past
            and not c.future and patterns().dateline_place.match(after) is not None)


def _stamped(text: str, c: Candidate, line_start: int, line_end: int) -> bool:
    """A full date with a clock time right after it: the page's time stamp, after a section
    label at most ("ข่าวการเมือง 3 ต.ค. 2566 14:05 น."). After a headline it is the stamp of
    a link to another story ("การไฟฟ้าส่วนภูมิภาคชี้แจงกรณี… 21 ส.ค. 68 10:08 น.", a ticker
    over an undated SMART NEWS page): a page prints its own headline apart from its stamp."""
    f = c.first
    return (f is not None and f.year is not None and not c.future
            and context.stamp_label(text[line_start : c.start])
            and _STAMP_CLOCK.match(text, c.end, line_end) is not None)


def _from_header(
    text: str, lines: list[tuple[int, int]], cands: list[Candidate], written: _Written,
) -> tuple[dt.date | None, bool]:
    """The header's date, and whether a year-less dateline was seen that no written date
    could give a year: then the article's day is known to be another than the lead's."""
    p = patterns()
    yearless = False
    header_end = lines[-1][1]
    starts = [s for s, _ in lines]
    best: tuple[int, dt.date] | None = None
    by_line: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.start >= header_end:
            break
        if c.explicit_point() is not None:
            by_line.setdefault(bisect_right(starts, c.start) - 1, []).append(c)
    for k, items in by_line.items():
        ls, le = lines[k]
        found = _header_line(text, ls, le, items, p)
        if found is None:
            c = items[0]
            before, after = text[ls : c.start], text[c.end : le]
            found = [(1, c)] if (_said_day(text, c, ls, p) is not None
                                 or _dateline(before, after, c, text, k == 0)
                                 or _stamped(text, c, ls, le)) else []
        for rank, c in found:
            day = written.date_of(c)
            if day is None:
                point = c.explicit_point()
                yearless = yearless or (point is not None and point.year is None)
                continue
            day -= dt.timedelta(days=_said_day(text, c, ls, p) or 0)
            if rank > 0 and written.far_future(day, c):
                continue
            if best is None or rank < best[0]:
                best = (rank, day)
            if rank == 0:
                return day, yearless
    return (best[1] if best is not None else None), yearless


def _event_day(text: str, c: Candidate, p: Patterns, t: Tables) -> bool:
    """Written as the day of an event: "เมื่อวันที่ 3 เมษายน 2567", with its weekday, or
    "3 เม.ย. ที่ผ่านมา"; a bare "เมื่อ 25 กรกฎาคม 2512" in a lead is more often history."""
    return c.weekday is not None or (
        p.weekday_paren_before.search(text, max(0, c.start - 24), c.start) is not None
        or text[max(0, c.start - 12) : c.start].rstrip().endswith(t.day_labels)
        or context.past_after(text, c)
    )


def _from_lead(
    text: str, end: int, cands: list[Candidate], written: _Written,
) -> tuple[dt.date | None, dt.date | None]:
    """``(the article's date, the reported day)`` of the lead: a dated day written as the day
    of writing (วันนี้, a bracketed date, a full date opening a lead paragraph: "วันที่ 18 ก.ค. 66
    พล.ต.ต. … แถลง", "วันที่ 21 พฤศจิกายน 2566 เวลา 19.00 น. ณ สนาม…"); or a past event day
    ("เมื่อวันที่ 25 กรกฎาคม 2567 พ.ต.อ.… นำกำลังเข้าจับกุม", "… ที่ผ่านมา"): when the story
    happened, not when it was published, but year-less dates and relative years still count from
    it."""
    p, t = patterns(), tables()
    reported = None
    history = False  # after "เมื่อวันที่ 28 มกราคม": the report's day, without its year
    bare = _bare_opening(text, end, cands, written)
    for c in cands:
        if c.start >= end:
            break
        f = c.explicit_point()
        if f is None:
            continue
        said = _said_day(text, c, 0, p)
        today = said is not None
        if f.year is None:
            history = history or (c.past and _event_day(text, c, p, t))
            continue
        if history and not today:
            continue  # a later dated day is another event ("เกิดเมื่อวันที่ 30 มีนาคม 2469")
        # "(7 ต.ค. 67) ดร.… กล่าววันนี้": a full date in brackets opening the paragraph.
        bracketed = (f.day is not None
                     and _OPEN_BRACKET.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start)
                     is not None and _CLOSE_BRACKET.match(text, c.end) is not None)
        event_day = f.day is not None and (bracketed or c is bare or _event_day(text, c, p, t))
        # "วันที่ 18 ก.ค. 66 พล.ต.ต. … แถลง": a full date opening a lead paragraph is the day
        # of the report, the way crime and regional news begin.
        opens = (
            event_day
            and c.start - (text.rfind("\n", 0, c.start) + 1) <= OPENING_CHARS
            and not p.lead_future.match(text, c.end)  # "วันที่ 30 ธ.ค. 2567 จะมีการจุดพลุ"
            and not context.history_lead(text, c)
            # "11 มีนาคม 2554 แผ่นดินไหว…": only a date the report's scene follows is its day
            and (bracketed or context.report_scene(text, c))
            and f.year.ce >= OLDEST_OPENING_YEAR
            # a machine-written date is a row's field, not a reporter's opening words
            and _ISO_DATE.fullmatch(text, c.start, c.end) is None
        )
        if not (today or (event_day and (c.past or opens))) or c.future:
            continue
        day = written.date_of(c)
        if day is None or written.far_future(day, c):
            continue
        if c.past and not (today or bracketed):
            reported = reported or day  # a past event: the story's day, not the article's
            continue
        return day - dt.timedelta(days=said or 0), reported
    return None, reported


def _opens_line(text: str, c: Candidate) -> bool:
    """``c`` is a full date with nothing before it on its line."""
    f = c.explicit_point()
    return (f is not None and f.year is not None
            and not text[text.rfind("\n", 0, c.start) + 1 : c.start].strip())


def _bare_opening(text: str, end: int, cands: list[Candidate], written: _Written,
                  ) -> Candidate | None:
    """The full date that opens a line of the lead with nothing before it ("14 ม.ค.57 นาย…
    หัวหน้าพรรค…", "15 ส.ค. 2565 สาขาสื่อสารองค์กร … จัดงานสัมมนา"): the report's day, as
    "วันที่ …" is. Not when another line of the text opens so: a timeline, a schedule or a
    list of dated items ("1 ตุลาคม 2567 ศาลจังหวัด… / 3 ตุลาคม 2567 ศาล…"), whose first date is
    one of many."""
    found = [c for c in cands if c.start < end and _opens_line(text, c)]
    if len(found) != 1:
        return None
    first = found[0]
    others = (c for c, _ in written.all() if c.start > first.end and _opens_line(text, c))
    return None if next(others, None) is not None else first


def lead_end(text: str, sentences: Iterable[tuple[int, int]]) -> int:
    """Where the lead ends: after LEAD_SENTENCES body sentences (LEAD_MIN_CHARS or more, so not
    titles, breadcrumbs or "แชร์"), and at most LEAD_CHARS in."""
    seen = 0
    for s, e in sentences:
        if s >= LEAD_CHARS:
            break
        if e - s >= LEAD_MIN_CHARS:
            seen += 1
            if seen == LEAD_SENTENCES:
                return min(e, LEAD_CHARS)
    return min(len(text), LEAD_CHARS)


def _head(text: str, end: int) -> str:
    """The text up to the end of the line where ``end`` falls (dates never cross a line), at
    most HEAD_CHARS."""
    nl = text.find("\n", end)
    return text[: min(HEAD_CHARS, len(text) if nl < 0 else nl)]


@lru_cache(maxsize=2)
def _from_text(
    text: str, sentences: tuple[tuple[int, int], ...],
) -> tuple[tuple[dt.date, str] | None, dt.date | None]:
    """The article's own date and its source, and the lead's reported day. Cached for the last
    texts: the pipeline asks for the first before the extractors run, the dates extractor for
    the other, on the same text."""
    lines = header_lines(text)
    if not lines:
        return None, None
    end = lead_end(text, sentences)
    # The header ends where the body does: a line that starts after the lead's end is body.
    lines = [line for line in lines if line[0] <= end] or lines[:1]
    cands = written_days(_head(text, max(lines[-1][1], end)), tense=True)
    written = _Written(text, cands)
    day, yearless = _from_header(text, lines, cands, written)
    if day is not None:
        return (day, "dateline"), None
    if yearless:
        # "กรุงเทพฯ 2 ต.ค. - … เกิดเมื่อวันที่ 30 มีนาคม 2469": the lead's date is history
        return None, None
    day, reported = _from_lead(text, end, cands, written)
    return ((day, "lead") if day is not None else None), reported


def from_text(text: str, sentences: Iterable[tuple[int, int]] = ()) -> tuple[dt.date, str] | None:
    """The article's own date in normalised ``text`` and where it was found ("dateline" or
    "lead"), or None."""
    return _from_text(text, tuple(sentences))[0]


def reported_day(text: str, sentences: Iterable[tuple[int, int]] = ()) -> dt.date | None:
    """The day a lead reports as past ("เมื่อวันที่ 25 กรกฎาคม 2567 …") in an article with no
    date of its own: what its year-less dates and relative years take their years from. None
    when the article has a date of its own (that one counts) or its lead reports no dated
    day."""
    found, reported = _from_text(text, tuple(sentences))
    return None if found is not None else reported


def find(
    text: str, sentences: Iterable[tuple[int, int]] = (), markup: str | None = None,
) -> tuple[dt.date, str] | None:
    """The article's own date and its source: an HTML page's declared publication date
    ("metadata", ``markup`` is the page), else the header or the lead of normalised ``text``."""
    if markup is not None:
        from .clean import html_published_date

        declared = html_published_date(markup)
        if declared is not None:
            return declared, "metadata"
    return from_text(text, sentences)
