"""Name scanning: the toolkit meetings and initiatives share to read a name in the normalised text.

- where a name ends (:func:`scan`, over ``meetings/boundaries.tsv``) and whether a word stands as
  a word or sits inside one (:func:`at_word_boundary`, pythainlp's dictionary);
- English names in Latin script (:data:`ENG_SEQ`) and fast ways to find where a pattern can
  start (:func:`latin_finditer`, :func:`literal_finditer` with an Aho-Corasick automaton);
- keys to compare two names (:func:`eng_key`, :func:`thai_key`, :func:`concepts` over the
  Thai–English glossary) and organisation mentions by where they start (:class:`OrgIndex`).

Everything works on the normalised text (``Prepared.text``): nothing here re-normalises a slice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from ..corpus import dictionary_words, thai_dictionary
from ..lexicons import alternation as word_alternation
from ..lexicons import load

if TYPE_CHECKING:
    from ..model import OrganizationFact
    from ..pipeline import Prepared

# A Thai abbreviation: consonants and dots, a final dot (ครม., กพช., ก.พ.ร.).
THAI_ABBREVIATION = r"[ก-ฮ](?:[ก-ฮ]|\.(?=[ก-ฮ])){1,8}\."
MAX_NAME = 120  # characters a Thai name may run before a boundary must have been seen
THAI = "\u0e00-\u0e7f"

# One capitalised word of an English name: "ASEAN", "Anti-Fake", "COVID-19", "Co-operation", "2025".
CAPW = r"(?:[A-Z][A-Za-z0-9'’.&]*(?:-[A-Za-z0-9]+)*|\d{4}(?![\d/]))"
CONNECT = r"(?:of|for|on|and|the|in|to|at|between|&)"
# A run of capitalised words, joined by spaces, dashes or lower-case connectors.
ENG_SEQ = rf"{CAPW}(?:(?:\s+{CONNECT}(?:\s+the)?)?\s+{CAPW}|\s*-\s*{CAPW})*"
# The look-behind comes after the first character: a pattern that opens with a character class
# lets the regex engine skip ahead in C; one that opens with a look-behind is tried everywhere.
LATIN_START_RE = re.compile(r"[A-Zt\d](?<![A-Za-z0-9].)")
ENG_STOPWORDS = frozenset({"the", "of", "for", "on", "and", "in", "to", "at", "between"})


def clean_name(text: str) -> str:
    """A name as reported: single spaces, no spaces around "-" (the text is already normalised)."""
    text = re.sub(r"\s+", " ", text).strip(" -")
    return re.sub(r"\s*-\s*", "-", text)


def latin_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``(?<![A-Za-z0-9])`` and then a
    capitalised word, "The"/"the" or a digit: it is tried only where one of those can start.

    Same matches as ``finditer``: a match can only start there, and the next search resumes at
    the end of the last match.
    """
    return matches_at(pattern, text, latin_starts(text))


