"""Month names with what is written around them: day, day range, day list, weekday, year.

"27 มกราคม 2565", "1-3 มี.ค. 66", "15 และ 18 มิถุนายน 2561", "วันพฤหัสบดีที่ 27 มกราคม 2565",
"June 12, 2020", "ตุลาคม 2562", "เดือน ก.ค."; then "A - B" ranges of two such units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...corpus import thai_dictionary
from ...era import read_year
from .candidate import Candidate, Point
from .patterns import Patterns, Tables, key, patterns, tables
from .years import year_of

_ABBR_TAIL = re.compile(r"[ก-ฮ]\.")  # "ก.ค.ศ.": the abbreviation goes on
_EN_DAY_AFTER = re.compile(  # "June 12, 2020", "Jun 12 2020", "June 12th"
    r"[ ]{1,2}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:.])(?:,?[ ]{1,2}(?P<y>\d{4})(?![\d.,:/]))?"
)
# "พฤศจิกายน 26, 2556", "เมษายน 20th, 2020": a Thai month in the English order, as WordPress and
# Blogger print their "F j, Y" dates in a Thai locale. Only with the comma and a four-digit year:
# "มีนาคม 62" is a month and a two-digit year.
_TH_DAY_AFTER = re.compile(
    r"[ ]{1,2}(?P<d>\d{1,2})(?:st|nd|rd|th)?,[ ]{0,2}(?P<y>\d{4})(?!\d|[.,:/]\d)")
LOOK_BACK = 24  # how far before a month its day, day range, list or weekday may start


def is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def _is_latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and ("a" <= text[i] <= "z" or "A" <= text[i] <= "Z")


@dataclass(slots=True)
class _Days:
    """The day part written before a month."""

    start: int
    day: int | None = None
    day_from: int | None = None  # the first day of a range
    listed: list[tuple[int, int, int]] = field(default_factory=list)  # (day, start, end)


MAX_WORD = 20  # the longest dictionary word looked for around a glued abbreviation


def _word_glued_after(text: str, ms: int, me: int, limit: int, p: Patterns) -> bool:
    """"28 มคว่า", "7มคที่ผ่านมา", "9 กพนี้": scraped text drops the dots of an abbreviation and
    the space after it. With a day (1-31) before it, the form is a month when a tense cue
    follows (นี้, ที่ผ่านมา), or when no dictionary word starts in it and runs past it ("5
    พยาบาล", "5 มีความสุข", "JVP 80 มีความเข้มข้น", "5 มีคนมา") and a dictionary word follows."""
    d = p.day_before.search(text, max(limit, ms - LOOK_BACK), ms)
    if d is None or not (1 <= int(d.group("d")) <= 31 or split_days(d.group("d"))):
        return False  # a day, or a day range without its dash ("925 กพนี้" = 9-25 Feb)
    if p.future_after.match(text, me) or p.past_after.match(text, me):
        return True
    words = thai_dictionary()
    stop = min(len(text), ms + MAX_WORD)
    if any(text[s:k] in words for s in range(ms, me) for k in range(me + 1, stop + 1)):
        return False
    return any(text[me:k] in words for k in range(me + 1, min(len(text), me + MAX_WORD) + 1))


def _glued(text: str, ms: int, me: int, form: str, kind: str, limit: int, p: Patterns,
           t: Tables) -> bool | None:
    """Whether a Thai abbreviation is glued to the letter before it; None when the form is no
    month here at all ("มค" in "มคอ", "ตุลา" in "ตุลาการ", "ก.ค.ศ.")."""
    if (not form.endswith(".") and me < len(text) and is_thai(text[me])
            and not (kind == "abbr" and _word_glued_after(text, ms, me, limit, p))):
        return None
    if kind == "abbr" and _ABBR_TAIL.match(text, me) and not p.year_slot.match(text, me):
        return None  # "ก.ค.ศ." (a teachers' commission), "ส.ค.ส." (a new-year card)
    # Right after a Thai letter: inside a word or another abbreviation, unless เดือน ends
    # there or a year follows ("คาดเสร็จก.พ. 62").
    return ms > 0 and is_thai(text[ms - 1]) and not any(
        text.startswith(label, ms - len(label)) for label in t.month_labels)


def split_days(digits: str) -> tuple[int, int] | None:
    """"57 ตค 61", "1618 กพ": scraped text that drops the dash of a day range leaves a number
    that is no day; read it as the one split into two ascending days (5-7, 16-18), if there is
    exactly one."""
    splits = [(int(digits[:k]), int(digits[k:])) for k in range(1, len(digits))
              if digits[k] != "0"]
    ranges = [(a, b) for a, b in splits if 1 <= a < b <= 31]
    return ranges[0] if len(ranges) == 1 else None


def _days_before(text: str, limit: int, ms: int, p: Patterns, dotless: bool) -> _Days | None:
    """The day, day range or day list right before a month, or None. A number that is no day
    splits into a day range only before a ``dotless`` abbreviation, the scrape that drops
    dots and dashes ("925 กพ"); before "เดือนตุลาคม" it is a number ("มาตรา 112 เดือนตุลาคม")."""
    d = p.day_before.search(text, max(limit, ms - LOOK_BACK), ms)
    if not d:
        return None
    if int(d.group("d")) > 31:
        split = split_days(d.group("d")) if dotless else None
        if split is not None:
            return _Days(d.start(), split[1], day_from=split[0])
        if len(d.group("d")) > 2:
            return None
    days = _Days(d.start(), int(d.group("d")))
    r = p.dayrange_before.search(text, max(limit, days.start - LOOK_BACK), days.start)
    if r and 1 <= int(r.group("d")) <= 31 and int(r.group("d")) != days.day:
        days.day_from, days.start = int(r.group("d")), r.start()
        return days
    # "15 และ 18 มิถุนายน", "5, 6 และ 7 ม.ค.": one fact a day, as ThaiNER tags them.
    start = days.start
    while li := p.daylist_before.search(text, max(limit, start - LOOK_BACK), start):
        days.listed.insert(0, (int(li.group("d")), li.start("d"), li.end("d")))
        start = li.start()
    return days


def _english(text: str, ms: int, me: int, month: int, p: Patterns) -> Candidate | bool:
    """"June 12, 2020": English puts the day after the month. A candidate for a day; else
    True when a four-digit year follows ("May 2020"), False when nothing makes it a date
    ("May" alone is a verb)."""
    e = _EN_DAY_AFTER.match(text, me)
    if e and 1 <= int(e.group("d")) <= 31:
        day = int(e.group("d"))
        if e.group("y") and (en_year := read_year(e.group("y"))) is not None:
            return Candidate(ms, e.end(), "day_month_year", first=Point(day, month, en_year))
        return Candidate(ms, e.end("d"), "day_month", first=Point(day, month, None))
    y = p.year_slot.match(text, me)
    return bool(y and y.group("y") and len(y.group("y")) == 4)


def _unit(text: str, m: re.Match[str], limit: int, p: Patterns,
          t: Tables) -> list[Candidate] | None:
    """The candidates one month name makes (the earlier days of a list, then the unit)."""
    ms, me = m.span()
    form = m.group()
    month, kind = t.months.get(form) or t.months.get(key(form), (0, ""))
    if not month:
        return None
    glued, part, duean = False, None, None
    english = kind in ("en", "en_abbr")
    if english and (_is_latin(text, ms - 1) or _is_latin(text, me)):
        return None  # "Marche", "Mayor", "Junior"
    if kind in ("abbr", "short"):
        g = _glued(text, ms, me, form, kind, limit, p, t)
        if g is None:
            return None
        glued = g
    days = None if glued else _days_before(text, limit, ms, p, kind == "abbr" and "." not in form)
    if days is None:
        days = _Days(ms)
        if english:
            found = _english(text, ms, me, month, p)
            if isinstance(found, Candidate):
                found.cue(m)
                return [found]
            if not found:
                return None
        elif (e := _TH_DAY_AFTER.match(text, me)) and 1 <= int(e.group("d")) <= 31 and (
                th_year := read_year(e.group("y"))) is not None:
            found = Candidate(ms, e.end(), "day_month_year",
                              first=Point(int(e.group("d")), month, th_year))
            found.cue(m)
            return [found]
        elif kind == "short" or ("." not in form and kind == "abbr"):
            return None  # clipped and undotted forms are months only with a day
        else:
            # เดือน (and ต้น/ปลาย… before it) is a cue for a lone month, outside the span as
            # ThaiNER has it: "เดือน [ก.ค.]", "ต้นเดือน [ก.พ.]"; the modifier is kept as part.
            dm = duean = p.duean_before.search(text, max(limit, ms - LOOK_BACK), ms)
            if dm is not None:
                label = next(lb for lb in t.month_labels if dm.group().rstrip(" ").endswith(lb))
                part = t.parts.get(dm.group().rstrip(" ")[: -len(label)])
    units = _with_year(text, me, month, kind, days, glued, part, duean is not None, limit, p, t)
    units[-1].cue(m)
    units[-1].cue(duean)
    return units


def _with_year(
    text: str, me: int, month: int, kind: str, days: _Days, glued: bool, part: str | None,
    after_duean: bool, limit: int, p: Patterns, t: Tables,
) -> list[Candidate]:
    """The unit with its weekday before and its year after."""
    weekday = w = None
    if days.day is not None and not days.listed:
        w = p.weekday_before.search(text, max(limit, days.start - LOOK_BACK), days.start)
        lo = max(limit, days.start - LOOK_BACK)
        if w is None and text.find("(", lo, days.start) >= 0:
            # "(ศุกร์ 3 พ.ย.)": the span starts at the weekday, inside the bracket
            w = p.weekday_paren.search(text, lo, days.start)
            if w:
                weekday, days.start = t.weekdays[w.group("wd")], w.start("wd")
        elif w:
            weekday, days.start = t.weekdays[w.group("wd")], w.start()
    end, year, year_rel = me, None, None
    y = p.year_slot.match(text, me)
    if y and y.group("rel"):
        year_rel, end = t.relative[y.group("rel")][1], y.end()
    elif y:
        year = year_of(y, p, text)
        if year is not None:
            end = y.end()
    out = [Candidate(os_, oe, "day_list", first=Point(other, month, year), year_rel=year_rel)
           for other, os_, oe in days.listed]
    unit = Candidate(days.start, end, "day_month" if days.day else "month",
                     first=Point(days.day, month, year), weekday=weekday, year_rel=year_rel)
    if days.day_from is not None:
        unit.first = Point(days.day_from, month, year)
        unit.last = Point(days.day, month, year)
        unit.rule = "day_range"
    unit.abbr_alone = (days.day is None and kind == "abbr" and year is None
                       and year_rel is None and not after_duean)
    unit.glued = glued
    unit.part = part
    unit.cue(w, "wd")
    if y is not None and unit.end > me:
        for group in ("rel", "cue", "marker"):
            unit.cue(y, group)
    out.append(unit)
    return out


def month_units(text: str) -> list[Candidate]:
    """Every month name with the day, day range, day list, weekday and year written around it,
    ranges joined, lone abbreviations dropped."""
    p, t = patterns(), tables()
    units: list[Candidate] = []
    limit = 0  # left context may not reach into the previous unit
    for m in p.month.finditer(text):
        found = _unit(text, m, limit, p, t)
        if found:
            units += found
            limit = found[-1].end
    return _merge_ranges(text, units, p)


def _joins(prev: Candidate | None, unit: Candidate) -> bool:
    """Both single days or both single months, not a list."""
    return (
        prev is not None and prev.last is None and unit.last is None
        and prev.first is not None and unit.first is not None and prev.rule != "day_list"
        and (prev.first.day is None) == (unit.first.day is None)
    )


def _month_list(text: str, prev: Candidate, unit: Candidate, p: Patterns) -> bool:
    """Two single months joined by และ or ",", the year written after the second only."""
    if not (_joins(prev, unit) and prev.first and unit.first and prev.first.day is None):
        return False
    if prev.first.year is not None or prev.year_rel is not None:
        return False
    if unit.first.year is None and unit.year_rel is None:
        return False
    m = p.month_list.match(text, prev.end)
    return m is not None and m.end() == unit.start


def _two_month_ranges(units: list[Candidate]) -> list[Candidate]:
    """"เดือนมกราคมและกุมภาพันธ์ 2566": two consecutive months sharing one year are one range
    (2023-01..2023-02), as the development-set rules have it; "มกราคมและมีนาคม 2566" and longer
    lists stay months of their own."""
    out: list[Candidate] = []
    for unit in units:
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == "month_list" and unit.rule != "month_list"
                and not (len(out) > 1 and out[-2].rule == "month_list")
                and prev.first is not None and unit.first is not None and unit.last is None
                and unit.first.month == prev.first.month + 1):
            prev.last, prev.end, prev.rule = unit.first, unit.end, "range"
            prev.evidence += unit.evidence
            continue
        out.append(unit)
    return out


