from __future__ import annotations

import codecs
import os
import re
import sys
from pathlib import Path

import pytest

from thaiextract.errors import DecodeError
from thaiextract.read import (
    DEFAULT_MAX_BYTES,
    Source,
    check_encoding,
    check_max_bytes,
    decode,
    format_size,
    iter_jsonl,
    iter_sources,
    read_path,
)

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
        ("Le café du résumé était prêt à Genève".encode("latin-1"),
         "not Thai: read as TIS-620 it puts Thai vowel marks on Latin letters"),
        (("ข่าว " * 50).encode("utf-8") + b"\x00" + b"x" * 9000, "binary file"),
    ],
    ids=["png", "latin1-undefined-in-cp874", "latin1-cafe", "nul-after-8kb"],
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
    assert read_path(str(big), max_bytes=1000).error == (
        "6,000 bytes is over the 1,000 bytes limit (raise it with --max-bytes)")
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
        ("7", None), ("line 2", "not valid JSON"), ("line 3", "no 'body' field"),
    ]
    assert records[0].text == "วันนี้ (12 มิ.ย. 63)"


def test_samples_decode(samples: Path) -> None:
    assert read_path(str(samples / "legacy-tis620.txt")).encoding == "tis-620"
    assert read_path(str(samples / "press-release.html")).is_html


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1, "1 byte"), (5000, "5,000 bytes"), (12_345, "12.3 KB"),
     (999_949, "999.9 KB"), (20_000_000, "20.0 MB"), (DEFAULT_MAX_BYTES, "21.0 MB"),
     (3_500_000_000, "3.5 GB")],
)
def test_sizes_show_their_numbers(size: int, shown: str) -> None:
    assert format_size(size) == shown


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "at least 1 byte, not 0"), (-5, "at least 1 byte, not -5"),
     ("20MB", "whole number of bytes, not '20MB'"), (True, "whole number of bytes")],
    ids=["zero", "negative", "text", "bool"],
)
def test_bad_size_limits_are_refused_with_a_clear_message(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        check_max_bytes(value)
    with pytest.raises(ValueError, match=re.escape(message)):
        iter_sources(["x.txt"], max_bytes=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [sys.maxsize - 1, sys.maxsize, 99999999999999999999999],
                         ids=["maxsize-1", "maxsize", "huge"])
def test_a_huge_size_limit_means_no_limit_and_never_overflows(tmp_path: Path, limit: int) -> None:
    assert check_max_bytes(limit) == sys.maxsize - 1
    path = tmp_path / "a.txt"
    path.write_text(THAI, encoding="utf-8")
    assert read_path(str(path), max_bytes=limit).text == THAI
    assert [s.text for s in iter_sources([str(path)], max_bytes=limit)] == [THAI]


def test_a_forced_encoding_decodes_latin1_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes("Le café du résumé".encode("latin-1"))
    assert "Latin letters" in read_path(str(path)).error
    [source] = iter_sources([str(path)], encoding="latin-1")
    assert (source.text, source.encoding, source.error) == ("Le café du résumé", "iso8859-1", None)
    assert read_path(str(path), encoding="utf-8").error == (
        "not valid utf-8 (byte 0xe9 at offset 6)")
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        check_encoding("klingon")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(("วันที่ 25 ตุลาคม 2562 ข่าว\n" * 3).encode("utf-16-le"), "utf-16-le"),
     (("วันที่ 25 ตุลาคม 2562 ข่าว\n" * 3).encode("utf-16-be"), "utf-16-be"),
     ("ข่าวการเมืองวันนี้".encode("utf-16-le"), "utf-16-le")],
    ids=["le", "be", "le-thai-only-no-nul"],
)
def test_utf16_without_bom_is_detected(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding and "ข่าว" in text


@pytest.mark.parametrize(
    "text",
    ["\u3000\u3000\n\u3000\n", "\u00a0\n\u00a0 \n", "\u2028\u2029\n", "\ufeff \n\t\n"],
    ids=["ideographic-space", "nbsp", "line-separators", "bom-and-spaces"],
)
def test_unicode_whitespace_only_is_an_empty_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    assert read_path(str(path)).error == "empty file, nothing to extract"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_fifos_never_block(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(THAI, encoding="utf-8")
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    # In a folder: skipped, the regular file is read.
    assert [Path(s.name).name for s in iter_sources([str(tmp_path)])] == ["a.txt"]
    # Named, with no writer: one clear error at once.
    assert read_path(str(fifo)).error == (
        "not a regular file (a FIFO or device with no writer): nothing to read")
    # Named, with a writer that never writes: given up after the timeout.
    writer = os.open(fifo, os.O_RDWR)  # holds the FIFO open without writing
    try:
        assert read_path(str(fifo), timeout=0.2).error == (
            "not a regular file, and no data came for 0.2 s: skipped")
        os.write(writer, THAI.encode())
        source = read_path(str(fifo), timeout=0.2)  # data then silence: what came is read
    finally:
        os.close(writer)
    assert (source.text, source.error) == (THAI, None)


def test_a_pipe_with_data_is_read(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, THAI.encode())
    os.close(write_end)
    try:
        source = read_path(f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
    assert (source.text, source.error) == (THAI, None)


def test_hidden_and_virtual_env_folders_are_skipped_unless_asked(tmp_path: Path) -> None:
    for rel in ["news/a.txt", "news/.draft.txt", ".git/description.txt", ".venv/lic.txt",
                "venv/lic.txt", "env/pyvenv.cfg", "env/lib/lic.txt", "node_modules/x/r.txt",
                "pkg/__pycache__/c.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(THAI, encoding="utf-8")
    names = [Path(s.name).relative_to(tmp_path).as_posix() for s in iter_sources([str(tmp_path)])]
    assert names == ["news/a.txt"]
    every = [Path(s.name).relative_to(tmp_path).as_posix()
             for s in iter_sources([str(tmp_path)], hidden=True)]
    assert every == [".git/description.txt", ".venv/lic.txt", "env/lib/lic.txt",
                     "news/.draft.txt", "news/a.txt", "node_modules/x/r.txt",
                     "pkg/__pycache__/c.txt", "venv/lic.txt"]
    # A hidden folder named on the command line is walked: the user asked for it.
    assert [Path(s.name).name for s in iter_sources([str(tmp_path / ".git")])] == [
        "description.txt"]


def test_an_unreadable_folder_is_permission_denied(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(THAI, encoding="utf-8")
    real = os.scandir

    def scandir(path: str) -> object:  # root is never refused: chmod 000 cannot show it
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    [locked] = iter_sources([str(tmp_path / "locked")])
    assert (locked.name, locked.error) == (str(tmp_path / "locked"), "permission denied")
    results = [(Path(s.name).name, s.error) for s in iter_sources([str(tmp_path)])]
    assert results == [("locked", "permission denied"), ("a.txt", None)]


def test_jsonl_records_that_used_to_crash_are_one_error_each(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    lines = [
        '{"id": "r1", "text": "ข่าว \\ud800 วันนี้"}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "\\udc80", "text": "ข่าววันนี้"}',
        '{"id": "r4", "text": ""}',
        '{"id": "r5", "text": "\\u3000 "}',
        '["not", "an", "object"]',
        '{"id": "r7", "text": "วันที่ 25 ตุลาคม 2562"}',
    ]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(s.id, s.error) for s in iter_jsonl(str(archive))]
    assert got == [
        ("r1", "invalid text: a lone surrogate \\ud800 at character 5 (not Unicode that UTF-8 "
               "can hold)"),
        ("line 2", "JSON nested too deeply to be a record"),
        ("line 3", "invalid id: 'id' holds a lone surrogate (not Unicode that UTF-8 can hold)"),
        ("r4", "empty text, nothing to extract"),
        ("r5", "empty text, nothing to extract"),
        ("line 6", "not a JSON object with a 'text' field"),
        ("r7", None),
    ]


def test_a_wrong_text_field_names_the_fields_once(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": 1, "title": "t", "body": "ข่าว"}\n' * 3, encoding="utf-8")
    got = [s.error for s in iter_jsonl(str(archive))]
    assert got == [
        "no 'text' field; the first record has the fields 'id', 'title', 'body' "
        "(choose one with --text-field)",
        "no 'text' field",
        "no 'text' field",
    ]


def test_an_over_long_jsonl_line_is_refused_in_bytes_without_reading_it_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "a.jsonl"
    long_line = '{"id": "big", "text": "' + "ก" * 3000 + '"}'  # 3 bytes a letter
    archive.write_text(f'{{"id": "r1", "text": "ข่าว"}}\n{long_line}\n'
                       '{"id": "r3", "text": "ข่าว"}\n', encoding="utf-8")
    monkeypatch.setattr("thaiextract.read.JSONL_CHUNK", 1000)
    got = [(s.id, s.error) for s in iter_jsonl(str(archive), max_bytes=5000)]
    assert got == [
        ("r1", None),
        ("line 2", f"{len(long_line.encode()) + 1:,} bytes is over the 5,000 bytes limit "
                   "(raise it with --max-bytes)"),
        ("r3", None),
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names")
def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/\xff\xfe.txt"
    with open(raw, "wb") as handle:
        handle.write(THAI.encode())
    [source] = iter_sources([str(tmp_path)])
    assert (source.name, source.text) == (f"{tmp_path}/\\xff\\xfe.txt", THAI)
    assert Source("a\ud800.txt").name == "a\\xed\\xa0\\x80.txt"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_jsonl_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "a.jsonl"
    os.mkfifo(fifo)
    [source] = iter_jsonl(str(fifo), timeout=0.2)  # no writer: the open does not block
    assert source.error == "not a regular file, and no data came for 0.2 s: skipped"
    writer = os.open(fifo, os.O_RDWR)
    try:
        os.write(writer, b'{"id": "r1", "text": "\\u0e02\\u0e48\\u0e32\\u0e27"}\n')
        records = iter_jsonl(str(fifo), timeout=0.2)
        first = next(records)
    finally:
        os.close(writer)
    assert (first.id, first.text) == ("r1", "ข่าว")
    assert list(records) == []  # the writer closed: the end of the archive
    [folder] = iter_jsonl(str(tmp_path))
    assert folder.error == "is a directory"


def test_a_broken_link_in_a_folder_is_reported_and_the_rest_read(tmp_path) -> None:
    from thaiextract.read import iter_sources

    (tmp_path / "a.txt").write_text("วันที่ 5 มี.ค. 2567 นายสมชาย ใจดี", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    found = [(Path(s.name).name, s.error) for s in iter_sources([str(tmp_path)])]
    assert found == [("a.txt", None),
                     ("b.txt", "broken symbolic link (its target does not exist)")]
