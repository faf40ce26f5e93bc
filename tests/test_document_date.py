"""The article's own date (thaiextract/document_date.py): a stage that returns (date, source)
before any extractor runs, with the precedence option > HTML metadata > header > lead."""

from __future__ import annotations

import datetime as dt

import pytest

from thaiextract import document_date
from thaiextract.pipeline import extract, prepare

HEADLINE = "นายกฯ ลงพื้นที่ตรวจน้ำท่วมจังหวัดพระนครศรีอยุธยา"
BODY = "นายกรัฐมนตรีลงพื้นที่วันนี้ พร้อมมอบถุงยังชีพ และจะกลับมาอีกครั้งในวันที่ 5 ต.ค."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{HEADLINE}\n2 ต.ค.2566 - นายกฯ ลงพื้นที่ตรวจน้ำท่วม", ("2023-10-02", "dateline")),
        ("10 ตุลาคม 2568 ที่ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี",
         ("2025-10-10", "dateline")),
        (f"{HEADLINE}\n2023-10-02T14:05:00+07:00\n{BODY}", ("2023-10-02", "dateline")),
        (f"{HEADLINE}\n2023-10-02T14:05:00Z\n{BODY}", ("2023-10-02", "dateline")),
        (f"{HEADLINE}\nเผยแพร่: 2 ต.ค. 66 14:05 น.\n{BODY}", ("2023-10-02", "dateline")),
        (f"{HEADLINE}\nกรุงเทพฯ 2 ต.ค. 2566 - {BODY}", ("2023-10-02", "dateline")),
        # A full date with a time stamp's clock, other text on its line (ryt9.com).
        ("ข่าวเศรษฐกิจ Wednesday December 26, 2012 11:34 —กระทรวงการคลัง\n"
         "ภาวะเศรษฐกิจไทยในเดือนพฤศจิกายน 2555 ขยายตัวได้ดีอย่างต่อเนื่องจากเดือนก่อนหน้า",
         ("2012-12-26", "dateline")),
        (f"{HEADLINE}\nข่าวการเมือง 3 ต.ค. 2566 14:05 น. ทีมข่าวการเมือง\n{BODY}",
         ("2023-10-03", "dateline")),
        # A machine-written date opening a line (after a field label at most) is a scraped
        # record's date field, whatever follows (eval4-104 Matichon, eval4-105 MGR Online).
        (" date 2025-10-09 ช้างศึก อัดไต้หวัน 2-0 เก็บแต้มทาบจ่าฝูง ลุ้นเข้ารอบเอเชี่ยนคัพ\n“ช้างศึก” "
         "ทีมฟุตบอลทีมชาติไทย เปิดรังบดเอาชนะ ทีมชาติไต้หวัน เมื่อวันที่ 9 ตุลาคม", ("2025-10-09", "dateline")),
        (" date 2025-11-16 รัชนก อินทนนท์ นักแบดมินตันหญิงหมายเลข 1 ของไทย เอาชนะ เกรกอเรีย มาริสกา "
         "ตุนจุง จาก อินโดนีเซีย 2-0 เกม", ("2025-11-16", "dateline")),
        # ... but not one inside running text.
        (f"{HEADLINE}\nผลการสำรวจที่ประกาศ 2025-10-09 พบว่าประชาชนส่วนใหญ่พอใจ", (None, None)),
        # A stamp after a headline is a link to another story (eval4-120, SMART NEWS: a ticker
        # over an undated page); after a short section label it is the page's own.
        ("SMART NEWS\n\nการไฟฟ้าส่วนภูมิภาคชี้แจงกรณีชาวบ้านที่อพยพได้รับบิลค่าไฟ 21 ส.ค. 68 10:08 น.\n\n"
         "สถานการณ์ต่างประเทศ\n\nการประชุมสุดยอดอาเซียน-สหรัฐ สมัยพิเศษ เริ่มขึ้นท่ามกลางการประท้วง",
         (None, None)),
        # A weekday before a header date: Thai without วัน, English with a comma.
        (f"{HEADLINE}\nจันทร์ 2 ตุลาคม 2566\n{BODY}", ("2023-10-02", "dateline")),
        (f"{HEADLINE}\nMonday, October 2, 2023\n{BODY}", ("2023-10-02", "dateline")),
        # prachatai.com's byline as text (tests/devset news-035's page).
        (f"{HEADLINE}\nSubmitted on Mon, 2019-01-21 13:49\n{BODY}", ("2019-01-21", "dateline")),
        # Crime news: the clock first, then the day ("เมื่อเวลา 10.00 น. วันที่ …"): the day the
        # story reports, not the article's own (tests/devset RULES: dateline, byline, metadata).
        (f"{HEADLINE}\nเมื่อเวลา 10.00 น. วันที่ 2 ต.ค. 2566 พล.ต.ต.สมชาย ใจดี ผบก.ปอท. แถลงผล"
         "การจับกุมแก๊งคอลเซ็นเตอร์ที่หลอกลวงผู้เสียหายกว่า 100 ราย", (None, None)),
        # A full date in brackets opening the lead paragraph (thestatestimes.com).
        (f"{HEADLINE}\n(7 ต.ค. 67) ดร.เฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติ"
         "และสิ่งแวดล้อมกล่าววันนี้ ว่าประเทศไทยมุ่งมั่นสู่ความเป็นกลางทางคาร์บอน", ("2024-10-07", "lead")),
        # A year-less dateline (MCOT style): one written date near it gives the year; one far
        # from it (history) does not.
        ("กรุงเทพฯ 2 ต.ค. - พล.ต.ต.สมชาย ใจดี แถลงผลการจับกุมแก๊งคอลเซ็นเตอร์ โดยผู้ต้องหาถูกจับกุม"
         "ได้เมื่อวันที่ 30 ก.ย. 2566 ที่จังหวัดชลบุรี", ("2023-10-02", "dateline")),
        ("กรุงเทพฯ 2 ต.ค. - สมาคมจัดงานรำลึกถึงผู้ก่อตั้ง ซึ่งเกิดเมื่อวันที่ 30 มีนาคม 2469 ที่จังหวัด"
         "ชลบุรี", (None, None)),
        # A clock written the way running text writes it ("เวลา 10.00 น.") is no time stamp.
        (f"{HEADLINE}\nขอเชิญร่วมงานวันที่ 30 ธ.ค. 2567 เวลา 10.00 น. ณ ศาลากลางจังหวัด\n{BODY}",
         (None, None)),
        # A past date opening the line is no dateline, and the reported day no article date.
        (f"{HEADLINE}\n10 ตุลาคม 2568 ที่ผ่านมา มีการประชุมคณะรัฐมนตรีที่ทำเนียบรัฐบาล",
         (None, None)),
        # A full date opening the lead paragraph without a past cue is the report's day, and
        # the article's own (RULES-people-dates.md; tests/test_dates6_lead.py: real openings).
        (f"{HEADLINE}\nวันที่ 18 ก.ค. 66 พล.ต.ต.สมชาย ใจดี ผบก.ปอท. แถลงผลการจับกุมแก๊งคอลเซ็นเตอร์"
         "ที่หลอกลวงผู้เสียหายกว่า 100 ราย", ("2023-07-18", "lead")),
        # Running text: the date is an event in a sentence.
        (f"{HEADLINE}\nนายกฯ ลงพื้นที่ 3 เม.ย. 2567 ตรวจน้ำท่วม\n{BODY}", (None, None)),
        # After a year-less report day in the lead, a dated day is history (a birth date).
        ("สำนักข่าวต่างประเทศรายงานจากกรุงสตอกโฮล์ม เมื่อวันที่ 28 มกราคมว่า มหาเศรษฐีผู้ก่อตั้ง"
         "บริษัทเสียชีวิตอย่างสงบ โดยเขาเกิดเมื่อวันที่ 30 มีนาคม ปี 2469 ทางตอนใต้ของสวีเดน",
         (None, None)),
    ],
    ids=["dateline-dash", "dateline-place", "iso-timestamp", "iso-timestamp-utc",
         "published-label", "city-dateline", "stamp-english", "stamp-thai",
         "iso-field-matichon", "iso-field-mgr", "iso-in-running-text", "stamp-after-headline",
         "weekday-thai",
         "weekday-english", "submitted-on", "lead-clock-first", "lead-bracketed",
         "yearless-dateline-one-near", "yearless-dateline-one-far",
         "not-stamp-event",
         "past-date-line", "lead-opening-day",
         "running-text", "lead-history"],
)
def test_document_date_kinds(text: str, expected: tuple[str | None, str | None]) -> None:
    doc = extract(text, only="dates")
    assert (doc.document_date, doc.document_date_source) == expected


