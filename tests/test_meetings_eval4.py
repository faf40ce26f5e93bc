"""Meetings, session 5: the kinds of failure eval4 showed, each on at least two real texts.

Every case names its source. Each kind is a rule meant for all Thai news, not one article's
wording: a room named in English, a grouping's Thai name in brackets as a meeting's short name,
a seminar's title after two cue words, a hearing named by its subject, a kind of meeting dated
before it, a body named up to its bracketed abbreviation, one summit named on its subject.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_rows import meeting_rows

from thaiextract.pipeline import extract

FIELDS = ("text", "name", "acronym", "ordinal", "date", "location")


def meeting(text: str, name: str, *, acronym: str | None = None, ordinal: int | None = None,
            date: str | None = None, location: str | None = None) -> dict[str, Any]:
    return {"text": text, "name": name, "acronym": acronym, "ordinal": ordinal, "date": date,
            "location": location}


def mention_texts(text: str) -> list[tuple[str, list[str]]]:
    return [(m.name, [x.text for x in m.mentions]) for m in extract(text).meetings]


def facts(text: str, document_date: str | None = None) -> list[dict[str, Any]]:
    return meeting_rows(text, FIELDS, document_date)


CASES = [
    # KIND: an English name that ends in a room's noun is the venue, not a meeting.
    # real: thaigov.go.th 18 พฤศจิกายน 2565, APEC 2022 (tests/devset eval4-016)
    pytest.param(
        "วันนี้ (18 พฤศจิกายน 2565) เวลา 09.30 น. ณ ห้องประชุม Plenary Hall 2 ศูนย์การประชุม"
        "แห่งชาติสิริกิติ์ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"
        " ได้กล่าวเปิดในการประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 29 รูปแบบ Retreat ช่วงที่ 1",
        [meeting("การประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 29", "การประชุมผู้นำเขตเศรษฐกิจเอเปค",
                 ordinal=29, date="2022-11-18",
                 location="ห้องประชุม Plenary Hall 2 ศูนย์การประชุมแห่งชาติสิริกิติ์")],
        id="real-plenary-hall-is-the-room",
    ),
    # written in the style of a hotel-venue release
    pytest.param(
        "เมื่อวันที่ 5 มีนาคม 2567 ณ ห้อง Grand Ballroom โรงแรมเซ็นทารา ได้มีการประชุมคณะกรรมการ"
        "ส่งเสริมการลงทุน ครั้งที่ 3/2567",
        [meeting("การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3/2567",
                 "การประชุมคณะกรรมการส่งเสริมการลงทุน", ordinal=3, date="2024-03-05",
                 location="ห้อง Grand Ballroom โรงแรมเซ็นทารา")],
        id="a-ballroom-is-the-room",
    ),
    # KIND: a grouping's Thai name in brackets (เอเปค) is the meeting's short name; a headline's
    # "ประชุมเอเปค 2022" is a mention of the meeting it names.
    # real: thaigov.go.th 17 พฤศจิกายน 2565 (tests/devset eval4-018)
    pytest.param(
        "“ชัยวุฒิ” รับ “ลี เซียนลุง” นายกฯ สิงคโปร์ เดินทางถึงไทย ร่วมประชุมเอเปค 2022\n"
        "นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ"
        "นายลี เซียนลุง นายกรัฐมนตรีสาธารณรัฐสิงคโปร์ ในโอกาสเข้าร่วมการประชุมผู้นำกรอบความร่วมมือ"
        "ทางเศรษฐกิจในเอเชีย-แปซิฟิก (เอเปค) ครั้งที่ 29 ระหว่างวันที่ 18-19 พ.ย.นี้",
        [meeting("การประชุมผู้นำกรอบความร่วมมือทางเศรษฐกิจในเอเชีย-แปซิฟิก (เอเปค) ครั้งที่ 29",
                 "การประชุมผู้นำกรอบความร่วมมือทางเศรษฐกิจในเอเชีย-แปซิฟิก", acronym="เอเปค",
                 ordinal=29, date="2022-11-18")],
        id="real-apec-in-brackets-and-its-headline-short-form",
    ),
    # KIND: a seminar's quoted title after one or two cue words (ในหัวข้อ, ในหัวข้อเรื่อง) names it;
    # the quotation marks are no part of the name.
    # real: freedom.ilaw.or.th, 7 ตุลาคม 2563 (tests/devset eval4-118)
    pytest.param(
        "วันที่ 7 ตุลาคม 2563 เวลา 13.00-16.30 น. ณ ห้อง 321 คณะนิติศาสตร์ มหาวิทยาลัยธรรมศาสตร์"
        " ท่าพระจันทร์ สมาคมนักกฎหมายสิทธิมนุษยชนจัดเสวนาในหัวข้อเรื่อง “เสาหลักต้องเป็นหลักอัน"
        "ศักดิ์สิทธิ์: บทบาทศาลท่ามกลางสถานการณ์ทางการเมืองปัจจุบัน” เพื่อพูดคุยถึงการออกข้อกำหนด",
        [meeting("เสวนาในหัวข้อเรื่อง “เสาหลักต้องเป็นหลักอันศักดิ์สิทธิ์: บทบาทศาลท่ามกลาง"
                 "สถานการณ์ทางการเมืองปัจจุบัน”",
                 "เสวนาในหัวข้อเรื่อง เสาหลักต้องเป็นหลักอันศักดิ์สิทธิ์: บทบาทศาลท่ามกลาง"
                 "สถานการณ์ทางการเมืองปัจจุบัน", date="2020-10-07",
                 location="ห้อง 321 คณะนิติศาสตร์ มหาวิทยาลัยธรรมศาสตร์ ท่าพระจันทร์")],
        id="real-seminar-title-after-two-cue-words",
    ),
    # real: ThaiNER 1.5 train, line 331
    pytest.param(
        "คณะสัตวแพทย์ มหาวิทยาลัยเกษตรศาสตร์ ร่วมกับ สมาคมศิษย์เก่าสัตวแพทยศาสตร์ มหาวิทยาลัย"
        "เกษตรศาสตร์ จัดสัมมนาในหัวข้อ \"ไข้หวัดนกจัดการปัญหาอย่างไร\" ที่โรงแรมรามาการ์เด้นท์",
        [meeting("สัมมนาในหัวข้อ \"ไข้หวัดนกจัดการปัญหาอย่างไร\"",
                 "สัมมนาในหัวข้อ ไข้หวัดนกจัดการปัญหาอย่างไร", location="โรงแรมรามาการ์เด้นท์")],
        id="real-seminar-title-after-one-cue-word",
    ),
    # KIND: a hearing or briefing named by what it does on a subject it writes out.
    # real: thaigov.go.th 31 มีนาคม 2564, กระทรวงแรงงาน (tests/devset eval4-002)
    pytest.param(
        "วันที่ 31 มีนาคม 2564 นางโสภา เกียรตินิรชา รองอธิบดีกรมสวัสดิการและคุ้มครองแรงงาน ในฐานะ"
        "ประธานเปิดการประชุมรับฟังความคิดเห็นแผนปฏิบัติการด้านการขจัดการใช้แรงงานเด็กในรูปแบบที่"
        "เลวร้าย ปีงบประมาณ พ.ศ. 2564 – 2565 ณ โรงแรมเซ็นจูรี่ พาร์ค กรุงเทพมหานคร กล่าวว่า",
        [meeting("การประชุมรับฟังความคิดเห็นแผนปฏิบัติการด้านการขจัดการใช้แรงงานเด็กในรูปแบบที่"
                 "เลวร้าย",
                 "การประชุมรับฟังความคิดเห็นแผนปฏิบัติการด้านการขจัดการใช้แรงงานเด็กในรูปแบบที่"
                 "เลวร้าย", date="2021-03-31", location="โรงแรมเซ็นจูรี่ พาร์ค กรุงเทพมหานคร")],
        id="real-hearing-on-a-plan",
    ),
    # real: westouterringroad.com, สรุปผลการประชุม (a Department of Highways project's page)
    pytest.param(
        "การประชุมรับฟังความคิดเห็นต่อรายละเอียดโครงการ (การประชุม ครั้งที่ 1) ขึ้นเมื่อวันจันทร์ที่"
        " 20 มกราคม 2563 เวลา 13.00-16.00 น. ณ ศาลาประชาคมอำเภอบางใหญ่ จังหวัดนนทบุรี",
        [meeting("การประชุมรับฟังความคิดเห็นต่อรายละเอียดโครงการ",
                 "การประชุมรับฟังความคิดเห็นต่อรายละเอียดโครงการ", date="2020-01-20",
                 location="ศาลาประชาคมอำเภอบางใหญ่ จังหวัดนนทบุรี")],
        id="real-hearing-on-a-project",
    ),
    # KIND: a body's name written in spaced runs up to its bracketed Thai abbreviation is one
    # official name: the meeting of that body, the abbreviation its acronym.
    # real: thaigov.go.th 7 เม.ย. 2564, กระทรวงมหาดไทย (tests/devset eval4-013)
    pytest.param(
        "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 กระทรวงมหาดไทย (ศบค.มท.)"
        " เปิดเผยว่า ที่ประชุมศูนย์ปฏิบัติการ ศูนย์บริหารสถานการณ์โควิด 19 (ศปก.ศบค.) เมื่อวันที่"
        " 31 มี.ค. 64 ซึ่งมีเลขาธิการสภาความมั่นคงแห่งชาติเป็นประธาน",
        [meeting("ประชุมศูนย์ปฏิบัติการ ศูนย์บริหารสถานการณ์โควิด 19",
                 "ประชุมศูนย์ปฏิบัติการ ศูนย์บริหารสถานการณ์โควิด 19", acronym="ศปก.ศบค.",
                 date="2021-03-31")],
        id="real-operations-centre-named-up-to-its-abbreviation",
    ),
    # real: thestatestimes.com/post/2021042909 (29 เมษายน 2564)
    pytest.param(
        "ก่อนที่เวลา 13.30 น.นายกรัฐมนตรีร่วมประชุมศูนย์ปฏิบัติการศูนย์บริหารสถานการณ์ โควิด-19"
        " (ศปก.ศบค.) หรือศบค.ชุดเล็ก ที่มี พล.อ.ณัฐพล นาคพาณิชย์ เลขาธิการสภาความมั่นคงแห่งชาติ",
        [meeting("ประชุมศูนย์ปฏิบัติการศูนย์บริหารสถานการณ์ โควิด-19",
                 "ประชุมศูนย์ปฏิบัติการศูนย์บริหารสถานการณ์ โควิด-19", acronym="ศปก.ศบค.")],
        id="real-operations-centre-with-a-space-before-covid",
    ),
    # KIND: a kind of meeting (หารือทวิภาคี) with no name is one when its sentence opens with its
    # date, no other meeting named before it; a post (นายกรัฐมนตรี) before ณ is no given name.
    # real: thaigov.go.th 17 พฤศจิกายน 2565 (tests/devset eval4-015)
    pytest.param(
        "นายกฯ ไทย – แคนาดา หารือทวิภาคี พร้อมขยายความร่วมมือระหว่างกัน\nวันนี้ (17 พฤศจิกายน"
        " 2565) เวลา 17.15 น. ณ ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล พลเอก ประยุทธ์ จันทร์โอชา"
        " นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม หารือทวิภาคีกับนายจัสติน ทรูโด (The Right"
        " Honourable Justin Trudeau) นายกรัฐมนตรีแคนาดา ภายหลังเสร็จสิ้นการหารือ",
        [meeting("หารือทวิภาคี", "หารือทวิภาคี", date="2022-11-17",
                 location="ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล")],
        id="real-bilateral-talks-dated-by-the-lead",
    ),
    # real: ThaiNER 1.5 train, line 3324
    pytest.param(
        "วันนี้ (6 กันยายน 2559) เวลา 10.00 น. พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี พบหารือ"
        "ทวิภาคีกับ นายทองลุน สีสุลิด นายกรัฐมนตรี ณ สำนักงานนายกรัฐมนตรีสาธารณรัฐประชาธิปไตย"
        "ประชาชนลาว",
        [meeting("หารือทวิภาคี", "หารือทวิภาคี", date="2016-09-06",
                 location="สำนักงานนายกรัฐมนตรีสาธารณรัฐประชาธิปไตยประชาชนลาว")],
        id="real-bilateral-talks-placed-after-a-prime-minister",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_unseen_kinds(text: str, expected: list[dict[str, Any]]) -> None:
    # The release's own date (17 พ.ย. 2565) gives a year to "18-19 พ.ย.นี้"; other cases write it.
    assert facts(text, "2022-11-17") == expected


# Where the rules above must not fire.
NOT_MEETINGS = [
    # "they heard one another widely": no subject, no hearing's name
    pytest.param("ผู้เข้าร่วมการประชุมรับฟังความคิดเห็นกันอย่างกว้างขวาง", id="hearing-with-no-subject"),
    pytest.param("ผู้ว่าฯ เป็นประธานการประชุมรับฟังความคิดเห็น ณ ศาลากลางจังหวัด",
                 id="hearing-alone-is-generic"),
    pytest.param("ผู้ว่าฯ เป็นประธานการประชุมชี้แจงให้ประชาชนทราบ", id="briefing-for-whom-is-no-subject"),
    # written: talks as a description, after a dated lead that reports something else
    pytest.param("วันนี้ (6 กันยายน 2559) นายกรัฐมนตรีกล่าวว่า ไทยและลาวมีความร่วมมือทั้งทวิภาคี"
                 "และพหุภาคี และเคยหารือทวิภาคีกันหลายครั้ง", id="talks-described-not-held"),
    pytest.param("วันนี้ (6 กันยายน 2559) นายกรัฐมนตรีกล่าวว่า ได้หารือทวิภาคีกับลาวมาแล้วหลายครั้ง",
                 id="talks-told-of-after-a-verb-of-saying"),
    # real (ThaiNER train L3067, L5067; tests/devset meetings-007): spaced runs with a verb or a
    # break word before a bracketed abbreviation are no body's name
    pytest.param("การประชุมกรรมาธิการฯ คาดว่าจะมีความชัดเจนเรื่องสภาร่างรัฐธรรรมนูญ (สสร.)",
                 id="expected-clarity-on-the-assembly"),
    pytest.param("ที่ประชุมมีมติ ให้กระทรวงสาธารณสุข (สธ.) เร่งดำเนินการ", id="resolved-that-the-ministry"),
    # written: a room named in English with a meeting's head word
    pytest.param("ผู้บริหารพบปะสื่อมวลชน ณ ห้อง Conference Room ชั้น 5", id="conference-room"),
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_meetings(text: str) -> None:
    assert extract(text).meetings == ()


# KIND: one summit named in the lead without its subject and in the body with it
# ("…ว่าด้วยเมียนมา") is one meeting, named by the fuller name; a headline's "ประชุมซัมมิต…"
# (ซัมมิต = สุดยอด) is one more mention of it.
ONE_SUMMIT = [
    # real: Thai Post (thaipost.net), April 2021 (tests/devset eval4-107)
    pytest.param(
        "ประธานาธิบดีดูเตร์เตยืนยันไม่ร่วมประชุมซัมมิตอาเซียน\n\nโฆษกของประธานาธิบดีโรดริโก"
        " ดูเตร์เต ยืนยันเมื่อวันพฤหัสบดีว่า ผู้นำฟิลิปปินส์จะไม่ไปร่วมการประชุมสุดยอดผู้นำอาเซียน"
        "ที่กรุงจาการ์ตาด้วยตนเองในวันเสาร์นี้\n\nข่าวรอยเตอร์รายงานว่า ประธานาธิบดีดูเตร์เตจะส่ง"
        "ผู้แทนจากกระทรวงการต่างประเทศเข้าร่วมการประชุมสุดยอดผู้นำอาเซียนว่าด้วยเมียนมา ที่กรุง"
        "จาการ์ตาของอินโดนีเซีย วันเสาร์ที่ 24 เมษายนนี้",
        [("การประชุมสุดยอดผู้นำอาเซียนว่าด้วยเมียนมา",
          ["ประชุมซัมมิตอาเซียน", "การประชุมสุดยอดผู้นำอาเซียน",
           "การประชุมสุดยอดผู้นำอาเซียนว่าด้วยเมียนมา"])],
        id="real-summit-with-and-without-its-subject",
    ),
    # written on the name of a real meeting (thaigov.go.th cabinet synopsis 1 June 2021,
    # tests/devset meetings-001): the lead's short form, the body's name on its subject
    pytest.param(
        "ไทยร่วมการประชุมระดับสูงของสมัชชาสหประชาชาติ ที่นครนิวยอร์ก\nคณะรัฐมนตรีเห็นชอบร่าง"
        "ปฏิญญาทางการเมือง ในการประชุมระดับสูงของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์ พ.ศ. 2564",
        [("การประชุมระดับสูงของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์",
          ["การประชุมระดับสูงของสมัชชาสหประชาชาติ",
           "การประชุมระดับสูงของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์"])],
        id="un-high-level-meeting-with-and-without-its-subject",
    ),
    # two different summits stay two: a qualifier that is no subject (-จีน) names another
    pytest.param(
        "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน และการประชุมสุดยอดอาเซียน-จีน ที่กรุงจาการ์ตา",
        [("การประชุมสุดยอดอาเซียน", ["การประชุมสุดยอดอาเซียน"]),
         ("การประชุมสุดยอดอาเซียน-จีน", ["การประชุมสุดยอดอาเซียน-จีน"])],
        id="asean-and-asean-china-stay-two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_SUMMIT)
def test_one_summit_named_with_and_without_its_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert mention_texts(text) == expected

