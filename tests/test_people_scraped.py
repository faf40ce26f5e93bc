"""Issue 11: titles and names as scrapers hand them over — each shape a table of exact cases.

Sentences are written in the shape of mainstream Thai news (Thairath, Matichon, Khaosod); the
spaced rank "พล. ร.ท." also occurs in ThaiNER 1.5 (line 1349 of the golden sample).
"""

from __future__ import annotations

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def people(text: str) -> list[PersonFact]:
    return list(extract(text, only="people").people)


def check(sentence: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    found = people(sentence)
    assert [(p.name, p.title, p.position, p.text) for p in found] == expected
    for p in found:
        assert sentence[p.start : p.end] == p.text


# A space after an inner dot of a rank: the title comes out as written, the name whole.
SPACED_RANKS = [
    ("พล. อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวว่า",
     [("ประยุทธ์ จันทร์โอชา", "พล. อ.", "นายกรัฐมนตรี", "พล. อ.ประยุทธ์ จันทร์โอชา")]),
    ("พล.ต. ท.สมชาย ใจดี ผู้บัญชาการตำรวจภูธรภาค 5 กล่าวว่า",
     [("สมชาย ใจดี", "พล.ต. ท.", "ผู้บัญชาการตำรวจภูธรภาค 5", "พล.ต. ท.สมชาย ใจดี")]),
    ("ร.ต. อ.สมศักดิ์ รักไทย พนักงานสอบสวน กล่าวว่า",
     [("สมศักดิ์ รักไทย", "ร.ต. อ.", "พนักงานสอบสวน", "ร.ต. อ.สมศักดิ์ รักไทย")]),
    ("พล. อ สมชาย ใจดี กล่าวว่า", [("สมชาย ใจดี", "พล. อ", None, "พล. อ สมชาย ใจดี")]),
    # The clock's "น." before a rank is no spaced "น.พ.": the rank stays whole.
    ("เวลา 09.30 น. พ.ต.ท.สมชาย ใจดี นายกรัฐมนตรี ให้สัมภาษณ์ว่า",
     [("สมชาย ใจดี", "พ.ต.ท.", "นายกรัฐมนตรี", "พ.ต.ท.สมชาย ใจดี")]),
]


# Markup wraps a long line between given name and surname and indents the rest: one person,
# only when the surname's line goes on (a position, the sentence); never across a blank line
# or when the surname stands alone on its line (a heading, a caption).
WRAPPED_NAMES = [
    ("นายอัครา\n      พรหมเผ่า อธิบดีกรมชลประทาน กล่าวว่า",
     [("อัครา พรหมเผ่า", "นาย", "อธิบดีกรมชลประทาน", "นายอัครา\n      พรหมเผ่า")]),
    ("การประชุมมีนางสาวดารุณี\n\tแก้วมณี เป็นประธาน",
     [("ดารุณี แก้วมณี", "นางสาว", "ประธาน", "นางสาวดารุณี\n\tแก้วมณี")]),
    ("นายอัครา\n\n      พรหมเผ่า อธิบดีกรมชลประทาน กล่าวว่า",
     [("อัครา", "นาย", None, "นายอัครา")]),
    ("นายอัครา\n      พรหมเผ่า\nอธิบดีกรมชลประทาน", [("อัครา", "นาย", None, "นายอัครา")]),
    # The wrap may also fall right after the title; a head count ("200 นาย") stays no person.
    ("พล.ต.ท.\n      สมชาย ใจดี ผู้บัญชาการ กล่าวว่า",
     [("สมชาย ใจดี", "พล.ต.ท.", "ผู้บัญชาการ", "พล.ต.ท.\n      สมชาย ใจดี")]),
    ("กำลังพล 200 นาย\n   รักษาความปลอดภัย", []),
]


# "นายช่าง" (engineer) before a listed given name is the title, never "นาย" + "ช่างสมชาย";
# before an ordinary word it is a post ("นายช่างโยธา…") and names nobody.
ENGINEER = [
    ("นายช่างสมชาย ใจดี หัวหน้าช่าง กล่าวว่า",
     [("สมชาย ใจดี", "นายช่าง", "หัวหน้าช่าง", "นายช่างสมชาย ใจดี")]),
    ("นายช่างสมภพ กล่าวว่า", [("สมภพ", "นายช่าง", None, "นายช่างสมภพ")]),
    ("นายช่างโยธาชำนาญงาน กล่าวว่า", []),
]


# A woman officer's rank carries "หญิง", glued or spaced: part of the title, not of her name.
WOMAN_RANKS = [
    ("พ.ต.อ.หญิงสมศรี ใจดี กล่าวว่า",
     [("สมศรี ใจดี", "พ.ต.อ.หญิง", None, "พ.ต.อ.หญิงสมศรี ใจดี")]),
    ("ร.ต.อ.หญิง สมศรี ใจดี กล่าวว่า",
     [("สมศรี ใจดี", "ร.ต.อ.หญิง", None, "ร.ต.อ.หญิง สมศรี ใจดี")]),
    ("พล.ต.ต.หญิงมาลี รักไทย ผู้บังคับการ กล่าวว่า",
     [("มาลี รักไทย", "พล.ต.ต.หญิง", "ผู้บังคับการ", "พล.ต.ต.หญิงมาลี รักไทย")]),
]


CASES = [
    *(pytest.param(s, e, id=f"woman-{i}") for i, (s, e) in enumerate(WOMAN_RANKS)),
    *(pytest.param(s, e, id=f"engineer-{i}") for i, (s, e) in enumerate(ENGINEER)),
    *(pytest.param(s, e, id=f"spaced-{i}") for i, (s, e) in enumerate(SPACED_RANKS)),
    *(pytest.param(s, e, id=f"wrapped-{i}") for i, (s, e) in enumerate(WRAPPED_NAMES)),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_scraped(sentence: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    check(sentence, expected)
