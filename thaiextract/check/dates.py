"""Date checks: weekday, calendar, era label, year typos, past events after the article.

They read what the dates extractor decided (``value``, ``end_value``, ``era``, ``weekday``,
``weekday_matches``, ``valid``, ``year_inferred``, ``relative``, ``past_cue``, ``granularity``)
and never parse a date's text again. The era arithmetic is :mod:`thaiextract.era`'s. The text is
read for two things the fact does not carry: how many digits the year was written with (56 or
2556) and whether an era marker (``dates/eras.tsv``) was written beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .. import era
from ..lexicons import alternation, load
from ..model import DateFact
from ..normalize import normalize_text
from ..positions import compare_key
from .findings import Finding, finding


@dataclass(frozen=True, slots=True)
class WrittenYear:
    year: int  # as written: 2565, 2022 or 65
    digits: int  # 2 or 4
    label: str | None  # "BE"/"CE" when an era marker is written in the date, else None
    era: str  # the era of the number, as the extractor read it ("BE" or "CE")


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    """Era markers of ``dates/eras.tsv``, dotted ones also without dots or with stray spaces."""
    forms = []
    for row in load("dates/eras"):
        if row["era"] not in ("BE", "CE"):
            continue
        form = normalize_text(row["form"])
        if "." in form:
            letters = form.replace(".", "")
            forms.append(r"\s*\.?\s*".join(map(re.escape, letters)) + r"\.?")
        else:
            forms.append(re.escape(form))
    return re.compile("|".join(sorted(forms, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _marker_eras() -> dict[str, str]:
    return {compare_key(r["form"]): r["era"] for r in load("dates/eras") if r["era"] != "cue"}


def _standalone(number: str, text: str) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", text) is not None


def written_year(fact: DateFact) -> WrittenYear | None:
    """The year as the date writes it, from the fact's value and era (None if not written)."""
    if fact.year_inferred or fact.relative or fact.era not in ("BE", "CE"):
        return None
    text = era.arabic(normalize_text(fact.text))
    marker = _marker_re().search(text)
    label = _marker_eras().get(compare_key(marker.group())) if marker else None
    for value in (fact.value, fact.end_value):
        if not value or not value[:4].isdigit():
            continue
        ce = int(value[:4])
        number = era.ce_to_be(ce) if fact.era == "BE" else ce
        if _standalone(f"{number:04d}", text):
            return WrittenYear(number, 4, label, fact.era)
        if _standalone(f"{number % 100:02d}", text[marker.end():] if marker else text):
            return WrittenYear(number % 100, 2, label, fact.era)
    return None


