"""Session 5, initiatives: the kinds of failure that eval4 (session 4's unseen set) showed.

Each table holds the eval4 sentence that showed the kind and at least one more real sentence of
the same kind from elsewhere (source in a comment), with exact name, written span and kind.
"""

from __future__ import annotations

import pytest
from test_initiatives_issue12 import found  # (name, span text, kind), offsets checked

# --- a Latin name spelt as dashed initials after a Thai head ------------------------------------
DASHED_INITIALS = [
    # eval4-013 (thaigov.go.th, Ministry of Interior, 7 Apr 2021), headline.
    pytest.param("ศบค.มท. สั่งการผู้ว่าฯ ทั่วประเทศ พร้อมเน้นย้ำปฏิบัติมาตรการ D-M-H-T-T และสร้างการรับรู้",
                 [("มาตรการ D-M-H-T-T", "มาตรการ D-M-H-T-T", "measure")], id="eval4-dmhtt"),
    # fm91bkk.com, 15 Jun 2021 (Department of Disease Control release).
    pytest.param("กรมควบคุมโรค ขอความร่วมมือประชาชนเคร่งครัดมาตรการ D-M-H-T-T-A แม้จะฉีดวัคซีนไปแล้ว",
                 [("มาตรการ D-M-H-T-T-A", "มาตรการ D-M-H-T-T-A", "measure")], id="radio-dmhtta"),
    # One capital letter is no name, dashed or not.
    pytest.param("ผู้รับเหมาเสนอแผน A และแผน B ให้เทศบาลพิจารณา", [], id="one-letter"),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_INITIALS)
