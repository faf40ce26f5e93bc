"""Dates: every calendar date, month, year, range and relative date in Thai news, as ISO 8601.

The matcher is table-driven: month names and abbreviations, weekdays, era markers, relative words
and context cues are data (``lexicons/months.tsv``, ``dates/weekdays.tsv``, ``dates/relative.tsv``,
``dates/eras.tsv``, ``dates/cues.tsv``, ``dates/not_year_after.tsv``); the year rules are in
:mod:`thaiextract.era`. It runs on the normalised text (Thai digits are already ASCII, dashes are
"-"), and every fact records the rule that fired (``rule``).

What is found (``rule``)
------------------------
- ``day_month`` / ``day_month_year``: "27 มกราคม 2565", "15 มิ.ย. 63", "๑๒ มิ.ย. ๖๓", "17 ธ.ค.61",
  "10 มิ.ย. 2025" (CE), "15 มิถุนายน พ.ศ. 2563", "วันพฤหัสบดีที่ 27 มกราคม 2565". Abbreviations are
  also read without dots or with stray spaces ("มิ.ย .", "ม.ค", "มิย"); undotted and clipped forms
  ("ตุลา") need a day before them and no Thai letter after them. A day may be glued to the month
  or joined by a dash ("28ก.ค.61", "28-ก.ค.61"). English month names and abbreviations, as Thai
  pages print them: "12 June 2020", "June 12, 2020", "Jun 12", "May 2020" (never inside a Latin
  word: "Marche"; a lone "May" is not a date).
- ``day_range`` / ``range``: "27 – 28 มกราคม 2565", "1-3 มี.ค. 66", "30 พฤศจิกายน ถึง 2 ธันวาคม 2565",
  "28 ธ.ค.-4 ม.ค. 61" (the start falls in the year before), "มกราคม - มีนาคม 2567",
  "ช่วงเดือน ม.ค.-มี.ค. 67".
- ``quarter``: "ไตรมาสแรกของปี 2567", "ไตรมาสที่ 2/2566", "Q4/2566", "ไตรมาส 1 ปีหน้า": the
  whole expression is the span; ``value``/``end_value`` are its first and last month
  (2024-01 … 2024-03) and ``granularity`` is "quarter" (a month range says exactly which months,
  where a bare year would lose them). In a fiscal year ("ไตรมาส 1 ปีงบประมาณ 2567") the Thai
  government year starts on 1 October of the year before: 2023-10 … 2023-12. A quarter without
  a year ("ไตรมาสแรก") is not a date.
- ``month`` / ``month_year``: "ตุลาคม 2562", "ก.พ. 2562", "(ต้นเดือน)มีนาคม". A full month name may
  stand alone (its year comes from the article); an abbreviation alone needs เดือน before it or a
  year after it (ก.พ. is also the Civil Service Commission).
- ``year`` / ``year_range``: only with a cue or a marker: "ปี 2563", "พ.ศ. 2570", "ค.ศ. ๒๐๒๕",
  "ปีงบประมาณ 2566", "พ.ศ. 2560 – 2564", "ปี 52". A number is never a year on its own, so counts,
  phone numbers, law sections, percentages, ordinals and amounts do not come out.
- ``year_list``: the later years of "ปี 2535 และ 2540", "ปี 2535, 2540 และ 2551" (four digits, the
  same era as the first; each its own fact, as ``day_list``).
- ``day_list``: the earlier days of "15 และ 18 มิถุนายน 2561", "5, 6 และ 7 ม.ค." (one fact a day,
  the span the day number alone; the last day keeps the month and year).
- ``numeric``: "28/06/61", "16/05/2559", "2020-06-12"; month/day order when the middle number
  cannot be a month ("9/28/2004").
- ``relative``: วันนี้, เมื่อวานนี้, พรุ่งนี้, ปีนี้, สัปดาห์หน้า, ปลายปีนี้ …; ``relative_count``: "3 วันที่แล้ว",
  "2 ปีก่อน"; ``relative_weekday``: "วันศุกร์นี้", "วันอังคารที่ผ่านมา". A number or ทุก/หลาย before
  the word makes it a duration ("3 ปีที่ผ่านมา", "ทุกวันนี้"), which is not a date. A counted
  range ("3-4 ปีที่แล้ว", "2-3 วันก่อน") is not a date either: "some years ago" names no year
  (ThaiNER leaves it untagged too), and half of it ("4 ปีที่แล้ว") would be a wrong one.
- ``relative+explicit``: "วันนี้ (12 มิถุนายน 2563)" is ONE fact spanning the whole expression, with
  the explicit date's value and ``relative`` False (the date is written, nothing is resolved). The
  written date is what a reader checks; two facts for one day would double-count it. ThaiNER tags
  the two parts separately (see ``bench/thainer_score.py``). A weekday works the same way:
  "วันจันทร์ (9 มี.ค.)" gets ``weekday`` and ``weekday_matches``.

Durations ("3 วัน", "6 เดือน", "1 ปี") are not dates.

``part`` records ต้น/กลาง/ปลาย/สิ้น (and ช่วง…) before a month, a year or a relative word as
"early"/"mid"/"late"/"end": "สิ้นปี 2566" is the year 2566 (span "2566", as ปี stays outside a
bare year) with part "end"; "กลางปีนี้" (span with the modifier, as for every relative word) is
this year with part "mid"; "ต้นเดือนมีนาคม" is March with part "early". The value stays the
whole year or month: the text does not say which days "late" covers.

Spans
-----
A span covers the date as written: a weekday prefix ("วันพฤหัสบดีที่ 27 …"), era markers
(พ.ศ./ค.ศ.) and the year, and ต้น/ปลาย… of a relative word ("ปลายปีนี้"). Outside it: a bare วันที่
before a day, เดือน (and ต้นเดือน …) before a month name, เมื่อ, ปี before a bare year, trailing
นี้ / ที่ผ่านมา; ThaiNER draws the same lines, except that it leaves the weekday out. A range is
one span.

Values
------
``value`` (and ``end_value`` for ranges) is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` after the
granularity; relative weeks are ``granularity`` "week" with Monday as ``value`` and Sunday as
``end_value``. Impossible dates ("31 มิถุนายน", "30 ก.พ.", a range that ends before it starts)
keep the numbers as written in ``value`` and have ``valid`` False. ``era`` is the era of the year
as written ("BE" for 2563 and for 63, "CE" for 2025 and ค.ศ. 2020), None when no year was written;
a marker that contradicts its number ("ค.ศ. 2563") gives way to the number (see :mod:`thaiextract.era`).

The article's date
------------------
When ``document_date`` is not given, :func:`find_document_date` reads it, in this order:

1. The header, the first ``HEADER_LINES`` (8) non-empty lines, line by line. A line counts when
   it holds only dates, labels, clock times and separators ("เผยแพร่: 3 เม.ย. 2567 14:25
   ปรับปรุง: 3 เม.ย. 2567 15:10", "12 มิ.ย. 2563 | 10:30 น.", "12/06/2563", "2020-06-12",
   "Posted on June 12, 2020 at 10:30 am"), with metadata allowed after a "|" or โดย ("| อ่าน 1,234
   ครั้ง"); or when its first date is a dateline ("กรุงเทพฯ 15 ม.ค. 2567 - …"), or written
   "วันนี้ (12 มิถุนายน 2563)" / "(วันนี้) 12 มิถุนายน 2563". Labels are data (``dates/cues.tsv``:
   ``header_label`` for publication, ``update_label`` for ปรับปรุง/อัปเดต/Updated). A date
   after a publication label wins at once; otherwise the first unlabelled one; an update date
   only when there is nothing else. ``document_date_source`` is "dateline".
2. The lead, when the header has none: the first ``LEAD_SENTENCES`` (3) sentences of at least
   ``LEAD_MIN_CHARS`` (40) characters (shorter ones are titles, breadcrumbs, "แชร์"). The first
   full day-month-year there written as an event day — เมื่อวันที่ …, a weekday, or … ที่ผ่านมา
   ("เมื่อวันที่ 3 เมษายน 2567"; a bare "เมื่อ 25 กรกฎาคม 2512" is more often history) — or with
   วันนี้ before it, or opening its paragraph ("วันที่ 18 ก.ค. 66 พล.ต.ต. … แถลง"), becomes the article's date, with ``document_date_source`` "lead": a press release is written
   on or after what it reports. A date with a future cue ("จะจัดขึ้นในวันที่ 30 ธ.ค. 2567", "… นี้")
   never does.

Never a date inside a range or a list ("1-3 มี.ค. 2567"). A header date without a year ("กรุงเทพฯ
15 ม.ค. -") takes the year that puts it nearest to most (at least two) of the article's written dates, and
gives nothing when the article writes no year. An unlabelled or lead date more than
``FAR_FUTURE_DAYS`` after every other written date of the article (two at least) is an event
announced ahead, not the day of writing, and is skipped. Only the header and the lead are read:
the cost does not grow with the article. Then:

- relative words resolve against it (value None when there is none);
- a date without a year takes the article's year, or the year before or after: with a past cue
  (เมื่อ…, …ที่ผ่านมา, …ที่แล้ว) the latest such date not after the article; with a future cue
  (…นี้, …ที่จะถึง) the first not before it; with neither, the nearest. An article of 5 January 2567
  that says "เมื่อวันที่ 28 ธ.ค. ที่ผ่านมา" means 2023-12-28. Such facts have ``year_inferred``.

Times ("เวลา 10.30 น.", "14.00-16.00 น.") are attached to the nearest day-level date in the same
line (within 40 characters, before or after) as ``time`` "10:30" / "14:00-16:00".

dateparser
----------
What it does for us: the calendar arithmetic of relative weeks, months and years, once we have
found and normalised them ("2 เดือนที่แล้ว", "สัปดาห์หน้า" → "อีก 1 สัปดาห์", "ปีที่แล้ว" → "1 ปีที่แล้ว"),
with the article's date as ``RELATIVE_BASE`` and month-end clipping (31 March, "1 เดือนที่แล้ว" →
February). It is imported only when such an expression has a base date; day offsets (เมื่อวานนี้,
"3 วันที่แล้ว") are a plain ``timedelta``.
What it does not do: find or read Thai calendar dates. dateparser 1.5 keeps Buddhist years as
they are ("6 มิถุนายน 2554" → year 2554), reads "15 มิ.ย. 63" as 2063, returns None for Thai digits,
for "วันที่ 15 มิ.ย. 2563" and for "15 มิถุนายน พ.ศ. 2563", and its ``search_dates`` gives no offsets
and invents months for bare years. All of that is done here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..era import Year, read_year
from ..lexicons import load
from ..model import DateFact

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

THAI = "\u0e01-\u0e4e"  # Thai letters, vowels and marks (not Thai digits, folded to ASCII)
SP = "[ ]{0,2}"  # the normaliser has turned odd spaces into " "; dates never cross a line
HEADER_LINES = 8  # where the article's own date is looked for
NUMERIC_MIN_YY = 40  # "28/06/61": two-digit years of numeric dates are read from BE 2540 on
TIME_GAP = 40  # most characters between a date and the time attached to it
LEAD_SENTENCES = 3  # where a dated past event may give the article's date (see find_document_date)
LEAD_MIN_CHARS = 40  # shorter sentences are titles, breadcrumbs, captions: not the lead
LEAD_CHARS = 1500  # the lead when the text has no sentences
FAR_FUTURE_DAYS = 366  # a candidate article date this far after all the others is an event
_DATEPARSER_UNITS = {"day": "วัน", "week": "สัปดาห์", "month": "เดือน", "year": "ปี"}


# --- patterns built from the lexicons --------------------------------------------------------


_KEYS: dict[str, str] = {}  # form as written → key: the same few forms come up again and again


def _key(form: str) -> str:
    """A month or marker form without dots and spaces: "มิ.ย ." → "มิย"."""
    key = _KEYS.get(form)
    if key is None:
        key = form.replace(" ", "").replace(".", "")
        if len(_KEYS) < 4096:
            _KEYS[form] = key
    return key


def _dotted(form: str) -> str:
    """A dotted abbreviation, also matched without dots and with stray spaces around them."""
    parts = [p for p in form.split(".") if p]
    return r"(?:[ ]?\.[ ]?)?".join(re.escape(p) for p in parts) + r"(?:[ ]?\.)?"


def _alternation(forms: list[str], dotted: bool = False) -> str:
    """Longest form first, so that "ธันวาคม" wins over "ธันวา" and "เมื่อวานนี้" over "เมื่อวาน";
    dots do not count, as they are optional ("June" before "Jun.")."""
    ordered = sorted(set(forms), key=lambda f: (-len(f.replace(".", "") if dotted else f), f))
    return "|".join(_dotted(f) if dotted and "." in f else re.escape(f) for f in ordered)


_GAP, _END = "\x00", "\x01"  # trie tokens of a dotted form: the dot inside it, the final dot
_TOKEN_RE = {_GAP: r"(?:[ ]?\.[ ]?)?", _END: r"(?:[ ]?\.)?"}  # as in _dotted


def _tokens(form: str, dotted: bool) -> list[str]:
    if not dotted or "." not in form:
        return list(form)
    out: list[str] = []
    for i, part in enumerate(p for p in form.split(".") if p):
        if i:
            out.append(_GAP)
        out += list(part)
    return [*out, _END]


def _trie(words: list[str], dotted: bool = False) -> str:
    """The alternation of ``words`` as a prefix tree: the same matches as the longest-first
    alternation (the text picks one path down the tree and the deepest word on it wins), but
    the engine tests one letter per branch instead of every word at every position. With
    ``dotted``, dotted forms are matched as :func:`_dotted` does; their optional dots are tried
    after every letter, so "March" wins over "Mar." read without its dot."""
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for char in _tokens(word, dotted):
            node = node.setdefault(char, {})
        node[""] = {}

    def regex(node: dict[str, dict]) -> str:
        keys = sorted((c for c in node if c), key=lambda c: (c in _TOKEN_RE, c))
        alternatives = [(_TOKEN_RE.get(c) or re.escape(c)) + regex(node[c]) for c in keys]
        if "" in node:
            alternatives.append("")  # the word may end here: tried after every longer one
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return regex(root)


@dataclass(frozen=True, slots=True)
class _Patterns:
    month: re.Pattern[str]
    months: dict[str, tuple[int, str]]  # key → (month, kind)
    weekdays: dict[str, tuple[int, str]]  # form → (index, full name)
    eras: dict[str, str]  # marker key → "BE"/"CE"
    relative: dict[str, tuple[str, int]]  # form → (unit, offset)
    year_slot: re.Pattern[str]
    year_only: re.Pattern[str]
    year_hint: re.Pattern[str]  # where year_only may start: a cue or an era marker
    relative_word: re.Pattern[str]
    # The relative words alone, and the modifiers longest first, when no modifier can overlap a
    # word (see :func:`_relative_matches`); None otherwise.
    relative_only: re.Pattern[str] | None
    modifiers: tuple[str, ...]
    weekday_word: re.Pattern[str]
    day_before: re.Pattern[str]
    dayrange_before: re.Pattern[str]
    daylist_before: re.Pattern[str]
    weekday_before: re.Pattern[str]
    duean_before: re.Pattern[str]
    not_year_after: re.Pattern[str]
    not_date_before: re.Pattern[str]
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    future_after: re.Pattern[str]
    header_gap: re.Pattern[str]  # what may come before a date on a header line
    quarter: re.Pattern[str]
    quarters: dict[str, int]  # "แรก" → 1
    parts: dict[str, str]  # modifier → early/mid/late/end


def _cue_forms(role: str) -> list[str]:
    return [row["form"] for row in load("dates/cues") if row["role"] == role]


def _modifiers_apart(modifiers: tuple[str, ...], words: list[str]) -> bool:
    """True when no relative word can start inside a modifier (or where one starts) and no
    modifier is the start of another: then "modifier? word" can be found by scanning for the
    words alone and looking back for a modifier, which the regex engine does ~10x faster than a
    pattern opening with an optional group (it cannot skip ahead to a first character)."""
    for mod in modifiers:
        for offset in range(len(mod)):
            rest = mod[offset:]
            if any(w.startswith(rest) or rest.startswith(w) for w in words):
                return False
        if any(other != mod and other.startswith(mod) for other in modifiers):
            return False
    return True


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    months: dict[str, tuple[int, str]] = {}
    for row in load("dates/months"):
        months[_key(row["form"])] = (int(row["month"]), row["kind"])
    month_re = re.compile(_trie([r["form"] for r in load("dates/months")], dotted=True))

    weekdays = {row["form"]: (int(row["weekday"]), row["name"]) for row in load("dates/weekdays")}
    wd = _alternation(list(weekdays))

    eras = {_key(r["form"]): r["era"] for r in load("dates/eras") if r["era"] in ("BE", "CE")}
    marker = _alternation([r["form"] for r in load("dates/eras") if r["era"] != "cue"], dotted=True)
    # "พศ" without any dot is matched too (the dotted pattern makes the dots optional).
    cue = _alternation([r["form"] for r in load("dates/eras") if r["era"] == "cue"])

    relative = {r["form"]: (r["unit"], int(r["offset"])) for r in load("dates/relative")}
    rel_years = [f for f, (unit, _) in relative.items() if unit == "year"]
    modifier = _alternation(_cue_forms("modifier"))
    modifiers = tuple(sorted(set(_cue_forms("modifier")), key=lambda f: (-len(f), f)))
    year = r"(?P<y>\d{2,4})(?!\d)(?![.,:/]\d)"

    return _Patterns(
        month=month_re,
        months=months,
        weekdays=weekdays,
        eras=eras,
        relative=relative,
        year_slot=re.compile(
            rf"{SP}(?:(?P<rel>{_alternation(rel_years)})"
            rf"|(?:(?P<cue>{cue}){SP})?(?:(?P<marker>{marker}){SP})?{year})"
        ),
        year_only=re.compile(
            rf"(?:(?P<cue>{cue}){SP}(?:(?P<marker>{marker}){SP})?|(?P<marker2>{marker}){SP})"
            r"(?P<y>\d{2,4})(?!\d)(?![.,:]\d)(?:/(?P<y3>\d{2,4})(?!\d))?(?![.,:/]\d)"
            rf"(?:{SP}(?:-|ถึง|จนถึง){SP}(?:ปี{SP})?(?:(?:{marker}){SP})?"
            r"(?P<y2>\d{2,4})(?!\d)(?![.,:/]\d))?"
        ),
        # The alternatives one after another, no group around them: each opens with a letter,
        # so the engine skips to those letters (year_only, opening with groups, cannot).
        year_hint=re.compile(f"{cue}|{marker}"),
        relative_word=re.compile(
            rf"(?P<mod>{modifier})?(?P<word>{_alternation(list(relative))})"
        ),
        relative_only=(re.compile(_trie(list(relative)))
                       if _modifiers_apart(modifiers, list(relative)) else None),
        modifiers=modifiers,
        weekday_word=re.compile(
            rf"วัน(?P<wd>{wd})(?:{SP}(?P<cue>ที่ผ่านมา|ที่แล้ว|ก่อน|ที่จะถึงนี้|ที่จะถึง|นี้|หน้า))?"
        ),
        day_before=re.compile(
            rf"(?<![\d.,/:])(?<![A-Za-z]-)(?P<d>\d{{1,2}})(?:{SP}|-)(?:เดือน{SP})?\Z"
        ),
        dayrange_before=re.compile(
            rf"(?<![\d.,/:])(?P<d>\d{{1,2}}){SP}(?:-|ถึง|จนถึง){SP}(?:วันที่{SP})?\Z"
        ),
        daylist_before=re.compile(
            rf"(?<![\d.,/:])(?P<d>\d{{1,2}}){SP}(?:,|และ){SP}(?:วันที่{SP})?\Z"
        ),
        weekday_before=re.compile(rf"วัน(?P<wd>{wd}){SP}(?:ที่|วันที่)?{SP}\Z"),
        duean_before=re.compile(rf"(?:{modifier})?เดือน{SP}\Z"),
        not_year_after=re.compile(
            rf"{SP}(?:{_alternation([r['word'] for r in load('dates/not_year_after')])})"
            rf"(?![{THAI}])"
        ),
        not_date_before=re.compile(rf"(?:{_alternation(_cue_forms('not_date_before'))}|\d{SP})\Z"),
        past_before=re.compile(
            rf"(?:{_alternation(_cue_forms('past_before'))})(?:ช่วง|ตอน)?(?:{modifier})?{SP}"
            rf"(?:วันที่|วัน|ปี|เดือน)?{SP}\Z"
        ),
        past_after=re.compile(rf"{SP}(?:{_alternation(_cue_forms('past_after'))})"),
        future_after=re.compile(rf"{SP}(?:{_alternation(_cue_forms('future_after'))})"),
        # Separators, then a label (publication or update) and its colon. English labels in
        # any case ("PUBLISHED"); (?i:) keeps the rest exact.
        header_gap=re.compile(
            rf"{_HEADER_SEPS}(?:(?:(?P<pub>(?i:{_alternation(_cue_forms('header_label'))}))"
            rf"|(?P<upd>(?i:{_alternation(_cue_forms('update_label'))}))){SP}:?{SP}"
            rf"(?:(?:เมื่อ|(?i:on)){SP})?)?(?:วันที่{SP})?"
        ),
        quarter=re.compile(
            rf"(?:ไตรมาส{SP}(?:ที่{SP})?(?P<q>{_alternation([r['form'] for r in load('dates/quarters')])})"
            rf"|(?<![A-Za-z])Q(?P<q2>[1-4]))(?!\d)"
            rf"(?:(?P<slash>{SP}/{SP})|{SP}(?:ของ{SP})?(?:(?P<fy>ปีงบประมาณ|ปีงบ)|(?P<cue>ปี))?{SP}"
            rf"(?:(?P<marker>{marker}){SP})?)"
            rf"(?:(?P<rel>{_alternation(rel_years)})|(?P<y>\d{{2,4}})(?!\d)(?![.,:/]\d))"
        ),
        quarters={r["form"]: int(r["quarter"]) for r in load("dates/quarters")},
        parts={r["form"]: r["part"] for r in load("dates/cues") if r["role"] == "modifier"},
    )


# The look-behinds come after the first digit ("\d(?<!X\d)" is "(?<!X)\d"): a pattern that opens
# with a digit lets the regex engine skip to digits instead of trying every position.
_NUMERIC = re.compile(
    r"(?P<a>\d(?<![\d/.:,-]\d)\d?)(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?!\d)(?![/.:,-]\d)"
)
_ISO = re.compile(r"(?P<y>\d(?<![\d/.:,-]\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)(?![/.:,-]\d)")
# Both have a "/" or "-" followed by a digit, 1-2 (numeric) or 4 (ISO) characters in: far rarer
# than digits, so the scans start from those (see _hinted).
_SEP_DIGIT = re.compile(r"[/-]\d")
_COUNTED = re.compile(
    rf"(?P<n>\d(?<![\d.,]\d)\d{{0,2}}){SP}(?P<unit>วัน|สัปดาห์|อาทิตย์|เดือน|ปี){SP}"
    rf"(?:ที่แล้ว|ก่อน(?![{THAI}]))"
)
_PAST_ENDINGS = ("ที่ผ่านมา", "ที่แล้ว", "ก่อน")
_CONNECTOR = re.compile(rf"{SP}(?:-|ถึง|จนถึง){SP}(?:วันที่{SP})?")
_PAREN_OPEN = re.compile(rf"{SP}\({SP}(?:วันที่{SP})?")
_PAREN_CLOSE = re.compile(rf"{SP}\)")
_ABBR_TAIL = re.compile(r"[ก-ฮ]\.")  # "ก.ค.ศ.": the abbreviation goes on
_TIME = re.compile(
    rf"(?:(?P<lead>เวลา){SP})?(?<![\d.:])(?P<h1>[01]?\d|2[0-4])[.:](?P<m1>[0-5]\d)(?!\d)"
    rf"(?P<n1>{SP}(?:น\.|นาฬิกา))?"
    rf"(?:{SP}(?:-|ถึง){SP}(?:เวลา{SP})?(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d)(?!\d)"
    rf"(?P<n2>{SP}(?:น\.|นาฬิกา))?)?"
)
# Where a time may be: the ":" or "." between hour and minutes, much rarer than digits, so the
# engine skips to it; _TIME, which opens with an optional เวลา, is tried only there (_times).
_TIME_HINT = re.compile(r"[.:][0-5]\d")
_TIME_LEAD = re.compile(rf"เวลา{SP}\Z")
_OWN_LINE_AFTER = re.compile(
    rf"[ )\].,|:*-]*(?:(?:เวลา)?{SP}\d{{1,2}}[.:]\d{{2}}(?:{SP}(?:น\.|นาฬิกา))?[ )\].,|*-]*)?"
)
# Header lines: separators around dates and labels, and a clock time after a date
# ("14:25", "| 10:30 น.", "- 10:30", "at 10:30 am").
_HEADER_SEPS = r"[ \t|/•·,;()\[\]*:>-]*"
_HEADER_TIME = re.compile(
    rf"{_HEADER_SEPS}(?:(?:เวลา|(?i:at)){SP})?\d{{1,2}}[.:]\d{{2}}(?::\d{{2}})?"
    rf"(?:{SP}(?:น\.|นาฬิกา|[AaPp]\.?[Mm]\.?))?"
)
# After the last date of a header line: separators, or a "|" / โดย / By and anything after it
# (author, views: "12 มิ.ย. 2563 | โดย ทีมข่าว | อ่าน 1,234 ครั้ง").
_HEADER_TAIL = re.compile(rf"{_HEADER_SEPS}|[ \t,]*(?:[|•·]|โดย|(?i:by\b))[^\n]*")
_TODAY_BEFORE = re.compile(rf"วันนี้{SP}\){SP}(?:วันที่{SP})?\Z")  # "(วันนี้) 12 มิ.ย. 2563"
_DAY_RANGE_DASH = re.compile(rf"\d{SP}(?:-|ถึง){SP}\Z")  # "3-4 ปีที่แล้ว": a fuzzy span of time
_EN_DAY_AFTER = re.compile(  # "June 12, 2020", "Jun 12 2020", "June 12th"
    r"[ ]{1,2}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:.])(?:,?[ ]{1,2}(?P<y>\d{4})(?![\d.,:/]))?"
)
_YEAR_LIST = re.compile(  # "ปี 2535 และ 2540", "ปี 2535, 2540 และ 2551": later 4-digit years
    rf"{SP}(?:,|และ|หรือ){SP}(?:ปี{SP})?(?P<y>\d{{4}})(?!\d)(?![.,:/]\d)"
)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_DATELINE_BEFORE = re.compile(r"[^\d\n()]{2,40}?[ ,]")
_DATELINE_AFTER = re.compile(rf"{SP}[-:|]")


# --- candidates ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Point:
    day: int | None
    month: int
    year: Year | None


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: str
    first: _Point | None = None  # None for a purely relative date
    last: _Point | None = None  # the end of a range
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

    def is_day(self) -> bool:
        if self.first is not None:
            return self.first.day is not None
        return self.rel is not None and self.rel[0] in ("day", "next", "prev", "coming")


def _is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def _is_latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and ("a" <= text[i] <= "z" or "A" <= text[i] <= "Z")


def _year(m: re.Match[str], p: _Patterns, text: str, group: str = "y") -> Year | None:
    marker = m.group("marker") if "marker" in m.re.groupindex else None
    if not marker and "marker2" in m.re.groupindex:
        marker = m.group("marker2")
    era = p.eras.get(_key(marker)) if marker else None
    digits = m.group(group)
    if len(digits) == 2 and p.not_year_after.match(text, m.end(group)):
        return None
    return read_year(digits, era)


def _month_units(text: str, p: _Patterns) -> list[_Cand]:
    """Every month name with the day, day range, day list, weekday and year written around it."""
    units: list[_Cand] = []
    limit = 0  # left context may not reach into the previous unit
    for m in p.month.finditer(text):
        ms, me = m.span()
        form = m.group()
        month, kind = p.months.get(_key(form), (0, ""))
        if not month:
            continue
        glued = False
        part = None
        english = kind in ("en", "en_abbr")
        if english and (_is_latin(text, ms - 1) or _is_latin(text, me)):
            continue  # "Marche", "Mayor", "Junior"
        if kind in ("abbr", "short"):
            if not form.endswith(".") and me < len(text) and _is_thai(text[me]):
                continue  # "มค" in "มคอ", "ตุลา" in "ตุลาการ", "พย" in "ทรัพย์"
            if kind == "abbr" and _ABBR_TAIL.match(text, me) and not p.year_slot.match(text, me):
                continue  # "ก.ค.ศ." (a teachers' commission), "ส.ค.ส." (a new-year card)
            # Right after a Thai letter: inside a word or another abbreviation, unless เดือน
            # ends there or a year follows ("คาดเสร็จก.พ. 62").
            glued = ms > 0 and _is_thai(text[ms - 1]) and text[max(0, ms - 5) : ms] != "เดือน"
        lo = max(limit, ms - 24)
        start = ms
        day = day_from = None
        listed: list[tuple[int, int, int]] = []  # earlier days of a list: (day, start, end)
        weekday = None
        after_duean = False
        d = None if glued else p.day_before.search(text, lo, ms)
        if d:
            day, start = int(d.group("d")), d.start()
            r = p.dayrange_before.search(text, max(limit, start - 24), start)
            if r and 1 <= int(r.group("d")) <= 31 and int(r.group("d")) != day:
                day_from, start = int(r.group("d")), r.start()
            else:
                # "15 และ 18 มิถุนายน", "5, 6 และ 7 ม.ค.": one fact a day, as ThaiNER tags them.
                while (li := p.daylist_before.search(text, max(limit, start - 24), start)):
                    listed.insert(0, (int(li.group("d")), li.start("d"), li.end("d")))
                    start = li.start()
                if listed:
                    start = d.start()
        elif english:
            # "June 12, 2020": English puts the day after the month; without a day, only a
            # year after it makes a date ("May 2020"; "May" alone is a verb).
            e = _EN_DAY_AFTER.match(text, me)
            if e and 1 <= int(e.group("d")) <= 31:
                day = int(e.group("d"))
                if e.group("y") and (en_year := read_year(e.group("y"))) is not None:
                    units.append(_Cand(start, e.end(), "day_month_year",
                                       first=_Point(day, month, en_year)))
                else:
                    units.append(_Cand(start, e.end("d"), "day_month",
                                       first=_Point(day, month, None)))
                limit = units[-1].end
                continue
            y = p.year_slot.match(text, me)
            if not (y and y.group("y") and len(y.group("y")) == 4):
                continue
        elif kind == "short" or ("." not in form and kind == "abbr"):
            continue  # clipped and undotted forms are months only with a day
        else:
            # เดือน (and ต้น/ปลาย… before it) is a cue for a lone month, outside the span as
            # ThaiNER has it: "เดือน [ก.ค.]", "ต้นเดือน [ก.พ.]".
            dm = p.duean_before.search(text, lo, ms)
            after_duean = dm is not None
            if dm is not None:  # "ต้นเดือนมีนาคม": the modifier is outside the span, kept as part
                part = p.parts.get(dm.group().rstrip(" ")[: -len("เดือน")])
        if day is not None and not listed:
            w = p.weekday_before.search(text, max(limit, start - 24), start)
            if w:
                weekday, start = p.weekdays[w.group("wd")], w.start()
        end = me
        year = None
        year_rel = None
        y = p.year_slot.match(text, me)
        if y and y.group("rel"):
            year_rel, end = p.relative[y.group("rel")][1], y.end()
        elif y:
            year = _year(y, p, text)
            if year is not None:
                end = y.end()
        for other, os_, oe in listed:
            units.append(_Cand(os_, oe, "day_list", first=_Point(other, month, year),
                               year_rel=year_rel))
        point = _Point(day, month, year)
        unit = _Cand(start, end, "day_month" if day else "month", first=point, weekday=weekday,
                     year_rel=year_rel)
        if day_from is not None:
            unit.first = _Point(day_from, month, year)
            unit.last = _Point(day, month, year)
            unit.rule = "day_range"
        unit.abbr_alone = (day is None and kind == "abbr" and year is None and year_rel is None
                           and not after_duean)
        unit.glued = glued
        unit.part = part
        units.append(unit)
        limit = end
    return _merge_ranges(text, units)


def _merge_ranges(text: str, units: list[_Cand]) -> list[_Cand]:
    """Join "A - B", "A ถึง B" where A and B are both days or both months; drop lone abbreviations."""
    out: list[_Cand] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last is None
            and unit.last is None
            and prev.first is not None
            and unit.first is not None
            and prev.rule != "day_list"
            and (prev.first.day is None) == (unit.first.day is None)
        ):
            c = _CONNECTOR.match(text, prev.end)
            if c and c.end() == unit.start:
                prev.last = unit.first
                prev.end = unit.end
                prev.rule = "range"
                if unit.year_rel is not None:
                    prev.year_rel = unit.year_rel
                prev.abbr_alone = False
                continue
        out.append(unit)
    kept = []
    for unit in out:
        if unit.abbr_alone:
            continue  # "ก.พ." alone is as likely the Civil Service Commission
        assert unit.first is not None
        if unit.glued and not (unit.first.year or (unit.last and unit.last.year)
                               or unit.year_rel is not None):
            continue  # "ระหว่างก.พ.-พ.ค. 62" is a date; "สก.พ." is not
        if unit.rule == "month" and (unit.first.year or unit.year_rel is not None):
            unit.rule = "month_year"
        elif unit.rule == "day_month" and (unit.first.year or unit.year_rel is not None):
            unit.rule = "day_month_year"
        kept.append(unit)
    return kept


def _year_matches(text: str, p: _Patterns) -> Iterator[re.Match[str]]:
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


def _years(text: str, p: _Patterns) -> list[_Cand]:
    out = []
    for m in _year_matches(text, p):
        cue = m.group("cue")
        if (cue and not (m.group("marker") or m.group("marker2"))
                and p.not_date_before.search(text, max(0, m.start() - 6), m.start())):
            continue  # "อายุ 10 ปี 11 เดือน": a number before ปี makes it a duration
        year = _year(m, p, text)
        if year is None:
            continue
        start = m.start("marker") if m.group("marker") else (
            m.start("marker2") if m.group("marker2") else m.start("y"))
        end = m.end("y")
        last = None
        if m.group("y2") or m.group("y3"):  # "2560-2564", "2548/2549" (a fiscal year)
            raw = m.group("y3") or m.group("y2")
            if len(raw) == 2 and year.digits == 4:
                raw = str(year.be if year.era == "BE" else year.ce)[:2] + raw
            y2 = read_year(raw, year.era)
            if y2 is not None and y2.ce > year.ce and y2.era == year.era:
                last, end = _Point(None, 0, y2), m.end("y3" if m.group("y3") else "y2")
        part = _part_before(text, m.start(), p) if cue else None
        out.append(_Cand(start, end, "year_range" if last else "year",
                         first=_Point(None, 0, year), last=last, part=part))
        if cue and last is None:
            # "ปี 2535 และ 2540": each later year of the list is a year of its own, if it is
            # written the same way (4 digits, same era): "ปี 2563 และ 2000 คน" stops.
            pos = end
            while (li := _YEAR_LIST.match(text, pos)) is not None:
                listed = read_year(li.group("y"))
                if listed is None or listed.era != year.era:
                    break
                out.append(_Cand(li.start("y"), li.end("y"), "year_list",
                                 first=_Point(None, 0, listed)))
                pos = li.end()
    return out


def _part_before(text: str, pos: int, p: _Patterns) -> str | None:
    """The part of a year or month that the modifier right before ``pos`` names
    ("สิ้น|ปี 2566" → "end"), None without one."""
    for mod in p.modifiers:  # longest first
        if text.startswith(mod, pos - len(mod)):
            return p.parts[mod]
    return None


def _quarters(text: str, p: _Patterns) -> list[_Cand]:
    """"ไตรมาสแรกของปี 2567" → 2024-01..2024-03; a fiscal year (ปีงบประมาณ 2567, from
    1 October 2566) shifts the months back by one quarter."""
    out = []
    for m in p.quarter.finditer(text):
        q = p.quarters[m.group("q")] if m.group("q") else int(m.group("q2"))
        year = year_rel = None
        if m.group("rel"):
            if m.group("fy"):
                continue  # no relative fiscal years in the lexicon
            year_rel = p.relative[m.group("rel")][1]
        else:
            if len(m.group("y")) == 2 and not (m.group("slash") or m.group("fy")
                                               or m.group("cue") or m.group("marker")):
                continue  # "ไตรมาส 2 10%": two digits are a year only after / or ปี
            year = _year(m, p, text)
            if year is None:
                continue
        first_month = 3 * q - 2
        start_year = end_year = year
        if m.group("fy"):  # Thai fiscal year N: October N-1 to September N
            first_month = (first_month + 8) % 12 + 1
            if q == 1 and year is not None:
                start_year = end_year = Year(year.ce - 1, year.era, year.digits)
        out.append(_Cand(m.start(), m.end(), "quarter", first=_Point(None, first_month, start_year),
                         last=_Point(None, first_month + 2, end_year), year_rel=year_rel))
    return out


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


def _numeric(text: str) -> list[_Cand]:
    out = []
    for m in _hinted(_NUMERIC, _SEP_DIGIT, text, (2, 1)):
        a, b = int(m.group("a")), int(m.group("b"))
        if len(m.group("y")) == 2 and int(m.group("y")) < NUMERIC_MIN_YY:
            continue  # "15-12-10" is a score or a code sooner than 15 Dec 2510
        year = read_year(m.group("y"))
        if year is None:
            continue
        day, month = a, b
        if month > 12 and a <= 12 and year.era == "CE":
            day, month = b, a  # 9/28/2004: month first
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year.ce, month)[1]:
            continue  # a numeric date must be a real one, else it is some other number
        out.append(_Cand(m.start(), m.end(), "numeric", first=_Point(day, month, year)))
    for m in _hinted(_ISO, _SEP_DIGIT, text, (4,)):
        year = read_year(m.group("y"))
        day, month = int(m.group("d")), int(m.group("m"))
        if year is None or year.era != "CE" or not 1 <= month <= 12:
            continue
        if not 1 <= day <= calendar.monthrange(year.ce, month)[1]:
            continue
        out.append(_Cand(m.start(), m.end(), "numeric", first=_Point(day, month, year)))
    return out


def _relative_matches(text: str, p: _Patterns) -> Iterator[tuple[int, int, int, str]]:
    """``(start, word start, end, word)`` of every "modifier? relative-word", as
    ``p.relative_word.finditer`` finds them.

    Same matches: when no word can begin inside a modifier (``_modifiers_apart``), a match with
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
        for mod in p.modifiers:  # longest first
            if wstart - len(mod) >= prev_end and text.startswith(mod, wstart - len(mod)):
                start = wstart - len(mod)
                break
        prev_end = m.end()
        yield start, wstart, prev_end, m.group()


