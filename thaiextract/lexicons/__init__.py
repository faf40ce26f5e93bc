"""Lexicons are data: TSV files beside this module, one entry a line.

Format: the first non-comment line is the header (column names, tab-separated); ``#`` starts a
comment line; blank lines are skipped. Every row must have as many cells as the header (trailing
empty cells may be omitted). ``load(name)`` reads ``name.tsv`` once per process and checks it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


class LexiconError(ValueError):
    """A malformed lexicon file, with the file and line in the message."""


@cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts keyed by the header's column names."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8-sig")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise LexiconError(
                f"{name}.tsv line {number}: {len(cells)} cells, header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cell.strip() for key, cell in zip(header, cells, strict=False)})
    if header is None:
        raise LexiconError(f"{name}.tsv: no header line")
    return tuple(rows)


def names() -> list[str]:
    """Every lexicon shipped with the package."""
    return sorted(
        p.name[:-4] for p in resources.files(__package__).iterdir() if p.name.endswith(".tsv")
    )


def column(name: str, key: str) -> tuple[str, ...]:
    return tuple(row[key] for row in load(name) if row.get(key))
