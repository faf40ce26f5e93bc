"""The meeting lexicons (``thaiextract/lexicons/meetings/``), compiled once for the extractor
(:mod:`.meeting_names`, :mod:`.meetings`) and the linker (``link/meetings.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load
from .scan import THAI, alternation, literal_automaton

REACH = 60  # how far past a stop word a name may run to reach its own ordinal or edition
TOPIC = 90  # how long a seminar's verb-led topic may run
HEARING_SUBJECT = 6  # letters a hearing's subject must have ("แผนปฏิบัติการ…", not "กัน")
AND = "และ"
# What brackets after a Thai name may hold when they give its English name: Latin letters,
# digits, spaces and punctuation, no Thai letter.
_LATIN_BRACKET = r"[A-Za-z][^()\u0e00-\u0e7f\n]{1,150}"
# An edition: ประจำปี 2567, ประจำปีงบประมาณ พ.ศ. 2567, ประจำปี 2565/66.
EDITION = r"ประจำปี(?:งบประมาณ)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{4}(?:\s?[-/]\s?\d{2,4})?(?!\d)"
# A parliament's session, after its sitting's own ordinal: "การประชุมสภาผู้แทนราษฎร ครั้งที่ 2
# สมัยสามัญประจำปีครั้งที่ 1": the session, like an edition, is no part of the name, and its
# count is not the sitting's ordinal.
SESSION = r"\s*สมัย(?:วิ)?สามัญ(?:ประจำปี)?(?:\s?ครั้งที่\s?\d+)?"
# "เมื่อวันที่ 19 …", "วันนี้ (23 กุมภาพันธ์ 2566)", "วันที่ 7 ก.พ.": a lead that opens with its date.
DATED_LEAD_RE = re.compile(r"\s*(?:เมื่อ)?(?:วันที่\s?\d|วัน[^\s\d]{2,9}ที่\s?\d|วันนี้\s?\()")


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    skip: dict[str, str]
    signing: frozenset[str]  # triggers whose parties (ระหว่าง A และ B) belong to the name
    bodies: re.Pattern[str]
    groupings: frozenset[str]  # อาเซียน, เอเปค: "(เอเปค)" after a name is its acronym
    generic: re.Pattern[str]
    bare: frozenset[str]
    backref: re.Pattern[str]  # "ดังกล่าว", "ครั้งนี้": the meeting just named (a mention of it)
    kinds: frozenset[str]  # kinds of meeting that count with their own date or place (ทวิภาคี)
    purpose: re.Pattern[str]  # "…เพื่อดำเนินการ" ending a name: a purpose, no official name
    kind_triggers: frozenset[str]  # triggers that are such a kind themselves (หารือทวิภาคี)
    forum: frozenset[str]  # triggers that need an English name, acronym or ordinal (เวที)
    seminar: frozenset[str]  # triggers whose quoted topic may name them (งานสัมมนาเรื่อง "…")
    ceremony: frozenset[str]  # พิธีเปิด / พิธีปิด: before a meeting's name, a mention of it
    negotiation: frozenset[str]  # การเจรจา: a round only with an ordinal or its own date or place
    online: re.Pattern[str]
    platform: re.Pattern[str]  # a video platform's name: Zoom, Webex, Microsoft Teams
    venue: re.Pattern[str]  # an English name ending in a room's noun: "Plenary Hall"
    ordinal: re.Pattern[str]  # ครั้งที่ 14, ครั้งที่ 28-29 (two summits: the first), ครั้งที่ 1/2561
    ordinal_ahead: re.Pattern[str]  # spaces, then an ordinal word
    ordinal_reach: re.Pattern[str]  # the rest of an unspaced run, up to " (อกส.) ครั้งที่ …"
    reach_stop: re.Pattern[str]  # what that rest may not hold: a trigger, a break word
    verb_tail: re.Pattern[str]  # a verb (meetings/boundaries.tsv) at the end of a stretch
    verb_in: re.Pattern[str]  # such a verb anywhere in a stretch
    reach_tail: re.Pattern[str]  # a stop or verb right before an ordinal: "…จัดขึ้นเป็น|ครั้งที่"
    keep_tail: re.Pattern[str]  # a keep word (สถานที่, พื้นที่) ending a stretch: no stop there
    topic: re.Pattern[str]  # a seminar's quoted topic after its trigger: เรื่อง "…", หัวข้อ "…"
    verb_topic: re.Pattern[str]  # a seminar's verb-led topic: สัมมนารับฟังความคิดเห็น…
    organise: re.Pattern[str]  # จัด/เปิด right before a seminar word used as a verb
    hearing: re.Pattern[str]  # a hearing's verb with its subject after it: รับฟังความคิดเห็นแผน…
    own_cue: re.Pattern[str]  # a date or place of the meeting's own: "เมื่อวันที่ …", "ณ …"
    eng_tail: re.Pattern[str]  # where an English name ends: ". ", " on Monday", " in May"
    coordinated: re.Pattern[str]  # only a coordinator between two meetings: " และ ", ", "
    glued_at: re.Pattern[str]  # "ณ" glued to a place word: "…ครั้งที่ 1/2561ณห้องประชุม…"
    # Around a meeting's clause (meetings.py), from meetings/cues.tsv:
    clause_split: re.Pattern[str]  # a coordinator opening a clause of its own date (และเมื่อวันที่)
    occasion: re.Pattern[str]  # "ในโอกาส…", "ระหว่างการเยือน…": a clause about the occasion
    timing: re.Pattern[str]  # "ก่อน", "ภายหลัง" right before a name: it times another event
    future: re.Pattern[str]  # "จะ", "กำหนด": a meeting announced for later
    continues: re.Pattern[str]  # "โดยมี" opening a sentence that goes on with the one before
    takes_part: re.Pattern[str]  # "เข้าร่วม", "ร่วมประชุม": who took part
    said: re.Pattern[str]  # "กล่าวว่า": what follows is reported speech
    about: re.Pattern[str]  # "กล่าวถึง": a meeting spoken of, not dated by the words' day
    sidelines: re.Pattern[str]  # "ระหว่างการประชุม…": during another meeting
    not_held: re.Pattern[str]  # "ผลการ", "เตรียม" right before a kind: not held on the lead's day
    holds: re.Pattern[str]  # "มี" right before "การหารือทวิภาคี": the noun as the main verb
    other_time: re.Pattern[str]  # "เมื่อสัปดาห์ก่อน", "สัปดาห์หน้า": another day than the lead's


def ends_in_stop(run: str) -> bool:
    """Does ``run`` end in a stop word or verb, not in a keep word that holds one? "…อย่างเป็น
    ทางการนอกสถานที่ ครั้งที่ 1/2564" ends in สถานที่ (venue), no relative ที่."""
    lex = lexicon()
    return lex.reach_tail.search(run) is not None and lex.keep_tail.search(run) is None