def _relatives(text: str, p: _Patterns) -> list[_Cand]:
    out = []
    for mstart, wstart, mend, word in _relative_matches(text, p):
        before = p.not_date_before.search(text, max(0, mstart - 6), mstart)
        if before and (not before.group()[0].isdigit() or word.endswith(_PAST_ENDINGS)):
            continue  # "ทุกวันนี้", "สองปีที่ผ่านมา", "3 ปีที่ผ่านมา" (but "ไตรมาส 1 ปีหน้า")
        if text.startswith("วัน", mend) or (
            word.endswith("ก่อน") and text.startswith("หน้า", mend)
        ):
            continue  # "เมื่อคืนวันที่ 25 ก.ย.", "ปีก่อนหน้านั้น": not against the article's date
        unit, offset = p.relative[word]
        # ต้น/กลาง/ปลาย/สิ้น belong to a month or a year ("ปลายปีนี้"), not to a day.
        start = mstart if unit in ("month", "year") else wstart
        part = p.parts.get(text[mstart:wstart]) if mstart < wstart else None
        out.append(_Cand(start, mend, "relative", rel=(unit, offset), part=part))
    for m in _COUNTED.finditer(text):
        if _DAY_RANGE_DASH.search(text, max(0, m.start() - 8), m.start()):
            continue  # "3-4 ปีที่แล้ว": some years ago, no date (as "หลายปีที่ผ่านมา")
        unit = {"อาทิตย์": "week", "สัปดาห์": "week", "วัน": "day", "เดือน": "month"}.get(
            m.group("unit"), "year")
        out.append(_Cand(m.start(), m.end(), "relative_count", rel=(unit, -int(m.group("n")))))
    for m in p.weekday_word.finditer(text):
        index, name = p.weekdays[m.group("wd")]
        cue = m.group("cue")
        if cue is None:
            # A bare weekday is a date only with a date in brackets after it (merged later).
            out.append(_Cand(m.start(), m.end(), "weekday", weekday=(index, name)))
            continue
        direction = "prev" if cue in ("ที่ผ่านมา", "ที่แล้ว", "ก่อน") else (
            "next" if cue == "หน้า" else "coming")
        out.append(_Cand(m.start(), m.end(), "relative_weekday", weekday=(index, name),
                         rel=(direction, index)))
    return out


