"""Initiative names read whole: a study of a route, the end of a name at a clause (issue 12,
session 4). Sentences are real, from the tuning sets named in their ids (tests/devset/*.jsonl;
Daily News stories of 2018 whose dataset dropped full stops)."""

from __future__ import annotations

import pytest

from thaiextract import extract

WHOLE = [
    # The fields of a feasibility study, listed with spaces, and the route studied are one name.
    pytest.param(
        " สนข แจ้งความคืบหน้าโครงการศึกษาความเหมาะสมทางด้านเศรษฐกิจ วิศวกรรม และสิ่งแวดล้อม "
        "เส้นทางรถไฟชุมพรท่าเรือน้ำลึกระนองว่า วันที่ 1 กพ จะจัดประชุม",
        "โครงการศึกษาความเหมาะสมทางด้านเศรษฐกิจ วิศวกรรม และสิ่งแวดล้อม เส้นทางรถไฟชุมพรท่าเรือ"
        "น้ำลึกระนอง", id="study-fields-and-route-fresh-023",
    ),
    pytest.param(
        "ร่างรายงานฉบับสุดท้ายโครงการศึกษาความเหมาะสมทางด้านเศรษฐกิจวิศวกรรมและสิ่งแวดล้อม "
        "เส้นทางรถไฟชุมพรท่าเรือน้ำลึกระนอง โดยมีผู้แทนจากหน่วยงานภาครัฐ",
        "โครงการศึกษาความเหมาะสมทางด้านเศรษฐกิจวิศวกรรมและสิ่งแวดล้อม เส้นทางรถไฟชุมพรท่าเรือ"
        "น้ำลึกระนอง", id="study-unspaced-fields-and-route-events-016",
    ),
    # "และมี" (and has) opens a new clause.
    pytest.param(
        "กระทรวงพาณิชย์ร่วมกับธนาคารออมสิน ปล่อยสินเชื่อในโครงการแฟรนไชส์สร้างอาชีพแก่ผู้มีรายได้"
        "น้อยและมีบรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม บสย เป็นผู้ค้ำประกันสินเชื่อ",
        "โครงการแฟรนไชส์สร้างอาชีพแก่ผู้มีรายได้น้อย", id="and-has-opens-a-clause-init-012",
    ),
]


@pytest.mark.parametrize(("text", "name"), WHOLE)
def test_project_name_read_whole(text: str, name: str) -> None:
    facts = extract(text).initiatives
    assert [(f.name, f.initiative_kind) for f in facts] == [(name, "project")]
    start = text.index(name)
    assert (facts[0].start, facts[0].end) == (start, start + len(name))
    assert text[facts[0].start : facts[0].end] == facts[0].text
