"""Buddhist-era and common-era years: every rule of thaiextract.era, one case a line."""

from __future__ import annotations

import doctest

import pytest

from thaiextract import era
from thaiextract.era import Year, be_to_ce, ce_to_be, read_year, two_digit_be


@pytest.mark.parametrize(
    ("digits", "marker", "expected"),
    [
        # Four digits, no marker: 2400–2700 is BE, 1800–2200 is CE, anything else is no year.
        ("2563", None, Year(2020, "BE", 4)),
        ("2400", None, Year(1857, "BE", 4)),
        ("2700", None, Year(2157, "BE", 4)),
        ("2025", None, Year(2025, "CE", 4)),
        ("1800", None, Year(1800, "CE", 4)),
        ("2200", None, Year(2200, "CE", 4)),
        ("2201", None, None),
        ("2399", None, None),
        ("2701", None, None),
        ("1799", None, None),
        ("1482", None, None),
        # Two digits: a BE year of the 2500s; after ค.ศ., the 2000s.
        ("63", None, Year(2020, "BE", 2)),
        ("00", None, Year(1957, "BE", 2)),
        ("99", None, Year(2056, "BE", 2)),
        ("63", "BE", Year(2020, "BE", 2)),
        ("20", "CE", Year(2020, "CE", 2)),
        # Markers that agree with the number.
        ("2563", "BE", Year(2020, "BE", 4)),
        ("2020", "CE", Year(2020, "CE", 4)),
        # Markers that contradict it: the number's range wins (check reports the slip).
        ("2563", "CE", Year(2020, "BE", 4)),
        ("2020", "BE", Year(2020, "CE", 4)),
        # Historical years need a marker.
        ("1800", "BE", Year(1800, "CE", 4)),  # in the CE range: read as CE
        ("1700", "BE", Year(1157, "BE", 4)),
        ("1500", "CE", Year(1500, "CE", 4)),
        ("1500", None, None),
        ("999", "CE", Year(999, "CE", 3)),
        ("999", None, None),
        ("999", "BE", None),
        # Thai digits and stray spaces.
        ("๒๕๖๓", None, Year(2020, "BE", 4)),
        ("๖๓", None, Year(2020, "BE", 2)),
        ("๒๐๒๕", "CE", Year(2025, "CE", 4)),
        (" 2563 ", None, Year(2020, "BE", 4)),
        # Not numbers, wrong lengths.
        ("5", None, None),
        ("12345", None, None),
        ("25a3", None, None),
        ("", None, None),
        ("2,563", None, None),
    ],
)
def test_read_year(digits: str, marker: str | None, expected: Year | None) -> None:
    assert read_year(digits, marker) == expected


def test_unknown_marker_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown era marker"):
        read_year("2563", "พ.ศ.")


@pytest.mark.parametrize(("be", "ce"), [(2563, 2020), (2543, 2000), (2400, 1857), (544, 1)])
def test_be_ce_round_trip(be: int, ce: int) -> None:
    assert be_to_ce(be) == ce
    assert ce_to_be(ce) == be
    assert Year(ce, "BE", 4).be == be


@pytest.mark.parametrize(("yy", "be"), [(0, 2500), (63, 2563), (99, 2599)])
def test_two_digit_be(yy: int, be: int) -> None:
    assert two_digit_be(yy) == be


@pytest.mark.parametrize("yy", [-1, 100])
def test_two_digit_be_rejects_other_numbers(yy: int) -> None:
    with pytest.raises(ValueError):
        two_digit_be(yy)


def test_arabic_digits() -> None:
    assert era.arabic("๐๑๒๓๔๕๖๗๘๙ ปี") == "0123456789 ปี"


def test_agrees_with_pythainlp_convert_years() -> None:
    convert_years = pytest.importorskip("pythainlp.util").convert_years
    for be in (2400, 2500, 2563, 2567, 2700):
        assert read_year(str(be)).ce == int(convert_years(str(be), src="be", target="ad"))


def test_doctests() -> None:
    result = doctest.testmod(era)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2560", "2564", (2021, "BE", 4)),  # พ.ศ. 2560-2564
        ("2548", "49", (2006, "BE", 4)),  # a fiscal-year pair written short
        ("2023", "24", (2024, "CE", 4)),  # ฤดูกาล 2023/24
        ("2023", "2024", (2024, "CE", 4)),
        ("2564", "2560", None),  # not later
        ("2563", "2021", None),  # another era
        ("2563", "๖๔", (2021, "BE", 4)),  # Thai digits
    ],
    ids=["be-range", "be-short", "season-short", "ce-range", "reversed", "mixed-era",
         "thai-digits"],
)
def test_read_year_end(first: str, second: str, expected: tuple | None) -> None:
    start = read_year(first)
    assert start is not None
    last = era.read_year_end(start, second)
    assert (None if last is None else (last.ce, last.era, last.digits)) == expected


@pytest.mark.parametrize(
    ("quarter", "year", "month", "calendar_year"),
    [(1, "2567", 10, 2023), (2, "2567", 1, 2024), (3, "2567", 4, 2024), (4, "2567", 7, 2024)],
)
def test_fiscal_year_start(quarter: int, year: str, month: int, calendar_year: int) -> None:
    """The Thai government's fiscal year 2567 runs from October 2566 (2023) to September 2567."""
    fiscal = read_year(year)
    assert fiscal is not None
    first_month, start = era.fiscal_year_start(quarter, fiscal)
    assert (first_month, start.ce, start.era) == (month, calendar_year, "BE")


def test_thai_digits_are_defined_once() -> None:
    from thaiextract import normalize

    assert normalize.THAI_DIGITS is era.THAI_DIGIT_CHARS
    assert era.arabic(era.THAI_DIGIT_CHARS) == "0123456789"
