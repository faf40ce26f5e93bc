"""Meetings on real government releases (session 4, issue 12): every field of each meeting.

Each case is quoted from a thaigov.go.th release in the PyThaiNLP thaigov-v2-corpus (file in the
comment; the texts of ``tests/devset/meetings.jsonl`` and ``fresh.jsonl``), shortened only where
the comment says so. A case lists the meetings of its text with their span (``text``),
``name``, ``english_name``, ``acronym``, ``ordinal``, ``date``, ``location`` and ``online``,
and the mentions of each.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_rows import meeting_rows

from thaiextract.pipeline import extract

FIELDS = ("text", "name", "english_name", "acronym", "ordinal", "date", "location", "online")


def meeting(text: str, name: str, *, english_name: str | None = None, acronym: str | None = None,
            ordinal: int | None = None, date: str | None = None, location: str | None = None,
            online: bool = False, mentions: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"text": text, "name": name, "english_name": english_name, "acronym": acronym,
            "ordinal": ordinal, "date": date, "location": location, "online": online,
            "mentions": list(mentions or (text,))}


AFMGM_TH = "การประชุมรัฐมนตรีว่าการกระทรวงการคลังและผู้ว่าการธนาคารกลางอาเซียน"

CASES = [
    # real: data/2021/06/02/สรุปข่าวการประชุม ครม_1.txt, item 19 (the first paragraph)
    pytest.param(
        "คณะรัฐมนตรีรับทราบตามที่กระทรวงการคลัง (กค.) เสนอผลการประชุมรัฐมนตรีว่าการกระทรวงการคลัง"
        "อาเซียน (ASEAN Finance Ministers’ Meeting: AFMM) ครั้งที่ 25 การประชุมรัฐมนตรีว่าการกระทรวง"
        "การคลังและผู้ว่าการธนาคารกลางอาเซียน (ASEAN Finance Ministers’ and Central Bank Governors’"
        " Meeting: AFMGM) ครั้งที่ 7 และการประชุมอื่นที่เกี่ยวข้อง ซึ่งบรูไนดารุสซาลามเป็นเจ้าภาพจัดการ"
        "ประชุมผ่านระบบการประชุมทางไกล เมื่อวันที่ 30 มีนาคม 2564 โดยมีรัฐมนตรีว่าการกระทรวงการคลัง"
        "เข้าร่วมประชุม",
        [meeting("การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน (ASEAN Finance Ministers’ Meeting: AFMM)"
                 " ครั้งที่ 25", "การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน",
                 english_name="ASEAN Finance Ministers' Meeting", acronym="AFMM", ordinal=25,
                 date="2021-03-30", online=True,
                 mentions=("การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน (ASEAN Finance Ministers’"
                           " Meeting: AFMM) ครั้งที่ 25", "ASEAN Finance Ministers’ Meeting", "AFMM")),
         meeting(AFMGM_TH + " (ASEAN Finance Ministers’ and Central Bank Governors’ Meeting: AFMGM)"
                 " ครั้งที่ 7", AFMGM_TH,
                 english_name="ASEAN Finance Ministers' and Central Bank Governors' Meeting",
                 acronym="AFMGM", ordinal=7, date="2021-03-30", online=True,
                 mentions=(AFMGM_TH + " (ASEAN Finance Ministers’ and Central Bank Governors’"
                           " Meeting: AFMGM) ครั้งที่ 7",
                           "ASEAN Finance Ministers’ and Central Bank Governors’ Meeting", "AFMGM"))],
        id="real-and-inside-a-name-reaches-its-ordinal-over-english-brackets-list-shares-date",
    ),
    # real: data/2021/04/01/ด้านเศรษฐกิจ_1.txt (the headline block left out, the body shortened)
    pytest.param(
        "ในการประชุม ครม.เมื่อวันที่ 30 มี.ค.2564 ครม.มีมติเห็นชอบโครงการประกันภัยข้าวนาปี ปีการผลิต"
        " 2564 ตามที่กระทรวงการคลังเสนอ โดย\nนางสาวกุลยา ตันติเตมิท ในฐานะโฆษกกระทรวงการคลัง เปิดเผยว่า"
        " ในการประชุมคณะรัฐมนตรีเมื่อวันที่ 30 มีนาคม 2564 คณะรัฐมนตรีได้มีมติเห็นชอบโครงการ",
        [meeting("การประชุมคณะรัฐมนตรี", "การประชุมคณะรัฐมนตรี", date="2021-03-30",
                 mentions=("การประชุม ครม.", "การประชุมคณะรัฐมนตรี"))],
        id="real-short-form-first-the-written-out-name-is-reported",
    ),
    # real: fresh.jsonl fresh-036, data/2021/03/10/ดานความมนคง_2.txt (headline and lead)
    pytest.param(
        "รมว.ทส. ประชุมผู้บริหารระดับสูงในสังกัด ย้ำ! การดำเนินงานยึดผลประโยชน์ของประชาชน เป็นที่ตั้ง\n"
        "วันนี้ ( 1 มีนาคม 2564) เวลา 14.00 น. นายวราวุธ  ศิลปอาชา  รัฐมนตรีว่าการกระทรวงทรัพยากร"
        "ธรรมชาติและสิ่งแวดล้อม(รมว.ทส.) เป็นประธานการประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและ"
        "สิ่งแวดล้อม ครั้งที่ 1/2564 โดยมี นายนพดล  พลเสน ผู้ช่วยรัฐมนตรีฯ และผู้บริหารระดับสูงในสังกัด"
        "กระทรวงฯ เข้าร่วมประชุม ณ ห้องอารีย์สัมพันธ์ อาคารกรมส่งเสริมคุณภาพสิ่งแวดล้อม",
        [meeting("การประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ครั้งที่ 1/2564",
                 "การประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", ordinal=1,
                 date="2021-03-01", location="ห้องอารีย์สัมพันธ์ อาคารกรมส่งเสริมคุณภาพสิ่งแวดล้อม",
                 mentions=("ประชุมผู้บริหารระดับสูงในสังกัด",
                           "การประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ครั้งที่ 1/2564"))],
        id="real-headline-short-form-of-executives-joins-the-body-and-with-whom-places-it",
    ),
    # real: fresh.jsonl fresh-030, data/2021/03/02/ด้านเศรษฐกิจ_3.txt (the lead, shortened)
    pytest.param(
        "วันนี้ (1 มีนาคม 2564) นายกอบชัย สังสิทธิสวัสดิ์ ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
        "หารือระหว่างผู้บริหารกระทรวงอุตสาหกรรมและหน่วยงานที่เกี่ยวข้อง เพื่อพิจารณาการมอบหมาย"
        "การปฏิบัติงานให้ผู้ตรวจราชการกระทรวงอุตสาหกรรม",
        [meeting("การประชุมหารือระหว่างผู้บริหารกระทรวงอุตสาหกรรมและหน่วยงานที่เกี่ยวข้อง",
                 "การประชุมหารือระหว่างผู้บริหารกระทรวงอุตสาหกรรมและหน่วยงานที่เกี่ยวข้อง",
                 date="2021-03-01")],
        id="real-consultation-named-by-who-meets-after-between",
    ),
    # real: fresh.jsonl fresh-007, data/2021/03/02/ด้านความมั่นคง_1.txt (the lead; the release
    # wraps the committee's name at a line break, twice)
    pytest.param(
        "วันนี้ (1 มีนาคม 2564)  เวลา 10.00 น. นายวราวุธ  ศิลปอาชา รัฐมนตรีว่าการกระทรวงทรัพยากร"
        "ธรรมชาติและสิ่งแวดล้อม และผู้บริหารระดับสูงที่เกี่ยวข้องในสังกัดกระทรวงฯ ร่วมประชุม"
        "คณะกรรมการนโยบาย\nการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ (กนภ.) ครั้งที่ 2/2564 โดยมี พลเอก"
        " ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธานการประชุมฯ ผ่านสื่ออิเล็กทรอนิกส์ ณ ห้องประชุม"
        " 301 ตึกบัญชาการ 1 ทําเนียบรัฐบาล  ทั้งนี้ ที่ประชุมได้รับทราบการติดตามผลการดําเนินงานตามมติ"
        "คณะกรรมการนโยบาย\nการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ ระหว่างปี พ.ศ. 2563 - ปัจจุบัน",
        [meeting("ประชุมคณะกรรมการนโยบาย\nการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ (กนภ.) ครั้งที่ 2/2564",
                 "ประชุมคณะกรรมการนโยบายการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ", acronym="กนภ.",
                 ordinal=2, date="2021-03-01", online=True,
                 location="ห้องประชุม 301 ตึกบัญชาการ 1 ทำเนียบรัฐบาล",
                 mentions=("ประชุมคณะกรรมการนโยบาย\nการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ (กนภ.)"
                           " ครั้งที่ 2/2564", "กนภ.", "การประชุมฯ", "ประชุม"))],
        id="real-name-wrapped-at-a-line-break-reaches-its-acronym-and-ordinal-electronic-meeting",
    ),
    # real: meetings.jsonl meetings-002, สรุปข่าวการประชุม ครม. 1 มิถุนายน 2564, item 3 (point 4)
    pytest.param(
        "4. ในการประชุม กสทช. ครั้งที่ 7/2564 เมื่อวันที่ 7 เมษายน 2564 ได้มีมติเห็นชอบการเสนอให้มี"
        "การตราร่างพระราชกฤษฎีกาฯ",
        [meeting("การประชุม กสทช. ครั้งที่ 7/2564", "การประชุม กสทช.", acronym="กสทช.", ordinal=7,
                 date="2021-04-07")],
        id="real-a-body-named-by-its-abbreviation-in-session",
    ),
    # real: meetings.jsonl meetings-011, data/2021/04/01/ด้านเศรษฐกิจ_4.txt (the lead, shortened)
    pytest.param(
        "วันนี้ (30 มีนาคม 2564)  เวลา 11.00 น. ณ ห้องประชุมสถาบันวิทยาการประกันภัยระดับสูง ชั้น 2"
        " ได้มีพิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูลเพื่อตรวจสอบ"
        "การจัดทำประกันภัยรถภาคบังคับ ระหว่าง สำนักงาน คปภ. กรมการขนส่งทางบก และสมาคมประกันวินาศภัยไทย",
        [meeting("พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูลเพื่อตรวจสอบ"
                 "การจัดทำประกันภัยรถภาคบังคับ",
                 "พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูลเพื่อตรวจสอบ"
                 "การจัดทำประกันภัยรถภาคบังคับ", acronym="MOU", date="2021-03-30",
                 location="ห้องประชุมสถาบันวิทยาการประกันภัยระดับสูง ชั้น 2",
                 mentions=("พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูล"
                           "เพื่อตรวจสอบการจัดทำประกันภัยรถภาคบังคับ", "MOU"))],
        id="real-a-signing-named-on-over-the-bracketed-abbreviation-to-its-subject",
    ),
    # real: meetings.jsonl meetings-016, data/2021/06/01/ข่าวนายกรัฐมนตรี_1.txt (the lead, shortened)
    pytest.param(
        "วันนี้ (31 พฤษภาคม 2564)  เวลา 10.00  น.  ในการประชุมสภาผู้แทนราษฎร ครั้งที่ 2  สมัยสามัญ"
        "ประจำปีครั้งที่ 1  เป็นพิเศษ  พลเอก ประยุทธ์  จันทร์โอชา  นายกรัฐมนตรี แถลงต่อสภาผู้แทนราษฎร",
        [meeting("การประชุมสภาผู้แทนราษฎร ครั้งที่ 2  สมัยสามัญประจำปีครั้งที่ 1",
                 "การประชุมสภาผู้แทนราษฎร", ordinal=2, date="2021-05-31")],
        id="real-a-sittings-ordinal-the-parliament-session-no-part-of-the-name",
    ),
    # real: meetings.jsonl meetings-015, data/2021/06/03/ข่าวนายกรัฐมนตรี_1.txt (the lead, shortened)
    pytest.param(
        "วันนี้  (1 มิถุนายน 2564) เวลา 17.50 น. ณ ห้องประชุมสภาผู้แทนราษฎร อาคารรัฐสภา ถนนสามเสน"
        " เขตดุสิต กรุงเทพฯ   พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เข้าร่วมประชุมสภาผู้แทนราษฎร"
        " (สมัยสามัญประจำปีครั้งที่ 1) เป็นพิเศษ เพื่อพิจารณาร่างพระราชบัญญัติงบประมาณรายจ่าย",
        [meeting("ประชุมสภาผู้แทนราษฎร", "ประชุมสภาผู้แทนราษฎร", date="2021-06-01",
                 location="ห้องประชุมสภาผู้แทนราษฎร อาคารรัฐสภา ถนนสามเสน เขตดุสิต")],
        id="real-a-session-count-in-brackets-is-no-ordinal-the-room-is-the-place",
    ),
    # real: meetings.jsonl meetings-001, สรุปข่าวการประชุม ครม. 1 มิถุนายน 2564 (item 23's title)
    pytest.param(
        "23.      เรื่อง     ร่างปฏิญญาทางการเมืองเรื่องเอชไอวีและเอดส์ พ.ศ. 2564 ในการประชุมระดับสูง"
        "ของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์ พ.ศ. 2564",
        [meeting("การประชุมระดับสูงของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์",
                 "การประชุมระดับสูงของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์")],
        id="real-a-high-level-meeting-named-by-its-owner-and-subject-edition-left-out",
    ),
    # real: fresh.jsonl fresh-034 (EGAT press release, June 2020; the HTML entities decoded)
    pytest.param(
        "การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย (กฟผ.) จัดงานวันสิ่งแวดล้อม กฟผ. ในวันสิ่งแวดล้อมโลก 5 มิถุนายน"
        "2563 ด้วยการจัดเสวนา EGAT GURU Talk ครั้งที่ 2 แบบ Live สด รับ New Normal ในหัวข้อ “Action"
        " for Green รักษ์โลกให้เรียนรู้”",
        [meeting("เสวนา EGAT GURU Talk ครั้งที่ 2", "เสวนา EGAT GURU Talk", ordinal=2,
                 date="2020-06-05")],
        id="real-a-seminar-named-in-english-after-sewana-live-is-not-online",
    ),
    # real: meetings.jsonl meetings-017, data/2021/04/02/ด้านความมั่นคง_1.txt (the lead)
    pytest.param(
        "วันที่ 1 เมษายน 2564 ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์ รัฐมนตรีช่วยว่าการกระทรวงแรงงาน เป็นประธาน"
        "การประชุมหารือการจัดทำแผนพัฒนาทักษะฝีมือคนพิการรองรับการประกอบอาชีพ ครั้งที่ 2/2564 โดยมี"
        "หม่อมหลวงปุณฑริก สมิติ ที่ปรึกษารัฐมนตรีช่วยว่าการกระทรวงแรงงาน เข้าร่วมประชุม ณ ห้องประชุม"
        "ปกรณ์ อังศุสิงห์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน",
        [meeting("การประชุมหารือการจัดทำแผนพัฒนาทักษะฝีมือคนพิการรองรับการประกอบอาชีพ ครั้งที่ 2/2564",
                 "การประชุมหารือการจัดทำแผนพัฒนาทักษะฝีมือคนพิการรองรับการประกอบอาชีพ", ordinal=2,
                 date="2021-04-01",
                 location="ห้องประชุมปกรณ์ อังศุสิงห์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน")],
        id="real-a-numbered-consultation-named-by-its-topic",
    ),
]


# Review of session 4 (plan/s4/review.md items 9 and 10), in the shape of the releases above:
# where two meetings only look joined, and where a sentence after a meeting is another event's.
REVIEW = [
    # item 9: a space is a sentence break too; the first meeting is dated in its own clause
    # (เมื่อวันที่ 5 มีนาคม) and the second is announced for later (จะจัดขึ้น…).
    pytest.param(
        "เมื่อวันที่ 5 มีนาคม 2567 นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 10/2567"
        " การประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ ครั้งที่ 1/2567 จะจัดขึ้นในวันที่ 20 มีนาคม 2567"
        " ณ โรงแรมเซ็นทารา",
        [meeting("การประชุมคณะรัฐมนตรี ครั้งที่ 10/2567", "การประชุมคณะรัฐมนตรี", ordinal=10,
                 date="2024-03-05"),
         meeting("การประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ ครั้งที่ 1/2567",
                 "การประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ", ordinal=1, date="2024-03-20",
                 location="โรงแรมเซ็นทารา")],
        id="review-9-space-after-a-dated-meeting-is-a-sentence-break",
    ),
    # item 9, the future cue alone: nothing dates the first meeting, the second is scheduled.
    pytest.param(
        "ที่ประชุมได้รายงานผลการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3/2567"
        " การประชุมคณะกรรมการพัฒนาเศรษฐกิจภาคตะวันออก ครั้งที่ 2/2567 มีกำหนดจัดขึ้นในวันที่"
        " 12 เมษายน 2567 ณ ทำเนียบรัฐบาล",
        [meeting("การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3/2567",
                 "การประชุมคณะกรรมการส่งเสริมการลงทุน", ordinal=3),
         meeting("การประชุมคณะกรรมการพัฒนาเศรษฐกิจภาคตะวันออก ครั้งที่ 2/2567",
                 "การประชุมคณะกรรมการพัฒนาเศรษฐกิจภาคตะวันออก", ordinal=2, date="2024-04-12",
                 location="ทำเนียบรัฐบาล")],
        id="review-9-space-before-a-scheduled-meeting-is-a-sentence-break",
    ),
    # item 10: "โดยมีกำหนดการเดินทาง…" is the chair's next trip, not who took part.
    pytest.param(
        "วันนี้ (5 มีนาคม 2567) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 5/2567\n"
        "โดยมีกำหนดการเดินทางไปตรวจราชการ ณ จังหวัดเชียงใหม่ ในวันที่ 8 มีนาคม 2567",
        [meeting("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2567", "การประชุมคณะรัฐมนตรี", ordinal=5,
                 date="2024-03-05")],
        id="review-10-a-schedule-after-with-is-another-events-place",
    ),
    # item 10: "โดยมีมติ…" is what the meeting decided; the place there is the decision's.
    pytest.param(
        "วันนี้ (12 มีนาคม 2567) ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการการท่องเที่ยวจังหวัด"
        " ครั้งที่ 2/2567\nโดยมีมติให้จัดงานเทศกาลอาหาร ณ ลานวัฒนธรรมริมแม่น้ำ",
        [meeting("การประชุมคณะกรรมการการท่องเที่ยวจังหวัด ครั้งที่ 2/2567",
                 "การประชุมคณะกรรมการการท่องเที่ยวจังหวัด", ordinal=2, date="2024-03-12")],
        id="review-10-a-resolution-after-with-is-no-place-of-the-meeting",
    ),
    # item 10: a schedule that names a verb of taking part is still the schedule (another event).
    pytest.param(
        "วันนี้ (5 มีนาคม 2567) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 5/2567\n"
        "โดยมีกำหนดการเดินทางไปเข้าร่วมพิธีเปิดงานเกษตรแฟร์ ณ มหาวิทยาลัยเกษตรศาสตร์ ในวันที่ 8 มีนาคม",
        [meeting("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2567", "การประชุมคณะรัฐมนตรี", ordinal=5,
                 date="2024-03-05")],
        id="review-10-a-schedule-to-take-part-elsewhere-is-another-events-place",
    ),
    # item 10, kept: who took part, then where (the way the releases above write it).
    pytest.param(
        "วันนี้ (12 มีนาคม 2567) ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการการท่องเที่ยวจังหวัด"
        " ครั้งที่ 2/2567\nโดยมีหัวหน้าส่วนราชการเข้าร่วมประชุม ณ ห้องประชุมศาลากลางจังหวัด",
        [meeting("การประชุมคณะกรรมการการท่องเที่ยวจังหวัด ครั้งที่ 2/2567",
                 "การประชุมคณะกรรมการการท่องเที่ยวจังหวัด", ordinal=2, date="2024-03-12",
                 location="ห้องประชุมศาลากลางจังหวัด")],
        id="review-10-who-took-part-after-with-places-the-meeting",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + REVIEW)
def test_meetings_every_field(text: str, expected: list[dict[str, Any]]) -> None:
    assert meeting_rows(text, FIELDS, mentions=True) == expected


# No meeting: an opening ceremony of an event, an instruction to hold talks, a resolution alone,
# a royal well-wishing signing, a working group's unnamed meeting.
NOT_MEETINGS = [
    # real: fresh.jsonl fresh-008, data/2021/03/02/ด้านสังคม_1.txt
    pytest.param(
        "ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (ปลัด พม.) เป็นประธานในพิธีเปิดงานวันคน"
        "พิการสากล ประจำปี 2563 มหกรรมลดความเลื่อมล้ำทางสังคม",
        id="real-opening-ceremony-of-a-day-event",
    ),
    pytest.param(
        "วันนี้ (15 มี.ค. 67) เวลา 13.30 น. รัฐมนตรีว่าการกระทรวงมหาดไทยเป็นประธานพิธีเปิดงานมหกรรม"
        "สินค้าชุมชนไทย ประจำปี 2567 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ กรุงเทพมหานคร",
        id="opening-ceremony-of-a-fair",
    ),
    # real: meetings.jsonl meetings-012, data/2021/04/21/ข่าวรองนายกรัฐมนตรี…_1.txt
    pytest.param(
        "จึงได้สั่งการไปยังสำนักงานพระพุทธศาสนาแห่งชาติ เร่งดำเนินการจัดประชุมหารือสำนักงานพระพุทธ"
        "ศาสนาจังหวัดทุกจังหวัดทั่วประเทศ เพื่อสร้างความเข้าใจ",
        id="real-an-instruction-to-hold-talks",
    ),
    # real: meetings.jsonl meetings-013, data/2021/04/01/ด้านเศรษฐกิจ_2.txt
    pytest.param(
        "ครม.มีมติเมื่อวันที่ 30 มี.ค.2564 อนุมัติหลักการร่าง พ.ร.บ.คณะกรรมการนโยบายบำเหน็จบำนาญ"
        "แห่งชาติ พ.ศ. .... (ร่าง พ.ร.บ. คนบ.) ตามที่กระทรวงการคลังเสนอ",
        id="real-a-resolution-with-no-meeting-reported",
    ),
    # real: fresh.jsonl fresh-011 (Thairath 2015, sports)
    pytest.param(
        "ซึ่งในวันที่ 16 เม.ย.นี้ จะมีการประชุมคณะทำงานเพื่อดำเนินการในเรื่องนี้อีกครั้ง",
        id="real-a-working-groups-meeting-to-carry-it-out",
    ),
    # real: meetings.jsonl meetings-014, data/2021/06/03/ด้านความมั่นคง_1.txt
    pytest.param(
        "“ทส. จัดพิธีลงนามถวายพระพร สมเด็จพระนางเจ้าฯ พระบรมราชินี เนื่องในโอกาสวันเฉลิมพระชนมพรรษา"
        " 3 มิถุนายน 2564”",
        id="real-signing-royal-well-wishes",
    ),
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_meetings(text: str) -> None:
    assert extract(text).meetings == ()


# real: meetings.jsonl meetings-003, สรุปข่าวการประชุม ครม. 1 มิถุนายน 2564, item 17 (shortened)
def test_abbreviated_session_joins_the_full_name() -> None:
    text = ("คณะรัฐมนตรีมีมติรับทราบผลการประชุมคณะกรรมการทรัพยากรน้ำแห่งชาติ (กนช.) ครั้งที่ 1/2564"
            " เมื่อวันที่ 25 มีนาคม 2564 และเห็นชอบมอบหมายให้หน่วยงานที่เกี่ยวข้องดำเนินการตามมติ"
            " กนช. ในการประชุม กนช. ครั้งที่ 1/2564 ตามที่คณะกรรมการทรัพยากรน้ำแห่งชาติ (กนช.) เสนอ")
    (m,) = extract(text).meetings
    assert (m.name, m.acronym, m.ordinal, m.date) == (
        "การประชุมคณะกรรมการทรัพยากรน้ำแห่งชาติ", "กนช.", 1, "2021-03-25")
    assert m.text == "การประชุมคณะกรรมการทรัพยากรน้ำแห่งชาติ (กนช.) ครั้งที่ 1/2564"
    assert "การประชุม กนช. ครั้งที่ 1/2564" in [x.text for x in m.mentions]
