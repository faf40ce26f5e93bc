"""Fact-checking: what looks wrong in an article, and why, with offsets.

``check_document(doc, prepared)`` runs every check over a :class:`~thaiextract.model.Document`
(the extractors' facts) and, for the checks that read the text itself, its
:class:`~thaiextract.pipeline.Prepared` text. Each :class:`Finding` has a stable ``code``, a
``severity``, a message in English and Thai (``lexicons/check_messages.tsv``), the main span
(``text``/``start``/``end``, offsets into the original input, and its ``sentence``) and every
span involved (``spans``).

=============================  ========  =================================================
code                           severity  what it finds
=============================  ========  =================================================
``weekday-mismatch``           error     a written weekday that is not the date's weekday
                                         ("วันพุธที่ 27 มกราคม 2565": it was a Thursday)
``impossible-date``            error     a date not in the calendar (31 มิถุนายน; 29 ก.พ. in
                                         a non-leap year)
``era-label-mismatch``         warning   a year labelled ค.ศ. in the BE range (≥ 2400) or
                                         labelled พ.ศ. in the CE range (≤ 2200)
``year-far-from-document``     warning   a written four-digit year ten years or more from
                                         the article's year (same era) that differs from it
                                         in one digit or by two swapped neighbouring digits:
                                         a typo suspect (2536 or 2656 in a 2566 article);
                                         ``info`` for a bare year (ปี 2556), which is more
                                         often a real reference
``two-digit-year-decade``      warning   a two-digit year (ม.ค. 56) in another decade than
                                         the article's year, more than one year away, and
                                         one digit off or two swapped (a typo suspect);
                                         ``info`` for a bare year (ปี 56). Neither this nor
                                         year-far-from-document fires on a span of years or
                                         near a historical cue (check/historical_cues.tsv)
``future-past-event``          warning   a past-tense date (เมื่อวันที่ …, … ที่ผ่านมา) later
                                         than the article's date (dates whose year was not
                                         written are left out: the year is a guess; so is
                                         a document date taken from the lead)
``person-title-conflict``      warning   one person given two titles that replace each
                                         other (นาย vs พล.อ., นพ. vs พญ.); ดร. or นพ. beside
                                         นาย, or a stacked title (พล.อ.ดร.), is no conflict
``person-position-conflict``   warning   one person given two seats of one family
                                         (check/position_offices.tsv): another ministry,
                                         province or rank (รองนายกฯ vs นายกฯ); a shorter
                                         form, a combined position or a chairing role is
                                         no conflict
``meeting-ordinal-date-conflict`` warning one meeting name and ordinal (ครั้งที่ 5) with two
                                         different dates
``digit-mismatch``             error     one number written in Thai and in Arabic digits side
                                         by side ("๑๒๕ (135)", "๑๒๕ ราย หรือ 135 ราย") with
                                         different values
=============================  ========  =================================================

The ``check`` command exits 1 if any document failed, else 3 if any finding, else 0.

Everything here is a pure function of its arguments; nothing is cached but the lexicons.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lexicons import load
from .model import DateFact, Document, MeetingFact, Mention, PersonFact
from .normalize import normalize_text

if TYPE_CHECKING:
    from .pipeline import Prepared

SEVERITIES = ("error", "warning", "info")
BE_OFFSET = 543


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    message_en: str
    message_th: str
    text: str
    start: int
    end: int
    sentence: str
    spans: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "severity": self.severity, "message_en": self.message_en,
            "message_th": self.message_th, "text": self.text, "start": self.start,
            "end": self.end, "sentence": self.sentence,
            "spans": [{"text": m.text, "start": m.start, "end": m.end} for m in self.spans],
        }


@lru_cache(maxsize=1)
def messages() -> dict[str, dict[str, str]]:
    """code → {severity, message_en, message_th}: the documented codes."""
    return {row["code"]: row for row in load("check/messages")}


CODES = (
    "weekday-mismatch", "impossible-date", "era-label-mismatch", "year-far-from-document",
    "two-digit-year-decade", "future-past-event", "person-title-conflict",
    "person-position-conflict", "meeting-ordinal-date-conflict", "digit-mismatch",
)


def _finding(code: str, anchor: Any, spans: Iterable[Any] = (), severity: str | None = None,
             **fields: Any) -> Finding:
    row = messages()[code]
    spans_t = tuple(Mention(s.text, s.start, s.end) for s in spans) or (
        Mention(anchor.text, anchor.start, anchor.end),)
    return Finding(
        code=code, severity=severity or row["severity"],
        message_en=row["message_en"].format(**fields), message_th=row["message_th"].format(**fields),
        text=anchor.text, start=anchor.start, end=anchor.end, sentence=anchor.sentence,
        spans=spans_t,
    )


# --- dates ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _weekdays() -> list[dict[str, str]]:
    return sorted(load("check/weekdays"), key=lambda r: int(r["index"]))


_TIME_RE = re.compile(r"\d{1,2}\s*[.:]\s*\d{2}(?:\s*(?:น\.|นาฬิกา))?")
_NUMBER_RE = re.compile(r"\d+")
_CE_LABEL_RE = re.compile(r"ค\s*\.\s*ศ\s*\.?")
_BE_LABEL_RE = re.compile(r"พ\s*\.\s*ศ\s*\.?")


@dataclass(frozen=True, slots=True)
class WrittenYear:
    year: int  # as written: 2565, 2022 or 65
    digits: int  # 2 or 4
    label: str | None  # "BE"/"CE" when พ.ศ./ค.ศ. is written in the date, else None


def written_year(fact: DateFact) -> WrittenYear | None:
    """The year as written in a date's text, if it has one (times and day numbers left out)."""
    if fact.year_inferred or fact.relative:
        return None
    text = _TIME_RE.sub(" ", normalize_text(fact.text))
    numbers = [m.group() for m in _NUMBER_RE.finditer(text)]
    label = "CE" if _CE_LABEL_RE.search(text) else "BE" if _BE_LABEL_RE.search(text) else None
    four = [n for n in numbers if len(n) == 4]
    if four:
        return WrittenYear(int(four[0]), 4, label)
    # A day-granular date has a day number first, so a lone number is a day, not a year.
    needed = 2 if fact.granularity == "day" else 1
    if len(numbers) >= needed and len(numbers[-1]) == 2:
        return WrittenYear(int(numbers[-1]), 2, label)
    return None


