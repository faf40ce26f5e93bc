"""Initiatives: named programmes, apps, centres, plans, measures, strategies, years of cooperation.

Two shapes, both compiled once per process from ``initiatives/triggers.tsv``:
- a Thai head (แอป…, ศูนย์…, แผนแม่บท…, มาตรการ…, โครงการ…, ปีแห่ง…) followed by a name that runs to a
  boundary (``meetings/boundaries.tsv``: ซึ่ง, ที่, เพื่อ, โดย, และ, a comma or bracket, the sentence
  end), a Latin name, or a quoted name. Classifier heads (แอป, แพลตฟอร์ม) are dropped from the name:
  "แอปไทยชนะ" is the app "ไทยชนะ". A name that starts like a description (``initiatives/generic.tsv``:
  มาตรการด้าน…, โครงการต่าง ๆ, แผนงาน) is no initiative unless it has a Latin word, a quote or a year;
  a verb-led name (มาตรการพักหนี้…) is one only in a naming context (``initiatives/context.tsv``:
  เข้าร่วม / อนุมัติ / ภายใต้ … before it, a budget after it, or the name repeated), and never
  when it describes works (a verb and a physical object) or holds a count (… 3 สาย);
- an English name ending in a head word (… Center, … Masterplan 2025) or "… Year of …".
``kind`` comes from the head. The same initiative mentioned twice (same name, one name inside the
other, or a Thai and an English name with the same glossary concepts) is one fact whose span is the
first mention. ``launched`` is a date right after the name introduced by a launch verb
(``initiatives/launch_cues.tsv``: ซึ่งจัดขึ้นเมื่อ…, เปิดตัวเมื่อ…); ``owner`` the organisation after
ของ / โดย / เป็นข้อริเริ่มโดย, or the nearest organisation before "ผ่าน / เปิดตัว / จัดตั้ง + name".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import dictionary_words, orchid_word_tags, thai_dictionary
from ..lexicons import load
from ..model import DateFact, InitiativeFact, OrganizationFact
from ..normalize import normalize_text
from .meetings import (
    ENG_SEQ,
    MAX_NAME,
    OrgIndex,
    _alternation,
    at_word_boundary,
    boundaries,
    clean_name,
    concepts,
    eng_key,
    latin_finditer,
    literal_automaton,
    literal_finditer,
    scan,
    similar,
)

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

_ENG_RE = re.compile(rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})")
MAX_APP = 30  # app and platform names are short; a longer run is a clause
MAX_CORE = 80
_LATIN_AFTER_RE = re.compile(rf"\s?({ENG_SEQ})")
_BRACKET_RE = re.compile(rf"\s*\(\s*(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})\s*\)")
_THAI_RE = re.compile("[\u0e00-\u0e7f]")
_QUOTED_RE = re.compile(r"\s?\"([^\"\n]{2,60})\"")
_YEAR_RE = re.compile(r"(?<![\d/])\d{4}(?!\d)")
_SESSION_RE = re.compile(r"\s*(?:ครั้งที่|รอบที่)\s*\d+(?:/\d{2,4})?")
# A version or edition after a Latin name: นโยบาย Thailand 4.0, โครงการ Smart City 2.0.
_VERSION_RE = re.compile(r"\s?\d+(?:\.\d+)+(?![\d.])|\s?\d+\.0(?!\d)")
_OWNER_AFTER_RE = re.compile(
    r"\s*(?:ซึ่ง)?\s*(?:เป็น)?\s*(?:ข้อริเริ่ม|ความริเริ่ม|โครงการ|ผลงาน)?\s*(?:ที่)?\s*"
    r"(?:ริเริ่ม|พัฒนา|จัดทำ|จัดตั้ง|ดำเนินการ)?(?:ขึ้น)?\s*(?:ของ|โดย)\s*"
)
_LAUNCH_AFTER_RE = re.compile(
    r"\s*(?:อย่างเป็นทางการ)?\s*(?:เมื่อ|ตั้งแต่|ใน)\s*(?:วันที่|เดือน|ปี)?\s*"
)
THAI = "\u0e00-\u0e7f"
# An edition after a name, part of it: "… ปี 2567", "… ปีงบประมาณ 2567", "… ปี 2566-2568",
# "… ปีการผลิต 2565/66", "… ฉบับที่ 13". A measure or plan of a given year is a named one.
_EDITION_RE = re.compile(
    r"\s?(?:(?:ประจำ)?ปี(?:งบประมาณ|การผลิต|การศึกษา)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}"
    r"(?:\s?[-/]\s?\d{2,4})?|ฉบับที่\s?\d{1,3})(?!\d|[.,]\d)"
)
# A phase after a name ("… ระยะที่ 2", "… เฟส 3"): the name is a named scheme run in phases,
# though the phase is not part of its name (the phases are one initiative).
_PHASE_RE = re.compile(r"\s?(?:ระยะที่|ระยะ|เฟส)\s?\d{1,2}(?![\d.,:/])")
_OWNER_BEFORE_RE = re.compile(r"(?:ผ่าน(?:ทาง)?|เปิดตัว|จัดตั้ง|ก่อตั้ง|ริเริ่ม)\s*$")


@dataclass(frozen=True, slots=True)
class _Lex:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    th: dict[str, dict[str, str]]
    en_heads: re.Pattern[str]
    en_kind: dict[str, str]
    year_re: re.Pattern[str]
    generic: re.Pattern[str]
    strict: re.Pattern[str]
    launch: re.Pattern[str]
    launch_before: re.Pattern[str]
    owner_heads: re.Pattern[str]
    words_th: frozenset[str]
    words_en: frozenset[str]
    context: _Context


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    rows = load("initiatives/triggers")
    th = {r["trigger"]: r for r in rows if r["lang"] == "th" and r["kind"] != "not"}
    nots = [r["trigger"] for r in rows if r["kind"] == "not"]
    en = {r["trigger"]: r["kind"] for r in rows if r["lang"] == "en" and r["trigger"] != "Year of"}
    heads = "|".join(re.escape(h) for h in sorted(en, key=len, reverse=True))
    cues = "|".join(re.escape(c["cue"]) for c in load("initiatives/launch_cues"))
    return _Lex(
        triggers=re.compile(rf"(?P<x>{_alternation(nots)})|(?P<t>{_alternation(list(th))})"),
        trigger_auto=literal_automaton({*nots, *th}),
        th=th,
        en_heads=re.compile(rf"(?<![A-Za-z])(?P<head>{heads})(?:\s+\d{{4}})?$"),
        en_kind={h.lower(): k for h, k in en.items()},
        # "ASEAN-Japan Year of Tourism": capitalised words right before "Year of", no connector.
        year_re=re.compile(
            r"(?:[A-Z][A-Za-z0-9]*(?:\s*-\s*[A-Z][A-Za-z0-9]*)*\s+)?Year\s+of\s+"
            r"[A-Z][A-Za-z0-9-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z0-9-]*)*(?:\s+\d{4})?"
        ),
        generic=re.compile(
            _alternation([r["word"] for r in load("initiatives/generic") if r["scope"] == "all"])
        ),
        strict=re.compile(_alternation([r["word"] for r in load("initiatives/generic")])),
        launch=re.compile(
            rf"\s*(?:ซึ่ง|ที่)?\s*(?:ได้)?\s*(?:มีการ)?\s*(?:{cues})(?:ขึ้น)?\s*(?:อย่างเป็นทางการ)?\s*"
            r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*"
        ),
        # "เปิดตัวแอปพลิเคชัน "ทางรัฐ" เมื่อวันที่ …": the cue before the name, the date right after.
        launch_before=re.compile(rf"(?:{cues})(?:ขึ้น)?\s*$"),
        owner_heads=re.compile(_alternation([r["word"] for r in load("initiatives/owner_heads")])),
        words_th=frozenset(
            r["word"] for r in load("initiatives/generic_words") if r["lang"] == "th"
        ),
        words_en=frozenset(
            r["word"].lower() for r in load("initiatives/generic_words") if r["lang"] == "en"
        ),
        context=_context(),
    )


@dataclass(frozen=True, slots=True)
class _Context:
    before: re.Pattern[str]  # a naming context ending right before the head
    budget: re.Pattern[str]  # "… วงเงิน 250 ล้านบาท" right after the name
    join: re.Pattern[str]  # "สำหรับ…": a cut the name runs on through
    object: re.Pattern[str]  # a physical object: verb + object names works, not a programme
    count: re.Pattern[str]  # a count with a classifier: "3 สาย", "จำนวน 12 หลัง"


def _context() -> _Context:
    rows = load("initiatives/context")

    def alt(role: str) -> str:
        return _alternation([r["word"] for r in rows if r["role"] == role])

    return _Context(
        before=re.compile(rf"(?:{alt('before')})\s?(?:ใน|ตาม|ของ)?\s?$"),
        budget=re.compile(
            rf"\s?(?:{alt('budget')})\s?(?:รวม)?\s?(?:ทั้งสิ้น|กว่า|ประมาณ|จำนวน)?\s?"
            r"\d[\d,]*(?:\.\d+)?\s?(?:ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ล้าน|แสน|หมื่น|พัน)?\s?บาท"
        ),
        join=re.compile(alt("join")),
        object=re.compile(alt("object")),
        count=re.compile(rf"\s?(?:จำนวน|รวม|ทั้งสิ้น|กว่า)?\s?\d[\d,]*\s?(?:{alt('unit')})"),
    )


def _descriptive(core: str) -> bool:
    """Are all words of ``core`` descriptive (initiatives/generic_words.tsv)? Then it names nothing.

    The core is cut into dictionary words (the candidate only, never the document).
    """
    words = _lex().words_th
    if core in words:
        return True
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    return bool(tokens) and all(t in words for t in tokens)


# ORCHID part-of-speech tags of an action verb: "มาตรการช่วยไก่ส่งออก", "โครงการตัดถนน…" describe
# what a measure does; a name does not open with one (คนละครึ่ง, ช้อปดีมีคืน, บ้านมั่นคง).
_VERB_TAGS = frozenset({"VACT"})


def _opens_with_verb(core: str) -> bool:
    """Does ``core`` (the words after a descriptive head) open with an action verb?"""
    first = core.split(maxsplit=1)[0] if core.strip() else ""
    if not first or not _THAI_RE.match(first):
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


def _generic_english(name: str) -> bool:
    """"Call Center", "Web Application": the words before the head are all descriptive."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)[:-1]]
    return all(w in _lex().words_en or w in ("the", "of", "and", "for") for w in words)


