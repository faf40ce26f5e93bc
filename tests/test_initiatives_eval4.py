"""Session 5, initiatives: the kinds of failure that eval4 (session 4's unseen set) showed.

Each table holds the eval4 sentence that showed the kind and at least one more real sentence of
the same kind from elsewhere (source in a comment), with exact name, written span and kind.
"""

from __future__ import annotations

import pytest
from test_initiatives_issue12 import found  # (name, span text, kind), offsets checked

# --- a Latin name spelt as dashed initials after a Thai head ------------------------------------
DASHED_INITIALS = [
    # eval4-013 (thaigov.go.th, Ministry of Interior, 7 Apr 2021), headline.
    pytest.param("ศบค.มท. สั่งการผู้ว่าฯ ทั่วประเทศ พร้อมเน้นย้ำปฏิบัติมาตรการ D-M-H-T-T และสร้างการรับรู้",
                 [("มาตรการ D-M-H-T-T", "มาตรการ D-M-H-T-T", "measure")], id="eval4-dmhtt"),
    # fm91bkk.com, 15 Jun 2021 (Department of Disease Control release).
    pytest.param("กรมควบคุมโรค ขอความร่วมมือประชาชนเคร่งครัดมาตรการ D-M-H-T-T-A แม้จะฉีดวัคซีนไปแล้ว",
                 [("มาตรการ D-M-H-T-T-A", "มาตรการ D-M-H-T-T-A", "measure")], id="radio-dmhtta"),
    # One capital letter is no name, dashed or not.
    pytest.param("ผู้รับเหมาเสนอแผน A และแผน B ให้เทศบาลพิจารณา", [], id="one-letter"),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_INITIALS)
def test_dashed_initials(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
