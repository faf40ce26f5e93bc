"""Meetings, issue 12: one meeting held in several sessions (other days, other places) is one
meeting per session, each with its own date, place and mentions."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

SEMINAR = "ประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย"

CASES = [
    # real: Daily News (tests/devset/news-events.jsonl events-002), the years added to the dates
    # so that they have a value; the text between the two sessions shortened
    pytest.param(
        "สนข แจ้งความคืบหน้าโครงการศึกษาความเหมาะสม เส้นทางรถไฟชุมพรท่าเรือน้ำลึกระนองว่า วันที่ 1 กพ"
        " 2561 จะจัดประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้ายที่โรงแรม"
        "นานาบุรี อเมือง จชุมพร โดยที่ปรึกษาจะนำเสนอผลการศึกษาออกแบบเบื้องต้น แนวเส้นทางรถไฟจะโค้ง"
        "ออกจากรถไฟสายใต้เดิม จนสิ้นสุดโครงการที่บริเวณท่าเรือน้ำลึกระนองส่วนวันที่ 2 กพ 2561 จะจัด"
        "ประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้ายที่โรงแรมทินิดี แอท ระนอง"
        " อเมือง จระนอง",
        [(SEMINAR, "2018-02-01", "โรงแรมนานาบุรี อเมือง จชุมพร", 1),
         (SEMINAR, "2018-02-02", "โรงแรมทินิดี แอท ระนอง อเมือง จระนอง", 1)],
        id="real-one-seminar-two-days-two-places-two-meetings",
    ),
    # real: the same release without years: the days still tell the sessions apart
    pytest.param(
        "วันที่ 1 กพ จะจัดประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้ายที่โรงแรม"
        "นานาบุรี อเมือง จชุมพร โดยที่ปรึกษาจะนำเสนอผลการศึกษา\nส่วนวันที่ 2 กพ จะจัดประชุมสัมมนา"
        "เสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้ายที่โรงแรมทินิดี แอท ระนอง อเมือง จระนอง",
        [(SEMINAR, None, "โรงแรมนานาบุรี อเมือง จชุมพร", 1),
         (SEMINAR, None, "โรงแรมทินิดี แอท ระนอง อเมือง จระนอง", 1)],
        id="real-sessions-told-apart-by-year-less-days",
    ),
    # the same place on another day: a meeting and a later mention of it, one meeting
    pytest.param(
        "เมื่อวันที่ 1 ก.พ. 2561 มีการประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย"
        "ที่โรงแรมนานาบุรี อเมือง จชุมพร\nเมื่อวันที่ 2 ก.พ. 2561 ที่ปรึกษาสรุปการประชุมสัมมนาเสนอผลการ"
        "ศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้ายที่โรงแรมนานาบุรี อเมือง จชุมพร",
        [("การประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย", "2018-02-01",
          "โรงแรมนานาบุรี อเมือง จชุมพร", 2)],
        id="same-place-another-day-is-one-meeting",
    ),
    # another day with no place of its own: one meeting
    pytest.param(
        "วันที่ 1 ก.พ. 2561 จะมีการประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย"
        "ที่โรงแรมนานาบุรี อเมือง จชุมพร\nโดยเมื่อวันที่ 2 ก.พ. 2561 สนขได้เผยแพร่ผลการประชุมสัมมนาเสนอผล"
        "การศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย",
        [("การ" + SEMINAR, "2018-02-01", "โรงแรมนานาบุรี อเมือง จชุมพร", 2)],
        id="another-day-no-place-is-one-meeting",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sessions(text: str, expected: list[tuple[str, str | None, str, int]]) -> None:
    meetings = extract(text).meetings
    got = [(m.name, m.date, m.location, len(m.mentions)) for m in meetings]
    assert got == expected
    for m in meetings:
        assert text[m.start : m.end] == m.text
        assert all(text[x.start : x.end] == x.text for x in m.mentions)
