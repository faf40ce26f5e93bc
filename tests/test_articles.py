"""Whole articles written for this project in three news styles (not the seed articles): the facts a
journalist would check, end to end through the pipeline, with exact values and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from thaiextract import extract
from thaiextract.model import Document

ARTICLES = Path(__file__).resolve().parent / "articles"


def article(name: str) -> tuple[str, Document]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return text, extract(text, source=name)


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_every_offset_points_at_its_text(name: str) -> None:
    text, doc = article(name)
    for facts in doc.facts().values():
        for fact in facts:
            assert text[fact.start : fact.end] == fact.text
            for mention in getattr(fact, "mentions", ()):
                assert text[mention.start : mention.end] == mention.text


def test_drought_meeting() -> None:
    _, doc = article("drought-meeting.txt")
    # The header's "เผยแพร่:" date is the article's date, not the update time after it.
    assert (doc.document_date, doc.document_date_source) == ("2024-04-03", "dateline")
    dates = [(d.text, d.value) for d in doc.dates]
    assert ("15 เม.ย.", "2024-04-15") in dates  # year from the article's date ("… นี้")
    assert ("1 มี.ค.", "2024-03-01") in dates  # "… ที่ผ่านมา"
    assert ("พฤษภาคม", "2024-05") in dates
    people = {p.name: p for p in doc.people}
    assert people["เศรษฐา ทวีสิน"].title == "นาย"
    assert people["เศรษฐา ทวีสิน"].position == "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง"
    assert people["พัชรวาท วงษ์สุวรรณ"].title == "พล.ต.อ."
    assert people["อนุทิน ชาญวีรกูล"].organization == "กระทรวงมหาดไทย"
    assert len(people["อนุทิน ชาญวีรกูล"].mentions) == 2  # "ด้านนายอนุทิน" joins
    assert people["สมชาย วิริยะกุล"].organization == "สำนักงานทรัพยากรน้ำแห่งชาติ"
    [meeting] = doc.meetings
    assert meeting.name == "การประชุมผู้ว่าราชการจังหวัดทั่วประเทศ"
    assert (meeting.date, meeting.online) == ("2024-04-03", True)
    assert meeting.location == "ห้องประชุมศรีวิสารวาจา ตึกบัญชาการ 1 ทำเนียบรัฐบาล"
    assert ("แอปพลิเคชัน ทางรัฐ", "app") in [(i.name, i.initiative_kind) for i in doc.initiatives]
    assert "Tags" not in doc.to_dict().__repr__()


def test_police_arrest() -> None:
    _, doc = article("police-arrest.txt")
    # No header date: "วันที่ 18 ก.ค. 66" opens the lead paragraph, so it is the report's day
    # and the article's, and "เมื่อวันที่ 16 ก.ค. ที่ผ่านมา" takes its year from it.
    assert (doc.document_date, doc.document_date_source) == ("2023-07-18", "lead")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("18 ก.ค. 66", "2023-07-18"), ("มกราคม 2566", "2023-01"), ("16 ก.ค.", "2023-07-16"),
    ]
    people = {p.name: (p.title, p.position) for p in doc.people}
    assert people == {
        "ธีรเดช ธรรมสุธีร์": ("พล.ต.ต.", "ผู้บังคับการปราบปราม"),
        "ปรีชา สุขเจริญ": ("พ.ต.อ.", "รองผู้บังคับการปราบปราม"),
    }
    # Counts, money, a hotline, a law section and a prison term are not dates.
    assert not any(d.text in ("12", "1441", "341", "3 ปี", "24") for d in doc.dates)


def test_central_bank_seminar() -> None:
    _, doc = article("central-bank-seminar.txt")
    assert (doc.document_date, doc.document_date_source) == ("2023-11-22", "dateline")
    [seminar] = doc.meetings
    assert (seminar.date, seminar.end_date) == ("2023-11-20", "2023-11-21")
    assert seminar.location == "โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลเวิลด์"
    ranges = [(d.value, d.end_value) for d in doc.dates if d.end_value]
    assert ("2023", "2025") in ranges  # ปี 2566-2568
    bot = next(o for o in doc.organizations if o.name == "ธนาคารแห่งประเทศไทย")
    assert bot.abbreviation == "ธปท." and len(bot.mentions) >= 4
    governor = next(p for p in doc.people if p.name == "เศรษฐพุฒิ สุทธิวาทนฤพุฒิ")
    assert governor.organization == "ธนาคารแห่งประเทศไทย"
    assert "โครงการ Your Data" in [i.name for i in doc.initiatives]
