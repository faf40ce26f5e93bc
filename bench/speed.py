"""Speed and memory benchmark: thaiextract against pythainlp's tokenisers, on text never seen
before.

    python bench/speed.py               # every measurement (a few minutes)
    python bench/speed.py --quick       # a subset with smaller inputs, under a minute
    python bench/speed.py --profile     # stage shares of extraction (cProfile, by module)
    python bench/speed.py --profile --functions 30   # and the 30 functions of most own time

Measured (each run of (1) and (2) in a fresh process, so no cache of an earlier run helps):
  (1) unique text: every ThaiNER 1.5 train/val line and every sample article once
      (bench/corpus.py ``unique``), cut into slices; each slice is tokenised by pythainlp
      ``word_tokenize`` newmm, by nlpo3, and extracted (``pipeline.extract`` and the JSON line,
      as ``extract -f jsonl`` renders it), in a rotating order, so that all three see the same
      text and none sees it twice. Warm-up (lexicons, automata, dictionaries) on other text
      (tests/articles). Three runs: the range of each figure.
  (2) linearity: ns/char on one ~4 M-character document against the same text cut into
      20 k-character documents (both made of the unique text, repeated to reach the size).
  (3) ``--jobs 2`` against ``--jobs 1``: the CLI on a folder of 2,000 files.
  (4) cold start: median wall time of ``thaiextract extract samples/adgmin-2022.txt -q``
      (bytecode compiled; the CLI's cache of built data filled by the runs of (3)), and the
      same with the cache off (``THAIEXTRACT_CACHE=off``), alternated.
  (5) peak RSS of each worker process (``VmHWM`` from /proc) of the CLI with ``--jobs 2`` on
      500 and 2,000 files: it should not grow with the number of documents.
The machine may be shared: figures are noisy; the ratios are measured side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

SAMPLE = ROOT / "samples" / "adgmin-2022.txt"
SLICE_DOCS = 16
TOOLS = ("newmm", "nlpo3", "extract")


# --- (1) interleaved, in a child process ---------------------------------------------------


def tools() -> dict[str, Callable[[str], object]]:
    from pythainlp.tokenize import word_tokenize

    from thaiextract.batch import render_jsonl
    from thaiextract.pipeline import extract

    return {
        "newmm": lambda text: word_tokenize(text, engine="newmm"),
        "nlpo3": lambda text: word_tokenize(text, engine="nlpo3"),
        "extract": lambda text: render_jsonl(extract(text)),
    }


def warm_automata() -> None:
    """What a batch builds once before its documents (``batch.warm_up``): the dictionary
    automaton and the tables its made-up text reaches. Without it, their one-off builds (about
    0.05 s for the automaton, 0.02 s for the dotted words of the dictionary that organisations
    read …) land inside the measured text."""
    from thaiextract.batch import warm_up

    warm_up()


def interleaved(docs: list[str]) -> dict[str, float]:
    """Seconds each tool spends on ``docs``, slice by slice, in a rotating order."""
    run = tools()
    warm_automata()
    for text in corpus.warmup():
        for tool in run.values():
            tool(text)
    spent = dict.fromkeys(TOOLS, 0.0)
    for k in range(0, len(docs), SLICE_DOCS):
        part = docs[k:k + SLICE_DOCS]
        order = TOOLS[k // SLICE_DOCS % 3:] + TOOLS[:k // SLICE_DOCS % 3]
        for name in order:
            start = time.perf_counter()
            for text in part:
                run[name](text)
            spent[name] += time.perf_counter() - start
    return spent


def linear(size: int, piece: int) -> float:
    """ns/char of extraction of ``size`` characters of the unique text (repeated to reach the
    size) cut into documents of ``piece`` characters. One call a fresh process: the large and
    the small run see the same text and the same repetitions, neither after the other."""
    from thaiextract.batch import render_jsonl
    from thaiextract.pipeline import extract

    text = "".join(corpus.unique())
    text = (text * (size // len(text) + 1))[:size]
    warm_automata()
    for warm in corpus.warmup():
        render_jsonl(extract(warm))
    start = time.perf_counter()
    for k in range(0, len(text), piece):
        render_jsonl(extract(text[k:k + piece]))
    return (time.perf_counter() - start) * 1e9 / len(text)


def child(argv: list[str]) -> int:
    """``speed.py --child interleave|linear …``: one measurement, its result as JSON."""
    what = argv[0]
    if what == "interleave":
        docs = corpus.unique()
        if len(argv) > 1:
            docs = docs[:int(argv[1])]
        result: dict[str, float] = interleaved(docs)
        result["chars"] = sum(map(len, docs))
    else:
        result = {"ns_per_char": linear(int(argv[1]), int(argv[2]))}
    print(json.dumps(result))
    return 0


def in_child(*args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- (3)-(5) the CLI ------------------------------------------------------------------------


def _burn(n: int = 3_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def parallel_capacity(jobs: int = 2) -> float:
    """How much faster ``jobs`` busy loops run side by side than one after another: about
    ``jobs`` on idle cores, less on a shared machine, where no program can scale further."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_burn, [10] * jobs))  # start the workers outside the timing
        start = time.perf_counter()
        for _ in range(jobs):
            _burn()
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_burn, [3_000_000] * jobs))
        parallel = time.perf_counter() - start
    return serial / parallel


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("thaiextract")
    return [str(script)] if script.exists() else [sys.executable, "-m", "thaiextract"]


