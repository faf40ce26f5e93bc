"""Meetings, issue 12: every field of each meeting on real and real-looking sentences.

Each case lists the meetings of a text with their span (``text``), ``name``, ``english_name``,
``acronym``, ``ordinal``, ``date``, ``end_date``, ``location`` and ``online``. Sentences marked
"real" are quoted from public releases and news (source in the comment); the others are written
in the style of those releases for one failure kind of issue 12.
"""

from __future__ import annotations

from typing import Any

import pytest
from meeting_rows import meeting_rows

from thaiextract.pipeline import extract

FIELDS = ("text", "name", "english_name", "acronym", "ordinal", "date", "end_date", "location",
          "online")


def meeting(text: str, name: str, *, english_name: str | None = None, acronym: str | None = None,
            ordinal: int | None = None, date: str | None = None, end_date: str | None = None,
            location: str | None = None, online: bool = False) -> dict[str, Any]:
    return {"text": text, "name": name, "english_name": english_name, "acronym": acronym,
            "ordinal": ordinal, "date": date, "end_date": end_date, "location": location,
            "online": online}


CASES = [
    pytest.param(
        "วันนี้ (3 กันยายน 2567) นายพีระพันธุ์ สาลีรัฐวิภาค รัฐมนตรีว่าการกระทรวงพลังงาน เข้าร่วม"
        "การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41 (The 41st ASEAN Ministers on Energy Meeting:"
        " AMEM) ณ กรุงเวียงจันทน์ สปป.ลาว",
        [meeting("การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41", "การประชุมรัฐมนตรีพลังงานอาเซียน",
                 english_name="ASEAN Ministers on Energy Meeting", acronym="AMEM", ordinal=41,
                 date="2024-09-03", location="กรุงเวียงจันทน์ สปป.ลาว")],
        id="thai-and-english-names-thai-is-the-name",
    ),
    pytest.param(
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีพลังงานอาเซียน (The 41st ASEAN Ministers on Energy"
        " Meeting: AMEM) เมื่อวันที่ 26 กันยายน 2566 ณ เซมารัง",
        [meeting("การประชุมรัฐมนตรีพลังงานอาเซียน", "การประชุมรัฐมนตรีพลังงานอาเซียน",
                 english_name="ASEAN Ministers on Energy Meeting", acronym="AMEM", ordinal=41,
                 date="2023-09-26", location="เซมารัง")],
        id="ordinal-read-from-the-english-name",
    ),
    pytest.param(
        "เมื่อวันที่ 14 มีนาคม 2567 นายสมชาย ใจดี เป็นประธานการประชุมคณะอนุกรรมการบริหารกองทุน"
        "พัฒนาสื่อปลอดภัยและสร้างสรรค์ (อกส.) ครั้งที่ 2/2567 ณ ห้องประชุมชั้น 3",
        [meeting("การประชุมคณะอนุกรรมการบริหารกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์ (อกส.) ครั้งที่ 2/2567",
                 "การประชุมคณะอนุกรรมการบริหารกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์", acronym="อกส.",
                 ordinal=2, date="2024-03-14", location="ห้องประชุมชั้น 3")],
        id="and-inside-the-name-then-bracketed-abbreviation-and-ordinal",
    ),
    # real: thaigov.go.th, สรุปข่าวการประชุม ครม. 15 พฤศจิกายน 2565 (PyThaiNLP/thaigov-v2-corpus)
    pytest.param(
        "15.      เรื่อง     สรุปผลการประชุมรัฐภาคีอนุสัญญาสหประชาชาติว่าด้วยการต่อต้านการแปรสภาพ"
        "เป็นทะเลทราย ครั้งที่ 15",
        [meeting("การประชุมรัฐภาคีอนุสัญญาสหประชาชาติว่าด้วยการต่อต้านการแปรสภาพเป็นทะเลทราย ครั้งที่ 15",
                 "การประชุมรัฐภาคีอนุสัญญาสหประชาชาติว่าด้วยการต่อต้านการแปรสภาพเป็นทะเลทราย",
                 ordinal=15)],
        id="real-copula-inside-the-name-before-its-ordinal",
    ),
    pytest.param(
        "ผู้นำหารือในการประชุมนอกเหนือจากการประชุมสุดยอดอาเซียน ครั้งที่ 37 หลายครั้ง",
        [meeting("การประชุมสุดยอดอาเซียน ครั้งที่ 37", "การประชุมสุดยอดอาเซียน", ordinal=37)],
        id="no-reach-over-another-trigger-to-its-ordinal",
    ),
    pytest.param(
        "เมื่อวันที่ 2 กุมภาพันธ์ 2567 นายอนุทิน ชาญวีรกูล เข้าร่วมการประชุมคณะกรรมการควบคุมโรค"
        "ติดต่อแห่งชาติ ครั้งที่ 1/2567 และเมื่อวันที่ 5 กุมภาพันธ์ 2567 ได้เข้าร่วมการประชุม"
        "คณะกรรมการสาธารณสุขจังหวัด ครั้งที่ 3 ณ ศาลากลางจังหวัดนนทบุรี",
        [meeting("การประชุมคณะกรรมการควบคุมโรคติดต่อแห่งชาติ ครั้งที่ 1/2567",
                 "การประชุมคณะกรรมการควบคุมโรคติดต่อแห่งชาติ", ordinal=1, date="2024-02-02"),
         meeting("การประชุมคณะกรรมการสาธารณสุขจังหวัด ครั้งที่ 3",
                 "การประชุมคณะกรรมการสาธารณสุขจังหวัด", ordinal=3, date="2024-02-05",
                 location="ศาลากลางจังหวัดนนทบุรี")],
        id="and-on-date-opens-the-next-meetings-clause",
    ),
    # real: thaigov.go.th, สรุปข่าวการประชุม ครม. 15 พฤศจิกายน 2565, item 1 (4.3)
    pytest.param(
        "4.3) พัฒนาภาคการท่องเที่ยว เช่น การประชุมคณะทำงานด้านการท่องเที่ยวเอเปค ครั้งที่ 60 และ"
        "การประชุมรัฐมนตรีท่องเที่ยวเอเปค ครั้งที่ 11 ระหว่างวันที่15-19 สิงหาคม 2565 โดยผลักดัน"
        "แนวคิด “Regenerative Tourism : การท่องเที่ยวฟื้นสร้างอย่างยั่งยืน”",
        [meeting("การประชุมคณะทำงานด้านการท่องเที่ยวเอเปค ครั้งที่ 60",
                 "การประชุมคณะทำงานด้านการท่องเที่ยวเอเปค", ordinal=60, date="2022-08-15",
                 end_date="2022-08-19"),
         meeting("การประชุมรัฐมนตรีท่องเที่ยวเอเปค ครั้งที่ 11", "การประชุมรัฐมนตรีท่องเที่ยวเอเปค",
                 ordinal=11, date="2022-08-15", end_date="2022-08-19")],
        id="real-two-meetings-joined-by-and-share-the-date-after-them",
    ),
    # real: onbnews.today/post/24874 (9 เม.ย. 2563)
    pytest.param(
        "วันนี้ ( 9 เม.ย.63 ) นายกรัฐมนตรีได้มีภารกิจร่วมประชุมสุดยอดอาเซียน และประชุมสุดยอด"
        "อาเซียนบวกสาม จีน ญี่ปุ่น และเกาหลีใต้ สมัยพิเศษ ผ่านทางจอภาพด้วยระบบเทเลคอนเฟอเรนซ์"
        " เพื่อหารือร่วมกันถึงวิธีการรับมือการแพร่ระบาด",
        [meeting("ประชุมสุดยอดอาเซียน", "ประชุมสุดยอดอาเซียน", date="2020-04-09", online=True),
         meeting("ประชุมสุดยอดอาเซียนบวกสาม", "ประชุมสุดยอดอาเซียนบวกสาม", date="2020-04-09",
                 online=True)],
        id="real-teleconference-makes-both-coordinated-summits-online",
    ),
    pytest.param(
        "ประชุม คกก.ส่งเสริมการลงทุน เคาะ 5 โครงการ\nวันนี้ (5 มีนาคม 2567) นายกรัฐมนตรี เป็นประธาน"
        "การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2567 ณ ทำเนียบรัฐบาล ที่ประชุมคณะกรรมการ"
        "ส่งเสริมการลงทุนมีมติอนุมัติ 5 โครงการ",
        [meeting("การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2567",
                 "การประชุมคณะกรรมการส่งเสริมการลงทุน", ordinal=1, date="2024-03-05",
                 location="ทำเนียบรัฐบาล")],
        id="headline-short-form-with-kor-kor-kor-is-a-mention",
    ),
    # real: nationtv.tv/main/content/378820393 (the cabinet meets by video conference)
    pytest.param(
        "วันนี้ (7 เม.ย. 2564) บรรยากาศการประชุมคณะรัฐมนตรีที่ทำเนียบรัฐบาลในวันนี้ พล.อ.ประยุทธ์"
        " จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุม ผ่านระบบ Video Conference ที่ ตึกบัญชาการ 1"
        " ทำเนียบรัฐบาล\n\nทั้งนี้ก่อนการประชุมครม. ที่ห้องสีเขียว บนตึกไทยคู่ฟ้า ได้มีเจ้าหน้าที่"
        "กระทรวงสาธารณสุข มาฉีดวัคซีน",
        [meeting("การประชุมคณะรัฐมนตรี", "การประชุมคณะรัฐมนตรี", date="2021-04-07",
                 location="ทำเนียบรัฐบาล", online=True)],
        id="real-cabinet-abbreviation-is-the-same-meeting",
    ),
    # real: smartbomb.co.th/news/details/119843
    pytest.param(
        "ประธานาธิบดีสีและประธานาธิบดีปูตินบอกกับเขาว่าจะเข้าร่วมการประชุมสุดยอดผู้นำกลุ่มจี 20"
        " ที่อินโดนีเซียเป็นเจ้าภาพและมีกำหนดจัดขึ้นที่เกาะบาหลีในเดือนพฤศจิกายนนี้",
        [meeting("การประชุมสุดยอดผู้นำกลุ่มจี 20", "การประชุมสุดยอดผู้นำกลุ่มจี 20",
                 location="เกาะบาหลี")],
        id="real-transliterated-g20-and-a-month-is-no-date",
    ),
    # real: thairath (tests/devset news-events style): "ไปประชุมจี 20 ของนาย…"
    pytest.param(
        "นายณัฐวุฒิ กล่าวว่า รู้สึกห่วงเรื่องการเดินทางไปประชุมจี 20 ของนายอภิสิทธิ์ เวชชาชีวะ",
        [meeting("ประชุมจี 20", "ประชุมจี 20")],
        id="transliterated-g20-after-the-verb",
    ),
    pytest.param(
        "วันที่ 12 มกราคม 2567 รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีต่างประเทศ"
        "อาเซียน ผ่านระบบ Zoom จากห้องประชุมกระทรวงการต่างประเทศ ส่วนการประชุมคณะทำงานสาขาต่าง ๆ"
        " และการประชุมอื่น ๆ จะจัดขึ้นในภายหลัง\nจังหวัดเชียงใหม่จัดการแข่งขันฟุตบอลถ้วยพระราชทาน"
        " ครั้งที่ 50 เมื่อวันที่ 20 มกราคม 2567 ณ สนามกีฬา 700 ปี",
        [meeting("การประชุมรัฐมนตรีต่างประเทศอาเซียน", "การประชุมรัฐมนตรีต่างประเทศอาเซียน",
                 date="2024-01-12", location="ห้องประชุมกระทรวงการต่างประเทศ", online=True)],
        id="zoom-is-online-placed-where-joined-generic-and-contest-are-none",
    ),
    # real: Daily News (tests/devset/news-events.jsonl events-002), dates with their year added
    pytest.param(
        "วันที่ 1 ก.พ. 2561 จะจัดประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงาน"
        "ฉบับสุดท้ายที่โรงแรมนานาบุรี อเมือง จชุมพร โดยที่ปรึกษาจะนำเสนอผลการศึกษา",
        [meeting("ประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย",
                 "ประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย",
                 date="2018-02-01", location="โรงแรมนานาบุรี อเมือง จชุมพร")],
        id="real-seminar-named-by-what-it-does-and-the-venue-after-it",
    ),
    # real: Daily News (events-016): the name goes on over " และ…" and ends at the project
    pytest.param(
        "ผู้ว่าราชการจังหวัดระนอง ร่วมเป็นประธานเปิดการประชุมสัมมนาเสนอผลการศึกษา และรับฟังความ"
        "คิดเห็นร่างรายงานฉบับสุดท้ายโครงการศึกษาความเหมาะสมทางด้านเศรษฐกิจวิศวกรรม",
        [meeting("การประชุมสัมมนาเสนอผลการศึกษา และรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย",
                 "การประชุมสัมมนาเสนอผลการศึกษา และรับฟังความคิดเห็นร่างรายงานฉบับสุดท้าย")],
        id="real-seminar-topic-over-and-up-to-its-study-project",
    ),
    # after thecitizen.plus/node/64481 (a hearing of the Department of Public Works, 27 Sep 2022):
    # the study project a hearing is held on is an initiative, no part of the seminar's name
    pytest.param(
        "เมื่อวันที่ 27 กันยายน 2565 กรมโยธาธิการและผังเมือง จัดสัมมนารับฟังความคิดเห็นโครงการศึกษา"
        "และออกแบบเขื่อนป้องกันการกัดเซาะชายฝั่งหาดแม่น้ำ ณ ห้องประชุมเทศบาลนครเกาะสมุย",
        [meeting("สัมมนารับฟังความคิดเห็น", "สัมมนารับฟังความคิดเห็น", date="2022-09-27",
                 location="ห้องประชุมเทศบาลนครเกาะสมุย")],
        id="hearing-topic-ends-before-the-study-project-it-is-on",
    ),
    # real: Daily News (tests/devset/news-events.jsonl events-009), dot-stripped: "ณ" glued to
    # the hotel opens the place, which ends before เพื่อนำเสนอ (เพื่อ + นำ, not เพื่อน)
    pytest.param(
        "นางวิไลรัตน์กล่าวต่อว่าสนขจะจัดสัมมนารับฟังความคิดเห็นของประชาชนครั้งที่3ซึ่งจัดเป็นครั้งสุดท้าย"
        "ในวันที่5กพ2561ณโรงแรมท็อปแลนด์พลาซ่าจพิษณุโลกเพื่อนำเสนอสรุปแผนแม่บทระบบขนส่งสาธารณะ",
        [meeting("สัมมนารับฟังความคิดเห็นของประชาชนครั้งที่3", "สัมมนารับฟังความคิดเห็นของประชาชน",
                 ordinal=3, date="2018-02-05", location="โรงแรมท็อปแลนด์พลาซ่าจพิษณุโลก")],
        id="real-glued-na-opens-the-place-dot-stripped-news",
    ),
    pytest.param(
        "เมื่อวันที่ 5 ก.พ. 2561 นายกฯ เป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติครั้งที่"
        " 1/2561ณห้องประชุมทำเนียบรัฐบาล",
        [meeting("การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติครั้งที่ 1/2561",
                 "การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ", ordinal=1, date="2018-02-05",
                 location="ห้องประชุมทำเนียบรัฐบาล")],
        id="glued-na-ends-the-name-after-its-ordinal",
    ),
    # two meetings joined only by รวมทั้ง (cues.tsv coordinate) share the date and place after them
    pytest.param(
        "การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ ครั้งที่ 1/2567 รวมทั้งการประชุมคณะกรรมการบริหาร"
        "นโยบายพลังงาน ครั้งที่ 3/2567 เมื่อวันที่ 5 มีนาคม 2567 ณ ทำเนียบรัฐบาล",
        [meeting("การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ ครั้งที่ 1/2567",
                 "การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ", ordinal=1, date="2024-03-05",
                 location="ทำเนียบรัฐบาล"),
         meeting("การประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่ 3/2567",
                 "การประชุมคณะกรรมการบริหารนโยบายพลังงาน", ordinal=3, date="2024-03-05",
                 location="ทำเนียบรัฐบาล")],
        id="meetings-joined-by-a-coordinator-share-date-and-place",
    ),
    pytest.param(
        "ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการบริหารกิจการจังหวัดณศาลากลางจังหวัดชุมพร"
        " เมื่อวันที่ 5 ก.พ. 2561",
        [meeting("การประชุมคณะกรรมการบริหารกิจการจังหวัด", "การประชุมคณะกรรมการบริหารกิจการจังหวัด",
                 date="2018-02-05", location="ศาลากลางจังหวัดชุมพร")],
        id="glued-na-ends-a-committee-name",
    ),
    pytest.param(
        "เมื่อวันที่ 5 ก.พ. 2561 มีการประชุมคณะกรรมการบริหารกิจการจังหวัด บริเวณห้องประชุมชั้น 2",
        [meeting("การประชุมคณะกรรมการบริหารกิจการจังหวัด", "การประชุมคณะกรรมการบริหารกิจการจังหวัด",
                 date="2018-02-05")],
        id="na-ending-a-word-is-no-place-cue",
    ),
    # real: Daily News (events-003): ordinal after the topic; the later namings are mentions
    pytest.param(
        "เมื่อวันที่ 31 ม.ค. 2561 ที่โรงแรม เดอะวัน จบึงกาฬ ผู้ว่าราชการจังหวัดบึงกาฬ เป็นประธานใน"
        "พิธีเปิดการสัมมนารับฟังความคิดเห็น ครั้งที่ 2 การศึกษาสำรวจข้อมูลด้านการขนส่งและจราจร"
        "\nซึ่งการจัดประชุมสัมมนารับฟังความคิดเห็นครั้งที่ 2 เพื่อชี้แจงถึงเหตุผลความสำคัญ",
        [meeting("การสัมมนารับฟังความคิดเห็น ครั้งที่ 2", "การสัมมนารับฟังความคิดเห็น", ordinal=2,
                 date="2018-01-31", location="โรงแรม เดอะวัน จบึงกาฬ")],
        id="real-seminar-ordinal-after-its-topic",
    ),
    # real: thaigov.go.th 19 ม.ค. 2564 (tests/devset gov-018): the place is the briefing's
    pytest.param(
        "วันนี้ (19 ม.ค. 64) เวลา 08.30 น. ณ บริเวณหน้าตึกบัญชาการ 1 ทำเนียบรัฐบาล ก่อนการประชุม"
        "คณะรัฐมนตรี นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี เผย",
        [meeting("การประชุมคณะรัฐมนตรี", "การประชุมคณะรัฐมนตรี", date="2021-01-19")],
        id="real-before-the-meeting-the-place-is-another-events",
    ),
    pytest.param(
        "นายกรัฐมนตรีแถลงผลการประชุมคณะรัฐมนตรี ณ ศูนย์แถลงข่าวรัฐบาล ตึกนารีสโมสร ทำเนียบรัฐบาล",
        [meeting("การประชุมคณะรัฐมนตรี", "การประชุมคณะรัฐมนตรี",
                 location="ศูนย์แถลงข่าวรัฐบาล ตึกนารีสโมสร ทำเนียบรัฐบาล")],
        id="a-title-far-before-na-is-no-surname",
    ),
    # real: thaigov.go.th 20 ม.ค. 2564 (tests/devset gov-020)
    pytest.param(
        "สภาหอการค้าได้จัดสัมมนา “Select USA: Helping Thai Corporate Go Global” เมื่อวันที่ 12"
        " มกราคม 2564",
        [meeting("สัมมนา “Select USA: Helping Thai Corporate Go Global”",
                 "สัมมนา Select USA: Helping Thai Corporate Go Global", date="2021-01-12")],
        id="real-seminar-named-by-a-quoted-title-with-no-cue-word",
    ),
    # real: thaigov.go.th 23 กุมภาพันธ์ 2566 (PyThaiNLP/thaigov-v2-corpus, ข่าวรองนายกรัฐมนตรี_2)
    pytest.param(
        "วันนี้ (23 กุมภาพันธ์ 2566) เวลา 09.30 น. ณ ห้องประชุมมูลนิธิป่ารอยต่อฯ พลเอก ประวิตร"
        " วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการนโยบายและแผนการบริหารจัดการ"
        "ทรัพยากรทางทะเลและชายฝั่งแห่งชาติ ครั้ง 1/2566 ผ่านระบบ VTC โดยมี รัฐมนตรีว่าการกระทรวง"
        "ทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        [meeting("การประชุมคณะกรรมการนโยบายและแผนการบริหารจัดการทรัพยากรทางทะเลและชายฝั่งแห่งชาติ"
                 " ครั้ง 1/2566",
                 "การประชุมคณะกรรมการนโยบายและแผนการบริหารจัดการทรัพยากรทางทะเลและชายฝั่งแห่งชาติ",
                 ordinal=1, date="2023-02-23", location="ห้องประชุมมูลนิธิป่ารอยต่อฯ", online=True)],
        id="real-and-twice-in-the-name-ordinal-without-ti-vtc-online",
    ),
    # real: tna.mcot.net/?p=1275370 (20 พ.ย. 2566): headline short form, a name with "และ" up
    # to its edition; "จาก" with no online medium opens no place
    pytest.param(
        "กต.ประชุมเอกอัครราชทูตและกงสุลใหญ่ทั่วโลก\n\nเจ ดับบลิว แมรีออท 20 พ.ย. 2566 -กระทรวง"
        "การต่างประเทศ จัดการประชุมเอกอัครราชทูตและกงสุลใหญ่ทั่วโลก ประจำปี 2566  เน้นนำจุดแข็งของ"
        "ประเทศไทย\n\nกระทรวงการต่างประเทศจัดการประชุมเอกอัครราชทูตและกงสุลใหญ่ทั่วโลก ประจำปี"
        " 2566   ซึ่งมีผู้เข้าร่วมการประชุม 97 คน จากสถานเอกอัครราชทูต 65 แห่ง",
        [meeting("การประชุมเอกอัครราชทูตและกงสุลใหญ่ทั่วโลก ประจำปี 2566",
                 "การประชุมเอกอัครราชทูตและกงสุลใหญ่ทั่วโลก", date="2023-11-20")],
        id="real-headline-prefix-and-a-name-running-to-its-edition",
    ),
    # real: mfa.go.th/asean (19 ธันวาคม 2559): the dated lead under the headline dates it
    pytest.param(
        "รัฐมนตรีว่าการกระทรวงการต่างประเทศเดินทางเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียนอย่าง"
        "ไม่เป็นทางการ ณ กรุงย่างกุ้ง\n\n          เมื่อวันที่ 19 ธันวาคม 2559 นายดอน ปรมัตถ์วินัย"
        " รัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วมการแลกเปลี่ยนความคิดเห็น",
        [meeting("การประชุมรัฐมนตรีต่างประเทศอาเซียนอย่างไม่เป็นทางการ",
                 "การประชุมรัฐมนตรีต่างประเทศอาเซียนอย่างไม่เป็นทางการ", date="2016-12-19",
                 location="กรุงย่างกุ้ง")],
        id="real-informal-meeting-dated-by-the-lead-under-its-headline",
    ),
    # real: mfa.go.th (14 ธ.ค. 2567): the visit's dates are the occasion's
    pytest.param(
        "เมื่อวันที่ 12 ธันวาคม 2567 นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศเป็น"
        "ประธานการประชุมทีมประเทศไทยประจำออสเตรเลีย ณ โรงแรม Crown Sydney ในโอกาสเยือนออสเตรเลีย"
        "อย่างเป็นทางการระหว่างวันที่ 10-12 ธันวาคม 2567",
        [meeting("การประชุมทีมประเทศไทยประจำออสเตรเลีย", "การประชุมทีมประเทศไทยประจำออสเตรเลีย",
                 date="2024-12-12", location="โรงแรม Crown Sydney")],
        id="real-the-occasions-dates-are-not-the-meetings",
    ),
    # real: thaigov.go.th 23 กุมภาพันธ์ 2566 (ข่าวนายกรัฐมนตรี_3): a courtesy call and a bridge's
    # opening are no meetings; the acronym after a spaced dash in brackets
    pytest.param(
        "นายปรัก สุคน รองนายกรัฐมนตรีราชอาณาจักรกัมพูชา เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา"
        " นายกรัฐมนตรี\nนายกรัฐมนตรีกล่าวว่า การประชุมคณะกรรมการเขตแดนร่วม (Joint Boundary"
        " Committee – JBC) ว่างเว้นมากว่า 10 ปีแล้ว\nและยินดีที่ได้ร่วมพิธีเปิดใช้สะพานมิตรภาพ"
        "ไทย–กัมพูชา ที่บ้านหนองเอี่ยน–สตึงบท",
        [meeting("การประชุมคณะกรรมการเขตแดนร่วม", "การประชุมคณะกรรมการเขตแดนร่วม",
                 english_name="Joint Boundary Committee", acronym="JBC")],
        id="real-acronym-after-a-spaced-dash-courtesy-call-and-opening-are-none",
    ),
    pytest.param(
        "การประชุมสุดยอดอาเซียนจัดขึ้นเป็นครั้งที่ 40 ณ กรุงพนมเปญ",
        [meeting("การประชุมสุดยอดอาเซียน", "การประชุมสุดยอดอาเซียน", location="กรุงพนมเปญ")],
        id="held-for-the-nth-time-is-no-part-of-the-name",
    ),
    pytest.param(
        "ไทยเข้าร่วมการประชุมรัฐมนตรีอาเซียนเป็นครั้งแรก",
        [meeting("การประชุมรัฐมนตรีอาเซียน", "การประชุมรัฐมนตรีอาเซียน")],
        id="for-the-first-time-is-no-ordinal",
    ),
    pytest.param(
        "การประชุมคณะกรรมการร่วมทางการค้า (Joint Trade Committee: JTC) ไทย-มาเลเซีย ครั้งที่ 7"
        " ณ กรุงกัวลาลัมเปอร์",
        [meeting("การประชุมคณะกรรมการร่วมทางการค้า (Joint Trade Committee: JTC) ไทย-มาเลเซีย"
                 " ครั้งที่ 7", "การประชุมคณะกรรมการร่วมทางการค้า",
                 english_name="Joint Trade Committee", acronym="JTC", ordinal=7,
                 location="กรุงกัวลาลัมเปอร์")],
        id="ordinal-after-the-brackets-and-the-parties",
    ),
    # the layout of thaigov.go.th releases: headline, the release's date line, the body
    pytest.param(
        "นายกฯ ร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 37\n\n\nวันพฤหัสบดีที่ 12 พฤศจิกายน 2563\nพิมพ์\n"
        "วันที่ 11 พฤศจิกายน 2563 นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 37"
        " ผ่านระบบการประชุมทางไกล",
        [meeting("การประชุมสุดยอดอาเซียน ครั้งที่ 37", "การประชุมสุดยอดอาเซียน", ordinal=37,
                 date="2020-11-11", online=True)],
        id="the-bodys-own-date-beats-the-release-date-under-the-headline",
    ),
    # real: onbnews.today/post/24874 (9 เม.ย. 2563): the meeting was postponed
    pytest.param(
        "วันนี้ ( 9 เม.ย.63 ) มีรายการว่า การประชุมคณะรัฐมนตรี (ครม.) ในสัปดาห์หน้า ที่มีกำหนดเดิม"
        "ในวันอังคารที่ 14 เม.ย. ได้เลื่อนเป็นวันพุธที่ 15 เม.ย. เนื่องจากในวันอังคาร นายกรัฐมนตรี"
        "มีภารกิจ",
        [meeting("การประชุมคณะรัฐมนตรี", "การประชุมคณะรัฐมนตรี", acronym="ครม.",
                 date="2020-04-15")],
        id="real-a-postponed-meeting-takes-its-new-day",
    ),
    pytest.param(
        "รัฐมนตรีเข้าร่วม The 41st ASEAN Ministers on Energy Meeting (การประชุมรัฐมนตรีพลังงาน"
        "อาเซียน ครั้งที่ 41) ณ กรุงมะนิลา",
        [meeting("The 41st ASEAN Ministers on Energy Meeting", "การประชุมรัฐมนตรีพลังงานอาเซียน",
                 english_name="ASEAN Ministers on Energy Meeting", ordinal=41,
                 location="กรุงมะนิลา")],
        id="english-first-thai-in-brackets-thai-is-the-name",
    ),
    pytest.param(
        "รัฐมนตรีเข้าร่วมการประชุม ASEAN Ministers on Energy Meeting ครั้งที่ 41 (AMEM)"
        " ณ กรุงมะนิลา",
        [meeting("ASEAN Ministers on Energy Meeting ครั้งที่ 41", "ASEAN Ministers on Energy Meeting",
                 english_name="ASEAN Ministers on Energy Meeting", acronym="AMEM", ordinal=41,
                 location="กรุงมะนิลา")],
        id="thai-ordinal-and-acronym-after-an-english-name",
    ),
    pytest.param(
        "“ชวน” นัด 5 มิ.ย. 2562 ประชุมร่วมรัฐสภาโหวตเสียงเลือกนายกฯ",
        [meeting("ประชุมร่วมรัฐสภา", "ประชุมร่วมรัฐสภา", date="2019-06-05")],
        id="verb-after-the-name-is-not-in-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_every_field(text: str, expected: list[dict[str, Any]]) -> None:
    assert meeting_rows(text, FIELDS) == expected


# Mentions of one meeting: the headline's short form, "ที่ประชุม…", "การประชุมดังกล่าว", a
# short Latin form; each is listed once, in text order, and no other meeting is made of them.
MENTIONS = [
    pytest.param(
        "ประชุม คกก.ส่งเสริมการลงทุน เคาะ 5 โครงการ\nวันนี้ (5 มีนาคม 2567) นายกรัฐมนตรี เป็นประธาน"
        "การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2567 ณ ทำเนียบรัฐบาล ที่ประชุมคณะกรรมการ"
        "ส่งเสริมการลงทุนมีมติอนุมัติ 5 โครงการ ทั้งนี้ การประชุมดังกล่าวใช้เวลากว่า 3 ชั่วโมง",
        "การประชุมคณะกรรมการส่งเสริมการลงทุน",
        ["ประชุม คกก.ส่งเสริมการลงทุน", "การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2567",
         "ประชุมคณะกรรมการส่งเสริมการลงทุน", "การประชุมดังกล่าว"],
        id="short-form-reference-and-said-meeting",
    ),
    pytest.param(
        "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล โดยที่ประชุมมีมติเห็นชอบ"
        "มาตรการกระตุ้นเศรษฐกิจ",
        "การประชุมคณะรัฐมนตรี", ["การประชุมคณะรัฐมนตรี", "ประชุม"],
        id="bare-ti-prachum-is-the-meeting-before-it",
    ),
    # real: js100.com/en/site/news/view/123654 (8 พฤศจิกายน 2565)
    pytest.param(
        "ผู้นำยูเครน ตัดสินใจประชุม G-20 ผ่านวิดีโอคอนเฟอร์เรนซ์ ไม่แน่ใจปูตินร่วมประชุมหรือไม่\n\n"
        "โฆษกของประธานาธิบดีโวโลดิเมียร์ เซเลนสกี ผู้นำยูเครน กล่าวว่า ปธน.เซเลนสกี จะเข้าร่วม"
        "การประชุมสุดยอดของกลุ่ม G-20 ในสัปดาห์หน้า\n\nก่อนหน้านี้ ปธน.เซเลนสกี กล่าวว่า เขาจะไม่"
        "เข้าร่วมการประชุม G-20 หากประธานาธิบดีวลาดิเมียร์ ปูติน ผู้นำรัสเซีย เข้าร่วมการประชุม"
        "ดังกล่าว",
        "การประชุมสุดยอดของกลุ่ม G-20",
        ["ประชุม G-20", "การประชุมสุดยอดของกลุ่ม G-20", "การประชุม G-20", "การประชุมดังกล่าว"],
        id="real-summit-of-the-group-and-its-short-latin-forms",
    ),
    pytest.param(
        "การประชุมดังกล่าวจะมีขึ้นในสัปดาห์หน้า", None, [],
        id="a-reference-with-nothing-before-it-is-nothing",
    ),
]


@pytest.mark.parametrize(("text", "name", "mentions"), MENTIONS)
def test_mentions_of_one_meeting(text: str, name: str | None, mentions: list[str]) -> None:
    doc = extract(text)
    assert [m.name for m in doc.meetings] == ([name] if name else [])
    for m in doc.meetings:
        assert [x.text for x in m.mentions] == mentions
        assert all(text[x.start : x.end] == x.text for x in m.mentions)


# English names in English text end before a sentence end and a day or month (pattayamail,
# bangkokpost style); an abbreviation's dots stay in the name.
ENGLISH = [
    pytest.param(
        "She will attend the 46th Asean Summit on Monday and Tuesday. The premier will also"
        " attend the 16th Indonesia–Malaysia–Thailand Growth Triangle (IMT-GT) Leaders' Summit.",
        [("Asean Summit", 46, "the 46th Asean Summit"), ("Leaders' Summit", None, "Leaders' Summit")],
        id="a-day-and-a-sentence-end-are-no-part-of-the-name",
    ),
    pytest.param(
        "นายกฯ ร่วม U.S. - ASEAN Special Summit ที่สหรัฐ",
        [("U.S.-ASEAN Special Summit", None, "U.S. - ASEAN Special Summit")],
        id="dots-of-an-abbreviation-stay",
    ),
    pytest.param(
        "Thailand will host the 31st APEC Economic Leaders' Meeting in November.",
        [("APEC Economic Leaders' Meeting", 31, "the 31st APEC Economic Leaders' Meeting")],
        id="a-month-after-in-is-no-part-of-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_names(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    doc = extract(text)
    assert [(m.name, m.ordinal, m.text) for m in doc.meetings] == expected
    assert all(text[m.start : m.end] == m.text for m in doc.meetings)


# What people did at a seminar is no seminar's name; generic and sports gatherings are none.
NOT_MEETINGS = [
    pytest.param("ผู้เข้าร่วมสัมมนาแลกเปลี่ยนความคิดเห็นกันอย่างกว้างขวาง", id="participants-exchanged"),
    pytest.param("ประชาชนกว่า 200 คนร่วมสัมมนารับฟังความคิดเห็นอย่างคึกคัก", id="people-took-part"),
    pytest.param("นักวิชาการร่วมเสวนาแลกเปลี่ยนมุมมอง", id="scholars-discussed"),
    pytest.param("การสัมมนาครั้งนี้ช่วยให้ผู้เข้าร่วมได้ความรู้", id="this-seminar-with-nothing-before"),
    pytest.param("กระทรวงพาณิชย์จัดงานแถลงข่าว “มหกรรมอาหารไทย” เมื่อวันที่ 3 มีนาคม 2567",
                 id="a-press-conference"),
    pytest.param("การแข่งขันฟุตบอลถ้วยพระราชทาน ครั้งที่ 50 จะเริ่มขึ้นในวันที่ 3 มีนาคม 2567",
                 id="a-contest-with-an-ordinal"),
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_meetings(text: str) -> None:
    assert extract(text).meetings == ()
