"""Meeting names: where a meeting is named, and what each naming says (its candidate).

A meeting is named three ways:
- a Thai trigger (``meetings/triggers.tsv``: การประชุม…, ที่ประชุม…, การหารือ…, พิธีเปิด…) followed by a
  name that runs to a boundary (``meetings/boundaries.tsv``) and is specific (a body or rank from
  ``meetings/bodies.tsv``, an ordinal, a Latin word or a year); an English name and an acronym in
  brackets after it join the same candidate (:func:`read_brackets`);
- an English name in Latin script with a meeting head word (Meeting, Summit, Ceremony …),
  read by :mod:`.meeting_english`;
- a known acronym repeated anywhere (``meetings.py`` adds those once the names are clustered).
A kind of meeting with no name (หารือทวิภาคี) counts only when its own clause dates or places it;
a forum word (เวที) only with an English name, acronym or ordinal; a seminar may be named by its
quoted topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .meeting_extent import (
    Trigger,
    abbreviated_body,
    line_wrapped,
    listed_ordinal,
    name_end,
    owner_end,
    signing_subject,
    spaced_name,
    talks_between,
    verb_topic_named,
)
from .meeting_lexicon import DATED_LEAD_RE, EDITION, SESSION, cue_words, lexicon
from .scan import (
    ENG_SEQ,
    ENG_STOPWORDS,
    THAI_ABBREVIATION,
    OrgIndex,
    alternation,
    clean_name,
    literal_finditer,
    strip_the,
    various,
)

if TYPE_CHECKING:
    from ..pipeline import Prepared

_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z0-9]+)?"
_BRACKET_ENG_RE = re.compile(
    rf"\s*(?P<eng>(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ}))"
    rf"(?:\s*(?:หรือ|or|,|-|/|:)\s*(?P<acr>{_ACRONYM}))?\s*"
)
_BRACKET_ACR_RE = re.compile(rf"\s*(?P<acr>{_ACRONYM})\s*")
_DASHED_ACRONYM_RE = re.compile(r"\s+-\s+(?P<acr>[A-Z][A-Z0-9]+)$")
# A Thai abbreviation in brackets: (ครม.), (กพช.), (ก.พ.ร.).
_BRACKET_THAI_ACR_RE = re.compile(rf"\s*(?P<acr>{THAI_ABBREVIATION})\s*")
_BRACKET_WORD_RE = re.compile(r"\s*(?P<acr>[^()\s][^()]{0,20}?)\s*")
MEETING_HEADS_RE = re.compile(
    r"\b(?:Meetings?|Summits?|Conferences?|Forums?|Ceremony|Dialogues?|Sessions?|Symposium|"
    r"Seminars?|Workshops?|Roundtables?|Retreats?|Assembly|Consultations?|Talks|Congress|"
    r"Webinars?|Plenary|Conclave)\b"
)
_OPEN_BRACKET_RE = re.compile(r"\s*\(")
# Two or three parties joined by dashes, then an ordinal word: " ไทย-มาเลเซีย ครั้งที่ …".
PARTIES_AHEAD_RE = re.compile(
    r"\s?[\u0e00-\u0e7f]{2,15}(?:\s?-\s?[\u0e00-\u0e7f]{2,15}){1,2}\s?(?=ครั้ง|รอบที่|สมัยที่)"
)
# "พิธีเปิดงาน Opening Ceremony …": an English name right after a Thai trigger.
_ENG_AFTER_TRIGGER_RE = re.compile(
    rf"(?:งาน|การ)?\s*(?:(?:The|the)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?({ENG_SEQ})"
)
_OWN_CUE_SPAN = 90
_IN = "ใน"
_EDITION_RE = re.compile(rf"\s?{EDITION}")
_SESSION_RE = re.compile(SESSION)


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
    shortened: bool = False  # the fuller name, on its subject, is written elsewhere in the text
    trigger: str = ""  # the head word that opened it (evidence)
    rule: str = ""  # which of the ways above found it

    def strong(self) -> bool:
        return self.ordinal is not None or self.english is not None or self.acronym is not None

    def rank(self) -> int:
        """0 for a full mention (ordinal, English name or acronym), 1 for one named with การ…
        (การประชุมคณะรัฐมนตรี), 2 for a short form or back-reference (ที่ประชุม…, ประชุม…)."""
        if self.backref:
            return 3
        if self.shortened:
            return 2
        return 0 if not self.weak else 1 if self.trigger.startswith("การ") else 2


def ordinal_value(match: re.Match[str] | None) -> int | None:
    """The number an ordinal match gives (its ``n`` group; "ครั้งแรก", with none, is 1)."""
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
    # "การประชุมผู้นำกรอบความร่วมมือทางเศรษฐกิจในเอเชีย-แปซิฟิก (เอเปค)": a grouping's Thai name
    # in brackets is the meeting's short name, as an abbreviation is.
    if thai_acr is None:
        group = _BRACKET_WORD_RE.fullmatch(text, inner_start, close)
        thai_acr = group if group and group.group("acr") in lexicon().groupings else None
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
    after = lexicon().ordinal_ahead.match(text, end, limit) or PARTIES_AHEAD_RE.match(
        text, end, limit
    )
    if after and cand.ordinal is None:
        om = lexicon().ordinal.match(text, after.end(), limit)
        if om:
            cand.ordinal = ordinal_value(om)
            cand.session = om.group("session")
            cand.mentions[0] = (cand.mentions[0][0], om.end())
            return om.end()
    # "…นอกสถานที่ ครั้งที่ 5/2561 (24 ก.ค. 61)": brackets that give no name, acronym or ordinal
    # (a date, a period) are no part of the naming; what they say is its clause's.
    if not (thai_acr or acr or eng) and _DATED_BRACKET_RE.fullmatch(text, m.end(), close):
        return pos
    return end


# Brackets of digits and Thai letters only, with a digit: a date or a period, no name.
_DATED_BRACKET_RE = re.compile(r"[^A-Za-z()]*\d[^A-Za-z()]*")


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
        trig = Trigger(
            word, m.start() + len(lex.skip.get(word, "")), m.end(),
            sentence.nend if sentence else len(text),
        )
        cand = _read_thai(doc, trig, orgs)
        if cand is not None and not cand.backref and _inner_noun(text, trig, cand.mentions[0][1]):
            # A follow-up meeting on another ("ประชุมติดตามผลการประชุมสุดยอด… เอเปค ครั้งที่ 30"):
            # the ordinal and brackets after the inner name are that meeting's, not its own.
            cand.ordinal = cand.session = cand.acronym = cand.english = None
        if cand is not None:
            consumed.append(cand.block)
            cands.append(cand)
    return cands


def _read_elsewhere(text: str, trig: Trigger) -> bool:
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


def _read_thai(doc: Prepared, trig: Trigger, orgs: OrgIndex) -> Candidate | None:
    """The candidate a Thai trigger opens, or None when what follows names no meeting."""
    lex = lexicon()
    text, ts, te, limit = doc.text, trig.ts, trig.te, trig.limit
    # An opening or closing ceremony is a mention of the meeting it opens, which the next
    # trigger reads ("พิธีปิดการประชุมสุดยอดอาเซียน"); of anything else ("พิธีเปิดงานวันคนพิการสากล",
    # a fair, a building) it is no meeting.
    if _read_elsewhere(text, trig) or trig.word in lex.ceremony:
        return None
    end, parties = name_end(doc, trig, orgs)
    if end is None:
        return None
    wrapped = line_wrapped(doc, trig, end)
    if wrapped is not None:
        end, trig.limit = wrapped
    if not spaced_name(text, te, end, limit):
        return None
    end = owner_end(doc, trig, end)
    if _verb_over_noun(text, trig, end):
        return None
    body_end = abbreviated_body(text, trig, end)
    end = body_end or end
    # A line break inside a wrapped name is no part of it (no space was written there).
    core = _strip_session(text[te:end].strip(" -").replace("\n", ""))
    om = lexicon().ordinal.search(core)
    # "…การประชุมรัฐมนตรีอาเซียนเป็นครั้งแรก": "for the first time" is no ordinal of the meeting,
    # and the copula before it no part of the name.
    # A keep word is no copula: "…อย่างเป็นทางการนอกสถานที่ครั้งที่ 1/2564".
    copula = (
        lex.reach_tail.search(core, 0, om.start())
        if om and not lex.keep_tail.search(core, 0, om.start()) else None
    )
    if copula:
        end = te + text[te:end].index(core) + copula.start()
        core, om = text[te:end].strip(" -"), None
    bare = lexicon().ordinal.sub(" ", core).strip(" -")
    squashed = re.sub(r"\s+", "", bare)
    # "งานสัมมนาเรื่อง "อนาคต…"": a seminar with no name of its own is named by its topic.
    title = lex.topic.match(text, end, limit) if trig.word in lex.seminar else None
    if title and om is None and (not bare or squashed in lex.bare or lex.generic.match(bare)):
        end = title.end()
        # The quotation marks set the title off; they are no part of the name (as of a project's).
        core = bare = text[te:end].replace('"', " ").strip(" -")
        squashed = ""
    else:
        title = None
    # "ได้หารือทวิภาคีกับ… เมื่อวันที่ 3 มีนาคม": a kind of meeting is one when its own clause
    # dates or places it; with no such clause it is a description (การหารือทวิภาคีกัน).
    if om is None and ((trig.word in lex.kind_triggers and not bare) or squashed in lex.kinds):
        if not lex.own_cue.search(text, end, min(limit, end + _OWN_CUE_SPAN)) and not _dated_lead(
            doc, trig
        ):
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
    between = talks_between(doc, trig, end, squashed, orgs) if om is None else None
    if between is not None:
        return _named(doc, trig, between, text[te:between].strip(" -"), None, True)
    if _topic_numbered(squashed, om):
        return _named(doc, trig, end, bare, om, True)
    topical = verb_topic_named(text, trig) and lex.verb_topic.match(text, te, limit) is not None
    # "ประชุมเตรียมความพร้อมการเปิดพื้นที่…": a verb-led topic names the meeting even when its
    # verb opens like a generic word (เตรียม…).
    generic = lex.generic.match(bare) and not (topical and trig.word not in lex.seminar)
    if not bare or generic or various(text, end) or lex.purpose.search(squashed):
        return None
    return _named(
        doc, trig, end, bare, om,
        title is not None or parties is not None or topical or body_end is not None,
    )


def _verb_over_noun(text: str, trig: Trigger, end: int) -> bool:
    """Does the verb form ประชุม read over a noun-form naming whose own dates follow
    ("เข้าร่วมประชุมติดตามผลการประชุมรัฐมนตรีองค์การการค้าโลก สมัยสามัญ ครั้งที่ 13 (… MC13)
    ซึ่งจัดขึ้นระหว่างวันที่ 25 - 29 …")? Then the noun form (การประชุม…) names the meeting and
    the verb's reading is loose wording for it. Without that clause the verb names a meeting
    of its own, a follow-up ("ประชุมติดตามผลการประชุม… ผ่านระบบ Zoom"), whose date, place and
    format the inner name must not take."""
    held = _held_clause().search(text, end, min(trig.limit, end + _OWN_CUE_SPAN))
    return held is not None and _inner_noun(text, trig, end)


def _inner_noun(text: str, trig: Trigger, end: int) -> bool:
    """Does the verb form ประชุม read over a noun-form naming (ประชุมติดตามผลการประชุม…)?"""
    if trig.word.startswith(_NOUN):
        return False
    inner = lexicon().triggers.search(text, trig.te, end)
    return inner is not None and inner.lastgroup == "t" and inner.group().startswith(_NOUN)


_NOUN = "การ"


@lru_cache(maxsize=1)
def _held_clause() -> re.Pattern[str]:
    """"ซึ่งจัดขึ้น…": a relative clause that dates or places the meeting named before it."""
    return re.compile(alternation(cue_words("held_clause")))


def _strip_session(core: str) -> str:
    """The name without a parliament's session when it follows the sitting's own ordinal or
    counts sessions of the year ("…ราษฎร ครั้งที่ 2 สมัยสามัญประจำปีครั้งที่ 1"). With neither,
    the count is the meeting's own ordinal: "การประชุมรัฐมนตรีองค์การการค้าโลก สมัยสามัญ ครั้งที่
    13 (… MC13)", "การประชุมสภาเทศบาลตำบล… สมัยสามัญ ครั้งที่ 1/2569"."""

    def cut(m: re.Match[str]) -> str:
        yearly = _YEARLY in m.group()
        return "" if yearly or lexicon().ordinal.search(core, 0, m.start()) else m.group()

    return _SESSION_RE.sub(cut, core)


_YEARLY = "ประจำปี"


def _dated_lead(doc: Prepared, trig: Trigger) -> bool:
    """Does the sentence of a kind of meeting open with its date, with no other meeting named
    before it? "วันนี้ (17 พฤศจิกายน 2565) เวลา 17.15 น. ณ ห้องสีงาช้าง … นายกรัฐมนตรี หารือ
    ทวิภาคีกับ…": the lead dates and places the talks that are its main verb (not after a verb
    of saying, nor for talks held during another meeting)."""
    sentence = doc.sentence_at(trig.ts)
    if sentence is None or not DATED_LEAD_RE.match(doc.text, sentence.nstart, trig.ts):
        return False
    lex, text = lexicon(), doc.text
    opens = trig.te - len(trig.word)
    if lex.said.search(text, sentence.nstart, opens):
        return False  # "วันนี้ (…) นายกฯ กล่าวว่า ได้หารือทวิภาคี…": the date of the words
    # The talks must be the lead's main verb: not their result or report ("ผลการหารือทวิภาคี"),
    # not a plan ("เตรียมหารือทวิภาคี"), nor the noun as another verb's object ("ชื่นชมการ…").
    before = text[max(sentence.nstart, opens - 12) : opens]
    noun = trig.word.startswith("การ")
    if lex.not_held.search(before) or (noun and not lex.holds.search(before)):
        return False
    if lex.sidelines.search(text, trig.te, sentence.nend):
        return False  # "…หารือทวิภาคีกับ… ระหว่างการประชุมผู้นำ…": the date of that meeting
    if lex.other_time.search(text, trig.te, sentence.nend):
        return False  # "…หารือทวิภาคีกับ… เมื่อสัปดาห์ก่อน", "…ในสัปดาห์หน้า": another day
    return not any(
        m.lastgroup == "t" for m in literal_finditer(lex.triggers, lex.trigger_auto,
                                                     text[sentence.nstart : opens])
    )


@lru_cache(maxsize=1)
def _kind_word() -> re.Pattern[str]:
    return re.compile(alternation(cue_words("between")))


def _topic_numbered(squashed: str, om: re.Match[str] | None) -> bool:
    """"การประชุมหารือการจัดทำแผนพัฒนาทักษะฝีมือคนพิการรองรับการประกอบอาชีพ ครั้งที่ 2/2564": a
    kind word (หารือ) and a topic, numbered, name a meeting (the kind word alone is generic)."""
    kind = _kind_word().match(squashed) if om is not None else None
    return kind is not None and len(squashed) - kind.end() >= _MIN_TOPIC


_MIN_TOPIC = 6  # letters a topic after the kind word must have


_THAI_ABBREVIATION_RE = re.compile(THAI_ABBREVIATION)


def _named(
    doc: Prepared, trig: Trigger, end: int, bare: str, om: re.Match[str] | None, named: bool
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
    # A quoted title keeps the space written before it ("เสวนา "ไข้หวัดนก…"" → "เสวนา ไข้หวัดนก…").
    spaced = text[te : te + 1] == " " and (abbreviated or text[te + 1 : te + 2] == '"')
    joiner = " " if bare[:1].isascii() or spaced else ""
    # "การประชุมใหญ่สามัญประจำปี พ.ศ. 2567": the edition is no part of the name (the span keeps it).
    shown = _EDITION_RE.sub(" ", bare).strip() or bare
    # "อภิปรายในที่ประชุมสภาผู้แทนราษฎร": ที่ประชุม after ใน speaks of a body in session, a
    # reference that names a meeting only when it joins one or has its own date or place.
    opens = trig.te - len(trig.word)  # where the trigger (with its skipped ที่) starts
    reference = trig.word in lex.skip and text.endswith(_IN, 0, opens)
    cand = Candidate(
        [(ts, end)], (ts, end), name=clean_name(text[ts:te] + joiner + shown),
        ordinal=ordinal_value(om), session=om.group("session") if om else None,
        latin_core=bare if latin else None, trigger=trig.word,
        rule="thai-reference" if reference else "thai-trigger",
    )
    if abbreviated:
        cand.acronym = bare
    cand.block = (ts, read_brackets(doc, cand, end, limit))
    # Not for a body named by its generic word alone ("การประชุมคณะทำงาน โครงการ… ครั้งที่ 1/2567"):
    # the runs before the ordinal name the working group, and the bare word names no meeting.
    squashed = re.sub(r"\s+", "", bare)
    if (
        cand.ordinal is None and cand.block[1] == end and lex.bodies.match(bare)
        and squashed not in lex.bare
    ):
        listed = listed_ordinal(text, end, limit)
        if listed:
            cand.ordinal, cand.session = ordinal_value(listed), listed.group("session")
    signing_subject(doc, trig, cand, end)
    cand.weak = not cand.strong()
    # "การประชุมคณะกรรมการ", "การประชุมวิชาการ": a kind of meeting, not one; "เวทีการค้า" (a
    # stage for trade): a forum is named in English or numbered.
    if cand.weak and (squashed in lex.bare or trig.word in lex.forum):
        return None
    # "การเปิดการเจรจา FTA กับ EU": negotiating in general; a round has an ordinal or its own
    # date or place.
    if cand.weak and (trig.word in lex.negotiation or reference) and not lex.own_cue.search(
        text, cand.block[1], min(limit, cand.block[1] + _OWN_CUE_SPAN)
    ):
        return None
    return cand


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
