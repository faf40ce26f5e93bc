from __future__ import annotations

from pathlib import Path

import pytest

from thaiextract.extractors import organizations
from thaiextract.lexicons import load
from thaiextract.model import OrganizationFact
from thaiextract.pipeline import extract


def orgs(text: str) -> list[OrganizationFact]:
    return list(extract(text, only="organizations").organizations)


def by_name(text: str) -> dict[str, OrganizationFact]:
    return {o.name: o for o in orgs(text)}


# (sentence, organisation name, first full mention as written, abbreviation)
LEXICON = [
    ("ที่ประชุม ครม. มีมติเห็นชอบ", "คณะรัฐมนตรี", "ครม.", "ครม."),
    ("ศบค. รายงานผู้ติดเชื้อรายใหม่", "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019",
     "ศบค.", "ศบค."),
    ("สำนักงาน กสทช. เตรียมประมูลคลื่นความถี่", "คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และ"
     "กิจการโทรคมนาคมแห่งชาติ", "สำนักงาน กสทช.", "กสทช."),
    ("ธนาคารแห่งประเทศไทย (ธปท.) คงอัตราดอกเบี้ยนโยบาย", "ธนาคารแห่งประเทศไทย",
     "ธนาคารแห่งประเทศไทย", "ธปท."),
    ("องค์การอนามัยโลกประกาศภาวะฉุกเฉิน", "องค์การอนามัยโลก", "องค์การอนามัยโลก",
     "ดับเบิลยูเอชโอ"),
    ("ผู้แทนจาก WHO เดินทางมาไทย", "องค์การอนามัยโลก", "WHO", "ดับเบิลยูเอชโอ"),
    ("กกต. ประกาศผลการเลือกตั้ง", "คณะกรรมการการเลือกตั้ง", "กกต.", "กกต."),
    ("ป.ป.ช. ชี้มูลความผิด", "คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "ป.ป.ช.",
     "ป.ป.ช."),
    ("พรรคเพื่อไทยเสนอชื่อผู้สมัคร", "พรรคเพื่อไทย", "พรรคเพื่อไทย", "พท."),
    ("จุฬาลงกรณ์มหาวิทยาลัยจัดงานรับปริญญา", "จุฬาลงกรณ์มหาวิทยาลัย", "จุฬาลงกรณ์มหาวิทยาลัย",
     "จุฬาฯ"),
    ("การไฟฟ้าส่วนภูมิภาค (กฟภ.) แจ้งดับไฟ", "การไฟฟ้าส่วนภูมิภาค", "การไฟฟ้าส่วนภูมิภาค",
     "กฟภ."),
    ("บริษัท ปตท. จำกัด (มหาชน) รายงานผลกำไร", "บริษัท ปตท. จำกัด (มหาชน)",
     "บริษัท ปตท. จำกัด (มหาชน)", "ปตท."),
]


@pytest.mark.parametrize(
    ("sentence", "name", "span", "abbreviation"), LEXICON,
    ids=[f"{i:02d}" for i in range(len(LEXICON))],
)
def test_lexicon_organisations(sentence: str, name: str, span: str, abbreviation: str) -> None:
    org = by_name(sentence)[name]
    start = sentence.index(span)
    assert (org.text, org.start, org.end) == (span, start, start + len(span))
    assert org.abbreviation == abbreviation


def test_all_forms_of_one_ministry_are_one_entry() -> None:
    text = (
        "ดีอีเอส เร่งพัฒนาแพลตฟอร์ม\n"
        "นายกฤษฎา ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) กล่าวว่า กระทรวงดิจิทัลฯ "
        "ร่วมกับ DES Thailand และกระทรวงดีอี จะเปิดตัวบริการใหม่"
    )
    found = orgs(text)
    assert [o.name for o in found] == ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    org = found[0]
    # The fact's span is the first full name; mentions are every form, in text order.
    assert org.text == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert org.start == text.index("กระทรวงดิจิทัลเพื่อ")
    assert [m.text for m in org.mentions] == [
        "ดีอีเอส", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดีอีเอส", "กระทรวงดิจิทัลฯ", "DES",
        "กระทรวงดีอี",
    ]
    assert org.abbreviation == "ดีอีเอส"  # given in brackets after the name
    assert {"ดีอีเอส", "DES", "ดศ."} <= set(org.abbreviations)
    for m in org.mentions:
        assert text[m.start : m.end] == m.text


