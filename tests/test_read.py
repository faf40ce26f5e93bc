from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from thaiextract.errors import DecodeError
from thaiextract.read import decode, iter_jsonl, iter_sources, read_path

THAI = "วันที่ 25 ตุลาคม 2562 ณ นครหลวงเวียงจันทน์"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (THAI.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + THAI.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + THAI.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + THAI.encode("utf-16-be"), "utf-16"),
        (THAI.encode("tis-620"), "tis-620"),
        ("“" .encode("cp874") + THAI.encode("cp874"), "cp874"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "tis620", "cp874"],
)
def test_decode_thai_encodings(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert THAI in text


def test_utf8_bom_is_kept_so_offsets_match_open_read() -> None:
    text, _ = decode(codecs.BOM_UTF8 + "ก".encode())
    assert text == "\ufeffก"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Grüße aus München, schöne Grüße".encode("latin-1"), "not UTF-8, UTF-16 or Thai"),
    ],
)
def test_decode_rejects_non_text(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode(data)


def test_read_path_errors_are_captured(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    big = tmp_path / "big.txt"
    big.write_bytes("ก".encode() * 2000)
    assert read_path(str(tmp_path / "missing.txt")).error == "no such file or directory"
    assert read_path(str(empty)).error == "empty file, nothing to extract"
    assert read_path(str(binary)).error.startswith("binary file")
    assert "over the 0.0 MB limit" in read_path(str(big), max_bytes=1000).error
    assert read_path(str(big)).error is None


def test_folder_walk_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("ข่าว", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>ข่าว</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    names = [Path(s.name).relative_to(tmp_path).as_posix() for s in iter_sources([str(tmp_path)])]
    assert names == ["a.html", "b/2.txt"]
    only_md = list(iter_sources([str(tmp_path)], globs=["*.md"]))
    assert [Path(s.name).name for s in only_md] == ["notes.md"]


def test_folder_without_matches_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    [source] = list(iter_sources([str(tmp_path)]))
    assert source.error == "folder has no files matching *.txt, *.html, *.htm"


def test_jsonl_archive(tmp_path: Path) -> None:
    archive = tmp_path / "news.jsonl"
    archive.write_text(
        '{"id": 7, "body": "วันนี้ (12 มิ.ย. 63)"}\n'
        "not json\n"
        '{"id": 8, "title": "no body"}\n',
        encoding="utf-8",
    )
    records = list(iter_jsonl(str(archive), text_field="body", id_field="id"))
    assert [(r.id, r.error) for r in records] == [
        ("7", None), ("line 2", "line 2: not valid JSON"), ("line 3", "line 3: no 'body' field"),
    ]
    assert records[0].text == "วันนี้ (12 มิ.ย. 63)"


def test_samples_decode(samples: Path) -> None:
    assert read_path(str(samples / "legacy-tis620.txt")).encoding == "tis-620"
    assert read_path(str(samples / "press-release.html")).is_html