def cue_words(role: str) -> list[str]:
    """The words of ``meetings/cues.tsv`` with ``role``."""
    return [r["word"] for r in load("meetings/cues") if r["role"] == role]


def _english_days_and_months() -> list[str]:
    """English weekday and month names (``dates/weekdays.tsv``, ``dates/months.tsv``)."""
    weekdays = [r["en"] for r in load("dates/weekdays") if r["en"]]
    return [*weekdays, *(r["form"] for r in load("dates/months") if r["kind"] == "en")]


def _glued_at() -> re.Pattern[str]:
    """"ณ" written with no space around it (dot-stripped news: "…คณะกรรมการ…ณห้องประชุม…")
    is "at" when a place word (``meetings/places.tsv``) follows, unless it ends a word such as
    บริเวณ or คุณ (cues.tsv ``na_final``: "บริเวณห้องประชุม" holds no "at")."""
    places = alternation([r["word"] for r in load("meetings/places")])
    # ณ first, then the look-behinds: the engine scans for the letter in C.
    finals = "".join(f"(?<!{re.escape(w)})" for w in sorted(cue_words("na_final")))
    return re.compile(rf"ณ{finals}(?=(?:{places}))")


def _boundary_words(role: str) -> list[str]:
    """The words of ``meetings/boundaries.tsv`` with ``role`` that apply to names."""
    return [r["word"] for r in load("meetings/boundaries")
            if r["role"] == role and r["scope"] in ("name", "both")]