# (sentence, name found by a prefix pattern, as written)
PATTERNS = [
    ("ตัวแทนกรมส่งเสริมการเรียนรู้ได้เข้าร่วม", "กรมส่งเสริมการเรียนรู้"),
    ("มหาวิทยาลัยราชภัฏเชียงรายจัดอบรมครู", "มหาวิทยาลัยราชภัฏเชียงราย"),
    ("บริษัท ทรู คอร์ปอเรชั่น จำกัด (มหาชน) แจ้งตลาดหลักทรัพย์", "บริษัท ทรู คอร์ปอเรชั่น จำกัด (มหาชน)"),
    ("สำนักงานพัฒนาที่อยู่อาศัยชุมชนได้ออกประกาศ", "สำนักงานพัฒนาที่อยู่อาศัยชุมชน"),
    ("รมว.กระทรวงอุตสาหกรรมและเทคโนโลยีสารสนเทศแห่งสาธารณรัฐประชาชนจีน กล่าวว่า",
     "กระทรวงอุตสาหกรรมและเทคโนโลยีสารสนเทศแห่งสาธารณรัฐประชาชนจีน"),
    ("โฆษกกระทรวงการต่างประเทศจีนแถลงว่า", "กระทรวงการต่างประเทศจีน"),
    ("พรรคไทยก้าวหน้ายื่นจดทะเบียน", "พรรคไทยก้าวหน้า"),
    # A glued name ends before a verb, read on dictionary words; "ก็" inside ภูเก็ต is no cut.
    ("โรงพยาบาลวชิระภูเก็ตแจ้งว่า ผู้ป่วยอาการดีขึ้น", "โรงพยาบาลวชิระภูเก็ต"),
    ("ศาลจังหวัดสมุทรปราการพิพากษาจำคุก 2 ปี", "ศาลจังหวัดสมุทรปราการ"),
    ("โรงเรียนบางมดวิทยาเปิดรับสมัครนักเรียน", "โรงเรียนบางมดวิทยา"),
    ("พรรคไทยรักไทยได้ที่นั่งมากที่สุด", "พรรคไทยรักไทย"),
    ("คณะวิศวกรรมศาสตร์ มหาวิทยาลัยขอนแก่น จัดงานวันวิศวกรรม", "คณะวิศวกรรมศาสตร์"),
    ("ตำรวจ สภ.ปากพนังรับแจ้งเหตุ", "สภ.ปากพนัง"),
    ("สำนักข่าวประชาธรรมรายงานว่า", "สำนักข่าวประชาธรรม"),
    # "และ" before another prefix joins two organisations.
    ("สำนักงานพัฒนาชุมชนและสำนักงานเกษตรอำเภอร่วมกันจัดงาน", "สำนักงานพัฒนาชุมชน"),
    ("สำนักงานพัฒนาชุมชนและสำนักงานเกษตรอำเภอร่วมกันจัดงาน", "สำนักงานเกษตรอำเภอ"),
]


@pytest.mark.parametrize(
    ("sentence", "name"), PATTERNS, ids=[f"{i:02d}" for i in range(len(PATTERNS))]
)
def test_prefix_patterns(sentence: str, name: str) -> None:
    found = by_name(sentence)
    assert name in found, list(found)
    org = found[name]
    start = sentence.index(name)
    assert (org.text, org.start, org.end) == (name, start, start + len(name))


