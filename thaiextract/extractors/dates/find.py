"""Every date expression of a normalised text as a :class:`Candidate`, overlaps settled by the
one overlap rule (:func:`thaiextract.link.overlap.filter_spans`), in text order."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from ...era import read_year
from ...link.overlap import filter_spans
from .candidate import DAY_UNITS, Candidate, Point
from .months import month_units
from .patterns import SP, Patterns, Tables, patterns, tables
from .times import attach_times
from .years import event_years, quarters, years

# How far back a past cue is looked for: "เมื่อเวลาประมาณ 02.30 น. ของคืนวันที่ |1 ต.ค."
PAST_LOOK_BACK = 48
# "28/06/61": two-digit years of numeric dates are read as BE from 2540 on; below, with "/",
# as CE ("30/06/18" = 2018), with "-" not at all ("15-12-10" is a score)
NUMERIC_MIN_YY = 40
# The look-behinds come after the first digit ("\d(?<!X\d)" is "(?<!X)\d"): a pattern that opens
# with a digit lets the regex engine skip to digits instead of trying every position.
_NUMERIC = re.compile(
    r"(?P<a>\d(?<![\d/.:,-]\d)\d?)(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?!\d)(?![/.:,-]\d)"
)
_ISO = re.compile(
    r"(?P<y>\d(?<![\d/.:,-]\d)\d{3})(?P<sep>[/-])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)"
    r"(?![/.:,-]\d)")  # "2020-06-12", "2020/06/12"
# Both have a "/" or "-" followed by a digit, 1-2 (numeric) or 4 (ISO) characters in: far rarer
# than digits, so the scans start from those (see _hinted).
_SEP_DIGIT = re.compile(r"[/-]\d")
_PAREN_CLOSE = re.compile(rf"{SP}\)")
SINCE_LOOK_BACK = 12  # "ตั้งแต่ |วันนี้": the longest since-word and two spaces


def _hinted(
    pattern: re.Pattern[str], hint: re.Pattern[str], text: str, offsets: tuple[int, ...],
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` when every match starts ``offset`` characters
    (one of ``offsets``, largest first) before a place where ``hint`` matches.

    Hints are visited in text order and the candidate starts only grow, so the first match
    found is the leftmost, as in finditer; after a match the scan resumes at its end.
    """
    last_end = pos = 0
    while (h := hint.search(text, pos)) is not None:
        s = h.start()
        for offset in offsets:
            if s - offset >= last_end and (m := pattern.match(text, s - offset)) is not None:
                yield m
                last_end = pos = m.end()
                break
        else:
            pos = s + 1


def numeric(text: str) -> list[Candidate]:
    """"28/06/61", "16/05/2559", "2020-06-12"; a numeric date must be a real one."""
    out = []
    for m in _hinted(_NUMERIC, _SEP_DIGIT, text, (2, 1)):
        a, b = int(m.group("a")), int(m.group("b"))
        era = None
        if len(m.group("y")) == 2 and int(m.group("y")) < NUMERIC_MIN_YY:
            if m.group("sep") != "/":
                continue  # "15-12-10" is a score or a code sooner than 15 Dec 2510
            era = "CE"  # "30/06/18": a two-digit year below BE 2540 is of the common era
        year = read_year(m.group("y"), era)
        if year is None:
            continue
        day, month = a, b
        if month > 12 and a <= 12 and year.era == "CE":
            day, month = b, a  # 9/28/2004: month first
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year.ce, month)[1]:
            continue  # a numeric date must be a real one, else it is some other number
        out.append(Candidate(m.start(), m.end(), "numeric", first=Point(day, month, year)))
    for m in _hinted(_ISO, _SEP_DIGIT, text, (4,)):
        year = read_year(m.group("y"))
        day, month = int(m.group("d")), int(m.group("m"))
        if year is None or year.era != "CE" or not 1 <= month <= 12:
            continue
        if not 1 <= day <= calendar.monthrange(year.ce, month)[1]:
            continue
        out.append(Candidate(m.start(), m.end(), "numeric", first=Point(day, month, year)))
    return out


def relative_matches(text: str, p: Patterns, t: Tables) -> Iterator[tuple[int, int, int, str]]:
    """``(start, word start, end, word)`` of every "modifier? relative-word", as
    ``p.relative_word.finditer`` finds them.

    Same matches: when no word can begin inside a modifier (``modifiers_apart``), a match with
    a modifier ends with the first word at or after the scan position, and its modifier is the
    longest one ending right before that word and starting after the previous match.
    """
    if p.relative_only is None:
        for m in p.relative_word.finditer(text):
            yield m.start(), m.start("word"), m.end(), m.group("word")
        return
    prev_end = 0
    for m in p.relative_only.finditer(text):
        wstart = start = m.start()
        for mod in t.modifiers:  # longest first
            if wstart - len(mod) >= prev_end and text.startswith(mod, wstart - len(mod)):
                start = wstart - len(mod)
                break
        prev_end = m.end()
        yield start, wstart, prev_end, m.group()


