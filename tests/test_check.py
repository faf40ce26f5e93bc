from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from typer.testing import CliRunner

from thaiextract.check import (
    CODES,
    Finding,
    check_digits,
    check_document,
    check_meetings,
    check_people,
    messages,
    titles_clash,
    written_year,
)
from thaiextract.cli import app
from thaiextract.model import (
    DateFact,
    Document,
    MeetingFact,
    MeetingMention,
    PersonFact,
    PersonMention,
)
from thaiextract.pipeline import prepare


def at(sentence: str, needle: str, cls: type = DateFact, nth: int = 0, **fields: Any) -> Any:
    """A fact whose span is the ``nth`` occurrence of ``needle`` in ``sentence``."""
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(needle, start + 1)
    return cls(text=needle, start=start, end=start + len(needle), sentence=sentence, **fields)


def date_doc(fact: DateFact, document_date: str | None = "2022-01-27") -> Document:
    return Document(source="t.txt", document_date=document_date, dates=(fact,),
                    text=fact.sentence)


def codes(findings: list) -> list[str]:
    return [f.code for f in findings]


S_WEEKDAY = "เมื่อวันพุธที่ 27 มกราคม 2565 นายสมชาย ใจดี ได้เข้าร่วมประชุมผ่านระบบออนไลน์"
S_JUNE = "กำหนดจัดงานในวันที่ 31 มิถุนายน 2565 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์"
S_FEB = "ประกาศเมื่อวันที่ 29 ก.พ. 2566 ว่าจะปรับขึ้นราคาค่าโดยสาร"
S_CE = "ข้อตกลงนี้ลงนามเมื่อวันที่ 5 มีนาคม ค.ศ. 2565 ที่กรุงจาการ์ตา"
S_BE = "ข้อตกลงนี้ลงนามเมื่อวันที่ 5 มีนาคม พ.ศ. 2022 ที่กรุงจาการ์ตา"
S_FAR = "คณะรัฐมนตรีมีมติเมื่อวันที่ 14 กุมภาพันธ์ 2536 ให้เร่งรัดโครงการดังกล่าว"
S_TWO = "ที่ประชุมเมื่อวันที่ 27 ม.ค. 56 เห็นชอบร่างประกาศกระทรวง"
S_FUTURE = "เมื่อวันที่ 30 มกราคม 2565 ที่ผ่านมา กระทรวงได้จัดประชุมหารือร่วมกับภาคเอกชน"


@pytest.mark.parametrize(
    ("fact", "document_date", "expected"),
    [
        (at(S_WEEKDAY, "วันพุธที่ 27 มกราคม 2565", value="2022-01-27", era="BE", weekday="พุธ",
            weekday_matches=False), "2022-01-27", ["weekday-mismatch"]),
        (at(S_WEEKDAY, "วันพุธที่ 27 มกราคม 2565", value="2022-01-27", era="BE", weekday="พุธ",
            weekday_matches=True), "2022-01-27", []),
        (at(S_JUNE, "วันที่ 31 มิถุนายน 2565", value=None, era="BE", valid=False),
         "2022-05-01", ["impossible-date"]),
        (at(S_FEB, "วันที่ 29 ก.พ. 2566", value=None, era="BE", valid=False), "2023-03-01",
         ["impossible-date"]),
        (at(S_FEB, "วันที่ 29 ก.พ. 2566", value="2023-02-28", era="BE"), "2023-03-01", []),
        # The number decides the era (thaiextract.era): "ค.ศ. 2565" is read as BE 2565.
        (at(S_CE, "5 มีนาคม ค.ศ. 2565", value="2022-03-05", era="BE"), "2022-03-10",
         ["era-label-mismatch"]),
        (at(S_BE, "5 มีนาคม พ.ศ. 2022", value="2022-03-05", era="CE"), "2022-03-10",
         ["era-label-mismatch"]),
        (at(S_CE, "5 มีนาคม", value="2022-03-05", year_inferred=True), "2022-03-10", []),
        (at(S_FAR, "วันที่ 14 กุมภาพันธ์ 2536", value="1993-02-14", era="BE", past_cue=True),
         "2023-02-20", ["year-far-from-document"]),
        (at(S_FAR, "วันที่ 14 กุมภาพันธ์ 2536", value="1993-02-14", era="BE", past_cue=True),
         "2023-02-20", ["year-far-from-document"]),
        (at(S_TWO, "27 ม.ค. 56", value="2013-01-27", era="BE", past_cue=True), "2022-02-01",
         ["two-digit-year-decade"]),
        (at(S_TWO, "27 ม.ค. 56", value="2013-01-27", era="BE"), None, []),
        (at(S_FUTURE, "วันที่ 30 มกราคม 2565", value="2022-01-30", era="BE", past_cue=True),
         "2022-01-27", ["future-past-event"]),
        (at(S_FUTURE, "วันที่ 30 มกราคม 2565", value="2022-01-30", era="BE", past_cue=False),
         "2022-01-27", []),
        (at(S_FUTURE, "วันที่ 30 มกราคม", value="2022-01-30", past_cue=True,
            year_inferred=True), "2022-01-27", []),
        (at(S_FUTURE, "วันที่ 30 มกราคม 2565", value="2022-01-30", era="BE", past_cue=True),
         "2022-01-30", []),
    ],
    ids=["weekday-wrong", "weekday-right", "31-june", "29-feb-2566", "28-feb-ok",
         "ce-label-be-year", "be-label-ce-year", "no-year-no-era-check", "be-2536-in-2566",
         "be-2536-in-2566-again", "two-digit-56-in-2565", "two-digit-without-doc-date",
         "past-cue-after-doc-date", "no-past-cue", "year-inferred-skipped", "same-day-ok"],
)
def test_date_checks(fact: DateFact, document_date: str | None, expected: list[str]) -> None:
    assert codes(check_document(date_doc(fact, document_date))) == expected


