"""The dates extractor: a table of Thai sentences (tests/cases/dates.jsonl), the seed articles,
offsets, the lexicons it is built from, and how it uses dateparser.

Each case line: ``{"id", "text", "document_date"?, "dates": [expected facts in text order],
"expect_document_date"?, "expect_document_date_source"?}``. An expected fact gives ``text``
(its span is the first occurrence after the previous fact), ``value``, ``era`` and optionally
``end_value`` (else it must be null) and any other DateFact field to compare.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from thaiextract import lexicons
from thaiextract.extractors import dates
from thaiextract.extractors.dates import patterns
from thaiextract.extractors.dates.candidate import Point
from thaiextract.extractors.dates.resolve import infer_year
from thaiextract.model import Document
from thaiextract.pipeline import extract

CASES_FILE = Path(__file__).parent / "cases" / "dates.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line]


def run(text: str, document_date: str | None = None) -> Document:
    return extract(text, document_date=document_date, only="dates")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    doc = run(case["text"], case.get("document_date"))
    got = [f.to_dict() for f in doc.dates]
    want = case["dates"]
    assert [g["text"] for g in got] == [w["text"] for w in want], got
    pos = 0
    for g, w in zip(got, want, strict=True):
        start = case["text"].index(w["text"], pos)
        pos = start + len(w["text"])
        assert (g["start"], g["end"]) == (start, pos), (g["text"], g["start"], g["end"])
        assert g["value"] == w["value"], g
        assert g["end_value"] == w.get("end_value"), g
        assert g["era"] == w["era"], g
        for key, expected in w.items():
            if key not in ("text", "value", "end_value", "era"):
                assert g[key] == expected, (key, g)
    if "expect_document_date" in case:
        assert doc.document_date == case["expect_document_date"]
    if "expect_document_date_source" in case:
        assert doc.document_date_source == case["expect_document_date_source"]


def test_the_table_is_big_enough() -> None:
    positives = sum(len(c["dates"]) for c in CASES)
    negatives = sum(1 for c in CASES if not c["dates"])
    assert positives >= 100 and negatives >= 20, (positives, negatives)
    assert len({c["id"] for c in CASES}) == len(CASES), "case ids must be unique"


# --- the seed articles ---------------------------------------------------------------------

SEEDS = {
    "digital-covid-2020.txt": (
        "2020-06-12",
        [
            ("วันนี้ (12 มิถุนายน 2563)", "2020-06-12", None, "BE"),
            ("ค.ศ. 2020", "2020", None, "CE"),
            ("ตุลาคม 2562", "2019-10", None, "BE"),
            ("25 ตุลาคม 2562", "2019-10-25", None, "BE"),
            ("3 พฤศจิกายน 2562", "2019-11-03", None, "BE"),
            ("2563", "2020", None, "BE"),
        ],
    ),
    "adgmin-2022.txt": (
        "2022-01-27",
        [
            ("วันพฤหัสบดีที่ 27 มกราคม 2565", "2022-01-27", None, "BE"),
            ("วันนี้", "2022-01-27", None, None),
            ("27 – 28\u00a0มกราคม\u00a02565", "2022-01-27", "2022-01-28", "BE"),
            ("ค.ศ.\u00a0๒๐๒๕", "2025", None, "CE"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_article(samples: Path, name: str) -> None:
    text = (samples / name).read_text(encoding="utf-8")
    doc = run(text)
    document_date, expected = SEEDS[name]
    assert doc.document_date == document_date
    assert doc.document_date_source == "dateline"
    assert [(f.text, f.value, f.end_value, f.era) for f in doc.dates] == expected
    for fact in doc.dates:
        assert text[fact.start : fact.end] == fact.text
    first = doc.dates[0]
    if first.weekday:
        assert (first.weekday, first.weekday_matches) == ("พฤหัสบดี", True)


# --- offsets, overlaps ----------------------------------------------------------------------


def test_offsets_survive_normalisation() -> None:
    text = "\ufeffข่าววันที่ ๑๒\u200b มิ.ย. ๒๕๖๓ และ 1\u20133 ก.ค. 63"
    doc = run(text)
    assert [f.value for f in doc.dates] == ["2020-06-12", "2020-07-01"]
    for fact in doc.dates:
        assert text[fact.start : fact.end] == fact.text
    assert doc.dates[0].text == "๑๒\u200b มิ.ย. ๒๕๖๓"


def test_every_case_span_maps_back() -> None:
    for case in CASES:
        for fact in run(case["text"], case.get("document_date")).dates:
            assert case["text"][fact.start : fact.end] == fact.text, case["id"]


def test_no_overlapping_facts() -> None:
    text = "วันนี้ (12 มิถุนายน 2563) และเดือนตุลาคม 2562 ปี 2563 พ.ศ. 2563"
    spans = [(f.start, f.end) for f in run(text).dates]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_rule_names_are_documented() -> None:
    doc = dates.__doc__ or ""
    rules = {f.rule for case in CASES for f in run(case["text"], case.get("document_date")).dates}
    assert rules, "no rule fired"
    for rule in rules:
        assert f"``{rule}``" in doc, f"rule {rule!r} is not in the module docstring"


# --- year inference -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "base", "past", "future", "year"),
    [
        ((28, 12), "2024-01-05", True, False, 2023),
        ((28, 12), "2024-01-05", False, False, 2023),
        ((10, 1), "2024-01-05", False, True, 2024),
        ((5, 1), "2023-12-28", False, True, 2024),
        ((4, 3), "2020-06-12", True, False, 2020),
        ((10, 1), "2020-06-12", False, False, 2020),
        ((20, 12), "2020-06-12", False, False, 2019),  # nearest: 175 days back, 191 ahead
        ((20, 11), "2020-06-12", False, False, 2020),
        ((None, 1), "2020-06-12", False, False, 2020),
        ((None, 12), "2020-01-20", True, False, 2019),
        ((29, 2), "2021-03-01", True, False, 2021),
        ((1, 10), "2023-10-02", False, True, 2023),  # "1 ต.ค. นี้" a day late: not next year
        ((5, 10), "2023-10-02", True, False, 2023),  # "5 ต.ค. ที่ผ่านมา" 3 days early
        ((20, 9), "2023-10-02", False, True, 2024),  # 12 days back: next year's
        ((20, 10), "2023-10-02", True, False, 2022),
    ],
)
def test_infer_year(point: tuple, base: str, past: bool, future: bool, year: int) -> None:
    import datetime as dt

    p = Point(point[0], point[1], None)
    assert infer_year(p, dt.date.fromisoformat(base), past, future) == year


@pytest.mark.parametrize(
    ("point", "base", "past", "weekday", "year"),
    [
        ((20, 12), "2020-06-12", False, 6, 2020),  # a Sunday in 2020, a Friday in 2019
        ((20, 12), "2020-06-12", False, 4, 2019),
        ((5, 3), "2024-10-02", True, 6, 2023),  # past: 2023 and 2024 allowed, Sunday in 2023
        ((5, 3), "2024-10-02", True, 1, 2024),
        ((20, 12), "2020-06-12", False, 2, 2019),  # a Wednesday in none of them: the nearest
        ((29, 2), "2021-03-01", False, 5, 2020),  # 29 Feb only in 2020, a Saturday
    ],
    ids=["sunday-next-dec", "friday-last-dec", "past-sunday", "past-tuesday", "no-match",
         "leap-day"],
)
def test_infer_year_by_weekday(point: tuple, base: str, past: bool, weekday: int,
                               year: int) -> None:
    import datetime as dt

    p = Point(point[0], point[1], None)
    assert infer_year(p, dt.date.fromisoformat(base), past, False, weekday) == year


# --- lexicons the extractor is built from ---------------------------------------------------


def test_month_lexicon_covers_every_month() -> None:
    rows = lexicons.load("dates/months")
    for month in range(1, 13):
        kinds = {r["kind"] for r in rows if int(r["month"]) == month}
        assert {"full", "abbr", "short", "en"} <= kinds, month
    assert {r["kind"] for r in rows} <= {"full", "abbr", "short", "variant", "en", "en_abbr"}
    assert all(r["form"].endswith(".") for r in rows if r["kind"] in ("abbr", "en_abbr"))


def test_weekday_and_relative_lexicons() -> None:
    assert {int(r["weekday"]) for r in lexicons.load("dates/weekdays")} == set(range(7))
    for row in lexicons.load("dates/relative"):
        assert row["unit"] in ("day", "week", "weekend", "month", "year"), row
        int(row["offset"])
    assert {r["era"] for r in lexicons.load("dates/eras")} == {"BE", "CE", "cue", "none"}
    roles = {"past_before", "past_after", "future_after", "not_date_before", "modifier",
             "header_label", "update_label", "span_before"}
    rows = lexicons.load("dates/cues")
    assert {r["role"] for r in rows} == roles
    for row in rows:  # every modifier names its part, and only modifiers do
        assert (row["part"] in ("early", "mid", "late", "end")) == (row["role"] == "modifier"), row
    assert {int(r["quarter"]) for r in lexicons.load("dates/quarters")} == {1, 2, 3, 4}


def test_month_names_agree_with_pythainlp() -> None:
    """Our month table against pythainlp's own list (a second source for the spellings)."""
    thai_full_months = pytest.importorskip("pythainlp.util.date").thai_full_months
    ours = [r["form"] for r in lexicons.load("dates/months") if r["kind"] == "full"]
    assert ours == list(thai_full_months)