def _merge_brackets(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"วันนี้ (12 มิถุนายน 2563)", "วันจันทร์ (9 มี.ค.)": one fact with the written date."""
    explicit = {c.start: c for c in cands if c.first is not None and c.first.month}
    used: set[int] = set()
    out = []
    for c in cands:
        if c.rule in ("relative", "relative_weekday", "weekday") and (
            c.rule != "relative" or (c.rel and c.rel[0] == "day")
        ):
            o = _PAREN_OPEN.match(text, c.end)
            inner = explicit.get(o.end()) if o else None
            close = _PAREN_CLOSE.match(text, inner.end) if inner else None
            if inner is not None and close is not None:
                inner.start, inner.end = c.start, close.end()
                inner.rule = "relative+explicit"
                if c.weekday is not None:
                    inner.weekday = c.weekday
                used.add(id(c))
                continue
        if c.rule == "weekday":
            continue  # a bare weekday on its own is not reported
        out.append(c)
    return [c for c in out if id(c) not in used]


def _filter(cands: list[_Cand]) -> list[_Cand]:
    """Longest span wins, then the earliest (the rule of :func:`thaiextract.link.filter_spans`)."""
    starts: list[int] = []  # the kept spans, sorted and disjoint
    ends: list[int] = []
    kept = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


# --- the article's date -------------------------------------------------------------------


def _explicit_point(c: _Cand) -> _Point | None:
    """The day of a single written date (day and month, year or not); None for ranges, lists,
    months, years and relative words."""
    f = c.first
    if f is None or f.day is None or not f.month or c.last is not None or c.rule == "day_list":
        return None
    return f


def _as_date(year: int, point: _Point) -> dt.date | None:
    try:
        return dt.date(year, point.month, point.day or 1)
    except ValueError:
        return None


def _written_days(cands: list[_Cand]) -> list[tuple[_Cand, dt.date]]:
    out = []
    for c in cands:
        f = _explicit_point(c)
        if f is not None and f.year is not None and (day := _as_date(f.year.ce, f)) is not None:
            out.append((c, day))
    return out


_FUTURE_AFTER = re.compile(r"\s*(?:นี้|จะ|ที่จะถึง|ที่จะมาถึง)")
OPENING_CHARS = 12  # a lead date this close to its paragraph's start opens it
MIN_YEAR_VOTES = 2  # written dates that must agree on a year-less dateline's year


def _date_of(c: _Cand, written: list[tuple[_Cand, dt.date]]) -> dt.date | None:
    """The date of a header candidate. A year-less one ("กรุงเทพฯ 15 ม.ค. -") takes the year
    that puts it nearest to most of the article's written dates, when at least two written dates
    agree on it: one date alone is as often a historical reference ("เมื่อ 25 กรกฎาคม 2512") as
    the present, and a wrong article date is worse than none."""
    f = _explicit_point(c)
    if f is None:
        return None
    if f.year is not None:
        return _as_date(f.year.ce, f)
    votes: dict[int, int] = {}
    for _, day in written:
        y = _infer_year(f, day, False, False)
        votes[y] = votes.get(y, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    if best < MIN_YEAR_VOTES:
        return None
    year = next(y for y in (_infer_year(f, d, False, False) for _, d in written) if votes[y] == best)
    return _as_date(year, f)


def _far_future(day: dt.date, c: _Cand, written: list[tuple[_Cand, dt.date]]) -> bool:
    """True when ``day`` lies more than FAR_FUTURE_DAYS after every other written date of the
    article (at least two of them): an event announced ahead, not the day of writing."""
    others = [d for o, d in written if o is not c]
    return len(others) >= 2 and (day - max(others)).days > FAR_FUTURE_DAYS


def _header_lines(text: str) -> list[tuple[int, int]]:
    """The first HEADER_LINES non-empty lines, found without scanning the rest of the text."""
    lines = []
    for m in _LINE.finditer(text):
        lines.append(m.span())
        if len(lines) == HEADER_LINES:
            break
    return lines


def _header_line(
    text: str, ls: int, le: int, items: list[_Cand], p: _Patterns,
) -> list[tuple[int, _Cand]] | None:
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
        t = _HEADER_TIME.match(text, c.end, le)
        pos = t.end() if t else c.end
    return out if _HEADER_TAIL.fullmatch(text, pos, le) else None


def find_document_date(
    text: str, cands: list[_Cand], sentences: Iterable[tuple[int, int]] = (),
    p: _Patterns | None = None,
) -> tuple[dt.date, str] | None:
    """The article's own date and where it was found ("dateline" or "lead"), or None.

    The header (the first HEADER_LINES non-empty lines) is read line by line: a labelled
    publication date wins, then the first unlabelled one (a date line, a dateline, "วันนี้
    (date)", "(วันนี้) date"), then an update date. Failing that, the lead (the first
    LEAD_SENTENCES sentences of LEAD_MIN_CHARS or more): the first full written date there with
    a past cue (เมื่อวันที่ …) or วันนี้ before it. Only the header and the lead are looked at.
    """
    p = p or patterns()
    lines = _header_lines(text)
    if not lines:
        return None
    written = _written_days(cands)
    header_end = lines[-1][1]
    starts = [s for s, _ in lines]
    best: tuple[int, dt.date] | None = None
    by_line: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.start >= header_end:
            break
        if _explicit_point(c) is not None:
            by_line.setdefault(bisect_right(starts, c.start) - 1, []).append(c)
    for k, items in by_line.items():
        ls, le = lines[k]
        found = _header_line(text, ls, le, items, p)
        if found is None:
            c = items[0]
            before, after = text[ls : c.start], text[c.end : le]
            today = (c.rule == "relative+explicit" and text.startswith("วันนี้", c.start)) or (
                _TODAY_BEFORE.search(text, max(ls, c.start - 16), c.start) is not None)
            dateline = _DATELINE_BEFORE.fullmatch(before) and _DATELINE_AFTER.match(after)
            found = [(1, c)] if today or dateline else []
        for rank, c in found:
            day = _date_of(c, written)
            if day is None or (rank > 0 and _far_future(day, c, written)):
                continue
            if best is None or rank < best[0]:
                best = (rank, day)
            if rank == 0:
                return day, "dateline"
    if best is not None:
        return best[1], "dateline"
    lead_end = _lead_end(text, sentences)
    for c in cands:
        if c.start >= lead_end:
            break
        f = _explicit_point(c)
        if f is None or f.year is None:
            continue
        today = (c.rule == "relative+explicit" and text.startswith("วันนี้", c.start)) or (
            _TODAY_BEFORE.search(text, max(0, c.start - 16), c.start) is not None)
        # An event day is written "เมื่อวันที่ 3 เมษายน 2567" (or with its weekday); a bare
        # "เมื่อ 25 กรกฎาคม 2512" in a lead is more often history than the day of writing.
        event_day = f.day is not None and (
            c.weekday is not None
            or text[max(0, c.start - 12) : c.start].rstrip().endswith("วันที่")
            or text[c.end : c.end + 12].lstrip().startswith("ที่ผ่านมา")
        )
        # "วันที่ 18 ก.ค. 66 พล.ต.ต. … แถลง": a full date opening a lead paragraph is the day
        # of the report, the way crime and regional news begin.
        opens = (
            event_day
            and c.start - (text.rfind("\n", 0, c.start) + 1) <= OPENING_CHARS
            and not _FUTURE_AFTER.match(text, c.end)  # "วันที่ 30 ธ.ค. 2567 จะมีการจุดพลุ"
        )
        if not (today or (event_day and (c.past or opens))) or c.future:
            continue
        day = _date_of(c, written)
        if day is not None and not _far_future(day, c, written):
            return day, "lead"
    return None


def _lead_end(text: str, sentences: Iterable[tuple[int, int]]) -> int:
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


# --- resolution ---------------------------------------------------------------------------


def _days_in(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


def _fmt(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if not month:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _infer_year(point: _Point, base: dt.date, past: bool, future: bool) -> int:
    """The year of a year-less date, from the article's date and the tense cues."""

    def distance(year: int) -> int:
        if point.day is None:
            return (year * 12 + point.month) - (base.year * 12 + base.month)
        day = min(point.day, _days_in(year, point.month))
        return (dt.date(year, point.month, max(day, 1)) - base).days

    years = (base.year - 1, base.year, base.year + 1)
    if past:
        return max((y for y in years if distance(y) <= 0), default=base.year)
    if future:
        return min((y for y in years if distance(y) >= 0), default=base.year)
    return min(years, key=lambda y: (abs(distance(y)), y != base.year))


def _shift(base: dt.date, unit: str, n: int) -> dt.date | None:
    """``base`` moved by ``n`` units, by dateparser on a normalised Thai phrase."""
    if n == 0:
        return base
    if unit == "day":
        return base + dt.timedelta(days=n)
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    word = _DATEPARSER_UNITS[unit]
    phrase = f"{-n} {word}ที่แล้ว" if n < 0 else f"อีก {n} {word}"
    result = dateparser.parse(
        phrase, languages=["th"],
        settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)},
    )
    return result.date() if result else None


