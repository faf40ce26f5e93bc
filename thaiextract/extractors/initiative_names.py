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
from .scan import THAI, OrgIndex, alternation, boundaries

MAX_CORE = 100  # names of government works run long (…ด้วยการพัฒนาเส้นใยธรรมชาติสู่…)
THAI_RE = re.compile(f"[{THAI}]")
YEAR_RE = re.compile(r"(?<![\d/])\d{4}(?!\d)")
# An edition after a name, part of it: "… ปี 2567", "… ปีงบประมาณ 2567", "… ปี 2566-2568",
# "… ปีการผลิต 2565/66", "… ฉบับที่ 13". A measure or plan of a given year is a named one.
_EDITION_RE = re.compile(
    r"\s?(?:(?:ประจำ)?ปี(?:งบประมาณ|การผลิต|การศึกษา)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}"
    r"(?:\s?[-/]\s?\d{2,4})?|ฉบับที่\s?\d{1,3})(?!\d|[.,]\d)"
)

# The edition or period at the end of a name, which the name drops (the span keeps it):
# "… ปีการผลิต 2565/66", "… ปี 2566", "… พ.ศ.2566-2570", "… ปีที่ 10". A single target year
# marked ค.ศ./พ.ศ. is part of the title ("แผนแม่บท… ค.ศ.2025") and stays. A contest's or
# project's run ("…เชิงสร้างสรรค์ครั้งที่ 3", a local project's "… ครั้งที่1/2564") is an edition
# too, and so is a phase ("คนละครึ่งเฟส 3", "…เฟสต่อไป", "…เฟสใหม่": the phases are one initiative).
_NAME_EDITION_RE = re.compile(
    r"\s?(?:(?:ประจำ)?ปี(?:งบประมาณ|การผลิต|การศึกษา)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{2,4}"
    r"(?:\s?[-/]\s?\d{2,4})?|(?:พ\.ศ\.|ค\.ศ\.)\s?\d{4}\s?-\s?\d{2,4}"
    r"|(?:ปี|ครั้ง)ที่\s?\d{1,3}(?:/\d{2,4})?"
    r"|(?:เฟส|ระยะที่)\s?(?:\d{1,2}|ต่อไป|ถัดไป|ใหม่|แรก|สอง|สาม))$"
)


