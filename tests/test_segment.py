from __future__ import annotations

import pytest

from thaiextract.pipeline import prepare
from thaiextract.segment import MAX_SENTENCE_CHARS, sentence_spans, word_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "นายกรัฐมนตรีเดินทางไปตรวจราชการที่จังหวัดเชียงใหม่เมื่อวานนี้ ทั้งนี้ "
            "รัฐบาลจะจัดสรรงบประมาณเพิ่มเติม",
            ["นายกรัฐมนตรีเดินทางไปตรวจราชการที่จังหวัดเชียงใหม่เมื่อวานนี้",
             "ทั้งนี้ รัฐบาลจะจัดสรรงบประมาณเพิ่มเติม"],
        ),
        (
            "สั้น ทั้งนี้ ไม่ตัด",  # too short before the marker to be a sentence
            ["สั้น ทั้งนี้ ไม่ตัด"],
        ),
        (
            "บรรทัดแรก\n\n  บรรทัดที่สอง  \n",
            ["บรรทัดแรก", "บรรทัดที่สอง"],
        ),
        (
            "ประกาศให้ปีแห่งความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน - จีน ค.ศ. 2020 เพื่อฉลอง",
            ["ประกาศให้ปีแห่งความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน - จีน ค.ศ. 2020 เพื่อฉลอง"],
        ),
        (
            "The ministers met online on Thursday to discuss recovery. They agreed on a plan.",
            ["The ministers met online on Thursday to discuss recovery.",
             "They agreed on a plan."],
        ),
    ],
    ids=["discourse-marker", "short-left-side", "lines", "thai-abbreviation-dot", "english"],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("ก" * 4500, [2000, 2000, 500]),
        ("ข่าว " * 900, [1999, 1999, 499]),
        ("ก" * 1999 + "  " + "ข" * 1999, [1999, 1999]),
        ("ก" * 2000, [2000]),
    ],
    ids=["no-space-cut-at-limit", "cut-at-last-space", "spaces-between-pieces", "at-limit"],
)
def test_a_page_long_line_is_cut_into_sentences(text: str, lengths: list[int]) -> None:
    # A page with no line breaks was one sentence: meetings took quadratic time on it (a 5 MB
    # one-line file never finished).
    spans = list(sentence_spans(text))
    assert [e - s for s, e in spans] == lengths
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    # Nothing lost but the spaces at the cuts.
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_word_spans_have_offsets_into_the_text() -> None:
    text = "วันนี้ (12 มิถุนายน 2563)\nนายกรัฐมนตรีกล่าว"
    spans = word_spans(text)
    words = [text[s:e] for s, e in spans]
    assert "มิถุนายน" in words and "2563" in words and "นายกรัฐมนตรี" in words
    assert all(not text[s:e].isspace() for s, e in spans)


def test_sentences_carry_original_offsets_and_text() -> None:
    original = "หัวข้อ\n231 views\nวันที่ ๒๕ ตุลาคม ๒๕๖๒ ณ นครหลวงเวียงจันทน์ สปป.ลาว\n"
    doc = prepare(original)
    last = doc.sentences[-1]
    assert original[last.start:last.end] == "วันที่ ๒๕ ตุลาคม ๒๕๖๒ ณ นครหลวงเวียงจันทน์ สปป.ลาว"
    assert last.text == original[last.start:last.end]
    assert doc.text[last.nstart:last.nend] == "วันที่ 25 ตุลาคม 2562 ณ นครหลวงเวียงจันทน์ สปป.ลาว"
