"""Property-based robustness: any mix of Thai news pieces never crashes the pipeline, and every
offset points into the original input.

The default run is small and deterministic (CI); a larger run by hand:
``THAIEXTRACT_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thaiextract.lexicons import load
from thaiextract.model import DateFact, Document, Fact, InitiativeFact, MeetingFact
from thaiextract.pipeline import extract, prepare

EXAMPLES = int(os.environ.get("THAIEXTRACT_FUZZ_EXAMPLES", "0"))
# Default budgets keep the whole file under ~20 s; the env var scales every test.
FUZZ = settings(
    max_examples=EXAMPLES or 500, deadline=None, derandomize=not EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ_HTML = settings(FUZZ, max_examples=EXAMPLES // 4 if EXAMPLES else 100)


@cache
def _words(name: str, *keys: str) -> tuple[str, ...]:
    found: list[str] = []
    for row in load(name):
        for key in keys:
            found += [w.strip() for w in row.get(key, "").split(";") if w.strip()]
    return tuple(sorted(set(found)))


THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
FIXED = [
    "วันนี้ (", ") ", "(", ")", "“", "”", '"', "'", "–", "—", "-", " - ", "\u200b", "\ufeff",
    "\u00a0", "\r\n", "\n", "\n\n", "\r", "เเ", "ํา", "ทํา", "เเละ", " ", "  ", ".", ",", ":",
    "/", "ฯ", "ๆ", "ที่", "ครั้งที่", "เมื่อวันที่", "วันที่", "ณ", "พ.ศ.", "ค.ศ.", "พ.ศ. ",
    "เวลา", " น.", "ระหว่าง", "ถึง", "จนถึง", "และ", "ตั้งแต่", "ปี", "เดือน", "สัปดาห์หน้า",
    "เมื่อวานนี้", "พรุ่งนี้", "ไตรมาสที่", "ต้นปี", "สิ้นปี", "กรุงเทพฯ", "เปิดเผยว่า", "กล่าวว่า",
    "นาย", "ดร.", "รมว.", "รมช.", "ผู้ว่าราชการจังหวัด", "โครงการ", "แอปพลิเคชัน", "การประชุม",
    "Digital Thailand", "COVID-19", "APEC 2022", "the", "ASEAN", "A", "e",
    "<p>", "</p>", "<br>", "<div>", "</div>", "<b>", "<script>x=1</script>", "<!-- c -->",
    "&amp;", "&nbsp;", "&#3607;", "&#x0E17;", "&lt;", "&quot;", "&bogus;", "&", "<", ">",
    "<title>ข่าว</title>", "<html><body>", "</body></html>", "<p", "</", "<!", "<?x?>",
    "อ่าน 1,234 ครั้ง", "Share", "Facebook", "Twitter", "LINE", "หน้าแรก > ข่าว", "----",
    "\t", "\x0b", "\x0c", "\u2028", "\u0085", "\x00", "\ud7ff", "\u0e4d", "\u0e47", "\u0e31",
]


def _number(thai: bool, lo: int, hi: int) -> st.SearchStrategy[str]:
    def fmt(n: int) -> str:
        s = str(n)
        return s.translate(str.maketrans("0123456789", THAI_DIGITS)) if thai else s

    return st.integers(lo, hi).map(fmt)


def _numbers() -> st.SearchStrategy[str]:
    ranges = [(0, 40), (1, 12), (2400, 2700), (1900, 2100), (0, 99), (0, 99999)]
    return st.one_of(*[_number(thai, lo, hi) for thai in (False, True) for lo, hi in ranges])


SEPS = ["", " ", "  ", "\u00a0", "\u200b", "-", " - ", "–", "—", " – ", "/", ".", "\n", "\r\n"]


def _phrase(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Parts joined by random separators: structures the extractors look for, slightly off."""
    seps = st.sampled_from(SEPS)
    return st.tuples(*[st.tuples(p, seps) for p in parts]).map(
        lambda pairs: "".join(a + b for a, b in pairs)
    )


@cache
def _structured() -> st.SearchStrategy[str]:
    lex = st.sampled_from
    months = lex(_words("dates/months", "form"))
    day, year = _numbers(), _numbers()
    thai_word = st.text(alphabet="กขคงจชดตทนบปพมยรลวสหอะาิีุูเแโไ่้็์ั", min_size=2, max_size=9)
    org = lex(_words("organizations/organizations", "name", "abbreviations", "aliases"))
    position = st.one_of(lex(_words("people/positions", "position")),
                         lex(_words("people/position_abbreviations", "abbreviation")))
    optional = lambda strategy: st.one_of(st.just(""), strategy)  # noqa: E731
    return st.one_of(
        _phrase(optional(lex(["วันที่", "เมื่อวันที่", "วันนี้ (", "ระหว่างวันที่", "ตั้งแต่"])),
                day, months, optional(lex(["พ.ศ.", "ค.ศ.", ""])), year, optional(lex([")"]))),
        _phrase(day, lex(["-", "–", "—", " ถึง ", "/"]), day, months, year),
        _phrase(day, months, lex(["-", "–", "—"]), day, months, year),
        _phrase(day, lex(["/", "-", "."]), day, lex(["/", "-", "."]), year),
        _phrase(lex(_words("people/titles", "title")), thai_word, thai_word, optional(position),
                optional(org)),
        _phrase(lex(_words("meetings/triggers", "trigger")), optional(org),
                optional(lex(["ครั้งที่", "สมัยที่"])), optional(day), optional(year),
                optional(lex(["ณ", "ที่", "ผ่านระบบออนไลน์"])), optional(thai_word)),
        _phrase(lex(_words("initiatives/triggers", "trigger")), optional(lex(['"', "“", "(", ""])),
                thai_word, optional(lex(['"', "”", ")", ""])), optional(org)),
        _phrase(lex(["<p>", "<div>", "<h1>", "<td>", ""]), months, day,
                lex(["</p>", "</div>", "</h1>", "&nbsp;", "&#3648;&#3648;"])),
    )