def test_weekday_message_names_the_real_weekday() -> None:
    fact = at(S_WEEKDAY, "วันพุธที่ 27 มกราคม 2565", value="2022-01-27", era="BE",
              weekday="พุธ", weekday_matches=False)
    (finding,) = check_document(date_doc(fact))
    assert finding.severity == "error"
    assert finding.message_en == "พุธ does not match the date: 2022-01-27 was a Thursday"
    assert finding.message_th == "วันพุธไม่ตรงกับวันที่ 27/1/2565 ซึ่งเป็นวันพฤหัสบดี"
    assert (finding.text, finding.start, finding.end) == ("วันพุธที่ 27 มกราคม 2565", 5, 29)
    assert finding.sentence == S_WEEKDAY
    assert [(s.text, s.start, s.end) for s in finding.spans] == [(fact.text, 5, 29)]


@pytest.mark.parametrize(
    ("needle", "value", "granularity", "document_date", "severity", "diff"),
    [
        ("วันที่ 14 กุมภาพันธ์ 2536", "1993-02-14", "day", "2023-02-20", "warning", -30),
        ("ปี 2556", "2013", "year", "2023-02-20", "info", -10),
        ("ปี 2656", "2113", "year", "2023-02-20", "info", 90),
    ],
    ids=["day-date-warning", "bare-year-info", "future-typo"],
)
def test_year_far_severity(needle: str, value: str, granularity: str, document_date: str,
                           severity: str, diff: int) -> None:
    sentence = f"ข้อมูลจากรายงาน{needle} ระบุว่ามีผู้ใช้บริการเพิ่มขึ้น"
    fact = at(sentence, needle, value=value, era="BE", granularity=granularity)
    (finding,) = check_document(date_doc(fact, document_date))
    assert (finding.code, finding.severity) == ("year-far-from-document", severity)
    assert f"is {diff:+d} years from" in finding.message_en


@pytest.mark.parametrize(
    ("needle", "value", "granularity", "document_date"),
    [
        ("วันที่ 14 กุมภาพันธ์ 2540", "1997-02-14", "day", "2023-02-20"),  # two digits differ
        ("วันที่ 14 กุมภาพันธ์ 2565", "2022-02-14", "day", "2023-02-20"),  # one year off
        ("วันที่ 14 กุมภาพันธ์ 2023", "2023-02-14", "day", "2023-02-20"),  # CE, same year
        ("ปี 2009", "2009", "year", "2023-02-20"),  # CE, two digits differ
    ],
    ids=["two-digits-differ", "adjacent-year", "ce-same-year", "ce-two-digits"],
)
def test_year_far_negatives(needle: str, value: str, granularity: str,
                            document_date: str) -> None:
    sentence = f"ข้อมูลจากรายงาน{needle} ระบุว่ามีผู้ใช้บริการเพิ่มขึ้น"
    fact = at(sentence, needle, value=value, granularity=granularity)
    assert check_document(date_doc(fact, document_date)) == []


@pytest.mark.parametrize(
    ("needle", "value", "granularity", "document_date", "expected"),
    [
        ("27 ม.ค. 56", "2013-01-27", "day", "2022-02-01", "2556"),
        ("๒๗ ม.ค. ๕๖", "2013-01-27", "day", "2022-02-01", "2556"),
        ("ม.ค. 75", "2032-01", "month", "2022-02-01", "2575"),
        ("27 ม.ค. 65", "2022-01-27", "day", "2022-02-01", None),
        ("27 ม.ค. 61", "2018-01-27", "day", "2022-02-01", None),  # same decade
        ("ธ.ค. 69", "2026-12", "month", "2027-01-05", None),  # across a decade, one year back
    ],
    ids=["56-in-2565", "thai-digits", "future-decade", "same-year", "same-decade",
         "decade-boundary"],
)
def test_two_digit_year(needle: str, value: str, granularity: str, document_date: str,
                        expected: str | None) -> None:
    sentence = f"ที่ประชุมเมื่อ {needle} เห็นชอบร่างประกาศกระทรวงฉบับใหม่"
    fact = at(sentence, needle, value=value, era="BE", granularity=granularity)
    found = check_document(date_doc(fact, document_date))
    if expected is None:
        assert found == []
    else:
        (finding,) = found
        assert finding.code == "two-digit-year-decade"
        assert f"reads as {expected}" in finding.message_en


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        ("วันพฤหัสบดีที่ 27 มกราคม 2565 เวลา 10.30 น.", {"value": "2022-01-27", "era": "BE"},
         (2565, 4, None)),
        ("27 ม.ค. 65", {"value": "2022-01-27", "era": "BE"}, (65, 2, None)),
        ("ค.ศ. 2022", {"value": "2022", "era": "CE", "granularity": "year"}, (2022, 4, "CE")),
        ("พ.ศ.2565", {"value": "2022", "era": "BE", "granularity": "year"}, (2565, 4, "BE")),
        ("พ.ศ 2565", {"value": "2022", "era": "BE", "granularity": "year"}, (2565, 4, "BE")),
        ("เดือนมีนาคม 64", {"value": "2021-03", "era": "BE", "granularity": "month"},
         (64, 2, None)),
        ("28 ธ.ค.-4 ม.ค. 61", {"value": "2017-12-28", "end_value": "2018-01-04", "era": "BE"},
         (61, 2, None)),
        ("ค.ศ. 2565", {"value": "2022", "era": "BE", "granularity": "year"}, (2565, 4, "CE")),
        ("27 มกราคม", {"value": "2022-01-27", "era": None}, None),
        ("27 มกราคม", {"value": "2022-01-27", "year_inferred": True}, None),
        ("วันนี้", {"value": "2022-01-27", "era": "BE", "relative": True}, None),
    ],
    ids=["full-with-time", "two-digit", "ce-label", "be-label-no-space", "be-label-no-dot",
         "month-two-digit", "range-year-at-end", "contradicted-label", "day-only", "inferred",
         "relative"],
)
def test_written_year(text: str, fields: dict[str, Any], expected: Any) -> None:
    """The year as written, from the fact's value and era: only digits and marker are looked up."""
    fact = DateFact(text=text, start=0, end=len(text), sentence=text, **fields)
    year = written_year(fact)
    assert (None if year is None else (year.year, year.digits, year.label)) == expected


