"""Untitled names beside a role or a nationality: sports, crime and foreign news name people bare.

"กองหน้าชาวบราซิล โรแบร์โต้ ซิลวา", "ประธานาธิบดีเอ็มมานูเอล มาครง", "ฟาบิโอ โรส์ซี กุนซือชาว
อิตาลี", "ผู้ต้องหา สมชาย ใจดี". A cue is a role word (``people/role_cues.tsv``), optionally with a
nationality glued after it ("ชาว" + a country from pythainlp's list), or a nationality alone. The
two words next to the cue are a name when each looks like a name part (:func:`name_part`): a
listed name, a word the dictionary does not know, or a dictionary entry that no part-of-speech
tag marks as an ordinary word (pythainlp's dictionary holds many foreign names: ปูติน, ทรัมป์).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import (
    dictionary_words,
    name_lists,
    orchid_word_tags,
    thai_countries,
    thai_dictionary,
    thai_stopwords,
)
from ...lexicons import load
from ..wordscan import THAI_LETTER, SpanSet
from .names import MAX_NAME, function_word, phrase_pieces, surname_end
from .source import QUOTES, Candidate, letters_end
from .titles import title_at
from .vocab import (
    cue_forms,
    join_forms,
    modifiers,
    name_stops,
    not_bare_name,
    place_words,
    role_words,
    speech_verb_re,
    speech_verbs,
)

KARAN = "\u0e4c"  # thanthakhat: silences a letter, as transliterations of foreign names do
CUE_KINDS = frozenset({"role", "glued_role", "after"})  # the rows of role_cues.tsv that are cues
LONG_CUE = 5  # a cue this long begins a word even glued after others ("กับประธานาธิบดี…")
# ORCHID tags of a proper noun; a dictionary word tagged otherwise is an ordinary word.
PROPER_TAGS = frozenset({"NPRP"})
BEFORE_NAME = frozenset(" " + QUOTES + "(:-\n")  # what may stand before a bare name


@lru_cache(maxsize=1)
def _cues() -> tuple[object, dict[str, str]]:
    import ahocorasick

    kinds = {row["word"]: row["kind"] for row in load("people/role_cues")}
    auto = ahocorasick.Automaton()
    for word, kind in kinds.items():
        if kind in CUE_KINDS:
            auto.add_word(word, (word, kind))
    for country in thai_countries():
        form = nationality() + country
        if not auto.exists(form):
            auto.add_word(form, (form, "nationality"))
    auto.make_automaton()
    return auto, kinds


def nationality() -> str:
    """The word glued before a country that makes a nationality ("ชาว")."""
    return cue_forms("nationality")[0]


def _nationality_end(text: str, pos: int) -> int:
    """``pos`` moved past a nationality glued there ("กองหน้า|ชาวบราซิล")."""
    if not text.startswith(nationality(), pos):
        return pos
    end = letters_end(text, pos + len(nationality()))
    for k in range(end, pos + len(nationality()), -1):
        if text[pos + len(nationality()) : k] in thai_countries():
            return k
    return pos


@lru_cache(maxsize=1)
def _not_name_starts() -> tuple[str, ...]:
    return (nationality(), *name_stops(), *speech_verbs(), *place_words())


def name_part(word: str) -> bool:
    """Does ``word`` look like one part of a person's name?"""
    # (A Pali ending is no evidence here: foreign names end so too, "วาเลนติโน".)
    if not 2 <= len(word) <= MAX_NAME or word in not_bare_name():
        return False
    given, family = name_lists()
    if word in given or word in family:
        return True
    if word in thai_stopwords() or word.startswith(_not_name_starts()):
        return False
    if word in thai_dictionary():
        tag = orchid_word_tags().get(word)
        # A common noun written with a karan is a transliterated name as often ("มาร์ค").
        loan = tag == "NCMN" and KARAN in word
        if len(word) < 3 or (tag is not None and tag not in PROPER_TAGS and not loan):
            return False
        # An untagged entry may be a phrase the dictionary lists whole ("รวม|ไปถึง").
        return not any(_phrase(pieces) for pieces in _two_words(word))
    # Not in the dictionary: a transliteration or a Thai compound name, unless it reads as a
    # phrase ("ชอบ|ด้วย|กฎหมาย", "ไทย|แน่นอน") or holds a title ("หลานชายของ|สมเด็จ|ฮุน").
    pieces = dictionary_words(word)
    if any(function_word(p) for p in pieces[1:-1] if len(p) >= 3):
        return False  # "หลานชาย|ของ|…": a function word inside
    return not _phrase(pieces) and not any(p in _title_words() for p in pieces)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(r["title"] for r in load("people/titles") if len(r["title"]) >= 3)