# --- dateparser: lazy, and only for relative arithmetic -------------------------------------


def test_dateparser_is_not_imported_for_calendar_dates() -> None:
    code = (
        "import sys\n"
        "from thaiextract.pipeline import extract\n"
        "doc = extract('วันที่ 15 มิ.ย. 2563 และวันนี้', only='dates')\n"
        "assert doc.dates[0].value == '2020-06-15'\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_relative_count_uses_month_end_clipping() -> None:
    doc = run("เมื่อ 1 เดือนที่แล้ว", "2020-03-31")
    assert (doc.dates[0].value, doc.dates[0].granularity) == ("2020-02", "month")
    doc = run("ลงทะเบียนภายในสัปดาห์นี้", "2020-06-14")  # a Sunday
    assert (doc.dates[0].value, doc.dates[0].end_value) == ("2020-06-08", "2020-06-14")


# --- the month matcher and the article's date ------------------------------------------------


def test_month_trie_matches_like_the_alternation() -> None:
    """The prefix tree (fast) finds exactly what the longest-first alternation finds."""
    import re

    forms = [r["form"] for r in lexicons.load("dates/months")]
    slow = re.compile(patterns.alternation(forms, dotted_forms=True))
    texts = [c["text"] for c in CASES] + ["March 5, Mar. 5, Mar 5, Sept. 9, มิ.ย . 63, มิย, ก.ค"]
    for text in texts:
        assert [m.span() for m in patterns.patterns().month.finditer(text)] == [
            m.span() for m in slow.finditer(text)], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ข่าว\nเผยแพร่: 3 เม.ย. 2567 14:25   ปรับปรุง: 4 เม.ย. 2567 15:10\nเนื้อข่าว", "2024-04-03"),
        ("ข่าว\nอัปเดต 4 เม.ย. 2567 | Published: 3 เม.ย. 2567\nเนื้อข่าว", "2024-04-03"),
        ("ข่าว\nPUBLISHED ON June 12, 2020 at 10:30 am\nเนื้อข่าว", "2020-06-12"),
        ("ข่าว\nวันพุธที่ 3 เมษายน 2567 เวลา 10.30 น.\nเนื้อข่าว", "2024-04-03"),
        ("ข่าว\nนายกฯ ลงพื้นที่ 3 เม.ย. 2567 ตรวจน้ำท่วม\nเนื้อข่าว", None),  # running text
    ],
    ids=["pub-before-update", "update-before-pub", "english-caps", "weekday-time", "running-text"],
)
def test_header_shapes(text: str, expected: str | None) -> None:
    doc = run(text)
    assert doc.document_date == expected
    assert doc.document_date_source == ("dateline" if expected else None)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("ตั้งแต่วันที่ 21 พ.ย.-16 ม.ค. จะมีการปิดถนน", True),  # across New Year, no year known
        ("ระหว่างวันที่ 10-5 มีนาคม 2567", False),  # reversed
        ("วันที่ 31 มิ.ย. จะมีการปิดถนน", False),  # June has 30 days
    ],
)
def test_validity_without_a_document_date(text: str, valid: bool) -> None:
    [date] = extract(text).dates
    assert date.valid is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One written year is as often history as the present: no article date from it.
        ("วันนี้(29 พ.ค.)ที่วัดแห่งหนึ่ง มีพิธีทำบุญ\nวัดสร้างเมื่อ 25 กรกฎาคม 2512 โดยชาวบ้าน", None),
        # Two written dates agree on 2567: the year-less dateline takes it.
        ("กรุงเทพฯ 15 ม.ค. - ครม. อนุมัติงบ\nเมื่อวันที่ 9 ม.ค. 2567 และวันที่ 12 ม.ค. 2567 ที่ผ่านมา",
         "2024-01-15"),
    ],
)
def test_year_less_dateline_needs_two_written_dates(text: str, expected: str | None) -> None:
    assert extract(text).document_date == expected


