"""Namings that look like initiatives but are something else, by the words around them.

- a housing estate or development named โครงการ… ("ห้องชุด ในโครงการแฟมิลี่เฮ้าส์-ลาดพร้าว 71"):
  a real-estate word (``initiatives/context.tsv`` role ``estate``) earlier in the sentence and
  "ใน" right before the head;
- a commercial app or platform (``initiatives/commercial.tsv``: Clubhouse, LINE, Zoom …) after
  แอป / แพลตฟอร์ม: a service, not a scheme;
- an event's English name ("กิจกรรม Opening Ceremony for …"): a word of
  ``initiatives/event_words.tsv`` in it;
- an award's category named with a head ("รางวัลโครงการพลังสร้างสรรค์…");
- a centre named as a venue ("ที่ศูนย์การเรียนรู้…", "ณ ศูนย์…", ``context.tsv`` role ``venue``);
- a project office in a post ("ผู้อำนวยการโครงการชลประทาน…", ``context.tsv`` role ``post``) or
  named as an office (โครงการส่งน้ำและบำรุงรักษา…, role ``office``);
- a kind of measure, not a named one: "มาตรการการลักลอบ…" (measures on a matter),
  "มาตรการป้องกันโรค ASF" (a control verb, role ``control``, and its object only);
- a head inside the quoted title of a talk, seminar or theme ("ในหัวข้อ “นโยบาย…”");
- a policy, plan or measure of a post ("นโยบายรัฐมนตรีว่าการกระทรวงคมนาคม": whoever holds it);
- a plan of doing (แผนการ + what is done) or a policy named by what it does, by its field or by an
  abstract noun, with no name evidence (quotes, Latin, digits): descriptions (session 4).

These were counted on text outside the dev sets (session 3, issue 12): on thaigov releases and
news the tool was never tuned on, such namings were half of the false initiatives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load
from .scan import alternation

_IN_RE = re.compile(r"ใน\s?$")
ESTATE_WINDOW = 80  # characters before the head where an estate word counts


@lru_cache(maxsize=1)
def _estate_re() -> re.Pattern[str]:
    words = [r["word"] for r in load("initiatives/context") if r["role"] == "estate"]
    return re.compile(alternation(words))


@lru_cache(maxsize=1)
def _commercial() -> frozenset[str]:
    return frozenset(r["name"].lower() for r in load("initiatives/commercial"))


@lru_cache(maxsize=1)
def _estate_right_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{_estate_re().pattern})\s?$")


def housing_estate(text: str, sstart: int, ts: int) -> bool:
    """Is the โครงการ at ``ts`` (sentence from ``sstart``) a housing estate's name?"""
    if _estate_right_before().search(text, max(sstart, ts - 16), ts):
        return True  # "ห้องชุดโครงการแฟลตปลาทอง": the estate word right before the head
    if not _IN_RE.search(text, max(sstart, ts - 4), ts):
        return False
    return _estate_re().search(text, max(sstart, ts - ESTATE_WINDOW), ts) is not None


_AWARD_RE = re.compile(r"รางวัล(?:ประเภท|สาขา)?\s?$")


def award_category(text: str, sstart: int, ts: int) -> bool:
    """Does the head at ``ts`` name an award's category ("รางวัลโครงการพลังสร้างสรรค์…ยอดเยี่ยม",
    "รางวัลประเภทนโยบาย…")? An award is no initiative (the annotation rules)."""
    return _AWARD_RE.search(text, max(sstart, ts - 14), ts) is not None


def commercial_service(name: str) -> bool:
    """Is the Latin ``name`` after an app or platform head a commercial service?"""
    return name.strip().lower() in _commercial()


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in load("initiatives/event_words"))


def event_name(name: str) -> bool:
    """Does the Latin ``name`` name an event (a ceremony, meeting, forum, contest)?"""
    return any(w.lower() in _event_words() for w in re.findall(r"[A-Za-z]+", name))


@lru_cache(maxsize=1)
def _context_re(role: str) -> re.Pattern[str]:
    words = [r["word"] for r in load("initiatives/context") if r["role"] == role]
    return re.compile(alternation(words))


