"""Named schemes in a list stay named schemes (fix round of session 4, brief `fixinit`).

Counter-examples to this session's rules on counts and on merging alike namings: a list of
well-known schemes (คนละครึ่ง, เราชนะ, ช้อปดีมีคืน, บ้านล้านหลัง: Thai government schemes of
2019-2021 as news names them) joined by และ / a comma is as many initiatives as it names,
whatever their words share, and a total after the list ("รวม 2 มาตรการ") counts the list.
"""

from __future__ import annotations

import pytest

from thaiextract import extract

LISTED = [
    pytest.param(
        "ครม. เห็นชอบมาตรการช่วยเหลือเกษตรกร และมาตรการช่วยเหลือหนี้สินเกษตรกร วงเงิน 5 หมื่นล้านบาท",
        ["มาตรการช่วยเหลือเกษตรกร", "มาตรการช่วยเหลือหนี้สินเกษตรกร"],
        id="two-alike-measures-listed",
    ),
    pytest.param(
        "ครม. เห็นชอบแผนปฏิบัติการลดก๊าซเรือนกระจก ทั้งนี้ แผนปฏิบัติการลดการปล่อยก๊าซเรือนกระจก"
        "จะเริ่มในปีหน้า",
        ["แผนปฏิบัติการลดก๊าซเรือนกระจก"],
        id="one-plan-named-twice-apart",
    ),
    pytest.param(
        "รัฐบาลออกมาตรการคนละครึ่งและมาตรการเราชนะ รวม 2 มาตรการ วงเงิน 2 แสนล้านบาท",
        ["มาตรการคนละครึ่ง", "มาตรการเราชนะ"],
        id="a-total-after-two-measures",
    ),
    pytest.param(
        "ธนาคารอาคารสงเคราะห์มีโครงการบ้านล้านหลัง และโครงการบ้านดีมีดาวน์ รวม 2 โครงการ "
        "ให้ผู้มีรายได้น้อย",
        ["โครงการบ้านล้านหลัง", "โครงการบ้านดีมีดาวน์"],
        id="a-total-after-two-projects",
    ),
    pytest.param(
        "ครม. เห็นชอบมาตรการช้อปดีมีคืน มาตรการคนละครึ่ง และมาตรการเราเที่ยวด้วยกัน ทั้งหมด 3 มาตรการ",
        ["มาตรการช้อปดีมีคืน", "มาตรการคนละครึ่ง", "มาตรการเราเที่ยวด้วยกัน"],
        id="a-total-after-three-measures",
    ),
    # A list of kinds, each counted, stays a list of kinds (tests/devset init-016's wording).
    pytest.param(
        "ธนาคารออกมาตรการพักหนี้ 3 มาตรการ และมาตรการลดดอกเบี้ย 2 มาตรการ ให้ลูกค้า",
        [],
        id="a-list-of-counted-kinds",
    ),
]


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_each_listed_scheme_is_one_initiative(text: str, names: list[str]) -> None:
    facts = extract(text).initiatives
    assert [f.name for f in facts] == names
    for fact, name in zip(facts, names, strict=True):
        assert text[fact.start : fact.end] == name
