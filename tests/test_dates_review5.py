"""The reviewer's date findings of session 5 (/work/plan/s5/review.md, "## dates", D1-D5): each
input is a table case with the right answer, beside the real cases the rules were made for,
which must stay right. A wrong article date makes every relative date wrong, so "no value" is
the right answer wherever the text does not say the day."""

from __future__ import annotations

import pytest

from thaiextract import extract


def _doc(text: str) -> tuple[str | None, dict[str, str | None]]:
    doc = extract(text, only="dates")
    for f in doc.dates:
        assert text[f.start : f.end] == f.text
    return doc.document_date, {f.text: f.value for f in doc.dates}


# D1: an ISO date opening a header line is the article's date only as a record's field: after
# a label ("date 2025-10-09 ช้างศึก …", Matichon rows in eval4) or before a clock time, and
# never as the first end of a range or a row of a schedule.
@pytest.mark.parametrize(
    ("text", "document_date", "word", "value"),
    [
        ("ตารางการประชุม\n2024-01-15 ประชุมคณะกรรมการ ครั้งที่ 1\n2024-02-15 ประชุมคณะกรรมการ "
         "ครั้งที่ 2\nพรุ่งนี้ที่ประชุมจะพิจารณางบประมาณ", None, "พรุ่งนี้", None),
        ("รายงานผลการแข่งขัน\n2025-10-09 ถึง 2025-10-12 การแข่งขันกีฬาแห่งชาติ ครั้งที่ 50 "
         "จัดขึ้นที่จังหวัดตรัง\nวันนี้มีการแข่งขันกรีฑา", None, "วันนี้", None),
        # eval4-104 (Matichon, scraped row): a field label before it.
        (" date 2025-10-09 ช้างศึก อัดไต้หวัน 2-0 เก็บแต้มทาบจ่าฝูง\nวันนี้ทีมชาติไทยลงสนาม",
         "2025-10-09", "วันนี้", "2025-10-09"),
        # A record with its clock time (prachatai's "2019-01-21 13:49").
        ("นายกฯ ลงพื้นที่\n2019-01-21 13:49 ข่าวการเมือง\nนายกฯ ลงพื้นที่วันนี้",
         "2019-01-21", "วันนี้", "2019-01-21"),
        # A labelled row further down is a table's (a results page's shape).
        ("ผลการแข่งขัน\nวันที่ 2025-10-09 ทีมชาติไทยชนะ 2-0\nวันนี้ทีมชาติไทยซ้อม", None, "วันนี้",
         None),
    ],
    ids=["schedule-rows", "results-range", "labelled-record", "record-with-clock",
         "labelled-row-below"],
)
def test_iso_header_dates(
    text: str, document_date: str | None, word: str, value: str | None,
) -> None:
    found, values = _doc(text)
    assert found == document_date
    assert values[word] == value


# D2: a page's time stamp after a byline or breadcrumb longer than a section label is still the
# page's own; after another story's headline (eval4-120, a SMART NEWS ticker) it is not.
@pytest.mark.parametrize(
    ("text", "document_date"),
    [
        ("ทีมข่าวการเมือง ไทยรัฐออนไลน์ 3 ต.ค. 2566 14:05 น.\nนายกฯ แถลงวันนี้ว่า", "2023-10-03"),
        ("ไทยรัฐออนไลน์ ข่าวการเมือง หน้าแรก 3 ต.ค. 2566 14:05 น.\nนายกฯ แถลงวันนี้ว่า",
         "2023-10-03"),
        ("โดย ไทยรัฐออนไลน์ | กองบรรณาธิการข่าวการเมือง 3 ต.ค. 2566 14:05 น.\nนายกฯ แถลงวันนี้ว่า",
         "2023-10-03"),
        ("SMART NEWS\n\nการไฟฟ้าส่วนภูมิภาคชี้แจงกรณีชาวบ้านที่อพยพได้รับบิลค่าไฟ 21 ส.ค. 68 10:08 น.\n\n"
         "สถานการณ์ต่างประเทศ\n\nการประชุมสุดยอดอาเซียน-สหรัฐ สมัยพิเศษ เริ่มขึ้นวันนี้", None),
        # A headline with a "|" before its stamp is still a headline.
        ("ข่าวเด่น | ตำรวจไซเบอร์ทลายเครือข่ายเว็บพนันออนไลน์รายใหญ่ 21 ส.ค. 68 10:08 น.\n\n"
         "การประชุมสุดยอดอาเซียน-สหรัฐ สมัยพิเศษ เริ่มขึ้นวันนี้", None),
        # A headline about a reporter names no newsroom field.
        ("ผู้สื่อข่าวอาวุโสถูกคนร้ายทำร้ายร่างกายระหว่างลงพื้นที่ชายแดน 21 ส.ค. 68 10:08 น.\n\n"
         "การประชุมสุดยอดอาเซียน-สหรัฐ สมัยพิเศษ เริ่มขึ้นวันนี้", None),
    ],
    ids=["team-and-publisher", "breadcrumb", "by-pipe-desk", "ticker-headline",
         "ticker-after-pipe", "ticker-about-a-reporter"],
)
def test_stamps_after_bylines(text: str, document_date: str | None) -> None:
    found, values = _doc(text)
    assert found == document_date
    assert values["วันนี้"] == document_date


