"""Initiatives on real sentences outside the development sets (issue 12, session 6).

Each case is a sentence (sometimes shortened) of a public text; its source is in the comment
above it: provincial and local government pages (the search tool's pages corpus) and ThaiNER 1.5
train/val lines (CC BY 3.0, mostly news). Exact names, kinds and spans.
"""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = extract(text, only=["initiatives"])
    for f in doc.initiatives:
        assert text[f.start : f.end] == f.text
    return [(f.name, f.text, f.initiative_kind) for f in doc.initiatives]


# A project's beneficiaries after ของ are part of its name; an owner after ของ ends it.
GROUP_AFTER_OF = [
    # phangnga.nso.go.th, article 606 (2561): the people a provincial project involves.
    pytest.param(
        "นายสิทธิชัย ศักดา ผู้ว่าราชการจังหวัดพังงา ออกพบปะเยี่ยมเยือนประชาชน ตามโครงการส่งเสริม"
        "กระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด \"ประชารัฐร่วมใจ ห่วงใยประชาชน\"",
        [("โครงการส่งเสริมกระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด",
          "โครงการส่งเสริมกระบวนการมีส่วนร่วมของประชาชนในการพัฒนาจังหวัด", "project")],
        id="of-the-people",
    ),
    # ThaiNER 1.5 L4617: the children a lunch scheme serves.
    pytest.param(
        "สำนักงานคณะกรรมการวิจัยแห่งชาติ หรือ วช. เปิดโครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน"
        " พัฒนาสูตรอาหารโดยใช้วัตถุดิบ",
        [("โครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน",
          "โครงการอาหารกลางวันเพื่อสุขภาพของเด็กวัยเรียน", "project")],
        id="of-children",
    ),
    # chongsarika.go.th (12 Apr 2566) writes the same group without ของ; with it, as local
    # releases do ("…พัฒนาคุณภาพชีวิตของผู้สูงอายุ", chae.go.th 2567), it stays in the name.
    pytest.param(
        "นายกองค์การบริหารส่วนตำบล เป็นประธานเปิดโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ ประจำปี"
        "งบประมาณ 2566 โดยมีวัตถุประสงค์เพื่อพัฒนาสุขภาพร่างกาย",
        [("โครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ",
          "โครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุ ประจำปีงบประมาณ 2566", "project")],
        id="of-the-elderly",
    ),
    # Counter-example: an owner after ของ (a ministry) is whose the project is.
    pytest.param(
        "ผู้ต้องขังเข้าร่วมโครงการฝึกทักษะอาชีพของกรมราชทัณฑ์ ณ เรือนจำกลาง",
        [("โครงการฝึกทักษะอาชีพ", "โครงการฝึกทักษะอาชีพ", "project")],
        id="owner-after-of",
    ),
    # Counter-example: a post after ของ is an owner too, though it opens with ผู้.
    pytest.param(
        "ตามโครงการพัฒนาชนบทของผู้ว่าราชการจังหวัดเชียงราย ที่ได้รับงบประมาณ",
        [("โครงการพัฒนาชนบท", "โครงการพัฒนาชนบท", "project")],
        id="post-after-of",
    ),
    # Review I1 (session 6): after a head + one generic noun the group owns the project; the
    # students' research project names no scheme (the generic filter drops "โครงการวิจัย").
    pytest.param(
        "ผลงานโครงการวิจัยของนักศึกษาปริญญาเอก คณะวิศวกรรมศาสตร์ ได้รับรางวัลชนะเลิศระดับประเทศ",
        [],
        id="generic-project-owned-by-group",
    ),
    pytest.param(
        "ทีมวิจัยนำเสนอโครงการวิจัยของนักศึกษาในงานประชุมวิชาการระดับชาติ",
        [],
        id="generic-project-into-venue",
    ),
    # Review I1: a name that ran into a predicate (no verb phrase of its own) takes no group
    # after it; the group is the predicate's object. (The run into ช่วยลด… is older and left.)
    pytest.param(
        "นายกฯ ระบุว่าโครงการคนละครึ่งช่วยลดภาระค่าครองชีพของประชาชนได้มาก",
        [("โครงการคนละครึ่งช่วยลดภาระค่าครองชีพ", "โครงการคนละครึ่งช่วยลดภาระค่าครองชีพ",
          "project")],
        id="predicate-object-group",
    ),
]



