"""Issue 11, session 4: positions, name boundaries and titles on mainstream news — tables of exact
names, titles, positions and spans. Sentences marked with a source are real text."""

from __future__ import annotations

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract

Row = tuple[str, str | None, str | None]


def people(text: str) -> list[PersonFact]:
    return list(extract(text, only="people").people)


def check(sentence: str, expected: list[Row], spans: list[str]) -> None:
    found = people(sentence)
    assert [(p.name, p.title, p.position) for p in found] == expected
    assert [p.text for p in found] == spans
    for p in found:
        assert sentence[p.start : p.end] == p.text


# Heads of a ministry's provincial or district office: "<office>จังหวัด<province>".
PROVINCIAL = [
    # tests/devset/fresh.jsonl fresh-002 (thaigov.go.th, Ministry of Labour)
    ("เบื้องต้นนางสาวพุทธชาติ อินทร์สวา แรงงานจังหวัดยะลา รายงานว่า",
     ("พุทธชาติ อินทร์สวา", "นางสาว", "แรงงานจังหวัดยะลา"), "สำนักงานแรงงานจังหวัดยะลา"),
    # ThaiNER 1.5 train (wannaphong/thai-ner), L1144
    ("ขณะที่นายประจง ศิรถิรกุล ปศุสัตว์จังหวัดสุพรรณบุรี กล่าวว่า",
     ("ประจง ศิรถิรกุล", "นาย", "ปศุสัตว์จังหวัดสุพรรณบุรี"), "สำนักงานปศุสัตว์จังหวัดสุพรรณบุรี"),
    ("นายสมชาย ใจดี พาณิชย์จังหวัดเชียงใหม่ กล่าวว่า",
     ("สมชาย ใจดี", "นาย", "พาณิชย์จังหวัดเชียงใหม่"), "สำนักงานพาณิชย์จังหวัดเชียงใหม่"),
    ("นายสมชาย ใจดี ประมงจังหวัดสงขลา เปิดเผยว่า",
     ("สมชาย ใจดี", "นาย", "ประมงจังหวัดสงขลา"), "สำนักงานประมงจังหวัดสงขลา"),
    ("นางสมศรี ใจดี เกษตรอำเภอเมืองน่าน กล่าวว่า",
     ("สมศรี ใจดี", "นาง", "เกษตรอำเภอเมืองน่าน"), "สำนักงานเกษตรอำเภอเมืองน่าน"),
]


@pytest.mark.parametrize(("sentence", "row", "organization"), PROVINCIAL,
                         ids=["labour", "livestock", "commerce", "fisheries", "district-farming"])
def test_a_provincial_office_head_is_the_post(sentence: str, row: Row, organization: str) -> None:
    (person,) = people(sentence)
    assert ((person.name, person.title, person.position), person.organization) == (
        row, organization)


def test_a_provincial_office_before_a_name_is_no_post_of_it() -> None:
    # "สำนักงานเกษตรจังหวัด…" names the office, which the man after it need not head.
    (person,) = people("ร่วมกับสำนักงานเกษตรจังหวัดนนทบุรี นายสมชาย ใจดี กล่าวว่า")
    assert (person.name, person.position) == ("สมชาย ใจดี", None)
    (person,) = people("เกษตรจังหวัดนนทบุรี นายสมชาย ใจดี กล่าวว่า")
    assert (person.name, person.position) == ("สมชาย ใจดี", "เกษตรจังหวัดนนทบุรี")


