"""Reliability: nothing hangs, nothing is lost, nothing crashes a batch (issue 15, the read, clean
and HTML sides). Each case runs the installed ``thaiextract`` command in a subprocess, as a user
would; the subprocess timeout only guards against a hang, it measures nothing.

Run alone with ``pytest -m reliability``; bench/torture.py runs the whole failure matrix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.reliability

HANG = 60  # seconds: far beyond any case here (each takes about a second)
ARTICLE = "วันที่ 25 ตุลาคม 2562 นายสมชาย ใจดี เดินทางไปประชุมที่กรุงเทพมหานคร\n"
ONE_LINE = ("เมื่อวันที่ 12 มิถุนายน 2563 นายสมชาย ใจดี ผู้อำนวยการสำนักงาน กล่าวในการประชุม"
            "คณะรัฐมนตรี ครั้งที่ 5 ว่าประชาชนลงทะเบียนผ่าน QR Code ได้")


def command() -> list[str]:
    script = Path(sys.executable).with_name("thaiextract")
    return [str(script)] if script.exists() else [sys.executable, "-m", "thaiextract"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*command(), *args], input=stdin, capture_output=True, timeout=HANG,
                          check=False)


def docs(result: subprocess.CompletedProcess[bytes]) -> list[dict]:
    """The JSONL output, decoded strictly: invalid UTF-8 fails the test."""
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def errors(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text, text
    return [line for line in text.splitlines() if line.startswith("thaiextract: error:")]


@pytest.mark.parametrize(
    "line",
    ["a | " * 40 + "x" * 31, "ข่าว » " * 40 + "ก" * 31, "หน้าแรก > " * 30 + "!",
     "1" * 5000 + " views?", "share " * 300 + "?"],
    ids=["latin-cells", "thai-cells", "menu-cells", "digit-run", "share-run"],
)
def test_adversarial_furniture_lines_do_not_stall(tmp_path: Path, line: str) -> None:
    path = tmp_path / "row.txt"
    path.write_text(f"{line}\n{ARTICLE}", encoding="utf-8")
    result = run("extract", str(path), "-f", "jsonl", "-q")
    assert result.returncode == 0 and errors(result) == []
    [doc] = docs(result)
    assert [(d["text"], d["value"]) for d in doc["dates"]] == [("25 ตุลาคม 2562", "2019-10-25")]


def test_a_one_line_article_with_a_qr_code_keeps_its_facts() -> None:
    result = run("extract", "-f", "jsonl", "-q", stdin=(ONE_LINE + "\n").encode())
    assert result.returncode == 0
    [doc] = docs(result)
    assert [(d["text"], d["value"], d["start"]) for d in doc["dates"]] == [
        ("12 มิถุนายน 2563", "2020-06-12", 12)]
    assert [(p["name"], p["start"]) for p in doc["people"]] == [("สมชาย ใจดี", 29)]
    assert [m["text"] for m in doc["meetings"]] == ["การประชุมคณะรัฐมนตรี ครั้งที่ 5"]


@pytest.mark.parametrize(
    "tail",
    [" © 2567 สงวนลิขสิทธิ์", " อ่านข่าวเพิ่มเติมได้ที่ privacy policy", " แอดไลน์ @thainews",
     " Your email address will not be published."],
    ids=["copyright", "privacy", "line-promo", "email-notice"],
)
def test_a_jsonl_record_of_one_long_line_is_never_dropped(tmp_path: Path, tail: str) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "r1", "text": ONE_LINE + tail}, ensure_ascii=False)
                       + "\n", encoding="utf-8")
    [doc] = docs(run("extract", str(archive), "-f", "jsonl", "-q"))
    assert [d["value"] for d in doc["dates"]] == ["2020-06-12"]
    assert [p["name"] for p in doc["people"]] == ["สมชาย ใจดี"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_among_the_inputs_never_blocks(tmp_path: Path, samples: Path) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    result = run("extract", str(samples / "adgmin-2022.txt"), str(fifo),
                 str(samples / "thai-digits.txt"), "-f", "jsonl")
    assert result.returncode == 1
    assert [Path(d["source"]).name for d in docs(result)] == ["adgmin-2022.txt", "thai-digits.txt"]
    assert errors(result) == [f"thaiextract: error: {fifo}: not a regular file (a FIFO or device "
                              "with no writer): nothing to read"]
    # In a folder, a FIFO is not an input at all.
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    folder = run("extract", str(tmp_path), "-f", "jsonl")
    assert folder.returncode == 0 and [Path(d["source"]).name for d in docs(folder)] == ["a.txt"]


def test_jsonl_records_that_used_to_crash_the_batch(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    archive.write_text("\n".join([
        '{"id": "r1", "text": "ข่าว \\ud800"}', "[" * 50_000 + "]" * 50_000,
        '{"id": "\\udc80", "text": "ข่าว"}', '{"id": "r4", "text": ""}', good,
    ]) + "\n", encoding="utf-8")
    result = run("extract", str(archive), "-f", "jsonl")
    assert result.returncode == 1
    assert [d["id"] for d in docs(result)] == ["ok"]
    assert errors(result) == [
        f"thaiextract: error: {archive}#r1: invalid text: a lone surrogate \\ud800 at character "
        "5 (not Unicode that UTF-8 can hold)",
        f"thaiextract: error: {archive}#line 2: JSON nested too deeply to be a record",
        f"thaiextract: error: {archive}#line 3: invalid id: 'id' holds a lone surrogate (not "
        "Unicode that UTF-8 can hold)",
        f"thaiextract: error: {archive}#r4: empty text, nothing to extract",
    ]


def test_jsonl_messages_do_not_repeat_and_a_wrong_field_is_named_once(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": 1, "body": "ข่าว"}\n' * 3 + "not json\n", encoding="utf-8")
    result = run("extract", str(archive), "-f", "jsonl")
    assert errors(result) == [
        f"thaiextract: error: {archive}#line 1: no 'text' field; the first record has the "
        "fields 'id', 'body' (choose one with --text-field)",
        f"thaiextract: error: {archive}#line 2: no 'text' field",
        f"thaiextract: error: {archive}#line 3: no 'text' field",
        f"thaiextract: error: {archive}#line 4: not valid JSON",
    ]


def test_an_over_long_jsonl_line_is_refused_in_bytes(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    big = json.dumps({"id": "big", "text": "ก" * 4000}, ensure_ascii=False)
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    archive.write_text(f"{big}\n{good}\n", encoding="utf-8")
    result = run("extract", str(archive), "-f", "jsonl", "--max-bytes", "5000")
    assert [d["id"] for d in docs(result)] == ["ok"]
    assert len(big.encode()) + 1 == 12_026
    assert errors(result) == [f"thaiextract: error: {archive}#line 1: 12.0 KB is over the "
                              "5,000 bytes limit (raise it with --max-bytes)"]


def test_article_text_cannot_break_the_html_view(tmp_path: Path) -> None:
    hostile = tmp_path / "a.txt"
    hostile.write_text("ข่าว <!--<script> วันที่ 12 มิถุนายน 2563 <![CDATA[\n", encoding="utf-8")
    plain = tmp_path / "b.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(hostile), str(plain), "-f", "html", "-q")
    page = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert page.count('<section class="doc"') == 2
    assert page.count("<script") == page.count("</script>") == 4  # hook, 2 data blocks, viewer
    assert "<!--" not in page and "<![CDATA[" not in page


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(ARTICLE.encode("utf-16-le"), "utf-16-le"), (ARTICLE.encode("utf-16-be"), "utf-16-be"),
     (ARTICLE.encode("tis-620"), "tis-620")],
    ids=["utf16le-no-bom", "utf16be-no-bom", "tis620"],
)
def test_encodings_without_a_label_are_read(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = run("extract", str(path), "-f", "jsonl")
    [doc] = docs(result)
    assert (result.returncode, doc["encoding"]) == (0, encoding)
    text = data.decode(encoding)
    assert [(text[d["start"]:d["end"]], d["value"]) for d in doc["dates"]] == [
        ("25 ตุลาคม 2562", "2019-10-25")]


@pytest.mark.parametrize(
    ("data", "message"),
    [("Le café du résumé était prêt".encode("latin-1"),
      "not UTF-8 (byte 0xe9 at offset 6), and not Thai: read as TIS-620 it puts Thai vowel "
      "marks on Latin letters (Latin-1 or another Western encoding? force one with "
      "--encoding)"),
     ("\u3000\u3000\n\u00a0\n\u2028\n".encode(), "empty file, nothing to extract"),
     (ARTICLE.encode() * 200 + b"\x00", "binary file (NUL bytes), not text")],
    ids=["latin1", "unicode-blank", "nul-after-8kb"],
)
def test_inputs_refused_with_one_clear_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = run("extract", str(path), "-f", "jsonl")
    assert (result.returncode, result.stdout) == (1, b"")
    assert errors(result) == [f"thaiextract: error: {path}: {message}"]


def test_a_huge_size_limit_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(path), "--max-bytes", "99999999999999999999999", "-f", "jsonl")
    assert result.returncode == 2 and docs(result) == []
    assert b"--max-bytes" in result.stderr and b"Traceback" not in result.stderr


def test_folders_skip_hidden_and_virtual_env_folders(tmp_path: Path) -> None:
    for rel in ["news/a.txt", ".git/description.txt", ".venv/lib/LICENSE.txt",
                "env/pyvenv.cfg", "env/lib/LICENSE.txt", "node_modules/x/README.txt",
                "news/.a.txt.swp.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(tmp_path), "-f", "jsonl", "-q")
    assert [Path(d["source"]).relative_to(tmp_path).as_posix() for d in docs(result)] == [
        "news/a.txt"]


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names")
def test_output_is_valid_utf8_for_a_file_name_that_is_not(tmp_path: Path) -> None:
    with open(os.fsencode(tmp_path) + b"/\xff.txt", "wb") as handle:
        handle.write(ARTICLE.encode())
    result = run("extract", str(tmp_path), "-f", "jsonl", "-q")
    assert [d["source"] for d in docs(result)] == [f"{tmp_path}/\\xff.txt"]


def test_encoding_forces_a_codec(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes("Le café du 12 juin".encode("latin-1"))
    result = run("normalize", str(path), "--encoding", "latin-1")
    assert (result.returncode, result.stdout.decode()) == (0, "Le café du 12 juin\n")


def test_verbose_names_each_dropped_line_and_its_rule(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{ARTICLE}231 views\n© 2567 ข่าวไทย สงวนลิขสิทธิ์\n", encoding="utf-8")
    result = run("extract", str(path), "-v", "-f", "jsonl")
    dropped = [line.split(f"{path}: ", 1)[1] for line in result.stderr.decode().splitlines()
               if "dropped line" in line]
    assert [d.split(" (", 1)[0] for d in dropped] == [
        "dropped line 2 '231 views': view counter",
        "dropped line 3 '© 2567 ข่าวไทย สงวนลิขสิทธิ์': copyright or cookie notice",
    ]
    assert dropped[1].endswith("(phrase '©')")


def _closed(fd: int):
    return lambda: os.close(fd)


def test_closed_stdin_is_an_empty_input_not_a_traceback() -> None:
    result = subprocess.run([*command(), "extract", "-", "-f", "jsonl"], capture_output=True,
                            timeout=HANG, preexec_fn=_closed(0), check=False)
    assert result.returncode == 1
    assert errors(result) == ["thaiextract: error: -: empty file, nothing to extract"]


def test_closed_stdout_is_a_usage_error_unless_output_goes_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    closed = subprocess.run([*command(), "extract", str(path)], stderr=subprocess.PIPE,
                            timeout=HANG, preexec_fn=_closed(1), check=False)
    assert closed.returncode == 2
    assert b"standard output is closed (give -o FILE)" in closed.stderr
    assert b"Traceback" not in closed.stderr
    out = tmp_path / "out.jsonl"
    to_file = subprocess.run([*command(), "extract", str(path), "-o", str(out), "-q"],
                             stderr=subprocess.PIPE, timeout=HANG, preexec_fn=_closed(1),
                             check=False)
    assert to_file.returncode == 0, to_file.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["dates"][0]["value"] == "2019-10-25"


def test_only_naming_no_kind_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(path), "--only", "", "-f", "jsonl")
    assert result.returncode == 2 and docs(result) == []
    assert b"names no kind" in result.stderr
