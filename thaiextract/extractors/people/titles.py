"""Titled names: title chains ("พล.ต.อ.ดร.") and the name after them (royals and monks named
by style or rank alone are read in ``ranks``).

Titles and the words that merely start like one go into one Aho-Corasick automaton, matched on
characters (pythainlp's tokenisers split "พล.อ." into pieces). Adjacent titles stack.
"""

from __future__ import annotations

import re

from ...corpus import (
    dictionary_words,
    name_lists,
    thai_dictionary,
    thai_stopwords,
)
from ..wordscan import THAI_FOLLOWER, THAI_LETTER
from .extent import (
    SYLLABLE,
    bracketed_latin_end,
    glued_clause_cut,
    glued_post_end,
    middle_initial_start,
    repeat_long_names,
    second_surname_end,
    syllables_before_post,
)
from .names import (
    ACTION_TAG,
    MAX_NAME,
    counted_noun,
    cut_name,
    noble_places,
    opening_tag,
    pali,
    person_nouns,
    post_follows,
    short_surname_end,
    surname_end,
    third_part_end,
    verb_phrase,
)
from .shapes import foreign_parts
from .source import Candidate, breaks_at, ends_word, letters_end
from .vocab import (
    Title,
    cue_forms,
    cut_stops,
    english_heads,
    join_forms,
    name_stops,
    name_stops_re,
    name_tails,
    ordinary_words,
    place_words,
    title_automaton,
    title_index,
)

LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'\-]+(?: (?:[A-Z]\.|[A-Z][a-zA-Z'\-]+)){0,3}")


NUMBER_BEFORE = re.compile(r"\d ?$")


# HTML/JSX markup wraps a long line between given name and surname and indents the rest
# ("นายอัครา\n      พรหมเผ่า อธิบดี…"): one line break, then indentation, then Thai letters.
WRAPPED_GAP = re.compile(r"\n[ \t]+(?=[\u0e01-\u0e4e])")
WRAPPED_GOES_ON = re.compile(r" [\u0e01-\u0e4e]")  # the surname's line goes on (post, verb)


def _listed_word_after(text: str, end: int) -> bool:
    """The word after one space at ``end`` is a listed given name or surname: the two words
    before it are then a Thai full name ("มาดามแป้ง นวลพรรณ ล่ำซำ"), not a surname."""
    if not text.startswith(" ", end):
        return False
    word = text[end + 1 : letters_end(text, end + 1)]
    return any(word in names for names in name_lists())


JOINED_NICKNAME_MAX = 8  # letters of a nickname after "หรือ" ("ลูกหิน", "แหลม")


def after_nickname_join(text: str, start: int) -> bool:
    """A nickname's join word ("หรือ", a bracket) ends right before ``start``."""
    return text.endswith(join_forms("nickname_join"), 0, start)


