"""Every regex of the package's lexicons and of the clean stage runs in linear time.

A pattern with nested or overlapping quantifiers (``[^|]{1,30}(\\s*[|]\\s*[^|]{1,30}){2,}``) takes
time exponential in the number of cells on a line whose match fails at the end — an ordinary
scraped table row stalled a batch for minutes. Each pattern is run (fullmatch, search, finditer)
on generated adversarial lines of up to ~2,000 characters: long separator runs, repeated cells,
and a tail that makes the match fail. The budget (0.2 s a line and pattern, where a linear pattern
takes well under 1 ms) is generous so the test is not flaky, but a backtracking pattern blows it
by orders of magnitude; a hard stop (SIGALRM, which the regex engine honours) ends a runaway.
"""

from __future__ import annotations

import re
import signal
import time
from importlib import resources

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from thaiextract import clean
from thaiextract.lexicons import load, schema

BUDGET = 0.2  # seconds for one pattern on one line, all three operations
HARD_STOP = 2.0
MAX_LINE = 2000


def lexicon_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every cell of every lexicon column declared ``regex``, in every folder, compiled as the
    package compiles lexicon rules (case-insensitively)."""
    root = resources.files("thaiextract.lexicons")
    found = []
    for folder in sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[0] != "_"):
        if not root.joinpath(folder, "_schema.tsv").is_file():
            continue
        for name, columns in sorted(schema(folder).items()):
            for column, kind in columns.items():
                if kind != "regex":
                    continue
                for row in load(f"{folder}/{name}"):
                    where = f"{folder}/{name}.{column}: {row[column]}"
                    found.append((where, re.compile(row[column], re.IGNORECASE)))
    return found


def all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    module = [(f"clean: {p.pattern[:80]}", p) for p in clean.compiled_patterns()]
    return lexicon_patterns() + module


PATTERNS = all_patterns()


def test_the_boilerplate_rules_are_among_the_patterns() -> None:
    names = [name for name, _ in PATTERNS]
    assert sum(name.startswith("text/boilerplate.pattern") for name in names) == len(
        load("text/boilerplate"))
    # Every pattern the clean module holds is listed by compiled_patterns().
    constants = [v for v in vars(clean).values() if isinstance(v, re.Pattern)]
    assert all(any(c is p for _, p in PATTERNS) for c in constants)


class Runaway(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Runaway


def elapsed(pattern: re.Pattern[str], line: str) -> float:
    """Seconds to fullmatch, search and finditer ``pattern`` over ``line``."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HARD_STOP)
    started = time.perf_counter()
    try:
        pattern.fullmatch(line)
        pattern.search(line)
        for _ in pattern.finditer(line):
            pass
        return time.perf_counter() - started
    except Runaway:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


SEPARATORS = ["|", " | ", "»", " » ", ">", " > ", "›", "/", " / ", "·", "•", ",", ":", " ", "-",
              "*", "\t", "\u3000"]
CELLS = ["a", "x", "ข่าว", "ก", "หน้าแรก", "1", "1,234", ".", "share", "line", "©", "qr code",
         "อ่าน", "views", "<a", "<!--", "<script", "&#", "@", "k", "pin it", "e-mail", "1 k",
         "\u0e48", ""]
TAILS = ["x" * 31, "ก" * 31, "!", "", "\u0e48" * 3, "ข่าว" * 9, "1" * 40, " " * 40]


@st.composite
def adversarial_lines(draw: st.DrawFn) -> str:
    """(cell + separator) repeated up to ~2,000 characters, then a tail that breaks the match."""
    unit = draw(st.lists(st.sampled_from(CELLS), min_size=1, max_size=3))
    sep = draw(st.sampled_from(SEPARATORS))
    piece = sep.join(unit) + sep
    tail = draw(st.sampled_from(TAILS))
    repeat = draw(st.integers(min_value=1, max_value=max(1, (MAX_LINE - len(tail)) // len(piece))))
    return piece * repeat + tail


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n[:60] for n, _ in PATTERNS])
@settings(max_examples=25, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(line=adversarial_lines())
@example(line="a | " * 11 + "x" * 31)  # the case of the issue: 11 s before the fix
@example(line="ข่าว » " * 12 + "ก" * 31)  # 48 s before the fix
@example(line="a | " * 480 + "x" * 31)
@example(line="<a" * 1000)
@example(line="1" * 1990 + "x")
def test_pattern_is_linear_on_adversarial_lines(name: str, pattern: re.Pattern[str],
                                                 line: str) -> None:
    # The best of up to three runs: a busy machine can stall one run, never a linear pattern's
    # three; a backtracking pattern is slow every time.
    seconds = elapsed(pattern, line)
    for _ in range(2):
        if seconds < BUDGET:
            break
        seconds = min(seconds, elapsed(pattern, line))
    assert seconds < BUDGET, f"{name} took {seconds:.2f} s on {line[:60]!r}… ({len(line)} chars)"
