"""Batch runs: parallel results equal serial ones, order, bounded read-ahead, failures, progress."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from schema_check import validate_output
from typer.testing import CliRunner

from thaiextract import batch, pipeline, read
from thaiextract.batch import Failure, process
from thaiextract.cli import app
from thaiextract.cli import run as cli_run
from thaiextract.read import Source

# Real-looking news paragraphs; each document is one of them plus its number, so documents differ.
PARAGRAPHS = [
    "กรุงเทพฯ 15 มกราคม 2567 - นายสมศักดิ์ วงศ์ประเสริฐ อธิบดีกรมประชาสัมพันธ์ เปิดเผยว่า "
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม จะจัดการประชุมคณะกรรมการในวันที่ 20 มกราคม 2567",
    "วันนี้ (๑๒ มิถุนายน ๒๕๖๓) ที่ทำเนียบรัฐบาล คณะรัฐมนตรีมีมติเห็นชอบโครงการเราเที่ยวด้วยกัน "
    "โดยสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) เป็นผู้เสนอ",
    "นางสาวสุภาพร ใจงาม ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ทั้งนี้ จังหวัดได้เปิดศูนย์ช่วยเหลือ"
    "ผู้ประสบภัยน้ำท่วมตั้งแต่วันที่ 3 ตุลาคม 2565 เป็นต้นไป",
]


def make_sources(n: int, *, bad: tuple[int, ...] = ()) -> list[Source]:
    sources = []
    for i in range(n):
        if i in bad:
            sources.append(Source(f"doc-{i}.txt", error="empty file, nothing to extract"))
        else:
            text = f"ข่าวที่ {i}\n{PARAGRAPHS[i % len(PARAGRAPHS)]}\n"
            sources.append(Source(f"doc-{i}.txt", text, "utf-8"))
    return sources


def as_dicts(results: list[object]) -> list[dict[str, object]]:
    return [r.to_dict() if not isinstance(r, Failure) else {"failure": r.line()} for r in results]


@pytest.fixture(scope="module")
def serial() -> list[dict[str, object]]:
    return as_dicts(list(process(make_sources(30, bad=(4, 17)), jobs=1)))


@pytest.mark.parametrize("jobs", [2, 3], ids=["jobs2", "jobs3"])
def test_parallel_ordered_equals_serial_document_for_document(jobs: int, serial: list) -> None:
    results = as_dicts(list(process(make_sources(30, bad=(4, 17)), jobs=jobs)))
    assert results == serial
    assert results[4] == {"failure": "doc-4.txt: empty file, nothing to extract"}
    assert [r.get("source") for r in results[:3]] == ["doc-0.txt", "doc-1.txt", "doc-2.txt"]


def test_unordered_yields_the_same_documents(serial: list) -> None:
    results = as_dicts(list(process(make_sources(30, bad=(4, 17)), jobs=2, ordered=False)))
    key = json.dumps
    assert sorted(results, key=key) == sorted(serial, key=key)
    assert len(results) == 30


def test_serial_results_have_facts() -> None:
    # Guards the equality tests against comparing empty documents only.
    doc = next(iter(process(make_sources(1), jobs=1)))
    assert not isinstance(doc, Failure)
    assert doc.to_dict()["source"] == "doc-0.txt"


@pytest.mark.parametrize(
    ("jobs", "sources"),
    [(1, 30), (2, 1), (8, 1)],
    ids=["jobs1-runs-in-process", "one-document-no-pool", "one-document-many-jobs"],
)
def test_no_pool_when_it_cannot_help(jobs: int, sources: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(jobs: int) -> None:
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(batch, "_new_pool", no_pool)
    results = list(process(make_sources(sources), jobs=jobs))
    assert len(results) == sources
    assert not any(isinstance(r, Failure) for r in results)


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "unordered"])
def test_read_ahead_is_bounded(ordered: bool) -> None:
    """Memory stays flat: a fixed number of documents is read ahead, whatever the corpus size."""
    pulled = 0

    def sources() -> Iterator[Source]:
        nonlocal pulled
        for src in make_sources(400):
            pulled += 1
            yield src

    jobs = 2
    limit = batch.IN_FLIGHT_PER_JOB * jobs * batch.CHUNK_DOCS
    results = process(sources(), jobs=jobs, ordered=ordered)
    worst = 0
    for count, _ in enumerate(results, start=1):
        worst = max(worst, pulled - count)
    assert count == 400
    assert 0 < worst <= limit


def test_extraction_error_becomes_a_failure_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pipeline.extract_source

    def flaky(src: Source, **kwargs: object) -> object:
        if src.name == "doc-5.txt":
            raise RuntimeError("boom")
        return real(src, **kwargs)

    # Workers are forked after this, so they see the patched function too.
    monkeypatch.setattr(pipeline, "extract_source", flaky)
    results = list(process(make_sources(12), jobs=2))
    assert len(results) == 12
    failure = results[5]
    assert isinstance(failure, Failure)
    assert failure.line() == "doc-5.txt: internal error: RuntimeError: boom"
    assert "Traceback" in (failure.detail or "")
    assert sum(isinstance(r, Failure) for r in results) == 1


def test_a_document_that_kills_its_worker_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract_source
    parent = os.getpid()

    def crashing(src: Source, **kwargs: object) -> object:
        if src.name == "doc-7.txt" and os.getpid() != parent:
            os._exit(3)  # as a segfault or an OOM kill would: no exception, the process is gone
        return real(src, **kwargs)

    monkeypatch.setattr(pipeline, "extract_source", crashing)
    results = list(process(make_sources(20), jobs=2))
    assert [r.source for r in results] == [f"doc-{i}.txt" for i in range(20)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.line() for f in failures] == [
        "doc-7.txt: internal error: the worker process crashed on this document"
    ]


@pytest.mark.parametrize("bar", [False, True], ids=["plain", "with-progress-bar"])
def test_stopping_early_leaves_no_worker_behind(bar: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    results = process(make_sources(100), jobs=2)
    if bar:
        results = cli_run.with_progress(results, total=100)
    for _ in range(cli_run.PROGRESS_MIN_DOCS + 2):  # past the point where the bar appears
        assert not isinstance(next(results), Failure)
    assert multiprocessing.active_children() != []
    results.close()  # the consumer went away (closed pipe, Ctrl-C)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("cores", "jobs", "docs", "workers", "notice"),
    [
        (1, 64, 3, 2, "--jobs 64 reduced to 2 (1 core × 2)"),
        (4, 4, 3, 3, "--jobs 4 reduced to 3 (3 documents)"),
        (4, 2, 1, 1, "--jobs 2 reduced to 1 (1 document)"),
        (1, 2, 5, 2, None),
    ],
    ids=["capped-by-cores", "capped-by-documents", "one-document", "not-reduced"],
)
def test_never_more_workers_than_documents_or_twice_the_cores(
    cores: int, jobs: int, docs: int, workers: int, notice: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    started: list[int] = []
    real = batch._new_pool

    def counting(n: int) -> object:
        started.append(n)
        return real(n)

    monkeypatch.setattr(batch, "_new_pool", counting)
    notices: list[str] = []
    results = list(process(make_sources(docs), jobs=jobs, notice=notices.append))
    assert len(results) == docs and not any(isinstance(r, Failure) for r in results)
    assert started == ([workers] if workers > 1 else [])
    assert notices == ([notice] if notice else [])


@pytest.mark.parametrize(
    ("terminal", "docs", "shown"),
    [(True, 20, True), (False, 20, False), (True, 3, False)],
    ids=["terminal-many-docs", "not-a-terminal", "terminal-few-docs"],
)
def test_progress_bar_only_on_a_terminal_and_for_more_than_a_few_docs(
    terminal: bool, docs: int, shown: bool, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli_run, "is_terminal", lambda stream: terminal)
    run = cli_run.Run(["-"], False, cli_run.Reporter(), jobs=1)
    results = list(cli_run.results(run, make_sources(docs)))
    assert len(results) == docs
    captured = capsys.readouterr()
    assert captured.out == ""  # data only ever goes to stdout, and there is none here
    assert ("docs/s" in captured.err) is shown
    if shown:
        assert f"{docs} documents" in captured.err
        assert "⠋" not in captured.err  # no spinner left on the last frame


def test_progress_shows_the_total_and_an_eta_when_inputs_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    for src in make_sources(12):
        (tmp_path / src.name).write_text(src.text, encoding="utf-8")
    monkeypatch.setattr(cli_run, "is_terminal", lambda stream: True)
    run = cli_run.Run([str(tmp_path)], False, cli_run.Reporter(), jobs=1)
    assert cli_run.count_inputs(run) == 12
    assert len(list(cli_run.results(run, read.iter_sources([str(tmp_path)])))) == 12
    err = capsys.readouterr().err
    assert "12/12 documents" in err and "ETA" in err


# --- the CLI ---------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A JSONL news archive in the usual shape: body and id fields, one bad line."""
    path = tmp_path / "archive.jsonl"
    lines = [json.dumps({"id": f"a{i}", "body": src.text}, ensure_ascii=False)
             for i, src in enumerate(make_sources(9))]
    lines.insert(3, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "extra", [["--jobs", "2"], ["--jobs", "2", "--unordered"]], ids=["ordered", "unordered"]
)
def test_cli_jsonl_archive_with_jobs_matches_one_process(archive: Path, extra: list[str]) -> None:
    base = ["extract", str(archive), "--input-format", "jsonl", "--text-field", "body",
            "--id-field", "id", "-f", "jsonl", "--quiet"]
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, *extra])
    assert one.exit_code == two.exit_code == 1  # the bad line is reported, the rest goes on
    assert "line 4: not valid JSON" in two.stderr
    lines_one, lines_two = one.stdout.splitlines(), two.stdout.splitlines()
    assert len(lines_one) == 9
    if "--unordered" in extra:
        lines_one, lines_two = sorted(lines_one), sorted(lines_two)
    assert lines_two == lines_one
    assert validate_output(one.stdout) == 9
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()][:4] == [
        "a0", "a1", "a2", "a3"]