def test_dashed_initials(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- numbered list items: each named up to its natural end --------------------------------------
_CSO = "องค์กรภาคประชาสังคม"
NUMBERED = [
    # eval4-001 (thaigov.go.th, cabinet spokesman, 2021): four plans, the name read after the head
    # stopped at ของ (1), at a space (2) and at a verb (4); the next number or the line ends each.
    pytest.param(
        f"ภายใต้ 4 แผนงาน ดังนี้ 1) แผนพัฒนาศักยภาพขีดความสามารถของ{_CSO}ให้มีความเข้มแข็งและมีธรรมาภิบาล "
        f"2) แผนพัฒนากฎหมาย นโยบาย กลไก มาตรการเพื่อสนับสนุนและส่งเสริม{_CSO} 3) แผนพัฒนาองค์ความรู้"
        f"การศึกษาวิจัยเพื่อส่งเสริมและพัฒนาความเข้มแข็ง{_CSO} และ 4) แผนส่งเสริมสนับสนุน{_CSO}"
        "ให้เป็นหุ้นส่วนในการพัฒนาประเทศ\nนางสาวรัชดา กล่าว",
        [f"แผนพัฒนาศักยภาพขีดความสามารถของ{_CSO}ให้มีความเข้มแข็งและมีธรรมาภิบาล",
         f"แผนพัฒนากฎหมาย นโยบาย กลไก มาตรการเพื่อสนับสนุนและส่งเสริม{_CSO}",
         f"แผนพัฒนาองค์ความรู้การศึกษาวิจัยเพื่อส่งเสริมและพัฒนาความเข้มแข็ง{_CSO}",
         f"แผนส่งเสริมสนับสนุน{_CSO}ให้เป็นหุ้นส่วนในการพัฒนาประเทศ"],
        id="eval4-four-plans"),
    # gov-024 (thaigov.go.th, BOI measures, 2022): a relative clause after a space (ที่มีการ…)
    # describes the item; the name stops before it.
    pytest.param("2.มาตรการเสริมสร้างขีดความสามารถในการแข่งขัน ที่มีการกำหนดสิทธิประโยชน์เพิ่มเติม "
                 "3.มาตรการรักษาและขยายฐานการผลิตเดิม",
                 ["มาตรการเสริมสร้างขีดความสามารถในการแข่งขัน", "มาตรการรักษาและขยายฐานการผลิตเดิม"],
                 id="gov-boi-relative-after-space"),
    # Municipal budget lists (wording of อบต. announcements): an amount goes on as a sentence.
    pytest.param("1) โครงการก่อสร้างถนนคอนกรีต งบประมาณ 500,000 บาท 2) โครงการขุดลอกคลองส่งน้ำ",
                 ["โครงการก่อสร้างถนนคอนกรีต", "โครงการขุดลอกคลองส่งน้ำ"], id="budget-after-item"),
    # A list of fields under one head names no scheme, numbered or not.
    pytest.param("มาตรการ 3 ด้าน ได้แก่ 1) มาตรการด้านภาษี 2) มาตรการด้านการเงิน 3) มาตรการด้านสังคม", [],
                 id="fields-stay-none"),
]


@pytest.mark.parametrize(("text", "names"), NUMBERED)
def test_numbered_items(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in found(text)] == names


# --- a fixed qualifier after the name, and a quoted day's name ----------------------------------
QUALIFIED = [
    # eval4-017 (thaigov.go.th, Ministry of Industry, 2021).
    pytest.param("กระทรวงอุตสาหกรรมปล่อยสินเชื่อกองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ วงเงิน 20,000 ล้านบาท",
                 [("กองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ", "กองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ", "fund")],
                 id="eval4-pracharat-fund"),
    # The royal-project qualifier, in the wording of Chaipattana Foundation and thaigov releases.
    pytest.param("นายกรัฐมนตรีติดตามโครงการเกษตรทฤษฎีใหม่ตามแนวพระราชดำริ ที่จังหวัดสระแก้ว",
                 [("โครงการเกษตรทฤษฎีใหม่ตามแนวพระราชดำริ", "โครงการเกษตรทฤษฎีใหม่ตามแนวพระราชดำริ",
                   "project")], id="royal-initiative-qualifier"),
    # "ตามแนวทาง…" (following the guidelines of) describes how a measure is run: no qualifier.
    pytest.param("ร้านอาหารต้องปฏิบัติตามมาตรการป้องกันโรคตามแนวทางของกระทรวงสาธารณสุข", [],
                 id="guidelines-no-qualifier"),
    # eval4-009 (Lawyers Council, Ratchaburi, 2026): a commemorative day is an event.
    pytest.param("สภาทนายความเข้าร่วมกิจกรรม “วันรพี” ประจำปี 2569 ซึ่งจัดขึ้นเพื่อรำลึก", [],
                 id="eval4-quoted-day"),
    pytest.param("โรงเรียนจัดกิจกรรม “วันเด็กแห่งชาติ” ประจำปี 2567 ให้นักเรียน", [], id="childrens-day"),
    # fresh-017 (Matichon, politics): a campaign named by the day it runs on is that occasion.
    pytest.param("นั่งรถไฟฟ้าไปลงสยาม ในแคมเปญวันวาเลนไทน์ “บางรัก รักประเทศไทย” พร้อมใส่เสื้อ", [],
                 id="valentines-campaign"),
    pytest.param("ห้างสรรพสินค้าจัดแคมเปญวันแม่ ลดราคาสินค้า 50%", [], id="mothers-day-campaign"),
    # fresh-026 (thaigov.go.th, GH Bank CSR): a quoted abstract noun of one word describes.
    pytest.param("นับเป็นอีกหนึ่งกิจกรรม “การให้” ที่ ธอส. ได้มีส่วนร่วม", [], id="quoted-giving"),
    pytest.param("ธนาคารจัดกิจกรรม “การออม” ให้นักเรียน", [], id="quoted-saving"),
    pytest.param("สมาคมจัดกิจกรรม “การพัฒนาชุมชนยั่งยืน” ให้เยาวชน",
                 [("กิจกรรม การพัฒนาชุมชนยั่งยืน", "กิจกรรม “การพัฒนาชุมชนยั่งยืน”", "project")],
                 id="quoted-title-of-words"),
    # "วันละ" is "a day": a scheme's quoted name may open with it.
    pytest.param('ธนาคารออมสินเปิดโครงการ "วันละบาท" ให้ประชาชนออมเงิน',
                 [("โครงการ วันละบาท", 'โครงการ "วันละบาท"', "project")], id="per-day-name"),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED)
def test_qualifier_and_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- a name with spaces in it, written whole again ----------------------------------------------
_PANSUK = "โครงการราชทัณฑ์ปันสุข ทำความ ดี เพื่อชาติ ศาสน์ กษัตริย์"
_OTOP = "โครงการหนึ่งตำบล หนึ่งผลิตภัณฑ์"
REPEATED = [
    # eval4-011 (thaigov.go.th, Department of Corrections, 8 Apr 2021): the royal project's
    # motto-like name, written whole four times, followed by other words each time.
    pytest.param(f"ทรงพระราชทานความช่วยเหลือภายใต้{_PANSUK}  แก่เจ้าหน้าที่และผู้ต้องขัง\n"
                 f"เข้ารับพระราชทานเงินจำนวน 300,000 บาท ภายใต้{_PANSUK} เบื้องหน้าพระฉายาลักษณ์",
                 [_PANSUK], id="eval4-pansuk"),
    # OTOP, as Thai news often spaces it (Ministry of Interior wording).
    pytest.param(f"รัฐบาลสนับสนุน{_OTOP} มาตั้งแต่ปี 2544 ทำให้สินค้าจาก{_OTOP} ขายได้ทั่วประเทศ",
                 [_OTOP], id="otop-spaced"),
    # Written once: the words after the space stay out.
    pytest.param(f"รัฐบาลสนับสนุน{_OTOP} มาตั้งแต่ปี 2544", ["โครงการหนึ่งตำบล"], id="written-once"),
    # A headline repeated as the lead ends its line each time: no evidence.
    pytest.param("นายกฯ เปิดโครงการบ้านมั่นคง ชุมชนริมคลอง\nนายกฯ เปิดโครงการบ้านมั่นคง ชุมชนริมคลอง\n"
                 "วันนี้ นายกรัฐมนตรีเดินทางไปชุมชน", ["โครงการบ้านมั่นคง"], id="headline-repeated"),
]


@pytest.mark.parametrize(("text", "names"), REPEATED)
def test_repeated_whole(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in found(text)] == names


# --- a course named by its subject, run in numbered intakes -------------------------------------
_GOVERNANCE = "หลักสูตรประกาศนียบัตรธรรมาภิบาลสิ่งแวดล้อม สำหรับนักบริหารระดับสูง"
INTAKES = [
    # eval4-006 (thaigov.go.th, Ministry of Natural Resources, 31 Mar 2021): the segmenter ends
    # a sentence at the space before สำหรับ; the intake number closes the name.
    pytest.param(f"นายวราวุธ เป็นประธานในพิธีเปิดการศึกษาอบรม{_GOVERNANCE} รุ่นที่ 8 (ปธส.8)",
                 [(_GOVERNANCE, _GOVERNANCE, "programme")], id="eval4-course-intake"),
    # The National Defence College's course, in the wording of Thai news on its study visits.
    pytest.param("นักศึกษาหลักสูตรการป้องกันราชอาณาจักร รุ่นที่ 64 เดินทางศึกษาดูงานที่จังหวัดภูเก็ต",
                 [("หลักสูตรการป้องกันราชอาณาจักร", "หลักสูตรการป้องกันราชอาณาจักร", "programme")],
                 id="defence-college-intake"),
    pytest.param("ผู้เข้ารับการอบรมหลักสูตรนี้ รุ่นที่ 3 จำนวน 50 คน", [], id="this-course"),
    pytest.param("ผู้ผ่านการอบรมหลักสูตรต่างๆ ของกรม รุ่นที่ 2", [], id="various-courses"),
    # A course's subject with no intake stays a description.
    pytest.param("กรมจัดอบรมหลักสูตรการบริหารงานบุคคล ให้ข้าราชการ", [], id="subject-alone"),
]


@pytest.mark.parametrize(("text", "expected"), INTAKES)
def test_course_intakes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- words that end in "ตาม" before their own head repeated: a clause around another scheme ------
COMPLIES = [
    # eval4-013 (thaigov.go.th, Ministry of Interior, 7 Apr 2021), an emergency decree's item.
    pytest.param("ข้อ 11 การดำเนินการตามมาตรการป้องกันโรคและการจัดระเบียบและปฏิบัติตามมาตรการ D-M-H-T-T\n"
                 "นายฉัตรชัย กล่าว", [("มาตรการ D-M-H-T-T", "มาตรการ D-M-H-T-T", "measure")],
                 id="eval4-comply-with"),
    # The same shape with another verb of carrying out (wording of provincial COVID orders).
    pytest.param("ร้านค้าต้องเคร่งครัดมาตรการควบคุมโรคและดำเนินการตามมาตรการ D-M-H-T-T-A",
                 [("มาตรการ D-M-H-T-T-A", "มาตรการ D-M-H-T-T-A", "measure")], id="carry-out"),
]


@pytest.mark.parametrize(("text", "expected"), COMPLIES)
def test_clause_around_a_scheme(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- a quoted name after a descriptive head's words (issue 12's known gap) ----------------------
DESCRIBED_QUOTED = [
    # The issue's example; the measure as the Revenue Department's releases name it.
    pytest.param("ครม. อนุมัติมาตรการลดหย่อนภาษี “ช้อปดีมีคืน” ปี 2567 ให้ผู้มีเงินได้",
                 [("มาตรการลดหย่อนภาษี ช้อปดีมีคืน", "มาตรการลดหย่อนภาษี “ช้อปดีมีคืน”", "measure")],
                 id="tax-measure-quoted"),
    # ThaiNER 1.5 train (L3707): a public-service project and its quoted name.
    pytest.param("ร่วมกิจกรรมโครงการสาธารณะประโยชน์ “ทำดีด้วยหัวใจ” ณ โรงเรียนบ้านหนองบัว",
                 [("โครงการสาธารณะประโยชน์ ทำดีด้วยหัวใจ", "โครงการสาธารณะประโยชน์ “ทำดีด้วยหัวใจ”",
                   "project")], id="public-service-quoted"),
    # ThaiNER 1.5 train (L2600): a day observed, then its slogan; and a workshop's title (L2791).
    pytest.param("โรงเรียนจัดกิจกรรมวันสุนทรภู่ “สุนทรไทย” ให้นักเรียน", [], id="day-then-slogan"),
    pytest.param("จัดโครงการประชุมเชิงปฏิบัติการ “ขับเคลื่อนการพัฒนาเกษตรอินทรีย์แห่งชาติ” ที่โรงแรม", [],
                 id="workshop-title"),
    # Words of a clause before the quote ("called"): no name read over them.
    pytest.param("ประชาชนสนใจโครงการที่ชื่อว่า “บ้านเพื่อคนไทย” จำนวนมาก", [], id="called"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_QUOTED)
def test_described_then_quoted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- a kind of measure by its verb: boosting liquidity ------------------------------------------
LIQUIDITY = [
    # initiatives.jsonl init-016 (thaigov.go.th, Krungthai Bank, 2021).
    pytest.param("โดยออกมาตรการเสริมสภาพคล่องเพื่อสนับสนุนให้คู่ค้าของห้างสรรพสินค้า", [],
                 id="bank-liquidity-kind"),
    # Central-bank wording of the same kind; with a target group of its own it is named.
    pytest.param("ธนาคารแห่งประเทศไทยออกมาตรการเสริมสภาพคล่อง ให้ธุรกิจที่ได้รับผลกระทบ", [],
                 id="central-bank-liquidity-kind"),
    pytest.param("ครม. อนุมัติมาตรการเสริมสภาพคล่องแก่ผู้ประกอบการรายย่อย วงเงิน 10,000 ล้านบาท",
                 [("มาตรการเสริมสภาพคล่องแก่ผู้ประกอบการรายย่อย", "มาตรการเสริมสภาพคล่องแก่ผู้ประกอบการรายย่อย",
                   "measure")], id="liquidity-for-a-group"),
]


@pytest.mark.parametrize(("text", "expected"), LIQUIDITY)
def test_liquidity_measures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
