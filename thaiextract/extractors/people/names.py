"""Given names and surnames: where a name written glued to the next words ends.

Thai writes the next word glued to the name ("นายสมศักดิ์กล่าวว่า"), so a run of letters is cut
with pythainlp's bundled given-name and family-name lists and with boundary words; a word that
is an ordinary dictionary word is no surname unless the family-name list knows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import (
    dictionary_words,
    name_lists,
    orchid_word_tags,
    thai_dictionary,
    thai_provinces,
    thai_stopwords,
)
from ...lexicons import load
from ..wordscan import THAI_FOLLOWER, THAI_LETTER, alternation
from .source import breaks_at, cut_at_word, ends_word, letters_end
from .vocab import (
    civil_titles,
    cut_stops,
    modifiers,
    monk_forms,
    name_stops,
    name_stops_re,
    name_tails,
    position_words,
    post_words,
    role_words,
    speech_verb_re,
    speech_verbs,
    start_only,
)

MAX_NAME = 20  # a run of letters longer than this is a name glued to the next words


PHINTHU = "\u0e3a"  # the Pali virama: only Pali words carry it


def pali(word: str) -> bool:
    """A monk's Pali surname (chaya): a phinthu, or one of the usual endings
    (``people/monks.tsv``)."""
    return PHINTHU in word or word.endswith(monk_forms("pali_ending"))


# ORCHID tags of words that make a run of dictionary words a phrase, not a name: adverbs,
# conjunctions, prepositions, auxiliaries, negation.
PHRASE_TAGS = frozenset({"ADVN", "ADVI", "ADVP", "ADVS", "JSBR", "JCRG", "JCMP", "RPRE", "XVBM",
                         "XVAE", "XVMM", "XVAM", "XVBB", "NEG"})
ACTION_TAG = "VACT"
STATE_TAG = "VSTA"
VERB_TAGS = frozenset({ACTION_TAG, "XVAE", "XVBM", "XVMM"})  # verbs and the auxiliaries before them
# Tags of the words a name no list knows is cut before when glued to them: conjunctions,
# auxiliaries, negation ("นาวัลนี|ขณะ…"); comparison words and adverbs are too often a misread
# of the name's own letters ("พะจุณณ์มาบอ|กว่า" for "…มา|บอก|ว่า").
CUT_TAGS = frozenset({"JSBR", "JCRG", "XVBM", "XVAE", "XVMM", "XVAM", "XVBB", "NEG"})


def function_word(piece: str) -> bool:
    """A dictionary word that belongs to a sentence, never to a name: one tagged as an adverb,
    conjunction, preposition, auxiliary or negation (pythainlp's stop word list is too broad:
    it holds มา and การ, pieces of many surnames)."""
    return orchid_word_tags().get(piece) in PHRASE_TAGS


# Auxiliaries and negation open a verb phrase only before an action verb ("จะ|เดินทาง",
# "ถูก|จับกุม"); alone they begin surnames too ("คง|สิบ").
AUXILIARY_TAGS = frozenset({"XVBM", "XVAE", "XVMM", "XVAM", "XVBB", "NEG"})


def opening_tag(word: str) -> tuple[str | None, int]:
    """The ORCHID tag of the longest tagged word that starts ``word`` (shorter than it), and
    that word's length."""
    tags = orchid_word_tags()
    for k in range(len(word) - 1, 1, -1):
        tag = tags.get(word[:k])
        if tag is not None:
            return tag, k
    return None, 0


def verb_phrase(word: str) -> bool:
    """A run that opens with an action verb (or an auxiliary and then one) and goes on in
    dictionary words, ending in no piece names end in: the sentence after a given name, not a
    surname ("ลาออก|จาก|ตำแหน่ง"). No entry of pythainlp's family-name list has this shape."""
    tag, k = opening_tag(word)
    if tag in AUXILIARY_TAGS:
        word = word[k:]
        tag, k = opening_tag(word)
    if tag != ACTION_TAG or k < 3:
        return False
    pieces = dictionary_words(word[k:])
    return all(p in thai_dictionary() for p in pieces) and pieces[-1] not in name_tails()


