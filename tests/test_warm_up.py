"""batch.warm_up: its made-up text reaches every kind of fact (so the tables each extractor
builds on first use are built before the workers fork) and logs nothing of itself."""

from __future__ import annotations

import logging

import pytest

from thaiextract import extract
from thaiextract.batch import WARM_TEXT, warm_up


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        pytest.param("people", ["สมชาย ใจดี", "สมศรี มีสุข", "โอภาสวิน"], id="people"),
        pytest.param("meetings", ["การประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ"], id="meetings"),
        pytest.param("initiatives", ["โครงการคนละครึ่ง", "โครงการ ชุมชนยั่งยืน",
                                     "Smart Farm Center"], id="initiatives"),
    ],
)
def test_the_warm_text_reaches_each_kind(kind: str, expected: list[str]) -> None:
    assert [f.name for f in getattr(extract(WARM_TEXT), kind)] == expected


def test_the_warm_text_reaches_ministry_short_forms_and_dates() -> None:
    doc = extract(WARM_TEXT)
    assert [o.name for o in doc.organizations if o.rule == "ministry-short-form"] == [
        "กระทรวงเกษตรและสหกรณ์", "กระทรวงแรงงาน"]
    assert [d.text for d in doc.dates][:2] == ["12 มิ.ย. 2563", "10 มิถุนายน 2563"]


def test_warm_up_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    """Its furniture line is dropped by the cleaner, which logs that at DEBUG: not shown."""
    caplog.set_level(logging.DEBUG)
    warm_up()
    assert [r.getMessage() for r in caplog.records if r.name.startswith("thaiextract")] == []
    assert logging.root.manager.disable == logging.NOTSET  # logging is back as it was
