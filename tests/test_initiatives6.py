"""Initiatives on real sentences outside the development sets (issue 12, session 6).

Each case is a sentence (sometimes shortened) of a public text; its source is in the comment
above it: provincial and local government pages (the search tool's pages corpus) and ThaiNER 1.5
train/val lines (CC BY 3.0, mostly news). Exact names, kinds and spans.
"""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = extract(text, only=["initiatives"])
    for f in doc.initiatives:
        assert text[f.start : f.end] == f.text
    return [(f.name, f.text, f.initiative_kind) for f in doc.initiatives]


# A project's beneficiaries after ของ are part of its name; an owner after ของ ends it.
GROUP_AFTER_OF = [
    # phangnga.nso.go.th, article 606 (2561): the people a provincial project involves.
    pytest.param(
        "นายสิทธิชัย ศักดา ผู้ว่าราชการจังหวัดพังงา ออกพบปะเยี่ยมเยือนประชาชน ตามโครงการส่งเสริม"
        "กระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด \"ประชารัฐร่วมใจ ห่วงใยประชาชน\"",
        [("โครงการส่งเสริมกระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด",
          "โครงการส่งเสริมกระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด", "project")],
        id="of-the-people",
    ),
    # ThaiNER 1.5 L4617: the children a lunch scheme serves.
    pytest.param(
        "สำนักงานคณะกรรมการวิจัยแห่งชาติ หรือ วช. เปิดโครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน"
        " พัฒนาสูตรอาหารโดยใช้วัตถุดิบ",
        [("โครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน",
          "โครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน", "project")],
        id="of-children",
    ),
    # chongsarika.go.th (12 Apr 2566) writes the same group without ของ; with it, as local
    # releases do ("…พัฒนาคุณภาพชีวิตของผู้สูงอายุ", chae.go.th 2567), it stays in the name.
    pytest.param(
        "นายกองค์การบริหารส่วนตำบล เป็นประธานเปิดโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ ประจำปี"
        "งบประมาณ 2566 โดยมีวัตถุประสงค์เพื่อพัฒนาสุขภาพร่างกาย",
        [("โครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ",
          "โครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ ประจำปีงบประมาณ 2566", "project")],
        id="of-the-elderly",
    ),
    # Counter-example: an owner after ของ (a ministry) is whose the project is.
    pytest.param(
        "ผู้ต้องขังเข้าร่วมโครงการฝึกทักษะอาชีพของกรมราชทัณฑ์ ณ เรือนจำกลาง",
        [("โครงการฝึกทักษะอาชีพ", "โครงการฝึกทักษะอาชีพ", "project")],
        id="owner-after-of",
    ),
    # Counter-example: a post after ของ is an owner too, though it opens with ผู้.
    pytest.param(
        "ตามโครงการพัฒนาชนบทของผู้ว่าราชการจังหวัดเชียงราย ที่ได้รับงบประมาณ",
        [("โครงการพัฒนาชนบท", "โครงการพัฒนาชนบท", "project")],
        id="post-after-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_AFTER_OF)
def test_group_after_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


# A local project's run "ครั้งที่ N/YYYY" is an edition, dropped from the name like "ครั้งที่ 3".
EDITIONS = [
    # suphancity.go.th news 2200 (3 Nov 2563): the run written with no space after ครั้งที่.
    pytest.param(
        "นายกเทศมนตรีเมืองสุพรรณบุรี เป็นประธานในพิธีเปิดโครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุ"
        "เทศบาลเมืองสุพรรณบุรี ครั้งที่1/2564 โดยมีนายสุคนธ์ แสงทอง",
        [("โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุเทศบาลเมืองสุพรรณบุรี",
          "โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุเทศบาลเมืองสุพรรณบุรี ครั้งที่1/2564", "project")],
        id="run-slash-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDITIONS)
def test_editions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


# A centre right after a word of place is a venue; opened or run, it may still be a scheme.
VENUES = [
    # ryt9.com/s/bmnd/655336 (Ban Muang, 2 Sep 2552): where a governor's visit was held.
    pytest.param(
        "สยุมพร ลิ่มไทย ผวจ.ระยอง เป็นประธานโครงการเยี่ยมยามเย็น หิ้วปิ่นโตเดินสาย รับฟังปัญหาของ"
        "ชาวบ้าน ที่ศูนย์การเรียนรู้สมุนไพรไทยบ้านขุนอินทร์ หมู่ 1 ต.ป่ายุบใน อ.วังจันทร์ จ.ระยอง",
        [("โครงการเยี่ยมยามเย็น", "โครงการเยี่ยมยามเย็น", "project")],
        id="at-a-learning-centre",
    ),
    # siam.edu (20-21 Jul 2562): a students' activity (the scheme) held at an army unit's learning
    # centre (its venue).
    pytest.param(
        "เครือข่ายกิจกรรมนักศึกษา 8 สถาบัน จัดกิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง “ศึกษาเรียนรู้"
        "เพื่อเดินตามรอยเท้าของพ่อ” ณ ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอเพียง ภาคกลาง กองพลทหารที่ 11",
        [("กิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง ศึกษาเรียนรู้เพื่อเดินตามรอยเท้าของพ่อ",
          "กิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง “ศึกษาเรียนรู้เพื่อเดินตามรอยเท้าของพ่อ”", "project")],
        id="formal-at",
    ),
    # Counter-example, msspathumthani.com detail 143 (2560): a district chief opens a centre.
    pytest.param(
        "นายไพรัตน์ ลิ่มสกุล นายอำเภอสามโคก เป็นประธานเปิดศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียง"
        "บ้านปลายคลอง ต.บางโพธิ์เหนือ อ.สามโคก",
        [("ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียงบ้านปลายคลอง",
          "ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียงบ้านปลายคลอง", "centre")],
        id="opened-centre",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VENUES)
def test_venues(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


# ThaiNER 1.5 L3621: "ฝ่าย" + โครงการ… is a post's portfolio, no scheme.
def test_portfolio_of_a_post() -> None:
    assert _found(
        "ผศ.สุรพร ลอยหา รักษาการแทนรองอธิการบดีฝ่ายโครงการจัดตั้งวิทยาเขตอำนาจเจริญ ให้เกียรติเป็น"
        "ประธานกล่าวปิดงาน"
    ) == []
