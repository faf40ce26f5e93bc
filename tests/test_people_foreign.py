"""Bare foreign names in comma/และ lists of sports and international copy, and the lists of clubs
and cities that look the same but name no one."""

from __future__ import annotations

import pytest

from thaiextract.extractors.people.foreign import foreign_shaped
from thaiextract.pipeline import extract

# (sentence, names in order). The first three are lines of a Thairath preview of the Champions
# League quarter-finals of 14 April 2009 (tests/devset/fresh.jsonl, fresh-010), kept verbatim.
LISTS = [
    ("ขณะที่ตัวหลักคนอื่นๆ ทั้ง ชาบี อลองโซ, เดิร์ก เคาท์ และเฟอร์นันโด ตอร์เรส "
     "พร้อมลงเป็นตัวจริงด้วยกันทั้งหมด",
     ["ชาบี อลองโซ", "เดิร์ก เคาท์", "เฟอร์นันโด ตอร์เรส"]),
    ("ด้านเจ้าบ้านสิงห์บลู เชลซี เตรียมจัดทัพใหญ่ลงบู๊เต็มสูบ ไม่ว่าจะเป็นแฟรงค์ แลมพาร์ด, "
     "มิคาเอล เอสเซียง, มิชาเอล บัลลัค, ดิดิเยร์ ดร็อกบา และนิโคลาส์ อเนลกา",
     ["แฟรงค์ แลมพาร์ด", "มิคาเอล เอสเซียง", "มิชาเอล บัลลัค", "ดิดิเยร์ ดร็อกบา",
      "นิโคลาส์ อเนลกา"]),
    # A scraper split "ซามูเอล" in two: a three-word item, kept as written, and the list goes on.
    ("เกมนี้บาร์ซาจะขน 4 พระกาฬในแดนหน้าลงบู๊ครบ ทั้งลิโอเนล เมสซี, เธียร์รี อองรี, "
     "ซา มูเอล เอโต และอันเดรส อิเนสตา",
     ["ลิโอเนล เมสซี", "เธียร์รี อองรี", "ซา มูเอล เอโต", "อันเดรส อิเนสตา"]),
    # The last item is cut short by a third foreign word with no join after it: not read.
    ("บาร์ซาขนพระกาฬลงบู๊ครบ ทั้งลิโอเนล เมสซี, เธียร์รี อองรี และ ซา มูเอล เอโต ขณะที่เจ้าบ้าน",
     ["ลิโอเนล เมสซี", "เธียร์รี อองรี"]),
    ("นักเตะที่ถูกเรียกติดทีมชาติ ได้แก่ คริสเตียโน่ โรนัลโด้, ลิโอเนล เมสซี และ เนย์มาร์ จูเนียร์",
     ["คริสเตียโน่ โรนัลโด้", "ลิโอเนล เมสซี", "เนย์มาร์ จูเนียร์"]),
    # Mai ek at a transliteration's end ("แฮร์รี่") is no native mark.
    ("ผู้เล่นตัวจริงของทีมวันนี้ ประกอบด้วย ฮูโก้ ยอริส, ไคล์ วอล์คเกอร์ และ แฮร์รี่ เคน",
     ["ฮูโก้ ยอริส", "ไคล์ วอล์คเกอร์", "แฮร์รี่ เคน"]),
    # A match word still cues a list of players: only a club word in an item makes it teams.
    ("ตัวจริงวันนี้ ฮูโก้ ยอริส, ไคล์ วอล์คเกอร์ และ แฮร์รี่ เคน ลงสนาม",
     ["ฮูโก้ ยอริส", "ไคล์ วอล์คเกอร์", "แฮร์รี่ เคน"]),
]


@pytest.mark.parametrize(("sentence", "names"), LISTS,
                         ids=["spaced-first", "glued-opening", "three-word-item", "cut-last-item",
                              "enumerated", "final-mai-ek", "players-take-the-field"])
def test_a_list_of_bare_foreign_names(sentence: str, names: list[str]) -> None:
    people = extract(sentence, only="people").people
    assert [(p.name, p.title, p.position, p.rule) for p in people] == [
        (name, None, None, "foreign-list") for name in names]
    for p, name in zip(people, names, strict=True):
        assert sentence[p.start : p.end] == p.text == name


