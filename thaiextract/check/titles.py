"""person-title-conflict: one person given two titles that replace each other.

Titles come from ``people/titles.tsv`` (the extractor's lexicon). Titles of the rank families
(civil นาย/นาง, military, police, monk, royal) replace one another: a person has one. Degrees and
professions (ดร., นพ., ศ.) stack on them instead, so นาย vs ดร. is no clash; but two academic
ranks (รศ. vs ศ.) or two medical titles (นพ. vs พญ.) are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..lexicons import alternation, load
from ..model import PersonFact
from ..positions import compare_key
from .findings import Finding, finding
from .people import Said, SentenceOf, by_person, conflicts, mention_values, no_sentences, said_at
from .people import unique as unique_said

_RANK_FAMILIES = frozenset({"civil", "military", "police", "monk", "royal"})
_ACADEMIC_RANK = "ศาสตราจารย์"  # ศ./รศ./ผศ. in full; ดร. is a degree beside them


@lru_cache(maxsize=1)
def _title_words() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Title word (compare form) → (family, expanded); one pattern, longest first."""
    table: dict[str, tuple[str, str]] = {}
    honorifics = {compare_key(r["word"]) for r in load("check/honorifics")}
    for row in load("people/titles"):
        key = compare_key(row["title"])
        if key in honorifics:
            table.setdefault(key, ("honorific", key))  # matched, so never part of a longer word
        elif key:
            table.setdefault(key, (row.get("family") or "",
                                   compare_key(row.get("expanded") or "") or key))
    pattern = re.compile(f"(?:{alternation(table)})" if table else r"(?!)")
    return pattern, table


def title_groups(title: str) -> dict[str, set[str]]:
    """A stacked title's words by group: "rank" (one of นาย/พล.อ./พ.ต.อ. …), "academic-rank",
    or the word's own family (medical …); unknown words are left out."""
    pattern, table = _title_words()
    groups: dict[str, set[str]] = {}
    for m in pattern.finditer(compare_key(title)):
        family, expanded = table[m.group()]
        if family in _RANK_FAMILIES:
            group = "rank"
        elif family == "academic":
            if _ACADEMIC_RANK not in expanded:
                continue  # ดร. stacks on anything
            group = "academic-rank"
        elif family == "medical":
            group = family
        else:
            continue  # honorifics, nicknames, English titles: said beside the real title
        groups.setdefault(group, set()).add(expanded)
    return groups


def titles_clash(a: str, b: str) -> bool:
    """Two compare-form titles that cannot both be one person's (นาย vs พล.อ., นพ. vs พญ.)."""
    # Words, not substrings: "ศ" is inside "รศ"; พล.อ. vs พล.อ.ดร. share their rank word.
    groups_a, groups_b = title_groups(a), title_groups(b)
    return any(groups_a[g].isdisjoint(groups_b[g]) for g in groups_a.keys() & groups_b.keys())


def said_titles(fact: PersonFact, sentence_of: SentenceOf = no_sentences) -> list[Said]:
    """Each title written for this person, at its mention (the fact's own if none is kept)."""
    found = mention_values(fact, "title")
    if not found and fact.title:
        found = [(fact, fact.title)]
    return [said_at(title, compare_key(title), where, fact, sentence_of) for where, title in found]


def check_titles(people: Iterable[PersonFact],
                 sentence_of: SentenceOf = no_sentences) -> Iterator[Finding]:
    for facts in by_person(people):
        said = unique_said(s for f in facts for s in said_titles(f, sentence_of))
        for first, later in conflicts(said, titles_clash):
            yield finding("person-title-conflict", later, spans=(first, later),
                          name=facts[0].name, first=first.value, second=later.value)
