"""The name-scanning toolkit meetings and initiatives share: where a name ends, whether a word
stands as a word, and how names are cleaned."""

from __future__ import annotations

import re

import pytest

from thaiextract.extractors.scan import (
    ENG_SEQ,
    at_word_boundary,
    clean_name,
    latin_finditer,
    latin_starts,
    scan,
)
from thaiextract.normalize import normalize_text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("การประชุมสุดยอดอาเซียน-จีน ครั้งที่ 22 เมื่อวันที่",
                     "การประชุมสุดยอดอาเซียน-จีน ครั้งที่ 22", id="ordinal-then-date-cue"),
        pytest.param("การประชุมรัฐมนตรีอาเซียน - จีน ครั้งที่ 14 ณ",
                     "การประชุมรัฐมนตรีอาเซียน - จีน ครั้งที่ 14", id="spaced-dash"),
        pytest.param("การประชุมรัฐมนตรีดิจิทัลเน้นย้ำความมั่นคง", "การประชุมรัฐมนตรีดิจิทัล",
                     id="verb-in-unspaced-run"),
        pytest.param("การประชุมเจ้าหน้าที่อาวุโสที่กรุงเทพฯ", "การประชุมเจ้าหน้าที่อาวุโส",
                     id="keep-inside-stop"),
        pytest.param("การประชุมว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ ว่าจะ",
                     "การประชุมว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ", id="wa-duay-kept"),
        pytest.param("การประชุมคุณภาพการศึกษา ณ", "การประชุมคุณภาพการศึกษา", id="no-inside-word"),
        pytest.param("การประชุมนานาชาติขึ้นเพื่อส่งเสริม", "การประชุมนานาชาติ", id="khuen-ends"),
        pytest.param("การประชุมคณะกรรมการขับเคลื่อนการดำเนินนโยบาย ครั้งที่ 1 ณ",
                     "การประชุมคณะกรรมการขับเคลื่อนการดำเนินนโยบาย ครั้งที่ 1",
                     id="verb-after-committee-is-name"),
        pytest.param("การประชุมสภามหาวิทยาลัย ครั้งที่ 9 ประจำปี 2561🌟🌟",
                     "การประชุมสภามหาวิทยาลัย ครั้งที่ 9 ประจำปี 2561", id="emoji-ends"),
        pytest.param("การประชุมสมัชชาใหญ่สหประชาชาติประจำปีที่ 65 ในมหานคร",
                     "การประชุมสมัชชาใหญ่สหประชาชาติประจำปีที่ 65", id="year-number-glued"),
        pytest.param("การประชุมพิธีลงนามข้อตกลงระหว่างสำนักงานก.พ. กับ", "การประชุมพิธีลงนามข้อตกลง",
                     id="between-parties-ends"),
        pytest.param("การประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจภาคตะวันออก ครั้งที่ 2/2567 จัดขึ้น",
                     "การประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจภาคตะวันออก ครั้งที่ 2/2567",
                     id="for-after-committee-is-name"),
        pytest.param("การประชุมสำนักงานเพื่อการพัฒนาชุมชน ณ", "การประชุมสำนักงานเพื่อการพัฒนาชุมชน",
                     id="for-after-office-is-name"),
        pytest.param("การประชุมนานาชาติเพื่อส่งเสริมการค้า", "การประชุมนานาชาติ",
                     id="for-after-other-words-ends"),
        pytest.param("การประชุมคณะกรรมการนโยบาย เพื่อพิจารณา", "การประชุมคณะกรรมการนโยบาย",
                     id="for-after-a-space-ends"),
    ],
)
def test_name_boundary(name: str, expected: str) -> None:
    end, closed = scan(name, 9, len(name), lead_space=True)
    assert (name[:end], closed) == (expected, True)


def test_clean_name_joins_dashes_and_single_spaces() -> None:
    # clean_name reads the normalised text: digits and dashes are already folded there.
    assert clean_name(normalize_text("ASEAN –  China  ค.ศ. ๒๐๒๕")) == "ASEAN-China ค.ศ. 2025"


@pytest.mark.parametrize(
    ("chunk", "start", "end", "expected"),
    [
        pytest.param("รับบริจาคสิ่งของ", 13, 16, False, id="khong-inside-goods"),
        pytest.param("ปลดเปลื้องหนี้", 11, 14, False, id="nee-inside-debt"),
        pytest.param("พัฒนามาตรฐาน", 5, 7, False, id="short-stop-starting-a-word"),
        pytest.param("ศูนย์ข่าวของรัฐ", 9, 12, True, id="khong-as-a-word"),
    ],
)
def test_stop_word_boundary(chunk: str, start: int, end: int, expected: bool) -> None:
    assert at_word_boundary(chunk, 0, start, end) is expected


# An English name pattern as the meeting and initiative extractors write theirs: it opens with
# the look-behind latin_finditer requires, then a capitalised word, "The"/"the" or a digit.
_ENGLISH = re.compile(rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("นายกรัฐมนตรีเข้าร่วมการประชุม ASEAN Summit ครั้งที่ 46 ที่กรุงกัวลาลัมเปอร์",
                     id="thai-around-english"),
        pytest.param("the 3rd Mekong-Lancang Leaders' Meeting และ APEC2025 กับ iPhone 15",
                     id="lowercase-the-and-glued-digits"),
        # Arabic-Indic and fullwidth digits are \d too: the starts must keep them.
        pytest.param("โครงการ ٣ ปี และแผน ３ ระยะ ของ WHO", id="unicode-digits"),
        pytest.param("", id="empty"),
    ],
)
def test_latin_finditer_matches_finditer(text: str) -> None:
    """The starts are read once per text and handed to the second reader of the same text:
    the matches are still exactly those of finditer, on this text and on the next one."""
    expected = [m.span() for m in _ENGLISH.finditer(text)]
    assert [m.span() for m in latin_finditer(_ENGLISH, text)] == expected
    assert [m.span() for m in latin_finditer(_ENGLISH, text)] == expected  # the kept starts
    other = "ประชุม G20 Summit " + text
    assert [m.span() for m in latin_finditer(_ENGLISH, other)] == [
        m.span() for m in _ENGLISH.finditer(other)]
    assert latin_starts(text) == [m.start() for m in re.finditer(r"[A-Zt\d](?<![A-Za-z0-9].)",
                                                                 text)]
