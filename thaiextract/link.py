"""Link stage: settle overlaps within a kind and put every kind in text order.

The overlap rule (as spaCy's ``filter_spans``): among facts of one kind whose spans overlap, the
longest wins, then the earliest. Extractors may already have linked within their kind (a person's
later short mentions) and to earlier kinds (a meeting's date); this stage is the last word on
order and overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .model import Fact
    from .pipeline import Prepared

F = TypeVar("F", bound="Fact")


def filter_spans(facts: Sequence[F]) -> list[F]:
    """Drop facts that overlap a longer (or, at equal length, earlier) fact; keep text order."""
    ranked = sorted(facts, key=lambda f: (-(f.end - f.start), f.start))
    taken: list[tuple[int, int]] = []
    kept: list[F] = []
    for fact in ranked:
        if all(fact.end <= s or fact.start >= e for s, e in taken):
            kept.append(fact)
            taken.append((fact.start, fact.end))
    return sorted(kept, key=lambda f: (f.start, f.end))


def link(doc: Prepared, facts: dict[str, list[Fact]]) -> dict[str, list[Fact]]:
    """Final ordering and overlap settling, kind by kind."""
    return {kind: filter_spans(items) for kind, items in facts.items()}