@dataclass(slots=True)
class _Cand:
    span: tuple[int, int]
    kind: str
    name: str
    english: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _thai_candidates(doc: Prepared, orgs: list[OrganizationFact]) -> list[_Cand]:
    lex = _lex()
    text = doc.text
    index = OrgIndex(doc, orgs)
    orgs = sorted(orgs, key=lambda o: o.start)
    org_starts = [o.start for o in orgs]
    cands = []
    for m in literal_finditer(lex.triggers, lex.trigger_auto, text):
        if m.lastgroup != "t":
            continue
        row = lex.th[m.group()]
        ts, te = m.span()
        # A head inside a dictionary word is no head: แผน in แพทย์แผนไทย, ศูนย์ in จุดศูนย์ถ่วง.
        space = max(text.rfind(" ", 0, ts), text.rfind("\n", 0, ts)) + 1
        if not at_word_boundary(text, max(space, ts - 30), ts, te):
            continue
        # A head inside an organisation's name (คณะกรรมการนโยบาย…, ศูนย์… (ศบค.)) is no initiative.
        k = bisect_right(org_starts, ts)  # an organisation starting at the head counts
        if any(o.end >= te for o in orgs[max(0, k - 3) : k]):
            continue
        sentence = doc.sentence_at(ts)
        limit = sentence.nend if sentence else len(text)
        drop = row["head"] == "drop"
        head = "" if drop else text[ts:te]
        quoted = _QUOTED_RE.match(text, te, limit)
        latin = _LATIN_AFTER_RE.match(text, te, limit)
        if quoted:
            name, end, english = quoted.group(1).strip(), quoted.end(), None
            if re.search(r"[A-Za-z]", name) and not re.search(f"[{'ก-๙'}]", name):
                english = clean_name(name)
        elif latin:
            end = latin.end()
            version = _VERSION_RE.match(text, end, limit)
            if version:
                end = version.end()
            seq = clean_name(text[latin.start(1) : end])
            if not re.search(r"[A-Za-z]{2}|[A-Z]\d", seq):
                continue
            own_head = lex.en_heads.search(seq)
            name = seq if drop or own_head else f"{head} {seq}"
            english = seq if (drop or own_head) else None
        else:
            end, closed = scan(text, te, min(limit, te + MAX_NAME), natural_end=limit)
            if not closed:
                continue
            if not drop:
                end = _edition_end(text, te, end, limit, index)
            core = text[te:end].strip(" -")
            if not core:
                continue
            if len(core) > (MAX_APP if drop else MAX_CORE):
                continue  # a run-on clause, not a name
            # "มาตรการแผนปฏิบัติงาน", "โครงการโครงการ…": a head right after a head; the inner one
            # is the candidate, if any.
            inner = lex.triggers.match(text, te)
            if inner and inner.lastgroup == "t":
                continue
            # A year names an edition (ประจำปี 2561), and a phase a scheme run in phases (ระยะที่ 2);
            # a session number (ครั้งที่ 8/2559) does not.
            dated = _YEAR_RE.search(_SESSION_RE.sub(" ", core)) or _PHASE_RE.match(text, end, limit)
            if row["open"] != "yes" and not (re.search(r"[A-Za-z]", core) or dated):
                strict = row["open"] == "strict"
                # "ศูนย์เพื่อการพัฒนาเด็กเล็ก": เพื่อ after a centre or fund opens an official
                # name, not a purpose clause (scan kept it for the same reason).
                linked = _linked(text, ts, te, core)
                if (not linked and lex.generic.match(core)) or _descriptive(
                    _SESSION_RE.sub("", core[linked:]).strip()
                ):
                    continue
                # A head followed by a verb phrase describes a measure; it does not name one,
                # unless the text treats it as a named scheme (joined, approved, budgeted,
                # referred to again).
                if strict and (
                    (not linked and lex.strict.match(core)) or _opens_with_verb(core)
                ):
                    sstart = sentence.nstart if sentence else 0
                    if not _verb_led(core) or not _named_by_context(
                        text, ts, te, end, sstart, limit
                    ):
                        continue
                    end = _joined_end(text, te, end, limit)
                    core = text[te:end].strip(" -")
            # "แผนยุทธศาสตร์ ธปท. ปี 2566-2568": the space after the head stays in the name.
            name, english = head + (" " if text.startswith(" ", te) else "") + core, None
        name = clean_name(name)
        if not name:
            continue
        cand = _Cand((ts, end), row["kind"], name, english, [(ts, end)])
        # "ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center)": the English name in brackets.
        bracket = _BRACKET_RE.match(text, end, limit)
        if bracket and english is None:
            cand.english = clean_name(bracket.group("seq"))
            cand.mentions.append(bracket.span("seq"))
        cands.append(cand)
    return cands


