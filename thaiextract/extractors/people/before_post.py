"""A post written just before the name ("ปลัดกระทรวงดิจิทัลฯ นางสาว…"), and what the text right
before that post says about whose post it is: a credit line's source ("ที่มา ประชาสัมพันธ์จังหวัด…"),
an office's name the head is glued into ("สำนักงาน|เกษตรจังหวัด…"), or "<person noun>ของ" (the post
of someone the named person belongs to)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ... import lexicons
from ...positions import normalize_position
from ...positions import posts as seats
from ..wordscan import SpanSet
from .names import person_nouns
from .posts import MAX_POSITION, position_end
from .source import Candidate, line_start
from .vocab import modifiers, org_prefixes, post_words

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


# Between a post and the name after it: nothing, one space, or a space and the opening quote of
# a quoted name ('อดีตประธานาธิบดีสหรัฐฯ "จิมมี่ คาร์เตอร์"', Thairath; 'โฆษกพรรค “สมชาย …”').
# A straight quote opens a name only after a space; glued to the text before it, it closes a
# quotation ('…ไปทำหน้าที่แล้ว"นายพิสุทธิ์', ThaiNER 1.5 train L1434).
BEFORE_GAP = re.compile(r"(?: ?[“‘]| [\"']| )?")
# A name in brackets after its post, as releases and the news quoting them write the holder of a
# seat: "รองนายกรัฐมนตรี (พลเอก ประวิตร วงษ์สุวรรณ)" (ThaiNER 1.5 train L3327),
# "รมช.ศธ.(พล.อ.สุรเชษฐ์ ชัยวงศ์)" (L3644), "รองเลขาธิการสภาการศึกษา (ดร.ชัยยศ อิ่มสุวรรณ์)" (L4317).
# The bracket closes right after the name: the brackets hold the name alone.
BRACKET_OPEN = re.compile(r" ?\( ?")
BRACKET_CLOSE = re.compile(r" ?\)")


def position_before(
    text: str, m: Candidate, heads: dict[int, int], head_starts: list[int],
    used: SpanSet,
) -> None:
    """A position written just before the name ("ปลัดกระทรวงดิจิทัลฯ นางสาว…")."""
    if any(d == 0 for d, _, _ in m.positions):
        return
    first = line_start(text, m.start)
    lo = bisect_left(head_starts, max(first, m.start - MAX_POSITION))
    hi = bisect_left(head_starts, m.start)
    for hstart in reversed(head_starts[lo:hi]):
        if text.endswith(org_prefixes(), first, hstart):
            continue  # "สำนักงาน|เกษตรจังหวัด…": the head is glued into an office's name
        if after_credit(text, first, hstart):
            return  # "ที่มา ประชาสัมพันธ์จังหวัด… นาย…": the story's source, no one's post
        start = hstart
        for mod in modifiers():
            if text.endswith(mod, first, start):
                start -= len(mod)
                break
        end = position_end(text, hstart, heads[hstart], m.start)
        if end < m.start and possessed(text, first, start):
            # "บุตรสาวของผู้ว่าราชการจังหวัด (นางสาว…)": the holder's kin, not the holder. A name
            # glued to the post is its holder ("โฆษกของประธานาธิบดีโรดริโก ดูเตร์เต", eval4-107).
            continue
        if BEFORE_GAP.fullmatch(text, end, m.start) or (
                BRACKET_OPEN.fullmatch(text, end, m.start) and BRACKET_CLOSE.match(text, m.end)):
            if not used.overlaps(start, start + 1):  # not already another's apposition
                # An office written before the name outranks a capacity after it (rank 3,
                # positions_after); a role before it ("ประธานในพิธี นายX ในฐานะนายกเทศมนตรี")
                # does not.
                office = bool(seats(normalize_position(text[start:end])))
                m.positions.append((2 if office else 4, start, end))
            return
        if " " in text[hstart : m.start].strip():
            return