def weak_title_ok(title: Title, text: str, nstart: int, gend: int, send: int | None) -> bool:
    """Confirm the name after a title that is also an ordinary word."""
    given, _ = name_lists()
    name = text[nstart:gend]
    if title.family == "monk":
        return send is not None and pali(text[gend + 1 : send])
    if title.family in ("nickname", "familiar"):
        # "เสี่ย|ง", "ป้า|ย": the prefix is the start of an ordinary word, not a title.
        tstart = nstart - len(title.text)
        if text.startswith(title.text, tstart) and any(
            text[tstart : nstart + j] in thai_dictionary()
            for j in range(1, min(5, gend - nstart) + 1)
        ):
            return False
        if name in given:
            return True
        spaced = text.startswith(" ", nstart - 1)  # "หรือเสี่ย แหลม"
        if send is None and len(name) <= JOINED_NICKNAME_MAX and after_nickname_join(
                text, nstart - spaced - len(title.text)):
            return True  # "ค้าธัญญาเรืองหรือเสี่ยแหลม|ว่า": a person's other name; one that
            # follows no person is dropped when mentions are joined
        if len(name) > 5 or send is not None:
            return False
        # "เสี่ยแหลม", "บิ๊กตู่": a familiar prefix takes a short word standing alone.
        return name not in thai_dictionary() or (
            title.family == "familiar" and ends_word(text, gend))
    if name in given:
        return True
    # "คุณพิมพรรณ ดิศกุล ณ อยุธยา": a polite title before a full name whose given name is no
    # word (คุณ before a word is the word's: คุณภาพ, คุณครู, "คุณ ประโยชน์ …").
    if title.family == "honorific":
        # "มาดามโซเฟีย จอห์น": a foreign full name, neither part an ordinary word, or a surname
        # no dictionary holds ("มาดามปัก กึน-ฮเย").
        if send is None:
            return False
        ordinary, surname = ordinary_words(), text[gend:send].split()[0]
        if opening_tag(surname)[0] == ACTION_TAG:
            return False  # "ร้านมาดามฟิน ขาย|ดี": a shop's name, then a verb
        if surname in given or _listed_word_after(text, send):
            return False  # "มาดามเดียร์ วทันยา บุนนาค": a nickname, then the Thai name itself
        return surname.split("-")[0] not in thai_dictionary() or (
            name not in ordinary and surname not in ordinary)
    return title.family == "civil" and send is not None and full_name_shape(
        name, text[gend:send].strip(), post_follows(text, send))


def full_name_shape(given: str, surname: str, post_after: bool) -> bool:
    """A given name that no dictionary holds and a surname that is listed, no word either, or
    followed by a post ("คุณเจษฎาภรณ์ ผลดี ดารานักแสดง")."""
    words = thai_dictionary()
    if len(given) < 3 or given in words or given in thai_stopwords() or given.startswith(
            name_stops()):
        return False
    first = surname.split(" ")[0]
    return post_after or first in name_lists()[1] or first not in words


def title_in_blocker(text: str, start: int, blocker: str) -> Title | None:
    """The title inside a blocker word when a name follows it after all ("นายเรือ|งไกร")."""
    auto = title_automaton()
    given, _ = name_lists()
    for k in range(len(blocker) - 1, 0, -1):
        title = auto.get(blocker[:k], None)
        if isinstance(title, Title):
            nstart, bend = start + k, start + len(blocker)
            run_end = letters_end(text, nstart)
            if run_end <= bend:
                return None  # the letters stop inside the blocker: no name can run past it
            end = cut_name(text, nstart, run_end, given)
            if end is None or end <= bend:
                return None
            name = text[nstart:end]
            # A listed name, or for a short blocker ("นายก", "นายเรือ") any name that is no word;
            # or the blocker cannot end where a vowel sign goes on ("นายก|ารัณย์" is นาย การัณย์).
            words = thai_dictionary()
            # A short blocker that ends in a title of its own ("หลวงพ่อ|พระ|ใส", a Buddha image)
            # names no one by the name after it.
            if name in given or (THAI_FOLLOWER.match(text, bend) and name not in words) or (
                len(blocker) - k <= 4
                and not isinstance(auto.get(blocker[k:], None), Title)
                and not text.startswith(name_stops(), bend)
                and name not in words
                and not any(text[bend : bend + j] in words for j in range(3, 10))
            ):
                return title
            return None
    return None


def inside_word(text: str, start: int, end: int) -> bool:
    """A title glued inside an ordinary word: "ทนาย" (lawyer), "มิถุนายน" (June)."""
    if start == 0 or not THAI_LETTER.match(text[start - 1]):
        return False
    words = thai_dictionary()
    for k in range(1, min(start, 6) + 1):
        for j in range(0, 4):
            piece = text[start - k : end + j]
            if len(piece) >= 4 and piece in words:
                return True
    return False


def inside_abbreviation(text: str, start: int, title: Title) -> bool:
    """"ศ." at the end of "กสศ.", "นศ.": a one-letter title right after a consonant."""
    if len(title.text) != 2 or title.text[1] != ".":
        return False
    return start >= 1 and "\u0e01" <= text[start - 1] <= "\u0e2e"