def phrase_pieces(pieces: tuple[str, ...]) -> bool:
    """Dictionary pieces that read as words of a sentence ("ลา|ออกจาก|ตำแหน่ง", "ฝาก|เตือน|
    ประชาชน"): every piece known, and a function word or two action verbs among them."""
    words, tags = thai_dictionary(), orchid_word_tags()
    if len(pieces) < 2 or not all(p in words for p in pieces):
        return False  # a piece no dictionary word covers: a name ("นาว|ั|ลน|ี")
    # Surnames are built of syllables that are verbs or function words too ("บุญ|มา|นุช",
    # "ชิด|นอก", "ปะ|กา|ระ|นัง"): only whole words of three letters count, and two of them.
    long = [p for p in pieces if len(p) >= 3]
    verbs = sum(tags.get(p) == ACTION_TAG for p in long)
    return verbs >= 2 or sum(function_word(p) for p in long) >= 2


@lru_cache(maxsize=1)
def _cut_word_re() -> re.Pattern[str]:
    """Any word :func:`_glued_phrase_cut` may cut before (a pre-check: most names hold none)."""
    tagged = [w for w, tag in orchid_word_tags().items() if tag in CUT_TAGS and len(w) >= 3]
    return alternation(tuple({*tagged, *role_words()}))


def _glued_phrase_cut(text: str, start: int, run_end: int) -> int | None:
    """A name no list knows, glued to the sentence after it: cut before the first conjunction,
    auxiliary or role word that follows a piece no dictionary word covers ("นาวัลนี|ขณะกำลังจะ…",
    "นาวัลนี|นักเคลื่อนไหว")."""
    window = min(run_end, start + MAX_NAME + 12)
    if not _cut_word_re().search(text, start + 3, window):
        return None  # no conjunction, auxiliary or role word to cut before: skip segmenting
    words = thai_dictionary()
    pieces = dictionary_words(text[start:window])
    pos, unknown = start, False
    for k, piece in enumerate(pieces):
        # The name must end in a piece no dictionary word covers ("…ลน|ี"), not in a word of
        # the sentence ("จตุภัทร์|กระทำผิดกฎหมาย|ก็…").
        unknown = unknown and pieces[k - 1] not in words
        # The function word must be a whole word of three letters or more and all that follows
        # it a dictionary word: "กาญ|จน|รัตน์" and "ฟรา|เลย์" are names.
        if unknown and pos - start >= 3 and all(p in words for p in pieces[k : k + 2]) and (
            (len(piece) >= 3 and orchid_word_tags().get(piece) in CUT_TAGS)
            or text.startswith(role_words(), pos)
        ):
            return pos
        unknown = unknown or piece not in words
        pos += len(piece)
    return None


def _boundary_cut(text: str, start: int, end: int, stops: tuple[str, ...], min_len: int) -> int:
    """:func:`~.source.cut_at_word`, except that a civil title with fewer than two letters after it
    in the run is no boundary ("สาว|นาย|น" is one surname)."""
    cut = cut_at_word(text, start, end, stops, min_len)
    while cut < end:
        title = next((t for t in civil_titles() if text.startswith(t, cut)), None)
        if title is None or end - (cut + len(title)) >= 2:
            return cut
        titles = civil_titles()
        if any(text.startswith(w, cut) for w in stops if w not in titles):
            return cut  # "นายกฯ", a position, starts there too
        cut = cut_at_word(text, cut + 1, end, stops, 0)
    return cut


def cut_name(text: str, start: int, run_end: int, known: frozenset[str]) -> int | None:
    """End of the name that begins the letter run ``text[start:run_end]``, or None."""
    stops = cut_stops()
    longest = min(run_end - start, MAX_NAME)
    # 1. The longest listed name that ends the run or is followed by a boundary word.
    for k in range(longest, 1, -1):
        if text[start : start + k] in known and (
            start + k == run_end or text.startswith(stops, start + k)
        ):
            return start + k
    # 2. A short run is one name, up to a boundary word ("สมชายกล่าว"), unless a listed name is
    #    followed by an ordinary word that is no part of any name ("ชา|จำนวน").
    cut = _boundary_cut(text, start, run_end, stops, 2)
    short = run_end - start <= MAX_NAME and (run_end == len(text) or text[run_end] != "ฯ")
    if short and cut < run_end - 2:
        # A listed name may be glued to a word before the boundary ("กาญจนา|ภรรยา|และ").
        return glued_word_cut(text, start, cut, known, True) or cut
    if short and cut < run_end:
        # A two-letter word ending a short run is more often the name's end ("สุระสัจจะ").
        cut = _boundary_cut(text, start, run_end - 2, stops, 2)
        if cut < run_end - 2:
            return glued_word_cut(text, start, cut, known, True) or cut
    # 3. A listed name followed by an ordinary word that ends no name ("ประวิตร|ปฏิเสธชัดเจน");
    #    a long run with none of these is a name glued to the sentence: the first boundary word.
    glued = glued_word_cut(text, start, run_end, known, short)
    if glued is None:
        glued = _glued_phrase_cut(text, start, run_end)
        if glued is not None and cut < glued:
            glued = cut  # a boundary word comes first ("รัตตกุล|แกนนำ…|จะ")
    if glued is not None:
        return glued
    if short:
        return run_end
    return cut if cut < run_end and cut - start <= MAX_NAME else None


