"""One person fact from the mentions of one person, and the organisation its position names.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...corpus import thai_provinces
from ...model import OrganizationFact, PersonFact, PersonMention
from .. import organizations as orgs
from ..wordscan import THAI_LETTER
from .posts import expand_position, position_head
from .source import Candidate
from .vocab import english_heads, head_organizations, modifiers, not_organizations

if TYPE_CHECKING:
    from ...pipeline import Prepared


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


def person_fact(doc: Prepared, group: list[Candidate], org_hits: list[OrgSpan]) -> PersonFact:
    """The fact of one person. Its name, title and position are the first full mention's (the
    rule stated in the package docstring); every mention keeps its own title and position."""
    head = next((m for m in group if m.full), next((m for m in group if m.title), group[0]))
    text = doc.text
    positions: list[tuple[int, int, int, int]] = []
    for m in group:
        for dist, s, e in m.positions:
            positions.append((0 if m is head else 1, dist, s, e))
    positions.sort(key=lambda p: (p[0], p[1], p[2]))
    written: list[str] = []
    expanded: list[str] = []
    spans: list[tuple[int, int]] = []
    for _, _, s, e in positions:
        exp = expand_position(text[s:e])
        if exp not in expanded:
            expanded.append(exp)
            written.append(doc.original_text(s, e))
            spans.append((s, e))
    organization = organization_of(text, expanded[0], spans[0], org_hits) if expanded else None
    title = _title_written(doc, head)
    titles = [t.expanded for t in head.title_rows]
    head_word = position_head(text, *spans[0]) if spans else None
    evidence = tuple(dict.fromkeys(w for w in (title, *head.cues, head_word) if w))
    return PersonFact(
        **doc.anchor(head.start, head.end),
        rule=head.rule,
        evidence=evidence,
        name=head.display or head.given + (" " + head.surname if head.surname else ""),
        title=title,
        position=written[0] if written else None,
        position_expanded=expanded[0] if expanded else None,
        organization=organization,
        given_name=None if head.display else head.given,
        surname=head.surname,
        mentions=tuple(_mention(doc, m) for m in group),
        positions=tuple(written),
        title_expanded="".join(titles) if titles else None,
    )


def _title_written(doc: Prepared, m: Candidate) -> str | None:
    """The mention's title as written (original characters), without the space after it."""
    return (doc.original_text(m.start, m.name_start).rstrip() or None) if m.title else None


def _mention(doc: Prepared, m: Candidate) -> PersonMention:
    """One mention with the title and the nearest position written at that place."""
    nearest = min(m.positions, key=lambda p: (p[0], p[1]), default=None)
    position = doc.original_text(nearest[1], nearest[2]) if nearest else None
    return PersonMention(doc.text[m.start : m.end], m.start, m.end, _title_written(doc, m),
                         position)


def organization_of(
    text: str, expanded: str, span: tuple[int, int], org_hits: list[OrgSpan]
) -> str | None:
    """The organisation a position names: one found inside it, else a lexicon name it expands to,
    else what the position names after its head ("อธิการบดี|มหาวิทยาลัยใหม่")."""
    inside = _inside(org_hits, span[0], span[1])
    if inside:
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
        if rest.startswith(not_organizations()):
            return None
        return prefix + rest
    return None
