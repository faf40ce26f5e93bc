"""Initiatives: heads, name boundaries, kinds, generic phrases, launch date, owner, merging."""

from __future__ import annotations

from typing import Any

import pytest

from thaiextract.anchor import anchor_fact
from thaiextract.extractors import initiatives
from thaiextract.link.initiatives import link_initiatives
from thaiextract.model import DateFact, InitiativeFact, Mention, OrganizationFact
from thaiextract.pipeline import extract, prepare


def run(
    text: str, dates: list[DateFact] = (), orgs: list[OrganizationFact] = ()
) -> list[InitiativeFact]:
    """Initiatives of ``text`` given the other kinds' facts: extractor, then the linker."""
    doc = prepare(text)
    found = initiatives.extract(doc, {"organizations": tuple(orgs)})
    facts = {"initiatives": found, "dates": list(dates), "organizations": list(orgs)}
    return [anchor_fact(doc, f) for f in link_initiatives(doc, facts).get("initiatives", [])]


def date(text: str, written: str, value: str, **kw: Any) -> DateFact:
    start = text.index(written)
    return DateFact(written, start, start + len(written), "", value=value, **kw)


def org(text: str, written: str, name: str | None = None) -> OrganizationFact:
    start = text.index(written)
    return OrganizationFact(written, start, start + len(written), "", name=name or written)


