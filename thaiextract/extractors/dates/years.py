"""Years with a cue or an era marker ("ปี 2563", "พ.ศ. 2560 – 2564", "ปี 2535 และ 2540") and
quarters ("ไตรมาสแรกของปี 2567", "Q4/2566", "ไตรมาส 1 ปีงบประมาณ 2567"). A number is never a
year on its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...era import Year, fiscal_year_start, is_modern, read_year, read_year_end
from .candidate import Candidate, Point
from .patterns import Patterns, Tables, key, patterns, tables


def year_of(m: re.Match[str], p: Patterns, text: str, group: str = "y") -> Year | None:
    """The year of a match with a ``y`` group and optional ``marker``/``marker2`` groups; None
    for a two-digit number that a count word follows ("ต.ค. 62 ราย")."""
    marker = m.group("marker") if "marker" in m.re.groupindex else None
    if not marker and "marker2" in m.re.groupindex:
        marker = m.group("marker2")
    era = tables().eras.get(key(marker)) if marker else None
    digits = m.group(group)
    if len(digits) == 2 and p.not_year_after.match(text, m.end(group)):
        return None
    return read_year(digits, era)


def _year_matches(text: str, p: Patterns) -> Iterator[re.Match[str]]:
    """The matches of ``p.year_only.finditer(text)``: a match starts with a cue or a marker,
    so it is tried only where ``p.year_hint`` matches, in text order."""
    pos = 0
    while (hint := p.year_hint.search(text, pos)) is not None:
        m = p.year_only.match(text, hint.start())
        if m is None:
            pos = hint.start() + 1
            continue
        yield m
        pos = m.end()


def _modifier_before(text: str, pos: int, t: Tables) -> tuple[int, str]:
    mod = next(mod for mod in t.modifiers if text.startswith(mod, pos - len(mod)))
    return pos - len(mod), mod


def part_before(text: str, pos: int, t: Tables) -> str | None:
    """The part of a year or month that the modifier right before ``pos`` names
    ("สิ้น|ปี 2566" → "end"), None without one."""
    for mod in t.modifiers:  # longest first
        if text.startswith(mod, pos - len(mod)):
            return t.parts[mod]
    return None


def years(text: str) -> list[Candidate]:
    p, t = patterns(), tables()
    out = []
    for m in _year_matches(text, p):
        cue = m.group("cue")
        if cue in t.no_date_years or (cue and m.group("y3") and not m.group("marker")):
            continue  # fiscal and crop years: "ปีงบประมาณ 2564", "ปีการผลิต 2565/66", "ปี 65/66"
        if (cue and not (m.group("marker") or m.group("marker2"))
                and p.not_date_before.search(text, max(0, m.start() - 6), m.start())):
            continue  # "อายุ 10 ปี 11 เดือน": a number before ปี makes it a duration
        year = year_of(m, p, text)
        if year is None:
            continue
        start = m.start("marker") if m.group("marker") else (
            m.start("marker2") if m.group("marker2") else m.start("y"))
        end = m.end("y")
        last = None
        if m.group("y2") or m.group("y3"):  # "2560-2564", "พ.ศ. 2548/2549"
            y2 = read_year_end(year, m.group("y3") or m.group("y2"))
            if y2 is not None:
                last, end = Point(None, 0, y2), m.end("y3" if m.group("y3") else "y2")
        part = part_before(text, m.start(), t) if cue else None
        c = Candidate(start, end, "year_range" if last else "year", first=Point(None, 0, year),
                      last=last, part=part)
        for group in ("cue", "marker", "marker2"):
            c.cue(m, group)
        if part is not None:
            c.evidence.append(_modifier_before(text, m.start(), t))
        out.append(c)
        if cue and last is None:
            out += _year_list(text, end, year, p)
    return out


# The look-behind after the first digit, so that the engine skips to digits (see find._NUMERIC).
_FOUR_DIGITS = re.compile(
    r"\d(?<![\d.,/:-]\d)\d{3}(?:(?P<sep>[/-])(?P<y3>\d{2,4}))?(?!\d)(?![.,:/]\d)")
EVENT_LOOK_BACK = 30  # the longest event word, and the spaces after it


def event_years(text: str) -> list[Candidate]:
    """"รัฐประหาร 2549", "ไทยลีก 2018", "Thailand Game Show 2023": a bare year after an event
    word; "ฤดูกาล 2023/24" and "ฤดูกาล 2023-24" are a season, a range of two years
    (``season``). Also two modern
    years joined without a cue ("(2567 – 2570)", :func:`_bare_range`)."""
    p, t = patterns(), tables()
    out = []
    for m in _FOUR_DIGITS.finditer(text):
        # Most four-digit numbers have no event word before them: the letter before the year
        # (spaces skipped) must end one, a dict look-up before the regex is tried.
        k = m.start() - 1
        while k >= 0 and text[k] == " " and m.start() - k <= 2:
            k -= 1
        cue = None
        if k >= 0 and text[k] in t.event_word_ends:
            cue = p.event_before.search(text, max(0, m.start() - EVENT_LOOK_BACK), m.start())
            if cue is not None and cue.group("cue") in t.not_event_words:
                cue = None  # "ศาลรัฐธรรมนูญ 2565", "ล้านยูโร 2024-2027": no event named
        if cue is None:
            if (r := _bare_range(text, m.start(), p)) is not None:
                out.append(r)
            continue
        if p.not_year_after.match(text, m.end()):
            continue  # "ฟุตบอลโลก 2018" is a date; "มหกรรม 2563 คน" is not
        year = read_year(m.group()[:4])
        if year is None:
            continue
        last = read_year_end(year, m.group("y3")) if m.group("y3") else None
        if last is not None and m.group("sep") == "-" and last.ce != year.ce + 1:
            last = None  # "ฤดูกาล 2023-24" is a season; "ฟุตบอลโลก 2018-2022" two editions
        end = m.end() if last is not None else m.start() + 4
        rule = "season" if last else (
            "year" if cue.group("cue") in t.past_year_words else "event_year")
        c = Candidate(m.start(), end, rule,
                      first=Point(None, 0, year), last=Point(None, 0, last) if last else None)
        c.cue(cue, "cue")
        out.append(c)
    return out


BARE_RANGE_SPAN = 30  # the most years a range without a cue may cover
FISCAL_LOOK_BACK = 24  # "ปีงบประมาณ พ.ศ. " before a range: the longest cue, a marker, spaces


def _bare_range(text: str, pos: int, p: Patterns) -> Candidate | None:
    """"ในระยะ 4 ปีข้างหน้า (2567 – 2570)": two modern years of one era joined by a dash or
    ถึง are a range of years without any cue; not after a number word ("มอก. 2540-2548") nor
    before a count or a unit ("2480-2495 MHz", "2540-2548 คน")."""
    m = p.bare_year_range.match(text, pos)
    if m is None or p.not_year_after.match(text, m.end()):
        return None
    if p.not_year_before.search(text, max(0, pos - 8), pos):
        return None
    if p.no_date_year_before.search(text, max(0, pos - FISCAL_LOOK_BACK), pos):
        return None  # "ปีงบประมาณ พ.ศ. 2564 – 2565": fiscal years, no calendar years
    letter = text[max(0, pos - 2) : pos].rstrip()[-1:]
    if letter.isascii() and letter.isalpha():
        return None  # "Visit Thailand Year 2022-2023": a number in an English title
    first = read_year(text[pos : pos + 4])
    last = read_year(m.group("y2"), first.era) if first else None
    if first is None or last is None or last.era != first.era:
        return None
    if not (is_modern(first) and 0 < last.ce - first.ce <= BARE_RANGE_SPAN):
        return None
    c = Candidate(pos, m.end(), "year_range", first=Point(None, 0, first),
                  last=Point(None, 0, last))
    c.cue(m, "conn")
    return c


def _year_list(text: str, pos: int, year: Year, p: Patterns) -> list[Candidate]:
    """"ปี 2535 และ 2540": each later year of the list is a year of its own, if it is written
    the same way (4 digits, same era): "ปี 2563 และ 2000 คน" stops."""
    out = []
    while (li := p.year_list.match(text, pos)) is not None:
        listed = read_year(li.group("y"))
        if listed is None or listed.era != year.era:
            break
        c = Candidate(li.start("y"), li.end("y"), "year_list", first=Point(None, 0, listed))
        c.cue(li, "cue")
        out.append(c)
        pos = li.end()
    return out


def _quarter_matches(text: str, p: Patterns) -> Iterator[re.Match[str]]:
    """The matches of ``p.quarter.finditer(text)``: each starts with a quarter word or "Q", so
    it is tried only where ``p.quarter_hint`` finds one, in text order."""
    pos = 0
    while (hint := p.quarter_hint.search(text, pos)) is not None:
        m = p.quarter.match(text, hint.start())
        if m is None:
            pos = hint.start() + 1
            continue
        yield m
        pos = m.end()


def quarters(text: str) -> list[Candidate]:
    """"ไตรมาสแรกของปี 2567" → 2024-01..2024-03; a fiscal year (ปีงบประมาณ 2567, from
    1 October 2566) shifts the months back by one quarter."""
    p, t = patterns(), tables()
    out = []
    for m in _quarter_matches(text, p):
        q = t.quarters[m.group("q")] if m.group("q") else int(m.group("q2"))
        year = year_rel = None
        if m.group("rel"):
            if m.group("fy"):
                continue  # no relative fiscal years in the lexicon
            year_rel = t.relative[m.group("rel")][1]
        else:
            if len(m.group("y")) == 2 and not (m.group("slash") or m.group("fy")
                                               or m.group("cue") or m.group("marker")):
                continue  # "ไตรมาส 2 10%": two digits are a year only after / or ปี
            year = year_of(m, p, text)
            if year is None:
                continue
        first_month = 3 * q - 2
        start_year = end_year = year
        if m.group("fy"):  # Thai fiscal year N: October N-1 to September N
            first_month, start_year = fiscal_year_start(q, year)
            end_year = start_year
        c = Candidate(m.start(), m.end(), "quarter", first=Point(None, first_month, start_year),
                      last=Point(None, first_month + 2, end_year), year_rel=year_rel)
        for group in ("word", "fy", "cue", "marker", "rel"):
            c.cue(m, group)
        out.append(c)
    return out
