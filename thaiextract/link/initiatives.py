"""Initiatives linker: unit or scheme, one fact per initiative, its owner and launch date.

The initiatives extractor hands over one
:class:`~thaiextract.extractors.initiatives.InitiativeCandidate` per naming. Here, with the
organisations and dates in view:
- a Thai head inside an organisation's name (ศูนย์ปฏิบัติการ… (ศบค.), คณะกรรมการนโยบาย…) names a
  unit, not a scheme: that naming is dropped, and an English name in its brackets is read as the
  scheme's only when no Thai naming of a scheme holds it;
- the namings of one initiative (same name, one name inside the other, or a Thai and an English
  name with the same glossary concepts) are one fact whose span is the first naming;
- ``launched`` is a date right after a naming introduced by a launch verb
  (``initiatives/launch_cues.tsv``: ซึ่งจัดขึ้นเมื่อ…, เปิดตัวเมื่อ…); ``owner`` the organisation after
  ของ / โดย / เป็นข้อริเริ่มโดย, or the nearest organisation before "ผ่าน / เปิดตัว / จัดตั้ง + name".
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extractors.initiative_filters import (
    described_plan,
    described_policy,
    in_title,
    kind_of_measure,
    more_of_a_kind,
    name_evidence,
    post_owned,
    project_office,
    project_post,
    strip_disease,
)
from ..extractors.initiative_names import THAI_RE, cue_words
from ..extractors.initiatives import InitiativeCandidate
from ..extractors.scan import MAX_NAME, alternation, clean_name, concepts, eng_key, scan, similar
from ..lexicons import load
from ..model import DateFact, InitiativeFact, OrganizationFact

if TYPE_CHECKING:
    from ..pipeline import Prepared
    from . import Facts

_OWNER_AFTER_RE = re.compile(
    r"\s*(?:ซึ่ง)?\s*(?:เป็น)?\s*(?:ข้อริเริ่ม|ความริเริ่ม|โครงการ|ผลงาน)?\s*(?:ที่)?\s*"
    r"(?:ริเริ่ม|พัฒนา|จัดทำ|จัดตั้ง|ดำเนินการ)?(?:ขึ้น)?\s*(?:ของ|โดย)\s*"
)
_LAUNCH_AFTER_RE = re.compile(
    r"\s*(?:อย่างเป็นทางการ)?\s*(?:เมื่อ|ตั้งแต่|ใน)\s*(?:วันที่|เดือน|ปี)?\s*"
)
_CUE_PREFIX_RE = re.compile(r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*")
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")
_FIELDS = tuple(f.name for f in dataclasses.fields(InitiativeFact))


@dataclasses.dataclass(frozen=True, slots=True)
class _Cues:
    launch: re.Pattern[str]  # the text between a naming and its launch date
    launch_before: re.Pattern[str]  # a launch verb right before the naming
    owner_heads: re.Pattern[str]
    owner_before: re.Pattern[str]  # "ผ่าน / เปิดตัว / จัดตั้ง" right before a naming
    launched_after: re.Pattern[str]  # "ซึ่งจัดขึ้น…", "ที่เปิดตัว…" right after a naming


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    cues = "|".join(re.escape(c["cue"]) for c in load("initiatives/launch_cues"))
    return _Cues(
        launch=re.compile(
            rf"\s*(?:ซึ่ง|ที่)?\s*(?:ได้)?\s*(?:มีการ)?\s*(?:{cues})(?:ขึ้น)?\s*(?:อย่างเป็นทางการ)?\s*"
            r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*"
        ),
        # "เปิดตัวแอปพลิเคชัน "ทางรัฐ" เมื่อวันที่ …": the cue before the name, the date right after.
        launch_before=re.compile(rf"(?:{cues})(?:ขึ้น)?\s*$"),
        owner_heads=re.compile(alternation([r["word"] for r in load("initiatives/owner_heads")])),
        owner_before=re.compile(rf"(?:{alternation(cue_words('owner_before'))})\s*$"),
        launched_after=re.compile(rf"\s*(?:ซึ่ง|ที่)\s*(?:ได้)?\s*(?:มีการ)?\s*(?:{cues})"),
    )


def schemes(
    doc: Prepared, cands: list[InitiativeCandidate], orgs: list[OrganizationFact]
) -> list[InitiativeCandidate]:
    """The namings that are schemes, not units; an English name inside a Thai naming (its
    brackets) is part of that naming, scheme or unit."""
    ranked = sorted(orgs, key=lambda o: o.start)
    starts = [o.start for o in ranked]
    thai = [c for c in cands if c.head is not None]
    taken = [(m.start, m.end) for c in thai for m in c.mentions]
    english = [
        c for c in cands
        if c.head is None and not any(ts <= c.start and c.end <= te for ts, te in taken)
    ]
    kept = [c for c in thai + english if not _unit(doc, c, ranked, starts)]
    # A project named once in a post ("ผู้อำนวยการโครงการส่งน้ำ…ผักไห่") is that office under
    # every other naming too ("ในเขตโครงการส่งน้ำ…ผักไห่").
    offices = {_key(c.name) for c in kept if _in_post(doc, c)}
    named = [c for c in kept if _key(c.name) not in offices and not _described(doc, c)]
    # A numbered item that names a scheme holds the heads inside its title; one that is dropped
    # (a description) leaves a scheme named inside it standing.
    items = [(c.start, c.end) for c in named if c.rule == "list-numbered"]
    return [
        c for c in named
        if c.rule == "list-numbered" or not any(s <= c.start and c.end <= e for s, e in items)
    ]


_OWNED_KINDS = frozenset({"policy", "plan", "measure"})


# Kinds of scheme that are also units someone can hold a post in: a project office, a centre,
# a fund ("ผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ", events6-012; "ผู้อำนวยการศูนย์…",
# "หัวหน้าศูนย์…": every such centre over ThaiNER train/val and the tuning sets is a unit).
_POST_KINDS = frozenset({"project", "centre", "fund"})


def _in_post(doc: Prepared, cand: InitiativeCandidate) -> bool:
    """Is this naming an office: part of a post (ผู้อำนวยการโครงการ…, ผู้จัดการกองทุน…) or a
    project named as one (โครงการส่งน้ำและบำรุงรักษา…; ``initiative_filters``)?"""
    if cand.head is None or cand.initiative_kind not in _POST_KINDS:
        return False
    ts, te = cand.head
    if cand.initiative_kind == "project" and project_office(doc.text[te : cand.end]):
        return True
    sentence = doc.sentence_at(ts)
    return project_post(doc.text, sentence.nstart if sentence else 0, ts)


def _described(doc: Prepared, cand: InitiativeCandidate) -> bool:
    """Does this naming describe, not name (see ``initiative_filters``)? A kind of measure
    (มาตรการป้องกันโรค…), a plan of doing (แผนการกระจายวัคซีน…), a policy by what it does
    (นโยบายส่งเสริม…), a policy of a post, a head in a talk's quoted title. A quoted name is
    otherwise a name whatever its words."""
    if cand.head is None:
        return False
    sentence = doc.sentence_at(cand.start)
    if in_title(doc.text, sentence.nstart if sentence else 0, cand.start):
        return True
    if cand.rule == "thai-head-quoted":
        return False
    ts, te = cand.head
    kind = cand.initiative_kind
    head = doc.text[ts:te]
    core = cand.name[len(head) :] if cand.name.startswith(head) else doc.text[te : cand.end]
    if _counted(doc.text, sentence.nstart if sentence else 0, cand, head, core):
        return True
    if kind == "measure" and kind_of_measure(core):
        return True
    if head == "แผนการ" and described_plan(core):
        return True
    if kind in _OWNED_KINDS and more_of_a_kind(core):
        return True
    if head == "นโยบาย" and described_policy(core):
        return True
    return kind in _OWNED_KINDS and post_owned(core)


def _counted(text: str, since: int, cand: InitiativeCandidate, head: str, core: str) -> bool:
    """Is this naming a kind, counted, not a name? "มีโครงการค้ำประกันสินเชื่อรองรับอยู่ 2 โครงการ
    คือ …", "มาตรการสินเชื่อรายย่อย 3 มาตรการ" (the same head after a number); a set is named, then
    counted ("มาตรการส่งเสริมการลงทุนชุดใหม่ 9 มาตรการ"). "ออก 5 มาตรการเร่งช่วยลูกค้า…": a number
    before a policy, plan or measure with no name evidence counts them; before a course or a
    project it may be a list's item number with its dot dropped ("1 หลักสูตร New Economy …").
    The count after the last naming of a list under one head totals the list: "มาตรการคนละครึ่ง
    และมาตรการเราชนะ รวม 2 มาตรการ" names two measures."""
    named = name_evidence(strip_disease(core))  # "หลักสูตร IT4SMEs 4 หลักสูตร…": the next item
    after = _counted_re(head).match(text, cand.end)
    if after and "ชุด" not in cand.name and (after.group(1) or not named):
        return not _totals_list(text[since : cand.start], head)
    ts = cand.head[0] if cand.head else cand.start
    return (
        cand.initiative_kind in _OWNED_KINDS
        and not named
        and _counted_before(text, ts)
    )


