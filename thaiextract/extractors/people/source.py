"""The text people are read from, and the working record of one mention.

:class:`PageText` is the document's normalised text carrying its own word breaks: web text
separates words with zero-width spaces ("นายสมพร ประชุม\u200bอดีตกำนัน"), which normalisation
drops, so a name must still end there. The breaks travel with the text they belong to (a slice
is a plain ``str`` without them), passed explicitly from :func:`page_text` to every finder.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...corpus import thai_dictionary
from ..wordscan import THAI_FOLLOWER, THAI_LETTER, THAI_RUN, alternation

if TYPE_CHECKING:
    from ...pipeline import Prepared
    from .vocab import Title

QUOTES = "\"'“”‘’"



class PageText(str):
    """A document's normalised text, the offsets where a zero-width break was removed, and
    where its lines end (so that finding a line's ends is a bisect, not a scan: a page of
    millions of characters with no newline would make every look-up cross all of it)."""

    breaks: tuple[int, ...]
    newlines: list[int]
    # Results of pure functions of this text and small arguments that several finders ask for
    # (a position's end: read for every head, then again after each name); lives as the page.
    memo: dict[tuple[object, ...], object]

    def __new__(cls, text: str, breaks: tuple[int, ...] = ()) -> PageText:
        page = super().__new__(cls, text)
        page.breaks = breaks
        page.newlines = [m.start() for m in NEWLINE.finditer(text)]
        page.memo = {}
        return page


NEWLINE = re.compile("\n")

# After a monk's rank name: the grade's abbreviation, then his own name in brackets
# ("พระไพศาลประชาทร วิ. (พบโชค ติสฺสวํโส)", "พระเทพวิทยาคม (หลวงพ่อคูณ ปริสุทโธ)").
RANK_BRACKET_OPEN = re.compile(r"(?: [\u0e01-\u0e4e]{1,4}\.)? ?\(")
RANK_BRACKET = re.compile(r"(?: [\u0e01-\u0e4e]{1,4}\.)? ?\([^()\n]{2,60}\) ?")


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the newline's offset, or the text's end)."""
    if isinstance(text, PageText):
        k = bisect_left(text.newlines, pos)
        return text.newlines[k] if k < len(text.newlines) else len(text)
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    if isinstance(text, PageText):
        k = bisect_left(text.newlines, pos)
        return text.newlines[k - 1] + 1 if k else 0
    return text.rfind("\n", 0, pos) + 1


def _breaks(text: str) -> tuple[int, ...]:
    return text.breaks if isinstance(text, PageText) else ()


def breaks_at(text: str, pos: int) -> bool:
    """Was a zero-width word break removed at ``pos``?"""
    breaks = _breaks(text)
    k = bisect_left(breaks, pos)
    return k < len(breaks) and breaks[k] == pos


@dataclass(slots=True)
class Candidate:
    start: int  # normalised offsets, title included
    end: int
    given: str
    surname: str | None
    title: str | None = None
    title_rows: tuple[Title, ...] = ()
    name_start: int = 0
    full: bool = False  # given + surname written
    display: str | None = None  # a royal's style as written, used as the name
    positions: list[tuple[int, int, int]] = field(default_factory=list)  # (distance, start, end)
    rule: str = ""  # the finder that read it: "title-name", "name-lists", "after-position" …
    cues: tuple[str, ...] = ()  # cue words the finder rested on besides title and position


ZERO_WIDTH = frozenset("\u200b\ufeff")


def zero_width_breaks(doc: Prepared) -> tuple[int, ...]:
    """Offsets in ``doc.text`` where a zero-width character was removed."""
    norm = doc.chain.views[-1]
    parent = doc.clean.text
    return tuple(
        norm.vstarts[k] for k in range(len(norm.vstarts))
        if not norm.contiguous[k] and norm.pends[k] > norm.pstarts[k]
        and ZERO_WIDTH.issuperset(parent[norm.pstarts[k] : norm.pends[k]])
    )


def letters_end(text: str, pos: int, limit: int = 40) -> int:
    """End of the run of Thai letters from ``pos`` (at most ``limit`` of them)."""
    end = THAI_RUN.match(text, pos, min(len(text), pos + limit)).end()
    breaks = _breaks(text)
    if breaks:
        k = bisect_right(breaks, pos)
        if k < len(breaks) and breaks[k] < end:
            end = breaks[k]
    return end


BACK_WINDOW = 64  # letters read back in one C match; a longer run goes on letter by letter


def letters_start(text: str, end: int) -> int:
    """Start of the run of Thai letters that ends at ``end`` (``end`` itself when none does):
    the run matched forward on the reversed window before ``end``, not a Python step a letter."""
    back = max(0, end - BACK_WINDOW)
    window = text[back:end][::-1]
    start = end - THAI_RUN.match(window).end()
    if start > back or back == 0:
        return start
    while start > 0 and THAI_LETTER.match(text[start - 1]):
        start -= 1
    return start


def ends_word(text: str, end: int) -> bool:
    """No Thai letter continues the word at ``end`` (or a zero-width break is there)."""
    if end >= len(text) or not THAI_LETTER.match(text[end]):
        return True
    breaks = _breaks(text)
    if breaks:
        k = bisect_left(breaks, end)
        return k < len(breaks) and breaks[k] == end
    return False


def page_text(doc: Prepared) -> PageText:
    """The document's normalised text with its zero-width breaks."""
    return PageText(doc.text, zero_width_breaks(doc))


LEADING_VOWELS = frozenset("เแโใไ")


def cut_at_word(text: str, start: int, end: int, words: tuple[str, ...], min_len: int) -> int:
    """The earliest place in ``text[start+min_len:end]`` where a boundary word begins, as
    :func:`~..wordscan.cut_at_boundary`, but only where a Thai word can begin and end: not right
    after a leading vowel, which is written before its own consonant ("ทับเ|ที่ยง",
    "ภูเ|ก็ต" hold no "ที่" or "ก็"), nor before a vowel sign or tone mark that goes on with the
    last consonant."""
    pattern = alternation(words)
    pos, stop = start + min_len, min(len(text), end + 6)
    while (m := pattern.search(text, pos, stop)) and m.start() < end:
        k = m.start()
        if (k == 0 or text[k - 1] not in LEADING_VOWELS) and not THAI_FOLLOWER.match(
                text, m.end()) and not _inside_word(text, k, m.end()):
            return k
        pos = k + 1
    return end


WORD_BACK = 3  # letters before a boundary word that may make one dictionary word with it


def _inside_word(text: str, start: int, end: int) -> bool:
    """The boundary word ends a longer dictionary word that starts a letter or three before it
    ("ดัง|กล่าว" is ดังกล่าว, "aforementioned", no speech verb)."""
    words = thai_dictionary()
    return any(text[start - j : end] in words for j in range(2, WORD_BACK + 1)
               if start - j >= 0 and THAI_LETTER.match(text, start - j))