@cache
def _piece() -> st.SearchStrategy[str]:
    lex = st.sampled_from
    return st.one_of(
        _structured(),
        _structured(),
        lex(FIXED),
        lex(_words("dates/months", "form")),
        lex(_words("people/titles", "title")),
        lex(_words("people/positions", "position")),
        lex(_words("people/position_abbreviations", "abbreviation")),
        lex(_words("organizations/organizations", "name", "abbreviations", "aliases", "short")),
        lex(_words("meetings/triggers", "trigger")),
        lex(_words("meetings/bodies", *_columns("meetings/bodies"))),
        lex(_words("initiatives/triggers", "trigger")),
        lex(_words("dates/weekdays", *_columns("dates/weekdays"))),
        lex(_words("dates/relative", *_columns("dates/relative"))),
        _numbers(),
        st.text(alphabet="กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาำิีึืุูเแโใไ่้๊๋็์ ",
                min_size=1, max_size=12),
        st.text(min_size=1, max_size=6),  # anything at all, surrogates aside
        st.sampled_from(["ก" * 3000, "a" * 2000 + " ", "1" * 500, "\n" * 50, " " * 300]),
    )


@cache
def _columns(name: str) -> tuple[str, ...]:
    rows = load(name)
    return tuple(rows[0]) if rows else ()


documents = st.lists(st.deferred(lambda: _piece()), min_size=0, max_size=40).map("".join)
dates = st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))

_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")


def _check_value(value: str | None, granularity: str | None, valid: bool = True) -> None:
    if value is None:
        return
    assert isinstance(value, str) and _ISO.match(value), value
    if granularity is None:  # meetings, initiatives: any of the three forms
        granularity = {4: "year", 7: "month", 10: "day"}[len(value)]
    if granularity in ("day", "week"):
        assert len(value) == 10, (value, granularity)
        if valid:
            dt.date.fromisoformat(value)
        else:  # an impossible date keeps its numbers, still well formed
            assert 1 <= int(value[5:7]) <= 12, value
    elif granularity in ("month", "quarter"):
        assert len(value) == 7 and 1 <= int(value[5:7]) <= 12, (value, granularity)
    else:
        assert granularity == "year" and len(value) == 4, (value, granularity)


def _check_span(text: str, fact: object) -> None:
    start, end = fact.start, fact.end  # type: ignore[attr-defined]
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    assert text[start:end] == fact.text, (text[start:end], fact.text)  # type: ignore[attr-defined]


def check_document(text: str, doc: Document, sentences: set[str] | None = None) -> None:
    json.dumps(doc.to_dict(), ensure_ascii=False)
    for facts in doc.facts().values():
        for fact in facts:
            assert isinstance(fact, Fact)
            _check_span(text, fact)
            assert isinstance(fact.sentence, str)
            if sentences is not None:  # a real sentence of the cleaned text
                assert fact.sentence in sentences, fact.sentence
            for mention in getattr(fact, "mentions", ()):
                _check_span(text, mention)
            if isinstance(fact, DateFact):
                _check_value(fact.value, fact.granularity, fact.valid)
                _check_value(fact.end_value, fact.granularity, fact.valid)
            elif isinstance(fact, MeetingFact):
                _check_value(fact.date, None)
                _check_value(fact.end_date, None)
            elif isinstance(fact, InitiativeFact):
                _check_value(fact.launched, None)
    if doc.document_date is not None:
        dt.date.fromisoformat(doc.document_date)


@FUZZ
@given(documents)
def test_plain_text_never_crashes_and_offsets_map_back(text: str) -> None:
    sentences = {s.text for s in prepare(text).sentences}
    check_document(text, extract(text, is_html=False), sentences)


@FUZZ
@given(documents, dates)
def test_with_a_document_date(text: str, date: dt.date) -> None:
    check_document(text, extract(text, is_html=False, document_date=date))


@FUZZ_HTML
@given(documents, st.one_of(st.none(), dates))
def test_as_html(text: str, date: dt.date | None) -> None:
    check_document(text, extract(text, is_html=True, document_date=date))


@FUZZ
@given(documents)
def test_html_detection_left_to_the_pipeline(text: str) -> None:
    check_document(text, extract(text, document_date="2022-01-27"))
