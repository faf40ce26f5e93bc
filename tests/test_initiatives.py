"""Initiatives: heads, name boundaries, kinds, generic phrases, launch date, owner, merging."""

from __future__ import annotations

from typing import Any

import pytest

from thaiextract.extractors import initiatives
from thaiextract.model import DateFact, InitiativeFact, OrganizationFact
from thaiextract.pipeline import extract, prepare


def run(
    text: str, dates: list[DateFact] = (), orgs: list[OrganizationFact] = ()
) -> list[InitiativeFact]:
    doc = prepare(text)
    return initiatives.extract(doc, {"dates": list(dates), "organizations": list(orgs)})


def date(text: str, written: str, value: str, **kw: Any) -> DateFact:
    start = text.index(written)
    return DateFact(written, start, start + len(written), "", value=value, **kw)


def org(text: str, written: str, name: str | None = None) -> OrganizationFact:
    start = text.index(written)
    return OrganizationFact(written, start, start + len(written), "", name=name or written)


SINGLE = [
    pytest.param(
        "กระทรวงสาธารณสุขขอให้ประชาชนลงทะเบียนผ่านแอปพลิเคชันหมอพร้อม เพื่อรับวัคซีน",
        {"text": "แอปพลิเคชันหมอพร้อม", "name": "หมอพร้อม", "initiative_kind": "app",
         "english_name": None},
        id="app-thai-name-head-dropped",
    ),
    pytest.param(
        "อาทิ แอป AOT Airport และแอปไทยชนะ และขอความร่วมมือผู้ประกอบการ",
        {"text": "แอป AOT Airport", "name": "AOT Airport", "initiative_kind": "app",
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
        {"text": "แคมเปญ \"ไทยเที่ยวไทย\"", "name": "ไทยเที่ยวไทย", "initiative_kind": "campaign"},
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
        "ผู้เสียหายสามารถแจ้งเบาะแสได้ที่ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center) ตลอด 24 ชั่วโมง",
        {"text": "ศูนย์ต่อต้านข่าวปลอม", "name": "ศูนย์ต่อต้านข่าวปลอม", "initiative_kind": "centre",
         "english_name": "Anti-Fake News Center"},
        id="centre-thai-with-english-in-brackets",
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
        {"text": "แพลตฟอร์มพร้อมเพย์", "name": "พร้อมเพย์", "initiative_kind": "platform"},
        id="platform-head-dropped",
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
    assert [(f.name, len(f.mentions)) for f in facts] == [("AOT Airport", 1), ("ไทยชนะ", 2)]


def test_seed_digital_covid_2020(samples) -> None:
    text = (samples / "digital-covid-2020.txt").read_text(encoding="utf-8")
    doc = extract(text)
    got = [(f.name, f.initiative_kind, f.english_name, f.launched) for f in doc.initiatives]
    assert got == [
        ("ปีแห่งความเป็นหุ้นส่วนความร่วมมือด้านเศรษฐกิจดิจิทัลอาเซียน-จีน ค.ศ. 2020", "year",
         "ASEAN-China Year of Digital Economy Cooperation", None),
        ("Anti-Fake News Center", "centre", "Anti-Fake News Center", "2019-10"),
        ("AOT Airport", "app", "AOT Airport", None),
        ("ไทยชนะ", "app", None, None),
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
        {"text": "แอปพลิเคชัน \"ทางรัฐ\"", "start": 42, "name": "ทางรัฐ", "initiative_kind": "app",
         "launched": "2022-04-01"},
        id="launch-cue-before-name-date-after",
    ),
    pytest.param(
        "ผู้เสียหายติดต่อศูนย์วิจัยและพัฒนาอาหารสัตว์สระแก้ว เพื่อขอรับพันธุ์หญ้า", None, None,
        {"text": "ศูนย์วิจัยและพัฒนาอาหารสัตว์สระแก้ว", "initiative_kind": "centre"},
        id="rnd-compound-kept",
    ),
    pytest.param(
        "เกษตรกรเข้าร่วมโครงการปลดเปลื้องหนี้สิน ของธนาคาร", None, None,
        {"text": "โครงการปลดเปลื้องหนี้สิน", "name": "โครงการปลดเปลื้องหนี้สิน"},
        id="stop-inside-word-is-no-stop",
    ),
    pytest.param(
        "ประชาชนนำของมามอบที่ศูนย์รับบริจาคสิ่งของผู้ประสบภัยน้ำท่วม ตั้งแต่เช้า", None, None,
        {"text": "ศูนย์รับบริจาคสิ่งของผู้ประสบภัยน้ำท่วม", "initiative_kind": "centre"},
        id="name-not-cut-mid-word",
    ),
    pytest.param(
        "รัฐบาลประกาศนโยบาย Thailand 4.0 เพื่อขับเคลื่อนเศรษฐกิจ", None, None,
        {"text": "นโยบาย Thailand 4.0", "name": "นโยบาย Thailand 4.0", "initiative_kind": "policy"},
        id="latin-name-with-version",
    ),
    pytest.param(
        "ชาวบ้านร้องเรียนผ่านศูนย์ดำรงธรรม 1567 ได้ตลอดเวลา", None, None,
        {"text": "ศูนย์ดำรงธรรม 1567", "initiative_kind": "centre"},
        id="centre-with-hotline",
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
