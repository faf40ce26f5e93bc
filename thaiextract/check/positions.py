"""person-position-conflict: one person given two posts that cannot both be held now.

The rule is :func:`thaiextract.positions.positions_clash`: two posts clash when neither contains
the other (the same seat, written shorter or abbreviated, or one of the seats of a combined post
"A และ B") and the seats exclude each other (one family: another ministry, province or rank; two
families not listed in ``check/position_concurrent.tsv``: นายกรัฐมนตรี vs ผู้บัญชาการทหารบก).
Seats the article names together for this person ("นายกรัฐมนตรีและผู้บัญชาการทหารบก") are held
at once, wherever else they are named apart. Roles (chairing, heading a centre) never clash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import combinations

from ..lexicons import alternation, load
from ..model import PersonFact
from ..normalize import normalize_text
from ..positions import Post, normalize_position, positions_clash, posts
from .findings import Finding, finding
from .people import Said, SentenceOf, by_person, conflicts, mention_values, no_sentences, said_at
from .people import unique as unique_said


def _fuller(written: str, expanded: str | None) -> str:
    """The extractor's expansion (ministry names completed) unless it names fewer seats."""
    if expanded and len(posts(normalize_position(expanded))) >= len(
            posts(normalize_position(written))):
        return expanded
    return written


def said_positions(fact: PersonFact, sentence_of: SentenceOf = no_sentences) -> list[Said]:
    """Each position written for this person and where: at its mention when the extractor
    keeps one a mention, else the fact's position and its later ``positions``."""
    found = [(m, p, p) for m, p in mention_values(fact, "position")]
    if not found and fact.position:
        found = [(fact, fact.position, _fuller(fact.position, fact.position_expanded))]
    said = [said_at(value, normalize_position(full), where, fact, sentence_of)
            for where, value, full in found]
    # Later positions without a place: the main one again, or one a mention has, is no other.
    known = {fact.position, fact.position_expanded} | {s.compare for s in said}
    for item in getattr(fact, "positions", ()) or ():
        if item and item not in known and normalize_position(item) not in known:
            said.append(said_at(item, normalize_position(item), fact, fact, sentence_of))
    return said


APPOINTMENT_WINDOW = 4  # characters between a "before" cue and the post (spaces, ให้, ไป)


@lru_cache(maxsize=1)
def _appointment_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = load("check/appointment_cues")
    before = alternation(normalize_text(r["cue"]) for r in rows if r["place"] == "before")
    after = alternation(normalize_text(r["cue"]) for r in rows if r["place"] == "after")
    return re.compile(f"(?:{before}).{{0,{APPOINTMENT_WINDOW}}}$"), re.compile(f"(?:{after})")


def appointed(said: Said) -> bool:
    """The post is one the person is appointed to (… เป็นอธิบดี…, …คนใหม่), not one held."""
    value, sentence = normalize_text(said.value), normalize_text(said.sentence)
    before_re, after_re = _appointment_res()
    if after_re.search(value):
        return True  # the people extractor kept the cue inside the post
    at = sentence.find(value)
    while at >= 0:
        end = at + len(value)
        if before_re.search(sentence, max(0, at - 16), at) or after_re.match(sentence, end):
            return True
        at = sentence.find(value, at + 1)
    return False


def stated_together(said: Iterable[Said]) -> list[tuple[Post, Post]]:
    """Pairs of seats one position names side by side ("A และ B"): held at once."""
    return [pair for s in said for pair in combinations(posts(s.compare), 2)]


def check_positions(people: Iterable[PersonFact],
                    sentence_of: SentenceOf = no_sentences) -> Iterator[Finding]:
    for facts in by_person(people):
        said = unique_said(s for f in facts for s in said_positions(f, sentence_of)
                           if not appointed(s))
        clash = partial(positions_clash, together=stated_together(said))
        for first, later in conflicts(said, clash):
            yield finding("person-position-conflict", later, spans=(first, later),
                          name=facts[0].name, first=first.value, second=later.value)