# (sentence, the matcher's hits as (text, rule)): leftmost-longest in text order. A prefix read
# inside a name already kept ("คณะกรรมการ…" in สำนักงานคณะกรรมการ…) gives nothing; a prefix at a
# lexicon name replaces it only when the name goes on into another organisation's (a country).
FIND_CASES = [
    ("เจ้าหน้าที่สำนักงานคณะกรรมการอาหารและยาตรวจสอบสินค้า",
     [("สำนักงานคณะกรรมการอาหารและยา", "lexicon-name")]),
    ("ตัวแทนกระทรวงทบวงมหาวิทยาลัยเข้าร่วมประชุม", [("กระทรวงทบวงมหาวิทยาลัย", "lexicon-name")]),
    ("กระทรวงการคลังและธนาคารแห่งประเทศไทยร่วมกันแถลง",
     [("กระทรวงการคลัง", "lexicon-name"), ("ธนาคารแห่งประเทศไทย", "lexicon-name")]),
    ("กรมปศุสัตว์และกรมประมงร่วมกันตรวจ",
     [("กรมปศุสัตว์", "lexicon-name"), ("กรมประมง", "lexicon-name")]),
    ("โฆษกกระทรวงการต่างประเทศจีนแถลงว่า", [("กระทรวงการต่างประเทศจีน", "prefix-pattern")]),
    ("มหาวิทยาลัยราชภัฏเชียงรายจัดอบรมครู", [("มหาวิทยาลัยราชภัฏเชียงราย", "prefix-pattern")]),
]


@pytest.mark.parametrize(
    ("sentence", "hits"), FIND_CASES, ids=[f"{i:02d}" for i in range(len(FIND_CASES))]
)
def test_find_reads_candidates_leftmost_longest(sentence: str, hits: list[tuple[str, str]]) -> None:
    found = organizations.find(sentence)
    assert [(sentence[h.start : h.end], h.rule) for h in found] == hits
    assert [h.start for h in found] == [sentence.index(text) for text, _ in hits]


def test_bracket_abbreviation_of_an_unknown_organisation_links_later_mentions() -> None:
    text = "สำนักงานพัฒนาที่อยู่อาศัยชุมชน (พอช.) ร่วมกับชาวบ้าน ต่อมา พอช. ได้สรุปผล"
    org = by_name(text)["สำนักงานพัฒนาที่อยู่อาศัยชุมชน"]
    assert org.abbreviation == "พอช."
    assert [m.text for m in org.mentions] == ["สำนักงานพัฒนาที่อยู่อาศัยชุมชน", "พอช."]
    assert org.mentions[1].start == text.rindex("พอช.")


NOT_ORGANISATIONS = [
    "ธนาคารพาณิชย์หลายแห่งปรับลดดอกเบี้ย",
    "บริษัทเอกชนต้องปรับตัว",
    "พรรคการเมืองต่างออกมาแสดงความเห็น",
    "สภาพอากาศวันนี้ร้อนจัด",
    "ใช้งบประมาณมหาศาลในการก่อสร้าง",
    "ผู้ถือกรมธรรม์ได้รับความคุ้มครอง",
    "เขาทำงานที่ต่างประเทศมานาน",
    "ราคาหุ้นกลุ่มพลังงานปรับตัวขึ้น",
    # A prefix followed by a verb, an adverb or a generic word names nothing.
    "ศาลอนุญาตให้ประกันตัว",
    "มหาวิทยาลัยปลดอาจารย์ออก",
    "ระบบธนาคารขัดข้องทั้งวัน",
    "ผู้ป่วยต้องไปโรงพยาบาลทันที",
    "โรงเรียนขนาดเล็กทั่วประเทศ",
    "คณะทำงานเร่งสรุปผล",
    # A prefix inside another word: ทรัพยากร|มนุษย์, เกษตรกร|มี…, เกษตรกร|มาก…
    "การพัฒนาทรัพยากรมนุษย์เป็นสิ่งสำคัญ",
    "เกษตรกรมีรายได้เพิ่มขึ้น",
    "ต้องให้ความรู้กับเกษตรกรมากขึ้น",
    # An abbreviation inside a longer one: โทร. holds ทร. (navy), รปภ. holds ปภ.
    "ติดต่อ โทร.0-2590-3194",
    "รปภ.ถูกยิงเสียชีวิต",
    # Another country's minister.
    "รัฐมนตรีคลังสหรัฐแถลงว่า",
    "รมว.ต่างประเทศจีนเยือนไทย",
]


