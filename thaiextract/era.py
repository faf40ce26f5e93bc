"""Buddhist era (พ.ศ.) and common era (ค.ศ.) years: every rule about them lives here.

Thai news writes years in the Buddhist era (BE = CE + 543): "2563", "พ.ศ. 2563", or two digits
after a month ("15 มิ.ย. 63"). Some text writes common-era years ("ค.ศ. 2020", "10 มิ.ย. 2025").
dateparser has no Buddhist calendar, so the conversion is ours. The rules:

- An era marker decides when it agrees with the number: พ.ศ./พุทธศักราช → BE, ค.ศ./คริสต์ศักราช → CE.
- Without a marker, a four-digit year 2400–2700 is BE and 1800–2200 is CE; anything else
  (2300, 1500, 3000) is not read as a year at all.
- A marker that contradicts the number ("ค.ศ. 2563", "พ.ศ. 2020") is a slip of the writer; the
  number wins, since its range is unambiguous, and `check` reports the contradiction.
  A พ.ศ. year below 1800 is read as a real (historical) BE year: พ.ศ. 1800 → 1257.
- Two digits are a BE year of the 2500s (63 → 2563 → 2020); after ค.ศ. they are the 2000s.

>>> read_year("2563")
Year(ce=2020, era='BE', digits=4)
>>> read_year("63").ce, read_year("๒๐๒๕").ce, read_year("2025", "BE").ce
(2020, 2025, 2025)
"""

from __future__ import annotations

from dataclasses import dataclass

BE_OFFSET = 543
BE_RANGE = (2400, 2700)  # four-digit BE years read without a marker
CE_RANGE = (1800, 2200)  # four-digit CE years read without a marker
THAI_DIGIT_CHARS = "๐๑๒๓๔๕๖๗๘๙"  # ๐ … ๙, in order: the one definition of the Thai digits
THAI_DIGITS = str.maketrans(THAI_DIGIT_CHARS, "0123456789")
MODERN_CE = (1900, 2107)  # modern years: CE 1900 (BE 2443) to BE 2650
FISCAL_YEAR_START_MONTH = 10  # the Thai government's fiscal year N runs from October N-1


@dataclass(frozen=True, slots=True)
class Year:
    """A year as read from text: its common-era value, the era it was written in, its length."""

    ce: int
    era: str  # "BE" or "CE"
    digits: int  # 2 or 4 (3 only for ค.ศ. years such as ค.ศ. 999)

    @property
    def be(self) -> int:
        return ce_to_be(self.ce)


def be_to_ce(year: int) -> int:
    """2563 → 2020."""
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    """2020 → 2563."""
    return year + BE_OFFSET


def two_digit_be(yy: int) -> int:
    """The BE year of a two-digit year: 63 → 2563 (the 2500s: CE 1957–2056)."""
    if not 0 <= yy <= 99:
        raise ValueError(f"not a two-digit year: {yy}")
    return 2500 + yy


def arabic(text: str) -> str:
    """Thai digits to ASCII digits: "๒๕๖๓" → "2563"."""
    return text.translate(THAI_DIGITS)


def read_year(digits: str, marker: str | None = None) -> Year | None:
    """Read a written year. ``marker`` is "BE" (พ.ศ.), "CE" (ค.ศ.) or None; None when not a year.

    >>> read_year("2568"), read_year("2025"), read_year("2300")
    (Year(ce=2025, era='BE', digits=4), Year(ce=2025, era='CE', digits=4), None)
    """
    text = arabic(digits.strip())
    if not text.isdigit() or not 2 <= len(text) <= 4:
        return None
    number = int(text)
    if marker not in (None, "BE", "CE"):
        raise ValueError(f"unknown era marker {marker!r}; use 'BE', 'CE' or None")
    if len(text) == 2:
        if marker == "CE":
            return Year(2000 + number, "CE", 2)
        return Year(be_to_ce(two_digit_be(number)), "BE", 2)
    if len(text) == 3:
        # Only an explicit ค.ศ. makes a three-digit number a year (ค.ศ. 999).
        return Year(number, "CE", 3) if marker == "CE" and number >= 100 else None
    if BE_RANGE[0] <= number <= BE_RANGE[1]:
        return Year(be_to_ce(number), "BE", 4)  # also "ค.ศ. 2563": the number wins
    if CE_RANGE[0] <= number <= CE_RANGE[1]:
        return Year(number, "CE", 4)  # also "พ.ศ. 2020"
    if marker == "BE" and BE_OFFSET < number < CE_RANGE[0]:
        return Year(be_to_ce(number), "BE", 4)  # historical: พ.ศ. 1800
    if marker == "CE" and 1000 <= number < CE_RANGE[0]:
        return Year(number, "CE", 4)  # historical: ค.ศ. 1500
    return None


def is_modern(year: Year) -> bool:
    """A year of modern news, 1900 to BE 2650: what a bare number must be to pass for a year
    without any cue ("2567 – 2570"); "มอก. 2432" (1889) is not.

    >>> is_modern(read_year("2567")), is_modern(read_year("2432")), is_modern(read_year("1999"))
    (True, False, True)
    """
    return MODERN_CE[0] <= year.ce <= MODERN_CE[1]


def read_year_end(first: Year, digits: str) -> Year | None:
    """The second year of a range written after ``first``: "2560-2564", "2548/49" (two digits
    take the century of the first year, in its era). None unless it is later than ``first`` and
    in the same era.

    >>> read_year_end(read_year("2548"), "49").be, read_year_end(read_year("2564"), "2560")
    (2549, None)
    """
    raw = arabic(digits.strip())
    if len(raw) == 2 and first.digits == 4:
        raw = str(first.be if first.era == "BE" else first.ce)[:2] + raw
    last = read_year(raw, first.era)
    if last is None or last.ce <= first.ce or last.era != first.era:
        return None
    return last


def fiscal_year_start(quarter: int, year: Year) -> tuple[int, Year]:
    """The first month of ``quarter`` of the Thai fiscal ``year``, and the calendar year it
    falls in: quarter 1 of fiscal 2567 is October 2566 (2023-10).

    >>> fiscal_year_start(1, read_year("2567")), fiscal_year_start(2, read_year("2567"))[0]
    ((10, Year(ce=2023, era='BE', digits=4)), 1)
    """
    month = (3 * quarter - 2 + FISCAL_YEAR_START_MONTH - 2) % 12 + 1
    if month >= FISCAL_YEAR_START_MONTH:
        return month, Year(year.ce - 1, year.era, year.digits)
    return month, year
