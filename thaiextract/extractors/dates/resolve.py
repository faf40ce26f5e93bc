"""Values of date candidates: ISO value and end value, era, granularity, validity, the year of
a year-less date, and relative dates against the article's date."""

from __future__ import annotations

import calendar
import datetime as dt

from .candidate import Candidate, Point


def days_in(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


def fmt(year: int | None, month: int | None, day: int | None) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (no month: 0 or None); None without a year."""
    if year is None:
        return None
    if not month:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


TENSE_SLACK_DAYS = 7  # how far a day may lie on the wrong side of the article's date for its cue


def infer_year(
    point: Point, base: dt.date, past: bool, future: bool, weekday: int | None = None,
) -> int:
    """The year of a year-less date, from the article's date and the tense cues: with a past
    cue the latest not after ``base``, with a future cue the first not before it, else the
    nearest (the article's own year on a tie). A day up to TENSE_SLACK_DAYS on the wrong side
    keeps the article's year: "วันที่ 1-2 ต.ค. นี้" in a story of 2 October was written a day
    before, not a year ahead. A written weekday ("(ศุกร์ 3 พ.ย.)") keeps only the years where
    the day falls on it, when one of them does."""

    def distance(year: int) -> int:
        if point.day is None:
            return (year * 12 + point.month) - (base.year * 12 + base.month)
        day = min(point.day, days_in(year, point.month))
        return (dt.date(year, point.month, max(day, 1)) - base).days

    years = [base.year - 1, base.year, base.year + 1]
    slack = TENSE_SLACK_DAYS if point.day is not None else 0
    if past:
        years = [y for y in years if distance(y) <= slack]
    elif future:
        years = [y for y in years if distance(y) >= -slack]
    if not years:
        return base.year
    if weekday is not None and point.day is not None:
        years = [y for y in years if 1 <= point.day <= days_in(y, point.month)
                 and dt.date(y, point.month, point.day).weekday() == weekday] or years
    if past:
        return max(years)
    if future:
        return min(years)
    return min(years, key=lambda y: (abs(distance(y)), y != base.year))


def shift(base: dt.date, unit: str, n: int) -> dt.date:
    """``base`` moved by ``n`` days, weeks, months or years, with month-end clipping (31 March
    minus one month is the last day of February), by the standard calendar: the same answers
    as dateparser's relative arithmetic (tests/test_dates.py compares them), at a fraction of
    its cost and import time."""
    if unit in ("day", "week"):
        return base + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = base.year * 12 + base.month - 1 + (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(base.day, days_in(year, month + 1)))


def _weekday(unit: str, n: int, base: dt.date) -> dt.date:
    """วันศุกร์ที่ผ่านมา (prev), วันศุกร์หน้า (next: the Friday of next week), วันศุกร์นี้ (coming:
    today if it is Friday)."""
    if unit == "prev":
        return base - dt.timedelta(days=(base.weekday() - n) % 7 or 7)
    if unit == "next":
        return base + dt.timedelta(days=7 - base.weekday() + n)
    return base + dt.timedelta(days=(n - base.weekday()) % 7)


def resolve_relative(c: Candidate, base: dt.date | None) -> dict[str, object]:
    assert c.rel is not None
    unit, n = c.rel
    granularity = {"next": "day", "prev": "day", "coming": "day", "weekend": "week"}.get(
        unit, unit)
    fields: dict[str, object] = {"granularity": granularity, "relative": True}
    if base is None:
        if c.last is not None and c.last.year is not None:  # the written end stays known
            fields["end_value"] = fmt(c.last.year.ce, c.last.month, c.last.day)
        return fields
    if unit in ("next", "prev", "coming"):
        fields["value"] = _weekday(unit, n, base).isoformat()
        fields["weekday_matches"] = True
        return fields
    anchor = shift(base, "week" if unit == "weekend" else unit, n)
    if unit in ("week", "weekend"):  # Monday to Sunday; a weekend is its Saturday and Sunday
        monday = anchor - dt.timedelta(days=anchor.weekday())
        fields["value"] = (monday + dt.timedelta(days=5 if unit == "weekend" else 0)).isoformat()
        fields["end_value"] = (monday + dt.timedelta(days=6)).isoformat()
    elif unit == "month":
        fields["value"] = fmt(anchor.year, anchor.month, None)
    elif unit == "year":
        fields["value"] = fmt(anchor.year, 0, None)
    else:
        fields["value"] = anchor.isoformat()
        if c.last is not None:  # "ตั้งแต่วันนี้จนถึงวันที่ 19 มีนาคม 2564"
            last = c.last
            year = last.year.ce if last.year else infer_year(last, base, False, True)
            fields["end_value"] = fmt(year, last.month, last.day)
            fields["valid"] = (1 <= (last.day or 1) <= days_in(year, last.month)
                               and fields["end_value"] >= fields["value"])
    return fields


def _later(a: Point, b: Point) -> bool:
    return (a.month, a.day or 0) > (b.month, b.day or 0)


def _years(c: Candidate, base: dt.date | None, fields: dict[str, object],
           tense: bool = True) -> tuple[int | None, int | None]:
    """The common-era years of both ends, written, relative or inferred (``base``: the
    article's date, or the written day a year-less date borrows its year from; ``tense``:
    whether the tense cues count against it)."""
    first, last = c.first, c.last
    assert first is not None
    y1 = first.year.ce if first.year else None
    y2 = last.year.ce if last and last.year else None
    if last is not None and y1 is None and y2 is not None:
        y1 = y2 - 1 if _later(first, last) else y2  # "28 ธ.ค.-4 ม.ค. 61"
    if y1 is None:
        if c.year_rel is not None and base is not None:
            y1 = base.year + c.year_rel
            fields["relative"] = True
        elif base is not None:
            y1 = infer_year(first, base, c.past and tense, c.future and tense,
                            c.weekday[0] if c.weekday is not None else None)
            fields["year_inferred"] = True
    if last is not None and y2 is None and y1 is not None:
        y2 = y1 + 1 if _later(first, last) else y1
    return y1, y2


def resolve_day_only(c: Candidate, base: dt.date | None) -> dict[str, object]:
    """"วันที่ 26-27 นี้" (future cue): the first such day not before the article's date, in its
    month or the next; "วันที่ 3 ที่ผ่านมา" (past cue): the latest not after it, in its month or
    the one before (a week's slack only when no such day exists)."""
    assert c.first is not None and c.first.day is not None
    fields: dict[str, object] = {"granularity": "day", "era": None, "year_inferred": True,
                                 "valid": True}
    if base is None:
        return fields
    day_no, slack = c.first.day, dt.timedelta(days=TENSE_SLACK_DAYS)
    firsts = [shift(base.replace(day=1), "month", k) for k in (-1, 0, 1)]
    days = [m.replace(day=day_no) for m in firsts if day_no <= days_in(m.year, m.month)]
    # The nearest such day on the cue's side of the article's date; the slack only when there is
    # none ("วันที่ 26-27 นี้" in a story of 3 March is 26 March, not 26 February).
    if c.past:
        day = max((d for d in days if d <= base), default=None) or max(
            (d for d in days if d <= base + slack), default=None)
    else:
        day = min((d for d in days if d >= base), default=None) or min(
            (d for d in days if d >= base - slack), default=None)
    if day is None:
        fields["valid"] = False
        return fields
    fields["value"] = day.isoformat()
    if c.last is not None and c.last.day is not None:
        if c.last.day > days_in(day.year, day.month):
            fields["valid"] = False
        else:
            fields["end_value"] = day.replace(day=c.last.day).isoformat()
    return fields


def resolve(
    c: Candidate, base: dt.date | None, year_base: dt.date | None = None,
) -> dict[str, object]:
    """Value, end value, era, granularity, validity and inference flags of one candidate;
    ``year_base`` stands in for ``base`` (None) when a year-less date infers its year."""
    if c.first is None:
        return resolve_relative(c, base)
    if c.rule == "day_only":
        return resolve_day_only(c, base)
    first, last = c.first, c.last
    fields: dict[str, object] = {
        "granularity": "quarter" if c.rule == "quarter" else (
            "day" if first.day is not None else ("month" if first.month else "year"))
    }
    era = (last.year.era if last and last.year else None) or (
        first.year.era if first.year else None)
    # A borrowed day is no "now": the tense cues say nothing about it.
    y1, y2 = _years(c, base or year_base, fields, tense=base is not None)
    fields["era"] = era
    fields["value"] = fmt(y1, first.month, first.day)
    valid = first.day is None or 1 <= first.day <= days_in(y1, first.month)
    if last is not None:
        fields["end_value"] = fmt(y2, last.month, last.day)
        valid = valid and (last.day is None or 1 <= last.day <= days_in(y2, last.month))
        # With no year known, "21 พ.ย.-16 ม.ค." is a range across New Year, not a reversed one.
        if y1 is not None and y2 is not None:
            valid = valid and (y1, first.month, first.day or 0) <= (y2, last.month, last.day or 0)
    fields["valid"] = valid
    if c.weekday is not None and valid and first.day is not None and y1 is not None:
        fields["weekday_matches"] = dt.date(y1, first.month, first.day).weekday() == c.weekday[0]
    return fields