# What stands between a name and its post as pages are written.
GAPS = [
    # tests/devset/fresh.jsonl fresh-036 (thaigov.go.th): two spaces, the abbreviation glued on
    ("นายวราวุธ  ศิลปอาชา  รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม(รมว.ทส.) "
     "เป็นประธานการประชุม",
     [("วราวุธ ศิลปอาชา", "นาย", "รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม(รมว.ทส.)")],
     ["นายวราวุธ  ศิลปอาชา"]),
    # tests/devset/fresh.jsonl fresh-033 (Royal Irrigation Department page): the markup wraps
    # the paragraph after the name; an ordinal unit ends the post
    ("พร้อมด้วย นายก่อพงศ์ เจ้ยแก้ว\n                            ผู้อำนวยการสำนักงานชลประทานที่ 15 "
     "นายเกริกศักดิ์ ลีนานนท์ ผู้อำนวยการโครงการชลประทานภูเก็ต\n                และผู้ที่เกี่ยวข้อง",
     [("ก่อพงศ์ เจ้ยแก้ว", "นาย", "ผู้อำนวยการสำนักงานชลประทานที่ 15"),
      ("เกริกศักดิ์ ลีนานนท์", "นาย", "ผู้อำนวยการโครงการชลประทานภูเก็ต")],
     ["นายก่อพงศ์ เจ้ยแก้ว", "นายเกริกศักดิ์ ลีนานนท์"]),
    # A paragraph break (no indentation) after a name: the next paragraph's post is not its.
    ("โดยมีนายก่อพงศ์ เจ้ยแก้ว\nผู้อำนวยการสำนักงานชลประทานที่ 15 ได้สั่งการ",
     [("ก่อพงศ์ เจ้ยแก้ว", "นาย", None)], ["นายก่อพงศ์ เจ้ยแก้ว"]),
]


# Dot-stripped abbreviations of scraped text.
DOTLESS = [
    # tests/devset/fresh.jsonl fresh-024 (Daily News, all dots dropped)
    ("ถึงนายอาคม เติมพิทยาไพสิฐ รมวคมนาคม เรื่อง ขอให้ระงับการเสนอชื่อ",
     ("อาคม เติมพิทยาไพสิฐ", "นาย", "รมวคมนาคม"), "รัฐมนตรีว่าการกระทรวงคมนาคม"),
    # tests/devset/news.jsonl news-023 (Daily News)
    ("ด้านนายแพทริก จากี รมชกระทรวงยุติธรรมของโปแลนด์ กล่าวว่า",
     ("แพทริก จากี", "นาย", "รมชกระทรวงยุติธรรมของโปแลนด์"),
     "รัฐมนตรีช่วยว่าการกระทรวงยุติธรรมของโปแลนด์"),
]


@pytest.mark.parametrize(("sentence", "row", "expanded"), DOTLESS, ids=["minister", "deputy"])
def test_a_dotless_abbreviated_post(sentence: str, row: Row, expanded: str) -> None:
    (person,) = people(sentence)
    assert ((person.name, person.title, person.position), person.position_expanded) == (
        row, expanded)


@pytest.mark.parametrize(("sentence", "position"), [
    ("นายสมชาย ใจดี เจ้าหน้าที่ 3 คน เข้าตรวจสอบ", "เจ้าหน้าที่"),
    ("นายสมชาย ใจดี ผู้สมัคร ส.ส. ที่ลงพื้นที่หาเสียง", "ผู้สมัคร ส.ส."),
], ids=["head-ending-in-thi", "candidate-then-clause"])
def test_thi_takes_a_number_only_as_a_unit(sentence: str, position: str) -> None:
    (person,) = people(sentence)
    assert person.position == position


