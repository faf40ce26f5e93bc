"""Meetings: each meeting named in the text, its mentions, ordinal, English name and acronym.

Candidates come from :mod:`.meeting_names` (a Thai trigger and name, an English name, brackets).
Mentions of one meeting (Thai name, English name, acronym, a short headline form) are clustered
into one fact whose span is the first full mention; "การประชุม BRICS" after "(BRICS Foreign
Ministers Meeting)" joins that meeting, and every bare repeat of a meeting's acronym is one more
mention.

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
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load
from ..model import DateFact, MeetingFact, OrganizationFact
from .meeting_lexicon import DATED_LEAD_RE, lexicon
from .meeting_names import Candidate, Cluster, english_candidates, thai_candidates
from .scan import THAI, OrgIndex, alternation, concepts, eng_key, thai_key

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


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = load("meetings/abbreviations")
    full = {r["short"]: r["full"] for r in rows}
    return re.compile(alternation(list(full))), full


def name_key(name: str) -> str:
    """A Thai name compared loosely: abbreviations of who meets written out (ครม. = คณะรัฐมนตรี),
    the abbreviation mark dropped (สหรัฐฯ = สหรัฐ)."""
    pattern, full = _abbreviations()
    key = thai_key(pattern.sub(lambda m: full[m.group()], name).replace("ฯ", ""))
    # "การจัดประชุมสัมมนารับฟังความคิดเห็น" = "การสัมมนารับฟังความคิดเห็น": a seminar compares
    # from its seminar word.
    core = _seminar_core().search(key, 0, _SEMINAR_LEAD)
    return key[core.start() :] if core else key


_SEMINAR_LEAD = 12  # how far into a name its seminar word may start (การจัดประชุม…)


@lru_cache(maxsize=1)
def _seminar_core() -> re.Pattern[str]:
    """The shortest seminar triggers (สัมมนา, เสวนา): the word the longer ones are built on."""
    words = lexicon().seminar
    return re.compile(alternation([w for w in words if not any(o != w and o in w for o in words)]))


def _abbreviated(name: str | None) -> bool:
    """Does a Thai name hold an abbreviation of who meets (ครม., คกก.)?"""
    return name is not None and _abbreviations()[0].search(name) is not None


def _keys(cand: Candidate) -> set[tuple[str, str]]:
    """What another mention must share to be the same meeting: the Thai name, or an alias
    (English name, acronym, or the Latin name after a Thai trigger), compared loosely."""
    keys = {("th", name_key(cand.name))} if cand.name and cand.name != cand.english else set()
    for alias in (cand.english, cand.acronym, cand.latin_core):
        if alias:
            # A Thai abbreviation (ครม.) has no Latin letters to compare: compare its letters.
            key = eng_key(alias) if alias.isascii() else thai_key(alias)
            if key:
                keys.add(("alias", key))
    return keys


def cluster(cands: list[Candidate], text: str = "") -> list[Cluster]:
    """Candidates that name one meeting, together (first full mention first); a back-reference
    ("การประชุมดังกล่าว") is one more mention of the meeting named last before it. With the
    ``text``, a Thai name in the brackets after an English one names the same meeting."""
    named = [c for c in cands if not c.backref]
    clusters = _join_weak(_join_short_latin(_join_bracketed(_cluster_names(named), text)))
    _attach_backrefs(clusters, [c for c in cands if c.backref])
    return clusters


_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")


def _join_bracketed(clusters: list[Cluster], text: str) -> list[Cluster]:
    """"The 41st ASEAN Ministers on Energy Meeting (การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41)":
    the Thai naming in the brackets right after an English one joins it (same ordinal or none)."""
    if not text:
        return clusters
    english_ends = {
        c.mentions[0][1]: cl for cl in clusters for c in cl.cands if c.rule == "english-name"
    }
    kept: list[Cluster] = []
    for cl in clusters:
        first = min(cl.cands, key=lambda c: c.block)
        host = None
        for end, other in english_ends.items():
            if end <= first.block[0] and other is not cl and _BRACKET_OPEN_RE.fullmatch(
                text, end, first.block[0]
            ):
                host = other
        ordinal = host.get("ordinal") if host else None
        if host and first.trigger.startswith("การ") and (
            ordinal is None or first.ordinal is None or ordinal == first.ordinal
        ):
            host.cands.extend(cl.cands)
            continue
        kept.append(cl)
    return kept


_BACKREF_REACH = 600  # how far back a back-reference may point


def _attach_backrefs(clusters: list[Cluster], backrefs: list[Candidate]) -> None:
    blocks = sorted((c.block[0], i) for i, cl in enumerate(clusters) for c in cl.cands)
    starts = [b[0] for b in blocks]
    for ref in backrefs:
        k = bisect_left(starts, ref.block[0])
        if k and ref.block[0] - starts[k - 1] <= _BACKREF_REACH:
            clusters[blocks[k - 1][1]].cands.append(ref)


def _cluster_names(cands: list[Candidate]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[tuple[str, str], list[int]] = {}
    for cand in sorted(cands, key=lambda c: c.block):
        keys = _keys(cand)
        target = None
        for i in sorted({i for key in keys for i in index.get(key, ())}):
            ordinal = clusters[i].get("ordinal")
            if (ordinal is None or cand.ordinal is None or ordinal == cand.ordinal) and (
                _signing(cand) == any(_signing(c) for c in clusters[i].cands if c.trigger)
                or not cand.trigger
            ):
                target = i
                break
        if target is None:
            target = len(clusters)
            clusters.append(Cluster([]))
        clusters[target].cands.append(cand)
        for key in keys:
            index.setdefault(key, []).append(target)
    return clusters


def _signing(cand: Candidate) -> bool:
    """Is this naming a signing ceremony? "พิธีลงนามความตกลง… (RCEP)" shares the acronym of the
    summit beside it but is another event."""
    return cand.trigger in lexicon().signing


def _join_weak(clusters: list[Cluster]) -> list[Cluster]:
    """A weak Thai mention ("ประชุมรัฐมนตรีดิจิทัล" in a headline) joins the one full meeting whose
    concepts include all of its own. A short form or back-reference (the bare verb ประชุม of a
    headline, ที่ประชุม…: "นายกฯ ประชุมบอร์ด สสว.") may join a meeting named in full with การ…
    and no ordinal too."""
    full = [c for c in clusters if not all(x.weak for x in c.cands)]
    named = [
        c for c in clusters if any(not x.weak or x.trigger.startswith("การ") for x in c.cands)
    ]
    kept = []
    for cl in clusters:
        if all(x.weak for x in cl.cands):
            own = set().union(*(concepts(x.name or "") for x in cl.cands)) - {"meeting"}
            short = all(x.trigger in _SHORT for x in cl.cands)
            hosts = [
                f for f in (named if short else full)
                if (own and own <= set().union(*(concepts(_label(x)) for x in f.cands)))
                or (short and _prefix_of(cl, f))
            ]
            if len(hosts) == 1 and hosts[0] is not cl:
                hosts[0].cands.extend(x for x in cl.cands)
                for x in cl.cands:
                    x.weak = True
                continue
        kept.append(cl)
    return kept


_PREFIX_MIN = 6  # letters a short form must have to be read as the start of a full name


def _prefix_of(short: Cluster, full: Cluster) -> bool:
    """"ประชุมเอกอัครราชทูต" (a headline) is the start of "การประชุมเอกอัครราชทูตและกงสุลใหญ่
    ทั่วโลก ประจำปี 2566": a short form whose name begins the full one."""
    keys = [name_key(x.name) for x in short.cands if x.name]
    hosts = [name_key(x.name) for x in full.cands if x.name and (not x.weak or x.rank() == 1)]
    return any(
        len(k) >= _PREFIX_MIN and h.startswith(k) and h != k for k in keys for h in hosts
    )


