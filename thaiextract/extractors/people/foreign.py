"""Bare foreign names in lists: sports and international copy names players and politicians with
no title at all, one after another ("ชาบี อลองโซ, เดิร์ก เคาท์ และเฟอร์นันโด ตอร์เรส").

Evidence, never the shape alone: a list of at least two two-word items joined by commas or และ,
every item two name-shaped words (:func:`shapes.name_part`), and at least two items written the
way Thai spells foreign names (:func:`foreign_shaped`), or one such item beside a person
already found. A list of clubs or cities has the same form ("เรอัล มาดริด, บาเยิร์น มิวนิก",
"ลอส แองเจลิส, ซาน ฟรานซิสโก"): so a list with no person already in it also needs a role or
group word near it in its line (``role`` and ``group_noun`` rows of ``people/role_cues.tsv``:
"ตัวหลักคนอื่นๆ ทั้ง …", "… เป็นจอมทัพ"), and none right after a place or team word ("สโมสร",
"จาก"); an item an organisation covers breaks the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import dictionary_words, thai_dictionary, thai_stopwords
from ..wordscan import SpanSet, alternation
from .names import verb_phrase
from .shapes import foreign_parts, name_part, pair_at
from .source import Candidate, letters_start
from .titles import title_at
from .vocab import cue_forms, ordinary_words, role_words

# Letter patterns of Thai transliterations that native words and Thai names rarely show:
# ร silenced after a vowel ("เดิร์ก", "ตอร์เรส", "แลมพาร์ด"), a karan inside the word or on a
# final ก/ค/ด/ล/ส ("ชไวน์สไตเกอร์", "แฟรงค์", "ฟรองก์", "นิโคลาส์"), an open โ- syllable at the end
# ("อลองโซ", "เฟอร์นันโด"), ซ and ฟ (rare in Thai names), a ส cluster before ต/ก/ป ("บาสเตียน",
# "โพดอลสกี้"), two vowels in a row ("มิคาเอล", "ลิโอเนล"), the endings -เอล / -เอียน and the
# opening อง- / ออง- of European names ("ดาเนียล", "อองรี").
FOREIGN_SHAPE = re.compile(
    r"[อาิีเแยุ]ร์|[ก-ฮ]์[ก-ฮ]|[กคดลส]์$|โ[ก-ฮ]$|[ซฟ]|ส[ตกป]|[าิี]เอ|[ิี]โอ|เอล$|ียน$|^อ[ิอ]?ง"
)
# Native Thai tone and vowel marks that transliterations seldom carry: mai ek, mai chattawa,
# and the sara am of native words.
NATIVE_MARK = re.compile(r"[่๋ำ]")

ITEM_WORD = r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]+"
JOIN = r"(?:, ?(?:และ ?)?| และ ?|และ )"
LIST_RUN = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?:{ITEM_WORD} {ITEM_WORD})(?:{JOIN}{ITEM_WORD} {ITEM_WORD})+"
)
ITEM = re.compile(rf"({ITEM_WORD}) ({ITEM_WORD})")
JOIN_RE = re.compile(JOIN)

LIST_MIN = 2  # items of a list, and foreign-shaped items among them
PREFIX_MIN = 3  # letters of a name left after a glued opening word ("ทั้ง|ลิโอเนล")


def foreign_shaped(word: str) -> bool:
    """Is ``word`` spelt the way Thai writes a foreign name? One regex test each way."""
    return FOREIGN_SHAPE.search(word) is not None and NATIVE_MARK.search(word) is None


def _glued_opening(word: str) -> int:
    """How many letters of ``word`` are a stop-word phrase glued before a name ("ทั้ง|ลิโอเนล",
    "ไม่ว่าจะเป็น|แฟรงค์"); 0 when none is."""
    stops = thai_stopwords()
    if word in stops or (name_part(word) and not word.startswith(_openings())):
        return 0
    cut = 0
    for piece in dictionary_words(word):
        if piece not in stops:
            break
        cut += len(piece)
    rest = word[cut:]
    shaped = foreign_shaped(rest) or rest not in thai_dictionary()
    return cut if cut and len(rest) >= PREFIX_MIN and shaped and name_part(rest) else 0


@lru_cache(maxsize=1)
def _openings() -> tuple[str, ...]:
    """Stop words of two letters or more that may open a list glued to its first name."""
    return tuple(w for w in thai_stopwords() if len(w) >= 2)


def glued_pair_before(text: str, end: int) -> tuple[int, int] | None:
    """(given start, given end) of a foreign two-word name ending at ``end`` whose given name
    is glued after a stop-word phrase ("… กับ|เจนนี เฮาคิโอ กวีสาว"), or None."""
    sstart = letters_start(text, end)
    if sstart == end or sstart < 2 or text[sstart - 1] != " ":
        return None
    gend = sstart - 1
    run = letters_start(text, gend)
    if gend - run <= PREFIX_MIN:
        return None
    cut = _glued_opening(text[run:gend])
    if not cut or not (foreign_shaped(text[run + cut : gend]) or foreign_shaped(text[sstart:end])):
        return None
    return (run + cut, gend) if pair_at(text, run + cut) == (gend, end) else None


def foreign_list_mentions(
    text: str, people: list[Candidate], taken: list[tuple[int, int]],
    blocked: list[tuple[int, int]],
) -> list[Candidate]:
    """Untitled two-word names of a comma/และ list (see the module docstring). ``people``: the
    persons found so far (an item that is one counts as foreign evidence); ``blocked``: spans
    of organisations, which no item may overlap."""
    found_at = {(m.start, m.end) for m in people if m.full}
    occupied, orgs = SpanSet(taken), SpanSet(blocked)
    out: list[Candidate] = []
    for run in LIST_RUN.finditer(text):
        items = _items(text, run.start(), run.end())
        for group, known in _valid_runs(text, items, found_at, occupied, orgs):
            if known or _cued(text, group[0].start, group[-1].end):
                out += group
    return out


CUE_BEFORE = 60  # how far before a list its role or group word may stand (same line)
CUE_AFTER = 40  # and after it


def _cued(text: str, start: int, end: int) -> bool:
    """A role or group word near the list ``text[start:end]`` and no place word right before."""
    before = text[max(0, start - CUE_BEFORE) : start].rsplit("\n", 1)[-1]
    if before.rstrip().endswith(cue_forms("list_place")):
        return False
    after = text[end : end + CUE_AFTER].split("\n", 1)[0]
    cue = _cue_re()
    if cue.search(after) is not None:
        return True
    last = max(cue.finditer(before), key=lambda m: m.start(), default=None)
    # A verb after the role makes a clause whose object the list names ("นักกีฬาใช้อุปกรณ์ …").
    return last is not None and not verb_phrase(before[last.end() :].split(" ", 1)[0])


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    return alternation((*role_words(), *cue_forms("group_noun")))


def _items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(given start, given end, surname end) of each item of the run ``text[start:end]``; the
    first item's given name without a stop-word phrase glued before it."""
    items = []
    pos = start
    while pos < end:
        m = ITEM.match(text, pos, end)
        if m is None:
            break
        gstart = m.start(1)
        if not items:
            gstart += _glued_opening(m.group(1))
        items.append((gstart, m.end(1), m.end(2)))
        join = JOIN_RE.match(text, m.end(), end)
        pos = join.end() if join else end
    return items