@pytest.mark.parametrize(
    ("text", "document_date", "expected"),
    [
        # A full date opening the lead paragraph is the day the report opens with, so the
        # article's date (source "lead", tests/devset RULES), and วันนี้ counts from it.
        ("ข่าวอาชญากรรม\nวันที่ 18 ก.ค. 66 พล.ต.ต.สมชาย ใจดี ผู้บังคับการปราบปราม แถลงผลการจับกุม"
         "ผู้ต้องหาที่ถูกจับได้วันนี้", "2023-07-18",
         [("18 ก.ค. 66", "2023-07-18"), ("วันนี้", "2023-07-18")]),
        # A match report (eval4-117, playnowthailand.com) and a seminar report (eval4-118,
        # freedom.ilaw.or.th): each opens with its day.
        ("“สุภโชค” ซัดนำต้นเกม ทีมชาติไทย บุกชนะ สิงคโปร์ 3-1\nวันที่ 21 พฤศจิกายน 2566 เวลา 19.00 น. "
         "ตามเวลาประเทศไทย ณ สนามกีฬาแห่งชาติสิงคโปร์ การแข่งขันฟุตบอลโลก 2026 รอบคัดเลือก",
         "2023-11-21", [("21 พฤศจิกายน 2566", "2023-11-21"), ("2026", "2026")]),
        ("เก็บตกงานเสวนา เสาหลักต้องเป็นหลักอันศักดิ์สิทธิ์\n\nวันที่ 7 ตุลาคม 2563 เวลา 13.00-16.30 น. ณ ห้อง"
         " 321 คณะนิติศาสตร์ สมาคมนักกฎหมายสิทธิมนุษยชนจัดเสวนา งานวันนี้มีนักศึกษาประมาณ 20 คน",
         "2020-10-07", [("7 ตุลาคม 2563", "2020-10-07"), ("วันนี้", "2020-10-07")]),
        # A future event opening the paragraph is not the day of writing: วันนี้ has no value.
        ("ททท. แถลงวันนี้ว่า งานเทศกาลจะจัดขึ้นริมแม่น้ำ\nวันที่ 30 ธ.ค. 2567 จะมีการจุดพลุ ณ ริมแม่น้ำ"
         "เจ้าพระยา", None, [("วันนี้", None), ("30 ธ.ค. 2567", "2024-12-30")]),
    ],
    ids=["crime-report", "match-report", "seminar-report", "future-event"],
)
def test_date_opening_the_lead_paragraph(
    text: str, document_date: str | None, expected: list,
) -> None:
    doc = extract(text, only="dates")
    source = "lead" if document_date else None
    assert (doc.document_date, doc.document_date_source) == (document_date, source)
    assert [(f.text, f.value) for f in doc.dates] == expected