# A local project's run "ครั้งที่ N/YYYY" is an edition, dropped from the name like "ครั้งที่ 3".
EDITIONS = [
    # suphancity.go.th news 2200 (3 Nov 2563): the run written with no space after ครั้งที่.
    pytest.param(
        "นายกเทศมนตรีเมืองสุพรรณบุรี เป็นประธานในพิธีเปิดโครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุ"
        "เทศบาลเมืองสุพรรณบุรี ครั้งที่1/2564 โดยมีนายสุคนธ์ แสงทอง",
        [("โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุเทศบาลเมืองสุพรรณบุรี",
          "โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุเทศบาลเมืองสุพรรณบุรี ครั้งที่1/2564", "project")],
        id="run-slash-year",
    ),
]



# A centre right after a word of place is a venue; opened or run, it may still be a scheme.
VENUES = [
    # ryt9.com/s/bmnd/655336 (Ban Muang, 2 Sep 2552): where a governor's visit was held.
    pytest.param(
        "สยุมพร ลิ่มไทย ผวจ.ระยอง เป็นประธานโครงการเยี่ยมยามเย็น หิ้วปิ่นโตเดินสาย รับฟังปัญหาของ"
        "ชาวบ้าน ที่ศูนย์การเรียนรู้สมุนไพรไทยบ้านขุนอินทร์ หมู่ 1 ต.ป่ายุบใน อ.วังจันทร์ จ.ระยอง",
        [("โครงการเยี่ยมยามเย็น", "โครงการเยี่ยมยามเย็น", "project")],
        id="at-a-learning-centre",
    ),
    # siam.edu (20-21 Jul 2562): a students' activity (the scheme) held at an army unit's learning
    # centre (its venue).
    pytest.param(
        "เครือข่ายกิจกรรมนักศึกษา 8 สถาบัน จัดกิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง “ศึกษาเรียนรู้"
        "เพื่อเดินตามรอยเท้าของพ่อ” ณ ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอเพียง ภาคกลาง กองพลทหารที่ 11",
        [("กิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง ศึกษาเรียนรู้เพื่อเดินตามรอยเท้าของพ่อ",
          "กิจกรรมเรียนรู้ปรัชญาเศรษฐกิจพอเพียง “ศึกษาเรียนรู้เพื่อเดินตามรอยเท้าของพ่อ”", "project")],
        id="formal-at",
    ),
    # Counter-example, msspathumthani.com detail 143 (2560): a district chief opens a centre.
    pytest.param(
        "นายไพรัตน์ ลิ่มสกุล นายอำเภอสามโคก เป็นประธานเปิดศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียง"
        "บ้านปลายคลอง ต.บางโพธิ์เหนือ อ.สามโคก",
        [("ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียงบ้านปลายคลอง",
          "ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอพียงบ้านปลายคลอง", "centre")],
        id="opened-centre",
    ),
]



