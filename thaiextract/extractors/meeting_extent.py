"""How far a meeting's Thai name runs after its trigger (:mod:`.meeting_names` reads the rest).

A name runs to a boundary (``meetings/boundaries.tsv``) and then on over what is part of it
(:func:`name_end`): the organisation that opens it, the stop words that lead to its own
ordinal, a line break before its ordinal (:func:`line_wrapped`), the body that owns a bare kind
of meeting (:func:`owner_end`), who meets after ระหว่าง (:func:`talks_between`), and a
signing's subject after the agreement's bracketed abbreviation (:func:`signing_subject`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load
from .meeting_lexicon import AND, REACH, cue_words, ends_in_stop, lexicon
from .scan import MAX_NAME, THAI_ABBREVIATION, OrgIndex, alternation, clean_name, scan

if TYPE_CHECKING:
    from ..pipeline import Prepared
    from .meeting_names import Candidate

_BETWEEN_RE = re.compile(r"\s?ระหว่าง\s?")
_BETWEEN_BODIES_RE = re.compile(r"ระหว่าง[^\s,()]{2,60}?กับ[^\s,()]{2,60}")


@dataclass(slots=True)
class Trigger:
    """A Thai trigger in its sentence: the name runs from ``te`` to at most ``limit``."""

    word: str
    ts: int  # where the span starts (after a skipped "ที่")
    te: int
    limit: int


def name_end(doc: Prepared, trig: Trigger, orgs: OrgIndex) -> tuple[int | None, int | None]:
    """Where the name after ``trig`` ends (None: no natural end), and the end of a signing's
    parties when they make part of it."""
    text, te, limit = doc.text, trig.te, trig.limit
    # "…ครั้งที่ 1/2561ณห้องประชุม…": a glued "at" ends the name as a spaced one does.
    glued = lexicon().glued_at.search(text, te, limit)
    limit = glued.start() if glued else limit
    if verb_topic_named(text, trig):
        # "การประชุมสัมมนาเสนอผลการศึกษาและรับฟังความคิดเห็น…": a seminar named by what it does.
        topic = lexicon().verb_topic.match(text, te, limit)
        inner = _inner_meeting(text, topic.start(), topic.end()) if topic else None
        if inner is not None:
            # "ประชุมการเตรียมความพร้อมรับการตรวจราชการของนายกรัฐมนตรีและการจัดประชุมคณะ
            # รัฐมนตรี… ครั้งที่ 1/2564": the topic ends before the other meeting it names (and
            # its ordinal is that meeting's).
            return inner, None
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


@lru_cache(maxsize=1)
def _numbered_unit() -> re.Pattern[str]:
    """"ที่ 3" numbering the unit word right before it (cues.tsv ``numbered``)."""
    units = "|".join(rf"(?<={re.escape(w)})" for w in sorted(cue_words("numbered")))
    # Matched at a fixed position only (``match``), so the look-behinds may come first.
    return re.compile(rf"(?:{units})ที่\s?\d+(?![\d/])")


def _numbered_unit_end(text: str, te: int, end: int, limit: int) -> int:
    """"ประชุมคณะกรรมการพัฒนาบริการพยาบาลเขตสุขภาพที่ 3 ครั้งที่ 2": a name cut at the ที่ that
    numbers its unit (a health region) runs on over that number."""
    if end <= te:
        return end
    m = _numbered_unit().match(text, end, limit)
    return m.end() if m else end


def _inner_meeting(text: str, start: int, end: int) -> int | None:
    """Where a verb-led topic from ``start`` to ``end`` ends when it runs into another meeting
    trigger: before the "และ" that joins that meeting, else before the trigger (None: it runs
    into none)."""
    lex = lexicon()
    inner = next((m for m in lex.triggers.finditer(text, start + 1, end) if m.lastgroup == "t"),
                 None)
    if inner is None:
        return None
    joined = text.rfind(AND, start, inner.start())
    return joined if joined > start else inner.start()


def _own_end(text: str, te: int, end: int, limit: int, orgs: OrgIndex) -> int:
    """Where a name cut by the scan at ``end`` really ends: over the organisation that opens it
    and over the stop words that lead to its own ordinal or edition."""
    end = _numbered_unit_end(text, te, end, limit)
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
        and not ends_in_stop(reach.group())
    ):
        more, closed = scan(text, reach.end(), min(limit, reach.end() + MAX_NAME),
                            natural_end=limit, bodies=True)
        end = more if closed else reach.end()
    return _abbreviation_end(text, body, end, limit)


# The rest of an unspaced run, up to the body's abbreviation in brackets: Thai (ก.ก.ถ.) or Latin
# capitals (APPC GB).
_ABBREVIATION_REACH_RE = re.compile(
    rf"[^\s()\"'“”,]{{1,{REACH}}}"
    rf"(?=\s?\(\s?(?:{THAI_ABBREVIATION}|[A-Z][A-Z0-9]+(?:[ .-][A-Z0-9]+){{0,3}})\s?\))"
)


def _abbreviation_end(text: str, body: int, end: int, limit: int) -> int:
    """"การประชุมคณะกรรมการการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น (ก.ก.ถ.)", "…ขบวนการ
    ประชาชนเพื่อสังคมที่เป็นธรรม (ขปส.)", "…วิทยาลัยการไปรษณีย์แห่งเอเชียและแปซิฟิก (APPC GB)": a
    body's name cut at a stop word (ให้, ที่, ของ) or at และ runs on
    over the rest of its unspaced run when that run ends at the body's bracketed abbreviation,
    which abbreviates all of it. Only for a name that opens with who meets (คณะกรรมการ…), and
    not over a trigger, a break word or a verb (…มีมติให้กรมการค้าภายใน (คน.))."""
    lex = lexicon()
    if end <= body or not lex.bodies.match(text, body):
        return end
    reach = _ABBREVIATION_REACH_RE.match(text, end, limit)
    if reach is None or reach.end() <= end:
        return end
    run = reach.group()
    # Not over a break word even at the cut ("…คณะทำงานร่วมกับกรมการค้าต่างประเทศ (คต.)": another
    # body's abbreviation), nor over ของ ("…นโยบายการเงินของธนาคารแห่งประเทศไทย (ธปท.)": the
    # owner's abbreviation, not the meeting's).
    if lex.reach_stop.search(run) or _OWNER in run or ends_in_stop(run) or lex.verb_in.search(run):
        return end
    # Nor when the cut word opens an organisation's name ("…ติดตามการดำเนินงานให้กรมการค้าภายใน
    # (คน.)"): the brackets abbreviate that organisation, not the meeting's body.
    if _organisation_after_cut().match(run):
        return end
    return reach.end()


@lru_cache(maxsize=1)
def _organisation_after_cut() -> re.Pattern[str]:
    """A cut word (ให้, ที่, และ) right before the head of an organisation's name (กรม…,
    สำนักงาน…; ``initiatives/owner_heads.tsv``, the heads an owner's name opens with)."""
    heads = alternation([r["word"] for r in load("initiatives/owner_heads")])
    return re.compile(rf"(?:ให้|ที่|{AND})(?:{heads})")


