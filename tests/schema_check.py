"""Validate thaiextract output against its JSON Schema (for the tests that produce output)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema

from thaiextract.schema import schema


@lru_cache(maxsize=1)
def validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def validate(doc: dict[str, Any]) -> None:
    validator().validate(doc)


def validate_output(text: str) -> int:
    """Validate every document in ``text`` (JSON Lines, a JSON object or an array of them);
    return how many there were."""
    text = text.strip()
    if not text:
        return 0
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines()]
    else:
        docs = data if isinstance(data, list) else [data]
    for doc in docs:
        validate(doc)
    return len(docs)