# Words right after the head that name no scheme of their own.
NOT_NAMES = [
    # ThaiNER 1.5 L3621: "ฝ่าย" + โครงการ… is a post's portfolio.
    pytest.param(
        "ผศ.สุรพร ลอยหา รักษาการแทนรองอธิการบดีฝ่ายโครงการจัดตั้งวิทยาเขตอำนาจเจริญ ให้เกียรติเป็น"
        "ประธานกล่าวปิดงาน",
        [],
        id="portfolio-of-a-post",
    ),
    # LINE Today / Daily News headline (Thai-Cambodian border, 2568): state banks' measures, an
    # owner class only ("แบงก์รัฐ", as "มาตรการธนาคารรัฐ" and "มาตรการภาครัฐ" already were).
    pytest.param(
        "รวมไว้ที่เดียว มาตรการแบงก์รัฐ ช่วยผู้รับผลกระทบความไม่สงบชายแดน ไทย-กัมพูชา",
        [],
        id="state-banks-measures",
    ),
    # events6-036 (Thai Post) and gov-007 (thaigov.go.th): a plan's length alone names none; a
    # national plan of 20 years does.
    pytest.param(
        "พอช.เดินหน้าพัฒนาคนทำงาน-ผู้นำชุมชนตามแผนยุทธศาสตร์ 5 ปี ตั้งเป้า 15,000 คนทั่วประเทศ "
        "สอดคล้องกับแผนยุทธศาสตร์ชาติ 20 ปีและนโยบายรัฐบาล",
        [("แผนยุทธศาสตร์ชาติ", "แผนยุทธศาสตร์ชาติ", "plan")],
        id="plan-of-five-years",
    ),
    pytest.param(
        "ระหว่างอาเซียนกับสหประชาชาติ รวมทั้งการดำเนินการตามแผนปฏิบัติการ 5 ปี ดำเนินการตาม",
        [],
        id="action-plan-of-five-years",
    ),
    # thaigov.go.th 2024-03-05 (industry inspector, Ranong): a work plan of a year names nothing;
    # the policy with a Latin name does.
    pytest.param(
        "ได้มอบนโยบายให้เจ้าหน้าที่ดำเนินการตามนโยบาย MIND ของกระทรวงอุตสาหกรรม ใช้หัวและใจ"
        "ขับเคลื่อนแผนงานปี 2567 มุ่งยกระดับ",
        [("นโยบาย MIND", "นโยบาย MIND", "policy")],
        id="head-and-year",
    ),
]

# A "bank" scheme inside a project's name; a bank's own app is no scheme.
BANK_SCHEMES = [
    # newswit.com (GSB, national savings day 2556).
    pytest.param(
        "ตั้งแต่ระดับเยาวชนจากธนาคารโรงเรียนธนาคารออมสิน จนถึงภาคประชาชนฐานรากตัวจริงจาก"
        "โครงการธนาคารประชาชน",
        [("โครงการธนาคารประชาชน", "โครงการธนาคารประชาชน", "project")],
        id="peoples-bank",
    ),
    # gsb.or.th CSR page: the headline names the school bank project; the bank after it runs
    # the scheme and is no part of its name (review I3; the page itself says "ธนาคารโรงเรียน
    # ธนาคารออมสิน" with a space).
    pytest.param(
        "โครงการธนาคารโรงเรียนธนาคารออมสิน\n\nเป็นการจำลองสาขาของธนาคารไว้ในสถาบันการศึกษา",
        [("โครงการธนาคารโรงเรียน", "โครงการธนาคารโรงเรียน", "project")],
        id="school-bank",
    ),
    # newswit.com (GSB, savings day): quoted, the whole title is the author's and stays.
    pytest.param(
        "วันออมแห่งชาติ (31 ตุลาคม) และโครงการสำคัญอย่าง \"โครงการธนาคารโรงเรียนธนาคารออมสิน\" "
        "ธนาคารจำลองในโรงเรียน หรือสถานศึกษา",
        [("โครงการธนาคารโรงเรียนธนาคารออมสิน", "โครงการธนาคารโรงเรียนธนาคารออมสิน", "project")],
        id="school-bank-quoted",
    ),
    # live.editiondigital.com schoolbank (GHB, 21 Jun 2562): a bank scheme of another bank.
    pytest.param(
        "เป็นผู้แทนธนาคารอาคารสงเคราะห์ ร่วมพิธีส่งมอบ \"โครงการธนาคารโรงเรียนเพื่อน้อง\" ให้แก่ "
        "โรงเรียนลพบุรีปัญญานุกูล",
        [("โครงการธนาคารโรงเรียนเพื่อน้อง", "โครงการธนาคารโรงเรียนเพื่อน้อง", "project")],
        id="school-bank-for-juniors",
    ),
    # Review I3: the owner bank right after the head owns the scheme, whatever follows it.
    pytest.param(
        "ธนาคารออมสินร่วมกับกระทรวงการคลังจัดโครงการธนาคารออมสินเพื่อสังคม มอบทุนการศึกษาแก่เยาวชน",
        [],
        id="a-banks-project-for-society",
    ),
    pytest.param("ลูกค้าร่วมโครงการธนาคารกรุงไทยเพื่อคนไทย", [], id="a-banks-project-for-thais"),
    # The same cut for any scheme a bank runs (the wording of bank and finance-ministry
    # releases, shortened): the name ends before the bank, which is its owner.
    pytest.param(
        "โครงการบ้านล้านหลังธนาคารอาคารสงเคราะห์ เปิดให้จองสิทธิ์",
        [("โครงการบ้านล้านหลัง", "โครงการบ้านล้านหลัง", "project")],
        id="owner-bank-after-scheme",
    ),
    pytest.param(
        "ครม.เห็นชอบมาตรการพักหนี้เกษตรกรธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ระยะที่ 2",
        [("มาตรการพักหนี้เกษตรกร", "มาตรการพักหนี้เกษตรกร", "measure")],
        id="owner-bank-after-measure",
    ),
    # Counter-example, ThaiNER 1.5 L4730: a bank's app, named by its bank, is no scheme.
    pytest.param(
        "เกิดจากการทำงานของเจ้าหน้าที่แอปพลิเคชันธนาคารกสิกรไทยทำงานข้ามขั้นตอน พอมีธุรกรรมเข้ามามาก",
        [],
        id="a-banks-app",
    ),
    # Counter-example: a bank after โครงการ is the owner ("ร่วมโครงการธนาคารออมสิน").
    pytest.param("ผู้ประกอบการเข้าร่วมโครงการธนาคารออมสิน", [], id="a-banks-project"),
]