def glued_word_cut(
    text: str, start: int, run_end: int, known: frozenset[str], short: bool
) -> int | None:
    """A listed name followed by an ordinary word that ends no name ("ชา|จำนวน", "ประวิตร|ปฏิเสธ…").

    In a short run the whole rest must be that word; in a long run, any word that opens the rest.
    """
    words, tails, common = thai_dictionary(), name_tails(), thai_stopwords()
    for k in range(min(run_end - start, MAX_NAME) - 2, 1, -1):
        if text[start : start + k] not in known:
            continue
        rest = run_end - start - k
        lengths = [rest] if short else range(min(12, rest), 1, -1)
        for j in lengths:
            word = text[start + k : start + k + j]
            if word in common or (word in words and word not in tails and (not short or j >= 4)):
                return start + k
    return None


@lru_cache(maxsize=1)
def noble_places() -> frozenset[str]:
    """The places of the noble particle ณ ("… ณ อยุธยา", "ณ สงขลา"): those of pythainlp's
    family-name list, ``people/noble_places.tsv`` and the provinces. What may follow a surname
    or a given name after " ณ "; any other word is "at …" ("ณ ทำเนียบ…", "ณ ห้องประชุม")."""
    listed = {n.rsplit("ณ ", 1)[1] for n in name_lists()[1] if "ณ " in n}
    return frozenset(listed | {r["place"] for r in load("people/noble_places")}
                     | set(thai_provinces()))


def surname_end(text: str, start: int) -> int | None:
    """End of the surname starting at ``start`` (after the space), or None."""
    _, family = name_lists()
    if text.startswith("ณ ", start) and THAI_LETTER.match(text, start + 2):
        # "ณ อยุธยา", "ณ สงขลา": a noble particle opens the surname.
        end = letters_end(text, start + 2)
        return end if text[start + 2 : end] in noble_places() else None
    run_end = letters_end(text, start)
    if run_end - start < 2:
        return None
    if post_follows(text, run_end) and run_end - start <= MAX_NAME and not (
        text.endswith(modifiers(), start, run_end)  # "ศรีสังคม|อดีต ผบ.…": a modifier glued on
    ) and surname_before_post(text[start:run_end]):
        # A whole word before a position or an age is the surname, though a listed name or a
        # boundary word starts it ("วิเศษ|น้อย อธิบดี…", "อินทร|ชุมนุม รองอธิบดี…").
        return run_end
    end = cut_name(text, start, run_end, family)
    if end is None:
        return None
    if end < run_end and whole_surname_run(text, end, run_end):
        end = run_end
    word = text[start:end]
    if end < len(text) and text[end] == ".":
        return None  # "จยย.", "คตส.": an abbreviation, never a surname
    if word in family:
        if not ends_word(text, end) and text.startswith(position_words(), start):
            return None  # "ประธาน|เจ้าหน้าที่": a post, though the family list holds the word
        return end
    if len(word) < 2 or word in thai_provinces():
        return None
    if post_follows(text, end) and surname_before_post(word):
        return end  # "นายอดิศร พร้อมเทพ อธิบดีกรมประมง", "นายเฉลิม ทวีบท อายุ 53 ปี"
    stop = name_stops_re().match(text, start)
    if stop and THAI_FOLLOWER.match(text, stop.end()):
        stop = None  # "ศาล|ิคุปต์": a vowel sign goes on, so no word ends there
    if stop and (stop.group() not in start_only() or stop.end() >= end or any(
        text[stop.end() : stop.end() + j] in thai_dictionary() for j in range(3, 10)
    )):
        return None  # "มี|ส่วนเกี่ยวข้อง" is a phrase; "มี|นะกนิษฐ์" may be a surname
    if phrase_pieces(dictionary_words(word)) or verb_phrase(word):
        return None  # "ลาออกจากตำแหน่ง", "ฝากเตือนประชาชน": the sentence goes on
    if _number_then_preposition(word):
        return None  # "หนึ่ง|ใน (นักธุรกิจ…)": "one of …"
    if word in thai_dictionary():
        # An ordinary word is a surname only when a position follows it ("บริพัตร ผู้ว่าราชการ…"),
        # or when it is a short word standing alone, as foreign surnames do ("หวัง อี้").
        after = end + 1 if end < len(text) and text[end] == " " else end
        # A dictionary word standing alone after a given name is a surname as often as not
        # ("นายสมพร ประชุม", "นางคุณัญญา เบญจมาศ"); a word glued to more text is a phrase.
        alone = (
            ends_word(text, end)
            and word not in thai_stopwords()
            and (len(word) <= 3 or after_alone(text, end))
        )
        if not alone and (after == end or not text.startswith(position_words(), after)):
            return None
    return end


