"""Kinds of posts mainstream news writes (issue 11, session 5): acting posts, a department's
provincial office, a post before a quoted name. Each row is a real sentence (source in a comment)
or one written the way the source writes it; the post is checked as written and expanded, and
the person's name by its exact span."""

from __future__ import annotations

import pytest
from post_rows import person_named

# (sentence, name, position as written, expanded)
ACTING = [
    # NewsTV13 Siam Thai regional item (eval4-124)
    ("นาย ประเทือง เพชรโรจน์ รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร กล่าวรายงานว่า",
     "ประเทือง เพชรโรจน์", "รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร",
     "รักษาราชการปลัดองค์การบริหารส่วนจังหวัดยโสธร"),
    # ThaiNER 1.5 train (wannaphong/thai-ner, CC BY 3.0), L2522
    ("นายสัตวแพทย์สรวิศ ธานีโต รักษาราชการแทนอธิบดีกรมปศุสัตว์ กล่าวว่า จากกรณีที่ราคาสับปะรด",
     "สรวิศ ธานีโต", "รักษาราชการแทนอธิบดีกรมปศุสัตว์", "รักษาราชการแทนอธิบดีกรมปศุสัตว์"),
    # ThaiNER 1.5 train, L4237
    ("โดยมี ผศ.ดร.พัฒนพงษ์ วันจันทึก รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม เป็นประธาน",
     "พัฒนพงษ์ วันจันทึก", "รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม",
     "รักษาราชการแทนอธิการบดีมหาวิทยาลัยนครพนม"),
    # thaigov.go.th release (fresh-030): "acting in the post of"
    ("นายใบน้อย สุวรรณชาตรี รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม เข้าร่วมประชุม",
     "ใบน้อย สุวรรณชาตรี", "รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม",
     "รักษาการในตำแหน่งผู้ตรวจราชการกระทรวงอุตสาหกรรม"),
    # a post with both modifiers, as releases write deputies' assistants
    ("นายสมชาย ใจดี ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค กล่าวว่า", "สมชาย ใจดี",
     "ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค", "ผู้ช่วยผู้ว่าการการไฟฟ้าส่วนภูมิภาค"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), ACTING,
                         ids=["acting-official", "acting-in-place-of", "acting-rector",
                              "acting-in-the-post", "assistant"])