_THAI_ABBREVIATION_RE = re.compile(THAI_ABBREVIATION)


def numbered_abbreviation(text: str, pos: int, limit: int) -> bool:
    """Does a Thai abbreviation followed by an ordinal start at ``pos`` ("กสทช. ครั้งที่ 7/2564")?"""
    m = _THAI_ABBREVIATION_RE.match(text, pos, limit)
    ahead = lexicon().ordinal_ahead.match(text, m.end(), limit) if m else None
    return ahead is not None and lexicon().ordinal.match(text, ahead.end(), limit) is not None


# Up to three more spaced runs, then a body's Thai abbreviation in brackets.
_SPACED_TO_ABBREVIATION_RE = re.compile(
    rf"(?:\s[^\s()\"“”,]{{1,40}}){{1,3}}?(?=\s?\(\s?{THAI_ABBREVIATION}\s?\))"
)


def abbreviated_body(text: str, trig: Trigger, end: int) -> int | None:
    """"ที่ประชุมศูนย์ปฏิบัติการ ศูนย์บริหารสถานการณ์โควิด 19 (ศปก.ศบค.) เมื่อวันที่ …": a name
    cut at a space runs on over a few spaced runs to the body's bracketed Thai abbreviation,
    which marks all of it as one body's official name, when no run holds a stop, verb or break
    word. Returns the new end of the name (before the brackets), or None."""
    if end <= trig.te or not text[end : end + 1].isspace():
        return None
    m = _SPACED_TO_ABBREVIATION_RE.match(text, end, trig.limit)
    if m is None:
        return None
    for run in re.finditer(r"\S+", text[end : m.end()]):
        start = end + run.start()
        stop, _ = scan(text, start, end + run.end(), natural_end=end + run.end())
        if stop != end + run.end():
            return None
    return m.end()


# Up to a dozen spaced runs, then an ordinal of the N/YYYY form a body's sittings are numbered in.
_LISTED_ORDINAL_RE = re.compile(
    r"(?P<runs>(?:\s[^\s()\"“”,]{1,50}){1,12}?)\s?(?=ครั้งที่\s?\d+\s?/\s?\d{2,4}(?!\d))"
)


def listed_ordinal(text: str, end: int, limit: int) -> re.Match[str] | None:
    """"การประชุมคณะกรมการจังหวัด หัวหน้าส่วนราชการและหน่วยงานที่เกี่ยวข้อง ครั้งที่ 7/2563":
    a body's meeting whose name is followed by a spaced list of who else sits in it (posts,
    "และหน่วยงานที่เกี่ยวข้อง") takes the N/YYYY ordinal that ends the list. The list may hold
    no trigger, break word (but และ), date cue or verb, and no run may end in a stop word:
    "… มีมติ… ครั้งที่ 2/2567" or "… เมื่อวันที่ … ครั้งที่ …" tell of something else."""
    m = _LISTED_ORDINAL_RE.match(text, end, limit)
    if m is None or not text[end : end + 1].isspace():
        return None
    lex = lexicon()
    runs = m.group("runs")
    if lex.reach_stop.search(runs) or lex.verb_in.search(runs):
        return None
    if any(ends_in_stop(run) for run in runs.split()):
        return None
    return lex.ordinal.match(text, m.end(), limit)


