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


def test_a_lost_quote_on_one_side_only_is_no_quote() -> None:
    sentence = "ทำไม? วันดี คำเอี่ยม ได้เหรียญ"
    assert [p.rule for p in extract(sentence, only="people").people
            if p.rule == "after-quoted-nickname"] == []


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


NOT_RESULTS = [
    "ลิเวอร์พูล ยิง 2 ประตู ในครึ่งแรก",
    # news-001 (Matichon): a quoted speaker and a verb phrase, no nickname.
    "‘สนธิรัตน์’ ปราศรัยอัด พวกอ้างปชต.เพื่อพวกพ้องทำวุ่นวาย",
    # gov-025 (thaigov.go.th, 3 January 2023): a role and a verb before the count.
    "โฆษกรัฐบาลเผย นายกฯ ปลื้ม นักกีฬายกน้ำหนักไทย คว้าแล้ว 6 เหรียญทอง ในการแข่งขัน 7th Qatar Cup",
]


@pytest.mark.parametrize("sentence", NOT_RESULTS, ids=["club-goals", "quoted-speaker", "role-then-verb"])
def test_no_person_from_a_count_or_a_quote_alone(sentence: str) -> None:
    rules = {p.rule for p in extract(sentence, only="people").people}
    assert not rules & {"result-count", "after-quoted-nickname"}