def _resolve_relative(c: _Cand, base: dt.date | None) -> dict[str, object]:
    assert c.rel is not None
    unit, n = c.rel
    granularity = {"next": "day", "prev": "day", "coming": "day"}.get(unit, unit)
    fields: dict[str, object] = {"granularity": granularity, "relative": True}
    if base is None:
        return fields
    if unit in ("next", "prev", "coming"):
        ahead = (n - base.weekday()) % 7
        if unit == "prev":
            day = base - dt.timedelta(days=(base.weekday() - n) % 7 or 7)
        elif unit == "next":  # วันศุกร์หน้า: the Friday of next week
            day = base + dt.timedelta(days=7 - base.weekday() + n)
        else:  # วันศุกร์นี้: the coming Friday (today if it is Friday)
            day = base + dt.timedelta(days=ahead)
        fields["value"] = day.isoformat()
        fields["weekday_matches"] = True
        return fields
    anchor = _shift(base, unit, n)
    if anchor is None:
        return fields
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        fields["value"] = monday.isoformat()
        fields["end_value"] = (monday + dt.timedelta(days=6)).isoformat()
    elif unit == "month":
        fields["value"] = _fmt(anchor.year, anchor.month, None)
    elif unit == "year":
        fields["value"] = _fmt(anchor.year, 0, None)
    else:
        fields["value"] = anchor.isoformat()
    return fields


