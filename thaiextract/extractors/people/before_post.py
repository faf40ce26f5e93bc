"""What the text right before a post says about whose post it is: a credit line's source
("ที่มา ประชาสัมพันธ์จังหวัด…"), an office's name the head is glued into ("สำนักงาน|เกษตรจังหวัด…"),
or "<person noun>ของ" (the post of someone the named person belongs to). Used by
``posts.position_before``."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from .names import person_nouns
from .vocab import post_words

# "<person noun>ของ" right before a post: the post is its holder's, and the name after it is the
# person the noun names ("ภริยาของรองนายกรัฐมนตรี (นาง…)", "คนขับรถของผู้อำนวยการ… (นาย…)").
# The noun is the word glued before "ของ" (after a space, a bracket or the line start: a longer
# glued run may hold "ของ" after anything).
POSSESSOR = re.compile(r"(?<![^\s(])([^\s()]{1,24})ของ ?$")


def possessed(text: str, first: int, start: int) -> bool:
    """The post at ``start`` is the object of "ของ" after a noun for a person (kin, staff, a
    post): "เลขานุการส่วนตัวของรัฐมนตรี… (นาย…)" is the minister's secretary, not the minister."""
    match = POSSESSOR.search(text, max(first, start - 30), start)
    if match is None:
        return False
    return match.group(1).startswith(person_nouns() + post_words("possessor"))


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern[str]:
    """Credit words (``people/credit_words.tsv``) ending the text before a head, each a word of
    its own ("ที่มา ", "ภาพ/ข่าว : "), not the end of a longer one ("ถ่ายภาพ")."""
    words = lexicons.alternation(r["word"] for r in lexicons.load("people/credit_words"))
    return re.compile(rf"(?:^|\s)(?:{words})(?:[ :/\-–|]*(?:{words}))*[ :/\-–|]*$", re.M)


def after_credit(text: str, first: int, hstart: int) -> bool:
    """A credit line names the story's source before the head ("ที่มา ประชาสัมพันธ์จังหวัด…")."""
    return _credit_re().search(text, first, hstart) is not None


@lru_cache(maxsize=1)
def org_prefixes() -> tuple[str, ...]:
    """The words that open an organisation's name (``organizations/patterns``)."""
    return tuple(r["prefix"] for r in lexicons.load("organizations/patterns"))