# --- people and meetings ---------------------------------------------------------------------

P_TEXT = ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า "
          "พล.อ.สมชาย ใจดี รมว.ดิจิทัลฯ ได้สั่งการให้เร่งดำเนินการ")


def person(needle: str, nth: int = 0, **fields: Any) -> PersonFact:
    return at(P_TEXT, needle, PersonFact, nth, name="สมชาย ใจดี", **fields)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ([person("นายสมชาย ใจดี", title="นาย"), person("พล.อ.สมชาย ใจดี", title="พล.อ.")],
         [("person-title-conflict", "พล.อ.สมชาย ใจดี", 75, 90)]),
        ([person("นายสมชาย ใจดี", title="นาย"), person("สมชาย ใจดี", nth=1, title="นาย")], []),
        ([person("นายสมชาย ใจดี", title="พล.ต.อ."),
          person("สมชาย ใจดี", nth=1, title="พล.ต.อ.ดร.")], []),
        ([person("นายสมชาย ใจดี", position="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
          person("พล.อ.สมชาย ใจดี", position="รมว.ดิจิทัลฯ")], []),
        ([person("นายสมชาย ใจดี", position="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
          person("พล.อ.สมชาย ใจดี", position="รมว.คลัง",
                 position_expanded="รัฐมนตรีว่าการกระทรวงการคลัง")],
         [("person-position-conflict", "พล.อ.สมชาย ใจดี", 75, 90)]),
        ([person("นายสมชาย ใจดี", title="นาย"),
          at(P_TEXT, "พล.อ.สมชาย ใจดี", PersonFact, name="สมชาย ใจเย็น", title="พล.อ.")], []),
    ],
    ids=["two-titles", "same-title", "stacked-title", "abbreviated-same-position",
         "different-ministry", "different-people"],
)
def test_people(facts: list[PersonFact], expected: list[tuple]) -> None:
    found = list(check_people(facts))
    assert [(f.code, f.text, f.start, f.end) for f in found] == expected
    for finding in found:
        assert [(s.start, s.end) for s in finding.spans] == [(0, 13), (75, 90)]


def test_position_conflict_message() -> None:
    facts = [person("นายสมชาย ใจดี", position="รมว.พาณิชย์"),
             person("พล.อ.สมชาย ใจดี", position="รมว.กลาโหม")]
    (finding,) = check_people(facts)
    assert finding.message_en == "สมชาย ใจดี is given two positions: รมว.พาณิชย์ and รมว.กลาโหม"


# --- per-mention attributes (PersonMention / MeetingMention): one merged fact -------------------

# Two sentences; one person fact with its two mentions, as the people extractor merges them.
PM_TEXT = ("พล.อ.สมชาย ใจดี ผู้บัญชาการทหารบก เปิดเผยว่ากองทัพพร้อมสนับสนุนรัฐบาล\n"
           "ต่อมา นายสมชาย ใจดี นายกรัฐมนตรี ได้เดินทางไปตรวจเยี่ยมพื้นที่\n")


def mention(needle: str, nth: int = 0, **fields: Any) -> PersonMention:
    start = -1
    for _ in range(nth + 1):
        start = PM_TEXT.index(needle, start + 1)
    return PersonMention(needle, start, start + len(needle), **fields)


