"""Meetings: each meeting named in the text, its mentions, ordinal, English name and acronym.

Candidates come from :mod:`.meeting_names` (a Thai trigger and name, brackets) and
:mod:`.meeting_english` (an English name).
Mentions of one meeting (Thai name, English name, acronym, a short headline form) are clustered
(:mod:`.meeting_cluster`) into one fact whose span is the first full mention; every bare repeat
of a meeting's acronym is one more mention.

What the meeting's date, place, format and participants are is a cross-kind decision made in the
link stage (``link/meetings.py``). The extractor hands it each mention's *clause* — the stretch of
its sentence that speaks of that meeting: from the mention (with its brackets) to the next other
meeting in the sentence, and, for the first meeting of a sentence, the part before it too — in a
:class:`MeetingCandidate`, which the linker turns into a plain :class:`MeetingFact`.

Names are given in normalised form (Arabic digits, "-" for dashes, no spaces around "-", single
spaces); spans are in the normalised text until the anchor stage maps them to the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import DateFact, MeetingFact, OrganizationFact
from .meeting_cluster import abbreviated, cluster
from .meeting_english import english_candidates
from .meeting_lexicon import DATED_LEAD_RE, lexicon
from .meeting_names import Candidate, Cluster, thai_candidates
from .scan import THAI, OrgIndex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..model import Fact
    from ..pipeline import Prepared


@dataclass(frozen=True, slots=True)
class Clause:
    """One naming of a meeting and the parts of its sentence that speak of it.

    ``block`` is the mention with its brackets; ``after`` runs from the block to the next other
    meeting in the sentence (or its end); ``before`` from the sentence start to the block, only
    for the first meeting of a sentence. ``mentions`` are the spans this naming adds,
    ``ordinal`` the ordinal it writes, if any; ``rank`` says how full a mention it is (0 with an
    ordinal, English name or acronym; 1 named with การ…; 2 a short form or back-reference).
    ``rule`` says how it was found and ``cue`` is its head word (การประชุม, Summit …).
    ``timing`` marks a naming after ก่อน/หลัง: the place in its clause is the other event's.
    ``shared`` is the ``after`` of the next meeting when only "และ" stands between them.
    ``follow`` is the next sentence when this is the last meeting of its sentence and the next
    one goes on about it ("… โดยการประชุมจะจัดขึ้นระหว่างวันที่ 3-5 ก.ย. 2567 ณ …"): a meeting
    trigger opens it with no name of its own, and it names no other meeting. ``goes_on`` is the
    next sentence when it lists who took part ("… ครั้งที่ 1/2564 | โดยมี … เข้าร่วมประชุม ณ
    ห้อง…"): the place written there is the meeting's; its dates may be another event's.
    """

    block: tuple[int, int]
    after: tuple[int, int]
    before: tuple[int, int] | None
    mentions: tuple[tuple[int, int], ...] = ()
    ordinal: int | None = None
    rank: int = 2
    follow: tuple[int, int] | None = None  # the next sentence, when it goes on about it
    shared: tuple[int, int] | None = None  # the stretch after the meeting coordinated with it
    timing: bool = False  # "ก่อน/หลังการประชุม…": the time of another event, whose place it is
    goes_on: tuple[int, int] | None = None  # the next sentence, when it lists who took part
    rule: str = ""
    cue: str = ""


@dataclass(frozen=True, slots=True)
class MeetingCandidate(MeetingFact):
    """A meeting as the extractor found it, with the clauses the linker reads its date, place,
    format and participants from (in the order its namings were clustered)."""

    clauses: tuple[Clause, ...] = ()


def _acronym_mentions(doc: Prepared, clusters: list[Cluster]) -> None:
    """Every bare occurrence of a meeting's acronym is one more mention of it."""
    taken = [s for cl in clusters for c in cl.cands for s in c.mentions]
    for cl in clusters:
        acronym = cl.get("acronym")
        # A grouping's name (เอเปค) standing alone speaks of the grouping, not of its meeting.
        if not isinstance(acronym, str) or acronym in lexicon().groupings:
            continue
        # The look-behind after the first letter: the engine scans for that letter in C.
        first, rest = re.escape(acronym[0]), re.escape(acronym[1:])
        if acronym.isascii():
            pattern = rf"{first}(?<![A-Za-z0-9]{first}){rest}(?![A-Za-z0-9])"
        else:
            # A Thai abbreviation stands alone: not the tail of a Thai word (มติครม. is rare;
            # ศครม. is another body).
            pattern = rf"{first}(?<![{THAI}]{first}){rest}"
        for m in re.finditer(pattern, doc.text):
            if any(s <= m.start() and m.end() <= e for s, e in taken):
                continue
            extra = Candidate(
                mentions=[m.span()], block=m.span(), acronym=acronym, weak=True, rule="acronym"
            )
            cl.cands.append(extra)
            taken.append(m.span())


def _clauses(
    doc: Prepared, clusters: list[Cluster], days: Sequence[int] = ()
) -> dict[int, Clause]:
    """Each candidate's clause (keyed by ``id``): the stretch after its block up to the next
    other meeting in the sentence, and, when it opens its sentence, the part before it.
    ``days`` are the starts of the document's day dates (sorted): a meeting dated before it is
    no item of a list joined by a space alone."""
    blocks = sorted(
        ((c.block, i, c) for i, cl in enumerate(clusters) for c in cl.cands), key=lambda b: b[:2]
    )
    out: dict[int, Clause] = {}
    joined: list[tuple[int, int, bool]] = []  # (k, k + 1, spaced): "A และ B …", B's details are A's
    for k, ((bs, be), i, cand) in enumerate(blocks):
        sentence = doc.sentence_at(bs)
        s_start, s_end = (sentence.nstart, sentence.nend) if sentence else (0, len(doc.text))
        after_end = s_end
        for (ns, _), j, nxt_cand in blocks[k + 1 :]:
            if ns >= s_end:
                break
            if j != i and ns >= be:
                after_end = ns
                listed = _listed(doc.text, be, ns, nxt_cand)
                if listed:
                    joined.append((k, k + 1, listed == _SPACED))
                break
        # "… การประชุม A และเมื่อวันที่ 5 … การประชุม B": a new dated clause ends A's stretch and
        # opens B's.
        split = lexicon().clause_split.search(doc.text, be, after_end)
        if split:
            after_end = split.start()
        # "… ณ โรงแรม Crown Sydney ในโอกาสเยือน… ระหว่างวันที่ 10-12 ธันวาคม": the occasion's.
        occasion = lexicon().occasion.search(doc.text, be, after_end)
        if occasion:
            after_end = occasion.start()
        # Blocks are sorted: the block before this one tells whether it opens its sentence.
        first = k == 0 or blocks[k - 1][0][0] < s_start
        before = (s_start, bs) if first else _split_before(doc.text, blocks[k - 1][0][1], bs)
        before = _after_speaking(doc.text, before)
        # The next other meeting (a back-reference to this one names no other).
        nxt = next((b[0][0] for b in blocks[k + 1 :] if b[1] != i), len(doc.text))
        out[id(cand)] = Clause(
            (bs, be), (be, max(be, after_end)), before,
            tuple(cand.mentions), cand.ordinal, rank=cand.rank(), rule=cand.rule,
            cue=cand.trigger, follow=_follow(doc, s_end, nxt) if after_end == s_end else None,
            goes_on=_goes_on(doc, s_end, nxt) if after_end == s_end else None,
            timing=lexicon().timing.search(doc.text, max(0, bs - _TIMING_SPAN), bs) is not None,
        )
    # "การประชุม A ครั้งที่ 60 และการประชุม B ครั้งที่ 11 ระหว่างวันที่ 15-19 ส.ค.": meetings
    # joined by "และ" share the date, place and format written after the last one, and the
    # stretch before the first ("วันนี้ (9 เม.ย.) … ร่วมประชุม A และประชุม B").
    joined = [
        (k, n) for k, n, spaced in joined
        if not spaced or _one_list(doc.text, out[id(blocks[k][2])], out[id(blocks[n][2])], days)
    ]
    for k, n in joined:
        key, nkey = id(blocks[k][2]), id(blocks[n][2])
        if out[nkey].before is None:
            out[nkey] = replace(out[nkey], before=out[key].before)
    for k, n in reversed(joined):
        key, nkey = id(blocks[k][2]), id(blocks[n][2])
        out[key] = replace(out[key], shared=out[nkey].shared or out[nkey].after)
    return out


_TIMING_SPAN = 8


_SPACED = 2  # _listed: a space alone between the two, which may be a sentence break too


def _listed(text: str, end: int, start: int, nxt: Candidate) -> int:
    """Are the meeting ending at ``end`` and the next one (``nxt``, at ``start``) items of one
    list? 1 for "A และ B", "A, B"; ``_SPACED`` for a space alone before a full Thai naming, the
    way Thai lists: "การประชุม A (…) ครั้งที่ 25 การประชุม B (…) ครั้งที่ 7 … เมื่อวันที่ 30
    มีนาคม 2564" (:func:`_one_list` then decides); 0 for neither."""
    if lexicon().coordinated.fullmatch(text, end, start):
        return 1
    return _SPACED if text[end:start].isspace() and nxt.rule == "thai-trigger" else 0


def _one_list(text: str, first: Clause, nxt: Clause, days: Sequence[int]) -> bool:
    """Two meetings with a space alone between them: one list, or two sentences (a space is
    also the Thai full stop)? Two sentences when the first is dated before it ("เมื่อวันที่ 5
    มี.ค. … การประชุม A ครั้งที่ 10 การประชุม B …": A has a date of its own) or the second is
    announced for later before its date ("… การประชุม B ครั้งที่ 1 จะจัดขึ้นในวันที่ 20 …"): what
    is written after the second is then the second's alone."""
    if first.before and bisect_left(days, first.before[0]) < bisect_left(days, first.before[1]):
        return False
    lo, hi = nxt.after
    k = bisect_left(days, lo)
    return not lexicon().future.search(text, lo, days[k] if k < len(days) and days[k] < hi else hi)


def _after_speaking(text: str, before: tuple[int, int] | None) -> tuple[int, int] | None:
    """The stretch before a meeting from the last verb of speaking about it ("วันนี้ (22 ธ.ค.)
    โฆษก… กล่าวถึงการประชุม…"): the lead's date before that verb is the day of the words."""
    if before is None:
        return None
    spoken = [m.end() for m in lexicon().about.finditer(text, *before)]
    return (spoken[-1], before[1]) if spoken else before


def _split_before(text: str, prev_end: int, start: int) -> tuple[int, int] | None:
    """For a meeting that does not open its sentence: the stretch before it from the last new
    dated clause after the previous meeting ("… และเมื่อวันที่ 5 ก.พ. ได้เข้าร่วมการประชุม B")."""
    ends = [m.end() for m in lexicon().clause_split.finditer(text, prev_end, start)]
    return (ends[-1], start) if ends else None


_FOLLOW_LEAD = 30  # how far into the next sentence its back-reference may start


def _follow(doc: Prepared, s_end: int, next_block: int) -> tuple[int, int] | None:
    """The sentence after ``s_end`` when it goes on about the meeting before it: it names no
    other meeting (the next block starts after it) and a meeting trigger near its start reads
    no name ("โดยการประชุมจะจัดขึ้น…", "การประชุมดังกล่าว…")."""
    # The first sentence that starts at or after s_end (blank lines may lie between).
    k = bisect_left(doc.sentences, s_end, key=lambda x: x.nstart)
    sentence = doc.sentences[k] if k < len(doc.sentences) else None
    if sentence is None or next_block < sentence.nend:
        return None
    lex = lexicon()
    text, lead_end = doc.text, min(sentence.nend, sentence.nstart + _FOLLOW_LEAD)
    lead = lex.triggers.search(text, sentence.nstart, lead_end)
    if lead and lead.lastgroup == "t":
        return sentence.nstart, sentence.nend
    # A headline line over a dated lead ("…อาเซียนอย่างไม่เป็นทางการ ณ กรุงย่างกุ้ง\n\nเมื่อวันที่
    # 19 ธันวาคม 2559 นายดอน … ได้เข้าร่วม…"): the lead reports the meeting of the headline.
    headline = "\n" in text[s_end : sentence.nstart + 1]
    dated = DATED_LEAD_RE.match(text, sentence.nstart, lead_end)
    return (sentence.nstart, sentence.nend) if headline and dated else None


def _goes_on(doc: Prepared, s_end: int, next_block: int) -> tuple[int, int] | None:
    """The sentence after ``s_end`` when it names no other meeting, opens with a word that goes
    on with the one before (cues.tsv ``continue``: โดยมี …, the segmenter split there) and says
    who took part (``take_part``: เข้าร่วมประชุม …). "โดยมีกำหนดการเดินทางไป… ณ จังหวัด…" and
    "โดยมีมติให้จัดงาน ณ …" go on about another event: their place is not the meeting's."""
    k = bisect_left(doc.sentences, s_end, key=lambda x: x.nstart)
    sentence = doc.sentences[k] if k < len(doc.sentences) else None
    if sentence is None or next_block < sentence.nend:
        return None
    opener = lexicon().continues.match(doc.text, sentence.nstart)
    if not opener or not lexicon().takes_part.search(doc.text, opener.end(), sentence.nend):
        return None
    return sentence.nstart, sentence.nend




def _fact(doc: Prepared, cl: Cluster, clauses: dict[int, Clause]) -> MeetingCandidate:
    # The first full mention: one with an ordinal, English name or acronym, else one named with
    # การ… (การประชุมคณะรัฐมนตรี rather than ที่ประชุมคณะรัฐมนตรี or a headline's ประชุม…).
    best = min(c.rank() for c in cl.cands)
    # Of namings equally full, one written out before one with an abbreviation: the headline's
    # "การประชุม ครม." and the body's "การประชุมคณะรัฐมนตรี" are one meeting, named in full.
    strong = sorted((c for c in cl.cands if c.rank() == best),
                    key=lambda c: (abbreviated(c.name), c.mentions[0]))
    primary = strong[0]
    spans = sorted({s for c in cl.cands for s in c.mentions})
    english = cl.get("english")
    thai = next((c.name for c in strong if c.english is None or c.name != c.english), None)
    name = thai or english or primary.name or ""
    if thai is None and primary.name:
        name = primary.name
    return MeetingCandidate(
        **doc.anchor(*primary.mentions[0]), rule=primary.rule,
        evidence=(primary.trigger,) if primary.trigger else (),
        name=name,
        ordinal=cl.get("ordinal"),  # type: ignore[arg-type]
        english_name=english,  # type: ignore[arg-type]
        acronym=cl.get("acronym"),  # type: ignore[arg-type]
        mentions=tuple(doc.mention(s, e) for s, e in spans),  # type: ignore[misc]
        session=cl.get("session"),  # type: ignore[arg-type]
        clauses=tuple(clauses[id(c)] for c in cl.cands),
    )


def extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[MeetingFact]:
    """Meeting candidates, one per meeting; the link stage gives them dates, places, people."""
    consumed: list[tuple[int, int]] = []
    orgs = [o for o in facts.get("organizations", ()) if isinstance(o, OrganizationFact)]
    cands = thai_candidates(doc, consumed, OrgIndex(doc, orgs))
    cands += english_candidates(doc, consumed)
    if not cands:
        return []
    clusters = cluster(cands, doc.text)
    _acronym_mentions(doc, clusters)
    dates = facts.get("dates", ())
    days = sorted(d.start for d in dates if isinstance(d, DateFact) and d.granularity == "day")
    clauses = _clauses(doc, clusters, days)
    out = [_fact(doc, cl, clauses) for cl in clusters]
    return sorted(out, key=lambda f: (f.start, f.end))


__all__ = ["Clause", "MeetingCandidate", "extract"]
