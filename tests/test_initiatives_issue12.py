"""Issue 12, initiatives: one table per failure kind, with exact name, written span and kind.

The sentences are written in the wording of Thai releases and news (not copied from the
development sets), so that each rule is tested on text it was not tuned on.
"""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def found(text: str) -> list[tuple[str, str, str]]:
    facts = extract(text).initiatives
    assert all(text[f.start : f.end] == f.text for f in facts)
    return [(f.name, f.text, f.initiative_kind) for f in facts]


# --- missed heads and shapes -------------------------------------------------------------------
HEADS = [
    pytest.param("สำนักงานเกษตรจังหวัดเปิดรับสมัครประกวดเกษตรกรดีเด่น ประจำปี 2567 ถึงสิ้นเดือนนี้",
                 [("ประกวดเกษตรกรดีเด่น", "ประกวดเกษตรกรดีเด่น ประจำปี 2567", "campaign")],
                 id="contest-head"),
    pytest.param('กรมการท่องเที่ยวจัดกิจกรรม "เที่ยวชุมชน ยลวิถี" ทั่วประเทศ',
                 [("กิจกรรม เที่ยวชุมชน ยลวิถี", 'กิจกรรม "เที่ยวชุมชน ยลวิถี"', "project")],
                 id="activity-quoted"),
    pytest.param("มหาวิทยาลัยเปิดหลักสูตร Digital Literacy ให้ข้าราชการเรียนฟรี",
                 [("หลักสูตร Digital Literacy", "หลักสูตร Digital Literacy", "programme")],
                 id="course-latin"),
    pytest.param("ชาวบ้านร่วมกันทำธนาคารน้ำใต้ดิน เพื่อเก็บน้ำไว้ใช้ในหน้าแล้ง",
                 [("ธนาคารน้ำใต้ดิน", "ธนาคารน้ำใต้ดิน", "project")], id="bank-as-a-scheme"),
    pytest.param("ผู้ค้ารายย่อยสมัครเข้าร่วม “ชิมช้อปใช้” ได้ที่ธนาคารกรุงไทย",
                 [("ชิมช้อปใช้", "ชิมช้อปใช้", "project")], id="quoted-name-no-head"),
    pytest.param("พรรคประกาศนโยบาย “พักหนี้เกษตรกร” 3 ปี",
                 [("นโยบาย พักหนี้เกษตรกร", "นโยบาย “พักหนี้เกษตรกร”", "policy")],
                 id="policy-quoted"),
    pytest.param("กรมส่งเสริมการเกษตรขยายผลโครงการ Young Smart Farmer ไปทุกจังหวัด",
                 [("โครงการ Young Smart Farmer", "โครงการ Young Smart Farmer", "project")],
                 id="latin-after-thai-head"),
    pytest.param("ไทยเสนอให้ขยายแผนงาน IMT - GT ไปสู่ความร่วมมือด้านพลังงาน",
                 [("แผนงาน IMT-GT", "แผนงาน IMT - GT", "plan")], id="spaced-dash-acronym"),
    pytest.param("เยาวชนเข้าชมศูนย์เรียนรู้ ๑๒ ของโครงการ เมื่อวันเสาร์",
                 [("ศูนย์เรียนรู้ 12", "ศูนย์เรียนรู้ ๑๒", "centre")], id="thai-digits"),
    pytest.param("ไทยสนับสนุนแผนงานด้านความมั่นคงทางอาหารของอาเซียน อย่างเต็มที่",
                 [("แผนงานด้านความมั่นคงทางอาหารของอาเซียน", "แผนงานด้านความมั่นคงทางอาหารของอาเซียน",
                   "plan")], id="work-plan-proper-qualifier"),
    pytest.param("ธปท. เผยแพร่แผนยุทธศาสตร์ ธปท. ปี 2566-2568 ต่อสาธารณะ",
                 [("แผนยุทธศาสตร์ ธปท.", "แผนยุทธศาสตร์ ธปท. ปี 2566-2568", "plan")],
                 id="strategic-plan-owner-and-period"),
]