# D4: a weekday pins a year-less day only to a year the article writes (the one before or
# after when the day's own tense says so), never to a year nobody wrote from a historical one.
@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("เมื่อวันอาทิตย์ที่ 6 ต.ค. ญาติวีรชนร่วมรำลึกเหตุการณ์ 6 ตุลา 2519 ที่มหาวิทยาลัยธรรมศาสตร์ "
         "ครบรอบ 48 ปี", "วันอาทิตย์ที่ 6 ต.ค.", None),
        # eval4-119 (Khobsanam): 17 November 2019, the edition's year, is a Sunday.
        ("รายการ \"โยเน็กซ์ ซันไรส์ ฮ่องกง โอเพ่น 2019\" ที่เขตปกครองพิเศษฮ่องกง   วันอาทิตย์ที่   17 พ.ย. "
         "รอบชิงชนะเลิศ หญิงเดี่ยว", "วันอาทิตย์ที่   17 พ.ย.", "2019-11-17"),
        # 17 November is a Sunday in 2024 too, five years on: not a year the text writes.
        ("ฮ่องกง โอเพ่น 2019 ที่เขตปกครองพิเศษฮ่องกง\nรอบชิงชนะเลิศ วันอาทิตย์ที่ 17 พ.ย. 2024 "
         "ทีมชาติไทยลงสนาม วันอาทิตย์ที่ 17 พ.ย. หญิงเดี่ยว", "วันอาทิตย์ที่ 17 พ.ย.", None),
    ],
    ids=["anniversary-weekday", "edition-year", "two-years-two-fits"],
)
def test_weekday_pins_only_written_years(text: str, word: str, value: str | None) -> None:
    _, values = _doc(text)
    assert values[word] == value


# D5: a year-less dateline takes its year from a day the text calls just past ("… ที่ผ่านมา",
# eval4-114, TNA), but not from an incident's day, which a court story calls past too.
@pytest.mark.parametrize(
    ("text", "document_date"),
    [
        ("ศาลอาญา 25 เม.ย. - ศาลพิพากษาจำคุกจำเลย 20 ปี ในคดีฆ่าผู้อื่นโดยเจตนา ซึ่งเกิดเหตุเมื่อวันที่ 10 "
         "มีนาคม 2565 ที่ผ่านมา ที่ย่านลาดพร้าว\nวันนี้ญาติผู้ตายเดินทางมาฟังคำพิพากษา", None),
        # eval4-114 (TNA), cut.
        ("ดีเอสไอ เผยใช้ AI จับพิรุธฮั้วเลือก สว.ระดับประเทศ\n\nกทม. 25 เม.ย.-ดีเอสไอ เผยใช้ AI "
         "จับพิรุธฮั้วเลือก สว.ระดับประเทศ ใช้หลักสถิติ ได้จำลองเหตุการณ์การเลือก สว.ระดับประเทศ เมื่อ "
         "26 มิถุนายน 2567 ที่ผ่านมา\nวันนี้ดีเอสไอแถลง", "2025-04-25"),
    ],
    ids=["court-incident", "recent-event"],
)
def test_yearless_dateline_after_a_recent_day(text: str, document_date: str | None) -> None:
    found, values = _doc(text)
    assert found == document_date
    assert values["วันนี้"] == document_date


