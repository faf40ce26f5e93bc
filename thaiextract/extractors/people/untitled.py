"""Names written with no title: both parts in the name lists, a name right after a position, a
listed given name in quotes; and the shape tests of a bare given name and surname they use.
"""

from __future__ import annotations

import re

from ...corpus import dictionary_words, name_lists, thai_dictionary, thai_stopwords
from ..wordscan import THAI_LETTER, SpanSet
from .names import MAX_NAME, pali, surname_end, verb_phrase
from .posts import position_end
from .source import QUOTES, Candidate, letters_end, line_end
from .titles import title_at
from .vocab import (
    name_stops,
    name_tails,
    not_bare_name,
    ordinary_words,
    place_words,
    position_words,
    speech_verb_re,
    speech_verbs,
)

WORD = re.compile(r"[\u0e01-\u0e4e]+")


def bare_given(word: str) -> bool:
    """A given name written with no title: a listed one, or a word that is no dictionary word."""
    given, _ = name_lists()
    if not 2 <= len(word) <= MAX_NAME or word in not_bare_name() or pali(word):
        return False  # a Pali chaya ("…จิตโต") is a monk's name, written after his own title
    if word in given:
        return True
    if word in thai_dictionary() or word.startswith(name_stops()) or word.startswith(place_words()):
        return False
    # A run of ordinary words ("ลงพื้นที่") is a phrase; a name keeps an unknown piece or ends
    # the way names end ("ศรี|โสภา").
    pieces = dictionary_words(word)
    if any(p not in thai_dictionary() for p in pieces):
        return True
    return not any(p in thai_stopwords() for p in pieces) and pieces[-1] in name_tails()


def bare_surname_end(text: str, start: int) -> int | None:
    """End of a surname-shaped word at ``start`` that ends at a boundary, or None."""
    given, family = name_lists()
    run_end = letters_end(text, start)
    end = run_end
    # "ทวีสินกล่าวว่า": a speech verb glued to the surname ends it.
    verb = speech_verb_re().search(text, start + 2, run_end)
    if verb is not None:
        end = verb.start()
    if end - start < 2 or (end == run_end and end < len(text) and text[end] in ".ฯ"):
        return None  # "สตช.": an abbreviation, never a surname
    word = text[start:end]
    if word in not_bare_name() or len(word) > MAX_NAME:
        return None  # a longer run is a phrase ("มาขอคำปรึกษาเรื่อง…")
    if word in family or word in given:
        return end
    if word in thai_dictionary() or len(word) < 3 or word.startswith(name_stops()):
        return None
    if verb_phrase(word):
        return None  # "รมช. มนัญญา เยี่ยมชมโรงสีข้าว": the sentence goes on
    pieces = dictionary_words(word)
    if all(p in thai_dictionary() for p in pieces) and (
        any(p in thai_stopwords() for p in pieces)
        or (len(pieces) <= 2 and pieces[-1] not in name_tails())
    ):
        # "ได้สั่งการ", "ลงพื้นที่": ordinary words; a long compound ("เติม|พิทยา|ไพสิฐ") or a
        # name-like ending ("…|สิทธิ์") reads as a surname.
        return None
    return end


def after_name_glued(text: str, end: int) -> bool:
    """The surname ran into more letters that are no speech verb: a phrase, not a name."""
    return end < len(text) and THAI_LETTER.match(text[end]) is not None and (
        speech_verb_re().match(text, end) is None
    )


def weak_pair(text: str, given: str, surname: str, end: int) -> bool:
    """Two ordinary words that the name lists also hold ("เตือน พายุ ฤดูร้อน") are a name only
    when a speech verb, punctuation or the end follows ("เศรษฐา ทวีสิน ระบุว่า")."""
    words = thai_dictionary()
    if given.startswith(speech_verbs()):
        return True
    if given not in words or surname not in words or surname in name_lists()[1]:
        return False
    nxt = end + 1 if text.startswith(" ", end) else end
    if nxt >= len(text) or not THAI_LETTER.match(text[nxt]):
        return False
    return speech_verb_re().match(text, nxt) is None


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