@lru_cache(maxsize=1)
def latin_starts(text: str) -> list[int]:
    """Where ``LATIN_START_RE`` matches in ``text``, ascending. The meeting and the initiative
    extractors both read the English names of the same document text: the second call gets the
    first one's list (callers only read it) instead of scanning it again (a scan tests every
    character against a class holding the Unicode digits, ≈5 ns each)."""
    return [m.start() for m in LATIN_START_RE.finditer(text)]


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
    """``pattern.finditer(text)`` for an alternation of literal words (``alternation``) whose
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
    body_abbreviation: re.Pattern[str]  # after a space: a body's Thai abbreviation (กพช.)
    head: re.Pattern[str]  # the text before a verb ends with a head that takes one (คณะกรรมการ…)
    linkers: frozenset[str]  # stops that stay in a name right after a linked head (เพื่อ)
    linked: re.Pattern[str]  # the text before a linker ends with such a head (คณะกรรมการ, ศูนย์)


def alternation(words: list[str]) -> str:
    """:func:`thaiextract.lexicons.alternation`, except that ณ is a word only on its own
    (คุณภาพ, ประมาณ, ประณีต hold it too); no words match nothing."""
    parts = [word_alternation(w for w in words if w != "ณ")]
    if "ณ" in words:  # one letter: last, where the longest-first order puts it
        parts.append(r"(?:(?<=\s)|^)ณ(?=\s)")
    return "|".join(p for p in parts if p) or r"(?!x)x"


# Characters a name or place may hold; anything else (emoji, bullets, "*") ends it.
NAME_CHARS = r"\u0e00-\u0e7fA-Za-z0-9\s.\-/&'’"


@lru_cache(maxsize=1)
def boundaries() -> Boundaries:
    rows = load("meetings/boundaries")
    ordinal_words = [r["word"] for r in load("meetings/cues") if r["role"] == "ordinal"]

    def words(role: str, scope: str) -> list[str]:
        return [r["word"] for r in rows if r["role"] == role and r["scope"] in ("both", scope)]

    def scanner(stops: list[str], verbs: list[str], scope: str) -> re.Pattern[str]:
        return re.compile(
            # A keep word is whole only where no vowel sign joins its last letter to the next
            # syllable: "เพื่อนำเสนอ" is เพื่อ + นำ, not เพื่อน (a friend).
            rf"(?P<keep>(?:{alternation(words('keep', scope))})"
            r"(?![\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]))"
            rf"|(?P<brk>{alternation(words('break', scope))})"
            rf"|(?P<stop>{alternation(stops)})|(?P<verb>{alternation(verbs)})"
            rf"|(?P<latin>{ENG_SEQ})|(?P<space>\s+)|(?P<punct>[,;:!?\"'()\[\]{{}}<>|]|[^{NAME_CHARS}])"
        )

    place_after_space = [
        *words("break", "place"), *words("stop", "place"), *words("verb", "place"),
        *words("lead", "place"),
    ]
    return Boundaries(
        name=scanner(words("stop", "name"), words("verb", "name"), "name"),
        # Inside a place's first word run only function words end it: ศูนย์แถลงข่าว…,
        # ห้องประชุมคณะรัฐมนตรี hold a verb and a rank; after a space they do end it.
        place=scanner(words("stop", "place"), words("verb", "place") + words("lead", "place"),
                      "place"),
        stop_at=re.compile(rf"(?:{alternation(place_after_space)}|\()"),
        glue=re.compile(rf"(?:{alternation(words('glue', 'name'))})\s*$"),
        next=re.compile(
            rf"(?:{alternation(words('next', 'name'))}|\d{{4}}(?!\d)|\d{{1,3}}\s?ปี(?![{THAI}])"
            # a short number before an ordinal: การประชุมสุดยอดผู้นำจี 7 ครั้งที่ 44
            rf"|\d{{1,3}}\s*(?={alternation(ordinal_words)})"
            # a group's code name: การประชุมผู้นำ G20, การประชุม COP26
            rf"|[A-Z]{{1,5}}-?\d{{1,3}}(?![A-Za-z0-9]))"
        ),
        # A body's Thai abbreviation standing alone ends a meeting's name (การประชุมบอร์ด สมอ.,
        # … คณะกรรมการ กพช.); after an initiative it names a partner (…ข้าวกับ อคส.).
        body_abbreviation=re.compile(rf"{THAI_ABBREVIATION}(?![{THAI}])"),
        head=re.compile(rf"(?:{alternation(words('head', 'name'))})$"),
        linkers=frozenset(words("linker", "name")),
        linked=re.compile(rf"(?:{alternation(words('linked', 'name'))})$"),
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
    if start == 0 or not "\u0e00" <= text[start - 1] <= "\u0e7f":
        return True
    # At ``left`` itself a word stands, except a short one that does not end where a dictionary
    # word ends (มา in นโยบายมารดาประชารัฐ).
    if start == left and (end - start > 2 or not whole):
        return True
    right = end
    while right < len(text) and right - end < 25 and "\u0e00" <= text[right] <= "\u0e7f":
        right += 1
    left = max(left, start - 30)
    cuts = word_starts(text[left:right])
    if start - left not in cuts:
        return False
    return (end - start >= 3 and not whole) or end - left in cuts


def ends_at_word(text: str, left: int, end: int) -> bool:
    """Does a dictionary word end at ``end``, cutting the run from ``left`` (a known word start
    at most 30 characters back)? "มีแผนปฏิบัติการ…": the compound head ends at a word though
    "มีแผน" swallows its start."""
    right = end
    while right < len(text) and right - end < 25 and "\u0e00" <= text[right] <= "\u0e7f":
        right += 1
    left = max(left, end - 30)
    return end - left in word_starts(text[left:right])


def scan(
    text: str, pos: int, limit: int, *, place: bool = False, lead_space: bool = False,
    natural_end: int | None = None, bodies: bool = False,
) -> tuple[int, bool]:
    """End of the name (or place) starting at ``pos``, and whether a natural boundary ended it.

    A name ends before a stop word (inside an unspaced run too, when it stands there as a word),
    a verb (unless it follows a head that takes one: คณะกรรมการขับเคลื่อน…), a punctuation mark or
    symbol, or a space that is not glued (ครั้งที่ 14, อาเซียน - จีน, ค.ศ. 2025). A place runs over
    spaces and ends before a space followed by a stop, verb or person word; a stop inside a later
    word run ends it at the space before that run (…จังหวัดกาญจนบุรี เมนูที่…). ``lead_space``
    lets one space follow ``pos`` directly (ประชุม รัฐมนตรี…); ``bodies`` (meeting names) lets a
    name run over a space to a body's Thai abbreviation (การประชุมบอร์ด สมอ.). Reaching
    ``natural_end`` (the sentence end; default the text end) is a natural boundary; stopping at
    ``limit`` before it is not.
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
            if not _ends_here(text, b, kind, word_start, start, end):
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
            if (lead_space and start == pos) or _glued(text, b, start, end, bodies):
                continue
            return start, True
        return match.start(), True
    return limit, limit >= (len(text) if natural_end is None else natural_end)


