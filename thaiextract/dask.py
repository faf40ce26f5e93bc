"""Run extraction on a Dask cluster: a ``dask.bag`` over files or JSONL records → JSONL parts.

Needs the optional extra: ``pip install 'thaiextract[dask]'``. The core package never imports
this module. Example::

    from dask.distributed import Client
    from thaiextract.dask import extract_to_folder

    summary = extract_to_folder(["archive.jsonl"], "facts/", client=Client("tcp://HOST:8786"))
    # facts/part-00000.jsonl, part-00001.jsonl, … in input order; summary.failures

Each partition is a slice of the input: a batch of files, or a byte range of a JSONL archive
(cut at line ends by a streaming scan here, so no record passes through the client). Workers
read their own slice, run the same :func:`thaiextract.batch.process_source` as the CLI, and write
``part-NNNNN.jsonl`` themselves; only counts and failures come back. Concatenating the parts in
name order gives the same lines as ``thaiextract extract ... -f jsonl`` in one process. The output
folder must be visible to every worker (a shared file system) when the cluster spans machines.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .read import (
    DEFAULT_GLOBS,
    DEFAULT_MAX_BYTES,
    FolderProblem,
    Source,
    expand_paths,
    jsonl_line_source,
    looks_like_html,
    read_path,
)

if TYPE_CHECKING:
    from .batch import Failure

FILES_PER_PARTITION = 64
JSONL_BYTES_PER_PARTITION = 4 * 1024 * 1024
PART_NAME = "part-{:05d}.jsonl"
MISSING = "--scheduler needs Dask; install it with pip install 'thaiextract[dask]'"


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run produced: the part files, the number of documents, the failures."""

    parts: tuple[str, ...]
    documents: int
    failures: tuple[Failure, ...] = field(default=())


# A task is a slice of the input, small enough to describe in a few bytes:
#   ("files", (path, ...))  or  ("jsonl", path, byte_start, byte_end, first_line_number)
Task = tuple[Any, ...]


def plan(
    inputs: Iterable[str | Source | dict[str, Any]], *, globs: Iterable[str] = DEFAULT_GLOBS,
    input_format: str = "auto", files_per_partition: int = FILES_PER_PARTITION,
    jsonl_bytes_per_partition: int = JSONL_BYTES_PER_PARTITION, text_field: str = "text",
    id_field: str | None = "id", hidden: bool = False,
) -> Iterator[Task]:
    """Cut the input into partition tasks, in input order.

    ``inputs`` are paths (files, folders, JSONL archives) or in-memory records (``Source``, or
    dicts with ``text_field`` and ``id_field``), which travel inside their task.
    """
    files: list[str] = []
    records: list[Source] = []

    def flush() -> Iterator[Task]:
        if files:
            yield ("files", tuple(files))
            files.clear()
        if records:
            yield ("records", tuple(records))
            records.clear()

    globs = tuple(globs)
    for item in inputs:
        if not isinstance(item, str):
            if files:
                yield from flush()
            records.append(_as_source(item, text_field, id_field))
            if len(records) >= files_per_partition:
                yield from flush()
            continue
        if item == "-":
            raise ValueError("stdin cannot be sent to a Dask cluster; give files or folders")
        for path in expand_paths([item], globs, hidden=hidden):
            is_jsonl = input_format == "jsonl" or (
                input_format == "auto" and path.lower().endswith((".jsonl", ".ndjson"))
            )
            if is_jsonl and os.path.isfile(path):
                yield from flush()
                yield from _jsonl_tasks(path, jsonl_bytes_per_partition)
                continue
            if records:
                yield from flush()
            if isinstance(path, FolderProblem):  # nothing matched, or it could not be read
                records.append(Source(str(path), error=path.message))
                yield from flush()
                continue
            files.append(str(path))  # a missing or unreadable file fails in the worker
            if len(files) >= files_per_partition:
                yield from flush()
    yield from flush()


def _as_source(item: Source | dict[str, Any], text_field: str, id_field: str | None) -> Source:
    if isinstance(item, Source):
        return item
    text = item.get(text_field)
    rec_id = item.get(id_field) if id_field else None
    rec_id = str(rec_id) if rec_id is not None else None
    if not isinstance(text, str):
        return Source("<record>", id=rec_id, error=f"no {text_field!r} text field")
    return Source("<record>", text, "utf-8", looks_like_html("", text), rec_id)


def _jsonl_tasks(path: str, chunk_bytes: int) -> Iterator[Task]:
    """Byte ranges of ``path`` cut at line ends, with the number of each range's first line."""
    start = pos = 0
    line = first_line = 1
    with open(path, "rb") as handle:
        for raw in handle:  # streamed: memory is one line, not the file
            pos += len(raw)
            line += 1
            if pos - start >= chunk_bytes:
                yield ("jsonl", path, start, pos, first_line)
                start, first_line = pos, line
    if pos > start:
        yield ("jsonl", path, start, pos, first_line)


def _task_sources(task: Task, options: dict[str, Any]) -> Iterator[Source]:
    kind = task[0]
    if kind == "records":
        yield from task[1]
    elif kind == "files":
        for path in task[1]:
            yield read_path(path, max_bytes=options["max_bytes"],
                            encoding=options.get("encoding"))
    else:
        _, path, start, end, first_line = task
        yield from _jsonl_range(path, start, end, first_line, options)