def _verb_led(core: str) -> bool:
    """Does ``core`` open with an action verb (or a verb the tagger does not know but
    initiatives/generic.tsv lists)? Only such a phrase can be a verb-led programme name; a generic
    non-verb start (แล้ว, ภาษี, ขนาดใหญ่) stays generic in any context."""
    if _opens_with_verb(core):
        return True
    first = core.split(maxsplit=1)[0] if core.strip() else ""
    tokens = dictionary_words(first) if first else ()
    return bool(tokens) and _lex().strict.match(core) is not None and tokens[0] not in orchid_word_tags()


def _named_by_context(text: str, ts: int, te: int, end: int, sstart: int, limit: int) -> bool:
    """Is the verb-led name ``text[te:end]`` (head at ``ts``) a named programme by its context?

    Works and purchases stay descriptions in any context: a verb followed by a physical object
    (ก่อสร้างถนน, จัดซื้อรถพยาบาล) or a count with a classifier in or right after the name
    (… 3 สาย, … จำนวน 12 หลัง). Otherwise a naming word right before the head (เข้าร่วม, ภายใต้,
    อนุมัติ, เห็นชอบ …), a budget right after the name (วงเงิน 250 ล้านบาท), or the same name
    again elsewhere in the text (a programme is referred to again; a description rarely is) makes
    it a name. A phase after the name (ระยะที่ 2) is handled with editions, before this.
    """
    ctx = _lex().context
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
    obj = _lex().context.object
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


