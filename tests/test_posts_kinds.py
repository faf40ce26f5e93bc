"""Kinds of posts mainstream news writes (issue 11, session 5): acting posts, a department's
provincial office, a post before a quoted name. Each row is a real sentence (source in a comment)
or one written the way the source writes it; the post is checked as written and expanded, and
the person's name by its exact span."""

from __future__ import annotations

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def _person(sentence: str, name: str) -> PersonFact:
    people = extract(sentence, only="people").people
    (person,) = [p for p in people if p.name == name]
    assert sentence[person.start : person.end] == person.text
    assert name in person.text
    return person


# (sentence, name, position as written, expanded)
ACTING = [
    # NewsTV13 Siam Thai regional item (eval4-124)
    ("นาย ประเทือง เพชรโรจน์ รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร กล่าวรายงานว่า",
     "ประเทือง เพชรโรจน์", "รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร",
     "รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร"),
    # ThaiNER 1.5 train (wannaphong/thai-ner, CC BY 3.0), L2522
    ("นายสัตวแพทย์สรวิศ ธานีโต รักษาราชการแทนอธิบดีกรมปศุสัตว์ กล่าวว่า จากกรณีที่ราคาสับปะรด",
     "สรวิศ ธานีโต", "รักษาราชการแทนอธิบดีกรมปศุสัตว์", "รักษาราชการแทนอธิบดีกรมปศุสัตว์"),
    # ThaiNER 1.5 train, L4237
    ("โดยมี ผศ.ดร.พัฒนพงษ์ วันจันทึก รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม เป็นประธาน",
     "พัฒนพงษ์ วันจันทึก", "รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม",
     "รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม"),
    # thaigov.go.th release (fresh-030): "acting in the post of"
    ("นายใบน้อย สุวรรณชาตรี รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม เข้าร่วมประชุม",
     "ใบน้อย สุวรรณชาตรี", "รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม",
     "รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม"),
    # a post with both modifiers, as releases write deputies' assistants
    ("นายสมชาย ใจดี ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค กล่าวว่า", "สมชาย ใจดี",
     "ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค", "ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), ACTING,
                         ids=["acting-official", "acting-in-place-of", "acting-rector",
                              "acting-in-the-post", "assistant"])
def test_an_acting_post(sentence: str, name: str, position: str, expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


PROVINCIAL_OFFICES = [
    # ONB News regional item (eval4-111)
    ("นายธวัช หงษ์บิน นายอำเภอท่าชนะ นายจำนง สวัสดิ์วงศ์ ปภ.จังหวัดสุราษฎร์ธานี ลงพื้นอำเภอท่าชนะ",
     "จำนง สวัสดิ์วงศ์", "ปภ.จังหวัดสุราษฎร์ธานี",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดสุราษฎร์ธานี"),
    # ThaiNER 1.5 train, L2518: the same head written out
    ("นายไพศาล วิมลรัตน์ ผู้ว่าราชการจังหวัดน่าน พร้อมด้วย นายณรงค์ อินโส "
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน นำเจ้าหน้าที่ ปภ.สาขา อาสาสมัคร",
     "ณรงค์ อินโส", "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน"),
    ("นายสมชาย ใจดี ปภ.จ.ลำปาง กล่าวว่า", "สมชาย ใจดี", "ปภ.จ.ลำปาง",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), PROVINCIAL_OFFICES,
                         ids=["abbreviated", "written-out", "abbreviated-province"])
def test_a_departments_provincial_office_head(sentence: str, name: str, position: str,
                                               expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


def test_the_department_alone_is_no_post() -> None:
    # ThaiNER 1.5 train, L2618: "เจ้าหน้าที่ ปภ." are officials of the department, no one's post.
    sentence = "นายสมชาย ใจดี ปภ.ประกาศเตือนภัย 49 จังหวัด"
    assert _person(sentence, "สมชาย ใจดี").position is None


# A post written before a quoted name (the quote opens right after the post and a space).
BEFORE_QUOTED = [
    # Thairath international item (eval4-101)
    ('ภายในงานยังได้นำวีดิโอของอดีตประธานาธิบดีสหรัฐฯ "จิมมี่ คาร์เตอร์" มาร่วมทักทายแขกเหรื่อ',
     "จิมมี่ คาร์เตอร์", "อดีตประธานาธิบดีสหรัฐฯ"),
    ("ภายในงานยังได้นำวีดิโอของอดีตประธานาธิบดีสหรัฐฯ “จิมมี่ คาร์เตอร์” มาร่วมทักทายแขกเหรื่อ",
     "จิมมี่ คาร์เตอร์", "อดีตประธานาธิบดีสหรัฐฯ"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), BEFORE_QUOTED,
                         ids=["straight-quotes", "curly-quotes"])
def test_a_post_before_a_quoted_name(sentence: str, name: str, position: str) -> None:
    assert _person(sentence, name).position == position


def test_a_closing_quote_before_a_name_gives_no_post() -> None:
    # The quoted post is a word the text talks about, not the post of the name after it.
    sentence = 'ตำแหน่ง "ผู้ว่าราชการจังหวัด" นายสมชาย ใจดี กล่าวว่า'
    assert _person(sentence, "สมชาย ใจดี").position is None
