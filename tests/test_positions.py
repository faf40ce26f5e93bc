"""thaiextract.positions: the compare form of a post, its seats, and when two posts clash."""

from __future__ import annotations

import pytest

from thaiextract.positions import (
    family_of,
    normalize_position,
    positions_clash,
    posts,
    same_post,
    split_posts,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("รมว.ดิจิทัลฯ", "รัฐมนตรีว่าการกระทรวงดิจิทัล"),
        ("รัฐมนตรีว่าการกระทรวง ดิจิทัลเพื่อเศรษฐกิจเเละสังคม",
         "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
        ("รองนายกฯ", "รองนายกรัฐมนตรี"),
        ("ผวจ.เชียงใหม่", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
        # "สส." (an MP since 2023) is no part of a police investigation post (fresh-039,
        # ThaiNER 1.5 train L4823)
        ("สส.นครพนม", "สมาชิกสภาผู้แทนราษฎรนครพนม"),
        ("รอง ผกก.สส.สภ.ปากเกร็ด", "รองผู้กำกับการสืบสวนสภปากเกร็ด"),
        ("สว.สส.สภ.ปากเกร็ด", "สารวัตรสืบสวนสภปากเกร็ด"),
        ("ผบ.สส.", "ผู้บัญชาการทหารสูงสุด"),
    ],
    ids=["rmw-fy", "spaces-double-e", "deputy-pm", "governor", "mp-no-dots",
         "investigation-superintendent", "investigation-inspector", "supreme-commander"],
)
def test_normalize_position(text: str, expected: str) -> None:
    assert normalize_position(text) == expected


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        # One person, several seats or roles at once: no clash.
        ("รองนายกรัฐมนตรี", "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์", False),
        ("รมว.ดิจิทัลฯ", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", False),
        ("รมว.ศธ.", "รัฐมนตรีว่าการกระทรวงศึกษาธิการ", False),
        ("รมว.ต่างประเทศ", "รัฐมนตรีว่าการกระทรวงการต่างประเทศ", False),
        ("รมว.เกษตรฯ", "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", False),
        ("นายกรัฐมนตรี", "ประธานการประชุมคณะรัฐมนตรี", False),
        ("รองนายกรัฐมนตรี", "ประธานคณะทำงานแก้ไขปัญหาสัตว์ปีก", False),
        ("รองปลัดกระทรวงสาธารณสุข", "หัวหน้าศูนย์ปฏิบัติการโรคไข้หวัดนก", False),
        ("ผู้ว่าฯ พะเยา", "ผู้ว่าราชการจังหวัดพะเยา", False),
        ("นายกฯและหัวหน้าคสช.", "นายกรัฐมนตรี", False),
        ("อดีตนายกรัฐมนตรี", "นายกรัฐมนตรี", False),
        ("รองนายกรัฐมนตรี", "รมว.กลาโหม", False),
        ("รองอธิการบดีวิทยาเขตหนองคายให้เกียรติ",
         "รองอธิการบดีมหาวิทยาลัยขอนแก่น วิทยาเขตหนองคาย", False),
        # One seat named two ways: a clash.
        ("รมว.สาธารณสุข", "รัฐมนตรีว่าการกระทรวงการคลัง", True),
        ("รมว.พณ.", "รัฐมนตรีว่าการกระทรวงการคลัง", True),
        ("นายกรัฐมนตรี", "รองนายกรัฐมนตรี", True),
        ("รมช.คลัง", "รมว.คลัง", True),
        ("ผู้ว่าฯ พะเยา", "ผู้ว่าราชการจังหวัดเชียงราย", True),
        ("ผบ.ทบ.", "ผู้บัญชาการทหารเรือ", True),
        ("รองนายกรัฐมนตรีและรมว.พาณิชย์", "รมว.การคลัง", True),
        ("อธิการบดีมหาวิทยาลัยขอนแก่น", "อธิการบดีมหาวิทยาลัยเชียงใหม่", True),
        # Seats of two families that one person cannot hold at once (issue 13 item 6).
        ("นายกรัฐมนตรี", "ผู้บัญชาการทหารบก", True),
        ("ผบ.ตร.", "ผู้ว่าราชการจังหวัดเชียงใหม่", True),
        ("อธิบดีกรมการปกครอง", "ปลัดกระทรวงมหาดไทย", True),
        # ... and pairs that can (check/position_concurrent.tsv), or a combined post naming both.
        ("นายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงกลาโหม", False),
        ("นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม", "รมว.กลาโหม", False),
        ("รมว.คลัง", "ส.ส.", False),
        ("ผบ.ทบ.", "สมาชิกวุฒิสภา", False),
        ("นายกรัฐมนตรีและผู้บัญชาการทหารบก", "ผบ.ทบ.", False),
        ("อดีตผู้บัญชาการทหารบก", "นายกรัฐมนตรี", False),
        ("รักษาราชการแทนปลัดกระทรวงมหาดไทย", "อธิบดีกรมการปกครอง", False),
    ],
    ids=["deputy-pm-and-minister", "digital-short", "ministry-abbreviation", "ministry-alias",
         "ministry-fa", "pm-chairs-cabinet", "chairs-working-group", "heads-a-centre",
         "governor-short", "pm-and-ncpo", "former-and-now", "deputy-pm-defence",
         "verb-glued-after", "another-ministry", "abbreviated-other-ministry", "pm-vs-deputy",
         "deputy-vs-minister", "another-province", "another-service", "combined-vs-single",
         "another-university", "pm-vs-army-chief", "police-chief-vs-governor",
         "director-general-vs-permanent-secretary", "pm-and-defence", "combined-names-both",
         "minister-and-mp", "ex-officio-senator", "combined-cross-family", "former-career",
         "acting-beside-own"],
)
def test_positions_clash(first: str, second: str, clash: bool) -> None:
    a, b = normalize_position(first), normalize_position(second)
    assert positions_clash(a, b) is clash
    assert positions_clash(b, a) is clash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม",
         [("prime-minister", "prime-minister", "", ""), ("minister", "minister", "", "กลาโหม")]),
        ("รองนายกฯ และ รมว.พาณิชย์",
         [("prime-minister", "prime-minister", "รอง", ""),
          ("minister", "minister", "", "พาณิชย์")]),
        ("ผู้ว่าฯ เชียงใหม่", [("governor", "governor", "", "เชียงใหม่")]),
        ("ประธานคณะทำงานแก้ไขปัญหาสัตว์ปีก", []),
        ("รักษาราชการแทนอธิบดีกรมที่ดิน", []),
        ("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
         [("minister", "minister", "", "ดิจิทัลเพื่อเศรษฐกิจและสังคม")]),
    ],
    ids=["pm-and-defence", "deputy-pm-and-commerce", "governor", "role-only", "acting",
         "and-inside-a-ministry-name"],
)
def test_posts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(p.family, p.office, p.rank, p.rest) for p in posts(normalize_position(text))] \
        == expected


