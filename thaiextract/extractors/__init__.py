"""Extractor registry: one module a kind of fact, each declaring the kinds it reads.

Each module exposes ``extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[Fact]``.
``facts`` holds exactly the kinds the extractor declares in ``needs``, as read-only sequences: an
extractor cannot read what it did not declare, and the run order is derived from the needs.
Modules are imported only when run, so ``--only dates`` never loads the people lexicons.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..model import KINDS as _MODEL_KINDS

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared


@dataclass(frozen=True, slots=True)
class Extractor:
    kind: str  # the output key it produces
    module: str  # module in this package
    needs: tuple[str, ...] = ()  # kinds it reads


# Why each need: organisations skip month abbreviations inside dates ("3 ก.พ. 2565"); people
# end names and read a post's organisation at organisation mentions; meetings and initiatives end
# names at organisations (a committee's own name, a signing's parties, "แผน… ธปท. ปี 2567"). The
# dates and people of meetings and the dates of initiatives are read by their linkers
# (link/meetings.py, link/initiatives.py): declared here so that they run with ``--only``.
EXTRACTORS: dict[str, Extractor] = {
    e.kind: e
    for e in (
        Extractor("dates", "dates"),
        Extractor("organizations", "organizations", ("dates",)),
        Extractor("people", "people", ("organizations",)),
        Extractor("meetings", "meetings", ("dates", "people", "organizations")),
        Extractor("initiatives", "initiatives", ("dates", "organizations")),
    )
}
KINDS = tuple(k.key for k in _MODEL_KINDS)
ALIASES = {alias: k.key for k in _MODEL_KINDS for alias in (k.singular, *k.aliases)}


def resolve_kinds(only: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Parse ``--only`` ("dates,people") into kind keys; raise ValueError on unknown names."""
    if not only:
        return KINDS
    names = only.split(",") if isinstance(only, str) else [n for o in only for n in o.split(",")]
    kinds = []
    for raw in names:
        name = ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if not name:
            continue
        if name not in EXTRACTORS:
            raise ValueError(f"unknown kind {raw.strip()!r}; choose from {', '.join(KINDS)}")
        kinds.append(name)
    return tuple(dict.fromkeys(kinds))


def order(kinds: Sequence[str]) -> list[str]:
    """``kinds`` plus everything they need, each after its needs (depth-first, stable)."""
    done: list[str] = []
    visiting: set[str] = set()

    def visit(kind: str) -> None:
        if kind in done:
            return
        if kind in visiting:
            raise ValueError(f"extractor needs form a cycle at {kind!r}")
        visiting.add(kind)
        for dep in EXTRACTORS[kind].needs:
            visit(dep)
        visiting.discard(kind)
        done.append(kind)

    for kind in kinds:
        visit(kind)
    return done


def run(doc: Prepared, kinds: Sequence[str] = KINDS) -> dict[str, list[Fact]]:
    """Run ``kinds`` and what they need; each extractor sees only its declared needs."""
    facts: dict[str, list[Fact]] = {}
    for kind in order(kinds):
        spec = EXTRACTORS[kind]
        module = import_module(f".{spec.module}", __name__)
        given: Mapping[str, Sequence[Fact]] = MappingProxyType(
            {need: tuple(facts[need]) for need in spec.needs}
        )
        facts[kind] = list(module.extract(doc, given))
    return facts
