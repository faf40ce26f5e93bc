"""Where a foreign name of three or more words ends: its Latin form in brackets counts its
words, and Vietnamese and Burmese names run on in one-syllable words up to a position.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...corpus import (
    dictionary_words,
    name_lists,
    orchid_word_tags,
    thai_dictionary,
    thai_stopwords,
)
from ...lexicons import alternation, load
from ..wordscan import THAI_FOLLOWER, THAI_LETTER
from .names import (
    ACTION_TAG,
    AUXILIARY_TAGS,
    MAX_NAME,
    STATE_TAG,
    WORD_CACHE,
    opening_tag,
    person_nouns,
    phrase_pieces,
    post_follows,
    surname_before_post,
    verb_phrase,
)
from .shapes import PROPER_TAGS, unknown_name
from .source import LEADING_VOWELS, Candidate, ends_word, letters_end
from .vocab import (
    modifiers,
    name_stops,
    name_tails,
    position_words,
    role_words,
    speech_verbs,
)

# A Thai name of two to five words and, in brackets right after it, the same name in Latin
# letters after any English titles ("นางอานา มาเรีย ปริเอโต อาบัด (H.E. Mrs. Ana Maria Prieto
# Abad)"): releases write foreign guests so. The Latin words counted tell where the Thai name ends
# when its words are no Thai names (Arab, Spanish, Vietnamese names of three or more words).
BRACKETED_LATIN = re.compile(
    r"((?:[\u0e01-\u0e4e]+\.? ){1,4}[\u0e01-\u0e4e]+) ?\("
    r"(?:(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Prof\.|Sir|Madam|Mme\.?) ?)*"
    r"([A-Z][A-Za-z'\-]*\.?(?: [A-Z][A-Za-z'\-]*\.?){1,5})\)"
)


def bracketed_latin_end(text: str, nstart: int) -> int | None:
    """End of the Thai name at ``nstart`` whose word count its Latin form in brackets gives."""
    match = BRACKETED_LATIN.match(text, nstart)
    if match is None:
        return None
    words = match.group(1).split(" ")
    if len(words) != len(match.group(2).split(" ")) or any(
            len(w) > MAX_NAME or phrase_pieces(dictionary_words(w)) or verb_phrase(w)
            for w in words):
        return None  # "พล.ต.ท.ไตรรงค์ ฝากเตือนประชาชน… (Fake News)": a sentence, a term in English
    if _post_inside(text, match.start(1), words):
        return None  # "นายฮุน มาเนต นายกรัฐมนตรีกัมพูชา (Samdech Hun Manet)": a post, no name
    return match.end(1)


def _post_inside(text: str, start: int, words: list[str]) -> bool:
    """A Thai word after the first that opens a post or a role: the Latin form then has a
    word the Thai name lacks (a rank, a middle name, an English post) and the counts agree
    only by chance."""
    at = start + len(words[0])
    for word in words[1:]:
        if post_follows(text, at) or word.startswith(role_words()):
            return True
        at += 1 + len(word)
    return False


SYLLABLE = 6  # letters and marks of one syllable of a Vietnamese or Burmese name ("เหงียน")


def syllables_before_post(text: str, send: int) -> int | None:
    """Vietnamese and Burmese names are three or four one-syllable words ("นาย เล แถ่งห์ ลอง",
    "นางเหงียน ถิ กิม เงิน"): after a foreign given name and surname of one syllable each, one
    or two more short words that a position follows right after ("… ลอง รัฐมนตรีว่าการ…") are
    the name's; an action verb or a speech verb there is the sentence ("… พบ ประธาน…")."""
    end = send
    for _ in range(2):
        if not text.startswith(" ", end):
            return None
        wend = letters_end(text, end + 1, SYLLABLE + 1)
        word = text[end + 1 : wend]
        if not 2 <= len(word) <= SYLLABLE or not ends_word(text, wend) or text.startswith(
                name_stops(), end + 1) or word.startswith(speech_verbs()) or (
                orchid_word_tags().get(word) in (ACTION_TAG, STATE_TAG)) or word.startswith(
                person_nouns()):
            return None  # "นายจาง เหว่ย ชาวจีน อายุ 35 ปี": a nationality describes him
        end = wend
        if post_follows(text, end):
            return end
    return None