def _ordinal_patterns(triggers: list[str]) -> dict[str, re.Pattern[str]]:
    """The ordinal of a name and how far a name may reach to it (``triggers``: the words that
    open a meeting, which such a reach may not run over)."""
    ordinal = alternation(cue_words("ordinal"))
    return {
        "ordinal": re.compile(
            rf"(?:{ordinal})\s*(?P<n>\d+)(?:\s*-\s*\d+)?(?:\s*/\s*(?P<session>\d{{2,4}})(?!\d))?"
            r"|ครั้งแรก"
        ),
        "ordinal_ahead": re.compile(rf"\s*(?=(?:{ordinal}))"),
        # "และ" may repeat inside an official name (…นโยบายและแผน…ทะเลและชายฝั่งแห่งชาติ).
        "reach_stop": re.compile(alternation(
            [*triggers, *(w for w in _boundary_words("break") if w != AND)]
        )),
        "verb_tail": re.compile(rf"(?:{alternation(_boundary_words('verb'))})$"),
        "verb_in": re.compile(alternation(_boundary_words("verb"))),
        "keep_tail": re.compile(rf"(?:{alternation(_boundary_words('keep'))})$"),
        "reach_tail": re.compile(
            rf"(?:{alternation([*_boundary_words('verb'), *_boundary_words('stop')])})$"
        ),
        # To its own ordinal or edition: "… (อกส.) ครั้งที่ 2", "…และกงสุลใหญ่ทั่วโลก ประจำปี 2566",
        # also over the English name in brackets: "…และผู้ว่าการธนาคารกลางอาเซียน (ASEAN Finance
        # Ministers' and Central Bank Governors' Meeting: AFMGM) ครั้งที่ 7".
        "ordinal_reach": re.compile(
            rf"[^\s()\"'“”,]{{1,{REACH}}}(?=\s?(?:\((?:[^()\s]{{1,20}}|{_LATIN_BRACKET})\)\s?)?"
            rf"(?:(?:{ordinal})\s*\d|{EDITION}))"
        ),
    }


def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """Seminar topics, a meeting's own date or place, the end of an English name and the
    coordinators between two meetings (``meetings/cues.tsv``, ``dates/``)."""
    audience = alternation(cue_words("audience"))
    return {
        "organise": re.compile(rf"(?:{alternation(cue_words('organise'))})(?:การ)?\s?$"),
        # The subject must be written on, unspaced: a hearing on what, not hearing in general.
        # Who it is held for is no subject ("…ชี้แจงผู้สื่อข่าว", a press briefing), unless a
        # subject opener follows ("…ความคิดเห็นประชาชนต่อร่าง…").
        "hearing": re.compile(
            # "ประชุมการเตรียมความพร้อมรับ…": the verb may be written as a noun (การ…).
            rf"(?:การ)?(?:{alternation(cue_words('hearing'))})"
            rf"(?:(?:{audience})(?=(?:{alternation(cue_words('subject_opener'))})))?"
            rf"(?!{alternation(cue_words('not_subject'))}|{audience})[{THAI}]{{{HEARING_SUBJECT},}}"
        ),
        "verb_topic": re.compile(
            # Over "และ" after a space too ("เสนอผลการศึกษา และรับฟังความคิดเห็น…"); lazily up to
            # the first end cue, a space, or the sentence end.
            rf"(?:การ)?(?:{alternation(cue_words('topic_verb'))})"
            rf"(?:[^\s()\"“”,]|\s(?=และ)){{0,{TOPIC}}}?"
            rf"(?=(?:{alternation(cue_words('topic_end'))})|\s(?!และ)|[()\"“”,]|$)"
        ),
        # "งานสัมมนาเรื่อง "…"", also with no cue word ("จัดสัมมนา "Select USA: …"") or two
        # ("จัดเสวนาในหัวข้อเรื่อง "เสาหลัก…"").
        "topic": re.compile(
            rf'\s?(?:(?:{alternation(cue_words("topic"))})\s?){{0,2}}"[^"\n]{{2,100}}"'
        ),
        "own_cue": re.compile(
            rf"(?:{alternation(cue_words('own_date'))})วันที่|(?:(?<=\s)|^)ณ\s|{_glued_at().pattern}"
        ),
        # "the 46th Asean Summit on Monday and Tuesday. The …": a sentence end, or on/in + a day
        # or month, ends an English name.
        "eng_tail": re.compile(
            r"(?<=[a-z]{3})\.(?=\s|$)|\s+(?:on|in)\s+"
            rf"(?:{alternation(_english_days_and_months())})\b"
        ),
        # "A และ B", "A, B", "A รวมทั้ง B": nothing but a coordinator between two meetings.
        "coordinated": re.compile(rf"\s?(?:{alternation(cue_words('coordinate'))})\s?"),
        "glued_at": _glued_at(),
    }


