"""What a bare name looks like: a name part, two name-shaped words before or after a point,
a nickname before a full name, the third part of a foreign name.

A name part (:func:`name_part`) is a listed name, a word the dictionary does not know and that
reads as no phrase, or a dictionary entry that no part-of-speech tag marks as an ordinary word
(pythainlp's dictionary holds many foreign names: ปูติน, ทรัมป์).
"""

from __future__ import annotations

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
from ..wordscan import THAI_LETTER
from .names import (
    MAX_NAME,
    function_word,
    opening_tag,
    person_nouns,
    phrase_pieces,
    surname_end,
    verb_phrase,
)
from .source import QUOTES, letters_end, letters_start
from .vocab import (
    cue_forms,
    name_stops,
    name_tails,
    not_bare_name,
    ordinary_words,
    place_words,
    speech_verbs,
)

KARAN = "\u0e4c"  # thanthakhat: silences a letter, as transliterations of foreign names do


# ORCHID tags of a proper noun; a dictionary word tagged otherwise is an ordinary word.
PROPER_TAGS = frozenset({"NPRP"})


NICKNAME_MAX = 4  # "มุ้ย", "ตอง", "เจ": a nickname is one short syllable

BEFORE_NAME = frozenset(" " + QUOTES + "(:-\n")  # what may stand before a bare name


def nationality() -> str:
    """The word glued before a country that makes a nationality ("ชาว")."""
    return cue_forms("nationality")[0]


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    return frozenset(cue_forms("team_word"))