def repeat_long_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """A name of three or more words read whole once (before its post, or with its Latin form)
    is whole wherever the text writes it again: "นาย เล แถ่งห์ ลอง กล่าวว่า" has no post to
    tell where the name ends, but the article has named him so already."""
    long_names = {text[m.name_start : m.end] for m in found
                  if m.full and text.count(" ", m.name_start, m.end) >= 2}
    if not long_names:
        return found
    out = []
    for m in found:
        name = text[m.name_start : m.end]
        longer = [n for n in long_names if len(n) > len(name) and n.startswith(name + " ")
                  and text.startswith(n, m.name_start) and ends_word(text, m.name_start + len(n))]
        if m.full and longer:
            end = m.name_start + max(map(len, longer))
            gend = m.name_start + len(m.given)
            m = replace(m, end=end, surname=text[gend + 1 : end])
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _middle_initial() -> re.Pattern[str]:
    """A middle initial of a foreign name, a Latin letter spelt in Thai and dotted ("จี.",
    "เอ็ม."), between the given name and the surname: "อีริค จี. จอห์น" (Eric G. John). Only
    the letters of ``people/latin_letters.tsv``: "รมว.", "ปธน." are posts."""
    letters = alternation(r["spelling"] for r in load("people/latin_letters"))
    return re.compile(rf"(?:{letters})\. (?=[\u0e01-\u0e4e])")


def middle_initial_start(text: str, sstart: int, given: str) -> int | None:
    """Where the surname begins after a middle initial at ``sstart``, when the given name is a
    foreign one (no Thai given name is written so)."""
    if given in name_lists()[0]:
        return None
    match = _middle_initial().match(text, sstart)
    return match.end() if match else None


def second_surname_end(text: str, send: int) -> int | None:
    """A second surname written after the first and right before a post: a double surname,
    "นายธนกร วังบุญคง ชนะ รองโฆษกพรรค"; the word must stand alone and be no phrase."""
    if not text.startswith(" ", send) or post_follows(text, send):
        return None
    wend = letters_end(text, send + 1)
    word = text[send + 1 : wend]
    if len(word) < 2 or not post_follows(text, wend) or not surname_before_post(word):
        return None
    # Words of the dictionary glued together are a party or a place as often ("ภูมิใจ|ไทย"):
    # the word must be listed, a proper noun, or hold a piece no dictionary word covers.
    words = thai_dictionary()
    if word in name_lists()[1] or orchid_word_tags().get(word) in PROPER_TAGS or (
            word not in words and any(p not in words for p in dictionary_words(word))):
        return wend
    return None


SURNAME_BEFORE_POST_MIN = 3  # letters of a surname read off the front of a glued post
GLUED_POST_MIN = 4  # a shorter undotted head (ภาพ, ครู, ทูต) is as often a piece of a surname


def _noun_words() -> list[str]:
    return [r["word"] for r in load("people/person_nouns") if r["kind"] == "noun"]


@lru_cache(maxsize=1)
def _glued_post_re() -> re.Pattern[str]:
    """Any whole position head or role noun (``people/positions.tsv``, the position
    abbreviations, ``people/person_nouns.tsv`` nouns, role cues) or a modifier before a head
    ("รอง|กรรมการ"); not the bare prefixes ผู้/นัก/คน, which open too many words."""
    heads = alternation((*position_words(), *role_words(), *_noun_words()))
    return re.compile(f"(?:{alternation(modifiers())})?(?:{heads})")


@lru_cache(maxsize=1)
def _tail_nouns() -> frozenset[str]:
    """Role and person nouns that are no position head (แพทย์, ญาติ, ศิลปิน, ดารา): alone at
    a word's end they end surnames as often ("ศิริ|แพทย์", "บำรุง|ญาติ", "โมระ|ศิลปิน")."""
    return frozenset((*role_words(), *_noun_words())) - frozenset(position_words())