# A boundary word is read only where a Thai word can start: not after a leading vowel.
BOUNDARIES = [
    ("นายวิษณุ ทับเที่ยง กล่าวว่า", [("วิษณุ ทับเที่ยง", "นาย", None)], ["นายวิษณุ ทับเที่ยง"]),
    ("นายสมชาย ใจดี ผู้อำนวยการโครงการชลประทานภูเก็ต กล่าว",
     [("สมชาย ใจดี", "นาย", "ผู้อำนวยการโครงการชลประทานภูเก็ต")], ["นายสมชาย ใจดี"]),
    # ... nor as the end of a longer word: ดัง|กล่าว is "aforementioned", no speech verb
    ("นายสมชาย ใจดี นักวิเคราะห์ประจำสถาบันดังกล่าว ระบุว่า",
     [("สมชาย ใจดี", "นาย", "นักวิเคราะห์ประจำสถาบันดังกล่าว")], ["นายสมชาย ใจดี"]),
    # A surname standing alone runs to the end of its letters ...
    ("นายสมชาย สมบัติหลาย กล่าวว่า", [("สมชาย สมบัติหลาย", "นาย", None)], ["นายสมชาย สมบัติหลาย"]),
    # ... unless a boundary word, a pronoun or an adverb is glued to it.
    ("นายสมชาย ใจดีเองก็ไม่ปฏิเสธ", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีเอง กล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีกล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    # tests/devset/fresh.jsonl fresh-011 (Thairath, scraped): a given name split by a space
    ("ล่าสุด นายกนก พันธุ์ จุลเกษม ผู้ว่าการการกีฬาแห่งประเทศไทย (กกท.) ในฐานะประธาน",
     [("กนก พันธุ์ จุลเกษม", "นาย", "ผู้ว่าการการกีฬาแห่งประเทศไทย (กกท.)")],
     ["นายกนก พันธุ์ จุลเกษม"]),
    ("นายสมชาย ได้ ใจดี ผู้ว่าราชการ", [("สมชาย", "นาย", None)], ["นายสมชาย"]),
    # tests/devset/news.jsonl news-029 (Thairath): three syllables of a foreign name, each a word
    ("ด้าน นายคิม เอง ทาน นักวิเคราะห์ประจำสถาบัน ระบุว่า",
     [("คิม เอง ทาน", "นาย", "นักวิเคราะห์ประจำสถาบัน")], ["นายคิม เอง ทาน"]),
    ("นายคิม เอง ทาน อาหาร", [("คิม", "นาย", None)], ["นายคิม"]),
    ("นายคิม ก็ ไป ผู้ว่าราชการ", [("คิม", "นาย", None)], ["นายคิม"]),
    # A noun for a person glued after the surname is the next word, its space dropped (review
    # of session 4, item 5) ...
    ("นางสาวแพทองธาร ชินวัตรบุตรสาว กล่าวว่า", [("แพทองธาร ชินวัตร", "นางสาว", None)],
     ["นางสาวแพทองธาร ชินวัตร"]),
    ("นายสมชาย ใจดีภรรยา กล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีลูกชาย กล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีชาวบ้าน เปิดเผยว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีพยาน กล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    ("นายสมชาย ใจดีตำรวจ กล่าวว่า", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    # ... and a run of words is the sentence going on (ThaiNER 1.5 train-split news).
    ("นายสมัคร สุนทรเวชสมัยเป็นผู้ว่าฯกทม. กล่าวว่า", [("สมัคร สุนทรเวช", "นาย", None)],
     ["นายสมัคร สุนทรเวช"]),
    ("พล.อ.ประยุทธ์ จันทร์โอชาเกิดที่จังหวัดนครราชสีมา", [("ประยุทธ์ จันทร์โอชา", "พล.อ.", None)],
     ["พล.อ.ประยุทธ์ จันทร์โอชา"]),
]


# A royal style that names no one is no person; a style with the name is one.
ROYALS = [
    # tests/devset/fresh.jsonl fresh-013 (Thairath, 2010)
    ("ให้สัมภาษณ์สถานีโทรทัศน์ ในประเทศฝรั่งเศสขอพระบารมีพระบาทสมเด็จพระเจ้าอยู่หัว "
     "ทรงยุติความขัดแย้งที่เกิดขึ้น", []),
    ("ในหลวง ทรงมีพระราชดำรัสแก่ผู้เข้าเฝ้า", []),
    ("สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ เสด็จพระราชดำเนิน",
     ["สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"]),
]


@pytest.mark.parametrize(("sentence", "spans"), ROYALS,
                         ids=["king-by-style", "nai-luang", "queen-by-name"])
def test_a_royal_style_without_a_name_is_no_person(sentence: str, spans: list[str]) -> None:
    assert [p.text for p in people(sentence)] == spans


# A title before a classifier and its number or determiner is a common noun: no one is named.
@pytest.mark.parametrize("sentence", [
    "พ.ต.อ.หญิงคนหนึ่ง เดินทางมาให้ปากคำ",
    "พล.ต.ต.รายหนึ่ง ระบุว่า",
    "นายทหารคนหนึ่ง เล่าว่า",
    "ด.ต.ท่านหนึ่ง เล่าว่า",
    "โดยมี พ.ต.อ.คนดังกล่าว เป็นผู้สั่งการ",
], ids=["woman-colonel-one", "general-one", "officer-noun-one", "pronoun-one",
        "classifier-and-determiner"])
def test_a_counted_noun_after_a_title_is_no_name(sentence: str) -> None:
    assert people(sentence) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("นายคนึง ใจดี กล่าวว่า", "คนึง ใจดี"),
    ("นางคนึงนิจ กล่าวว่า", "คนึงนิจ"),
    # a classifier and an attribute is a given name too (review of session 4, item 13)
    ("นายคนดี อายุ 50 ปี เล่าว่า", "คนดี"),
], ids=["listed-given-name", "listed-given-name-alone", "classifier-and-attribute"])
def test_a_given_name_that_starts_like_a_classifier(sentence: str, name: str) -> None:
    assert [p.name for p in people(sentence)] == [name]