def without_edition(name: str) -> str:
    """``name`` without the edition or period it ends with (the annotation rules' name)."""
    return _NAME_EDITION_RE.sub("", name).rstrip() or name


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists that say whether the words after a head name anything."""

    generic: re.Pattern[str]  # a generic start, for every head but open ones
    lead: re.Pattern[str]  # a word opening a descriptive phrase (การ, ด้าน …), group = its scope
    strict: re.Pattern[str]  # the same plus verbs, for descriptive heads (โครงการ, มาตรการ)
    predicate: frozenset[str]  # a clause's verb as the first word: the head is its subject
    words_th: frozenset[str]
    words_en: frozenset[str]
    context: Context
    proper: frozenset[str]  # one word that qualifies a name properly: ชาติ, ภาคใต้
    banked: re.Pattern[str]  # what a "bank" or "card" scheme keeps: ขยะ, น้ำ, สวัสดิการ
    court: re.Pattern[str]  # a court order's word: ชั่วคราว, คำพิพากษา
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
        generic=re.compile(alternation([r["word"] for r in generic if r["scope"] == "all"])),
        lead=re.compile(
            rf"(?P<lead2>{alternation([r['word'] for r in generic if r['scope'] == 'lead2'])})"
            rf"|(?P<lead1>{alternation([r['word'] for r in generic if r['scope'] == 'lead1'])})"
        ),
        strict=re.compile(alternation([r["word"] for r in generic if r["scope"] != "predicate"])),
        predicate=frozenset(r["word"] for r in generic if r["scope"] == "predicate"),
        words_th=frozenset(r["word"] for r in words if r["lang"] == "th"),
        words_en=frozenset(r["word"].lower() for r in words if r["lang"] == "en"),
        context=_context(),
        owner_heads=re.compile(alternation([r["word"] for r in load("initiatives/owner_heads")])),
        proper=frozenset(r["word"] for r in load("initiatives/context") if r["role"] == "proper"),
        banked=re.compile(alternation(
            [r["word"] for r in load("initiatives/context") if r["role"] == "banked"]
        )),
        court=re.compile(alternation(
            [r["word"] for r in load("initiatives/context") if r["role"] == "court"]
        )),
        session=re.compile(rf"\s*(?:{alternation(cue_words('session'))})\s*\d+(?:/\d{{2,4}})?"),
        phase=re.compile(rf"\s?(?:{alternation(cue_words('phase'))})\s?\d{{1,2}}(?![\d.,:/])"),
    )


@dataclass(frozen=True, slots=True)
class Context:
    count: re.Pattern[str]  # a count with a classifier: "3 สาย", "จำนวน 12 หลัง"


def _context() -> Context:
    units = [r["word"] for r in load("initiatives/context") if r["role"] == "unit"]
    return Context(
        count=re.compile(rf"\s?(?:จำนวน|รวม|ทั้งสิ้น|กว่า)?\s?\d[\d,]*\s?(?:{alternation(units)})"),
    )


def bare(text: str, te: int, end: int, kind: str) -> bool:
    """Are the words ``text[te:end]`` after a head a bare reference or a fragment, naming nothing?

    - one dictionary word ("นโยบายรัฐ", "มาตรการสาธารณสุข", "ศูนย์รวบรวม"): a head plus a
      common noun or verb; a name has words of its own (คนละครึ่ง, เราชนะ, บ้านมั่นคง);
    - no letter to start with ("โครงการ/แผนงาน"), or where or through what ("…บนสมาร์ทโฟน");
    - the start of "ต่าง ๆ" or an end in "ต่างๆ" / "อื่นๆ" (various: "มาตรการคว่ำบาตรต่าง ๆ",
      "…และองค์ประกอบต่างๆ");
    - for a policy, an owner where the name would be ("นโยบายกระทรวงเกษตร…", "นโยบายรัฐบาล"):
      that says whose policy it is, not which.
    """
    core = text[te:end].strip(" -")
    if not core[:1].isalnum() or _WHERE_RE.match(core):
        return True
    if (core.endswith("ต่าง") and _YAMOK_RE.match(text, end)) or _VARIOUS_RE.search(core):
        return True
    if kind == "policy" and name_words().owner_heads.match(core):
        return True
    if " " in core or not THAI_RE.match(core):
        return False
    tokens = dictionary_words(core)
    if len(tokens) != 1 or tokens[0] not in thai_dictionary():
        return False
    # A proper qualifier makes a name: "กองทุนอาเซียน", "ยุทธศาสตร์ชาติ", "แผนพัฒนาภาคใต้".
    return not (core in name_words().proper or core in thai_provinces() or core in thai_countries())


_YAMOK_RE = re.compile(r"\s?ๆ")
# Where or through what, right after the head: "แอพพลิเคชั่นบนสมาร์ทโฟน" (an app on a phone),
# "แพลตฟอร์มผ่านมือถือ"; no scheme's name opens so.
_WHERE_RE = re.compile(r"(?:บน|ผ่าน)(?=[ก-ฮ])")
_VARIOUS_RE = re.compile(r"(?:ต่าง|อื่น)\s?ๆ$")


_CLAUSE_RE = re.compile(r"ใน|เพื่อ|กับ|จาก|ต่อ|ให้แก่|แก่|สำหรับ")


@lru_cache(maxsize=1)
def _descriptive_re() -> re.Pattern[str]:
    return re.compile(alternation([w for w in name_words().words_th if len(w) > 2]))


def lead_named(core: str) -> bool | None:
    """Does ``core``, which may open with a lead word (การ, ความ, ด้าน, ทาง), name something?

    None when it opens with none. "ด้านพลังงานสะอาด" names (two content words before a ใน /
    เพื่อ clause), "ด้านดิจิทัลในการรับมือ…" and "ทางกฎหมาย" do not; "การลงทะเบียน…" does.
    """
    m = name_words().lead.match(core)
    if not m:
        return None
    words = name_words().words_th
    part = _CLAUSE_RE.split(core[m.end() :].strip(), maxsplit=1)[0]
    # Descriptive words out first, longest first: the tokeniser cuts some (เฝ้า|ระวัง).
    part = _descriptive_re().sub(" ", part)
    tokens = [t for piece in part.split() for t in dictionary_words(piece)]
    # A describing word of generic.tsv (เด็ดขาด, สำคัญ, ใหม่) is no content word either:
    # "ทางกฎหมายขั้นเด็ดขาด" describes how a measure acts.
    generic = name_words().generic
    content = [
        t for t in tokens
        if t not in words and THAI_RE.match(t) and len(t) > 1 and not generic.fullmatch(t)
    ]
    return len(content) >= (2 if m.lastgroup == "lead2" else 1)


def opens_clause(core: str) -> bool:
    """Is the first dictionary word of ``core`` a clause's verb whose subject is the head
    ("โครงการรอรัฐสภาพิจารณา": the project awaits parliament; "โครงการถูกยกเลิก")? Whole words
    only: รอ is no start of รอบ or รอยยิ้ม."""
    first = core.split(maxsplit=1)[0] if core.strip() else ""
    tokens = dictionary_words(first) if THAI_RE.match(first) else []
    return bool(tokens) and tokens[0] in name_words().predicate


def descriptive(core: str) -> bool:
    """Are all words of ``core`` descriptive (initiatives/generic_words.tsv)? Then it names nothing.

    The core is cut into dictionary words (the candidate only, never the document).
    """
    words = name_words().words_th
    if core in words:
        return True
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    if tokens and all(t in words for t in tokens):
        return True
    # The tokeniser cuts some listed words (คัด|กรอง): take listed words out, longest first.
    rest = _descriptive_re().sub(" ", core)
    return rest != core and all(
        t in words or not THAI_RE.match(t) for part in rest.split() for t in dictionary_words(part)
    )


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
    # A stative verb of the list opens a name too: "โครงการเพิ่มกำลังซื้อ…" (เพิ่ม is VSTA).
    tag = orchid_word_tags().get(tokens[0]) if tokens else None
    return bool(tokens) and strict and tag in (None, "VSTA")


def has_object(text: str, te: int, end: int, limit: int) -> bool:
    """Does the verb phrase ``text[te:end]`` after a descriptive head name a scheme?

    The verb must take words of its own (มาตรการรับนักท่องเที่ยวจีน, โครงการยกระดับอุตสาหกรรม) or
    at least two descriptive ones, not function words only (initiatives/function_words.tsv:
    "มาตรการป้องกันตนเอง", "มาตรการแตกต่างกันออกไป"), and hold no count of works in or right
    after it (… 3 สาย, … จำนวน 12 หลัง).
    """
    words = name_words()
    core = text[te:end]
    if words.context.count.search(core) or words.context.count.match(text, end, limit):
        return False
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    content = [t for t in tokens[1:] if t not in _function_words()]
    # A word of its own ("รับนักท่องเที่ยวจีน"), or two descriptive ones
    # ("เพิ่มประสิทธิภาพการผลิตและบริการธุรกิจ"); one alone describes (มาตรการรักษาความปลอดภัย).
    return any(t not in words.words_th for t in content) or len(content) >= 2


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load("initiatives/function_words"))


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