def _dotted_tense(text: str, unit: Candidate, p: Patterns) -> bool:
    """A dotted abbreviation glued to a word before it and followed by นี้ / ที่ผ่านมา
    ("เตรียมปล่อยลงคืนธรรมชาติก.ย.นี้") is a month: scraped text drops the space."""
    return "." in text[unit.start:unit.end] and bool(
        p.future_after.match(text, unit.end) or p.past_after.match(text, unit.end))


def _merge_ranges(text: str, units: list[Candidate], p: Patterns) -> list[Candidate]:
    """Join "A - B", "A ถึง B" where A and B are both days or both months; drop lone
    abbreviations."""
    out: list[Candidate] = []
    for unit in units:
        prev = out[-1] if out else None
        if prev is not None and _joins(prev, unit):
            c = p.connector.match(text, prev.end)
            if c and c.end() == unit.start:
                prev.last = unit.first
                prev.end = unit.end
                prev.rule = "range"
                if unit.year_rel is not None:
                    prev.year_rel = unit.year_rel
                prev.abbr_alone = False
                prev.evidence += unit.evidence
                continue
        out.append(unit)
    # "เดือนมีนาคม, เมษายน และพฤษภาคม 2567": the earlier months take the last one's year,
    # from the end of the list backwards.
    for prev, unit in zip(out[-2::-1], out[:0:-1], strict=True):
        if _month_list(text, prev, unit, p):
            assert prev.first is not None and unit.first is not None
            prev.first = Point(None, prev.first.month, unit.first.year)
            prev.year_rel, prev.rule, prev.abbr_alone = unit.year_rel, "month_list", False
    kept = []
    for unit in _two_month_ranges(out):
        if unit.abbr_alone and not (p.future_after.match(text, unit.end)
                                    or p.past_after.match(text, unit.end)):
            continue  # "ก.พ." alone is as likely the Civil Service Commission; "มิ.ย.นี้" is June
        assert unit.first is not None
        if unit.glued and not (unit.first.year or (unit.last and unit.last.year)
                               or unit.year_rel is not None or _dotted_tense(text, unit, p)):
            continue  # "ระหว่างก.พ.-พ.ค. 62", "ธรรมชาติก.ย.นี้" are dates; "สก.พ." is not
        if unit.rule == "month_list":
            pass
        elif unit.rule == "month" and (unit.first.year or unit.year_rel is not None):
            unit.rule = "month_year"
        elif unit.rule == "day_month" and (unit.first.year or unit.year_rel is not None):
            unit.rule = "day_month_year"
        kept.append(unit)
    return kept
