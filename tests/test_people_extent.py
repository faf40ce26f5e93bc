"""Where a name ends: foreign names of three or more words (their Latin form in brackets counts
the words; Vietnamese names run on in syllables up to a position), surnames that open with an
auxiliary's letters or end in a one-syllable word (issue 11, session 5)."""

from __future__ import annotations

import pytest

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def people(text: str) -> list[PersonFact]:
    return list(extract(text).people)


# (sentence, mention as written, name, title). Sources in the comments.
EXTENTS = [
    # tests/devset/eval4.jsonl eval4-005 (thaigov.go.th): an Arab name of four words.
    ("ณ ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายอิสซา อับดุลเลาะฮ์ ญาบิร อัลอาลาวี "
     "(H.E. Mr. Issa Abdullah Jaber Al-Alawi) เอกอัครราชทูตรัฐสุลต่านโอมานประจำประเทศไทย",
     "นายอิสซา อับดุลเลาะฮ์ ญาบิร อัลอาลาวี", "อิสซา อับดุลเลาะฮ์ ญาบิร อัลอาลาวี", "นาย"),
    # tests/devset/meetings.jsonl meetings-019 (thaigov.go.th): a Spanish name of four words.
    ("ณ ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นางอานา มาเรีย ปริเอโต อาบัด "
     "(H.E. Mrs. Ana Maria Prieto Abad) เอกอัครราชทูต",
     "นางอานา มาเรีย ปริเอโต อาบัด", "อานา มาเรีย ปริเอโต อาบัด", "นาง"),
    # ThaiNER 1.5 train, line 2664: no English title inside the brackets; the given name opens
    # with มี, a word names never start with.
    ("วันนี้ (18 ส.ค. 59) เวลา 09.30 น. นายมีคาเอล เฮมนีตี วินเดอร์ (Mikael Hemniti Winther) "
     "เอกอัครราชทูตราชอาณาจักรเดนมาร์กประจำประเทศไทย เข้าเยี่ยมคารวะ",
     "นายมีคาเอล เฮมนีตี วินเดอร์", "มีคาเอล เฮมนีตี วินเดอร์", "นาย"),
    # tests/devset/eval4.jsonl eval4-019 (thaigov.go.th): a Vietnamese name of three syllables
    # before his post.
    ("นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับ นาย เล แถ่งห์ ลอง "
     "รัฐมนตรีว่าการกระทรวงยุติธรรม เวียดนาม เพื่อหารือข้อราชการ",
     "นาย เล แถ่งห์ ลอง", "เล แถ่งห์ ลอง", "นาย"),
    # Nguyễn Thị Kim Ngân, chair of Vietnam's National Assembly 2016-2021, as Thai news write
    # her: four syllables, the second of three letters.
    ("นางเหงียน ถิ กิม เงิน ประธานสภาแห่งชาติเวียดนาม เดินทางถึงกรุงเทพฯ",
     "นางเหงียน ถิ กิม เงิน", "เหงียน ถิ กิม เงิน", "นาง"),
    # tests/devset/eval4.jsonl eval4-115 (Chiang Rai Times): a surname opening with จะ before
    # an age; pythainlp's family-name list holds 78 surnames of this shape (จะแส, ยังน้อย).
    ("ผู้ต้องขังที่หลบหนีคือ นายตนุภัทร จะกา อายุ 38 ปี หลบหนีช่วงเย็นวันที่ 26 มกราคม 2569",
     "นายตนุภัทร จะกา", "ตนุภัทร จะกา", "นาย"),
    # tests/devset/eval4.jsonl eval4-117 (PlayNow Thailand): a listed surname (บุญมา) and one
    # more syllable that is a state verb (ทัน), then a clause's start.
    ("เริ่มเกมมา 5นาที จากจังหวะทุ่มเร็วของ ธีราทร บุญมาทัน ให้ เอกนิษฐ์ ปัญญา ตวัดต่อให้ "
     "สุภโชค สารชาติ ยิงเข้าไป", "ธีราทร บุญมาทัน", "ธีราทร บุญมาทัน", None),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), EXTENTS,
                         ids=["arab-bracketed", "spanish-bracketed", "bracketed-no-title",
                              "vietnamese-three", "vietnamese-four", "auxiliary-surname",
                              "one-syllable-tail"])
