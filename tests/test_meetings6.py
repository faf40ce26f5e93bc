"""Meetings, session 6: kinds found reading unseen releases (docs/notes/meetings6.md).

Each case is a real sentence (its source in a comment), shortened only where said. Kinds:
- a naming that times another event (ก่อน/หลังการประชุม…) is dated by the lead, not by the
  other event's dates after it, unless a date is written right on the name;
- a body's name cut at a stop word runs on to its bracketed Thai abbreviation;
- "สมัยสามัญ ครั้งที่ 13" with no sitting's ordinal before it is the meeting's ordinal;
- the verb ประชุม reading over a noun-form naming (ประชุมติดตามผลการประชุม…) is no name;
- talks held "ระหว่างห้วงการประชุม…" are no meeting of their own;
- a Thai ordinal after an English name's parties or brackets is that meeting's.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_rows import meeting_rows

FIELDS = ("name", "ordinal", "date", "location", "acronym")


def facts(text: str, fields: tuple[str, ...] = FIELDS) -> list[dict[str, Any]]:
    return meeting_rows(text, fields)


def row(name: str, ordinal: int | None = None, date: str | None = None,
        location: str | None = None, acronym: str | None = None) -> dict[str, Any]:
    return {"name": name, "ordinal": ordinal, "date": date, "location": location,
            "acronym": acronym}


TIMED_BY = [
    # thaigov.go.th 25 Jul 2023 (thaigov-v2-corpus 2023/08/03 ข่าวนายกรัฐมนตรี_1): the dates after
    # the name are the fair's
    pytest.param(
        "วันนี้ (25 กรกฎาคม 2566) เวลา 08.30 น. ก่อนการประชุมคณะรัฐมนตรี ณ โถงกลาง ตึกบัญชาการ 1"
        " ทำเนียบรัฐบาล นางสาวนฤดี ภู่รัตนรักษ์ รักษาการ ผู้อำนวยการสถาบันส่งเสริมหัตถกรรมไทย เข้าพบ"
        " พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เพื่อประชาสัมพันธ์การจัดงาน “Crafts Bangkok 2023”"
        " ซึ่งจะจัดขึ้นระหว่างวันที่ 26 - 30 กรกฎาคม 2566 ณ ศูนย์นิทรรศการและการประชุมไบเทค",
        [row("การประชุมคณะรัฐมนตรี", date="2023-07-25")], id="before-cabinet-fair-dates-after",
    ),
    # ThaiNER 1.5 train (L3038), verbatim: the festival's range starts on the lead's day
    pytest.param(
        "วันนี้ (7 กุมภาพันธ์ 2560) เวลา 08.45 น. ณ บริเวณหน้าตึกบัญชาการ 1 ทำเนียบรัฐบาล"
        " ก่อนการประชุมคณะรัฐมนตรี พลเอก ธนะศักดิ์ ปฏิมาประกร รองนายกรัฐมนตรี และ นายวีระ"
        " โรจน์พจนรัตน์ รัฐมนตรีว่าการกระทรวงวัฒนธรรม พร้อมคณะมาพบ พลเอก ประยุทธ์ จันทร์โอชา"
        " นายกรัฐมนตรี เพื่อประชาสัมพันธ์การจัดงานสัปดาห์ส่งเสริมพระพุทธศาสนาเนื่องในเทศกาล"
        "วันมาฆบูชา ประจำปี 2560 ระหว่างวันที่ 7 – 11 กุมภาพันธ์ 2560 นี้ ณ สวนลุมพินี เขตปทุมวัน",
        [row("การประชุมคณะรัฐมนตรี", date="2017-02-07")], id="before-cabinet-event-same-day",
    ),
    # ThaiNER 1.5 train (L3550): a date written on the name is the meeting's own
    pytest.param(
        "นายกรัฐมนตรีแถลงหลังการประชุมคณะรัฐมนตรีวันที่ ๑๗ กรกฎาคม ๒๕๖๑",
        [row("การประชุมคณะรัฐมนตรี", date="2018-07-17")], id="after-cabinet-dated-on-the-name",
    ),
    # thaigov.go.th 20 Apr 2021 (gov devset text): the date after the bracket is the meeting's
    pytest.param(
        "นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยหลังการประชุมคณะรัฐมนตรี (ครม.)"
        " เมื่อวันที่ 20 เมษายน 2564 ว่า ครม.เห็นชอบร่างกฎกระทรวงคลังก๊าซปิโตรเลียมเหลว",
        [row("การประชุมคณะรัฐมนตรี", date="2021-04-20", acronym="ครม.")],
        id="after-cabinet-dated-after-its-bracket",
    ),
    # review.md M1 (on the release pattern "…หลังการประชุม ครม. ซึ่งมี…เป็นประธาน …" of ryt9 govh
    # 2737143): a place or a ซึ่ง clause between the name and its cued date, with no word of
    # another event, leaves the date the meeting's own
    pytest.param(
        "วันนี้ (17 กรกฎาคม 2567) นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยภายหลังการประชุม"
        "คณะรัฐมนตรี ที่ตึกสันติไมตรี ทำเนียบรัฐบาล เมื่อวันที่ 16 กรกฎาคม 2567 ว่า ครม."
        " มีมติเห็นชอบมาตรการดูแลราคายางพารา",
        [row("การประชุมคณะรัฐมนตรี", date="2024-07-16")], id="after-cabinet-place-then-date",
    ),
    pytest.param(
        "วันนี้ (17 กรกฎาคม 2567) โฆษกรัฐบาลเปิดเผยหลังการประชุมคณะรัฐมนตรีเศรษฐกิจ ซึ่งมี"
        "นายกรัฐมนตรีเป็นประธาน เมื่อวันที่ 15 กรกฎาคม 2567 ว่า ที่ประชุมเห็นชอบ",
        [row("การประชุมคณะรัฐมนตรีเศรษฐกิจ", date="2024-07-15")],
        id="after-cabinet-chair-clause-then-date",
    ),
    pytest.param(
        "วันนี้ (17 กรกฎาคม 2567) ก่อนการประชุมสภาผู้แทนราษฎร ซึ่งจะมีขึ้นในวันที่ 18 กรกฎาคม 2567"
        " นายกรัฐมนตรีได้หารือกับแกนนำพรรคร่วมรัฐบาล",
        [row("การประชุมสภาผู้แทนราษฎร", date="2024-07-18")], id="before-house-its-own-day",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMED_BY)
def test_a_meeting_that_times_another_event_is_dated_by_the_lead(
    text: str, expected: list[dict[str, Any]]
) -> None:
    assert facts(text, ("name", "date", "acronym")) == [
        {k: e[k] for k in ("name", "date", "acronym")} for e in expected
    ]


ABBREVIATED_BODY = [
    # thaigov.go.th 1 Mar 2024 (thaigov-v2-corpus 2024/03/01 ข่าวรอง นรม_2): cut at ให้ before
    pytest.param(
        "วันที่ 1 มีนาคม 2567 นายสมศักดิ์ เทพสุทิน รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการ"
        "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น (ก.ก.ถ.) โดยมี นายทรงศักดิ์ ทองศรี"
        " รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย เข้าร่วม ที่สำนักงานปลัดสำนักนายกรัฐมนตรี",
        [row("การประชุมคณะกรรมการการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น",
             date="2024-03-01", location="สำนักงานปลัดสำนักนายกรัฐมนตรี", acronym="ก.ก.ถ.")],
        id="cut-at-hai",
    ),
    # Thai PBS, Feb 2024 (news devset news-040): cut at ที่ before
    pytest.param(
        "นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี ให้สัมภาษณ์ภายหลังการประชุมคณะกรรมการแก้ไขปัญหา"
        "ขบวนการประชาชนเพื่อสังคมที่เป็นธรรม (ขปส.) หรือพีมูฟ",
        [row("การประชุมคณะกรรมการแก้ไขปัญหาขบวนการประชาชนเพื่อสังคมที่เป็นธรรม", acronym="ขปส.")],
        id="cut-at-thi",
    ),
]


NOT_TO_THE_ABBREVIATION = [
    # written from the pattern above (hostile cases): a verb in the run says what the meeting
    # did; the abbreviation is another body's (ร่วมกับ…), the owner's (ของ…) or that of an
    # organisation whose name the cut word opens (ให้กรม…). Exact rows (review.md M4): the
    # meeting is found, without the other body's abbreviation.
    pytest.param("วันที่ 5 มีนาคม 2567 ที่ประชุมคณะกรรมการนโยบายพลังงานแห่งชาติมีมติให้กรม"
                 "ธุรกิจพลังงาน (ธพ.) ปรับราคา",
                 [row("ประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ", date="2024-03-05")], id="verb"),
    # the bare คณะทำงาน is generic: no meeting, and none named to คต.
    pytest.param("วันที่ 5 มีนาคม 2567 นายสมชาย เข้าร่วมการประชุมคณะทำงานร่วมกับกรมการค้า"
                 "ต่างประเทศ (คต.) ณ กระทรวงพาณิชย์", [], id="together-with"),
    pytest.param("วันที่ 5 มีนาคม 2567 ผู้ว่าการ เป็นประธานการประชุมคณะกรรมการนโยบายการเงินของ"
                 "ธนาคารแห่งประเทศไทย (ธปท.) ณ สำนักงานใหญ่",
                 [row("การประชุมคณะกรรมการนโยบายการเงิน", date="2024-03-05",
                      location="สำนักงานใหญ่")], id="owner"),
    # review.md M3 (its ให้ form): the department's abbreviation, not the working group's
    pytest.param("วันนี้ (12 มิถุนายน 2567) ปลัดกระทรวงพาณิชย์เป็นประธานการประชุมคณะทำงานติดตาม"
                 "การดำเนินงานให้กรมการค้าภายใน (คน.) ที่กระทรวงพาณิชย์",
                 [row("การประชุมคณะทำงานติดตามการดำเนินงาน", date="2024-06-12",
                      location="กระทรวงพาณิชย์")], id="hai-department"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TO_THE_ABBREVIATION)
def test_no_run_to_another_bodys_abbreviation(
    text: str, expected: list[dict[str, Any]]
) -> None:
    assert facts(text) == expected


SESSION_ORDINAL = [
    # thaigov.go.th 1 Mar 2024 (thaigov-v2-corpus 2024/03/01 ข่าวรอง นรม_1), shortened
    pytest.param(
        "วันที่ 1 มีนาคม 2567 นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี เปิดเผยว่า เมื่อวันที่ 29"
        " กุมภาพันธ์ 2567 ซึ่งเป็นช่วงระหว่างการเข้าร่วมประชุมติดตามผลการประชุมรัฐมนตรีองค์การ"
        "การค้าโลก สมัยสามัญ ครั้งที่ 13 (The WTO's 13th Ministerial Conference: MC13) ซึ่งจัดขึ้น"
        "ระหว่างวันที่ 25 - 29 กุมภาพันธ์ 2567 ณ กรุงอาบูดาบี สหรัฐอาหรับเอมิเรตส์ (UAE)",
        [row("การประชุมรัฐมนตรีองค์การการค้าโลก สมัยสามัญ", 13, "2024-02-25",
             "กรุงอาบูดาบี สหรัฐอาหรับเอมิเรตส์")],
        id="wto-ministerial",
    ),
    # thaigov.go.th 31 May 2021 (meetings devset): the session after the sitting's ordinal
    pytest.param(
        "วันนี้ (31 พฤษภาคม 2564) เวลา 10.00 น. ในการประชุมสภาผู้แทนราษฎร ครั้งที่ 2"
        " สมัยสามัญประจำปีครั้งที่ 1 เป็นพิเศษ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี แถลงต่อสภา",
        [row("การประชุมสภาผู้แทนราษฎร", 2, "2021-05-31")], id="house-sitting-then-session",
    ),
]


FOLLOW_UP = [
    # review.md M2: with no clause of its own dates after the inner name, "ประชุมติดตามผลการ
    # ประชุม X" is a follow-up meeting; the date, place and format written are its own, and the
    # ordinal and brackets after X are X's, so they are not given to it
    pytest.param(
        "วันนี้ (20 มิถุนายน 2567) ผู้แทนกระทรวงพาณิชย์เข้าร่วมประชุมติดตามผลการประชุมสุดยอดผู้นำ"
        "เขตเศรษฐกิจเอเปค ครั้งที่ 30 ผ่านระบบ Zoom",
        [row("ประชุมติดตามผลการประชุมสุดยอดผู้นำเขตเศรษฐกิจเอเปค", date="2024-06-20")],
        id="follow-up-online",
    ),
    pytest.param(
        "ผู้แทนไทยเข้าร่วมประชุมติดตามผลการประชุมรัฐมนตรีองค์การการค้าโลก สมัยสามัญ ครั้งที่ 13"
        " (MC13) ที่นครเจนีวา เมื่อวันที่ 5 มิถุนายน 2567",
        [row("ประชุมติดตามผลการประชุมรัฐมนตรีองค์การการค้าโลก สมัยสามัญ", date="2024-06-05",
             location="นครเจนีวา")],
        id="follow-up-dated-and-placed",
    ),
    pytest.param(
        "วันนี้ (3 ธันวาคม 2567) นายกรัฐมนตรีเป็นประธานประชุมติดตามผลการประชุมคณะรัฐมนตรี"
        "อย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2567 ที่ทำเนียบรัฐบาล",
        [row("ประชุมติดตามผลการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่", date="2024-12-03",
             location="ทำเนียบรัฐบาล")],
        id="follow-up-of-mobile-cabinet",
    ),
]


SIDELINES = [
    # mfa.go.th news 83730 and 83729 (9 Nov 2017): talks in the period of another meeting
    pytest.param(
        "เมื่อวันที่ ๙ พฤศจิกายน ๒๕๖๐ เวลา ๑๐.๐๐ – ๑๐.๓๐ น. นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการ"
        "กระทรวงการต่างประเทศ พบหารือทวิภาคีกับนายวินสตัน ปีเตอร์ส รองนายกรัฐมนตรีและรัฐมนตรี"
        "การต่างประเทศนิวซีแลนด์ ระหว่างห้วงการประชุมรัฐมนตรีเอเปค ครั้งที่ ๒๙ ณ นครดานัง"
        " สาธารณรัฐสังคมนิยมเวียดนาม",
        [row("การประชุมรัฐมนตรีเอเปค", 29, "2017-11-09", "นครดานัง สาธารณรัฐสังคมนิยมเวียดนาม")],
        id="apec-new-zealand",
    ),
    pytest.param(
        "เมื่อวันที่ ๙ พฤศจิกายน ๒๕๖๐ เวลา ๑๑.๓๐ – ๑๒.๐๐ น. นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการ"
        "กระทรวงการต่างประเทศได้พบหารือทวิภาคีกับนายริมบิงค์ ปาโต รัฐมนตรีว่าการกระทรวงการ"
        "ต่างประเทศและการค้าปาปัวนิวกินี ระหว่างห้วงการประชุมรัฐมนตรีเอเปค ครั้งที่ ๒๙ ณ นครดานัง",
        [row("การประชุมรัฐมนตรีเอเปค", 29, "2017-11-09", "นครดานัง")], id="apec-papua-new-guinea",
    ),
]


ENGLISH_ORDINAL = [
    # mfa.go.th news 113436 (20 Jan 2020): the ordinal after the parties
    pytest.param(
        "เมื่อวันที่ ๒๐ มกราคม ๒๕๖๓ นางบุษยา มาทแล็ง ปลัดกระทรวงการต่างประเทศ ได้เป็นประธานร่วม"
        "ในการประชุม Political Consultation Group ไทย - เวียดนาม ครั้งที่ ๗ ณ กรุงฮานอย"
        " สาธารณรัฐสังคมนิยมเวียดนาม",
        [row("Political Consultation Group", 7, "2020-01-20",
             "กรุงฮานอย สาธารณรัฐสังคมนิยมเวียดนาม")],
        id="after-the-parties",
    ),
    # mfa.go.th news 84333 (1 Dec 2017): the ordinal after the bracket of the English name
    pytest.param(
        "เมื่อวันที่ ๑ ธันวาคม ๒๕๖๐ นางบุษยา มาทแล็ง ปลัดกระทรวงการต่างประเทศ เป็นประธานร่วมใน"
        "การประชุมหารือประจำปีในระดับปลัดกระทรวงการต่างประเทศ ไทย - ภูฏาน (Thailand - Bhutan"
        " Annual Bilateral Dialogue) ครั้งที่ ๓ ที่กระทรวงการต่างประเทศ",
        [row("Thailand-Bhutan Annual Bilateral Dialogue", 3, "2017-12-01",
             "กระทรวงการต่างประเทศ")],
        id="after-the-bracket",
    ),
]


LISTED_ORDINAL = [
    # pr.prd.go.th/trang nid=14629 (31 Aug 2020): a provincial board and who else sits in it
    pytest.param(
        "(31 ส.ค.) นายลือชัย เจริญทรัพย์ ผู้ว่าราชการจังหวัดตรัง เป็นประธานในการประชุมคณะกรมการ"
        "จังหวัด หัวหน้าส่วนราชการและหน่วยงานที่เกี่ยวข้อง ครั้งที่ 7/2563 ประจำเดือนสิงหาคม 2563"
        " ณ หอประชุมเฟื่องฟ้า",
        [row("การประชุมคณะกรมการจังหวัด", 7, None, "หอประชุมเฟื่องฟ้า")], id="trang-board",
    ),
    # cbi.onab.go.th iid=93865 (30 Jan 2025): eight posts listed before the ordinal
    pytest.param(
        "วันพฤหัสบดีที่ ๓๐ มกราคม ๒๕๖๘ เวลา ๐๙.๐๐ น. นายธวัชชัย ศรีทอง ผู้ว่าราชการจังหวัดชลบุรี"
        " เป็นประธานการประชุมคณะกรมการจังหวัด หัวหน้าส่วนราชการประจำจังหวัด หัวหน้าหน่วยงาน"
        "ส่วนกลาง หัวหน้าหน่วยงานรัฐวิสาหกิจ นายอำเภอ นายกองค์การบริหารส่วนจังหวัด นายกเมืองพัทยา"
        " และนายกเทศมนตรี จังหวัดชลบุรี ครั้งที่ ๑/๒๕๖๘ ประจำเดือนมกราคม ๒๕๖๘",
        [row("การประชุมคณะกรมการจังหวัด", 1, "2025-01-30")], id="chonburi-board",
    ),
    # ThaiNER 1.5 train (L1898): "3 ฝ่าย" between the committee and its ordinal
    pytest.param(
        "นอกจากนี้ ที่ประชุมได้รับทราบสรุปผลการประชุมคณะกรรมการประสานงานร่วม 3 ฝ่าย ครั้งที่ 14/2559"
        " เมื่อวันที่ 11 พฤษภาคม 2559 ซึ่งนายกรัฐมนตรีได้เห็นชอบ",
        [row("การประชุมคณะกรรมการประสานงานร่วม", 14, "2016-05-11")], id="three-parties",
    ),
]


NOT_LISTED = [
    # written from the cases above: a verb, a date or a cue between name and number
    "เมื่อวันที่ 5 มีนาคม 2567 ที่ประชุมคณะรัฐมนตรี มีมติเห็นชอบ ตามที่สำนักงานปลัดสำนัก"
    "นายกรัฐมนตรี เสนอ ครั้งที่ 2/2567",
    "วันนี้ (5 มีนาคม 2567) นายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ"
    " วันพุธที่ 5 มีนาคม 2567 ครั้งที่ 3/2567 ณ ทำเนียบรัฐบาล",
]


@pytest.mark.parametrize("text", NOT_LISTED)
def test_no_listed_ordinal_over_a_clause(text: str) -> None:
    assert [f["ordinal"] for f in facts(text)] == [None]


GENERIC_BODY_LISTED = [
    # review.md M5: the working group is named by the project after the generic คณะทำงาน; the
    # bare word takes no listed ordinal (and stays no meeting)
    pytest.param("วันนี้ (12 มิถุนายน 2567) ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะทำงาน"
                 " โครงการก่อสร้างอ่างเก็บน้ำห้วยหลวง ระยะที่ 2 ครั้งที่ 1/2567", id="working-group"),
]


@pytest.mark.parametrize("text", GENERIC_BODY_LISTED)
def test_no_listed_ordinal_for_a_generic_body(text: str) -> None:
    assert facts(text) == []


PURPOSE_NAMED = [
    # osmnortheast-n1.moi.go.th (19 Aug 2021): a workshop named by its purpose
    pytest.param(
        "เมื่อวันพฤหัสบดีที่ 19 สิงหาคม 2564 นายวันชัย จันทร์พร รองผู้ว่าราชการจังหวัดอุดรธานี"
        " เป็นประธานในการประชุมเชิงปฏิบัติการเพื่อจัดทำแผนพัฒนากลุ่มจังหวัดภาคตะวันออกเฉียงเหนือ"
        "ตอนบน 1 ระยะ 5 ปี (พ.ศ. 2566-2570) ร่วมกับหัวหน้าส่วนราชการ ภาคเอกชน และภาคประชาสังคม"
        " ณ มลฑาทิพย์ ฮอลล์ อำเภอเมืองอุดรธานี จังหวัดอุดรธานี",
        [row("การประชุมเชิงปฏิบัติการเพื่อจัดทำแผนพัฒนากลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน",
             None, "2021-08-19", "มลฑาทิพย์ ฮอลล์ อำเภอเมืองอุดรธานี จังหวัดอุดรธานี")],
        id="workshop-udon",
    ),
    # scbfoundation.com discussion 842 (2011): a quoted workshop title
    pytest.param(
        "เวที “ประชุมเชิงปฏิบัติการเพื่อสร้างแนวทางในการพัฒนาเด็กและเยาวชนในชุมชน” สำหรับผู้ใหญ่ใจดี",
        [row("ประชุมเชิงปฏิบัติการเพื่อสร้างแนวทางในการพัฒนาเด็กและเยาวชนในชุมชน")],
        id="workshop-quoted-title",
    ),
    # nakhonsi.mots.go.th nid=777 (25 Oct 2021): after จัด, with a generic-looking verb
    pytest.param(
        "วันจันทร์ที่ 25 ตุลาคม 2564 เวลา 10.00 น. ณ ห้องประชุมศรีปราชญ์ ชั้น 3 ศาลากลางจังหวัด"
        "นครศรีธรรมราช นางไพรวัลย์ ศรีเทพ ท่องเที่ยวและกีฬาจังหวัดนครศรีธรรมราช จัดประชุมเตรียม"
        "ความพร้อมการเปิดพื้นที่ท่องเที่ยวนำร่อง 9 อำเภอ",
        [row("ประชุมเตรียมความพร้อมการเปิดพื้นที่ท่องเที่ยวนำร่อง", None, "2021-10-25",
             "ห้องประชุมศรีปราชญ์ ชั้น 3 ศาลากลางจังหวัดนครศรีธรรมราช")],
        id="preparation-nakhon-si",
    ),
    # radiokrabi.prd.go.th iid=56429 (2021): the topic ends before the other meeting it names
    pytest.param(
        "จังหวัดกระบี่ประชุม การเตรียมความพร้อมรับการตรวจราชการของนายกรัฐมนตรี\n\n"
        "          ที่ห้องประชุมพนมเบญจาชั้น 5 ศาลากลางจังหวัดกระบี่ นายพุฒิพงศ์ ศิริมาตย์ ผู้ว่าราชการ"
        "จังหวัดกระบี่ เป็นประธานประชุมการเตรียมความพร้อมรับการตรวจราชการของนายกรัฐมนตรีและการจัด"
        "ประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ครั้งที่ 1/2564",
        [row("ประชุมการเตรียมความพร้อมรับการตรวจราชการของนายกรัฐมนตรี", None, None,
             "ห้องประชุมพนมเบญจาชั้น 5 ศาลากลางจังหวัดกระบี่"),
         row("ประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่", 1)],
        id="preparation-krabi",
    ),
]


NOT_PURPOSE_NAMED = [
    # written: attending (ร่วม) is no naming verb; a function word is no subject
    "วันนี้ (5 มีนาคม 2567) ผู้ว่าราชการจังหวัด ร่วมประชุมเตรียมความพร้อมรับมืออุทกภัย ณ ศาลากลาง",
    "วันนี้ (5 มีนาคม 2567) ผู้ว่าราชการจังหวัด เป็นประธานการประชุมเตรียมความพร้อมของจังหวัด",
]


@pytest.mark.parametrize("text", NOT_PURPOSE_NAMED)
def test_no_purpose_name_without_a_naming_verb_or_subject(text: str) -> None:
    assert facts(text) == []


def test_a_headline_cut_at_its_line_end_is_the_bodys_meeting() -> None:
    # osmnortheast-s1.moi.go.th news id=30 (15 May 2023): one workshop, two namings
    text = (
        "การประชุมเชิงปฏิบัติการเพื่อจัดทำวัตถุประสงค์และทิศทางการพัฒนาในอนาคตของกลุ่มจังหวัด\n\n"
        "เมื่อวันที่ 15 - 16 พฤษภาคม 2566 กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1 ได้จัดประชุมเชิง"
        "ปฏิบัติการเพื่อจัดทำวัตถุประสงค์และทิศทางการพัฒนาในอนาคตของกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือ"
        "ตอนล่าง 1 (พ.ศ. 2566 – 2570) ครั้งที่ 2 ณ โรงแรมสีมาธานี ถนนมิตรภาพ"
    )
    got = facts(text, ("name", "date", "location"))
    assert got == [{
        "name": "การประชุมเชิงปฏิบัติการเพื่อจัดทำวัตถุประสงค์และทิศทางการพัฒนาในอนาคตของกลุ่มจังหวัด",
        "date": "2023-05-15", "location": "โรงแรมสีมาธานี ถนนมิตรภาพ",
    }]


EVENTS6 = [
    # nursing.go.th ?p=9415 (events6-003): ที่ 3 numbers the health region, ครั้งที่ 2 the meeting
    pytest.param(
        "วันที่ 7 มิถุนายน 2562  อาจารย์สมจิตต์ วงศ์สุวรรณสิริ ผู้นิเทศการพยาบาลเขตสุขภาพที่ 3"
        " ประชุมคณะกรรมการพัฒนาบริการพยาบาลเขตสุขภาพที่ 3 ครั้งที่ 2 ประจำปี 2562",
        [row("ประชุมคณะกรรมการพัฒนาบริการพยาบาลเขตสุขภาพที่ 3", 2, "2019-06-07")],
        id="numbered-health-region",
    ),
    # thaigov.go.th 14 Aug 2023 (events6-001), shortened: the Latin abbreviation in brackets
    pytest.param(
        "วันนี้ (14 สิงหาคม 2566) ดร. ณัฐพล ณัฏฐสมบูรณ์ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
        " เป็นประธานเปิดการประชุมคณะกรรมการบริหารวิทยาลัยการไปรษณีย์แห่งเอเชียและแปซิฟิก (APPC GB)"
        " โดยมีผู้แทนหน่วยงานจากประเทศในเอเชียและแปซิฟิกเข้าร่วมการประชุม",
        [row("การประชุมคณะกรรมการบริหารวิทยาลัยการไปรษณีย์แห่งเอเชียและแปซิฟิก", None,
             "2023-08-14")],
        id="latin-abbreviation",
    ),
]


KEEP_TAIL_AND_DATE_BRACKET = [
    # ThaiNER 1.5 train (L3735): the name runs over นอกสถานที่ (a keep word, no relative ที่) to
    # its ordinal, and the date in brackets after it is its own
    pytest.param(
        "นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ ลงพื้นที่ จ.อุบลราชธานี และศรีสะเกษ ก่อนการประชุม"
        "คณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 5/2561 (24 ก.ค. 61)",
        [row("การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่", 5, "2018-07-24")],
        id="mobile-cabinet",
    ),
    # ThaiNER 1.5 train (L2624): a date in brackets after the ordinal
    pytest.param(
        "นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รมว.ศธ. เป็นประธานการประชุมผู้บริหารองค์กรหลัก"
        " ครั้งที่ 14/2561 (18 ก.ค. 61)",
        [row("การประชุมผู้บริหารองค์กรหลัก", 14, "2018-07-18")], id="date-in-brackets",
    ),
]



def test_a_meeting_spoken_of_is_not_dated_by_the_words_day() -> None:
    # Army spokesman, 22 Dec 2025 (events6-028, its page's date): the lead's date is the day
    # of the words, not of the meeting
    text = (
        "วันนี้ (22 ธ.ค.) พลตรี วินธัย สุวารี โฆษกกองทัพบก กล่าวถึงการประชุมหน่วยขึ้นตรงกองทัพบก"
        " ครั้งที่ 3/2569 โดยมี พลเอก พนา แคล้วปลอดทุกข์ ผู้บัญชาการทหารบก เป็นประธานการประชุม"
    )
    got = meeting_rows(text, ("name", "ordinal", "date"), document_date="2025-12-22")
    assert got == [{"name": "การประชุมหน่วยขึ้นตรงกองทัพบก", "ordinal": 3, "date": None}]


def test_a_meeting_spoken_of_keeps_a_date_written_after_it() -> None:
    # ThaiNER 1.5 train (L5107), verbatim; the line carries no year, the document's date does
    text = (
        "นายประยูร ช่วยแก้ว รักษาการผู้อำนวยการ องค์การขนส่งมวลชนกรุงเทพ (ขสมก.) กล่าวถึงการประชุม"
        "คณะกรรมการนโยบายรัฐวิสาหกิจ (คนร.) วานนี้ (12 ก.ย.) มีการพิจารณาประเด็นเกี่ยวข้องแผนฟื้นฟู"
    )
    got = meeting_rows(text, ("name", "date", "acronym"), document_date="2018-09-13")
    assert got == [{"name": "การประชุมคณะกรรมการนโยบายรัฐวิสาหกิจ", "date": "2018-09-12",
                    "acronym": "คนร."}]


# Each table above names its kind; every row is checked the same way.
FULL_ROWS = [
    *ABBREVIATED_BODY,
    *SESSION_ORDINAL,
    *FOLLOW_UP,
    *SIDELINES,
    *ENGLISH_ORDINAL,
    *LISTED_ORDINAL,
    *PURPOSE_NAMED,
    *EVENTS6,
    *KEEP_TAIL_AND_DATE_BRACKET,
]


@pytest.mark.parametrize(("text", "expected"), FULL_ROWS)
def test_meetings_of_real_sentences(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts(text) == expected


def test_a_partner_after_a_dash_is_another_meeting() -> None:
    # written from the cluster rule above (a hostile case): the ASEAN ministers' meeting and
    # the ASEAN-China one stay two meetings
    text = (
        "วันที่ 10 กรกฎาคม 2568 นายมาริษ เข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน ณ กรุงกัวลาลัมเปอร์"
        " และเมื่อวันที่ 11 กรกฎาคม 2568 ได้ร่วมประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน ณ กรุงกัวลาลัมเปอร์"
    )
    assert facts(text, ("name", "date")) == [
        {"name": "การประชุมรัฐมนตรีต่างประเทศอาเซียน", "date": "2025-07-10"},
        {"name": "ประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน", "date": "2025-07-11"},
    ]