def merged_person(*mentions: PersonMention) -> Document:
    first = mentions[0]
    fact = PersonFact(text=first.text, start=first.start, end=first.end,
                      sentence=PM_TEXT.splitlines()[0], name="สมชาย ใจดี", title=first.title,
                      position=first.position, mentions=mentions)
    return Document(source="t.txt", people=(fact,), text=PM_TEXT)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ((mention("พล.อ.สมชาย ใจดี", title="พล.อ."), mention("นายสมชาย ใจดี", title="นาย")),
         [("person-title-conflict", "นายสมชาย ใจดี", 76, 89,
           "สมชาย ใจดี is titled both พล.อ. and นาย")]),
        ((mention("พล.อ.สมชาย ใจดี", title="พล.อ."), mention("นายสมชาย ใจดี", title="พล.อ.")),
         []),
        ((mention("พล.อ.สมชาย ใจดี", position="ผู้บัญชาการทหารบก"),
          mention("นายสมชาย ใจดี", position="นายกรัฐมนตรี")),
         [("person-position-conflict", "นายสมชาย ใจดี", 76, 89,
           "สมชาย ใจดี is given two positions: ผู้บัญชาการทหารบก and นายกรัฐมนตรี")]),
        ((mention("พล.อ.สมชาย ใจดี", position="ผบ.ทบ."),
          mention("นายสมชาย ใจดี", position="ผู้บัญชาการทหารบก")), []),
        ((mention("พล.อ.สมชาย ใจดี", position="นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
          mention("นายสมชาย ใจดี", position="รมว.กลาโหม")), []),
        ((mention("พล.อ.สมชาย ใจดี", position="นายกรัฐมนตรีและผู้บัญชาการทหารบก"),
          mention("นายสมชาย ใจดี", position="นายกรัฐมนตรี")), []),
    ],
    ids=["two-titles", "same-title", "pm-vs-army-chief", "abbreviated-same-post",
         "two-posts-held", "combined-then-one"],
)
def test_person_mentions(mentions: tuple[PersonMention, ...], expected: list[tuple]) -> None:
    found = check_document(merged_person(*mentions))
    assert [(f.code, f.text, f.start, f.end, f.message_en) for f in found] == expected
    for f in found:
        assert PM_TEXT[f.start:f.end] == f.text
        assert f.sentence == PM_TEXT.splitlines()[1]  # the later mention's own sentence
        assert [(s.start, s.end) for s in f.spans] == [(0, 15), (76, 89)]


def test_stated_together_elsewhere_is_no_conflict() -> None:
    """One mention says both posts are held; a later pair named apart is no conflict."""
    text = PM_TEXT + "พล.อ.สมชาย ใจดี นายกรัฐมนตรีและผู้บัญชาการทหารบก กล่าวว่า\n"
    third = text.rindex("พล.อ.สมชาย ใจดี")
    mentions = (mention("พล.อ.สมชาย ใจดี", position="ผู้บัญชาการทหารบก"),
                mention("นายสมชาย ใจดี", position="นายกรัฐมนตรี"),
                PersonMention("พล.อ.สมชาย ใจดี", third, third + 15,
                              position="นายกรัฐมนตรีและผู้บัญชาการทหารบก"))
    doc = merged_person(*mentions)
    assert check_document(Document(source="t.txt", people=doc.people, text=text)) == []


MM_TEXT = ("การประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3 เมื่อวันที่ 1 มีนาคม 2565 "
           "มีมติเห็นชอบแผน\nทั้งนี้ การประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3 "
           "เมื่อวันที่ 4 มีนาคม 2565 ได้รับทราบรายงาน\n")
MM_NAME = "การประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3"


def merged_meeting(second: dict[str, Any]) -> Document:
    a = MM_TEXT.index(MM_NAME)
    b = MM_TEXT.index(MM_NAME, a + 1)
    mentions = (MeetingMention(MM_NAME, a, a + len(MM_NAME), ordinal=3, date="2022-03-01"),
                MeetingMention(MM_NAME, b, b + len(MM_NAME), **second))
    fact = MeetingFact(text=MM_NAME, start=a, end=a + len(MM_NAME),
                       sentence=MM_TEXT.splitlines()[0], name=MM_NAME[:-11], ordinal=3,
                       date="2022-03-01", mentions=mentions)
    return Document(source="t.txt", meetings=(fact,), text=MM_TEXT)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ({"ordinal": 3, "date": "2022-03-04"},
         [("meeting-ordinal-date-conflict", 117, 183, "meeting no. 3 "
           "(การประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ) has two dates: "
           "2022-03-01 and 2022-03-04")]),
        ({"ordinal": 3, "date": "2022-03-01"}, []),
        ({"ordinal": 3, "date": None}, []),
        ({"ordinal": 4, "date": "2022-03-04"}, []),
        ({"ordinal": None, "date": "2022-03-04"},
         [("meeting-ordinal-date-conflict", 117, 183, "meeting no. 3 "
           "(การประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ) has two dates: "
           "2022-03-01 and 2022-03-04")]),
    ],
    ids=["two-dates", "same-date", "no-date", "other-ordinal", "ordinal-from-the-fact"],
)
def test_meeting_mentions(second: dict[str, Any], expected: list[tuple]) -> None:
    found = check_document(merged_meeting(second))
    assert [(f.code, f.start, f.end, f.message_en) for f in found] == expected
    for f in found:
        assert MM_TEXT[f.start:f.end] == f.text
        assert f.sentence == MM_TEXT.splitlines()[1]


M_TEXT = ("การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 เมื่อวันที่ 27 มกราคม 2565 ... "
          "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 ซึ่งจัดขึ้นเมื่อวันที่ 28 มกราคม 2565")
M_NAME = "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ({"date": "2022-01-28"}, [("meeting-ordinal-date-conflict", 78, 124)]),
        ({"date": "2022-01-27"}, []),
        ({"date": "2022-01-28", "ordinal": 3}, []),
        ({"date": None}, []),
    ],
    ids=["two-dates", "same-date", "other-ordinal", "no-date"],
)
def test_meetings(second: dict[str, Any], expected: list[tuple]) -> None:
    first = at(M_TEXT, M_NAME, MeetingFact, name=M_NAME, ordinal=2, date="2022-01-27")
    fields = {"name": M_NAME, "ordinal": 2, **second}
    later = at(M_TEXT, M_NAME, MeetingFact, nth=1, **fields)
    found = list(check_meetings([first, later]))
    assert [(f.code, f.start, f.end) for f in found] == expected


