from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def people(text: str) -> list[PersonFact]:
    return list(extract(text, only="people").people)


def only_person(text: str) -> PersonFact:
    found = people(text)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


# (sentence, span as written, title, name, surname)
TITLED = [
    # civil
    ("วันนี้ นายอนุทิน ชาญวีรกูล เดินทางไปตรวจเยี่ยมโรงพยาบาล", "นายอนุทิน ชาญวีรกูล", "นาย",
     "อนุทิน ชาญวีรกูล", "ชาญวีรกูล"),
    ("นางมนพร เจริญศรี ลงพื้นที่ตรวจสอบถนนที่ได้รับความเสียหาย", "นางมนพร เจริญศรี", "นาง",
     "มนพร เจริญศรี", "เจริญศรี"),
    ("ด้าน นางสาวศิริกัญญา ตันสกุล ตั้งข้อสังเกตว่างบประมาณไม่เพียงพอ",
     "นางสาวศิริกัญญา ตันสกุล", "นางสาว", "ศิริกัญญา ตันสกุล", "ตันสกุล"),
    ("ขณะที่ น.ส.รัชดา ธนาดิเรก ระบุว่ารัฐบาลพร้อมช่วยเหลือ", "น.ส.รัชดา ธนาดิเรก", "น.ส.",
     "รัชดา ธนาดิเรก", "ธนาดิเรก"),
    ("ด.ช.กิตติพงษ์ แหลมผักแว่น อายุ 12 ปี ได้รับบาดเจ็บ", "ด.ช.กิตติพงษ์ แหลมผักแว่น", "ด.ช.",
     "กิตติพงษ์ แหลมผักแว่น", "แหลมผักแว่น"),
    ("ด.ญ.ปภาวรินท์ สุขประเสริฐ นักเรียนชั้น ป.5", "ด.ญ.ปภาวรินท์ สุขประเสริฐ", "ด.ญ.",
     "ปภาวรินท์ สุขประเสริฐ", "สุขประเสริฐ"),
    # title written with a space before the name
    ("พลเอก ประวิตร วงษ์สุวรรณ เป็นประธานการประชุม", "พลเอก ประวิตร วงษ์สุวรรณ", "พลเอก",
     "ประวิตร วงษ์สุวรรณ", "วงษ์สุวรรณ"),
    ("ดร. ณรงค์ชัย อัครเศรณี กล่าวในงานสัมมนา", "ดร. ณรงค์ชัย อัครเศรณี", "ดร.",
     "ณรงค์ชัย อัครเศรณี", "อัครเศรณี"),
    # academic and medical, stacked
    ("ศ.ดร.สุชาติ ธาดาธำรงเวช ให้ความเห็นเรื่องค่าเงินบาท", "ศ.ดร.สุชาติ ธาดาธำรงเวช", "ศ.ดร.",
     "สุชาติ ธาดาธำรงเวช", "ธาดาธำรงเวช"),
    ("รศ.นพ.ธีระวัฒน์ เหมะจุฑา ออกมาเตือนประชาชน", "รศ.นพ.ธีระวัฒน์ เหมะจุฑา", "รศ.นพ.",
     "ธีระวัฒน์ เหมะจุฑา", "เหมะจุฑา"),
    ("ผศ.ดร.ปริญญา เทวานฤมิตรกุล แสดงความเห็น", "ผศ.ดร.ปริญญา เทวานฤมิตรกุล", "ผศ.ดร.",
     "ปริญญา เทวานฤมิตรกุล", "เทวานฤมิตรกุล"),
    ("ศ.คลินิก นพ.อุดม คชินทร ให้สัมภาษณ์", "ศ.คลินิก นพ.อุดม คชินทร", "ศ.คลินิก นพ.",
     "อุดม คชินทร", "คชินทร"),
    ("พญ.อภิสมัย ศรีรังสรรค์ แถลงสถานการณ์", "พญ.อภิสมัย ศรีรังสรรค์", "พญ.",
     "อภิสมัย ศรีรังสรรค์", "ศรีรังสรรค์"),
    ("ทพ.อรรถพร ลิ้มปัญญาเลิศ ชี้แจงกับผู้สื่อข่าว", "ทพ.อรรถพร ลิ้มปัญญาเลิศ", "ทพ.",
     "อรรถพร ลิ้มปัญญาเลิศ", "ลิ้มปัญญาเลิศ"),
    ("ภก.สมชาย ธนะสิทธิชัย แนะนำวิธีใช้ยา", "ภก.สมชาย ธนะสิทธิชัย", "ภก.", "สมชาย ธนะสิทธิชัย",
     "ธนะสิทธิชัย"),
    # military and police
    ("พล.อ.ประยุทธ์ จันทร์โอชา ได้ชี้แจงต่อที่ประชุม", "พล.อ.ประยุทธ์ จันทร์โอชา", "พล.อ.",
     "ประยุทธ์ จันทร์โอชา", "จันทร์โอชา"),
    ("พล.อ.อ.ชลิต พุกผาสุข ตรวจเยี่ยมกองบิน", "พล.อ.อ.ชลิต พุกผาสุข", "พล.อ.อ.",
     "ชลิต พุกผาสุข", "พุกผาสุข"),
    ("พล.ร.อ.ลือชัย รุดดิษฐ์ เดินทางไปสัตหีบ", "พล.ร.อ.ลือชัย รุดดิษฐ์", "พล.ร.อ.",
     "ลือชัย รุดดิษฐ์", "รุดดิษฐ์"),
    ("พล.ต.อ.ดร.อดุลย์ แสงสิงแก้ว เปิดการอบรม", "พล.ต.อ.ดร.อดุลย์ แสงสิงแก้ว", "พล.ต.อ.ดร.",
     "อดุลย์ แสงสิงแก้ว", "แสงสิงแก้ว"),
    ("พล.ต.ท.ปิยะ ต๊ะวิชัย สั่งการให้เร่งติดตาม", "พล.ต.ท.ปิยะ ต๊ะวิชัย", "พล.ต.ท.",
     "ปิยะ ต๊ะวิชัย", "ต๊ะวิชัย"),
    ("พ.ต.อ.ณัชภูม วรรณวิไล นำกำลังเข้าตรวจค้น", "พ.ต.อ.ณัชภูม วรรณวิไล", "พ.ต.อ.",
     "ณัชภูม วรรณวิไล", "วรรณวิไล"),
    ("ร.ต.อ.สุทัศน์ พรหมขัดดุกะ รับแจ้งเหตุ", "ร.ต.อ.สุทัศน์ พรหมขัดดุกะ", "ร.ต.อ.",
     "สุทัศน์ พรหมขัดดุกะ", "พรหมขัดดุกะ"),
    ("ด.ต.ประสิทธิ์ บุญมาก ถูกยิงได้รับบาดเจ็บ", "ด.ต.ประสิทธิ์ บุญมาก", "ด.ต.",
     "ประสิทธิ์ บุญมาก", "บุญมาก"),
    ("จ.ส.อ.ธนากร ศรีสุข ประจำกองร้อย", "จ.ส.อ.ธนากร ศรีสุข", "จ.ส.อ.", "ธนากร ศรีสุข",
     "ศรีสุข"),
    ("ว่าที่ร้อยตรีธนกร ชัยมงคล ยื่นใบสมัคร", "ว่าที่ร้อยตรีธนกร ชัยมงคล", "ว่าที่ร้อยตรี",
     "ธนกร ชัยมงคล", "ชัยมงคล"),
    ("แทนพ.ต.ต.สุริยา สิงหกมล ที่ถูกโอนตัวไป", "พ.ต.ต.สุริยา สิงหกมล", "พ.ต.ต.",
     "สุริยา สิงหกมล", "สิงหกมล"),
    # royal and noble
    ("คุณหญิงสุดารัตน์ เกยุราพันธุ์ ประกาศตั้งพรรคใหม่", "คุณหญิงสุดารัตน์ เกยุราพันธุ์",
     "คุณหญิง", "สุดารัตน์ เกยุราพันธุ์", "เกยุราพันธุ์"),
    ("ม.ล.ชัยนิมิตร นวรัตน เดินทางมาถึง", "ม.ล.ชัยนิมิตร นวรัตน", "ม.ล.", "ชัยนิมิตร นวรัตน",
     "นวรัตน"),
    # monks: a Pali surname
    ("พระมหาสมปอง ตาลปุตฺโต เทศนาที่วัด", "พระมหาสมปอง ตาลปุตฺโต", "พระมหา",
     "สมปอง ตาลปุตฺโต", "ตาลปุตฺโต"),
    ("หลวงพ่อคูณ ปริสุทฺโธ มอบเงินบริจาค", "หลวงพ่อคูณ ปริสุทฺโธ", "หลวงพ่อ",
     "คูณ ปริสุทฺโธ", "ปริสุทฺโธ"),
    ("พระพยอม กัลยาโณ เจ้าอาวาสวัดสวนแก้ว", "พระพยอม กัลยาโณ", "พระ", "พยอม กัลยาโณ",
     "กัลยาโณ"),
    # foreign names in Thai script, and in Latin script
    ("นายหวัง อี้ เดินทางเยือนไทย", "นายหวัง อี้", "นาย", "หวัง อี้", "อี้"),
    ("นายแอนโทนี บลิงเคน หารือกับรัฐมนตรีไทย", "นายแอนโทนี บลิงเคน", "นาย",
     "แอนโทนี บลิงเคน", "บลิงเคน"),
    ("ที่ประชุมรับฟัง Mr. Antonio Guterres กล่าวเปิดงาน", "Mr. Antonio Guterres", "Mr.",
     "Antonio Guterres", "Guterres"),
    ("Dr. Tedros Adhanom Ghebreyesus ระบุว่าการระบาดยังไม่จบ", "Dr. Tedros Adhanom Ghebreyesus",
     "Dr.", "Tedros Adhanom Ghebreyesus", "Adhanom Ghebreyesus"),
    # glued to the next word, no space
    ("ทางด้าน นายจตุพรกล่าวหาทหารว่าใช้ความรุนแรง", "นายจตุพร", "นาย", "จตุพร", None),
    ("ทำไมนายสนธิจึงพูดอย่างนี้", "นายสนธิ", "นาย", "สนธิ", None),
    ("ที่ผ่านมา พล.อ.ประวิตรปฏิเสธชัดเจนว่าไม่เกี่ยวข้อง", "พล.อ.ประวิตร", "พล.อ.", "ประวิตร",
     None),
    # a surname with the noble particle ณ
    ("นายเดชาภิวัฒน์ ณ สงขลา ผู้อำนวยการสำนักงาน", "นายเดชาภิวัฒน์ ณ สงขลา", "นาย",
     "เดชาภิวัฒน์ ณ สงขลา", "ณ สงขลา"),
    # a given name that starts like a blocker word ("นายก…", "นายเรือ…")
    ("นายกอบศักดิ์ ภูตระกูล ให้สัมภาษณ์", "นายกอบศักดิ์ ภูตระกูล", "นาย", "กอบศักดิ์ ภูตระกูล",
     "ภูตระกูล"),
    # navy petty officers
    ("ผู้เสียชีวิตคือ พ.จ.อ.สมปอง ทองดี นักทำลายใต้น้ำจู่โจม", "พ.จ.อ.สมปอง ทองดี", "พ.จ.อ.",
     "สมปอง ทองดี", "ทองดี"),
    # three-part foreign names: a short surname and a third short part
    ("นายบัน คี มุน เลขาธิการสหประชาชาติ กล่าวว่า", "นายบัน คี มุน", "นาย", "บัน คี มุน",
     "คี มุน"),
    ("นายคิม จอง อึน ผู้นำเกาหลีเหนือ ตรวจการทดสอบขีปนาวุธ", "นายคิม จอง อึน", "นาย",
     "คิม จอง อึน", "จอง อึน"),
    # a surname that is also an ordinary word, standing alone before a position or a verb
    ("นายสมพร ประชุม อดีตกำนันตำบลตลิ่งชัน กล่าวว่า", "นายสมพร ประชุม", "นาย", "สมพร ประชุม",
     "ประชุม"),
    ("นางคุณัญญา เบญจมาศ กล่าวว่าไม่ทราบเรื่องนี้", "นางคุณัญญา เบญจมาศ", "นาง",
     "คุณัญญา เบญจมาศ", "เบญจมาศ"),
    # familiar prefixes before a nickname
    ('"เสี่ยแหลม" ลั่นแฉคนโกงข้าว', "เสี่ยแหลม", "เสี่ย", "แหลม", None),
    ("บิ๊กตู่ สั่งการให้ทุกหน่วยเร่งช่วยเหลือ", "บิ๊กตู่", "บิ๊ก", "ตู่", None),
]


