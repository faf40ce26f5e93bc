"""The extractor registry: declared needs decide the run order, and a kind run alone with its
needs gives exactly what the full run gives (so no extractor reads what it did not declare)."""

from __future__ import annotations

from pathlib import Path

import pytest

from thaiextract import extractors
from thaiextract.model import KINDS, Document
from thaiextract.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    *(p for p in sorted((ROOT / "samples").glob("*.txt")) if "tis620" not in p.name),
    *sorted((ROOT / "tests" / "articles").glob("*.txt")),
]


def test_every_kind_has_an_extractor_and_a_document_field() -> None:
    assert set(extractors.EXTRACTORS) == {k.key for k in KINDS}
    fields = set(Document.__dataclass_fields__)
    assert all(k.key in fields for k in KINDS)


def test_needs_come_first() -> None:
    assert extractors.order(["meetings"]) == ["dates", "organizations", "people", "meetings"]
    assert extractors.order(["dates"]) == ["dates"]
    for kind in extractors.EXTRACTORS:
        ran = extractors.order([kind])
        for need in extractors.EXTRACTORS[kind].needs:
            assert ran.index(need) < ran.index(kind)


def test_an_extractor_sees_only_what_it_declares(monkeypatch) -> None:
    seen: dict[str, set[str]] = {}
    real = extractors.import_module

    def spying(name: str, package: str):
        module = real(name, package)

        class Spy:
            @staticmethod
            def extract(doc, facts):
                seen[name.lstrip(".")] = set(facts)
                return module.extract(doc, facts)

        return Spy

    monkeypatch.setattr(extractors, "import_module", spying)
    extract("วันที่ 5 มี.ค. 2567 นายสมชาย ใจดี ผู้อำนวยการกองคลัง กระทรวงการคลัง เข้าร่วมการประชุม")
    assert seen == {k: set(e.needs) for k, e in extractors.EXTRACTORS.items()}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
@pytest.mark.parametrize("kind", list(extractors.EXTRACTORS))
def test_kind_alone_equals_full_run(path: Path, kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    full = extract(text, source=path.name).to_dict()
    alone = extract(text, source=path.name, only=kind).to_dict()
    assert alone[kind] == full[kind]
    assert alone["document_date"] == full["document_date"]


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind 'venues'"):
        extractors.resolve_kinds("dates,venues")
    assert extractors.resolve_kinds("person,orgs") == ("people", "organizations")


def test_renderers_know_every_kind() -> None:
    from thaiextract.render import csv_writer, html_writer, table_writer

    keys = [k.key for k in KINDS]
    assert list(csv_writer.SINGULAR) == keys
    assert [key for key, _ in html_writer.SECTION_KEYS] == keys
    assert set(table_writer.LAYOUT) == set(keys)