def _era_of(fact: DateFact, year: WrittenYear) -> str:
    if year.label:
        return year.label
    if fact.era in ("BE", "CE"):
        return fact.era
    return "BE" if year.year >= 2400 or year.digits == 2 else "CE"


def _parse_value(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a YYYY-MM-DD / YYYY-MM / YYYY value."""
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


def _thai_date(day: dt.date) -> str:
    return f"{day.day}/{day.month}/{day.year + BE_OFFSET}"


def check_weekday(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    if fact.weekday is None or fact.weekday_matches is not False:
        return
    span = _parse_value(fact.value)
    if span is None or span[0] != span[1]:
        return
    day = span[0]
    if fact.year_inferred and any(_weekday_matches(fact, day, year)
                                  for year in (day.year - 1, day.year + 1)):
        return  # the year was a guess: the text is right for the year beside it
    actual = _weekdays()[day.weekday()]
    yield _finding("weekday-mismatch", fact, weekday=fact.weekday, date=day.isoformat(),
                   date_th=_thai_date(day), actual_en=actual["en"], actual_th=actual["th"])


def _weekday_in(day: dt.date, year: int) -> int | None:
    try:
        return day.replace(year=year).weekday()
    except ValueError:
        return None  # 29 February


def _weekday_matches(fact: DateFact, day: dt.date, year: int) -> bool:
    """The written weekday is the weekday of this day and month in ``year``."""
    index = _weekday_in(day, year)
    if index is None or not fact.weekday:
        return False
    written, name = _squash(fact.weekday), _squash(_weekdays()[index]["th"])
    return bool(written) and (name.startswith(written) or written.startswith(name))  # พฤหัส


@lru_cache(maxsize=1)
def _day_month_re() -> tuple[re.Pattern[str], dict[str, int]]:
    """"21 พ.ย." / "30-31 มิ.ย." / "5 มกราคม": day numbers and a Thai month (dates/months.tsv)."""
    months: dict[str, int] = {}
    for row in load("dates/months"):
        if row.get("kind") in ("full", "abbr", "short", "variant"):
            months[_squash(row["form"])] = int(row["month"])
    pattern = re.compile(rf"(?<!\d)(\d{{1,2}})(?:\s*-\s*(\d{{1,2}}))?\s*((?:{_alternation(months)}))")
    return pattern, months


def _calendar_ok(text: str) -> bool:
    """Every day-and-month the text writes exists (29 ก.พ. needs a leap year when one is written).

    Used to overrule an extractor's ``valid=False`` on a range across the new year ("21 พ.ย.-16
    ม.ค."): only a day the calendar lacks is reported.
    """
    pattern, months = _day_month_re()
    norm = re.sub(r"[.ฯ]", "", normalize_text(text))
    years = _FOUR_DIGITS_RE.findall(norm)
    year = int(years[0]) if years else None
    if year is not None and year >= 2400:
        year -= BE_OFFSET
    found = False
    for m in pattern.finditer(norm):
        month = months.get(m.group(3))
        if month is None:
            return False
        for day in filter(None, (m.group(1), m.group(2))):
            try:
                dt.date(year or 2024, month, int(day))  # 2024: a leap year when none is written
            except ValueError:
                return False
            found = True
    return found


def check_impossible(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    if fact.valid is False and not _calendar_ok(fact.text):
        yield _finding("impossible-date", fact, text=fact.text)


def check_era_label(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    year = written_year(fact)
    if year is None or year.digits != 4 or year.label is None:
        return
    if year.label == "CE" and year.year >= 2400:
        yield _finding("era-label-mismatch", fact, year=year.year, label="CE (ค.ศ.)",
                       label_th="ค.ศ.", other="Buddhist-era", other_th="พุทธศักราช")
    elif year.label == "BE" and year.year <= 2200:
        yield _finding("era-label-mismatch", fact, year=year.year, label="BE (พ.ศ.)",
                       label_th="พ.ศ.", other="Common-era", other_th="คริสต์ศักราช")


def _era_consistent(year: WrittenYear) -> bool:
    """False when the label contradicts the year (reported by era-label-mismatch instead)."""
    return not ((year.label == "CE" and year.year >= 2400)
                or (year.label == "BE" and year.year <= 2200))


@lru_cache(maxsize=1)
def _historical_re() -> re.Pattern[str]:
    return re.compile(_alternation(normalize_text(r["cue"]) for r in load("check/historical_cues")))


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


_FOUR_DIGITS_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")


def check_year_far(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    year = written_year(fact)
    if doc_date is None or year is None or year.digits != 4 or not _era_consistent(year):
        return
    if len(_FOUR_DIGITS_RE.findall(normalize_text(fact.text))) > 1:
        return  # a span of years (พ.ศ. 2549-2558): a period, not one mistyped year
    if fact.weekday and fact.weekday_matches:
        return  # the weekday fits the written year: it is that year, not a typo
    era = _era_of(fact, year)
    doc_year = doc_date.year + (BE_OFFSET if era == "BE" else 0)
    diff = year.year - doc_year
    if (abs(diff) >= 10 and _typo_of(f"{year.year:04d}", f"{doc_year:04d}")
            and not _historical(fact)):
        yield _finding("year-far-from-document", fact,
                       severity="info" if fact.granularity == "year" else None,
                       year=year.year, doc_year=doc_year, diff=diff)


def _typo_of(written: str, expected: str) -> bool:
    """One digit mistyped (2536 for 2566) or two neighbouring digits swapped (2656 for 2566)."""
    differing = [i for i, (x, y) in enumerate(zip(written, expected, strict=True)) if x != y]
    if len(differing) == 1:
        return True
    return (len(differing) == 2 and differing[1] == differing[0] + 1
            and written[differing[0]] == expected[differing[1]]
            and written[differing[1]] == expected[differing[0]])


def check_two_digit_year(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    year = written_year(fact)
    if doc_date is None or year is None or year.digits != 2:
        return
    era = _era_of(fact, year)
    doc_year = doc_date.year + (BE_OFFSET if era == "BE" else 0)
    # The century that puts the year closest to the article's year.
    full = min(((doc_year // 100 + k) * 100 + year.year for k in (-1, 0, 1)),
               key=lambda y: abs(y - doc_year))
    if full // 10 == doc_year // 10 or abs(full - doc_year) <= 1:
        return
    # Only a typo suspect: one digit off or two swapped (56 for 65, 75 for 65); "59" in a 2561
    # article ("นับจากวันที่ 11 เม.ย. 59") is two years back, not a mistake.
    if not _typo_of(f"{year.year:02d}", f"{doc_year % 100:02d}") or _historical(fact):
        return
    yield _finding("two-digit-year-decade", fact,
                   severity="info" if fact.granularity == "year" else None,
                   year=f"{year.year:02d}", full_year=full, doc_year=doc_year)


def check_future_past(fact: DateFact, doc_date: dt.date | None) -> Iterator[Finding]:
    if doc_date is None or not fact.past_cue or fact.year_inferred or fact.relative:
        return
    span = _parse_value(fact.value)
    if span is not None and span[0] > doc_date:
        yield _finding("future-past-event", fact, date=fact.value, doc_date=doc_date.isoformat())


DATE_CHECKS: tuple[Callable[[DateFact, dt.date | None], Iterator[Finding]], ...] = (
    check_weekday, check_impossible, check_era_label, check_year_far, check_two_digit_year,
    check_future_past,
)


# --- people and meetings -------------------------------------------------------------------


def _squash(text: str) -> str:
    """Compare form: normalised (เเ → แ, Thai digits), no spaces, no ฯ, no dots."""
    return re.sub(r"[\sฯ.]+", "", normalize_text(text))


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    rows: dict[str, str] = {}
    for name in ("check/position_abbreviations", "people/position_abbreviations"):
        # The people extractor's lexicon, when present, has the last word.
        try:
            rows.update({r["abbreviation"]: r["expansion"] for r in load(name)})
        except FileNotFoundError:
            continue
    # Keys keep their ฯ and dots ("นายกฯ" must not match the "นายก" of "นายกรัฐมนตรี");
    # one pass, longest first, so "รองนายกฯ" wins over "นายกฯ" and nothing is expanded twice.
    table = {_despace(k): _despace(v) for k, v in rows.items() if k and v}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def _despace(text: str) -> str:
    return re.sub(r"\s+", "", normalize_text(text))


def _squash_raw(text: str) -> str:
    return re.sub(r"[\sฯ]+", "", normalize_text(text))


def normalize_position(text: str) -> str:
    """A position's compare form: abbreviations expanded, no spaces, no ฯ or dots, "เเ" folded."""
    pattern, table = _abbreviations()
    expanded = pattern.sub(lambda m: table[m.group()], _despace(text))
    return re.sub(r"[ฯ.]", "", expanded)


def _contains_either(a: str, b: str) -> bool:
    return a in b or b in a


@dataclass(frozen=True, slots=True)
class _Part:
    """One seat of a position ("รองนายกรัฐมนตรี" of "รองนายกรัฐมนตรีและรัฐมนตรีว่าการ…")."""

    family: str  # seats of one family clash; "former:" prefixed for อดีต seats
    office: str
    rank: str  # "", "รอง", "ผู้ช่วย", …
    rest: str  # what the seat heads: a ministry, a province ("" when not said)


@dataclass(frozen=True, slots=True)
class _PositionWords:
    offices: dict[str, tuple[str, str]]  # word → (family, office)
    office_re: re.Pattern[str]  # an office word at the start, longest first
    modifier_re: re.Pattern[str]  # one modifier word at the start
    kinds: dict[str, str]  # modifier word → rank/former/acting
    split_re: re.Pattern[str]  # "และ" that starts another position


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _position_words() -> _PositionWords:
    offices: dict[str, tuple[str, str]] = {}
    kinds: dict[str, str] = {}
    for row in load("check/position_offices"):
        word = _despace(row["word"])
        if row["kind"] == "office":
            offices[word] = (row["family"], row["office"])
        else:
            kinds[word] = row["kind"]
    heads = set(offices)
    # The people extractor's position heads also start a new position after "และ".
    with contextlib.suppress(FileNotFoundError):
        heads |= {_despace(r["position"]) for r in load("people/positions") if r.get("kind") == "head"}
    heads |= set(_abbreviations()[1].values())
    mods = _alternation(kinds)
    return _PositionWords(
        offices=offices,
        office_re=re.compile(f"(?:{_alternation(offices)})"),
        modifier_re=re.compile(f"(?:{mods})"),
        kinds=kinds,
        split_re=re.compile(f"และ(?=(?:{mods})*(?:{_alternation(heads)}))"),
    )


_MINISTRY_PREFIX_RE = re.compile(r"^กระทรวง")


def position_parts(compare: str) -> list[_Part]:
    """The seats of a compare-form position that `check` knows (offices), others left out."""
    words = _position_words()
    parts: list[_Part] = []
    for piece in words.split_re.split(compare):
        rank, former, acting = "", False, False
        while (m := words.modifier_re.match(piece)) and not words.office_re.match(piece):
            kind = words.kinds[m.group()]
            if kind == "rank":
                rank += m.group()
            former |= kind == "former"
            acting |= kind == "acting"
            piece = piece[m.end():]
        m = words.office_re.match(piece)
        if m is None or acting:
            continue  # not an office, or an acting seat held beside the person's own
        family, office = words.offices[m.group()]
        rest = _MINISTRY_PREFIX_RE.sub("", piece[m.end():])
        parts.append(_Part(("former:" if former else "") + family, office, rank, rest))
    return parts


@lru_cache(maxsize=1)
def _organization_names() -> dict[str, str]:
    """Every name, alias, abbreviation and short form of a known organisation → its name."""
    names: dict[str, str] = {}
    try:
        rows = load("organizations/organizations")
    except FileNotFoundError:
        return names
    for row in rows:
        canonical = row["name"]
        forms = [canonical, row.get("short") or ""]
        for column in ("abbreviations", "aliases"):
            forms += (row.get(column) or "").split(";")
        for form in forms:
            key = re.sub(r"[\sฯ.]+", "", normalize_text(form))
            if key:
                names.setdefault(_MINISTRY_PREFIX_RE.sub("", key), canonical)
    return names


_LEADING_VOWELS = "เแโใไ"


def _abbreviates(short: str, full: str) -> bool:
    """ "ศธ" for "ศึกษาธิการ", "สธ" for "สาธารณสุข": a short form's letters in order."""
    if not short or len(short) > 5:
        return False
    full = full.lstrip(_LEADING_VOWELS)
    if short[0] != full[:1]:
        return False
    it = iter(full)
    return all(c in it for c in short)


def _same_rest(a: str, b: str) -> bool:
    if not a or not b or _contains_either(a, b):
        return True
    names = _organization_names()
    ca, cb = names.get(a), names.get(b)
    if ca and cb:
        return ca == cb
    short, full = sorted((a, b), key=len)
    return _abbreviates(short, full) or _glued_tail(a, b) or _glued_tail(b, a)


GLUED_MIN = 12  # characters: longer than a generic word (มหาวิทยาลัย) that two names share


def _glued_tail(a: str, b: str) -> bool:
    """``a`` is in ``b`` but for words glued after it ("วิทยาเขตหนองคายให้เกียรติ")."""
    size = next((n for n in range(len(a), GLUED_MIN - 1, -1) if a[:n] in b), 0)
    return size >= GLUED_MIN and size >= 0.6 * len(a)


def _same_seat(a: _Part, b: _Part) -> bool:
    return a.office == b.office and a.rank == b.rank and _same_rest(a.rest, b.rest)


def positions_clash(a: str, b: str) -> bool:
    """Two compare-form positions that cannot both be one person's now.

    Only a seat of one family named two ways clashes (รัฐมนตรีว่าการกระทรวงพาณิชย์ vs …การคลัง,
    นายกรัฐมนตรี vs รองนายกรัฐมนตรี); a shorter form (รองนายกรัฐมนตรี of "รองนายกรัฐมนตรีและ
    รัฐมนตรีว่าการ…"), an abbreviated ministry (ศธ.) or another kind of role (ประธานการประชุม) does
    not.
    """
    if a == b:
        return False
    # Seats, not substrings: "นายกรัฐมนตรี" is inside "รองนายกรัฐมนตรี" yet another seat.
    parts_a, parts_b = position_parts(a), position_parts(b)
    for family in {p.family for p in parts_a} & {p.family for p in parts_b}:
        seats_a = [p for p in parts_a if p.family == family]
        seats_b = [p for p in parts_b if p.family == family]
        if not any(_same_seat(x, y) for x in seats_a for y in seats_b):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Said:
    """One thing said about a person (a title or a position) and where."""

    value: str
    compare: str
    text: str
    start: int
    end: int
    sentence: str


def _person_positions(fact: PersonFact) -> Iterator[_Said]:
    if fact.position:
        yield _Said(fact.position, normalize_position(fact.position_expanded or fact.position),
                    fact.text, fact.start, fact.end, fact.sentence)
    # Later positions the people extractor found for the same person (str or fact-like items).
    for item in getattr(fact, "positions", ()) or ():
        if item == fact.position or item == fact.position_expanded:
            continue  # the main position again, not a second one
        if isinstance(item, str):
            value, where = item, fact
        else:
            value = (getattr(item, "position_expanded", None) or getattr(item, "position", None)
                     or getattr(item, "value", None) or getattr(item, "text", ""))
            where = item if hasattr(item, "start") else fact
        if value:
            yield _Said(value, normalize_position(value), getattr(where, "text", fact.text),
                        where.start, where.end, getattr(where, "sentence", fact.sentence))


# Title families whose titles replace one another (นาย, พล.อ., พ.ต.อ., พระ …): one person has one.
# Degrees and professions (ดร., นพ., ศ.) stack on them instead, so นาย vs ดร. is no clash.
_RANK_FAMILIES = frozenset({"civil", "military", "police", "monk", "royal"})
_ACADEMIC_RANK = "ศาสตราจารย์"  # ศ./รศ./ผศ. in full; ดร. is a degree beside them


@lru_cache(maxsize=1)
def _title_words() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Title word (compare form) → (family, expanded); one pattern, longest first."""
    table: dict[str, tuple[str, str]] = {}
    try:
        rows = load("people/titles")
    except FileNotFoundError:
        rows = []
    for row in rows:
        key = _squash(row["title"])
        if key:
            table.setdefault(key, (row.get("family") or "", _squash(row.get("expanded") or "")
                                   or key))
    pattern = re.compile(f"(?:{_alternation(table)})" if table else r"(?!)")
    return pattern, table


def title_groups(title: str) -> dict[str, set[str]]:
    """A stacked title's words by group: "rank" (one of นาย/พล.อ./พ.ต.อ. …), "academic-rank",
    or the word's own family (medical …); unknown words are left out."""
    pattern, table = _title_words()
    groups: dict[str, set[str]] = {}
    for m in pattern.finditer(_squash(title)):
        family, expanded = table[m.group()]
        if family in _RANK_FAMILIES:
            group = "rank"
        elif family == "academic":
            if _ACADEMIC_RANK not in expanded:
                continue  # ดร. stacks on anything
            group = "academic-rank"
        elif family == "medical":
            group = family
        else:
            continue  # nicknames, English titles: said beside the real title
        groups.setdefault(group, set()).add(expanded)
    return groups


def titles_clash(a: str, b: str) -> bool:
    """Two compare-form titles that cannot both be one person's (นาย vs พล.อ., นพ. vs พญ.)."""
    # Words, not substrings: "ศ" is inside "รศ"; พล.อ. vs พล.อ.ดร. share their rank word.
    groups_a, groups_b = title_groups(a), title_groups(b)
    return any(groups_a[g].isdisjoint(groups_b[g]) for g in groups_a.keys() & groups_b.keys())


def _conflicts(said: list[_Said], clash: Callable[[str, str], bool]
               ) -> Iterator[tuple[_Said, _Said]]:
    """Pairs (first, later) that clash; each later value reported once."""
    kept: list[_Said] = []
    reported: set[str] = set()
    for item in sorted(said, key=lambda s: s.start):
        if item.compare not in reported and all(k.compare != item.compare for k in kept):
            other = next((k for k in kept if clash(k.compare, item.compare)), None)
            if other is not None:
                reported.add(item.compare)
                yield other, item
        kept.append(item)


def check_people(people: Iterable[PersonFact]) -> Iterator[Finding]:
    groups: dict[str, list[PersonFact]] = {}
    for person in people:
        if person.name:
            groups.setdefault(_squash_raw(person.name), []).append(person)
    for facts in groups.values():
        name = facts[0].name
        titles = [_Said(f.title, _squash(f.title), f.text, f.start, f.end, f.sentence)
                  for f in facts if f.title]
        for first, later in _conflicts(titles, titles_clash):
            yield _finding("person-title-conflict", later, spans=(first, later), name=name,
                           first=first.value, second=later.value)
        positions = [p for f in facts for p in _person_positions(f)]
        for first, later in _conflicts(positions, positions_clash):
            yield _finding("person-position-conflict", later, spans=(first, later), name=name,
                           first=first.value, second=later.value)


_ORDINAL_RE = re.compile(r"ครั้งที่\s*\d+|\(?ครั้งที่\)?")


def check_meetings(meetings: Iterable[MeetingFact]) -> Iterator[Finding]:
    groups: dict[tuple[str, int], list[MeetingFact]] = {}
    for meeting in meetings:
        if meeting.ordinal is not None and meeting.date:
            key = (_squash(_ORDINAL_RE.sub("", normalize_text(meeting.name))), meeting.ordinal)
            groups.setdefault(key, []).append(meeting)
    for facts in groups.values():
        facts.sort(key=lambda f: f.start)
        first = facts[0]
        reported: set[str] = set()
        for later in facts[1:]:
            if later.date in reported or _same_dates(first, later):
                continue
            reported.add(later.date or "")
            yield _finding("meeting-ordinal-date-conflict", later, spans=(first, later),
                           ordinal=later.ordinal, name=later.name, first=_range(first),
                           second=_range(later))


def _range(meeting: MeetingFact) -> str:
    if meeting.end_date and meeting.end_date != meeting.date:
        return f"{meeting.date}/{meeting.end_date}"
    return meeting.date or ""


def _same_dates(a: MeetingFact, b: MeetingFact) -> bool:
    """Same date, or one's date within the other's range (day 2 of a two-day meeting)."""
    if a.date == b.date:
        return True
    for outer, inner in ((a, b), (b, a)):
        if outer.end_date and inner.date and outer.date <= inner.date <= outer.end_date:
            return True
    return False


# --- digits ----------------------------------------------------------------------------------

_NUM = r"[0-9๐-๙](?:[0-9๐-๙,]*[0-9๐-๙])?(?:\.[0-9๐-๙]+)?"
_UNIT = r"(?:[ก-๎]{1,12}|%)"
# A number and its restatement in the other script: "๑๒๕ (125)", "๑๒๕ ราย (125 ราย)",
# "๑๒๕ ราย หรือ 125 ราย". The parenthesis must hold only the number (and a unit), so that
# "๒๕๖๕ (27 ม.ค.)" is no pair.
_PAIR_RE = re.compile(
    rf"(?<![0-9๐-๙.,])(?P<a>{_NUM})[ \t]*(?P<ua>{_UNIT})?[ \t]*"
    rf"(?:\([ \t]*(?P<b1>{_NUM})[ \t]*(?P<ub1>{_UNIT})?[ \t]*\)"
    rf"|หรือ[ \t]*(?P<b2>{_NUM})(?![0-9๐-๙.,])[ \t]*(?P<ub2>{_UNIT})?)"
)
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = frozenset("0123456789")


def _script(number: str) -> str | None:
    digits = {c for c in number if c.isdigit()}
    if digits <= _THAI_DIGITS:
        return "thai"
    if digits <= _ARABIC_DIGITS:
        return "arabic"
    return None


def _number_value(number: str) -> str:
    return normalize_text(number).replace(",", "")


def check_digits(prepared: Prepared) -> Iterator[Finding]:
    original = prepared.original
    for sentence in prepared.sentences:
        chunk = original[sentence.start:sentence.end]
        if not any(c in _THAI_DIGITS for c in chunk):
            continue  # the common case: no Thai digits, nothing to compare
        for match in _PAIR_RE.finditer(chunk):
            b_group = "b1" if match.group("b1") else "b2"
            unit_b = match.group("ub1" if b_group == "b1" else "ub2")
            a, b = match.group("a"), match.group(b_group)
            scripts = {_script(a), _script(b)}
            if scripts != {"thai", "arabic"}:
                continue
            unit_a = match.group("ua")
            if unit_a and unit_b and unit_a != unit_b:
                continue  # "๒ คน (10 ราย)": two different quantities
            if _number_value(a) == _number_value(b):
                continue
            base = sentence.start
            span_a = Mention(a, base + match.start("a"), base + match.end("a"))
            span_b = Mention(b, base + match.start(b_group), base + match.end(b_group))
            thai, arabic = (a, b) if _script(a) == "thai" else (b, a)
            anchor = _Said(match.group(), "", match.group(), base + match.start(),
                           base + match.end(), sentence.text)
            yield _finding("digit-mismatch", anchor, spans=(span_a, span_b), thai=thai,
                           arabic=arabic)


# --- entry point -----------------------------------------------------------------------------


def document_date(doc: Document, prepared: Prepared | None = None) -> dt.date | None:
    # The document's own date (option, metadata, dateline) first: a re-prepared text knows
    # nothing of the option it was extracted with.
    try:
        if doc.document_date:
            return dt.date.fromisoformat(doc.document_date)
    except ValueError:
        pass
    return prepared.document_date if prepared is not None else None


def check_document(doc: Document, prepared: Prepared | None = None) -> list[Finding]:
    """Every finding for one document, in text order.

    ``prepared`` is needed by the checks that read the text (digit-mismatch); without it, it is
    made from ``doc.text`` when the document carries its text, else those checks are skipped.
    """
    if prepared is None and doc.text is not None:
        from .pipeline import prepare
        from .read import looks_like_html

        prepared = prepare(doc.text, source=doc.source,
                           is_html=looks_like_html(doc.source, doc.text))
    doc_date = document_date(doc, prepared)
    source = doc.document_date_source if doc.document_date else (
        prepared.document_date_source if prepared else None)
    # A date taken from the lead is the first date the text gives: in a story about the past it
    # is an old date, not the day of writing, so "later than the article" means nothing there.
    checks = tuple(c for c in DATE_CHECKS if not (source == "lead" and c is check_future_past))
    findings: list[Finding] = []
    for fact in doc.dates:
        for check in checks:
            findings.extend(check(fact, doc_date))
    findings.extend(check_people(doc.people))
    findings.extend(check_meetings(doc.meetings))
    if prepared is not None:
        findings.extend(check_digits(prepared))
    findings.sort(key=lambda f: (f.start, f.end, CODES.index(f.code)))
    return findings


def report(doc: Document, findings: list[Finding]) -> dict[str, Any]:
    """The output object of one document: source, id, document_date and findings."""
    return {"source": doc.source, "id": doc.id, "document_date": doc.document_date,
            "findings": [f.to_dict() for f in findings]}
