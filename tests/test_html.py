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
from thaiextract.render.html_writer import highlight, script_json

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
        if tag == "pre" or "article" in (a.get("class") or "").split():
            self.in_article = True
        if tag == "mark":
            ids = (a.get("data-f") or "").split()
            self.stack.append(ids)
            if ids and ids[0] not in self.first_class:
                self.first_class[ids[0]] = a.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.stack.pop()
        if tag == "pre" or (tag == "div" and self.in_article):
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
    assert html == ('<mark class="k-meeting" data-f="x" data-o="0">ab</mark>'
                    '<mark class="k-date" data-f="y x" data-o="2">cd</mark>'
                    '<mark class="k-date" data-f="y" data-o="4">e</mark>f')


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


HOSTILE = ["<!--<script>", "</script>", "<![CDATA[", "<script>alert(1)</script>", "-->",
           "</SCRIPT >", "&lt;", "\u2028"]


@pytest.mark.parametrize("text", HOSTILE, ids=["comment-script", "close-script", "cdata",
                                                "script", "close-comment", "upper-close",
                                                "entity", "line-separator"])
def test_script_json_cannot_open_or_close_anything(text: str) -> None:
    blob = script_json({"sentence": f"ข่าว {text} วันนี้"})
    assert not any(c in blob for c in "<>&\u2028")
    import json

    assert json.loads(blob) == {"sentence": f"ข่าว {text} วันนี้"}


def hostile_doc() -> Document:
    text = "ข่าว <!--<script> วันที่ 27 มกราคม 2565 </script> <![CDATA[ x\n"
    s = text.index("27 มกราคม 2565")
    date = DateFact(text="27 มกราคม 2565", start=s, end=s + 14, sentence=text.strip(),
                    value="2022-01-27")
    return Document(source="<!--x.txt", text=text, dates=(date,))


def test_article_text_cannot_break_the_page() -> None:
    page = render([hostile_doc(), make_doc()])
    # Exactly the writer's own scripts: the error hook, two data blocks and the viewer.
    assert page.count("<script") == 4 and page.count("</script>") == 4
    assert "<!--" not in page and "<![CDATA[" not in page


def test_hostile_text_page_runs_in_headless_chromium(tmp_path: Path) -> None:
    binary = chromium_or_skip()
    page = tmp_path / "hostile.html"
    page.write_text(render([hostile_doc(), make_doc()]), encoding="utf-8")
    dom = chromium(binary, tmp_path, "--dump-dom", page.as_uri()).stdout
    assert 'data-ready="5"' in dom, dom[-500:]  # both documents' facts loaded, script ran
    assert dom.count('<section class="doc"') == 2


def html_input_doc(samples: Path) -> Document:
    from thaiextract import extract

    markup = (samples / "press-release.html").read_text(encoding="utf-8")
    return extract(markup, source="press-release.html")


def test_html_input_shows_the_article_not_the_markup(samples: Path) -> None:
    doc = html_input_doc(samples)
    page = render([doc])
    article = page[page.index('<div class="article reader">'):page.index("<aside")]
    assert "&lt;div" not in article and "DOCTYPE" not in article and "&lt;img" not in article
    assert "window.dataLayer" not in article
    assert "<p><mark" in article and article.count("<p>") >= 5
    # Every fact is highlighted with its exact text, and data-o is its offset in the markup.
    parser = Marks()
    parser.feed(page)
    for key, facts in doc.facts().items():
        for i, fact in enumerate(facts):
            fid = f"f0-{key[0]}{i}"
            assert fact.text in parser.text[fid], fid
            assert re.search(rf'data-f="(?:[^"]* )?{fid}(?: [^"]*)?" data-o="{fact.start}"',
                             page), fid
            assert doc.text[fact.start:fact.end] == fact.text


def test_panel_shows_sentence_rule_and_evidence() -> None:
    page = render([make_doc()])
    assert 'class="sentence"' not in page  # the hand-made facts have none
    doc = hostile_doc()
    fact = doc.dates[0]
    with_why = Document(source="a.txt", text=doc.text, dates=(DateFact(
        text=fact.text, start=fact.start, end=fact.end, sentence=fact.sentence,
        value=fact.value, rule="day_month_year", evidence=("มกราคม",)),))
    page = render([with_why])
    assert '<span class="sentence">ข่าว &lt;!--&lt;script&gt; วันที่ 27 มกราคม 2565' in page
    assert '<span class="why">rule: day_month_year · evidence: มกราคม</span>' in page


def test_html_input_view_in_headless_chromium(tmp_path: Path, samples: Path) -> None:
    """The reader view of an HTML page: script runs, legend filter hides a kind, screenshot."""
    binary = chromium_or_skip()
    page = tmp_path / "reader.html"
    page.write_text(render([html_input_doc(samples)]), encoding="utf-8")
    run = chromium(binary, tmp_path, "--dump-dom", page.as_uri())
    assert re.search(r'data-ready="[1-9]\d*"', run.stdout)
    assert not re.search(r"<html[^>]*data-js-error", run.stdout)
    assert "ครม. เห็นชอบมาตรการลดค่าครองชีพ" in re.sub(r"<[^>]+>", "", run.stdout)
    hidden = chromium(binary, tmp_path, "--dump-dom", page.as_uri() + "?hide=date,person")
    assert re.search(r'<body[^>]*class="hide-date hide-person"', hidden.stdout)
    assert len(re.findall(r'<li class="k-(?:date|person) off"', hidden.stdout)) == 2
    # A fact opened: its sentence, and a link to each of its mentions (own span first).
    doc = html_input_doc(samples)
    meeting = doc.meetings[0]
    opened = chromium(binary, tmp_path, "--dump-dom", page.as_uri() + "?show=f0-m0").stdout
    details = opened[opened.index('<div id="details"'):]
    assert f"<blockquote>{meeting.sentence}</blockquote>" in details
    spans = [(meeting.text, meeting.start, meeting.end)] + [
        (m.text, m.start, m.end) for m in meeting.mentions
        if (m.start, m.end) != (meeting.start, meeting.end)]
    links = re.findall(r'<a href="#">([^<]*)</a>', details)
    assert links == [f"{t} @{s}–{e}" for t, s, e in spans] and len(links) >= 2
    shot = tmp_path / "reader.png"
    chromium(binary, tmp_path, f"--screenshot={shot}", "--window-size=1280,900",
             "--hide-scrollbars", page.as_uri())
    assert shot.stat().st_size > 10_000