# --- rule and evidence: which pattern fired and the cue words it rests on ---------------------


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("เมื่อวันพฤหัสบดีที่ 27 มกราคม 2565 ที่ผ่านมา", "day_month_year",
         ("เมื่อ", "พฤหัสบดี", "มกราคม", "ที่ผ่านมา")),
        ("วันนี้ (12 มิ.ย. พ.ศ. 2563)", "relative+explicit", ("วันนี้", "มิ.ย.", "พ.ศ.")),
        ("สิ้นปี 2566", "year", ("สิ้น", "ปี")),
        ("งานจะจัดขึ้นปลายปีนี้", "relative", ("ปลาย", "ปีนี้")),
        ("ไตรมาสแรกของปี 2567", "quarter", ("ไตรมาส", "ปี")),
        ("เมื่อ 3 วันที่แล้ว", "relative_count", ("เมื่อ", "วัน", "ที่แล้ว")),
        ("คืนวันเสาร์นี้", "relative_weekday", ("เสาร์", "นี้")),
        ("ต้นเดือนมีนาคม", "month", ("ต้นเดือน", "มีนาคม")),
        ("ประชุม 29 ก.ย. นี้", "day_month", ("ก.ย.", "นี้")),
        ("ลงนาม 16/05/2559", "numeric", ()),
    ],
    ids=["weekday-past", "today-bracket", "end-of-year", "relative-part", "quarter", "counted",
         "weekday-coming", "month-label", "future-cue", "numeric-no-cue"],
)
def test_rule_and_evidence(text: str, rule: str, evidence: tuple[str, ...]) -> None:
    [fact] = run(text, "2024-01-05").dates
    assert (fact.rule, fact.evidence) == (rule, evidence)


