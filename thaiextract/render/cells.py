"""Table cells that wrap Thai only between words, and never inside a date, code or number.

Thai has no spaces between words, so a terminal table that wraps at spaces only cuts words
anywhere ("เพื่|อเศรษฐกิจ"). A :class:`Cell` knows its break opportunities: spaces, and the
boundaries between Thai words (pythainlp's segmentation, through :mod:`thaiextract.segment`).
A run of Latin letters, digits and punctuation ("2022-01-27", "era-label-mismatch", "12–40") is
one unbreakable piece; it is folded only when it is wider than the whole column.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rich.cells import cell_len, chop_cells
from rich.measure import Measurement
from rich.text import Text

THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
# A piece: Thai words are cut further; anything else up to the next space is one piece, except
# that a path may break after each "/" (never a date, code, number or offset: they have none).
PIECE = re.compile(r"[\u0e00-\u0e7f]+|[^\s\u0e00-\u0e7f/]*/|[^\s\u0e00-\u0e7f/]+|\s+")


LONG = 8  # a dictionary word longer than this many letters is tried as a compound


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=4096)
def thai_words(run: str) -> tuple[str, ...]:
    """The words of a run of Thai letters, cut only where a line may break.

    pythainlp's segmentation, then: a break only between two dictionary words (a name it cuts
    into fragments, "ปุ|ณณ|กันต์", stays whole); a long dictionary compound (the name of a
    ministry) cut into its dictionary words; "ฯ", "ๆ" and marks stay with the word before.
    """
    from ..segment import word_tokenize

    words = dictionary()
    out: list[str] = []
    glue = False  # the last piece ended in a fragment: the next one joins it
    for token in word_tokenize(run):
        known = token in words
        if out and (glue or not known or not _starts_a_word(token) or token in ("ฯ", "ๆ")):
            out[-1] += token
        else:
            out.append(token)
        glue = not known
    return tuple(p for piece in out for p in _compound(piece))


def _starts_a_word(word: str) -> bool:
    # A word that begins with a vowel sign or tone mark cannot stand at the start of a line.
    return not re.match(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e45]", word)


def _compound(word: str) -> list[str]:
    """``word`` as the fewest dictionary words other than itself, or whole."""
    if len(word) <= LONG:
        return [word]
    words = dictionary()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            head = best[start]
            part = word[start:end]
            if head is None or part == word or part not in words:
                continue
            if best[end] is None or len(head) + 1 < len(best[end]):  # type: ignore[arg-type]
                best[end] = [*head, part]
    return best[-1] or [word]


def clusters(text: str) -> list[str]:
    """Thai character clusters: where a word too wide for its column may be folded."""
    from pythainlp.tokenize import subword_tokenize

    return subword_tokenize(text, engine="tcc") or [text]


def pieces(text: str) -> list[str]:
    """``text`` cut at its break opportunities; ``"".join(pieces(text)) == text``."""
    out: list[str] = []
    for match in PIECE.finditer(text):
        piece = match.group()
        if piece.isspace():
            if out:
                out[-1] += piece  # spaces hang at the end of the line
            else:
                out.append(piece)
        elif THAI_RUN.fullmatch(piece):
            if out and not out[-1][-1:].isspace():  # "ก.พ." and "สมชาย(": no break
                first, *rest = thai_words(piece)
                out[-1] += first
                out += rest
            else:
                out += thai_words(piece)
        elif out and THAI_RUN.match(out[-1][-1:]):
            out[-1] += piece  # punctuation after a Thai word stays with it
        else:
            out.append(piece)
    return out


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells, broken only between pieces, and at a space rather than
    between two Thai words where :func:`_carry` allows ("สมศักดิ์ / วงศ์ประเสริฐ", not
    "สมศักดิ์ วงศ์ประ / เสริฐ"); a piece wider than the whole width is folded."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        for piece in pieces(paragraph):
            if cell_len("".join(line) + piece.rstrip()) <= width:
                line.append(piece)
                continue
            carry = _carry(line, piece, width)
            if "".join(line[:len(line) - len(carry)]).strip():
                lines.append("".join(line[:len(line) - len(carry)]).rstrip())
            rest = "".join([*carry, piece]).lstrip()
            while cell_len(rest.rstrip()) > width:
                head = _fold(rest, width)
                lines.append(head)
                rest = rest[len(head):]
            line = pieces(rest) if carry else ([rest] if rest else [])
        lines.append("".join(line).rstrip())
    return lines


def _carry(line: list[str], piece: str, width: int) -> list[str]:
    """The pieces after the line's last space, to move to the next line with the ``piece`` that
    does not fit: when the line keeps a third of the width, or when the word they make with
    ``piece`` then stands whole on the next line (a surname is not cut: "ธนาคมา|นุสรณ์")."""
    for i in range(len(line) - 1, 0, -1):
        if line[i - 1][-1:].isspace():
            kept = cell_len("".join(line[:i]).rstrip())
            whole = cell_len("".join([*line[i:], piece]).rstrip()) <= width
            return line[i:] if kept * 3 >= width or whole else []
    return []


def _fold(text: str, width: int) -> str:
    """The longest head of ``text`` that fits ``width``, cut between Thai clusters (never
    between a consonant and its vowel) or, for other text, anywhere."""
    if not THAI_RUN.search(text):
        return chop_cells(text, width)[0]
    head = ""
    for cluster in clusters(text):
        if head and cell_len(head + cluster) > width:
            break
        head += cluster
    return head if cell_len(head) <= width else chop_cells(text, width)[0]


class Cell:
    """A rich renderable: ``text`` in ``style``, wrapped by :func:`wrap` to the column."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def min_width(self) -> int:
        """The widest piece that cannot be broken: the narrowest the cell can be, uncut."""
        return max((cell_len(p.rstrip()) for line in self.text.split("\n")
                    for p in pieces(line)), default=0)

    def max_width(self) -> int:
        """The widest line: the width the cell needs to stand on one line a paragraph."""
        return max((cell_len(line) for line in self.text.split("\n")), default=0)

    def __rich_measure__(self, console: Any, options: Any) -> Measurement:
        longest = self.min_width()
        widest = self.max_width()
        return Measurement(min(longest, options.max_width), min(widest, options.max_width))

    def __rich_console__(self, console: Any, options: Any) -> Any:
        yield Text("\n".join(wrap(self.text, options.max_width)), style=self.style,
                   no_wrap=True, overflow="fold")
