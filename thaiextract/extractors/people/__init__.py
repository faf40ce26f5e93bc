"""People: titled and untitled names, their positions and organisations, every mention merged.

Steps, each one pass over the normalised text (modules of this package):
1. ``titles``: titles (``people/titles.tsv``) and the words that merely start like one
   (``people/title_blockers.tsv``) in one Aho-Corasick automaton; adjacent titles stack
   ("พล.ต.อ.ดร.", "ศ.คลินิก นพ."); ``ranks``: royals by their style, monks by their rank name.
2. ``names``: after a title comes the given name, then after one space the surname, each cut out
   of the letters glued after it with pythainlp's bundled name lists, boundary words and the
   dictionary.
3. ``untitled``: untitled full names when both parts are in the name lists ("ทักษิณ ชินวัตร"), a
   name right after a position, a listed given name in quotes.
   ``cues``: untitled names beside a role or nationality cue (``people/role_cues.tsv``), right
   before a position, continuing a list, after a quoted nickname, in quotes, before a speech
   verb; each part must look like a name (listed, unknown to the dictionary and no phrase, or
   an entry no part-of-speech tag marks as an ordinary word).
   ``foreign``: bare foreign names in comma/และ lists and alone before an age; ``results``:
   names before a medal or goal count, and the person after a quoted nickname.
4. ``mentions``: later short mentions (given name, surname, "นาย" + given name) join the full
   mention's person; a repeat with one letter changed is the same person; nicknames ("บิ๊กตู่")
   and aliases ("X หรือ Y") join the person they follow, and a nickname alone is dropped.
5. ``posts``: positions right after a name (apposition), right before it, or after "ในฐานะ" /
   "เป็น"; expanded with the abbreviation table and the organisation lexicon.
6. ``facts``: one fact a person. (Its organisation, a cross-kind decision, is made by
   ``link/people.py`` from the position and the organisation facts.)

The fact's value, stated once: every mention keeps its own title and position (``PersonMention``,
with offsets); the fact's name, title and span are the FIRST FULL MENTION's (given name and
surname written, read by a finder rather than found again as the text of a known name; a royal
style; else the first titled mention; else the first mention); when that mention has no title,
the first titled full mention gives it. The fact's position is that mention's nearest one
(apposition, then "ในฐานะ"/"เป็น", then one written before the name), else the nearest one a
later mention gives. ``positions`` lists every differing position, the fact's first. ``rule``
names the finder of that mention ("title-name", "title-latin-name", "royal-style", "monk-rank",
"name-lists", "after-position", "before-position", "role-cue", "name-list", "quoted-name",
"after-quoted-nickname", "before-speech-verb", "given-before-verb", "foreign-list",
"result-count", "aged-name", "short-mention", "full-repeat") and ``evidence`` holds its cue
words: the title as written, any role cue, the position's head word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ...model import OrganizationFact, PersonFact
from ..wordscan import SpanSet
from .before_post import position_before
from .cues import before_position_mentions, cued_mentions, listed_mentions
from .facts import person_fact
from .foreign import aged_name_mentions, foreign_list_mentions
from .headlines import (
    distinct_pair_mentions,
    given_before_verb_mentions,
    pair_before_verb_mentions,
    quoted_nickname_mentions,
    quoted_pair_mentions,
)
from .mentions import (
    attach_aliases,
    attach_latin_forms,
    attach_monk_names,
    attach_nicknames,
    group_mentions,
)
from .posts import position_heads, positions_after
from .ranks import NAMELESS_ROYAL, monk_rank_mentions, royal_mentions
from .results import quoted_nicknames, result_mentions
from .source import Candidate, PageText, page_text
from .titles import titled_mentions
from .untitled import after_position_mentions, quoted_mentions, untitled_mentions
from .vocab import monk_forms, names_a_thing

if TYPE_CHECKING:
    from ...model import Fact
    from ...pipeline import Prepared

__all__ = ["extract"]


def extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[PersonFact]:
    """Every person of the document; ``facts["organizations"]`` end names and name posts."""
    text = page_text(doc)
    organizations = [f for f in facts.get("organizations", ()) if isinstance(f, OrganizationFact)]
    heads = position_heads(text)
    # Where an organisation mention starts and ends: a position runs on to its end, and no
    # untitled name starts there.
    org_starts = {m.start: m.end for f in organizations for m in f.mentions} if heads else {}
    found = _candidates(text, heads, org_starts)
    nicknames = [m for m in found if m.rule == "nickname"]
    groups = group_mentions(text, [m for m in found if m.rule != "nickname"])
    attach_nicknames(text, groups, nicknames)
    attach_aliases(text, groups, SpanSet((m.start, m.end) for m in found))
    attach_latin_forms(text, groups)
    attach_monk_names(text, groups)
    _attach_positions(text, groups, heads, org_starts)
    out = [person_fact(doc, group) for group in groups if group]
    out.sort(key=lambda f: f.start)
    return out


def _candidates(text: PageText, heads: dict[int, int], org_starts: dict[int, int]) -> (
    list[Candidate]
):
    """Every full or titled mention, in text order; a royal style wins over a title inside it."""
    royals = royal_mentions(text)
    if any(start in text for start in monk_forms("rank_start")):
        royals += monk_rank_mentions(text)  # only a text with "พระ" can hold a rank name
    royal_spans = SpanSet((r.start, r.end) for r in royals)
    titled = [m for m in titled_mentions(text) if not royal_spans.overlaps(m.start, m.end)]
    nicknames, quoted_people = quoted_nicknames(text, titled, [])  # "“น้องแบ๋น” วันดี …"
    titled = [m for m in titled if m.start not in nicknames]
    titled += royals
    taken = [(m.start, m.end) for m in titled + quoted_people]
    untitled = quoted_people + untitled_mentions(text, taken)
    taken += [(m.start, m.end) for m in untitled]
    if heads:
        untitled += after_position_mentions(text, heads, org_starts, taken)
        taken += [(m.start, m.end) for m in untitled]
    cued = cued_mentions(text, taken)
    taken += [(m.start, m.end) for m in cued]
    if heads:
        cued += before_position_mentions(text, heads, taken)
        taken += [(m.start, m.end) for m in cued]
    untitled += cued
    quoted = quoted_nickname_mentions(text, taken)
    taken += [(m.start, m.end) for m in quoted]
    untitled += quoted
    for finder in (quoted_pair_mentions, pair_before_verb_mentions, distinct_pair_mentions):
        more = finder(text, taken)
        taken += [(m.start, m.end) for m in more]
        untitled += more
    alone = given_before_verb_mentions(text, taken)
    taken += [(m.start, m.end) for m in alone]
    untitled += alone
    results = result_mentions(text, taken)
    results += aged_name_mentions(text, titled + untitled,
                                  taken + [(m.start, m.end) for m in results])
    taken += [(m.start, m.end) for m in results]
    untitled += results
    listed = foreign_list_mentions(text, titled + untitled, taken, [*org_starts.items()])
    taken += [(m.start, m.end) for m in listed]
    listed += listed_mentions(text, titled + untitled + listed, taken)
    taken += [(m.start, m.end) for m in listed]
    untitled += listed
    found = [m for m in titled + untitled if m.rule != NAMELESS_ROYAL]
    found = sorted(found + quoted_mentions(text, taken), key=lambda m: m.start)
    return [m for m in found if not names_a_thing(text, m.start)]


def _attach_positions(
    text: PageText, groups: list[list[Candidate]], heads: dict[int, int],
    org_starts: dict[int, int],
) -> None:
    """Positions after each titled or full mention first, then those written before one (a post
    already read as another's apposition is not taken again)."""
    appositions: list[tuple[int, int]] = []
    for group in groups:
        for m in group:
            if m.title is None and not m.full:
                continue
            positions_after(text, m, heads, org_starts)
            appositions += [(s, e) for d, s, e in m.positions if d >= 0]
    head_starts = sorted(heads)
    used = SpanSet(appositions)
    for group in groups:
        for m in group:
            # A given name read after its post ("อดีตนายกฯ สมชาย") takes that post too.
            if m.title is not None or m.full or m.rule == "after-position":
                position_before(text, m, heads, head_starts, used)


