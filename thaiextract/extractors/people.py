"""People: titled and untitled names, their positions and organisations, every mention merged.

Steps, each one pass over the normalised text:
1. Titles (``people/titles.tsv``) and the words that merely start like one (``people/title_blockers.tsv``)
   go into one Aho-Corasick automaton, matched on characters (pythainlp's tokenisers split
   "พล.อ." into pieces). Adjacent titles stack: "พล.ต.อ.ดร.", "ศ.คลินิก นพ.".
2. After a title comes the given name, then after one space the surname. Thai writes the next word
   glued to the name ("นายสมศักดิ์กล่าวว่า"), so a run of letters is cut with pythainlp's bundled
   given-name and family-name lists and with ``organizations/boundaries.tsv`` words; a word that is an
   ordinary dictionary word is no surname unless the family-name list knows it.
3. Untitled full names count when both parts are in the name lists ("ทักษิณ ชินวัตร").
4. Later short mentions (given name, surname, "นาย" + given name) join the full mention's entry.
5. Positions: a head from ``people/positions.tsv`` / ``people/position_abbreviations.tsv`` right after a name
   (apposition), right before it, or after "ในฐานะ" / "เป็น"; expanded with the abbreviation table
   and the organisation lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import (
    dictionary_words,
    name_lists,
    thai_countries,
    thai_dictionary,
    thai_provinces,
    thai_stopwords,
)
from ..lexicons import load
from ..model import PersonFact
from . import organizations as orgs

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'\-]+(?: (?:[A-Z]\.|[A-Z][a-zA-Z'\-]+)){0,3}")
# A monk's Pali surname (chaya): a phinthu, or one of the usual endings.
PALI = re.compile(r"\u0e3a|(?:โณ|โต|โร|โก|โม|โย|โภ|โท|โล|โญ|โธ|โว|โส|โน|โช|โป|โพ|โฬ|โค|โฐ|ปุตโต)$")
NUMBER_BEFORE = re.compile(r"\d ?$")
MAX_NAME = 20  # a run of letters longer than this is a name glued to the next words
MAX_POSITION = 90
POSITION_CHARS = re.compile(r"[\u0e01-\u0e4e.A-Za-z0-9\-]")  # letters, ฯ, dots (รมว.), "DE"
SHORT_MIN = 3  # shortest given name / surname searched alone as a later mention
QUOTES = "\"'“”‘’"


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    family: str
    strong: bool
    expanded: str


@dataclass(slots=True)
class _Mention:
    start: int  # normalised offsets, title included
    end: int
    given: str
    surname: str | None
    title: str | None = None
    title_rows: tuple[Title, ...] = ()
    name_start: int = 0
    full: bool = False  # given + surname written
    display: str | None = None  # a royal's style as written, used as the name
    positions: list[tuple[int, int, int]] = field(default_factory=list)  # (distance, start, end)


# ---------------------------------------------------------------- lexicons, built once


@lru_cache(maxsize=1)
def _title_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("people/titles"):
        title = Title(row["title"], row["family"], row["strength"] == "strong", row["expanded"])
        auto.add_word(title.text, title)
    for row in load("people/title_blockers"):
        if not auto.exists(row["word"]):
            auto.add_word(row["word"], row["word"])
    auto.make_automaton()
    return auto


class _NameEndings:
    """Endings of listed names: "รัตน์", "ศักดิ์" end names, "จำนวน" does not.

    ``word in endings`` is true when ``word`` (two characters or more) is a proper ending of a
    listed name. The names are kept reversed and sorted, so a query is a bisect: building every
    ending as a set would cost 120,000 strings at start-up.
    """

    def __init__(self, names: frozenset[str]) -> None:
        self.reversed = sorted(n[::-1] for n in names)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < 2:
            return False
        key = word[::-1]
        k = bisect_left(self.reversed, key)
        while k < len(self.reversed) and self.reversed[k].startswith(key):
            if len(self.reversed[k]) > len(key):
                return True
            k += 1
        return False


@lru_cache(maxsize=1)
def _name_tails() -> _NameEndings:
    given, family = name_lists()
    return _NameEndings(given | family)


@lru_cache(maxsize=1)
def _name_boundaries() -> tuple[str, ...]:
    return tuple(row["word"] for row in load("organizations/boundaries") if row.get("scope") != "start")


@lru_cache(maxsize=1)
def _surname_never_starts() -> tuple[str, ...]:
    return tuple(row["word"] for row in load("organizations/boundaries"))


@lru_cache(maxsize=1)
def _position_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("people/positions"):
        if row["kind"] == "head":
            auto.add_word(row["position"], (row["position"], None))
    for row in load("people/position_abbreviations"):
        auto.add_word(row["abbreviation"], (row["abbreviation"], row["expansion"]))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _position_words() -> tuple[str, ...]:
    """Position heads and abbreviations: a name stops where one begins."""
    heads = [r["position"] for r in load("people/positions") if r["kind"] == "head"]
    heads += [r["abbreviation"] for r in load("people/position_abbreviations")]
    return tuple(heads)


@lru_cache(maxsize=1)
def _position_stops() -> tuple[str, ...]:
    """Words that end a glued position: organisation boundaries and ``people/positions.tsv`` stops."""
    stops = [r["position"] for r in load("people/positions") if r["kind"] == "stop"]
    return tuple(dict.fromkeys((*orgs._boundaries(), *stops)))


@lru_cache(maxsize=1)
def _modifiers() -> tuple[str, ...]:
    mods = [r["position"] for r in load("people/positions") if r["kind"] == "modifier"]
    return tuple(sorted(mods, key=len, reverse=True))


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {r["abbreviation"]: r["expansion"] for r in load("people/position_abbreviations")}


@lru_cache(maxsize=1)
def _expansion_lookup() -> dict[str, str]:
    """Organisation forms that may close a position → the organisation's full name."""
    table: dict[str, str] = {}
    for entry in orgs.entries():
        forms = [entry.name, *entry.aliases]
        if entry.name.startswith("กระทรวง"):
            forms += ["กระทรวง" + s for s in (*entry.short, *entry.abbreviations)]
        forms += [a for a in entry.abbreviations if "." in a or len(a) >= 3]
        for form in forms:
            table.setdefault(form, entry.name)
            if form.endswith("ฯ"):
                table.setdefault(form[:-1], entry.name)
    return table


