"""digit-mismatch: one number written in Thai and in Arabic digits side by side, disagreeing.

"๑๒๕ (135)", "๑๒๕ ราย (135 ราย)", "๑๒๕ ราย หรือ 135 ราย". This check reads the text itself
(the sentences of the prepared document, in original offsets): no extractor keeps numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import era
from ..model import Mention
from .findings import Finding, Place, finding

if TYPE_CHECKING:
    from ..pipeline import Prepared

_NUM = r"[0-9๐-๙](?:[0-9๐-๙,]*[0-9๐-๙])?(?:\.[0-9๐-๙]+)?"
_UNIT = r"(?:[ก-๎]{1,12}|%)"
# A number and its restatement in the other script. The parenthesis must hold only the number
# (and a unit), so that "๒๕๖๕ (27 ม.ค.)" is no pair.
_PAIR_RE = re.compile(
    rf"(?<![0-9๐-๙.,])(?P<a>{_NUM})[ \t]*(?P<ua>{_UNIT})?[ \t]*"
    rf"(?:\([ \t]*(?P<b1>{_NUM})[ \t]*(?P<ub1>{_UNIT})?[ \t]*\)"
    rf"|หรือ[ \t]*(?P<b2>{_NUM})(?![0-9๐-๙.,])[ \t]*(?P<ub2>{_UNIT})?)"
)
_ARABIC_DIGITS = frozenset("0123456789")


def _script(number: str) -> str | None:
    digits = {c for c in number if c.isdigit()}
    if digits <= _ARABIC_DIGITS:
        return "arabic"
    if not digits & _ARABIC_DIGITS and era.arabic(number) != number:
        return "thai"
    return None


def _has_thai_digit(text: str) -> bool:
    return era.arabic(text) != text


def _value(number: str) -> str:
    return era.arabic(number).replace(",", "")


def _mismatch(match: re.Match[str], base: int, sentence: str) -> Finding | None:
    b_group = "b1" if match.group("b1") else "b2"
    unit_b = match.group("ub1" if b_group == "b1" else "ub2")
    a, b = match.group("a"), match.group(b_group)
    if {_script(a), _script(b)} != {"thai", "arabic"}:
        return None
    unit_a = match.group("ua")
    if unit_a and unit_b and unit_a != unit_b:
        return None  # "๒ คน (10 ราย)": two different quantities
    if _value(a) == _value(b):
        return None
    span_a = Mention(a, base + match.start("a"), base + match.end("a"))
    span_b = Mention(b, base + match.start(b_group), base + match.end(b_group))
    thai, arabic = (a, b) if _script(a) == "thai" else (b, a)
    anchor = Place(match.group(), base + match.start(), base + match.end(), sentence)
    return finding("digit-mismatch", anchor, spans=(span_a, span_b), thai=thai, arabic=arabic)


def check_digits(prepared: Prepared) -> Iterator[Finding]:
    original = prepared.original
    for sentence in prepared.sentences:
        chunk = original[sentence.start:sentence.end]
        if not _has_thai_digit(chunk):
            continue  # the common case: no Thai digits, nothing to compare
        for match in _PAIR_RE.finditer(chunk):
            found = _mismatch(match, sentence.start, sentence.text)
            if found is not None:
                yield found
