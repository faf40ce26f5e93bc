"""Namings that look like initiatives but are something else, by the words around them.

- a housing estate or development named โครงการ… ("ห้องชุด ในโครงการแฟมิลี่เฮ้าส์-ลาดพร้าว 71"):
  a real-estate word (``initiatives/context.tsv`` role ``estate``) earlier in the sentence and
  "ใน" right before the head;
- a commercial app or platform (``initiatives/commercial.tsv``: Clubhouse, LINE, Zoom …) after
  แอป / แพลตฟอร์ม: a service, not a scheme;
- an event's English name ("กิจกรรม Opening Ceremony for …"): a word of
  ``initiatives/event_words.tsv`` in it;
- an award's category named with a head ("รางวัลโครงการพลังสร้างสรรค์…").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load
from .scan import alternation

_IN_RE = re.compile(r"ใน\s?$")
ESTATE_WINDOW = 80  # characters before the head where an estate word counts


@lru_cache(maxsize=1)
def _estate_re() -> re.Pattern[str]:
    words = [r["word"] for r in load("initiatives/context") if r["role"] == "estate"]
    return re.compile(alternation(words))


@lru_cache(maxsize=1)
def _commercial() -> frozenset[str]:
    return frozenset(r["name"].lower() for r in load("initiatives/commercial"))


def housing_estate(text: str, sstart: int, ts: int) -> bool:
    """Is the โครงการ at ``ts`` (sentence from ``sstart``) a housing estate's name?"""
    if not _IN_RE.search(text, max(sstart, ts - 4), ts):
        return False
    return _estate_re().search(text, max(sstart, ts - ESTATE_WINDOW), ts) is not None


_AWARD_RE = re.compile(r"รางวัล(?:ประเภท|สาขา)?\s?$")


def award_category(text: str, sstart: int, ts: int) -> bool:
    """Does the head at ``ts`` name an award's category ("รางวัลโครงการพลังสร้างสรรค์…ยอดเยี่ยม",
    "รางวัลประเภทนโยบาย…")? An award is no initiative (the annotation rules)."""
    return _AWARD_RE.search(text, max(sstart, ts - 14), ts) is not None


def commercial_service(name: str) -> bool:
    """Is the Latin ``name`` after an app or platform head a commercial service?"""
    return name.strip().lower() in _commercial()


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in load("initiatives/event_words"))


def event_name(name: str) -> bool:
    """Does the Latin ``name`` name an event (a ceremony, meeting, forum, contest)?"""
    return any(w.lower() in _event_words() for w in re.findall(r"[A-Za-z]+", name))


__all__ = ["award_category", "commercial_service", "event_name", "housing_estate"]