def test_an_acting_post(sentence: str, name: str, position: str, expanded: str) -> None:
    person = person_named(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


PROVINCIAL_OFFICES = [
    # ONB News regional item (eval4-111)
    ("นายธวัช หงษ์บิน นายอำเภอท่าชนะ นายจำนง สวัสดิ์วงศ์ ปภ.จังหวัดสุราษฎร์ธานี ลงพื้นอำเภอท่าชนะ",
     "จำนง สวัสดิ์วงศ์", "ปภ.จังหวัดสุราษฎร์ธานี",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดสุราษฎร์ธานี"),
    # ThaiNER 1.5 train, L2518: the same head written out
    ("นายไพศาล วิมลรัตน์ ผู้ว่าราชการจังหวัดน่าน พร้อมด้วย นายณรงค์ อินโส "
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน นำเจ้าหน้าที่ ปภ.สาขา อาสาสมัคร",
     "ณรงค์ อินโส", "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน"),
    ("นายสมชาย ใจดี ปภ.จ.ลำปาง กล่าวว่า", "สมชาย ใจดี", "ปภ.จ.ลำปาง",
     "ป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), PROVINCIAL_OFFICES,
                         ids=["abbreviated", "written-out", "abbreviated-province"])
def test_a_departments_provincial_office_head(sentence: str, name: str, position: str,
                                               expanded: str) -> None:
    person = person_named(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


def test_the_department_alone_is_no_post() -> None:
    # ThaiNER 1.5 train, L2618: "เจ้าหน้าที่ ปภ." are officials of the department, no one's post.
    sentence = "นายสมชาย ใจดี ปภ.ประกาศเตือนภัย 49 จังหวัด"
    assert person_named(sentence, "สมชาย ใจดี").position is None


# A post written before a quoted name (the quote opens right after the post and a space).
BEFORE_QUOTED = [
    # Thairath international item (eval4-101)
    ('ภายในงานยังได้นำวีดิโอของอดีตประธานาธิบดีสหรัฐฯ "จิมมี่ คาร์เตอร์" มาร่วมทักทายแขกเหรื่อ',
     "จิมมี่ คาร์เตอร์", "อดีตประธานาธิบดีสหรัฐฯ"),
    ("ภายในงานยังได้นำวีดิโอของอดีตประธานาธิบดีสหรัฐฯ “จิมมี่ คาร์เตอร์” มาร่วมทักทายแขกเหรื่อ",
     "จิมมี่ คาร์เตอร์", "อดีตประธานาธิบดีสหรัฐฯ"),
    # ThaiNER 1.5 train, L2648
    ('วันนี้เพิ่งทราบว่า ทางหัวหน้าชุดพญาเสือ "ชัยวัฒน์ ลิ้มลิขิตอักษร" แวะมาเข้าพื้นที่',
     "ชัยวัฒน์ ลิ้มลิขิตอักษร", "หัวหน้าชุดพญาเสือ"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), BEFORE_QUOTED,
                         ids=["straight-quotes", "curly-quotes", "thainer"])
def test_a_post_before_a_quoted_name(sentence: str, name: str, position: str) -> None:
    assert person_named(sentence, name).position == position


@pytest.mark.parametrize("sentence", [
    # the quoted post is a word the text talks about, not the post of the name after it
    'ตำแหน่ง "ผู้ว่าราชการจังหวัด" นายสมชาย ใจดี กล่าวว่า',
    # ThaiNER 1.5 train, L1434: a quotation closes right before the name
    'ขณะนี้ อคส.แต่งตั้งหัวหน้าคลังคนใหม่ไปทำหน้าที่แล้ว"นายสมชาย ใจดี กล่าว',
], ids=["quoted-word", "closing-quote-glued"])
def test_a_closing_quote_before_a_name_gives_no_post(sentence: str) -> None:
    assert person_named(sentence, "สมชาย ใจดี").position is None


# Where a post ends: two seats joined by "และ" are both the person's; a "และ" glued after a post
# and followed by another person, a verb or a relative phrase glued after it end the post.
# (sentence, name, position as written, expanded)
ENDS = [
    # thaigov.go.th release (fresh-029): glued "และ", then a space and the second seat
    ("วันที่ 1 มี.ค.64 ตามที่ พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและ รมว.กลาโหม  ได้ย้ำในหลายวาระว่า",
     "ประยุทธ์ จันทร์โอชา", "นายกรัฐมนตรีและ รมว.กลาโหม",
     "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
    # thaigov.go.th release (gov-004): spaced "และ" glued to the second seat
    ("ตนได้รับมอบหมายจากพล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม "
     "ให้ติดตามและสังเกตการณ์", "ประยุทธ์ จันทร์โอชา",
     "นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม",
     "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
    # thaigov.go.th release (gov-027): both abbreviated, spaced
    ("พล.อ.ประยุทธ์ จันทร์โอชา นายกฯ และ รมว.กลาโหม กล่าวว่า", "ประยุทธ์ จันทร์โอชา",
     "นายกฯ และ รมว.กลาโหม", "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
    # thaigov.go.th release (gov-032): the "และ" joins the next person
    ("โดยมีนายอิทธิพล คุณปลื้ม รัฐมนตรีว่าการกระทรวงวัฒนธรรมและนางสาวไตรศุลี ไตรสรณกุล "
     "รองโฆษกประจำสำนักนายกรัฐมนตรี รอให้การต้อนรับ", "อิทธิพล คุณปลื้ม",
     "รัฐมนตรีว่าการกระทรวงวัฒนธรรม", "รัฐมนตรีว่าการกระทรวงวัฒนธรรม"),
    # thaigov.go.th release (fresh-030): "and the agencies concerned" glued after the post
    ("นอกจากนี้ยังมีนายบรรจง สุกรีฑา ผู้ตรวจราชการกระทรวงอุตสาหกรรมและหน่วยงานที่เกี่ยวข้อง"
     "เข้าร่วมประชุมผ่านโปรแกรม ZOOM", "บรรจง สุกรีฑา", "ผู้ตรวจราชการกระทรวงอุตสาหกรรม",
     "ผู้ตรวจราชการกระทรวงอุตสาหกรรม"),
    # Matichon (news-005): a verb glued after the post
    ("ของ ต.ตะพง อ.เมืองระยอง โดยนายทวีป แสงกระจ่าง นายกอบต.ตะพงจัดขึ้นเพื่อสร้างความสามัคคี",
     "ทวีป แสงกระจ่าง", "นายกอบต.ตะพง", "นายกองค์การบริหารส่วนตำบลตะพง"),
    # thaigov.go.th release (gov-011): "ในฐานะ" glued after the post opens another capacity
    ("โดยมี นายเหวียน ซวน ฟุก นายกรัฐมนตรีเวียดนามในฐานะประธานการประชุม กล่าวเปิดการประชุม",
     "เหวียน ซวน ฟุก", "นายกรัฐมนตรีเวียดนาม", "นายกรัฐมนตรีเวียดนาม"),
    # ThaiNER 1.5 train, L1375
    ("ด้านนายสัก กอแสงเรืองโฆษกคตส.ในฐานะคณะอนุกรรมการตรวจสอบการซื้อขายหุ้นบริษัท กล่าวว่า",
     "สัก กอแสงเรือง", "โฆษกคตส.",
     "โฆษกคณะกรรมการตรวจสอบการกระทำที่ก่อให้เกิดความเสียหายแก่รัฐ"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), ENDS,
                         ids=["glued-and-then-seat", "spaced-and-seat", "abbreviated-seats",
                              "and-before-next-person", "and-the-agencies", "glued-verb",
                              "in-the-capacity-of", "in-the-capacity-of-thainer"])
def test_where_a_post_ends(sentence: str, name: str, position: str, expanded: str) -> None:
    person = person_named(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


# "และ" before what is no seat of one person: a role many hold, a list of ministries, or a seat
# whose holder is named next.
NOT_JOINED = [
    ("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ และหัวหน้าส่วนราชการ เข้าร่วมพิธี",
     "สมชาย ใจดี", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
    # ThaiNER 1.5 train, L0554: the ministers of two ministries
    ("ร่วมกันแถลงข่าวภายหลังเข้าประชุมร่วมกับนายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี "
     "และรัฐมนตรีว่าการกระทรวงสาธารณสุข กระทรวงเกษตรและสหกรณ์ ที่ทำเนียบรัฐบาลว่า",
     "สมคิด จาตุศรีพิทักษ์", "รองนายกรัฐมนตรี"),
    ("พล.อ.ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม "
     "พล.อ.สมชาย ใจดี ร่วมประชุม", "ประวิตร วงษ์สุวรรณ", "รองนายกรัฐมนตรี"),
    # ThaiNER 1.5 train, L5051: a list of people; the last item is another person's seat
    ("ขณะที่นายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรีฝ่ายเศรษฐกิจ นายกอบศักดิ์ ภูตระกูล "
     "รัฐมนตรีประจำสำนักนายกรัฐมนตรี และอธิบดีกรมชลประทาน ได้ร่วมกัน", "กอบศักดิ์ ภูตระกูล",
     "รัฐมนตรีประจำสำนักนายกรัฐมนตรี"),
    # ThaiNER 1.5 train, L2586: a clause glued after the second seat
    ("พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหมรู้สึกยินดีที่"
     "กระทรวงต่างประเทศ สหรัฐอเมริกา ได้ประกาศ", "ประวิตร วงษ์สุวรรณ", "รองนายกรัฐมนตรี"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), NOT_JOINED,
                         ids=["role-of-many", "list-of-ministries", "holder-named-next",
                              "seats-that-exclude", "clause-after-second-seat"])
def test_and_before_what_is_no_seat_of_theperson_named(sentence: str, name: str, position: str
                                                   ) -> None:
    assert person_named(sentence, name).position == position


# A post after a quoted name, as headlines and features write it.
# (sentence, name, position)
AFTER_QUOTED = [
    # Thai Post (thaipost.net/main/detail/89173)
    ("โดย “นายอนุชา บูรพชัยศรี” โฆษกประจำสำนักนายกรัฐมนตรี ได้ให้สัมภาษณ์กับหนังสือพิมพ์ไทยโพสต์",
     "อนุชา บูรพชัยศรี", "โฆษกประจำสำนักนายกรัฐมนตรี"),
    # ThaiNER 1.5 train, L5139
    ("“สนิท พรหมวงษ์” อธิบดีกรมการขนส่งทางบก ระบุกรณีที่กลุ่มแท็กซี่แวน", "สนิท พรหมวงษ์",
     "อธิบดีกรมการขนส่งทางบก"),
    # ThaiNER 1.5 train, L4293
    ('"โคฟี อันนัน" อดีตเลขาฯ ยูเอ็นถึงแก่กรรมในวัย 80 ปี', "โคฟี อันนัน", "อดีตเลขาฯ ยูเอ็น"),
    # ThaiNER 1.5 train, L4211: the post ends before the verb glued after it
    ("‘ชวน หลีกภัย’ประธานสภาที่ปรึกษาพรรคประชาธิปัตย์เข้าโรงพยาบาลหลังมีอาการท้องเสีย",
     "ชวน หลีกภัย", "ประธานสภาที่ปรึกษาพรรคประชาธิปัตย์"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), AFTER_QUOTED,
                         ids=["curly-quotes", "headline", "straight-quotes", "single-glued"])
def test_a_post_after_a_quoted_name(sentence: str, name: str, position: str) -> None:
    assert person_named(sentence, name).position == position


# The abbreviation of the post's organisation in brackets is part of the post as written; the
# expanded post leaves it out. A caption word in brackets is no part of it.
# (sentence, name, position, expanded)
BRACKETED = [
    # MGR Online (mgronline.com/qol/detail/9550000136311)
    ("วันนี้ (7 พ.ย.) ที่กระทรวงสาธารณสุข นพ.ประดิษฐ สินธวณรงค์ รัฐมนตรีว่าการกระทรวงสาธารณสุข "
     "(สธ.) กล่าวภายหลังการประชุม", "ประดิษฐ สินธวณรงค์",
     "รัฐมนตรีว่าการกระทรวงสาธารณสุข (สธ.)", "รัฐมนตรีว่าการกระทรวงสาธารณสุข"),
    # thaigov.go.th release (eval4-020)
    ("นายนิยม สองแก้ว อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน (กสร.) เปิดเผยว่า", "นิยม สองแก้ว",
     "อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน (กสร.)", "อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน"),
    # ThaiNER 1.5 train, L1186: the post's own abbreviation
    ("นางมาลินี สุขเวชชวรกิจ สมาชิกวุฒิสภา (ส.ว.) กล่าวว่า", "มาลินี สุขเวชชวรกิจ",
     "สมาชิกวุฒิสภา (ส.ว.)", "สมาชิกวุฒิสภา"),
    ("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ (ซ้าย) มอบเงินช่วยเหลือ", "สมชาย ใจดี",
     "ผู้ว่าราชการจังหวัดเชียงใหม่", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), BRACKETED,
                         ids=["ministry", "department", "own-abbreviation", "caption-word"])
def test_a_bracketed_abbreviation_after_the_post(sentence: str, name: str, position: str,
                                                 expanded: str) -> None:
    person = person_named(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


# Sports posts, and a description of the holder glued after a post ("คนล่าสุด", "คนใหม่").
SPORTS = [
    # tnews.co.th sport item
    ('เอาแล้วไง! "พีรดนย์ ฉ่ำรัศมี" กัปตันทีมชาติไทยคนล่าสุด พูดแบบไม่อาย หลังเสมอสปป.ลาว',
     "พีรดนย์ ฉ่ำรัศมี", "กัปตันทีมชาติไทย"),
    ("นายสมชาย ใจดี กัปตันทีมสโมสรบุรีรัมย์ ยูไนเต็ด กล่าวว่า", "สมชาย ใจดี",
     "กัปตันทีมสโมสรบุรีรัมย์"),
    ("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่คนใหม่ เดินทางถึง", "สมชาย ใจดี",
     "ผู้ว่าราชการจังหวัดเชียงใหม่"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), SPORTS,
                         ids=["captain-latest", "club-captain", "the-new-governor"])
def test_sports_posts_and_holder_descriptions(sentence: str, name: str, position: str) -> None:
    assert person_named(sentence, name).position == position