def folder_of(docs: list[str], where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(docs, start=1):
        (where / f"doc-{number:05d}.txt").write_text(text, encoding="utf-8")
    return where


def cli_seconds(folder: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([*cli_command(), "extract", str(folder), "-f", "jsonl", "-q", "--jobs",
                    str(jobs)], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def compile_bytecode() -> None:
    """Compile the package's modules as installing a wheel does: with PYTHONDONTWRITEBYTECODE
    set, an editable install otherwise compiles every module from source on every start."""
    import compileall

    compileall.compile_dir(str(ROOT / "thaiextract"), quiet=1)


def cold_start(runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds of one-article runs, alternated: with the user cache folder of built data
    (thaiextract.cache; the runs before these filled it) and with it switched off."""
    compile_bytecode()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for kept, env in zip(times, ({}, {"THAIEXTRACT_CACHE": "off"}), strict=True):
            start = time.perf_counter()
            subprocess.run([*cli_command(), "extract", str(SAMPLE), "-f", "jsonl", "-q"],
                           check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                           env={**os.environ, **env})
            kept.append(time.perf_counter() - start)
    return times


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(p) for p in handle.read().split()]
    except OSError:
        pass
    return found


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def worker_peaks(folder: Path, jobs: int) -> tuple[float, list[float]]:
    """Peak RSS (MB) of the CLI process and of each of its workers (sampled from /proc)."""
    proc = subprocess.Popen([*cli_command(), "extract", str(folder), "-f", "jsonl", "-q",
                             "--jobs", str(jobs)], stdout=subprocess.DEVNULL, cwd=ROOT)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in (proc.pid, *_children(proc.pid)):
            kb = _peak_kb(pid)
            if kb is not None:
                peaks[pid] = max(peaks.get(pid, 0), kb)
        time.sleep(0.05)
    if proc.returncode:
        raise SystemExit(f"CLI run failed with exit code {proc.returncode}")
    parent = peaks.pop(proc.pid, 0) / 1024
    return parent, sorted((kb / 1024 for kb in peaks.values()), reverse=True)


# --- profile --------------------------------------------------------------------------------

STAGES = (
    ("read", ("thaiextract/read.py", "thaiextract/decode.py")),
    ("clean", ("thaiextract/clean.py",)),
    ("normalise", ("thaiextract/normalize.py", "thaiextract/view.py")),
    ("segment", ("thaiextract/segment.py",)),
    ("dates", ("extractors/dates/", "thaiextract/document_date.py")),
    ("organizations", ("extractors/organizations.py",)),
    ("people", ("extractors/people/", "extractors/people.py")),
    ("meetings", ("extractors/meeting",)),  # meetings.py, meeting_names.py
    ("initiatives", ("extractors/initiative",)),  # initiatives.py, initiative_names.py
    ("link", ("thaiextract/link/", "thaiextract/anchor.py")),
    ("render", ("thaiextract/render/", "thaiextract/model.py", "batch.py:render_jsonl")),
)


def stage_of(func: tuple[str, int, str]) -> str | None:
    """The stage of a profiled function (file, line, name) of thaiextract; None for helpers
    (their time goes to the stage that called them) and for other packages."""
    path = func[0].replace(os.sep, "/")
    if "/thaiextract/" not in path:
        return None
    where = f"{path}:{func[2]}"
    for stage, parts in STAGES:
        if any(part in where for part in parts):
            return stage
    return None


def stage_shares(stats: dict) -> dict[str, float]:
    """Own time of every function, given to the stage of its nearest thaiextract caller
    (pythainlp, regex and helper time split by how much each caller called it)."""
    memo: dict[tuple, dict[str, float]] = {}

    def owners(func: tuple, depth: int = 0) -> dict[str, float]:
        if func in memo:
            return memo[func]
        memo[func] = {}  # a recursive call (re's parser): that path adds nothing
        stage = stage_of(func)
        callers = stats[func][4]
        if stage is not None or depth > 60 or not callers:
            memo[func] = {stage or "other": 1.0}
            return memo[func]
        share: dict[str, float] = {}
        for caller, edge in callers.items():
            for name, part in owners(caller, depth + 1).items():
                share[name] = share.get(name, 0.0) + part * (edge[3] or 1e-9)
        total = sum(share.values())
        memo[func] = {k: v / total for k, v in share.items()} if total else {"other": 1.0}
        return memo[func]

    seconds: dict[str, float] = {}
    for func, (_, _, own, _, _) in stats.items():
        for name, part in owners(func).items():
            seconds[name] = seconds.get(name, 0.0) + own * part
    return seconds


def top_functions(stats: dict, count: int) -> None:
    """The ``count`` functions of most own time (cProfile inflates small Python functions; the
    order is what to read), with calls and cumulative time."""
    total = sum(row[2] for row in stats.values()) or 1.0
    rows = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:count]
    print(f"top {count} functions by own time (share of all own time, calls, cumulative s):")
    for (path, line, name), (_, calls, own, cumulative, _) in rows:
        where = path.replace(os.sep, "/").split("/thaiextract/")[-1] if "/thaiextract/" in path \
            else Path(path).name
        print(f"  {own / total:6.1%} {calls:>8} {cumulative:7.3f}  {where}:{line} {name}")


def profile(docs: list[str], functions: int = 0) -> None:
    """cProfile of ``extract -f jsonl`` in one process (reading a JSONL archive included)."""
    import cProfile
    import pstats

    from thaiextract.batch import process_source, render_jsonl
    from thaiextract.pipeline import extract
    from thaiextract.read import iter_sources

    warm_automata()
    for text in corpus.warmup():
        render_jsonl(extract(text))
    with tempfile.TemporaryDirectory(prefix="thaiextract-bench-") as tmp:
        archive = corpus.write(docs, Path(tmp), folder=False)
        profiler = cProfile.Profile()
        profiler.enable()
        for src in iter_sources([str(archive)]):
            process_source(src, render="jsonl")
        profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    seconds = stage_shares(stats)
    total = sum(seconds.values())
    print(f"stage shares of extraction, {len(docs)} unique documents, "
          f"{total:.2f} s under cProfile:")
    order = [s for s, _ in STAGES] + ["other"]
    for stage in order:
        if stage in seconds:
            label = "other (pipeline glue, imports in functions)" if stage == "other" else stage
            print(f"  {label:<44} {seconds[stage] / total:6.1%}")
    if functions:
        top_functions(stats, functions)


# --- report ---------------------------------------------------------------------------------


def span(values: list[float], fmt: str = "{:.2f}") -> str:
    lo, hi = min(values), max(values)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else \
        f"{fmt.format(lo)}–{fmt.format(hi)}"


def report_interleaved(runs: list[dict[str, float]]) -> None:
    chars = runs[0]["chars"]
    print(f"(1) unique text: {chars:,.0f} characters, slices of {SLICE_DOCS} documents, "
          f"{len(runs)} runs (range)")
    for name in TOOLS:
        speeds = [chars / r[name] / 1e6 for r in runs]
        print(f"    {name:<8} {span(speeds)} M chars/s")
    print(f"    extraction speed / newmm: {span([r['newmm'] / r['extract'] for r in runs])}"
          "   (goal >= 2.0)")
    print(f"    extraction speed / nlpo3: {span([r['nlpo3'] / r['extract'] for r in runs])}"
          "   (goal >= 0.5)")


def report_cli(quick: bool) -> None:
    n_files = 300 if quick else 2000
    with tempfile.TemporaryDirectory(prefix="thaiextract-bench-") as tmp:
        big = folder_of(corpus.build(n_files), Path(tmp) / "big")
        one, two = cli_seconds(big, 1), cli_seconds(big, 2)
        print(f"(3) CLI on {n_files} files: --jobs 1 {one:.2f} s, --jobs 2 {two:.2f} s: "
              f"{one / two:.2f}x   (goal >= 1.8; two busy loops ran "
              f"{parallel_capacity(2):.2f}x side by side on this machine just now)")
        colds, built = cold_start(5 if quick else 9)
        print(f"(4) cold start, one article: median {statistics.median(colds):.3f} s of "
              f"{len(colds)} (min {min(colds):.3f}, max {max(colds):.3f})   (goal <= 0.20 s); "
              f"without the cache of built data {statistics.median(built):.3f} s")
        small = folder_of(corpus.build(n_files // 4), Path(tmp) / "small")
        for folder, count in ((small, n_files // 4), (big, n_files)):
            parent, workers = worker_peaks(folder, 2)
            shown = ", ".join(f"{w:.0f}" for w in workers) or "none seen"
            print(f"(5) peak RSS, --jobs 2, {count:>5} files: parent {parent:.0f} MB, "
                  f"workers {shown} MB   (goal <= 80 MB, flat)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a subset, under a minute")
    parser.add_argument("--profile", action="store_true", help="stage shares, then stop")
    parser.add_argument("--runs", type=int, default=None, help="runs of (1) (default 3; 2)")
    parser.add_argument("--functions", type=int, default=0, metavar="N",
                        help="with --profile: also the N functions of most own time")
    args = parser.parse_args(argv)
    docs = corpus.unique()
    print(f"{os.cpu_count()} cores; Python {sys.version.split()[0]}; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.profile:
        profile(docs[:120] if args.quick else docs, args.functions)
        return 0
    subset = ["120"] if args.quick else []
    runs = [in_child("interleave", *subset) for _ in range(args.runs or (2 if args.quick else 3))]
    report_interleaved(runs)
    size, piece = (1_000_000, 20_000) if args.quick else (4_000_000, 20_000)
    pairs = []
    try:
        for _ in range(1 if args.quick else 3):  # alternated: load shifts hit both alike
            large = in_child("linear", str(size), str(size))["ns_per_char"]
            pairs.append((large, in_child("linear", str(size), str(piece))["ns_per_char"]))
    except subprocess.CalledProcessError as exc:  # an extractor bug: say so, measure the rest
        last = (exc.stderr or "").strip().splitlines()[-1:] or ["no message"]
        print(f"(2) linearity: the extraction failed ({last[0]}); "
              f"rerun: python bench/speed.py --child {' '.join(exc.cmd[3:])}")
    if pairs:
        print(f"(2) linearity ({len(pairs)} runs): {span([a for a, _ in pairs], '{:.0f}')} "
              f"ns/char on one {size / 1e6:.0f} M-char document, "
              f"{span([b for _, b in pairs], '{:.0f}')} on {piece // 1000} k-char documents of "
              f"the same text: {span([a / b for a, b in pairs])}x   (goal <= 1.15)")
    report_cli(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