@pytest.mark.parametrize(
    ("sentence", "span", "title", "name", "surname"), TITLED,
    ids=[f"{i:02d}" for i in range(len(TITLED))],
)
def test_titled_names(sentence: str, span: str, title: str, name: str, surname: str | None) -> None:
    person = only_person(sentence)
    start = sentence.index(span)
    assert (person.text, person.start, person.end) == (span, start, start + len(span))
    assert person.title == title
    assert person.name == name
    assert person.surname == surname
    assert not person.name.startswith(title)


UNTITLED = [
    ("ทักษิณ ชินวัตร เดินทางกลับประเทศไทย", "ทักษิณ ชินวัตร"),
    ('ข่าวล่าสุด "สมชาย วงศ์สวัสดิ์" ยืนยันจะลงสมัคร', "สมชาย วงศ์สวัสดิ์"),
    ('คตส.ปัดอุ้ม"อภิรักษ์"พ้นผิดคดีรถดับเพลิง', "อภิรักษ์"),
    ("ในโอกาสนี้ สมเด็จพระเจ้าอยู่หัว มีพระราชดำรัส", "สมเด็จพระเจ้าอยู่หัว"),
    ("สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี เสด็จฯ",
     "สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี"),
    ("สุดารัตน์ เกยุราพันธ์ รมว.สาธารณสุข โชว์เอกสารยืนยัน", "สุดารัตน์ เกยุราพันธ์"),
]


