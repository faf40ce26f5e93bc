"""Speed and memory benchmark: thaiextract against pythainlp newmm on the same text, same run.

    python bench/speed.py               # 2,000 documents (bench/corpus.py), every measurement
    python bench/speed.py --quick       # 300 documents, fewer repeats: a smoke run
    python bench/speed.py --docs 5000

Measured, in this order and on the same documents:
  (a) pythainlp ``word_tokenize(engine="newmm")`` on each document (the reference);
  (b) thaiextract full extraction, one process, through ``batch.process`` as the CLI runs it
      for ``-f jsonl`` (reading the JSONL archive and serialising each document to its JSON
      line included: ``render="jsonl"``, done in the worker processes with ``--jobs``);
  (c) the same with ``jobs=2``;
  cold start: wall time of ``thaiextract extract samples/adgmin-2022.txt -f jsonl`` (median);
  peak memory: the CLI on the archive with ``--jobs 2``, peak RSS of the whole process tree,
  at two corpus sizes, to show it does not grow with the number of documents.
Timings are the best of ``--repeat`` runs (the least disturbed by other load).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

SAMPLE = ROOT / "samples" / "adgmin-2022.txt"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    return measure(repeat, run)[0]


def measure(repeat: int, run: Callable[[], object]) -> tuple[float, float, float]:
    """Best wall time of ``repeat`` runs, with the CPU seconds of this process and of its
    children (worker processes) in that run."""
    best = (float("inf"), 0.0, 0.0)
    for _ in range(repeat):
        before, start = os.times(), time.perf_counter()
        run()
        wall, after = time.perf_counter() - start, os.times()
        own = after.user - before.user + after.system - before.system
        children = (after.children_user - before.children_user
                    + after.children_system - before.children_system)
        best = min(best, (wall, own, children))
    return best


def _burn(n: int = 3_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def parallel_capacity(jobs: int = 2) -> float:
    """How much faster ``jobs`` busy loops run side by side than one after another.

    About ``jobs`` on idle dedicated cores; less on a shared or busy machine, where no program
    can scale further, so (c) is to be read against it.
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_burn, [10] * jobs))  # start the workers outside the timing
        serial = best_of(3, lambda: [_burn() for _ in range(jobs)])
        parallel = best_of(3, lambda: list(pool.map(_burn, [3_000_000] * jobs)))
    return serial / parallel


def newmm(texts: list[str]) -> Callable[[], object]:
    from pythainlp.tokenize import word_tokenize

    word_tokenize("อุ่นเครื่อง", engine="newmm")  # load the dictionary outside the timing

    def run() -> None:
        for text in texts:
            word_tokenize(text, engine="newmm")

    return run


def extraction(path: Path, jobs: int) -> Callable[[], object]:
    from thaiextract.batch import Failure, process
    from thaiextract.read import iter_sources

    def run() -> None:
        failures = 0
        sink = io.StringIO()  # the CLI writes each line to its output stream
        for result in process(iter_sources([str(path)]), jobs=jobs, render="jsonl"):
            if isinstance(result, Failure):
                failures += 1
                continue
            sink.write(result.line)
            sink.seek(0)
        if failures:
            raise SystemExit(f"{failures} documents failed: fix before measuring")

    return run


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("thaiextract")
    return [str(script)] if script.exists() else [sys.executable, "-m", "thaiextract"]


