"""A post written out: its abbreviations expanded (``people/position_abbreviations.tsv``) and
its organisation's short form completed from the organisation lexicon, for ``position_expanded``
("รมว.ดีอีเอส" → "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"; each post of "นายกฯ และ
รมว.กลาโหม" in turn).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from ...positions import abbreviation_table
from ..wordscan import THAI_LETTER
from .vocab import company_prefixes, expansion_lookup, modifiers

AND = "และ"

# The abbreviation of the post's organisation in brackets after it, consonants and dots only
# ("อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน (กสร.)", thaigov.go.th; "รัฐมนตรีว่าการกระทรวงสาธารณสุข
# (สธ.)", MGR Online): part of the post as written. A nickname or a caption word in brackets
# holds vowels ("(เสี่ยหนู)", "(ซ้าย)").
BRACKETED_ABBREVIATION = re.compile(r" ?\((?:[\u0e01-\u0e2e]\.?){2,7}\)")


@lru_cache(maxsize=1)
def _longest_abbreviations_first() -> tuple[str, ...]:
    """The abbreviation table's keys, longest first (ties in table order), sorted once."""
    return tuple(sorted(abbreviation_table(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_abbreviation() -> re.Pattern[str]:
    """Any abbreviation of the table (a pre-check: most posts hold none, and the loop that
    picks one finds each in turn)."""
    return re.compile(lexicons.alternation(_longest_abbreviations_first()))


@lru_cache(maxsize=4096)
def expand_position(position: str) -> str:
    """Abbreviations expanded and organisation short forms completed (kept per text: a post is
    written many times in a document, and each expansion tries every abbreviation)."""
    if not THAI_LETTER.search(position):
        return position  # an English position keeps its spaces
    if position.endswith(")") and (abbr := BRACKETED_ABBREVIATION.search(position)):
        position = position[: abbr.start()]  # the organisation is written out: no "(กสร.)"
    table = abbreviation_table()
    # Spaces go ("รมว. ดิจิทัลฯ"), except inside a company's registered name, which keeps them.
    company = min((k for k in map(position.find, company_prefixes()) if k != -1), default=-1)
    out = position.replace(" ", "") if company == -1 else (
        position[:company].replace(" ", "") + position[company:])
    if _any_abbreviation().search(out):
        # Each post of "นายกฯและรมว.กลาโหม" is expanded: the first, and one after each "และ".
        starts = [0] + [k + len(AND) for k in range(len(out)) if out.startswith(AND, k)]
        for start in reversed(starts):
            out = out[:start] + _expand_first(out[start:], table)
    out = out.replace("กระทรวงกระทรวง", "กระทรวง")
    lookup = expansion_lookup()
    for k in range(len(out)):
        full = lookup.get(out[k:])
        if full is not None:
            return out[:k] + full
    return out


def _expand_first(post: str, table: dict[str, str]) -> str:
    """The abbreviation that opens ``post`` (after its modifiers) written out."""
    for abbr in _longest_abbreviations_first():
        k = post.find(abbr)
        if k != -1 and (k == 0 or post[:k] in modifiers()):
            return post[:k] + table[abbr] + post[k + len(abbr) :]
    return post
