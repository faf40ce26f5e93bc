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

from ..lexicons import load
from .scan import (
    ENG_SEQ,
    ENG_STOPWORDS,
    MAX_NAME,
    THAI_ABBREVIATION,
    OrgIndex,
    alternation,
    clean_name,
    latin_finditer,
    literal_automaton,
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
# A Thai abbreviation in brackets: (ครม.), (กพช.), (ก.พ.ร.).
_BRACKET_THAI_ACR_RE = re.compile(rf"\s*(?P<acr>{THAI_ABBREVIATION})\s*")
MEETING_HEADS_RE = re.compile(
    r"\b(?:Meetings?|Summits?|Conferences?|Forums?|Ceremony|Dialogues?|Sessions?|Symposium|"
    r"Seminars?|Workshops?|Roundtables?|Retreats?|Assembly|Consultations?|Talks|Congress|"
    r"Webinars?|Plenary|Conclave)\b"
)
_OPEN_BRACKET_RE = re.compile(r"\s*\(")
_LEAD_SPACE_RE = re.compile(r"\s+")
# "พิธีเปิดงาน Opening Ceremony …": an English name right after a Thai trigger.
_ENG_AFTER_TRIGGER_RE = re.compile(
    rf"(?:งาน|การ)?\s*(?:(?:The|the)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?({ENG_SEQ})"
)
_OWN_CUE_SPAN = 90
_REACH = 60  # how far past a stop word a name may run to reach its own ordinal
_AND = "และ"
_TOPIC = 90  # how long a seminar's verb-led topic may run
_BETWEEN_RE = re.compile(r"\s?ระหว่าง\s?")
_IN = "ใน"
_EDITION_RE = re.compile(
    r"\s?ประจำปี(?:งบประมาณ)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}(?:\s?[-/]\s?\d{2,4})?(?!\d)"
)
_BETWEEN_BODIES_RE = re.compile(r"ระหว่าง[^\s,()]{2,60}?กับ[^\s,()]{2,60}")


# --- lexicons ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    skip: dict[str, str]
    signing: frozenset[str]  # triggers whose parties (ระหว่าง A และ B) belong to the name
    bodies: re.Pattern[str]
    generic: re.Pattern[str]
    bare: frozenset[str]
    backref: re.Pattern[str]  # "ดังกล่าว", "ครั้งนี้": the meeting just named (a mention of it)
    kinds: frozenset[str]  # kinds of meeting that count with their own date or place (ทวิภาคี)
    kind_triggers: frozenset[str]  # triggers that are such a kind themselves (หารือทวิภาคี)
    forum: frozenset[str]  # triggers that need an English name, acronym or ordinal (เวที)
    seminar: frozenset[str]  # triggers whose quoted topic may name them (งานสัมมนาเรื่อง "…")
    ceremony: frozenset[str]  # พิธีเปิด / พิธีปิด: before a meeting's name, a mention of it
    negotiation: frozenset[str]  # การเจรจา: a round only with an ordinal or its own date or place
    online: re.Pattern[str]
    platform: re.Pattern[str]  # a video platform's name: Zoom, Webex, Microsoft Teams
    ordinal: re.Pattern[str]  # ครั้งที่ 14, ครั้งที่ 28-29 (two summits: the first), ครั้งที่ 1/2561
    ordinal_ahead: re.Pattern[str]  # spaces, then an ordinal word
    ordinal_reach: re.Pattern[str]  # the rest of an unspaced run, up to " (อกส.) ครั้งที่ …"
    reach_stop: re.Pattern[str]  # what that rest may not hold: a trigger, a break word
    verb_tail: re.Pattern[str]  # a verb (meetings/boundaries.tsv) at the end of a stretch
    topic: re.Pattern[str]  # a seminar's quoted topic after its trigger: เรื่อง "…", หัวข้อ "…"
    verb_topic: re.Pattern[str]  # a seminar's verb-led topic: สัมมนารับฟังความคิดเห็น…
    own_cue: re.Pattern[str]  # a date or place of the meeting's own: "เมื่อวันที่ …", "ณ …"


def cue_words(role: str) -> list[str]:
    """The words of ``meetings/cues.tsv`` with ``role``."""
    return [r["word"] for r in load("meetings/cues") if r["role"] == role]


def _boundary_words(role: str) -> list[str]:
    """The words of ``meetings/boundaries.tsv`` with ``role`` that apply to names."""
    return [r["word"] for r in load("meetings/boundaries")
            if r["role"] == role and r["scope"] in ("name", "both")]


@lru_cache(maxsize=1)
def lexicon() -> MeetingLexicon:
    rows = load("meetings/triggers")
    nots = [r["trigger"] for r in rows if r["type"] == "not"]
    trig = [r["trigger"] for r in rows if r["type"] != "not"]
    online = sorted((r["cue"] for r in load("meetings/online")), key=len, reverse=True)
    generic = load("meetings/generic")
    ordinal = alternation(cue_words("ordinal"))
    return MeetingLexicon(
        triggers=re.compile(rf"(?P<x>{alternation(nots)})|(?P<t>{alternation(trig)})"),
        trigger_auto=literal_automaton({*nots, *trig}),
        skip={r["trigger"]: r["skip"] for r in rows if r["skip"]},
        signing=frozenset(r["trigger"] for r in rows if r["type"] == "signing"),
        bodies=re.compile(alternation([r["word"] for r in load("meetings/bodies")])),
        generic=re.compile(alternation(
            [r["word"] for r in generic if r["match"] in ("start", "backref")]
        )),
        backref=re.compile(alternation([r["word"] for r in generic if r["match"] == "backref"])),
        bare=frozenset(r["word"] for r in generic if r["match"] == "whole"),
        kinds=frozenset(r["word"] for r in generic if r["match"] == "kind"),
        kind_triggers=frozenset(r["trigger"] for r in rows if r["type"] == "kind"),
        forum=frozenset(r["trigger"] for r in rows if r["type"] == "forum"),
        seminar=frozenset(r["trigger"] for r in rows if r["type"] == "seminar"),
        ceremony=frozenset(r["trigger"] for r in rows if r["type"] == "ceremony"),
        negotiation=frozenset(r["trigger"] for r in rows if r["type"] == "negotiation"),
        online=re.compile("|".join(re.escape(c) for c in online), re.IGNORECASE),
        platform=re.compile(
            "|".join(re.escape(r["cue"]) for r in load("meetings/online") if r["platform"])
        ),
        ordinal=re.compile(
            rf"(?:{ordinal})\s*(?P<n>\d+)(?:\s*-\s*\d+)?(?:\s*/\s*(?P<session>\d{{2,4}})(?!\d))?"
            r"|ครั้งแรก"
        ),
        ordinal_ahead=re.compile(rf"\s*(?=(?:{ordinal}))"),
        # "และ" may repeat inside an official name (…นโยบายและแผน…ทะเลและชายฝั่งแห่งชาติ).
        reach_stop=re.compile(alternation(
            [*trig, *(w for w in _boundary_words("break") if w != _AND)]
        )),
        verb_tail=re.compile(rf"(?:{alternation(_boundary_words('verb'))})$"),
        ordinal_reach=re.compile(
            rf"[^\s()\"'“”,]{{1,{_REACH}}}(?=\s?(?:\([^()\s]{{1,20}}\)\s?)?(?:{ordinal})\s*\d)"
        ),
        verb_topic=re.compile(
            # Over "และ" after a space too ("เสนอผลการศึกษา และรับฟังความคิดเห็น…"); lazily up to
            # the first end cue, a space, or the sentence end.
            rf"(?:{alternation(cue_words('topic_verb'))})(?:[^\s()\"“”,]|\s(?=และ)){{0,{_TOPIC}}}?"
            rf"(?=(?:{alternation(cue_words('topic_end'))})|\s(?!และ)|[()\"“”,]|$)"
        ),
        # "งานสัมมนาเรื่อง "…"", also with no cue word: "จัดสัมมนา "Select USA: …"".
        topic=re.compile(rf'\s?(?:(?:{alternation(cue_words("topic"))})\s?)?"[^"\n]{{2,100}}"'),
        own_cue=re.compile(rf"(?:{alternation(cue_words('own_date'))})วันที่|(?:(?<=\s)|^)ณ\s"),
    )


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
        if eng.group("ord") and cand.ordinal is None:
            cand.ordinal = int(eng.group("ord"))
        if eng.group("acr"):
            cand.acronym = eng.group("acr")
            cand.mentions.append(eng.span("acr"))
    end = close + 1
    # An ordinal may follow the brackets: การประชุม กพช. (…) ครั้งที่ 1/2565.
    after = lexicon().ordinal_ahead.match(text, end, limit)
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
    if trig.word in lexicon().seminar:
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
    if reach and reach.end() > end and not lexicon().reach_stop.search(reach.group(), 1):
        more, closed = scan(text, reach.end(), min(limit, reach.end() + MAX_NAME),
                            natural_end=limit, bodies=True)
        end = more if closed else reach.end()
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


_OWNER = "ของ"


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
    return more if named else end


def _read_thai(doc: Prepared, trig: _Trigger, orgs: OrgIndex) -> Candidate | None:
    """The candidate a Thai trigger opens, or None when what follows names no meeting."""
    lex = lexicon()
    text, ts, te, limit = doc.text, trig.ts, trig.te, trig.limit
    if _read_elsewhere(text, trig):
        return None
    end, parties = _name_end(doc, trig, orgs)
    if end is None:
        return None
    # "ก่อนเข้าประชุม นายกรัฐมนตรี ได้…": after a space the name must start with who meets
    # (รัฐมนตรี…, ครม., คณะกรรมการ…) or a Latin name; otherwise the space ends the verb phrase.
    lead = _LEAD_SPACE_RE.match(text, te, end)
    after_space = text[lead.end() : lead.end() + 1] if lead else ""
    if lead and not (lex.bodies.match(text, lead.end()) or after_space.isascii()):
        return None
    end = _owner(doc, trig, end)
    core = text[te:end].strip(" -")
    om = lexicon().ordinal.search(core)
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
    if not bare or lex.generic.match(bare) or various(text, end):
        return None
    topical = trig.word in lex.seminar and lex.verb_topic.match(text, te, limit) is not None
    return _named(doc, trig, end, bare, om, title is not None or parties is not None or topical)


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
    joiner = " " if bare[:1].isascii() else ""
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
    cand.block = (ts, read_brackets(doc, cand, end, limit))
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


def english_candidates(doc: Prepared, consumed: list[tuple[int, int]]) -> list[Candidate]:
    """Meetings named in English (… Meeting, … Summit) outside the blocks already read."""
    text = doc.text
    online, platform = lexicon().online, lexicon().platform
    taken = sorted(consumed)
    cands = []
    for m in latin_finditer(_ENG_FULL_RE, text):
        seq = m.group("seq")
        # "Zoom Meeting", "Cisco Webex Meetings": a video platform, not a meeting.
        if not MEETING_HEADS_RE.search(seq) or online.fullmatch(seq) or platform.search(seq):
            continue
        # "Retreat", "Conference 2018": a head word alone names no meeting.
        rest = MEETING_HEADS_RE.sub(" ", seq)
        if not any(w.lower() not in ENG_STOPWORDS for w in re.findall(r"[A-Za-z]+", rest)):
            continue
        k = bisect_left(taken, (m.end(), m.end()))
        if any(m.start() < e for _, e in taken[max(0, k - 3) : k]):
            continue  # inside brackets a Thai name already read
        english = strip_the(clean_name(seq))
        head = MEETING_HEADS_RE.search(seq)
        cand = Candidate([m.span()], m.span(), name=english, english=english,
                         trigger=head.group() if head else "", rule="english-name")
        if m.group("ord"):
            cand.ordinal = int(m.group("ord"))
        sentence = doc.sentence_at(m.start())
        limit = sentence.nend if sentence else len(text)
        cand.block = (m.start(), read_brackets(doc, cand, m.end(), limit))
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