@lru_cache(maxsize=1)
def _cut_stops() -> tuple[str, ...]:
    """Words that end a name glued to the text after it: boundaries, position heads and the
    civil titles of the next name ("กลิ่นประทุม|นายฤทธิ์")."""
    civil = [r["title"] for r in load("people/titles") if r["family"] == "civil"
             and r["strength"] == "strong" and len(r["title"]) >= 3]
    return tuple({*_name_boundaries(), *_position_words(), *civil})


@lru_cache(maxsize=1)
def _start_only() -> frozenset[str]:
    return frozenset(row["word"] for row in load("organizations/boundaries") if row.get("scope") == "start")


@lru_cache(maxsize=1)
def _name_stops_re() -> re.Pattern[str]:
    return orgs._alternation(_name_stops())


@lru_cache(maxsize=1)
def _name_stops() -> tuple[str, ...]:
    """Words a surname never starts with: boundaries, positions, organisation prefixes."""
    prefixes = [r["prefix"] for r in load("organizations/patterns")]
    return tuple({*_surname_never_starts(), *_position_words(), *prefixes, *_modifiers()})


# ---------------------------------------------------------------- names


THAI_RUN = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]*")


# Where normalisation dropped a zero-width space or BOM: web text uses them as word breaks
# ("นายสมพร ประชุม\u200bอดีตกำนัน"), so a name ends there. Set per document by ``extract``.
_BREAKS: ContextVar[tuple[int, ...]] = ContextVar("people_breaks", default=())
ZERO_WIDTH = frozenset("\u200b\ufeff")


def _zero_width_breaks(doc: Prepared) -> tuple[int, ...]:
    """Offsets in ``doc.text`` where a zero-width character was removed."""
    norm = doc.chain.views[-1]
    parent = doc.clean.text
    return tuple(
        norm.vstarts[k] for k in range(len(norm.vstarts))
        if not norm.contiguous[k] and norm.pends[k] > norm.pstarts[k]
        and ZERO_WIDTH.issuperset(parent[norm.pstarts[k] : norm.pends[k]])
    )


def _run_end(text: str, pos: int, limit: int = 40) -> int:
    """End of the run of Thai letters from ``pos`` (at most ``limit`` of them)."""
    end = THAI_RUN.match(text, pos, min(len(text), pos + limit)).end()
    breaks = _BREAKS.get()
    if breaks:
        k = bisect_right(breaks, pos)
        if k < len(breaks) and breaks[k] < end:
            end = breaks[k]
    return end


def _ends_word(text: str, end: int) -> bool:
    """No Thai letter continues the word at ``end`` (or a zero-width break is there)."""
    if end >= len(text) or not THAI_LETTER.match(text[end]):
        return True
    breaks = _BREAKS.get()
    if breaks:
        k = bisect_left(breaks, end)
        return k < len(breaks) and breaks[k] == end
    return False


def _cut(text: str, start: int, run_end: int, known: frozenset[str]) -> int | None:
    """End of the name that begins the letter run ``text[start:run_end]``, or None."""
    stops = _cut_stops()
    longest = min(run_end - start, MAX_NAME)
    # 1. The longest listed name that ends the run or is followed by a boundary word.
    for k in range(longest, 1, -1):
        if text[start : start + k] in known and (
            start + k == run_end or text.startswith(stops, start + k)
        ):
            return start + k
    # 2. A short run is one name, up to a boundary word ("สมชายกล่าว"), unless a listed name is
    #    followed by an ordinary word that is no part of any name ("ชา|จำนวน").
    cut = orgs.cut_at_boundary(text, start, run_end, stops, 2)
    short = run_end - start <= MAX_NAME and (run_end == len(text) or text[run_end] != "ฯ")
    if short and cut < run_end - 2:
        # A listed name may be glued to a word before the boundary ("กาญจนา|ภรรยา|และ").
        return _glued_word_cut(text, start, cut, known, True) or cut
    if short and cut < run_end:
        # A two-letter word ending a short run is more often the name's end ("สุระสัจจะ").
        cut = orgs.cut_at_boundary(text, start, run_end - 2, stops, 2)
        if cut < run_end - 2:
            return _glued_word_cut(text, start, cut, known, True) or cut
    # 3. A listed name followed by an ordinary word that ends no name ("ประวิตร|ปฏิเสธชัดเจน");
    #    a long run with none of these is a name glued to the sentence: the first boundary word.
    glued = _glued_word_cut(text, start, run_end, known, short)
    if glued is not None:
        return glued
    if short:
        return run_end
    return cut if cut < run_end and cut - start <= MAX_NAME else None


