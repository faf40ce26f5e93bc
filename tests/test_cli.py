"""The CLI as a user meets it: exit codes, stdout/stderr separation, bad input, formats."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from schema_check import validate_output
from typer.testing import CliRunner

from thaiextract.cli import app

runner = CliRunner()
ARTICLE = "กรุงเทพฯ 15 มกราคม 2567 - นายสมศักดิ์ วงศ์ประเสริฐ อธิบดีกรมประชาสัมพันธ์ เปิดเผยว่า\n"


def run(*args: str, input: str | bytes | None = None) -> Result:
    result = runner.invoke(app, list(args), input=input)
    if (args and args[0] == "extract" and _format(args) in ("json", "jsonl") and result.stdout
            and "--help" not in args):
        validate_output(result.stdout)  # every document this file produces fits the schema
    return result


def _format(args: tuple[str, ...]) -> str:
    for flag in ("-f", "--format"):
        if flag in args:
            return args[args.index(flag) + 1]
    return "jsonl"  # the default when stdout is not a terminal


SUMMARY = re.compile(r"thaiextract: (\d+) documents?, (\d+) failed, \d+\.\d s")


def errors(result: Result) -> list[str]:
    """The error lines of a run, after checking that the last line is the summary."""
    *lines, last = result.stderr.splitlines()
    assert SUMMARY.fullmatch(last), last
    return lines


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("thaiextract ")


def test_jsonl_is_one_object_per_document_with_source_as_given(good: Path, samples: Path) -> None:
    result = run("extract", str(good), str(samples / "thai-digits.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [
        str(good), str(samples / "thai-digits.txt"),
    ]
    doc = json.loads(lines[0])
    assert set(doc) >= {"source", "document_date", "dates", "people", "meetings", "initiatives",
                        "organizations"}
    # Only the summary line: documents, failures, seconds.
    assert re.fullmatch(r"thaiextract: 2 documents, 0 failed, \d+\.\d s\n", result.stderr)


def test_json_is_an_object_for_one_input_and_an_array_for_several(good: Path) -> None:
    one = run("extract", str(good), "-f", "json")
    assert isinstance(json.loads(one.stdout), dict)
    several = run("extract", str(good), str(good), "-f", "json")
    assert [d["source"] for d in json.loads(several.stdout)] == [str(good), str(good)]
    folder = run("extract", str(good.parent), "-f", "json")
    assert isinstance(json.loads(folder.stdout), list)


def test_stdin_is_read_when_piped() -> None:
    result = run("extract", "-f", "jsonl", input=ARTICLE.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"
    dash = run("extract", "-", "-f", "jsonl", input=ARTICLE.encode())
    assert json.loads(dash.stdout)["source"] == "-"


def test_mixed_good_and_bad_inputs_print_the_good_and_exit_1(good: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Grüße aus München".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run("extract", str(missing), str(empty), str(good), str(binary), str(latin),
                 "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [str(good)]
    assert errors(result) == [
        f"thaiextract: error: {missing}: no such file or directory",
        f"thaiextract: error: {empty}: empty file, nothing to extract",
        f"thaiextract: error: {binary}: binary file (NUL bytes), not text",
        f"thaiextract: error: {latin}: not UTF-8, UTF-16 or Thai TIS-620/cp874 text "
        "(byte 0xfc at offset 2)",
    ]
    assert "Traceback" not in result.output


def test_folder_with_no_matching_files(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    result = run("extract", str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert errors(result) == [
        f"thaiextract: error: {tmp_path}: folder has no files matching *.txt, *.html, *.htm"
    ]


def test_glob_option_picks_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.news").write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(tmp_path), "--glob", "*.news", "-f", "jsonl")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"].endswith("a.news")


def test_huge_file_is_refused_with_a_clear_message_and_bound_can_be_raised(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # 50 MB, sparse: refused before it is read
        handle.truncate(50 * 1024 * 1024)
    result = run("extract", str(huge), "-f", "jsonl")
    assert result.exit_code == 1
    assert errors(result) == [
        f"thaiextract: error: {huge}: 52.4 MB is over the 21.0 MB limit (raise it with --max-bytes)"
    ]
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE * 3, encoding="utf-8")
    assert run("extract", str(small), "--max-bytes", "100", "-f", "jsonl").exit_code == 1
    assert run("extract", str(small), "--max-bytes", "100000", "-f", "jsonl").exit_code == 0


def test_only_boilerplate_gives_an_empty_document(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("231 views\nLeave a Reply\nMost Popular\nCategories\n", encoding="utf-8")
    result = run("extract", str(page), "-f", "jsonl")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert all(doc[k] == [] for k in ("dates", "people", "meetings", "initiatives"))


def test_tis620_and_html_samples(samples: Path) -> None:
    result = run("extract", str(samples / "legacy-tis620.txt"), str(samples / "press-release.html"),
                 "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["encoding"] for d in docs] == ["tis-620", "utf-8"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "x.txt", "--only", "weather"], "unknown kind 'weather'"),
        (["extract", "x.txt", "--document-date", "27/01/2022"], "is not a date in YYYY-MM-DD"),
        (["extract", "x.txt", "--format", "pdf"], "'pdf' is not one of"),
        (["extract", "x.txt", "--jobs", "0"], "greater than or equal to 1"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    # Typer may draw the message in a box and wrap it: compare the words only.
    assert " ".join(message.split()) in " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())


def test_csv_has_one_row_per_fact_with_kind_and_source(samples: Path) -> None:
    path = str(samples / "thai-digits.txt")
    result = run("extract", path, "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    doc = json.loads(run("extract", path, "-f", "jsonl").stdout)
    total = sum(len(doc[k]) for k in ("dates", "people", "meetings", "initiatives",
                                       "organizations"))
    assert len(rows) == total
    assert all(r["source"] == path for r in rows)
    assert {r["kind"] for r in rows} <= {"date", "person", "meeting", "initiative", "organization"}


def test_table_output_names_the_document(samples: Path) -> None:
    result = run("extract", str(samples / "thai-digits.txt"), "-f", "table")
    assert result.exit_code == 0
    assert "thai-digits.txt" in result.stdout


def test_output_file(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("extract", str(good), "-o", str(out), "-f", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(good)


def test_normalize_prints_what_extractors_see(samples: Path) -> None:
    result = run("normalize", str(samples / "digital-covid-2020.txt"))
    assert result.exit_code == 0
    assert "25 ตุลาคม 2562" in result.stdout
    for furniture in ("231 views", "Leave a Reply", "Most Popular", "เพียงสแกน"):
        assert furniture not in result.stdout


def test_normalize_converts_thai_digits(samples: Path) -> None:
    result = run("normalize", str(samples / "thai-digits.txt"))
    assert result.stdout.startswith("กรุงเทพฯ 15 มกราคม 2567 - ")


def test_segment_words_and_sentences(good: Path) -> None:
    words = run("segment", str(good))
    assert words.exit_code == 0
    tokens = [t for t in words.stdout.splitlines() if t]
    assert "กรุงเทพฯ" in tokens and "15" in tokens and "มกราคม" in tokens
    sentences = run("segment", str(good), "--sentences")
    assert sentences.stdout.splitlines()[0].startswith("กรุงเทพฯ 15 มกราคม 2567")


def test_every_command_has_help() -> None:
    for command in ("extract", "segment", "normalize"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Usage:" in result.stdout


@pytest.mark.skipif(os.name != "posix", reason="uses a subprocess pipe")
def test_console_script_handles_closed_pipe(samples: Path, tmp_path: Path) -> None:
    script = (
        "import sys; sys.argv=['thaiextract','extract','-f','jsonl'," + repr(str(samples)) + "];"
        "from thaiextract.cli import main; main()"
    )
    proc = subprocess.run(
        f"{sys.executable} -c {script!r} | head -c 10", shell=True, capture_output=True,
        text=True, timeout=120,
    )
    assert "Traceback" not in proc.stderr


MEETING_LINE = (
    "กรุงเทพฯ 15 มกราคม 2567 - นายสมศักดิ์ วงศ์ประเสริฐ อธิบดีกรมประชาสัมพันธ์ เปิดเผยว่า "
    "การประชุมคณะรัฐมนตรี ครั้งที่ 3/2567 "
)


def test_a_page_on_one_line_finishes(tmp_path: Path) -> None:
    # A page with no line break was one sentence, and the meetings searched it once per mention:
    # 200 KB took a minute, a 5 MB file never finished. Now cut into sentences of ≤ 2000 chars.
    # (How long it takes is bench/torture.py's business; this checks what comes out.)
    page = tmp_path / "one-line.txt"
    page.write_text(MEETING_LINE * 2400, encoding="utf-8")  # 300,000 characters, no newline
    result = run("extract", str(page), "-f", "jsonl")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert len(doc["dates"]) == 2400  # "15 มกราคม 2567" of each repeat
    assert [m["text"] for m in doc["meetings"]] == ["การประชุมคณะรัฐมนตรี ครั้งที่ 3/2567"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("zw.txt", ("\u200b\ufeff\u200c\u200d" * 5000).encode(), id="only-zero-width"),
        pytest.param("unclosed.html", ("<html><body><p>วันที่ 15 มกราคม 2567 <div><b>นาย<i>"
                                       + "<p>ข่าว " * 500).encode(), id="unclosed-tags"),
        pytest.param("script.html", ("<html><body><p>วันที่ 15 มกราคม 2567</p><script>"
                                     + "var a='<p>x</p>';" * 20000).encode(), id="unclosed-script"),
        pytest.param("nul.txt", "\ufeffวันที่ 15 มกราคม 2567 \x00 ข่าว\n".encode("utf-16-le"),
                     id="utf16-with-nul"),
    ],
)
def test_hostile_files_give_a_result(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    text = path.read_bytes().decode(doc["encoding"] or "utf-8")
    for fact in doc["dates"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_folder_with_a_symlink_loop_is_read_once(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (sub / "back").symlink_to(tmp_path, target_is_directory=True)
    result = run("extract", str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        str(sub / "a.txt")
    ]


# --- exits that are not input failures: closed pipes, full disks, signals ----------------------

ROOT = Path(__file__).resolve().parent.parent


def console(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The console script as a user runs it (main(): signals, exit codes), in a subprocess."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "thaiextract", *args], stderr=subprocess.PIPE,
                          text=True, timeout=120, **kwargs)  # type: ignore[call-overload]


@pytest.mark.skipif(os.name != "posix", reason="a shell pipeline")
def test_closed_pipe_exits_0_quietly(samples: Path) -> None:
    proc = subprocess.run(
        ["bash", "-c", "set -o pipefail; \"$0\" -m thaiextract extract -f jsonl -j 2 \"$1\" "
         "\"$1\" \"$1\" | head -1 > /dev/null", sys.executable, str(samples)],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "error" not in proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["stdout", "output"])
def test_full_disk_is_one_line_and_exit_1(good: Path, where: str) -> None:
    if where == "output":
        proc = console("extract", str(good), "-f", "jsonl", "-o", "/dev/full")
        name = "/dev/full"
    else:
        with open("/dev/full", "w") as full:
            proc = console("extract", str(good), "-f", "jsonl", stdout=full)
        name = "<stdout>"
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"thaiextract: error: no space left on device writing {name}"]


def _children(pid: int) -> list[int]:
    try:
        found = []
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
        return found
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(MEETING_LINE * 40, encoding="utf-8")
    return folder


COMMAND_ARGS = {"extract": ["-f", "jsonl", "-o", os.devnull], "check": ["-f", "jsonl"],
                "index": ["--db"]}


def _start_with_workers(corpus: Path, command: str = "extract",
                        ) -> tuple[subprocess.Popen[str], list[int]]:
    import time

    extra = COMMAND_ARGS[command] + ([str(corpus.parent / "facts.db")] if command == "index"
                                     else [])
    proc = subprocess.Popen([sys.executable, "-m", "thaiextract", command, "-j", "2", "-q",
                             *extra, str(corpus)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers never started"
    return proc, workers


def _gone(pids: list[int], seconds: float = 5.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(_alive(p) for p in pids)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("command", ["extract", "check", "index"])
def test_workers_die_with_a_killed_parent(corpus: Path, command: str) -> None:
    import signal

    proc, workers = _start_with_workers(corpus, command)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert _gone(workers), "workers outlived their parent"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("signame", "code", "said"),
                         [("SIGTERM", 143, "terminated"), ("SIGHUP", 129, "hung up"),
                          ("SIGINT", 130, "interrupted")])
def test_terminating_signals_stop_cleanly(corpus: Path, signame: str, code: int,
                                          said: str) -> None:
    import signal

    proc, workers = _start_with_workers(corpus)
    proc.send_signal(getattr(signal, signame))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code
    assert err.splitlines() == [f"thaiextract: {said}"]
    assert _gone(workers)


# --- options -------------------------------------------------------------------------------------


def test_short_version_flag() -> None:
    assert run("-V").stdout.startswith("thaiextract ")


def test_buddhist_era_document_date_is_converted_and_said(good: Path) -> None:
    result = run("extract", str(good), "-f", "jsonl", "--document-date", "2565-01-27")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["document_date"] == "2022-01-27"
    assert ("thaiextract: --document-date 2565-01-27: year 2565 read as Buddhist era, "
            "2022-01-27") in result.stderr


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2022-01-27", "2022-01-27"), ("2565-01-27", "2022-01-27"), ("2563-02-29", "2020-02-29"),
     ("2400-01-01", "1857-01-01")],
    ids=["ce", "be", "be-leap-day", "first-be-year"],
)
def test_dates_of_options(value: str, expected: str) -> None:
    from thaiextract.cli.options import parse_date

    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--document-date", "9999-12-31"], "is not a plausible date"),
        (["--document-date", "2565-02-30"], "is not a date in YYYY-MM-DD"),
        (["--max-bytes", "99999999999999999999999"], "--max-bytes"),
        (["--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["--format", "html", "--jobs", "0"], "greater than or equal to 1"),
    ],
    ids=["far-future", "impossible", "huge-max-bytes", "bad-encoding", "jobs-0"],
)
def test_more_usage_errors(good: Path, args: list[str], message: str) -> None:
    result = run("extract", str(good), *args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert message in " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())


def test_check_refuses_html(good: Path) -> None:
    result = run("check", str(good), "-f", "html")
    assert result.exit_code == 2
    assert "'html' is not one of" in result.stderr


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_with_a_bom(samples: Path, fmt: str, delimiter: str) -> None:
    path = str(samples / "thai-digits.txt")
    plain = run("extract", path, "-f", fmt)
    marked = run("extract", path, "-f", fmt, "--bom")
    assert not plain.stdout.startswith("\ufeff")
    assert marked.stdout == "\ufeff" + plain.stdout
    rows = list(csv.DictReader(io.StringIO(plain.stdout), delimiter=delimiter))
    assert rows and rows[0]["source"] == path
    assert plain.stdout.splitlines()[0].split(delimiter)[:4] == ["source", "id", "document_date",
                                                                 "kind"]


@pytest.mark.parametrize(
    ("flag", "env", "colour"),
    [("auto", {}, False), ("always", {}, True), ("never", {"FORCE_COLOR": "1"}, False),
     ("auto", {"FORCE_COLOR": "1"}, True), ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False)],
    ids=["auto-pipe", "always", "never-beats-force", "force-color", "no-color-wins"],
)
def test_color_option_and_environment(samples: Path, flag: str, env: dict[str, str],
                                      colour: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run("extract", str(samples / "thai-digits.txt"), "-f", "table", "--color", flag)
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is colour


def test_verbose_logs_the_thaiextract_logger(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from thaiextract.cli.run import log_to_stderr

    log_to_stderr()
    logging.getLogger("thaiextract.clean").debug("dropped line 3: 'Leave a Reply'")
    assert "thaiextract: thaiextract.clean: dropped line 3: 'Leave a Reply'" in capsys.readouterr().err


# --- --help ----------------------------------------------------------------------------------------


def _help(command: list[str]) -> str:
    return run(*command, "--help").stdout


COMMAND_LISTS = [["extract"], ["segment"], ["normalize"], ["check"], ["index"], ["schema"],
                 ["query", "person"], ["query", "position"], ["query", "meeting"],
                 ["query", "search"]]


@pytest.mark.parametrize("command", COMMAND_LISTS, ids=[" ".join(c) for c in COMMAND_LISTS])
def test_help_reads_well(command: list[str]) -> None:
    text = _help(command)
    assert "<bool>" not in text
    if command == ["extract"]:
        assert "thaiextract[dask]" in " ".join(re.sub(r"[│]", " ", text).split())


def test_command_summaries_are_whole_sentences() -> None:
    import typer.main

    group = typer.main.get_command(app)
    listing = " ".join(re.sub(r"[│]", " ", run("--help").stdout).split())
    for name, command in group.commands.items():
        summary = command.get_short_help_str(limit=500)
        assert "\n" not in summary and summary.endswith("."), (name, summary)
        assert f"{name} {summary}" in listing, name  # shown whole, not cut


def test_every_help_example_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    examples = []
    # The index example first: the query examples read the database it makes.
    for command in [["index"], *[c for c in COMMAND_LISTS if c != ["index"]]]:
        examples += [line.strip() for line in _help(command).splitlines()
                     if line.strip().startswith("thaiextract ")]
    assert len(examples) == len(COMMAND_LISTS)
    for example in examples:
        shell = example.replace("thaiextract ", f"{sys.executable} -m thaiextract ", 1)
        proc = subprocess.run(["bash", "-c", shell], cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode in (0, 3), f"{example}: {proc.stderr}"  # 3: check found something
        assert "error" not in proc.stderr, f"{example}: {proc.stderr}"


def test_parsing_options_does_not_import_pydantic(good: Path) -> None:
    # typer 0.29 builds a pydantic TypeAdapter per option: ~50 ms of a cold start (cli/coerce.py).
    code = ("import sys; from thaiextract.cli import app; "
            f"app(['extract', {str(good)!r}, '-f', 'jsonl', '-q', '-j', '1', '--only', 'dates',"
            " '-o', '/dev/null', '--max-bytes', '100000', '--glob', '*.txt'], "
            "prog_name='thaiextract', standalone_mode=False); print('pydantic' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "two"], "Input should be a valid integer"),
        (["--jobs", "0"], "Input should be greater than or equal to 1"),
        (["--color", "sometimes"], "'sometimes' is not one of 'auto', 'always', 'never'"),
        (["--input-format", "xml"], "'xml' is not one of 'auto', 'files', 'jsonl'"),
    ],
    ids=["not-an-int", "below-min", "color-choice", "input-format-choice"],
)
def test_option_values_are_checked_like_typer_does(good: Path, args: list[str],
                                                   message: str) -> None:
    result = run("extract", str(good), *args)
    assert result.exit_code == 2
    assert message in " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("99999999999999999999999", "99999999999999999999999 is 100,000,000,000.0 TB, more "
         "than the 1,125.9 TB this accepts"),
        ("5 parsecs", "'5 parsecs' is not a size: give bytes (5000000) or a number with a unit"),
        ("0", "'0' is less than 1 byte"),
    ],
    ids=["huge", "not-a-size", "zero"],
)
def test_max_bytes_errors_show_the_numbers(good: Path, value: str, message: str) -> None:
    result = run("extract", str(good), "--max-bytes", value)
    assert result.exit_code == 2
    assert message in " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())


@pytest.mark.parametrize(("value", "size"),
                         [("5000000", 5_000_000), ("5MB", 5_000_000), ("500KB", 500_000),
                          ("20MiB", 20 * 2**20), ("1.5 MiB", 1_572_864), ("1_000", 1000)])
def test_max_bytes_takes_units(value: str, size: int) -> None:
    from thaiextract.cli.options import parse_size

    assert parse_size(value) == size


def test_default_max_bytes_is_the_readers() -> None:
    from thaiextract.cli.options import DEFAULT_MAX_SIZE, parse_size
    from thaiextract.read import DEFAULT_MAX_BYTES

    assert parse_size(DEFAULT_MAX_SIZE) == DEFAULT_MAX_BYTES


def test_explain_shows_the_rule_of_each_date(samples: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # room for every column: rules are never cut
    path = str(samples / "thai-digits.txt")
    doc = json.loads(run("extract", path, "-f", "jsonl").stdout)
    plain = run("extract", path, "-f", "table", "--only", "dates").stdout
    explained = run("extract", path, "-f", "table", "--only", "dates", "--explain").stdout
    rules = {d["rule"] for d in doc["dates"]}
    assert rules and "rule" not in plain
    assert "rule" in explained and all(rule in explained for rule in rules)


@pytest.mark.parametrize("library", [False, True], ids=["sqlite-error", "library-DiskFull"])
def test_index_stops_at_a_full_disk_with_one_line(tmp_path: Path, library: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from thaiextract import index

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("15", str(10 + i)), encoding="utf-8")
    calls = []
    db = tmp_path / "facts.db"

    def full(self: object, doc: object, **kwargs: object) -> None:
        calls.append(doc)
        if library:
            raise index.DiskFull(f"no space left on device writing {db}")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index.FactIndex, "add", full)
    result = run("index", str(tmp_path), "--db", str(db), "-j", "1")
    assert result.exit_code == 1
    assert len(calls) == 1  # stopped at the first document
    lines = result.stderr.splitlines()
    assert lines[0] == f"thaiextract: error: no space left on device writing {db}"
    assert re.fullmatch(rf"thaiextract: {re.escape(str(db))}: 0 indexed, 0 unchanged, 1 failed, "
                        r"\d+\.\d s", lines[1])
    assert len(lines) == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_during_index_leaves_a_sound_database(corpus: Path) -> None:
    import signal
    import sqlite3

    proc, workers = _start_with_workers(corpus, "index")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert err.splitlines() == ["thaiextract: terminated"]
    assert _gone(workers)
    with sqlite3.connect(corpus.parent / "facts.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        indexed = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 <= indexed < 400  # stopped part-way, every indexed document whole


@pytest.mark.parametrize(
    ("query", "header"),
    [(["person", "ไม่มีใคร"], "name,title,position,position_expanded,mentions,text,"),
     (["position", "ไม่มีตำแหน่งนี้"], "name,title,position,date,text,"),
     (["meeting", "ไม่มีการประชุมนี้"], "name,ordinal,date,end_date,location,text,"),
     (["search", "ไม่มีคำนี้"], "text,source,id,document_date,start,end,sentence")],
    ids=["person", "position", "meeting", "search"],
)
def test_an_empty_query_still_has_its_csv_header_and_json_array(good: Path, tmp_path: Path,
                                                                query: list[str],
                                                                header: str) -> None:
    db = str(tmp_path / "facts.db")
    assert run("index", str(good), "--db", db, "-q").exit_code == 0
    csv_out = run("query", *query, "--db", db, "-f", "csv")
    assert csv_out.exit_code == 0
    assert csv_out.stdout.splitlines()[0].startswith(header)
    assert len(csv_out.stdout.splitlines()) == 1
    assert run("query", *query, "--db", db, "-f", "json").stdout == "[]\n"
    assert run("query", *query, "--db", db, "-f", "jsonl").stdout == ""
    assert run("query", *query, "--db", db, "-f", "table").stdout.strip() == "no rows"


def test_empty_csv_headers_are_the_columns_of_real_rows(samples: Path, tmp_path: Path) -> None:
    from thaiextract.index import COLUMNS

    db = str(tmp_path / "facts.db")
    assert run("index", str(samples), "--db", db, "-q").exit_code == 0
    for query, name in ((["person", "ชัยวุฒิ"], "person"),
                        (["position", "รมว.ดิจิทัลฯ"], "position"),
                        (["position", "รมว.ดิจิทัลฯ", "--on", "2565-01-27"], "position_on"),
                        (["meeting", "อาเซียน"], "meeting"), (["search", "ดิจิทัล"], "search")):
        rows = [json.loads(line) for line in
                run("query", *query, "--db", db, "-f", "jsonl").stdout.splitlines()]
        assert rows, query
        assert all(tuple(row) == COLUMNS[name] for row in rows), (query, list(rows[0]))


@pytest.mark.parametrize(("query", "message"),
                         [(["meeting", ""], "thaiextract: error: "),
                          (["person", "นาย"], "thaiextract: error: ")],
                         ids=["empty-pattern", "only-a-title"])
def test_a_refused_query_is_one_line(good: Path, tmp_path: Path, query: list[str],
                                     message: str) -> None:
    db = str(tmp_path / "facts.db")
    assert run("index", str(good), "--db", db, "-q").exit_code == 0
    result = run("query", *query, "--db", db)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)
    assert "Traceback" not in result.output


def test_contains_widens_a_position_query(samples: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "facts.db")
    assert run("index", str(samples), "--db", db, "-q").exit_code == 0

    def holders(*extra: str) -> set[str]:
        out = run("query", "position", "รัฐมนตรี", "--db", db, "-f", "jsonl", *extra).stdout
        return {json.loads(line)["position"] for line in out.splitlines()}

    same, wider = holders(), holders("--contains")
    assert same < wider
    assert "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in wider


def test_an_html_page_with_no_article_text_is_an_error(samples: Path, tmp_path: Path) -> None:
    """A scraped page that is only furniture (a menu, a login wall) is reported like an empty
    file: one line naming it, the batch goes on, exit code 1. The library still gives an empty
    document for it."""
    menu = tmp_path / "menu.html"
    menu.write_text("<html><head><title>ข่าว</title></head><body><nav><a href='/'>หน้าแรก</a>"
                    "<a href='/news'>ข่าวล่าสุด</a></nav></body></html>", encoding="utf-8")
    good = samples / "adgmin-2022.txt"
    result = run("extract", str(menu), str(good), "-f", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [str(good)]
    assert errors(result) == [
        f"thaiextract: error: {menu}: no article text found in the HTML page, nothing to extract",
    ]
    nobody = tmp_path / "nobody.html"
    nobody.write_bytes(b"<html><head><title>x</title></head></html>")
    no_body = run("extract", str(nobody), "-f", "jsonl")
    assert (no_body.exit_code, no_body.stdout) == (1, "")
    assert errors(no_body) == [
        f"thaiextract: error: {nobody}: no article text found in the HTML page, nothing to extract",
    ]
    from thaiextract import extract
    from thaiextract.pipeline import extract_many
    from thaiextract.read import read_path

    assert extract(menu.read_text("utf-8"), is_html=True).people == ()
    (failed,) = extract_many([read_path(str(menu))])
    assert failed.error == "no article text found in the HTML page, nothing to extract"
