"""Extractor registry: one module a kind of fact, run in dependency order.

Each module exposes ``extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[Fact]``.
``facts`` holds what the extractors before it found (meetings read dates and people). Modules
are imported only when run, so ``--only dates`` never loads the people lexicons.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

# key in the output → (module, keys it needs first)
EXTRACTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "dates": ("dates", ()),
    "organizations": ("organizations", ()),
    "people": ("people", ("organizations",)),
    "meetings": ("meetings", ("dates", "people", "organizations")),
    "initiatives": ("initiatives", ("dates", "organizations")),
}
KINDS = tuple(EXTRACTORS)
ALIASES = {"date": "dates", "person": "people", "persons": "people", "meeting": "meetings",
           "initiative": "initiatives", "organization": "organizations", "orgs": "organizations",
           "organisations": "organizations", "organisation": "organizations"}


def resolve_kinds(only: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Parse ``--only`` ("dates,people") into registry keys; raise ValueError on unknown names."""
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


def needed(kinds: tuple[str, ...]) -> list[str]:
    """``kinds`` plus what they depend on, in registry (dependency) order."""
    wanted: set[str] = set()

    def visit(kind: str) -> None:
        if kind not in wanted:
            wanted.add(kind)
            for dep in EXTRACTORS[kind][1]:
                visit(dep)

    for kind in kinds:
        visit(kind)
    return [k for k in EXTRACTORS if k in wanted]


def run(doc: Prepared, kinds: tuple[str, ...] = KINDS) -> dict[str, list[Fact]]:
    facts: dict[str, list[Fact]] = {}
    # Dates always run first when anything needs the document date.
    for kind in needed(kinds):
        module = import_module(f".{EXTRACTORS[kind][0]}", __name__)
        facts[kind] = list(module.extract(doc, facts))
    return facts