def _totals_list(before: str, head: str) -> bool:
    """Does the text of the sentence ``before`` a naming end a list of namings under ``head``
    (…มาตรการคนละครึ่ง และ), not a list of counted kinds (…มาตรการพักหนี้ 3 มาตรการ และ)?"""
    tail = _LIST_TAIL_RE.search(before)
    if tail is None or head not in before:
        return False
    return re.search(rf"\d+\s*{re.escape(head)}$", before[: tail.start()]) is None


@lru_cache(maxsize=64)
def _counted_re(head: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(อยู่|ทั้งหมด|รวม)?\s*\d+\s*{re.escape(head)}")


def _counted_before(text: str, ts: int) -> bool:
    """Do a number and a space right before the head count the schemes ("ออก 5 มาตรการ…")? A
    list's item number has its dot or bracket ("1. มาตรการ…", "(2) โครงการ…") or no space
    ("1โครงการ…"); a number after a phase or ordinal word (เฟส 3, รอบที่ 2, ข้อ 4;
    ``initiatives/cues.tsv``) numbers a phase or an item of the named scheme and counts nothing."""
    m = _count_before_re().search(text, max(0, ts - 24), ts)
    return m is not None and m.group("ordinal") is None


@lru_cache(maxsize=1)
def _count_before_re() -> re.Pattern[str]:
    words = cue_words("ordinal") + cue_words("phase") + cue_words("session")
    return re.compile(rf"(?P<ordinal>(?:{alternation(words)})\s*)?(?<![\d.,/])\d{{1,3}}\s+$")


def _unit(
    doc: Prepared, cand: InitiativeCandidate, ranked: list[OrganizationFact], starts: list[int]
) -> bool:
    """Is this naming a unit rather than a scheme?

    A head inside an organisation's name (คณะกรรมการนโยบาย…, ศูนย์… (ศบค.)) is part of a unit,
    and a name with no head that an organisation's name holds is that organisation.
    A centre (ศูนย์…, … Center) is a unit — an operations centre, a research centre, a service
    desk — unless the text treats it as a scheme: it is launched or set up (เปิดตัว / จัดตั้ง…
    before it, ซึ่งจัดขึ้นเมื่อ… after it) or given a quoted name.
    """
    if cand.initiative_kind != "fund" and any(o.name == cand.name for o in ranked):
        return True  # an organisation's name, quoted ("“ธนาคารกรุงไทย” ออก 5 มาตรการ…") or not
    if cand.head is not None:
        ts, te = cand.head
        k = bisect_right(starts, ts)  # an organisation starting at the head counts
        if any(o.end >= te for o in ranked[max(0, k - 3) : k]):
            return True
    if cand.initiative_kind != "centre" or cand.rule == "thai-head-quoted":
        return False
    if cand.evidence and cand.evidence[0] in _scheme_centres():  # ศูนย์การเรียนรู้…
        return False
    cues = _cues()
    sentence = doc.sentence_at(cand.start)
    if sentence and cues.launch_before.search(doc.text, sentence.nstart, cand.start):
        return False
    end = max(m.end for m in cand.mentions)
    after = _BRACKET_CLOSE_RE.match(doc.text, end)
    return not cues.launched_after.match(doc.text, after.end() if after else end)


@lru_cache(maxsize=1)
def _scheme_centres() -> frozenset[str]:
    return frozenset(cue_words("scheme_centre"))


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    key = re.sub(r"(?:ค\.ศ\.|พ\.ศ\.)\s*\d{4}", "", name.lower())
    # "แผนการปฏิรูปประเทศ" is "แผนปฏิรูปประเทศ", "โครงการการลงทะเบียน…" "โครงการลงทะเบียน…":
    # the nominaliser after a head changes no name.
    key = _NOMINALISED_RE.sub(r"\1", key)
    return re.sub(r"[\s\-\"'.]", "", key)


_NOMINALISED_RE = re.compile(r"^(แผน|โครงการ|มาตรการ|นโยบาย|ยุทธศาสตร์)(?:การ)(?=[ก-ฮ])")


def _same(a: InitiativeFact, b: InitiativeFact) -> bool:
    if a.initiative_kind != b.initiative_kind:
        return False
    if a.english_name and b.english_name and eng_key(a.english_name) == eng_key(b.english_name):
        return True
    ka, kb = _key(a.name), _key(b.name)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 6 and short in long_:
        return True
    # "แผนปฏิบัติการลดก๊าซเรือนกระจก" and "แผนปฏิบัติการลดการปล่อยก๊าซเรือนกระจก": one naming
    # drops a word of the other; most of the longer one is there, in order.
    if len(short) >= 16 and len(short) >= 0.75 * len(long_) and _in_order(short, long_):
        return True
    # "ปีแห่งความร่วมมือ…" and "ปีแห่งความเป็นหุ้นส่วนความร่วมมือ…" share their core after the head.
    return similar(concepts(a.name), concepts(b.name))


def _in_order(short: str, long_: str) -> bool:
    """Are the letters of ``short`` in ``long_``, in order, with the same first six letters (the
    head) and the same last four?"""
    if short[:6] != long_[:6] or short[-4:] != long_[-4:]:
        return False
    letters = iter(long_)
    return all(c in letters for c in short)


# "มาตรการยกระดับผู้ลงทะเบียนสวัสดิการแห่งรัฐ หรือบัตรคนจนระยะสอง": a second name of the same
# scheme right after "หรือ" ("or", "a.k.a.").
_ALIAS_RE = re.compile(r"\s*หรือ\s*(?:ที่เรียกว่า|ที่รู้จักกันในชื่อ)?\s*")


# "มาตรการช่วยเหลือเกษตรกร และมาตรการช่วยเหลือหนี้สินเกษตรกร": two namings joined in one list
# are two things, however alike their words.
_LIST_JOIN_RE = re.compile(r"\s*(?:,|และ|รวมถึง|รวมทั้ง|ตลอดจน)\s*")

_LIST_TAIL_RE = re.compile(rf"(?:{_LIST_JOIN_RE.pattern})$")


def cluster(cands: list[InitiativeCandidate], text: str) -> list[list[InitiativeCandidate]]:
    """Namings of one initiative together, in text order. A naming right after another one and
    "หรือ" is its other name when its head differs (two names under one head, "แอปเป๋าตัง
    หรือแอปถุงเงิน", are two things to choose from); a naming joined to the one before by และ /
    a comma is never in that one's group."""
    clusters: list[list[InitiativeCandidate]] = []
    last: tuple[InitiativeCandidate, list[InitiativeCandidate]] | None = None
    for cand in sorted(cands, key=lambda c: (c.start, c.end)):
        if last is not None and last[0].evidence != cand.evidence and (
            _ALIAS_RE.fullmatch(text, last[0].end, cand.start)
        ):
            last[1].append(cand)
            last = (cand, last[1])
            continue
        joined = None
        if last and _LIST_JOIN_RE.fullmatch(text, last[0].end, cand.start):
            joined = last[1]  # the group of the naming before this one in a list
        for group in clusters:
            if group is joined:
                continue
            if any(_same(cand, other) for other in group):
                group.append(cand)
                break
        else:
            clusters.append([cand])
            group = clusters[-1]
        last = (cand, group)
    return clusters


def _launched(
    doc: Prepared, group: list[InitiativeCandidate], dates: list[DateFact], starts: list[int]
) -> str | None:
    cues = _cues()
    for cand in group:
        end = cand.end
        sentence = doc.sentence_at(cand.start)
        for d in dates[bisect_left(starts, end) : bisect_left(starts, end + 61)]:
            if not d.value or not d.valid:  # an impossible date ("31 มิ.ย.") is no launch date
                continue
            if sentence and d.start >= sentence.nend:
                break
            # The date's own text may open with the cue (เมื่อเดือน…): test the two together.
            gap = doc.text[end : d.start] + _CUE_PREFIX_RE.match(d.text).group()
            if cues.launch.fullmatch(gap):
                return d.value
            if (
                sentence
                and cues.launch_before.search(doc.text, sentence.nstart, cand.start)
                and _LAUNCH_AFTER_RE.fullmatch(gap)
            ):
                return d.value
    return None


def _owner(
    doc: Prepared, group: list[InitiativeCandidate], orgs: list[OrganizationFact]
) -> str | None:
    text = doc.text
    for cand in group:
        s, e = cand.start, cand.end
        sentence = doc.sentence_at(s)
        limit = sentence.nend if sentence else len(text)
        m = _OWNER_AFTER_RE.match(text, e, limit)
        if m and m.end() > e:
            at = m.end()
            for org in orgs:
                if at <= org.start <= at + 2:
                    return org.name
            if _cues().owner_heads.match(text, m.end()):
                end, _ = scan(text, m.end(), min(limit, m.end() + MAX_NAME))
                owner = clean_name(text[m.end() : end])
                if owner:
                    return owner
        if sentence and _cues().owner_before.search(text, sentence.nstart, s):
            before = [o for o in orgs if sentence.nstart <= o.start and o.end <= s and o.name]
            if before and "ร่วมกับ" not in doc.text[before[-1].end : s]:
                return before[-1].name
    return None


def _merge(
    doc: Prepared, group: list[InitiativeCandidate], dates: list[DateFact], starts: list[int],
    orgs: list[OrganizationFact],
) -> InitiativeFact:
    first = group[0]
    thai = next((c.name for c in group if THAI_RE.search(c.name)), None)
    english = next((c.english_name for c in group if c.english_name), None)
    spans = sorted({(m.start, m.end) for c in group for m in c.mentions})
    values = {name: getattr(first, name) for name in _FIELDS}
    values.update(
        name=thai or english or first.name,
        launched=_launched(doc, group, dates, starts),
        owner=_owner(doc, group, orgs),
        english_name=english,
        mentions=tuple(doc.mention(s, e) for s, e in spans),
        evidence=tuple(dict.fromkeys(w for c in group for w in c.evidence)),
    )
    return InitiativeFact(**values)


def link_initiatives(doc: Prepared, facts: Facts) -> dict[str, list]:
    """Initiative candidates → initiatives: units dropped, namings merged, owners and dates."""
    found = [c for c in facts.get("initiatives", ()) if isinstance(c, InitiativeCandidate)]
    if not found:
        return {}
    orgs = [o for o in facts.get("organizations", ()) if isinstance(o, OrganizationFact)]
    guessed = _guessed_units(found, orgs)
    if guessed:
        orgs = [o for o in orgs if id(o) not in guessed]
    dates = sorted((d for d in facts.get("dates", ()) if isinstance(d, DateFact)),
                   key=lambda d: d.start)
    starts = [d.start for d in dates]
    groups = cluster(schemes(doc, found, orgs), doc.text)
    out = [_merge(doc, g, dates, starts, orgs) for g in groups]
    result: dict[str, list] = {"initiatives": sorted(out, key=lambda f: (f.start, f.end))}
    if guessed:
        result["organizations"] = [
            o for o in facts.get("organizations", ()) if id(o) not in guessed
        ]
    return result


def _guessed_units(
    cands: list[InitiativeCandidate], orgs: list[OrganizationFact]
) -> set[int]:
    """Organisations guessed from the very head word a scheme's naming opens with: "ธนาคารขยะ"
    is a scheme named like a bank, and the organisations extractor only saw the word ธนาคาร
    (rule prefix-pattern). The scheme wins; an organisation known by name (ธนาคารออมสิน) or a
    centre (a unit unless launched, see :func:`_unit`) does not lose it."""
    heads = {
        (c.head[0], c.evidence) for c in cands
        if c.head is not None and c.initiative_kind != "centre"
    }
    return {
        id(o) for o in orgs
        if o.rule == "prefix-pattern" and (o.start, tuple(o.evidence)) in heads
    }