def _phrase(pieces: tuple[str, ...]) -> bool:
    """Dictionary pieces that read as words of a sentence: a country first ("ไทย|แน่นอน"), a
    stop word ("คน|ใหม่"), a word tagged as a function word before the last piece ("ชอบ|ด้วย|
    กฎหมาย"; a last one ends names: "เถื่อน|กลาง"), or what :func:`names.phrase_pieces` calls a
    phrase."""
    words = thai_dictionary()
    if len(pieces) < 2 or not all(p in words for p in pieces):
        return False  # a piece no dictionary word covers: a transliteration ("มา|ครง")
    if pieces[0] in thai_countries() or phrase_pieces(pieces):
        return True
    return any(p in thai_stopwords() and len(p) >= 2 for p in pieces) or any(
        function_word(p) for p in pieces[:-1] if len(p) >= 2
    )


def _two_words(word: str) -> list[tuple[str, ...]]:
    """Every split of ``word`` into two dictionary words."""
    words = thai_dictionary()
    return [(word[:k], word[k:]) for k in range(2, len(word) - 1)
            if word[:k] in words and word[k:] in words]


def _pair_at(text: str, gstart: int, glued: bool = False) -> tuple[int, int] | None:
    """(given end, surname end) of two name-shaped words from ``gstart``, each ending at a space
    or punctuation, or None."""
    gend = letters_end(text, gstart)
    if gend >= len(text) or text[gend] != " " or not name_part(text[gstart:gend]):
        return None
    sstart = gend + 1
    send = letters_end(text, sstart)
    if send == sstart or (send < len(text) and (THAI_LETTER.match(text[send]) or text[send] in ".ฯ")):
        return None
    if not name_part(text[sstart:send]):
        return None
    given, family = name_lists()
    second = text[sstart:send]
    if second in given and second not in family and text[gstart:gend] not in given and (
        not text.startswith(" ", send) or skip_nickname(text, gstart, gend, send)[0] == gstart
    ):
        return None  # "พ่อมดอาร์ม ศุภวุฒิ": a nickname, then a given name, not a full name
    words = thai_dictionary()
    if not glued and text[gstart:gend] in words and text[sstart:send] in words and (
        text[gstart:gend] not in name_lists()[0]
    ):
        # Two dictionary words are a phrase as often as a name, unless glued to a role that
        # only a name follows ("ประธานาธิบดีวลาดิเมียร์ ปูติน").
        return None
    return gend, send


def _pair_before(text: str, end: int) -> tuple[int, int] | None:
    """(given start, given end) of two name-shaped words ending at ``end``, or None."""
    sstart = end
    while sstart > 0 and THAI_LETTER.match(text[sstart - 1]):
        sstart -= 1
    if sstart == end or sstart < 2 or text[sstart - 1] != " ":
        return None
    gend = sstart - 1
    gstart = gend
    while gstart > 0 and THAI_LETTER.match(text[gstart - 1]):
        gstart -= 1
    if gstart == gend:
        return None
    spaced = gstart == 0 or text[gstart - 1] in BEFORE_NAME
    if spaced and _pair_at(text, gstart) == (gend, end):
        return gstart, gend
    glued = _glued_given_start(text, gstart, gend)  # "…ตัดสินใจ|สุวิทย์ เมษินทรีย์ …"
    if glued is not None and _pair_at(text, glued) == (gend, end):
        return glued, gend
    return None


GLUED_GIVEN_MIN = 4  # a given name read off the end of a longer run is at least this long


def _glued_given_start(text: str, run_start: int, gend: int) -> int | None:
    """Where a listed given name that the dictionary does not hold begins at the end of the
    run ``text[run_start:gend]`` (Thai glues the name to the word before it), or None."""
    given, words = name_lists()[0], thai_dictionary()
    for start in range(run_start + 1, gend - GLUED_GIVEN_MIN + 1):
        name = text[start:gend]
        if name in given and name not in words and all(
            piece in words for piece in dictionary_words(text[max(run_start, start - 40) : start])
        ):
            return start  # the letters before it are dictionary words: a name begins here
    return None


