"""Initiative names: how far a name runs after its head, and whether the words name anything.

What :mod:`.initiatives` asks of a Thai name after a head (โครงการ…, มาตรการ…, แผน…):
- does it only describe (all its words in ``initiatives/generic_words.tsv``, or it opens with a
  generic word of ``initiatives/generic.tsv``)? does it open with an action verb (ORCHID tags)?
- a verb-led name (มาตรการพักหนี้…) names a programme only in a naming context
  (``initiatives/context.tsv``: เข้าร่วม / อนุมัติ / ภายใต้ … before it, a budget after it, or the
  name repeated), never when it describes works (a verb and a physical object) or holds a count;
- an edition (… ปี 2567, … ฉบับที่ 13) and a joining word (สำหรับ…) run the name on.
Everything reads the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..corpus import (
    dictionary_words,
    orchid_word_tags,
    thai_countries,
    thai_dictionary,
    thai_provinces,
)
from ..lexicons import load
from .scan import MAX_NAME, THAI, OrgIndex, alternation, boundaries, scan, various

MAX_CORE = 80
THAI_RE = re.compile(f"[{THAI}]")
YEAR_RE = re.compile(r"(?<![\d/])\d{4}(?!\d)")
# An edition after a name, part of it: "… ปี 2567", "… ปีงบประมาณ 2567", "… ปี 2566-2568",
# "… ปีการผลิต 2565/66", "… ฉบับที่ 13". A measure or plan of a given year is a named one.
_EDITION_RE = re.compile(
    r"\s?(?:(?:ประจำ)?ปี(?:งบประมาณ|การผลิต|การศึกษา)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}"
    r"(?:\s?[-/]\s?\d{2,4})?|ฉบับที่\s?\d{1,3})(?!\d|[.,]\d)"
)


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists that say whether the words after a head name anything."""

    generic: re.Pattern[str]  # a generic start, for every head but open ones
    generic_any: re.Pattern[str]  # a generic start for open heads too (สำคัญ, ดังกล่าว)
    strict: re.Pattern[str]  # the same plus verbs, for descriptive heads (โครงการ, มาตรการ)
    words_th: frozenset[str]
    words_en: frozenset[str]
    context: Context
    proper: frozenset[str]  # one word that qualifies a name properly: ชาติ, ภาคใต้
    owner_heads: re.Pattern[str]  # the start of an owner's name: กระทรวง…, กรม…, รัฐบาล
    session: re.Pattern[str]  # a session number, which dates no edition: ครั้งที่ 8/2559
    # A phase after a name ("… ระยะที่ 2", "… เฟส 3"): the name is a named scheme run in phases,
    # though the phase is not part of its name (the phases are one initiative).
    phase: re.Pattern[str]


def cue_words(role: str) -> list[str]:
    """The words of ``initiatives/cues.tsv`` with ``role``."""
    return [r["word"] for r in load("initiatives/cues") if r["role"] == role]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    generic = load("initiatives/generic")
    words = load("initiatives/generic_words")
    return NameWords(
        generic=re.compile(
            alternation([r["word"] for r in generic if r["scope"] in ("all", "any")])
        ),
        generic_any=re.compile(alternation([r["word"] for r in generic if r["scope"] == "any"])),
        strict=re.compile(alternation([r["word"] for r in generic])),
        words_th=frozenset(r["word"] for r in words if r["lang"] == "th"),
        words_en=frozenset(r["word"].lower() for r in words if r["lang"] == "en"),
        context=_context(),
        owner_heads=re.compile(alternation([r["word"] for r in load("initiatives/owner_heads")])),
        proper=frozenset(r["word"] for r in load("initiatives/context") if r["role"] == "proper"),
        session=re.compile(rf"\s*(?:{alternation(cue_words('session'))})\s*\d+(?:/\d{{2,4}})?"),
        phase=re.compile(rf"\s?(?:{alternation(cue_words('phase'))})\s?\d{{1,2}}(?![\d.,:/])"),
    )


@dataclass(frozen=True, slots=True)
class Context:
    before: re.Pattern[str]  # a naming context ending right before the head
    budget: re.Pattern[str]  # "… วงเงิน 250 ล้านบาท" right after the name
    join: re.Pattern[str]  # "สำหรับ…": a cut the name runs on through
    object: re.Pattern[str]  # a physical object: verb + object names works, not a programme
    count: re.Pattern[str]  # a count with a classifier: "3 สาย", "จำนวน 12 หลัง"