# Words that may follow a full name glued to it: a pronoun (เอง), a determiner (นี้, อีก) or a
# word of the PHRASE_TAGS kinds; a quantifier or a noun glued after a listed surname
# ("สมบัติ|หลาย") is more of the surname.
AFTER_NAME_TAGS = PHRASE_TAGS | {"PDMN", "DDAC", "DDBQ", "DDAN"}


@lru_cache(maxsize=1)
def person_nouns() -> tuple[str, ...]:
    """Nouns for people a full name may be glued to: ``people/person_nouns.tsv``, the role cues
    and the position heads."""
    rows = load("people/person_nouns")
    return tuple(r["word"] for r in rows) + role_words() + position_words()


def whole_surname_run(text: str, cut: int, run_end: int) -> bool:
    """A surname standing alone (a speech verb, a post, punctuation or the end after it) runs to
    the end of its letters when the rest is one more word of it: "นายสมชาย สมบัติหลาย กล่าวว่า"
    is สมบัติหลาย, though สมบัติ is listed and หลาย is a word. A run of words is a phrase
    ("สุนทรเวช|สมัยเป็นผู้ว่า"), and a noun for a person is the next word of the sentence with
    its space dropped ("ชินวัตร|บุตรสาว", "ใจดี|ชาวบ้าน")."""
    rest = text[cut:run_end]
    if run_end - cut < 2 or not ends_word(text, run_end) or not after_alone(text, run_end):
        return False
    if text.startswith(cut_stops(), cut) or speech_verb_re().search(text, cut, run_end):
        return False
    if len(dictionary_words(rest)) > 1 or rest.startswith(person_nouns()):
        return False
    tag = orchid_word_tags().get(rest)
    # A state verb of one syllable glued on and then a clause's start is the surname's last
    # syllable ("ธีราทร บุญมา|ทัน ให้ …"); a longer one is a verb of the sentence ("…|เสียใจ").
    state_tail = tag == STATE_TAG and len(rest) > SYLLABLE_TAIL
    return tag not in AFTER_NAME_TAGS and tag not in VERB_TAGS and not state_tail


SYLLABLE_TAIL = 3  # letters of a one-syllable word ("ทัน", "ดี")


def _number_then_preposition(word: str) -> bool:
    """A number, then a preposition ("หนึ่ง|ใน", "สอง|จาก"): "one of …", no surname (surnames
    end in prepositions often enough, "ชิด|นอก", but do not open with a number so)."""
    pieces = dictionary_words(word)
    tags = orchid_word_tags()
    return (len(pieces) == 2 and tags.get(pieces[0]) == NUMBER_TAG
            and tags.get(pieces[1]) in ENDING_TAGS)