def test_name_extent(sentence: str, mention: str, name: str, title: str | None) -> None:
    found = [p for p in people(sentence) if p.text == mention]
    assert len(found) == 1, [p.text for p in people(sentence)]
    person = found[0]
    assert (person.name, person.title) == (name, title)
    assert sentence[person.start : person.end] == mention


def test_the_latin_form_in_brackets_is_the_same_person() -> None:
    sentence = EXTENTS[0][0]
    found = people(sentence)
    assert [p.name for p in found] == ["อิสซา อับดุลเลาะฮ์ ญาบิร อัลอาลาวี"]
    assert [m.text for m in found[0].mentions] == [
        "นายอิสซา อับดุลเลาะฮ์ ญาบิร อัลอาลาวี", "H.E. Mr. Issa Abdullah Jaber Al-Alawi"]


# (sentence, the names read): the same shapes where the name ends sooner.
NOT_LONGER = [
    # tests/devset/news.jsonl news-038 (MGR Online): two Thai words and a term in English.
    ("สื่อบางส่วนยังคงมีอยู่ พล.ต.ท.ไตรรงค์ ฝากเตือนประชาชนให้ระวังการแชร์ข่าวปลอม (Fake News) "
     "โดยเฉพาะข่าวที่สร้างขึ้น", ["ไตรรงค์"]),
    # An action verb after a foreign name is the sentence, though a post follows it.
    ("นายจอห์น สมิธ พบ ประธานาธิบดีโจ ไบเดน ที่ทำเนียบขาว", ["จอห์น สมิธ", "โจ ไบเดน"]),
    # An auxiliary before a verb is "will be", no surname.
    ("นายสมชาย จะเป็น ผู้ว่าราชการจังหวัดคนต่อไป", ["สมชาย"]),
    ("นายสมชาย ได้รับ ผู้ว่าราชการจังหวัดเป็นประธาน", ["สมชาย"]),
    # แล้ว glued after a surname is "already", an auxiliary, not one more syllable.
    ("นายสมชาย บุญมาแล้ว และนายสมศักดิ์ ใจดี ก็มาถึง", ["สมชาย บุญมา", "สมศักดิ์ ใจดี"]),
]


@pytest.mark.parametrize(("sentence", "names"), NOT_LONGER,
                         ids=["english-term", "verb-before-post", "will-be", "received",
                              "already"])
def test_name_ends_sooner(sentence: str, names: list[str]) -> None:
    assert [p.name for p in people(sentence)] == names


# (sentence, mention as written, name, title): princes named by their rank of birth and
# พระองค์เจ้า; the กรม… rank or a royal verb after the name is no surname.
PRINCES = [
    # tests/devset/eval4.jsonl eval4-009 (Lawyers Council, Ratchaburi).
    ("น้อมสำนึกในพระปรีชาสามารถของ สมเด็จพระเจ้าบรมวงศ์เธอ พระองค์เจ้ารพีพัฒนศักดิ์ "
     "กรมหลวงราชบุรีดิเรกฤทธิ์ พระบิดาแห่งกฎหมายไทย ณ บริเวณศาลจังหวัดราชบุรี",
     "สมเด็จพระเจ้าบรมวงศ์เธอ พระองค์เจ้ารพีพัฒนศักดิ์", "รพีพัฒนศักดิ์",
     "สมเด็จพระเจ้าบรมวงศ์เธอ พระองค์เจ้า"),
    # Princess Soamsawali, as the Royal Gazette styles her.
    ("พระเจ้าวรวงศ์เธอ พระองค์เจ้าโสมสวลี กรมหมื่นสุทธนารีนาถ เสด็จไปทรงเปิดอาคาร",
     "พระเจ้าวรวงศ์เธอ พระองค์เจ้าโสมสวลี", "โสมสวลี", "พระเจ้าวรวงศ์เธอ พระองค์เจ้า"),
    ("พระเจ้าวรวงศ์เธอ พระองค์เจ้าศรีรัศมิ์ เสด็จไปทรงเปิดงาน",
     "พระเจ้าวรวงศ์เธอ พระองค์เจ้าศรีรัศมิ์", "ศรีรัศมิ์", "พระเจ้าวรวงศ์เธอ พระองค์เจ้า"),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), PRINCES,
                         ids=["rabi", "soamsawali", "royal-verb-after"])