def _ends_here(text: str, b: Boundaries, kind: str, word_start: int, start: int, end: int) -> bool:
    """Does the stop or verb ``text[start:end]`` end the name: it stands as a word, and a verb
    does not follow a head that takes one (คณะกรรมการขับเคลื่อน…, มาตรการช่วยเหลือ…)?"""
    if not at_word_boundary(text, word_start, start, end, whole=True):
        return False
    return not (kind == "verb" and b.head.search(text, max(0, start - 15), start))


def _glued(text: str, b: Boundaries, start: int, end: int, bodies: bool = False) -> bool:
    """Does the name go on over the space ``text[start:end]`` (ครั้งที่ 14, อาเซียน - จีน,
    ค.ศ. 2025, a duration: ยุทธศาสตร์ชาติ 20 ปี)?"""
    if b.glue.search(text, max(0, start - 12), start) or b.next.match(text, end):
        return True
    if bodies and b.body_abbreviation.match(text, end):
        return True
    return text[start - 1 : start].isdigit() and text.startswith("ปี", end)


def eng_key(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return " ".join(w for w in words if w not in ENG_STOPWORDS)


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
        thai=re.compile(alternation(list(concept_th))),
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

_VARIOUS_RE = re.compile(r"(?:ต่าง|อื่น)\s?ๆ")


def various(text: str, end: int) -> bool:
    """Does the name ending at ``end`` end in "ต่าง ๆ" / "อื่น ๆ" (various, other)? Then it is a
    kind of thing, not one ("การประชุมคณะทำงานสาขาต่าง ๆ", "มาตรการคว่ำบาตรต่าง ๆ")."""
    return end >= 4 and _VARIOUS_RE.match(text, end - 4) is not None  # ต่าง, อื่น: 4 letters


def strip_the(name: str) -> str:
    """An English name without its leading article: "The 41st …" → "41st …"."""
    return name[4:] if name.startswith(("The ", "the ")) else name


PARTY_SEP_RE = re.compile(r"\s?(?:,|และ|กับ)\s?")


class OrgIndex:
    """Organisation mentions looked up by where they start in the normalised text."""

    def __init__(self, doc: Prepared, orgs: list[OrganizationFact]) -> None:
        self.doc = doc
        self._orgs = orgs

    @cached_property
    def ends(self) -> dict[int, int]:
        """Start → end of the longest mention there. Built at the first lookup: most texts hold
        no meeting or initiative head, and their extractors never look one up (building it for
        every document was a fifth of the meetings stage on text without a meeting)."""
        ends: dict[int, int] = {}
        for org in self._orgs:
            for start, end in ((org.start, org.end), *((m.start, m.end) for m in org.mentions)):
                if end > ends.get(start, -1):
                    ends[start] = end
        return ends

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
            sep = PARTY_SEP_RE.match(self.doc.text, end, limit)
            nxt = self.end_at(sep.end()) if sep else None
            if nxt is None:
                break
            end, count = nxt, count + 1
        return end if count >= 2 else None

