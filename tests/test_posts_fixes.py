"""Where a post ends, mended after review (issue 11, session 5): a ministry named after a post
that ends in the bare word "กระทรวง" is the post's own; a second post joined by "และ" and followed
by a verb done together is another person's. Each row is a real sentence (source in a comment) or
one written the way the source writes it; the post is checked as written and expanded."""

from __future__ import annotations

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def _person(sentence: str, name: str) -> PersonFact:
    people = extract(sentence, only="people").people
    (person,) = [p for p in people if p.name == name]
    assert sentence[person.start : person.end] == person.text
    return person


# Civil-service posts end in the bare word and name the ministry after a space.
# (sentence, name, position as written, expanded)
MINISTRY_AFTER_BARE_WORD = [
    ("นายสมชาย ใจดี รองปลัดกระทรวง กระทรวงมหาดไทย เป็นประธานการประชุม", "สมชาย ใจดี",
     "รองปลัดกระทรวง กระทรวงมหาดไทย", "รองปลัดกระทรวงมหาดไทย"),
    ("นายสมชาย ใจดี ผู้ตรวจราชการกระทรวง กระทรวงเกษตรและสหกรณ์ ลงพื้นที่", "สมชาย ใจดี",
     "ผู้ตรวจราชการกระทรวง กระทรวงเกษตรและสหกรณ์", "ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์"),
    ("นายสมชาย ใจดี ผู้อำนวยการกองกลาง สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข เปิดเผยว่า",
     "สมชาย ใจดี", "ผู้อำนวยการกองกลาง สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข",
     "ผู้อำนวยการกองกลางสำนักงานปลัดกระทรวงสาธารณสุข"),
    ("นางสาวสมหญิง ใจดี นักวิเคราะห์นโยบายและแผน สำนักงานปลัดกระทรวง กระทรวงแรงงาน กล่าวว่า",
     "สมหญิง ใจดี", "นักวิเคราะห์นโยบายและแผน สำนักงานปลัดกระทรวง กระทรวงแรงงาน",
     "นักวิเคราะห์นโยบายและแผนสำนักงานปลัดกระทรวงแรงงาน"),
    # written as a Khon Kaen Hospital page heads its office ("สำนักงานปลัดกระทรวง กระทรวง
    # สาธารณสุข"; a hospital page: "สังกัดสำนักงานปลัดกระทรวง กระทรวงสาธารณสุข")
    ("นายแพทย์สมชาย ใจดี ผู้อำนวยการโรงพยาบาลขอนแก่น สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข "
     "เปิดเผยว่า", "สมชาย ใจดี",
     "ผู้อำนวยการโรงพยาบาลขอนแก่น สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข",
     "ผู้อำนวยการโรงพยาบาลขอนแก่นสำนักงานปลัดกระทรวงสาธารณสุข"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), MINISTRY_AFTER_BARE_WORD,
                         ids=["deputy-permanent-secretary", "inspector-general",
                              "office-of-the-permanent-secretary", "policy-analyst",
                              "hospital-director"])