def test_prince_by_rank(sentence: str, mention: str, name: str, title: str) -> None:
    found = people(sentence)
    assert [(p.text, p.name, p.title) for p in found] == [(mention, name, title)]
    assert sentence[found[0].start : found[0].end] == mention


def test_royal_full_style_runs_to_the_second_name() -> None:
    # tests/devset/eval4.jsonl eval4-011 (thaigov.go.th); people/royals.tsv holds the style.
    sentence = ("ทำให้ สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา นเรนทิราเทพยวดี "
                "กรมหลวงราชสาริณีสิริพัชร มหาวัชรราชธิดาในฐานะองค์ประธาน")
    assert [p.text for p in people(sentence)] == [
        "สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา นเรนทิราเทพยวดี"]


def test_a_royal_pronoun_names_no_one() -> None:
    assert people("พระองค์เจ้าจะเสด็จไปเยี่ยมราษฎร") == []


# (sentence, names read): a transliteration the dictionary cuts into syllables, one of them a
# stop word (มา), is still a name; a third word that is Thai words glued together is not.
SYLLABLE_SPLIT = [
    # tests/devset/eval4.jsonl eval4-104 (Matichon): มา|ซา|ทา|ดะ, not มา + "ซาทาดะ".
    ("สำหรับแมตช์นี้ มาซาทาดะ อิชิอิ กุนซือทัพช้างศึกจัดผู้เล่น 11 ตัวจริงในระบบ 4-2-3-1",
     ["มาซาทาดะ อิชิอิ"]),
    # ThaiNER 1.5 train, line 1878 (a Yala crime report), names นายสุไฮมี สะแต: สุ|ไฮ|มี, มี a stop
    # word. (The sentence is written for this test.)
    # The verb phrase glued after the name (โหม่ง|ตีเสมอ) is no third part of it.
    ("กองหลังชาวมาเลเซีย สุไฮมี สะแต โหม่งตีเสมอ", ["สุไฮมี สะแต"]),
    # มา|ดู|นะ is words of a sentence (ดู is a verb): no name.
    ("แฟนบอลมาดูนะ ทีมชาติ กุนซือ", []),
]


@pytest.mark.parametrize(("sentence", "names"), SYLLABLE_SPLIT,
                         ids=["japanese-ma", "malay-mi-and-verb-after", "thai-phrase"])
def test_syllable_split_names(sentence: str, names: list[str]) -> None:
    assert [p.name for p in people(sentence)] == names


# (sentence, mention, name, title): honorifics of foreign guests, and a middle initial.
HONORIFICS = [
    # tests/devset/eval4.jsonl eval4-101 (Thairath society page): ฯพณฯ, a dotted middle initial.
    ("ลุ่มแม่น้ำโขง 2552 ฯพณฯ อีริค จี. จอห์น เอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย และ "
     "มาดามโซเฟีย จอห์น ได้จัดงานเลี้ยง", "ฯพณฯ อีริค จี. จอห์น", "อีริค จี. จอห์น", "ฯพณฯ"),
    ("ลุ่มแม่น้ำโขง 2552 ฯพณฯ อีริค จี. จอห์น เอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย และ "
     "มาดามโซเฟีย จอห์น ได้จัดงานเลี้ยง", "มาดามโซเฟีย จอห์น", "โซเฟีย จอห์น", "มาดาม"),
    # ThaiNER 1.5 train, line 3183 (thaigov.go.th): a surname no dictionary holds after มาดาม.
    ("เดินทางไปยังอาคารสภาแห่งชาติเพื่อเข้าร่วมพิธีสาบานตนเข้ารับตำแหน่งของมาดามปัก กึน-ฮเย "
     "ประธานาธิบดีคนใหม่", "มาดามปัก กึน-ฮเย", "ปัก กึน-ฮเย", "มาดาม"),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), HONORIFICS,
                         ids=["his-excellency-initial", "madame", "madame-korean"])
