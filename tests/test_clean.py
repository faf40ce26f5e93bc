from __future__ import annotations

import logging
from pathlib import Path

import pytest

from thaiextract.clean import (
    boilerplate_reason,
    clean_html_views,
    clean_text_view,
    furniture_rule,
)


@pytest.mark.parametrize(
    "line",
    [
        "231 views", "1,024 Views", "อ่าน 1,234 ครั้ง", "เข้าชม : 5,210", "Leave a Reply",
        "Leave a Comment", "Your email address will not be published. Required fields are marked *",
        "Share | Tweet | LINE", "แชร์", "Most Popular", "Related Posts", "ข่าวที่เกี่ยวข้อง",
        "Get The Latest Updates", "Categories", "Tags: ดิจิทัล, อาเซียน", "Social Media",
        "Biz News : Line Official Account", "แอดไลน์ @thainews เพื่อรับข่าวสาร",
        "ติดตามข่าวสารได้ก่อนใคร เพียงสแกน QR Code", "**************", "-----",
        "หน้าแรก | ข่าว | การเมือง", "© 2567 Thai News. All rights reserved.",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "วันพฤหัสบดีที่ 27 มกราคม 2565",
        "แนะนำให้ประชาชนฉีดวัคซีนเข็มกระตุ้น",
        "ที่มา : https://www.thaigov.go.th/news/contents/details/50968",
        "16/05/2559",
        "The 2nd ASEAN Digital Ministers Meeting",
        "นายกฯ แชร์ประสบการณ์การทำงาน 10 ปี ในการประชุม",
        "231 คนได้รับวัคซีนแล้วในวันนี้ตามรายงาน",
        "ข่าวภูมิภาค | 15 ม.ค. 2567 | อ่าน 1,234 ครั้ง",  # metadata that carries the date
        "การเมือง | 12/06/2563 | 10:30 น.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_cleaning_drops_lines_without_moving_offsets() -> None:
    text = "หัวข้อข่าว\n\n231 views\n\nวันนี้ (12 มิถุนายน 2563) ข่าว\n\nLeave a Reply\n\nCategories"
    view = clean_text_view(text)
    assert "views" not in view.text and "Leave" not in view.text and "Categories" not in view.text
    pos = view.text.index("12 มิถุนายน")
    start, end = view.to_parent(pos, pos + len("12 มิถุนายน 2563"))
    assert text[start:end] == "12 มิถุนายน 2563"


def test_html_article_is_extracted_and_maps_into_the_markup(samples: Path) -> None:
    markup = (samples / "press-release.html").read_text(encoding="utf-8")
    views = clean_html_views(markup)
    article = views[-1].text
    assert "ครม. เห็นชอบมาตรการลดค่าครองชีพ" in article
    assert "Leave a Reply" not in article and "window.dataLayer" not in article
    assert "ข่าวที่เกี่ยวข้อง" not in article
    # "&amp;" in the markup reads as "&" in the article, and maps back to the entity.
    needle = "กระทรวงพาณิชย์ & กระทรวงการคลัง"
    start = article.index(needle)
    end = start + len(needle)
    for view in reversed(views):
        start, end = view.to_parent(start, end)
    assert markup[start:end] == "กระทรวงพาณิชย์ &amp; กระทรวงการคลัง"


def test_dated_metadata_line_gives_the_document_date() -> None:
    from thaiextract import extract

    doc = extract(
        "ชาวนาเชียงรายเร่งเก็บเกี่ยว\n"
        "ข่าวภูมิภาค | 15 ม.ค. 2567 | อ่าน 1,234 ครั้ง\n"
        "เมื่อวันที่ 14 ม.ค. ที่ผ่านมา เกษตรกรในจังหวัดเชียงรายเริ่มเก็บเกี่ยวข้าว\n"
    )
    assert (doc.document_date, doc.document_date_source) == ("2024-01-15", "dateline")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("15 ม.ค. 2567", "2024-01-15"), ("14 ม.ค.", "2024-01-14"),
    ]


def test_html_declared_publication_date_is_the_document_date(samples: Path) -> None:
    from thaiextract import extract

    markup = (samples / "press-release.html").read_text(encoding="utf-8")
    declared = markup.replace(
        '<meta charset="utf-8">',
        '<meta charset="utf-8">\n<meta property="article:published_time" '
        'content="2024-03-13T08:00:00+07:00">',
    )
    doc = extract(declared, source="page.html")
    assert (doc.document_date, doc.document_date_source) == ("2024-03-13", "metadata")
    # Without the declaration the header line gives it, and --document-date wins over both.
    assert extract(markup, source="page.html").document_date_source == "dateline"
    forced = extract(declared, source="page.html", document_date="2024-01-01")
    assert (forced.document_date, forced.document_date_source) == ("2024-01-01", "option")


ONE_LINE_ARTICLE = ("เมื่อวันที่ 12 มิถุนายน 2563 นายสมชาย ใจดี ผู้อำนวยการสำนักงาน กล่าวในการประชุม"
                    "คณะรัฐมนตรี ครั้งที่ 5 ว่าประชาชนลงทะเบียนผ่าน QR Code ได้")


@pytest.mark.parametrize(
    "line",
    [
        ONE_LINE_ARTICLE,
        "ลงทะเบียนผ่าน QR Code ได้ที่ศาลากลางจังหวัดเชียงใหม่ตั้งแต่วันนี้",
        "ผู้สื่อข่าวรายงานว่า สมาคมผู้ผลิตภาพยนตร์ยื่นหนังสือเรื่องการละเมิดสงวนลิขสิทธิ์ต่อกระทรวง",
        "ธนาคารแห่งประเทศไทยออกประกาศเรื่อง privacy policy ของผู้ให้บริการทางการเงินทุกราย",
        "กรมสรรพากรให้ผู้เสียภาษีเพิ่มเพื่อน LINE ของกรมเพื่อรับแจ้งเตือนการยื่นแบบก่อนกำหนด",
        "ประชาชนสามารถสแกนลายนิ้วมือเพื่อยืนยันตัวตนได้ที่ที่ว่าการอำเภอทุกแห่ง",
        "Tags: " + "การประชุมคณะรัฐมนตรีครั้งที่ 5 มีมติเห็นชอบมาตรการช่วยเหลือเกษตรกร " * 2,
        "หน้าแรก | " + " | ".join(["ข่าวการเมืองวันนี้ทั้งหมด"] * 9),  # over 200 chars: kept
    ],
    ids=["one-line-qr", "short-sentence-qr", "copyright-word", "privacy-policy", "line-friend",
         "scan-fingerprint", "long-tags", "long-breadcrumb"],
)
def test_article_text_with_furniture_words_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None
    assert clean_text_view(line + "\n").text == line + "\n"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("© 2567 บริษัท ข่าวไทย จำกัด (มหาชน) สงวนลิขสิทธิ์", "copyright or cookie notice"),
        ("Copyright © 2024 Example News Co., Ltd. All rights reserved.",
         "copyright or cookie notice"),
        ("สแกน QR Code เพื่อเพิ่มเพื่อน", "LINE or QR promotion"),
        ("Your email address will not be published.", "comment form"),
        ("a | " * 11 + "x" * 31, "breadcrumb or menu"),
        ("ข่าว » " * 12 + "ก" * 31, "breadcrumb or menu"),
    ],
    ids=["thai-copyright", "latin-copyright", "scan-qr", "email-notice", "cells", "thai-cells"],
)
def test_short_furniture_lines_name_their_rule(line: str, reason: str) -> None:
    rule = furniture_rule(line)
    assert rule is not None and rule.reason == reason