NUMBER_TAG = "DCNM"  # ORCHID: a cardinal number word (หนึ่ง, สอง)
# ORCHID: a classifier (คน, ราย) or a personal pronoun (ท่าน, ผู้) that a title may precede as
# a common noun ("พ.ต.อ.หญิง|คนหนึ่ง": "a woman colonel"), and what describes it after.
COUNTED_TAGS = frozenset({"CNIT", "PPRS"})
# An attribute (VATT: ดี, ใหม่) is not among them: "คน|ดี" is a given name as often.
COUNTED_AFTER_TAGS = frozenset({NUMBER_TAG, "DDAC", "DDBQ", "DIAC", "DIBQ", "DONM"})
ATTRIBUTE_TAG = "VATT"


@lru_cache(maxsize=4096)
def counted_noun(word: str) -> bool:
    """A title's word that is a classifier or pronoun and what counts or points at it
    ("คน|หนึ่ง", "ราย|หนึ่ง", "ท่าน|นี้", "คนเดียว", "(นาย)ทหาร|คน|หนึ่ง"): a common noun, no
    given name. A listed given name is one ("คนึง"), and so is a classifier and an attribute
    ("คน|ดี")."""
    if word in name_lists()[0]:
        return False
    pieces = dictionary_words(word)
    tags, words = orchid_word_tags(), thai_dictionary()
    # "(ทหาร|)คน|หนึ่ง": dictionary words ending in a classifier and its number or determiner.
    if len(pieces) >= 2 and all(p in words for p in pieces) and (
            tags.get(pieces[-2]) in COUNTED_TAGS and tags.get(pieces[-1]) in COUNTED_AFTER_TAGS):
        return True
    if word not in words:
        return False
    tag, k = opening_tag(word)
    # "คนเดียว": one word that opens with a classifier; "คน|ดี" opens with one and an attribute,
    # a given name as often as "a good person", unless a role noun ("คนร้าย", the culprit).
    return tag == "CNIT" and (tags.get(word[k:]) != ATTRIBUTE_TAG or word in person_nouns())
ENDING_TAGS = frozenset({"RPRE", "JCRG", "JSBR", "JCMP"})  # words that open what follows them


def post_follows(text: str, end: int) -> bool:
    """After one space comes a position or an age ("… อธิบดีกรม…", "… อายุ 53 ปี"): what news
    writes right after a full name, so the word before it is the surname."""
    if text.startswith(" ", end):
        nxt = end + 1
    elif breaks_at(text, end):
        nxt = end  # "มีขันทอง\ufeffผกก.": web text's zero-width break stands for the space
    else:
        return False
    if text.startswith(position_words(), nxt) or text.startswith(modifiers(), nxt):
        return True  # "… รองอธิบดี…", "… รักษาราชการแทน…"
    age = next((a for a in post_words("age") if text.startswith(a, nxt)), None)
    return age is not None and text[nxt + len(age) : nxt + len(age) + 2].strip()[:1].isdigit()


WORD_CACHE = 4096  # pure tests of one word: a person's name comes back many times a document


@lru_cache(maxsize=WORD_CACHE)
def surname_before_post(word: str) -> bool:
    """A word standing before a position or an age may be a surname that reads as words
    ("พร้อม|เทพ", "ทวี|บท", "ใคร่ครวญ"), unless it is a function word, a speech verb, a verb as a
    whole or holds a function word ("นายสมชาย ได้รับ ผู้ว่า…")."""
    if len(word) < 3 or word in thai_stopwords() or word.startswith(speech_verbs()):
        return False
    if word.startswith(position_words()) or word.startswith(role_words()):
        return False  # "นายสมชาย ผู้ช่วย ผู้ว่า…": a post of its own
    stop = name_stops_re().match(word)
    if stop and stop.group() not in start_only() and word in thai_dictionary():
        return False  # "นายสมชาย ที่ปรึกษา รมว.คลัง"; "พร้อม|เทพ" is a surname no list holds
    if orchid_word_tags().get(word) in PHRASE_TAGS or verb_word(word):
        return False
    # (Stop-word pieces are no evidence: the list holds พร้อม and มา, pieces of surnames.)
    pieces = dictionary_words(word)
    if _auxiliary_before_no_verb(word, pieces):
        return True  # "นายตนุภัทร จะกา อายุ 38 ปี": จะ opens a surname, not "will …"
    return not any(function_word(p) for p in pieces if len(p) >= 2)