def test_foreign_honorifics(sentence: str, mention: str, name: str, title: str) -> None:
    found = [p for p in people(sentence) if p.text == mention]
    assert [(p.name, p.title) for p in found] == [(name, title)]
    assert sentence[found[0].start : found[0].end] == mention


@pytest.mark.parametrize(("sentence", "names"), [
    ("เที่ยวชมพิพิธภัณฑ์มาดามทุสโซ กรุงเทพฯ เปิดให้เข้าชม", []),  # a museum, no surname
    ("ร้านมาดามฟิน ขายดี จนต้องขยายสาขา", []),  # a shop, then a verb
    ("ฯพณฯ นายกรัฐมนตรี ได้กล่าวว่า", []),  # a post after the honorific
    ("นายสมชาย จ. ใจดี กล่าว", ["สมชาย"]),  # a Thai given name takes no middle initial
], ids=["museum", "shop", "post", "thai-initial"])
def test_no_honorific_person(sentence: str, names: list[str]) -> None:
    assert [p.name for p in people(sentence)] == names


# (sentence, names read): a second surname before a post; a surname opening with an auxiliary
# or a conjunction before a post.
SURNAMES_BEFORE_POST = [
    # tests/devset/news.jsonl news-001 (Matichon): a double surname, ชนะ a proper noun.
    ("โฆษกพรรค นายธนกร วังบุญคง ชนะ รองโฆษกพรรค นายอิทธิพล คุณปลื้ม ผอ.พรรค",
     ["ธนกร วังบุญคง ชนะ", "อิทธิพล คุณปลื้ม"]),
    # ThaiNER 1.5 val: จึง|รุง|เรือง|กิจ opens with the conjunction จึง, no verb after it.
    ("นายธนาธร จึงรุงเรืองกิจ หัวหน้าพรรคอนาคตใหม่ กล่าวว่า", ["ธนาธร จึงรุงเรืองกิจ"]),
    # tests/devset/initiatives.jsonl init-018 (thaigov.go.th): a double surname that is Royal
    # Institute words glued together but ends as names do (…|รัตน์).
    ("ตามนโยบายรัฐบาลด้วยนางจันทิรา ยิมเรวัต วิวัฒน์รัตน์ อธิบดีกรมส่งเสริมการค้าระหว่างประเทศ"
     "กล่าวเสริมว่า", ["จันทิรา ยิมเรวัต วิวัฒน์รัตน์"]),
    # A party's name between the name and the post is no surname (ภูมิใจ|ไทย: words).
    ("นายอนุทิน ชาญวีรกูล ภูมิใจไทย หัวหน้าพรรค กล่าว", ["อนุทิน ชาญวีรกูล"]),
    ("นางสมศรี ใจดี ภรรยา ผู้ว่าราชการจังหวัด มาร่วมงาน", ["สมศรี ใจดี"]),
    ("นายสมชาย ใจดี ได้รับ ผู้ว่าราชการจังหวัดเป็นประธาน", ["สมชาย ใจดี"]),
]


@pytest.mark.parametrize(("sentence", "names"), SURNAMES_BEFORE_POST,
                         ids=["double-surname", "conjunction-surname", "name-ending-surname",
                              "party-name", "kinship", "verb"])
def test_surnames_before_a_post(sentence: str, names: list[str]) -> None:
    assert [p.name for p in people(sentence)] == names
