"""Untitled names in quotes, as headlines write them: straight or curly quotes, a space before
the closing quote; two ordinary words in quotes are a slogan, not a person.

Sentences follow ThaiNER 1.5 train-split headlines (wannaphong/thai-ner, CC BY 3.0) and the
style of Thai news headlines."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

QUOTED = [
    ('ศาลฎีกาพิพากษา ยึดทรัพย์ "เกษม นิมมลรัตน์ " ฐานร่ำรวยผิดปกติ', "เกษม นิมมลรัตน์"),
    ("ธรรมศาสตร์ จัดงานวัน 'ปรีดี พนมยงค์' พร้อมสืบสานปรัชญา", "ปรีดี พนมยงค์"),
    ("‘บูม จิระพิสิษฐ์’ เข้ารับทราบข้อหา", "บูม จิระพิสิษฐ์"),
    ('"หม่อง ทองดี" คว้าแชมป์ เป็นตัวแทนไทย', "หม่อง ทองดี"),
    ("นายกรัฐมนตรี เข้าพบ “โดนัลด์ ทรัมป์” ขอความร่วมมือ", "โดนัลด์ ทรัมป์"),
    ('"สตีเฟน ฮอว์คิง" นักฟิสิกส์ชื่อก้องโลก', "สตีเฟน ฮอว์คิง"),
]


@pytest.mark.parametrize(("sentence", "name"), QUOTED,
                         ids=["space-before-closing-quote", "single-quotes", "curly-single",
                              "listed-surname", "curly-double-foreign", "foreign-unlisted"])
def test_a_quoted_pair_is_a_person(sentence: str, name: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.rule) == (name, None, "quoted-name")
    assert sentence[person.start : person.end] == person.text == name


@pytest.mark.parametrize("sentence", [
    'ชาวบ้าน "ตื่น ตระหนก" หนัก หลังเกิดเหตุ',
    'ร่วมโครงการ "ชิม ช้อป" ของรัฐบาล',
    'สื่ออังกฤษ "เดอะ เทเลกราฟ" รายงานว่า',
    'รณรงค์ "พลังสังคม หยุดคุกคามทางเพศ" ทั่วประเทศ',
], ids=["two-ordinary-words", "ordinary-and-short-loan", "media-title", "slogan"])
def test_no_person_in_a_quoted_phrase(sentence: str) -> None:
    assert extract(sentence, only="people").people == ()
