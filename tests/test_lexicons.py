"""Every lexicon loads, has the columns its header names, and no duplicate first column."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from thaiextract import lexicons


@pytest.mark.parametrize("name", lexicons.names())
def test_lexicon_loads_without_duplicates(name: str) -> None:
    rows = lexicons.load(name)
    assert rows, f"{name}.tsv is empty"
    first = next(iter(rows[0]))
    assert all(row[first] for row in rows), f"{name}.tsv has a row with an empty {first!r}"
    # A key may repeat only when another column tells the rows apart.
    keys = Counter(tuple(row.values()) for row in rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"{name}.tsv repeats rows: {dupes[:3]}"


def test_boilerplate_patterns_compile() -> None:
    for row in lexicons.load("boilerplate"):
        re.compile(row["pattern"])
        assert row["scope"] in ("line", "short")


def test_malformed_lexicon_is_reported(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\nx\ty\tz\n", encoding="utf-8")

    class Files:
        def joinpath(self, name: str):
            return tmp_path / name

    monkeypatch.setattr(lexicons.resources, "files", lambda _: Files())
    lexicons.load.cache_clear()
    try:
        with pytest.raises(lexicons.LexiconError, match=r"bad.tsv line 2: 3 cells, header has 2"):
            lexicons.load("bad")
    finally:
        lexicons.load.cache_clear()