def test_meeting_range_contains_date() -> None:
    first = at(M_TEXT, M_NAME, MeetingFact, name=M_NAME, ordinal=2, date="2022-01-27",
               end_date="2022-01-28")
    later = at(M_TEXT, M_NAME, MeetingFact, nth=1, name=M_NAME, ordinal=2, date="2022-01-28")
    assert list(check_meetings([first, later])) == []


# --- digits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("วันนี้มีผู้ติดเชื้อรายใหม่ ๑๒๕ ราย (135 ราย) ส่วนใหญ่อยู่ในกรุงเทพฯ",
         [("๑๒๕ ราย (135 ราย)", ("๑๒๕", 27, 30), ("135", 36, 39))]),
        ("งบประมาณทั้งสิ้น ๑,๒๕๐ ล้านบาท หรือ 1,205 ล้านบาท ตามมติคณะรัฐมนตรี",
         [("๑,๒๕๐ ล้านบาท หรือ 1,205 ล้านบาท", ("๑,๒๕๐", 17, 22), ("1,205", 36, 41))]),
        ("ผู้เข้าร่วม 135 (๑๒๕) คน", [("135 (๑๒๕)", ("135", 12, 15), ("๑๒๕", 17, 20))]),
        ("วันนี้มีผู้ติดเชื้อรายใหม่ ๑๒๕ ราย (125 ราย) ส่วนใหญ่อยู่ในกรุงเทพฯ", []),
        ("ประกาศ ณ วันที่ ๒๗ มกราคม ๒๕๖๕ (27 ม.ค.) โดยสำนักนายกรัฐมนตรี", []),
        ("มีผู้บาดเจ็บ ๒ คน (10 ราย เป็นชาวต่างชาติ)", []),
        ("มีผู้บาดเจ็บ ๒ คน (10 คน)", [("๒ คน (10 คน)", ("๒", 13, 14), ("10", 19, 21))]),
        ("มีผู้บาดเจ็บ 2 คน (10 คน)", []),
        ("งบประมาณ ๓.๕ ล้านบาท (3.5 ล้านบาท)", []),
    ],
    ids=["paren-unit", "or-with-commas", "arabic-first", "agree", "date-paren",
         "different-units", "same-unit-disagree", "both-arabic", "decimals-agree"],
)
def test_digit_mismatch(text: str, expected: list[tuple]) -> None:
    found = list(check_digits(prepare(text)))
    got = [(f.text, *((s.text, s.start, s.end) for s in f.spans)) for f in found]
    assert got == expected
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.code == "digit-mismatch"


def test_digit_mismatch_offsets_after_dropped_lines() -> None:
    text = "หัวข่าว\n\nย่อหน้าแรกของข่าว\nมีผู้ติดเชื้อ ๑๒๕ ราย (135 ราย) ในวันนี้\n"
    doc = Document(source="t.txt", text=text)
    (finding,) = check_document(doc)
    assert text[finding.start:finding.end] == finding.text == "๑๒๕ ราย (135 ราย)"
    assert finding.sentence == "มีผู้ติดเชื้อ ๑๒๕ ราย (135 ราย) ในวันนี้"


def test_every_code_has_messages_and_is_documented() -> None:
    import thaiextract.check as check

    assert set(messages()) == set(CODES)
    for code in CODES:
        assert f"``{code}``" in check.__doc__
        assert messages()[code]["severity"] in ("error", "warning", "info")


# --- the command -----------------------------------------------------------------------------

CLEAN = "ข่าวทั่วไป\nวันนี้มีผู้ติดเชื้อรายใหม่ ๑๒๕ ราย (125 ราย) ส่วนใหญ่อยู่ในกรุงเทพฯ\n"
WRONG = "ข่าวทั่วไป\nวันนี้มีผู้ติดเชื้อรายใหม่ ๑๒๕ ราย (135 ราย) ส่วนใหญ่อยู่ในกรุงเทพฯ\n"


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("names", "code"),
    [(["clean.txt"], 0), (["wrong.txt"], 3), (["clean.txt", "wrong.txt"], 3),
     (["wrong.txt", "missing.txt"], 1), (["clean.txt", "missing.txt"], 1)],
    ids=["nothing-found", "found", "found-in-one", "failure-wins", "failure"],
)
def test_check_exit_codes(files, names: list[str], code: int) -> None:
    result = CliRunner().invoke(app, ["check", *(str(files / n) for n in names), "-f", "jsonl",
                                      "-q"])
    assert result.exit_code == code, result.output


def test_check_json_output(files) -> None:
    result = CliRunner().invoke(app, ["check", str(files / "wrong.txt"), "-f", "json", "-q",
                                      "--document-date", "2022-01-27"])
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["source"] == str(files / "wrong.txt")
    assert data["document_date"] == "2022-01-27"
    (finding,) = data["findings"]
    assert finding["code"] == "digit-mismatch"
    assert (finding["text"], finding["start"], finding["end"]) == ("๑๒๕ ราย (135 ราย)", 38, 55)
    assert WRONG[38:55] == finding["text"]
    assert finding["spans"] == [{"text": "๑๒๕", "start": 38, "end": 41},
                                {"text": "135", "start": 47, "end": 50}]