def _glued_word_cut(
    text: str, start: int, run_end: int, known: frozenset[str], short: bool
) -> int | None:
    """A listed name followed by an ordinary word that ends no name ("ชา|จำนวน", "ประวิตร|ปฏิเสธ…").

    In a short run the whole rest must be that word; in a long run, any word that opens the rest.
    """
    words, tails, common = thai_dictionary(), _name_tails(), thai_stopwords()
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


def _surname(text: str, start: int) -> int | None:
    """End of the surname starting at ``start`` (after the space), or None."""
    _, family = name_lists()
    if text.startswith("ณ ", start) and THAI_LETTER.match(text, start + 2):
        # "ณ อยุธยา", "ณ สงขลา": a noble particle opens the surname.
        return _run_end(text, start + 2) if _run_end(text, start + 2) - start > 3 else None
    run_end = _run_end(text, start)
    if run_end - start < 2:
        return None
    end = _cut(text, start, run_end, family)
    if end is None:
        return None
    word = text[start:end]
    if end < len(text) and text[end] == ".":
        return None  # "จยย.", "คตส.": an abbreviation, never a surname
    if word in family:
        return end
    if len(word) < 2 or word in thai_provinces():
        return None
    stop = _name_stops_re().match(text, start)
    if stop and (stop.group() not in _start_only() or stop.end() >= end or any(
        text[stop.end() : stop.end() + j] in thai_dictionary() for j in range(3, 10)
    )):
        return None  # "มี|ส่วนเกี่ยวข้อง" is a phrase; "มี|นะกนิษฐ์" may be a surname
    if word in thai_dictionary():
        # An ordinary word is a surname only when a position follows it ("บริพัตร ผู้ว่าราชการ…"),
        # or when it is a short word standing alone, as foreign surnames do ("หวัง อี้").
        after = end + 1 if end < len(text) and text[end] == " " else end
        # A dictionary word standing alone after a given name is a surname as often as not
        # ("นายสมพร ประชุม", "นางคุณัญญา เบญจมาศ"); a word glued to more text is a phrase.
        alone = (
            _ends_word(text, end)
            and word not in thai_stopwords()
            and (len(word) <= 3 or _after_alone(text, end))
        )
        if not alone and (after == end or not text.startswith(_position_words(), after)):
            return None
    return end


def _third_part(text: str, start: int) -> int | None:
    """A third short part of a foreign name after a short surname ("บัน คี มุน", "คิม จอง อึน")."""
    end = _run_end(text, start, 8)
    word = text[start:end]
    if not 2 <= len(word) <= 6 or not _ends_word(text, end) or text.startswith(_name_stops(), start):
        return None
    if word in thai_stopwords() or (word in thai_dictionary() and len(word) > 3):
        return None
    return end


def _after_alone(text: str, end: int) -> bool:
    """What may follow a surname that is also a word: the end, punctuation, or a space and then
    a position, a speech verb or a boundary word rather than more of a phrase."""
    if end >= len(text) or text[end] != " ":
        return True  # punctuation or a zero-width break
    nxt = end + 1
    return nxt >= len(text) or not THAI_LETTER.match(text[nxt]) or text.startswith(
        _cut_stops(), nxt)


def _weak_ok(title: Title, text: str, nstart: int, gend: int, send: int | None) -> bool:
    """Confirm the name after a title that is also an ordinary word."""
    given, _ = name_lists()
    name = text[nstart:gend]
    if title.family == "monk":
        return send is not None and bool(PALI.search(text[gend + 1 : send]))
    if title.family in ("nickname", "familiar"):
        # "เสี่ย|ง", "ป้า|ย": the prefix is the start of an ordinary word, not a title.
        tstart = nstart - len(title.text)
        if text.startswith(title.text, tstart) and any(
            text[tstart : nstart + j] in thai_dictionary() for j in range(1, min(5, gend - nstart) + 1)
        ):
            return False
        if name in given:
            return True
        if len(name) > 5 or send is not None:
            return False
        # "เสี่ยแหลม", "บิ๊กตู่": a familiar prefix takes a short word standing alone.
        return name not in thai_dictionary() or (title.family == "familiar" and _ends_word(text, gend))
    return name in given


def _title_in_blocker(text: str, start: int, blocker: str) -> Title | None:
    """The title inside a blocker word when a name follows it after all ("นายเรือ|งไกร")."""
    auto = _title_automaton()
    given, _ = name_lists()
    for k in range(len(blocker) - 1, 0, -1):
        title = auto.get(blocker[:k], None)
        if isinstance(title, Title):
            nstart, bend = start + k, start + len(blocker)
            end = _cut(text, nstart, _run_end(text, nstart), given)
            if end is None or end <= bend:
                return None
            name = text[nstart:end]
            # A listed name, or for a short blocker ("นายก", "นายเรือ") any name that is no word.
            words = thai_dictionary()
            if name in given or (
                len(blocker) - k <= 4
                and not text.startswith(_name_stops(), bend)
                and name not in words
                and not any(text[bend : bend + j] in words for j in range(3, 10))
            ):
                return title
            return None
    return None


def _inside_word(text: str, start: int, end: int) -> bool:
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


def _inside_abbreviation(text: str, start: int, title: Title) -> bool:
    """"ศ." at the end of "กสศ.", "นศ.": a one-letter title right after a consonant."""
    if len(title.text) != 2 or title.text[1] != ".":
        return False
    return start >= 1 and "\u0e01" <= text[start - 1] <= "\u0e2e"