def _clause_patterns() -> dict[str, re.Pattern[str]]:
    """The cues of a meeting's clause: where it ends, whether it is the meeting's own, and
    whether the next sentence goes on with it (``meetings/cues.tsv``)."""
    # Not "โดยมีกำหนดการ…", "โดยมีมติ…", "โดยมีการ…" (``not_who``): what was planned or decided.
    not_who = alternation(cue_words("not_who"))
    return {
        "clause_split": re.compile(
            rf"(?:{alternation(cue_words('clause'))})\s?"
            rf"(?=(?:{alternation(cue_words('own_date'))})?\s?วัน)"
        ),
        "occasion": re.compile(alternation(cue_words("occasion"))),
        "timing": re.compile(rf"(?:{alternation(cue_words('timing'))})\s?$"),
        "future": re.compile(alternation(cue_words("future"))),
        "continues": re.compile(
            rf"\s*(?:{alternation(cue_words('continue'))})(?!\s?(?:{not_who}))"
        ),
        "takes_part": re.compile(alternation(cue_words("take_part"))),
        "said": re.compile(alternation(cue_words("said"))),
        "about": re.compile(alternation(cue_words("about"))),
        "sidelines": re.compile(alternation(cue_words("sidelines"))),
        "not_held": re.compile(rf"(?:{alternation(cue_words('not_held'))})(?:การ)?\s?$"),
        "holds": re.compile(rf"(?:{alternation(cue_words('holds'))})\s?$"),
        "other_time": _other_time(),
    }


def _other_time() -> re.Pattern[str]:
    """A day other than today's, told relatively: "สัปดาห์หน้า", "เมื่อเดือนที่แล้ว"
    (``dates/relative.tsv`` with an offset). Not "ที่ผ่านมา" alone: "…ความร่วมมือที่ผ่านมา"
    tells of no day."""
    return re.compile(alternation([r["form"] for r in load("dates/relative") if r["offset"] != 0]))


@lru_cache(maxsize=1)
def lexicon() -> MeetingLexicon:
    rows = load("meetings/triggers")
    nots = [r["trigger"] for r in rows if r["type"] == "not"]
    trig = [r["trigger"] for r in rows if r["type"] != "not"]
    online = sorted((r["cue"] for r in load("meetings/online")), key=len, reverse=True)
    generic = load("meetings/generic")
    return MeetingLexicon(
        triggers=re.compile(rf"(?P<x>{alternation(nots)})|(?P<t>{alternation(trig)})"),
        trigger_auto=literal_automaton({*nots, *trig}),
        skip={r["trigger"]: r["skip"] for r in rows if r["skip"]},
        signing=frozenset(r["trigger"] for r in rows if r["type"] == "signing"),
        bodies=re.compile(alternation([r["word"] for r in load("meetings/bodies")])),
        groupings=frozenset(r["word"] for r in load("meetings/bodies") if r["type"] == "grouping"),
        generic=re.compile(alternation(
            [r["word"] for r in generic if r["match"] in ("start", "backref")]
        )),
        backref=re.compile(alternation([r["word"] for r in generic if r["match"] == "backref"])),
        bare=frozenset(r["word"] for r in generic if r["match"] == "whole"),
        kinds=frozenset(r["word"] for r in generic if r["match"] == "kind"),
        purpose=re.compile(
            rf"เพื่อ(?:{alternation([r['word'] for r in generic if r['match'] == 'purpose'])})$"
        ),
        kind_triggers=frozenset(r["trigger"] for r in rows if r["type"] == "kind"),
        forum=frozenset(r["trigger"] for r in rows if r["type"] == "forum"),
        seminar=frozenset(r["trigger"] for r in rows if r["type"] == "seminar"),
        ceremony=frozenset(r["trigger"] for r in rows if r["type"] == "ceremony"),
        negotiation=frozenset(r["trigger"] for r in rows if r["type"] == "negotiation"),
        online=re.compile("|".join(re.escape(c) for c in online), re.IGNORECASE),
        platform=re.compile(
            "|".join(re.escape(r["cue"]) for r in load("meetings/online") if r["platform"])
        ),
        venue=re.compile(rf"\b(?:{alternation([r['word'] for r in load('meetings/venues')])})$"),
        **_ordinal_patterns(trig),
        **_cue_patterns(),
        **_clause_patterns(),
    )


__all__ = [
    "DATED_LEAD_RE", "EDITION", "SESSION", "MeetingLexicon", "cue_words", "ends_in_stop", "lexicon",
]