def _resolve(c: _Cand, base: dt.date | None) -> dict[str, object]:
    """Value, end value, era, granularity, validity and inference flags of one candidate."""
    if c.first is None:
        return _resolve_relative(c, base)
    first, last = c.first, c.last
    fields: dict[str, object] = {
        "granularity": "quarter" if c.rule == "quarter" else (
            "day" if first.day is not None else ("month" if first.month else "year"))
    }
    y1 = first.year.ce if first.year else None
    y2 = last.year.ce if last and last.year else None
    era = (last.year.era if last and last.year else None) or (first.year.era if first.year
                                                              else None)

    def later(a: _Point, b: _Point) -> bool:
        return (a.month, a.day or 0) > (b.month, b.day or 0)

    if last is not None and y1 is None and y2 is not None:
        y1 = y2 - 1 if later(first, last) else y2  # "28 ธ.ค.-4 ม.ค. 61"
    if y1 is None:
        if c.year_rel is not None and base is not None:
            y1 = base.year + c.year_rel
            fields["relative"] = True
        elif base is not None:
            y1 = _infer_year(first, base, c.past, c.future)
            fields["year_inferred"] = True
    if last is not None and y2 is None and y1 is not None:
        y2 = y1 + 1 if later(first, last) else y1
    fields["era"] = era
    fields["value"] = _fmt(y1, first.month, first.day)
    valid = first.day is None or 1 <= first.day <= _days_in(y1, first.month)
    if last is not None:
        fields["end_value"] = _fmt(y2, last.month, last.day)
        valid = valid and (last.day is None or 1 <= last.day <= _days_in(y2, last.month))
        # With no year known, "21 พ.ย.-16 ม.ค." is a range across New Year, not a reversed one.
        if y1 is not None and y2 is not None:
            valid = valid and (y1, first.month, first.day or 0) <= (y2, last.month, last.day or 0)
    fields["valid"] = valid
    if c.weekday is not None and valid and first.day is not None and y1 is not None:
        fields["weekday_matches"] = dt.date(y1, first.month, first.day).weekday() == c.weekday[0]
    return fields


