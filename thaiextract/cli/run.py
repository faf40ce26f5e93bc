"""The one run loop of ``extract``, ``check`` and ``index``: same defaults everywhere.

- ``--jobs``: the number of cores by default, 1 for a single document; :mod:`thaiextract.batch`
  never starts more workers than documents or than twice the cores (said on stderr when an
  explicit ``--jobs`` was reduced, unless ``--quiet``).
- Progress: on stderr when it is a terminal, unless ``--quiet`` or the data itself goes to the
  same terminal; with a total, rate and ETA when the inputs can be counted cheaply (files; not
  stdin or JSONL archives).
- Errors: one line each, ``thaiextract: error: SOURCE: message``; the run goes on.
- The end: one summary line "N documents, M failed, T s" on stderr unless ``--quiet``, also when
  stderr is not a terminal. Exit codes are the commands' (see :mod:`.options`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import signals
from .options import InputFormat

PROGRESS_MIN_DOCS = 8  # the bar appears only once this many documents are done


class Reporter:
    """One-line messages on stderr; counts documents and failures for the summary and exit code."""

    def __init__(self, quiet: bool = False, debug: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.debug = debug
        if verbose:
            log_to_stderr()
        self.failures = 0
        self.documents = 0
        self.started = time.perf_counter()

    def error(self, line: str, detail: str | None = None) -> None:
        self.failures += 1
        self.write(f"thaiextract: error: {line}\n")
        if self.debug and detail:
            self.write(detail)

    def note(self, line: str) -> None:
        if not self.quiet:
            self.write(f"thaiextract: {line}\n")

    @staticmethod
    def write(text: str) -> None:
        sys.stderr.write(text)
        sys.stderr.flush()

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self, what: str | None = None) -> None:
        """The last line of a run (unless --quiet)."""
        docs = self.documents + self.failures
        line = what or (f"{docs} document{'s' if docs != 1 else ''}, {self.failures} failed")
        self.note(f"{line}, {self.seconds():.1f} s")


def log_to_stderr() -> None:
    """``-v``: the ``thaiextract`` logger at DEBUG, one line a record, on stderr."""
    import logging

    class ToStderr(logging.Handler):
        # Whatever sys.stderr is when the record comes (tests swap it), never a stale one.
        def emit(self, record: logging.LogRecord) -> None:
            sys.stderr.write(self.format(record) + "\n")

    logger = logging.getLogger("thaiextract")
    logger.setLevel(logging.DEBUG)
    if not any(type(h).__name__ == "ToStderr" for h in logger.handlers):
        handler = ToStderr()
        handler.setFormatter(logging.Formatter("thaiextract: %(name)s: %(message)s"))
        logger.addHandler(handler)


@dataclass
class Run:
    """What a command runs: its sources and the options every batch command shares."""

    paths: list[str]
    single: bool
    reporter: Reporter
    jobs: int | None = None
    document_date: Any = None
    only: tuple[str, ...] | None = None
    ordered: bool = True
    render: str | None = None
    data_on_terminal: bool = False  # the output goes to the terminal stderr would draw on
    input_format: InputFormat = InputFormat.auto
    source_options: dict[str, Any] = field(default_factory=dict)


def results(run: Run, sources: Iterable[Any]) -> Iterator[Any]:
    """The documents (or rendered lines) of ``sources``; failures are reported, not yielded."""
    from ..batch import Failure, process

    reporter = run.reporter
    jobs = run.jobs or (1 if run.single else os.cpu_count() or 1)
    stream: Iterator[Any] = process(
        sources, document_date=run.document_date, only=run.only, jobs=jobs,
        ordered=run.ordered, render=run.render,
        notice=reporter.note if run.jobs else None)
    if show_progress(run):
        stream = with_progress(stream, count_inputs(run))
    try:
        for result in stream:
            signals.check()
            if isinstance(result, Failure):
                reporter.error(result.line(), result.detail)
                continue
            reporter.documents += 1
            yield result
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()  # consumer gone: stop the pool now, not when garbage-collected


def show_progress(run: Run) -> bool:
    return (not run.reporter.quiet and not run.data_on_terminal and is_terminal(sys.stderr))


def stdout_is_terminal() -> bool:
    return is_terminal(sys.stdout)


def is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


COUNT_JSONL_BYTES = 256 * 1024 * 1024  # count an archive's records first up to this size


def count_inputs(run: Run) -> int | None:
    """How many documents there will be, when that is cheap to know: files in folders, and the
    records of JSON Lines archives up to ``COUNT_JSONL_BYTES`` (a pass over their lines, much
    faster than extraction); None for stdin or a larger archive."""
    import os

    from ..read import DEFAULT_GLOBS, expand_paths

    if "-" in run.paths:
        return None
    count = 0
    globs = run.source_options.get("globs") or DEFAULT_GLOBS
    for path in expand_paths(run.paths, globs):
        jsonl = (run.input_format == InputFormat.jsonl
                 or str(path).lower().endswith((".jsonl", ".ndjson")))
        if not jsonl or os.path.isdir(path):
            count += 1
            continue
        records = _records(str(path))
        if records is None:
            return None
        count += records
    return count


def _records(path: str) -> int | None:
    import os

    try:
        if os.path.getsize(path) > COUNT_JSONL_BYTES:
            return None
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # reading it will fail: one error line


def with_progress(results: Iterator[Any], total: int | None,
                  min_docs: int = PROGRESS_MIN_DOCS) -> Iterator[Any]:
    """Pass ``results`` through; after ``min_docs`` of them, show a bar on stderr."""
    from ..batch import Failure

    start = time.perf_counter()
    count = failed = 0
    try:
        for result in results:
            count += 1
            failed += isinstance(result, Failure)
            yield result
            if count >= min_docs:
                break
        else:
            return
        yield from _bar(results, start, count, failed, total)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _bar(results: Iterator[Any], start: float, count: int, failed: int,
         total: int | None) -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from ..batch import Failure

    # stdout carries the data; the bar lives on stderr only. No spinner: the last frame stays.
    columns: list[Any] = [TextColumn("{task.completed} documents")]
    if total:
        columns = [BarColumn(), MofNCompleteColumn(), TextColumn("documents")]
    columns += [TextColumn("{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn()]
    if total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(file=sys.stderr), transient=False,
                  redirect_stdout=False, redirect_stderr=True) as bar:
        task = bar.add_task("run", total=total, completed=count, failed=failed,
                            rate=count / max(time.perf_counter() - start, 1e-9))
        for result in results:
            count += 1
            failed += isinstance(result, Failure)
            bar.update(task, completed=count, failed=failed,
                       rate=count / max(time.perf_counter() - start, 1e-9))
            yield result
