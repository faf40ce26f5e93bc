"""Occupations news writes as a person's apposition, and the descriptions after them that name
no organisation."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# (sentence, position, organisation)
OCCUPATIONS = [
    ("นายสมชาย ใจดี นักธุรกิจชื่อดัง กล่าวว่า", "นักธุรกิจชื่อดัง", None),
    ("นายสมชาย ใจดี ผู้เชี่ยวชาญด้านเศรษฐกิจ กล่าวว่า", "ผู้เชี่ยวชาญด้านเศรษฐกิจ", None),
    # ThaiNER 1.5 train (wannaphong/thai-ner, CC BY 3.0), L0577
    ("นางจูลี ฮอลล์ ผู้เชี่ยวชาญองค์การอนามัยโลกประจำกรุงปักกิ่งของจีน เรียกร้องให้จีน",
     "ผู้เชี่ยวชาญองค์การอนามัยโลกประจำกรุงปักกิ่งของจีน", "องค์การอนามัยโลก"),
    ("ที่สิงคโปร์ แอนดี้ วิลเลียมส์ นักร้องรุ่นอาวุโสชาวอเมริกัน วัย 76 ปี ประกาศเลื่อนคอนเสิร์ต",
     "นักร้องรุ่นอาวุโสชาวอเมริกัน", None),
    ("นายสมชาย ใจดี นักวิชาการอิสระ ให้ความเห็นว่า", "นักวิชาการอิสระ", None),
    ("นายสมชาย ใจดี นักวิเคราะห์อาวุโส บริษัทหลักทรัพย์ กล่าวว่า", "นักวิเคราะห์อาวุโส", None),
    ("นายสมชาย ใจดี ผู้ฝึกสอนทีมชาติไทย กล่าวว่า", "ผู้ฝึกสอนทีมชาติไทย", "ทีมชาติไทย"),
]


@pytest.mark.parametrize(("sentence", "position", "organization"), OCCUPATIONS,
                         ids=["businessman-famous", "expert-in-field", "expert-of-body",
                              "singer-senior-nationality", "independent-academic",
                              "senior-analyst", "coach-of-team"])
def test_an_occupation_is_the_position(sentence: str, position: str, organization: str | None
                                       ) -> None:
    (person,) = extract(sentence).people
    assert (person.position, person.organization) == (position, organization)


# An untitled name glued after an abbreviated post that ends in paiyannoi (ฯ).
@pytest.mark.parametrize(("sentence", "name", "position"), [
    ("ผู้ว่าฯสมชาย ใจดี กล่าวว่า", "สมชาย ใจดี", "ผู้ว่าฯ"),
    # ThaiNER 1.5 train, L0630
    ("ทำเอาท่านรองนายกฯสมคิด จาตุศรีพิทักษ์ เครียด", "สมคิด จาตุศรีพิทักษ์", "รองนายกฯ"),
], ids=["governor", "deputy-prime-minister"])
def test_a_name_glued_after_paiyannoi(sentence: str, name: str, position: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.position) == (name, None, position)
    assert sentence[person.start : person.end] == person.text == name


def test_a_ministry_glued_after_paiyannoi_is_no_name() -> None:
    assert extract("ผู้ว่าฯกทม. ลงพื้นที่ตรวจน้ำท่วม", only="people").people == ()


def test_the_post_after_a_bracketed_nickname() -> None:
    sentence = "นายอนุทิน ชาญวีรกูล (เสี่ยหนู) รองนายกรัฐมนตรี กล่าวว่า"
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.position) == (
        "อนุทิน ชาญวีรกูล", "นาย", "รองนายกรัฐมนตรี")
    assert [m.text for m in person.mentions] == ["นายอนุทิน ชาญวีรกูล", "เสี่ยหนู"]


# Posts after a comma, in brackets, after "ซึ่งเป็น"; local-government and party posts.
# (sentence, position)
MORE = [
    ("นายสมชาย ใจดี, ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
    ("นายสมชาย ใจดี (ผู้ว่าราชการจังหวัดเชียงใหม่) กล่าวว่า", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
    ("นายสมชาย ใจดี ซึ่งเป็นผู้ใหญ่บ้าน ให้ข้อมูลว่า", "ผู้ใหญ่บ้าน"),
    ("นายสมชาย ใจดี สมาชิกพรรคเพื่อไทย กล่าวว่า", "สมาชิกพรรคเพื่อไทย"),
    ("นายสมชาย ใจดี ส.อบต.บ้านใหม่ กล่าวว่า", "ส.อบต.บ้านใหม่"),
    ("นางสมศรี ใจดี อสม.หมู่ 3 กล่าวว่า", "อสม.หมู่ 3"),
    ("นายสมชาย ใจดี สจ.เขต 1 กล่าวว่า", "สจ.เขต 1"),
]


@pytest.mark.parametrize(("sentence", "position"), MORE,
                         ids=["after-comma", "in-brackets", "after-which-is", "party-member",
                              "tambon-councillor", "health-volunteer", "provincial-councillor"])
def test_more_ways_to_write_a_post(sentence: str, position: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert person.position == position


def test_a_comma_between_two_names_gives_no_post() -> None:
    found = extract("นายสมชาย ใจดี, นายสมศักดิ์ รักไทย กล่าวว่า", only="people").people
    assert [(p.name, p.position) for p in found] == [("สมชาย ใจดี", None), ("สมศักดิ์ รักไทย", None)]


def test_a_spaced_and_before_a_post_may_name_other_people() -> None:
    # ThaiNER 1.5 train, L0554: "… and the ministers of health and agriculture", not Somkid's
    # posts; only a glued "และ" joins two posts of one person.
    sentence = ("ร่วมกันแถลงข่าวภายหลังเข้าประชุมร่วมกับนายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี "
                "และรัฐมนตรีกระทรวงสาธารณสุข กระทรวงเกษตรและสหกรณ์ ที่ทำเนียบรัฐบาลว่า")
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.position) == ("สมคิด จาตุศรีพิทักษ์", "รองนายกรัฐมนตรี")


# A credit line names the story's source; the office in it is no post of the name after it
# (review of session 4, item 7). The same office with nothing before it on its line is a post.
CREDITS = [
    ("ที่มา ประชาสัมพันธ์จังหวัดเชียงใหม่ นายสมชาย ใจดี ชาวบ้านในพื้นที่ กล่าวว่า", None),
    ("ภาพ/ข่าว : ประชาสัมพันธ์จังหวัดเชียงใหม่ นายสมชาย ใจดี ชาวบ้าน กล่าวว่า", None),
    ("ขอบคุณภาพ ประมงจังหวัดยะลา\nนายสมชาย ใจดี กล่าวว่า", None),
    ("ประชาสัมพันธ์จังหวัดเชียงใหม่ นายสมชาย ใจดี กล่าวว่า", "ประชาสัมพันธ์จังหวัดเชียงใหม่"),
    ("ช่างถ่ายภาพ ผู้ว่าราชการจังหวัดยะลา นายสมชาย ใจดี กล่าวว่า", "ผู้ว่าราชการจังหวัดยะลา"),
    ("ชาวบ้านต่างขอบคุณ ผู้ว่าราชการจังหวัดยะลา นายสมชาย ใจดี ที่ลงพื้นที่", "ผู้ว่าราชการจังหวัดยะลา"),
    ("ทุกคน ขอบคุณ ผู้ว่าราชการจังหวัดยะลา นายสมชาย ใจดี ที่ลงพื้นที่", "ผู้ว่าราชการจังหวัดยะลา"),
]


@pytest.mark.parametrize(("sentence", "position"), CREDITS,
                         ids=["source-line", "photo-news-credit", "photo-credit-line-above",
                              "office-alone", "word-ending-in-phap", "thanks-glued",
                              "thanks-the-governor"])
def test_a_credited_office_is_no_post(sentence: str, position: str | None) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.text, person.position) == ("นายสมชาย ใจดี", position)
