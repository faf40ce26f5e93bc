"""The failure matrix of issue 15, through the CLI, each case in a subprocess with a time limit.

    python bench/torture.py                 # every case, then the table
    python bench/torture.py -k fifo -k utf  # only cases whose name contains one of the words

Each case says what a user would check by hand: did it finish, was there a traceback, did any
document that should come out go missing (a document with all its facts dropped counts as lost),
and did any worker process outlive its parent. The table ends with the totals the issue asks for:
cases, tracebacks (must be 0), documents lost (must be 0), orphans (must be 0), slowest case.
Some cases belong to other parts of the code (process cap, signals, the index): they are run all
the same and reported as they are. Runs as root for the full-disk and read-only cases (a small
tmpfs); without mount rights those are skipped with a note. Writes only under a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ARTICLE = "วันที่ 25 ตุลาคม 2562 นายสมชาย ใจดี เดินทางไปประชุมที่กรุงเทพมหานคร\n"
ONE_LINE = ("เมื่อวันที่ 12 มิถุนายน 2563 นายสมชาย ใจดี ผู้อำนวยการสำนักงาน กล่าวในการประชุม"
            "คณะรัฐมนตรี ครั้งที่ 5 ว่าประชาชนลงทะเบียนผ่าน QR Code ได้")
DEFAULT_TIMEOUT = 60.0


@dataclass
class Run:
    code: int | None  # None: killed at the time limit
    out: bytes
    err: bytes
    seconds: float

    @property
    def traceback(self) -> bool:
        return b"Traceback (most recent call last)" in self.err

    def docs(self) -> list[dict]:
        """JSONL output, decoded strictly (invalid UTF-8 raises)."""
        return [json.loads(line) for line in self.out.decode("utf-8").splitlines() if line]


@dataclass
class Outcome:
    name: str
    seconds: float
    code: int | None
    traceback: bool
    lost: int = 0
    orphans: int = 0
    ok: bool = True
    note: str = ""


def command() -> list[str]:
    script = Path(sys.executable).with_name("thaiextract")
    return [str(script)] if script.exists() else [sys.executable, "-m", "thaiextract"]


def cli(*args: str, stdin: bytes | None = None, timeout: float = DEFAULT_TIMEOUT,
        stdout: int | object = subprocess.PIPE) -> Run:
    """One CLI run in its own process group; killed (the group) at the time limit."""
    began = time.perf_counter()
    proc = subprocess.Popen([*command(), *args], stdin=subprocess.PIPE, stdout=stdout,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    return Run(code, out or b"", err or b"", time.perf_counter() - began)


def children(pid: int) -> set[int]:
    """Direct children of ``pid`` (from /proc)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found.update(int(c) for c in (task / "children").read_text().split())
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


CASES: list[tuple[str, Callable[[Path], Outcome]]] = []


def case(name: str) -> Callable[[Callable[[Path], Outcome]], Callable[[Path], Outcome]]:
    def register(func: Callable[[Path], Outcome]) -> Callable[[Path], Outcome]:
        CASES.append((name, func))
        return func
    return register


def outcome(name: str, run: Run, *, expected: int = 0, got: int | None = None, ok: bool = True,
            note: str = "", orphans: int = 0) -> Outcome:
    finished = run.code is not None
    lost = max(0, expected - (got or 0)) if expected else 0
    note = note or ("" if finished else "killed at the time limit")
    return Outcome(name, run.seconds, run.code, run.traceback, lost, orphans,
                   ok and finished and not run.traceback and lost == 0 and orphans == 0, note)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def last_line(run: Run, width: int = 70) -> str:
    """The last error line on stderr (else its last line), shortened to ``width``."""
    lines = run.err.decode("utf-8", "replace").strip().splitlines()
    errors = [line for line in lines if line.startswith("thaiextract: error:")]
    return (errors or lines or [""])[-1][:width]