# D3: a date opening the lead as history (an anniversary, a past event) is not the day the
# report is written on: no article date, and วันนี้ and year-less dates count from no such day.
@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("วันที่ 6 ตุลาคม 2519 เกิดเหตุการณ์ล้อมปราบนักศึกษาในมหาวิทยาลัยธรรมศาสตร์ ซึ่งวันนี้ครบรอบ 48 ปี "
         "ญาติวีรชนร่วมวางพวงมาลา", "วันนี้", None),
        ("วันที่ 24 มิถุนายน 2475 คณะราษฎรได้เปลี่ยนแปลงการปกครองเป็นระบอบประชาธิปไตย เมื่อวันที่ 24 "
         "มิ.ย. ที่ผ่านมา มีการจัดงานรำลึกที่ลานพระบรมรูปทรงม้า", "24 มิ.ย.", None),
        ("วันที่ 26 ธันวาคม 2547 เกิดคลื่นยักษ์สึนามิถล่มชายฝั่งทะเลอันดามัน วันนี้ชาวบ้านร่วมทำบุญ"
         "อุทิศส่วนกุศลให้ผู้เสียชีวิต", "วันนี้", None),
        # A report that opens with its day keeps it (the lead's shape of tests/devset gov).
        ("วันที่ 18 ก.ค. 66 พล.ต.ต.สมชาย ใจดี ผบก.ปอท. แถลงผลการจับกุมแก๊งคอลเซ็นเตอร์ "
         "ซึ่งวันนี้ได้ตรวจค้นเป้าหมาย 5 จุด", "วันนี้", "2023-07-18"),
    ],
    ids=["anniversary", "commemoration", "past-event", "report-opening-day"],
)
def test_history_opening_day(text: str, word: str, value: str | None) -> None:
    found, values = _doc(text)
    assert found == value  # the report's opening day is the article's date, history none
    assert values[word] == value


# An anniversary under a year-less dateline: the day written as past on the dateline's own
# day and month is the event, years before ("พังงา 26 ธ.ค.- … เมื่อวันที่ 26 ธ.ค.2547"); it
# gives the dateline no year (tna.mcot.net/tna-170822 and region-1293707, cut). A day near
# the dateline's still gives its year, and a labelled record's date still counts
# (mgronline.com/south/detail/9680000124757, cut).
@pytest.mark.parametrize(
    ("text", "document_date"),
    [
        ("พังงาทำบุญสึนามิ 26 ธ.ค. วางพวงมาลาไว้อาลัย\n\nพังงา 26 ธ.ค.- ภาครัฐและประชาชนร่วมพิธีทำบุญ"
         "ทั้ง 3 ศาสนา อุทิศส่วนกุศลให้กับผู้เสียชีวิตในเหตุการณ์คลื่นยักษ์ถล่มเมื่อ 13 ปีที่ผ่านมา\n"
         "เมื่อเวลา 10.00 น. วันนี้ (26 ธ.ค.) ผู้ว่าราชการจังหวัดพังงา เป็นประธานวางพวงมาลา "
         "เพื่ออุทิศส่วนกุศลให้กับผู้เสียชีวิตเหตุการณ์ธรณีพิบัติภัยคลื่นยักษ์ถล่มเมื่อวันที่ 26 ธ.ค.2547",
         None),
        ("ชาวบ้านน้ำเค็ม-ญาติผู้สูญเสีย ร่วมรำลึก 19 ปี สึนามิ\n\nพังงา 26 ธ.ค. – ชาวบ้านน้ำเค็มและญาติ"
         "ผู้สูญเสีย ร่วมรำลึก 19 ปีสึนามิ ความทรงจำที่ยากจะลืม\n\nที่สวนอนุสรณ์สึนามิ บ้านน้ำเค็ม "
         "ญาติผู้สูญเสียจากเหตุการณ์สึนามิถล่ม เมื่อวันที่ 26 ธ.ค.2547 ร่วมรำลึกครบรอบ 19 ปี สึนามิ", None),
        ("นายกฯ ลงพื้นที่\n\nกรุงเทพฯ 2 ต.ค. - นายกรัฐมนตรีลงพื้นที่ตรวจน้ำท่วม "
         "และจะเดินทางไปอีกครั้งในวันที่ 3 ต.ค. 2566", "2023-10-02"),
        (" date 2025-12-26 พังงา- ชาวบ้านน้ำเค็ม ร่วม รำลึก 21 ปี เหตุการณ์สึนามิถล่มในพื้นที่ 6 จังหวัด"
         "ทะเลฝั่งอันดามัน\nวันนี้ ( 26 ธ.ค.) มีการจัดกิจกรรมรำลึกครบรอบ 21 ปี ซึ่งเกิดขึ้นเมื่อวันที่ 26 ธ.ค. "
         "2547", "2025-12-26"),
    ],
    ids=["tsunami-13", "tsunami-19", "near-day", "labelled-record-anniversary"],
)
def test_anniversary_under_a_yearless_dateline(text: str, document_date: str | None) -> None:
    found, _ = _doc(text)
    assert found == document_date