def _titles(text: str) -> list[tuple[int, int, list[Title]]]:
    """Title chains ``(start, end, titles)``; a blocker word ends its chain."""
    matches: list[tuple[int, Title]] = []
    auto = _title_automaton()
    for last, value in auto.iter_long(text):
        start = last - len(value if isinstance(value, str) else value.text) + 1
        if isinstance(value, str):
            # A blocker ("นายก…") hides the title inside it unless a name follows after all.
            value = _title_in_blocker(text, start, value)
            if value is None:
                continue
        elif "." in value.text and start > 0 and THAI_LETTER.match(text[start - 1]):
            # Leftmost-longest reads "แทนพ.ต.ต." as "นพ." + …: prefer a longer title one later.
            later = _title_at(text, start + 1)
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
        if _inside_word(text, start, end) or _inside_abbreviation(text, start, value):
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


def _title_at(text: str, start: int) -> Title | None:
    auto = _title_automaton()
    for length in range(min(22, len(text) - start), 1, -1):
        value = auto.get(text[start : start + length], None)
        if isinstance(value, Title):
            return value
    return None


def _titled(text: str) -> list[_Mention]:
    given, _ = name_lists()
    out: list[_Mention] = []
    for start, end, titles in _titles(text):
        if out and start < out[-1].end:
            continue
        counted = titles[0].family == "civil" and NUMBER_BEFORE.search(
            text, max(0, start - 3), start
        )
        nstart = end + 1 if end < len(text) and text[end] == " " else end
        if nstart >= len(text):
            continue
        title_text = text[start:end]
        if LATIN_NAME.match(text, nstart) and (titles[-1].family == "english" or nstart == end + 1):
            m = LATIN_NAME.match(text, nstart)
            parts = m.group().split(" ")
            sur = " ".join(parts[1:]) or None
            out.append(_Mention(start, m.end(), parts[0], sur, title_text, tuple(titles), nstart,
                                sur is not None))
            continue
        if not THAI_LETTER.match(text[nstart]) or text.startswith(_name_stops(), nstart):
            continue
        gend = _cut(text, nstart, _run_end(text, nstart), given)
        if gend is None or gend - nstart < 2:
            continue
        send = None
        if gend + 1 < len(text) and text[gend] == " " and THAI_LETTER.match(text[gend + 1]):
            send = _surname(text, gend + 1)
        if send is not None and send - gend <= 4 and text.startswith(" ", send):
            send = _third_part(text, send + 1) or send
        if counted and send is None:
            continue  # "45 นาย ได้…": a classifier, not a title
        if nstart > end and send is None and text[nstart:gend] in thai_dictionary() and (
            text[nstart:gend] not in given
        ):
            continue  # "2,000 นาย รักษาความปลอดภัย": a word after a spaced title is no name
        if (send is None and "." in title_text and start > 0 and THAI_LETTER.match(text[start - 1])
                and text[nstart:gend] in thai_dictionary() and text[nstart:gend] not in given):
            continue  # "สัมมนาดร.ก้าวหน้า": a title glued inside a phrase, before an ordinary word
        strong = any(t.strong for t in titles)
        if not strong and not _weak_ok(titles[-1], text, nstart, gend, send):
            continue
        monk = strong and titles[-1].family == "monk"
        if monk and send is not None and not PALI.search(text[gend + 1 : send]):
            send = None  # a monk's surname is a Pali chaya
        mention = _Mention(start, send or gend, text[nstart:gend],
                           text[gend + 1 : send] if send else None, title_text, tuple(titles),
                           nstart, send is not None)
        out.append(mention)
    return out


@lru_cache(maxsize=1)
def _royal_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("people/royals"):
        auto.add_word(row["form"], (row["form"], row.get("person") or row["form"]))
    auto.make_automaton()
    return auto


def _royals(text: str) -> list[_Mention]:
    """Royals named by their style ("สมเด็จพระเจ้าอยู่หัว"): the name is the style as written."""
    out = []
    for last, (form, person) in _royal_automaton().iter_long(text):
        start, end = last - len(form) + 1, last + 1
        if end < len(text) and text[end] == "ฯ":
            end += 1
        out.append(_Mention(start, end, person, None, None, (), start, True, display=text[start:end]))
    return out


# A monk's ecclesiastical rank name ("พระพรหมวชิรญาณ") is his name; it is told from "พระราชทาน"
# and the like by the monastic post written right after it.
MONK_RANK = re.compile(
    r"(?:สมเด็จพระ|พระ)(?:พรหม|ธรรม|เทพ|ราช)[\u0e01-\u0e4e]{3,25}"
    r"(?= ?(?:รองเจ้าอาวาส|ผู้ช่วยเจ้าอาวาส|เจ้าอาวาส|เจ้าคณะ|รองเจ้าคณะ))"
)


def _monk_ranks(text: str) -> list[_Mention]:
    out = []
    for match in MONK_RANK.finditer(text):
        start, end = match.span()
        out.append(_Mention(start, end, match.group(), None, None, (), start, True,
                            display=match.group()))
    return out


WORD = re.compile(r"[\u0e01-\u0e4e]+")


