"""Every lexicon loads, matches its folder's schema, and repeats no row; bad rows are named."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from thaiextract import lexicons

ROOT = Path(lexicons.__file__).parent


@pytest.mark.parametrize("name", lexicons.names())
def test_lexicon_loads_without_duplicates(name: str) -> None:
    rows = lexicons.load(name)
    assert rows, f"{name}.tsv is empty"
    keys = Counter(tuple(row.values()) for row in rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"{name}.tsv repeats rows: {dupes[:3]}"


def test_every_file_is_declared_and_every_declaration_has_a_file() -> None:
    declared = {
        f"{folder.name}/{stem}"
        for folder in ROOT.iterdir()
        if folder.is_dir() and (folder / "_schema.tsv").is_file()
        for stem in lexicons.schema(folder.name)
    }
    assert declared == set(lexicons.names())


def test_no_lexicon_outside_a_kind_folder() -> None:
    assert not list(ROOT.glob("*.tsv"))


@pytest.fixture
def fake_lexicons(tmp_path, monkeypatch):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "_schema.tsv").write_text(
        "lexicon\tcolumn\ttype\nbad\tform\tkey\nbad\tn\tint\nbad\trole\tenum?:a|b\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(lexicons, "FOLDER", str(tmp_path))
    lexicons.load.cache_clear()
    lexicons.schema.cache_clear()
    yield tmp_path / "x" / "bad.tsv"
    lexicons.load.cache_clear()
    lexicons.schema.cache_clear()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("form\tn\trole\nx\t1\ta\ty\n", r"x/bad.tsv line 2: 4 cells, header has 3"),
        ("form\tn\trole\nx\t1\ta\n\nx\tten\n", r"x/bad.tsv line 4, column 'n': 'ten' is not a whole"),
        ("form\tn\trole\n\t1\n", r"x/bad.tsv line 2, column 'form': empty, but the column is"),
        ("form\tn\trole\nx\t1\tc\n", r"x/bad.tsv line 2, column 'role': 'c' is not one of a, b"),
        ("form\tcount\trole\n", r"x/bad.tsv: header \['form', 'count', 'role'\] differs"),
    ],
    ids=["too-many-cells", "not-int", "empty-key", "not-in-enum", "header"],
)
def test_malformed_lexicon_is_reported(fake_lexicons, body: str, message: str) -> None:
    fake_lexicons.write_text(body, encoding="utf-8")
    with pytest.raises(lexicons.LexiconError, match=message):
        lexicons.load("x/bad")


def test_empty_enum_cell_is_allowed_where_declared(fake_lexicons) -> None:
    fake_lexicons.write_text("form\tn\trole\nx\t1\n", encoding="utf-8")
    assert lexicons.load("x/bad") == ({"form": "x", "n": "1", "role": ""},)


def test_a_package_that_is_no_folder_reads_through_importlib_resources(monkeypatch, tmp_path):
    # FOLDER is where the files sit in an installed package; when it is no folder (a zipped
    # package), the files are read through importlib.resources: the same rows.
    from_files = lexicons.load("people/titles")
    monkeypatch.setattr(lexicons, "FOLDER", str(tmp_path / "package.zip"))
    lexicons.load.cache_clear()
    try:
        assert lexicons.load("people/titles") == from_files
        assert any(row["title"] == "นาย" for row in from_files)
    finally:
        lexicons.load.cache_clear()
