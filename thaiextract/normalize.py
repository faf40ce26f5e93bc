"""Normalise stage: fold the character variants Thai news is written with, keeping an offset map.

- Thai digits ๐–๙ → 0–9, odd spaces (NBSP, U+3000 …) → " ", the Unicode line separators
  U+2028/U+2029/U+0085 → "\\n", dash variants → "-", curly quotes → straight ones (all one
  character for one, so offsets inside them map exactly);
- zero-width characters and soft hyphens are dropped; "\\r\\n" and a lone "\\r" → "\\n";
- common typing variants of one letter are folded: "เเ" (two sara e) → "แ", "ํา" → "ำ".
"""

from __future__ import annotations

import re

from .era import THAI_DIGIT_CHARS
from .view import TextView, ViewBuilder

THAI_DIGITS = THAI_DIGIT_CHARS  # defined once, in era.py

ONE_FOR_ONE = str.maketrans(
    {
        **{d: str(i) for i, d in enumerate(THAI_DIGITS)},
        **dict.fromkeys(
            "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
            "\u202f\u205f\u3000\t\u000b\u000c",
            " ",
        ),
        # Unicode line and paragraph separators are line breaks, like "\n".
        **dict.fromkeys("\u2028\u2029\x85", "\n"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    }
)

# str.translate with a dict looks up every character (~65 ns each); these characters are rare,
# so a regex finds the runs that need it and leaves the rest of the text alone (6x faster).
_ONE_FOR_ONE_RE = re.compile("[" + re.escape("".join(map(chr, ONE_FOR_ONE))) + "]+")


def _translate(text: str) -> str:
    return _ONE_FOR_ONE_RE.sub(lambda m: m.group().translate(ONE_FOR_ONE), text)


# Sequences whose replacement has another length. Order matters: longest first.
_FOLDS = {
    "\r\n": "\n",
    "\r": "\n",
    "เเ": "แ",
    "\u0e4d\u0e32": "ำ",  # nikhahit + sara aa, typed for sara am
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
}
_FOLD_RE = re.compile("|".join(re.escape(k) for k in sorted(_FOLDS, key=len, reverse=True)))


def normalize_view(text: str) -> TextView:
    """Return the normalised text of ``text`` as a view mapping back to it."""
    folded = _translate(text)
    if not _FOLD_RE.search(folded):
        return TextView.identity(folded)
    builder = ViewBuilder()
    pos = 0
    for match in _FOLD_RE.finditer(folded):
        if match.start() > pos:
            # The translation is one for one, so the parent offsets are the same positions.
            builder.replace(folded[pos : match.start()], pos, match.start())
        builder.replace(_FOLDS[match.group()], match.start(), match.end())
        pos = match.end()
    if pos < len(folded):
        builder.replace(folded[pos:], pos, len(folded))
    return builder.build()


def normalize_text(text: str) -> str:
    return normalize_view(text).text
