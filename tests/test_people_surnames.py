"""Surnames that read as ordinary words, kept when a position or an age follows them; the
verb or post standing there instead is no surname.

Sentences follow ThaiNER 1.5 train-split news (wannaphong/thai-ner, CC BY 3.0)."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# (sentence, name, title, position, span)
KEPT = [
    ("วันนี้ นายอดิศร พร้อมเทพ อธิบดีกรมประมง กล่าวว่า",
     "อดิศร พร้อมเทพ", "นาย", "อธิบดีกรมประมง", "นายอดิศร พร้อมเทพ"),
    ("กรณีนายเฉลิม ทวีบท อายุ 53 ปี ดาวตลกชื่อดัง", "เฉลิม ทวีบท", "นาย", None, "นายเฉลิม ทวีบท"),
    ("ที่นายปรีชา ใคร่ครวญ ครูโรงเรียนมัธยมแห่งหนึ่ง แจ้งความ",
     "ปรีชา ใคร่ครวญ", "นาย", "ครูโรงเรียนมัธยมแห่งหนึ่ง", "นายปรีชา ใคร่ครวญ"),
    # a listed surname or a boundary word starts the word: the whole word still counts
    ("นายวิจักร วิเศษน้อย อธิบดีกรมการค้าต่างประเทศ กล่าวว่า",
     "วิจักร วิเศษน้อย", "นาย", "อธิบดีกรมการค้าต่างประเทศ", "นายวิจักร วิเศษน้อย"),
    ("นายปรเมศวร์ อินทรชุมนุม รองอธิบดีกรมสอบสวนคดีพิเศษ เปิดเผยว่า",
     "ปรเมศวร์ อินทรชุมนุม", "นาย", "รองอธิบดีกรมสอบสวนคดีพิเศษ", "นายปรเมศวร์ อินทรชุมนุม"),
    ("นายสรวิศ ธานีโต รักษาราชการแทนอธิบดีกรมปศุสัตว์ กล่าวว่า",
     "สรวิศ ธานีโต", "นาย", "รักษาราชการแทนอธิบดีกรมปศุสัตว์", "นายสรวิศ ธานีโต"),
]


@pytest.mark.parametrize(("sentence", "name", "title", "position", "span"), KEPT,
                         ids=["stop-word-piece-before-post", "verb-piece-before-age",
                              "untagged-word-before-post", "listed-prefix",
                              "boundary-word-inside", "before-a-modifier"])
def test_a_surname_that_reads_as_words_before_a_post_or_age(
    sentence: str, name: str, title: str, position: str | None, span: str
) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.position) == (name, title, position)
    assert sentence[person.start : person.end] == person.text == span


# (sentence, span, position)
GIVEN_ALONE = [
    ("โดยมีนายสมชาย ที่ปรึกษา รมว.คลัง ร่วมประชุม", "นายสมชาย", "ที่ปรึกษา"),
    ("นายสมชาย พร้อมด้วย ผู้ว่าราชการจังหวัด ลงพื้นที่", "นายสมชาย", None),
    ("นายสมชาย ไปส่ง ผู้ว่าราชการจังหวัด ที่สนามบิน", "นายสมชาย", None),
]


@pytest.mark.parametrize(("sentence", "span", "position"), GIVEN_ALONE,
                         ids=["a-post-of-its-own", "conjunction", "two-verbs"])
def test_a_post_or_verb_before_a_post_is_no_surname(
    sentence: str, span: str, position: str | None
) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.text, person.surname, person.position) == (span, None, position)


def test_one_of_after_a_given_name_is_no_surname() -> None:
    # Daily News dev-set style: "Prince Alwaleed, one of the best-known businessmen"
    sentence = "เจ้าชายอัลวาลีด หนึ่งในนักธุรกิจระหว่างประเทศที่มีชื่อเสียงมากที่สุด"
    (person,) = extract(sentence, only="people").people
    assert (person.text, person.name, person.title) == ("เจ้าชายอัลวาลีด", "อัลวาลีด", "เจ้าชาย")


def test_a_surname_ending_in_a_preposition_stays() -> None:
    # ThaiNER 1.5 train: "ชิด|นอก" ends in a word tagged as a preposition
    (person,) = extract("ด.ช.นิธิกร ชิดนอก อายุ 8 ขวบ ป่วยเป็นไข้หวัดนก", only="people").people
    assert person.name == "นิธิกร ชิดนอก"