# A monk named by his ecclesiastical rank, his own name in brackets after it: one person.
MONKS = [
    # tests/devset/fresh.jsonl fresh-026 (thaigov.go.th)
    ("โดยมีพระไพศาลประชาทร วิ. (พบโชค ติสฺสวํโส) เจ้าอาวาสวัดห้วยปลากั้ง ร่วมในพิธี",
     [("พระไพศาลประชาทร", None, "เจ้าอาวาสวัดห้วยปลากั้ง")], [["พระไพศาลประชาทร"]]),
    # tests/devset/fresh.jsonl fresh-032 (thaigov.go.th)
    ("โดยมีพระเทพวิทยาคม (หลวงพ่อคูณ ปริสุทโธ) และหลวงพ่อกัณหา สุขกาโม เมตตารับเป็นประธาน",
     [("พระเทพวิทยาคม", None, None), ("กัณหา สุขกาโม", "หลวงพ่อ", None)],
     [["พระเทพวิทยาคม", "หลวงพ่อคูณ ปริสุทโธ"], ["หลวงพ่อกัณหา สุขกาโม"]]),
    # A royal word before a bracket that holds no monk's name is no rank name.
    ("ได้รับพระราชทาน (ตามหนังสือที่ 5) แล้ว", [], []),
    # A Buddha image and its common name in brackets is no monk (review of session 4, item 3).
    ("ประชาชนเดินทางมากราบไหว้พระพุทธรูปองค์ใหญ่ (หลวงพ่อโต) ภายในวัดอย่างต่อเนื่อง", [], []),
    ("นักท่องเที่ยวเข้าสักการะพระประธาน (หลวงพ่อโต) ในพระอุโบสถ", [], []),
    ("ขอเชิญร่วมสรงน้ำพระพุทธรูปศักดิ์สิทธิ์ (หลวงพ่อพระโต) ประจำปี", [], []),
    ("ประชาชนร่วมแห่หลวงพ่อพระใส รอบเมืองหนองคาย", [], []),
]


@pytest.mark.parametrize(("sentence", "expected", "mentions"), MONKS,
                         ids=["rank-grade-bracket", "rank-then-common-name", "no-pali-bracket",
                              "buddha-image", "principal-image", "image-named-phra",
                              "image-after-luang-pho"])
def test_a_monk_by_rank_name(sentence: str, expected: list[Row], mentions: list[list[str]]
                             ) -> None:
    found = people(sentence)
    assert [(p.name, p.title, p.position) for p in found] == expected
    assert [[m.text for m in p.mentions] for p in found] == mentions


