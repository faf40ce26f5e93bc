"""The people finders' fast scans give what a letter-by-letter walk gives (speed, issue 14)."""

from __future__ import annotations

import pytest

from thaiextract.extractors.people.posts import position_end
from thaiextract.extractors.people.source import BACK_WINDOW, letters_start
from thaiextract.extractors.people.titles import title_at

LONG_RUN = "ก" * (BACK_WINDOW + 30)


@pytest.mark.parametrize(
    ("text", "end", "start"),
    [
        ("รมว.คลัง อาคม เติมพิทยาไพสิฐ เปิดเผยว่า", 13, 9),  # อาคม after a space
        ("รมว.คลัง อาคม เติมพิทยาไพสิฐ", 8, 4),  # คลัง after the dot
        ("ตัดสินใจสุวิทย์ เมษินทรีย์", 15, 0),  # the run reaches the text's start
        ("นาย สมชาย", 4, 4),  # no letter before a space: the end itself
        (f"x {LONG_RUN}", 2 + len(LONG_RUN), 2),  # a run longer than the window
        (LONG_RUN, len(LONG_RUN), 0),
    ],
    ids=["after-space", "after-dot", "text-start", "no-run", "long-run", "long-run-at-start"],
)
def test_letters_start(text: str, end: int, start: int) -> None:
    assert letters_start(text, end) == start


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("พล.ต.อ.สมชาย ใจดี", 0, "พล.ต.อ."),  # the longest title at the start
        ("กล่าวว่า นายสมชาย ใจดี", 9, "นาย"),
        ("กล่าวว่า นายสมชาย ใจดี", 0, None),  # no title starts with "กล"
        ("ดร.", 0, "ดร."),  # a title that ends the text
    ],
    ids=["stacked", "civil", "none", "at-end"],
)
def test_title_at(text: str, start: int, title: str | None) -> None:
    found = title_at(text, start)
    assert (found.text if found else None) == title


@pytest.mark.parametrize(
    ("text", "head", "end"),
    [
        # Latin letters glued after Thai ones end the post.
        ("นายกรัฐมนตรีโปแลนด์Auschwitz", "นายกรัฐมนตรี", len("นายกรัฐมนตรีโปแลนด์")),
        ("ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าว", "ผู้ว่าราชการจังหวัด", len("ผู้ว่าราชการจังหวัดเชียงใหม่")),
    ],
    ids=["glued-latin", "province"],
)
def test_position_end(text: str, head: str, end: int) -> None:
    assert position_end(text, 0, len(head), len(text)) == end