def team_name(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold, as a whole word, a word of sports clubs' names ("เรอัล
    มาดริด", "ชลบุรี เอฟซี")? Club names have a name's shape and stand where players do."""
    return not _team_words().isdisjoint(text[start:end].split(" "))


@lru_cache(maxsize=1)
def _not_name_starts() -> tuple[str, ...]:
    return (nationality(), *name_stops(), *speech_verbs(), *place_words())


@lru_cache(maxsize=8192)  # per word, not per document: the same names recur
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
    if _inner_function_word(pieces) or _function_word_end(pieces):
        return False  # "หลานชาย|ของ|…": a function word inside; "…|ครึ่งหลัง|ให้": at the end
    if verb_phrase(word):
        return False  # "เยี่ยมชม|โรงสี|ข้าว": an action verb opens the sentence
    return not _phrase(pieces) and not any(p in _title_words() for p in pieces)


def _function_word_end(pieces: tuple[str, ...]) -> bool:
    """The word ends in a function word of three letters or more that ends no listed name
    ("กด|เบิ้ล|ครึ่งหลัง|ให้": a verb phrase glued up to its preposition); names do end in some
    ("…|กลาง", "…|นอก", "…|และ")."""
    last = pieces[-1]
    return (len(pieces) >= 2 and len(last) >= 3 and function_word(last)
            and last not in name_tails())


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
    if _syllable_split(pieces):
        return False  # "มา|ซา|ทา|ดะ": a transliteration the dictionary cut into syllables
    return any(p in thai_stopwords() and len(p) >= 2 for p in pieces) or any(
        function_word(p) for p in pieces[:-1] if len(p) >= 2
    )


def _syllable_split(pieces: tuple[str, ...]) -> bool:
    """Three or more pieces of one or two letters, at most one of them a word of running text
    (one ORCHID tags): a foreign name cut syllable by syllable ("มา|ซา|ทา|ดะ"), not words of a
    sentence ("มา|ดู|นะ": ดู is a verb)."""
    tags = orchid_word_tags()
    return (len(pieces) >= 3 and all(len(p) <= 2 for p in pieces)
            and sum(p in tags for p in pieces) <= 1)


def _two_words(word: str) -> list[tuple[str, ...]]:
    """Every split of ``word`` into two dictionary words."""
    words = thai_dictionary()
    return [(word[:k], word[k:]) for k in range(2, len(word) - 1)
            if word[:k] in words and word[k:] in words]


def pair_at(text: str, gstart: int, glued: bool = False) -> tuple[int, int] | None:
    """(given end, surname end) of two name-shaped words from ``gstart``, each ending at a space
    or punctuation, or None."""
    gend = letters_end(text, gstart)
    if gend >= len(text) or text[gend] != " " or not name_part(text[gstart:gend]):
        return None
    sstart = gend + 1
    send = letters_end(text, sstart)
    if send == sstart or (
        send < len(text) and (THAI_LETTER.match(text[send]) or text[send] in ".ฯ")
    ):
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


def pair_before(text: str, end: int) -> tuple[int, int] | None:
    """(given start, given end) of two name-shaped words ending at ``end``, or None."""
    sstart = letters_start(text, end)
    if sstart == end or sstart < 2 or text[sstart - 1] != " ":
        return None
    gend = sstart - 1
    gstart = letters_start(text, gend)
    if gstart == gend:
        return None
    spaced = gstart == 0 or text[gstart - 1] in BEFORE_NAME
    # An unlisted run longer than nearly every given name is words glued before the name
    # ("ปราสาทนครวัดนสดวง ธาวรี"): the name, if any, is read off its end below.
    long_run = gend - gstart > LONG_GIVEN and text[gstart:gend] not in name_lists()[0]
    if spaced and not long_run and pair_at(text, gstart) == (gend, end):
        return gstart, gend
    glued = _glued_given_start(text, gstart, gend)  # "…ตัดสินใจ|สุวิทย์ เมษินทรีย์ …"
    if glued is not None and pair_at(text, glued) == (gend, end):
        return glued, gend
    return None


GLUED_GIVEN_MIN = 4  # a given name read off the end of a longer run is at least this long
LONG_GIVEN = 14  # 99% of pythainlp's listed given names are 12 letters or fewer


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


def strict_pair(text: str, gstart: int, gend: int, send: int) -> bool:
    """Both parts are listed names, or words the dictionary does not hold that still look like
    names: a piece no dictionary word covers, or a name's ending ("…|นุสรณ์"); a compound of
    ordinary words ("ปลด|โซน|สีแดง", "หยุด|คุกคาม|ทางเพศ") is a phrase."""
    given, family = name_lists()
    first, second = text[gstart:gend], text[gend + 1 : send]
    return (first in given or unknown_name(first)) and (second in family or unknown_name(second))


def _inner_function_word(pieces: tuple[str, ...]) -> bool:
    """A function word of three letters or more inside the word, after whole dictionary words
    ("หลานชาย|ของ|…"); after fragments no word covers it is a misreading of a transliteration
    ("เ|อร|์|นาน|เด|ซ")."""
    words = thai_dictionary()
    for k in range(1, len(pieces) - 1):
        if len(pieces[k]) >= 3 and function_word(pieces[k]):
            return all(p in words for p in pieces[:k])
    return False


@lru_cache(maxsize=8192)  # per word, not per document: the same names recur
def unknown_name(word: str) -> bool:
    """A word no dictionary holds, with a piece none covers or ending the way listed names end
    (Thai names are compounds of ordinary words: "ด่าน|วัฒนา|นุสรณ์")."""
    words = thai_dictionary()
    if word in words:
        return False
    pieces = dictionary_words(word)
    return any(p not in words for p in pieces) or pieces[-1] in name_tails()


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


def _extra_part(text: str, start: int, end: int) -> bool:
    """A third word joining a foreign name: foreign, unknown to the dictionary and no role
    ("แชมป์โลก" after "มาร์ค มาร์เกซ", "ชาวเมียนมา" after "มินต์ ส่วย" tell who he is)."""
    word = text[start:end]
    return (end - start >= EXTRA_PART_MIN and _foreign_word(text, start, end)
            and word not in thai_dictionary() and not word.startswith(person_nouns())
            and not _ordinary_compound(word))  # "… ชาวเมียนมา": a nationality, no part


ORDINARY_PIECE = 4  # a piece this long that the Royal Institute lists is a Thai word


def _ordinary_compound(word: str) -> bool:
    """Words of the Royal Institute's dictionary glued together, none short and one long, the
    last no piece names end in ("โหม่ง|ตีเสมอ"): the sentence after a name; transliterations
    are cut into short pieces or pieces it does not list ("อาลี|อา|สกา", "ซา|เดย์", "ปริ|เอ|
    โต"), and a Thai surname ends as names do ("วิวัฒน์|รัตน์")."""
    pieces = dictionary_words(word)
    ordinary = ordinary_words()
    return (len(pieces) >= 2 and all(p in ordinary and len(p) >= 3 for p in pieces)
            and any(len(p) >= ORDINARY_PIECE for p in pieces)
            and pieces[-1] not in name_tails())  # "วิวัฒน์|รัตน์": a Thai surname's ending


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
    if not _foreign_word(text, gend + 1, send):
        return gstart, gend, send
    # The middle word may be one the given-name list holds ("อาลีอาสกา ฮัสซัน ซาเดย์"): Thai
    # Muslims bear it too; it must still be no dictionary word, and a word before it must not
    # open with a Thai word, as a nickname does ("พ่อ|มด|อาร์ม ศุภวุฒิ เถื่อนกลาง").
    listed = not _foreign_word(text, gstart, gend)
    if listed and (text[gstart:gend] in thai_dictionary() or not name_part(text[gstart:gend])):
        return gstart, gend, send
    if gstart >= 2 and text[gstart - 1] == " ":
        wstart = letters_start(text, gstart - 1)
        before_ok = (wstart == 0 or text[wstart - 1] in BEFORE_NAME) and not (
            listed and opening_tag(text[wstart : gstart - 1])[0] is not None
        )
        if before_ok and _extra_part(text, wstart, gstart - 1):
            return wstart, gstart - 1, send
    if text.startswith(" ", send):
        wend = letters_end(text, send + 1)
        ends = wend >= len(text) or not THAI_LETTER.match(text[wend])
        if ends and _extra_part(text, send + 1, wend):
            return gstart, gend, wend
    return gstart, gend, send