def test_workers_read_files_themselves_with_the_same_result(tmp_path: Path) -> None:
    from thaiextract.cli.options import InputFormat
    from thaiextract.cli.sources import source_options, sources

    for src in make_sources(10):
        (tmp_path / src.name).write_text(src.text, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "empty").mkdir()
    paths = [str(tmp_path), str(tmp_path / "empty"), str(tmp_path / "missing.txt")]
    opts = source_options(None, 1_000_000, InputFormat.auto)
    deferred = list(sources(paths, opts, defer=True))
    assert sum(isinstance(s, batch.PathSource) for s in deferred) == 12  # 11 files, 1 missing
    read_here = [r.line() if isinstance(r, Failure) else r.to_dict()
                 for r in process(sources(paths, opts), jobs=1)]
    in_workers = [r.line() if isinstance(r, Failure) else r.to_dict()
                  for r in process(iter(deferred), jobs=2)]
    assert in_workers == read_here
    assert [x for x in read_here if isinstance(x, str)] == [
        f"{tmp_path / 'bad.txt'}: binary file (NUL bytes), not text",
        f"{tmp_path / 'empty'}: folder has no files matching *.txt, *.html, *.htm",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_progress_counts_the_records_of_a_jsonl_archive(archive: Path) -> None:
    run = cli_run.Run([str(archive)], False, cli_run.Reporter(), jobs=1)
    assert cli_run.count_inputs(run) == 10  # 9 records and the bad line, which is reported
    assert cli_run.count_inputs(cli_run.Run(["-"], False, cli_run.Reporter())) is None


def test_the_collector_paused_to_start_runs_again_after_the_first_document() -> None:
    import gc

    from thaiextract.batch import pause_collector_for_startup

    assert gc.isenabled()
    pause_collector_for_startup()
    assert not gc.isenabled()
    sources = [Source("a", "วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี กล่าว"),
               Source("b", "นางสาวมาลี สุขสันต์ เดินทางไปเชียงใหม่")]
    results = process(sources)
    first = next(results)
    try:
        assert gc.isenabled()
        assert [p["name"] for p in first.to_dict()["people"]] == ["สมชาย ใจดี"]
        assert next(results).source == "b"
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    import gc

    from thaiextract.batch import end_startup, pause_collector_for_startup

    gc.disable()
    try:
        pause_collector_for_startup()
        list(process([Source("a", "นายสมชาย ใจดี กล่าว")]))
        end_startup()
        assert not gc.isenabled()
    finally:
        gc.enable()
