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
from .vocab import company_prefixes, expansion_lookup, modifiers, position_words, post_words

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
    return re.compile(lexicons.alternation(
        dict.fromkeys(a.replace(" ", "") for a in _longest_abbreviations_first())))


# A police region or metropolitan division keeps the space before its number, as its written-out
# name does ("ผู้บัญชาการตำรวจภูธรภาค 2", "ผู้บังคับการตำรวจนครบาล 2"; review s6 P4), after the
# despacing below glued it.
NUMBERED_COMMAND = re.compile(r"(?:(?<=ตำรวจภูธรภาค)|(?<=ตำรวจนครบาล))(?=[0-9๐-๙])")


@lru_cache(maxsize=4096)
def expand_position(position: str) -> str:
    """Abbreviations expanded and organisation short forms completed (kept per text: a post is
    written many times in a document, and each expansion tries every abbreviation)."""
    if not THAI_LETTER.search(position):
        return position  # an English position keeps its spaces
    return NUMBERED_COMMAND.sub(" ", _expand(position))


def _expand(position: str) -> str:
    """:func:`expand_position` of a Thai post."""
    if not THAI_LETTER.search(position):
        return position  # an English position keeps its spaces
    if position.endswith(")") and (abbr := BRACKETED_ABBREVIATION.search(position)):
        position = position[: abbr.start()]  # the organisation is written out: no "(กสร.)"
    table = abbreviation_table()
    # Spaces go ("รมว. ดิจิทัลฯ"), except inside a company's registered name, which keeps them.
    company = min((k for k in map(position.find, company_prefixes()) if k != -1), default=-1)
    out = position.replace(" ", "") if company == -1 else (
        position[:company].replace(" ", "") + position[company:])
    tail = len(out)  # characters after the last written-out abbreviation
    if _any_abbreviation().search(out):
        # Each post of "นายกฯและรมว.กลาโหม" is expanded: the first, and one after each "และ".
        starts = [0] + [k + len(AND) for k in range(len(out)) if out.startswith(AND, k)]
        for start in reversed(starts):
            post, end = _expand_first(out[start:], table)
            out = out[:start] + post
            if start == starts[-1]:
                tail = len(post) - end
    out = out.replace("กระทรวงกระทรวง", "กระทรวง")
    # An organisation completes what follows the abbreviation, or the ministry it ends with
    # ("รมว.|คลัง" → "…กระทรวง|การคลัง"), never a piece of its written-out form ("ผบช.น." is
    # ผู้บัญชาการตำรวจนครบาล, not ผู้บัญชาการ + the bureau's full name).
    floor = len(out) - tail
    if out.endswith(MINISTRY, 0, floor):
        floor -= len(MINISTRY)
    lookup = _despaced_lookup()
    for k in range(floor, len(out)):
        form = out[k:]
        full = lookup.get(form)
        if full is not None and _opens_here(out, k, form):
            return _before_name(out[:k], full) + full
    return out


MINISTRY = "กระทรวง"


SHORT_FORM = 4  # letters: a short form this long may end a longer word ("ปราบป|ราม")


@lru_cache(maxsize=1)
def _despaced_lookup() -> dict[str, str]:
    """The organisation forms with their spaces removed, as a despaced post holds them
    ("จีเอ็มเอ็ม แกรมมี่" is found in "นักร้องสังกัดจีเอ็มเอ็มแกรมมี่", not its last word alone)."""
    table: dict[str, str] = {}
    for form, full in expansion_lookup().items():
        table.setdefault(form.replace(" ", ""), full)
    return table


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """Position heads and abbreviations, written out or not: what a glued organisation follows."""
    return tuple({*position_words(), *abbreviation_table().values()})


def _opens_here(out: str, k: int, form: str) -> bool:
    """A short form without a dot closes the post only right after a head or a dot
    ("ปลัดกทม"); at the end of a longer word it is none ("สารวัตรป้องกันปราบปราม",
    "เจ้าอาวาสวัดกวิศราราม" hold no "ราม" of Ramkhamhaeng University)."""
    if k == 0 or len(form) > SHORT_FORM or "." in form or out[k - 1] in ".ฯ":
        return True
    return out.endswith(_heads(), 0, k)


def _before_name(before: str, full: str) -> str:
    """The post before an organisation's full name, without the prefix word the name repeats
    ("กรรมการผู้อำนวยการใหญ่บริษัท" + "บริษัท การบินไทย จำกัด (มหาชน)": one "บริษัท")."""
    prefix = full.split(" ", 1)[0]
    kept = before.rstrip(" ")
    return kept[: -len(prefix)] if " " in full and kept.endswith(prefix) else before


def _expand_first(post: str, table: dict[str, str]) -> tuple[str, int]:
    """The abbreviation that opens ``post`` (after its modifiers) written out, and where its
    written-out form ends (0 when none opens it)."""
    # After a modifier ("รอง"), or a head that takes the post written after it ("ผู้สมัคร|ส.ส.").
    opens = (*modifiers(), *post_words("takes_post"))
    for abbr in _longest_abbreviations_first():
        written = abbr.replace(" ", "")  # the post is despaced: "โฆษก ตร." is "โฆษกตร." here
        k = post.find(written)
        if k != -1 and (k == 0 or post[:k] in opens):
            end = k + len(table[abbr])
            return post[:k] + table[abbr] + post[k + len(written) :], end
    return post, 0
