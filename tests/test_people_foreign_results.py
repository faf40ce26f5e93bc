"""Untitled Thai names in sports results and after a quoted nickname (people/results.py)."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# A Thairath weightlifting preview of May 2009 (tests/devset/fresh.jsonl, fresh-014), whose
# scraped text lost its curly quotes as "?"; the first sentence is also given with the quotes.
NICKNAMES = [
    ("นำทัพโดย จอมพลังเหรียญทองโอลิมปิกเกมส์ 2008 “น้องแบ๋น” วันดี คำเอี่ยม รุ่น 63 กก.หญิง",
     "วันดี คำเอี่ยม", "น้องแบ๋น"),
    ("?น้องแบ๋น? วันดี คำเอี่ยม รุ่น 63 กก.หญิง ?น้องแอน? แอนนิภา มูลธาร์ รุ่นมากกว่า 75 กก.หญิง",
     "วันดี คำเอี่ยม", "น้องแบ๋น"),
]


@pytest.mark.parametrize(("sentence", "name", "nickname"), NICKNAMES,
                         ids=["curly-quotes", "lost-quotes"])
def test_a_quoted_nickname_is_no_person(sentence: str, name: str, nickname: str) -> None:
    person = extract(sentence, only="people").people[0]
    assert (person.name, person.title, person.rule) == (name, None, "after-quoted-nickname")
    assert [m.text for m in person.mentions] == [nickname, name]
    assert sentence[person.start : person.end] == name


# Review of session 4, item 6: a headline quotes another person's given name before a full
# name; a quoted listed given name longer than one short syllable is that person, no nickname.
# A short listed name is still a nickname ("“พลอย”": nicknames are one syllable).
QUOTED_PEOPLE = [
    ("“ทักษิณ” สมชาย วงศ์สวัสดิ์ ร่วมงานศพ อดีตนายกฯ",
     [("ทักษิณ", ["ทักษิณ"]), ("สมชาย วงศ์สวัสดิ์", ["สมชาย วงศ์สวัสดิ์"])]),
    ("“พลอย” เฌอมาลย์ บุญยศักดิ์ ร่วมงานเปิดตัวภาพยนตร์",
     [("เฌอมาลย์ บุญยศักดิ์", ["พลอย", "เฌอมาลย์ บุญยศักดิ์"])]),
]


@pytest.mark.parametrize(("sentence", "persons"), QUOTED_PEOPLE,
                         ids=["another-person", "short-listed-nickname"])
def test_a_quoted_given_name_is_a_person_unless_a_short_nickname(
    sentence: str, persons: list[tuple[str, list[str]]],
) -> None:
    people = extract(sentence, only="people").people
    assert [(p.name, [m.text for m in p.mentions]) for p in people] == persons
    for p in people:
        for m in p.mentions:
            assert sentence[m.start : m.end] == m.text


def test_a_lost_quote_on_one_side_only_is_no_quote() -> None:
    sentence = "ทำไม? วันดี คำเอี่ยม ได้เหรียญ"
    people = extract(sentence, only="people").people
    assert [p.rule for p in people if p.rule == "after-quoted-nickname"] == []
    assert [m.text for p in people for m in p.mentions if m.text == "ทำไม"] == []


RESULTS = [
    ("ทีมนักยกน้ำหนักไทย ทำได้ 1 เหรียญทอง แอนนิภา มูลธาร์ 2 เหรียญเงิน 1 เหรียญทองแดง "
     "นิติ คำเอี่ยม 3 เหรียญเงิน", ["แอนนิภา มูลธาร์", "นิติ คำเอี่ยม"]),


    # fresh-014 again: a list joined by และ before "คนละ"; the surname is Thai words glued together.
    ("ไกรสอน ดัดถุยาวัฒ และสุธิพร วัฒนากสิกรรม คนละ 1 เหรียญทองแดง",
     ["ไกรสอน ดัดถุยาวัฒ", "สุธิพร วัฒนากสิกรรม"]),
]
RULES = [["result-count", "result-count"], ["name-list", "result-count"]]


@pytest.mark.parametrize(("sentence", "names", "rules"),
                         [(*case, rules) for case, rules in zip(RESULTS, RULES, strict=True)],
                         ids=["medals", "each-with-glued-surname"])
def test_a_name_before_a_medal_count(sentence: str, names: list[str], rules: list[str]) -> None:
    people = extract(sentence, only="people").people
    assert [(p.name, p.title, p.rule) for p in people] == [
        (n, None, r) for n, r in zip(names, rules, strict=True)]
    for p, name in zip(people, names, strict=True):
        assert sentence[p.start : p.end] == name


# (sentence, the persons it names): a club's goals and a role before its verb name no one;
# the whole people output is checked, not one rule's.
NOT_RESULTS = [
    ("ลิเวอร์พูล ยิง 2 ประตู ในครึ่งแรก", []),
    # gov-025 (thaigov.go.th, 3 January 2023): a role and a verb before the count.
    ("โฆษกรัฐบาลเผย นายกฯ ปลื้ม นักกีฬายกน้ำหนักไทย คว้าแล้ว 6 เหรียญทอง ในการแข่งขัน 7th "
     "Qatar Cup", []),
]


@pytest.mark.parametrize(("sentence", "names"), NOT_RESULTS, ids=["club-goals", "role-then-verb"])
def test_no_person_from_a_count_alone(sentence: str, names: list[str]) -> None:
    assert [p.name for p in extract(sentence, only="people").people] == names


def test_a_quoted_speaker_before_a_verb_phrase_is_no_nickname() -> None:
    # news-001 (Matichon): a quoted speaker and a verb phrase, no nickname and no name pair.
    sentence = "‘สนธิรัตน์’ ปราศรัยอัด พวกอ้างปชต.เพื่อพวกพ้องทำวุ่นวาย"
    rules = {p.rule for p in extract(sentence, only="people").people}
    assert not rules & {"result-count", "after-quoted-nickname"}