def _joined_end(text: str, te: int, end: int, limit: int) -> int:
    """"…พัฒนาทักษะดิจิทัลสำหรับผู้สูงอายุ": a context-named programme runs on through a joining
    word (สำหรับ) and the next word run, when the whole stays name-sized."""
    join = _lex().context.join.match(text, end, limit)
    if not join:
        return end
    more, closed = scan(text, join.end(), min(limit, join.end() + MAX_NAME), natural_end=limit)
    if not closed or more == join.end() or more - te > MAX_CORE:
        return end
    return more


def _linked(text: str, ts: int, te: int, core: str) -> int:
    """Length of the linker (เพื่อ) that opens ``core`` right after a linked head; else 0."""
    b = boundaries()
    for word in b.linkers:
        if core.startswith(word) and b.linked.search(text, max(0, te - 15), te):
            return len(word)
    return 0


def _edition_end(text: str, te: int, end: int, limit: int, orgs: OrgIndex) -> int:
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
    if end < limit and _THAI_RE.match(text, end):
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


def _english_candidates(doc: Prepared, taken: list[tuple[int, int]]) -> list[_Cand]:
    lex = _lex()
    text = doc.text
    cands = []
    for m in latin_finditer(_ENG_RE, text):
        seq_start = m.start("seq")
        seq = m.group("seq")
        found: list[tuple[int, int, str]] = []
        for y in lex.year_re.finditer(seq):
            found.append((seq_start + y.start(), seq_start + y.end(), "year"))
        if not found:
            h = lex.en_heads.search(seq)
            # A head word alone ("Application") or after descriptive words ("Call Center") names
            # nothing.
            if h and h.start() > 0 and not _generic_english(seq[: h.end("head")]):
                found.append((m.start(), m.end(), lex.en_kind[h.group("head").lower()]))
        for s, e, kind in found:
            if any(ts <= s and e <= te for ts, te in taken):
                continue
            name = clean_name(text[s:e])
            name = name[4:] if name.startswith(("The ", "the ")) else name
            cands.append(_Cand((s, e), kind, name, name, [(s, e)]))
    return cands


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    key = normalize_text(name).lower()
    key = re.sub(r"(?:ค\.ศ\.|พ\.ศ\.)\s*\d{4}", "", key)
    return re.sub(r"[\s\-\"'.]", "", key)


