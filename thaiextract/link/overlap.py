"""The one overlap rule (as spaCy's ``filter_spans``): among facts of one kind whose spans
overlap, the longest wins, then the earliest; the kept facts come back in text order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ..model import Fact

F = TypeVar("F", bound="Fact")


def filter_spans(facts: Sequence[F]) -> list[F]:
    """Drop facts that overlap a longer (or, at equal length, earlier) fact; keep text order."""
    ranked = sorted(facts, key=lambda f: (-(f.end - f.start), f.start))
    # Kept spans do not overlap, so sorted by (start, end) their ends never decrease: the spans
    # starting before a fact's end overlap it iff the last of them ends after its start. A bisect
    # instead of a scan of every kept span (quadratic on a page with thousands of facts).
    taken: list[tuple[int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    kept: list[F] = []
    for fact in ranked:
        k = bisect_left(starts, fact.end)
        if k and ends[k - 1] > fact.start:
            continue
        kept.append(fact)
        at = bisect_right(taken, (fact.start, fact.end))
        taken.insert(at, (fact.start, fact.end))
        starts.insert(at, fact.start)
        ends.insert(at, fact.end)
    return sorted(kept, key=lambda f: (f.start, f.end))