def test_check_csv_and_min_severity(files) -> None:
    result = CliRunner().invoke(app, ["check", str(files / "wrong.txt"), "-f", "csv", "-q"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("source,id,document_date,code,severity,text,start,end")
    assert len(lines) == 2 and ",digit-mismatch,error," in lines[1]
    # No warnings-only filter can hide an error; an error-only run of a clean file exits 0.
    result = CliRunner().invoke(app, ["check", str(files / "clean.txt"), "-f", "csv", "-q",
                                      "--min-severity", "error"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


# --- end to end (needs the extractors) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "document_date", "code", "span"),
    [
        ("เมื่อวันพุธที่ 27 มกราคม 2565 นายสมชาย ใจดี ได้เข้าร่วมการประชุมผ่านระบบออนไลน์",
         "2022-01-28", "weekday-mismatch", "27 มกราคม 2565"),
        ("การประชุมจะจัดขึ้นในวันที่ 31 มิถุนายน 2565 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์",
         "2022-05-01", "impossible-date", "31 มิถุนายน 2565"),
        ("เมื่อวันที่ 30 มกราคม 2565 กระทรวงได้จัดประชุมหารือร่วมกับภาคเอกชน",
         "2022-01-27", "future-past-event", "30 มกราคม 2565"),
        (S_CE, "2022-03-10", "era-label-mismatch", "ค.ศ. 2565"),
        (S_BE, "2022-03-10", "era-label-mismatch", "พ.ศ. 2022"),
        (S_FAR, "2023-02-20", "year-far-from-document", "14 กุมภาพันธ์ 2536"),
        (S_TWO, "2022-02-01", "two-digit-year-decade", "27 ม.ค. 56"),
        ("วันนี้มีผู้ติดเชื้อรายใหม่ ๑๒๕ ราย (135 ราย) ส่วนใหญ่อยู่ในกรุงเทพฯ", "2022-02-01",
         "digit-mismatch", "๑๒๕ ราย (135 ราย)"),
    ],
    ids=["weekday", "impossible", "future-past", "ce-label-on-be-year", "be-label-on-ce-year",
         "year-typo", "two-digit-typo", "digits"],
)
def test_end_to_end(text: str, document_date: str, code: str, span: str) -> None:
    from thaiextract.pipeline import extract

    doc = extract(text, document_date=dt.date.fromisoformat(document_date))
    found = [f for f in check_document(doc) if f.code == code]
    assert len(found) == 1, (doc.dates, check_document(doc))
    assert span in found[0].text
    assert text[found[0].start:found[0].end] == found[0].text


# Raw text: one person titled พล.อ. then นาย, army chief then prime minister; one meeting
# ครั้งที่ 3 dated 1 then 4 มีนาคม.
E2E_PERSON = PM_TEXT
E2E_MEETING = MM_TEXT


def _e2e(text: str, code: str, tmp_path: Any) -> tuple[list[Finding], list[dict[str, Any]]]:
    """The findings of ``code`` through the API and through `thaiextract check`."""
    from thaiextract.pipeline import extract

    api = [f for f in check_document(extract(text, document_date="2022-03-05")) if f.code == code]
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "-f", "json", "-q",
                                      "--document-date", "2022-03-05"])
    cli = [f for f in json.loads(result.stdout)["findings"] if f["code"] == code]
    return api, cli


@pytest.mark.parametrize(
    ("text", "document_date"),
    [
        ("นายเนวินระบุว่า ตั้งแต่วันที่ 21 พ.ย.-16 ม.ค. มีไก่ป่วยและถูกทำลาย", "2007-12-31"),
        ("นายเนวินระบุว่า ตั้งแต่วันที่ 21 พ.ย.-16 ม.ค. มีไก่ป่วยและถูกทำลาย", None),
        ("วันพฤหัสบดีที่ 27 มกราคม 2565 เวลา 10.30 น. ที่ประชุมเห็นชอบ", "2022-01-27"),
    ],
    ids=["range-across-new-year", "range-without-document-date", "right-weekday"],
)
def test_end_to_end_no_false_alarm(text: str, document_date: str | None) -> None:
    from thaiextract.pipeline import extract

    assert check_document(extract(text, document_date=document_date)) == []


def test_end_to_end_position_conflict(tmp_path: Any) -> None:
    """ผู้บัญชาการทหารบก then นายกรัฐมนตรี for one person: two seats that exclude each other."""
    api, cli = _e2e(E2E_PERSON, "person-position-conflict", tmp_path)
    assert [f.message_en for f in api] == [
        "สมชาย ใจดี is given two positions: ผู้บัญชาการทหารบก and นายกรัฐมนตรี"]
    assert [f["message_en"] for f in cli] == [f.message_en for f in api]
    assert E2E_PERSON[api[0].start:api[0].end] == api[0].text


@pytest.mark.parametrize(
    ("text", "code", "later", "first"),
    [
        (E2E_PERSON, "person-title-conflict", "นายสมชาย ใจดี", "พล.อ.สมชาย ใจดี"),
        (E2E_PERSON, "person-position-conflict", "นายสมชาย ใจดี", "พล.อ.สมชาย ใจดี"),
        (E2E_MEETING, "meeting-ordinal-date-conflict", MM_NAME, MM_NAME),
    ],
    ids=["title", "position-at-its-mention", "meeting-date"],
)
def test_end_to_end_mention_conflicts(text: str, code: str, later: str, first: str,
                                      tmp_path: Any) -> None:
    """From raw text: the finding sits on the later mention and cites both."""
    api, cli = _e2e(text, code, tmp_path)
    start = text.index(later, text.index(first) + 1)
    assert [(f.text, f.start, f.end) for f in api] == [(later, start, start + len(later))]
    assert [(s.start, s.end) for s in api[0].spans] == [
        (text.index(first), text.index(first) + len(first)), (start, start + len(later))]
    assert [(f["text"], f["start"], f["end"]) for f in cli] == [(later, start,
                                                                 start + len(later))]


# --- false alarms found on real text (ThaiNER 1.5 train/val lines), and the true cases ---------


def _squashed(title: str) -> str:
    return title.replace(".", "").replace(" ", "")


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        ("พล.อ.", "พล.อ.ดร.", False), ("นาย", "ดร.", False), ("พล.อ.", "พลเอก", False),
        ("นาย", "นพ.", False), ("ดร.", "รศ.", False), ("ศ.ดร.", "ศ.", False),
        ("พล.ต.อ.ดร.", "พล.ต.อ.", False),
        ("นาย", "พล.อ.", True), ("พล.ต.อ.", "พล.อ.", True), ("นพ.", "พญ.", True),
        ("รศ.ดร.", "ศ.", True), ("นาย", "นาง", True),
        ("คุณ", "พล.อ.", False), ("คุณ", "นาง", False),
    ],
    ids=["stacked", "civil-and-doctorate", "abbreviated-rank", "physician", "degree-and-rank",
         "professor-stacked", "police-stacked", "civil-vs-army", "police-vs-army",
         "male-vs-female-physician", "associate-vs-full-professor", "male-vs-female",
         "honorific-and-rank", "honorific-and-civil"],
)
def test_titles_clash(first: str, second: str, clash: bool) -> None:
    assert titles_clash(_squashed(first), _squashed(second)) is clash