@pytest.mark.parametrize(
    "sentence", NOT_ORGANISATIONS, ids=[f"{i:02d}" for i in range(len(NOT_ORGANISATIONS))]
)
def test_no_false_organisation(sentence: str) -> None:
    assert orgs(sentence) == []


# (sentence, ministry, mention as written): a short form after a minister's title.
MINISTRY_SHORT_FORMS = [
    ("นายวัฒนา เมืองสุข รมว.พาณิชย์ ให้สัมภาษณ์", "กระทรวงพาณิชย์", "พาณิชย์"),
    ("รมช.เกษตรฯกล่าวว่า จะเร่งตรวจสอบ", "กระทรวงเกษตรและสหกรณ์", "เกษตรฯ"),
    ("ก.แรงงาน กำชับหน่วยงานในสังกัด", "กระทรวงแรงงาน", "ก.แรงงาน"),
    # "รมช.มหาดไทย" holds "มช." (Chiang Mai University) only inside a longer abbreviation.
    ("นายเนวิน ชิดชอบ รมช.มหาดไทย", "กระทรวงมหาดไทย", "มหาดไทย"),
]


@pytest.mark.parametrize(
    ("sentence", "name", "span"), MINISTRY_SHORT_FORMS,
    ids=[f"{i:02d}" for i in range(len(MINISTRY_SHORT_FORMS))],
)
def test_ministry_short_form_after_a_title(sentence: str, name: str, span: str) -> None:
    found = orgs(sentence)
    assert [o.name for o in found] == [name]
    start = sentence.index(span)
    assert [(m.text, m.start, m.end) for m in found[0].mentions] == [
        (span, start, start + len(span))
    ]


# (sentence, name, mention as written, abbreviation): newer lexicon entries of each kind.
LEXICON_KINDS = [
    ("คมช. ประชุมด่วน", "คณะมนตรีความมั่นคงแห่งชาติ", "คมช.", "คมช."),
    ("ดีแทค เสนอทางแก้ปัญหาคลื่น 900", "บริษัท โทเทิ่ล แอ็คเซ็ส คอมมูนิเคชั่น จำกัด (มหาชน)",
     "ดีแทค", "DTAC"),
    ("ตชด. 132 นายเข้าสำรวจถ้ำ", "กองบัญชาการตำรวจตระเวนชายแดน", "ตชด.", "บช.ตชด."),
    ("สำนักข่าวรอยเตอร์รายงานว่า", "สำนักข่าวรอยเตอร์", "สำนักข่าวรอยเตอร์", None),
    ("ที่ประชุมอธิการบดีแห่งประเทศไทย (ทปอ.) แถลงว่า", "ที่ประชุมอธิการบดีแห่งประเทศไทย",
     "ที่ประชุมอธิการบดีแห่งประเทศไทย", "ทปอ."),
]


@pytest.mark.parametrize(
    ("sentence", "name", "span", "abbreviation"), LEXICON_KINDS,
    ids=[f"{i:02d}" for i in range(len(LEXICON_KINDS))],
)
def test_lexicon_kinds(sentence: str, name: str, span: str, abbreviation: str | None) -> None:
    org = by_name(sentence)[name]
    start = sentence.index(span)
    assert (org.text, org.start, org.end) == (span, start, start + len(span))
    assert org.abbreviation == abbreviation


def test_latin_abbreviations_need_word_boundaries() -> None:
    assert orgs("ระบบ DESIGN ใหม่ของ UNDERWATER") == []
    assert [o.name for o in orgs("ตัวแทนจาก UN และ ASEAN")] == [
        "องค์การสหประชาชาติ", "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้",
    ]


