"""JSON lines travel from the workers as UTF-8 bytes (batch.Rendered) and are written to the
byte stream under the output when that gives the same bytes (cli.output.raw_stream)."""

from __future__ import annotations

import io

import pytest

from thaiextract.batch import Rendered, render_jsonl
from thaiextract.cli.output import raw_stream
from thaiextract.pipeline import extract

LINE = '{"source": "ข่าว.txt", "people": [{"name": "สมชาย ใจดี"}]}\n'


def test_a_line_travels_as_its_utf8_bytes() -> None:
    rendered = Rendered.of("ข่าว.txt", None, LINE)
    assert rendered.data == LINE.encode("utf-8") and rendered.text is None
    assert rendered.line == LINE


def test_a_line_with_a_lone_surrogate_travels_as_text() -> None:
    line = '{"text": "ก\udcff"}\n'
    rendered = Rendered.of("x", "r1", line)
    assert (rendered.data, rendered.text, rendered.line) == (None, line, line)


def test_render_jsonl_gives_the_writers_line() -> None:
    doc = extract("วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี กล่าว", document_date="2020-06-12")
    rendered = render_jsonl(doc)
    assert rendered.line.endswith("\n") and '"name": "สมชาย ใจดี"' in rendered.line
    assert rendered.data == rendered.line.encode("utf-8")


@pytest.mark.parametrize(
    ("encoding", "raw"), [("utf-8", True), ("UTF8", True), ("cp874", False), ("ascii", False)],
    ids=["utf-8", "UTF8", "thai-codepage", "ascii"])
def test_raw_stream_only_when_bytes_are_the_same(encoding: str, raw: bool) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    stream.write("head\n")
    under = raw_stream(stream)
    assert (under is not None) == raw
    if under is not None:
        under.write("ข่าว\n".encode())
        stream.buffer.seek(0)
        assert stream.buffer.read() == "head\nข่าว\n".encode()  # the text written before first


def test_a_stream_without_bytes_underneath_gets_text() -> None:
    assert raw_stream(io.StringIO()) is None
