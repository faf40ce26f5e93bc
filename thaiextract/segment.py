"""Segment stage: sentences (rule-based, linear time) and words (pythainlp, on demand).

Sentences. Thai marks no sentence end with punctuation; news text separates sentences with a
space or a line break, but spaces also stand between a name and a surname, around numbers and in
lists. pythainlp's sentence engines were checked: "crfcut" needs python-crfsuite (not a
dependency of pythainlp), runs about eight times slower than word tokenisation, and cuts after
abbreviations ("… และ รมว." | "กระทรวงอุตสาหกรรม…" on a real release); "tltk" and "wtp" need
packages or models that are not installed offline; "whitespace+newline" cuts at every space,
between a name and its surname too. So sentences come from a rule set that runs over the text
once:
- every line is at least one sentence;
- a line is split after ". ", "! ", "? " (Latin punctuation used in Thai text) and at a space
  followed by a word that opens a new sentence in news prose (``text/sentence_starts.tsv``: โดย,
  ทั้งนี้, นอกจากนี้ …), provided the part before it is long enough to be a sentence.

Words. ``word_spans`` tokenises with pythainlp (nlpo3 by default: offline, about five times faster
than newmm) and returns tokens with offsets; only callers that need tokens pay for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lexicons import column

MIN_SENTENCE_CHARS = 40
# Longest sentence kept whole. Real news sentences stay far below it (ThaiNER train/val: longest
# 954 characters); a page with no line breaks would otherwise be one sentence, and attribute
# searches that run over a sentence per mention (meetings) would take quadratic time.
MAX_SENTENCE_CHARS = 2000
DEFAULT_WORD_ENGINE = "nlpo3"


@lru_cache(maxsize=1)
def _split_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    starts = sorted(column("text/sentence_starts", "word"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in starts)
    # Two scans, each opening with a literal or a character set, which the regex engine skips to
    # directly: one pattern with look-behinds first was tried at every position (5x slower).
    # Group 1 of each: the white space where a new sentence may start.
    return re.compile(rf"( +)(?={alternatives})"), re.compile(r"[.!?]( +)(?=\S)")


def _gaps(text: str) -> list[tuple[int, int]]:
    """Every run of spaces where a sentence may start, in text order."""
    starts_re, punct_re = _split_res()
    gaps = [m.span(1) for m in starts_re.finditer(text)]
    extra = []
    for m in punct_re.finditer(text):
        p = m.start()
        # "!" / "?", or "." after two lower-case Latin letters ("etc. ", not "พ.ศ. ").
        if text[p] != "." or (p >= 2 and "a" <= text[p - 2] <= "z" and "a" <= text[p - 1] <= "z"):
            extra.append(m.span(1))
    if extra:
        gaps = sorted(set(gaps).union(extra))
    return gaps


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Half-open ``(start, end)`` of each sentence in ``text``, stripped of outer white space."""
    gaps = _gaps(text)
    k = 0
    for line_match in re.finditer(r"[^\n]+", text):
        line_start, line_end = line_match.span()
        start = line_start
        # Runs of spaces never cross a line break, so each gap lies within one line.
        while k < len(gaps) and gaps[k][0] < line_end:
            gap_start, gap_end = gaps[k]
            k += 1
            if gap_start - start >= MIN_SENTENCE_CHARS:
                yield from _stripped(text, start, gap_start)
                start = gap_end
        yield from _stripped(text, start, line_end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        # Too long to be a sentence: cut at the last space within the limit (mid-word only when
        # there is none), and go on with the rest.
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + 1, limit + 1)
        cut = cut if cut > start else limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def word_tokenize(text: str, engine: str = DEFAULT_WORD_ENGINE) -> list[str]:
    from pythainlp.tokenize import word_tokenize as pythainlp_tokenize

    return pythainlp_tokenize(text, engine=engine, keep_whitespace=True)


def word_spans(
    text: str, start: int = 0, end: int | None = None, engine: str = DEFAULT_WORD_ENGINE
) -> list[tuple[int, int]]:
    """Word ``(start, end)`` offsets in ``text[start:end]``, white space left out."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    # Tokenise line by line: the tokenisers slow down on one huge string.
    for piece in re.finditer(r"[^\n]+", text[start:end]):
        pos = start + piece.start()
        for token in word_tokenize(piece.group(), engine):
            if not token.isspace():
                spans.append((pos, pos + len(token)))
            pos += len(token)
    return spans