# --- times --------------------------------------------------------------------------------


def _times(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_TIME.finditer(text)``, found from the ``_TIME_HINT`` positions.

    Every _TIME match has its hour one or two characters before a _TIME_HINT match, and starts
    there or at a เวลา (with at most two spaces) right before it. The candidate starts are tried
    in text order (a เวลา holds no digit, ":" or ".", so it lies after any earlier hint), and the
    scan resumes after each match, as finditer does.
    """
    last_end = pos = 0
    while (hint := _TIME_HINT.search(text, pos)) is not None:
        s = hint.start()
        pos = s + 1
        for q in (s - 2, s - 1):  # the hour has one or two digits
            if q < last_end:
                continue
            m = None
            lead = _TIME_LEAD.search(text, max(last_end, q - 6), q)
            if lead is not None:
                m = _TIME.match(text, lead.start())
            if m is None:
                m = _TIME.match(text, q)
            if m is not None:
                yield m
                last_end = pos = m.end()
                break


def _attach_times(text: str, cands: list[_Cand]) -> None:
    """Give each day-level date the nearest clock time on its line, before or after it."""
    days = [c for c in cands if c.is_day()]  # in text order, disjoint
    starts = [c.start for c in days]
    if not days:
        return
    for m in _times(text):
        if not (m.group("lead") or m.group("n1") or m.group("n2")):
            continue  # "10.30" alone may be a decimal
        time = f"{int(m.group('h1')):02d}:{m.group('m1')}"
        if m.group("h2"):
            time += f"-{int(m.group('h2')):02d}:{m.group('m2')}"
        k = bisect_right(starts, m.start())
        options = []
        if k > 0 and days[k - 1].end <= m.start():
            options.append((m.start() - days[k - 1].end, days[k - 1].end, m.start(), days[k - 1]))
        if k < len(days) and days[k].start >= m.end():
            options.append((days[k].start - m.end(), m.end(), days[k].start, days[k]))
        for gap, lo, hi, c in sorted(options, key=lambda o: o[0]):
            if gap <= TIME_GAP and "\n" not in text[lo:hi]:
                if gap < c.time_gap:
                    c.time, c.time_gap = time, gap
                break


# --- the extractor ------------------------------------------------------------------------


def candidates(text: str) -> list[_Cand]:
    """Every date expression in normalised ``text``, overlaps settled, in text order."""
    p = patterns()
    cands = _month_units(text, p)
    cands += _years(text, p)
    cands += _numeric(text)
    if "ไตรมาส" in text or "Q" in text:
        cands += _quarters(text, p)
    cands = _merge_brackets(text, cands + _relatives(text, p))
    cands = _filter(cands)
    for c in cands:
        c.past = bool(p.past_before.search(text, max(0, c.start - 16), c.start)
                      or p.past_after.match(text, c.end))
        c.future = not c.past and bool(p.future_after.match(text, c.end))
    _attach_times(text, cands)
    return cands


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[DateFact]:
    text = doc.text
    cands = candidates(text)
    if doc.document_date is None:
        found = find_document_date(text, cands, ((s.nstart, s.nend) for s in doc.sentences))
        if found is not None:
            doc.document_date, doc.document_date_source = found
    out = []
    for c in cands:
        fields = _resolve(c, doc.document_date)
        out.append(DateFact(
            **doc.anchor(c.start, c.end),
            weekday=c.weekday[1] if c.weekday else None,
            time=c.time,
            past_cue=c.past,
            rule=c.rule,
            part=c.part,
            **fields,
        ))
    return out
