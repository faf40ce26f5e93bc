"""'X หรือ Y': a person's other name written after "หรือ" is a mention of that person, however
the join is spaced, after a titled given name too, and when the alias is glued to the next word
(issue 11, "variants of one person"; session 6). Crime and court news name a suspect or a
victim by the name and then the nickname the neighbourhood knows."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def persons(text: str) -> list[list[str]]:
    return [[m.text for m in p.mentions] for p in extract(text).people]


# (sentence, each person's mentions as written). ThaiNER 1.5 train lines, one a source.
ALIASES = [
    # Line 1727: "หรือ" glued on both sides, the alias glued to the age that follows.
    ("สำหรับผลชันสูตรศพนางสาววิภารัตน์ พูลสวัสดิ์หรือส้มอายุ17ปีอยู่บ้านเลขที่66 ม.7",
     [["นางสาววิภารัตน์ พูลสวัสดิ์", "ส้ม"]]),
    # Line 1496: the same, another article.
    ("เจ้าของคดีนายกัณฑ์พิทักษ์ ปัจฉิมสวัสดิ์หรือหมูแฮมอายุ20ปีลูกชายนางสาวิณี ปะการะนัง",
     [["นายกัณฑ์พิทักษ์ ปัจฉิมสวัสดิ์", "หมูแฮม"], ["นางสาวิณี ปะการะนัง"]]),
    # Line 4827: after a titled given name alone.
    ("นางสาวณิชา หรืออะตอม เหยื่อแก๊งคอลเซ็นเตอร์เตรียมฟ้องร้อง 7 ธนาคารดัง",
     [["นางสาวณิชา", "อะตอม"]]),
    # Line 4183: a familiar title glued after a spaced "หรือ".
    ("ตำรวจควบคุมตัว นายปัญญา ยิ่งดัง หรือเสี่ยอ้วน เจ้าของสถานบันเทิงหลายแห่งใน จ.ภูเก็ต",
     [["นายปัญญา ยิ่งดัง", "เสี่ยอ้วน"]]),
    # Line 1430: the familiar title, a space, and a nickname that is an ordinary word (แหลม).
    ("หลังจากนายอำนวย ค้าธัญญาเรืองหรือเสี่ย แหลมผู้ต้องหาสารภาพว่าการก่อเหตุครั้งนี้",
     [["นายอำนวย ค้าธัญญาเรือง", "เสี่ย แหลม"]]),
    # Line 1594: the same nickname glued, after the given name alone.
    ("ทั้งนี้นายอำนวยหรือเสี่ยแหลม ค้าธัญญาเรืองหลังจากถูกจับกุมตัว",
     [["นายอำนวย", "เสี่ยแหลม"]]),
    # Line 1992: zero-width no-break spaces (U+FEFF) around every word.
    ("คดีฆ่าตัดตอน\ufeffด.ช.จักรพันธุ์ ศรีสอาด\ufeffหรือ\ufeffน้องฟลุค\ufeff วัย9ขวบ",
     [["ด.ช.จักรพันธุ์ ศรีสอาด", "น้องฟลุค"]]),
    # Line 5046: a role noun glued to a nickname no dictionary holds is how she is called.
    ("นางสาวศิริกาญจน์ เจริญศิริ หรือ ทนายจูน ทนายจากศูนย์ทนายความเพื่อสิทธิมนุษยชน",
     [["นางสาวศิริกาญจน์ เจริญศิริ", "ทนายจูน"]]),
]

# "หรือ" before someone else, named by role or kin, or before a question word: no alias.
NOT_ALIASES = [
    ("ให้นายสมชาย ใจดี หรือผู้แทน เข้าร่วมประชุมในวันพรุ่งนี้", [["นายสมชาย ใจดี"]]),
    ("ให้นายสมชาย ใจดี หรือภรรยา มารับเงินที่สำนักงาน", [["นายสมชาย ใจดี"]]),
    ("ไม่ว่าจะเป็นนายสมชายหรือเพื่อน ก็ต้องมาลงชื่อ", [["นายสมชาย"]]),
    ("นายสมชาย ใจดี หรือคนอื่น ต้องมาลงชื่อ", [["นายสมชาย ใจดี"]]),
    ("ไม่ทราบว่านายสมชายหรือใครเป็นผู้สั่งการ", [["นายสมชาย"]]),
    ("มอบให้นางสาวสมศรี หรือ ทนาย ดำเนินการต่อไป", [["นางสาวสมศรี"]]),
    ("ผู้ที่จะมาแทนคือนายสมชายหรือนายสมศักดิ์", [["นายสมชาย"], ["นายสมศักดิ์"]]),
    # A post that opens with a civil title's letters, and a role noun before a phrase.
    ("นายสมชาย ใจดี หรือนายก อบต.บ้านใหม่ จะมาร่วมงาน", [["นายสมชาย ใจดี"]]),
    ("นางสมศรี สุขใจ หรือแม่ค้าในตลาด ต่างก็ไม่พอใจ", [["นางสมศรี สุขใจ"]]),
    # Review of session 6, PE1: a titled given name, "หรือ" and a second person's given name,
    # then the sentence (a choice of two people): no alias without an age, bracket or noun.
    ("แหล่งข่าวระบุว่าผู้ที่จะได้รับการเสนอชื่อเป็นนายกรัฐมนตรีอาจเป็นนายอนุทิน หรือเนวิน "
     "ขึ้นอยู่กับการตัดสินใจของพรรค", [["นายอนุทิน"]]),
    ("ยังไม่ชัดเจนว่านายเศรษฐา หรือแพทองธาร จะเป็นผู้เดินทางไปร่วมประชุมสุดยอดผู้นำอาเซียน",
     [["นายเศรษฐา"]]),
    ("กุนซือยังไม่ตัดสินใจว่าจะส่งนายธีรศิลป์ หรือศุภชัย ลงเป็นตัวจริงในนัดนี้", [["นายธีรศิลป์"]]),
    ("ผู้สื่อข่าวรายงานว่า ผู้ที่จะเข้ารับตำแหน่งแทนคือ นายวิษณุ หรือบวรศักดิ์ ซึ่งยังไม่มีการยืนยัน",
     [["นายวิษณุ"]]),
    # After a full name: a second person's full name, and a representative (ตัวแทน).
    ("ผู้สมัครที่มีคะแนนนิยมสูงคือนายชัชชาติ สิทธิพันธุ์ หรือสกลธี ภัททิยกุล ตามผลสำรวจ",
     [["นายชัชชาติ สิทธิพันธุ์"]]),
    ("ให้นายปรีชา วงศ์ใหญ่ หรือตัวแทน มารับเงินที่สำนักงาน", [["นายปรีชา วงศ์ใหญ่"]]),
    # PE2: a word cut inside a glued run (พรรค|เพื่อไทย) is no alias.
    ("สำหรับการเลือกตั้งครั้งนี้ ประชาชนต้องเลือกระหว่างนายพิธา ลิ้มเจริญรัตน์ หรือพรรคเพื่อไทย",
     [["นายพิธา ลิ้มเจริญรัตน์"]]),
]


@pytest.mark.parametrize(("sentence", "expected"), ALIASES,
                         ids=["glued-before-age", "glued-second-article", "after-given-name",
                              "familiar-glued", "familiar-spaced-word", "familiar-after-given",
                              "zero-width-breaks", "role-glued-to-nickname"])
def test_alias_joins_its_person(sentence: str, expected: list[list[str]]) -> None:
    assert persons(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), NOT_ALIASES,
                         ids=["representative", "wife", "friend", "someone-else", "who",
                              "lawyer", "second-titled-person", "local-mayor", "market-vendors",
                              "choice-unlisted", "choice-unlisted-2", "choice-listed",
                              "choice-listed-2", "second-full-name", "representative-2",
                              "glued-party"])
def test_no_alias(sentence: str, expected: list[list[str]]) -> None:
    assert persons(sentence) == expected


def test_alias_offsets_point_into_the_input() -> None:
    text = ALIASES[6][0]
    for person in extract(text).people:
        for m in person.mentions:
            assert text[m.start:m.end] == m.text