def cued_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Untitled two-part names written next to a role or nationality cue, on either side."""
    auto, _ = _cues()
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    for last, (word, kind) in auto.iter_long(text):
        cstart, cend = last - len(word) + 1, last + 1
        if len(word) < LONG_CUE and cstart > 0 and THAI_LETTER.match(text[cstart - 1]) and not (
            text.endswith(modifiers(), 0, cstart)
        ):
            continue  # a short cue glued after letters may be the end of another word
        cend = _nationality_end(text, cend)
        spans = []
        if kind != "after":
            spans.append(_pair_after_cue(text, cend, kind == "glued_role"))
        if cstart >= 2 and text[cstart - 1] == " ":
            before = _pair_before(text, cstart - 1)
            if before is not None and title_at(text, before[0]) is None:
                spans.append((before[0], before[1], cstart - 1))
        for span in spans:
            span = foreign_parts(text, *span) if span is not None else None
            if span is not None and span[0] not in found and not occupied.overlaps(span[0], span[2]):
                gstart, gend, send = span
                found[gstart] = Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send],
                                          None, (), gstart, True, rule="role-cue", cues=(word,))
    out: list[Candidate] = []
    for m in sorted(found.values(), key=lambda m: m.start):
        if not out or out[-1].end <= m.start:
            out.append(m)
    return out


def _pair_after_cue(text: str, cend: int, glued: bool) -> tuple[int, int, int] | None:
    """(given start, given end, surname end) of a name written after a cue ending at ``cend``."""
    starts = [cend + 1] if text.startswith(" ", cend) else []
    colon = next((c for c in COLONS if text.startswith(c, cend)), None)
    if colon:
        starts.append(cend + len(colon))  # "ข่าว : บริพัตร ทาสี", "ภาพ: …": a credit line
    if glued and cend < len(text) and THAI_LETTER.match(text[cend]):
        starts.append(cend)
    for gstart in starts:
        pair = _pair_at(text, gstart, gstart == cend)
        if pair and title_at(text, gstart) is None:
            return skip_nickname(text, gstart, *pair)
    return None


COLONS = (" : ", ": ", " :")


def skip_nickname(text: str, gstart: int, gend: int, send: int) -> tuple[int, int, int]:
    """Sports pages write a nickname before the full name ("ตอง กวินทร์ …", "พ่อมดอาร์ม ศุภวุฒิ
    …"): when the second word is a listed given name and a surname-shaped word follows it, the
    name is those two."""
    given, family = name_lists()
    first, second = text[gstart:gend], text[gend + 1 : send]
    if first in given or second not in given or not text.startswith(" ", send):
        return gstart, gend, send
    tstart = send + 1
    tend = surname_end(text, tstart)  # "ศุภวุฒิ เถื่อนกลาง|เริ่มเกม": may be glued to a verb
    if tend is None:
        return gstart, gend, send
    third = text[tstart:tend]
    if name_part(third) and (third in family or third not in thai_dictionary()):
        return gend + 1, send, tend
    return gstart, gend, send




def listed_mentions(
    text: str, people: list[Candidate], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Untitled names that continue a list after a person already found ("… คณิศร ภู่พันธ์
    ผู้รักษาประตู ชัยวัฒน์ แจ่มกระจ่าง กฤษดา วงษ์แก้ว …"); each must be two name-shaped words of
    which neither is a dictionary word the name lists do not hold."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    ends = sorted(m.end for m in people if m.full)
    for end in ends:
        while True:
            join = next((j for j in join_forms("list_join") if text.startswith(j, end)), None)
            if join is None:
                break
            gstart = end + len(join)
            pair = _pair_at(text, gstart) if title_at(text, gstart) is None else None
            if pair is None or not _strict_pair(text, gstart, *pair):
                break
            gstart, gend, send = skip_nickname(text, gstart, *pair)
            if occupied.overlaps(gstart, send) or (out and out[-1].end > gstart):
                break
            out.append(Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send], None,
                                 (), gstart, True, rule="name-list"))
            end = send
    return out


def _strict_pair(text: str, gstart: int, gend: int, send: int) -> bool:
    """Both parts are listed names or words the dictionary does not hold."""
    given, family = name_lists()
    words = thai_dictionary()
    first, second = text[gstart:gend], text[gend + 1 : send]
    return (first in given or first not in words) and (second in family or second not in words)


def before_position_mentions(
    text: str, heads: dict[int, int], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Untitled two-part names written right before a position ("… สุดา ใจงาม รองเลขาธิการ …")."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for hstart in sorted(heads):
        start = hstart
        for mod in modifiers():
            if text.endswith(mod, 0, hstart):
                start = hstart - len(mod)
                break
        if start < 2 or text[start - 1] != " ":
            continue
        before = _pair_before(text, start - 1)
        if before is None or title_at(text, before[0]) is not None:
            continue
        gstart, gend = before
        if occupied.overlaps(gstart, start - 1) or (out and out[-1].end > gstart):
            continue
        out.append(Candidate(gstart, start - 1, text[gstart:gend], text[gend + 1 : start - 1],
                             None, (), gstart, True, rule="before-position"))
    return out


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
        pair = _pair_at(text, gstart) if title_at(text, gstart) is None else None
        if pair is None or not _strict_pair(text, gstart, *pair):
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


GIVEN_ALONE_MIN = 4  # a given name read alone must be at least this long


def given_before_verb_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """A listed given name that no dictionary holds, standing at a word start and followed by a
    speech verb ("ชัยวัฒน์แถลง…", "ชัยวัฒน์ ยืนยัน…"): headlines name people by the given name.
    Read from each speech verb back (the verbs are rarer than words)."""
    given, _ = name_lists()
    words = thai_dictionary()
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    for verb in speech_verb_re().finditer(text):
        end = verb.start() - 1 if text.startswith(" ", verb.start() - 1) else verb.start()
        start = end
        while start > 0 and THAI_LETTER.match(text[start - 1]):
            start -= 1
        if start > 0 and text[start - 1] not in BEFORE_NAME:
            continue
        name = text[start:end]
        if len(name) < GIVEN_ALONE_MIN or name not in given or name in words:
            continue
        if start not in found and not occupied.overlaps(start, end):
            found[start] = Candidate(start, end, name, None, None, (), start,
                                     rule="given-before-verb")
    return [found[k] for k in sorted(found)]




QUOTED_PAIR = re.compile(r"[\"']([\u0e01-\u0e4e]{2,20}) ([\u0e01-\u0e4e]{2,25})[\"']")


def quoted_pair_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Two name-shaped words in quotes, as headlines write people ('"ชาญศิลป์ ตรีนุชกร" CEO …');
    each part a listed name or a word the dictionary does not hold."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for match in QUOTED_PAIR.finditer(text):
        gstart, send = match.start(1), match.end(2)
        gend = match.end(1)
        if occupied.overlaps(gstart, send) or title_at(text, gstart) is not None:
            continue
        if _pair_at(text, gstart) != (gend, send) or not _strict_pair(text, gstart, gend, send):
            continue
        out.append(Candidate(gstart, send, match.group(1), match.group(2), None, (), gstart,
                             True, rule="quoted-name"))
    return out


def pair_before_verb_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Two name-shaped words right before a speech verb ("… ธนพล สุทธินันท์ เปิดเผยว่า"), both
    listed names or words the dictionary does not hold; read from each verb back."""
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    auxiliaries = cue_forms("auxiliary")
    for verb in speech_verb_re().finditer(text):
        vstart = verb.start()
        aux = next((a for a in auxiliaries if text.endswith(a, 0, vstart)), None)
        if aux is not None and text.startswith(" ", vstart - len(aux) - 1):
            vstart -= len(aux)  # "… ฮุก ได้กล่าวว่า"
        send = vstart - 1 if text.startswith(" ", vstart - 1) else vstart
        before = _pair_before(text, send)
        if before is None:
            continue
        gstart, gend = before
        if not _strict_pair(text, gstart, gend, send) or title_at(text, gstart) is not None:
            continue
        if gstart not in found and not occupied.overlaps(gstart, send):
            found[gstart] = Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send],
                                      None, (), gstart, True, rule="before-speech-verb")
    return [found[k] for k in sorted(found)]


