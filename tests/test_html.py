from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from thaiextract.model import DateFact, Document, MeetingFact, Mention, PersonFact
from thaiextract.render import open_writer
from thaiextract.render.html_writer import highlight

TEXT = ("ข่าว <ทดสอบ>\n"
        "วันที่ 27 มกราคม 2565 นายสมชาย ใจดี ร่วมการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 "
        "เมื่อ 27 ม.ค. 65 ต่อมานายสมชาย กล่าวว่า\n")


def span(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def make_doc(source: str = "a.txt") -> Document:
    def fact(cls: type, needle: str, nth: int = 0, **fields: object) -> object:
        s, e = span(needle, nth)
        return cls(text=needle, start=s, end=e, sentence="", **fields)

    meeting_name = "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 เมื่อ 27 ม.ค. 65"
    m_start, m_end = span("สมชาย", 1)
    return Document(
        source=source, document_date="2022-01-27", text=TEXT,
        dates=(fact(DateFact, "27 มกราคม 2565", value="2022-01-27"),
               fact(DateFact, "27 ม.ค. 65", value="2022-01-27")),
        people=(fact(PersonFact, "นายสมชาย ใจดี", name="สมชาย ใจดี", title="นาย",
                     mentions=(Mention("สมชาย", m_start, m_end),)),),
        meetings=(fact(MeetingFact, meeting_name, name=meeting_name, ordinal=2,
                       date="2022-01-27"),),
    )


class Marks(HTMLParser):
    """Collects the text of every <mark>, by fact id, and any external references."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str] | None] = []
        self.text: dict[str, str] = {}
        self.first_class: dict[str, str] = {}
        self.external: list[str] = []
        self.in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.external.append(a[key] or "")
        if tag == "pre":
            self.in_article = True
        if tag == "mark":
            ids = (a.get("data-f") or "").split()
            self.stack.append(ids)
            if ids and ids[0] not in self.first_class:
                self.first_class[ids[0]] = a.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.stack.pop()
        if tag == "pre":
            self.in_article = False

    def handle_data(self, data: str) -> None:
        if self.stack and self.in_article:
            for fid in self.stack[-1] or []:
                self.text[fid] = self.text.get(fid, "") + data


def render(docs: list[Document]) -> str:
    out = io.StringIO()
    writer = open_writer("html", out, single=len(docs) == 1)
    for doc in docs:
        writer.write(doc)
    writer.close()
    return out.getvalue()


def test_every_fact_is_highlighted_with_its_exact_text() -> None:
    page = render([make_doc()])
    parser = Marks()
    parser.feed(page)
    # Ids: f<doc>-<first letter of the kind key><index>; a person's mentions share its id.
    assert parser.text == {
        "f0-d0": "27 มกราคม 2565",
        "f0-d1": "27 ม.ค. 65",
        "f0-p0": "นายสมชาย ใจดีสมชาย",
        "f0-m0": "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 เมื่อ 27 ม.ค. 65",
    }
    assert parser.first_class["f0-d1"] == "k-date"  # innermost colour inside the meeting
    assert 'class="k-person mention"' in page
    assert "ข่าว &lt;ทดสอบ&gt;" in page
    assert parser.external == []  # self-contained: no network


def test_overlapping_spans_are_cut_not_nested() -> None:
    html = highlight("abcdef", [(0, 4, "x", "meeting", False), (2, 5, "y", "date", False)])
    assert html == ('<mark class="k-meeting" data-f="x">ab</mark>'
                    '<mark class="k-date" data-f="y x">cd</mark>'
                    '<mark class="k-date" data-f="y">e</mark>f')


def test_spans_outside_the_text_are_ignored() -> None:
    assert highlight("a<b", [(1, 9, "x", "date", False)]) == "a&lt;b"


def test_several_documents_several_sections_and_no_text() -> None:
    bare = Document(source="b.txt")
    page = render([make_doc(), bare])
    assert page.count('<section class="doc"') == 2
    assert "The original text is not available" in page
    assert page.count("<!DOCTYPE html>") == 1 and page.rstrip().endswith("</html>")


def test_empty_run_is_still_a_page() -> None:
    page = render([])
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_or_skip() -> str:
    found = _chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI for the HTML view test")
        pytest.skip("chromium not installed")
    return found


def chromium(binary: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--no-first-run", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
               "--enable-logging=stderr", "--v=0", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    binary = chromium_or_skip()
    page = tmp_path / "view.html"
    page.write_text(render([make_doc()]), encoding="utf-8")
    result = chromium(binary, tmp_path, "--dump-dom", page.as_uri())
    dom = result.stdout
    assert 'data-ready="4"' in dom, dom[-500:]  # the script ran to its end: 4 facts loaded
    assert not re.search(r"<html[^>]*data-js-error", dom)
    assert not re.search(r"Uncaught|CONSOLE\(\d+\).*Error", result.stderr)
    assert len(re.findall(r'<mark class="k-', dom)) >= 5


def test_cli_html_of_a_sample_renders(tmp_path: Path, samples: Path) -> None:
    """End to end with the extractors; also writes the README screenshot when asked to."""
    from typer.testing import CliRunner

    from thaiextract.cli import app

    binary = chromium_or_skip()
    result = CliRunner().invoke(app, ["extract", str(samples / "adgmin-2022.txt"), "--format",
                                      "html", "-q"])
    assert result.exit_code == 0
    page = tmp_path / "sample.html"
    page.write_text(result.stdout, encoding="utf-8")
    run = chromium(binary, tmp_path, "--dump-dom", page.as_uri())
    assert re.search(r'data-ready="[1-9]\d*"', run.stdout)
    assert not re.search(r"<html[^>]*data-js-error", run.stdout)
    assert 'class="k-person' in run.stdout and 'class="k-date' in run.stdout
    shot = os.environ.get("THAIEXTRACT_SCREENSHOT")
    if shot:
        chromium(binary, tmp_path, f"--screenshot={shot}", "--window-size=1280,900",
                 "--hide-scrollbars", page.as_uri())
        assert Path(shot).stat().st_size > 10_000
