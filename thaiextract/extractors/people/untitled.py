"""Names written with no title: both parts in the name lists, a name right after a position, a
listed given name in quotes.
"""

from __future__ import annotations

import re

from ...corpus import name_lists, thai_stopwords
from ..wordscan import THAI_LETTER, SpanSet
from .names import after_name_glued, bare_given, bare_surname_end, surname_end, weak_pair
from .posts import position_end
from .source import QUOTES, Candidate, letters_end, line_end
from .titles import title_at
from .vocab import not_bare_name, ordinary_words, position_words

WORD = re.compile(r"[\u0e01-\u0e4e]+")


def untitled_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Full names with no title, both parts in the name lists ("ทักษิณ ชินวัตร")."""
    given, family = name_lists()
    out: list[Candidate] = []
    occupied = SpanSet(taken)
    # The set look-up in a comprehension first: most words are no listed given name.
    for match in [m for m in WORD.finditer(text) if m.group() in given]:
        start, end = match.span()
        if end + 1 >= len(text) or text[end] != " ":
            continue
        if start > 0 and not (text[start - 1].isspace() or text[start - 1] in QUOTES + "(-"):
            continue
        if match.group() in thai_stopwords() or title_at(text, start) is not None:
            continue  # "2,000 นาย รักษา…": นาย is a listed given name too
        send = surname_end(text, end + 1)
        if send is None:
            continue
        if text[end + 1 : send] not in family and not (
            # "สุดารัตน์ เกยุราพันธ์ รมว.สาธารณสุข": an unlisted surname with a position after it
            text.startswith(" ", send) and text.startswith(position_words(), send + 1)
        ):
            continue
        if occupied.overlaps(start, send):
            continue
        out.append(Candidate(start, send, match.group(), text[end + 1 : send], None, (), start,
                             True, rule="name-lists"))
    return out


QUOTED = re.compile(r"[\"']([\u0e01-\u0e4e]{3,20}(?: [\u0e01-\u0e4e]{2,25})?)[\"']")


def quoted_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """A listed given name in quotes, as headlines write people ('"อภิรักษ์" พ้นผิด')."""
    given, _ = name_lists()
    out = []
    occupied = SpanSet(taken)
    for match in QUOTED.finditer(text):
        start, end = match.span(1)
        first, _, last = match.group(1).partition(" ")
        if first not in given or occupied.overlaps(start, end):
            continue
        if last and surname_end(text, start + len(first) + 1) != end:
            continue
        out.append(Candidate(start, end, first, last or None, None, (), start, bool(last),
                             rule="quoted-name"))
    return out


def after_position_mentions(
    text: str, heads: dict[int, int], org_starts: dict[int, int], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Untitled names written right after a position ("รมว.คลัง อาคม เติมพิทยาไพสิฐ เปิดเผยว่า")."""
    out: list[Candidate] = []
    occupied = SpanSet(taken)
    for hstart in sorted(heads):
        limit = line_end(text, hstart)
        end = position_end(text, hstart, heads[hstart], limit, org_starts)
        # After a space, or glued after the paiyannoi that ends an abbreviation ("ผู้ว่าฯสมชาย").
        gstart = end + 1 if text.startswith(" ", end) else end if text[end - 1] == "ฯ" else limit
        if gstart >= limit or not THAI_LETTER.match(text[gstart]):
            continue
        if title_at(text, gstart) is not None or gstart in org_starts:
            continue  # a titled name is read elsewhere; an organisation is no name
        gend = letters_end(text, gstart)
        if gend + 1 >= limit or text[gend] != " " or not bare_given(text[gstart:gend]):
            continue
        send = bare_surname_end(text, gend + 1)
        if send is None or gend + 1 in org_starts or after_name_glued(text, send) or (
            weak_pair(text, text[gstart:gend], text[gend + 1 : send], send)
        ):
            send = None
            if not _given_after_post(text[gstart:gend]):
                continue
        if occupied.overlaps(gstart, send or gend) or (out and out[-1].end > gstart):
            continue
        surname = text[gend + 1 : send] if send else None
        out.append(Candidate(gstart, send or gend, text[gstart:gend], surname, None, (),
                             gstart, send is not None, rule="after-position"))
    return out


def _given_after_post(word: str) -> bool:
    """A given name alone after a post ("อดีตนายกฯ สมชาย เชื่อ…", "ผู้ว่าฯ ชัชชาติ ลงพื้นที่"), as
    headlines name office holders: a listed given name that is no ordinary word (the Royal
    Institute's dictionary does not hold it) and no stop word."""
    given, _ = name_lists()
    return (len(word) >= GIVEN_AFTER_POST_MIN and word in given and word not in ordinary_words()
            and word not in not_bare_name())  # stop words, places: "ปธน. สหรัฐ กล่าว"


GIVEN_AFTER_POST_MIN = 4  # a shorter listed name alone is a word as often ("ชัย", "ดี")
