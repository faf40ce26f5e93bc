"""Untitled names the way headlines and running text write them: after a quoted nickname, in
quotes, before a speech verb, or as two words too unlike ordinary Thai to be a phrase.
"""

from __future__ import annotations

import re

from ...corpus import (
    dictionary_words,
    name_lists,
    orchid_word_tags,
    thai_dictionary,
)
from ..wordscan import THAI_LETTER, SpanSet
from .shapes import (
    BEFORE_NAME,
    name_part,
    pair_at,
    pair_before,
    strict_pair,
    team_name,
    unknown_name,
)
from .source import Candidate, PageText, letters_end, letters_start
from .titles import title_at
from .vocab import (
    cue_forms,
    name_tails,
    not_bare_name,
    ordinary_words,
    speech_verb_re,
)

# A nickname in quotes written before the full name, as entertainment news does:
# 'ดาราสาว "หนิง"ปณิตา พัฒนาหิรัญ', 'หนุ่ม "เต๋า" อดิศร อรรถกฤษณ์'.
QUOTED_NICKNAME = re.compile(r"[\"“']([\u0e01-\u0e4e]{1,12})[\"”'] ?")


def quoted_nickname_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """A full name right after a quoted nickname, and the nickname as a mention of that person."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for match in QUOTED_NICKNAME.finditer(text):
        gstart = match.end()
        if gstart >= len(text) or not THAI_LETTER.match(text[gstart]):
            continue
        pair = pair_at(text, gstart) if title_at(text, gstart) is None else None
        if pair is None or not (strict_pair(text, gstart, *pair)
                                or _listed_given_pair(text, gstart, *pair)):
            continue
        gend, send = pair
        if occupied.overlaps(match.start(), send) or (out and out[-1].end > match.start()):
            continue
        given = text[gstart:gend]
        nick_start, nick_end = match.span(1)
        out.append(Candidate(nick_start, nick_end, given, None, None, (), nick_start,
                             rule="quoted-nickname"))
        out.append(Candidate(gstart, send, given, text[gend + 1 : send], None, (), gstart, True,
                             rule="after-quoted-nickname"))
    return out


def _listed_given_pair(text: str, gstart: int, gend: int, send: int) -> bool:
    """After a quoted nickname, a listed given name and a surname that the Royal Institute's
    dictionary does not hold, though pythainlp's word list may ('"เมย์"รัชนก อินทนนท์': a
    mountain's name too); an ordinary word there is the headline's verb ('"ตู่"ประยุทธ์
    ยืนยัน')."""
    ordinary = ordinary_words()
    given, surname = text[gstart:gend], text[gend + 1 : send]
    return (given in name_lists()[0] and given not in ordinary
            and (surname in name_lists()[1] or surname not in ordinary))


def speech_verb_starts(text: str) -> list[int]:
    """Where each speech verb starts (``speech_verb_re``'s matches), read once a page: two
    finders walk back from every verb, and the scan is a long alternation over the whole text."""
    memo = text.memo if isinstance(text, PageText) else {}
    starts = memo.get(("speech_verb_starts",))
    if starts is None:
        starts = memo[("speech_verb_starts",)] = [
            m.start() for m in speech_verb_re().finditer(text)
        ]
    return starts  # type: ignore[return-value]


GIVEN_ALONE_MIN = 4  # a given name read alone must be at least this long


def given_before_verb_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """A listed given name that is no ordinary word (the Royal Institute dictionary does not hold
    it; pythainlp's word list holds many names: จักรภพ), standing at a word start and followed by
    a speech verb ("ชัยวัฒน์แถลง…", "ชัยวัฒน์ ยืนยัน…"): headlines name people by the given name.
    Read from each speech verb back (the verbs are rarer than words)."""
    given, _ = name_lists()
    ordinary = ordinary_words()
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    for vstart in speech_verb_starts(text):
        end = vstart - 1 if text.startswith(" ", vstart - 1) else vstart
        start = letters_start(text, end)
        if start > 0 and text[start - 1] not in BEFORE_NAME:
            continue
        name = text[start:end]
        if len(name) < GIVEN_ALONE_MIN or name not in given or name in ordinary or (
                name in not_bare_name()):
            continue  # "ปธน. สหรัฐ กล่าว": pythainlp lists สหรัฐ among given names
        if start not in found and not occupied.overlaps(start, end):
            found[start] = Candidate(start, end, name, None, None, (), start,
                                     rule="given-before-verb")
    return [found[k] for k in sorted(found)]


# Straight or curly quotes around two words; a space may stand before the closing quote, as
# scraped headlines write it ('"เกษม นิมมลรัตน์ "', '“โจ แจ็กสัน”', "‘บูม จิระพิสิษฐ์’").
QUOTED_PAIR = re.compile(
    r"[\"'“‘]([\u0e01-\u0e4e]{2,20}) ([\u0e01-\u0e4e]{2,25}) ?[\"'”’]"
)


def quoted_pair_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Two name-shaped words in quotes, as headlines write people ('"ชาญศิลป์ ตรีนุชกร" CEO …',
    '"ปรีดี พนมยงค์"'): both parts name-shaped and at least one a listed name or a word the
    dictionary does not hold (the quotes are the cue; a pair of ordinary words is a slogan)."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for match in QUOTED_PAIR.finditer(text):
        gstart, send = match.start(1), match.end(2)
        gend = match.end(1)
        if occupied.overlaps(gstart, send) or title_at(text, gstart) is not None:
            continue
        # The quotes are a cue, as a role glued before a name is: two dictionary entries that
        # no tag marks as ordinary words may be a name ("โดนัลด์ ทรัมป์").
        if pair_at(text, gstart, True) != (gend, send):
            continue
        if not _quoted_name(text, gstart, gend, send):
            continue
        out.append(Candidate(gstart, send, match.group(1), match.group(2), None, (), gstart,
                             True, rule="quoted-name"))
    return out


def _foreign_pair(text: str, gstart: int, gend: int, send: int) -> bool:
    """Two words no ordinary-word list holds, one of them unknown to pythainlp's word list too:
    a transliterated name ("อีลอน มัสก์"; อี|ลอน reads as two dictionary pieces)."""
    ordinary = ordinary_words()
    first, second = text[gstart:gend], text[gend + 1 : send]
    return (first not in ordinary and second not in ordinary
            and (unknown_name(first) or unknown_name(second)))


STRONG_SURNAME_MIN = 5  # an unknown word this long after an ordinary one reads as a surname


def _quoted_name(text: str, gstart: int, gend: int, send: int) -> bool:
    """Two quoted words are a name when neither is an ordinary word (the Royal Institute's
    dictionary holds neither, or the name lists do: "ไมเคิล แจ็กสัน", "บูม จิระพิสิษฐ์"), or
    when the second is a clear surname, listed or a long word no dictionary holds ("ปรีดี
    พนมยงค์", "หม่อง ทองดี"). pythainlp's word list carries many foreign names, so it cannot
    tell them from ordinary words; two ordinary words in quotes are a slogan ("ตื่น ตระหนก",
    "ชิม ช้อป")."""
    given, family = name_lists()
    ordinary = ordinary_words()
    first, second = text[gstart:gend], text[gend + 1 : send]
    if all(w in given or w in family or (len(w) >= 2 and w not in ordinary)
           for w in (first, second)):
        return True
    return second in family or (len(second) >= STRONG_SURNAME_MIN and unknown_name(second))


def pair_before_verb_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Two name-shaped words right before a speech verb ("… ธนพล สุทธินันท์ เปิดเผยว่า"), both
    listed names or words the dictionary does not hold; read from each verb back."""
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    auxiliaries = cue_forms("auxiliary")
    for vstart in speech_verb_starts(text):
        aux = next((a for a in auxiliaries if text.endswith(a, 0, vstart)), None) if (
            text.endswith(auxiliaries, 0, vstart)) else None
        if aux is not None and text.startswith(" ", vstart - len(aux) - 1):
            vstart -= len(aux)  # "… ฮุก ได้กล่าวว่า"
        send = vstart - 1 if text.startswith(" ", vstart - 1) else vstart
        before = pair_before(text, send)
        if before is None:
            continue
        gstart, gend = before
        if title_at(text, gstart) is not None or not (
            strict_pair(text, gstart, gend, send) or _foreign_pair(text, gstart, gend, send)
        ):
            continue
        if team_name(text, gstart, send):
            continue  # "อดีตกองหน้า เรอัล มาดริด กล่าวว่า": a club speaks through its people
        if gstart not in found and not occupied.overlaps(gstart, send):
            found[gstart] = Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send],
                                      None, (), gstart, True, rule="before-speech-verb")
    return [found[k] for k in sorted(found)]


def distinct_pair_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """A listed given name that no dictionary holds, then after one space a word of four letters
    or more that no dictionary holds either: a full name wherever it stands ("เจ ชนาธิป
    สรงกระสินธ์ ลงสนาม…"); both words are too unlike ordinary Thai to be a phrase."""
    given, words = name_lists()[0], thai_dictionary()
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    # Set look-ups first, in a comprehension: most words are no listed given name.
    for match in [m for m in SPACED_THAI_WORD.finditer(text) if m.group() in given]:
        first = match.group()
        gstart, gend = match.span()
        if first in words:
            continue
        send = letters_end(text, gend + 1, MAX_SURNAME)
        second = text[gend + 1 : send]
        if second in words or len(second) < 4 or second in given:
            continue
        if gstart > 0 and text[gstart - 1] not in BEFORE_NAME:
            continue
        if send < len(text) and (THAI_LETTER.match(text[send]) or text[send] in ".ฯ"):
            continue
        if not name_part(second) or occupied.overlaps(gstart, send) or verb_led(second):
            continue
        if title_at(text, gstart) is not None or (out and out[-1].end > gstart):
            continue
        out.append(Candidate(gstart, send, first, second, None, (), gstart, True,
                             rule="distinct-pair"))
    return out


def verb_led(word: str) -> bool:
    """Dictionary words led by a verb ("หวัง|ล้างแค้น"): what a place or team name does next
    ("อัลลิอันซ์ อารีนา หวังล้างแค้น"), no surname; a listed surname is one, and so is one
    ending the way names end ("ลอย|ชู|ศักดิ์")."""
    if word in name_lists()[1]:
        return False
    pieces = dictionary_words(word)
    return len(pieces) >= 2 and all(p in thai_dictionary() for p in pieces) and (
        orchid_word_tags().get(pieces[0]) in VERB_START_TAGS) and pieces[-1] not in name_tails()


VERB_START_TAGS = frozenset({"VACT", "VSTA"})


# A whole run of two to 20 Thai letters with a space after it. A longer run's pieces never
# qualify: the first has a letter after it, the others a letter before them (no BEFORE_NAME).
SPACED_THAI_WORD = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{2,20}(?= )")
MAX_SURNAME = 26  # a longer run after the given name is no surname
