"""CLI speed figures, each measured against a baseline in the same run (a shared machine).

    python bench/cli_speed.py cold [--against /path/to/other/thaiextract]
        cold start of `thaiextract extract samples/adgmin-2022.txt -f jsonl -q`: median wall
        time and median CPU (user+sys of the child, which load inflates far less), with their
        ranges, 9 runs (--runs N) interleaved with the other executable when one is given.
        Measure with the package's bytecode compiled (``python -m compileall thaiextract``), as
        an installed wheel has it:
        with PYTHONDONTWRITEBYTECODE set, an editable install compiles every module from source
        on every start (≈70 ms). The command line keeps built regexes and lexicon rows in the
        user cache folder (thaiextract.cache): the first run fills it, the runs timed here read it;
        THAIEXTRACT_CACHE=off in the environment times the build instead.
    python bench/cli_speed.py instructions [--against /path/to/other/thaiextract]
        the same one-article run, counted in machine instructions under valgrind's callgrind
        (children traced): load-independent (repeats agree within 0.1 %), where wall and CPU
        times on a shared machine move by ±30 %. Needs valgrind; ≈20 s a run.
    python bench/cli_speed.py jobs FOLDER
        `--jobs 2` against `--jobs 1` on the files of FOLDER (best of 3), with the machine's own
        parallel capacity in the same run (two busy loops side by side against one after the
        other): a ratio means something only when that capacity is near 2.
    python bench/cli_speed.py parent FOLDER
        the CPU seconds of the parent process of `extract FOLDER -j 2` (run in this process),
        and of its workers: the parent's share is what limits --jobs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "samples" / "adgmin-2022.txt"
HERE = str(Path(sys.executable).with_name("thaiextract"))


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and child CPU seconds of one run."""
    before, start = os.times(), time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    after = os.times()
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    return time.perf_counter() - start, cpu


def cold(against: str | None, runs: int = 9, this: str | None = None) -> None:
    exes = {"this": this or HERE, **({"other": against} if against else {})}
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in exes}
    for _ in range(runs):
        for name, exe in exes.items():
            got[name].append(timed([exe, "extract", str(ARTICLE), "-f", "jsonl", "-q"]))
    for name, results in got.items():
        walls, cpus = sorted(w for w, _ in results), sorted(c for _, c in results)
        print(f"{name:5}  wall median {statistics.median(walls):.3f} s (min {walls[0]:.3f}, max "
              f"{walls[-1]:.3f})  CPU median {statistics.median(cpus):.3f} s (min {cpus[0]:.3f}, "
              f"max {cpus[-1]:.3f})  ({exes[name]})")
    if against:
        ratio = (statistics.median(c for _, c in got["this"])
                 / statistics.median(c for _, c in got["other"]))
        print(f"CPU ratio this/other: {ratio:.2f}")


def instructions(exe: str) -> int:
    """Instructions of one cold run of ``exe`` (and of the processes it execs or starts)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
         exe, "extract", str(ARTICLE), "-f", "jsonl", "-q"],
        capture_output=True, text=True, check=False)
    return sum(int(line.split("Collected :")[1].replace(",", ""))
               for line in done.stderr.splitlines() if "Collected :" in line)


def count(against: str | None, this: str | None = None) -> None:
    exes = {"this": this or HERE, **({"other": against} if against else {})}
    got = {name: instructions(exe) for name, exe in exes.items()}
    for name, n in got.items():
        print(f"{name:5}  {n / 1e6:,.1f} M instructions  ({exes[name]})")
    if against:
        print(f"ratio this/other: {got['this'] / got['other']:.3f}")


def _burn(n: int = 3_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def capacity() -> float:
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [10, 10]))  # start the workers outside the timing
        start = time.perf_counter()
        _burn()
        _burn()
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_burn, [3_000_000] * 2))
        return serial / (time.perf_counter() - start)


def jobs(folder: str, repeat: int = 3) -> None:
    best = {1: float("inf"), 2: float("inf")}
    caps = []
    for _ in range(repeat):
        caps.append(capacity())
        for j in (1, 2):
            cmd = [HERE, "extract", folder, "-j", str(j), "-f", "jsonl", "-q", "-o", os.devnull]
            best[j] = min(best[j], timed(cmd)[0])
    print(f"machine capacity {min(caps):.2f}-{max(caps):.2f}; --jobs 1 {best[1]:.2f} s, "
          f"--jobs 2 {best[2]:.2f} s, ratio {best[1] / best[2]:.2f}")


def parent(folder: str) -> None:
    sys.path.insert(0, str(ROOT))
    from thaiextract.cli import app

    before, start = os.times(), time.perf_counter()
    with contextlib.suppress(SystemExit):
        app(["extract", folder, "-j", "2", "-f", "jsonl", "-q", "-o", os.devnull],
            prog_name="thaiextract", standalone_mode=False)
    after, wall = os.times(), time.perf_counter() - start
    workers = (after.children_user - before.children_user
               + after.children_system - before.children_system)
    print(f"wall {wall:.2f} s, parent CPU "
          f"{after.user - before.user + after.system - before.system:.2f} s, workers CPU "
          f"{workers:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    cold_args = sub.add_parser("cold")
    cold_args.add_argument("--against")
    cold_args.add_argument("--this", help="the executable to time instead of this tree's")
    cold_args.add_argument("--runs", type=int, default=9, help="runs of each (default 9)")
    count_args = sub.add_parser("instructions")
    count_args.add_argument("--against")
    count_args.add_argument("--this", help="the executable to count instead of this tree's")
    sub.add_parser("jobs").add_argument("folder")
    sub.add_parser("parent").add_argument("folder")
    args = parser.parse_args(argv)
    if args.what == "cold":
        cold(args.against, runs=args.runs, this=args.this)
    elif args.what == "instructions":
        count(args.against, this=args.this)
    elif args.what == "jobs":
        jobs(args.folder)
    else:
        parent(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