def _context() -> Context:
    rows = load("initiatives/context")

    def alt(role: str) -> str:
        return alternation([r["word"] for r in rows if r["role"] == role])

    return Context(
        before=re.compile(rf"(?:{alt('before')})\s?(?:ใน|ตาม|ของ)?\s?$"),
        budget=re.compile(
            rf"\s?(?:{alt('budget')})\s?(?:รวม)?\s?(?:ทั้งสิ้น|กว่า|ประมาณ|จำนวน)?\s?"
            r"\d[\d,]*(?:\.\d+)?\s?(?:ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ล้าน|แสน|หมื่น|พัน)?\s?บาท"
        ),
        join=re.compile(alt("join")),
        object=re.compile(alt("object")),
        count=re.compile(rf"\s?(?:จำนวน|รวม|ทั้งสิ้น|กว่า)?\s?\d[\d,]*\s?(?:{alt('unit')})"),
    )


def bare(text: str, te: int, end: int, kind: str) -> bool:
    """Are the words ``text[te:end]`` after a head a bare reference or a fragment, naming nothing?

    - one dictionary word ("นโยบายรัฐ", "มาตรการสาธารณสุข", "ศูนย์รวบรวม"): a head plus a
      common noun or verb; a name has words of its own (คนละครึ่ง, เราชนะ, บ้านมั่นคง);
    - no letter to start with ("โครงการ/แผนงาน");
    - the start of "ต่าง ๆ" / "อื่น ๆ" (various, other: "มาตรการคว่ำบาตรต่าง ๆ");
    - for a policy, an owner where the name would be ("นโยบายกระทรวงเกษตร…", "นโยบายรัฐบาล"):
      that says whose policy it is, not which.
    A fund named by one word is a fund all the same (กองทุนหมู่บ้าน).
    """
    core = text[te:end].strip(" -")
    if not core[:1].isalnum() or name_words().generic_any.match(core):
        return True
    if core.endswith("หนึ่ง"):  # "นโยบายหลักประการหนึ่ง": one of the policies
        return True
    if various(text, end) or core.endswith("ๆ"):  # "นโยบายเด่นๆ": outstanding policies
        return True
    if kind == "policy" and name_words().owner_heads.match(core):
        return True
    if kind == "fund":  # a fund named by one noun is a fund (กองทุนหมู่บ้าน, กองทุนประกันสังคม)
        return False
    if " " in core or not THAI_RE.match(core):
        return False
    tokens = dictionary_words(core)
    if len(tokens) != 1 or tokens[0] not in thai_dictionary():
        return False
    # A proper qualifier makes a name: "กองทุนอาเซียน", "ยุทธศาสตร์ชาติ", "แผนพัฒนาภาคใต้".
    return not (core in name_words().proper or core in thai_provinces() or core in thai_countries())


def descriptive(core: str) -> bool:
    """Are all words of ``core`` descriptive (initiatives/generic_words.tsv)? Then it names nothing.

    The core is cut into dictionary words (the candidate only, never the document).
    """
    words = name_words().words_th
    if core in words:
        return True
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    return bool(tokens) and all(t in words for t in tokens)


# ORCHID part-of-speech tags of an action verb: "มาตรการช่วยไก่ส่งออก", "โครงการตัดถนน…" describe
# what a measure does; a name does not open with one (คนละครึ่ง, ช้อปดีมีคืน, บ้านมั่นคง).
_VERB_TAGS = frozenset({"VACT"})


def opens_with_verb(core: str) -> bool:
    """Does ``core`` (the words after a descriptive head) open with an action verb?"""
    first = core.split(maxsplit=1)[0] if core.strip() else ""
    if not first or not THAI_RE.match(first):
        return False
    tokens = dictionary_words(first)
    if not tokens:
        return False
    tags = orchid_word_tags()
    token = tokens[0]
    if token in tags:
        return tags[token] in _VERB_TAGS
    # A compound the tagger never saw (ตัดถนน = ตัด + ถนน): the tag of its first part, when the
    # rest is a word too (แก้มลิง is not แก้ + มลิง).
    words = thai_dictionary()
    for size in range(len(token) - 1, 1, -1):
        tag = tags.get(token[:size])
        if tag is not None and token[size:] in words:
            return tag in _VERB_TAGS
    return False