def parse_value(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a YYYY-MM-DD / YYYY-MM / YYYY value; None if not in the calendar."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


# --- weekday ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _weekdays() -> tuple[dict[str, int], dict[int, tuple[str, str]]]:
    """Written form → weekday (0 = Monday), and weekday → (Thai name, English name)."""
    forms: dict[str, int] = {}
    names: dict[int, tuple[str, str]] = {}
    for row in load("dates/weekdays"):
        index = int(row["weekday"])
        forms[compare_key(row["form"])] = index
        forms[compare_key(row["name"])] = index
        names.setdefault(index, (row["name"], row["en"]))
    return forms, names


def _weekday_index(written: str) -> int | None:
    forms, _ = _weekdays()
    key = compare_key(written)
    if key in forms:
        return forms[key]
    # A form the lexicon lacks: a full name's prefix or a name with something after it.
    return next((i for form, i in forms.items() if form.startswith(key) or key.startswith(form)),
                None) if key else None


def _thai_date(day: dt.date) -> str:
    return f"{day.day}/{day.month}/{era.ce_to_be(day.year)}"


def _fits_year(fact: DateFact, day: dt.date, year: int) -> bool:
    """The written weekday is the weekday of this day and month in ``year``."""
    try:
        weekday = day.replace(year=year).weekday()
    except ValueError:
        return False  # 29 February
    return fact.weekday is not None and _weekday_index(fact.weekday) == weekday


def check_weekday(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    if fact.weekday is None or fact.weekday_matches is not False:
        return
    span = parse_value(fact.value)
    if span is None or span[0] != span[1]:
        return
    day = span[0]
    if fact.year_inferred and any(_fits_year(fact, day, year)
                                  for year in (day.year - 1, day.year + 1)):
        return  # the year was a guess: the text is right for the year beside it
    actual_th, actual_en = _weekdays()[1][day.weekday()]
    yield finding("weekday-mismatch", fact, weekday=fact.weekday, date=day.isoformat(),
                  date_th=_thai_date(day), actual_en=actual_en, actual_th=actual_th)


# --- calendar and era ---------------------------------------------------------------------


def check_impossible(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    """``valid`` False for a day the calendar lacks; a range whose days all exist is only in
    the wrong order ("16 ม.ค. 2565 - 21 พ.ย. 2564"), which is not this finding."""
    if fact.valid is not False:
        return
    days_exist = parse_value(fact.value) is not None and (
        fact.end_value is None or parse_value(fact.end_value) is not None)
    if not days_exist:
        yield finding("impossible-date", fact, text=fact.text)


_ERA_NAMES = {"BE": ("BE (พ.ศ.)", "พ.ศ.", "Buddhist-era", "พุทธศักราช"),
              "CE": ("CE (ค.ศ.)", "ค.ศ.", "Common-era", "คริสต์ศักราช")}


def check_era_label(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    """An era marker the number contradicts: the extractor read the number in its own era
    (:mod:`thaiextract.era`: "ค.ศ. 2565" is BE 2565), so the marker is the slip."""
    year = written_year(fact)
    if year is None or year.digits != 4 or year.label is None or year.label == year.era:
        return
    label, label_th, _, _ = _ERA_NAMES[year.label]
    _, _, other, other_th = _ERA_NAMES[year.era]
    yield finding("era-label-mismatch", fact, year=year.year, label=label, label_th=label_th,
                  other=other, other_th=other_th)


# --- year typos ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _historical_re() -> re.Pattern[str]:
    return re.compile(alternation(normalize_text(r["cue"]) for r in load("check/historical_cues")))


HISTORICAL_WINDOW = 40  # characters each side of the date, within its sentence


def _historical(fact: DateFact) -> bool:
    """A cue near the date says the year is a real reference to the past (รัฐธรรมนูญปี 40)."""
    sentence = normalize_text(fact.sentence)
    text = normalize_text(fact.text)
    at = sentence.find(text)
    if at < 0:
        around = sentence
    else:
        around = sentence[max(0, at - HISTORICAL_WINDOW):at + len(text) + HISTORICAL_WINDOW]
    return _historical_re().search(around) is not None


def typo_of(written: str, expected: str) -> bool:
    """One digit mistyped (2536 for 2566) or two neighbouring digits swapped (2656 for 2566)."""
    differing = [i for i, (x, y) in enumerate(zip(written, expected, strict=True)) if x != y]
    if len(differing) == 1:
        return True
    return (len(differing) == 2 and differing[1] == differing[0] + 1
            and written[differing[0]] == expected[differing[1]]
            and written[differing[1]] == expected[differing[0]])


def _doc_year(doc_date: dt.date, year: WrittenYear) -> int:
    return era.ce_to_be(doc_date.year) if year.era == "BE" else doc_date.year


def _year_span(fact: DateFact) -> bool:
    """A span of years (พ.ศ. 2549-2558): a period, not one mistyped year."""
    return bool(fact.end_value and fact.value and fact.end_value[:4] != fact.value[:4])


def check_year_far(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    year = written_year(fact)
    if doc_date is None or year is None or year.digits != 4 or year.label not in (None, year.era):
        return  # a contradicted marker is era-label-mismatch's
    if _year_span(fact) or (fact.weekday and fact.weekday_matches):
        return  # a period; or the weekday fits the written year: it is that year, not a typo
    doc_year = _doc_year(doc_date, year)
    diff = year.year - doc_year
    if abs(diff) >= 10 and typo_of(f"{year.year:04d}", f"{doc_year:04d}") and not _historical(fact):
        yield finding("year-far-from-document", fact,
                      severity="info" if fact.granularity == "year" else None,
                      year=year.year, doc_year=doc_year, diff=diff)


def check_two_digit_year(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    year = written_year(fact)
    if doc_date is None or year is None or year.digits != 2:
        return
    doc_year = _doc_year(doc_date, year)
    # The century that puts the year closest to the article's year.
    full = min(((doc_year // 100 + k) * 100 + year.year for k in (-1, 0, 1)),
               key=lambda y: abs(y - doc_year))
    if full // 10 == doc_year // 10 or abs(full - doc_year) <= 1:
        return
    # Only a typo suspect: one digit off or two swapped (56 for 65, 75 for 65); "59" in a 2561
    # article ("นับจากวันที่ 11 เม.ย. 59") is two years back, not a mistake.
    if not typo_of(f"{year.year:02d}", f"{doc_year % 100:02d}") or _historical(fact):
        return
    yield finding("two-digit-year-decade", fact,
                  severity="info" if fact.granularity == "year" else None,
                  year=f"{year.year:02d}", full_year=full, doc_year=doc_year)


def check_future_past(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    if doc_date is None or not fact.past_cue or fact.year_inferred or fact.relative:
        return
    span = parse_value(fact.value)
    if span is not None and span[0] > doc_date:
        yield finding("future-past-event", fact, date=fact.value, doc_date=doc_date.isoformat())


DateCheck = Callable[[DateFact, "dt.date | None"], Iterator[Finding]]

DATE_CHECKS: tuple[DateCheck, ...] = (
    check_weekday, check_impossible, check_era_label, check_year_far, check_two_digit_year,
    check_future_past,
)