_LEAD_SPACE_RE = re.compile(r"\s+")


def spaced_name(text: str, te: int, end: int, limit: int) -> bool:
    """May the name after a trigger ending at ``te`` (cut at ``end``) be read? After a space it
    must start with who meets (รัฐมนตรี…, ครม., คณะกรรมการ…), a Latin name or a numbered
    abbreviation: in "ก่อนเข้าประชุม นายกรัฐมนตรี ได้…" the space ends the verb phrase."""
    lead = _LEAD_SPACE_RE.match(text, te, end)
    if not lead:
        return True
    return bool(
        lexicon().bodies.match(text, lead.end()) or text[lead.end() : lead.end() + 1].isascii()
        or numbered_abbreviation(text, lead.end(), limit)
    )


def line_wrapped(doc: Prepared, trig: Trigger, end: int) -> tuple[int, int] | None:
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


_NOUN_FORMS = ("การ", "งาน")  # การสัมมนา…, งานสัมมนา…: a seminar named as a thing


def verb_topic_named(text: str, trig: Trigger) -> bool:
    """May a verb-led topic name the seminar of ``trig``? A noun form may (การสัมมนา…,
    งานสัมมนา…); a seminar word used as a verb only after จัด/เปิด: "จัดสัมมนารับฟังความคิดเห็น…"
    names a seminar, "ร่วมสัมมนาแลกเปลี่ยนความคิดเห็น" says what people did."""
    lex = lexicon()
    start = trig.te - len(trig.word)
    # A noun form (การประชุม…), the verb after จัด/เปิด/ประธาน, or the verb opening a headline
    # or a quoted title ("ประชุมเตรียมความพร้อมการเปิดพื้นที่…" over its lead).
    nominal = (
        trig.word.startswith(_NOUN_FORMS)
        or lex.organise.search(text, max(0, start - _ORGANISE_SPAN), start) is not None
        or start == 0 or text[start - 1] in _TITLE_OPENERS
    )
    if trig.word not in lex.seminar:
        # "การประชุมรับฟังความคิดเห็นแผนปฏิบัติการ…": a meeting named as a thing by what it does
        # on a subject it writes out (a hearing, a briefing, a workshop's purpose).
        return nominal and lex.hearing.match(text, trig.te) is not None
    return nominal


_ORGANISE_SPAN = 6
_TITLE_OPENERS = "\n\"“"  # a line break or an opening quotation mark before a headline's verb
_OWNER = "ของ"
_OWNER_SUBJECT_RE = re.compile(r"เรื่อง[^\s()\"'“”,]{2,60}(?=\s|$)")


def owner_end(doc: Prepared, trig: Trigger, end: int) -> int:
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


@lru_cache(maxsize=1)
def _between_run() -> re.Pattern[str]:
    """A kind word (cues.tsv ``between``), ระหว่าง and the unspaced run of who meets."""
    kinds = alternation(cue_words("between"))
    return re.compile(rf"(?:{kinds})?\s?(?P<between>ระหว่าง)\s?[^\s()\"'“”,]{{2,80}}")


def talks_between(
    doc: Prepared, trig: Trigger, end: int, squashed: str, orgs: OrgIndex
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


# The subject of what is signed, after the agreement's bracketed abbreviation: an unspaced run
# from การ…, up to a space or the parties (ระหว่าง…).
_SIGNING_SUBJECT_RE = re.compile(r"\s(?P<subject>การ[^\s()\"“”,]{2,120}?)(?=\s|ระหว่าง|$)")


def signing_subject(doc: Prepared, trig: Trigger, cand: Candidate, end: int) -> None:
    """"พิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) การพัฒนาระบบการเชื่อมโยงข้อมูล…": a signing's name
    goes on over the agreement's bracketed abbreviation to the subject of the agreement."""
    if trig.word not in lexicon().signing or cand.block[1] <= end:
        return
    m = _SIGNING_SUBJECT_RE.match(doc.text, cand.block[1], trig.limit)
    if m is None:
        return
    cand.mentions[0] = cand.block = (cand.block[0], m.end())
    cand.name = clean_name(doc.text[cand.block[0] : m.end()])


__all__ = [
    "Trigger",
    "abbreviated_body",
    "line_wrapped",
    "listed_ordinal",
    "name_end",
    "numbered_abbreviation",
    "owner_end",
    "signing_subject",
    "spaced_name",
    "talks_between",
    "verb_topic_named",
]