def _blocked(text: str, word: str, end: int, t: Tables) -> bool:
    """"เมื่อวานวันที่ 25 ก.ย.", "ปีก่อนหน้านั้น": part of a longer phrase, not a relative date."""
    return any(text.startswith(after, end) and word.endswith(ending)
               for after, ending in t.relative_blockers)


def relatives(text: str) -> list[Candidate]:
    """Relative words (วันนี้, ปีหน้า, ปลายปีนี้), counted ones ("3 วันที่แล้ว") and weekdays
    with a cue ("วันศุกร์นี้"); bare weekdays too, to be merged with a date in brackets."""
    p, t = patterns(), tables()
    out = []
    for mstart, wstart, mend, word in relative_matches(text, p, t):
        unit, offset = t.relative[word]
        before = p.not_date_before.search(text, max(0, mstart - 6), mstart)
        if before and (not before.group()[0].isdigit() or word.endswith(t.past_endings)
                       or unit == "day"):
            continue  # "ทุกวันนี้", "3 ปีที่ผ่านมา", "ภายใน 2-3 วันนี้" (but "ไตรมาส 1 ปีหน้า")
        if _blocked(text, word, mend, t) or p.span_before.search(text, max(0, mstart - 6), mstart):
            continue  # "ในรอบปีที่ผ่านมา": over the past year, a duration
        if word in t.relative_after_past and not p.past_before.search(
                text, max(0, mstart - PAST_LOOK_BACK), mstart):
            continue  # "ในสัปดาห์ที่ผ่านมา": the past seven days; "เมื่อสัปดาห์ที่ผ่านมา": last week
        # ต้น/กลาง/ปลาย/สิ้น belong to a month or a year ("ปลายปีนี้"), not to a day.
        start = mstart if unit in ("month", "year") else wstart
        part = t.parts.get(text[mstart:wstart]) if mstart < wstart else None
        c = Candidate(start, mend, "relative", rel=(unit, offset), part=part)
        c.evidence.append((wstart, word))
        if part is not None:
            c.evidence.append((mstart, text[mstart:wstart]))
        out.append(c)
    for m in p.since_year_start.finditer(text):  # "ตั้งแต่ต้นปี": this year, its start
        c = Candidate(m.start("mod"), m.end(), "relative", rel=("year", 0),
                      part=t.parts[m.group("mod")])
        c.cue(m, "word")
        c.cue(m, "mod")
        out.append(c)
    for m in p.counted.finditer(text):
        if p.count_range_before.search(text, max(0, m.start() - 8), m.start()):
            continue  # "3-4 ปีที่แล้ว": some years ago, no date (as "หลายปีที่ผ่านมา")
        c = Candidate(m.start(), m.end(), "relative_count",
                      rel=(t.count_units[m.group("unit")], -int(m.group("n"))))
        c.cue(m, "unit")
        c.cue(m, "ago")
        out.append(c)
    for m in p.weekday_word.finditer(text):
        index, name = t.weekdays[m.group("wd")]
        cue = m.group("cue")
        past = None if cue else p.past_before.search(
            text, max(0, m.start() - PAST_LOOK_BACK), m.start())
        if past is not None:
            # "เมื่อวันเสาร์": the last Saturday (เมื่อ stays outside the span, as with dates).
            c = Candidate(m.start(), m.end(), "relative_weekday", weekday=(index, name),
                          rel=("prev", index))
        elif cue is None:
            # A bare weekday is a date only with a date in brackets after it (merged later).
            c = Candidate(m.start(), m.end(), "weekday", weekday=(index, name))
        else:
            c = Candidate(m.start(), m.end(), "relative_weekday", weekday=(index, name),
                          rel=(t.weekday_cues[cue], index))
        c.cue(m, "wd")
        c.cue(m, "cue")
        out.append(c)
    return out