SINGLE = [
    pytest.param(
        "กระทรวงสาธารณสุขขอให้ประชาชนลงทะเบียนผ่านแอปพลิเคชันหมอพร้อม เพื่อรับวัคซีน",
        {"text": "แอปพลิเคชันหมอพร้อม", "name": "แอปพลิเคชันหมอพร้อม", "initiative_kind": "app",
         "english_name": None},
        id="app-thai-name-with-its-head",
    ),
    pytest.param(
        "อาทิ แอป AOT Airport และแอปไทยชนะ และขอความร่วมมือผู้ประกอบการ",
        {"text": "แอป AOT Airport", "name": "แอป AOT Airport", "initiative_kind": "app",
         "english_name": "AOT Airport"},
        id="app-latin-name",
    ),
    pytest.param(
        "รัฐบาลเปิดให้ลงทะเบียนโครงการคนละครึ่ง เฟส 3 ตั้งแต่วันนี้",
        {"text": "โครงการคนละครึ่ง", "name": "โครงการคนละครึ่ง", "initiative_kind": "project"},
        id="project-stops-at-space",
    ),
    pytest.param(
        "การท่องเที่ยวแห่งประเทศไทยเปิดแคมเปญ \"ไทยเที่ยวไทย\" กระตุ้นการเดินทางในประเทศ",
        {"text": "แคมเปญ \"ไทยเที่ยวไทย\"", "name": "แคมเปญ ไทยเที่ยวไทย", "initiative_kind": "campaign"},
        id="campaign-quoted",
    ),
    pytest.param(
        "หน่วยงานรัฐต้องจัดทำแผนให้สอดคล้องกับยุทธศาสตร์ชาติ 20 ปี ที่ประกาศใช้แล้ว",
        {"text": "ยุทธศาสตร์ชาติ 20 ปี", "name": "ยุทธศาสตร์ชาติ 20 ปี", "initiative_kind": "strategy"},
        id="strategy-with-duration",
    ),
    pytest.param(
        "โดยมุ่งให้บรรลุวิสัยทัศน์ของประชาคมเศรษฐกิจอาเซียน และแผนแม่บทอาเซียนด้านดิจิทัล ค.ศ. ๒๐๒๕",
        {"text": "แผนแม่บทอาเซียนด้านดิจิทัล ค.ศ. ๒๐๒๕", "name": "แผนแม่บทอาเซียนด้านดิจิทัล ค.ศ. 2025",
         "initiative_kind": "plan"},
        id="master-plan-with-era-year",
    ),
    pytest.param(
        "ประเทศสมาชิกรับรอง ASEAN Digital Masterplan 2025 ในการประชุมเมื่อปีที่แล้ว",
        {"text": "ASEAN Digital Masterplan 2025", "name": "ASEAN Digital Masterplan 2025",
         "english_name": "ASEAN Digital Masterplan 2025", "initiative_kind": "plan"},
        id="english-masterplan",
    ),
    pytest.param(
        "กระทรวงดิจิทัลฯ เปิดตัวศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center) ให้ประชาชนแจ้งเบาะแส",
        {"text": "ศูนย์ต่อต้านข่าวปลอม", "name": "ศูนย์ต่อต้านข่าวปลอม", "initiative_kind": "centre",
         "english_name": "Anti-Fake News Center"},
        id="centre-launched-with-english-in-brackets",
    ),
    pytest.param(
        "รัฐบาลประกาศให้ปี 2565 เป็นปีแห่งการท่องเที่ยวไทย เพื่อฟื้นฟูเศรษฐกิจ",
        {"text": "ปีแห่งการท่องเที่ยวไทย", "name": "ปีแห่งการท่องเที่ยวไทย", "initiative_kind": "year"},
        id="designated-year-open-head",
    ),
    pytest.param(
        "ทั้งสองประเทศร่วมเปิดตัว ASEAN-Japan Year of Tourism Exchange อย่างเป็นทางการ",
        {"text": "ASEAN-Japan Year of Tourism Exchange", "name": "ASEAN-Japan Year of Tourism Exchange",
         "initiative_kind": "year"},
        id="english-year-of",
    ),
    pytest.param(
        "ผู้ประกอบการรายย่อยได้รับประโยชน์จากมาตรการช้อปดีมีคืน ซึ่งช่วยกระตุ้นการบริโภค",
        {"text": "มาตรการช้อปดีมีคืน", "name": "มาตรการช้อปดีมีคืน", "initiative_kind": "measure"},
        id="named-measure",
    ),
    pytest.param(
        "ธนาคารแห่งประเทศไทยผลักดันแพลตฟอร์มพร้อมเพย์ให้ใช้ได้ทั่วประเทศ",
        {"text": "แพลตฟอร์มพร้อมเพย์", "name": "แพลตฟอร์มพร้อมเพย์", "initiative_kind": "platform"},
        id="platform-with-its-head",
    ),
    pytest.param(
        "ผู้ป่วยได้รับการดูแลจากกองทุนหลักประกันสุขภาพแห่งชาติ โดยไม่มีค่าใช้จ่าย",
        {"text": "กองทุนหลักประกันสุขภาพแห่งชาติ", "initiative_kind": "fund"},
        id="fund",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_initiative(text: str, expected: dict[str, Any]) -> None:
    facts = run(text)
    assert [f.text for f in facts][:1] == [expected["text"]]
    fact = facts[0]
    assert text[fact.start : fact.end] == fact.text
    assert {key: getattr(fact, key) for key in expected} == expected


NEGATIVE = [
    pytest.param("รมว. ได้แบ่งปันประสบการณ์ในการดำเนินมาตรการด้านดิจิทัลในการรับมือโควิด-19",
                 id="measures-in-the-field-of"),
    pytest.param("การสนับสนุนมาตรการการเฝ้าระวังการแพร่ระบาดของโรคโควิด - 19", id="measure-of-verb"),
    pytest.param("หน่วยงานต่าง ๆ ได้ดำเนินโครงการต่าง ๆ ของรัฐบาลอย่างต่อเนื่อง", id="various-projects"),
    pytest.param("ทุกหน่วยงานต้องจัดทำแผนงานประจำปีให้สอดคล้องกับนโยบายของรัฐบาล", id="work-plan-policy"),
    pytest.param("ได้ทำงานร่วมกับภาคส่วนที่เกี่ยวข้องในการพัฒนาแพลตฟอร์มและแอปพลิเคชั่น ในการจัดเก็บข้อมูล",
                 id="platforms-and-apps"),
    pytest.param("ได้กล่าวแสดงความยินดีต่อข้อริเริ่มและยุทธศาสตร์ที่สำคัญในการยกระดับศักยภาพ",
                 id="initiatives-and-strategies"),
    pytest.param("กรุงเทพฯ เป็นศูนย์กลางการค้าของภูมิภาค", id="hub"),
    pytest.param("ประชาชนสามารถดูแผนที่เส้นทางได้ที่แผนกประชาสัมพันธ์", id="map-department"),
    pytest.param("คณะกรรมการนโยบายพลังงานแห่งชาติมีมติให้ตรึงราคา", id="committee-name"),
    pytest.param("โครงการนี้จะช่วยเหลือผู้มีรายได้น้อย", id="this-project"),
    pytest.param("ใช้ประโยชน์จาก digital platform และ Social Media", id="lowercase-english"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_initiative(text: str) -> None:
    assert [f.text for f in run(text)] == []


LAUNCH = "เผยแพร่ข้อมูลที่เป็นเท็จบน Social Media ผ่านศูนย์ Anti – Fake News Center ซึ่งจัดขึ้นเมื่อเดือนตุลาคม 2562"


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("ตุลาคม 2562", id="date-without-cue"),
        pytest.param("เดือนตุลาคม 2562", id="date-with-month-word"),
        pytest.param("เมื่อเดือนตุลาคม 2562", id="date-with-cue"),
    ],
)
def test_launched_after_held_cue(written: str) -> None:
    (fact,) = run(LAUNCH, [date(LAUNCH, written, "2019-10", granularity="month")])
    assert (fact.text, fact.name, fact.launched) == (
        "ศูนย์ Anti – Fake News Center", "Anti-Fake News Center", "2019-10"
    )


@pytest.mark.parametrize(
    ("day", "valid", "launched"),
    [pytest.param("31", False, None, id="june-31"), pytest.param("30", True, "2022-06-30", id="june-30")],
)
def test_an_impossible_date_is_not_the_launch(day: str, valid: bool, launched: str | None) -> None:
    text = f'เปิดตัวแอปพลิเคชัน "หมอพร้อม" เมื่อวันที่ {day} มิถุนายน 2565'
    written = f"{day} มิถุนายน 2565"
    (fact,) = run(text, [date(text, written, f"2022-06-{day}", valid=valid)])
    assert (fact.text, fact.launched) == ('แอปพลิเคชัน "หมอพร้อม"', launched)


def test_date_without_launch_cue_is_not_the_launch() -> None:
    text = "แอปไทยชนะ มีผู้ใช้งานกว่า 30 ล้านคน ณ วันที่ 1 มีนาคม 2564"
    (fact,) = run(text, [date(text, "วันที่ 1 มีนาคม 2564", "2021-03-01")])
    assert fact.launched is None


@pytest.mark.parametrize(
    ("text", "orgs", "owner"),
    [
        pytest.param("กิจกรรมนี้ต่อยอดจากโครงการเน็ตประชารัฐของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
                     ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"], "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
                     id="of-org"),
        pytest.param("โดยกิจกรรม ASEAN-China Year of Digital Economy Cooperation เป็นข้อริเริ่มโดย"
                     "สาธารณรัฐประชาชนจีน เพื่อแสดงเจตนารมณ์", [], "สาธารณรัฐประชาชนจีน",
                     id="initiative-by-country-fallback"),
        pytest.param("สำนักงานตำรวจแห่งชาติเปิดตัวแอปพลิเคชัน Police I Lert U ให้ประชาชนแจ้งเหตุ",
                     ["สำนักงานตำรวจแห่งชาติ"], "สำนักงานตำรวจแห่งชาติ", id="org-launches-app"),
        pytest.param("กระทรวงดิจิทัลฯ ได้ทำงานร่วมกับภาคเอกชนในการพัฒนา อาทิ แอป AOT Airport",
                     ["กระทรวงดิจิทัลฯ"], None, id="joint-work-no-owner"),
    ],
)
def test_owner(text: str, orgs: list[str], owner: str | None) -> None:
    facts = run(text, orgs=[org(text, o) for o in orgs])
    assert len(facts) == 1
    assert facts[0].owner == owner


YEAR = (
    "ร่วมพิธีเปิดงาน Opening Ceremony for ASEAN – China Year of Digital Economy Cooperation\n"
    "เพื่อเฉลิมฉลองปีแห่งความเป็นหุ้นส่วนความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน – จีน ค.ศ. 2020\n"
    "ที่ได้ประกาศให้ปี 2563 เป็นปีแห่งความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน-จีน"
)


def test_thai_and_english_names_of_one_year_are_one_initiative() -> None:
    (fact,) = run(YEAR)
    assert (fact.text, fact.start, fact.initiative_kind) == (
        "ASEAN – China Year of Digital Economy Cooperation", 37, "year"
    )
    assert fact.english_name == "ASEAN-China Year of Digital Economy Cooperation"
    assert fact.name == "ปีแห่งความเป็นหุ้นส่วนความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน-จีน ค.ศ. 2020"
    assert [m.text for m in fact.mentions] == [
        "ASEAN – China Year of Digital Economy Cooperation",
        "ปีแห่งความเป็นหุ้นส่วนความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน – จีน ค.ศ. 2020",
        "ปีแห่งความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน-จีน",
    ]
    assert fact.to_dict()["kind"] == "year"


def test_different_apps_stay_apart_and_repeats_merge() -> None:
    text = "อาทิ แอป AOT Airport และแอปไทยชนะ ทั้งนี้ ผู้ใช้แอปไทยชนะ ต้องเช็กอินทุกครั้ง"
    facts = run(text)
    assert [(f.name, len(f.mentions)) for f in facts] == [("แอป AOT Airport", 1), ("แอปไทยชนะ", 2)]


def test_seed_digital_covid_2020(samples) -> None:
    text = (samples / "digital-covid-2020.txt").read_text(encoding="utf-8")
    doc = extract(text)
    got = [(f.name, f.initiative_kind, f.english_name, f.launched) for f in doc.initiatives]
    assert got == [
        ("ปีแห่งความเป็นหุ้นส่วนความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน-จีน ค.ศ. 2020", "year",
         "ASEAN-China Year of Digital Economy Cooperation", None),
        ("Anti-Fake News Center", "centre", "Anti-Fake News Center", "2019-10"),
        ("แอป AOT Airport", "app", "AOT Airport", None),
        ("แอปไทยชนะ", "app", None, None),
    ]
    assert all(text[f.start : f.end] == f.text for f in doc.initiatives)


def test_seed_adgmin_2022(samples) -> None:
    text = (samples / "adgmin-2022.txt").read_text(encoding="utf-8")
    doc = extract(text)
    assert [(f.name, f.initiative_kind) for f in doc.initiatives] == [
        ("แผนแม่บทอาเซียนด้านดิจิทัล ค.ศ. 2025", "plan"),
    ]


def test_an_organisation_that_starts_with_a_trigger_is_no_initiative() -> None:
    doc = extract(
        "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (ศบค.) "
        "จะประชุมพิจารณามาตรการเพิ่มเติม"
    )
    assert [o.abbreviation for o in doc.organizations] == ["ศบค."]
    assert doc.initiatives == ()


# Real-looking news sentences: the named initiative that must come out, exactly.
NAMED_REAL = [
    pytest.param(
        "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเปิดตัวแอปพลิเคชัน \"ทางรัฐ\" เมื่อวันที่ 1 เมษายน 2565"
        " เพื่อให้ประชาชนเข้าถึงบริการภาครัฐ",
        "วันที่ 1 เมษายน 2565", "2022-04-01",
        {"text": "แอปพลิเคชัน \"ทางรัฐ\"", "start": 42, "name": "แอปพลิเคชัน ทางรัฐ", "initiative_kind": "app",
         "launched": "2022-04-01"},
        id="launch-cue-before-name-date-after",
    ),
    pytest.param(
        "เกษตรกรเข้าร่วมโครงการวิจัยและพัฒนาอาหารสัตว์สระแก้ว เพื่อขอรับพันธุ์หญ้า", None, None,
        {"text": "โครงการวิจัยและพัฒนาอาหารสัตว์สระแก้ว", "initiative_kind": "project"},
        id="rnd-compound-kept",
    ),
    pytest.param(
        "เกษตรกรเข้าร่วมโครงการคลินิกแก้หนี้ ของธนาคาร", None, None,
        {"text": "โครงการคลินิกแก้หนี้", "name": "โครงการคลินิกแก้หนี้"},
        id="stop-inside-word-is-no-stop",
    ),
    pytest.param(
        "จังหวัดเปิดศูนย์รับบริจาคสิ่งของผู้ประสบภัยน้ำท่วม ตั้งแต่เช้า", None, None,
        {"text": "ศูนย์รับบริจาคสิ่งของผู้ประสบภัยน้ำท่วม", "initiative_kind": "centre"},
        id="name-not-cut-mid-word",
    ),
    pytest.param(
        "รัฐบาลประกาศนโยบาย Thailand 4.0 เพื่อขับเคลื่อนเศรษฐกิจ", None, None,
        {"text": "นโยบาย Thailand 4.0", "name": "นโยบาย Thailand 4.0", "initiative_kind": "policy"},
        id="latin-name-with-version",
    ),
]


@pytest.mark.parametrize(("text", "written", "value", "expected"), NAMED_REAL)
def test_named_real(text: str, written: str | None, value: str | None, expected: dict[str, Any]) -> None:
    dates = [date(text, written, value)] if written and value else []
    facts = run(text, dates)
    assert len(facts) == 1, [f.text for f in facts]
    fact = facts[0]
    assert text[fact.start : fact.end] == fact.text
    got = {key: getattr(fact, key) for key in expected}
    assert got == expected


GENERIC_REAL = [
    pytest.param("นักวิชาการจากศูนย์วิจัย ของมหาวิทยาลัยระบุว่า", id="research-centre"),
    pytest.param("ผู้ใช้แรงงานขอรับบริการที่ศูนย์บริการเบ็ดเสร็จ ของกระทรวงแรงงาน", id="one-stop-service"),
    pytest.param("ขณะที่โครงการขนาดใหญ่ของรัฐยังเดินหน้าต่อ", id="large-projects"),
    pytest.param("จังหวัดได้ใช้มาตรการแผนปฏิบัติงานอย่างเคร่งครัด", id="head-after-head-generic"),
    pytest.param("เตรียมรับมือด้วยมาตรการชดเชย ให้เกษตรกร", id="compensation-measures"),
    pytest.param("เจ้าหน้าที่วางแผนตัวเลือกการทำงานไว้แล้ว", id="head-inside-a-word"),
    pytest.param("บริษัทการบินไทยมีแผนสั่งซื้อเครื่องบินใหม่", id="has-plans-to"),
    pytest.param("ติดต่อได้ที่ Call Center ตลอด 24 ชั่วโมง", id="english-generic-centre"),
    pytest.param("ระบบถูกพัฒนาเป็น Web Application สำหรับเจ้าหน้าที่", id="english-generic-app"),
    pytest.param("สำนักงานเปิดโครงการเดือนพฤศจิกายน 2561 อีกครั้ง", id="month-is-no-name"),
    pytest.param("ผลการประชุมนโยบายรัฐบาล ครั้งที่ 8/2559 ได้ข้อสรุป", id="session-number-is-no-year"),
]


@pytest.mark.parametrize("text", GENERIC_REAL)
def test_generic_real(text: str) -> None:
    assert [f.text for f in run(text)] == []


# A descriptive head (มาตรการ, โครงการ, แผน …) followed by a verb phrase describes what is done;
# it names nothing, unless the name is quoted or Latin, or an edition or phase follows it.
DESCRIPTIVE = [
    pytest.param("กระทรวงพาณิชย์ออกมาตรการช่วยไก่ส่งออก หลังราคาตกต่ำ", id="measure-to-help"),
    pytest.param("กรมทางหลวงชนบทเตรียมของบประมาณโครงการตัดถนนเชื่อมสองอำเภอ",
                 id="project-compound-verb"),
    pytest.param("รัฐบาลอนุมัติโครงการตัดถนนสายใหม่ในจังหวัดน่าน", id="project-to-build-road"),
    pytest.param("กทม. ประกาศนโยบายคืนทางเท้าให้คนเดินเท้า", id="policy-to-return"),
    pytest.param("เจ้าหน้าที่เร่งดำเนินแผนค้นหาผู้สูญหายในป่าลึก", id="plan-to-search"),
    pytest.param("ครม. อนุมัติมาตรการเพื่อช่วยเหลือเกษตรกร ปี 2567", id="purpose-clause-with-year"),
    pytest.param("ธปท. ทบทวนแผนยุทธศาสตร์ ธปท. ทุกสามปี", id="plan-of-an-org-without-year"),
    pytest.param("หน่วยงานรัฐมีโครงการทั้งสิ้น 57 โครงการ", id="count-is-no-phase"),
]


@pytest.mark.parametrize("text", DESCRIPTIVE)
def test_descriptive_head_and_verb_is_no_initiative(text: str) -> None:
    assert [f.text for f in run(text)] == []


# The same kind of phrase, named: by quotes, a year edition or period (in the span, not in the
# name, as the annotation rules have it), a phase (in neither), or a first word that is no verb.
NAMED_EDITION = [
    pytest.param(
        "รัฐบาลเปิดโครงการ \"ตัดถนนเพื่อชุมชน\" ในหลายจังหวัด",
        {"text": "โครงการ \"ตัดถนนเพื่อชุมชน\"", "start": 10, "name": "โครงการ ตัดถนนเพื่อชุมชน",
         "initiative_kind": "project"},
        id="quoted-verb-phrase",
    ),
    pytest.param(
        "ครม. เห็นชอบมาตรการช่วยเหลือเกษตรกรผู้ประสบภัยแล้ง ปี 2567 วงเงิน 5,000 ล้านบาท",
        {"text": "มาตรการช่วยเหลือเกษตรกรผู้ประสบภัยแล้ง ปี 2567", "start": 12,
         "name": "มาตรการช่วยเหลือเกษตรกรผู้ประสบภัยแล้ง", "initiative_kind": "measure"},
        id="measure-with-year",
    ),
    pytest.param(
        "ครม. เห็นชอบมาตรการลดค่าครองชีพ ปีงบประมาณ 2567 แล้ว",
        {"text": "มาตรการลดค่าครองชีพ ปีงบประมาณ 2567", "start": 12,
         "name": "มาตรการลดค่าครองชีพ", "initiative_kind": "measure"},
        id="measure-with-fiscal-year",
    ),
    pytest.param(
        "ธ.ก.ส. จ่ายเงินโครงการประกันรายได้เกษตรกรผู้ปลูกข้าว ปีการผลิต 2565/66 งวดแรก",
        {"text": "โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว ปีการผลิต 2565/66", "start": 15,
         "name": "โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว"},
        id="project-with-crop-year",
    ),
    pytest.param(
        "ธปท. เปิดเผยแผนยุทธศาสตร์ ธปท. ปี 2566-2568 เน้นการเงินดิจิทัล",
        {"text": "แผนยุทธศาสตร์ ธปท. ปี 2566-2568", "start": 12,
         "name": "แผนยุทธศาสตร์ ธปท.", "initiative_kind": "plan"},
        id="plan-of-an-org-with-years",
    ),
    pytest.param(
        "สศช. เร่งจัดทำแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 ให้เสร็จทันกำหนด",
        {"text": "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13", "start": 14,
         "name": "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13", "initiative_kind": "plan"},
        id="plan-edition-and-kept",
    ),
    pytest.param(
        "กรมทางหลวงชนบทเร่งโครงการตัดถนนสายใหม่ ระยะที่ 2 ให้เสร็จในปีนี้",
        {"text": "โครงการตัดถนนสายใหม่", "start": 18, "name": "โครงการตัดถนนสายใหม่"},
        id="phase-names-but-stays-out",
    ),
    pytest.param(
        "ชาวบ้านเข้าร่วมโครงการบ้านมั่นคง ของการเคหะแห่งชาติ",
        {"text": "โครงการบ้านมั่นคง", "start": 15, "name": "โครงการบ้านมั่นคง"},
        id="noun-first-word",
    ),
    pytest.param(
        "กทม. ใช้โครงการแก้มลิงรับน้ำหลาก ในฤดูฝน",
        {"text": "โครงการแก้มลิงรับน้ำหลาก", "start": 8},
        id="noun-compound-not-split-into-a-verb",
    ),
    pytest.param(
        "เทศบาลจัดตั้งศูนย์เพื่อการพัฒนาเด็กเล็ก ในชุมชน",
        {"text": "ศูนย์เพื่อการพัฒนาเด็กเล็ก", "start": 13, "initiative_kind": "centre"},
        id="centre-for-official-name",
    ),
    pytest.param(
        "รัฐบาลตั้งกองทุนเพื่อความเสมอภาคทางการศึกษา เพื่อช่วยเด็กยากจน",
        {"text": "กองทุนเพื่อความเสมอภาคทางการศึกษา", "start": 10, "initiative_kind": "fund"},
        id="fund-for-official-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_EDITION)
def test_named_by_quote_edition_or_phase(text: str, expected: dict[str, Any]) -> None:
    orgs = []
    if "ธปท." in text:  # every mention of the bank, as the organisations extractor gives them
        second = text.index("ธปท.", 1)
        mentions = (Mention("ธปท.", 0, 4), Mention("ธปท.", second, second + 4))
        orgs = [OrganizationFact("ธปท.", 0, 4, "", name="ธนาคารแห่งประเทศไทย", mentions=mentions)]
    facts = run(text, orgs=orgs)
    assert len(facts) == 1, [f.text for f in facts]
    fact = facts[0]
    assert text[fact.start : fact.end] == fact.text
    assert {key: getattr(fact, key) for key in expected} == expected


def test_stop_word_inside_a_longer_word_does_not_cut_the_name() -> None:
    # ด้วย is a stop word, but here it begins the word ด้วยกัน, which is part of the name.
    doc = extract("ประชาชนสามารถลงทะเบียนโครงการเราเที่ยวด้วยกันได้ตั้งแต่วันนี้")
    assert [(i.text, i.name) for i in doc.initiatives] == [
        ("โครงการเราเที่ยวด้วยกัน", "โครงการเราเที่ยวด้วยกัน"),
    ]


# A verb-led name after a descriptive head is a programme when the text treats it as one: people
# join it, register for it, hold rights under it; the cabinet approves, extends, renews, launches
# or ends it; a budget follows it (initiatives/context.tsv).
CONTEXT_NAMED = [
    pytest.param(
        "ครม. เห็นชอบมาตรการพักหนี้เกษตรกร ระยะเวลา 3 ปี",
        {"text": "มาตรการพักหนี้เกษตรกร", "start": 12, "name": "มาตรการพักหนี้เกษตรกร",
         "initiative_kind": "measure"},
        id="cabinet-endorses-measure",
    ),
    pytest.param(
        "ที่ประชุมคณะรัฐมนตรีได้อนุมัติโครงการพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ วงเงิน 250 ล้านบาท",
        {"text": "โครงการพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ", "start": 30,
         "name": "โครงการพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ", "initiative_kind": "project"},
        id="approved-runs-through-for-target-group",
    ),
    pytest.param(
        "ชาวนาที่ลงทะเบียนเข้าร่วมโครงการประกันรายได้เกษตรกรผู้ปลูกข้าว จะได้รับเงินส่วนต่าง",
        {"text": "โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว", "start": 25,
         "name": "โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว", "initiative_kind": "project"},
        id="registered-to-join-without-year",
    ),
    pytest.param(
        "หน่วยงานรัฐร่วมมือกันภายใต้โครงการยกเลิกการสำเนาเอกสารราชการ เช่น สำเนาบัตรประชาชน",
        {"text": "โครงการยกเลิกการสำเนาเอกสารราชการ", "start": 27,
         "name": "โครงการยกเลิกการสำเนาเอกสารราชการ", "initiative_kind": "project"},
        id="under-the-project",
    ),
    pytest.param(
        "ครม. ขยายเวลามาตรการลดค่าไฟฟ้า ไปจนถึงสิ้นปี",
        {"text": "มาตรการลดค่าไฟฟ้า", "start": 13, "name": "มาตรการลดค่าไฟฟ้า",
         "initiative_kind": "measure"},
        id="extended",
    ),
    pytest.param(
        "กระทรวงการคลังเปิดตัวมาตรการแก้หนี้นอกระบบ อย่างเป็นทางการ",
        {"text": "มาตรการแก้หนี้นอกระบบ", "start": 21, "name": "มาตรการแก้หนี้นอกระบบ",
         "initiative_kind": "measure"},
        id="launched",
    ),
    pytest.param(
        "ครม. ต่ออายุมาตรการลดภาษีสรรพสามิตน้ำมันดีเซล ออกไปอีก 2 เดือน",
        {"text": "มาตรการลดภาษีสรรพสามิตน้ำมันดีเซล", "start": 12,
         "name": "มาตรการลดภาษีสรรพสามิตน้ำมันดีเซล", "initiative_kind": "measure"},
        id="renewed-duration-is-no-count",
    ),
    pytest.param(
        "กระทรวงแรงงานเดินหน้าโครงการจ้างงานเด็กจบใหม่ วงเงิน 1,500 ล้านบาท",
        {"text": "โครงการจ้างงานเด็กจบใหม่", "start": 21, "name": "โครงการจ้างงานเด็กจบใหม่",
         "initiative_kind": "project"},
        id="budget-after-the-name",
    ),
    pytest.param(
        "ผู้ประกอบการที่สมัครเข้าร่วมโครงการเที่ยวปันสุข ต้องลงทะเบียนภายในวันศุกร์",
        {"text": "โครงการเที่ยวปันสุข", "start": 28, "name": "โครงการเที่ยวปันสุข",
         "initiative_kind": "project"},
        id="applied-to-join",
    ),
    pytest.param(
        "ธนาคารออมสินประกาศใช้มาตรการพักชำระหนี้ สำหรับลูกหนี้รายย่อย",
        {"text": "มาตรการพักชำระหนี้", "start": 21, "name": "มาตรการพักชำระหนี้",
         "initiative_kind": "measure"},
        id="put-into-force-spaced-for-stays-out",
    ),
    pytest.param(
        "โรงสีที่เข้าร่วมโครงการรับจำนำข้าวกับ อคส. มีจำนวนเพิ่มขึ้น",
        {"text": "โครงการรับจำนำข้าว", "start": 16, "name": "โครงการรับจำนำข้าว",
         "initiative_kind": "project"},
        id="joined-pledging-scheme",
    ),
    pytest.param(
        "ซีพี ออลล์ ประกาศยุติโครงการทดลองจำหน่ายเบียร์สดในร้านสะดวกซื้อ",
        {"text": "โครงการทดลองจำหน่ายเบียร์สด", "start": 21, "name": "โครงการทดลองจำหน่ายเบียร์สด",
         "initiative_kind": "project"},
        id="ended",
    ),
    pytest.param(
        "ผู้ได้รับสิทธิ์ตามมาตรการลดหย่อนภาษีซื้อสินค้า ต้องเก็บใบกำกับภาษี",
        {"text": "มาตรการลดหย่อนภาษีซื้อสินค้า", "start": 18, "name": "มาตรการลดหย่อนภาษีซื้อสินค้า",
         "initiative_kind": "measure"},
        id="rights-under",
    ),
    pytest.param(
        "รัฐบาลประกาศนโยบายพักหนี้เกษตรกร เป็นเวลา 3 ปี",
        {"text": "นโยบายพักหนี้เกษตรกร", "start": 12, "name": "นโยบายพักหนี้เกษตรกร",
         "initiative_kind": "policy"},
        id="announced-policy",
    ),
    pytest.param(
        "ครม. เห็นชอบในหลักการโครงการฟื้นฟูอาชีพเกษตรกร ตามที่กระทรวงเกษตรฯ เสนอ",
        {"text": "โครงการฟื้นฟูอาชีพเกษตรกร", "start": 21, "name": "โครงการฟื้นฟูอาชีพเกษตรกร",
         "initiative_kind": "project"},
        id="endorsed-in-principle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_NAMED)
def test_verb_led_name_in_a_naming_context(text: str, expected: dict[str, Any]) -> None:
    facts = run(text)
    assert len(facts) == 1, [f.text for f in facts]
    fact = facts[0]
    assert text[fact.start : fact.end] == fact.text
    assert {key: getattr(fact, key) for key in expected} == expected


# Descriptions stay descriptions, with or without a context word. The rule: works and purchases
# (a verb then a physical object: ก่อสร้างถนน, จัดซื้อรถพยาบาล, จ้างที่ปรึกษา) and a name with a
# count (… 3 สาย, … จำนวน 12 หลัง) describe; a generic non-verb start (แล้ว, ภาษี, นี้) names
# nothing; the context word must stand right before the head; without context, verb-led stays
# descriptive.
CONTEXT_DESCRIPTIVE = [
    pytest.param("อนุมัติงบประมาณโครงการก่อสร้างถนน 3 สาย", id="budget-of-road-works"),
    pytest.param("ครม. อนุมัติโครงการก่อสร้างถนน 3 สาย ในจังหวัดเลย", id="approved-roads-count"),
    pytest.param("ที่ประชุมเห็นชอบโครงการก่อสร้างอาคารเรียน จำนวน 12 หลัง", id="buildings-count"),
    pytest.param("จังหวัดอนุมัติโครงการจัดซื้อรถพยาบาล วงเงิน 5 ล้านบาท", id="purchase-with-budget"),
    pytest.param("อบต. อนุมัติโครงการซ่อมแซมถนนลูกรังภายในหมู่บ้าน", id="repair-road"),
    pytest.param("ครม. อนุมัติโครงการขุดลอกคลอง 15 แห่ง", id="dredge-canals"),
    pytest.param("ร้านค้าเข้าร่วมโครงการแล้วกว่า 1 ล้านราย", id="joined-already"),
    pytest.param("ครม. เห็นชอบมาตรการภาษีเพื่อกระตุ้นการลงทุน", id="tax-measures"),
    pytest.param("ครม. เห็นชอบโครงการติดตั้งเสาไฟ 200 จุด", id="lamp-posts"),
    pytest.param("ที่ประชุมอนุมัติโครงการจ้างที่ปรึกษา เพื่อศึกษาความเหมาะสม", id="hire-consultant"),
    pytest.param("นักเรียนเข้าร่วมโครงการอบรม 3 รุ่น", id="training-batches"),
    pytest.param("กองทัพเรืออนุมัติแผนจัดซื้อเรือดำน้ำ 2 ลำ", id="buy-submarines"),
    pytest.param("ครม. อนุมัติโครงการตัดถนนสายใหม่ในจังหวัดน่าน วงเงิน 900 ล้านบาท",
                 id="new-road-with-budget"),
    pytest.param("ผู้มีสิทธิตามมาตรการดังกล่าว ต้องยืนยันตัวตน", id="the-said-measure"),
    pytest.param("ชาวบ้านต้องการมาตรการพักหนี้เกษตรกร ระยะเวลา 3 ปี", id="no-context-measure"),
    pytest.param("รัฐบาลควรมีโครงการพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ", id="no-context-project"),
    pytest.param("รัฐบาลเดินหน้าโครงการส่งเสริมการท่องเที่ยวชุมชน เพื่อกระจายรายได้",
                 id="mentioned-once"),
    pytest.param("เทศบาลเร่งโครงการซ่อมถนนในเขตเมือง โดยโครงการซ่อมถนนในเขตเมืองจะเสร็จในเดือนหน้า",
                 id="repeated-road-repair"),
]


@pytest.mark.parametrize("text", CONTEXT_DESCRIPTIVE)
def test_description_in_a_naming_context_stays_descriptive(text: str) -> None:
    assert [f.text for f in run(text)] == []


def test_a_repeated_verb_led_name_is_a_programme() -> None:
    text = (
        "รัฐบาลเดินหน้าโครงการส่งเสริมการท่องเที่ยวชุมชน เพื่อกระจายรายได้ ทั้งนี้ "
        "โครงการส่งเสริมการท่องเที่ยวชุมชนจะเริ่มในเดือนหน้า"
    )
    (fact,) = run(text)
    assert (fact.text, fact.start, fact.name, fact.initiative_kind) == (
        "โครงการส่งเสริมการท่องเที่ยวชุมชน", 14, "โครงการส่งเสริมการท่องเที่ยวชุมชน", "project"
    )
    assert [(m.text, m.start) for m in fact.mentions] == [
        ("โครงการส่งเสริมการท่องเที่ยวชุมชน", 14),
        ("โครงการส่งเสริมการท่องเที่ยวชุมชน", 74),
    ]


@pytest.mark.parametrize(
    ("text", "name", "rule", "evidence"),
    [
        pytest.param("ประชาชนลงทะเบียนผ่านแอปพลิเคชันหมอพร้อม เพื่อรับวัคซีน", "แอปพลิเคชันหมอพร้อม",
                     "thai-head", ("แอปพลิเคชัน",), id="thai-head"),
        pytest.param("กระทรวงเกษตรฯ เปิดตัวโครงการ Smart Farmer 4.0 ให้เกษตรกรสมัคร",
                     "โครงการ Smart Farmer 4.0", "thai-head-latin", ("โครงการ",), id="latin-after-head"),
        pytest.param('รัฐบาลเปิดโครงการ "คนละครึ่ง" ให้ประชาชนลงทะเบียน', "โครงการ คนละครึ่ง",
                     "thai-head-quoted", ("โครงการ",), id="quoted-after-head"),
        pytest.param("ประเทศสมาชิกรับรอง ASEAN Digital Masterplan 2025 ในการประชุมเมื่อปีที่แล้ว",
                     "ASEAN Digital Masterplan 2025", "english-name", ("Masterplan",),
                     id="english-head"),
    ],
)
def test_rule_and_evidence(text: str, name: str, rule: str, evidence: tuple[str, ...]) -> None:
    [found] = extract(text).initiatives
    assert (found.name, found.rule, found.evidence) == (name, rule, evidence)


# --- issue 12: not initiatives — units named ศูนย์…, bare words, generic policies and measures --

NOT_INITIATIVES = [
    pytest.param("เจ้าหน้าที่ศูนย์ปฏิบัติการฉุกเฉินด้านการแพทย์ จังหวัดเชียงใหม่ ออกให้บริการ",
                 id="operations-centre"),
    pytest.param("นักวิจัยจากศูนย์เทคโนโลยีอิเล็กทรอนิกส์และคอมพิวเตอร์แห่งชาติ (NECTEC) ร่วมพัฒนาระบบ",
                 id="research-centre-with-acronym"),
    pytest.param("ผู้ป่วยถูกส่งตัวไปรักษาที่โรงพยาบาลศูนย์ขอนแก่น เมื่อวานนี้", id="hospital-centre"),
    pytest.param("ชาวบ้านร้องเรียนผ่านศูนย์ดำรงธรรม 1567 ได้ตลอดเวลา", id="complaints-centre"),
    pytest.param("ผู้เสียหายแจ้งเบาะแสได้ที่ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center) ตลอด 24 ชั่วโมง",
                 id="centre-and-its-english-name"),
    pytest.param("ข้าราชการต้องปฏิบัติตามนโยบายรัฐ อย่างเคร่งครัด", id="head-plus-one-noun"),
    pytest.param("ทุกฝ่ายปฏิบัติตามมาตรการสาธารณสุข อย่างเคร่งครัด", id="public-health-measures"),
    pytest.param("รัฐมนตรีมอบนโยบายต่อที่ประชุมตอนหนึ่งว่า", id="policy-to-the-meeting"),
    pytest.param("นายกรัฐมนตรีขับเคลื่อนนโยบายกระทรวงเกษตรและสหกรณ์ ให้เกิดผล", id="a-ministry-policy"),
    pytest.param("ทุกหน่วยงานต้องปฏิบัติตามนโยบายของกระทรวง อย่างเคร่งครัด", id="policy-of-the-ministry"),
    pytest.param("ประเทศตะวันตกใช้มาตรการคว่ำบาตรต่าง ๆ ต่อรัสเซีย", id="various-sanctions"),
    pytest.param("หน่วยงานเสนอโครงการ/แผนงาน ต่อจังหวัด", id="project-slash-plan"),
    pytest.param("โครงการนี้จะเริ่มในปีหน้า", id="this-project"),
    pytest.param("แผนดังกล่าวได้รับการอนุมัติแล้ว", id="the-said-plan"),
    pytest.param("รัฐบาลใช้มาตรการทางกฎหมาย กับผู้กระทำผิด", id="legal-measures"),
    pytest.param("ศาลมีคำสั่งมาตรการคุ้มครองชั่วคราว ก่อนพิพากษา", id="interim-protection"),
    pytest.param("รัฐบาลมีนโยบายเด่นๆ หลายเรื่อง", id="reduplicated-adjective"),
    pytest.param("นายกรัฐมนตรีใช้แอปพลิเคชัน Clubhouse พูดคุยกับประชาชน", id="a-commercial-app"),
    pytest.param("ไทยย้ำหุ้นส่วนทางยุทธศาสตร์อาเซียน-ญี่ปุ่น คือโอกาส", id="a-strategic-partnership"),
    pytest.param("ประชาชนติดตามข่าวผ่านแพลตฟอร์ม Facebook Fanpage ของรัฐบาล", id="a-social-network"),
    pytest.param("นายกรัฐมนตรีกล่าวถึงนโยบายหลักประการหนึ่ง ของรัฐบาล", id="one-of-the-policies"),
    pytest.param("จังหวัดจัดทำแผนแบบครบวงจร เพื่อพัฒนาการท่องเที่ยว", id="a-kind-of-plan"),
    pytest.param("หน่วยงานต้องยึดแผนแม่บทสำคัญ ในการทำงาน", id="an-important-master-plan"),
    pytest.param("รัฐบาลเร่งโครงการมอเตอร์เวย์ทั้งสองสาย ให้เสร็จ", id="both-projects"),
    pytest.param("กรมทางหลวงเสนอโครงการวงเงิน 45 ล้านบาท ต่อ ครม.", id="a-budget-is-no-name"),
    pytest.param("ใช้มาตรการทางด้านภาษีของกระทรวงการคลัง ช่วยผู้ประกอบการ", id="owned-by-a-ministry"),
    pytest.param("ทั้งสองฝ่ายทบทวนความร่วมมือภายใต้กรอบอาเซียน-อินเดีย ในมิติการเมือง",
                 id="under-the-framework-of"),
    pytest.param("ไทยพร้อมผลักดันความร่วมมือในกรอบอาเซียน ต่อไป", id="within-the-framework-of"),
    pytest.param("รัฐบาลกำหนดกรอบเวลาการทำงาน ให้ชัดเจน", id="a-time-frame"),
    pytest.param("ลูกค้าธนาคารกรุงไทยใช้บริการผ่านแอปพลิเคชันของธนาคาร", id="a-bank"),
    pytest.param("ธนาคารออมสินจัดตั้งธนาคารออมสินสาขาใหม่", id="a-known-bank-set-up"),
    pytest.param("หน่วยงานเปิดประกวดราคาจ้างเหมาก่อสร้างอาคาร", id="bidding"),
    pytest.param("นักเรียนจัดกิจกรรมหน้าเสาธงทุกเช้า", id="an-activity-not-joined"),
    pytest.param("เอกอัครราชทูตร่วมกิจกรรม Opening Ceremony for ASEAN Week", id="a-meeting-name"),
]


@pytest.mark.parametrize("text", NOT_INITIATIVES)
def test_not_an_initiative(text: str) -> None:
    assert [f.name for f in extract(text).initiatives] == []


# --- issue 12: missed heads and shapes, names cut short ------------------------------------

# And: a single word after a head names something when it is a proper qualifier; a verb right after
# a descriptive head opens its name.
SHAPES = [
    pytest.param("เยาวชนสมัครเข้าร่วมการประกวดภาพยนตร์สั้นเพื่อเยาวชน ครั้งที่ 3 ชิงเงินรางวัล",
                 "การประกวดภาพยนตร์สั้น", "campaign", id="contest-joined"),
    pytest.param("ประชาชนเข้าร่วมกิจกรรมปลูกป่าเฉลิมพระเกียรติ เนื่องในวันสำคัญ",
                 "กิจกรรมปลูกป่าเฉลิมพระเกียรติ", "campaign", id="activity-joined"),
    pytest.param("มหาวิทยาลัยเปิดหลักสูตรพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ ให้ประชาชนสมัคร",
                 "หลักสูตรพัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ", "programme", id="course-opened"),
    pytest.param("ชุมชนร่วมกันจัดตั้งธนาคารขยะรีไซเคิล เพื่อลดขยะ", "ธนาคารขยะรีไซเคิล", "project",
                 id="a-bank-that-is-a-scheme"),
    pytest.param("ครม. เห็นชอบนโยบาย “พักหนี้เกษตรกร” ระยะเวลา 3 ปี", "นโยบาย พักหนี้เกษตรกร",
                 "policy", id="quoted-policy"),
    pytest.param("ไทยร่วมแผนงาน BIMP - EAGA เพื่อพัฒนาเศรษฐกิจ", "แผนงาน BIMP-EAGA", "plan",
                 id="acronym-with-spaced-dash"),
    pytest.param("รัฐบาลเปิดโครงการพัฒนาทักษะ (AI) สำหรับแรงงาน ให้ประชาชนสมัคร",
                 "โครงการพัฒนาทักษะ (AI) สำหรับแรงงาน", "project", id="bracketed-latin-inside"),
    pytest.param("ธนาคารออมสินเปิดโครงการ Happy Money เพื่อชุมชน ให้ผู้ประกอบการรายย่อย",
                 "โครงการ Happy Money เพื่อชุมชน", "project", id="latin-then-thai-to-its-end"),
    pytest.param("มีการดำเนินการอย่างต่อเนื่องภายใต้โครงการลงทะเบียนเพื่อสวัสดิการแห่งรัฐ ซึ่งครอบคลุม",
                 "โครงการลงทะเบียนเพื่อสวัสดิการแห่งรัฐ", "project", id="verb-led-for-a-noun"),
    pytest.param("ผู้ประกอบการเข้าโครงการ SME One ID เพื่อเข้าถึงการช่วยเหลือจากภาครัฐ",
                 "โครงการ SME One ID", "project", id="purpose-clause-after-a-latin-name"),
    pytest.param("สนข. จัดทำแผนแม่บทด้านการขนส่งและจราจร ของจังหวัด", "แผนแม่บทด้านการขนส่งและจราจร",
                 "plan", id="master-plan-on-a-field"),
    pytest.param("ผู้นำรับรองกรอบการฟื้นฟูที่ครอบคลุมของอาเซียน และแผนการดำเนินการ",
                 "กรอบการฟื้นฟูที่ครอบคลุมของอาเซียน", "initiative", id="framework-of-asean"),
    pytest.param("ไทยร่วมแผนงานด้านพลังงานสะอาดของอาเซียน ได้รับการรับรอง",
                 "แผนงานด้านพลังงานสะอาดของอาเซียน", "plan", id="work-plan-with-proper-owner"),
    pytest.param("ประเทศสมาชิกมุ่งสู่วิสัยทัศน์ประชาคมอาเซียน ค.ศ. 2025 ร่วมกัน",
                 "วิสัยทัศน์ประชาคมอาเซียน ค.ศ. 2025", "strategy", id="vision-with-target-year"),
    pytest.param("ผู้ถือบัตรสวัสดิการแห่งรัฐ 13.2 ล้านคน ได้รับเงินเพิ่ม", "บัตรสวัสดิการแห่งรัฐ",
                 "programme", id="welfare-card"),
    pytest.param("จังหวัดเปิดศูนย์การเรียนรู้ ๗๐๑ ให้ประชาชนเข้าชม", "ศูนย์การเรียนรู้ 701", "centre",
                 id="thai-digits-in-the-name"),
    pytest.param("ครม. อนุมัติแผนงานช่วยเหลือเยียวยาผลกระทบจากการแพร่ระบาดของเชื้อไวรัสโควิด-19",
                 "แผนงานช่วยเหลือเยียวยาผลกระทบจากการแพร่ระบาด", "plan", id="verb-phrase-from"),
    pytest.param("ครม. อนุมัติโครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยง วงเงิน 500 ล้านบาท",
                 "โครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยง", "project",
                 id="in-the-field-of-after-a-space"),
    pytest.param("รฟม. ปรับแผนแม่บทระบบขนส่งมวลชนทางรางในเขตกรุงเทพมหานครและปริมณฑล",
                 "แผนแม่บทระบบขนส่งมวลชนทางรางในเขตกรุงเทพมหานคร", "plan", id="plan-in-the-area-of"),
    pytest.param("ไทยพร้อมสนับสนุนการพัฒนาทุนมนุษย์ โดยเฉพาะโครงการฝึกอบรมด้านเทคนิคและการอาชีวศึกษา"
                 " หรือ TVET", "โครงการฝึกอบรมด้านเทคนิคและการอาชีวศึกษา", "project",
                 id="named-in-particular"),
    pytest.param("ผู้ประกอบการเข้าร่วมโครงการ SME ปรับตัวสู่ดิจิทัล ของ สสว.",
                 "โครงการ SME ปรับตัวสู่ดิจิทัล", "project", id="mixed-thai-latin"),
    pytest.param("ประชาชนใช้สิทธิโครงการ 30 บาทรักษาทุกโรค ได้ทุกโรงพยาบาล",
                 "โครงการ 30 บาทรักษาทุกโรค", "project", id="a-name-opening-with-a-number"),
    pytest.param("ประเทศสมาชิกร่วมจัดตั้งกองทุนอาเซียนเพื่อการรับมือ ขึ้นในปีนี้",
                 "กองทุนอาเซียนเพื่อการรับมือ", "fund", id="fund-named-for-its-purpose"),
    pytest.param("ประเทศสมาชิกร่วมจัดตั้งกองทุนอาเซียน เพื่อรับมือโรคระบาด", "กองทุนอาเซียน", "fund",
                 id="fund-of-asean"),
    pytest.param("หน่วยงานรัฐต้องทำงานตามยุทธศาสตร์ชาติ อย่างต่อเนื่อง", "ยุทธศาสตร์ชาติ", "strategy",
                 id="national-strategy"),
    pytest.param("ครม. เห็นชอบมาตรการช่วยเหลือเงินพิเศษแก่ผู้มีบัตรสวัสดิการแห่งรัฐ เป็นการชั่วคราว",
                 "มาตรการช่วยเหลือเงินพิเศษแก่ผู้มีบัตรสวัสดิการแห่งรัฐ", "measure",
                 id="measure-opening-with-a-verb"),
]


@pytest.mark.parametrize(("text", "name", "kind"), SHAPES)
def test_heads_and_shapes(text: str, name: str, kind: str) -> None:
    [found] = extract(text).initiatives
    assert (found.name, found.initiative_kind) == (name, kind)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "ที่ประชุมอนุมัติ 1.โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 3 2.โครงการขยายเขตประปาหมู่บ้าน"
            " หมู่ 5 3.โครงการซ่อมแซมฝาย",
            ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 3", "โครงการขยายเขตประปาหมู่บ้าน หมู่ 5",
             "โครงการซ่อมแซมฝาย"],
            id="numbered-list-items"),
        pytest.param(
            "ครม. อนุมัติ 1) โครงการค้ำประกันสินเชื่อสำหรับธุรกิจท่องเที่ยว งบประมาณ 968 ล้านบาท"
            " 2) มาตรการยกระดับอุตสาหกรรม ที่มีการกำหนดสิทธิประโยชน์เพิ่มเติม",
            ["โครงการค้ำประกันสินเชื่อสำหรับธุรกิจท่องเที่ยว", "มาตรการยกระดับอุตสาหกรรม"],
            id="list-items-end-before-budget-and-clause"),
        pytest.param(
            "โดยผ่อนปรนให้ผู้ประกอบการชั้นดี เป็นกรณีพิเศษ 2. โครงการส่งเสริมผู้ประกอบการ ด้านการบริหาร"
            "ความเสี่ยงจากอัตราแลกเปลี่ยน เพื่อช่วยผู้ประกอบการ SME ที่ทำการค้าระหว่างประเทศ",
            ["โครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยงจากอัตราแลกเปลี่ยน"],
            id="a-list-item-over-a-sentence-cut"),
        pytest.param(
            "ซึ่งสอดคล้องกับความร่วมมือระหว่างกรอบปฏิบัติการอาเซียนด้านขยะทะเลกับญี่ปุ่น",
            ["กรอบปฏิบัติการอาเซียนด้านขยะทะเล"], id="an-action-framework"),
        pytest.param(
            "กรมทางหลวงเสนอโครงการศึกษาความเหมาะสม โครงการก่อสร้างทางหลวงพิเศษระหว่างเมือง"
            " สายบางใหญ่-กาญจนบุรี ต่อ ครม.",
            ["โครงการศึกษาความเหมาะสม โครงการก่อสร้างทางหลวงพิเศษระหว่างเมือง สายบางใหญ่-กาญจนบุรี"],
            id="a-study-of-a-project-is-one"),
        pytest.param(
            "หลายมาตรการประสบความสำเร็จ ทั้งโครงการคนละครึ่ง  เราเที่ยวด้วยกัน ช้อปดีมีคืน"
            " บัตรสวัสดิการแห่งรัฐ และมาตรการอื่นๆ ที่กำลังจะออกมา",
            ["โครงการคนละครึ่ง", "เราเที่ยวด้วยกัน", "ช้อปดีมีคืน", "บัตรสวัสดิการแห่งรัฐ"],
            id="items-sharing-one-head"),
        pytest.param(
            "พักหนี้กองทุนหมู่บ้าน รวมถึงนโยบายมารดาประชารัฐ โคบาลประชารัฐ เป็นต้น",
            ["กองทุนหมู่บ้าน", "นโยบายมารดาประชารัฐ", "โคบาลประชารัฐ"],
            id="items-after-ruam-thueng-and-a-one-word-fund"),
        pytest.param(
            "ส่วนหนึ่งคือการมีแผนปฏิบัติการด้านการขนส่งและจราจร ที่จัดลำดับความสำคัญ",
            ["แผนปฏิบัติการด้านการขนส่งและจราจร"], id="a-compound-head-after-a-verb"),
        pytest.param(
            "ครม. อนุมัติโครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว วงเงิน"
            " 5,000 ล้านบาท",
            ["โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว"],
            id="and-inside-a-verb-phrase-name"),
        pytest.param(
            "รฟม. เร่งโครงการรถไฟฟ้าสายสีชมพู ช่วงแคราย-มีนบุรี ให้เสร็จ",
            ["โครงการรถไฟฟ้าสายสีชมพู ช่วงแคราย-มีนบุรี"], id="a-route-section-stays"),
    ],
)
def test_lists_studies_and_routes(text: str, names: list[str]) -> None:
    found = extract(text).initiatives
    assert [f.name for f in found] == names
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_quoted_name_again_is_a_mention() -> None:
    text = 'รัฐบาลขยายโครงการ "คนละครึ่ง" ต่อ ทั้งนี้ ประชาชนที่ได้สิทธิ “คนละครึ่ง” ต้องยืนยันตัวตน'
    [found] = extract(text).initiatives
    assert found.name == "โครงการ คนละครึ่ง"
    assert [(m.text, m.start) for m in found.mentions] == [
        ('โครงการ "คนละครึ่ง"', 10), ("“คนละครึ่ง”", 61)]