def generic_english(name: str) -> bool:
    """"Call Center", "Web Application": the words before the head are all descriptive."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)[:-1]]
    return all(w in name_words().words_en or w in ("the", "of", "and", "for") for w in words)

def verb_led(core: str) -> bool:
    """Does ``core`` open with an action verb (or a verb the tagger does not know but
    initiatives/generic.tsv lists)? Only such a phrase can be a verb-led programme name; a generic
    non-verb start (แล้ว, ภาษี, ขนาดใหญ่) stays generic in any context."""
    if opens_with_verb(core):
        return True
    first = core.split(maxsplit=1)[0] if core.strip() else ""
    tokens = dictionary_words(first) if first else ()
    strict = name_words().strict.match(core) is not None
    return bool(tokens) and strict and tokens[0] not in orchid_word_tags()


def named_by_context(text: str, ts: int, te: int, end: int, sstart: int, limit: int) -> bool:
    """Is the verb-led name ``text[te:end]`` (head at ``ts``) a named programme by its context?

    Works and purchases stay descriptions in any context: a verb followed by a physical object
    (ก่อสร้างถนน, จัดซื้อรถพยาบาล) or a count with a classifier in or right after the name
    (… 3 สาย, … จำนวน 12 หลัง). Otherwise a naming word right before the head (เข้าร่วม, ภายใต้,
    อนุมัติ, เห็นชอบ …), a budget right after the name (วงเงิน 250 ล้านบาท), or the same name
    again elsewhere in the text (a programme is referred to again; a description rarely is) makes
    it a name. A phase after the name (ระยะที่ 2) is handled with editions, before this.
    """
    ctx = name_words().context
    core = text[te:end]
    if ctx.count.search(core) or ctx.count.match(text, end, limit) or _works(core):
        return False
    if ctx.before.search(text, max(sstart, ts - 30), ts):
        return True
    if ctx.budget.match(text, end, limit):
        return True
    # A repeated name: long enough not to be a stock phrase, found again outside this mention.
    name = text[ts:end]
    return end - te >= 8 and (text.find(name, end) >= 0 or text.rfind(name, 0, ts) >= 0)


def _works(core: str) -> bool:
    """Does the verb at the start of ``core`` take a physical object (ถนน, อาคาร, รถ …)?"""
    first = core.split(maxsplit=1)[0]
    obj = name_words().context.object
    tags = orchid_word_tags()
    tokens = dictionary_words(first)
    if not tokens:
        return False
    head = tokens[0]
    if head in tags:
        return obj.match(first, len(head)) is not None
    # A compound the tagger never saw (ตัดถนน): the object may sit inside it.
    return any(
        tags.get(head[:size]) in _VERB_TAGS and obj.match(first, size)
        for size in range(len(head) - 1, 1, -1)
    )


_SPACED_JOIN = "ด้าน"  # the joining word that may follow a space after any name


def joined_end(text: str, te: int, end: int, limit: int, *, space: bool = False) -> int:
    """"…พัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ": a context-named programme runs on through a joining
    word (สำหรับ, เพื่อ) and the next word run, when the whole stays name-sized. With ``space``
    one space may come before the joining word (after a Latin name: "โครงการ Happy Money
    เพื่อชุมชน")."""
    spaced = text.startswith(" ", end) and (space or text.startswith(_SPACED_JOIN, end + 1))
    start = end + 1 if spaced else end
    join = name_words().context.join.match(text, start, limit)
    if not join:
        return end
    more, closed = scan(text, join.end(), min(limit, join.end() + MAX_NAME), natural_end=limit)
    if not closed or more == join.end() or more - te > MAX_CORE:
        return end
    # "… เพื่อชุมชน" (for the community) is part of a name; "… เพื่อเข้าถึงการช่วยเหลือ" (in
    # order to reach) is a purpose clause after it.
    if join.group() == "เพื่อ" and opens_with_verb(text[join.end() : more]):
        return end
    return more


def linked_length(text: str, ts: int, te: int, core: str) -> int:
    """Length of the linker (เพื่อ) that opens ``core`` right after a linked head; else 0."""
    b = boundaries()
    for word in b.linkers:
        if core.startswith(word) and b.linked.search(text, max(0, te - 15), te):
            return len(word)
    return 0


def edition_end(text: str, te: int, end: int, limit: int, orgs: OrgIndex) -> int:
    """End of the name after its head (at ``te``) once an edition is read: the name that ``scan``
    ended at ``end`` runs on through "… ปี 2567" or "… ฉบับที่ 13".

    Two cuts ``scan`` makes are undone when an edition follows: "และ" inside the unspaced run
    (แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13), and the space right after the head before an
    organisation (แผนยุทธศาสตร์ ธปท. ปี 2566-2568).
    """
    if end == te and text.startswith(" ", te):
        org_end = orgs.end_at(te + 1)
        edition = _EDITION_RE.match(text, org_end, limit) if org_end is not None else None
        return edition.end() if edition else end
    if end < limit and THAI_RE.match(text, end):
        run = _RUN_END_RE.match(text, end, limit)
        edition = _EDITION_RE.match(text, run.end(), limit) if run else None
        if run and edition and run.end() - te <= MAX_CORE and _joinable(text, end, run.end()):
            return edition.end()
    edition = _EDITION_RE.match(text, end, limit)
    return edition.end() if edition and end > te else end


_RUN_END_RE = re.compile(rf"[{THAI}]+")


def _joinable(text: str, start: int, end: int) -> bool:
    """Only verbs and "และ" cut the unspaced run ``text[start:end]``: the rest of a name whose
    edition follows (ช่วยเหลือเกษตรกร… ปี 2567, …เศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13). A relative
    or purpose clause (ซึ่ง, ที่, เพื่อ) ends the name all the same."""
    b = boundaries()
    for m in b.name.finditer(text, start, end):
        if m.lastgroup in ("brk", "stop") and m.group() not in _JOINERS:
            return False
        if m.lastgroup in ("space", "punct"):
            return False
    return True


_JOINERS = frozenset({"และ"})


# "1.โครงการก่อสร้างถนน… 2.โครงการขยายเขตประปา…": a list number right before a head, and the
# next list number (or the sentence end) where the item ends.
_LIST_MARK_BEFORE_RE = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]\s?$")
_LIST_MARK_RE = re.compile(r"\s\d{1,2}[.)]\s?(?=[\u0e00-\u0e7fA-Za-z])")
@lru_cache(maxsize=1)
def _route_re() -> re.Pattern[str]:
    """A route or section after a project's name: "… สายบางใหญ่-กาญจนบุรี", "… ช่วงแคราย-มีนบุรี"."""
    return re.compile(rf"\s?(?:{alternation(cue_words('route'))})[^\s,;()]{{2,40}}")