def cold_start(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*cli_command(), "extract", str(SAMPLE), "-f", "jsonl"], check=True,
                       stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def peak_rss(path: Path, jobs: int) -> tuple[float, float]:
    """Peak RSS (MB) of the CLI run on ``path``: whole process tree, and its largest process."""
    try:
        import psutil
    except ImportError:  # psutil comes with the dask extra; without it, the largest process
        import resource

        subprocess.run([*cli_command(), "extract", str(path), "--jobs", str(jobs), "-f",
                        "jsonl", "-q"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return float("nan"), peak
    proc = subprocess.Popen([*cli_command(), "extract", str(path), "--jobs", str(jobs), "-f",
                             "jsonl", "-q"], stdout=subprocess.DEVNULL, cwd=ROOT)
    parent = psutil.Process(proc.pid)
    tree_peak = single_peak = 0.0
    while proc.poll() is None:
        try:
            members = [parent, *parent.children(recursive=True)]
            sizes = []
            for member in members:
                with contextlib.suppress(psutil.NoSuchProcess):  # a worker may just have ended
                    sizes.append(member.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        tree_peak = max(tree_peak, sum(sizes))
        single_peak = max(single_peak, max(sizes, default=0))
        time.sleep(0.02)
    if proc.returncode:
        raise SystemExit(f"CLI run failed with exit code {proc.returncode}")
    return tree_peak / 1e6, single_peak / 1e6


def row(name: str, seconds: float, chars: int, docs: int) -> str:
    return (f"{name:<44} {seconds:8.2f} s {chars / seconds / 1e6:9.2f} M chars/s "
            f"{docs / seconds:9.0f} docs/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus")
    parser.add_argument("--quick", action="store_true", help="300 documents, fewer repeats")
    parser.add_argument("--repeat", type=int, default=None, help="timing runs (best is kept)")
    parser.add_argument("--cold-runs", type=int, default=None, help="cold-start runs (median)")
    args = parser.parse_args(argv)
    n_docs = 300 if args.quick and args.docs == 2000 else args.docs
    repeat = args.repeat or (1 if args.quick else 3)
    cold_runs = args.cold_runs or (5 if args.quick else 9)

    docs = corpus.build(n_docs)
    path = corpus.write(docs, folder=False)
    chars = sum(map(len, docs))
    print(f"corpus: {path.relative_to(ROOT)}: {n_docs} documents, {chars:,} characters, "
          f"{path.stat().st_size / 1e6:.1f} MB; {os.cpu_count()} cores; "
          f"Python {sys.version.split()[0]}")
    print(f"timings: best of {repeat}\n")

    capacity = parallel_capacity(2)
    corpus.write(docs[:20], folder=False)  # warm-up: build the lexicons outside the timings
    extraction(corpus.OUT / "corpus-20.jsonl", 1)()
    t_newmm = best_of(repeat, newmm(docs))
    print(row("(a) pythainlp word_tokenize newmm", t_newmm, chars, n_docs), flush=True)
    t_one, cpu_one, _ = measure(repeat, extraction(path, 1))
    print(row("(b) thaiextract extraction, 1 process", t_one, chars, n_docs), flush=True)
    t_two, cpu_parent, cpu_workers = measure(repeat, extraction(path, 2))
    print(row("(c) thaiextract extraction, --jobs 2", t_two, chars, n_docs), flush=True)

    colds = cold_start(cold_runs)
    small = corpus.write(docs[: max(n_docs // 4, 1)], folder=False)
    tree_small, one_small = peak_rss(small, 2)
    tree_big, one_big = peak_rss(path, 2)

    print()
    print(f"ratio (b)/(a), extraction vs newmm speed: {t_newmm / t_one:5.2f}   (goal >= 1.0)")
    print(f"ratio (c)/(b), --jobs 2 vs 1 process:     {t_one / t_two:5.2f}   (goal >= 1.7; "
          f"this machine ran 2 busy loops {capacity:.2f}x faster side by side)")
    # On two free cores the run takes at least its CPU seconds over 2: this estimate holds
    # whatever else the machine was doing during the timing.
    ideal = (cpu_parent + cpu_workers) / 2
    print(f"    CPU seconds: 1 process {cpu_one:.2f}; --jobs 2: parent {cpu_parent:.2f}, "
          f"workers {cpu_workers:.2f} -> {cpu_one / ideal:.2f}x on two free cores")
    print(f"cold start, one article (median of {cold_runs}): {statistics.median(colds):.3f} s "
          f"(min {min(colds):.3f}, max {max(colds):.3f})   (goal < 0.5 s)")
    print(f"peak RSS, CLI --jobs 2, {n_docs // 4:>5} docs: {tree_small:6.1f} MB all processes, "
          f"{one_small:6.1f} MB largest process")
    print(f"peak RSS, CLI --jobs 2, {n_docs:>5} docs: {tree_big:6.1f} MB all processes, "
          f"{one_big:6.1f} MB largest process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
