"""Anchor stage: facts move from the normalised text to the original input, once, at the end.

Extractors and the linker work in one coordinate system, the normalised text. This stage maps
every fact's span and every mention's span through the document's view chain to the original
input, replaces ``text`` with the original characters (``input[start:end] == text``) and fills
``sentence`` with the cleaned text of the sentence the fact starts in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from types import MemberDescriptorType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .model import Fact, Mention
    from .pipeline import Prepared

F = TypeVar("F", bound="Fact")
M = TypeVar("M", bound="Mention")

_SPAN = ("text", "start", "end")
_REBUILDERS: dict[tuple[type, tuple[str, ...]], Callable[..., Any]] = {}


def _rebuilder(cls: type, changed: tuple[str, ...]) -> Callable[..., Any]:
    """``f(obj, *values)``: a copy of ``obj`` with the fields ``changed`` set to ``values``, the
    others kept; what ``dataclasses.replace`` returns, about five times faster (every fact and
    mention of every document passes here). The record classes are frozen slots dataclasses
    without ``__post_init__``: the copy is made by setting each slot, with the field names
    written into the function's code. Any other class goes through ``dataclasses.replace``."""
    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    slots = {name: getattr(cls, name, None) for name in names}
    if (any(not isinstance(slot, MemberDescriptorType) for slot in slots.values())
            or any(not f.init for f in fields)  # replace() would not copy those
            or hasattr(cls, "__post_init__") or not set(changed) <= set(names)):
        return lambda obj, *values: dataclasses.replace(obj, **dict(zip(changed, values,
                                                                         strict=True)))
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = [f"def rebuild(obj, {', '.join(changed)}):", "    made = new(cls)"]
    for k, name in enumerate(names):
        namespace[f"set{k}"] = slots[name].__set__  # type: ignore[union-attr]
        lines.append(f"    set{k}(made, {name if name in changed else 'obj.' + name})")
    lines.append("    return made")
    # Built from the class's own field names only (dataclass fields are identifiers).
    exec("\n".join(lines) + "\n", namespace)
    return namespace["rebuild"]  # type: ignore[no-any-return]


def _replacer(cls: type, changed: tuple[str, ...]) -> Callable[..., Any]:
    found = _REBUILDERS.get((cls, changed))
    if found is None:
        found = _REBUILDERS[(cls, changed)] = _rebuilder(cls, changed)
    return found


def _mention(doc: Prepared, mention: M) -> M:
    start, end = doc.chain.to_original(mention.start, mention.end)
    return _replacer(type(mention), _SPAN)(mention, doc.original[start:end], start, end)  # type: ignore[no-any-return]


def anchor_fact(doc: Prepared, fact: F) -> F:
    """``fact`` with its span, text, sentence and mentions in original coordinates."""
    start, end = doc.chain.to_original(fact.start, fact.end)
    sentence = doc.sentence_at(fact.start)
    values: list[object] = [doc.original[start:end], start, end,
                            sentence.text if sentence else ""]
    mentions = getattr(fact, "mentions", None)
    if mentions:
        values.append(tuple(_mention(doc, m) for m in mentions))
        return _replacer(type(fact), (*_SPAN, "sentence", "mentions"))(fact, *values)  # type: ignore[no-any-return]
    return _replacer(type(fact), (*_SPAN, "sentence"))(fact, *values)  # type: ignore[no-any-return]


def anchor(doc: Prepared, facts: Mapping[str, Sequence[F]]) -> dict[str, list[F]]:
    """Every kind's facts in original coordinates, order kept."""
    return {kind: [anchor_fact(doc, f) for f in items] for kind, items in facts.items()}
