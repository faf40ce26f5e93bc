"""Untitled names written as a list: read backward and forward from a person already found across
the list joins (", ", " และ", " กับ "), and every name of a list that an enumerating word
(ได้แก่, อย่าง, ประกอบด้วย, คือ) opens after a role or plural word. Lists of places, clubs or
products give no people."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# (sentence, [(name, start) of every person, in text order])
LISTS = [
    # Daily News sports, tests/devset/news.jsonl news-018: a nickname before the full name,
    # in a list opened by คือ after a word holding นักเตะ.
    ("โดยเป็นการพบกันของสองทีมที่มีสองนักเตะไทยคว้าแข้ง คือ มุ้ย ธีรศิลป์ แดงดา ของซานเฟรซเช ฮิโรชิมา",
     [("ธีรศิลป์ แดงดา", 59)]),
    # Backward from a titled person across ", " and " และ": foreign names no other rule reads.
    ("ร่วมด้วย อาเหม็ด เอสมาเอลพัว, มาร์โก ซิลวา และนายจอห์น สมิธ",
     [("อาเหม็ด เอสมาเอลพัว", 9), ("มาร์โก ซิลวา", 30), ("จอห์น สมิธ", 46)]),
    # Backward across " กับ" glued to the titled name after it.
    ("ร่วมด้วย อาเหม็ด เอสมาเอลพัว กับนายจอห์น สมิธ",
     [("อาเหม็ด เอสมาเอลพัว", 9), ("จอห์น สมิธ", 32)]),
    # A list after ได้แก่ that a plural word opens, joined by " และ ".
    ("ผู้เล่นที่ติดโควิด ได้แก่ ชนาธิป สรงกระสินธ์ และ สุภโชค สารชาติ ทำให้ทีมขาดกำลัง",
     [("ชนาธิป สรงกระสินธ์", 26), ("สุภโชค สารชาติ", 49)]),
    # Forward after อย่าง and a role word, across ", " and " และ ".
    ("ทีมชาติไทยเรียกนักเตะ อย่าง ชนาธิป สรงกระสินธ์, ธีรศิลป์ แดงดา และ สุภโชค สารชาติ เข้าแคมป์",
     [("ชนาธิป สรงกระสินธ์", 28), ("ธีรศิลป์ แดงดา", 48), ("สุภโชค สารชาติ", 67)]),
    # A count between the role word and the enumerating word; members need only be name-shaped
    # after such a cue (ชาร์ลี is a dictionary word, so "ชาร์ลี คลัฟ" is no strict pair).
    ("นักเตะใหม่ 3 คน คือ ชาร์ลี คลัฟ, ยาคุบ สเกิร์ลโซวสกี้ และ ลิซานโดร มาร์ติเนซ จะมาถึงวันนี้",
     [("ชาร์ลี คลัฟ", 20), ("ยาคุบ สเกิร์ลโซวสกี้", 33), ("ลิซานโดร มาร์ติเนซ", 58)]),
    ("ส่วนนักร้อง 2 คน ได้แก่ ลิซ่า ลลิษา และ บัมแบม กันต์พิมุกต์ ขึ้นแสดง",
     [("ลิซ่า ลลิษา", 24), ("บัมแบม กันต์พิมุกต์", 40)]),
    # ThaiNER 1.5 val L5030: an untitled pair before " และนาย…".
    ("เอกชัย หงส์กังวาน และนายโชคชัย ไพบูลย์รัชตะ 2 นักกิจกรรมทางการเมือง ถูกปล่อยตัวแล้ว",
     [("เอกชัย หงส์กังวาน", 0), ("โชคชัย ไพบูลย์รัชตะ", 21)]),
    # ThaiNER 1.5 train L1247: a list after อาทิ and a role word, nicknames before full names
    # (ThaiNER tags "ธงชัย แม็คอินไตย" and "เรืองศักดิ์ ลอยชูศักดิ์" so).
    ("ศิลปินชื่อดังอาทิ เบิร์ด ธงชัย แม็คอินไตย เจมส์ เรืองศักดิ์ ลอยชูศักดิ์ และนายสมคิด จาตุศรีพิทักษ์"
     " รองนายกรัฐมนตรี", [("ธงชัย แม็คอินไตย", 25), ("เรืองศักดิ์ ลอยชูศักดิ์", 48),
                          ("สมคิด จาตุศรีพิทักษ์", 75)]),
]

LIST_IDS = ["nickname-after-khue", "backward-foreign", "backward-kap", "dai-kae-plural", "yang-role",
            "count-before-khue", "count-before-dai-kae", "thainer-val-L5030", "thainer-train-L1247"]


@pytest.mark.parametrize(("sentence", "expected"), LISTS, ids=LIST_IDS)
def test_the_names_of_a_list(sentence: str, expected: list[tuple[str, int]]) -> None:
    people = extract(sentence, only="people").people
    assert [(p.name, p.start) for p in people] == expected
    for person in people:
        assert sentence[person.start : person.end] == person.text


NOT_PEOPLE = [
    "จังหวัดที่ประสบภัย ได้แก่ เชียงใหม่ ลำพูน, ลำปาง แพร่ และน่าน",
    "สโมสรที่สนใจนักเตะรายนี้ ได้แก่ ลิเวอร์พูล เชลซี, อาร์เซนอล และ แมนเชสเตอร์ ยูไนเต็ด",
    "นักกีฬาใช้อุปกรณ์ ได้แก่ ไนกี้ แอร์แม็กซ์, อาดิดาส ซูเปอร์สตาร์ และ พูม่า ฟิวเจอร์",
    "รายชื่อผู้เล่น ได้แก่ ผู้รักษาประตู กองหลัง และกองกลาง",
]


@pytest.mark.parametrize("sentence", NOT_PEOPLE,
                         ids=["provinces", "clubs", "products", "positions"])
def test_a_list_of_things_gives_no_people(sentence: str) -> None:
    assert extract(sentence, only="people").people == ()