# A closing quote left out: the name stops before the conjunction.
QUOTES = [
    # thansettakij.com finance 614230 (11 Dec 2567).
    pytest.param(
        "เดินหน้าแน่วแน่แก้หนี้ 2มาตรการ “จ่ายตรง คงทรัพย์ และ “จ่าย ปิด จบ” สำหรับบุคคลธรรมดา",
        [("มาตรการ จ่ายตรง คงทรัพย์", "มาตรการ “จ่ายตรง คงทรัพย์", "measure")],
        id="open-quote-before-and",
    ),
]

# A name never ends in a bound word (การ, ความ, ผู้, นัก): the part it opens was cut by a stop
# word; the name ends before the conjunction that opened that part, or there is none.
BOUND_ENDS = [
    # thaigov.go.th 2024-03-05 (PM in Melbourne): "…และเป้าหมายการ|เป็นกลางทางคาร์บอน".
    pytest.param(
        "พร้อมกล่าวชื่นชมนโยบายการผลิตพลังงานสีเขียวและเป้าหมายการเป็นกลางทางคาร์บอน (Carbon "
        "Neutrality) ในปี ค.ศ. 2050 ของไทยด้วย",
        [("นโยบายการผลิตพลังงานสีเขียว", "นโยบายการผลิตพลังงานสีเขียว", "policy")],
        id="and-the-goal-of",
    ),
    # LINE Today / Daily News (Thai-Cambodian border): "…และบรรเทาผู้|ที่ได้รับผลกระทบ"; what
    # stays ("มาตรการช่วยเหลือ") is a head and one verb.
    pytest.param(
        "รวมมาตรการช่วยเหลือและบรรเทาผู้ที่ได้รับผลกระทบจากสถานการณ์ข้อพิพาทชายแดน",
        [],
        id="and-relieve-those",
    ),
    # Counter-examples, ThaiNER 1.5 L5064 and fresh-008's wording: ราชการ, คนพิการ end in การ
    # but are words of their own.
    pytest.param(
        "ภายใต้โครงการยกเลิกการสำเนาเอกสารราชการ เช่น สำเนาประจำตัวบัตรประชาชน",
        [("โครงการยกเลิกการสำเนาเอกสารราชการ", "โครงการยกเลิกการสำเนาเอกสารราชการ", "project")],
        id="ends-in-a-word-with-kan",
    ),
]

