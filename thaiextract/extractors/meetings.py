"""Meetings: each meeting with its name, ordinal, date, place, format and participants.

A meeting is found three ways, all compiled once per process:
- a Thai trigger (``meetings/triggers.tsv``: การประชุม…, ที่ประชุม…, การหารือ…, พิธีเปิด…) followed by a
  name that runs to a boundary (``meetings/boundaries.tsv``) and is specific (a body or rank from
  ``meetings/bodies.tsv``, an ordinal, a Latin word or a year); an English name and an acronym in
  brackets after it join the same meeting;
- an English name in Latin script with a meeting head word (Meeting, Summit, Ceremony …);
- a known acronym repeated anywhere (Latin, or a Thai abbreviation in brackets: ครม., กพช.).
A kind of meeting with no name (หารือทวิภาคี) counts only when its own clause dates or places it;
a forum word (เวที) only with an English name, acronym or ordinal; a seminar may be named by its
quoted topic. "การประชุม BRICS" after "(BRICS Foreign Ministers Meeting)" joins that meeting.
Mentions of one meeting (Thai name, English name, acronym, a short headline form) are merged into
one fact whose span is the first full mention. Date, place and format are read in the clause of
each mention: from the mention to the next other meeting in the same sentence (and, for the first
meeting of a sentence, the part before it too).

Names are given in normalised form (Arabic digits, "-" for dashes, no spaces around "-", single
spaces); spans and mentions are exact text of the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import dictionary_words, thai_countries, thai_dictionary, thai_provinces
from ..lexicons import load
from ..model import DateFact, MeetingFact, Mention, OrganizationFact, PersonFact
from ..normalize import normalize_text

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

MAX_NAME = 120  # characters a Thai name may run before a boundary must have been seen
MAX_PLACE = 60
THAI = "\u0e00-\u0e7f"

# One capitalised word of an English name: "ASEAN", "Anti-Fake", "COVID-19", "Co-operation", "2025".
_CAPW = r"(?:[A-Z][A-Za-z0-9'’.&]*(?:-[A-Za-z0-9]+)*|\d{4}(?![\d/]))"
_CONNECT = r"(?:of|for|on|and|the|in|to|at|between|&)"
# A run of capitalised words, joined by spaces, dashes or lower-case connectors.
ENG_SEQ = rf"{_CAPW}(?:(?:\s+{_CONNECT}(?:\s+the)?)?\s+{_CAPW}|\s*-\s*{_CAPW})*"
_ENG_FULL_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ})"
)
# Where such a name can start: a capital, "t" (the) or a digit not after a Latin letter or digit.
# The look-behind comes after the first character: a pattern that opens with a character class
# lets the regex engine skip ahead in C; one that opens with a look-behind is tried everywhere.
_LATIN_START_RE = re.compile(r"[A-Zt\d](?<![A-Za-z0-9].)")
# ครั้งที่ 14, ครั้งที่ 28-29 (a pair of summits: the first), ครั้งที่ 1/2561 (session year kept).
_ORD_TH_RE = re.compile(
    r"(?:ครั้งที่|รอบที่|สมัยที่)\s*(?P<n>\d+)(?:\s*-\s*\d+)?(?:\s*/\s*(?P<session>\d{2,4})(?!\d))?"
    r"|ครั้งแรก"
)
_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z0-9]+)?"
_BRACKET_ENG_RE = re.compile(
    rf"\s*(?P<eng>(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ}))"
    rf"(?:\s*(?:หรือ|or|,|-|/|:)\s*(?P<acr>{_ACRONYM}))?\s*"
)
_BRACKET_ACR_RE = re.compile(rf"\s*(?P<acr>{_ACRONYM})\s*")
# A Thai abbreviation in brackets: (ครม.), (กพช.), (ก.พ.ร.): consonants and dots, a final dot.
_THAI_ACR = r"[ก-ฮ](?:[ก-ฮ]|\.(?=[ก-ฮ])){1,8}\."
_BRACKET_THAI_ACR_RE = re.compile(rf"\s*(?P<acr>{_THAI_ACR})\s*")
_MEETING_HEADS_RE = re.compile(
    r"\b(?:Meetings?|Summits?|Conferences?|Forums?|Ceremony|Dialogues?|Sessions?|Symposium|"
    r"Seminars?|Workshops?|Roundtables?|Retreats?|Assembly|Consultations?|Talks|Congress|"
    r"Webinars?|Plenary|Conclave)\b"
)
_ENG_STOPWORDS = {"the", "of", "for", "on", "and", "in", "to", "at", "between"}
_DATE_CUE_RE = re.compile(r"เมื่อ|ระหว่าง|จัดขึ้น|ในวัน|วันที่|ตั้งแต่|ประชุมวัน")
_DEADLINE_RE = re.compile(r"(?:ภายใน|ก่อน|จนถึง|ถึงวันที่|หลังจาก|ภายหลัง)\s*(?:วันที่|วัน)?\s*$")
_PLACE_CUE_RE = re.compile(r"(?:(?<=[\s)])|^)ณ\s*")
# "นายเดชาภิวัฒน์ ณ สงขลา": ณ after a titled given name is part of a royal-lineage surname.
_NA_SURNAME_RE = re.compile(r"(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|ม\.ร\.ว\.|ม\.ล\.|คุณ)[\u0e00-\u0e7f]+\s+$")


# --- shared helpers (initiatives.py uses them too) -------------------------------------------


def clean_name(text: str) -> str:
    """A name as reported: normalised characters, single spaces, no spaces around "-"."""
    text = normalize_text(text)
    text = re.sub(r"\s+", " ", text).strip(" -")
    return re.sub(r"\s*-\s*", "-", text)


def latin_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``(?<![A-Za-z0-9])`` and then a
    capitalised word, "The"/"the" or a digit: it is tried only where one of those can start.

    Same matches as ``finditer``: a match can only start there, and the next search resumes at
    the end of the last match.
    """
    return matches_at(pattern, text, (m.start() for m in _LATIN_START_RE.finditer(text)))


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Try ``pattern`` only at ``starts`` (ascending), as ``finditer`` would: a start inside the
    last match is skipped, so matches never overlap."""
    last = 0
    for start in starts:
        if start < last:
            continue
        m = pattern.match(text, start)
        if m:
            last = m.end()
            yield m


def literal_automaton(words: Iterable[str]):  # ahocorasick has no type stubs
    """An Aho-Corasick automaton over ``words``: every word maps to its length."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for word in words:
        if word:
            auto.add_word(word, len(word))
    auto.make_automaton()
    return auto