def dated_docs(run: Run) -> int:
    """Documents that came out with their dates (a document whose facts were dropped is lost)."""
    try:
        return sum(1 for doc in run.docs() if doc.get("dates"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return 0


# --- hangs and silent loss -------------------------------------------------------------------

ADVERSARIAL = {
    "issue-11-cells": "a | " * 11 + "x" * 31,
    "thai-14-cells": "ข่าว » " * 14 + "ก" * 31,
    "500-cells": "a | " * 500 + "x" * 31,
    "menu-run": "หน้าแรก > " * 60 + "!",
    "digit-run": "1" * 20000 + " views?",
}


def _adversarial(key: str) -> Callable[[Path], Outcome]:
    def run_case(tmp: Path) -> Outcome:
        path = write(tmp / f"{key}.txt", ADVERSARIAL[key] + "\n" + ARTICLE)
        run = cli("extract", str(path), "-f", "jsonl", "-q")
        return outcome(f"boilerplate {key}", run, expected=1, got=dated_docs(run))
    return run_case


for _key in ADVERSARIAL:
    case(f"boilerplate {_key}")(_adversarial(_key))

FURNITURE_WORDS = {"qr": "", "copyright": " © 2567 สงวนลิขสิทธิ์", "line": " เพิ่มเพื่อน @line",
                   "privacy": " privacy policy",
                   "email": " Your email address will not be published"}


@case("one-line articles with furniture words (stdin, jsonl)")
def one_line_articles(tmp: Path) -> Outcome:
    records = [json.dumps({"id": k, "text": ONE_LINE + tail}, ensure_ascii=False)
               for k, tail in FURNITURE_WORDS.items()]
    run = cli("extract", "-f", "jsonl", "-q", "--input-format", "jsonl",
              stdin=("\n".join(records) + "\n").encode())
    return outcome("one-line articles with furniture words", run,
                   expected=len(records), got=dated_docs(run))


@case("fifo among the inputs")
def fifo_inputs(tmp: Path) -> Outcome:
    fifo = tmp / "f.txt"
    os.mkfifo(fifo)
    run = cli("extract", str(SAMPLES / "adgmin-2022.txt"), str(fifo),
              str(SAMPLES / "thai-digits.txt"), "-f", "jsonl", timeout=30)
    return outcome("fifo among the inputs", run, expected=2, got=dated_docs(run))


@case("fifo named .jsonl among the inputs")
def fifo_jsonl(tmp: Path) -> Outcome:
    fifo = tmp / "f.jsonl"
    os.mkfifo(fifo)  # no writer: its first data never comes, given up after 10 s
    run = cli("extract", str(SAMPLES / "adgmin-2022.txt"), str(fifo),
              str(SAMPLES / "thai-digits.txt"), "-f", "jsonl", timeout=40)
    return outcome("fifo named .jsonl among the inputs", run, expected=2, got=dated_docs(run),
                   note=last_line(run, 1000).split(f"{fifo}: ", 1)[-1][:60])


@case("jsonl surrogates, nesting, bad id")
def jsonl_hostile(tmp: Path) -> Outcome:
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    path = write(tmp / "a.jsonl", "\n".join([
        '{"id": "r1", "text": "ข่าว \\ud800"}', "[" * 100_000 + "]" * 100_000,
        '{"id": "\\udc80", "text": "ข่าว"}', good, good.replace('"ok"', '"ok2"')]) + "\n")
    run = cli("extract", str(path), "-f", "jsonl")
    errors = run.err.count(b"thaiextract: error:")
    return outcome("jsonl surrogates, nesting, bad id", run, expected=2, got=dated_docs(run),
                   ok=errors == 3, note=f"{errors} error lines (3 expected)")


@case("<!--<script> in article text, html view")
def html_hostile(tmp: Path) -> Outcome:
    a = write(tmp / "a.txt", "ข่าว <!--<script> วันที่ 12 มิถุนายน 2563 <![CDATA[\n")
    b = write(tmp / "b.txt", ARTICLE)
    run = cli("extract", str(a), str(b), "-f", "html", "-q")
    page = run.out.decode("utf-8", "replace")
    sections = page.count('<section class="doc"')
    scripts_ok = page.count("<script") == page.count("</script>") == 4 and "<!--" not in page
    return outcome("<!--<script> in article text, html view", run, expected=2, got=sections,
                   ok=scripts_ok, note="" if scripts_ok else "script/comment in the page")


# --- encodings and odd files ------------------------------------------------------------------

ODD_FILES: dict[str, tuple[bytes, int]] = {  # name: (bytes, documents expected)
    "binary": (bytes(range(256)) * 40, 0),
    "tis-620": (ARTICLE.encode("tis-620"), 1),
    "latin-1": ("Le café du résumé était prêt".encode("latin-1"), 0),
    "utf-16 without bom": (ARTICLE.encode("utf-16-le"), 1),
    "empty": (b"", 0),
    "unicode blank": ("\u3000\n\u00a0\n\u2028\n".encode(), 0),
    "nul after 8 KB": (ARTICLE.encode() * 200 + b"\x00", 0),
}


def _odd(key: str) -> Callable[[Path], Outcome]:
    def run_case(tmp: Path) -> Outcome:
        data, expected = ODD_FILES[key]
        path = write(tmp / "odd.txt", data)
        run = cli("extract", str(path), "-f", "jsonl")
        got = dated_docs(run)
        refused = expected == 0 and run.code == 1 and run.err.count(b"thaiextract: error:") == 1
        return outcome(f"file: {key}", run, expected=expected, got=got,
                       ok=refused or (expected and got == expected),
                       note=last_line(run, 1000).split(f"{path}: ", 1)[-1][:60])
    return run_case


for _key in ODD_FILES:
    case(f"file: {_key}")(_odd(_key))


@case("huge one-line file (2 MB)")
def huge_one_line(tmp: Path) -> Outcome:
    line = ARTICLE.strip() + " "
    path = write(tmp / "one.txt", line * (2_000_000 // len(line.encode())))
    run = cli("extract", str(path), "-f", "jsonl", "-q", timeout=300)
    return outcome("huge one-line file (2 MB)", run, expected=1, got=dated_docs(run))


@case("huge multi-line file (2 MB)")
def huge_multi_line(tmp: Path) -> Outcome:
    path = write(tmp / "multi.txt", ARTICLE * (2_000_000 // len(ARTICLE.encode())))
    run = cli("extract", str(path), "-f", "jsonl", "-q", timeout=300)
    return outcome("huge multi-line file (2 MB)", run, expected=1, got=dated_docs(run))


@case("--max-bytes 99999999999999999999999")
def huge_limit(tmp: Path) -> Outcome:
    path = write(tmp / "a.txt", ARTICLE)
    run = cli("extract", str(path), "--max-bytes", "99999999999999999999999", "-f", "jsonl")
    if run.code == 2:  # refused as a usage error: fine, nothing was read, so nothing is lost
        return outcome("--max-bytes 99999999999999999999999", run, note="usage error (exit 2)")
    return outcome("--max-bytes 99999999999999999999999", run, expected=1, got=dated_docs(run))


@case("--document-date 9999-12-31")
def far_date(tmp: Path) -> Outcome:
    path = write(tmp / "a.txt", "วันนี้ ข่าว\n")
    run = cli("extract", str(path), "--document-date", "9999-12-31", "-f", "jsonl")
    # Either it works (exit 0) or it is a usage error (exit 2); never an internal error.
    fine = run.code in (0, 2) and b"internal error" not in run.err
    return outcome("--document-date 9999-12-31", run, ok=fine,
                   note=f"exit {run.code}" + ("" if fine else ", an internal error"))


@case("jsonl line over --max-bytes")
def long_jsonl_line(tmp: Path) -> Outcome:
    big = json.dumps({"id": "big", "text": "ก" * 400_000}, ensure_ascii=False)
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    path = write(tmp / "a.jsonl", f"{big}\n{good}\n")
    run = cli("extract", str(path), "-f", "jsonl", "--max-bytes", "100000")
    said = b"1.2 MB is over the 100.0 KB limit" in run.err
    return outcome("jsonl line over --max-bytes", run, expected=1, got=dated_docs(run),
                   ok=said, note="" if said else "size not in bytes")


# --- processes and signals --------------------------------------------------------------------

@case("--jobs 64 on two files")
def many_jobs(tmp: Path) -> Outcome:
    files = [write(tmp / f"{i}.txt", ARTICLE) for i in range(2)]
    began = time.perf_counter()
    proc = subprocess.Popen([*command(), "extract", *map(str, files), "-j", "64", "-f", "jsonl",
                             "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    most = 0
    while proc.poll() is None and time.perf_counter() - began < DEFAULT_TIMEOUT:
        most = max(most, len(children(proc.pid)))
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    run = Run(proc.returncode, out, err, time.perf_counter() - began)
    cap = max(2, 2 * (os.cpu_count() or 1))
    return outcome("--jobs 64 on two files", run, expected=2, got=dated_docs(run),
                   ok=most <= cap, note=f"{most} workers at most (cap {cap})")


def _signal_parent(tmp: Path, name: str, args: list[str], sig: int) -> tuple[Run, int]:
    """Start the CLI with workers, send ``sig`` to the parent only, count workers left alive."""
    folder = tmp / "many"
    for i in range(400):  # a few seconds of work for two workers: the signal comes mid-run
        write(folder / f"{i}.txt", (SAMPLES / "adgmin-2022.txt").read_bytes())
    began = time.perf_counter()
    # stderr goes to a file: orphaned workers would hold a pipe open, and waiting for its end
    # would wait for them.
    with open(tmp / "stderr", "w+b") as err_file:
        proc = subprocess.Popen([*command(), *args, str(folder)], stdout=subprocess.DEVNULL,
                                stderr=err_file, start_new_session=True)
        seen: set[int] = set()
        while proc.poll() is None and time.perf_counter() - began < 20:
            seen |= children(proc.pid)
            if len(seen) >= 2:
                break
            time.sleep(0.02)
        time.sleep(0.3)
        seen |= children(proc.pid)
        if proc.poll() is not None:
            raise RuntimeError(f"{name} finished before the signal: give it more work")
        proc.send_signal(sig)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        time.sleep(2)
        survivors = [pid for pid in seen if alive(pid)]
        for pid in survivors:  # our own children: ended by id, after counting
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        err_file.seek(0)
        err = err_file.read()
    return Run(proc.returncode, b"", err, time.perf_counter() - began), len(survivors)


@case("SIGTERM to extract -j 2")
def sigterm_extract(tmp: Path) -> Outcome:
    run, orphans = _signal_parent(tmp, "extract", ["extract", "-j", "2", "-f", "jsonl", "-q"],
                                  signal.SIGTERM)
    return outcome("SIGTERM to extract -j 2", run, orphans=orphans,
                   note=f"{orphans} workers survived; exit {run.code}")


@case("SIGINT to index -j 2")
def sigint_index(tmp: Path) -> Outcome:
    run, orphans = _signal_parent(tmp, "index", ["index", "--db", str(tmp / "i.db"), "-j", "2",
                                                 "-q"], signal.SIGINT)
    false_line = b"cannot rollback" in run.err
    return outcome("SIGINT to index -j 2", run, orphans=orphans, ok=not false_line,
                   note=f"exit {run.code}" + ("; false 'cannot rollback'" if false_line else ""))


# --- disks and databases ----------------------------------------------------------------------

@contextlib.contextmanager
def small_disk(tmp: Path, size: str = "64k") -> Iterator[Path | None]:
    mount = tmp / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, check=False).returncode == 0
    try:
        yield mount if made else None
    finally:
        if made:
            subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def _skipped(name: str) -> Outcome:
    return Outcome(name, 0.0, None, False, ok=True, note="skipped: cannot mount a tmpfs here")


@case("full disk: extract -o")
def full_disk_output(tmp: Path) -> Outcome:
    with small_disk(tmp) as disk:
        if disk is None:
            return _skipped("full disk: extract -o")
        run = cli("extract", str(SAMPLES), str(SAMPLES), str(SAMPLES), "-f", "json",
                  "-o", str(disk / "out.json"))
        clear = run.code == 1 and b"no space left" in run.err.lower()
        return outcome("full disk: extract -o", run, ok=clear,
                       note=last_line(run))


@case("full disk: stdout")
def full_disk_stdout(tmp: Path) -> Outcome:
    with small_disk(tmp) as disk:
        if disk is None:
            return _skipped("full disk: stdout")
        with open(disk / "out.json", "wb") as handle:
            run = cli("extract", str(SAMPLES), str(SAMPLES), str(SAMPLES), "-f", "json",
                      stdout=handle)
        clear = run.code == 1 and b"no space left" in run.err.lower()
        return outcome("full disk: stdout", run, ok=clear,
                       note=last_line(run))


@case("full disk: index")
def full_disk_index(tmp: Path) -> Outcome:
    with small_disk(tmp, "96k") as disk:
        if disk is None:
            return _skipped("full disk: index")
        run = cli("index", str(SAMPLES), "--db", str(disk / "x.db"), "-q", timeout=60)
        repeats = run.err.count(b"cannot rollback")
        clear = run.code == 1 and repeats == 0 and run.err.count(b"error") <= 2
        return outcome("full disk: index", run, ok=clear, note=last_line(run))


@case("database: corrupt, folder, read-only, empty pattern")
def databases(tmp: Path) -> Outcome:
    corrupt = write(tmp / "bad.db", b"SQLite format 3\x00" + os.urandom(8192))
    good = tmp / "ro" / "good.db"
    good.parent.mkdir()
    runs = {"corrupt db, search": cli("query", "search", "ข่าว", "--db", str(corrupt)),
            "corrupt db, person": cli("query", "person", "สมชาย", "--db", str(corrupt)),
            "--db a folder": cli("query", "person", "สมชาย", "--db", str(tmp)),
            "index": cli("index", str(SAMPLES), "--db", str(good), "-q", timeout=120)}
    runs["empty meeting pattern"] = cli("query", "meeting", "", "--db", str(good))
    with small_disk(tmp, "8m") as disk:
        if disk is not None:
            for extra in good.parent.iterdir():
                shutil.copy(extra, disk / extra.name)
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True,
                           check=False)
            runs["read-only db"] = cli("query", "person", "กิตติพงษ์", "--db",
                                       str(disk / "good.db"))
    must_fail = {"corrupt db, search", "corrupt db, person", "--db a folder",
                 "empty meeting pattern"}
    notes = [f"{name}: traceback" for name, r in runs.items() if r.traceback]
    notes += [f"{name}: exit 0" for name in must_fail if name in runs and runs[name].code == 0]
    notes += [f"{name}: exit {r.code}" for name, r in runs.items()
              if name not in must_fail and r.code != 0]
    seconds = sum(r.seconds for r in runs.values())
    return Outcome("database: corrupt, folder, read-only, empty pattern", seconds,
                   1 if notes else 0, any(r.traceback for r in runs.values()), ok=not notes,
                   note="; ".join(notes) or f"{len(runs)} runs as expected")


# --- the table ----------------------------------------------------------------------------------

def table(outcomes: list[Outcome]) -> str:
    head = f"{'case':<58} {'s':>7} {'exit':>5} {'tb':>3} {'lost':>4} {'orph':>4}  ok  note"
    rows = [head, "-" * len(head)]
    for o in outcomes:
        code = "kill" if o.code is None else str(o.code)
        rows.append(f"{o.name[:58]:<58} {o.seconds:7.2f} {code:>5} {int(o.traceback):>3} "
                    f"{o.lost:>4} {o.orphans:>4}  {'yes' if o.ok else 'NO '} {o.note}")
    slowest = max(outcomes, key=lambda o: o.seconds)
    rows += ["", f"cases: {len(outcomes)}   passed: {sum(o.ok for o in outcomes)}   "
             f"tracebacks: {sum(o.traceback for o in outcomes)}   "
             f"documents lost: {sum(o.lost for o in outcomes)}   "
             f"orphans: {sum(o.orphans for o in outcomes)}   "
             f"slowest: {slowest.name} ({slowest.seconds:.1f} s)"]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", action="append", default=[], help="run cases whose name has this")
    args = parser.parse_args()
    chosen = [(n, f) for n, f in CASES if not args.k or any(k in n for k in args.k)]
    outcomes = []
    for name, func in chosen:
        with tempfile.TemporaryDirectory(prefix="torture-") as tmp:
            print(f"… {name}", file=sys.stderr, flush=True)
            outcomes.append(func(Path(tmp)))
    print(table(outcomes))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