# คุณ before a full name is a title; before an ordinary word it is the word's.
KHUN = [
    # tests/devset/fresh.jsonl fresh-034 (EGAT press release)
    ("คุณพิมพรรณ ดิศกุล ณ อยุธยา ผู้อำนวยการเครือข่ายเพื่อความยั่งยืนแห่งประเทศไทย ร่วมงาน",
     [("พิมพรรณ ดิศกุล ณ อยุธยา", "คุณ", "ผู้อำนวยการเครือข่ายเพื่อความยั่งยืนแห่งประเทศไทย")],
     ["คุณพิมพรรณ ดิศกุล ณ อยุธยา"]),
    ("คุณเจษฎาภรณ์ ผลดี ดารานักแสดง ร่วมงาน", [("เจษฎาภรณ์ ผลดี", "คุณ", "ดารานักแสดง")],
     ["คุณเจษฎาภรณ์ ผลดี"]),
    ("คุณสมศรี บอกว่า", [("สมศรี", "คุณ", None)], ["คุณสมศรี"]),
    ("คุณภาพชีวิต ดีขึ้น", [], []),
    ("คุณประโยชน์ มากมาย", [], []),
    ("ขอบคุณ สมชาย ที่มา", [], []),
    # คุณนาย (a married woman's honorific) is a title of its own, not คุณ + a name "นาย…"
    ("คุณนายสมศรี ใจดี กล่าวว่า", [("สมศรี ใจดี", "คุณนาย", None)], ["คุณนายสมศรี ใจดี"]),
    ("คุณนาย สมศรี ใจดี กล่าวว่า", [("สมศรี ใจดี", "คุณนาย", None)], ["คุณนาย สมศรี ใจดี"]),
]


# A surname goes on with the noble particle ณ and its place, not with "ณ" meaning "at".
NOBLE = [
    ("นายสมชาย ดิศกุล ณ อยุธยา ผู้อำนวยการ กล่าวว่า",
     [("สมชาย ดิศกุล ณ อยุธยา", "นาย", "ผู้อำนวยการ")], ["นายสมชาย ดิศกุล ณ อยุธยา"]),
    ("หม่อมหลวงสมชาย ดิศกุล ณ อยุธยา กล่าวว่า",
     [("สมชาย ดิศกุล ณ อยุธยา", "หม่อมหลวง", None)], ["หม่อมหลวงสมชาย ดิศกุล ณ อยุธยา"]),
    ("นายสมชาย ใจดี ณ ทำเนียบรัฐบาล", [("สมชาย ใจดี", "นาย", None)], ["นายสมชาย ใจดี"]),
    # ณ right after a given name: a noble place is the surname, any other word is "at …"
    ("โดยมีนายสมชาย ณ สงขลา เป็นประธาน", [("สมชาย ณ สงขลา", "นาย", "ประธาน")],
     ["นายสมชาย ณ สงขลา"]),
    ("นายสมชาย ณ ระนอง กล่าวว่า", [("สมชาย ณ ระนอง", "นาย", None)], ["นายสมชาย ณ ระนอง"]),
    ("โดยนายสมชาย ณ ห้องประชุมศาลากลาง กล่าวว่า", [("สมชาย", "นาย", None)], ["นายสมชาย"]),
    ("นางสมศรี ณ โรงพยาบาล ได้เปิดเผยว่า", [("สมศรี", "นาง", None)], ["นางสมศรี"]),
]


@pytest.mark.parametrize(("sentence", "position"), [
    # tests/devset/fresh.jsonl fresh-019 (Daily News)
    ("นายพอล อลานิส นักภูเขาไฟศาสตร์แห่งสถาบันภูเขาไฟและแผ่นดินไหวในฟิลิปปินส์ เปิดเผยว่า",
     "นักภูเขาไฟศาสตร์แห่งสถาบันภูเขาไฟและแผ่นดินไหวในฟิลิปปินส์"),
    ("นายสมชาย ใจดี นักประวัติศาสตร์ กล่าวว่า", "นักประวัติศาสตร์"),
    ("นายสมชาย ใจดี พิธีกรรายการข่าว กล่าวว่า", "พิธีกรรายการข่าว"),
], ids=["volcanologist", "historian", "host"])
def test_more_occupations(sentence: str, position: str) -> None:
    (person,) = people(sentence)
    assert person.position == position