@pytest.mark.parametrize(
    ("sentence", "span"), UNTITLED, ids=["plain", "quoted", "quoted-given-name", "royal-style",
                                         "royal-full-style", "unlisted-surname-then-position"],
)
def test_untitled_full_names_from_the_name_lists(sentence: str, span: str) -> None:
    person = only_person(sentence)
    start = sentence.index(span)
    assert (person.text, person.start, person.end, person.title) == (span, start,
                                                                     start + len(span), None)


# (sentence, position as written, expanded, organisation)
POSITIONS = [
    ("นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข เปิดเผยว่า",
     "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข",
     "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข", "กระทรวงสาธารณสุข"),
    ("นพ.โอภาส การย์กวินพงศ์ อธิบดีกรมควบคุมโรค กล่าวว่า", "อธิบดีกรมควบคุมโรค",
     "อธิบดีกรมควบคุมโรค", "กรมควบคุมโรค"),
    ("นายอาคม เติมพิทยาไพสิฐ รมว.คลัง เปิดเผยว่า", "รมว.คลัง",
     "รัฐมนตรีว่าการกระทรวงการคลัง", "กระทรวงการคลัง"),
    ("นายเนวิน ชิดชอบ รมช.เกษตรฯ กล่าวชี้แจงว่า", "รมช.เกษตรฯ",
     "รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    ("นายสมศักดิ์ เทพสุทิน รมว.กระทรวงยุติธรรม ลงพื้นที่", "รมว.กระทรวงยุติธรรม",
     "รัฐมนตรีว่าการกระทรวงยุติธรรม", "กระทรวงยุติธรรม"),
    ("นายปวิณ ชำนิประศาสน์ ผวจ.เชียงใหม่ พร้อมด้วยเจ้าหน้าที่", "ผวจ.เชียงใหม่",
     "ผู้ว่าราชการจังหวัดเชียงใหม่", None),
    ("พล.ต.อ.สุวัฒน์ แจ้งยอดสุข ผบ.ตร. สั่งการว่า", "ผบ.ตร.", "ผู้บัญชาการตำรวจแห่งชาติ", None),
    ("นายณรงค์ศักดิ์ โอสถธนากร ผู้ว่าฯ เชียงราย น้อมนำพระราชกระแส", "ผู้ว่าฯ เชียงราย",
     "ผู้ว่าราชการจังหวัดเชียงราย", None),
    ("นางสาวศิริกัญญา ตันสกุล รองหัวหน้าพรรคก้าวไกล ตั้งคำถาม", "รองหัวหน้าพรรคก้าวไกล",
     "รองหัวหน้าพรรคก้าวไกล", "พรรคก้าวไกล"),
    ("พญ.อภิสมัย ศรีรังสรรค์ ผู้ช่วยโฆษก ศบค. แถลงว่า", "ผู้ช่วยโฆษก ศบค.",
     "ผู้ช่วยโฆษกศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019",
     "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019"),
    ("นายชัยวุฒิ ธนาคมานุสรณ์ รมว.ดีอีเอส กล่าวว่า", "รมว.ดีอีเอส",
     "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
     "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
    # position before the name
    ("ปลัดกระทรวงการคลัง นายกฤษฎา จีนะวิจารณะ กล่าวว่า", "ปลัดกระทรวงการคลัง",
     "ปลัดกระทรวงการคลัง", "กระทรวงการคลัง"),
    ("รองนายกรัฐมนตรี นายวิษณุ เครืองาม ให้สัมภาษณ์", "รองนายกรัฐมนตรี", "รองนายกรัฐมนตรี",
     None),
    # "เป็น …" and "ในฐานะ …"
    ("โดยมี นายวิษณุ เครืองาม เป็นประธานการประชุม", "ประธานการประชุม", "ประธานการประชุม", None),
    ("นายสุพัฒนพงษ์ พันธ์มีเชาว์ ในฐานะประธานคณะกรรมการนโยบายพลังงานแห่งชาติ",
     "ประธานคณะกรรมการนโยบายพลังงานแห่งชาติ", "ประธานคณะกรรมการนโยบายพลังงานแห่งชาติ",
     "คณะกรรมการนโยบายพลังงานแห่งชาติ"),
    # foreign office holders
    ("นายหวัง อี้ รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน เดินทางถึงกรุงเทพฯ",
     "รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน", "รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน",
     "กระทรวงการต่างประเทศจีน"),
    ("Mr. Antonio Guterres เลขาธิการสหประชาชาติ กล่าวว่า", "เลขาธิการสหประชาชาติ",
     "เลขาธิการองค์การสหประชาชาติ", "องค์การสหประชาชาติ"),
]


@pytest.mark.parametrize(
    ("sentence", "position", "expanded", "organization"), POSITIONS,
    ids=[f"{i:02d}" for i in range(len(POSITIONS))],
)
def test_positions(sentence: str, position: str, expanded: str, organization: str | None) -> None:
    person = only_person(sentence)
    assert person.position == position
    assert person.position_expanded == expanded
    assert person.organization == organization
    assert person.positions[0] == position


def test_apposition_wins_and_in_the_capacity_of_is_kept() -> None:
    sentence = (
        "นายวิษณุ เครืองาม รองนายกรัฐมนตรี ในฐานะประธานคณะกรรมการพิจารณาร่างกฎหมาย กล่าวว่า"
    )
    person = only_person(sentence)
    assert person.position == "รองนายกรัฐมนตรี"
    assert person.positions == ("รองนายกรัฐมนตรี", "ประธานคณะกรรมการพิจารณาร่างกฎหมาย")


def test_two_people_in_one_sentence_keep_their_own_positions() -> None:
    sentence = (
        "นายประสงค์ พูนธเนศ ปลัดกระทรวงการคลัง นายประภาศ คงเอียด ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง"
        " ร่วมแถลงข่าว"
    )
    found = people(sentence)
    assert [(p.name, p.position) for p in found] == [
        ("ประสงค์ พูนธเนศ", "ปลัดกระทรวงการคลัง"),
        ("ประภาศ คงเอียด", "ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง"),
    ]
    assert found[1].organization == "สำนักงานเศรษฐกิจการคลัง"


def test_later_mentions_join_the_full_mention() -> None:
    text = (
        '"อนุทิน" ลงพื้นที่ตรวจโรงพยาบาล\n'
        "วันนี้ นายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงสาธารณสุข ลงพื้นที่จังหวัดนครราชสีมา\n"
        "นายอนุทิน กล่าวว่า รัฐบาลจะจัดหาวัคซีนให้เพียงพอ ขณะที่ ชาญวีรกูล ไม่ตอบคำถาม"
    )
    person = only_person(text)
    assert person.text == "นายอนุทิน ชาญวีรกูล"
    assert [m.text for m in person.mentions] == [
        "อนุทิน", "นายอนุทิน ชาญวีรกูล", "นายอนุทิน", "ชาญวีรกูล",
    ]
    assert [m.start for m in person.mentions] == sorted(m.start for m in person.mentions)
    for m in person.mentions:
        assert text[m.start : m.end] == m.text


def test_people_sharing_a_given_name_stay_apart() -> None:
    text = (
        "นายสมชาย วงศ์สวัสดิ์ อดีตนายกรัฐมนตรี พบกับ นายสมชาย ศรีสุทธิยากร ที่ทำเนียบรัฐบาล\n"
        "ต่อมา นายสมชาย กล่าวว่า การหารือเป็นไปด้วยดี"
    )
    found = people(text)
    assert [p.name for p in found] == ["สมชาย วงศ์สวัสดิ์", "สมชาย ศรีสุทธิยากร"]
    # The short mention goes to the nearest full mention before it.
    assert [m.text for m in found[0].mentions] == ["นายสมชาย วงศ์สวัสดิ์"]
    assert [m.text for m in found[1].mentions] == ["นายสมชาย ศรีสุทธิยากร", "นายสมชาย"]


def test_a_dateline_year_before_a_title_is_no_head_count() -> None:
    sentence = "12 พฤศจิกายน 2560 นายธรรมยศ ศรีช่วย ปลัดกระทรวงพลังงาน เปิดเผยว่า"
    person = only_person(sentence)
    assert (person.text, person.position) == ("นายธรรมยศ ศรีช่วย", "ปลัดกระทรวงพลังงาน")
    assert person.organization == "กระทรวงพลังงาน"


NO_PERSON = [
    "เจ้าหน้าที่ตำรวจกว่า 2,000 นาย รักษาความปลอดภัยรอบสนาม",
    "ทีมกู้ภัยเข้าไปในถ้ำหลวง-ขุนน้ำนางนอน เพื่อค้นหาผู้สูญหาย",
    "เด็กชายวัย 7 ขวบ ได้รับบาดเจ็บ",
    "ทหารพรานนำกำลัง 8นายขี่รถ จยย. 4คันเพื่อไปตรวจค้น",
    "นักศึกษาเปิดรับสมัคร นศ.ใหม่ ระดับปริญญาตรี",
    "รัฐมนตรีดิจิทัลอาเซียน ร่วมประชุมผ่านระบบออนไลน์",
    "ผู้ว่าฯ ลงพื้นที่ตรวจน้ำท่วม",
    "ตำรวจ 45 นาย ได้เข้าตรวจค้นบ้านพัก",
    "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะดูแลประชาชน",
    "นายกฯ ยืนยันไม่ยุบสภา",
    "คุณภาพชีวิตของประชาชนดีขึ้น",
    "ทรงพระกรุณาโปรดเกล้าฯ พระราชทานพระบรมราชานุญาต",
    "ทนายความของจำเลยยื่นคำร้องต่อศาล",
    "การประชุมจะจัดขึ้นในเดือนมิถุนายนนี้",
    "น้องสาวของผู้เสียชีวิตเดินทางมาแจ้งความ",
    "สำนักงาน กสศ. ระดมความเห็นจากครู",
    "นางงามจักรวาลเดินทางมาถึงไทย",
    "นายทุนรายใหญ่เข้าซื้อที่ดิน",
    "เลขาธิการอาเซียน เข้าร่วมการประชุม",
    "ในโอกาสนี้ รมว.ดีอีเอส ได้แบ่งปันประสบการณ์",
    "กระทรวงดีอีหนุนกรมอุตุฯใช้บิ๊กดาต้าพยากรณ์อากาศ",
    "เจ้าหน้าที่นำป้ายทองมาติดหน้าร้านอาหาร",
    "ชาวบ้านในพื้นที่เสี่ยงภัยน้ำท่วมเตรียมอพยพ",
    "สมชาย ประชุมร่วมกับชาวบ้าน",
]


@pytest.mark.parametrize("sentence", NO_PERSON, ids=[f"{i:02d}" for i in range(len(NO_PERSON))])
def test_no_false_person(sentence: str) -> None:
    assert people(sentence) == []


def test_seed_digital_covid(samples: Path) -> None:
    text = (samples / "digital-covid-2020.txt").read_text(encoding="utf-8")
    found = people(text)
    assert [(p.text, p.title, p.name) for p in found] == [
        ("นายพุทธิพงษ์ ปุณณกันต์", "นาย", "พุทธิพงษ์ ปุณณกันต์"),
        ("นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย", "นางสาว", "อัจฉรินทร์ พัฒนพันธ์ชัย"),
    ]
    minister, secretary = found
    assert text[minister.start : minister.end] == minister.text
    assert minister.position == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert minister.organization == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert [m.text for m in minister.mentions] == [
        "พุทธิพงษ์", "นายพุทธิพงษ์ ปุณณกันต์", "นายพุทธิพงษ์",
    ]
    assert secretary.position == "ปลัดกระทรวงดิจิทัลฯ"
    assert secretary.position_expanded == "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert secretary.organization == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


def test_seed_adgmin(samples: Path) -> None:
    text = (samples / "adgmin-2022.txt").read_text(encoding="utf-8")
    found = people(text)
    assert len(found) == 1
    person = found[0]
    assert (person.title, person.name) == ("นาย", "ชัยวุฒิ ธนาคมานุสรณ์")
    assert person.text == text[person.start : person.end]
    assert person.text.replace("\xa0", " ") == "นายชัยวุฒิ ธนาคมานุสรณ์"
    assert person.position == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม"
    assert person.position_expanded == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    # Headline mentions come first; every mention maps back to the original text.
    assert [m.text.replace("\xa0", " ") for m in person.mentions] == [
        "ชัยวุฒิ", "ชัยวุฒิ", "ชัยวุฒิ", "นายชัยวุฒิ ธนาคมานุสรณ์", "นายชัยวุฒิ ธนาคมานุสรณ์",
        "นายชัยวุฒิ",
    ]
    for m in person.mentions:
        assert text[m.start : m.end] == m.text


# A zero-width space or BOM between words (web copy) ends a name; offsets stay the original's.
ZERO_WIDTH = [
    ("นายสมพร ประชุม\ufeffอดีตกำนันตำบลตลิ่งชัน", "นายสมพร ประชุม", "สมพร ประชุม"),
    ("ต่อมา\u200bนายสมรักษ์\u200bส่งรพ.เพื่อรักษา", "นายสมรักษ์", "สมรักษ์"),
    ("นางสาวสมพร\ufeffแฟนของผู้ตาย ให้การว่า", "นางสาวสมพร", "สมพร"),
]


@pytest.mark.parametrize(("sentence", "span", "name"), ZERO_WIDTH, ids=["bom", "zwsp", "given"])
def test_zero_width_space_ends_a_name(sentence: str, span: str, name: str) -> None:
    person = only_person(sentence)
    start = sentence.index(span)
    assert (person.text, person.start, person.end, person.name) == (span, start,
                                                                    start + len(span), name)


def test_name_lists_are_read_without_importing_pythainlp() -> None:
    code = (
        "import sys\n"
        "from thaiextract.extractors import people as p\n"
        "given, family = p._name_lists()\n"
        "assert 'สมชาย' in given and 'ชินวัตร' in family\n"
        "assert 'ประชุม' in p._dictionary() and 'เชียงใหม่' in p._provinces()\n"
        "assert 'และ' in p._stopwords()\n"
        "print('pythainlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_name_lists_match_pythainlp_and_fall_back_to_its_api(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    from thaiextract.extractors import people as p

    expected = (frozenset(thai_male_names()) | frozenset(thai_female_names()),
                frozenset(thai_family_names()))
    assert p._name_lists() == expected
    p._name_lists.cache_clear()
    monkeypatch.setattr(p, "_corpus_file", lambda filename: None)
    try:
        assert p._name_lists() == expected
    finally:
        p._name_lists.cache_clear()
