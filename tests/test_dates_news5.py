"""Dates on mainstream news, session 5 (issue 11): the kinds of failure of eval4 (session 4's
held-out set), each with a second real example. Sources in the comments; sentences are cut
from the real text, not rewritten."""

from __future__ import annotations

import pytest

from thaiextract import extract


def _dates(text: str, document_date: str | None = None) -> list[tuple[str, str | None]]:
    doc = extract(text, only="dates", document_date=document_date)
    for f in doc.dates:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value) for f in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eval4-119 (Khobsanam) and Matichon (matichon.co.th/sport/thai-sport/news_1690374).
        ("รายการ \"โยเน็กซ์ ซันไรส์ ฮ่องกง โอเพ่น 2019\" ชิงเงินรางวัลรวม 400,000 ดอลลาร์สหรัฐ",
         [("2019", "2019")]),
        ("รายการ “โคเรีย โอเพ่น 2019” ที่เมืองอินชอน ประเทศเกาหลีใต้", [("2019", "2019")]),
        # eval4-106 (TNA) and MGR-style "มาเลเซีย มาสเตอร์ส 2022" (antaranews, as Thai writes it).
        ("แบดมินตันปริ๊นเซส สิริวัณณวรี ไทยแลนด์ มาสเตอร์ส 2019 ชิงถ้วยประทาน", [("2019", "2019")]),
        ("เคยชนะในรายการ มาเลเซีย มาสเตอร์ส 2022 มาแล้ว", [("2022", "2022")]),
        # A world title of that year (eval4-105, MGR Online) and a season's finals (a badminton
        # report on seputarjawa.com).
        ("รัชนก แชมป์โลก 2013 คุมสถานการณ์เกม 2 ไว้เกือบหมด", [("2013", "2013")]),
        ("ศึกบีดับเบิลยูเอฟ เวิลด์ทัวร์ ไฟนอลส์ 2018 ระหว่างที่คู่ปรับ", [("2018", "2018")]),
        # The APEC year: eval4-018 (thaigov.go.th) and hmong.in.th's article on it.
        ("การประชุมผู้นำเขตเศรษฐกิจเอเปค 2022 ภายใต้แนวคิด", [("2022", "2022")]),
        ("การประชุมเอเปค 2022 (อังกฤษ: APEC 2022 Thailand) เป็นการประชุมความร่วมมือ",
         [("2022", "2022"), ("2022", "2022")]),
        ("ในฐานะเจ้าภาพการประชุมเอเปค 2565", [("2565", "2022")]),
        # Latin names of tournaments (thestandard.co: India Open 2019).
        ("การแข่งขันแบดมินตัน YONEX-SUNRISE India Open 2019 แข่งขันที่กรุงนิวเดลี", [("2019", "2019")]),
        # A cup's group is no count of groups (eval4-103, Thai PBS); 2563 people are a count.
        ("ฟุตบอลเอเอฟเอฟ ซูซูกิ คัพ 2020 กลุ่ม A นัดที่ 3 ทีมชาติไทย", [("2020", "2020")]),
        ("มหกรรม 2563 คน", []),
        ("ผู้เข้าแข่งขันโอเพ่น 2000 คน", []),
        # A multiplier makes an amount even glued to its unit (amarintv.com's APEC figure, its
        # comma dropped as scraped text drops it; a monthly sales figure).
        ("ในแง่ประชากรใน เอเปค 2900 ล้านคน ประมาณ 1 ใน 3 ของโลก", []),
        ("ยอดขายเดือน ต.ค. 62 ล้านบาท", [("ต.ค.", None)]),
    ],
    ids=["open-khobsanam", "open-matichon", "masters-tna", "masters-malaysia", "world-title",
         "finals", "apec-thaigov", "apec-thai-and-latin", "apec-be", "open-latin",
         "cup-group-letter", "count-of-people", "open-count", "apec-population",
         "sales-million"],
)
def test_event_years(text: str, expected: list) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fiscal years are no calendar years, with an era marker before a range too (eval4-002,
        # thaigov.go.th Labour release: both plan periods) ...
        ("แผนปฏิบัติการเพื่อขจัดการใช้แรงงานเด็กในรูปแบบที่เลวร้าย ปีงบประมาณ พ.ศ. 2564 – 2565 ณ โรงแรม",
         []),
        ("ตามแผนปฏิบัติการ ปีงบประมาณ พ.ศ. 2558–2563 พร้อมทั้งจัดทำนโยบาย", []),
        ("ปีงบประมาณ 2564-2565 ณ กระทรวงแรงงาน", []),
        # ... while the plan's own period is a range of years (gold of the same release).
        ("แรงงานเด็กในรูปแบบที่เลวร้าย ฉบับที่ 3 พ.ศ.2564-2565 เพื่อให้สอดรับ",
         [("พ.ศ.2564-2565", "2021")]),
        ("ในระยะ 4 ปีข้างหน้า (2567 – 2570) รัฐบาลจะ", [("2567 – 2570", "2024")]),
    ],
    ids=["fiscal-marker-range", "fiscal-marker-range-2", "fiscal-range", "plan-period",
         "bare-range"],
)
def test_fiscal_year_ranges(text: str, expected: list) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An undated page: the weekday pins "17 พ.ย." to the one year near the edition's in which
        # 17 November is a Sunday; the pinned day then dates ปีนี้ and ปีที่แล้ว (eval4-119,
        # Khobsanam, with its runs of spaces).
        ("รายการ \"โยเน็กซ์ ซันไรส์ ฮ่องกง โอเพ่น 2019\" ชิงเงินรางวัลรวม 400,000 ดอลลาร์สหรัฐ หรือ12 "
         "ล้านบาท ที่เขตปกครองพิเศษฮ่องกง   วันอาทิตย์ที่   17 พ.ย. รอบชิงชนะเลิศ หญิงเดี่ยว \"เมย์\"รัชนก "
         "อินทนนท์ เจ้าของโปรไฟล์รองแชมป์ ปีที่แล้ว ส่งผลให้  รัชนก  จบผลงานที่รองแชมป์เป็นรายการที่ 4 ในปีนี้",
         [("2019", "2019"), ("วันอาทิตย์ที่   17 พ.ย.", "2019-11-17"), ("ปีที่แล้ว", "2018"),
          ("ปีนี้", "2019")]),
        # Thairath (thairath.co.th/sport/trcheerthai/1645106), its dated lead cut: Sunday 25
        # August is 2019, the championship's year.
        ("การแข่งขันวอลเลย์บอลหญิงชิงแชมป์เอเชีย 2019 ที่สนามจัมซิล อินดอร์ ยิมเนเซียม กรุงโซล "
         "ประเทศเกาหลีใต้\nทำให้จบเกม ไทย แซงเอาชนะ จีน ไปอย่างสนุกสูสี 3-1 เซต ผ่านเข้าสู่รอบชิงชนะเลิศ"
         "พบกับ ทีมชาติญี่ปุ่น ในวันอาทิตย์ที่ 25 ส.ค.นี้ เวลา 14.00 น.",
         [("2019", "2019"), ("วันอาทิตย์ที่ 25 ส.ค.", "2019-08-25")]),
        # The weekday fits no year near 2019 (17 November is a Monday in 2014 and 2025): none.
        ("ฮ่องกง โอเพ่น 2019 ที่เขตปกครองพิเศษฮ่องกง\nรอบชิงชนะเลิศ วันจันทร์ที่ 17 พ.ย. หญิงเดี่ยว",
         [("2019", "2019"), ("วันจันทร์ที่ 17 พ.ย.", None)]),
        # No year written anywhere: a weekday pins nothing (eval4-107, Thai Post).
        ("ประธานาธิบดีดูเตร์เตจะส่งผู้แทนเข้าร่วมการประชุมสุดยอดผู้นำอาเซียนว่าด้วยเมียนมา ที่กรุงจาการ์ตา"
         "ของอินโดนีเซีย วันเสาร์ที่ 24 เมษายนนี้", [("วันเสาร์ที่ 24 เมษายน", None)]),
        # A day written as past is as often history: it pins nothing (28 January is a Saturday
        # in 1928, two years from the birth year; the lead's shape of tests/devset fresh-018).
        ("สำนักข่าวต่างประเทศรายงานจากกรุงสตอกโฮล์ม เมื่อวันเสาร์ที่ 28 มกราคมว่า มหาเศรษฐีผู้ก่อตั้ง"
         "บริษัทเสียชีวิตอย่างสงบ โดยเขาเกิดเมื่อวันที่ 30 มีนาคม ปี 2469 ทางตอนใต้ของสวีเดน",
         [("วันเสาร์ที่ 28 มกราคม", None), ("30 มีนาคม ปี 2469", "1926-03-30")]),
        # Nor does a law named by its year (a history event year).
        ("ตามรัฐธรรมนูญ 2560 กำหนดให้ประชุมสภาในวันเสาร์ที่ 24 มีนาคม", [("2560", "2017"),
                                                                   ("วันเสาร์ที่ 24 มีนาคม", None)]),
    ],
    ids=["pinned-khobsanam", "pinned-thairath", "weekday-fits-no-year", "no-year-evidence",
         "history-day-pins-nothing", "law-year-pins-nothing"],
)
def test_weekday_pins_the_year(text: str, expected: list) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year-less TNA dateline after a day the lead calls just past ("… ที่ผ่านมา"): the
        # article's day is the first 25 April after 26 June 2024 (eval4-114, TNA).
        ("ดีเอสไอ เผยใช้ AI จับพิรุธฮั้วเลือก สว.ระดับประเทศ\n\nกทม. 25 เม.ย.-ดีเอสไอ เผยใช้ AI จับพิรุธ"
         "ฮั้วเลือก สว.ระดับประเทศ\n\nพันตำรวจตรี ยุทธนา แพรดำ อธิบดีกรมสอบสวนคดีพิเศษ หรือ DSI เปิดเผย"
         "ภายหลังการลงพื้นที่ฟอรั่มฮอลล์ อิมแพคเมืองทองธานี ติดตามการจำลองเหตุการณ์การเลือก สว.ระดับประเทศ "
         "เมื่อ 26 มิถุนายน 2567 ที่ผ่านมาว่า เป็นไปตามที่มีผู้ร้องทุกข์กล่าวโทษ", "2025-04-25"),
        # Without ที่ผ่านมา one far date is as often history: no article date (the rule of
        # tests/test_document_date.py's yearless-dateline-one-far).
        ("กทม. 25 เม.ย.-ดีเอสไอ เปิดเผยผลการลงพื้นที่ติดตามการจำลองเหตุการณ์การเลือก สว.ระดับประเทศ "
         "ซึ่งจัดขึ้นเมื่อ 26 มิถุนายน 2567 ณ อิมแพคเมืองทองธานี", None),
        # A "recent" day with a written day far after it was history: nothing.
        ("กทม. 14 ต.ค.-นักศึกษารำลึกเหตุการณ์ 14 ตุลาคม 2516 ที่ผ่านมา และจะจัดงานอีกครั้งในวันที่ "
         "20 ธันวาคม 2568 ที่ลานโพธิ์", None),
        # The anniversary's own day (past, on the dateline's day and month) gives no year; the
        # one day six days after the dateline does.
        ("กทม. 14 ต.ค.-นักศึกษารำลึกเหตุการณ์ 14 ตุลาคม 2516 ที่ผ่านมา และจะจัดงานอีกครั้งในวันที่ "
         "20 ตุลาคม 2567 ที่ลานโพธิ์", "2024-10-14"),
    ],
    ids=["after-recent-past-day", "far-day-no-cue", "recent-day-was-history",
         "anniversary-then-near-day"],
)
def test_year_less_dateline_after_a_recent_day(text: str, expected: str | None) -> None:
    assert extract(text, only="dates").document_date == expected