def test_a_given_name_that_is_an_occupation_word_stays_a_name() -> None:
    # ThaiNER 1.5 train L1003: ดารา is a given name as well as "star".
    (person,) = people("ขณะที่นางดารา หนุนทรัพย์ ภรรยา มีอาการเครียดจัด")
    assert (person.name, person.title) == ("ดารา หนุนทรัพย์", "นาง")


# Every table of (sentence, people, spans) above, each case named by its table.
TABLES = {
    "gap": (GAPS, ["two-spaces", "wrapped-markup-line", "paragraph-break"]),
    "end": (BOUNDARIES, ["thi-inside-a-syllable", "ko-inside-phuket", "inside-a-longer-word",
                         "quantifier-tail",
                         "pronoun-then-boundary", "pronoun-tail", "speech-verb",
                         "split-given-name", "no-split-after-a-verb", "foreign-syllables",
                         "foreign-syllables-no-post", "foreign-then-sentence",
                         "glued-daughter", "glued-wife", "glued-son", "glued-villager",
                         "glued-witness", "glued-police", "glued-phrase", "glued-verb-phrase"]),
    "khun": (KHUN, ["full-name-noble", "full-name-then-post", "listed-given", "quality",
                    "benefit", "thanks", "khun-nai-glued", "khun-nai-spaced"]),
    "noble": (NOBLE, ["noble-then-post", "noble-royal-title", "at-a-place",
                      "given-then-noble-province", "given-then-noble-place",
                      "given-then-at-a-room", "given-then-at-a-hospital"]),
}


@pytest.mark.parametrize(
    ("sentence", "expected", "spans"),
    [case for table, _ in TABLES.values() for case in table],
    ids=[f"{name}-{i}" for name, (_, ids) in TABLES.items() for i in ids],
)
def test_exact_people(sentence: str, expected: list[Row], spans: list[str]) -> None:
    check(sentence, expected, spans)


# Precision: no person in a place's name and the verb after it; one person under two surnames.
def test_a_stadium_name_and_the_verb_after_it_is_no_person() -> None:
    # tests/devset/fresh.jsonl fresh-010 (Thairath, sports)
    sentence = ("บาเยิร์น มิวนิก ทีมยักษ์ใหญ่ แห่งศึกบุนเดสลีกาเยอรมนี จะเปิดรังอัลลิอันซ์ อารีนา "
                "หวังล้างแค้น บาร์เซโลนา")
    assert [p.name for p in people(sentence)] == []


def test_a_surname_of_listed_pieces_led_by_a_verb_is_still_one() -> None:
    # ThaiNER 1.5 train L1247: ลอย|ชู|ศักดิ์ ends the way names end.
    sentence = "ศิลปินชื่อดังอาทิ เจมส์ เรืองศักดิ์ ลอยชูศักดิ์ และนายสมคิด จาตุศรีพิทักษ์"
    assert "เรืองศักดิ์ ลอยชูศักดิ์" in [p.name for p in people(sentence)]


def test_one_person_under_two_surnames() -> None:
    # tests/devset/news.jsonl news-035 (Prachatai): the second surname is written first too.
    sentence = ("ต่อมานายสุรชัย แซ่ด่าน ได้หายตัวไป ภูชนะเป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ "
                "หรือ สุรชัย แซ่ด่าน นักเคลื่อนไหวทางการเมือง ลี้ภัยออกจากประเทศไทย")
    (person,) = people(sentence)
    assert (person.name, person.position, person.organization) == (
        "สุรชัย แซ่ด่าน", "นักเคลื่อนไหวทางการเมือง", None)
    assert [m.text for m in person.mentions] == [
        "นายสุรชัย แซ่ด่าน", "นายสุรชัย ด่านวัฒนานุสรณ์", "สุรชัย แซ่ด่าน"]