# (sentence, the persons it names). Lists of clubs and cities name no one, whatever rule reads
# them: the whole people output is checked, not one rule's.
NOT_PEOPLE = [
    ("ทีมที่สนใจได้แก่ แมนเชสเตอร์ ยูไนเต็ด, เรอัล มาดริด และ บาเยิร์น มิวนิก ต่างส่งแมวมองมาดู",
     []),
    ("นักเตะรายนี้ถูกทาบทามจาก แมนเชสเตอร์ ยูไนเต็ด, เรอัล มาดริด และ บาเยิร์น มิวนิก", []),
    ("คณะจะเดินทางไป ลอส แองเจลิส, ซาน ฟรานซิสโก และ นิว ยอร์ก ในเดือนหน้า", []),
    # A role near it, but the first item after "เล่นให้" (play for) fails: the list is still clubs.
    ("กองหน้ารายนี้เคยเล่นให้ คริสตัล พาเลซ, เลสเตอร์ ซิตี้ และ ท็อตแนม ฮอทสเปอร์ มาแล้ว", []),
    # fresh-011 (Thairath, sports): an acronym and a common noun before a titled person.
    ("ได้ทำเรื่องเสนอสภาโอลิมปิกแห่งเอเชีย หรือโอซีเอ เจ้าของเกม และนายชุมพล ศิลปอาชา "
     "รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา", ["ชุมพล ศิลปอาชา"]),
    # Review of session 4, item 1: sports copy puts a match verb or a group noun next to teams
    # as often as next to players ("ลงสนาม", "ลงเล่น", "ตัวจริง", "ผู้สมัคร").
    ("สุดสัปดาห์นี้ แมนเชสเตอร์ ยูไนเต็ด, แมนเชสเตอร์ ซิตี้ และ ท็อตแนม ฮอทสเปอร์ "
     "จะลงสนามในเกมพรีเมียร์ลีก", []),
    ("ทีมที่ผ่านเข้ารอบ ได้แก่ เรอัล มาดริด, บาเยิร์น มิวนิก, ปารีส แซงต์แชร์กแมง และ "
     "อินเตอร์ มิลาน ซึ่งจะลงเล่นในรอบ 8 ทีม", []),
    ("ตัวจริงวันนี้ เรอัล มาดริด, แอตเลติโก มาดริด และ บาร์เซโลนา ฟุตบอล ลงสนาม", []),
    ("ผู้สมัครทั้ง ซานฟรานซิสโก ฟอร์ตี้ไนเนอร์ส, ดัลลัส คาวบอยส์ และ กรีนเบย์ แพ็คเกอร์ส", []),
    ("บุรีรัมย์ ยูไนเต็ด, การท่าเรือ เอฟซี และ บีจี ปทุม ยูไนเต็ด จะลงสนามในสัปดาห์นี้", []),
    # Item 2: a rival is a team or a company at least as often as a person.
    ("คู่แข่งร่วมเมืองอย่าง เรอัล มาดริด และ แอตเลติโก มาดริด ต่างก็ชนะในสัปดาห์นี้", []),
    ("คู่แข่งอย่าง นิวยอร์ก นิกส์ และ บอสตัน เซลติกส์ ต่างแพ้ในเกมเมื่อคืน", []),
    ("คู่แข่ง ฮุสตัน ร็อกเก็ตส์ ชนะไปก่อนหน้านี้", []),
]


@pytest.mark.parametrize(("sentence", "names"), NOT_PEOPLE,
                         ids=["clubs-no-cue", "clubs-after-from", "cities", "clubs-played-for",
                              "acronym-beside-person", "clubs-take-the-field",
                              "clubs-play-in-round", "clubs-starting", "nfl-candidates", "thai-clubs",
                              "rival-clubs", "rival-nba-list", "rival-nba-team"])
def test_lists_of_clubs_and_places_name_no_one(sentence: str, names: list[str]) -> None:
    people = extract(sentence, only="people").people
    assert [p.name for p in people] == names


@pytest.mark.parametrize(("word", "shaped"), [
    ("เฟอร์นันโด", True), ("แฟรงค์", True), ("อลองโซ", True), ("บาสเตียน", True),
    ("ลิโอเนล", True), ("สมชาย", False), ("ใจดี", False), ("ประเสริฐ", False),
    ("เจ้าของเกม", False), ("พุ่มพวง", False), ("แฮร์รี่", True),
], ids=lambda v: str(v))
def test_the_transliteration_shape(word: str, shaped: bool) -> None:
    assert foreign_shaped(word) is shaped


# (sentence, name, rule). fresh-018 (Daily News, 2018: Finland's presidential election),
# fresh-010, fresh-005 (thaigov.go.th, 1 March 2021: the Suphannahong awards), verbatim.
CUED = [
    ("และเนียนิสโตสมรสครั้งที่ 2 กับเจนนี เฮาคิโอ กวีสาวชาวฟินน์ ที่มีอายุน้อยกว่า 29 ปี",
     "เจนนี เฮาคิโอ", "role-cue"),
    ("ขาดเพียงจอห์น เทอร์รี กองหลังกัปตันทีม ที่จะหมดสิทธิ์ลงเล่น", "จอห์น เทอร์รี", "role-cue"),
    ("โดยคู่แข่งรายสำคัญที่สุดคือ เปคกา ฮาวิสโต ของพรรคกรีน มีเสียงสนับสนุนอยู่ที่ 13 %",
     "เปคกา ฮาวิสโต", "name-list"),
    ("ผู้แสดงนำชายยอดเยี่ยม ได้แก่ ศดานนท์ ดุรงคเวโรจน์ จากภาพยนตร์เรื่อง ดิว ไปด้วยกันนะ",
     "ศดานนท์ ดุรงคเวโรจน์", "name-list"),
]

