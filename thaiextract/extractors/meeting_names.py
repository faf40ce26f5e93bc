"""Meeting names: where a meeting is named, and what each naming says (its candidate).

A meeting is named three ways:
- a Thai trigger (``meetings/triggers.tsv``: การประชุม…, ที่ประชุม…, การหารือ…, พิธีเปิด…) followed by a
  name that runs to a boundary (``meetings/boundaries.tsv``) and is specific (a body or rank from
  ``meetings/bodies.tsv``, an ordinal, a Latin word or a year); an English name and an acronym in
  brackets after it join the same candidate (:func:`read_brackets`);
- an English name in Latin script with a meeting head word (Meeting, Summit, Ceremony …);
- a known acronym repeated anywhere (``meetings.py`` adds those once the names are clustered).
A kind of meeting with no name (หารือทวิภาคี) counts only when its own clause dates or places it;
a forum word (เวที) only with an English name, acronym or ordinal; a seminar may be named by its
quoted topic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .meeting_lexicon import EDITION, SESSION, cue_words, lexicon
from .scan import (
    ENG_SEQ,
    ENG_STOPWORDS,
    MAX_NAME,
    THAI_ABBREVIATION,
    OrgIndex,
    alternation,
    clean_name,
    latin_finditer,
    literal_finditer,
    scan,
    strip_the,
    various,
)

if TYPE_CHECKING:
    from ..pipeline import Prepared

_ENG_FULL_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ})"
)
_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z0-9]+)?"
_BRACKET_ENG_RE = re.compile(
    rf"\s*(?P<eng>(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ}))"
    rf"(?:\s*(?:หรือ|or|,|-|/|:)\s*(?P<acr>{_ACRONYM}))?\s*"
)
_BRACKET_ACR_RE = re.compile(rf"\s*(?P<acr>{_ACRONYM})\s*")
_DASHED_ACRONYM_RE = re.compile(r"\s+-\s+(?P<acr>[A-Z][A-Z0-9]+)$")
# A Thai abbreviation in brackets: (ครม.), (กพช.), (ก.พ.ร.).
_BRACKET_THAI_ACR_RE = re.compile(rf"\s*(?P<acr>{THAI_ABBREVIATION})\s*")
MEETING_HEADS_RE = re.compile(
    r"\b(?:Meetings?|Summits?|Conferences?|Forums?|Ceremony|Dialogues?|Sessions?|Symposium|"
    r"Seminars?|Workshops?|Roundtables?|Retreats?|Assembly|Consultations?|Talks|Congress|"
    r"Webinars?|Plenary|Conclave)\b"
)
_OPEN_BRACKET_RE = re.compile(r"\s*\(")
# Two or three parties joined by dashes, then an ordinal word: " ไทย-มาเลเซีย ครั้งที่ …".
_PARTIES_AHEAD_RE = re.compile(
    r"\s?[\u0e00-\u0e7f]{2,15}(?:\s?-\s?[\u0e00-\u0e7f]{2,15}){1,2}\s?(?=ครั้ง|รอบที่|สมัยที่)"
)
_LEAD_SPACE_RE = re.compile(r"\s+")
# "พิธีเปิดงาน Opening Ceremony …": an English name right after a Thai trigger.
_ENG_AFTER_TRIGGER_RE = re.compile(
    rf"(?:งาน|การ)?\s*(?:(?:The|the)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?({ENG_SEQ})"
)
_OWN_CUE_SPAN = 90
_BETWEEN_RE = re.compile(r"\s?ระหว่าง\s?")
_IN = "ใน"
_EDITION_RE = re.compile(rf"\s?{EDITION}")
_SESSION_RE = re.compile(SESSION)
_BETWEEN_BODIES_RE = re.compile(r"ระหว่าง[^\s,()]{2,60}?กับ[^\s,()]{2,60}")


# --- candidates -------------------------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    """One naming of a meeting, as found: its spans and what it says, before clustering."""

    mentions: list[tuple[int, int]]
    block: tuple[int, int]  # the mention plus its brackets: the clause starts after it
    name: str | None = None
    english: str | None = None
    acronym: str | None = None
    ordinal: int | None = None
    session: str | None = None
    latin_core: str | None = None  # a Thai trigger followed only by a Latin name (การประชุม ADGMIN)
    weak: bool = False  # a Thai name with no ordinal, English name or acronym
    backref: bool = False  # "การประชุมดังกล่าว", "ที่ประชุม": a mention of the meeting before it
    trigger: str = ""  # the head word that opened it (evidence)
    rule: str = ""  # which of the ways above found it

    def strong(self) -> bool:
        return self.ordinal is not None or self.english is not None or self.acronym is not None

    def rank(self) -> int:
        """0 for a full mention (ordinal, English name or acronym), 1 for one named with การ…
        (การประชุมคณะรัฐมนตรี), 2 for a short form or back-reference (ที่ประชุม…, ประชุม…)."""
        if self.backref:
            return 3
        return 0 if not self.weak else 1 if self.trigger.startswith("การ") else 2


def _ordinal(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    return int(match.group("n")) if match.group("n") else 1


def read_brackets(doc: Prepared, cand: Candidate, pos: int, limit: int) -> int:
    """Read "(English name หรือ ACRONYM)" at ``pos`` into ``cand``; return the end of the block."""
    text = doc.text
    m = _OPEN_BRACKET_RE.match(text, pos, limit)
    if not m:
        return pos
    close = text.find(")", m.end(), min(limit, m.end() + 200))
    if close < 0:
        return pos
    inner_start = m.end()
    eng = _BRACKET_ENG_RE.fullmatch(text, inner_start, close)
    acr = _BRACKET_ACR_RE.fullmatch(text, inner_start, close)
    thai_acr = _BRACKET_THAI_ACR_RE.fullmatch(text, inner_start, close)
    if thai_acr and cand.acronym is None:
        cand.acronym = thai_acr.group("acr")
        cand.mentions.append(thai_acr.span("acr"))
    elif acr and (acr.group("acr").isupper() or not eng or " " not in eng.group("seq")):
        cand.acronym = acr.group("acr")
        cand.mentions.append(acr.span("acr"))
    elif eng and ENG_STOPWORDS.isdisjoint(eng.group("seq").lower().split()[:1]):
        cand.english = strip_the(clean_name(eng.group("seq")))
        cand.mentions.append(eng.span("eng"))
        # "(Joint Boundary Committee – JBC)": a spaced dash before an all-capital word sets off
        # the acronym (the English-name pattern runs over dashes).
        dashed = _DASHED_ACRONYM_RE.search(eng.group("seq"))
        if dashed and not eng.group("acr"):
            cand.english = strip_the(clean_name(eng.group("seq")[: dashed.start()]))
            cand.acronym = dashed.group("acr")
            cand.mentions[-1] = (eng.start("eng"), eng.start("seq") + dashed.start())
            cand.mentions.append((eng.start("seq") + dashed.start("acr"), eng.end("seq")))
        if eng.group("ord") and cand.ordinal is None:
            cand.ordinal = int(eng.group("ord"))
        if eng.group("acr"):
            cand.acronym = eng.group("acr")
            cand.mentions.append(eng.span("acr"))
    end = close + 1
    # An ordinal may follow the brackets: การประชุม กพช. (…) ครั้งที่ 1/2565, also after the
    # parties the name goes on with: "… (Joint Trade Committee: JTC) ไทย-มาเลเซีย ครั้งที่ 7".
    after = lexicon().ordinal_ahead.match(text, end, limit) or _PARTIES_AHEAD_RE.match(
        text, end, limit
    )
    if after and cand.ordinal is None:
        om = lexicon().ordinal.match(text, after.end(), limit)
        if om:
            cand.ordinal = _ordinal(om)
            cand.session = om.group("session")
            cand.mentions[0] = (cand.mentions[0][0], om.end())
            return om.end()
    return end


@dataclass(slots=True)
class _Trigger:
    """A Thai trigger in its sentence: the name runs from ``te`` to at most ``limit``."""

    word: str
    ts: int  # where the span starts (after a skipped "ที่")
    te: int
    limit: int


def thai_candidates(
    doc: Prepared, consumed: list[tuple[int, int]], orgs: OrgIndex
) -> list[Candidate]:
    """Meetings named by a Thai trigger; their blocks are added to ``consumed``."""
    lex = lexicon()
    text = doc.text
    cands = []
    for m in literal_finditer(lex.triggers, lex.trigger_auto, text):
        if m.lastgroup != "t":
            continue
        word = m.group()
        sentence = doc.sentence_at(m.start())
        trig = _Trigger(
            word, m.start() + len(lex.skip.get(word, "")), m.end(),
            sentence.nend if sentence else len(text),
        )
        cand = _read_thai(doc, trig, orgs)
        if cand is not None:
            consumed.append(cand.block)
            cands.append(cand)
    return cands


def _name_end(doc: Prepared, trig: _Trigger, orgs: OrgIndex) -> tuple[int | None, int | None]:
    """Where the name after ``trig`` ends (None: no natural end), and the end of a signing's
    parties when they make part of it."""
    text, te, limit = doc.text, trig.te, trig.limit
    # "…ครั้งที่ 1/2561ณห้องประชุม…": a glued "at" ends the name as a spaced one does.
    glued = lexicon().glued_at.search(text, te, limit)
    limit = glued.start() if glued else limit
    if _verb_topic_named(text, trig):
        # "การประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็น…": a seminar named by what it does.
        topic = lexicon().verb_topic.match(text, te, limit)
        if topic:
            ahead = lexicon().ordinal_ahead.match(text, topic.end(), limit)
            om = lexicon().ordinal.match(text, ahead.end(), limit) if ahead else None
            return (om.end() if om else topic.end()), None
    end, closed = scan(text, te, min(limit, te + MAX_NAME), lead_space=True, natural_end=limit,
                       bodies=True)
    if not closed:
        return None, None
    end = _own_end(text, te, end, limit, orgs)
    # "การประชุมสุดยอดระหว่างผู้นำอาเซียนกับผู้นำสตรีอาเซียน": who meets with whom names it.
    between = _BETWEEN_BODIES_RE.match(text, end, limit)
    if between and lexicon().bodies.search(between.group()):
        end = between.end()
    # "พิธีลงนามบันทึกความเข้าใจระหว่าง A และ B": the parties, when organisations, name it.
    parties = None
    if trig.word in lexicon().signing:
        between = _BETWEEN_RE.match(text, end, limit)
        parties = orgs.parties(between.end(), limit) if between else None
        if parties is not None:
            end = parties
    # "… แห่งชาติ ครั้ง 1/2566": an ordinal the scan did not run over (no ที่) ends the name.
    ahead = lexicon().ordinal_ahead.match(text, end, limit)
    om = lexicon().ordinal.match(text, ahead.end(), limit) if ahead else None
    return (om.end() if om else end), parties


def _own_end(text: str, te: int, end: int, limit: int, orgs: OrgIndex) -> int:
    """Where a name cut by the scan at ``end`` really ends: over the organisation that opens it
    and over the stop words that lead to its own ordinal or edition."""
    # "การประชุมคณะกรรมการเพื่อการพัฒนาเศรษฐกิจและสังคมแห่งชาติ ครั้งที่ 1": an organisation
    # that opens the name runs to its own end, whatever stop words it holds; an ordinal may
    # follow it.
    body = te + (1 if text[te : te + 1] == " " else 0)
    org_end = orgs.end_at(body) if body < end else None
    # An organisation read with the verb after it ("คณะกรรมการส่งเสริมการลงทุนมีมติ") ends
    # before that verb.
    verb = lexicon().verb_tail.search(text, body, org_end) if org_end else None
    if verb:
        org_end = verb.start()
    if org_end is not None and org_end > end:
        end, closed = scan(text, org_end, min(limit, org_end + MAX_NAME), natural_end=limit,
                           bodies=True)
        end = end if closed else org_end
    # "…กองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์ (อกส.) ครั้งที่ 2/2567", "…การแปรสภาพเป็นทะเลทราย
    # ครั้งที่ 15": a stop word inside the unspaced run that leads to the meeting's own ordinal
    # is part of the official name.
    reach = lexicon().ordinal_reach.match(text, end, limit)
    # The stop word at the cut may be part of it; a trigger or a later break word may not.
    # It may not end in a stop or verb either: "…อาเซียนจัดขึ้นเป็นครั้งที่ 40" is "held for the
    # 40th time", no name.
    if (
        reach and reach.end() > end and not lexicon().reach_stop.search(reach.group(), 1)
        and not lexicon().reach_tail.search(reach.group())
    ):
        more, closed = scan(text, reach.end(), min(limit, reach.end() + MAX_NAME),
                            natural_end=limit, bodies=True)
        end = more if closed else reach.end()
    return end


_THAI_ABBREVIATION_RE = re.compile(THAI_ABBREVIATION)


def _numbered_abbreviation(text: str, pos: int, limit: int) -> bool:
    """Does a Thai abbreviation followed by an ordinal start at ``pos`` ("กสทช. ครั้งที่ 7/2564")?"""
    m = _THAI_ABBREVIATION_RE.match(text, pos, limit)
    ahead = lexicon().ordinal_ahead.match(text, m.end(), limit) if m else None
    return ahead is not None and lexicon().ordinal.match(text, ahead.end(), limit) is not None


def _wrapped(doc: Prepared, trig: _Trigger, end: int) -> tuple[int, int] | None:
    """"ร่วมประชุมคณะกรรมการนโยบาย⏎การเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ (กนภ.) ครั้งที่ 2/2564": a
    name cut by a line break at its sentence end goes on on the next line when that line's first
    unspaced run reaches the meeting's own ordinal or edition. Returns the new end of the name
    and of the stretch it is read in."""
    text, lex = doc.text, lexicon()
    if end <= trig.te or end != trig.limit or text[end : end + 1] != "\n":
        return None
    nxt = doc.sentence_at(end + 1)
    if nxt is None or nxt.nstart != end + 1:
        return None
    reach = lex.ordinal_reach.match(text, nxt.nstart, nxt.nend)
    if reach is None or lex.reach_stop.search(reach.group()) or lex.reach_tail.search(
        reach.group()
    ):
        return None
    return reach.end(), nxt.nend


def _read_elsewhere(text: str, trig: _Trigger) -> bool:
    """Is the meeting after this trigger read by another pass or trigger?

    "พิธีเปิดงาน Opening Ceremony …": the English name is the meeting (the English pass reads
    it); "พิธีปิดการประชุมสุดยอดอาเซียน": the ceremony is a mention of the meeting that the next
    trigger (การประชุม…) reads.
    """
    em = _ENG_AFTER_TRIGGER_RE.match(text, trig.te, trig.limit)
    if em and MEETING_HEADS_RE.search(em.group(1)):
        return True
    if trig.word in lexicon().ceremony:
        inner = lexicon().triggers.match(text, trig.te)
        return inner is not None and inner.lastgroup == "t"
    return False


_NOUN_FORMS = ("การ", "งาน")  # การสัมมนา…, งานสัมมนา…: a seminar named as a thing


def _verb_topic_named(text: str, trig: _Trigger) -> bool:
    """May a verb-led topic name the seminar of ``trig``? A noun form may (การสัมมนา…,
    งานสัมมนา…); a seminar word used as a verb only after จัด/เปิด: "จัดสัมมนารับฟังความคิดเห็น…"
    names a seminar, "ร่วมสัมมนาแลกเปลี่ยนความคิดเห็น" says what people did."""
    lex = lexicon()
    if trig.word not in lex.seminar:
        return False
    start = trig.te - len(trig.word)
    return trig.word.startswith(_NOUN_FORMS) or lex.organise.search(
        text, max(0, start - _ORGANISE_SPAN), start
    ) is not None


_ORGANISE_SPAN = 6
_OWNER = "ของ"
_OWNER_SUBJECT_RE = re.compile(r"เรื่อง[^\s()\"'“”,]{2,60}(?=\s|$)")


def _owner(doc: Prepared, trig: _Trigger, end: int) -> int:
    """"การประชุมสุดยอดของกลุ่ม G-20": a kind of meeting alone (สุดยอด, รัฐมนตรี) whose name
    ends at ของ is named by the grouping or body that owns it; the name runs on over it."""
    text, lex = doc.text, lexicon()
    kind = re.sub(r"\s+", "", text[trig.te : end])  # empty after a kind's trigger: การประชุมสุดยอด
    if not text.startswith(_OWNER, end) or (kind and kind not in lex.bare):
        return end
    start = end + len(_OWNER)
    more, closed = scan(text, start, min(trig.limit, start + MAX_NAME), natural_end=trig.limit,
                        bodies=True)
    owner = text[start:more]
    named = closed and more > start and (lex.bodies.match(owner) or owner[:1].isascii())
    if not named:
        return end
    # "…ของสมัชชาสหประชาชาติเรื่องเอชไอวีและเอดส์ พ.ศ. 2564": the owner's meeting on a subject.
    subject = _OWNER_SUBJECT_RE.match(text, more, trig.limit)
    if subject and not lex.reach_stop.search(subject.group(), len("เรื่อง")):
        return subject.end()
    return more


def _read_thai(doc: Prepared, trig: _Trigger, orgs: OrgIndex) -> Candidate | None:
    """The candidate a Thai trigger opens, or None when what follows names no meeting."""
    lex = lexicon()
    text, ts, te, limit = doc.text, trig.ts, trig.te, trig.limit
    # An opening or closing ceremony is a mention of the meeting it opens, which the next
    # trigger reads ("พิธีปิดการประชุมสุดยอดอาเซียน"); of anything else ("พิธีเปิดงานวันคนพิการสากล",
    # a fair, a building) it is no meeting.
    if _read_elsewhere(text, trig) or trig.word in lex.ceremony:
        return None
    end, parties = _name_end(doc, trig, orgs)
    if end is None:
        return None
    wrapped = _wrapped(doc, trig, end)
    if wrapped is not None:
        end, trig.limit = wrapped
    # "ก่อนเข้าประชุม นายกรัฐมนตรี ได้…": after a space the name must start with who meets
    # (รัฐมนตรี…, ครม., คณะกรรมการ…) or a Latin name; otherwise the space ends the verb phrase.
    lead = _LEAD_SPACE_RE.match(text, te, end)
    after_space = text[lead.end() : lead.end() + 1] if lead else ""
    if lead and not (
        lex.bodies.match(text, lead.end()) or after_space.isascii()
        or _numbered_abbreviation(text, lead.end(), limit)
    ):
        return None
    end = _owner(doc, trig, end)
    # A line break inside a wrapped name is no part of it (no space was written there).
    core = _SESSION_RE.sub("", text[te:end].strip(" -").replace("\n", ""))
    om = lexicon().ordinal.search(core)
    # "…การประชุมรัฐมนตรีอาเซียนเป็นครั้งแรก": "for the first time" is no ordinal of the meeting,
    # and the copula before it no part of the name.
    copula = lex.reach_tail.search(core, 0, om.start()) if om else None
    if copula:
        end = te + text[te:end].index(core) + copula.start()
        core, om = text[te:end].strip(" -"), None
    bare = lexicon().ordinal.sub(" ", core).strip(" -")
    squashed = re.sub(r"\s+", "", bare)
    # "งานสัมมนาเรื่อง "อนาคต…"": a seminar with no name of its own is named by its topic.
    title = lex.topic.match(text, end, limit) if trig.word in lex.seminar else None
    if title and om is None and (not bare or squashed in lex.bare or lex.generic.match(bare)):
        end = title.end()
        core = bare = text[te:end].strip(" -")
        squashed = ""
    else:
        title = None
    # "ได้หารือทวิภาคีกับ… เมื่อวันที่ 3 มีนาคม": a kind of meeting is one when its own clause
    # dates or places it; with no such clause it is a description (การหารือทวิภาคีกัน).
    if om is None and ((trig.word in lex.kind_triggers and not bare) or squashed in lex.kinds):
        if not lex.own_cue.search(text, end, min(limit, end + _OWN_CUE_SPAN)):
            return None
        cand = Candidate([(ts, end)], (ts, end), name=clean_name(text[ts:end]),
                         trigger=trig.word, rule="thai-kind")
        cand.block = (ts, read_brackets(doc, cand, end, limit))
        cand.weak = not cand.strong()
        return cand
    back = lex.backref.match(text, te + (1 if text[te : te + 1] == " " else 0))
    if back or (not core and trig.word in lex.skip):
        # "การประชุมดังกล่าว", "ที่ประชุมมีมติ": the meeting named before, if any (meetings.py).
        span = (ts, back.end() if back else te)
        return Candidate([span], span, weak=True, backref=True, trigger=trig.word,
                         rule="back-reference")
    between = _talks_between(doc, trig, end, squashed, orgs) if om is None else None
    if between is not None:
        return _named(doc, trig, between, text[te:between].strip(" -"), None, True)
    if _topic_numbered(squashed, om):
        return _named(doc, trig, end, bare, om, True)
    if not bare or lex.generic.match(bare) or various(text, end) or lex.purpose.search(squashed):
        return None
    topical = _verb_topic_named(text, trig) and lex.verb_topic.match(text, te, limit) is not None
    return _named(doc, trig, end, bare, om, title is not None or parties is not None or topical)


@lru_cache(maxsize=1)
def _between_run() -> re.Pattern[str]:
    """A kind word (cues.tsv ``between``), ระหว่าง and the unspaced run of who meets."""
    kinds = alternation(cue_words("between"))
    return re.compile(rf"(?:{kinds})?\s?(?P<between>ระหว่าง)\s?[^\s()\"'“”,]{{2,80}}")


def _talks_between(
    doc: Prepared, trig: _Trigger, end: int, squashed: str, orgs: OrgIndex
) -> int | None:
    """"การประชุมหารือระหว่างผู้บริหารกระทรวงอุตสาหกรรมและหน่วยงานที่เกี่ยวข้อง": a kind word alone
    (หารือ) is named by who meets, ระหว่าง + the unspaced run of its parties, when that run holds
    a body or rank or an organisation; the run ends at a break word (เพื่อ…, โดย…) or a space.
    Returns the end of the name, or None."""
    lex, text = lexicon(), doc.text
    if squashed and not lex.generic.fullmatch(squashed):
        return None
    m = _between_run().match(text, end, trig.limit)
    # The kind word is read here when the name scan stopped before it (หารือ is a verb there).
    if not m or (not squashed and m.start("between") == m.start()):
        return None
    run_end = m.end()
    stop = lex.reach_stop.search(text, m.end("between"), run_end)
    if stop:
        run_end = stop.start()
    parties = (m.end("between"), run_end)
    if lex.reach_tail.search(text[parties[0] : run_end]) or not (
        lex.bodies.search(text, *parties)
        or any(parties[0] <= s < run_end for s in orgs.ends)
    ):
        return None
    return run_end


@lru_cache(maxsize=1)
def _kind_word() -> re.Pattern[str]:
    return re.compile(alternation(cue_words("between")))


def _topic_numbered(squashed: str, om: re.Match[str] | None) -> bool:
    """"การประชุมหารือการจัดทำแผนพัฒนาทักษะฝีมือคนพิการรองรับการประกอบอาชีพ ครั้งที่ 2/2564": a
    kind word (หารือ) and a topic, numbered, name a meeting (the kind word alone is generic)."""
    kind = _kind_word().match(squashed) if om is not None else None
    return kind is not None and len(squashed) - kind.end() >= _MIN_TOPIC


_MIN_TOPIC = 6  # letters a topic after the kind word must have


def _named(
    doc: Prepared, trig: _Trigger, end: int, bare: str, om: re.Match[str] | None, named: bool
) -> Candidate | None:
    """The candidate of a trigger whose name (``bare``, ordinal ``om`` taken out) ends at
    ``end``, when the name is specific: an ordinal, a body or rank, a Latin word or a year, a
    topic or the parties of a signing (``named``), or a forum word."""
    lex = lexicon()
    text, ts, te, limit = doc.text, trig.ts, trig.te, trig.limit
    latin = re.fullmatch(ENG_SEQ, bare)
    specific = (
        om is not None or latin is not None or named or lex.bodies.search(bare)
        or trig.word in lex.forum or re.search(r"[A-Za-z]|\d{4}", bare)
    )
    if not specific:
        return None
    # "การประชุม กสทช. ครั้งที่ 7/2564": a body named by its abbreviation, in session; the
    # abbreviation is the meeting's acronym (it joins the full name that gives it in brackets),
    # and the space before it stays, as before a Latin name.
    abbreviated = om is not None and _THAI_ABBREVIATION_RE.fullmatch(bare) is not None
    joiner = " " if bare[:1].isascii() or (abbreviated and text[te : te + 1] == " ") else ""
    # "การประชุมใหญ่สามัญประจำปี พ.ศ. 2567": the edition is no part of the name (the span keeps it).
    shown = _EDITION_RE.sub(" ", bare).strip() or bare
    # "อภิปรายในที่ประชุมสภาผู้แทนราษฎร": ที่ประชุม after ใน speaks of a body in session, a
    # reference that names a meeting only when it joins one or has its own date or place.
    opens = trig.te - len(trig.word)  # where the trigger (with its skipped ที่) starts
    reference = trig.word in lex.skip and text.endswith(_IN, 0, opens)
    cand = Candidate(
        [(ts, end)], (ts, end), name=clean_name(text[ts:te] + joiner + shown),
        ordinal=_ordinal(om), session=om.group("session") if om else None,
        latin_core=bare if latin else None, trigger=trig.word,
        rule="thai-reference" if reference else "thai-trigger",
    )
    if abbreviated:
        cand.acronym = bare
    cand.block = (ts, read_brackets(doc, cand, end, limit))
    _signing_subject(doc, trig, cand, end)
    cand.weak = not cand.strong()
    # "การประชุมคณะกรรมการ", "การประชุมวิชาการ": a kind of meeting, not one; "เวทีการค้า" (a
    # stage for trade): a forum is named in English or numbered.
    if cand.weak and (re.sub(r"\s+", "", bare) in lex.bare or trig.word in lex.forum):
        return None
    # "การเปิดการเจรจา FTA กับ EU": negotiating in general; a round has an ordinal or its own
    # date or place.
    if cand.weak and (trig.word in lex.negotiation or reference) and not lex.own_cue.search(
        text, cand.block[1], min(limit, cand.block[1] + _OWN_CUE_SPAN)
    ):
        return None
    return cand


# The subject of what is signed, after the agreement's bracketed abbreviation: an unspaced run
# from การ…, up to a space or the parties (ระหว่าง…).
_SIGNING_SUBJECT_RE = re.compile(r"\s(?P<subject>การ[^\s()\"“”,]{2,120}?)(?=\s|ระหว่าง|$)")


def _signing_subject(doc: Prepared, trig: _Trigger, cand: Candidate, end: int) -> None:
    """"พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูล…": a signing's name
    goes on over the agreement's bracketed abbreviation to the subject of the agreement."""
    if trig.word not in lexicon().signing or cand.block[1] <= end:
        return
    m = _SIGNING_SUBJECT_RE.match(doc.text, cand.block[1], trig.limit)
    if m is None:
        return
    cand.mentions[0] = cand.block = (cand.block[0], m.end())
    cand.name = clean_name(doc.text[cand.block[0] : m.end()])


