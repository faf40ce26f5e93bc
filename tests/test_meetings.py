"""Meetings: triggers, name boundaries, ordinal, date, place, format, participants, merging."""

from __future__ import annotations

from typing import Any

import pytest

from thaiextract.anchor import anchor_fact
from thaiextract.extractors import meetings
from thaiextract.link.meetings import link_meetings
from thaiextract.model import DateFact, MeetingFact, OrganizationFact, PersonFact
from thaiextract.pipeline import extract, prepare


def run(text: str, dates: list[DateFact] = (), people: list[PersonFact] = ()) -> list[MeetingFact]:
    return linked(text, dates=dates, people=people)


def linked(
    text: str, dates: list[DateFact] = (), people: list[PersonFact] = (),
    orgs: list[OrganizationFact] = (),
) -> list[MeetingFact]:
    """Meetings of ``text`` given the other kinds' facts: extractor, then the meetings linker."""
    doc = prepare(text)
    found = meetings.extract(doc, {"organizations": tuple(orgs)})
    facts = {"meetings": found, "dates": list(dates), "people": list(people)}
    return [anchor_fact(doc, f) for f in link_meetings(doc, facts).get("meetings", [])]


def date(text: str, written: str, value: str, end_value: str | None = None, **kw: Any) -> DateFact:
    start = text.index(written)
    return DateFact(written, start, start + len(written), "", value=value, end_value=end_value, **kw)


def person(text: str, written: str, name: str) -> PersonFact:
    start = text.index(written)
    return PersonFact(written, start, start + len(written), "", name=name)


def check(fact: MeetingFact, text: str, expected: dict[str, Any]) -> None:
    assert text[fact.start : fact.end] == fact.text
    got = {key: getattr(fact, key) for key in expected if key != "start"}
    want = {key: value for key, value in expected.items() if key != "start"}
    assert got == want
    if "start" in expected:
        assert fact.start == expected["start"]


