"""One person fact from the mentions of one person, and the organisation its position names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import PersonFact, PersonMention
from .posts import expand_position, position_head
from .source import Candidate

REPEAT = "full-repeat"  # the rule of a full name found again by its text alone (mentions.py)

if TYPE_CHECKING:
    from ...pipeline import Prepared


def person_fact(doc: Prepared, group: list[Candidate]) -> PersonFact:
    """The fact of one person. Its name, title and position are the first full mention's (the
    rule stated in the package docstring); every mention keeps its own title and position."""
    # A full name repeated before its first found mention ("อีลอน มัสก์ … นายอีลอน มัสก์") is
    # no evidence of its own: the head is the first full mention a finder read.
    head = next((m for m in group if m.full and m.rule != REPEAT),
                next((m for m in group if m.title), group[0]))
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
    # An untitled head takes the title of the person's first titled full mention ("ภาพ สมชาย
    # ใจดี … นายสมชาย ใจดี ผู้ใหญ่บ้าน": title นาย). A name that is a style or a rank
    # ("พระเทพวิทยาคม (หลวงพ่อคูณ ปริสุทโธ)") is whole: it takes no title of another mention.
    titled = head if head.title or head.display else next(
        (m for m in group if m.full and m.title), head)
    title = _title_written(doc, titled)
    titles = [t.expanded for t in titled.title_rows]
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
