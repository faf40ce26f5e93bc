"""Clock times ("เวลา 10.30 น.", "14.00-16.00 น."), each attached to the nearest day-level date
on its line (within ``TIME_GAP`` characters, before or after)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .candidate import Candidate
from .patterns import patterns

TIME_GAP = 40  # most characters between a date and the time attached to it
# Where a time may be: the ":" or "." between hour and minutes, much rarer than digits, so the
# engine skips to it; the time pattern, which opens with an optional เวลา, is tried only there.
_TIME_HINT = re.compile(r"[.:][0-5]\d")


def times(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``patterns().time.finditer(text)``, found from the ``_TIME_HINT``
    positions.

    Every time match has its hour one or two characters before a _TIME_HINT match, and starts
    there or at a เวลา (with at most two spaces) right before it. The candidate starts are tried
    in text order (a เวลา holds no digit, ":" or ".", so it lies after any earlier hint), and the
    scan resumes after each match, as finditer does.
    """
    p = patterns()
    last_end = pos = 0
    while (hint := _TIME_HINT.search(text, pos)) is not None:
        s = hint.start()
        pos = s + 1
        for q in (s - 2, s - 1):  # the hour has one or two digits
            if q < last_end:
                continue
            m = None
            lead = p.time_lead.search(text, max(last_end, q - 6), q)
            if lead is not None:
                m = p.time.match(text, lead.start())
            if m is None:
                m = p.time.match(text, q)
            if m is not None:
                yield m
                last_end = pos = m.end()
                break


def attach_times(text: str, cands: list[Candidate]) -> None:
    """Give each day-level date the nearest clock time on its line, before or after it."""
    days = [c for c in cands if c.is_day()]  # in text order, disjoint
    starts = [c.start for c in days]
    if not days:
        return
    for m in times(text):
        if not (m.group("lead") or m.group("n1") or m.group("n2")):
            continue  # "10.30" alone may be a decimal
        time = f"{int(m.group('h1')):02d}:{m.group('m1')}"
        if m.group("h2"):
            time += f"-{int(m.group('h2')):02d}:{m.group('m2')}"
        k = bisect_right(starts, m.start())
        options = []
        if k > 0 and days[k - 1].end <= m.start():
            options.append((m.start() - days[k - 1].end, days[k - 1].end, m.start(), days[k - 1]))
        if k < len(days) and days[k].start >= m.end():
            options.append((days[k].start - m.end(), m.end(), days[k].start, days[k]))
        for gap, lo, hi, c in sorted(options, key=lambda o: o[0]):
            if gap <= TIME_GAP and "\n" not in text[lo:hi]:
                if gap < c.time_gap:
                    c.time, c.time_gap = time, gap
                break