@lru_cache(maxsize=1)
def list_opener() -> re.Pattern[str]:
    """A list word right before a head: the list's names share that head (initiatives/cues.tsv)."""
    return re.compile(rf"(?:{alternation(cue_words('list'))})\s?$")


def list_item_end(text: str, ts: int, te: int, limit: int) -> int | None:
    """End of a numbered list item that the head at ``ts`` opens, or None when no list number
    comes right before it. Each item is one initiative named up to the next number."""
    if not _LIST_MARK_BEFORE_RE.search(text, max(0, ts - 4), ts):
        return None
    nxt = _LIST_MARK_RE.search(text, te, limit)
    end = min(nxt.start() if nxt else limit, te + MAX_CORE)
    # The item's name stops before its budget ("… งบประมาณ 968 ล้านบาท") and before a clause
    # after a space ("… ที่มีการกำหนดสิทธิประโยชน์").
    budget = name_words().context.budget.search(text, te, end)
    end = budget.start() if budget else end
    stop_at = boundaries().stop_at
    space = text.find(" ", te, end)
    while space >= 0:
        if stop_at.match(text, space + 1):
            end = space
            break
        space = text.find(" ", space + 1, end)
    while end > te and text[end - 1] in " ,;":
        end -= 1
    return end if end > te else None


