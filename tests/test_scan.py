"""The name-scanning toolkit meetings and initiatives share: where a name ends, whether a word
stands as a word, and how names are cleaned."""

from __future__ import annotations

import pytest

from thaiextract.extractors.scan import at_word_boundary, clean_name, scan
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
