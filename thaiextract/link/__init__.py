"""Link stage: every decision that joins facts of different kinds, then the one overlap rule.

Extractors find candidates of their own kind with their evidence; linkers decide how they relate
(a meeting's date and place, a person's organisation, an initiative's owner and launch date, an
organisation's abbreviation, "is this ศูนย์… a unit or a scheme"). Each linker is a pure function
``(doc, facts) -> facts`` in a module of this package, listed in ``LINKERS`` in the order they
run; it returns new fact lists (facts are frozen) and never edits the document. Last, every kind
is put in text order with overlaps settled by :func:`overlap.filter_spans`.

All offsets here are in the normalised text; the anchor stage maps them to the original after.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .overlap import filter_spans

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

Facts = Mapping[str, Sequence["Fact"]]
Linker = Callable[["Prepared", Facts], dict[str, list["Fact"]]]

# (module, function) pairs, run in this order; each sees the previous one's result.
LINKERS: tuple[tuple[str, str], ...] = (
    ("people", "link_organizations"),
    ("meetings", "link_meetings"),
    ("initiatives", "link_initiatives"),
)

__all__ = ["LINKERS", "filter_spans", "link"]


def link(doc: Prepared, facts: Facts) -> dict[str, list[Fact]]:
    """Run every linker, then settle overlaps kind by kind and sort by position."""
    from importlib import import_module

    current: dict[str, list[Fact]] = {kind: list(items) for kind, items in facts.items()}
    for module, name in LINKERS:
        linker: Linker = getattr(import_module(f".{module}", __name__), name)
        current.update(linker(doc, current))
    return {kind: filter_spans(items) for kind, items in current.items()}