R_PM = "นายสมชาย ใจดี รองนายกรัฐมนตรี เปิดเผยว่า นายสมชาย ใจดี นายกรัฐมนตรี ได้สั่งการแล้ว"


def test_position_clash_of_substring_seat() -> None:
    facts = [at(R_PM, "นายสมชาย ใจดี", PersonFact, name="สมชาย ใจดี", title="นาย",
                position="รองนายกรัฐมนตรี"),
             at(R_PM, "นายสมชาย ใจดี", PersonFact, nth=1, name="สมชาย ใจดี", title="นาย",
                position="นายกรัฐมนตรี")]
    (finding,) = check_people(facts)
    assert (finding.code, finding.text, finding.start, finding.end) == (
        "person-position-conflict", "นายสมชาย ใจดี", 41, 54)
    assert [(s.start, s.end) for s in finding.spans] == [(0, 13), (41, 54)]


def test_position_repeated_in_positions_is_no_clash() -> None:
    # The people extractor lists the main position again in `positions`, expanded differently.
    fact = at(R_PM, "นายสมชาย ใจดี", PersonFact, name="สมชาย ใจดี", position="รมว.ต่างประเทศ",
              position_expanded="รัฐมนตรีว่าการกระทรวงการต่างประเทศ",
              positions=("รมว.ต่างประเทศ",))
    assert list(check_people([fact])) == []