def _same(a: _Cand, b: _Cand) -> bool:
    if a.kind != b.kind:
        return False
    if a.english and b.english and eng_key(a.english) == eng_key(b.english):
        return True
    ka, kb = _key(a.name), _key(b.name)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 6 and short in long_:
        return True
    # "ปีแห่งความร่วมมือ…" and "ปีแห่งความเป็นหุ้นส่วนความร่วมมือ…" share their core after the head.
    return similar(concepts(a.name), concepts(b.name))


def _cluster(cands: list[_Cand]) -> list[list[_Cand]]:
    clusters: list[list[_Cand]] = []
    for cand in sorted(cands, key=lambda c: c.span):
        for cluster in clusters:
            if any(_same(cand, other) for other in cluster):
                cluster.append(cand)
                break
        else:
            clusters.append([cand])
    return clusters


def _launched(
    doc: Prepared, cluster: list[_Cand], dates: list[DateFact], starts: list[int]
) -> str | None:
    launch = _lex().launch
    for cand in cluster:
        end = cand.span[1]
        sentence = doc.sentence_at(cand.span[0])
        for d in dates[bisect_left(starts, end) : bisect_left(starts, end + 61)]:
            if not d.value or not d.valid:  # an impossible date ("31 มิ.ย.") is no launch date
                continue
            if sentence and d.start >= sentence.nend:
                break
            gap = doc.text[end : d.start]
            # The date's own text may open with the cue (เมื่อเดือน…): test the two together.
            if launch.fullmatch(gap + _cue_prefix(d.text)):
                return d.value
            if (
                sentence
                and _lex().launch_before.search(doc.text, sentence.nstart, cand.span[0])
                and _LAUNCH_AFTER_RE.fullmatch(gap + _cue_prefix(d.text))
            ):
                return d.value
    return None


