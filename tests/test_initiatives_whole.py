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
    # "สู่การเป็น" (towards becoming) goes on over เป็น, where a name usually ends.
    pytest.param(
        "โดยปี 2563 ได้ดำเนินงาน อาทิเช่น โครงการพัฒนาอุตสาหกรรมอาหารแปรรูปสู่การเป็นโรงงาน"
        "อัจฉริยะด้วยเทคโนโลยีดิจิทัล เพื่อยกระดับสถานประกอบการแปรรูปอาหาร",
        "โครงการพัฒนาอุตสาหกรรมอาหารแปรรูปสู่การเป็นโรงงานอัจฉริยะด้วยเทคโนโลยีดิจิทัล",
        id="towards-becoming-init-015",
    ),
    # A bracketed Thai qualifier of a line, then its section (init-007, thaigov.go.th, MRTA).
    pytest.param(
        "คัดเลือกมาจากร้านอาหารบริเวณแนวสายทางโครงการรถไฟฟ้าสายสีส้ม (ตะวันออก) ช่วงศูนย์วัฒนธรรม"
        "แห่งประเทศไทย - มีนบุรี ได้แก่",
        "โครงการรถไฟฟ้าสายสีส้ม (ตะวันออก) ช่วงศูนย์วัฒนธรรมแห่งประเทศไทย-มีนบุรี",
        id="bracketed-qualifier-then-section-init-007",
    ),
]


@pytest.mark.parametrize(("text", "name"), WHOLE)
def test_project_name_read_whole(text: str, name: str) -> None:
    facts = extract(text).initiatives
    assert [(f.name, f.initiative_kind) for f in facts] == [(name, "project")]
    written = name.replace("-", " - ") if name not in text else name  # the normaliser's hyphen
    start = text.index(written)
    assert (facts[0].start, facts[0].end) == (start, start + len(written))
    assert text[facts[0].start : facts[0].end] == facts[0].text


def test_numbered_courses_with_their_dots_dropped() -> None:
    """A list's item numbers, dots dropped by the dataset (init-018, Daily News 2017): "4" before
    the next course is no count of courses, nor is "1" before the first."""
    text = (
        "หลักสูตรใหม่ทั้ง 5 หลักสูตรใหม่นั้นประกอบด้วย 1 หลักสูตร New Economy Amplifier2 หลักสูตร"
        "New Economy Foundation หลักสูตร IT4SMEs 4 หลักสูตรNew Economy Driverและ 5 หลักสูตร "
        "New Economy Connectorนอกจากนี้"
    )
    names = [(f.name, f.initiative_kind) for f in extract(text).initiatives]
    assert ("หลักสูตร IT4SMEs", "programme") in names
    assert ("หลักสูตร New Economy Connector", "programme") in names
    assert len(names) == 5


def test_two_namings_of_one_plan_are_one_initiative() -> None:
    """One naming drops a word of the other (init-004, thaigov.go.th release of 1 June 2021)."""
    text = (
        "ให้เร่งขับเคลื่อนแผนปฏิบัติการลดการปล่อยก๊าซเรือนกระจกของประเทศ ปี 2564-2573 "
        "นายประกอบ วิวิธจินดา อธิบดีกรมโรงงานอุตสาหกรรม กล่าวต่อว่า กรอ. ได้รับมอบหมายให้จัดทำ"
        "แผนปฏิบัติการลดก๊าซเรือนกระจกของประเทศ ปี 2564-2573 ในสาขากระบวนการอุตสาหกรรม"
    )
    facts = extract(text).initiatives
    assert [(f.name, f.initiative_kind) for f in facts] == [
        ("แผนปฏิบัติการลดการปล่อยก๊าซเรือนกระจก", "plan")
    ]
    first = text.index("แผนปฏิบัติการลดการปล่อย")
    second = text.index("แผนปฏิบัติการลดก๊าซ")
    assert [(m.start, m.text) for m in facts[0].mentions] == [
        (first, "แผนปฏิบัติการลดการปล่อยก๊าซเรือนกระจก"),
        (second, "แผนปฏิบัติการลดก๊าซเรือนกระจก"),
    ]