# Units, meetings and kinds of scheme named with a scheme's head (events6, ThaiNER).
UNITS_AND_KINDS = [
    # events6-012 (thaigov.go.th, 2023-03-07): the manager of ThaiHealth, a fund that is an
    # organisation; a post right before a fund or centre makes it a unit.
    pytest.param(
        "ก่อนการประชุมคณะรัฐมนตรี ดร.สุปรีดา อดุลยานนท์ ผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ "
        "พร้อมด้วย นายรวิน ระวิวงศ์ ผู้อำนวยการองค์การพิพิธภัณฑ์วิทยาศาสตร์แห่งชาติ (อพวช.)",
        [],
        id="manager-of-a-fund",
    ),
    # ThaiNER 1.5 L3831: the director of a polling centre.
    pytest.param(
        "ดร.อานนท์ ศักดิ์วรวิชญ์ ผู้อำนวยการศูนย์สำรวจความคิดเห็นนิด้าโพล ประกาศลาออกจากตำแหน่ง",
        [],
        id="director-of-a-centre",
    ),
    # events6-026 (Mahachai Cable TV): a study visit "for royally initiated projects" is no
    # scheme and does not run into their head; the head with its qualifier alone is a kind of
    # scheme; the project named after it is one.
    pytest.param(
        "การมอบหมายผู้รับผิดชอบเขียนโครงการศึกษาดูงานสำหรับโครงการอันเนื่องมาจากพระราชดำริ โดยมี 2 "
        "โครงการคือ โครงการศึกษาวิจัยและพัฒนาสิ่งแวดล้อมแหลมผักเบี้ย อำเภอบ้านแหลม จังหวัดเพชรบุรี",
        [("โครงการศึกษาวิจัยและพัฒนาสิ่งแวดล้อมแหลมผักเบี้ย",
          "โครงการศึกษาวิจัยและพัฒนาสิ่งแวดล้อมแหลมผักเบี้ย", "project")],
        id="scheme-for-other-schemes",
    ),
    # events6-034 (saothong.go.th, 12 Oct 2565): a project that is a meeting.
    pytest.param(
        "โครงการประชุมประชาคม ประจำปีงบประมาณ 2566\n\nวันที่ 12 ตุลาคม 2565 เวลา 09.00 น. "
        "องค์การบริหารส่วนตำบลเสาธง  ได้จัดโครงการประชุมประชาคมเพื่อทบทวน เพิ่มเติมแผนพัฒนาท้องถิ่น",
        [],
        id="project-that-is-a-meeting",
    ),
    # ThaiNER 1.5 (train): a workshop run as a project is a meeting too.
    pytest.param(
        "รองผู้ว่าราชการจังหวัดเชียงราย เข้าร่วมโครงการประชุมเชิงปฏิบัติการ “ขับเคลื่อนการพัฒนา"
        "เกษตรอินทรีย์แห่งชาติ” ณ ห้องประชุม",
        [],
        id="workshop-project",
    ),
    # Counter-example, events6-019 (krachaeng.go.th): a training course run as a project is one.
    pytest.param(
        "ที่ประชุมเสนอโครงการเพิ่มเติม ดังนี้ 2.โครงการอบรมอาชีพทำขนม  3.โครงการปลูกผักสวนครัว",
        [("โครงการอบรมอาชีพทำขนม", "โครงการอบรมอาชีพทำขนม", "project"),
         ("โครงการปลูกผักสวนครัว", "โครงการปลูกผักสวนครัว", "project")],
        id="training-project",
    ),
]