def title_chains(text: str) -> list[tuple[int, int, list[Title]]]:
    """Title chains ``(start, end, titles)``; a blocker word ends its chain."""
    matches: list[tuple[int, Title]] = []
    auto = title_automaton()
    for last, value in auto.iter_long(text):
        start = last - len(value if isinstance(value, str) else value.text) + 1
        if isinstance(value, str):
            # A blocker ("นายก…") hides the title inside it unless a name follows after all.
            value = title_in_blocker(text, start, value)
            if value is None:
                continue
        elif value.undotted and not text.startswith(" ", start + len(value.text)):
            # "พล.ต.ทรงกลด" is "พล.ต." + a name, not "พล.ต.ท" without its dot.
            value = _dotted_within(text, start, len(value.text) - 1)
            if value is None:
                continue
        elif "." in value.text and start > 0 and THAI_LETTER.match(text[start - 1]):
            # Leftmost-longest reads "แทนพ.ต.ต." as "นพ." + …: prefer a longer title one later.
            later = title_at(text, start + 1)
            if later is not None and start + 1 + len(later.text) > start + len(value.text):
                start, value = start + 1, later
        if matches and start < matches[-1][0] + len(matches[-1][1].text):
            continue
        matches.append((start, value))
    chains: list[tuple[int, int, list[Title]]] = []
    for start, value in matches:
        end = start + len(value.text)
        if value.family == "english" and start > 0 and text[start - 1].isalpha():
            continue
        if value.undotted and not text.startswith(" ", end):
            continue  # "ม.จะ…", "จ.อุทัยธานี": the letter after the dot begins a word
        if not value.strong and start > 0 and THAI_LETTER.match(text[start - 1]) and (
            value.family == "civil"
        ):
            continue  # "สืบสว|นส|อบสวน": a weak civil title glued inside a word
        if inside_word(text, start, end) or inside_abbreviation(text, start, value):
            continue
        if chains and start == chains[-1][1] and not value.strong and (
            chains[-1][2][-1].family == "civil"
        ):
            continue  # "นาง|คุณัญญา": a weak title after นาย/นาง starts the name instead
        if chains and (
            start == chains[-1][1] or (start == chains[-1][1] + 1 and text[start - 1] == " ")
        ):
            chains[-1] = (chains[-1][0], end, [*chains[-1][2], value])
        else:
            chains.append((start, end, [value]))
    return chains


def _dotted_within(text: str, start: int, longest: int) -> Title | None:
    """The longest title at ``start`` of at most ``longest`` characters, written with its dots."""
    auto = title_automaton()
    for length in range(longest, 1, -1):
        value = auto.get(text[start : start + length], None)
        if isinstance(value, Title) and not value.undotted:
            return value
    return None


TITLE_AT_LONGEST = 22


def title_at(text: str, start: int) -> Title | None:
    """The longest title (two to 22 characters) written at ``start``."""
    titles, lengths, heads = title_index()
    if text[start : start + 2] not in heads:
        return None
    room = min(TITLE_AT_LONGEST, len(text) - start)
    for length in lengths:
        if length <= room:
            value = titles.get(text[start : start + length])
            if value is not None:
                return value
    return None


def _nickname(titles: list[Title], send: int | None) -> bool:
    """A familiar prefix and a nickname with no surname ("บิ๊กตู่", "เสี่ยหนู"): a name the text
    gives someone, not a person named ตู่ with the title บิ๊ก."""
    return send is None and len(titles) == 1 and titles[0].family == "familiar"


def starts_with_stop(text: str, pos: int) -> int:
    """The length of a word a name never starts with standing at ``pos``, else 0 (0 too when a
    vowel sign goes on after it: "การ|ัณย์" is a name)."""
    stop = name_stops_re().match(text, pos)
    if stop is None or THAI_FOLLOWER.match(text, stop.end()):
        return 0
    return stop.end() - pos