def _untitled(text: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Full names with no title, both parts in the name lists ("ทักษิณ ชินวัตร")."""
    given, family = name_lists()
    out: list[_Mention] = []
    occupied = sorted(taken)
    for match in WORD.finditer(text):
        start, end = match.span()
        if match.group() not in given or end + 1 >= len(text) or text[end] != " ":
            continue
        if start > 0 and not (text[start - 1].isspace() or text[start - 1] in QUOTES + "(-"):
            continue
        if match.group() in thai_stopwords() or _title_at(text, start) is not None:
            continue  # "2,000 นาย รักษา…": นาย is a listed given name too
        send = _surname(text, end + 1)
        if send is None:
            continue
        if text[end + 1 : send] not in family and not (
            # "สุดารัตน์ เกยุราพันธ์ รมว.สาธารณสุข": an unlisted surname with a position after it
            text.startswith(" ", send) and text.startswith(_position_words(), send + 1)
        ):
            continue
        if any(s < send and start < e for s, e in occupied):
            continue
        out.append(_Mention(start, send, match.group(), text[end + 1 : send], None, (), start,
                            True))
    return out


QUOTED = re.compile(r"[\"']([\u0e01-\u0e4e]{3,20}(?: [\u0e01-\u0e4e]{2,25})?)[\"']")


def _quoted(text: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """A listed given name in quotes, as headlines write people ('"อภิรักษ์" พ้นผิด')."""
    given, _ = name_lists()
    out = []
    for match in QUOTED.finditer(text):
        start, end = match.span(1)
        first, _, last = match.group(1).partition(" ")
        if first not in given or any(s < end and start < e for s, e in taken):
            continue
        if last and _surname(text, start + len(first) + 1) != end:
            continue
        out.append(_Mention(start, end, first, last or None, None, (), start, bool(last)))
    return out


@lru_cache(maxsize=1)
def _speech_verbs() -> tuple[str, ...]:
    return tuple(row["verb"] for row in load("people/speech_verbs"))


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(row["form"] for row in load("dates/months"))


@lru_cache(maxsize=1)
def _not_bare_name() -> frozenset[str]:
    """Words that are never an untitled name part: places, months, common words."""
    return thai_provinces() | thai_countries() | _month_words() | thai_stopwords()


def _bare_given(word: str) -> bool:
    """A given name written with no title: a listed one, or a word that is no dictionary word."""
    given, _ = name_lists()
    if not 2 <= len(word) <= MAX_NAME or word in _not_bare_name() or PALI.search(word):
        return False  # a Pali chaya ("…จิตโต") is a monk's name, written after his own title
    if word in given:
        return True
    if word in thai_dictionary() or word.startswith(_name_stops()):
        return False
    # A run of ordinary words ("ลงพื้นที่") is a phrase; a name keeps an unknown piece or ends
    # the way names end ("ศรี|โสภา").
    pieces = dictionary_words(word)
    if any(p not in thai_dictionary() for p in pieces):
        return True
    return not any(p in thai_stopwords() for p in pieces) and pieces[-1] in _name_tails()


def _bare_surname(text: str, start: int) -> int | None:
    """End of a surname-shaped word at ``start`` that ends at a boundary, or None."""
    given, family = name_lists()
    run_end = _run_end(text, start)
    end = run_end
    # "ทวีสินกล่าวว่า": a speech verb glued to the surname ends it.
    verb = _speech_verb_re().search(text, start + 2, run_end)
    if verb is not None:
        end = verb.start()
    if end - start < 2 or (end == run_end and end < len(text) and text[end] in ".ฯ"):
        return None  # "สตช.": an abbreviation, never a surname
    word = text[start:end]
    if word in _not_bare_name() or len(word) > MAX_NAME:
        return None  # a longer run is a phrase ("มาขอคำปรึกษาเรื่อง…")
    if word in family or word in given:
        return end
    if word in thai_dictionary() or len(word) < 3 or word.startswith(_name_stops()):
        return None
    pieces = dictionary_words(word)
    if all(p in thai_dictionary() for p in pieces) and (
        any(p in thai_stopwords() for p in pieces)
        or (len(pieces) <= 2 and pieces[-1] not in _name_tails())
    ):
        # "ได้สั่งการ", "ลงพื้นที่": ordinary words; a long compound ("เติม|พิทยา|ไพสิฐ") or a
        # name-like ending ("…|สิทธิ์") reads as a surname.
        return None
    return end


def _after_name_glued(text: str, end: int) -> bool:
    """The surname ran into more letters that are no speech verb: a phrase, not a name."""
    return end < len(text) and THAI_LETTER.match(text[end]) is not None and (
        _speech_verb_re().match(text, end) is None
    )


def _weak_pair(text: str, given: str, surname: str, end: int) -> bool:
    """Two ordinary words that the name lists also hold ("เตือน พายุ ฤดูร้อน") are a name only
    when a speech verb, punctuation or the end follows ("เศรษฐา ทวีสิน ระบุว่า")."""
    words = thai_dictionary()
    if given.startswith(_speech_verbs()):
        return True
    if given not in words or surname not in words or surname in name_lists()[1]:
        return False
    nxt = end + 1 if text.startswith(" ", end) else end
    if nxt >= len(text) or not THAI_LETTER.match(text[nxt]):
        return False
    return _speech_verb_re().match(text, nxt) is None


@lru_cache(maxsize=1)
def _speech_verb_re() -> re.Pattern[str]:
    return orgs._alternation(_speech_verbs())


def _after_position(
    text: str, heads: dict[int, int], org_starts: dict[int, int], taken: list[tuple[int, int]]
) -> list[_Mention]:
    """Untitled names written right after a position ("รมว.คลัง อาคม เติมพิทยาไพสิฐ เปิดเผยว่า")."""
    out: list[_Mention] = []
    for hstart in sorted(heads):
        line_end = text.find("\n", hstart)
        limit = len(text) if line_end == -1 else line_end
        end = _position_end(text, hstart, heads[hstart], limit, org_starts)
        gstart = end + 1
        if gstart >= limit or text[end] != " " or not THAI_LETTER.match(text[gstart]):
            continue
        if _title_at(text, gstart) is not None or gstart in org_starts:
            continue  # a titled name is read elsewhere; an organisation is no name
        gend = _run_end(text, gstart)
        if gend + 1 >= limit or text[gend] != " " or not _bare_given(text[gstart:gend]):
            continue
        send = _bare_surname(text, gend + 1)
        if send is None or gend + 1 in org_starts or _after_name_glued(text, send):
            continue
        if _weak_pair(text, text[gstart:gend], text[gend + 1 : send], send):
            continue
        if any(s < send and gstart < e for s, e in taken) or (out and out[-1].end > gstart):
            continue
        out.append(_Mention(gstart, send, text[gstart:gend], text[gend + 1 : send], None, (),
                            gstart, True))
    return out


def _short_mentions(
    text: str, people: list[_Mention], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Untitled given names and surnames of known people: ``(start, end, kind, word)``."""
    import ahocorasick

    stops = _cut_stops()
    words = {m.given: "given" for m in people if len(m.given) >= SHORT_MIN}
    for m in people:
        if m.surname and len(m.surname) >= SHORT_MIN and not m.surname[0].isascii():
            words.setdefault(m.surname, "surname")
    if not words:
        return []
    auto = ahocorasick.Automaton()
    for word, kind in words.items():
        auto.add_word(word, (word, kind))
    auto.make_automaton()
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    out = []
    for last, (word, kind) in auto.iter_long(text):
        pos, end = last - len(word) + 1, last + 1
        left = pos == 0 or not THAI_LETTER.match(text[pos - 1]) or _ends_word(text, pos)
        right = _ends_word(text, end) or text.startswith(stops, end)
        if not (left and right):
            continue
        k = bisect_right(starts, pos) - 1
        if (k >= 0 and spans[k][1] > pos) or (k + 1 < len(spans) and spans[k + 1][0] < end):
            continue
        out.append((pos, end, kind, word))
    return out


# ---------------------------------------------------------------- positions


def _position_end(
    text: str, start: int, head_end: int, limit: int, org_starts: dict[int, int] | None = None
) -> int:
    """End of a position: the head plus what is glued to it, cut before a verb or a name."""
    end = head_end
    stop = min(limit, start + MAX_POSITION, len(text))
    while end < stop and POSITION_CHARS.match(text[end]):
        end += 1
    end = orgs.cut_at_boundary(text, head_end, end, _position_stops(), 0)
    titles = [t for t in _titles(text[head_end:end]) if t[0] > 0]
    if titles:
        end = head_end + titles[0][0]
    if org_starts:
        # "ประธานกรรมการบริษัท กัลฟ์ … จำกัด (มหาชน)": an organisation opening inside the glued
        # text runs past the boundary word that cut it ("บริษัท" is one).
        for k in range(head_end, end + 1):
            org_end = org_starts.get(k)
            if org_end is not None:
                if end < org_end <= limit:
                    end = org_end
                break
    # "ผู้ว่าฯ เชียงราย", "ผู้ช่วยโฆษก ศบค.": a province or an organisation written after a space
    # belongs to the position.
    if end < len(text) and text[end] == " ":
        word_end = _run_end(text, end + 1)
        org_end = org_starts.get(end + 1) if org_starts else None
        if org_end is not None and org_end <= limit:
            end = org_end
        elif text[end + 1 : word_end] in thai_provinces() and word_end <= stop:
            end = word_end
    return end


def _position_heads(text: str) -> dict[int, int]:
    heads: dict[int, int] = {}
    for last, (head, _) in _position_automaton().iter_long(text):
        heads[last - len(head) + 1] = last + 1
    return heads


def _position_at(
    text: str, pos: int, heads: dict[int, int], limit: int, org_starts: dict[int, int]
) -> tuple[int, int] | None:
    """A position starting at ``pos`` (modifiers such as รอง / อดีต allowed first)."""
    start = pos
    for _ in range(2):
        for mod in _modifiers():
            if text.startswith(mod, pos):
                pos += len(mod)
                if pos < len(text) and text[pos] == " ":
                    pos += 1
                break
    head_end = heads.get(pos)
    if head_end is None:
        return None
    return start, _position_end(text, pos, head_end, limit, org_starts)


def _expand(position: str) -> str:
    """Abbreviations expanded and organisation short forms completed."""
    if not THAI_LETTER.search(position):
        return position  # an English position keeps its spaces
    table = _abbreviations()
    # Spaces go ("รมว. ดิจิทัลฯ"), except inside a company's registered name, which keeps them.
    company = position.find("บริษัท")
    out = position.replace(" ", "") if company == -1 else (
        position[:company].replace(" ", "") + position[company:])
    for abbr in sorted(table, key=len, reverse=True):
        k = out.find(abbr)
        if k != -1 and (k == 0 or out[:k] in _modifiers()):
            out = out[:k] + table[abbr] + out[k + len(abbr) :]
            break
    out = out.replace("กระทรวงกระทรวง", "กระทรวง")
    lookup = _expansion_lookup()
    for k in range(len(out)):
        full = lookup.get(out[k:])
        if full is not None:
            return out[:k] + full
    return out


# ---------------------------------------------------------------- assembly


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[PersonFact]:
    token = _BREAKS.set(_zero_width_breaks(doc))
    try:
        return _extract(doc)
    finally:
        _BREAKS.reset(token)


def _extract(doc: Prepared) -> list[PersonFact]:
    text = doc.text
    royals = _royals(text)
    if "พระ" in text:
        royals += _monk_ranks(text)
    titled = [m for m in _titled(text) if not any(r.start < m.end and m.start < r.end for r in royals)]
    titled += royals
    taken = [(m.start, m.end) for m in titled]
    untitled = _untitled(text, taken)
    taken += [(m.start, m.end) for m in untitled]
    heads = _position_heads(text)
    org_hits = orgs.find(text) if heads else []
    org_starts = {h.start: h.end for h in org_hits}
    if heads:
        untitled += _after_position(text, heads, org_starts, taken)
        taken += [(m.start, m.end) for m in untitled]
    found = sorted(titled + untitled + _quoted(text, taken), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in found]
    # Group: full mentions by (given, surname); given-only mentions join a full one.
    groups: list[list[_Mention]] = []
    by_full: dict[tuple[str, str], list[_Mention]] = {}
    for m in found:
        if m.full:
            key = (m.given, m.surname or "")
            if key not in by_full:
                by_full[key] = []
                groups.append(by_full[key])
            by_full[key].append(m)
    fulls = [g[0] for g in groups]
    loose: dict[str, list[_Mention]] = {}
    for m in found:
        if m.full:
            continue
        target = _owner(fulls, m.given, None, m.start)
        if target is not None:
            by_full[(target.given, target.surname or "")].append(m)
        else:
            if m.given not in loose:
                loose[m.given] = []
                groups.append(loose[m.given])
            loose[m.given].append(m)
    named = [m for m in fulls if m.display is None] + [g[0] for g in loose.values()]
    shorts = _short_mentions(text, named, taken)
    for start, end, kind, word in shorts:
        if kind == "given":
            target = _owner(fulls, word, None, start)
            if target is None and word in loose:
                loose[word].append(_Mention(start, end, word, None, None, (), start))
                continue
        else:
            target = _owner(fulls, None, word, start)
        if target is not None:
            by_full[(target.given, target.surname or "")].append(
                _Mention(start, end, word if kind == "given" else target.given, None, None, (),
                         start)
            )
    appositions: list[tuple[int, int]] = []
    people = []
    for group in groups:
        group.sort(key=lambda m: m.start)
        people.append(group)
        for m in group:
            if m.title is None and not m.full:
                continue
            _find_positions(text, m, heads, org_starts)
            appositions += [(s, e) for d, s, e in m.positions if d >= 0]
    head_starts = sorted(heads)
    for group in people:
        for m in group:
            if m.title is not None or m.full:
                _position_before(text, m, heads, head_starts, appositions)
    out = [_fact(doc, group, org_hits) for group in people if group]
    out.sort(key=lambda f: f.start)
    return out


def _owner(fulls: list[_Mention], given: str | None, surname: str | None, pos: int) -> (
    _Mention | None
):
    """The full mention a short mention belongs to: the nearest before it, else the first after."""
    cands = [f for f in fulls if (given is None or f.given == given)
             and (surname is None or f.surname == surname)]
    if not cands:
        return None
    before = [f for f in cands if f.start <= pos]
    return before[-1] if before else cands[0]


def _find_positions(
    text: str, m: _Mention, heads: dict[int, int], org_starts: dict[int, int]
) -> None:
    """Positions after the mention: apposition, "ในฐานะ …", "เป็น …"."""
    line_end = text.find("\n", m.end)
    limit = len(text) if line_end == -1 else line_end
    if m.given[:1].isascii() and text.startswith(", ", m.end):
        english = _english_position(text, m.end + 2, limit)
        if english:
            m.positions.append((0, *english))
            return
    pos = m.end + 1 if m.end < len(text) and text[m.end] == " " else m.end
    found = _position_at(text, pos, heads, limit, org_starts)
    if found:
        m.positions.append((0, *found))
        pos = found[1] + 1 if found[1] < len(text) and text[found[1]] == " " else found[1]
    for cue in ("ในฐานะ", "เป็น"):
        if text.startswith(cue, pos):
            after = pos + len(cue)
            after += 1 if after < len(text) and text[after] == " " else 0
            found2 = _position_at(text, after, heads, limit, org_starts)
            if found2:
                m.positions.append((1, *found2))
            break


EN_WORD = r"(?:[A-Z][A-Za-z.'&\-]*|of|the|for|and|on|to|in|de|du)"
EN_POSITION = re.compile(rf"(?:the )?({EN_WORD}(?: {EN_WORD}){{0,9}})")
EN_CONNECTORS = frozenset(("of", "the", "for", "and", "on", "to", "in", "de", "du"))


@lru_cache(maxsize=1)
def _english_heads() -> re.Pattern[str]:
    heads = sorted((r["position"] for r in load("people/positions") if r["kind"] == "english"),
                   key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z\-])(?:" + "|".join(map(re.escape, heads)) + r")(?![A-Za-z])")