def _jsonl_range(
    path: str, start: int, end: int, first_line: int, options: dict[str, Any],
) -> Iterator[Source]:
    """The records in bytes ``[start, end)`` of ``path``, as ``read.iter_jsonl`` makes them.

    Same ids ("line N" when a record has none) and the same messages, so a Dask run reports
    what a single-process run reports; ``tests/test_dask.py`` checks the two agree.
    """
    text_field, id_field = options["text_field"], options["id_field"]
    max_bytes = options["max_bytes"]
    with open(path, "rb") as handle:
        handle.seek(start)
        number, pos = first_line - 1, start
        while pos < end:
            raw = handle.readline()
            if not raw:
                break
            pos += len(raw)
            number += 1
            source = jsonl_line_source(path, raw, number, text_field=text_field,
                                       id_field=id_field, max_bytes=max_bytes,
                                       encoding=options.get("encoding"))
            if source is not None:
                yield source


def _run_partition(item: tuple[int, Task], output_dir: str,
                   options: dict[str, Any]) -> dict[str, Any]:
    """Worker side: extract one partition and write its part file; return counts and failures."""
    from .batch import Failure, process_source
    from .render.jsonl_writer import Writer

    index, task = item
    final = os.path.join(output_dir, PART_NAME.format(index))
    tmp = final + ".tmp"
    documents, failures = 0, []
    with open(tmp, "w", encoding="utf-8") as handle:
        writer = Writer(handle)
        for src in _task_sources(task, options):
            result = process_source(src, document_date=options["document_date"],
                                    only=options["only"])
            if isinstance(result, Failure):
                failures.append((result.source, result.id, result.message, result.detail))
            else:
                writer.write(result)
                documents += 1
        writer.close()
    os.replace(tmp, final)  # a part appears whole or not at all
    return {"part": final, "documents": documents, "failures": failures}


def extract_to_folder(
    inputs: Iterable[str | Source | dict[str, Any]], output_dir: str | os.PathLike[str], *,
    client: Any = None, scheduler: str | None = None, document_date: dt.date | None = None,
    only: tuple[str, ...] | None = None, globs: Iterable[str] = DEFAULT_GLOBS,
    max_bytes: int = DEFAULT_MAX_BYTES, input_format: str = "auto", text_field: str = "text",
    id_field: str | None = "id", files_per_partition: int = FILES_PER_PARTITION,
    jsonl_bytes_per_partition: int = JSONL_BYTES_PER_PARTITION, connect_timeout: str = "10s",
    encoding: str | None = None, hidden: bool = False,
) -> Summary:
    """Extract every document behind ``inputs`` on Dask; write ``part-NNNNN.jsonl`` files.

    ``client``: a ``dask.distributed.Client``; or ``scheduler``: its address
    (``tcp://HOST:8786``), connected for this call; neither: Dask's default scheduler.
    Parts already in ``output_dir`` from an earlier run are removed first.
    """
    bag_module = require_dask()
    own_client = None
    if client is None and scheduler:
        from dask.distributed import Client

        # Connect first: a wrong address fails before anything is written.
        client = own_client = Client(scheduler, timeout=connect_timeout)
    try:
        out = Path(output_dir)
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("part-*.jsonl"):
            old.unlink()
        globs = tuple(globs)
        tasks = list(enumerate(plan(inputs, globs=globs, input_format=input_format,
                                    files_per_partition=files_per_partition,
                                    jsonl_bytes_per_partition=jsonl_bytes_per_partition,
                                    text_field=text_field, id_field=id_field,
                                    hidden=hidden)))
        if not tasks:
            return Summary((), 0, ())
        options = {"document_date": document_date, "only": only, "globs": globs,
                   "max_bytes": max_bytes, "text_field": text_field, "id_field": id_field,
                   "encoding": encoding}
        # One task a partition: the bag's order is the input order, and so are the part numbers.
        bag = bag_module.from_sequence(tasks, npartitions=len(tasks))
        summaries = bag.map(_run_partition, str(out.resolve()), options)
        # Without a client, Dask's default scheduler for bags (local processes).
        results = summaries.compute(**({"scheduler": client} if client is not None else {}))
    finally:
        if own_client is not None:
            own_client.close()
    return _summary(results)


def _summary(results: list[dict[str, Any]]) -> Summary:
    from .batch import Failure

    failures = tuple(Failure(*f) for r in results for f in r["failures"])
    return Summary(tuple(r["part"] for r in results), sum(r["documents"] for r in results),
                   failures)


def require_dask() -> Any:
    """``dask.bag``, or a ModuleNotFoundError whose message says how to install it."""
    try:
        return _import_dask_bag()
    except ImportError:
        raise ModuleNotFoundError(MISSING) from None


def _import_dask_bag() -> Any:
    import dask.bag

    return dask.bag


def read_parts(output_dir: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The documents of a finished run, in input order."""
    for part in sorted(Path(output_dir).glob("part-*.jsonl")):
        with open(part, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)