def _name_past_stop(text: str, nstart: int, stop: int, gend: int) -> bool:
    """A name that begins with a word names never start with goes on past it: a listed given
    name ("มี|ชัย"), or a word no dictionary holds that ends, before a space, in a piece listed
    names end in ("พร้อม|พงศ์")."""
    name = text[nstart:gend]
    if nstart + stop >= gend:
        return False
    if name in name_lists()[0]:
        return True
    rest = name[stop:]
    return (name not in thai_dictionary() and len(rest) >= 3 and rest in name_tails()
            and rest not in thai_stopwords() and text.startswith(" ", gend)
            and not text.startswith(name_stops(), nstart + stop))


SHORT_PART = 4  # letters of a syllable of a foreign name written as a word ("คิม เอง ทาน")


def split_name_end(text: str, start: int, given: str) -> int | None:
    """A name whose given name a scrape split in two ("นายกนก พันธุ์ จุลเกษม ผู้ว่าการ…"): after the
    given name, a short word standing alone that was no surname, then a surname no dictionary
    holds and a post right after it; the end of that surname. Three short syllables of a foreign
    name may each be a word ("นายคิม เอง ทาน นักวิเคราะห์…")."""
    mid_end = letters_end(text, start, 8)
    if not 2 <= mid_end - start <= 7 or not text.startswith(" ", mid_end):
        return None
    mid = text[start:mid_end]
    # A foreign syllable: a short given name no name list or dictionary holds ("คิม").
    syllables = (len(given) <= SHORT_PART and mid_end - start <= SHORT_PART
                 and given not in name_lists()[0] and given not in thai_dictionary())
    if syllables:
        if text.startswith(cut_stops(), start):
            return None  # "… ก็ …", "… กล่าว …": the sentence goes on
        if text.startswith(cue_forms("nationality"), mid_end + 1):
            return mid_end  # "นายมินต์ ส่วย ชาวเมียนมา อายุ 30 ปี": his nationality follows
    elif mid in thai_stopwords() or text.startswith(name_stops(), start):
        return None
    if text.startswith(person_nouns(), mid_end + 1):
        return None  # "… ชาวจีน", "… ผู้ต้องหา": who he is, no surname
    end = surname_end(text, mid_end + 1)
    if syllables and end is None:
        end = letters_end(text, mid_end + 1, SHORT_PART + 1)
        if not 2 <= end - mid_end - 1 <= SHORT_PART or text.startswith(name_stops(), mid_end + 1):
            return None
    elif end is None or (text[mid_end + 1 : end] in thai_dictionary() and not syllables):
        return None
    return end if post_follows(text, end) else None


HYPHENED_PART = re.compile(r"-[\u0e01-\u0e4e]{2,6}(?![\u0e01-\u0e4e])")


def _more_surname(text: str, nstart: int, gend: int, sstart: int, send: int) -> int:
    """The surname's end moved past "ณ <place>" and the parts foreign names add: a third short
    word after a short surname ("บัน คี มุน"), a third foreign word after two ("ไมเคิล จอร์จ
    ดีซอมเบร"), a hyphened syllable ("มุน แช-อิน")."""
    if text.startswith(" ณ ", send) and text[send + 3 : letters_end(text, send + 3)] in (
            noble_places()):
        return letters_end(text, send + 3)  # "ดิศกุล ณ อยุธยา": the particle and its place
    foreign_given = text[nstart:gend] not in name_lists()[0]
    if send - sstart <= 3 and text.startswith(" ", send):
        third = third_part_end(text, send + 1)
        if third is None or not foreign_given or post_follows(text, third):
            return third or send
        return syllables_before_post(text, third) or third  # "เหงียน ถิ กิม เงิน ประธาน…"
    if not foreign_given:
        return second_surname_end(text, send) or send  # a Thai surname is one word, or two
    if max(gend - nstart, send - sstart) <= SYLLABLE and not post_follows(text, send):
        syllables = syllables_before_post(text, send)
        if syllables is not None:
            return syllables
    hyphened = HYPHENED_PART.match(text, send)
    if hyphened:
        return hyphened.end()
    gstart, _, fend = foreign_parts(text, nstart, gend, send)
    return fend if gstart == nstart else send