def test_year_less_dates_take_the_dateline_year() -> None:
    doc = extract(f"{HEADLINE}\nเผยแพร่: 2 ต.ค. 66 14:05 น.\n{BODY}", only="dates")
    [later] = [f for f in doc.dates if f.text == "5 ต.ค."]
    assert (later.value, later.year_inferred, later.era) == ("2023-10-05", True, None)
    [today] = [f for f in doc.dates if f.text == "วันนี้"]
    assert (today.value, today.relative) == ("2023-10-02", True)


PAGE = """<html><head><title>ข่าว</title>
<meta property="article:published_time" content="2024-03-01T09:00:00+07:00">
</head><body><article><h1>ประกาศปิดถนน</h1>
<p>กรุงเทพมหานครประกาศปิดถนนราชดำเนินชั่วคราว ตั้งแต่วันที่ 5 มี.ค. จนถึงวันที่ 20 สิงหาคม
เพื่อซ่อมแซมผิวจราจร ประชาชนสามารถใช้เส้นทางเลี่ยงได้ตามที่กำหนด</p></article></body></html>"""


def test_html_declared_date_gives_the_year() -> None:
    doc = extract(PAGE, source="page.html", only="dates")
    assert (doc.document_date, doc.document_date_source) == ("2024-03-01", "metadata")
    assert [(f.text, f.value, f.end_value, f.year_inferred) for f in doc.dates] == [
        ("5 มี.ค. จนถึงวันที่ 20 สิงหาคม", "2024-03-05", "2024-08-20", True)]
    for f in doc.dates:
        assert PAGE[f.start : f.end] == f.text


