"""Untitled Thai names in sports results, and quoted nicknames that only look titled.

- Results: "แอนนิภา มูลธาร์ 2 เหรียญเงิน", "ไกรสอน ดัดถุยาวัฒ และสุธิพร วัฒนากสิกรรม คนละ 1
  เหรียญทองแดง": a strict name pair (:func:`shapes.strict_pair`) right before a count of a
  result word (``result`` rows of ``people/role_cues.tsv``) is a person; the members of its
  list are then read by ``cues.listed_mentions``.
- Nicknames: sports and entertainment pages quote a nickname before the full name ("“น้องแบ๋น”
  วันดี คำเอี่ยม"); a nickname title (น้อง, เจ้า …) read there as a titled person is the
  nickname, not a person: :func:`quoted_nicknames` says which titled mentions to give back
  and reads the name after the quotes as the person, the nickname as its mention. Scraped
  text loses curly quotes as "?" ("?น้องแบ๋น? วันดี …"): that counts as a quote here. A quoted
  listed given name longer than a syllable, with no nickname title, is another person
  ("“ทักษิณ” สมชาย วงศ์สวัสดิ์"), not a nickname.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import dictionary_words, name_lists, thai_dictionary, thai_stopwords
from ..wordscan import SpanSet
from .names import verb_phrase
from .shapes import BEFORE_NAME, NICKNAME_MAX, strict_pair, unknown_name
from .source import Candidate, ends_word, letters_end, letters_start
from .titles import title_at
from .vocab import cue_forms, role_words

NICKNAME_FAMILIES = frozenset({"nickname", "familiar"})
LOST_QUOTE = "?"  # a curly quote an encoder could not write


# A quoted word of one to twelve letters and a space: a nickname, when a full name follows.
QUOTED_WORD = re.compile(r"([\"“'?])([\u0e01-\u0e4e]{1,12})([\"”'?]) ")


def quoted_nicknames(
    text: str, titled: list[Candidate], taken: list[tuple[int, int]],
) -> tuple[set[int], list[Candidate]]:
    """The starts of the titled mentions that are a quoted nickname before a full name, and for
    each quoted nickname before a strict name pair the nickname (a mention of the person, rule
    "quoted-nickname") and the person."""
    weak = {m.start: m for m in titled if not m.full and m.title_rows and all(
        t.family in NICKNAME_FAMILIES for t in m.title_rows)}
    strong = SpanSet((m.start, m.end) for m in titled if m.start not in weak)
    occupied = SpanSet(taken)
    drop: set[int] = set()
    found: list[Candidate] = []
    for match in QUOTED_WORD.finditer(text):
        if (match.group(1) == LOST_QUOTE) != (match.group(3) == LOST_QUOTE):
            continue  # "?" stands for a lost quote only on both sides
        nstart, nend = match.span(2)
        if nstart not in weak and _another_name(match.group(2)):
            continue
        gstart = match.end()
        gend = letters_end(text, gstart)
        send = letters_end(text, gend + 1) if text.startswith(" ", gend) else gend
        given = text[gstart:gend]
        # A listed given name: a quoted word before two unknown words is as often a headline's
        # quoted speaker before a verb phrase ("‘สนธิรัตน์’ ปราศรัยอัด …").
        if given not in name_lists()[0] or given in thai_stopwords():
            continue
        if send == gend or not _strict_words(text, gstart, gend, gend + 1):
            continue
        if title_at(text, gstart) is not None or strong.overlaps(nstart, send) or (
            occupied.overlaps(nstart, send)
        ):
            continue
        drop.add(nstart)
        found += [
            Candidate(nstart, nend, given, None, None, (), nstart, rule="quoted-nickname"),
            Candidate(gstart, send, given, text[gend + 1 : send], None, (), gstart, True,
                      rule="after-quoted-nickname"),
        ]
    return drop, found


def _another_name(word: str) -> bool:
    """A quoted word with no nickname title that is a listed given name longer than one short
    syllable: a headline's way to name another person ("“ทักษิณ” สมชาย …"), not a nickname."""
    return len(word) > NICKNAME_MAX and word in name_lists()[0]


def _strict_words(
    text: str, gstart: int, gend: int, sstart: int, loose_surname: bool = False,
) -> bool:
    """The words at ``gstart`` (ending at ``gend``) and ``sstart``, each a whole word, are a
    strict name pair; ``loose_surname``: before a result count the surname may also be Thai
    words glued together that no dictionary holds whole ("วัฒนา|กสิกรรม")."""
    send = letters_end(text, sstart)
    if gend - gstart < 2 or send - sstart < 2 or not ends_word(text, send):
        return False
    if strict_pair(text, gstart, gend, send):
        return True
    given, surname = text[gstart:gend], text[sstart:send]
    if not loose_surname or given in thai_stopwords() or given.startswith(role_words()):
        return False  # "นักกีฬายกน้ำหนักไทย คว้าแล้ว 5 เหรียญทอง": a role, then a verb
    named = given in name_lists()[0] or (len(given) <= GIVEN_MAX and unknown_name(given))
    stops = thai_stopwords()
    return named and len(surname) >= LOOSE_SURNAME_MIN and surname not in thai_dictionary() and (
        not verb_phrase(surname) and not any(p in stops for p in dictionary_words(surname)))


LOOSE_SURNAME_MIN = 5  # a Thai surname of glued words is long ("วัฒนากสิกรรม")
GIVEN_MAX = 12  # nearly every given name is this long or shorter


@lru_cache(maxsize=1)
def _result_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cue_forms("result")))
    each = "|".join(map(re.escape, cue_forms("result_each")))
    return re.compile(rf" (?:(?:{each}) )?\d+ ?(?:{words})")


def result_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Strict name pairs written right before a count of medals or goals."""
    if not any(word in text for word in cue_forms("result")):
        return []  # a C scan of the text for each word first: most articles hold no results
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for match in _result_re().finditer(text):
        end = match.start()
        pair = _pair_ending(text, end)
        if pair is None:
            continue
        gstart, gend = pair
        if occupied.overlaps(gstart, end) or (out and out[-1].end > gstart):
            continue
        out.append(Candidate(gstart, end, text[gstart:gend], text[gend + 1 : end], None, (),
                             gstart, True, rule="result-count"))
    return out


def _pair_ending(text: str, end: int) -> tuple[int, int] | None:
    """(given start, given end) of an untitled strict pair of spaced words ending at ``end``,
    the given name after a space, a mark or a list join ("และ|สุธิพร")."""
    sstart = letters_start(text, end)
    if sstart < 2 or text[sstart - 1] != " ":
        return None
    gend = sstart - 1
    gstart = letters_start(text, gend)
    if gstart > 0 and text[gstart - 1] not in BEFORE_NAME:
        return None
    for opening in cue_forms("list_join"):
        cut = gstart + len(opening)
        if text.startswith(opening, gstart) and _strict_words(text, cut, gend, sstart, True):
            return cut, gend
    if title_at(text, gstart) is not None or not _strict_words(text, gstart, gend, sstart, True):
        return None
    return gstart, gend