PRINCE_RANKS = ("เธอ", "พระองค์เจ้า")  # how the ranks of a prince's birth end (titles.tsv)


def _prince(titles: list[Title]) -> bool:
    """A chain ending in a prince's rank of birth ("พระเจ้าวรวงศ์เธอ พระองค์เจ้า"): the name
    after it is one word; the กรม… rank or a royal verb after it is no surname."""
    return titles[-1].family == "royal" and titles[-1].text.endswith(PRINCE_RANKS)


CLAUSE_CHECK_MIN = 6  # letters of the shortest given name with a clause glued ("สนธิขอ")


def surname_word(text: str, start: int) -> bool:
    """The word at ``start`` (after a space) reads as a surname: listed, or no title and no
    dictionary word, with a piece no dictionary word covers (a foreign or unlisted surname,
    "บา|เดีย"). After a clause glued to a given name comes a word ("ไตวาย") or the next
    mention ("นายบุญสม", "นางสมบูรณ์|กลับ…")."""
    word = text[start : letters_end(text, start)]
    if word in name_lists()[1]:
        return True
    words = thai_dictionary()
    return (SURNAME_WORD_MIN <= len(word) <= MAX_NAME and word not in words
            and title_at(text, start) is None and any(
                p not in words for p in dictionary_words(word)))


SURNAME_WORD_MIN = 3  # letters of the shortest unlisted surname read after a space


def _clause_trimmed(text: str, nstart: int, gend: int, given: frozenset[str]) -> int:
    """The given name's end with the sentence glued after it cut off ("นายบุญสมตาย" →
    "บุญสม"), unless the name is listed, a listed surname follows it after a space, or the
    clause is a listed surname ending the letters ("น.ส.พรวิภา|พยายาม|จะ…" is cut; a lone
    "…พยายาม" is a glued surname)."""
    name = text[nstart:gend]
    if len(name) < CLAUSE_CHECK_MIN or name in given:
        return gend
    cut = glued_clause_cut(name)
    if cut is None or (text.startswith(" ", gend) and surname_word(text, gend + 1)):
        return gend  # "นายกุศลสนอง ใจดี", "นายบ็อกดัน บาเดีย": a full name, however it reads
    if name[cut:] in name_lists()[1] and gend == letters_end(text, nstart):
        return gend  # a listed surname written glued, and nothing after it ("…|พยายาม" alone)
    return nstart + cut