def _cue_prefix(text: str) -> str:
    m = re.match(r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*", normalize_text(text))
    return m.group() if m else ""


def _owner(doc: Prepared, cluster: list[_Cand], orgs: list[OrganizationFact]) -> str | None:
    text = doc.text
    lex = _lex()
    for cand in cluster:
        s, e = cand.span
        sentence = doc.sentence_at(s)
        limit = sentence.nend if sentence else len(text)
        m = _OWNER_AFTER_RE.match(text, e, limit)
        if m and m.end() > e:
            at = m.end()
            for org in orgs:
                if at <= org.start <= at + 2:
                    return org.name
            if lex.owner_heads.match(text, m.end()):
                end, _ = scan(text, m.end(), min(limit, m.end() + MAX_NAME))
                owner = clean_name(text[m.end() : end])
                if owner:
                    return owner
        if sentence and _OWNER_BEFORE_RE.search(text, sentence.nstart, s):
            before = [o for o in orgs if sentence.nstart <= o.start and o.end <= s and o.name]
            if before and "ร่วมกับ" not in doc.text[before[-1].end : s]:
                return before[-1].name
    return None


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[InitiativeFact]:
    orgs = [o for o in facts.get("organizations", []) if isinstance(o, OrganizationFact)]
    dates = sorted(
        (d for d in facts.get("dates", []) if isinstance(d, DateFact)), key=lambda d: d.start
    )
    starts = [d.start for d in dates]
    cands = _thai_candidates(doc, orgs)
    cands += _english_candidates(doc, [s for c in cands for s in c.mentions])
    out = []
    for cluster in _cluster(cands):
        first = cluster[0]
        thai = next((c.name for c in cluster if _THAI_RE.search(c.name)), None)
        english = next((c.english for c in cluster if c.english), None)
        spans = sorted({s for c in cluster for s in c.mentions})
        out.append(
            InitiativeFact(
                **doc.anchor(*first.span),
                name=thai or english or first.name,
                initiative_kind=first.kind,
                launched=_launched(doc, cluster, dates, starts),
                owner=_owner(doc, cluster, orgs),
                english_name=english,
                mentions=tuple(doc.mention(s, e) for s, e in spans),
            )
        )
    return sorted(out, key=lambda f: (f.start, f.end))