def project_post(text: str, sstart: int, ts: int) -> bool:
    """Is the โครงการ at ``ts`` part of a post ("รองผู้อำนวยการโครงการก่อสร้าง…", "ผอ.โครงการ…")?
    The post word sits right before the head, at most one space between."""
    before = text[max(sstart, ts - 16) : ts]
    return re.search(rf"(?:{_context_re('post').pattern})\s?$", before) is not None


def venue(text: str, sstart: int, ts: int) -> bool:
    """Is the centre at ``ts`` a venue ("…รับฟังปัญหาของชาวบ้าน ที่ศูนย์การเรียนรู้สมุนไพรไทย
    บ้าน…", "ณ ศูนย์การเรียนรู้ปรัชญาเศรษฐกิจพอเพียง ภาคกลาง")? A place word (``context.tsv``
    role ``venue``) right before the head, at most one space between: the centre is where
    something is done, not a scheme the text reports."""
    before = text[max(sstart, ts - 12) : ts]
    return re.search(rf"(?:{_context_re('venue').pattern})\s?$", before) is not None


def project_office(core: str) -> bool:
    """Do the words after โครงการ (``core``) name a government field office
    ("ส่งน้ำและบำรุงรักษาเจ้าเจ็ด-บางยี่หน", ``context.tsv`` role ``office``)?"""
    return _context_re("office").match(core.strip()) is not None


# Words that give a measure's object a qualifier of its own, which an official title carries
# ("มาตรการกระตุ้นการลงทุนในระยะฟื้นฟูเศรษฐกิจ"); a kind of measure stops at its object. ของ is
# none: after a measure it says whose it is ("มาตรการป้องกันโรคของผู้ประกอบการร้านอาหาร").
_QUALIFIER_RE = re.compile(r"ใน|เพื่อ|แก่|สำหรับ|จาก|ด้าน|ระหว่าง|ภายใต้|ตาม|ให้|ช่วง|ระยะ")


# "ภายในประเทศ" / "ในประเทศ" (domestic) is no qualifier of a measure's own: "มาตรการกระตุ้น
# เศรษฐกิจภายในประเทศ" is a kind of measure.
_DOMESTIC_RE = re.compile(r"(?:ภาย)?ในประเทศ")
# A disease's number is the measure's object, not a name ("มาตรการเยียวยาผลกระทบโควิด-19").
_DISEASE_RE = re.compile(r"(?:โควิด|COVID|Covid|covid)\s?-?\s?(?:19|๑๙)")


def kind_of_measure(core: str) -> bool:
    """Do the words after มาตรการ (``core``) say what kind of measure it is, and name none?

    "การลักลอบนำเข้าเนื้อสุกร…" (measures on smuggling): a nominalised matter right after the
    head; "ป้องกันโรค ASF", "ปราบปรามการลักลอบ…", "กระตุ้นการท่องเที่ยว": a control verb and its
    object with no qualifier. A Latin word or a number there is the object (a disease, "โควิด-19"),
    not a name; a quoted name never reaches here. The softer verbs (role ``kind_verb``:
    เยียวยา, สนับสนุน, แก้ปัญหา …) are kept by name evidence too.
    """
    core = core.strip()
    if core.startswith("การ"):
        return True
    if _context_re("control").match(core) is None and (
        _context_re("kind_verb").match(core) is None
        or name_evidence(strip_disease(core))
    ):
        return False
    return not _QUALIFIER_RE.search(_DOMESTIC_RE.sub(" ", core), 3)


# Name evidence in the words after a weak head: a Latin word, a number, a quote.
_EVIDENCE_RE = re.compile(r"[A-Za-z0-9\u0e50-\u0e59“”\"‘’']")
_PHASE_RE = re.compile(r"ระยะ")


def strip_disease(core: str) -> str:
    """``core`` without a disease's number ("โควิด-19"), which is an object, not a name."""
    return _DISEASE_RE.sub(" ", core)


def name_evidence(core: str) -> bool:
    """Does ``core`` carry what a proper name has and a description lacks: a Latin word, a
    number, quotes ("แผนการฉีดวัคซีนโควิด-19", "นโยบาย Green New Deal")?"""
    return _EVIDENCE_RE.search(core) is not None