@pytest.mark.parametrize(
    ("sentence", "needle", "fields", "document_date", "expected"),
    [
        # Historical years near a cue: real references, not typos.
        ("จำเป็นจะต้องนำรัฐธรรมนูญปี2535และ2540มาผสมรวมกัน", "2540",
         {"value": "1997", "granularity": "year", "era": "BE"}, "2007-08-01", []),
        ("คมช.เขย่าขวัญ รธน.ไม่ผ่านใช้ปี40+35เปิดทางนายกฯ คนนอก", "ปี40",
         {"value": "1997", "granularity": "year", "era": "BE"}, "2007-08-01", []),
        ("18 กรกฎาคม 2521 วันคล้ายวันสถาปนาคณะมนุษยศาสตร์และสังคมศาสตร์", "18 กรกฎาคม 2521",
         {"value": "1978-07-18", "era": "BE"}, "2018-07-18", []),
        # A year named in a plan or goal (tests/devset gov-007).
        ("ขับเคลื่อนความร่วมมือกับวาระการพัฒนาที่ยั่งยืน ค.ศ. 2030 ของสหประชาชาติ", "ค.ศ. 2030",
         {"value": "2030", "granularity": "year", "era": "CE"}, "2020-11-15", []),
        # A span of years is a period.
        ("ในรอบ 10 ปี ที่ผ่านมาระหว่าง พ.ศ.2549-2558 มีเด็กเสียชีวิต", "พ.ศ.2549-2558",
         {"value": "2006", "end_value": "2015", "granularity": "year", "era": "BE"},
         "2016-07-18", []),
        # A two-digit year two years back, across a decade: a reference, not a typo.
        ("จ่ายเงินชดใช้นับจากวันที่ 11 เม.ย. 59 ซึ่งเป็นวันฟ้อง", "11 เม.ย. 59",
         {"value": "2016-04-11", "era": "BE"}, "2018-07-01", []),
        # A bare two-digit year one digit off is only info.
        ("ปีนี้พุ่งขึ้นจากลำน้ำโขง 772 ลูก เทียบกับปี 56 เกิดขึ้นเพียง 170 ลูก", "ปี 56",
         {"value": "2013", "granularity": "year", "era": "BE"}, "2023-10-20",
         [("two-digit-year-decade", "info")]),
        # The true cases stay.
        ("ที่ประชุมเมื่อวันที่ 27 ม.ค. 56 เห็นชอบร่างประกาศกระทรวง", "27 ม.ค. 56",
         {"value": "2013-01-27", "era": "BE"}, "2023-02-01",
         [("two-digit-year-decade", "warning")]),
        ("คณะรัฐมนตรีมีมติเมื่อวันที่ 14 กุมภาพันธ์ 2536 ให้เร่งรัดโครงการ", "14 กุมภาพันธ์ 2536",
         {"value": "1993-02-14", "era": "BE"}, "2023-02-20",
         [("year-far-from-document", "warning")]),
        ("วันศุกร์ที่ 5 มกราคม 2560 เวลา 14.09 น. นายสมชาย ใจดี ได้เดินทางไปกรุงเทพฯ",
         "วันศุกร์ที่ 5 มกราคม 2560",
         {"value": "2017-01-05", "era": "BE", "weekday": "ศุกร์", "weekday_matches": False},
         "2017-01-06", [("weekday-mismatch", "error")]),
        # An inferred year can be one off: the written weekday fits the year after.
        ("งานจะจัดขึ้นในวันอาทิตย์ที่ 23 พฤศจิกายน ณ นครซิดนีย์", "วันอาทิตย์ที่ 23 พฤศจิกายน",
         {"value": "2007-11-23", "weekday": "อาทิตย์", "weekday_matches": False,
          "year_inferred": True}, "2007-12-31", []),
        ("งานจะจัดขึ้นในวันศุกร์ที่ 23 พฤศจิกายน ณ นครซิดนีย์", "วันศุกร์ที่ 23 พฤศจิกายน",
         {"value": "2007-11-23", "weekday": "ศุกร์", "weekday_matches": False,
          "year_inferred": True}, "2007-12-31", [("weekday-mismatch", "error")]),
        # A range in the wrong order is no impossible date (its days exist); 31 มิถุนายน is.
        ("ระหว่างวันที่ 16 ม.ค. 2565 - 21 พ.ย. 2564 มีไก่ป่วยและถูกทำลาย",
         "16 ม.ค. 2565 - 21 พ.ย. 2564",
         {"value": "2022-01-16", "end_value": "2021-11-21", "valid": False, "era": "BE",
          "rule": "range"}, None, []),
        ("ประชุมระหว่างวันที่ 30-31 มิ.ย. 2565 ณ จังหวัดเชียงใหม่", "30-31 มิ.ย. 2565",
         {"value": "2022-06-30", "end_value": "2022-06-31", "valid": False, "era": "BE"}, None,
         [("impossible-date", "error")]),
    ],
    ids=["constitution-year", "constitution-two-digit", "founding-day", "plan-year", "year-span",
         "two-years-back", "bare-two-digit-info", "two-digit-typo", "four-digit-typo",
         "wrong-weekday", "inferred-year-off-by-one", "inferred-year-wrong-weekday",
         "range-reversed", "range-impossible-day"],
)
def test_date_false_alarms(sentence: str, needle: str, fields: dict[str, Any],
                           document_date: str | None, expected: list[tuple]) -> None:
    fact = at(sentence, needle, **fields)
    found = check_document(date_doc(fact, document_date))
    assert [(f.code, f.severity) for f in found] == expected
    for finding in found:
        assert (finding.text, finding.start) == (needle, sentence.index(needle))


@pytest.mark.parametrize(
    ("source", "expected"), [("lead", []), ("dateline", ["future-past-event"]),
                             ("option", ["future-past-event"])],
    ids=["lead-date-is-a-guess", "dateline", "option"],
)
def test_future_past_against_lead_date(source: str, expected: list[str]) -> None:
    sentence = ("มหาวิทยาลัยจัดตั้งตามมติคณะรัฐมนตรี เมื่อวันที่ 20 มิถุนายน พ.ศ. 2538 "
                "และมติเพิ่มเติมเมื่อ 8 ตุลาคม พ.ศ. 2539")
    fact = at(sentence, "8 ตุลาคม พ.ศ. 2539", value="1996-10-08", era="BE", past_cue=True)
    doc = Document(source="t.txt", document_date="1995-06-20", document_date_source=source,
                   dates=(fact,), text=sentence)
    assert codes(check_document(doc)) == expected


# --- offsets on Thai-digit and HTML inputs ----------------------------------------------------

SAMPLES = __import__("pathlib").Path(__file__).resolve().parent.parent / "samples"


def _exact(findings: list[Finding], original: str) -> None:
    for f in findings:
        assert original[f.start:f.end] == f.text, f
        for span in f.spans:
            assert original[span.start:span.end] == span.text, f


@pytest.mark.parametrize(
    ("name", "replace", "expected"),
    [
        ("thai-digits.txt", [("วันที่ ๙ ม.ค.", "วันศุกร์ที่ ๙ ม.ค. ๒๕๖๗"),
                             ("วงเงิน ๒๕๐ ล้านบาท", "วงเงิน ๒๕๐ (260) ล้านบาท")],
         [("weekday-mismatch", "วันศุกร์ที่ ๙ ม.ค. ๒๕๖๗"), ("digit-mismatch", "๒๕๐ (260)")]),
        ("press-release.html", [("วันอังคารที่ 12 มีนาคม 2567", "วันพุธที่ 12 มีนาคม 2567")],
         [("weekday-mismatch", "วันพุธที่ 12 มีนาคม 2567")]),
    ],
    ids=["thai-digits", "html"],
)
def test_offsets_on_samples(name: str, replace: list[tuple[str, str]],
                            expected: list[tuple[str, str]]) -> None:
    from thaiextract.pipeline import extract

    original = (SAMPLES / name).read_text(encoding="utf-8")
    assert check_document(extract(original, source=name)) == []  # the samples are clean
    for old, new in replace:
        assert old in original
        original = original.replace(old, new, 1)
    found = check_document(extract(original, source=name))
    assert [(f.code, f.text) for f in found] == expected
    _exact(found, original)