def _valid_runs(
    text: str, items: list[tuple[int, int, int]], found_at: set[tuple[int, int]],
    occupied: SpanSet, orgs: SpanSet,
) -> list[tuple[list[Candidate], bool]]:
    """Each stretch of consecutive name-shaped items with two or more foreign-shaped ones (or a
    person found before among them): its new members, and whether a found person is one."""
    runs: list[tuple[list[Candidate], bool]] = []
    current: list[Candidate] = []
    evidence = 0
    last = len(items) - 1
    for k, (gstart, gend, send) in enumerate(items):
        known = (gstart, send) in found_at
        edge = (k == 0, k == last)
        kind = "known" if known else _item_kind(text, (gstart, gend, send), edge, occupied, orgs)
        if kind is None:
            runs += _run_of(current, evidence)
            current, evidence = [], 0
            continue
        evidence += kind != "plain"
        current.append(Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send], None,
                                 (), gstart, True, rule="" if known else "foreign-list"))
    return runs + _run_of(current, evidence)


def _run_of(current: list[Candidate], evidence: int) -> list[tuple[list[Candidate], bool]]:
    new = [c for c in current if c.rule]
    if len(current) < LIST_MIN or evidence < LIST_MIN or not new:
        return []
    return [(new, len(new) < len(current))]


def _item_kind(
    text: str, item: tuple[int, int, int], edge: tuple[bool, bool], occupied: SpanSet,
    orgs: SpanSet,
) -> str | None:
    """"foreign" or "plain" for an item that may be a name, None for one that breaks the list:
    a part that looks like no name, a title, a span taken or an organisation's, or a foreign
    word before the first item or after the last (``edge``), which leaves the item cut short
    ("ซา มูเอล| เอโต")."""
    gstart, gend, send = item
    given, surname = text[gstart:gend], text[gend + 1 : send]
    if gend - gstart < 2 or not name_part(given) or not name_part(surname):
        return None
    if title_at(text, gstart) is not None or occupied.overlaps(gstart, send) or (
        orgs.overlaps(gstart, send)
    ):
        return None
    first, last = edge
    if first or last:
        wider = foreign_parts(text, gstart, gend, send)
        if (first and wider[0] != gstart) or (last and wider[2] != send):
            return None
    shaped = any(foreign_shaped(w) and not _ordinary(w) for w in (given, surname))
    return "foreign" if shaped else "plain"


def _ordinary(word: str) -> bool:
    """``word`` is ordinary Thai words glued together ("เจ้าของ|เกม"): the Royal Institute's
    dictionary, which holds almost no foreign names, covers every piece."""
    words = ordinary_words()
    return word in words or all(len(p) >= 2 and p in words for p in dictionary_words(word))