def english_candidates(doc: Prepared, consumed: list[tuple[int, int]]) -> list[Candidate]:
    """Meetings named in English (… Meeting, … Summit) outside the blocks already read."""
    text = doc.text
    online, platform = lexicon().online, lexicon().platform
    taken = sorted(consumed)
    cands = []
    for m in latin_finditer(_ENG_FULL_RE, text):
        seq = m.group("seq")
        # "the 46th Asean Summit on Monday and Tuesday. The …": the name ends before a sentence
        # end and a day or month after on/in.
        tail = lexicon().eng_tail.search(seq)
        if tail:
            seq = seq[: tail.start()]
        end = m.start("seq") + len(seq)
        # "Zoom Meeting", "Cisco Webex Meetings": a video platform, not a meeting.
        if not MEETING_HEADS_RE.search(seq) or online.fullmatch(seq) or platform.search(seq):
            continue
        # "Retreat", "Conference 2018": a head word alone names no meeting.
        rest = MEETING_HEADS_RE.sub(" ", seq)
        if not any(w.lower() not in ENG_STOPWORDS for w in re.findall(r"[A-Za-z]+", rest)):
            continue
        k = bisect_left(taken, (end, end))
        if any(m.start() < e for _, e in taken[max(0, k - 3) : k]):
            continue  # inside brackets a Thai name already read
        english = strip_the(clean_name(seq))
        head = MEETING_HEADS_RE.search(seq)
        cand = Candidate([(m.start(), end)], (m.start(), end), name=english, english=english,
                         trigger=head.group() if head else "", rule="english-name")
        if m.group("ord"):
            cand.ordinal = int(m.group("ord"))
        sentence = doc.sentence_at(m.start())
        limit = sentence.nend if sentence else len(text)
        # "การประชุม ASEAN Ministers on Energy Meeting ครั้งที่ 41 (AMEM)": a Thai ordinal after
        # the English name, then its brackets.
        ahead = lexicon().ordinal_ahead.match(text, end, limit)
        om = lexicon().ordinal.match(text, ahead.end(), limit) if ahead else None
        if om and cand.ordinal is None:
            cand.ordinal, cand.session = _ordinal(om), om.group("session")
            cand.mentions[0] = (m.start(), om.end())
            end = om.end()
        cand.block = (m.start(), read_brackets(doc, cand, end, limit))
        consumed.append(cand.block)
        cands.append(cand)
    return cands


@dataclass(slots=True)
class Cluster:
    """The candidates that name one meeting."""

    cands: list[Candidate] = field(default_factory=list)

    def get(self, attr: str) -> object:
        """The first value any candidate gives for ``attr``."""
        for cand in self.cands:
            value = getattr(cand, attr)
            if value is not None:
                return value
        return None
