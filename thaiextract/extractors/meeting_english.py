"""Meetings named in English in Latin script ("the 46th Asean Summit", "ASEAN Ministers on
Energy Meeting ครั้งที่ 41 (AMEM)"): a run of capitalised words holding a meeting head word
(:data:`.meeting_names.MEETING_HEADS_RE`), outside the blocks a Thai name already read, with a
Thai ordinal and brackets after it joining the same candidate."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .meeting_lexicon import lexicon
from .meeting_names import (
    MEETING_HEADS_RE,
    PARTIES_AHEAD_RE,
    Candidate,
    ordinal_value,
    read_brackets,
)
from .scan import ENG_SEQ, ENG_STOPWORDS, clean_name, latin_finditer, strip_the

if TYPE_CHECKING:
    from ..pipeline import Prepared

_ENG_FULL_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<seq>{ENG_SEQ})"
)


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
        # "Zoom Meeting", "Cisco Webex Meetings": a video platform, not a meeting; "ห้องประชุม
        # Plenary Hall 2": a room.
        if (
            not MEETING_HEADS_RE.search(seq) or online.fullmatch(seq) or platform.search(seq)
            or lexicon().venue.search(seq)
        ):
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
        # the English name, then its brackets; also after the parties ("การประชุม Political
        # Consultation Group ไทย-เวียดนาม ครั้งที่ 7") or after the brackets the English name
        # stands in ("… ไทย-ภูฏาน (Thailand-Bhutan Annual Bilateral Dialogue) ครั้งที่ 3").
        om = _ordinal_after_english(text, m.start(), end, limit)
        if om and cand.ordinal is None:
            cand.ordinal, cand.session = ordinal_value(om), om.group("session")
            if not text[end : om.start()].strip():
                cand.mentions[0] = (m.start(), om.end())
                end = om.end()
        cand.block = (m.start(), read_brackets(doc, cand, end, limit))
        consumed.append(cand.block)
        cands.append(cand)
    return cands


_CLOSE_RE = re.compile(r"\s*\)")


def _ordinal_after_english(text: str, start: int, end: int, limit: int) -> re.Match[str] | None:
    """The Thai ordinal written after an English name that ends at ``end``: right after it,
    after the parties (:data:`PARTIES_AHEAD_RE`), or after the bracket it stands in."""
    pos = end
    if text[start - 1 : start] == "(":
        close = _CLOSE_RE.match(text, end, limit)
        pos = close.end() if close else end
    ahead = lexicon().ordinal_ahead.match(text, pos, limit) or PARTIES_AHEAD_RE.match(
        text, pos, limit
    )
    return lexicon().ordinal.match(text, ahead.end(), limit) if ahead else None
