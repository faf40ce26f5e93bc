"""The JSON Schema of the output: made from the model, matching the README and every output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from schema_check import validate, validate_output
from typer.testing import CliRunner

from thaiextract.cli import app
from thaiextract.model import FACT_KINDS
from thaiextract.schema import DESCRIPTIONS, fields_of, markdown_table, missing_descriptions, schema

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.jsonl"))
HEADINGS = {
    "document": "One object per document:",
    "date": "### Date facts (`dates`)",
    "person": "### Person facts (`people`)",
    "organization": "### Organisation facts (`organizations`)",
    "meeting": "### Meeting facts (`meetings`)",
    "initiative": "### Initiative facts (`initiatives`)",
}


def test_schema_command_prints_the_shipped_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == schema()
    shipped = json.loads((ROOT / "thaiextract" / "document.schema.json").read_text("utf-8"))
    assert shipped == printed, "regenerate: thaiextract schema > thaiextract/document.schema.json"


@pytest.mark.parametrize("kind", [cls.kind for cls in FACT_KINDS.values()])
def test_every_field_of_the_model_is_in_the_schema(kind: str) -> None:
    cls = next(c for c in FACT_KINDS.values() if c.kind == kind)
    fact = cls(text="", start=0, end=0, sentence="")
    assert fields_of(kind) == list(fact.to_dict())


def test_every_output_field_has_a_description() -> None:
    assert missing_descriptions() == []


@pytest.mark.parametrize("kind", list(HEADINGS))
def test_readme_table_is_made_from_the_schema(kind: str) -> None:
    head = README.index(HEADINGS[kind]) + len(HEADINGS[kind])
    table = README[head:].strip().split("\n\n", 1)[0] + "\n"
    assert table == markdown_table(kind)
    listed = {name for names, _ in DESCRIPTIONS[kind] for name in names}
    assert listed <= set(fields_of(kind)) | {"text", "start", "end"}


@pytest.mark.parametrize("path", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_output_is_valid(path: Path) -> None:
    assert validate_output(path.read_text(encoding="utf-8")) > 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"dates": [{"text": "x"}]}, "is a required property"),
        ({"source": 3}, "is not of type 'string'"),
        ({"weather": []}, "Additional properties are not allowed"),
    ],
    ids=["fact-missing-fields", "wrong-type", "unknown-key"],
)
def test_schema_rejects_what_the_output_never_is(change: dict, message: str) -> None:
    import jsonschema

    doc = {"source": "a.txt", "document_date": None, "document_date_source": None,
           "encoding": "utf-8", **change}
    with pytest.raises(jsonschema.ValidationError, match=message):
        validate(doc)