def literal_finditer(pattern: re.Pattern[str], auto, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for an alternation of literal words (``_alternation``) whose
    words are the keys of ``auto``: the automaton finds in one pass where a word starts, and the
    pattern is tried only there. Same matches: the pattern cannot match where no word starts.
    """
    if not len(auto):
        return iter(())
    return matches_at(pattern, text, sorted({end - n + 1 for end, n in auto.iter(text)}))


@dataclass(frozen=True, slots=True)
class Boundaries:
    name: re.Pattern[str]  # keep | stop | verb | latin | space | punct, for names
    place: re.Pattern[str]  # the same for locations (function-word stops only)
    stop_at: re.Pattern[str]  # a stop, verb or lead word right here (after a space), place scope
    glue: re.Pattern[str]  # the text before a space ends with a glue word
    next: re.Pattern[str]  # the text after a space starts with a "next" word
    head: re.Pattern[str]  # the text before a verb ends with a head that takes one (คณะกรรมการ…)
    linkers: frozenset[str]  # stops that stay in a name right after a linked head (เพื่อ)
    linked: re.Pattern[str]  # the text before a linker ends with such a head (คณะกรรมการ, ศูนย์)


def _alternation(words: list[str]) -> str:
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        if word == "ณ":
            # ณ is a word only on its own (คุณภาพ, ประมาณ, ประณีต hold it too).
            parts.append(r"(?:(?<=\s)|^)ณ(?=\s)")
        else:
            parts.append(re.escape(word))
    return "|".join(parts) or r"(?!x)x"


# Characters a name or place may hold; anything else (emoji, bullets, "*") ends it.
_NAME_CHARS = r"\u0e00-\u0e7fA-Za-z0-9\s.\-/&'’"


@lru_cache(maxsize=1)
def boundaries() -> Boundaries:
    rows = load("meetings/boundaries")

    def words(role: str, scope: str) -> list[str]:
        return [r["word"] for r in rows if r["role"] == role and r["scope"] in ("both", scope)]

    def scanner(stops: list[str], verbs: list[str], scope: str) -> re.Pattern[str]:
        return re.compile(
            rf"(?P<keep>{_alternation(words('keep', scope))})"
            rf"|(?P<brk>{_alternation(words('break', scope))})"
            rf"|(?P<stop>{_alternation(stops)})|(?P<verb>{_alternation(verbs)})"
            rf"|(?P<latin>{ENG_SEQ})|(?P<space>\s+)|(?P<punct>[,;:!?\"'()\[\]{{}}<>|]|[^{_NAME_CHARS}])"
        )

    place_after_space = [
        *words("break", "place"), *words("stop", "place"), *words("verb", "place"),
        *words("lead", "place"),
    ]
    return Boundaries(
        name=scanner(words("stop", "name"), words("verb", "name"), "name"),
        # Inside a place's first word run only function words end it: ศูนย์แถลงข่าว…,
        # ห้องประชุมคณะรัฐมนตรี hold a verb and a rank; after a space they do end it.
        place=scanner(words("stop", "place"), words("verb", "place") + words("lead", "place"), "place"),
        stop_at=re.compile(rf"(?:{_alternation(place_after_space)}|\()"),
        glue=re.compile(rf"(?:{_alternation(words('glue', 'name'))})\s*$"),
        next=re.compile(
            rf"(?:{_alternation(words('next', 'name'))}|\d{{4}}(?!\d)|\d{{1,3}}\s?ปี(?![{THAI}])"
            # a short number before an ordinal: การประชุมสุดยอดผู้นำจี 7 ครั้งที่ 44
            rf"|\d{{1,3}}\s*(?=ครั้งที่|รอบที่|สมัยที่)"
            # a group's code name: การประชุมผู้นำ G20, การประชุม COP26
            rf"|[A-Z]{{1,5}}-?\d{{1,3}}(?![A-Za-z0-9]))"
        ),
        head=re.compile(rf"(?:{_alternation(words('head', 'name'))})$"),
        linkers=frozenset(words("linker", "name")),
        linked=re.compile(rf"(?:{_alternation(words('linked', 'name'))})$"),
    )


@lru_cache(maxsize=8192)
def word_starts(chunk: str) -> frozenset[int]:
    """Offsets in ``chunk`` (a short unspaced Thai run) that no dictionary word runs across.

    The chunk is cut into dictionary words (:func:`thaiextract.corpus.dictionary_words`); a cut
    is lost only inside a token that is a real dictionary word (สิ่งของ, หนี้): the pieces of an
    unknown word (โอทอป…) prove nothing.
    """
    tokens = dictionary_words(chunk)
    words = thai_dictionary()
    out, pos = set(range(len(chunk) + 1)), 0
    for token in tokens:
        if len(token) > 1 and token in words:
            out.difference_update(range(pos + 1, pos + len(token)))
        pos += len(token)
    return frozenset(out)


def at_word_boundary(text: str, left: int, start: int, end: int, *, whole: bool = False) -> bool:
    """Does the word ``text[start:end]`` stand as a word, not inside one (สิ่งของ, หนี้)?

    ``left`` is a known word start (the name's start, or a space) at most 30 characters back.
    Short words (มา, ละ, นะ) must also end at a boundary: มาตรฐาน starts with มา; with
    ``whole`` every word must (a stop word: ด้วยกัน starts with ด้วย). A head such as โครงการ need
    not, since the segmenter may read "โครง|การบ้าน" in โครงการบ้านมั่นคง.
    """
    if start == left or not "\u0e00" <= text[start - 1] <= "\u0e7f":
        return True
    right = end
    while right < len(text) and right - end < 25 and "\u0e00" <= text[right] <= "\u0e7f":
        right += 1
    left = max(left, start - 30)
    cuts = word_starts(text[left:right])
    if start - left not in cuts:
        return False
    return (end - start >= 3 and not whole) or end - left in cuts


def scan(
    text: str, pos: int, limit: int, *, place: bool = False, lead_space: bool = False,
    natural_end: int | None = None,
) -> tuple[int, bool]:
    """End of the name (or place) starting at ``pos``, and whether a natural boundary ended it.

    A name ends before a stop word (inside an unspaced run too, when it stands there as a word),
    a verb (unless it follows a head that takes one: คณะกรรมการขับเคลื่อน…), a punctuation mark or
    symbol, or a space that is not glued (ครั้งที่ 14, อาเซียน - จีน, ค.ศ. 2025). A place runs over
    spaces and ends before a space followed by a stop, verb or person word; a stop inside a later
    word run ends it at the space before that run (…จังหวัดกาญจนบุรี เมนูที่…). ``lead_space``
    lets one space follow ``pos`` directly (ประชุม รัฐมนตรี…). Reaching ``natural_end`` (the
    sentence end; default the text end) is a natural boundary; stopping at ``limit`` before it is not.
    """
    b = boundaries()
    pattern = b.place if place else b.name
    word_start = pos  # start of the current unspaced run
    last_space = -1  # start of the last space inside the place
    for match in pattern.finditer(text, pos, limit):
        kind = match.lastgroup
        if kind in ("keep", "latin"):
            continue
        # "คณะกรรมการเพื่อการพัฒนา…": right after a committee, office or centre, เพื่อ is part of
        # the official name.
        if (
            kind in ("brk", "stop") and match.group() in b.linkers
            and b.linked.search(text, max(0, match.start() - 15), match.start())
        ):
            continue
        if kind == "brk":
            start = match.start()
            if place and last_space >= 0 and start > word_start:
                return last_space, True
            return start, True
        if kind in ("stop", "verb"):
            start, end = match.span()
            if place and kind == "verb":
                # A verb or a person word inside a later run ends the place at the space before it
                # (…ทำเนียบรัฐบาล รองนายกรัฐมนตรี); inside the first run it is part of the venue.
                if last_space >= 0 and start > word_start:
                    return last_space, True
                continue
            if not at_word_boundary(text, word_start, start, end, whole=True):
                continue
            if kind == "verb" and b.head.search(text, max(pos, start - 15), start):
                continue
            if place and last_space >= 0 and start > word_start:
                return last_space, True
            return start, True
        if kind == "space":
            start, end = match.span()
            if end >= limit:
                return start, True
            word_start = end
            if place:
                if b.stop_at.match(text, end):
                    return start, True
                last_space = start
                continue
            if lead_space and start == pos:
                continue
            if b.glue.search(text, max(0, start - 12), start) or b.next.match(text, end):
                continue
            if text[start - 1 : start].isdigit() and text.startswith("ปี", end):
                continue  # a duration: ยุทธศาสตร์ชาติ 20 ปี
            return start, True
        return match.start(), True
    return limit, limit >= (len(text) if natural_end is None else natural_end)


def eng_key(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return " ".join(w for w in words if w not in _ENG_STOPWORDS)


def thai_key(name: str) -> str:
    key = re.sub(r"[\s\-\"'.]", "", name.lower())
    return key[3:] if key.startswith("การ") else key


@dataclass(frozen=True, slots=True)
class Glossary:
    thai: re.Pattern[str]
    english: re.Pattern[str]
    concept_th: dict[str, str]
    concept_en: dict[str, str]


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    rows = load("meetings/glossary")
    concept_th = {r["thai"]: r["concept"] for r in rows if r["thai"]}
    concept_en = {r["english"].lower(): r["concept"] for r in rows if r["english"]}
    english = "|".join(re.escape(w) for w in sorted(concept_en, key=len, reverse=True))
    return Glossary(
        thai=re.compile(_alternation(list(concept_th))),
        english=re.compile(rf"(?<![A-Za-z])(?:{english})(?![A-Za-z])", re.IGNORECASE),
        concept_th=concept_th,
        concept_en=concept_en,
    )


@lru_cache(maxsize=4096)
def concepts(name: str) -> frozenset[str]:
    """The glossary concepts a name mentions, in Thai or English (longest match wins)."""
    g = glossary()
    found = {g.concept_th[m.group()] for m in g.thai.finditer(name)}
    found |= {g.concept_en[m.group().lower()] for m in g.english.finditer(name)}
    return frozenset(found)


def similar(a: frozenset[str], b: frozenset[str], minimum: int = 3) -> bool:
    """Two concept sets name the same thing: enough concepts, and most of them shared."""
    if len(a) < minimum or len(b) < minimum:
        return False
    return len(a & b) / len(a | b) >= 0.75


# --- lexicons ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lex:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    skip: dict[str, str]
    signing: frozenset[str]  # triggers whose parties (ระหว่าง A และ B) belong to the name
    bodies: re.Pattern[str]
    generic: re.Pattern[str]
    bare: frozenset[str]
    kinds: frozenset[str]  # kinds of meeting that count with their own date or place (ทวิภาคี)
    kind_triggers: frozenset[str]  # triggers that are such a kind themselves (หารือทวิภาคี)
    forum: frozenset[str]  # triggers that need an English name, acronym or ordinal (เวที)
    seminar: frozenset[str]  # triggers whose quoted topic may name them (งานสัมมนาเรื่อง "…")
    online: re.Pattern[str]
    place_after_ti: re.Pattern[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    rows = load("meetings/triggers")
    nots = [r["trigger"] for r in rows if r["type"] == "not"]
    trig = [r["trigger"] for r in rows if r["type"] != "not"]
    online = sorted((r["cue"] for r in load("meetings/online")), key=len, reverse=True)
    places = [r["word"] for r in load("meetings/places")]
    return _Lex(
        triggers=re.compile(rf"(?P<x>{_alternation(nots)})|(?P<t>{_alternation(trig)})"),
        trigger_auto=literal_automaton({*nots, *trig}),
        skip={r["trigger"]: r["skip"] for r in rows if r["skip"]},
        signing=frozenset(r["trigger"] for r in rows if r["type"] == "signing"),
        bodies=re.compile(_alternation([r["word"] for r in load("meetings/bodies")])),
        generic=re.compile(
            _alternation([r["word"] for r in load("meetings/generic") if r["match"] == "start"])
        ),
        bare=frozenset(r["word"] for r in load("meetings/generic") if r["match"] == "whole"),
        kinds=frozenset(r["word"] for r in load("meetings/generic") if r["match"] == "kind"),
        kind_triggers=frozenset(r["trigger"] for r in rows if r["type"] == "kind"),
        forum=frozenset(r["trigger"] for r in rows if r["type"] == "forum"),
        seminar=frozenset(r["trigger"] for r in rows if r["type"] == "seminar"),
        online=re.compile("|".join(re.escape(c) for c in online), re.IGNORECASE),
        place_after_ti=re.compile(
            rf"(?:(?<=[\s(])|{_HELD})ที่\s*(?=(?:{_alternation(places)})|(?:{_place_names()})"
            # A bare province or country is a place only when the clause goes no further:
            # "ที่เชียงใหม่ เมื่อ…", not "ที่จีนเสนอ" (that China proposed).
            r"(?:\s|$|[,.)]|เมื่อ|ระหว่าง|ในวัน|วันที่|และ|โดย))"
        ),
    )


# Verbs of holding a meeting, after which "ที่" (at) may follow without a space.
_HELD = "|".join(
    f"(?<={w})" for w in ("จัดขึ้น", "จัด", "ประชุม", "หารือ", "ลงนาม", "สัมมนา", "เยือน", "พบ")
)


@lru_cache(maxsize=1)
def _place_names() -> str:
    """Thai provinces and countries (pythainlp's lists, loaded lazily), longest first.

    Names of three characters or fewer (เลย, ตาก, จีน) are too often ordinary words or the
    subject of a clause; they count only with a head (จังหวัด…, ประเทศ…) from meeting_places.
    """
    names = [n for n in (*sorted(thai_provinces()), *sorted(thai_countries())) if len(n) > 3]
    return _alternation(names)


# --- candidates -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    mentions: list[tuple[int, int]]
    block: tuple[int, int]  # the mention plus its brackets: the clause starts after it
    name: str | None = None
    english: str | None = None
    acronym: str | None = None
    ordinal: int | None = None
    session: str | None = None
    latin_core: str | None = None  # a Thai trigger followed only by a Latin name (การประชุม ADGMIN)
    weak: bool = False  # a Thai name with no ordinal, English name or acronym


@dataclass(slots=True)
class _Cluster:
    cands: list[_Cand] = field(default_factory=list)

    def get(self, attr: str) -> object:
        for cand in self.cands:
            value = getattr(cand, attr)
            if value is not None:
                return value
        return None


def _ordinal(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    return int(match.group("n")) if match.group("n") else 1


_OPEN_BRACKET_RE = re.compile(r"\s*\(")
_ORD_AHEAD_RE = re.compile(r"\s*(?=ครั้งที่|รอบที่|สมัยที่)")
_LEAD_SPACE_RE = re.compile(r"\s+")
# "พิธีเปิดงาน Opening Ceremony …": an English name right after a Thai trigger.
_ENG_AFTER_TRIGGER_RE = re.compile(
    rf"(?:งาน|การ)?\s*(?:(?:The|the)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?({ENG_SEQ})"
)


def _bracket(doc: Prepared, cand: _Cand, pos: int, limit: int) -> int:
    """Read "(English name หรือ ACRONYM)" at ``pos`` into ``cand``; return the end of the block."""
    text = doc.text
    m = _OPEN_BRACKET_RE.match(text, pos, limit)
    if not m:
        return pos
    close = text.find(")", m.end(), min(limit, m.end() + 200))
    if close < 0:
        return pos
    inner_start = m.end()
    eng = _BRACKET_ENG_RE.fullmatch(text, inner_start, close)
    acr = _BRACKET_ACR_RE.fullmatch(text, inner_start, close)
    thai_acr = _BRACKET_THAI_ACR_RE.fullmatch(text, inner_start, close)
    if thai_acr and cand.acronym is None:
        cand.acronym = thai_acr.group("acr")
        cand.mentions.append(thai_acr.span("acr"))
    elif acr and (acr.group("acr").isupper() or not eng or " " not in eng.group("seq")):
        cand.acronym = acr.group("acr")
        cand.mentions.append(acr.span("acr"))
    elif eng and _ENG_STOPWORDS.isdisjoint(eng.group("seq").lower().split()[:1]):
        cand.english = _strip_the(clean_name(eng.group("seq")))
        cand.mentions.append(eng.span("eng"))
        if eng.group("ord") and cand.ordinal is None:
            cand.ordinal = int(eng.group("ord"))
        if eng.group("acr"):
            cand.acronym = eng.group("acr")
            cand.mentions.append(eng.span("acr"))
    end = close + 1
    # An ordinal may follow the brackets: การประชุม กพช. (…) ครั้งที่ 1/2565.
    after = _ORD_AHEAD_RE.match(text, end, limit)
    if after and cand.ordinal is None:
        om = _ORD_TH_RE.match(text, after.end(), limit)
        if om:
            cand.ordinal = _ordinal(om)
            cand.session = om.group("session")
            cand.mentions[0] = (cand.mentions[0][0], om.end())
            return om.end()
    return end


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


# The topic of a seminar after its trigger: เรื่อง "…", หัวข้อ "…", ภายใต้หัวข้อ "…".
_TITLE_RE = re.compile(r'\s?(?:ภายใต้หัวข้อ|ในหัวข้อ|หัวข้อ|เรื่อง)\s?"[^"\n]{2,100}"')
# A date or place of the meeting's own, soon after it: "เมื่อวันที่ …", "ณ …".
_OWN_CUE_RE = re.compile(r"(?:เมื่อ|ใน|ระหว่าง)วันที่|(?:(?<=\s)|^)ณ\s")
_OWN_CUE_SPAN = 90
_BETWEEN_RE = re.compile(r"\s?ระหว่าง\s?")
_PARTY_SEP_RE = re.compile(r"\s?(?:,|และ|กับ)\s?")


class OrgIndex:
    """Organisation mentions looked up by where they start in the normalised text."""

    def __init__(self, doc: Prepared, orgs: list[OrganizationFact]) -> None:
        self.doc = doc
        self.ends: dict[int, int] = {}  # original start → original end, the longest mention
        for org in orgs:
            for start, end in ((org.start, org.end), *((m.start, m.end) for m in org.mentions)):
                if end > self.ends.get(start, -1):
                    self.ends[start] = end

    def end_at(self, npos: int) -> int | None:
        """The normalised end of the organisation mention that starts at ``npos``, if one does."""
        if not self.ends:
            return None
        return self.ends.get(npos)

    def parties(self, pos: int, limit: int) -> int | None:
        """End of "A และ B" (or "A, B และ C", "A กับ B") at ``pos``: two or more organisations."""
        end = self.end_at(pos)
        count = 1
        while end is not None and end < limit:
            sep = _PARTY_SEP_RE.match(self.doc.text, end, limit)
            nxt = self.end_at(sep.end()) if sep else None
            if nxt is None:
                break
            end, count = nxt, count + 1
        return end if count >= 2 else None


def _thai_candidates(
    doc: Prepared, consumed: list[tuple[int, int]], orgs: OrgIndex
) -> list[_Cand]:
    lex = _lex()
    text = doc.text
    cands = []
    for m in literal_finditer(lex.triggers, lex.trigger_auto, text):
        if m.lastgroup != "t":
            continue
        trigger = m.group()
        ts = m.start() + len(lex.skip.get(trigger, ""))
        te = m.end()
        sentence = doc.sentence_at(m.start())
        limit = sentence.nend if sentence else len(text)
        # "พิธีเปิดงาน Opening Ceremony …": the English name is the meeting; the English pass reads it.
        em = _ENG_AFTER_TRIGGER_RE.match(text, te, limit)
        if em and _MEETING_HEADS_RE.search(em.group(1)):
            continue
        end, closed = scan(
            text, te, min(limit, te + MAX_NAME), lead_space=True, natural_end=limit
        )
        if not closed:
            continue
        # "การประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 1": an organisation
        # that opens the name runs to its own end, whatever stop words it holds; an ordinal may
        # follow it.
        body = te + (1 if text[te : te + 1] == " " else 0)
        org_end = orgs.end_at(body) if body < end else None
        if org_end is not None and org_end > end:
            end, closed = scan(
                text, org_end, min(limit, org_end + MAX_NAME), natural_end=limit
            )
            end = end if closed else org_end
        # "พิธีลงนามบันทึกความเข้าใจระหว่าง A และ B": the parties, when organisations, name it.
        parties = None
        if trigger in lex.signing:
            between = _BETWEEN_RE.match(text, end, limit)
            parties = orgs.parties(between.end(), limit) if between else None
            if parties is not None:
                end = parties
        # "ก่อนเข้าประชุม นายกรัฐมนตรี ได้…": after a space the name must start with who meets
        # (รัฐมนตรี…, ครม., คณะกรรมการ…) or a Latin name; otherwise the space ends the verb phrase.
        lead = _LEAD_SPACE_RE.match(text, te, end)
        if lead and not (lex.bodies.match(text, lead.end()) or text[lead.end() : lead.end() + 1]
                         .isascii()):
            continue
        core = text[te:end].strip(" -")
        om = _ORD_TH_RE.search(core)
        bare = _ORD_TH_RE.sub(" ", core).strip(" -")
        squashed = re.sub(r"\s+", "", bare)
        # "งานสัมมนาเรื่อง "อนาคต…"": a seminar with no name of its own is named by its topic.
        title = _TITLE_RE.match(text, end, limit) if trigger in lex.seminar else None
        if title and om is None and (not bare or squashed in lex.bare or lex.generic.match(bare)):
            end = title.end()
            core = bare = text[te:end].strip(" -")
            squashed = ""
        else:
            title = None
        # "ได้หารือทวิภาคีกับ… เมื่อวันที่ 3 มีนาคม": a kind of meeting is one when its own clause
        # dates or places it; with no such clause it is a description (การหารือทวิภาคีกัน).
        if om is None and (
            (trigger in lex.kind_triggers and not bare) or squashed in lex.kinds
        ):
            if not _OWN_CUE_RE.search(text, end, min(limit, end + _OWN_CUE_SPAN)):
                continue
            cand = _Cand(mentions=[(ts, end)], block=(ts, end), name=clean_name(text[ts:end]))
            cand.block = (ts, _bracket(doc, cand, end, limit))
            cand.weak = cand.english is None and cand.acronym is None and cand.ordinal is None
            consumed.append(cand.block)
            cands.append(cand)
            continue
        if not bare or lex.generic.match(bare):
            continue
        latin = re.fullmatch(ENG_SEQ, bare)
        specific = (
            om is not None or latin is not None or parties is not None or lex.bodies.search(bare)
            or title is not None or trigger in lex.forum
            or re.search(r"[A-Za-z]|\d{4}", bare)
        )
        if not specific:
            continue
        joiner = " " if bare[:1].isascii() else ""
        cand = _Cand(
            mentions=[(ts, end)], block=(ts, end),
            name=clean_name(text[ts:te] + joiner + bare), ordinal=_ordinal(om),
            session=om.group("session") if om else None,
            latin_core=bare if latin else None,
        )
        block_end = _bracket(doc, cand, end, limit)
        cand.block = (ts, block_end)
        cand.weak = cand.ordinal is None and cand.english is None and cand.acronym is None
        if cand.weak and re.sub(r"\s+", "", bare) in lex.bare:
            continue
        if cand.weak and trigger in lex.forum:
            continue  # "เวทีการค้า" (a stage for trade): a forum is named in English or numbered  # "การประชุมคณะกรรมการ", "การประชุมวิชาการ": a kind of meeting, not one
        consumed.append((ts, block_end))
        cands.append(cand)
    return cands


def _english_candidates(doc: Prepared, consumed: list[tuple[int, int]]) -> list[_Cand]:
    text = doc.text
    online = _lex().online
    taken = sorted(consumed)
    cands = []
    for m in latin_finditer(_ENG_FULL_RE, text):
        seq = m.group("seq")
        if not _MEETING_HEADS_RE.search(seq) or online.fullmatch(seq):
            continue
        # "Retreat", "Conference 2018": a head word alone names no meeting.
        rest = _MEETING_HEADS_RE.sub(" ", seq)
        if not any(w.lower() not in _ENG_STOPWORDS for w in re.findall(r"[A-Za-z]+", rest)):
            continue
        k = bisect_left(taken, (m.end(), m.end()))
        if any(m.start() < e for _, e in taken[max(0, k - 3) : k]):
            continue  # inside brackets a Thai name already read
        cand = _Cand(mentions=[m.span()], block=m.span(), english=_strip_the(clean_name(seq)))
        if m.group("ord"):
            cand.ordinal = int(m.group("ord"))
        cand.name = cand.english
        sentence = doc.sentence_at(m.start())
        limit = sentence.nend if sentence else len(text)
        cand.block = (m.start(), _bracket(doc, cand, m.end(), limit))
        consumed.append(cand.block)
        cands.append(cand)
    return cands


def _keys(cand: _Cand) -> set[tuple[str, str]]:
    """What another mention must share to be the same meeting: the Thai name, or an alias
    (English name, acronym, or the Latin name after a Thai trigger), compared loosely."""
    keys = {("th", thai_key(cand.name))} if cand.name and cand.name != cand.english else set()
    for alias in (cand.english, cand.acronym, cand.latin_core):
        if alias:
            # A Thai abbreviation (ครม.) has no Latin letters to compare: compare its letters.
            key = eng_key(alias) if alias.isascii() else thai_key(alias)
            if key:
                keys.add(("alias", key))
    return keys


def _cluster(cands: list[_Cand]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    index: dict[tuple[str, str], list[int]] = {}
    for cand in sorted(cands, key=lambda c: c.block):
        keys = _keys(cand)
        target = None
        for i in sorted({i for key in keys for i in index.get(key, ())}):
            ordinal = clusters[i].get("ordinal")
            if ordinal is None or cand.ordinal is None or ordinal == cand.ordinal:
                target = i
                break
        if target is None:
            target = len(clusters)
            clusters.append(_Cluster([]))
        clusters[target].cands.append(cand)
        for key in keys:
            index.setdefault(key, []).append(target)
    clusters = _join_short_latin(clusters)
    # A weak Thai mention ("ประชุมรัฐมนตรีดิจิทัล" in a headline) joins the one full meeting whose
    # concepts include all of its own.
    full = [c for c in clusters if not all(x.weak for x in c.cands)]
    kept = []
    for cluster in clusters:
        if all(x.weak for x in cluster.cands):
            own = set().union(*(concepts(x.name or "") for x in cluster.cands)) - {"meeting"}
            hosts = [
                f for f in full
                if own and own <= set().union(*(concepts(_label(x)) for x in f.cands))
            ]
            if len(hosts) == 1:
                hosts[0].cands.extend(x for x in cluster.cands)
                for x in cluster.cands:
                    x.weak = True
                continue
        kept.append(cluster)
    return kept


def _join_short_latin(clusters: list[_Cluster]) -> list[_Cluster]:
    """"การประชุม BRICS ครั้งนี้" after "…(BRICS Foreign Ministers Meeting)": a Thai trigger with a
    bare Latin word, no ordinal, is a short form of the one earlier meeting whose English name or
    acronym holds all its words."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        cands = cluster.cands
        short = all(
            c.latin_core and c.english is None and c.acronym is None and c.ordinal is None
            for c in cands
        )
        words = set(eng_key(cands[0].latin_core or "").split()) if short else set()
        hosts = [
            k for k in kept
            if words and any(
                words <= set(eng_key(a).split())
                for c in k.cands for a in (c.english, c.acronym) if a and a.isascii()
            )
        ]
        if len(hosts) == 1:
            for c in cands:
                c.weak = True
            hosts[0].cands.extend(cands)
            continue
        kept.append(cluster)
    return kept


def _label(cand: _Cand) -> str:
    return " ".join(filter(None, (cand.name, cand.english)))


# --- attributes -------------------------------------------------------------------------------


def _zones(
    doc: Prepared, clusters: list[_Cluster]
) -> dict[int, list[tuple[tuple[int, int], tuple[int, int] | None]]]:
    """Per cluster: for each mention block, its clause after it and (first in sentence) before."""
    blocks = sorted((c.block, i) for i, cl in enumerate(clusters) for c in cl.cands)
    zones: dict[int, list[tuple[tuple[int, int], tuple[int, int] | None]]] = {}
    for k, ((bs, be), i) in enumerate(blocks):
        sentence = doc.sentence_at(bs)
        s_start, s_end = (sentence.nstart, sentence.nend) if sentence else (0, len(doc.text))
        after_end = s_end
        for (ns, _), j in blocks[k + 1 :]:
            if ns >= s_end:
                break
            if j != i and ns >= be:
                after_end = ns
                break
        # Blocks are sorted: the block before this one tells whether it opens its sentence.
        first = k == 0 or blocks[k - 1][0][0] < s_start
        before = (s_start, bs) if first else None
        zones.setdefault(i, []).append(((be, max(be, after_end)), before))
    return zones


def _pick_date(
    doc: Prepared, dates: list[DateFact],
    zones: list[tuple[tuple[int, int], tuple[int, int] | None]],
) -> DateFact | None:
    starts = [d.start for d in dates]

    def inside(zone: tuple[int, int]) -> list[DateFact]:
        lo, hi = zone
        out = []
        for d in dates[bisect_left(starts, lo) : bisect_left(starts, hi)]:
            # An impossible date ("31 มิ.ย.", valid False) keeps its numbers in the date fact,
            # but a meeting's date must be a calendar date.
            if d.value and d.valid:
                prefix = doc.text[max(0, d.start - 20) : d.start]
                if not _DEADLINE_RE.search(prefix):
                    out.append(d)
        return out

    def cued(d: DateFact) -> bool:
        prefix = doc.text[max(0, d.start - 14) : d.start]
        return d.past_cue or bool(_DATE_CUE_RE.search(prefix + d.text[:10]))

    for after, _ in zones:
        for d in inside(after):
            if cued(d):
                return d
    for _, before in zones:
        if before:
            days = [d for d in inside(before) if d.granularity == "day" or d.relative]
            if days:
                return days[-1]
    for after, _ in zones:
        for d in inside(after):
            if d.granularity == "day":
                return d
    return None


def _pick_place(
    doc: Prepared, zones: list[tuple[tuple[int, int], tuple[int, int] | None]],
    people: list[PersonFact],
) -> str | None:
    text = doc.text
    place_ti = _lex().place_after_ti
    for pass_ in ("after", "before"):
        for after, before in zones:
            zone = after if pass_ == "after" else before
            if not zone:
                continue
            lo, hi = zone
            found = [m for m in _PLACE_CUE_RE.finditer(text, lo, hi)]
            found += [m for m in place_ti.finditer(text, lo, hi)]
            for m in sorted(found, key=lambda m: m.start()):
                if m.group().startswith("ณ") and (
                    _NA_SURNAME_RE.search(text, max(0, m.start() - 40), m.start())
                    or _inside_person(doc, people, m.start())
                ):
                    continue
                start = m.end()
                end, closed = scan(
                    text, start, min(hi, start + MAX_PLACE), place=True, natural_end=hi
                )
                if not closed:
                    cut = text.rfind(" ", start, end)
                    if cut <= start:
                        continue
                    end = cut
                # A person named right after the place is not part of it.
                cut_at = next((p.start for p in people if start < p.start < end), end)
                place = clean_name(text[start:cut_at])
                if place:
                    return place
    return None


def _inside_person(doc: Prepared, people: list[PersonFact], npos: int) -> bool:
    return any(p.start <= npos < p.end for p in people)


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[MeetingFact]:
    consumed: list[tuple[int, int]] = []
    orgs = [o for o in facts.get("organizations", []) if isinstance(o, OrganizationFact)]
    cands = _thai_candidates(doc, consumed, OrgIndex(doc, orgs))
    cands += _english_candidates(doc, consumed)
    if not cands:
        return []
    clusters = _cluster(cands)
    _acronym_mentions(doc, clusters)
    dates = sorted(
        (d for d in facts.get("dates", []) if isinstance(d, DateFact)), key=lambda d: d.start
    )
    people = sorted(
        (p for p in facts.get("people", []) if isinstance(p, PersonFact)), key=lambda p: p.start
    )
    people_starts = [p.start for p in people]
    zones = _zones(doc, clusters)
    online_re = _lex().online
    out = []
    for i, cluster in enumerate(clusters):
        strong = [c for c in cluster.cands if not c.weak] or cluster.cands
        primary = min(strong, key=lambda c: c.mentions[0])
        spans = sorted({s for c in cluster.cands for s in c.mentions})
        date = _pick_date(doc, dates, zones[i])
        online = any(
            online_re.search(doc.text, *zone)
            for after, before in zones[i] for zone in (after, before) if zone
        )
        participants: list[str] = []
        for cand in cluster.cands:
            sentence = doc.sentence_at(cand.block[0])
            if sentence is None:
                continue
            lo = bisect_left(people_starts, sentence.nstart)
            hi = bisect_left(people_starts, sentence.nend)
            for person in people[lo:hi]:
                if person.name and person.name not in participants:
                    participants.append(person.name)
        english = cluster.get("english")
        thai = next((c.name for c in strong if c.english is None or c.name != c.english), None)
        name = thai or english or primary.name or ""
        if thai is None and primary.name:
            name = primary.name
        out.append(
            MeetingFact(
                **doc.anchor(*primary.mentions[0]),
                name=name,
                ordinal=cluster.get("ordinal"),  # type: ignore[arg-type]
                date=date.value if date else None,
                end_date=date.end_value if date else None,
                location=_pick_place(doc, zones[i], people),
                online=online,
                participants=tuple(participants),
                english_name=english,  # type: ignore[arg-type]
                acronym=cluster.get("acronym"),  # type: ignore[arg-type]
                mentions=tuple(doc.mention(s, e) for s, e in spans),
                session=cluster.get("session"),  # type: ignore[arg-type]
            )
        )
    return sorted(out, key=lambda f: (f.start, f.end))


def _acronym_mentions(doc: Prepared, clusters: list[_Cluster]) -> None:
    """Every bare occurrence of a meeting's acronym is one more mention of it."""
    taken = [s for cl in clusters for c in cl.cands for s in c.mentions]
    for cluster in clusters:
        acronym = cluster.get("acronym")
        if not isinstance(acronym, str):
            continue
        # The look-behind after the first letter: the engine scans for that letter in C.
        first, rest = re.escape(acronym[0]), re.escape(acronym[1:])
        if acronym.isascii():
            pattern = rf"{first}(?<![A-Za-z0-9]{first}){rest}(?![A-Za-z0-9])"
        else:
            # A Thai abbreviation stands alone: not the tail of a Thai word (มติครม. is rare;
            # ศครม. is another body).
            pattern = rf"{first}(?<![{THAI}]{first}){rest}"
        for m in re.finditer(pattern, doc.text):
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            extra = _Cand(mentions=[m.span()], block=m.span(), acronym=acronym, weak=True)
            cluster.cands.append(extra)
            taken.append(m.span())


__all__ = ["Mention", "OrgIndex", "clean_name", "concepts", "extract", "scan", "similar"]