def test_a_ministry_named_after_the_bare_word_is_the_posts(sentence: str, name: str,
                                                           position: str, expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


# A post that names its ministry does not run into a second one (the next item of a sentence).
SECOND_NAMED_MINISTRY = [
    ("พล.อ.ประวิตร วงษ์สุวรรณ รัฐมนตรีว่าการกระทรวงกลาโหม กระทรวงแรงงานภายใต้การนำของ",
     "ประวิตร วงษ์สุวรรณ", "รัฐมนตรีว่าการกระทรวงกลาโหม"),
    ("นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข กระทรวงเกษตรและสหกรณ์ และกระทรวงมหาดไทย ร่วมประชุม",
     "สมชาย ใจดี", "ปลัดกระทรวงสาธารณสุข"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), SECOND_NAMED_MINISTRY,
                         ids=["minister-then-ministry", "permanent-secretary-then-list"])
def test_no_post_sits_in_two_named_ministries(sentence: str, name: str, position: str) -> None:
    assert _person(sentence, name).position == position


# A verb done together right after "X และ Y" says two people act: the second post is another's.
# (sentence, name, position)
JOINT_VERB = [
    ("นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี และ รมว.กลาโหม ร่วมกันแถลงข่าวที่ทำเนียบรัฐบาล",
     "แพทองธาร ชินวัตร", "นายกรัฐมนตรี"),
    ("นายเศรษฐา ทวีสิน นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้หารือกันถึงแนวทาง",
     "เศรษฐา ทวีสิน", "นายกรัฐมนตรี"),
    ("นายสมชาย ใจดี รองนายกรัฐมนตรี และ รมว.คลัง ทั้ง 2 คนได้ชี้แจงต่อที่ประชุม",
     "สมชาย ใจดี", "รองนายกรัฐมนตรี"),
]


@pytest.mark.parametrize(("sentence", "name", "position"), JOINT_VERB,
                         ids=["jointly", "discussed-with-each-other", "both-of-them"])
def test_a_joint_verb_after_the_second_post_makes_it_anothers(sentence: str, name: str,
                                                              position: str) -> None:
    assert _person(sentence, name).position == position


# Spaced "และ" with no joint verb after it stays one person's two seats (real, MGR Online).
# (sentence, name, position, expanded)
SPACED_AND_ONE_PERSON = [
    # mgr.imprezzer.com/politics/detail/9680000067675
    ("วันนี้ (18ก.ค.) นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี และ รัฐมนตรีว่าการกระทรวงมหาดไทย "
     "ในฐานะรักษาราชการแทนนายกรัฐมนตรี กล่าวถึงกรณีที่", "ภูมิธรรม เวชยชัย",
     "รองนายกรัฐมนตรี และ รัฐมนตรีว่าการกระทรวงมหาดไทย",
     "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย"),
    # mgronline.com/politics/detail/9680000118104
    ("ซึ่งนายอนุทิน ชาญวีรกูล นายกรัฐมนตรี และรมว.มหาดไทย ระบุ ได้มอบหมายให้ กระทรวงกลาโหม",
     "อนุทิน ชาญวีรกูล", "นายกรัฐมนตรี และรมว.มหาดไทย",
     "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย"),
    # "ร่วมกันกับ" (together with someone) is one person's act
    ("นายสมชาย ใจดี นายกรัฐมนตรี และ รมว.มหาดไทย ร่วมกันกับผู้ว่าราชการจังหวัด เปิดงาน",
     "สมชาย ใจดี", "นายกรัฐมนตรี และ รมว.มหาดไทย",
     "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย"),
    # "ทั้งสองตำแหน่ง" (both posts) speaks of one person's seats
    ("นายสมชาย ใจดี นายกรัฐมนตรี และ รมว.กลาโหม ทั้งสองตำแหน่ง ได้สั่งการ", "สมชาย ใจดี",
     "นายกรัฐมนตรี และ รมว.กลาโหม", "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), SPACED_AND_ONE_PERSON,
                         ids=["both-sides-spaced", "spaced-before", "together-with",
                              "both-posts"])
def test_spaced_and_without_a_joint_verb_joins_the_seats(sentence: str, name: str,
                                                         position: str, expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


# A known organisation that opens inside the post's head ("รัฐมนตรีว่าการกระทรวง|การ…") runs past
# a word that would end the post ("ของ", a space): the post holds the whole ministry.
# (sentence, name, position as written, expanded)
ORGANISATION_INSIDE_THE_HEAD = [
    # ThaiNER 1.5 train, L4238 (name glued to the post)
    ("พลเอก อนันตพร กาญจนรัตน์รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (รมว.พม.) "
     "เป็นประธานในพิธี", "อนันตพร กาญจนรัตน์",
     "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (รมว.พม.)",
     "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    # Matichon (news-008)
    ("มีความเห็นพร้อมนำสำนวนสมควรสั่งฟ้อง นายวัฒนา เมืองสุข อดีตรัฐมนตรีว่าการกระทรวงการพัฒนาสังคม"
     "และความมั่นคงของมนุษย์ ผู้สมัคร ส.ส.พรรคเพื่อไทย", "วัฒนา เมืองสุข",
     "อดีตรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
     "อดีตรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    # thaigov.go.th release (fresh-008)
    ("เวลา 11.00 น. นางพัชรี อาระยะกุล ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (ปลัด พม.) "
     "เป็นประธานในพิธีเปิดงาน", "พัชรี อาระยะกุล",
     "ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
     "ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    # thaigov.go.th release (gov-018): the ministry's name holds spaces
    ("ศาสตราจารย์ อเนก เหล่าธรรมทัศน์ รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
     "และนายดิสทัต โหตระกิตย์ เลขาธิการนายกรัฐมนตรี ร่วมเยี่ยมชมด้วย", "อเนก เหล่าธรรมทัศน์",
     "รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
     "รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"),
                         ORGANISATION_INSIDE_THE_HEAD,
                         ids=["glued-name-thainer", "former-minister", "permanent-secretary",
                              "spaced-ministry-name"])
def test_an_organisation_opening_inside_the_head_is_whole(sentence: str, name: str,
                                                          position: str, expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)


# A post glued to "ของ" and a country that ends there is that country's post; "ของ" before
# anything else ends it. (sentence, name, position as written, expanded)
OF_A_COUNTRY = [
    # ThaiNER 1.5 train, L642
    ("ว่า นางจาง ฉีเย่ โฆษกกระทรวงการต่างประเทศของจีน ปฏิเสธข้อกล่าวหาของนักวิทยาศาสตร์",
     "จาง ฉีเย่", "โฆษกกระทรวงการต่างประเทศของจีน", "โฆษกกระทรวงการต่างประเทศของจีน"),
    # ThaiNER 1.5 train, L657: the country keeps the Thai ministry's name out of the expansion
    ("นายโมฮัมหมัด ซาริฟ รมช.เกษตรของมาเลเซีย ให้คำมั่นว่ามาเลเซียจะไม่ปิดข่าวไข้หวัดนก",
     "โมฮัมหมัด ซาริฟ", "รมช.เกษตรของมาเลเซีย", "รัฐมนตรีช่วยว่าการกระทรวงเกษตรของมาเลเซีย"),
    # ThaiNER 1.5 train, L577
    ("นางจูลี ฮอลล์ ผู้เชี่ยวชาญองค์การอนามัยโลกประจำกรุงปักกิ่งของจีน เรียกร้องให้จีนนำวิกฤต",
     "จูลี ฮอลล์", "ผู้เชี่ยวชาญองค์การอนามัยโลกประจำกรุงปักกิ่งของจีน",
     "ผู้เชี่ยวชาญองค์การอนามัยโลกประจำกรุงปักกิ่งของจีน"),
    # Matichon (news-023)
    ("สู่ค่ายกักกันด้านนายแพทริก จากี รมชกระทรวงยุติธรรมของโปแลนด์ กล่าวว่ากฎหมายดังกล่าว",
     "แพทริก จากี", "รมชกระทรวงยุติธรรมของโปแลนด์",
     "รัฐมนตรีช่วยว่าการกระทรวงยุติธรรมของโปแลนด์"),
    # "ของ" before a person, or a country name glued into a longer word: the post ends
    ("นายสมชาย ใจดี ทนายความของนายสมศักดิ์ รักดี กล่าวว่า", "สมชาย ใจดี", "ทนายความ",
     "ทนายความ"),
    ("นายสมชาย ใจดี นักวิเคราะห์ของจีนแผ่นดินใหญ่ กล่าวว่า", "สมชาย ใจดี", "นักวิเคราะห์",
     "นักวิเคราะห์"),
]


@pytest.mark.parametrize(("sentence", "name", "position", "expanded"), OF_A_COUNTRY,
                         ids=["spokesman-of-china", "deputy-minister-of-malaysia",
                              "who-expert", "deputy-minister-of-poland", "lawyer-of-a-person",
                              "glued-country-word"])
def test_a_post_of_a_country(sentence: str, name: str, position: str, expanded: str) -> None:
    person = _person(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)
