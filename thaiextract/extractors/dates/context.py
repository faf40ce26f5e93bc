"""What the words around a written day say about it, for the article's own date
(:mod:`thaiextract.document_date`): a record's field, a page's byline before its stamp, a day
written as past, an incident's day, a date opening a paragraph as history. Each check reads a
few characters around one candidate, with one compiled pattern built from the lexicons."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicons import load
from .patterns import alternation, any_case_words, cue_forms, tables, words

if TYPE_CHECKING:
    from .candidate import Candidate

STAMP_LABEL_CHARS = 24  # the longest section label before a time stamp ("ข่าวเศรษฐกิจ Wednesday")
STAMP_BYLINE_CHARS = 64  # the longest byline or breadcrumb before one (with a newsroom word)


PAST_LOOK_BACK = 16  # "เมื่อวันที่ |26 ธ.ค.2547": a past cue and the day's label
PAST_LOOK_AHEAD = 12  # "3 เม.ย. |ที่ผ่านมา": spaces, then the cue


def past_after(text: str, c: Candidate) -> bool:
    """A past cue follows ``c`` ("3 เม.ย. ที่ผ่านมา")."""
    return text[c.end : c.end + PAST_LOOK_AHEAD].lstrip().startswith(tables().lead_event_after)


@lru_cache(maxsize=1)
def _past_before_pattern() -> re.Pattern[str]:
    return re.compile(alternation(cue_forms("past_before")))


def past_day(text: str, c: Candidate) -> bool:
    """``c`` is written as a past day ("เมื่อวันที่ 26 ธ.ค.2547", "… ที่ผ่านมา"), read from the
    text around it (the whole-text scan has no tense cues)."""
    if _past_before_pattern().search(text, max(0, c.start - PAST_LOOK_BACK), c.start):
        return True
    return past_after(text, c)


INCIDENT_LOOK_BACK = 24  # "เกิดเหตุ|เมื่อวันที่ |10 มีนาคม": the cue and the day's labels


@lru_cache(maxsize=1)
def _incident_pattern() -> re.Pattern[str]:
    return re.compile(alternation(words("incident_before")))


def incident_day(text: str, c: Candidate) -> bool:
    """``c`` is written as the day of an incident ("ซึ่งเกิดเหตุเมื่อวันที่ 10 มีนาคม 2565")."""
    lo = max(0, c.start - INCIDENT_LOOK_BACK)
    return _incident_pattern().search(text, lo, c.start) is not None


@lru_cache(maxsize=1)
def _iso_range_pattern() -> re.Pattern[str]:
    conn = alternation(words("range_connector"))
    return re.compile(rf"[ \t]*(?:{conn})[ \t]*\d{{4}}-\d{{2}}-\d{{2}}")


def iso_range(after: str) -> bool:
    """An ISO date is the first end of a range ("2025-10-09 ถึง 2025-10-12")."""
    return _iso_range_pattern().match(after) is not None


@lru_cache(maxsize=1)
def _stamp_byline() -> re.Pattern[str]:
    return re.compile(rf"\s*{any_case_words('byline', whole=True)}|.*?"
                      rf"{any_case_words('stamp_byline')}")


def stamp_label(before: str) -> bool:
    """What comes before a page's own time stamp: a section label ("ข่าวเศรษฐกิจ Wednesday"),
    or a byline or breadcrumb however long ("ทีมข่าวการเมือง ไทยรัฐออนไลน์", "โดย … |
    กองบรรณาธิการข่าวการเมือง"); the last field after a "|" is what counts."""
    cut = max(before.rfind("|"), before.rfind("•"))
    field = before[cut + 1 :] if cut >= 0 else before
    if len(field.strip()) <= STAMP_LABEL_CHARS:
        return True
    return len(field) <= STAMP_BYLINE_CHARS and _stamp_byline().match(field) is not None


OPENING_PARAGRAPH_CHARS = 400  # how far an anniversary word is looked for after an opening date
SINCE_COUNT_CHARS = 8  # the count between "ผ่านมา" and "ปี" ("สิบ", "กว่า 20 ", "หลาย")


@lru_cache(maxsize=1)
def _history_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "ผ่านมาสิบปี", "ผ่านไปแล้ว 20 ปี": the paragraph counts the years since the date
    since = rf"(?:{alternation(words('years_since'))})(?:แล้ว)?\s*\S{{0,{SINCE_COUNT_CHARS}}}?ปี"
    return (re.compile(rf"\s*(?:{alternation(words('past_event_after'))})"),
            re.compile(rf"{alternation(words('anniversary'))}|{since}"))


def history_lead(text: str, c: Candidate) -> bool:
    """A date opening a paragraph as history, not as the report's day: an event of the past
    follows it ("วันที่ 26 ธันวาคม 2547 เกิดคลื่นยักษ์สึนามิ …"), or its paragraph marks an
    anniversary or counts the years since it ("วันที่ 6 ตุลาคม 2519 … ซึ่งวันนี้ครบรอบ 48 ปี",
    "22 พฤษภาคม 2557 พลเอก… ประกาศยึดอำนาจ ผ่านมาสิบปี …"). Then วันนี้ is not that day."""
    event, anniversary = _history_patterns()
    if event.match(text, c.end) is not None:
        return True
    nl = text.find("\n", c.end)
    end = min(c.end + OPENING_PARAGRAPH_CHARS, len(text) if nl < 0 else nl)
    return anniversary.search(text, c.end, end) is not None


SCENE_GAP = r"[\s/()\-–,:|]*"  # "25 พฤษภาคม 2561 / ดร.…", "25 สิงหาคม 2561) ดร.…"


@lru_cache(maxsize=1)
def _scene_pattern() -> re.Pattern[str]:
    """What a report's own day is followed by: a clock or a place (the day's own scene), or a
    titled person, a post or a named body (its actors). A faculty's bare "คณะ" is left out of
    the bodies: it also opens the groups of history ("คณะราษฎร", "คณะปฏิรูปการปกครอง…");
    committees (คณะกรรมการ…) are heads of their own."""
    people = [r["title"] for r in load("people/titles") if r["strength"] == "strong"]
    posts = [r["position"] for r in load("people/positions") if r["kind"] == "head"]
    heads = [r["prefix"] for r in load("organizations/patterns") if r["category"] != "faculty"]
    named = [form for r in load("organizations/organizations")
             for form in (r["name"], *r["abbreviations"].split(";")) if form]
    scene = words("clock_word", "dateline_after", "lead_body") + people + posts + heads + named
    return re.compile(rf"{SCENE_GAP}(?:{alternation(scene)}|\d{{1,2}}[.:]\d{{2}})")


def report_scene(text: str, c: Candidate) -> bool:
    """What follows a date opening a lead is the report's own scene, as in "วันที่ 10 ตุลาคม
    2568 ที่ทำเนียบรัฐบาล นายกรัฐมนตรี…", "11 พ.ค. 61 เวลา 13.30 น. ณ ห้องประชุม…", "17 ธ.ค.
    2546 กรมปศุสัตว์ระบุว่า…", not a narrated event ("11 มีนาคม 2554 แผ่นดินไหวขนาด 9.0 …"),
    whose date is history the story recalls. A later วันนี้ does not refuse it: in a report it
    is the same day ("วันที่ 18 ก.ค. 66 พล.ต.ต.… แถลงผลการจับกุม… ที่ถูกจับได้วันนี้")."""
    return _scene_pattern().match(text, c.end) is not None