@pytest.mark.parametrize("unit", ["week", "month", "year"])
def test_calendar_shift_agrees_with_dateparser(unit: str) -> None:
    """The relative arithmetic is the standard calendar's; dateparser, which did it before, is
    the oracle: every base day of a leap year and the year after, one to three units back and
    ahead (month-end and 29 February clipping included)."""
    import datetime as dt

    dateparser = pytest.importorskip("dateparser")
    from thaiextract.extractors.dates.resolve import shift

    word = {"week": "สัปดาห์", "month": "เดือน", "year": "ปี"}[unit]
    base = dt.date(2020, 1, 1)
    for step in range(0, 731, 7 if unit == "week" else 3):
        day = base + dt.timedelta(days=step)
        for n in (-3, -1, 1, 2):
            phrase = f"{-n} {word}ที่แล้ว" if n < 0 else f"อีก {n} {word}"
            want = dateparser.parse(phrase, languages=["th"], settings={
                "RELATIVE_BASE": dt.datetime(day.year, day.month, day.day)}).date()
            assert shift(day, unit, n) == want, (day, unit, n)


def test_the_overlap_rule_on_random_spans() -> None:
    """link.overlap.filter_spans (used for date candidates) against the rule spelled out pairwise:
    longest first, then earliest, a span is kept when it overlaps no kept span."""
    import random
    from dataclasses import dataclass

    from thaiextract.link.overlap import filter_spans

    @dataclass
    class Span:
        start: int
        end: int

    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 40)):
            s = rng.randint(0, 60)
            spans.append(Span(s, s + rng.choice([0, 1, 1, 2, 3, 5, 8, 13])))
        kept: list[Span] = []
        for c in sorted(spans, key=lambda f: (-(f.end - f.start), f.start)):
            if not any(k.start < c.end and c.start < k.end for k in kept):
                kept.append(c)
        want = sorted(kept, key=lambda f: (f.start, f.end))
        assert [id(f) for f in filter_spans(spans)] == [id(f) for f in want]


def test_a_day_alone_in_an_undated_article_borrows_no_year() -> None:
    """A day without a month ("วันที่ 26-27 นี้") near two written dates of an article with no
    date of its own: the borrowed year needs a month, so the day keeps no value (this raised
    calendar.IllegalMonthError on month 0 before)."""
    from thaiextract.pipeline import extract as run

    text = ("โรงพยาบาลเด็กขาดชุดตรวจไข้หวัดใหญ่\n"
            "ผู้ปกครองจำนวนมากพาบุตรหลานมารอตรวจที่โรงพยาบาลเด็ก\n"
            "เจ้าหน้าที่ระบุว่าผู้ป่วยเพิ่มขึ้นตั้งแต่วันที่ 3 มีนาคม 2561 และวันที่ 5 มีนาคม 2561 "
            "มีผู้ป่วยอีก คาดว่าจะส่งมาถึงที่โรงพยาบาลเด็กภายในวันที่ 26-27 นี้ เพราะชุดเดิมหมด")
    doc = run(text, document_date=None)
    assert doc.document_date is None
    assert [(d.text, d.value) for d in doc.dates] == [
        ("3 มีนาคม 2561", "2018-03-03"), ("5 มีนาคม 2561", "2018-03-05"), ("26-27", None)]
