"""Meetings linker: each meeting's date, place, format and participants, from the other kinds.

The meetings extractor hands over :class:`~thaiextract.extractors.meetings.MeetingCandidate`
facts, each with the clauses of its mentions (the stretch of a sentence that speaks of that
meeting, and the next sentence when it goes on about it). Here, with the dates and people in
view:
- each naming's date is the first cued date (เมื่อ…, ระหว่าง…, จัดขึ้น…) after it in its clause,
  else the last date before the first meeting of a sentence, else the first date after it, else
  a cued date in the following sentence; only a start day counts (a month alone is no meeting's
  date), never a deadline (ภายใน…, ก่อน…) nor an impossible calendar date. Every mention keeps
  its naming's ordinal and date; the meeting's date is its first full mention's;
- the place follows ณ, or ที่ before a place head (ห้องประชุม…, a province or country);
- online when a clause names an online medium or platform (``meetings/online.tsv``);
- participants are the people named in the sentences of its mentions;
- ``evidence`` adds the place cue and the online cue to the head word.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import thai_countries, thai_provinces
from ..extractors.meeting_lexicon import cue_words, lexicon
from ..extractors.meetings import Clause, MeetingCandidate
from ..extractors.scan import THAI, alternation, clean_name, scan
from ..lexicons import load
from ..model import DateFact, MeetingFact, MeetingMention, PersonFact

if TYPE_CHECKING:
    from ..pipeline import Prepared
    from . import Facts

MAX_PLACE = 60
_ATTACHED = 16  # a date this close after a name ("… เมื่อวันที่ 20 เม.ย.") is written on it
_BACKREF_RANK = 3  # Clause.rank of "การประชุมดังกล่าว", "ที่ประชุม…"
_FROM = "จาก"
_FIELDS = tuple(f.name for f in dataclasses.fields(MeetingFact))

Zones = list[tuple[tuple[int, int], "tuple[int, int] | None"]]


@dataclasses.dataclass(frozen=True, slots=True)
class _Cues:
    date: re.Pattern[str]  # a date cue just before (or opening) a date: the meeting's own date
    deadline: re.Pattern[str]  # a deadline word right before a date
    na_surname: re.Pattern[str]  # "นายเดชาภิวัฒน์ ณ สงขลา": ณ after a titled given name
    other_event: re.Pattern[str]  # after a timing naming, before a date: it is another event's
    place_after_ti: re.Pattern[str]  # ที่ before a place head, a province or a country
    place_at_end: re.Pattern[str]  # ที่ + a place head right after a meeting's name
    place_cue: re.Pattern[str]  # ณ, spaced or glued to a place word ("…ณห้องประชุม…")


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    return _Cues(
        date=re.compile(alternation(cue_words("date"))),
        deadline=re.compile(rf"(?:{alternation(cue_words('deadline'))})\s*(?:วันที่|วัน)?\s*$"),
        # A given name is short: "นายกรัฐมนตรีแถลงผลการประชุม… ณ" is no surname.
        # "นายกรัฐมนตรี ณ …" is a post, no title and given name.
        na_surname=re.compile(
            rf"(?!{alternation(cue_words('not_given'))})(?:{alternation(cue_words('title'))})"
            rf"[{THAI}]{{2,20}}\s+$"
        ),
        other_event=re.compile(alternation(cue_words("other_event"))),
        place_after_ti=_place_after_ti(),
        place_cue=re.compile(rf"(?:(?<=[\s)])|^)ณ\s*|{lexicon().glued_at.pattern}"),
        place_at_end=re.compile(
            rf"ที่\s?(?=(?:{alternation([r['word'] for r in load('meetings/places')])}))"
        ),
    )


def _place_after_ti() -> re.Pattern[str]:
    rows = load("meetings/places")
    places = [r["word"] for r in rows]
    rooms = [r["word"] for r in rows if r["room"]]
    # Verbs of holding a meeting, after which "ที่" (at) may follow without a space.
    held = "|".join(f"(?<={re.escape(w)})" for w in cue_words("held"))
    return re.compile(
        # "ผ่านระบบ Zoom จากห้องประชุมกระทรวง…": the room an online meeting was joined from.
        rf"(?<=\s)จาก\s?(?=(?:{alternation(rooms)}))|"
        rf"(?:(?<=[\s(])|{held})ที่\s*(?=(?:{alternation(places)})|(?:{_place_names()})"
        # A bare province or country is a place only when the clause goes no further:
        # "ที่เชียงใหม่ เมื่อ…", not "ที่จีนเสนอ" (that China proposed).
        r"(?:\s|$|[,.)]|เมื่อ|ระหว่าง|ในวัน|วันที่|และ|โดย))"
    )


@lru_cache(maxsize=1)
def _place_names() -> str:
    """Thai provinces and countries (pythainlp's lists, loaded lazily), longest first.

    Names of three characters or fewer (เลย, ตาก, จีน) are too often ordinary words or the
    subject of a clause; they count only with a head (จังหวัด…, ประเทศ…) from meeting_places.
    """
    names = [n for n in (*sorted(thai_provinces()), *sorted(thai_countries())) if len(n) > 3]
    return alternation(names)


def pick_date(
    doc: Prepared, dates: list[DateFact], zones: Zones, follows: list[tuple[int, int]] = (),
    *, valued: bool = True, timing: bool = False,
) -> DateFact | None:
    """The meeting's date among ``dates`` (sorted by start) in its clauses' ``zones``, else a
    cued date in a sentence that ``follows`` to go on about it. ``valued=False`` accepts a day
    with no ISO value too ("วันที่ 1 กพ" with no year): enough to tell two sessions apart.

    ``timing``: the naming times another event ("ก่อนการประชุมคณะรัฐมนตรี … เข้าพบ … เพื่อ
    ประชาสัมพันธ์งาน … ซึ่งจะจัดขึ้นระหว่างวันที่ 26 - 30 ก.ค."): what its clause goes on to date
    is that event's, so a date written right after the name ("หลังการประชุมคณะรัฐมนตรีวันที่ 17
    ก.ค.", "…(ครม.) เมื่อวันที่ 20 เม.ย."), or after its place or a ซึ่ง clause with no word of
    another event between ("…คณะรัฐมนตรี ที่ตึกสันติไมตรี ทำเนียบรัฐบาล เมื่อวันที่ 16 …"), is its
    own, and else the lead's date before it is."""
    starts = [d.start for d in dates]

    def inside(zone: tuple[int, int]) -> list[DateFact]:
        lo, hi = zone
        out = []
        for d in dates[bisect_left(starts, lo) : bisect_left(starts, hi)]:
            # An impossible date ("31 มิ.ย.", valid False) keeps its numbers in the date fact,
            # but a meeting's date must be a calendar date; it is its start day (a month or a
            # year alone is no meeting's date).
            if (d.value or not valued) and d.valid and d.granularity == "day":
                prefix = doc.text[max(0, d.start - 20) : d.start]
                if not _cues().deadline.search(prefix):
                    out.append(d)
        return out

    def cued(d: DateFact) -> bool:
        prefix = doc.text[max(0, d.start - 14) : d.start]
        return d.past_cue or bool(_cues().date.search(prefix + d.text[:10]))

    def own_clause(lo: int, d: DateFact) -> bool:
        return d.start - lo <= _ATTACHED or not _cues().other_event.search(doc.text, lo, d.start)

    for after, _ in zones:
        for d in inside(after):
            if cued(d) and (not timing or own_clause(after[0], d)):
                return d
    for _, before in zones:
        if before:
            days = inside(before)
            if days:
                return days[-1]
    for after, _ in zones:
        for d in inside(after):
            return d
    for zone in follows:
        for d in inside(zone):
            if cued(d):
                return d
    return None


def pick_place(
    doc: Prepared, zones: Zones, people: list[PersonFact], follows: list[tuple[int, int]] = ()
) -> tuple[str | None, str | None]:
    """The place after ณ (or ที่ + a place head) in the clauses, after a mention first, and the
    cue word that opened it."""
    text = doc.text
    place_ti = _cues().place_after_ti
    for pass_ in ("after", "before"):
        for after, before in zones:
            zone = after if pass_ == "after" else before
            if not zone:
                continue
            lo, hi = zone
            found = [m for m in _cues().place_cue.finditer(text, lo, hi)]
            found += [m for m in place_ti.finditer(text, lo, hi)]
            # "…ร่างรายงานฉบับสุดท้ายที่โรงแรมนานาบุรี": ที่ right after the name opens a place.
            at_end = _cues().place_at_end.match(text, lo, hi) if pass_ == "after" else None
            found += [at_end] if at_end else []
            for m in sorted(found, key=lambda m: m.start()):
                # "จาก" (from) places only a meeting joined online: "ผ่านระบบ Zoom จากห้อง…".
                if m.group().startswith(_FROM) and not lexicon().online.search(text, lo, m.start()):
                    continue
                place = _place_at(doc, m, hi, people)
                if place:
                    return place, m.group().strip()
    if follows:
        return pick_place(doc, [(zone, None) for zone in follows], people)
    return None, None


def _place_at(doc: Prepared, m: re.Match[str], hi: int, people: list[PersonFact]) -> str | None:
    """The place the cue ``m`` opens, read up to ``hi`` at most."""
    text = doc.text
    if m.group().startswith("ณ") and (
        _cues().na_surname.search(text, max(0, m.start() - 40), m.start())
        or any(p.start <= m.start() < p.end for p in people)
    ):
        return None
    start = m.end()
    end, closed = scan(text, start, min(hi, start + MAX_PLACE), place=True, natural_end=hi)
    if not closed:
        cut = text.rfind(" ", start, end)
        if cut <= start:
            return None
        end = cut
    # A person named right after the place is not part of it.
    cut_at = next((p.start for p in people if start < p.start < end), end)
    return clean_name(text[start:cut_at]) or None


def _participants(doc: Prepared, clauses: tuple[Clause, ...], people: list[PersonFact]) -> tuple:
    starts = [p.start for p in people]
    names: list[str] = []
    for clause in clauses:
        sentence = doc.sentence_at(clause.block[0])
        if sentence is None:
            continue
        lo = bisect_left(starts, sentence.nstart)
        hi = bisect_left(starts, sentence.nend)
        for person in people[lo:hi]:
            if person.name and person.name not in names:
                names.append(person.name)
    return tuple(names)


def _mentions(
    doc: Prepared, ordered: list[Clause], dated: dict[int, DateFact | None]
) -> tuple[MeetingMention, ...]:
    """Every mention with the ordinal and date its own naming gives (one mention per span)."""
    seen: dict[tuple[int, int], MeetingMention] = {}
    for clause in ordered:
        date = dated[id(clause)]
        for s, e in clause.mentions:
            if (s, e) not in seen:
                seen[(s, e)] = MeetingMention(
                    doc.text[s:e], s, e, ordinal=clause.ordinal, date=date.value if date else None
                )
    return tuple(seen[span] for span in sorted(seen))


def _online_cue(doc: Prepared, zones: Zones) -> str | None:
    online_re = lexicon().online
    for after, before in zones:
        for zone in (after, before):
            m = online_re.search(doc.text, *zone) if zone else None
            if m:
                return m.group()
    return None


def _zones(clause: Clause) -> Zones:
    """A clause's own stretches, then the one after the meeting coordinated with it."""
    own = [(clause.after, clause.before)]
    return [*own, (clause.shared, None)] if clause.shared else own


def sessions(
    doc: Prepared, ordered: list[Clause], dates: list[DateFact], people: list[PersonFact]
) -> list[list[Clause]]:
    """The namings of one meeting (in text order) grouped by session: "วันที่ 1 ก.พ. จะจัด
    สัมมนา X ที่โรงแรม A … ส่วนวันที่ 2 ก.พ. จะจัดสัมมนา X ที่โรงแรม B" is one seminar held twice,
    two meetings. A naming opens a new session when its own clause gives it both a day and a
    place, and both differ from those of the session before; every other naming (a mention, a
    back-reference) stays with the session it follows."""
    named = [c for c in ordered if c.rank < _BACKREF_RANK and not c.timing]
    days = {id(c): pick_date(doc, dates, _zones(c), valued=False) for c in named}
    # A day with no value and no number ("วันเสาร์นี้" in an undated text) may be any day: it
    # tells no session apart from "วันเสาร์ที่ 24 เมษายน".
    days = {k: d for k, d in days.items() if d and (d.value or re.search(r"\d", d.text))}
    if len({d.value or d.text for d in days.values() if d}) < 2:
        return [ordered]  # one day at most: one session (and no place to look up)
    groups: list[list[Clause]] = [[]]
    held: tuple[str, str] | None = None  # the current session's day and place
    for clause in ordered:
        day = days.get(id(clause))
        place = pick_place(doc, _zones(clause), people)[0] if day else None
        if day and place:
            key = (day.value or day.text, place)
            if held and groups[-1] and key[0] != held[0] and key[1] != held[1]:
                groups.append([])
                held = key
            held = held or key
        groups[-1].append(clause)
    return groups


def resolve(
    doc: Prepared, cand: MeetingCandidate, dates: list[DateFact], people: list[PersonFact]
) -> list[MeetingFact]:
    """The plain facts of ``cand``, one per session (:func:`sessions`), each with its own
    date, place, format, participants and mentions; a later session is anchored at its own
    first full mention."""
    ordered = sorted(cand.clauses, key=lambda c: c.block)
    groups = sessions(doc, ordered, dates, people)
    facts = [resolve_session(doc, cand, groups[0], dates, people)]
    for group in groups[1:]:
        fact = resolve_session(doc, cand, group, dates, people)
        best = min(c.rank for c in group)
        primary = next(c for c in group if c.rank == best)
        anchor = doc.anchor(*(primary.mentions[0] if primary.mentions else primary.block))
        facts.append(dataclasses.replace(fact, **anchor))  # type: ignore[arg-type]
    return facts


def resolve_session(
    doc: Prepared, cand: MeetingCandidate, ordered: list[Clause], dates: list[DateFact],
    people: list[PersonFact],
) -> MeetingFact:
    """The plain fact of ``cand`` over its namings ``ordered`` (one session, in text order) with
    its date, place, format and participants.

    Each naming is dated from its own clause; the meeting's date is that of its first full
    mention (with an ordinal, English name or acronym) that has one, else of its first naming
    with การ… that has one, else of its first mention that has one. Every mention keeps its own
    ordinal and date, so that two dates given for one meeting stay visible to ``check``.
    """
    zones: Zones = [zone for c in ordered for zone in _zones(c)]
    own = {id(c): pick_date(doc, dates, _zones(c), timing=c.timing) for c in ordered}
    dated = {
        id(c): own[id(c)] or (pick_date(doc, dates, [], [c.follow]) if c.follow else None)
        for c in ordered
    }
    # A naming dated in its own sentence before one dated by the sentence after it (a headline
    # over the release's date line), then by rank; a back-reference (rank 3) only when no
    # naming has a date. Stable: text order within a rank.
    by_rank = sorted(ordered, key=lambda c: (c.rank == _BACKREF_RANK, own[id(c)] is None, c.rank))
    date = next((dated[id(c)] for c in by_rank if dated[id(c)]), None)
    # "ก่อนการประชุมคณะรัฐมนตรี ณ …": that place is where the other event was.
    placed = [c for c in ordered if not c.timing]
    place, place_cue = pick_place(
        doc, [z for c in placed for z in _zones(c)], people,
        [z for c in placed for z in (c.follow, c.goes_on) if z],
    )
    online = _online_cue(doc, zones)
    values = {name: getattr(cand, name) for name in _FIELDS}
    values.update(
        date=date.value if date else None,
        end_date=date.end_value if date else None,
        location=place,
        online=online is not None,
        participants=_participants(doc, tuple(ordered), people),
        mentions=_mentions(doc, ordered, dated),
        evidence=tuple(dict.fromkeys((*cand.evidence, *filter(None, (place_cue, online))))),
    )
    return MeetingFact(**values)


def link_meetings(doc: Prepared, facts: Facts) -> dict[str, list]:
    """Every meeting candidate resolved against the document's dates and people."""
    meetings = facts.get("meetings", ())
    if not meetings:
        return {}
    dates = sorted((d for d in facts.get("dates", ()) if isinstance(d, DateFact)),
                   key=lambda d: d.start)
    people = sorted((p for p in facts.get("people", ()) if isinstance(p, PersonFact)),
                    key=lambda p: p.start)
    out: list = []
    for m in meetings:
        out += resolve(doc, m, dates, people) if isinstance(m, MeetingCandidate) else [m]
    # A later session sits where it is named (the extractor's order is by start).
    return {"meetings": sorted(out, key=lambda f: (f.start, f.end))}
