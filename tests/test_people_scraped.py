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


@pytest.mark.parametrize(("sentence", "expected"), SPACED_RANKS,
                         ids=[f"spaced-{i}" for i in range(len(SPACED_RANKS))])
def test_spaced_rank(sentence: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    check(sentence, expected)