def test_seed_digital_covid(samples: Path) -> None:
    text = (samples / "digital-covid-2020.txt").read_text(encoding="utf-8")
    found = by_name(text)
    des = found["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    assert des.abbreviation == "ดีอีเอส"
    assert des.text == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    assert {m.text for m in des.mentions} == {
        "ดีอีเอส", "กระทรวงดิจิทัลฯ", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    }
    assert len(des.mentions) == 10
    asean = found["สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"]
    assert {m.text for m in asean.mentions} == {"อาเซียน", "ASEAN"}
    assert "กระทรวงอุตสาหกรรมและเทคโนโลยีสารสนเทศแห่งสาธารณรัฐประชาชนจีน" in found
    for org in found.values():
        assert text[org.start : org.end] == org.text


def test_seed_adgmin(samples: Path) -> None:
    text = (samples / "adgmin-2022.txt").read_text(encoding="utf-8")
    found = by_name(text)
    des = found["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    # "รมว.ดิจิทัล" and "รมว.ดิจิทัลเพื่อเศรษฐกิจเเละสังคม" name the ministry after the title;
    # "รัฐมนตรีดิจิทัลอาเซียน" (ASEAN's digital ministers) does not.
    assert [m.text for m in des.mentions] == [
        "DE", "DE", "DE", "ดิจิทัล", "กระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม",
        "ดิจิทัลเพื่อเศรษฐกิจเเละสังคม",
    ]
    assert des.text == "กระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม"  # as written in the original
    assert "ประชาคมเศรษฐกิจอาเซียน" in found


def test_lexicon_is_well_formed() -> None:
    rows = load("organizations/organizations")
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    assert len(rows) > 250
    ministries = [n for n in names if n.startswith("กระทรวง")]
    assert len(ministries) >= 20
    # No abbreviation names two organisations.
    seen: dict[str, str] = {}
    for row in rows:
        for abbr in filter(None, row["abbreviations"].split(";")):
            assert seen.setdefault(abbr, row["name"]) == row["name"], abbr


@pytest.mark.parametrize(
    "sentence",
    [
        "กระทรวงสาธารณสุข 3 ก.พ. 2565 - ปลัดกระทรวงแถลงข่าว",
        "ตั้งแต่วันที่ 1 ก.พ. 65 เป็นต้นไป",
    ],
)
def test_month_abbreviation_inside_a_date_is_no_organisation(sentence: str) -> None:
    assert "สำนักงานคณะกรรมการข้าราชการพลเรือน" not in by_name(sentence)


def test_civil_service_commission_outside_a_date_is_found() -> None:
    assert "สำนักงานคณะกรรมการข้าราชการพลเรือน" in by_name("ก.พ. ออกหนังสือเวียนถึงส่วนราชการ")


# (sentence, organisation, rule, evidence): every organisation says why it was found.
WHY = [
    ("รมว.พาณิชย์ เดินทางไปตรวจตลาด", "กระทรวงพาณิชย์", "ministry-short-form", ("รมว.",)),
    ("มหาวิทยาลัยราชภัฏเชียงรายจัดอบรมครู", "มหาวิทยาลัยราชภัฏเชียงราย", "prefix-pattern",
     ("มหาวิทยาลัย",)),
    ("องค์การอนามัยโลกประกาศภาวะฉุกเฉิน", "องค์การอนามัยโลก", "lexicon-name", ()),
    ("ที่ประชุม ครม. มีมติเห็นชอบ", "คณะรัฐมนตรี", "lexicon-abbreviation", ()),
]


@pytest.mark.parametrize(("sentence", "name", "rule", "evidence"), WHY, ids=[w[2] for w in WHY])
def test_every_organization_says_why_it_was_found(
    sentence: str, name: str, rule: str, evidence: tuple[str, ...]
) -> None:
    org = by_name(sentence)[name]
    assert (org.rule, org.evidence) == (rule, evidence)
