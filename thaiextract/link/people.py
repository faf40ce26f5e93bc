"""People linker: the organisation a person's position names, read from the organisation facts.

A cross-kind decision, so it is made here rather than in the people extractor: the extractor
gives each person the position as written and expanded; this linker finds the organisation
that position names: an organisation fact mentioned inside the position's span, else a
lexicon organisation its expansion names, else (for an English post) the body after "of", else
what the position names after its head ("อธิการบดี|มหาวิทยาลัยใหม่").

The position's span is found again next to the mention that carries it (each ``PersonMention``
keeps its position as written): its normalised form, at the nearest place within a position's
length of that mention.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import thai_provinces
from ..extractors import organizations as orgs
from ..extractors.people.posts import MAX_POSITION
from ..extractors.people.vocab import (
    english_heads,
    head_organizations,
    modifiers,
    not_organizations,
    post_continuations,
)
from ..extractors.wordscan import THAI_LETTER
from ..model import OrganizationFact, PersonFact
from ..normalize import normalize_text

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared


def link_organizations(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> dict[str, list[Fact]]:
    """Each person with a position gets the organisation it names."""
    people = facts.get("people", ())
    if not any(isinstance(p, PersonFact) and p.position_expanded for p in people):
        return {}
    organizations = [f for f in facts.get("organizations", ()) if isinstance(f, OrganizationFact)]
    spans = org_spans(doc.text, organizations)
    out: list[Fact] = []
    for person in people:
        if isinstance(person, PersonFact) and person.position_expanded and not person.organization:
            span = position_span(doc, person)
            org = organization_of(doc.text, person.position_expanded, span, spans)
            if org:
                person = dataclasses.replace(person, organization=org)
        out.append(person)
    return {"people": out}


def position_span(doc: Prepared, person: PersonFact) -> tuple[int, int] | None:
    """The normalised span of the fact's position, next to the mention that wrote it."""
    if not person.position:
        return None
    written = normalize_text(person.position)
    best: tuple[int, int, int] | None = None
    for m in person.mentions:
        if getattr(m, "position", None) != person.position:
            continue
        lo = max(0, m.start - MAX_POSITION - len(written))
        hi = min(len(doc.text), m.end + MAX_POSITION + len(written) + 10)
        k = doc.text.find(written, lo, hi)
        while k != -1:
            gap = m.start - (k + len(written)) if k < m.start else k - m.end
            if best is None or gap < best[0]:
                best = (gap, k, k + len(written))
            k = doc.text.find(written, k + 1, hi)
        if best is not None:
            return best[1], best[2]
    return None


@dataclass(frozen=True, slots=True)
class OrgSpan:
    """One organisation mention in the normalised text: where, which organisation, and whether
    the organisation's full name is written there (not an abbreviation or alias)."""

    start: int
    end: int
    name: str
    full_name: bool


def org_spans(text: str, organizations: Sequence[OrganizationFact]) -> list[OrgSpan]:
    """Every mention of the organisation facts, in text order (normalised offsets)."""
    spans = [
        OrgSpan(m.start, m.end, f.name, text[m.start : m.end] == f.name)
        for f in organizations for m in f.mentions
    ]
    return sorted(spans, key=lambda o: (o.start, o.end))


def _inside(orgs_sorted: list[OrgSpan], start: int, end: int) -> list[OrgSpan]:
    """Full-name mentions lying inside ``[start, end)``: a bisect into the sorted mentions."""
    k = bisect_left(orgs_sorted, start, key=lambda o: o.start)
    out = []
    while k < len(orgs_sorted) and orgs_sorted[k].start < end:
        if orgs_sorted[k].end <= end and orgs_sorted[k].full_name:
            out.append(orgs_sorted[k])
        k += 1
    return out


@lru_cache(maxsize=1024)
def _lexicon_names(expanded: str) -> tuple[str, ...]:
    """Organisation full names written in an expanded position, longest first (stable)."""
    hits = [h for h in orgs.find(expanded) if h.form == "name"]
    return tuple(h.name for h in sorted(hits, key=lambda h: h.end - h.start, reverse=True))


def organization_of(
    text: str, expanded: str, span: tuple[int, int] | None, org_hits: list[OrgSpan]
) -> str | None:
    """The organisation a position names: one found inside it, else a lexicon name it expands to,
    else what the position names after its head ("อธิการบดี|มหาวิทยาลัยใหม่")."""
    inside = _inside(org_hits, span[0], span[1]) if span else []
    if span and inside:
        best = max(inside, key=lambda h: h.end - h.start)
        # "สำนักงานสาธารณสุขจังหวัด|ลำปาง": a provincial office is named with its province.
        rest = text[best.end : span[1]].strip()
        if best.name.endswith("จังหวัด") and rest in thai_provinces():
            return best.name + rest
        return best.name
    names = _lexicon_names(expanded)
    if names:
        return names[0]
    if not THAI_LETTER.search(expanded):
        return english_organization(expanded)
    return organization_after_head(expanded)


def english_organization(position: str) -> str | None:
    """"Managing Director of the IMF" → "IMF"; "UN Secretary-General" → "UN"."""
    for cue in (" of the ", " of ", " at the ", " at "):
        k = position.find(cue)
        if k != -1:
            org = position[k + len(cue) :]
            return org.split(" to ")[0].split(" in ")[0] or None  # "… of the US| to Thailand"
    head = english_heads().search(position)
    if head and head.start() > 0:
        before = position[: head.start()].strip()
        words = [w for w in before.split(" ") if w not in ("Deputy", "Vice", "Acting", "Former")]
        return " ".join(words) or None
    return None


ORG_TAIL_MIN = 3  # a shorter rest after a head is no organisation ("หัวหน้า|ทีม" is one)


def organization_after_head(expanded: str) -> str | None:
    """The organisation written after an expanded position's head, when no lexicon knows it."""
    heads = head_organizations()
    pos = 0
    for _ in range(3):  # "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวง…": the last post names it
        for mod in modifiers():
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
        if rest.startswith(not_organizations()) or _numbered(rest):
            return None  # "ผู้ใหญ่บ้าน|หมู่7": a village's number names no organisation
        # "กำนัน|ตำบลบ้านใหม่": the organisation word may be written already.
        return rest if prefix and rest.startswith(prefix) else prefix + rest
    return None


def _numbered(rest: str) -> bool:
    """"หมู่7", "เขต3": a numbered unit (not "เขตหนองจอก", a district's name)."""
    for unit in post_continuations()[0]:
        if rest.startswith(unit) and rest[len(unit) : len(unit) + 1].isdigit():
            return True
    return False
