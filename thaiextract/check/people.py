"""What an article says about each person, mention by mention, for the title and position checks.

The people extractor merges the mentions of one person into one fact; each
:class:`~thaiextract.model.PersonMention` keeps the title and position written at that place.
A check reads those per-mention attributes when the extractor gives them, and the fact's own
fields (the first full mention's) otherwise, so facts from older extractors still work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import PersonFact
from ..positions import name_key

SentenceOf = Callable[[int], "str | None"]  # original offset → the sentence there, if known


@dataclass(frozen=True, slots=True)
class Said:
    """One thing said about someone (a title, a position, a date) and where."""

    value: str
    compare: str
    text: str
    start: int
    end: int
    sentence: str


def no_sentences(start: int) -> str | None:
    return None


def said_at(value: str, compare: str, where: Any, fact: Any,
            sentence_of: SentenceOf = no_sentences) -> Said:
    """``value`` said at ``where`` (a mention or the fact itself), with its sentence."""
    sentence = fact.sentence if where is fact else sentence_of(where.start) or fact.sentence
    return Said(value, compare, where.text, where.start, where.end, sentence)


def mention_values(fact: Any, attribute: str) -> list[tuple[Any, str]]:
    """(mention, value) for each mention of ``fact`` that carries ``attribute``."""
    found = []
    for mention in getattr(fact, "mentions", ()) or ():
        value = getattr(mention, attribute, None)
        if value:
            found.append((mention, value))
    return found


def unique(said: Iterable[Said]) -> list[Said]:
    """In text order, each (place, value) once."""
    seen: dict[tuple[int, int, str], Said] = {}
    for item in said:
        seen.setdefault((item.start, item.end, item.compare), item)
    return sorted(seen.values(), key=lambda s: (s.start, s.end))


def conflicts(said: list[Said], clash: Callable[[str, str], bool]
              ) -> Iterator[tuple[Said, Said]]:
    """Pairs (first, later) that clash, in text order; each later value reported once."""
    kept: list[Said] = []
    reported: set[str] = set()
    for item in sorted(said, key=lambda s: s.start):
        if item.compare not in reported and all(k.compare != item.compare for k in kept):
            other = next((k for k in kept if clash(k.compare, item.compare)), None)
            if other is not None:
                reported.add(item.compare)
                yield other, item
        kept.append(item)


def by_person(people: Iterable[PersonFact]) -> list[list[PersonFact]]:
    """The facts of each person, grouped by name (spaces, ฯ and เเ/แ spellings ignored)."""
    groups: dict[str, list[PersonFact]] = {}
    for person in people:
        if person.name:
            groups.setdefault(name_key(person.name), []).append(person)
    return list(groups.values())