def _english_position(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """"Mr. Antonio Guterres, UN Secretary-General, said": capitalised words holding a head."""
    match = EN_POSITION.match(text, pos, limit)
    if match is None:
        return None
    start, end = match.span(1)
    words = text[start:end].split(" ")
    while words and words[-1] in EN_CONNECTORS:  # "Director of the" before a lower-case word
        words.pop()
    end = start + len(" ".join(words))
    if not _english_heads().search(text, start, end):
        return None
    return start, end


def _english_organization(position: str) -> str | None:
    """"Managing Director of the IMF" → "IMF"; "UN Secretary-General" → "UN"."""
    for cue in (" of the ", " of ", " at the ", " at "):
        k = position.find(cue)
        if k != -1:
            org = position[k + len(cue) :]
            return org.split(" to ")[0].split(" in ")[0] or None  # "… of the US| to Thailand"
    head = _english_heads().search(position)
    if head and head.start() > 0:
        before = position[: head.start()].strip()
        words = [w for w in before.split(" ") if w not in ("Deputy", "Vice", "Acting", "Former")]
        return " ".join(words) or None
    return None


def _position_before(
    text: str, m: _Mention, heads: dict[int, int], head_starts: list[int],
    used: list[tuple[int, int]],
) -> None:
    """A position written just before the name ("ปลัดกระทรวงดิจิทัลฯ นางสาว…")."""
    if any(d == 0 for d, _, _ in m.positions):
        return
    line_start = text.rfind("\n", 0, m.start) + 1
    lo = bisect_left(head_starts, max(line_start, m.start - MAX_POSITION))
    hi = bisect_left(head_starts, m.start)
    for hstart in reversed(head_starts[lo:hi]):
        start = hstart
        for mod in _modifiers():
            if text.endswith(mod, line_start, start):
                start -= len(mod)
                break
        end = _position_end(text, hstart, heads[hstart], m.start)
        gap = text[end : m.start]
        if gap.strip() == "" and len(gap) <= 1:
            if not any(s <= start < e for s, e in used):
                m.positions.append((2, start, end))
            return
        if " " in text[hstart : m.start].strip():
            return


def _fact(doc: Prepared, group: list[_Mention], org_hits: list[orgs._Hit]) -> PersonFact:
    head = next((m for m in group if m.full), next((m for m in group if m.title), group[0]))
    text = doc.text
    positions: list[tuple[int, int, int, int]] = []
    for m in group:
        for dist, s, e in m.positions:
            positions.append((0 if m is head else 1, dist, s, e))
    positions.sort(key=lambda p: (p[0], p[1], p[2]))
    written: list[str] = []
    expanded: list[str] = []
    spans: list[tuple[int, int]] = []
    for _, _, s, e in positions:
        exp = _expand(text[s:e])
        if exp not in expanded:
            expanded.append(exp)
            written.append(doc.original_text(s, e))
            spans.append((s, e))
    organization = _organization(text, expanded[0], spans[0], org_hits) if expanded else None
    title = doc.original_text(head.start, head.name_start).rstrip() if head.title else None
    titles = [t.expanded for t in head.title_rows]
    return PersonFact(
        **doc.anchor(head.start, head.end),
        name=head.display or head.given + (" " + head.surname if head.surname else ""),
        title=title or None,
        position=written[0] if written else None,
        position_expanded=expanded[0] if expanded else None,
        organization=organization,
        given_name=None if head.display else head.given,
        surname=head.surname,
        mentions=tuple(doc.mention(m.start, m.end) for m in group),
        positions=tuple(written),
        title_expanded="".join(titles) if titles else None,
    )


def _organization(
    text: str, expanded: str, span: tuple[int, int], org_hits: list[orgs._Hit]
) -> str | None:
    """The organisation a position names: one found inside it, else a lexicon name it expands to,
    else what the position names after its head ("อธิการบดี|มหาวิทยาลัยใหม่")."""
    inside = [h for h in org_hits if span[0] <= h.start and h.end <= span[1] and h.form == "name"]
    if inside:
        best = max(inside, key=lambda h: h.end - h.start)
        # "สำนักงานสาธารณสุขจังหวัด|ลำปาง": a provincial office is named with its province.
        rest = text[best.end : span[1]].strip()
        if best.name.endswith("จังหวัด") and rest in thai_provinces():
            return best.name + rest
        return best.name
    hits = [h for h in orgs.find(expanded) if h.form == "name"]
    if hits:
        return max(hits, key=lambda h: h.end - h.start).name
    if not THAI_LETTER.search(expanded):
        return _english_organization(expanded)
    return _organization_after_head(expanded)


@lru_cache(maxsize=1)
def _head_organizations() -> dict[str, tuple[str, str]]:
    """Expanded head → (word of the head that opens its organisation, organisation it implies)."""
    return {r["position"]: (r.get("org_prefix", ""), r.get("organization", ""))
            for r in load("people/positions") if r["kind"] == "head"}


@lru_cache(maxsize=1)
def _not_organizations() -> tuple[str, ...]:
    return tuple(r["position"] for r in load("people/positions") if r["kind"] == "not_org")


ORG_TAIL_MIN = 3  # a shorter rest after a head is no organisation ("หัวหน้า|ทีม" is one)


def _organization_after_head(expanded: str) -> str | None:
    """The organisation written after an expanded position's head, when no lexicon knows it."""
    heads = _head_organizations()
    pos = 0
    for _ in range(3):  # "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวง…": the last post names it
        for mod in _modifiers():
            if expanded.startswith(mod, pos):
                pos += len(mod)
                break
        head = next((expanded[pos:k] for k in range(len(expanded), pos, -1)
                     if expanded[pos:k] in heads), None)
        if head is None:
            return None
        pos += len(head)
        if expanded.startswith("และ", pos):
            pos += len("และ")
            continue
        prefix, implied = heads[head]
        rest = expanded[pos:]
        if rest.startswith("ประจำ"):
            rest = rest[len("ประจำ") :]  # "โฆษกประจำสำนัก…": the office it serves
        elif "ประจำ" in rest:
            rest = rest[: rest.index("ประจำ")]  # "เอกอัครราชทูต…จีน|ประจำประเทศไทย"
        if len(rest) < ORG_TAIL_MIN:
            return implied or None
        if rest.startswith(_not_organizations()):
            return None
        return prefix + rest
    return None