def _auxiliary_before_no_verb(word: str, pieces: tuple[str, ...]) -> bool:
    """A word no dictionary holds, cut as an auxiliary or negation and then pieces that open
    with no verb and hold no function word ("จะ|กา", "จึง|รุ|ง|เรือง|กิจ"): an auxiliary opens a
    verb phrase only before a verb ("จะ|เป็น", "ได้|รับ"), so this is a surname that starts with
    its letters."""
    if len(pieces) < 2 or word in thai_dictionary() or pieces[0] not in surname_openings():
        return False  # "ได้|ตำแหน่ง", "ไม่|ทราบนามสกุล": no listed surname opens so
    tags = orchid_word_tags()
    rest = word[len(pieces[0]):]
    return (tags.get(pieces[0]) in AUXILIARY_TAGS and tags.get(rest) not in VERB_TAGS
            and tags.get(rest) not in PHRASE_TAGS and not verb_word(rest)
            and opening_tag(rest)[0] not in VERB_TAGS and not verb_phrase(rest)
            and not any(function_word(p) for p in pieces[1:] if len(p) >= 2))


OPENING = 4  # letters of the longest auxiliary that opens a listed surname ("ต้อง", "ควร")


@lru_cache(maxsize=1)
def surname_openings() -> frozenset[str]:
    """The first one to four letters of pythainlp's listed surnames: an auxiliary opens an
    unlisted surname only if it opens listed ones (คง, จะ, ยัง do; ได้, ไม่, ก็ open none, so
    "ได้เหรียญ", "ไม่ทราบนามสกุล" are the sentence)."""
    return frozenset(s[:k] for s in name_lists()[1] for k in range(1, OPENING + 1))


@lru_cache(maxsize=WORD_CACHE)
def verb_word(word: str) -> bool:
    """A verb, tagged so as a whole ("สนทนา", "สบายดี"), or two verbs in a row ("เข้า|พบ",
    "ไป|ส่ง"), however pythainlp's dictionary cuts it."""
    tags = orchid_word_tags()
    if tags.get(word) in (ACTION_TAG, STATE_TAG):
        return True
    splits = [dictionary_words(word)] + [(word[:k], word[k:]) for k in range(2, len(word) - 1)]
    return any(len(split) > 1 and all(tags.get(p) in VERB_TAGS for p in split)
               for split in splits)


# Tags a short word may carry and still be a foreign surname ("ฮุน โต" is "big"); the
# stop-word list holds such words, but it holds the sentence's function words too.
SHORT_SURNAME_TAGS = frozenset({None, "NPRP", "NCMN", "VATT"})


def short_surname_end(text: str, given_start: int, given_end: int) -> int | None:
    """A foreign surname of two or three letters after a foreign given name ("ฮุน โต"): the
    given name is in neither the name lists nor the dictionary, and the short word standing
    alone after it is no function word, auxiliary or speech verb."""
    given = text[given_start:given_end]
    start = given_end + 1
    if (given in name_lists()[0] or given in thai_dictionary()
            or not text.startswith(" ", given_end)):
        return None
    end = letters_end(text, start, 4)
    word = text[start:end]
    if not 2 <= len(word) <= 3 or not ends_word(text, end) or text.startswith(name_stops(), start):
        return None
    if (text.startswith(".", end) or word in speech_verbs()
            or orchid_word_tags().get(word, None) not in SHORT_SURNAME_TAGS):
        return None
    return end


def third_part_end(text: str, start: int) -> int | None:
    """A third short part of a foreign name after a short surname ("บัน คี มุน", "คิม จอง อึน")."""
    end = letters_end(text, start, 8)
    word = text[start:end]
    if not 2 <= len(word) <= 6 or not ends_word(text, end) or text.startswith(name_stops(), start):
        return None
    if word in thai_stopwords() or (word in thai_dictionary() and len(word) > 3):
        return None
    if word.startswith(person_nouns()):
        return None  # "นายหวัง อี้ ชาวจีน อายุ 41 ปี": his nationality, no third part
    return end


def after_alone(text: str, end: int) -> bool:
    """What may follow a surname that is also a word: the end, punctuation, or a space and then
    a position, a speech verb or a boundary word rather than more of a phrase."""
    if end >= len(text) or text[end] != " ":
        return True  # punctuation or a zero-width break
    nxt = end + 1
    return nxt >= len(text) or not THAI_LETTER.match(text[nxt]) or text.startswith(
        cut_stops(), nxt)