# Descriptions made of generic words, a descriptive verb or a clause (events6 false initiatives).
DESCRIPTIONS = [
    # events6-001 (thaigov.go.th, DES, 2023-08-15): documents a board approves.
    pytest.param(
        "ณ โรงแรมเซ็นทราแกรนด์ แอท เซ็นทรัลเวิลด์ เพื่อพิจารณาแผนดำเนินงานและรายงานงบการเงิน "
        "ประจำปี 2566 การอนุมัติงบประมาณประจำปี 2567",
        [],
        id="plan-and-financial-report",
    ),
    # events6-009 (thaigov.go.th, 2023-08-15): the works' completion, a clause ("เสร็จ").
    pytest.param(
        "เพื่อก่อสร้างอุโมงทางวิ่งรถไฟสายเด่นชัย-เชียงราย-เชียงของ คาดโครงการก่อสร้างเสร็จเปิดให้"
        "บริการปี 2571",
        [],
        id="construction-finished",
    ),
    # events6-017 (TAT news): a policy by what it does ("ดึง", attract).
    pytest.param(
        "พร้อมผลักดันนโยบายดึงต่างชาติเที่ยวเมืองรอง 55 จังหวัด ควบคู่ส่งเสริมการท่องเที่ยวยั่งยืน",
        [],
        id="policy-that-attracts",
    ),
    # events6-020 (Sa Kaeo health office): measures "concerning" public health.
    pytest.param(
        "และสอดคล้องกับนโยบาย แผนงานและมาตรการเกี่ยวกับการสาธารณสุข จึงเห็นควรให้มีการจัดประชุม",
        [],
        id="measures-concerning",
    ),
    # events6-032 (thaigov.go.th, 2024-03-12): large regional projects, a kind; the named one
    # after it stays.
    pytest.param(
        "และพร้อมเชิญชวนฝรั่งเศสเข้ามาลงทุนในโครงการขนาดใหญ่ระดับภูมิภาค โครงการ Landbridge และตาม",
        [("โครงการ Landbridge", "โครงการ Landbridge", "project")],
        id="large-regional-projects",
    ),
]

# Review of this session's rules on sentences where they must not fire.
COUNTER_EXAMPLES = [
    # gov-012 (thaigov.go.th): "กับ" + another framework is a second scheme, not part of the name.
    pytest.param(
        "ซึ่งสอดคล้องกับความร่วมมือระหว่างกรอบปฏิบัติการอาเซียนด้านขยะทะเลกับกรอบความร่วมมือ G20 "
        "ของญี่ปุ่นในเรื่องนี้",
        [("กรอบปฏิบัติการอาเซียนด้านขยะทะเล", "กรอบปฏิบัติการอาเซียนด้านขยะทะเล", "plan")],
        id="framework-with-another",
    ),
    # gov-007 (thaigov.go.th): "ระหว่าง" (between) names the link of two schemes, so the name
    # still runs into the head of the first.
    pytest.param(
        "และช่วยขับเคลื่อนข้อริเริ่มความเกื้อกูลระหว่างวิสัยทัศน์ประชาคมอาเซียน ค.ศ. 2025 กับวาระ"
        "การพัฒนาที่ยั่งยืน ค.ศ. 2030 ของสหประชาชาติ",
        [("ข้อริเริ่มความเกื้อกูลระหว่างวิสัยทัศน์ประชาคมอาเซียน ค.ศ. 2025",
          "ข้อริเริ่มความเกื้อกูลระหว่างวิสัยทัศน์ประชาคมอาเซียน ค.ศ. 2025", "initiative")],
        id="link-between-two",
    ),
    # A measure's ของ + group is whose it is: a kind of measure stays no name (the ของ rows are
    # for the group a project serves).
    pytest.param(
        "ร้านอาหารต้องปฏิบัติตามมาตรการป้องกันโรคของผู้ประกอบการร้านอาหาร",
        [],
        id="operators-measures",
    ),
    # initiatives.jsonl init-004 (Daily News): ของเสีย (waste) is a word, not ของ; disposing of
    # waste is a kind of measure.
    pytest.param(
        "การประเมินศักยภาพในการลดก๊าซเรือนกระจกจากมาตรการกำจัดทำลายของเสียของสารทำความเย็นด้วย",
        [],
        id="waste-is-no-of",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [*GROUP_AFTER_OF, *EDITIONS, *VENUES, *NOT_NAMES, *BANK_SCHEMES, *QUOTES, *BOUND_ENDS,
     *UNITS_AND_KINDS, *DESCRIPTIONS, *COUNTER_EXAMPLES],
)
def test_session6_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
