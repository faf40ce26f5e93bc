from __future__ import annotations

import pytest

from thaiextract.link import filter_spans, link
from thaiextract.model import OrganizationFact, PersonFact
from thaiextract.pipeline import extract, prepare


def person(start: int, end: int, name: str = "x") -> PersonFact:
    return PersonFact(text=name, start=start, end=end, sentence="", name=name)


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 5), (10, 15)], [(0, 5), (10, 15)]),
        ([(0, 10), (2, 5)], [(0, 10)]),
        ([(2, 5), (0, 10)], [(0, 10)]),
        ([(0, 5), (3, 8)], [(0, 5)]),
        ([(3, 8), (0, 5)], [(0, 5)]),
        ([(0, 4), (3, 10), (9, 12)], [(3, 10)]),
        ([(5, 10), (0, 5)], [(0, 5), (5, 10)]),
        ([(0, 10), (5, 5)], [(0, 10)]),
        ([(5, 5), (5, 5), (5, 9)], [(5, 5), (5, 5), (5, 9)]),
        ([(0, 5), (6, 11), (4, 7)], [(0, 5), (6, 11)]),
        ([(0, 3), (6, 9), (12, 15), (3, 6)], [(0, 3), (3, 6), (6, 9), (12, 15)]),
    ],
    ids=["disjoint", "nested", "nested-reversed", "equal-length-earliest",
         "equal-length-earliest-reversed", "longest-in-chain", "touching", "empty-inside",
         "empty-at-start", "overlaps-two-kept", "fills-a-gap"],
)
def test_filter_spans(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> None:
    facts = [person(s, e) for s, e in spans]
    assert [(f.start, f.end) for f in filter_spans(facts)] == kept


def test_link_orders_each_kind_and_keeps_kinds_apart() -> None:
    doc = prepare("ก" * 40)
    org = OrganizationFact(text="y", start=0, end=10, sentence="", name="y")
    facts = {"people": [person(20, 25), person(0, 5)], "organizations": [org]}
    linked = link(doc, facts)
    assert [(f.start, f.end) for f in linked["people"]] == [(0, 5), (20, 25)]
    # A person and an organisation may overlap: overlaps are settled within a kind only.
    assert linked["organizations"] == [org]


def test_people_and_organisations_come_out_in_text_order() -> None:
    text = (
        "นางสาวศิริกัญญา ตันสกุล รองหัวหน้าพรรคก้าวไกล และนายอนุทิน ชาญวีรกูล หัวหน้าพรรคภูมิใจไทย "
        "ร่วมหารือกับ กกต."
    )
    doc = extract(text)
    assert [p.name for p in doc.people] == ["ศิริกัญญา ตันสกุล", "อนุทิน ชาญวีรกูล"]
    assert [p.organization for p in doc.people] == ["พรรคก้าวไกล", "พรรคภูมิใจไทย"]
    assert [o.name for o in doc.organizations] == [
        "พรรคก้าวไกล", "พรรคภูมิใจไทย", "คณะกรรมการการเลือกตั้ง",
    ]
    starts = [o.start for o in doc.organizations]
    assert starts == sorted(starts)


def test_filter_spans_is_linear_enough_for_a_page_of_facts() -> None:
    # 20,000 disjoint facts: a scan of every kept span per fact took minutes.
    facts = [person(3 * i, 3 * i + 2) for i in range(20_000)] + [person(1, 3)]
    kept = filter_spans(facts)
    assert len(kept) == 20_000
    assert (kept[0].start, kept[-1].end) == (0, 59_999)
