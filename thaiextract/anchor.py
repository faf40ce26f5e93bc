"""Anchor stage: facts move from the normalised text to the original input, once, at the end.

Extractors and the linker work in one coordinate system, the normalised text. This stage maps
every fact's span and every mention's span through the document's view chain to the original
input, replaces ``text`` with the original characters (``input[start:end] == text``) and fills
``sentence`` with the cleaned text of the sentence the fact starts in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .model import Fact, Mention
    from .pipeline import Prepared

F = TypeVar("F", bound="Fact")
M = TypeVar("M", bound="Mention")


def _mention(doc: Prepared, mention: M) -> M:
    start, end = doc.to_original(mention.start, mention.end)
    return dataclasses.replace(mention, text=doc.original[start:end], start=start, end=end)


def anchor_fact(doc: Prepared, fact: F) -> F:
    """``fact`` with its span, text, sentence and mentions in original coordinates."""
    start, end = doc.to_original(fact.start, fact.end)
    sentence = doc.sentence_at(fact.start)
    changes: dict[str, object] = {
        "text": doc.original[start:end], "start": start, "end": end,
        "sentence": sentence.text if sentence else "",
    }
    mentions = getattr(fact, "mentions", None)
    if mentions:
        changes["mentions"] = tuple(_mention(doc, m) for m in mentions)
    return dataclasses.replace(fact, **changes)


def anchor(doc: Prepared, facts: Mapping[str, Sequence[F]]) -> dict[str, list[F]]:
    """Every kind's facts in original coordinates, order kept."""
    return {kind: [anchor_fact(doc, f) for f in items] for kind, items in facts.items()}
