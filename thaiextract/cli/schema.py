"""``thaiextract schema``: the JSON Schema of the output (see :mod:`thaiextract.schema`)."""

from __future__ import annotations

import json

import typer

from .helptext import summary
from .output import open_output


def schema() -> None:
    """Print the JSON Schema of one output document (a line of `-f jsonl`).

    Example:

        thaiextract schema > document.schema.json
    """
    from ..schema import schema as build

    with open_output(None) as out:
        out.write(json.dumps(build(), ensure_ascii=False, indent=2) + "\n")


def register(app: typer.Typer) -> None:
    app.command(name="schema", short_help=summary(schema))(schema)
