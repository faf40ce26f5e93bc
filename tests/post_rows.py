"""The one person a post table test looks at: found by name, its span checked against the input
(shared by the posts test tables)."""

from __future__ import annotations

from thaiextract.model import PersonFact
from thaiextract.pipeline import extract


def person_named(sentence: str, name: str) -> PersonFact:
    """The only person of ``sentence`` named ``name``; its span is the text it covers."""
    people = extract(sentence, only="people").people
    (person,) = [p for p in people if p.name == name]
    assert sentence[person.start : person.end] == person.text
    assert name in person.text
    return person


def assert_post(sentence: str, name: str, position: str | None, expanded: str | None) -> None:
    """The person's post as written and expanded are these."""
    person = person_named(sentence, name)
    assert (person.position, person.position_expanded) == (position, expanded)