# The bare verb of a headline's short form and the back-reference, as meetings/triggers.tsv
# has them: "นายกฯ ประชุมบอร์ด สสว.", "ที่ประชุมบอร์ดส่งเสริม…".
_SHORT = frozenset({"ประชุม", "ที่ประชุม"})


def _join_short_latin(clusters: list[Cluster]) -> list[Cluster]:
    """"การประชุม BRICS ครั้งนี้" beside "…(BRICS Foreign Ministers Meeting)": a Thai trigger with a
    bare Latin word, no ordinal, is a short form of the one other meeting whose English name,
    acronym or Thai name holds all its words (a headline's "ประชุม G-20" may come first)."""
    def short(cl: Cluster) -> bool:
        return all(
            c.latin_core and c.english is None and c.acronym is None and c.ordinal is None
            for c in cl.cands
        )

    full = [cl for cl in clusters if not short(cl)]
    kept: list[Cluster] = []
    for cl in clusters:
        words = set(eng_key(cl.cands[0].latin_core or "").split()) if short(cl) else set()
        hosts = [
            k for k in full
            if words and any(
                words <= set(eng_key(a).split())
                for c in k.cands for a in (c.english, c.acronym, c.name) if a
            )
        ]
        if len(hosts) == 1:
            for c in cl.cands:
                c.weak = True
            hosts[0].cands.extend(cl.cands)
            continue
        kept.append(cl)
    return kept


def _label(cand: Candidate) -> str:
    """What a naming says of its meeting: its Thai name, English name and short name ("…เอเชีย-
    แปซิฟิก (เอเปค)": a headline's "ประชุมเอเปค 2022" names it by the short name)."""
    return " ".join(filter(None, (cand.name, cand.english, cand.acronym)))


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
                    key=lambda c: (_abbreviated(c.name), c.mentions[0]))
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


__all__ = ["Clause", "MeetingCandidate", "cluster", "extract"]