def titled_mentions(text: str) -> list[Candidate]:
    given, _ = name_lists()
    out: list[Candidate] = []
    bracketed = "(" in text
    for start, end, titles in title_chains(text):
        if out and start < out[-1].end:
            continue
        counted = titles[0].family == "civil" and NUMBER_BEFORE.search(
            text, max(0, start - 3), start
        ) and not breaks_at(text, start)  # "2548\u200bนายชวน": a break, not a head count
        nstart = end + 1 if end < len(text) and text[end] == " " else end
        if (title_wrap := WRAPPED_GAP.match(text, end)) and titles[-1].strong:
            nstart = title_wrap.end()  # "พล.ต.ท.\n      สมชาย ใจดี": markup wrapped the line
        if nstart >= len(text):
            continue
        title_text = text[start:end]
        if LATIN_NAME.match(text, nstart) and (titles[-1].family == "english" or nstart == end + 1):
            m = LATIN_NAME.match(text, nstart)
            latin = m.group()
            head = english_heads().search(latin)
            if head and head.start() > 0:
                latin = latin[: head.start()].rstrip()  # "Prof. Somchai Jaidee President"
            parts = latin.split(" ")
            sur = " ".join(parts[1:]) or None
            out.append(Candidate(start, nstart + len(latin), parts[0], sur, title_text,
                                 tuple(titles), nstart, sur is not None, rule="title-latin-name"))
            continue
        if not THAI_LETTER.match(text[nstart]) or text.startswith(place_words(), nstart):
            continue  # "อำเภอสมเด็จ จังหวัด…": no name starts with a place word
        if bracketed and (bend := bracketed_latin_end(text, nstart)) is not None:
            gend = text.index(" ", nstart)
            out.append(Candidate(start, bend, text[nstart:gend], text[gend + 1 : bend],
                                 title_text, tuple(titles), nstart, True, rule="title-name"))
            continue
        gend = cut_name(text, nstart, letters_end(text, nstart), given)
        if gend is None or gend - nstart < 2:
            continue
        gend = _clause_trimmed(text, nstart, gend, given)
        if text[nstart:gend] not in given and verb_phrase(text[nstart:gend]):
            continue  # "200 นายมาดูแลความเรียบร้อย": a classifier and the sentence, no name
        stop = starts_with_stop(text, nstart)
        if stop and not _name_past_stop(text, nstart, stop, gend):
            continue  # "นาย|มี…" is a phrase, unless a name goes on past it ("นายมีชัย")
        send = None
        # Releases pad the gap before the surname with a second space ("นายวันชัย  พนมชัย").
        sstart = gend + 2 if text.startswith("  ", gend) else gend + 1
        wrapped = WRAPPED_GAP.match(text, gend)
        if wrapped:
            sstart = wrapped.end()
        if sstart < len(text) and (text[gend] == " " or wrapped) and THAI_LETTER.match(
            text[sstart]
        ):
            initial = middle_initial_start(text, sstart, text[nstart:gend])
            send = (glued_post_end(text, initial or sstart)
                    or surname_end(text, initial or sstart) or short_surname_end(text, nstart, gend)
                    or split_name_end(text, sstart, text[nstart:gend]))
            if wrapped and not (send and WRAPPED_GOES_ON.match(text, send)):
                send = None  # a surname alone on its line may be a heading: keep to the line
        if send is not None and _prince(titles):
            send = None  # "พระองค์เจ้าโสมสวลี กรมหมื่น…", "… เสด็จ": a prince bears no surname
        if send is not None:
            send = _more_surname(text, nstart, gend, sstart, send)
        if counted and (send is None or (nstart > end and (
            text[nstart:gend] not in given or text[nstart:gend] in thai_stopwords()
        ))):
            continue  # "45 นาย ได้…", "1 นาย ส่วน ซีล…": a classifier, not a title
        if nstart > end and send is None and text[nstart:gend] in thai_dictionary() and (
            text[nstart:gend] not in given
        ) and not (titles[-1].family == "familiar" and after_nickname_join(text, start)):
            continue  # "2,000 นาย รักษาความปลอดภัย": a word after a spaced title is no name
        if (send is None and title_text.count(".") == 1 and start > 0
                and THAI_LETTER.match(text[start - 1])
                and text[nstart:gend] in thai_dictionary() and text[nstart:gend] not in given):
            continue  # "สัมมนาดร.ก้าวหน้า": a title glued inside a phrase, before an ordinary word
        if send is None and (counted_noun(text[nstart:gend])
                             or counted_noun(text[nstart:letters_end(text, nstart)])):
            continue  # "พ.ต.อ.หญิงคนหนึ่ง": "a woman colonel", no one named
        strong = any(t.strong for t in titles)
        if not strong and not weak_title_ok(titles[-1], text, nstart, gend, send):
            continue
        monk = strong and titles[-1].family == "monk"
        if monk and send is not None and not pali(text[sstart:send]):
            send = None  # a monk's surname is a Pali chaya
        mention = Candidate(start, send or gend, text[nstart:gend],
                           text[sstart:send] if send else None, title_text, tuple(titles),
                           nstart, send is not None,
                           rule="nickname" if _nickname(titles, send) else "title-name")
        out.append(mention)
    return repeat_long_names(text, out)
