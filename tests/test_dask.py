"""Dask: a real two-worker LocalCluster gives the single-process results, document for document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from thaiextract import dask as tdask
from thaiextract.batch import Failure, process
from thaiextract.cli import app
from thaiextract.read import iter_jsonl, iter_sources

distributed = pytest.importorskip("dask.distributed")

ARTICLES = [
    "กรุงเทพฯ 15 มกราคม 2567 - นายสมศักดิ์ วงศ์ประเสริฐ อธิบดีกรมประชาสัมพันธ์ เปิดเผยว่า "
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม จะจัดการประชุมคณะกรรมการในวันที่ 20 มกราคม 2567\n",
    "วันนี้ (๑๒ มิถุนายน ๒๕๖๓) ที่ทำเนียบรัฐบาล คณะรัฐมนตรีมีมติเห็นชอบโครงการเราเที่ยวด้วยกัน "
    "โดยสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) เป็นผู้เสนอ\n",
    "นางสาวสุภาพร ใจงาม ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า จังหวัดได้เปิดศูนย์ช่วยเหลือ"
    "ผู้ประสบภัยน้ำท่วมตั้งแต่วันที่ 3 ตุลาคม 2565 เป็นต้นไป\n",
]
runner = CliRunner()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture
def corpus(tmp_path: Path, samples: Path) -> dict[str, Path]:
    """Files in a folder (one undecodable), and a JSONL archive with bad lines."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(ARTICLES * 2):
        (folder / f"n{i}.txt").write_text(f"ข่าวที่ {i}\n{text}", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "adgmin.txt").write_text((samples / "adgmin-2022.txt").read_text("utf-8"), "utf-8")
    archive = tmp_path / "archive.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"{i}. {t}"}, ensure_ascii=False)
             for i, t in enumerate(ARTICLES * 3)]
    lines[2] = "{broken json"
    lines[5] = json.dumps({"text": ARTICLES[0]}, ensure_ascii=False)  # no id: "line 6"
    lines.insert(7, "")
    lines.append(json.dumps({"id": "x", "body": "ไม่มีช่อง text"}, ensure_ascii=False))
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"folder": folder, "archive": archive, "empty": tmp_path / "empty"}


def single_process(paths: list[str]) -> tuple[list[dict], list[str]]:
    docs, failures = [], []
    for result in process(iter_sources(paths), jobs=1):
        if isinstance(result, Failure):
            failures.append(result.line())
        else:
            docs.append(json.loads(json.dumps(result.to_dict(), ensure_ascii=False)))
    return docs, failures


@pytest.mark.parametrize(
    ("files_per_partition", "jsonl_bytes"),
    [(2, 600), (64, 1 << 22)],
    ids=["many-small-partitions", "one-partition-per-input"],
)
def test_cluster_results_equal_single_process(
    client: object, corpus: dict[str, Path], tmp_path: Path, files_per_partition: int,
    jsonl_bytes: int,
) -> None:
    corpus["empty"].mkdir()
    paths = [str(corpus["folder"]), str(corpus["archive"]), str(corpus["empty"])]
    expected_docs, expected_failures = single_process(paths)
    out = tmp_path / "out"
    summary = tdask.extract_to_folder(paths, out, client=client,
                                      files_per_partition=files_per_partition,
                                      jsonl_bytes_per_partition=jsonl_bytes)
    got = list(tdask.read_parts(out))
    assert len(got) == len(expected_docs) == 7 + 8
    assert got == expected_docs
    assert [f.line() for f in summary.failures] == expected_failures
    assert summary.documents == len(got)
    assert sorted(p.name for p in out.iterdir()) == [
        f"part-{i:05d}.jsonl" for i in range(len(summary.parts))]
    if files_per_partition == 2:
        assert len(summary.parts) >= 6
    # The document facts are not all empty: the comparison means something.
    assert any(doc["dates"] for doc in got)


@pytest.mark.parametrize("chunk", [1, 100, 450, 1 << 20], ids=["1B", "100B", "450B", "1MB"])
def test_jsonl_byte_ranges_read_like_iter_jsonl(corpus: dict[str, Path], chunk: int) -> None:
    path = str(corpus["archive"])
    options = {"text_field": "text", "id_field": "id", "max_bytes": 10_000}
    tasks = list(tdask._jsonl_tasks(path, chunk))
    # The ranges tile the file exactly.
    assert tasks[0][2] == 0 and tasks[-1][3] == corpus["archive"].stat().st_size
    assert all(a[3] == b[2] for a, b in pairwise(tasks))
    got = [src for task in tasks for src in tdask._task_sources(task, options)]
    assert got == list(iter_jsonl(path, text_field="text", id_field="id", max_bytes=10_000))
    assert [s.id for s in got][:4] == ["r0", "r1", "line 3", "r3"]
    assert got[2].error == "not valid JSON"
    assert got[-1].error == "no 'text' field"


def test_cli_scheduler_writes_parts(client: object, corpus: dict[str, Path],
                                    tmp_path: Path) -> None:
    out = tmp_path / "parts"
    result = runner.invoke(app, ["extract", str(corpus["archive"]), "--scheduler",
                                 client.scheduler.address, "--output", str(out)])
    assert result.exit_code == 1  # two bad lines, reported on stderr; the rest is written
    assert "archive.jsonl#line 3: not valid JSON" in result.stderr
    assert result.stdout == ""
    expected, _ = single_process([str(corpus["archive"])])
    assert list(tdask.read_parts(out)) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:1"], "give --output DIR"),
        (["--scheduler", "tcp://127.0.0.1:1", "-o", "-"], "give --output DIR"),
    ],
    ids=["no-output", "stdout-output"],
)
def test_cli_scheduler_usage_errors(corpus: dict[str, Path], args: list[str],
                                    message: str) -> None:
    result = runner.invoke(app, ["extract", str(corpus["archive"]), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_missing_dask_is_one_clear_line(corpus: dict[str, Path], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise ModuleNotFoundError("dask")

    monkeypatch.setattr(tdask, "_import_dask_bag", missing)
    result = runner.invoke(app, ["extract", str(corpus["archive"]), "--scheduler",
                                 "tcp://127.0.0.1:1", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr == (
        "thaiextract: error: --scheduler needs Dask; install it with "
        "pip install 'thaiextract[dask]'\n")


def test_records_in_memory(client: object, tmp_path: Path) -> None:
    records = [{"id": f"m{i}", "text": t} for i, t in enumerate(ARTICLES)] + [{"id": "bad"}]
    summary = tdask.extract_to_folder(records, tmp_path / "o", client=client,
                                      files_per_partition=2)
    got = list(tdask.read_parts(tmp_path / "o"))
    assert [d["id"] for d in got] == ["m0", "m1", "m2"]
    assert [f.line() for f in summary.failures] == ["<record>#bad: no 'text' text field"]