def _merge_brackets(text: str, cands: list[Candidate], p: Patterns) -> list[Candidate]:
    """"วันนี้ (12 มิถุนายน 2563)", "วันจันทร์ (9 มี.ค.)", "เมื่อสัปดาห์ที่ผ่านมา (14 มกราคม
    2564)": one fact with the written date. So is a day word with the day it names right after
    it, without brackets ("วันนี้ 28 มิ.ย. 61 ดีแทค…", "วันนี้ วันที่ 4 ตุลาคม 2565 เวลา…")."""
    explicit = {c.start: c for c in cands if c.first is not None and c.first.month}
    used: set[int] = set()
    out = []
    for c in cands:
        if c.rule in ("relative", "relative_weekday", "weekday"):
            o = p.paren_open.match(text, c.end)
            inner = explicit.get(o.end()) if o else None
            close = _PAREN_CLOSE.match(text, inner.end) if inner else None
            end = close.end() if close else None
            if inner is None and _day_word(c):
                inner = explicit.get(p.apposition.match(text, c.end).end())
                end = inner.end if inner is not None and inner.explicit_point() else None
            if inner is not None and end is not None:
                inner.start, inner.end = c.start, end
                inner.rule = "relative+explicit"
                if c.weekday is not None:
                    inner.weekday = c.weekday
                inner.evidence += c.evidence
                used.add(id(c))
                continue
        if c.rule == "weekday":
            continue  # a bare weekday on its own is not reported
        out.append(c)
    return [c for c in out if id(c) not in used]


def _day_word(c: Candidate) -> bool:
    """A relative day on its own (วันนี้, พรุ่งนี้, เมื่อวานนี้), not a part of one (เช้าวันนี้)."""
    return c.rule == "relative" and c.rel is not None and c.rel[0] == "day" and c.part is None


def _from_today(text: str, cands: list[Candidate], p: Patterns, t: Tables) -> list[Candidate]:
    """"ตั้งแต่วันนี้จนถึงวันที่ 19 มีนาคม 2564": one range from the article's day to the written
    one (rule ``range``), as "1 - 19 มีนาคม" is; the development-set rules count it once. Only
    after ตั้งแต่: "วันนี้ถึง…" alone may be "today it has reached …"."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == "relative" and prev.rel == ("day", 0)
                and prev.part is None and c.explicit_point() is not None
                and text[max(0, prev.start - SINCE_LOOK_BACK):prev.start].rstrip(" ").endswith(
                    t.since)
                and (m := p.connector.match(text, prev.end)) is not None and m.end() == c.start):
            prev.last, prev.end, prev.rule = c.explicit_point(), c.end, "range"
            prev.evidence += c.evidence
            continue
        out.append(c)
    return out


def _recurring(text: str, c: Candidate, p: Patterns) -> bool:
    """"ในวันที่ 1 พฤษภาคมของทุกปี": a day or month of every year names no date."""
    return (c.first is not None and c.first.year is None and c.year_rel is None
            and c.first.month != 0 and p.recurring_after.match(text, c.end) is not None)


def days_only(text: str, p: Patterns) -> list[Candidate]:
    """"วันที่ 26-27 นี้", "เมื่อวันที่ 3 ที่ผ่านมา": days without a month (rule ``day_only``)."""
    out = []
    for m in p.day_only.finditer(text):
        d, d2 = int(m.group("d")), int(m.group("d2")) if m.group("d2") else None
        if not 1 <= d <= 31 or (d2 is not None and not d < d2 <= 31):
            continue
        c = Candidate(m.start("d"), m.end("d2" if d2 else "d"), "day_only",
                      first=Point(d, 0, None), last=Point(d2, 0, None) if d2 else None)
        out.append(c)
    return out


def candidates(text: str) -> list[Candidate]:
    """Every date expression in normalised ``text``, overlaps settled, in text order, with
    its tense cues and clock time."""
    p = patterns()
    cands = month_units(text)
    cands += years(text)
    cands += event_years(text)
    cands += numeric(text)
    cands += days_only(text, p)
    if "Q" in text or any(word in text for word in tables().quarter_words):
        cands += quarters(text)
    cands = filter_spans(_merge_brackets(text, cands + relatives(text), p))
    if any(word in text for word in tables().today):  # a quick test before the scan
        cands = _from_today(text, cands, p, tables())
    cands = [c for c in cands if not _recurring(text, c, p)]
    _tense(text, cands, p)
    attach_times(text, cands)
    return cands


def _tense(text: str, cands: list[Candidate], p: Patterns) -> None:
    """The past and future cues around each candidate ("เมื่อ …", "… ที่ผ่านมา", "… นี้")."""
    for c in cands:
        before = p.past_before.search(text, max(0, c.start - PAST_LOOK_BACK), c.start)
        after = p.past_after.match(text, c.end)
        c.past = bool(before or after)
        future = None if c.past else p.future_after.match(text, c.end)
        c.future = future is not None
        for m in (before, after, future):
            c.cue(m, "cue")


def written_days(text: str, tense: bool = False) -> list[Candidate]:
    """The single written days of ``text`` (month units and numeric dates, with their tense
    cues when ``tense``), overlaps settled: what the article's own date is read from and
    weighed against, at a third of the cost of :func:`candidates`."""
    cands = [c for c in filter_spans(month_units(text) + numeric(text))
             if c.explicit_point() is not None]
    if tense:
        _tense(text, cands, patterns())
    return cands


__all__ = ["DAY_UNITS", "candidates", "numeric", "relatives", "written_days"]