_MORE_RE = re.compile(r"เพิ่มเติม\s*$")


def more_of_a_kind(core: str) -> bool:
    """Does ``core`` end in "เพิ่มเติม" (additional) with no name evidence ("มาตรการช่วยเหลือ
    ผู้ประกอบการรายย่อยเพิ่มเติม": more measures of a kind)? A name is not "additional"."""
    return _MORE_RE.search(core) is not None and not name_evidence(core)


def described_plan(core: str) -> bool:
    """Is "แผนการ" + ``core`` a plan for doing something ("แผนการกระจายวัคซีนไปยังพื้นที่
    เป้าหมาย", "แผนการส่งมอบถังดักไขมัน", "แผนการตรวจกำกับ") rather than a plan's name? "แผนการ"
    (a plan of doing) names a plan only with name evidence or a phase of its own
    ("แผนการแก้ไขปัญหา…ระยะเร่งด่วน"); the titled heads (แผนแม่บท, แผนปฏิบัติการ…) are other
    triggers."""
    return not name_evidence(core) and _PHASE_RE.search(core) is None


@lru_cache(maxsize=1)
def _fields_re() -> re.Pattern[str]:
    field = _context_re("field").pattern
    return re.compile(rf"(?:การ)?(?:{field})(?:\s*(?:และ|,)\s*(?:การ)?(?:{field}))*\s*")


def described_policy(core: str) -> bool:
    """Is "นโยบาย" + ``core`` a description of a policy, not its name? A verb of what it does
    (``context.tsv`` roles ``describes``, ``control`` and ``kind_verb``: "ส่งเสริมการเติบโตของ…",
    "ถ่วงดุลความสัมพันธ์กับ…"), an abstract noun (ความ…: "ความรับผิดชอบต่อสังคม", a company's
    CSR policy) or fields of government only ("กลาโหมและต่างประเทศ"), with no name evidence.
    Coined names open otherwise (นโยบายมุ่งใต้ใหม่, นโยบายไทยแลนด์ 4.0, นโยบายมารดาประชารัฐ)."""
    core = core.strip()
    if name_evidence(core):
        return False
    if core.startswith("ความ") or _fields_re().fullmatch(core):
        return True
    return any(_context_re(role).match(core) for role in ("describes", "control", "kind_verb"))


_OPEN_QUOTE_RE = re.compile(r"[“\"‘'](?=[^“”\"‘’']*$)")  # the last quote still open at the end
_TITLED_WINDOW = 60  # characters a title runs before the head in it


def in_title(text: str, sstart: int, ts: int) -> bool:
    """Is the head at ``ts`` inside a quoted title (a talk's topic, a seminar's name, a theme)?
    The quote opened before the head and is not closed before it; a ``titled`` word of
    ``context.tsv`` (with up to 4 letters glued to it: แนวคิดหลัก) ends right before the quote."""
    start = max(sstart, ts - _TITLED_WINDOW)
    quote = _OPEN_QUOTE_RE.search(text, start, ts + 1 if text[ts : ts + 1] in "“\"‘'" else ts)
    if quote is None:
        return False
    before = text[max(sstart, quote.start() - 16) : quote.start()]
    return re.search(rf"(?:{_context_re('titled').pattern})\S{{0,4}}\s?$", before) is not None


@lru_cache(maxsize=1)
def _post_re() -> re.Pattern[str]:
    return re.compile(rf"(?:ของ)?\s?(?:รอง)?(?:{_context_re('owner_post').pattern})")


def post_owned(core: str) -> bool:
    """Does ``core``, after a policy, plan or measure head, open with a post of office
    (``context.tsv`` role ``owner_post``: "รัฐมนตรีว่าการกระทรวงคมนาคม", "ของนายกรัฐมนตรี")?
    That is whose it is, the policy of whoever holds the post, a generic phrase like
    "นโยบายของกระทรวง"."""
    return _post_re().match(core.strip()) is not None


__all__ = [
    "award_category", "commercial_service", "described_plan", "described_policy", "event_name",
    "housing_estate", "in_title", "kind_of_measure", "more_of_a_kind", "name_evidence",
    "post_owned", "project_office", "project_post", "strip_disease", "venue",
]
