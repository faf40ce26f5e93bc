"""Shapes of a Thai initiative name that the shared name scan does not see.

- a name that opens with a number after its head ("โครงการ 30 บาทรักษาทุกโรค",
  "โครงการ 1 อำเภอ 1 ชุมชนท่องเที่ยว"), where the scan stops at once; a count after the head
  ("นโยบาย 7 ประการ") is none;
- a name that opens with a negated action ("นโยบายไม่ทิ้งใครไว้ข้างหลัง"), where the scan stops at
  ไม่; a negated state is a predicate ("มาตรการไม่ดี");
- a second naming the scan ran into, counted or repeating the head ("…บางโครงการโครงการ…",
  "กองทุนหมู่บ้านและชุมชนเมืองกองทุนละ…"), where the first name ends;
- a course named by its subject up to its intake number ("หลักสูตร… สำหรับนักบริหารระดับสูง
  รุ่นที่ 8"), though a course's Thai words alone describe it;
- a study named up to what it studies, over its listed fields ("โครงการศึกษาความเหมาะสมทางด้าน
  เศรษฐกิจ วิศวกรรม และสิ่งแวดล้อม เส้นทางรถไฟ…"), and "towards becoming" (สู่การเป็น…), where
  the scan stops at เป็น.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from ..corpus import dictionary_words
from ..lexicons import load
from .initiative_extend import run_on
from .initiative_names import cue_words, name_words, opens_with_verb
from .scan import MAX_NAME, THAI, alternation, at_word_boundary, scan

_NUMBER_NAME_RE = re.compile(
    rf"\s?\d{{1,3}}\s?(?P<run>[{THAI}]+)(?:\s?(?P<pair>\d{{1,3}})\s?[{THAI}]+)?(?=\s|$)"
)
# A quantifier right before an inner head counts its schemes: "…บางโครงการ", "…3โครงการ".
_QUANTIFIER_RE = re.compile(r"(?:บาง|ทุก|หลาย|แต่ละ|\s?\d+\s?)$")


def number_name(text: str, te: int, limit: int) -> int | None:
    """End of a name after a head (at ``te``) that opens with a number: "30 บาทรักษาทุกโรค" (a
    number, a unit of context.tsv role number_unit and words of the scheme's own), "1 อำเภอ 1
    ชุมชนท่องเที่ยว" (number-word pairs). A count ("3 ด้าน", "7 ประการแก่…", "7 แห่ง 9 บัญชี") is
    no name: None."""
    m = _NUMBER_NAME_RE.match(text, te, limit)
    if m is None:
        return None
    tokens = dictionary_words(m.group("run"))
    if not tokens or name_words().context.count.match(text, te, limit):
        return None  # a count of works or places
    if m.group("pair") is not None:  # N X N Y
        return m.end()
    return m.end() if len(tokens) >= 3 and tokens[0] in _number_units() else None


@lru_cache(maxsize=1)
def _number_units() -> frozenset[str]:
    return frozenset(r["word"] for r in load("initiatives/context") if r["role"] == "number_unit")


def negated_action(rest: str) -> bool:
    """Is ``rest`` (the words after ไม่) an action verb with words of its own (ทิ้งใครไว้ข้างหลัง),
    not a state (ดี, มากนัก, ชัดเจน)?"""
    return opens_with_verb(rest) and len(dictionary_words(rest)) >= 3


@lru_cache(maxsize=1)
def inner_heads() -> frozenset[str]:
    """Heads that stay part of the name of the head before them (cues.tsv role inner_head)."""
    return frozenset(cue_words("inner_head"))


def inner_head(text: str, te: int, end: int, triggers: re.Pattern[str], th: Container[str]) -> int:
    """``end`` moved back to another naming that the unspaced name after ``te`` runs into.

    ``triggers`` finds head words, ``th`` holds the Thai heads among them. A head inside a name
    is most often the object of its verb ("มาตรการพักชำระหนี้กองทุนพัฒนาบทบาทสตรี", "…แก่ผู้มี
    บัตรสวัสดิการแห่งรัฐ") and stays; it opens a second naming when a quantifier counts it
    ("…การท่องเที่ยวบางโครงการโครงการตัดถนน") or when it repeats the outer head
    ("กองทุนหมู่บ้านและชุมชนเมืองกองทุนละ…").
    """
    outer = text[max(0, te - 12) : te]
    for m in triggers.finditer(text, te + 1, end):
        word = m.group()
        if word not in th or word in inner_heads():
            continue
        quant = _QUANTIFIER_RE.search(text, te, m.start())
        if (quant or outer.endswith(word)) and at_word_boundary(
            text, max(te, m.start() - 30), m.start(), m.end()
        ):
            return quant.start() if quant else m.start()
    return end


# A course's name before its intake number: "หลักสูตรประกาศนียบัตรธรรมาภิบาลสิ่งแวดล้อม สำหรับ
# นักบริหารระดับสูง รุ่นที่ 8", "หลักสูตรการป้องกันราชอาณาจักร รุ่นที่ 64". A course run in numbered
# intakes is a programme; its subject alone describes it (the head reads no Thai name otherwise).
_INTAKE_RE = re.compile(rf"(?P<name>[{THAI}][{THAI} ]{{3,90}}?)\s?รุ่นที่\s?\d")
_INTAKE_STOPS_RE = re.compile(r"\s(?:ของ|ที่|ซึ่ง|โดย|ณ|เมื่อ|จาก|ให้|และ|ได้)")


@lru_cache(maxsize=1)
def _course_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A degree's word in a course's name, and a word of teaching for sale right before it
    (``initiatives/context.tsv`` roles ``degree`` and ``teaches``)."""
    rows = load("initiatives/context")
    degree = [r["word"] for r in rows if r["role"] == "degree"]
    teaches = [r["word"] for r in rows if r["role"] == "teaches"]
    return re.compile(alternation(degree)), re.compile(rf"(?:{alternation(teaches)})\s?$")


def intake_end(text: str, ts: int, te: int, limit: int) -> int | None:
    """End of a course's name after its head (``text[ts:te]``) when an intake number follows it
    in the sentence, over a space and a target group (สำหรับ…) but no clause word after a space.
    A university's degree course ("หลักสูตรปริญญาโท สาขา…") and a class a shop or school
    teaches ("ร้านอาหารเปิดสอนหลักสูตร…") run in intakes too, and are no state programme."""
    m = _INTAKE_RE.match(text, te, min(limit, te + 100))
    if m is None or _INTAKE_STOPS_RE.search(m["name"]) or m["name"].startswith(("ต่าง", "นี้")):
        return None
    degree, teaches = _course_words()
    if degree.search(m["name"]) or teaches.search(text, max(0, ts - 12), ts):
        return None
    return m.end("name")


@lru_cache(maxsize=1)
def _target_cut() -> re.Pattern[str]:
    people = [r["word"] for r in load("initiatives/context") if r["role"] == "target"]
    return re.compile(rf"(?:สำหรับ|แก่)(?:{alternation(people)})$")


def target_clause(text: str, core: str, end: int) -> bool:
    """Does the name end on a generic target group whose relative clause (a glued ที่) the
    scan cut off ("มาตรการเข้าประเทศสำหรับบุคคล|ที่ได้รับการฉีดวัคซีน")? Then the words say who
    a measure is for, with no name of their own."""
    return text.startswith("ที่", end) and _target_cut().search(core) is not None


_STUDY_RE = re.compile(r"(?:การ)?ศึกษา")
_STUDIED_RE = re.compile(r"\s?(โครงการ|เส้นทาง)")
# The fields of a feasibility study, listed with spaces: "ศึกษาความเหมาะสมทางด้านเศรษฐกิจ
# วิศวกรรม และสิ่งแวดล้อม เส้นทางรถไฟ…" (Thai infrastructure news, Daily News 2018).
_STUDY_FIELDS_RE = re.compile(
    r"(?:\s?,?\s?(?:และ)?\s?(?:วิศวกรรม|สิ่งแวดล้อม|สังคม|การเงิน|เศรษฐกิจ|การลงทุน))+"
)
_BECOMING_RE = re.compile(r"สู่การ$")


def studied_after(text: str, core: str, end: int, limit: int) -> re.Match[str] | None:
    """For a study (``core`` opens with ศึกษา), the project or route its name goes on to after
    its listed fields: group 1 is โครงการ or เส้นทาง."""
    if not _STUDY_RE.match(core):
        return None
    fields = _STUDY_FIELDS_RE.match(text, end, limit)
    return _STUDIED_RE.match(text, fields.end() if fields else end, limit)


def route_end(text: str, studied: re.Match[str], limit: int) -> int | None:
    """End of the route a study names ("เส้นทางรถไฟชุมพรท่าเรือน้ำลึกระนอง"), if it closes."""
    route, closed = scan(text, studied.start(1), min(limit, studied.end() + MAX_NAME),
                         natural_end=limit)
    return route if closed and route > studied.end() else None


def becoming_end(
    text: str, te: int, end: int, limit: int, opens_head: Callable[[int], bool]
) -> int:
    """``end`` carried over "เป็น…" when the name stops at "สู่การ" (towards becoming:
    "…อาหารแปรรูปสู่การเป็นโรงงานอัจฉริยะ…"); the shared scan stops at เป็น."""
    if not (_BECOMING_RE.search(text, te, end) and text.startswith("เป็น", end)):
        return end
    more, closed = scan(text, end + 4, min(limit, te + MAX_NAME), natural_end=limit)
    return run_on(text, te, more, limit, opens_head) if closed and more > end + 4 else end


__all__ = [
    "becoming_end", "inner_head", "inner_heads", "intake_end", "negated_action", "number_name",
    "route_end", "studied_after", "target_clause",
]


@lru_cache(maxsize=1)
def _bank_re() -> re.Pattern[str]:
    """The banks of the organisations lexicon (ธนาคารออมสิน, ธนาคารกรุงไทย …), full names."""
    rows = load("organizations/organizations")
    return re.compile(alternation([r["name"] for r in rows if r["name"].startswith("ธนาคาร")]))


def owner_bank_at(text: str, pos: int) -> bool:
    """Does a bank's name start at ``pos``, right after a head? The bank owns the scheme
    ("โครงการธนาคารออมสินเพื่อสังคม"); a bank scheme keeps something (ธนาคารขยะ)."""
    return _bank_re().match(text, pos) is not None


def before_owner_bank(text: str, te: int, end: int) -> int:
    """Where a name ends before a bank named inside it: the bank runs the scheme
    ("โครงการธนาคารโรงเรียนธนาคารออมสิน" is GSB's school bank project); it is no part of the
    scheme's name."""
    bank = _bank_re().search(text, te + 1, end)
    return bank.start() if bank else end