def test_split_posts_and_family() -> None:
    compare = normalize_position("นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม")
    assert split_posts(compare) == ("นายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงกลาโหม")
    assert family_of(compare) == "prime-minister"
    assert family_of(normalize_position("โฆษกกระทรวงสาธารณสุข")) is None


def test_seats_stated_together_do_not_clash() -> None:
    """An article that once writes "นายกรัฐมนตรีและผู้บัญชาการทหารบก" says both are held."""
    pm, army = normalize_position("นายกรัฐมนตรี"), normalize_position("ผบ.ทบ.")
    assert positions_clash(pm, army)
    (together,) = [tuple(posts(normalize_position("นายกรัฐมนตรีและผู้บัญชาการทหารบก")))]
    assert not positions_clash(pm, army, [together])
    assert not positions_clash(army, pm, [together])


@pytest.mark.parametrize(
    ("query", "stored", "same"),
    [
        ("นายกรัฐมนตรี", "นายกรัฐมนตรี", True),
        ("นายกรัฐมนตรี", "รองนายกรัฐมนตรี", False),
        ("นายกรัฐมนตรี", "โฆษกประจำสำนักนายกรัฐมนตรี", False),
        ("นายกรัฐมนตรี", "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม", True),
        ("รมว.กลาโหม", "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม", True),
        ("นายกรัฐมนตรี", "นายกเทศมนตรี", False),
        ("รมว.ดิจิทัลฯ", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม", True),
        ("รมว.ศธ.", "รัฐมนตรีว่าการกระทรวงศึกษาธิการ", True),
        ("รมว.คลัง", "รัฐมนตรีว่าการกระทรวงพาณิชย์", False),
        ("ผวจ.เชียงใหม่", "ผู้ว่าราชการจังหวัดเชียงใหม่", True),
        ("ผวจ.เชียงใหม่", "ผู้ว่าราชการจังหวัดเชียงราย", False),
        ("อดีตนายกรัฐมนตรี", "นายกรัฐมนตรี", False),
        ("โฆษกรัฐบาล", "โฆษกรัฐบาล", True),
        ("โฆษกรัฐบาล", "รองโฆษกรัฐบาล", False),
    ],
    ids=["same", "deputy", "spokesperson", "one-of-two-posts", "other-of-two-posts", "mayor",
         "short-ministry", "abbreviated-ministry", "other-ministry", "same-province",
         "other-province", "former", "role-same", "role-deputy"],
)
def test_same_post(query: str, stored: str, same: bool) -> None:
    """What `query position` matches by default: the same post, not every post containing it."""
    assert same_post(normalize_position(query), normalize_position(stored)) is same
