"""A titled given name with the sentence glued after it: the name ends where the clause's verb,
auxiliary or negation begins (issue 11, "short mentions that swallow the next word"; session 6).

Older Thai news write no space between a short mention and its verb ("นายบุญสมตาย"); a given
name no list holds was read up to the next boundary word, verb and all."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract


def mentions(text: str) -> list[str]:
    return [m.text for p in extract(text).people for m in p.mentions]


# (sentence, the mentions as written). Sources in the comments.
GLUED = [
    # ThaiNER 1.5 train, line 974 (news of the 2004 bird-flu outbreak): a state verb (ตาย).
    ("เมื่อตอนเย็นวันที่ 19 ม.ค. ไก่ของนายบุญสมตาย นายบุญสมได้เชือดคอแล้วนำไปฝังกลางที่นา",
     ["นายบุญสม", "นายบุญสม"]),
    # ThaiNER 1.5 train, line 833: an action verb (แจง) before the boundary word ว่า.
    ("ทั้งนี้ การรายงานผลที่ล่าช้านั้น นางสุดารัตน์แจงว่า เมื่อตรวจพบเชื้อไข้หวัดนกเบื้องต้นแล้ว",
     ["นางสุดารัตน์"]),
    # ThaiNER 1.5 train, line 1910 (crime): three glued mentions, each a different verb.
    ("จากการสอบถามเพื่อนข้างห้องนายเพลิงทราบว่านายเพลิงมีภรรยาชื่อนางพรบุญ สิงห์ธุสินอายุ35ปี",
     ["นายเพลิง", "นายเพลิง", "นางพรบุญ สิงห์ธุสิน"]),
    # ThaiNER 1.5 train, line 1993 (court news): a verb of three syllables (พยายาม).
    ("ผู้ต้องหาทั้ง3รายเป็นผู้ยิงปืนใส่รถยนต์ที่น.ส.พรวิภาพยายามจะขับหลบหนีการจับกุม",
     ["น.ส.พรวิภา"]),
    # ThaiNER 1.5 train, line 452 (bird-flu news): a verb compound ORCHID does not tag
    # (เสียชีวิต), read by its first word (เสีย).
    ("ต้องดูแลอยู่ตลอดเวลา หลัง ด.ช.ประภาสิทธิ์เสียชีวิต นางสมบูรณ์ก็เสียใจมาก",
     ["ด.ช.ประภาสิทธิ์", "นางสมบูรณ์"]),
    # ThaiNER 1.5 train, line 1349 (politics): a rank spaced as scraped, then มา|บอก.
    ("นอกจากนี้นายมีชัยยอมรับกับสื่อมวลชนว่าล่าสุดพล. ร.ท.พะจุณณ์มาบอกว่าข่าวที่จะเปิดอภิปราย",
     ["นายมีชัย", "พล. ร.ท.พะจุณณ์"]),
]

# Names that read as a name and a verb and must stay whole.
WHOLE = [
    # tests/devset/fresh.jsonl fresh-021 (Thai PBS): given name and surname written glued; the
    # surname opens with a state verb (เสถียร) and holds a proper noun (ไทย).
    ("นับจากนายสุรเกียรติเสถียรไทย อดีตรัฐมนตรีว่าการกระทรวงการต่างประเทศ ผู้เคยถวายงาน",
     ["นายสุรเกียรติเสถียรไทย"]),
    # A name that opens with a verb (มี|ชัย): ThaiNER 1.5 train, line 1349.
    ("นอกจากนี้นายมีชัยยอมรับกับสื่อมวลชนว่า", ["นายมีชัย"]),
    # A listed given name ending in a verb (บุญ|ส่ง) glued to its speech verb.
    ("นายบุญส่งกล่าวว่าจะเดินทางไปตรวจพื้นที่", ["นายบุญส่ง"]),
    # A given name no list holds that ends like one (กุศล|สนอง: สนอง ends listed names),
    # then its surname.
    ("นายกุศลสนอง ใจดี กล่าวว่าจะเดินทางไปตรวจพื้นที่", ["นายกุศลสนอง ใจดี"]),
    # ThaiNER 1.5 train (Bogdan Badea) without its Latin brackets: a foreign given name that
    # reads บ็อก|ดัน (ดัน a verb), then an unlisted surname after a space (review PE0b).
    ("นายบ็อกดัน บาเดีย เอกอัครราชทูตโรมาเนียประจำประเทศไทย เข้าเยี่ยมคารวะรัฐมนตรีว่าการ"
     "กระทรวงการต่างประเทศ", ["นายบ็อกดัน บาเดีย"]),
]


@pytest.mark.parametrize(("sentence", "expected"), GLUED,
                         ids=["state-verb", "action-verb", "three-verbs", "long-verb",
                              "untagged-compound", "spaced-rank"])
def test_glued_clause_is_cut(sentence: str, expected: list[str]) -> None:
    assert mentions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), WHOLE,
                         ids=["glued-surname", "verb-opens-name", "listed-name",
                              "name-ending-surname-follows", "foreign-unlisted-surname"])
def test_name_stays_whole(sentence: str, expected: list[str]) -> None:
    assert mentions(sentence) == expected


def test_offsets_point_into_the_input() -> None:
    text = GLUED[0][0]
    for person in extract(text).people:
        for m in person.mentions:
            assert text[m.start:m.end] == m.text


# A surname glued to the post after it (old and scraped text drop the space): the post ends it.
GLUED_POSTS = [
    # ThaiNER 1.5 train, line 1498 (court news): a person noun (ทนายความ) glued on; the
    # surname was cut at the civil title inside ทนาย.
    ("นอกจากนี้ยังมีนายประกอบรัตน์ เดชากุลทนายความของนางสังวาลย์ ศรีหะวงษ์อายุ40ปี",
     "นายประกอบรัตน์ เดชากุล"),
    # ThaiNER 1.5 train, line 1867 (police news): a dotted post abbreviation (สว.) glued on.
    ("รอง ผกก.สภ.อ.เมืองพ.ต.ต.นิธิศ บุญเมฆสว.สส.และร.ต.ท.ภานุวัฒน์ มากมูลร้อยเวรฯ",
     "พ.ต.ต.นิธิศ บุญเมฆ"),
]

# Words after a given name that hold a post's letters but are no surname glued to a post.
NOT_GLUED_POSTS = [
    # ThaiNER 1.5 train, line 1711: a phrase (ยังให้การรับสาร|ภาพ); ภาพ is a credit word.
    ("นางอรุณี ยังให้การรับสารภาพด้วยว่าเป็นคนหยิบมีดคัตเตอร์", "นางอรุณี"),
    # ThaiNER 1.5 train, line 2507: a surname that ends in the letters of ภาพ.
    ("โดยมี น.อ.คมสัน สอนสุภาพ รองผู้บังคับหน่วยเฉพาะกิจนาวิกโยธินตราด", "น.อ.คมสัน สอนสุภาพ"),
    # tests/devset/news.jsonl news-002 (Prachatai): a post of its own after the given name.
    ("เข้าให้การต่อศาลนายเมฆินทร์ ประธานเจ้าหน้าที่ บริษัท วอยซ์ทีวี จำกัด", "นายเมฆินทร์"),
    # tests/devset/news.jsonl news-038: a verb phrase ending in a position word (ประชาชน).
    ("พล.ต.ท.ไตรรงค์ ฝากเตือนประชาชนให้ระวังข่าวปลอม", "พล.ต.ท.ไตรรงค์"),
]


@pytest.mark.parametrize(("sentence", "mention"), GLUED_POSTS, ids=["person-noun", "dotted-post"])
def test_glued_post_ends_surname(sentence: str, mention: str) -> None:
    assert mention in mentions(sentence)


@pytest.mark.parametrize(("sentence", "mention"), NOT_GLUED_POSTS,
                         ids=["phrase", "surname-ending", "spaced-post", "verb-phrase"])
def test_no_glued_post(sentence: str, mention: str) -> None:
    assert mention in mentions(sentence)


def test_zero_width_break_before_post_ends_surname() -> None:
    """ThaiNER 1.5 train, line 1949 (web text with U+FEFF between words): a surname that opens
    with มี is read only before a post, and the break before the post stands for the space."""
    text = "รอง ผบก.น.8 ,\ufeffพ.ต.อ.พงษ์สยาม มีขันทอง\ufeffผกก.สน.ลุมพินี"
    assert "พ.ต.อ.พงษ์สยาม มีขันทอง" in mentions(text)
    # The same surname before no post stays out: "มี…" opens a phrase as often.
    assert mentions("พ.ต.อ.พงษ์สยาม มีขันทองคำมาก") == ["พ.ต.อ.พงษ์สยาม"]


def person_posts(text: str) -> list[tuple[list[str], str | None]]:
    return [([m.text for m in p.mentions], p.position) for p in extract(text).people]


# A surname whose own letters end in a person or role noun (แพทย์, ญาติ, ศิลปิน, ดารา, พยาน),
# then a space and the real post: the surname stays whole and keeps its post (review of session 6,
# PE0: the glued-post cut read the surname's tail as the post and lost the post after it).
SURNAME_TAILS = [
    ("นางสาวพิมพ์ใจ อินทะแพทย์ ผู้อำนวยการโรงพยาบาลน่าน เปิดเผยว่า",
     [(["นางสาวพิมพ์ใจ อินทะแพทย์"], "ผู้อำนวยการโรงพยาบาลน่าน")]),
    ("นายอนันต์ มีสกุลทิพยานนท์ เป็นประธานในพิธี",
     [(["นายอนันต์ มีสกุลทิพยานนท์"], "ประธานในพิธี")]),
    ("นางสมศรี หาญเสมอดารากุล ประธานชุมชน กล่าวว่า",
     [(["นางสมศรี หาญเสมอดารากุล"], "ประธานชุมชน")]),
    ("นายประสิทธิ์ บำรุงญาติ ผู้ใหญ่บ้านหมู่ 5 กล่าวว่า",
     [(["นายประสิทธิ์ บำรุงญาติ"], "ผู้ใหญ่บ้านหมู่ 5")]),
    ("นายสมชาย ศิริแพทย์ กล่าวว่าจะเดินทางไปตรวจพื้นที่", [(["นายสมชาย ศิริแพทย์"], None)]),
    ("นายสมชาย นิยมญาติ กล่าวว่าจะเดินทางไปตรวจพื้นที่", [(["นายสมชาย นิยมญาติ"], None)]),
    ("นายวิชัย โมระศิลปิน ศิลปินแห่งชาติ ร่วมงาน", [(["นายวิชัย โมระศิลปิน"], None)]),
    # An unlisted surname ending in a person noun at the word's end: the noun is its tail.
    ("นายสมชาย สุขแพทย์ กล่าวว่าจะเดินทางไปตรวจพื้นที่", [(["นายสมชาย สุขแพทย์"], None)]),
    # ThaiNER 1.5 train, line 1390: a position head (ปลัด) ending the letters is still a post.
    ("หาผู้ที่เกี่ยวข้องจำนวน5รายให้นายพงศ์ศักติฐ์ เสมสันต์ปลัด กทม.แล้วเพื่อดำเนินการ",
     [(["นายพงศ์ศักติฐ์ เสมสันต์"], "ปลัด กทม.")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SURNAME_TAILS,
                         ids=["listed-doctor", "listed-witness-inside", "listed-star-inside",
                              "listed-kin", "listed-doctor-no-post", "listed-kin-no-post",
                              "listed-artist", "unlisted-doctor", "head-ends-letters"])
def test_surname_tail_is_no_glued_post(sentence: str,
                                       expected: list[tuple[list[str], str | None]]) -> None:
    assert person_posts(sentence) == expected