# A name may open with a negated action or name a field (investment) as its object.
NAMED_BY_WORDING = [
    pytest.param("ไทยยึดมั่นในนโยบายไม่ทิ้งใครไว้ข้างหลัง ในการพัฒนาที่ยั่งยืน",
                 [("นโยบายไม่ทิ้งใครไว้ข้างหลัง", "นโยบายไม่ทิ้งใครไว้ข้างหลัง", "policy")],
                 id="negated-action"),
    pytest.param("บีโอไอประกาศมาตรการส่งเสริมการลงทุนชุดใหม่ 9 มาตรการ มีผลตั้งแต่วันนี้",
                 [("มาตรการส่งเสริมการลงทุนชุดใหม่", "มาตรการส่งเสริมการลงทุนชุดใหม่", "measure")],
                 id="investment-measures-new-set"),
    pytest.param("สิทธิประโยชน์เป็นไปตามยุทธศาสตร์การส่งเสริมการลงทุน พ.ศ.2566-2570 ของบีโอไอ",
                 [("ยุทธศาสตร์การส่งเสริมการลงทุน", "ยุทธศาสตร์การส่งเสริมการลงทุน พ.ศ.2566-2570",
                   "strategy")], id="strategy-with-period"),
]
NEGATED_STATE = [
    pytest.param("ชาวบ้านบ่นว่ามาตรการไม่ดี ควบคุมโรคไม่อยู่", id="measures-not-good"),
    pytest.param("ผู้เข้าร่วมโครงการไม่มากนัก ในปีนี้", id="not-many"),
    pytest.param("นักลงทุนกังวลว่านโยบายไม่ชัดเจน", id="policy-unclear"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_WORDING)
def test_named_by_wording(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATED_STATE)
def test_a_negated_state_is_a_predicate(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_heads_and_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- names cut short, one scheme read whole, numbered lists -------------------------------------
WHOLE = [
    pytest.param("ธ.ก.ส. เดินหน้าโครงการ Smart Farmer 4.0 เพื่อเกษตรกรรุ่นใหม่",
                 [("โครงการ Smart Farmer 4.0", "โครงการ Smart Farmer 4.0", "project")],
                 id="latin-with-version"),
    pytest.param("จังหวัดเปิดตัวโครงการ Happy Money เพื่อชุมชน ที่ตลาดสด",
                 [("โครงการ Happy Money เพื่อชุมชน", "โครงการ Happy Money เพื่อชุมชน", "project")],
                 id="latin-then-purpose-noun"),
    pytest.param("กรมชลประทานจ้างที่ปรึกษาทำโครงการศึกษาความเหมาะสม โครงการอ่างเก็บน้ำคลองโพล้ "
                 "จังหวัดระยอง",
                 [("โครงการศึกษาความเหมาะสม โครงการอ่างเก็บน้ำคลองโพล้",
                   "โครงการศึกษาความเหมาะสม โครงการอ่างเก็บน้ำคลองโพล้", "project")],
                 id="study-of-a-project"),
    # A number inside a name is followed by a space; "สำหรับ…" after it goes on naming the
    # scheme, after a word it opens a clause.
    pytest.param("ครม. อนุมัติโครงการจัดหาชุดตรวจโควิด- 19 สำหรับโรงเรียนในพื้นที่ห่างไกล วงเงิน 50 ล้านบาท",
                 [("โครงการจัดหาชุดตรวจโควิด-19 สำหรับโรงเรียนในพื้นที่ห่างไกล",
                   "โครงการจัดหาชุดตรวจโควิด- 19 สำหรับโรงเรียนในพื้นที่ห่างไกล", "project")],
                 id="for-after-a-number"),
    pytest.param("ไทยผลักดันข้อริเริ่มความเชื่อมโยงระหว่างแผนแม่บทอาเซียน ค.ศ. 2025 กับวาระการพัฒนาที่ยั่งยืน "
                 "ค.ศ. 2030 ในเวทีโลก",
                 [("ข้อริเริ่มความเชื่อมโยงระหว่างแผนแม่บทอาเซียน ค.ศ. 2025 กับวาระการพัฒนาที่ยั่งยืน ค.ศ. 2030",
                   "ข้อริเริ่มความเชื่อมโยงระหว่างแผนแม่บทอาเซียน ค.ศ. 2025 กับวาระการพัฒนาที่ยั่งยืน ค.ศ. 2030",
                   "initiative")],
                 id="between-a-and-b"),
    pytest.param("ร่วมมือในโครงการคนละครึ่ง เฟส 3 กับธนาคารกรุงไทย", [("โครงการคนละครึ่ง", "โครงการคนละครึ่ง", "project")],
                 id="a-partner-after-a-phase"),
    pytest.param("รัฐบาลเปิดโครงการคนละครึ่ง สำหรับประชาชนทั่วไป อีกครั้ง",
                 [("โครงการคนละครึ่ง", "โครงการคนละครึ่ง", "project")], id="for-after-a-word"),
    # Names cut short at a digit: a name that opens with a number after its head; a count
    # after the head names nothing.
    pytest.param("รัฐบาลยืนยันเดินหน้าโครงการ 30 บาทรักษาทุกโรค ต่อไป",
                 [("โครงการ 30 บาทรักษาทุกโรค", "โครงการ 30 บาทรักษาทุกโรค", "project")],
                 id="number-unit-name"),
    pytest.param("จังหวัดจัดโครงการ 1 อำเภอ 1 ชุมชนท่องเที่ยว ในปีนี้",
                 [("โครงการ 1 อำเภอ 1 ชุมชนท่องเที่ยว", "โครงการ 1 อำเภอ 1 ชุมชนท่องเที่ยว", "project")],
                 id="number-pairs-name"),
    pytest.param("ผู้ว่าฯ มอบนโยบาย 7 ประการแก่นายอำเภอ", [], id="a-count-of-points"),
    pytest.param("ครม. เห็นชอบมาตรการ 3 ด้าน เพื่อดูแลค่าครองชีพ", [], id="a-count-of-fields"),
    pytest.param("ลูกค้าธนาคาร 7 แห่ง 9 บัญชี ถูกอายัด", [], id="a-count-of-places"),
    pytest.param("ครม. อนุมัติ (1) โครงการสินเชื่อเพื่อการฟื้นฟูกิจการวิสาหกิจชุมชน (2) โครงการพักชำระหนี้"
                 "เกษตรกรรายย่อย และ (3) มาตรการลดค่าธรรมเนียมการโอนอสังหาริมทรัพย์ โดยมีผล",
                 [("โครงการสินเชื่อเพื่อการฟื้นฟูกิจการวิสาหกิจชุมชน",
                   "โครงการสินเชื่อเพื่อการฟื้นฟูกิจการวิสาหกิจชุมชน", "project"),
                  ("โครงการพักชำระหนี้เกษตรกรรายย่อย", "โครงการพักชำระหนี้เกษตรกรรายย่อย", "project"),
                  ("มาตรการลดค่าธรรมเนียมการโอนอสังหาริมทรัพย์", "มาตรการลดค่าธรรมเนียมการโอนอสังหาริมทรัพย์",
                   "measure")],
                 id="bracket-numbered-list"),
    pytest.param("เทศบาลได้รับงบประมาณ 1.โครงการก่อสร้างรางระบายน้ำหมู่ที่ 5 "
                 "2.โครงการปรับปรุงถนนลูกรังสายบ้านนา 3.โครงการขุดลอกหนองสาธารณะ",
                 [("โครงการก่อสร้างรางระบายน้ำหมู่ที่ 5", "โครงการก่อสร้างรางระบายน้ำหมู่ที่ 5",
                   "project"),
                  ("โครงการปรับปรุงถนนลูกรังสายบ้านนา", "โครงการปรับปรุงถนนลูกรังสายบ้านนา", "project"),
                  ("โครงการขุดลอกหนองสาธารณะ", "โครงการขุดลอกหนองสาธารณะ", "project")],
                 id="numbered-list"),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_whole_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# --- not initiatives ------------------------------------------------------------------------------
NOT = [
    pytest.param("เจ้าหน้าที่ศูนย์ปฏิบัติการตำรวจ จังหวัดขอนแก่น ออกตรวจพื้นที่", id="operations-centre"),
    pytest.param("นักวิจัยศูนย์พันธุวิศวกรรมและเทคโนโลยีชีวภาพแห่งชาติ (BIOTEC) พัฒนาชุดตรวจ",
                 id="research-centre-acronym"),
    pytest.param("ผู้บาดเจ็บถูกนำส่งโรงพยาบาลศูนย์ตรัง ทันที", id="hospital-centre"),
    pytest.param("ผู้สนใจติดต่อได้ที่ศูนย์ ในวันและเวลาราชการ", id="bare-centre"),
    pytest.param("โครงการนี้จะช่วยเกษตรกรได้มาก", id="this-project"),
    pytest.param("ทั้งนี้ แผนดังกล่าวจะเสนอ ครม. ในสัปดาห์หน้า", id="the-said-plan"),
    pytest.param("ทุกฝ่ายต้องปฏิบัติตามนโยบายรัฐบาล อย่างเคร่งครัด", id="government-policy"),
    pytest.param("ผู้ว่าฯ มอบนโยบายของกระทรวงมหาดไทยแก่นายอำเภอ", id="policy-of-the-ministry"),
    pytest.param("เจ้าหน้าที่จะใช้มาตรการทางกฎหมายขั้นเด็ดขาด", id="legal-measures"),
    pytest.param("ศาลปกครองมีคำสั่งกำหนดมาตรการคุ้มครองชั่วคราว ให้ระงับการก่อสร้าง",
                 id="interim-protection"),
    pytest.param("ผู้แทนไทยเข้าร่วม ASEAN Economic Ministers Meeting ที่กรุงจาการ์ตา",
                 id="meeting-english-name"),
    pytest.param("ประชาชนต้องปฏิบัติตามมาตรการสาธารณสุข อย่างต่อเนื่อง", id="head-plus-common-noun"),
    pytest.param("กรมทางหลวงเปิดให้เอกชนร่วมลงทุนโครงการดำเนินงานและบำรุงรักษา ทางหลวงพิเศษ",
                 id="operation-and-maintenance"),
]


@pytest.mark.parametrize("text", NOT)
def test_not_initiatives(text: str) -> None:
    assert found(text) == []


# --- mentions: a second name after "หรือ" is a mention of the same initiative -----------------
def test_a_second_name_after_or_is_a_mention() -> None:
    text = "ประชาชนลงทะเบียนในมาตรการยกระดับผู้ลงทะเบียนสวัสดิการแห่งรัฐ หรือบัตรคนจนระยะสอง ในวันแรก"
    [fact] = extract(text).initiatives
    assert (fact.name, fact.initiative_kind) == ("มาตรการยกระดับผู้ลงทะเบียนสวัสดิการแห่งรัฐ", "measure")
    assert [m.text for m in fact.mentions] == [
        "มาตรการยกระดับผู้ลงทะเบียนสวัสดิการแห่งรัฐ", "บัตรคนจนระยะสอง",
    ]
    assert all(text[m.start : m.end] == m.text for m in fact.mentions)


def test_two_names_under_one_head_after_or_stay_apart() -> None:
    text = "ร้านค้ารับชำระผ่านแอปเป๋าตัง หรือแอปถุงเงินประชารัฐ ได้ทั้งสองทาง"
    assert [f.name for f in extract(text).initiatives] == ["แอปเป๋าตัง", "แอปถุงเงินประชารัฐ"]
