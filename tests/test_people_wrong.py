"""Wrong people and nicknames left alone (issue 11, session 5): a headline's verb phrase read as
a name after a quoted nickname; a quoted nickname glued to the full name it belongs to."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


# (sentence, names read)
CASES = [
    # tests/devset/eval4.jsonl eval4-117 (PlayNow Thailand headline): "กดเบิ้ลครึ่งหลังให้" ends in
    # ให้, a preposition no listed name ends with; it and "ทีมชาติไทย" are no person.
    ("“สุภโชค” ซัดนำต้นเกม ก่อน “ศุภณัฏฐ์” กดเบิ้ลครึ่งหลังให้ ทีมชาติไทย บุกชนะ สิงคโปร์ 3-1 "
     "คว้า 3 แต้มแรกคัดบอลโลก", ["ศุภณัฏฐ์"]),
    # Names do end in some function words: เถื่อนกลาง (tests/devset/news.jsonl news-020 names
    # ศุภวุฒิ เถื่อนกลาง), so กลาง at a name's end stays a name.
    ("ตอง ศุภวุฒิ เถื่อนกลาง กองกลางทีมชาติไทย ยิงประตูชัย", ["ศุภวุฒิ เถื่อนกลาง"]),
    # tests/devset/eval4.jsonl eval4-119 (Khobsanam): the nickname glued after its quote to a
    # listed given name and a surname pythainlp's word list holds (a mountain's name); the
    # nickname alone later is no second person.
    ('รอบชิงชนะเลิศ หญิงเดี่ยว "เมย์"รัชนก อินทนนท์ มือ 5 ของโลก และมือ 5 ของรายการ '
     "ในเกมสุดท้าย เมย์ เป็นฝ่ายพ่ายไป 13-21", ["รัชนก อินทนนท์"]),
    # An ordinary word after the given name is the headline's verb: no surname.
    ('"ตู่"ประยุทธ์ ยืนยัน ไม่ลาออก', []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES,
                         ids=["verb-phrase-after-nickname", "name-ending-klang",
                              "glued-quoted-nickname", "verb-after-given"])
def test_who_is_a_person(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_the_glued_nickname_is_a_mention_of_the_full_name() -> None:
    sentence = CASES[2][0]
    (person,) = extract(sentence).people
    assert [m.text for m in person.mentions] == ["เมย์", "รัชนก อินทนนท์"]
    assert sentence[person.start : person.end] == "รัชนก อินทนนท์"
