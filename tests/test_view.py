"""The view chain's shortcut (identity views skipped) maps every span as the full chain does,
and the anchor stage's copies are the records ``dataclasses.replace`` makes."""

from __future__ import annotations

import dataclasses

import pytest

from thaiextract import extractors
from thaiextract.anchor import anchor
from thaiextract.clean import clean_views
from thaiextract.link import link
from thaiextract.normalize import normalize_view
from thaiextract.pipeline import prepare
from thaiextract.view import TextView, ViewChain


def _through_every_view(chain: ViewChain, start: int, end: int) -> tuple[int, int]:
    for view in reversed(chain.views):
        start, end = view.to_parent(start, end)
    return start, end


ARTICLES = {
    "plain": "นายกรัฐมนตรีเปิดงานเมื่อวันที่ ๒๕ ต.ค. ๒๕๖๒ ณ ทำเนียบรัฐบาล\n",
    "folds": "\ufeffรมว.ดิจิทัลเพื่อเศรษฐกิจเเละสังคม\u200b ได้ร่วมประชุม ๑๒ มิ.ย. ๖๓\r\n",
    "furniture": "หน้าแรก | ข่าวการเมือง\nอ่าน 1,234 ครั้ง\nวันที่ 3 พ.ย. 2566 "
                 "นายเศรษฐา ทวีสิน ประชุมคณะรัฐมนตรี\nแชร์ข่าวนี้\n",
}


@pytest.mark.parametrize("text", ARTICLES.values(), ids=ARTICLES.keys())
def test_every_span_maps_as_through_the_whole_chain(text: str) -> None:
    views = clean_views(text, False, "<test>")
    chain = ViewChain(text, [*views, normalize_view(views[-1].text)])
    n = len(chain.text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert chain.to_original(start, end) == _through_every_view(chain, start, end)


@pytest.mark.parametrize(
    ("view", "identity"),
    [
        (TextView.identity("วันนี้"), True),
        (TextView("วันนี้", [0], [3], [9], [True]), False),  # a shift: lines dropped before it
        (TextView("และ", [0, 1], [0, 2], [2, 4], [False, True]), False),  # "เเ" folded to "แ"
        (TextView("วันนี้", [0], [0], [5], [True]), False),  # shorter than its text
    ],
    ids=["identity", "shifted", "folded", "short-parent"],
)
def test_identity_views_are_recognised(view: TextView, identity: bool) -> None:
    assert view.is_identity() is identity


def test_offsets_past_the_end_are_clamped_by_the_last_view() -> None:
    text = "ข่าววันนี้"
    chain = ViewChain(text, [TextView.identity(text), TextView.identity(text)])
    past = (len(text) + 3, len(text) + 5)
    assert chain.to_original(*past) == _through_every_view(chain, *past) == (len(text), past[1])


def test_anchored_facts_equal_what_dataclasses_replace_makes() -> None:
    """The anchor stage's slot copier gives the record ``dataclasses.replace`` would."""
    text = ("\ufeffนายเศรษฐา ทวีสิน นายกรัฐมนตรี และกระทรวงการคลัง ประชุมเมื่อวันที่ ๓ พ.ย. ๒๕๖๖"
            "\nนายเศรษฐา กล่าวว่า\n")
    doc = prepare(text)
    facts = link(doc, extractors.run(doc, extractors.KINDS))
    got = anchor(doc, facts)
    kinds = 0
    for kind, items in facts.items():
        for fact, anchored in zip(items, got[kind], strict=True):
            start, end = doc.to_original(fact.start, fact.end)
            changes: dict[str, object] = {
                "text": text[start:end], "start": start, "end": end,
                "sentence": (s.text if (s := doc.sentence_at(fact.start)) else "")}
            if getattr(fact, "mentions", None):
                changes["mentions"] = tuple(
                    dataclasses.replace(m, text=text[a:b], start=a, end=b)
                    for m in fact.mentions for a, b in [doc.to_original(m.start, m.end)])
            assert anchored == dataclasses.replace(fact, **changes)
            assert type(anchored) is type(fact)
            assert text[anchored.start:anchored.end] == anchored.text
        kinds += bool(items)
    assert kinds >= 3  # dates, people and organisations at least
