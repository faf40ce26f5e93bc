from __future__ import annotations

import pytest

from thaiextract.normalize import normalize_view
from thaiextract.view import TextView, ViewBuilder, ViewChain


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("๑๒ มิ.ย. ๖๓", "12 มิ.ย. 63"),
        ("27 – 28 มกราคม", "27 - 28 มกราคม"),
        ("“พุทธิพงษ์”", '"พุทธิพงษ์"'),
        ("เศรษฐกิจเเละสังคม", "เศรษฐกิจและสังคม"),
        ("ทํางาน", "ทำงาน"),
        ("พุทธิ\u200bพงษ์", "พุทธิพงษ์"),
        ("\ufeffวันนี้", "วันนี้"),
        ("บรรทัด\r\nใหม่", "บรรทัด\nใหม่"),
        ("10\u00a0มิ.ย.", "10 มิ.ย."),
        ("ข่าว\u3000\u3000วันนี้", "ข่าว  วันนี้"),
        ("บรรทัด\u2028ใหม่\u2029ย่อหน้า\x85จบ", "บรรทัด\nใหม่\nย่อหน้า\nจบ"),
        ("บรรทัด\rใหม่", "บรรทัด\nใหม่"),
    ],
    ids=["thai-digits", "en-dash", "curly-quotes", "double-sara-e", "nikhahit-aa", "zwsp",
         "bom", "crlf", "nbsp", "ideographic-space", "unicode-line-separators", "lone-cr"],
)
def test_normalised_text(original: str, normalised: str) -> None:
    assert normalize_view(original).text == normalised


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        ("รมว.ดิจิทัลเพื่อเศรษฐกิจเเละสังคม ได้ร่วม", "เศรษฐกิจและสังคม"),
        ("\ufeff\u200bวันที่ ๒๕ ต.ค. ๒๕๖๒ ณ", "25 ต.ค. 2562"),
        ("ก\r\nข\r\nวันที่ 3 พ.ย.", "3 พ.ย."),
        ("x เเละ", "และ"),
    ],
)
def test_offsets_map_back_to_the_original(original: str, needle: str) -> None:
    view = normalize_view(original)
    nstart = view.text.index(needle)
    start, end = view.to_parent(nstart, nstart + len(needle))
    assert normalize_view(original[start:end]).text == needle


def test_spans_over_a_folded_pair_cover_both_characters() -> None:
    view = normalize_view("เเละ")
    assert view.text == "และ"
    assert view.to_parent(0, 1) == (0, 2)
    assert view.to_parent(0, 3) == (0, 4)
    assert view.to_parent(1, 3) == (2, 4)


def test_chain_of_views_maps_through_every_stage() -> None:
    original = "หัวข้อ\n231 views\nวันที่ ๒๕ ต.ค. ๒๕๖๒\n"
    builder = ViewBuilder()
    builder.copy("หัวข้อ\n", 0)
    builder.copy("วันที่ ๒๕ ต.ค. ๒๕๖๒\n", original.index("วันที่"))
    cleaned = builder.build()
    chain = ViewChain(original, [cleaned, normalize_view(cleaned.text)])
    nstart = chain.text.index("25 ต.ค. 2562")
    start, end = chain.to_original(nstart, nstart + len("25 ต.ค. 2562"))
    assert original[start:end] == "๒๕ ต.ค. ๒๕๖๒"


def test_identity_view() -> None:
    view = TextView.identity("abc")
    assert view.to_parent(1, 3) == (1, 3)
    assert view.to_parent(3, 3) == (3, 3)