def _extra_part(text: str, start: int, end: int) -> bool:
    """A third word joining a foreign name: foreign, unknown to the dictionary and no role
    ("แชมป์โลก" after "มาร์ค มาร์เกซ" is a cue, not a name)."""
    word = text[start:end]
    return (end - start >= EXTRA_PART_MIN and _foreign_word(text, start, end)
            and word not in thai_dictionary() and not word.startswith(role_words()))


def _foreign_word(text: str, start: int, end: int) -> bool:
    """A word of a foreign name: name-shaped and in neither Thai name list (the dictionary may
    hold it untagged: "ฮัสซัน")."""
    word = text[start:end]
    return end - start >= 2 and name_part(word) and word not in name_lists()[0]


EXTRA_PART_MIN = 4  # a shorter word beside a name is a nickname as often ("กี้ นิโคล …")


def foreign_parts(text: str, gstart: int, gend: int, send: int) -> tuple[int, int, int]:
    """A foreign name of three words ("อาลีอาสกา ฮัสซัน ซาเดย์", "ฮวน ออร์ลันโด เฟอร์นันเดซ"):
    when the two words read are both foreign words, a foreign word right before them (after
    a space, at a word start) or right after them (before a space or mark) is part of the name;
    the middle word then joins the surname."""
    if not (_foreign_word(text, gstart, gend) and _foreign_word(text, gend + 1, send)):
        return gstart, gend, send
    if gstart >= 2 and text[gstart - 1] == " ":
        wstart = gstart - 1
        while wstart > 0 and THAI_LETTER.match(text[wstart - 1]):
            wstart -= 1
        before_ok = wstart == 0 or text[wstart - 1] in BEFORE_NAME
        if before_ok and _extra_part(text, wstart, gstart - 1):
            return wstart, gstart - 1, send
    if text.startswith(" ", send):
        wend = letters_end(text, send + 1)
        ends = wend >= len(text) or not THAI_LETTER.match(text[wend])
        if ends and _extra_part(text, send + 1, wend):
            return gstart, gend, wend
    return gstart, gend, send