def route_end(text: str, end: int, limit: int) -> int:
    """``end`` moved past a route or section written after a project's name, or past a number
    that is part of it ("ศูนย์การเรียนรู้ ๗๐๑", "ศูนย์ดำรงธรรม 1567"; not a count: "… 3 สาย")."""
    for _ in range(2):
        m = _route_re().match(text, end, limit)
        if not m:
            break
        end = m.end()
    number = _NUMBER_RE.match(text, end, limit)
    if number and not name_words().context.count.match(text, end, limit):
        end = number.end()
    return end


# A number that is no amount: not followed by a unit or a magnitude (… 45 หมื่นกว่าล้านบาท).
_NUMBER_RE = re.compile(r" \d{1,4}(?![\d.,:/]|\s?(?:ปี|บาท|คน|ราย|แห่ง|%|ล้าน|แสน|หมื่น|พัน))")


def compound_end(text: str, head: str, end: int, limit: int) -> int | None:
    """"โครงการศึกษาความเหมาะสม โครงการก่อสร้างทางหลวงพิเศษ… สาย…": a study or design of a
    project is one initiative with it. When the same head follows the name after a space, the
    end of the inner project's name (with its route); else None."""
    inner = end + 1 if text.startswith(" ", end) else end
    if not text.startswith(head, inner):
        return None
    start = inner + len(head)
    more, closed = scan(text, start, min(limit, start + MAX_NAME), natural_end=limit)
    if not closed or more == start:
        return None
    return route_end(text, more, limit)


_OF_RE = re.compile(r"\s?ของ")


@lru_cache(maxsize=1)
def _proper_re() -> re.Pattern[str]:
    words = [*name_words().proper, *(c for c in thai_countries() if len(c) > 2)]
    return re.compile(alternation(words))


def proper_owner_end(text: str, end: int, limit: int) -> int | None:
    """"กรอบการฟื้นฟูที่ครอบคลุมของอาเซียน": a name that starts like a description is a proper
    one when "ของ" and a proper owner follow (ASEAN, a country: the proper qualifiers); the end
    of the owner, else None. A ministry after ของ owns the measure; it does not name it
    ("มาตรการทางด้านภาษีของกระทรวงการคลัง")."""
    of = _OF_RE.match(text, end, limit)
    if not of:
        return None
    proper = _proper_re().match(text, of.end(), limit)
    return proper.end() if proper else None


_AND = "และ"


def and_end(text: str, te: int, end: int, limit: int, heads: re.Pattern[str]) -> int:
    """"โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิต…": inside one unspaced run, "และ"
    joins the two halves of a programme's verb phrase, unless another head follows it (two
    schemes: "…และโครงการ…", ``heads`` matching there). The end of the whole run when it stays
    name-sized."""
    if not text.startswith(_AND, end) or end == te:
        return end
    after = end + len(_AND)
    inner = heads.match(text, after)
    if inner is not None or not text[after : after + 1].strip():
        return end
    more, closed = scan(text, after, min(limit, after + MAX_NAME), natural_end=limit)
    if not closed or more == after or more - te > MAX_CORE:
        return end
    return more


MAX_MIXED = 30  # the Thai words after a Latin name or an abbreviation: a short qualifier


def mixed_end(text: str, end: int, limit: int) -> int:
    """"โครงการ SME ปรับตัวสู่ดิจิทัล ของ สสว.", "โครงการ อสม. ดิจิทัล ให้…": after a Latin name or
    a Thai abbreviation, a space and one Thai word run that ends the name naturally (the
    sentence ends, or a stop, break or verb follows) are part of it. Else ``end``."""
    if not text.startswith(" ", end) or not THAI_RE.match(text, end + 1):
        return end
    start = end + 1
    if _function_word(text, start):
        return end
    more, closed = scan(text, start, min(limit, start + MAX_MIXED + 1), natural_end=limit)
    if not closed or more == start or more - start > MAX_MIXED:
        return end
    if more >= limit or not text.startswith(" ", more) or _function_word(text, more + 1):
        return more
    return end


def _function_word(text: str, pos: int) -> bool:
    """Does a stop, break or verb of the name boundaries start at ``pos``?"""
    m = boundaries().name.match(text, pos)
    return m is not None and m.lastgroup in ("brk", "stop", "verb")