# fresh-022 (Thairath, January 2015: Lucas Silva's transfer), verbatim: the role and a modifier
# glued before it are the post (with the descriptor glued after it: "ตีนระเบิด", "hard-shooting").
POSTS = [
    ("สำนักข่าวต่างประเทศรายงานวันที่ 28 ม.ค. ว่า ฮูลิโอ บาปติสตา อดีตหัวหอกตีนระเบิดของ "
     "ราชันชุดขาว เรอัล มาดริด", "ฮูลิโอ บาปติสตา", "อดีตหัวหอกตีนระเบิด"),
    ("ต้นสังกัดของเขาโชคดีเหลือเกินที่ได้เซ็นสัญญากับ ลูคัส ซิลวา เพลย์เมกเกอร์ ดาวโรจน์จาก "
     "ครูไซโร", "ลูคัส ซิลวา", "เพลย์เมกเกอร์"),
    # fresh-010, verbatim.
    ("ขาดเพียงจอห์น เทอร์รี กองหลังกัปตันทีม ที่จะหมดสิทธิ์ลงเล่น", "จอห์น เทอร์รี",
     "กองหลังกัปตันทีม"),
]
# Review of session 4, item 8: after a titled person the same words are figures of speech
# ("the spearhead of the bill", "the party's defence"), no post.
FIGURATIVE = [
    ("นายสมชาย ใจดี หัวหอกสำคัญในการผลักดันกฎหมายฉบับนี้ กล่าวว่า", "สมชาย ใจดี"),
    ("นายสมชาย ใจดี กองหลังของพรรค กล่าวว่า", "สมชาย ใจดี"),
    ("นางสาวสุดา ใจงาม เพลย์เมกเกอร์ของทีมเจรจา เปิดเผยว่า", "สุดา ใจงาม"),
]


@pytest.mark.parametrize(("sentence", "name"), FIGURATIVE,
                         ids=["spearhead-of-a-bill", "party-defence", "playmaker-of-talks"])
def test_a_sports_word_after_a_titled_person_is_no_post(sentence: str, name: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.position) == (name, None)


@pytest.mark.parametrize(("sentence", "name", "position"), POSTS,
                         ids=["modifier-glued-before-role", "playmaker", "defender-captain"])
def test_a_bare_name_before_a_sports_role(sentence: str, name: str, position: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.position) == (name, None, position)
    assert sentence[person.start : person.end] == name


@pytest.mark.parametrize(("sentence", "name", "rule"), CUED,
                         ids=["glued-after-กับ", "glued-after-ขาดเพียง", "rival", "award"])
def test_a_bare_name_beside_a_role(sentence: str, name: str, rule: str) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.rule) == (name, None, rule)
    assert sentence[person.start : person.end] == person.text == name


# fresh-018 (Daily News, January 2018) and news-024 (Daily News, January 2018: Honduras),
# verbatim but for the second sentence's first mention, shortened.
def test_a_foreign_name_alone_before_an_age() -> None:
    sentence = ("สำนักข่าวเอเอฟพีรายงานจากกรุงเฮลซิงกิ ประเทศฟินแลนด์ เมื่อวันที่ 27 มค ว่า "
                "เนียนิสโตวัย 69 ปี ที่ดำเนินนโยบายถ่วงดุลความสัมพันธ์กับรัสเซีย ทั้งนี้ "
                "เนียนิสโตก็กระชับความสัมพันธ์กับสหรัฐ")
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.rule) == ("เนียนิสโต", None, "aged-name")
    assert [(m.text, m.start) for m in person.mentions] == [
        ("เนียนิสโต", sentence.index("เนียนิสโต")),
        ("เนียนิสโต", sentence.rindex("เนียนิสโต"))]


@pytest.mark.parametrize(("sentence", "names"), [
    ("ประธานาธิบดีฮวน ออร์ลันโด เฟอร์นันเดซ เข้าพิธีสาบานตน ซึ่งเฮอร์นันเดซ วัย 49 ปี กล่าว",
     ["ฮวน ออร์ลันโด เฟอร์นันเดซ"]),
    ("ในจำนวนนั้นมีเด็กชายวัย 12 ปี นำส่งโรงพยาบาล", []),
    ("ส่วนแอซตราเซนเนกาจะฉีดให้กับคนอายุ 60 ปี ขึ้นไป", []),
], ids=["variant-spelling", "ordinary-word", "vaccine-phrase"])
def test_no_new_person_before_an_age(sentence: str, names: list[str]) -> None:
    assert [p.name for p in extract(sentence, only="people").people] == names