def test_option_wins_and_the_stage_writes_nothing() -> None:
    text = f"{HEADLINE}\nเผยแพร่: 2 ต.ค. 66 14:05 น.\n{BODY}"
    prepared = prepare(text, document_date=dt.date(2023, 10, 3))
    assert (prepared.document_date, prepared.document_date_source) == (
        dt.date(2023, 10, 3), "option")
    assert prepare(text).document_date_source == "dateline"
    norm = prepare(text).text
    assert document_date.find(norm) == (dt.date(2023, 10, 2), "dateline")


def test_the_dates_extractor_does_not_set_the_date() -> None:
    from thaiextract.extractors import run

    prepared = prepare(f"{HEADLINE}\n{BODY}")
    assert prepared.document_date is None
    run(prepared, ("dates",))
    assert prepared.document_date is None



@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "หัวข่าว", "  หัวข่าว  \n\n \t\nเนื้อข่าว\n", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj",
     "\u3000\n\u00a0ข่าว\r\n\r\nวันที่ 3\n"],
    ids=["empty", "blank", "one-line", "spaces", "more-than-eight", "unicode-spaces"],
)
def test_header_lines_are_the_lines_with_text(text: str) -> None:
    """The header lines: every line holding a non-space, from its start to its end, at most
    HEADER_LINES of them (what a "line with a non-space" pattern finds)."""
    import re

    want = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)][: document_date.HEADER_LINES]
    assert document_date.header_lines(text) == want
