"""Royals named by their style and monks named by their ecclesiastical rank: names that no
title opens, each read with one automaton or one compiled pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import thai_dictionary
from .names import pali
from .source import Candidate
from .titles import title_at
from .vocab import monk_forms, royal_automaton

NAMELESS_ROYAL = "royal-nameless"


def royal_mentions(text: str) -> list[Candidate]:
    """Royals named by their style ("สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"): the name is the
    style as written. A style that names no one ("พระบาทสมเด็จพระเจ้าอยู่หัว", "ในหลวง": whom it
    means depends on the article's date) is read too, rule :data:`NAMELESS_ROYAL`, so that no
    finder takes a name inside it, but it is no person (``people/royals.tsv`` gives it no
    ``person``, so the automaton's person is the form itself)."""
    out = []
    for last, (form, person) in royal_automaton().iter_long(text):
        start, end = last - len(form) + 1, last + 1
        if end < len(text) and text[end] == "ฯ":
            end += 1
        rule = NAMELESS_ROYAL if person == form else "royal-style"
        out.append(Candidate(start, end, person, None, None, (), start, True,
                             display=text[start:end], rule=rule))
    return out


@lru_cache(maxsize=1)
def _monk_rank() -> re.Pattern[str]:
    """A monk's ecclesiastical rank name ("พระพรหมวชิรญาณ") is his name; it is told from
    "พระราชทาน" and the like by the monastic post written right after it (``people/monks.tsv``)."""
    def alt(kind: str) -> str:
        return "|".join(map(re.escape, monk_forms(kind)))

    return re.compile(
        rf"(?:{alt('rank_start')})(?:{alt('rank_stem')})[\u0e01-\u0e4e]{{3,25}}"
        rf"(?= ?(?:{alt('post')}))"
    )


# A rank name of any stem, told by the monk's own name in brackets after it, perhaps after the
# abbreviation of a rank's grade ("พระไพศาลประชาทร วิ. (พบโชค ติสฺสวํโส)", "พระเทพวิทยาคม
# (หลวงพ่อคูณ ปริสุทโธ)"): the bracket ends in a Pali chaya.
@lru_cache(maxsize=1)
def _rank_before_bracket() -> re.Pattern[str]:
    starts = "|".join(map(re.escape, monk_forms("rank_start")))
    return re.compile(rf"(?:{starts})[\u0e01-\u0e4e]{{4,25}}"
                      rf"(?=(?: [\u0e01-\u0e4e]{{1,4}}\.)? ?\(([^()\n]{{2,60}})\))")


def _monk_in_brackets(inside: str) -> bool:
    """A monk's own name in the brackets: a given name and a Pali chaya ("พบโชค ติสฺสวํโส",
    "หลวงพ่อคูณ ปริสุทโธ"). One word is the common name of a Buddha image as often ("หลวงพ่อโต")."""
    words = inside.split()
    return len(words) >= 2 and pali(words[-1])


def _rank_name(name: str) -> bool:
    """พระ + a stem that names a rank: no Buddha image or temple object ("พระพุทธรูป…",
    "พระประธาน") and no one dictionary word."""
    start = next((s for s in monk_forms("rank_start") if name.startswith(s)), "")
    return not name.startswith(monk_forms("not_rank"), len(start)) and (
        name not in thai_dictionary())


def monk_rank_mentions(text: str) -> list[Candidate]:
    out = []
    for match in _monk_rank().finditer(text):
        start, end = match.span()
        out.append(Candidate(start, end, match.group(), None, None, (), start, True,
                            display=match.group(), rule="monk-rank"))
    if "(" not in text:
        return out
    for match in _rank_before_bracket().finditer(text):
        start, end = match.span()
        if not _monk_in_brackets(match.group(1)) or not _rank_name(match.group()) or any(
                m.start < end and start < m.end for m in out):
            continue
        title = title_at(text, start)
        if title is not None and title.strong:
            continue  # "พระครูวิมล… (…)": a monk's title and a name, read by the title finder
        out.append(Candidate(start, end, match.group(), None, None, (), start, True,
                             display=match.group(), rule="monk-rank"))
    return sorted(out, key=lambda m: m.start)
