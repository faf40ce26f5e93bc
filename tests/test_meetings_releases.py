"""Meetings on real government releases (session 4, issue 12): every field of each meeting.

Each case is quoted from a thaigov.go.th release in the PyThaiNLP thaigov-v2-corpus (file in the
comment; the texts of ``tests/devset/meetings.jsonl`` and ``fresh.jsonl``), shortened only where
the comment says so. A case lists the meetings of its text with their span (``text``),
``name``, ``english_name``, ``acronym``, ``ordinal``, ``date``, ``location`` and ``online``,
and the mentions of each.
"""

from __future__ import annotations

from typing import Any

import pytest

from thaiextract.pipeline import extract

FIELDS = ("text", "name", "english_name", "acronym", "ordinal", "date", "location", "online")


def meeting(text: str, name: str, *, english_name: str | None = None, acronym: str | None = None,
            ordinal: int | None = None, date: str | None = None, location: str | None = None,
            online: bool = False, mentions: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"text": text, "name": name, "english_name": english_name, "acronym": acronym,
            "ordinal": ordinal, "date": date, "location": location, "online": online,
            "mentions": list(mentions or (text,))}


AFMGM_TH = "การประชุมรัฐมนตรีว่าการกระทรวงการคลังและผู้ว่าการธนาคารกลางอาเซียน"

CASES = [
    # real: data/2021/06/02/สรุปข่าวการประชุม ครม_1.txt, item 19 (the first paragraph)
    pytest.param(
        "คณะรัฐมนตรีรับทราบตามที่กระทรวงการคลัง (กค.) เสนอผลการประชุมรัฐมนตรีว่าการกระทรวงการคลัง"
        "อาเซียน (ASEAN Finance Ministers’ Meeting: AFMM) ครั้งที่ 25 การประชุมรัฐมนตรีว่าการกระทรวง"
        "การคลังและผู้ว่าการธนาคารกลางอาเซียน (ASEAN Finance Ministers’ and Central Bank Governors’"
        " Meeting: AFMGM) ครั้งที่ 7 และการประชุมอื่นที่เกี่ยวข้อง ซึ่งบรูไนดารุสซาลามเป็นเจ้าภาพจัดการ"
        "ประชุมผ่านระบบการประชุมทางไกล เมื่อวันที่ 30 มีนาคม 2564 โดยมีรัฐมนตรีว่าการกระทรวงการคลัง"
        "เข้าร่วมประชุม",
        [meeting("การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน (ASEAN Finance Ministers’ Meeting: AFMM)"
                 " ครั้งที่ 25", "การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน",
                 english_name="ASEAN Finance Ministers' Meeting", acronym="AFMM", ordinal=25,
                 date="2021-03-30", online=True,
                 mentions=("การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน (ASEAN Finance Ministers’"
                           " Meeting: AFMM) ครั้งที่ 25", "ASEAN Finance Ministers’ Meeting", "AFMM")),
         meeting(AFMGM_TH + " (ASEAN Finance Ministers’ and Central Bank Governors’ Meeting: AFMGM)"
                 " ครั้งที่ 7", AFMGM_TH,
                 english_name="ASEAN Finance Ministers' and Central Bank Governors' Meeting",
                 acronym="AFMGM", ordinal=7, date="2021-03-30", online=True,
                 mentions=(AFMGM_TH + " (ASEAN Finance Ministers’ and Central Bank Governors’"
                           " Meeting: AFMGM) ครั้งที่ 7",
                           "ASEAN Finance Ministers’ and Central Bank Governors’ Meeting", "AFMGM"))],
        id="real-and-inside-a-name-reaches-its-ordinal-over-english-brackets-list-shares-date",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_every_field(text: str, expected: list[dict[str, Any]]) -> None:
    doc = extract(text)
    got = [{**{key: getattr(m, key) for key in FIELDS}, "mentions": [x.text for x in m.mentions]}
           for m in doc.meetings]
    assert got == expected
    for m in doc.meetings:
        assert text[m.start : m.end] == m.text
        assert all(text[x.start : x.end] == x.text for x in m.mentions)
