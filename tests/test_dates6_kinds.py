"""Mainstream date kinds of issue 11 (session 6), on real sentences; the source of each is in
a comment (ThaiNER 1.5 train lines, tests/devset records, the search tool's pages corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from thaiextract.pipeline import extract


def _dates(text: str, day: dt.date | None = None) -> list[tuple[str, str | None, str]]:
    doc = extract(text, document_date=day, only="dates")
    for f in doc.dates:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value, f.rule) for f in doc.dates]


# A day word with the day it names right after it, without brackets, is one expression
# valued by the written day, as "วันนี้ (12 มิ.ย. 2563)" is; and the article's date.
@pytest.mark.parametrize(
    ("text", "expected", "document_date"),
    [
        # ThaiNER 1.5 train L2520 (a telecom update during the Tham Luang rescue).
        ("17.17 น. วันนี้ 28 มิ.ย 61 ดีแทค อัพเดทเพิ่มเติมเสริมรถโมบายล์ เพื่อขยายสัญญาณบริเวณดอยผาหมี",
         [("วันนี้ 28 มิ.ย 61", "2018-06-28", "relative+explicit")], "2018-06-28"),
        # ThaiNER 1.5 train L2525 (a provincial release).
        ("วันนี้ 28 มิถุนายน 2561 เวลา 16.00 น. ที่พระวิหารหลวง วัดพระสิงห์วรมหาวิหาร อำเภอเมือง "
         "จังหวัดเชียงใหม่ นายปวิณ ชำนิประศาสน์ ผู้ว่าราชการจังหวัดเชียงใหม่",
         [("วันนี้ 28 มิถุนายน 2561", "2018-06-28", "relative+explicit")], "2018-06-28"),
        # gallery.songkhlapao.go.th/photo/5901: under the page's own stamp, which wins.
        ("อบจ.สงขลาร่วมกับจังหวัดสงขลาเตรียมการรับเสด็จฯ\n\n    2022-10-19 14:54:19\n    วันนี้ 4 ตุลาคม "
         "2565 เวลา 09.30 น. นายไพเจน มากสุวรรณ์ นายกองค์การบริหารส่วนจังหวัดสงขลา ร่วมประชุม",
         [("2022-10-19", "2022-10-19", "numeric"),
          ("วันนี้ 4 ตุลาคม 2565", "2022-10-04", "relative+explicit")], "2022-10-19"),
    ],
    ids=["abbreviated-be", "full-month", "under-a-stamp"],
)
def test_today_with_its_day(text: str, expected: list, document_date: str) -> None:
    assert _dates(text) == expected
    assert extract(text, only="dates").document_date == document_date


def test_today_with_a_dot_stripped_day_takes_the_record_year() -> None:
    # tests/devset initiatives init-013 (Daily News, dots stripped): "วันนี้12มิย" is one
    # expression; the record's date gives its year.
    text = "วันนี้12มิย รศดรชลธิชา บำรุงรักษ์ ประธานคณะกรรมการดำเนินงานจัดทำพจนานุกรมภาษาไทยถิ่น"
    assert _dates(text, dt.date(2018, 6, 12)) == [
        ("วันนี้12มิย", "2018-06-12", "relative+explicit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count after วันนี้ is no day ("วันนี้ 3 คน…").
        ("วันนี้ 3 คนได้รับบาดเจ็บจากเหตุการณ์ดังกล่าว", [("วันนี้", "2023-10-02", "relative")]),
        # A range after ตั้งแต่วันนี้ stays apart: วันนี้ is its own day.
        ("เปิดรับสมัครตั้งแต่วันนี้ 5 ต.ค. จนถึง 10 ต.ค.",
         [("วันนี้", "2023-10-02", "relative"), ("5 ต.ค. จนถึง 10 ต.ค.", "2023-10-05", "range")]),
    ],
    ids=["count-after-today", "range-after-today"],
)
def test_today_without_its_day(text: str, expected: list) -> None:
    assert _dates(text, dt.date(2023, 10, 2)) == expected
