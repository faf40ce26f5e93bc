"""The one overlap rule (as spaCy's ``filter_spans``): among facts of one kind whose spans
overlap, the longest wins, then the earliest; the kept facts come back in text order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ..model import Fact

F = TypeVar("F", bound="Fact")


def filter_spans(facts: Sequence[F]) -> list[F]:
    """Drop facts that overlap a longer (or, at equal length, earlier) fact; keep text order.

    Facts are taken longest first, so every kept fact is at least as long as the one being
    tried: a kept span that overlaps it must cover its first or its last character (one lying
    strictly inside would be shorter). Two look-ups in a map of covered characters decide, and
    marking a kept span costs its length; kept spans are disjoint, so the whole costs
    O(n log n + text length), not a scan or a list insertion per fact (quadratic on a page with
    a hundred thousand dates).
    """
    ranked = sorted(facts, key=lambda f: (-(f.end - f.start), f.start))
    if not ranked:
        return []
    covered = bytearray(max(f.end for f in ranked) + 1)
    kept: list[F] = []
    empty: list[F] = []  # zero-length facts: kept unless strictly inside a kept span
    for fact in ranked:
        if fact.end <= fact.start:
            empty.append(fact)
        elif not (covered[fact.start] or covered[fact.end - 1]):
            covered[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
            kept.append(fact)
    if empty:
        spans = sorted((f.start, f.end) for f in kept)
        starts = [s for s, _ in spans]
        for fact in empty:
            k = bisect_left(starts, fact.end)
            if not (k and spans[k - 1][1] > fact.start):
                kept.append(fact)
    return sorted(kept, key=lambda f: (f.start, f.end))