def test_dropped_lines_are_logged_with_their_rule(caplog: pytest.LogCaptureFixture) -> None:
    text = "ครม. เห็นชอบมาตรการ\n231 views\n© 2567 ข่าวไทย สงวนลิขสิทธิ์\n"
    with caplog.at_level(logging.DEBUG, logger="thaiextract.clean"):
        view = clean_text_view(text, "a.txt")
    assert view.text == "ครม. เห็นชอบมาตรการ\n"
    assert [r.getMessage() for r in caplog.records] == [
        "a.txt: dropped line 2 '231 views': view counter ("
        + furniture_rule("231 views").rule + ")",
        "a.txt: dropped line 3 '© 2567 ข่าวไทย สงวนลิขสิทธิ์': copyright or cookie notice "
        "(phrase '©')",
    ]


def test_unicode_line_separators_end_lines_like_newlines() -> None:
    text = "ครม. เห็นชอบ\u2028231 views\u2029ข่าวดี\r\nLeave a Reply\rจบ"
    assert clean_text_view(text).text == "ครม. เห็นชอบ\u2028ข่าวดี\r\nจบ"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("นายกรัฐมนตรีเปิดงาน\nวันที่ 3 พ.ย. 2566\n", None),
        ("", None),
        ("ข่าวการเมือง\r\nจบ", None),
        ("หน้าแรก | ข่าว | การเมือง\nครม. เห็นชอบงบประมาณ\n231 views\n", "ครม. เห็นชอบงบประมาณ\n"),
    ],
    ids=["no-furniture", "empty", "crlf-no-furniture", "furniture-dropped"],
)
def test_a_text_with_nothing_dropped_is_its_own_identity_view(text: str, kept: str | None) -> None:
    view = clean_text_view(text)
    assert view.text == (text if kept is None else kept)
    assert view.is_identity() is (kept is None)
    for start in range(len(view.text)):
        s, e = view.to_parent(start, start + 1)
        assert text[s:e] == view.text[start]