def glued_post_end(text: str, start: int) -> int | None:
    """End of a surname glued to the post after it ("สุทธิกุลพานิช|รองกรรมการ", "เดชากุล|ทนายความ",
    "บุญเมฆ|สว.สส.", ThaiNER train), or None: the letters before the post
    must be a listed surname or a word no dictionary holds that looks like a name; the post
    must not start inside a syllable (a vowel sign or tone mark before or after its start)."""
    run_end = letters_end(text, start)
    if run_end - start <= SURNAME_BEFORE_POST_MIN or text.startswith(
            (*position_words(), *modifiers()), start):
        return None  # "นายเมฆินทร์ ประธาน|กรรมการ": a post of its own, no surname
    if text[start:run_end] in name_lists()[1]:
        return None  # "อินทะ|แพทย์", "บำรุง|ญาติ", "หาญเสมอ|ดารา|กุล": a listed surname, whole
    # A head written with its dot ("สว.") ends one past the letters. A role or person noun
    # that ends the word is the surname's own tail ("ศิริ|แพทย์ กล่าว"); a post glued on is a
    # head ("…|ปลัด กทม.") or goes on with its object ("…|ทนายความ|ของนาง…").
    word_end = run_end == len(text) or not THAI_LETTER.match(text[run_end])
    cuts = [m.start() for m in _glued_post_re().finditer(
        text, start + SURNAME_BEFORE_POST_MIN, min(len(text), run_end + 1))
        if (len(m.group()) >= GLUED_POST_MIN or "." in m.group())
        and not (word_end and m.end() == run_end and m.group() in _tail_nouns())]
    for cut in cuts:
        if THAI_FOLLOWER.match(text, cut) or text[cut - 1] in LEADING_VOWELS:
            continue
        if _name_shaped(text[start:cut]):
            return cut
    return None


def _name_shaped(word: str) -> bool:
    """A listed surname, or a word no dictionary holds that keeps a piece none covers or ends
    the way listed names end (``shapes.unknown_name``) and reads as no phrase ("ฝาก|เตือน",
    "ได้|มี|การ…")."""
    if word in name_lists()[1]:
        return True
    if len(word) > MAX_NAME or not unknown_name(word) or verb_phrase(word):
        return False
    pieces = dictionary_words(word)
    if any(p not in thai_dictionary() for p in pieces):
        return True  # "สุทธิ|กุล|พา|นิช": a piece no word covers
    return not phrase_pieces(pieces) and not any(p in thai_stopwords() for p in pieces)


# Tags of the word that opens a clause glued after a given name: verbs, auxiliaries, negation.
CLAUSE_TAGS = frozenset({ACTION_TAG, STATE_TAG, *AUXILIARY_TAGS})
CLAUSE_NAME_MIN = 4  # letters a given name keeps before a glued clause ("สนธิ|ขอย้าย")


@lru_cache(maxsize=WORD_CACHE)
def glued_clause_cut(name: str) -> int | None:
    """Where a given name no list holds ends when the sentence is glued after it, as a length
    ("บุญสม|ตาย", "เพลิง|ทราบ", "พรวิภา|พยายาม", "สนธิ|ขอ|ย้าย"), or None.

    The first verb, auxiliary or negation among the dictionary pieces opens the clause when it
    comes after four letters or more, is a word of three letters (or of two followed by one of
    three), the pieces after it are dictionary words, and what it opens ends no listed name
    (pythainlp's given and family names): "บุญ|ส่ง", "จันทร์|เจริญ", "ทอง|อยู่" stay whole; nor
    may it hold a proper noun, as a glued surname does ("สุรเกียรติ|เสถียร|ไทย", Thai PBS).
    """
    words, tags = thai_dictionary(), orchid_word_tags()
    pieces = dictionary_words(name)
    pos = 0
    for k, piece in enumerate(pieces):
        tag = tags.get(piece)
        if tag is None and len(piece) > 3 and piece in words:
            tag, _ = opening_tag(piece)  # "เสีย|ชีวิต": ORCHID tags the compound's first word
        if tag in CLAUSE_TAGS and pos >= 2:  # "มี|ชัย": a name may open with one
            rest = pieces[k:]
            if pos < CLAUSE_NAME_MIN:
                return None
            long_enough = len(piece) >= 3 or (len(rest) >= 2 and len(rest[1]) >= 3)
            if (long_enough and all(p in words and tags.get(p) not in PROPER_TAGS for p in rest[:3])
                    and name[pos:] not in name_tails()):
                return pos
            return None
        pos += len(piece)
    return None