# One sentence, one meeting: the fields that must come out exactly.
SINGLE = [
    pytest.param(
        "พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล",
        {"text": "การประชุมคณะรัฐมนตรี", "name": "การประชุมคณะรัฐมนตรี", "ordinal": None,
         "location": "ทำเนียบรัฐบาล", "online": False},
        id="cabinet-at-government-house",
    ),
    pytest.param(
        "ที่ประชุม ครม. มีมติเห็นชอบร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปี",
        {"text": "ประชุม ครม.", "name": "ประชุมครม.", "ordinal": None, "location": None},
        id="ti-prachum-cabinet-abbreviation",
    ),
    pytest.param(
        "นายกรัฐมนตรีเดินทางไปร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 40 ณ กรุงพนมเปญ ราชอาณาจักรกัมพูชา"
        " ระหว่างวันที่ 10 - 13 พฤศจิกายน 2565",
        {"text": "การประชุมสุดยอดอาเซียน ครั้งที่ 40", "name": "การประชุมสุดยอดอาเซียน", "ordinal": 40,
         "location": "กรุงพนมเปญ ราชอาณาจักรกัมพูชา"},
        id="summit-ordinal-capital-and-country",
    ),
    pytest.param(
        "รัฐมนตรีว่าการกระทรวงพาณิชย์เข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจอาเซียน (AEM) ครั้งที่ 54 ณ กรุงพนมเปญ",
        {"text": "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน (AEM) ครั้งที่ 54",
         "name": "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน", "ordinal": 54, "acronym": "AEM",
         "english_name": None, "location": "กรุงพนมเปญ"},
        id="acronym-in-brackets-then-ordinal",
    ),
    pytest.param(
        "ปลัดกระทรวงเข้าร่วมประชุม รัฐมนตรีอาเซียนด้านพลังงานครั้งที่ ๔๐ (The 40th ASEAN Ministers on"
        " Energy Meeting หรือ AMEM) ผ่านระบบ Video Conference",
        {"text": "ประชุม รัฐมนตรีอาเซียนด้านพลังงานครั้งที่ ๔๐", "name": "ประชุมรัฐมนตรีอาเซียนด้านพลังงาน",
         "ordinal": 40, "english_name": "ASEAN Ministers on Energy Meeting", "acronym": "AMEM",
         "online": True},
        id="thai-digits-english-and-acronym-video-conference",
    ),
    pytest.param(
        "ผู้แทนไทยร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านการท่องเที่ยว ผ่านระบบ Zoom เพื่อเตรียมการ",
        {"text": "การประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านการท่องเที่ยว", "online": True,
         "name": "การประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านการท่องเที่ยว"},
        id="senior-officials-zoom-keeps-thi-inside-words",
    ),
    pytest.param(
        "รองนายกรัฐมนตรีร่วมการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ ผ่านระบบออนไลน์",
        {"text": "การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ", "online": True, "ordinal": None},
        id="committee-online",
    ),
    pytest.param(
        "ไทยเป็นเจ้าภาพจัดการประชุม The 29th APEC Economic Leaders' Meeting ที่ศูนย์ประชุมแห่งชาติสิริกิติ์",
        {"text": "The 29th APEC Economic Leaders' Meeting", "name": "APEC Economic Leaders' Meeting",
         "english_name": "APEC Economic Leaders' Meeting", "ordinal": 29,
         "location": "ศูนย์ประชุมแห่งชาติสิริกิติ์"},
        id="english-name-after-thai-trigger-venue-after-ti",
    ),
    pytest.param(
        "กระทรวงพาณิชย์เตรียมการเจรจาความตกลงการค้าเสรีไทย-สหภาพยุโรป รอบที่ 2 ในเดือนหน้า",
        {"text": "การเจรจาความตกลงการค้าเสรีไทย-สหภาพยุโรป รอบที่ 2",
         "name": "การเจรจาความตกลงการค้าเสรีไทย-สหภาพยุโรป", "ordinal": 2},
        id="negotiation-round",
    ),
    pytest.param(
        "นายกรัฐมนตรีได้หารือกับนายกรัฐมนตรีญี่ปุ่นในการหารือทวิภาคีไทย-ญี่ปุ่น ซึ่งจัดขึ้นที่โรงแรมแห่งหนึ่ง",
        {"text": "การหารือทวิภาคีไทย-ญี่ปุ่น", "name": "การหารือทวิภาคีไทย-ญี่ปุ่น",
         "location": "โรงแรมแห่งหนึ่ง"},
        id="bilateral-talks-held-at",
    ),
    pytest.param(
        "ทั้งสองฝ่ายร่วมพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล ณ กรุงโตเกียว ประเทศญี่ปุ่น",
        {"text": "พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล",
         "location": "กรุงโตเกียว ประเทศญี่ปุ่น"},
        id="signing-ceremony-mou",
    ),
    pytest.param(
        "มหาวิทยาลัยจัดงานสัมมนาวิชาการประจำปี 2566 ณ หอประชุมใหญ่ โดยมีนักศึกษาเข้าร่วม",
        {"text": "งานสัมมนาวิชาการประจำปี 2566", "name": "งานสัมมนาวิชาการ",
         "location": "หอประชุมใหญ่"},
        id="seminar-with-year",
    ),
    pytest.param(
        "ผู้บริหารร่วมพิธีเปิดงาน Opening Ceremony of the ASEAN Smart Cities Network"
        " ผ่านระบบประชุมทางไกล",
        {"text": "Opening Ceremony of the ASEAN Smart Cities Network",
         "name": "Opening Ceremony of the ASEAN Smart Cities Network", "online": True},
        id="opening-ceremony-english-name-only",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_meeting(text: str, expected: dict[str, Any]) -> None:
    facts = run(text)
    assert len(facts) == 1, [f.text for f in facts]
    check(facts[0], text, expected)


NEGATIVE = [
    pytest.param("ที่ประชุมได้มีมติเห็นชอบให้ดำเนินการต่อไป", id="the-meeting-as-subject"),
    pytest.param("การประชุมครั้งนี้มีผู้เข้าร่วมกว่า 200 คน จากหลายประเทศ", id="this-meeting"),
    pytest.param("ซึ่งการประชุมนี้จัดขึ้นระหว่างวันที่ 27 - 28 มกราคม 2565", id="anaphora-nee"),
    pytest.param("ผู้เข้าร่วมการประชุมฯ ประกอบด้วยรัฐมนตรีจากหลายประเทศ", id="participants-abbrev"),
    pytest.param("ได้พัฒนาเครื่องมือสำหรับการประชุมทางไกล เพื่อการทำงานจากที่บ้าน", id="remote-medium"),
    pytest.param("เจ้าหน้าที่เตรียมห้องประชุม 1 ชั้น 2 ไว้สำหรับแขก", id="meeting-room"),
    pytest.param("ผู้ว่าราชการจังหวัดประชุมร่วมกับภาคเอกชนเมื่อวานนี้", id="verb-with-partner"),
    pytest.param("ทั้งสองฝ่ายได้หารือกันอย่างใกล้ชิด และจะประชุมกันอีกครั้ง", id="bare-verbs"),
    pytest.param("การประชุมหารือเพื่อแก้ไขปัญหาน้ำท่วมในพื้นที่", id="generic-discussion"),
    pytest.param("เข้าร่วมผ่านระบบ Video Conference จากทำเนียบรัฐบาล", id="video-conference-medium"),
    pytest.param("ร่วมงานสัมมนาที่จัดขึ้นในกรุงเทพฯ", id="bare-seminar"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_meeting(text: str) -> None:
    assert [f.text for f in run(text)] == []


DATED = "ตามมติที่ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล - จีน ครั้งที่ 14 เมื่อวันที่ 25 ตุลาคม 2562 ณ นครหลวงเวียงจันทน์ สปป.ลาว และเป็นการสะท้อนผลลัพธ์การประชุมสุดยอดอาเซียน-จีน ครั้งที่ 22 เมื่อวันที่ 3 พฤศจิกายน 2562 ณ กรุงเทพฯ ที่ได้ประกาศให้ปี 2563 เป็นปีแห่งความร่วมมือ"


def test_two_meetings_in_one_sentence_each_get_their_own_date_and_place() -> None:
    dates = [
        date(DATED, "เมื่อวันที่ 25 ตุลาคม 2562", "2019-10-25", past_cue=True),
        date(DATED, "เมื่อวันที่ 3 พฤศจิกายน 2562", "2019-11-03", past_cue=True),
        date(DATED, "ปี 2563", "2020", granularity="year"),
    ]
    first, second = run(DATED, dates)
    check(first, DATED, {
        "text": "ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล - จีน ครั้งที่ 14", "start": 9,
        "name": "ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล-จีน", "ordinal": 14, "date": "2019-10-25",
        "end_date": None, "location": "นครหลวงเวียงจันทน์ สปป.ลาว", "online": False,
    })
    check(second, DATED, {
        "text": "การประชุมสุดยอดอาเซียน-จีน ครั้งที่ 22", "name": "การประชุมสุดยอดอาเซียน-จีน",
        "ordinal": 22, "date": "2019-11-03", "location": "กรุงเทพฯ",
    })


RANGE = "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 จัดขึ้นระหว่างวันที่ 27 – 28 มกราคม 2565 ผ่านระบบออนไลน์"


def test_date_range_after_held_cue() -> None:
    dates = [date(RANGE, "27 – 28 มกราคม 2565", "2022-01-27", "2022-01-28")]
    (fact,) = run(RANGE, dates)
    check(fact, RANGE, {"date": "2022-01-27", "end_date": "2022-01-28", "online": True, "start": 0})


BEFORE = "วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพลังงาน เข้าร่วมการประชุมรัฐมนตรีพลังงานเอเปค ครั้งที่ 12 ด้วยระบบประชุมทางไกล เพื่อหารือเรื่องพลังงานสะอาดภายในปี 2573"


def test_date_before_first_meeting_and_participants_in_the_sentence() -> None:
    dates = [
        date(BEFORE, "12 มิถุนายน 2563", "2020-06-12"),
        date(BEFORE, "ปี 2573", "2030", granularity="year"),
    ]
    people = [person(BEFORE, "นายสมชาย ใจดี", "สมชาย ใจดี")]
    (fact,) = run(BEFORE, dates, people)
    check(fact, BEFORE, {
        "text": "การประชุมรัฐมนตรีพลังงานเอเปค ครั้งที่ 12", "date": "2020-06-12", "online": True,
        "participants": ("สมชาย ใจดี",),
    })


def test_deadline_date_is_not_the_meeting_date() -> None:
    text = "ที่ประชุมคณะรัฐมนตรีมอบหมายให้กระทรวงการคลังเสนอมาตรการภายในวันที่ 30 กันยายน 2565"
    dates = [date(text, "30 กันยายน 2565", "2022-09-30")]
    (fact,) = run(text, dates)
    check(fact, text, {"text": "ประชุมคณะรัฐมนตรี", "date": None})


@pytest.mark.parametrize(
    ("text", "date_value"),
    [
        pytest.param("การประชุมApr. 0Apr.0", None, id="fuzz-day-zero"),
        pytest.param("การประชุมคณะรัฐมนตรี เมื่อวันที่ 31 มิถุนายน 2565", None, id="june-31"),
        pytest.param("การประชุมคณะรัฐมนตรี เมื่อวันที่ 30 มิถุนายน 2565", "2022-06-30", id="june-30"),
    ],
)
def test_an_impossible_date_is_not_the_meeting_date(text: str, date_value: str | None) -> None:
    # The date fact keeps "2022-04-00" with valid False; the meeting's date took it (fuzz).
    (fact,) = extract(text, document_date="2022-01-27").meetings
    assert (fact.text, fact.date) == (text[: fact.end], date_value)
    assert fact.text.startswith("การประชุม")


MERGED = (
    "ล่าสุดได้เข้าร่วมประชุม รัฐมนตรีอาเซียนด้านดิจิทัลครั้งที่ 2 (The 2nd ASEAN Digital Ministers"
    " Meeting หรือ ADGMIN) ผ่านทางออนไลน์\n"
    "ภายใต้หัวข้อหลักของการประชุม ADGMIN ครั้งที่ ๒ ว่าด้วยการฟื้นฟูเศรษฐกิจ\n"
    "สำหรับการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 จัดขึ้นภายใต้หัวข้อการปรับเปลี่ยนไปสู่ดิจิทัล\n"
    "ทั้งนี้ ADGMIN จัดขึ้นทุกปี"
)


def test_thai_english_and_acronym_mentions_are_one_meeting() -> None:
    (fact,) = run(MERGED)
    check(fact, MERGED, {
        "text": "ประชุม รัฐมนตรีอาเซียนด้านดิจิทัลครั้งที่ 2", "start": 17,
        "name": "ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล", "ordinal": 2,
        "english_name": "ASEAN Digital Ministers Meeting", "acronym": "ADGMIN", "online": True,
    })
    assert [m.text for m in fact.mentions] == [
        "ประชุม รัฐมนตรีอาเซียนด้านดิจิทัลครั้งที่ 2",
        "The 2nd ASEAN Digital Ministers Meeting",
        "ADGMIN",
        "การประชุม ADGMIN ครั้งที่ ๒",
        "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2",
        "ADGMIN",
    ]
    assert all(MERGED[m.start : m.end] == m.text for m in fact.mentions)


def test_headline_short_form_joins_the_full_meeting() -> None:
    text = (
        "รัฐมนตรีร่วมประชุมรัฐมนตรีดิจิทัลเน้นย้ำความมั่นคงปลอดภัยไซเบอร์\n"
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 3 ที่กรุงจาการ์ตา"
    )
    (fact,) = run(text)
    assert fact.text == "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 3"
    assert fact.mentions[0].text == "ประชุมรัฐมนตรีดิจิทัล"


def test_different_ordinals_are_different_meetings() -> None:
    text = "การประชุมสุดยอดอาเซียน ครั้งที่ 42 และการประชุมสุดยอดอาเซียน ครั้งที่ 43 จัดขึ้นในปีเดียวกัน"
    facts = run(text)
    assert [(f.text, f.ordinal) for f in facts] == [
        ("การประชุมสุดยอดอาเซียน ครั้งที่ 42", 42),
        ("การประชุมสุดยอดอาเซียน ครั้งที่ 43", 43),
    ]



def test_seed_digital_covid_2020(samples) -> None:
    text = (samples / "digital-covid-2020.txt").read_text(encoding="utf-8")
    doc = extract(text)
    got = {(f.name, f.ordinal, f.date, f.end_date, f.location, f.online) for f in doc.meetings}
    assert got == {
        ("Opening Ceremony for ASEAN-China Year of Digital Economy Cooperation", None,
         "2020-06-12", None, None, True),
        ("ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล-จีน", 14, "2019-10-25", None,
         "นครหลวงเวียงจันทน์ สปป.ลาว", False),
        ("การประชุมสุดยอดอาเซียน-จีน", 22, "2019-11-03", None, "กรุงเทพฯ", False),
    }
    ceremony = doc.meetings[0]
    assert ceremony.english_name == ceremony.name
    assert len(ceremony.mentions) == 3
    assert len(ceremony.participants) == 2


def test_seed_adgmin_2022(samples) -> None:
    text = (samples / "adgmin-2022.txt").read_text(encoding="utf-8")
    doc = extract(text)
    (fact,) = doc.meetings
    assert text[fact.start : fact.end] == fact.text
    assert fact.text.replace("\xa0", " ") == "ประชุม รัฐมนตรีอาเซียนด้านดิจิทัลครั้งที่ 2"
    assert (fact.name, fact.ordinal, fact.english_name, fact.acronym) == (
        "ประชุมรัฐมนตรีอาเซียนด้านดิจิทัล", 2, "ASEAN Digital Ministers Meeting", "ADGMIN",
    )
    assert (fact.date, fact.end_date, fact.online) == ("2022-01-27", "2022-01-28", True)
    assert len(fact.participants) == 1
    texts = [m.text.replace("\xa0", " ") for m in fact.mentions]
    assert "The 2nd ASEAN Digital Ministers Meeting" in texts
    assert "การประชุม ADGMIN ครั้งที่ ๒" in texts


# Realistic paragraphs in the styles of Thai government news: the whole pipeline, exact fields.
PARAGRAPHS = [
    pytest.param(
        "วันนี้ (14 พฤษภาคม 2567) เวลา 09.30 น. ณ ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล นายสมชาย ใจดี"
        " นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 18/2567 โดยที่ประชุมมีมติเห็นชอบมาตรการ",
        {"text": "การประชุมคณะรัฐมนตรี ครั้งที่ 18/2567", "start": 121, "name": "การประชุมคณะรัฐมนตรี",
         "ordinal": 18, "session": "2567", "date": "2024-05-14",
         "location": "ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล", "online": False},
        id="cabinet-press-release-session-year",
    ),
    pytest.param(
        "นายกรัฐมนตรีเดินทางเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 43 ระหว่างวันที่ 5 - 7 กันยายน 2566"
        " ณ กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย เพื่อผลักดันวิสัยทัศน์ประชาคมอาเซียน",
        {"text": "การประชุมสุดยอดอาเซียน ครั้งที่ 43", "start": 27, "ordinal": 43, "session": None,
         "date": "2023-09-05", "end_date": "2023-09-07",
         "location": "กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย"},
        id="asean-summit-range-capital-country",
    ),
    pytest.param(
        "เมื่อวันที่ 3 มีนาคม 2566 นายวิชัย สุขดี ผู้ว่าราชการจังหวัดเชียงใหม่ เป็นประธานการประชุมคณะกรรมการ"
        "บริหารจัดการน้ำจังหวัดเชียงใหม่ ครั้งที่ 1/2566 ที่ศาลากลางจังหวัดเชียงใหม่ เพื่อเตรียมรับมือภัยแล้ง",
        {"text": "การประชุมคณะกรรมการบริหารจัดการน้ำจังหวัดเชียงใหม่ ครั้งที่ 1/2566", "ordinal": 1,
         "session": "2566", "date": "2023-03-03", "location": "ศาลากลางจังหวัดเชียงใหม่"},
        id="provincial-committee-venue-after-ti-ends-before-purpose",
    ),
    pytest.param(
        "มหาวิทยาลัยจัดสัมมนาวิชาการระดับชาติ ครั้งที่ 12 หัวข้อ \"การศึกษาไทยในยุคดิจิทัล\""
        " ที่โรงแรมเซ็นทารา แกรนด์ จังหวัดขอนแก่น โดยมีนักวิชาการเข้าร่วมกว่า 300 คน",
        {"text": "สัมมนาวิชาการระดับชาติ ครั้งที่ 12", "start": 14, "name": "สัมมนาวิชาการระดับชาติ",
         "ordinal": 12, "location": "โรงแรมเซ็นทารา แกรนด์ จังหวัดขอนแก่น"},
        id="seminar-hotel-with-spaces",
    ),
    pytest.param(
        "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 5 จัดขึ้นที่อาคารรัฐสภา เกียกกาย"
        " เพื่อพิจารณาร่างพระราชบัญญัติงบประมาณ",
        {"text": "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 5", "start": 0,
         "name": "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1", "ordinal": 5,
         "location": "อาคารรัฐสภา เกียกกาย"},
        id="parliament-session-numbers",
    ),
    pytest.param(
        "กรมส่งเสริมการเกษตรจัดพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการพัฒนาเกษตรกรรุ่นใหม่"
        " ณ โรงแรมอมารี ดอนเมือง กรุงเทพฯ เมื่อวันที่ 20 มิถุนายน 2566",
        {"text": "พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการพัฒนาเกษตรกรรุ่นใหม่", "start": 22,
         "date": "2023-06-20", "location": "โรงแรมอมารี ดอนเมือง กรุงเทพฯ", "online": False},
        id="mou-signing-ceremony",
    ),
    pytest.param(
        "ปลัดกระทรวงสาธารณสุขเข้าร่วมการประชุมรัฐมนตรีสาธารณสุขอาเซียน ครั้งที่ 15 (15th ASEAN Health"
        " Ministers Meeting หรือ AHMM) ผ่านระบบ Zoom จากกระทรวงสาธารณสุข จังหวัดนนทบุรี",
        {"text": "การประชุมรัฐมนตรีสาธารณสุขอาเซียน ครั้งที่ 15", "ordinal": 15, "online": True,
         "english_name": "ASEAN Health Ministers Meeting", "acronym": "AHMM",
         # RULES-meetings-initiatives: an online meeting is placed where the Thai side sat.
         "location": "กระทรวงสาธารณสุข จังหวัดนนทบุรี"},
        id="zoom-meeting-english-and-acronym",
    ),
    pytest.param(
        "รัฐมนตรีว่าการกระทรวงการต่างประเทศกล่าวถ้อยแถลงในการประชุมสมัชชาใหญ่สหประชาชาติ สมัยที่ 78"
        " ณ นครนิวยอร์ก สหรัฐอเมริกา",
        {"text": "การประชุมสมัชชาใหญ่สหประชาชาติ สมัยที่ 78", "ordinal": 78,
         "location": "นครนิวยอร์ก สหรัฐอเมริกา"},
        id="un-general-assembly",
    ),
    pytest.param(
        "มีการจัดการประชุมสุดยอดผู้นำจี 7 ครั้งที่ 44 ระหว่างวันที่ 8-9 มิถุนายน 2561 ที่ลามาลแบ ประเทศแคนาดา",
        {"text": "การประชุมสุดยอดผู้นำจี 7 ครั้งที่ 44", "name": "การประชุมสุดยอดผู้นำจี 7",
         "ordinal": 44, "date": "2018-06-08", "end_date": "2018-06-09"},
        id="group-number-before-ordinal",
    ),
    pytest.param(
        "กำหนดการของนายกรัฐมนตรีร่วมการประชุมผู้นำ G20 ณ นครหางโจว สาธารณรัฐประชาชนจีน",
        {"text": "การประชุมผู้นำ G20", "name": "การประชุมผู้นำ G20",
         "location": "นครหางโจว สาธารณรัฐประชาชนจีน"},
        id="group-code-name",
    ),
    pytest.param(
        "ผู้นำอาเซียนร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 28-29 ณ นครเวียงจันทน์ สปป.ลาว",
        {"text": "การประชุมสุดยอดอาเซียน ครั้งที่ 28-29", "name": "การประชุมสุดยอดอาเซียน",
         "ordinal": 28, "location": "นครเวียงจันทน์ สปป.ลาว"},
        id="ordinal-pair",
    ),
    pytest.param(
        "นายกรัฐมนตรีเป็นประธานประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ (คทช.) ครั้งที่ 1/60"
        " เร่งรัดการดำเนินงานจัดที่ดินทำกินให้ชุมชน",
        {"text": "ประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ (คทช.) ครั้งที่ 1/60", "ordinal": 1,
         "session": "60", "acronym": "คทช.", "location": None},
        id="short-session-year-and-no-place-after-relative-ti",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraph(text: str, expected: dict[str, Any]) -> None:
    facts = extract(text).meetings
    assert len(facts) == 1, [f.text for f in facts]
    check(facts[0], text, expected)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        pytest.param("วันนี้อาหารมื้อเที่ยงในการประชุมคณะรัฐมนตรี (ครม.) สัญจร ที่จังหวัดกาญจนบุรี"
                     " เมนูที่ขึ้นเสิร์ฟล้วนเป็นเมนูปลอดไก่", "จังหวัดกาญจนบุรี",
                     id="place-ends-at-space-before-clause"),
        pytest.param("เวลา 09.00 น. ณ ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล รองนายกรัฐมนตรี"
                     " เป็นประธานการประชุมคณะรัฐมนตรี", "ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล",
                     id="place-ends-before-position"),
        # (not "ภายหลังการประชุม…": that place would be the briefing's, not the meeting's)
        pytest.param("นายกรัฐมนตรีแถลงผลการประชุมคณะรัฐมนตรี ณ ศูนย์แถลงข่าวรัฐบาล ตึกนารีสโมสร ทำเนียบรัฐบาล",
                     "ศูนย์แถลงข่าวรัฐบาล ตึกนารีสโมสร ทำเนียบรัฐบาล", id="verb-inside-venue-name"),
        pytest.param("เมื่อวันที่ 11 พ.ค. ณ ห้องประชุมคณะรัฐมนตรี (เดิม) รองนายกรัฐมนตรีเป็นประธาน"
                     "การประชุมคณะกรรมการกำกับการซื้อขายสินค้าเกษตร ครั้งที่ 1/2561",
                     "ห้องประชุมคณะรัฐมนตรี", id="rank-inside-room-name"),
        pytest.param("นายเดชาภิวัฒน์ ณ สงขลา ผู้อำนวยการสำนักงบประมาณ เสนอให้ที่ประชุมสภานิติบัญญัติแห่งชาติ"
                     " พิจารณา", None, id="na-in-a-surname-is-no-place"),
        pytest.param("การประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ ครั้งที่ 2 ที่จีนเสนอเมื่อปีก่อน", None,
                     id="bare-country-after-relative-ti"),
        pytest.param("การประชุมรัฐมนตรีเกษตรอาเซียน ครั้งที่ 44 ที่เชียงใหม่ เมื่อวันที่ 3 ตุลาคม",
                     "เชียงใหม่", id="bare-province-then-date-cue"),
    ],
)
def test_location(text: str, location: str | None) -> None:
    facts = run(text)
    assert len(facts) == 1, [f.text for f in facts]
    assert facts[0].location == location


NEGATIVE_REAL = [
    pytest.param("ก่อนเข้าประชุม นายกรัฐมนตรี ได้ชี้แจงถึงการแก้ปัญหาไข้หวัดนก", id="verb-then-subject"),
    pytest.param("ส่วนการประชุมวันพรุ่งนี้มุ่งเน้นความมั่นใจระดับนานาชาติ", id="day-reference"),
    pytest.param("กระทรวงจะจัดการประชุมคณะกรรมการ เพื่อพิจารณาเรื่องดังกล่าว", id="bare-committee"),
    pytest.param("มหาวิทยาลัยขอนแก่นจัดการประชุมนานาชาติขึ้นเพื่อส่งเสริมวงการวิทยาศาสตร์",
                 id="bare-international-conference"),
    pytest.param("มทส. จัดการประชุมร่วม (Retreat) ของผู้บริหาร", id="english-head-alone"),
    pytest.param("ในงานมี Conference 2018 สำหรับผู้ประกอบการ", id="english-head-and-year"),
    pytest.param("นักวิชาการเข้าร่วมการประชุมเชิงปฏิบัติการ ณ โรงแรมแห่งหนึ่ง", id="bare-workshop"),
]


@pytest.mark.parametrize("text", NEGATIVE_REAL)
def test_no_meeting_real_text(text: str) -> None:
    assert [f.text for f in run(text)] == []



def run_with_orgs(text: str, written: list[str]) -> list[MeetingFact]:
    """Meetings of ``text`` given the organisations the organisations extractor would find."""
    orgs = []
    for form in written:
        start = text.index(form)
        orgs.append(OrganizationFact(form, start, start + len(form), "", name=form))
    return linked(text, orgs=orgs)


# An organisation that opens a meeting's name runs to its own end (stop words inside it do not
# cut it); a signing ceremony "ระหว่าง A และ B" keeps its parties when they are organisations.
WITH_ORGS = [
    pytest.param(
        "ที่ประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3/2567 มีมติเห็นชอบ",
        ["คณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ"],
        {"text": "ประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 3/2567", "start": 3,
         "name": "ประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "ordinal": 3,
         "session": "2567"},
        id="committee-name-with-and-runs-to-org-end",
    ),
    pytest.param(
        "การประชุมคณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา ได้พิจารณาเรื่องดังกล่าว",
        ["คณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา"],
        {"text": "การประชุมคณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา", "start": 0,
         "name": "การประชุมคณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา", "ordinal": None},
        id="org-with-and-no-ordinal",
    ),
    pytest.param(
        "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และสำนักงานตำรวจแห่งชาติ"
        " จัดขึ้นที่ทำเนียบรัฐบาล",
        ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "สำนักงานตำรวจแห่งชาติ"],
        {"text": "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และสำนักงานตำรวจแห่งชาติ",
         "start": 0,
         "name": "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และสำนักงานตำรวจแห่งชาติ"},
        id="mou-two-parties-and",
    ),
    pytest.param(
        "นายกรัฐมนตรีเป็นประธานในพิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงการคลังกับธนาคารแห่งประเทศไทย"
        " เมื่อวันที่ 3 พฤษภาคม",
        ["กระทรวงการคลัง", "ธนาคารแห่งประเทศไทย"],
        {"text": "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงการคลังกับธนาคารแห่งประเทศไทย", "start": 24,
         "name": "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงการคลังกับธนาคารแห่งประเทศไทย"},
        id="mou-two-parties-with",
    ),
    pytest.param(
        "พิธีลงนามความร่วมมือระหว่างกรมสรรพากร, กรมศุลกากร และกรมสรรพสามิต ณ กระทรวงการคลัง",
        ["กรมสรรพากร", "กรมศุลกากร", "กรมสรรพสามิต", "กระทรวงการคลัง"],
        {"text": "พิธีลงนามความร่วมมือระหว่างกรมสรรพากร, กรมศุลกากร และกรมสรรพสามิต", "start": 0,
         "name": "พิธีลงนามความร่วมมือระหว่างกรมสรรพากร, กรมศุลกากร และกรมสรรพสามิต",
         "location": "กระทรวงการคลัง"},
        id="mou-three-parties",
    ),
    pytest.param(
        "พิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงการคลังกับชาวบ้านในพื้นที่ จัดขึ้นวันนี้",
        ["กระทรวงการคลัง"],
        {"text": "พิธีลงนามบันทึกความเข้าใจ", "start": 0, "name": "พิธีลงนามบันทึกความเข้าใจ"},
        id="mou-one-org-stops-before-between",
    ),
    pytest.param(
        "พิธีลงนามบันทึกความเข้าใจระหว่างสองประเทศ จัดขึ้นที่กรุงเทพฯ",
        [],
        {"text": "พิธีลงนามบันทึกความเข้าใจ", "start": 0, "name": "พิธีลงนามบันทึกความเข้าใจ"},
        id="mou-no-org-stops-before-between",
    ),
    pytest.param(
        # Consultations between named parties, numbered, are a meeting (issue 12's list;
        # fresh.jsonl fresh-030): the parties name it; it is no signing.
        "การประชุมหารือระหว่างกระทรวงการคลังและธนาคารแห่งประเทศไทย ครั้งที่ 2 จัดขึ้นวันนี้",
        ["กระทรวงการคลัง", "ธนาคารแห่งประเทศไทย"],
        {"text": "การประชุมหารือระหว่างกระทรวงการคลังและธนาคารแห่งประเทศไทย ครั้งที่ 2", "start": 0,
         "name": "การประชุมหารือระหว่างกระทรวงการคลังและธนาคารแห่งประเทศไทย", "ordinal": 2},
        id="numbered-talks-between-orgs-are-a-meeting-no-signing",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "expected"), WITH_ORGS)
def test_name_with_organisations(
    text: str, orgs: list[str], expected: dict[str, Any] | None
) -> None:
    facts = run_with_orgs(text, orgs)
    if expected is None:  # generic talks: the parties do not make a name
        assert [f.text for f in facts] == []
        return
    assert [f.text for f in facts][:1] == [expected["text"]]
    check(facts[0], text, expected)


# Government news and press releases: one meeting per paragraph, every field by hand.
# "mentions" lists the text of each mention merged into the meeting (Thai, English, acronym).
REALISTIC = [
    pytest.param(
        'วันที่ 12 มีนาคม 2567 เวลา 09.00 น. ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี (ครม.) โดยที่ประชุมมีมติเห็นชอบมาตรการกระตุ้นเศรษฐกิจ',
        {'text': 'การประชุมคณะรัฐมนตรี', 'name': 'การประชุมคณะรัฐมนตรี', 'ordinal': None, 'session': None, 'date': '2024-03-12', 'end_date': None, 'location': 'ตึกสันติไมตรี ทำเนียบรัฐบาล', 'online': False, 'english_name': None, 'acronym': 'ครม.', 'start': 88, 'mentions': ['การประชุมคณะรัฐมนตรี', 'ครม.', 'ประชุม']},
        id='cabinet-thai-acronym-dateline-place',
    ),
    pytest.param(
        'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดขอนแก่น เป็นประธานการประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ ครั้งที่ 3/2567 เมื่อวันที่ 8 มีนาคม 2567 ณ ห้องประชุมแก่นกัลปพฤกษ์ ชั้น 5 ศาลากลางจังหวัดขอนแก่น',
        {'text': 'การประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ ครั้งที่ 3/2567', 'name': 'การประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ', 'ordinal': 3, 'session': '2567', 'date': '2024-03-08', 'end_date': None, 'location': 'ห้องประชุมแก่นกัลปพฤกษ์ ชั้น 5 ศาลากลางจังหวัดขอนแก่น', 'online': False, 'english_name': None, 'acronym': None, 'start': 51, 'mentions': ['การประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ ครั้งที่ 3/2567']},
        id='provincial-board-session-room-floor',
    ),
    pytest.param(
        'นายกรัฐมนตรีเดินทางเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 43 (43rd ASEAN Summit) ระหว่างวันที่ 5-7 กันยายน 2566 ณ กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย โดยการประชุมดังกล่าวมีผู้นำจากประเทศสมาชิกเข้าร่วม',
        {'text': 'การประชุมสุดยอดอาเซียน ครั้งที่ 43', 'name': 'การประชุมสุดยอดอาเซียน', 'ordinal': 43, 'session': None, 'date': '2023-09-05', 'end_date': '2023-09-07', 'location': 'กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย', 'online': False, 'english_name': 'ASEAN Summit', 'acronym': None, 'start': 27, 'mentions': ['การประชุมสุดยอดอาเซียน ครั้งที่ 43', '43rd ASEAN Summit', 'การประชุมดังกล่าว']},
        id='asean-summit-range-foreign-capital-said-meeting',
    ),
    pytest.param(
        "เมื่อวันที่ 14 พฤศจิกายน 2566 นายกรัฐมนตรีได้หารือทวิภาคีกับประธานาธิบดีสหรัฐอเมริกา ระหว่างการประชุมผู้นำเขตเศรษฐกิจเอเปค (APEC Economic Leaders' Meeting) ณ นครซานฟรานซิสโก สหรัฐอเมริกา",
        {'text': 'การประชุมผู้นำเขตเศรษฐกิจเอเปค', 'name': 'การประชุมผู้นำเขตเศรษฐกิจเอเปค', 'ordinal': None, 'session': None, 'date': '2023-11-14', 'end_date': None, 'location': 'นครซานฟรานซิสโก สหรัฐอเมริกา', 'online': False, 'english_name': "APEC Economic Leaders' Meeting", 'acronym': None, 'start': 92, 'mentions': ['การประชุมผู้นำเขตเศรษฐกิจเอเปค', "APEC Economic Leaders' Meeting"]},
        id='apec-leaders-english-name-city',
    ),
    pytest.param(
        'กระทรวงพาณิชย์จัดการเจรจาจัดทำความตกลงการค้าเสรีไทย-สหภาพยุโรป รอบที่ 2 ระหว่างวันที่ 22-26 มกราคม 2567 ณ กรุงบรัสเซลส์ ราชอาณาจักรเบลเยียม',
        {'text': 'การเจรจาจัดทำความตกลงการค้าเสรีไทย-สหภาพยุโรป รอบที่ 2', 'name': 'การเจรจาจัดทำความตกลงการค้าเสรีไทย-สหภาพยุโรป', 'ordinal': 2, 'session': None, 'date': '2024-01-22', 'end_date': '2024-01-26', 'location': 'กรุงบรัสเซลส์ ราชอาณาจักรเบลเยียม', 'online': False, 'english_name': None, 'acronym': None, 'start': 17, 'mentions': ['การเจรจาจัดทำความตกลงการค้าเสรีไทย-สหภาพยุโรป รอบที่ 2']},
        id='fta-negotiation-round-range',
    ),
    pytest.param(
        'เมื่อวันที่ 20 กุมภาพันธ์ 2567 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม จัดพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ ณ ห้องประชุม 1 ชั้น 9 อาคารรัฐประศาสนภักดี ศูนย์ราชการเฉลิมพระเกียรติ',
        {'text': 'พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์', 'name': 'พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์', 'ordinal': None, 'session': None, 'date': '2024-02-20', 'end_date': None, 'location': 'ห้องประชุม 1 ชั้น 9 อาคารรัฐประศาสนภักดี', 'online': False, 'english_name': None, 'acronym': None, 'start': 70, 'mentions': ['พิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์']},
        id='signing-mou-room-building',
    ),
    pytest.param(
        'สำนักงานคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติจัดการสัมมนาประจำปี 2567 หัวข้อ "การพัฒนาเศรษฐกิจไทยอย่างยั่งยืน" ในวันที่ 25 มีนาคม 2567 เวลา 08.30 น. ณ โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลเวิลด์ ทั้งในรูปแบบออนไลน์และออนไซต์',
        {'text': 'การสัมมนาประจำปี 2567', 'name': 'การสัมมนาประจำปี 2567', 'ordinal': None, 'session': None, 'date': '2024-03-25', 'end_date': None, 'location': 'โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลเวิลด์', 'online': True, 'english_name': None, 'acronym': None, 'start': 53, 'mentions': ['การสัมมนาประจำปี 2567']},
        id='seminar-year-hybrid',
    ),
    pytest.param(
        'นายกรัฐมนตรีจะเข้าร่วมเวทีเศรษฐกิจโลก (World Economic Forum) ประจำปี 2567 ระหว่างวันที่ 15-19 มกราคม 2567 ณ เมืองดาวอส สมาพันธรัฐสวิส',
        {'text': 'เวทีเศรษฐกิจโลก', 'name': 'เวทีเศรษฐกิจโลก', 'ordinal': None, 'session': None, 'date': '2024-01-15', 'end_date': '2024-01-19', 'location': 'เมืองดาวอส สมาพันธรัฐสวิส', 'online': False, 'english_name': 'World Economic Forum', 'acronym': None, 'start': 22, 'mentions': ['เวทีเศรษฐกิจโลก', 'World Economic Forum']},
        id='forum-thai-and-english-range',
    ),
    pytest.param(
        'เมื่อวันที่ 10 มกราคม 2567 เวลา 14.00 น. ปลัดกระทรวงสาธารณสุขเป็นประธานการประชุมคณะกรรมการอำนวยการศูนย์ปฏิบัติการภาวะฉุกเฉิน ครั้งที่ 1/2567 ผ่านระบบการประชุมทางไกล Microsoft Teams',
        {'text': 'การประชุมคณะกรรมการอำนวยการศูนย์ปฏิบัติการภาวะฉุกเฉิน ครั้งที่ 1/2567', 'name': 'การประชุมคณะกรรมการอำนวยการศูนย์ปฏิบัติการภาวะฉุกเฉิน', 'ordinal': 1, 'session': '2567', 'date': '2024-01-10', 'end_date': None, 'location': None, 'online': True, 'english_name': None, 'acronym': None, 'start': 71, 'mentions': ['การประชุมคณะกรรมการอำนวยการศูนย์ปฏิบัติการภาวะฉุกเฉิน ครั้งที่ 1/2567']},
        id='emergency-board-teams-no-place',
    ),
    pytest.param(
        'รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีต่างประเทศกลุ่มบริกส์ (BRICS Foreign Ministers Meeting) เมื่อวันที่ 10 มิถุนายน 2567 ณ เมืองนิจนีนอฟโกรอด สหพันธรัฐรัสเซีย ทั้งนี้ การประชุม BRICS ครั้งนี้มีประเด็นหารือด้านการค้า',
        {'text': 'การประชุมรัฐมนตรีต่างประเทศกลุ่มบริกส์', 'name': 'การประชุมรัฐมนตรีต่างประเทศกลุ่มบริกส์', 'ordinal': None, 'session': None, 'date': '2024-06-10', 'end_date': None, 'location': 'เมืองนิจนีนอฟโกรอด สหพันธรัฐรัสเซีย', 'online': False, 'english_name': 'BRICS Foreign Ministers Meeting', 'acronym': None, 'start': 42, 'mentions': ['การประชุมรัฐมนตรีต่างประเทศกลุ่มบริกส์', 'BRICS Foreign Ministers Meeting', 'การประชุม BRICS']},
        id='brics-english-and-short-latin-form',
    ),
    pytest.param(
        'การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 2/2567 จัดขึ้นเมื่อวันที่ 5 เมษายน 2567 ผ่านระบบ Zoom โดยที่ประชุมเห็นชอบแผนพลังงาน ทั้งนี้ กพช. จะประชุมอีกครั้งในเดือนมิถุนายน',
        {'text': 'การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 2/2567', 'name': 'การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ', 'ordinal': 2, 'session': '2567', 'date': '2024-04-05', 'end_date': None, 'location': None, 'online': True, 'english_name': None, 'acronym': 'กพช.', 'start': 0, 'mentions': ['การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 2/2567', 'กพช.', 'ประชุม', 'กพช.']},
        id='energy-policy-thai-acronym-zoom-repeated',
    ),
    pytest.param(
        'นายกรัฐมนตรีเข้าร่วมการประชุมสมัชชาสหประชาชาติ สมัยที่ 78 (78th Session of the United Nations General Assembly: UNGA78) ณ นครนิวยอร์ก สหรัฐอเมริกา เมื่อวันที่ 22 กันยายน 2566',
        {'text': 'การประชุมสมัชชาสหประชาชาติ สมัยที่ 78', 'name': 'การประชุมสมัชชาสหประชาชาติ', 'ordinal': 78, 'session': None, 'date': '2023-09-22', 'end_date': None, 'location': 'นครนิวยอร์ก สหรัฐอเมริกา', 'online': False, 'english_name': 'Session of the United Nations General Assembly', 'acronym': 'UNGA78', 'start': 20, 'mentions': ['การประชุมสมัชชาสหประชาชาติ สมัยที่ 78', '78th Session of the United Nations General Assembly', 'UNGA78']},
        id='unga-session-english-colon-acronym',
    ),
    pytest.param(
        'กรุงเทพฯ 15 มีนาคม 2567 - สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (สสปน.) จัดงานสัมมนาเรื่อง "อนาคตอุตสาหกรรมไมซ์ไทย" เมื่อวันที่ 12 มีนาคม 2567 ณ ห้องบอลรูม ชั้น 3 โรงแรมแกรนด์ ไฮแอท เอราวัณ กรุงเทพฯ',
        {'text': 'งานสัมมนาเรื่อง "อนาคตอุตสาหกรรมไมซ์ไทย"', 'name': 'งานสัมมนาเรื่อง อนาคตอุตสาหกรรมไมซ์ไทย', 'ordinal': None, 'session': None, 'date': '2024-03-12', 'end_date': None, 'location': 'ห้องบอลรูม ชั้น 3 โรงแรมแกรนด์ ไฮแอท เอราวัณ กรุงเทพฯ', 'online': False, 'english_name': None, 'acronym': None, 'start': 78, 'mentions': ['งานสัมมนาเรื่อง "อนาคตอุตสาหกรรมไมซ์ไทย"']},
        id='seminar-named-by-quoted-topic-not-dateline-date',
    ),
    pytest.param(
        'รองนายกรัฐมนตรีหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการค้าของญี่ปุ่น เมื่อวันที่ 3 มีนาคม 2567 ณ กรุงโตเกียว ประเทศญี่ปุ่น เพื่อผลักดันความร่วมมือด้านการลงทุน',
        {'text': 'หารือทวิภาคี', 'name': 'หารือทวิภาคี', 'ordinal': None, 'session': None, 'date': '2024-03-03', 'end_date': None, 'location': 'กรุงโตเกียว ประเทศญี่ปุ่น', 'online': False, 'english_name': None, 'acronym': None, 'start': 15, 'mentions': ['หารือทวิภาคี']},
        id='bilateral-talks-own-date-and-place',
    ),
]


@pytest.mark.parametrize(("text", "expected"), REALISTIC)
def test_realistic_government_news(text: str, expected: dict[str, Any]) -> None:
    facts = extract(text, document_date="2024-03-15").meetings
    assert len(facts) == 1, [f.text for f in facts]
    expected = dict(expected)
    mentions = expected.pop("mentions")
    check(facts[0], text, expected)
    assert [m.text for m in facts[0].mentions] == mentions
    assert all(text[m.start : m.end] == m.text for m in facts[0].mentions)


NEGATIVE_KINDS = [
    pytest.param(
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประชุมหารือกับผู้บริหารสถานศึกษา เพื่อเตรียมความพร้อม"
        "การเปิดภาคเรียน ทั้งนี้ การประชุมเป็นไปด้วยความเรียบร้อย",
        id="discussion-and-back-reference",
    ),
    pytest.param(
        "ทั้งสองประเทศจะหารือทวิภาคีกันต่อไปเพื่อขยายการค้าระหว่างกัน",
        id="bilateral-talks-without-own-date-or-place",
    ),
    pytest.param(
        "รัฐบาลเปิดเวทีรับฟังความคิดเห็นของประชาชนในพื้นที่",
        id="forum-word-without-english-name",
    ),
    pytest.param(
        "นายกรัฐมนตรีเป็นประธานในพิธีเปิดงาน และกล่าวขอบคุณผู้ร่วมงานทุกคน",
        id="opening-of-an-unnamed-event",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE_KINDS)
def test_no_meeting_kind_without_its_own_details(text: str) -> None:
    assert [f.text for f in extract(text).meetings] == []


def test_time_word_after_the_venue_is_not_part_of_it() -> None:
    text = 'นักวิชาการร่วมการสัมมนาในหัวข้อ "ไข้หวัดนกจัดการปัญหาอย่างไร" ณ โรงแรมรามาการ์เด้นท์ วานนี้'
    facts = extract(text).meetings
    assert [(f.text, f.location) for f in facts] == [
        ('การสัมมนาในหัวข้อ "ไข้หวัดนกจัดการปัญหาอย่างไร"', "โรงแรมรามาการ์เด้นท์")
    ]


# --- every mention keeps its own ordinal and date; the fact's by the first full mention --------

TWO_DATES = ("การประชุมคณะกรรมการบริหารกองทุนพัฒนาสื่อ ครั้งที่ 3 เมื่อวันที่ 1 มีนาคม 2567 มีมติเห็นชอบแผน\n"
             "ทั้งนี้ การประชุมคณะกรรมการบริหารกองทุนพัฒนาสื่อ ครั้งที่ 3 เมื่อวันที่ 4 มีนาคม 2567 "
             "ได้รับทราบรายงาน\n")


def test_one_meeting_given_two_dates_keeps_both_mention_dates() -> None:
    doc = extract(TWO_DATES, document_date="2024-03-05")
    [meeting] = doc.meetings
    assert (meeting.name, meeting.ordinal, meeting.date) == (
        "การประชุมคณะกรรมการบริหารกองทุนพัฒนาสื่อ", 3, "2024-03-01")
    got = [(m.text, m.start, m.ordinal, m.date) for m in meeting.mentions]
    name = "การประชุมคณะกรรมการบริหารกองทุนพัฒนาสื่อ ครั้งที่ 3"
    assert got == [(name, 0, 3, "2024-03-01"),
                   (name, TWO_DATES.index(name, 1), 3, "2024-03-04")]
    for m in meeting.mentions:
        assert TWO_DATES[m.start : m.end] == m.text


def test_a_full_mention_dates_the_meeting_before_an_earlier_short_form() -> None:
    """The headline's short form has its own date; the meeting's is its first full mention's."""
    text = ("ประชุมรัฐมนตรีดิจิทัลอาเซียน วันที่ 26 มกราคม 2565\n"
            "การประชุมรัฐมนตรีดิจิทัลอาเซียน ครั้งที่ 2 เมื่อวันที่ 27 มกราคม 2565 ผ่านระบบออนไลน์\n")
    [meeting] = extract(text, document_date="2022-01-28").meetings
    assert (meeting.ordinal, meeting.date, meeting.online) == (2, "2022-01-27", True)
    assert [(m.ordinal, m.date) for m in meeting.mentions] == [
        (None, "2022-01-26"), (2, "2022-01-27")]


# --- why each meeting was found: rule and evidence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        pytest.param("นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล ผ่านระบบ Zoom",
                     "thai-trigger", ("การประชุม", "ณ", "Zoom"), id="trigger-place-online"),
        pytest.param("ผู้แทนไทยเข้าร่วมการประชุมคณะกรรมการร่วม ครั้งที่ 5 ที่ห้องประชุม 501",
                     "thai-trigger", ("การประชุม", "ที่"), id="place-after-ti"),
        pytest.param("The 41st ASEAN Ministers on Energy Meeting was held in Vientiane.",
                     "english-name", ("Meeting",), id="english-head"),
        pytest.param("นายกรัฐมนตรีได้หารือทวิภาคีกับนายกรัฐมนตรีญี่ปุ่น เมื่อวันที่ 3 มีนาคม 2567",
                     "thai-kind", ("หารือทวิภาคี",), id="kind-with-its-own-date"),
    ],
)
def test_rule_and_evidence(text: str, rule: str, evidence: tuple[str, ...]) -> None:
    [meeting] = extract(text, document_date="2024-03-05").meetings
    assert (meeting.rule, meeting.evidence) == (rule, evidence)


# --- issue 12: names, mentions of one meeting, not meetings, dates -----------------------------

# (text, [(name, ordinal, date, number of mentions)]) through the whole pipeline.
ISSUE_12 = [
    pytest.param(
        "นายกรัฐมนตรีแถลงว่า ที่ประชุมคณะรัฐมนตรีวันนี้ ได้อนุมัติแผนงาน ทั้งนี้ การประชุมคณะรัฐมนตรี"
        " เมื่อวันที่ 19 มกราคม 2564 ณ ทำเนียบรัฐบาล",
        [("การประชุมคณะรัฐมนตรี", None, "2021-01-19", 2)], id="ti-prachum-today-is-a-mention"),
    pytest.param(
        "ผู้นำเข้าร่วมการประชุมสุดยอดอาเซียน-สหภาพยุโรป สมัยพิเศษ ผ่านระบบการประชุมทางไกล",
        [("การประชุมสุดยอดอาเซียน-สหภาพยุโรป สมัยพิเศษ", None, None, 1)], id="special-session-kept"),
    pytest.param(
        "นายสุริยะ เปิดเผยภายหลังการประชุมบอร์ด สมอ. เมื่อวันที่ 16 กุมภาพันธ์ 2564 ที่ผ่านมาว่า",
        [("การประชุมบอร์ด สมอ.", None, "2021-02-16", 1)], id="board-and-thai-abbreviation"),
    pytest.param(
        "นายกฯ ประชุมบอร์ด สสว. เห็นชอบสนับสนุนผู้ประกอบการ\nนายกรัฐมนตรีเป็นประธานการประชุม"
        "คณะกรรมการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม เมื่อวันที่ 11 มกราคม 2566 ณ ทำเนียบรัฐบาล",
        [("การประชุมคณะกรรมการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม", None, "2023-01-11", 2)],
        id="headline-short-form-joins"),
    pytest.param(
        "นายกรัฐมนตรีกล่าวในพิธีปิดการประชุมสุดยอดอาเซียน ครั้งที่ 37 ว่า การประชุมสุดยอดอาเซียน"
        " ครั้งที่ 37 ประสบความสำเร็จ",
        [("การประชุมสุดยอดอาเซียน", 37, None, 2)], id="closing-ceremony-is-a-mention"),
    pytest.param(
        "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดระหว่างผู้นำอาเซียนกับผู้นำสตรีอาเซียน เมื่อวันที่ 12"
        " พฤศจิกายน 2563 ผ่านระบบทางไกล",
        [("การประชุมสุดยอดระหว่างผู้นำอาเซียนกับผู้นำสตรีอาเซียน", None, "2020-11-12", 1)],
        id="summit-between-leaders"),
    pytest.param(
        "ไทยเสนอในการประชุมผู้นำอาเซียน สมัยพิเศษ เมื่อเดือนมิถุนายน 2563 ให้จัดตั้งกองทุน",
        [("การประชุมผู้นำอาเซียน สมัยพิเศษ", None, None, 1)], id="a-month-alone-is-no-date"),
    pytest.param(
        "ผู้นำหารือในการประชุมนอกเหนือจากการประชุมสุดยอดอาเซียน ครั้งที่ 37 หลายครั้ง",
        [("การประชุมสุดยอดอาเซียน", 37, None, 1)], id="besides-the-summit"),
    pytest.param(
        "ในการประชุมครมสัญจรระหว่างวันที่ 4-5 ก.พ. 61 ที่จังหวัดจันทบุรี กระทรวงจะเสนอแผนให้"
        "ที่ประชุมครมได้พิจารณา",
        [("การประชุมครมสัญจร", None, "2018-02-04", 2)], id="cabinet-without-its-dot"),
    pytest.param(
        "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค ครั้งที่ 4 (RCEP)"
        " เมื่อวันที่ 15 พฤศจิกายน 2563\nหลังจากนั้น นายกรัฐมนตรีได้เข้าร่วมพิธีลงนามความตกลงหุ้นส่วน"
        "ทางเศรษฐกิจระดับภูมิภาค (RCEP) โดยผู้แทนจาก 15 ประเทศ",
        [("การประชุมสุดยอดความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค", 4, "2020-11-15", 2),
         ("พิธีลงนามความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค", None, None, 2)],
        id="a-signing-beside-the-summit-is-another-event"),
    pytest.param("นายกรัฐมนตรีชี้แจงผลงานตามที่ได้อภิปรายในที่ประชุมสภาผู้แทนราษฎรแล้ว", [],
                 id="a-body-in-session-is-no-meeting"),
    pytest.param("ในที่ประชุมคณะกรรมการร่วม เมื่อวันที่ 3 มีนาคม 2567 ทั้งสองฝ่ายเห็นพ้อง",
                 [("ประชุมคณะกรรมการร่วม", None, "2024-03-03", 1)],
                 id="a-reference-with-its-own-date-is-one"),
    pytest.param("ความตกลงนี้จะนำไปสู่การเปิดการเจรจา FTA กับ EU รอบใหม่ต่อไป", [],
                 id="negotiating-in-general"),
    pytest.param(
        "กระทรวงพลังงานแจ้งว่า การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41 จะจัดขึ้นที่กรุงเวียงจันทน์"
        " โดยการประชุมจะจัดขึ้นระหว่างวันที่ 3-5 ก.ย. 2567 ณ ศูนย์ประชุมแห่งชาติ",
        [("การประชุมรัฐมนตรีพลังงานอาเซียน", 41, "2024-09-03", 1)], id="date-in-the-next-sentence"),
    pytest.param(
        "การประชุมใหญ่สามัญประจำปี พ.ศ. 2567 ของสมาคม จัดขึ้นเมื่อวันที่ 3 มีนาคม 2567",
        [("การประชุมใหญ่สามัญ", None, "2024-03-03", 1)], id="edition-is-no-part-of-the-name"),
    pytest.param("คณะกรรมการประชุมผ่าน Zoom Meeting และ Cisco Webex Meetings", [],
                 id="video-platforms"),
    pytest.param("การประชุมคณะทำงานสาขาต่าง ๆ จะมีขึ้นในเดือนหน้า และการประชุมอื่น ๆ", [],
                 id="generic-gatherings"),
    pytest.param("การแข่งขันฟุตบอลถ้วยพระราชทาน ครั้งที่ 50 จะเริ่มขึ้นในวันที่ 3 มีนาคม 2567", [],
                 id="a-contest-with-an-ordinal"),
    pytest.param(
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีพลังงานอาเซียน (The 41st ASEAN Ministers on Energy Meeting:"
        " AMEM) เมื่อวันที่ 26 กันยายน 2566 ณ เซมารัง ต่อมา AMEM ได้รับรองแผนงาน",
        [("การประชุมรัฐมนตรีพลังงานอาเซียน", 41, "2023-09-26", 4)], id="ordinal-from-the-english-name"),
    pytest.param(
        "ไทยเป็นเจ้าภาพการประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41 ณ กรุงเทพมหานคร\n"
        "ส่วนการประชุมรัฐมนตรีเศรษฐกิจอาเซียน ครั้งที่ 55 จะจัดขึ้นระหว่างวันที่ 3-5 ก.ย. 2567",
        [("การประชุมรัฐมนตรีพลังงานอาเซียน", 41, None, 1),
         ("การประชุมรัฐมนตรีเศรษฐกิจอาเซียน", 55, "2024-09-03", 1)],
        id="the-next-sentence-dates-its-own-meeting"),
    pytest.param(
        "ในการประชุมคณะรัฐมนตรีเมื่อวันที่ 5 มีนาคม 2567 ได้รับทราบผลการประชุมรัฐมนตรีเศรษฐกิจอาเซียน"
        " ครั้งที่ 55 ซึ่งจัดขึ้นเมื่อวันที่ 1 มีนาคม 2567",
        [("การประชุมคณะรัฐมนตรี", None, "2024-03-05", 1),
         ("การประชุมรัฐมนตรีเศรษฐกิจอาเซียน", 55, "2024-03-01", 1)],
        id="two-meetings-one-sentence-each-its-date"),
    pytest.param(
        "การประชุมคณะอนุกรรมการบริหารกองทุนพัฒนาสื่อ (อกส.) ครั้งที่ 2/2567 มีมติเห็นชอบ",
        [("การประชุมคณะอนุกรรมการบริหารกองทุนพัฒนาสื่อ", 2, None, 2)],
        id="bracketed-abbreviation-then-ordinal"),
]


def test_a_platform_makes_the_meeting_online() -> None:
    text = "ผู้แทนเข้าร่วมผ่านระบบ Cisco Webex Meeting ในการประชุมคณะกรรมการร่วม ครั้งที่ 5"
    [meeting] = extract(text).meetings
    assert (meeting.name, meeting.ordinal, meeting.online) == ("การประชุมคณะกรรมการร่วม", 5, True)
    assert meeting.evidence == ("การประชุม", "Cisco Webex")


@pytest.mark.parametrize(("text", "expected"), ISSUE_12)
def test_issue_12_meetings(text: str, expected: list[tuple]) -> None:
    doc = extract(text, document_date="2024-03-05")
    got = [(m.name, m.ordinal, m.date, len(m.mentions)) for m in doc.meetings]
    assert got == expected
    for m in doc.meetings:
        assert text[m.start : m.end] == m.text
        assert all(text[x.start : x.end] == x.text for x in m.mentions)
