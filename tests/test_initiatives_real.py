"""Initiatives on real sentences outside the development sets (issue 12, session 3).

Each case is a sentence (sometimes shortened) of a public text; its source is in the comment above
it: PyThaiNLP's thaigov corpora (public domain releases) and ThaiNER 1.5 train lines (CC BY 3.0,
mostly news). Exact names, kinds and spans.
"""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# (text, [(name, written text, kind)])
NAMED = [
    # thaigov-corpus 1/ด้านเศรษฐกิจ_7.txt: a contest run as a project; its run number is an edition.
    pytest.param(
        "นางสาวนิสากร เปิดเผยในงานตัดสินโครงการประกวดออกแบบผลิตภัณฑ์สิ่งทอเชิงสร้างสรรค์ครั้งที่ 3 "
        "Creative Textiles Award 2016 ว่า",
        [("โครงการประกวดออกแบบผลิตภัณฑ์สิ่งทอเชิงสร้างสรรค์",
          "โครงการประกวดออกแบบผลิตภัณฑ์สิ่งทอเชิงสร้างสรรค์ครั้งที่ 3", "project")],
        id="contest-inside-a-project",
    ),
    # same release: the name runs through ด้วยการ (by means of) to its edition.
    pytest.param(
        "กิจกรรมดังกล่าวจัดขึ้นภายใต้โครงการเพิ่มประสิทธิภาพการใช้วัตถุดิบภาคการเกษตรด้วยการพัฒนา"
        "เส้นใยธรรมชาติสู่อุตสาหกรรมสิ่งทอ ประจำปี 2559 ตามยุทธศาสตร์ของกระทรวง",
        [("โครงการเพิ่มประสิทธิภาพการใช้วัตถุดิบภาคการเกษตรด้วยการพัฒนาเส้นใยธรรมชาติสู่อุตสาหกรรมสิ่งทอ",
          "โครงการเพิ่มประสิทธิภาพการใช้วัตถุดิบภาคการเกษตรด้วยการพัฒนาเส้นใยธรรมชาติสู่อุตสาหกรรมสิ่งทอ"
          " ประจำปี 2559", "project")],
        id="by-means-of-and-edition",
    ),
    # thaigov-corpus 10/ด้านการศึกษาฯ_1.txt: an adverb after the name is not part of it.
    pytest.param(
        "กระทรวงพลังงาน เดินหน้านโยบาย Energy 4.0 เร่งขับเคลื่อนโครงการยานยนต์ไฟฟ้าเต็มกำลัง จัดพิธี",
        [("นโยบาย Energy 4.0", "นโยบาย Energy 4.0", "policy"),
         ("โครงการยานยนต์ไฟฟ้า", "โครงการยานยนต์ไฟฟ้า", "project")],
        id="adverb-after-the-name",
    ),
    # same release: a round of the programme (ในรอบที่ 1) is no part of its name.
    pytest.param(
        "เป็นประธานในพิธีมอบสัญญาแก่ผู้ได้รับการสนับสนุนในโครงการสนับสนุนการลงทุนสถานีอัดประจุไฟฟ้า "
        "(Charging Station) ในรอบที่ 1 โดยมีหน่วยงาน",
        [("โครงการสนับสนุนการลงทุนสถานีอัดประจุไฟฟ้า", "โครงการสนับสนุนการลงทุนสถานีอัดประจุไฟฟ้า",
          "project")],
        id="round-is-an-edition",
    ),
    # ThaiNER 1.5 line 1270 (train): a quantifier before a second head ends the first name.
    pytest.param(
        "โดยเฉพาะภาครัฐมักดำเนินโครงการส่งเสริมการท่องเที่ยวบางโครงการโครงการส่งเสริมการปลูกพืช"
        "เชิงเดี่ยวโครงการตัดถนน",
        [("โครงการส่งเสริมการท่องเที่ยว", "โครงการส่งเสริมการท่องเที่ยว", "project"),
         ("โครงการส่งเสริมการปลูกพืชเชิงเดี่ยว", "โครงการส่งเสริมการปลูกพืชเชิงเดี่ยว", "project")],
        id="quantified-second-head",
    ),
    # ThaiNER 1.5 line 2348 (train): the head repeated (กองทุนละ…) opens no part of the name.
    pytest.param(
        "รัฐบาลจัดสรรเงินให้กองทุนหมู่บ้านและชุมชนเมืองกองทุนละ 1 ล้านบาท",
        [("กองทุนหมู่บ้านและชุมชนเมือง", "กองทุนหมู่บ้านและชุมชนเมือง", "fund")],
        id="repeated-head",
    ),
    # ThaiNER 1.5 line 3121 (train): a long name of a training project with its fiscal year.
    pytest.param(
        "เป็นประธานพิธีเปิดโครงการพัฒนาศักยภาพผู้ปฏิบัติงานด้านการป้องกันและแก้ไขปัญหายาเสพติด"
        "ในสถาบันอุดมศึกษา ประจำปีงบประมาณ พ.ศ. 2561 ณ โรงแรม",
        [("โครงการพัฒนาศักยภาพผู้ปฏิบัติงานด้านการป้องกันและแก้ไขปัญหายาเสพติดในสถาบันอุดมศึกษา",
          "โครงการพัฒนาศักยภาพผู้ปฏิบัติงานด้านการป้องกันและแก้ไขปัญหายาเสพติดในสถาบันอุดมศึกษา"
          " ประจำปีงบประมาณ พ.ศ. 2561", "project")],
        id="long-name-with-fiscal-year",
    ),
    # dev set events-017 (Daily News): a plan named with a verb and its owner.
    pytest.param(
        "ครม. อนุมัติแผนฟื้นฟูกิจการของ รฟท. ตามที่กระทรวงคมนาคมเสนอ",
        [("แผนฟื้นฟูกิจการ", "แผนฟื้นฟูกิจการ", "plan")],
        id="owned-plan",
    ),
    pytest.param(
        "ผู้นำหารือแผนสันติภาพอิสราเอล-ปาเลสไตน์ ที่ทำเนียบขาว",
        [("แผนสันติภาพอิสราเอล-ปาเลสไตน์", "แผนสันติภาพอิสราเอล-ปาเลสไตน์", "plan")],
        id="a-plan-named-by-a-noun",
    ),
    # thaigov-v2-corpus data/2021/03/10/ขาวคณะโฆษก_7.txt: the national reform plan, written
    # with and without the nominaliser, is one plan; "each aspect" of it names none.
    pytest.param(
        "นายกฯ เห็นชอบปรับปรุงแผนปฏิรูปประเทศ 6 ประเด็น เน้นกิจกรรม Big Rock คัดเฉพาะกฎหมายสำคัญ\n"
        "ได้เผยแพร่ประกาศสำนักนายกรัฐมนตรี แผนการปฏิรูปประเทศ (ฉบับปรับปรุง) กำหนด 6 ประเด็น\n"
        "ให้ทุกหน่วยงานการดำเนินงานตามแผนการปฏิรูปแต่ละด้าน ที่ได้กำหนดกิจกรรม Big Rock",
        [("แผนปฏิรูปประเทศ", "แผนปฏิรูปประเทศ", "plan"),
         ("กิจกรรม Big Rock", "กิจกรรม Big Rock", "project")],
        id="reform-plan-one-fact",
    ),
    # dev set gov-029 (thaigov 2023-01-11): the segmenter ends a sentence at the space before
    # "ด้าน…", which goes on naming the project.
    pytest.param(
        "โดยจะผ่อนปรนให้ผู้ประกอบการชั้นดี เป็นกรณีพิเศษ 2. โครงการส่งเสริมผู้ประกอบการ "
        "ด้านการบริหารความเสี่ยงจากอัตราแลกเปลี่ยน เพื่อช่วยผู้ประกอบการ SME",
        [("โครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยงจากอัตราแลกเปลี่ยน",
          "โครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยงจากอัตราแลกเปลี่ยน", "project")],
        id="run-on-over-a-sentence-space",
    ),
    # innnews.co.th (a news clip page, 2021): a phase inside the quotation is no part of the
    # name; the span keeps it.
    pytest.param(
        "ครม. มีมติเห็นชอบในหลักการมาตรการเยียวยา อาทิ มาตรการ “คนละครึ่งเฟส 3” คนละ 3,000 บาท",
        [("มาตรการ คนละครึ่ง", "มาตรการ “คนละครึ่งเฟส 3”", "measure")],
        id="phase-inside-the-quote",
    ),
    # skidkhao.blogspot.com (2018, on the welfare card's phase 2): "a measure extended from"
    # the card names no measure; the card (its nickname, with its year) is the programme.
    pytest.param(
        "ซึ่งถือเป็นมาตรการต่อยอดมาจากบัตรคนจน 2560 ที่เป็นการลดภาระค่าครองชีพ",
        [("บัตรคนจน 2560", "บัตรคนจน 2560", "programme")],
        id="measure-extended-from",
    ),
    # thestatestimes.com (2023-12-06, a Xinhua report): a technology code after a space closes
    # the measure's name, like an acronym (…การลงทุน SMEs).
    pytest.param(
        "กระทรวงอุตสาหกรรมและเทคโนโลยีสารสนเทศของจีน ประกาศมาตรการเร่งรัดการพัฒนาและการสร้างนวัตกรรม"
        "ทางเทคโนโลยี 6G\nจางอวิ๋นหมิง กล่าวว่า",
        [("มาตรการเร่งรัดการพัฒนาและการสร้างนวัตกรรมทางเทคโนโลยี 6G",
          "มาตรการเร่งรัดการพัฒนาและการสร้างนวัตกรรมทางเทคโนโลยี 6G", "measure")],
        id="technology-code-closes-the-name",
    ),
    # ThaiNER 1.5 line 2253 (train): a contest's prize names the contest.
    pytest.param(
        "มอบเกียรติบัตรผู้ที่รับรางวัลประกวดบทร้อยกรอง ในวันนี้",
        [("ประกวดบทร้อยกรอง", "ประกวดบทร้อยกรอง", "campaign")],
        id="contest-prize",
    ),
    # ThaiNER 1.5 line 3275 (train): a project's run number is an edition.
    pytest.param(
        "นักศึกษาจัดโครงการประมงเพื่อน้อง ครั้งที่ 6 ที่โรงเรียนบ้านหนองบัว",
        [("โครงการประมงเพื่อน้อง", "โครงการประมงเพื่อน้อง ครั้งที่ 6", "project")],
        id="run-number-dropped",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named_on_real_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = extract(text).initiatives
    assert [(f.name, f.text, f.initiative_kind) for f in facts] == expected
    assert all(text[f.start : f.end] == f.text for f in facts)


NOT_INITIATIVES = [
    # ThaiNER 1.5 line 552 (train): ประกวด as a verb, then a clause word.
    pytest.param("โดยเฉพาะพวกที่เลี้ยงไก่พันธุ์พื้นบ้านไว้ประกวดย่อมเสียดายของ จึงมาลงที่กระทรวง",
                 id="contest-verb-then-clause"),
    # ThaiNER 1.5 lines 2595, 3381 (train): Thai traditional medicine, not a plan.
    pytest.param("ณ ศูนย์แพทย์แผนไทยพนา อำเภอเมือง จังหวัดอำนาจเจริญ", id="thai-medicine-centre"),
    pytest.param("กรมการแพทย์แผนไทยฯ เตรียมยกระดับอุตสาหกรรมสมุนไพร", id="thai-medicine-department"),
    # ThaiNER 1.5 line 3496 (train): a police re-enactment of a confession.
    pytest.param("ตำรวจคุมตัวผู้ต้องหาไปทำแผนประกอบคำรับสารภาพ ที่เกิดเหตุ", id="police-reenactment"),
    # ThaiNER 1.5 line 1885 (train): a demonstrative points back; "the action plans" names none.
    pytest.param("โดยแผนการดำเนินการเหล่านี้ จะต้องสอดคล้องกับแผนพัฒนาจังหวัด", id="these-plans"),
    # ThaiNER 1.5 line 3505 (train): "the national strategy's various aspects".
    pytest.param("การปฏิรูปต้องสอดคล้องกับยุทธศาสตร์ชาติด้านต่างๆ ที่วางไว้", id="various-aspects"),
    # ThaiNER 1.5 line 2331 (train): a dangling "case of".
    pytest.param("รัฐบาลออกมาตรการแก้ไขปัญหากรณี ผู้ประกอบการค้างชำระ", id="dangling-case-of"),
    # ThaiNER 1.5 lines 2301, 2211 (train): news writes แผน + verb for what rescuers plan to
    # do, which names no scheme.
    pytest.param("ทีมกู้ภัยเตรียมแผนลำเลียงหมูป่าออกจากถ้ำ หลังระดับน้ำลดลง", id="rescue-plan"),
    pytest.param("เจ้าหน้าที่วางแผนค้นหาผู้สูญหายจากอุบัติเหตุเรือฟินิกซ์ล่มกลางทะเลในวันพรุ่งนี้",
                 id="search-plan"),
    # dev set events-012 (Daily News): a campaign plan asking for cooperation.
    pytest.param("การไฟฟ้าเตรียมแผนรณรงค์ขอความร่วมมือประชาชนประหยัดไฟ", id="campaign-plan"),
    # ThaiNER 1.5 lines 28, 1847, 2490, 3123, 472 (train): a verb and a descriptive word, a
    # meeting held as a project, a clause word after the measure.
    pytest.param("ทางกรมควบคุมโรคได้มีมาตรการควบคุมดูแลอย่างเข้มงวดทั่วประเทศ", id="control-and-oversee"),
    pytest.param("เจ้าหน้าที่เข้าสำรวจเพื่อวางมาตรการป้องกันความเสียหายของแนวปะการังน้ำตื้น",
                 id="prevent-damage"),
    pytest.param("ม.นเรศวร เปิดโครงการเตรียมความพร้อม ก้าวใหม่ในมหาวิทยาลัย", id="get-ready"),
    pytest.param("เป็นประธานเปิดโครงการประชุมระดมความคิดเห็น เรื่อง คุณลักษณะ", id="a-meeting-project"),
    pytest.param("สุพรรณบุรีและกาญจนบุรีถือว่ามาตรการควบคุมโรคสำเร็จ แต่ไม่ได้หมายความว่า",
                 id="measure-succeeded"),
    # ThaiNER 1.5 lines 2384, 1310, 2025 (train): a generic Latin word, a vision described, a
    # plan "in the next phase".
    pytest.param("บริษัทจัดกิจกรรม CSR ที่โรงเรียนบ้านหนองบัว", id="activity-csr"),
    pytest.param("พรรคต้องมีวิสัยทัศน์กว้างไกลทันโลกทันสมัย", id="far-reaching-vision"),
    pytest.param("ที่ประชุมหารือแผนการดำเนินการในระยะต่อไป ร่วมกับจังหวัด", id="plan-for-the-next-phase"),
    # dev set news-001 / events-022 (Matichon) and ThaiNER 1.5 line 1271 (train): a policy "in
    # the field of" something; news-038: a kind of platform.
    pytest.param("พรรคชูนโยบายด้านราคาข้าว เป็นจุดขาย", id="policy-field"),
    pytest.param("รัฐใช้ทั้งนโยบายทางตรงและการส่งเสริมทางอ้อม ในพื้นที่ป่า", id="policy-direct"),
    pytest.param("ธปท. กำกับแพลตฟอร์มผู้ให้บริการกระเป๋าเงินดิจิทัล อย่างใกล้ชิด", id="provider-platforms"),
    # ThaiNER 1.5 lines 3677, 2915 (train): an employee savings product and a class of public
    # money are no schemes.
    pytest.param("ลูกจ้างสามารถเพิ่มเงินสะสมในกองทุนสำรองเลี้ยงชีพ ได้ถึง 15%", id="provident-fund"),
    pytest.param("สตง. ตรวจสอบกองทุนเงินนอกงบประมาณ ของหน่วยงานรัฐ", id="off-budget-funds"),
    # ThaiNER 1.5 line 1547 (train): an award's category written with a head.
    pytest.param("ได้รับรางวัลโครงการพลังสร้างสรรค์การเปลี่ยนแปลงยอดเยี่ยม จากการจัดทำโครงการ",
                 id="award-category"),
    # ThaiNER 1.5 line 3723 (train): generic project classes joined by a slash.
    pytest.param("สนับสนุนกลไกการปฏิบัติงานในโครงการเชิงยุทธศาสตร์/โครงการสำคัญระดับประเทศ พร้อมร่วม",
                 id="strategic-slash-important"),
]


@pytest.mark.parametrize("text", NOT_INITIATIVES)
def test_not_an_initiative_on_real_text(text: str) -> None:
    assert [f.name for f in extract(text).initiatives] == []
