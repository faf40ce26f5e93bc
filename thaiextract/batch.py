"""Batch runs: sources in, documents (or failures) out, streamed, on one or several cores.

Failures never stop a batch: a source that cannot be read, a document whose extraction raised, or
one that crashed its worker process, comes out as a :class:`Failure` and the caller reports it
and carries on.

With ``jobs > 1`` documents run in a pool of worker processes, sent in small chunks. At most
``IN_FLIGHT_PER_JOB × jobs`` chunks are in the pool and ``× CHUNK_DOCS`` documents are read ahead
of the output (queued, running, or waiting in the reorder buffer), so memory stays flat however
large the corpus is. Workers are forked after the parent has built the lexicon automata (they
are ``lru_cache``-d module state), so each worker starts warm. ``jobs=1`` runs in this process.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from .model import Document
from .read import Source

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

IN_FLIGHT_PER_JOB = 4  # tasks queued or running per worker
CHUNK_DOCS = 8  # documents per task at most …
CHUNK_CHARS = 32_000  # … and characters (a long article travels alone)
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# The signals that stop a run (the CLI handles all three like Ctrl-C).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))
# Made-up text that takes the extractors down most of their paths (a headline, a dateline, a
# minister and a ministry's short form, a meeting, schemes, a company, a bare given name, a
# glued unknown name, a furniture line), so that warm_up builds their tables, regexes and word
# sets once, before the workers fork, instead of each worker on its first documents (measured
# ≈0.1 s a worker after the old one-sentence text). No line of a real article.
WARM_TEXT = (
    "พาณิชย์ประชุมติดตามโครงการ\n"
    "กรุงเทพฯ 12 มิ.ย. 2563 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ "
    "เป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 2/2563 ณ "
    "ห้องประชุมสำนักงานปลัดกระทรวงพาณิชย์ เพื่อติดตามโครงการคนละครึ่ง "
    "และเปิดตัวโครงการ “ชุมชนยั่งยืน” ร่วมกับบริษัท ไทยพัฒนา จำกัด (มหาชน) "
    "เมื่อวันที่ 10 มิถุนายน 2563 ที่ผ่านมา\n"
    "ด้าน ผศ.ดร.สมศรี มีสุข ผู้อำนวยการกองนโยบาย มหาวิทยาลัยเชียงใหม่ กล่าวว่า "
    "รมช.เกษตรฯ และ ก.แรงงาน จะจัดงานสัมมนาวิชาการ ณ โรงแรมเซ็นทรัล ในวันพรุ่งนี้ "
    "พร้อมลงนามบันทึกความเข้าใจ (MOU) กับ กทม. ภายใต้แผนพัฒนาเศรษฐกิจ ปี 2564 "
    "ซึ่งเป็นมาตรการเร่งด่วน ขณะที่นายสมชายปฏิเสธจะให้ความเห็น "
    "และนาวัลนีขณะกำลังจะเดินทาง\n"
    "นายโอภาสวิน กล่าวว่า ต้องรอแต่ละพื้นที่ครบ 21 วัน ผ่านศูนย์ Smart Farm Center "
    "ซึ่งจัดขึ้นเมื่อเดือนตุลาคม 2562 "
    "เพื่อสนับสนุนโครงการเชิงยุทธศาสตร์/โครงการสำคัญระดับประเทศ\n"
    "อ่านเพิ่มเติม\n"
)


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    id: str | None
    message: str
    detail: str | None = None  # traceback, shown with --debug

    def line(self) -> str:
        where = f"{self.source}#{self.id}" if self.id else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Rendered:
    """A document already written out in an output format (``render="jsonl"``): workers send
    this one line instead of the Document, which the parent would unpickle and serialise.

    The line travels as its UTF-8 bytes (``data``): the parent writes them as they are, instead
    of decoding ≈17 MB of text per 2,000 articles from the pipe and encoding it again for stdout
    (≈45 ms of its CPU, which --jobs cannot spread). A line that does not encode (a lone
    surrogate) travels as text in ``text``, so the output stream's own error handling applies.
    """

    source: str
    id: str | None
    data: bytes | None  # the line (one JSON object and its newline) in UTF-8, or None
    text: str | None = None  # the line, when it has no UTF-8 form

    @property
    def line(self) -> str:
        """The line as the jsonl writer writes it."""
        return self.data.decode("utf-8") if self.data is not None else self.text or ""

    @classmethod
    def of(cls, source: str, id: str | None, line: str) -> Rendered:
        try:
            return cls(source, id, line.encode("utf-8"))
        except UnicodeEncodeError:
            return cls(source, id, None, line)


@dataclass(frozen=True, slots=True)
class PathSource:
    """A file read where it is extracted: with ``--jobs`` the parent sends the worker a path,
    not the text, so that reading and decoding run in parallel and the parent stays light.

    ``read`` holds the keyword arguments of :func:`thaiextract.read.read_path`; ``size`` (bytes,
    from the parent's stat) only sizes the chunks sent to workers.
    """

    path: str
    read: tuple[tuple[str, Any], ...] = ()
    size: int = 0

    @property
    def name(self) -> str:
        return self.path

    @property
    def id(self) -> None:
        return None

    @property
    def error(self) -> None:  # never known before reading: reading captures every error
        return None

    def source(self) -> Source:
        from .read import read_path

        return read_path(self.path, **dict(self.read))


Result = Document | Rendered | Failure
Input = Source | PathSource
RENDERERS = ("jsonl",)


def render_jsonl(doc: Document) -> Rendered:
    return Rendered.of(doc.source, doc.id, json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


class _Startup:
    paused = False  # the collector was paused by pause_collector_for_startup, not resumed yet


def pause_collector_for_startup() -> None:
    """Pause the collector while a process starts (the command line calls this first thing;
    pipeline.py tunes it for long documents).

    Starting builds modules, lexicon rows, word sets (≈130,000 entries) and automata that live as
    long as the process; the collections their allocation triggers walk them again and again
    (≈5 % of a one-article run's instructions) and free nothing. :func:`end_startup` resumes it."""
    if gc.isenabled():
        gc.disable()
        _Startup.paused = True


def end_startup() -> None:
    """Resume what :func:`pause_collector_for_startup` paused (after a run's first document, or
    before a batch forks its workers), freezing what was built so far: it lives as long as the
    process, so no later collection needs to walk it. Nothing if nothing was paused."""
    if _Startup.paused:
        _Startup.paused = False
        gc.freeze()
        gc.enable()


def process_source(
    src: Input, *, document_date: dt.date | None = None, only: tuple[str, ...] | None = None,
    render: str | None = None,
) -> Result:
    """Extract one source; any error becomes a Failure (never an exception).

    ``render="jsonl"``: return the document's JSON Lines line (:class:`Rendered`) instead.
    """
    if isinstance(src, PathSource):
        src = src.source()
    if src.error:
        return Failure(src.name, src.id, src.error)
    from .pipeline import NoArticleText, extract_source

    try:
        doc = extract_source(src, document_date=document_date, only=only)
        return render_jsonl(doc) if render == "jsonl" else doc
    except NoArticleText as empty:
        return Failure(src.name, src.id, str(empty))
    except Exception as exc:  # one document's bug must not end the batch
        return Failure(src.name, src.id, f"internal error: {type(exc).__name__}: {exc}",
                       traceback.format_exc())


def max_jobs() -> int:
    """The most workers worth starting: twice the cores (more only thrash and eat memory)."""
    return 2 * (os.cpu_count() or 1)


def process(
    sources: Iterable[Input], *, document_date: dt.date | None = None,
    only: tuple[str, ...] | None = None, jobs: int = 1, ordered: bool = True,
    render: str | None = None, notice: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """Results for ``sources``, streamed: in input order, or as they finish with ``ordered=False``.

    ``jobs=1`` runs in this process. Never more workers than documents or than
    :func:`max_jobs`; ``notice`` is told in one line when ``jobs`` was reduced. ``render="jsonl"``
    yields :class:`Rendered` lines instead of Documents, serialised where the document was
    extracted (in the workers with ``jobs > 1``).
    """
    if render is not None and render not in RENDERERS:
        raise ValueError(f"cannot render {render!r}; choose from {', '.join(RENDERERS)}")
    it = iter(sources)
    # Read as many documents as there would be workers: a short run starts only the workers
    # it can use, and a run of one document never pays for a pool.
    wanted = min(jobs, max_jobs())
    head = list(islice(it, wanted)) if jobs > 1 else []
    workers = len(head)
    if workers < jobs and jobs > 1 and notice is not None:
        why = (f"{workers} document{'s' if workers != 1 else ''}" if workers < wanted
               else f"{os.cpu_count() or 1} core{'s' if (os.cpu_count() or 1) != 1 else ''} × 2")
        notice(f"--jobs {jobs} reduced to {workers} ({why})")
    it = chain(head, it)
    if workers <= 1:
        for src in it:
            result = process_source(src, document_date=document_date, only=only, render=render)
            end_startup()  # the first document built what every later one uses
            yield result
        return
    yield from _parallel(it, jobs=workers, ordered=ordered,
                         options={"document_date": document_date, "only": only,
                                  "render": render})


# --- worker pool -----------------------------------------------------------------------------


def _worker_init(parent: int) -> None:
    # Ctrl-C goes to the whole process group: the parent alone decides how to stop; SIGTERM and
    # SIGHUP get the default (die), since the parent's handlers were inherited through fork.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in STOP_SIGNALS[1:]:
        signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them (_submit)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """Make the kernel kill this process when its parent dies (even by SIGKILL), on Linux.

    Elsewhere a worker outlives a killed parent only until its next read of the task pipe.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _work(sources: list[Input], options: dict[str, Any]) -> list[Result]:
    return [process_source(src, **options) for src in sources]


def warm_up(only: tuple[str, ...] | None = None) -> None:
    """Build what every document needs (lexicon automata, compiled regexes) in this process.

    Called before forking workers so they share it (copy-on-write) instead of each building it;
    ``gc.freeze`` keeps the collector from touching, and so copying, those pages.
    """
    import logging  # here: a one-article run never warms up, nor needs the module

    from .corpus import use_word_automaton

    use_word_automaton()
    # The warm-up is no document of the user's: what the stages log about it (a dropped
    # furniture line) must not show in a --verbose run.
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        process_source(Source("<warm-up>", WARM_TEXT), only=only, render="jsonl")
    finally:
        logging.disable(previous)
    # No gc.collect() first: the warm-up leaves no cyclic garbage (a collect here finds 0 of
    # ≈20,000 tracked objects) and its 13–20 ms run before the fork, when one core idles.
    gc.freeze()
    end_startup()  # workers collect as usual (a command line paused it to start)


def _fork_context() -> Any:
    import multiprocessing

    # fork: workers inherit the warm caches and start in milliseconds. Elsewhere, the default.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    # Imported here: concurrent.futures.process pulls in multiprocessing, which a one-article
    # run does not need (cold start).
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=_fork_context(),
                               initializer=_worker_init, initargs=(os.getpid(),))


def _submit(pool: ProcessPoolExecutor, sources: list[Input],
            options: dict[str, Any]) -> Future[list[Result]]:
    """``pool.submit``, with the stop signals held meanwhile: a submit may fork the workers, and a
    handler that raises inside the fork's bookkeeping (logging's at-fork hooks) is lost."""
    if not hasattr(signal, "pthread_sigmask"):
        return pool.submit(_work, sources, options)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        return pool.submit(_work, sources, options)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a held signal is delivered here


def _parallel(
    sources: Iterator[Input], *, jobs: int, ordered: bool, options: dict[str, Any],
) -> Iterator[Result]:
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    warm_up(options.get("only"))
    max_tasks = IN_FLIGHT_PER_JOB * jobs
    max_window = max_tasks * CHUNK_DOCS
    pool = _new_pool(jobs)
    # Each task is a chunk of documents with their places in the input.
    running: dict[Future[list[Result]], list[tuple[int, Input]]] = {}
    finished: dict[int, Result] = {}  # the reorder buffer in ordered mode
    next_in = next_out = submitted = 0
    exhausted = False
    try:
        while True:
            # Top up. The window counts every document read but not yet yielded (running or
            # buffered), so a slow document at the head of an ordered run cannot make the
            # reorder buffer grow.
            while not exhausted and len(running) < max_tasks and next_in - next_out < max_window:
                # The first tasks hold one document each, so that a short run still spreads
                # over every worker; later ones hold several, which cuts the per-task cost
                # (pickling, pipes, futures) that the parent pays alone.
                size = 1 if submitted < 2 * jobs else CHUNK_DOCS
                chunk: list[tuple[int, Input]] = []
                chars = 0
                while len(chunk) < size and chars < CHUNK_CHARS and next_in - next_out < max_window:
                    src = next(sources, None)
                    if src is None:
                        exhausted = True
                        break
                    if src.error:  # nothing to compute: keep its place without a round trip
                        finished[next_in] = Failure(src.name, src.id, src.error)
                    else:
                        chunk.append((next_in, src))
                        chars += src.size if isinstance(src, PathSource) else len(src.text)
                    next_in += 1
                if chunk:
                    running[_submit(pool, [src for _, src in chunk], options)] = chunk
                    submitted += 1
            if ordered:
                while next_out in finished:
                    yield finished.pop(next_out)
                    next_out += 1
            else:
                for seq in sorted(finished):
                    yield finished.pop(seq)
                    next_out += 1
            if not running:
                if exhausted:
                    return
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                for (seq, _), result in zip(running.pop(future), results, strict=True):
                    finished[seq] = result
            if broken:
                # A worker died (segfault, OOM kill, os._exit). Every document still in the
                # pool is a suspect: rerun each alone in a fresh pool to find the culprit.
                suspects = sorted(item for chunk in running.values() for item in chunk)
                running.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(jobs)
                for seq, src in suspects:
                    finished[seq], pool = _run_alone(pool, jobs, src, options)
    finally:
        # Normal end, consumer gone (closed pipe) or Ctrl-C: drop queued work, let the
        # documents already running finish (milliseconds), and leave no process behind.
        for future in running:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _run_alone(
    pool: ProcessPoolExecutor, jobs: int, src: Input, options: dict[str, Any],
) -> tuple[Result, ProcessPoolExecutor]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return _submit(pool, [src], options).result()[0], pool
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        return (Failure(src.name, src.id, "internal error: the worker process crashed on this "
                        "document"), _new_pool(jobs))
