"""Small helpers for scanning runs of Thai letters, shared by the people and organisation
extractors: where a run of letters ends, where a boundary word cuts it, and the boundary words
of ``organizations/boundaries.tsv`` by scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ..lexicons import alternation as lexicon_alternation
from ..lexicons import load

THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
THAI_RUN = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]*")
# Vowel signs and tone marks that never begin a word: "กรม" in "กรมากขึ้น" is no prefix.
THAI_FOLLOWER = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


@lru_cache(maxsize=8)
def boundary_words(*scopes: str) -> tuple[str, ...]:
    """Words of ``organizations/boundaries.tsv`` whose scope is one of ``scopes`` (all when
    none is given): words that end a name glued to the text after it."""
    rows = load("organizations/boundaries")
    return tuple(row["word"] for row in rows if not scopes or row.get("scope") in scopes)


# Many callers, each with its own word tuple: a small cache evicted and rebuilt patterns.
@lru_cache(maxsize=64)
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled regex matching any of ``words``, longest first."""
    return re.compile(lexicon_alternation(words))


def cut_at_boundary(text: str, start: int, end: int, words: tuple[str, ...], min_len: int) -> int:
    """The earliest position in ``text[start+min_len:end]`` where a boundary word begins.

    A word may run past ``end`` ("รมต." after a run of letters that stops at the dot).
    """
    match = alternation(words).search(text, start + min_len, min(len(text), end + 6))
    return match.start() if match and match.start() < end else end


class SpanSet:
    """A fixed set of half-open spans answering "does any of them overlap [start, end)?" in
    O(log n): the spans sorted by start with the running maximum of their ends (a scan over
    every span would make a long document's cost grow with the square of its length)."""

    __slots__ = ("_max_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_ends: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self._max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # spans starting before ``end``
        return k > 0 and self._max_ends[k - 1] > start
