"""Lists of schemes that share one head, and quoted names in a naming context.

- "ทั้งโครงการคนละครึ่ง เราเที่ยวด้วยกัน ช้อปดีมีคืน และมาตรการอื่น ๆ": after a list opener
  (ทั้ง, รวมถึง, ได้แก่, เช่น, อาทิ) a headed name is followed by bare names, one unspaced run
  each, up to และ / เป็นต้น / ฯลฯ or another head. Each is an initiative of the first one's kind,
  named as written (the annotation rules);
- '“คนละครึ่ง”' with no head, right after a word that makes it a scheme people take part in
  (เข้าร่วม, ลงทะเบียน, ใช้สิทธิ … of ``initiatives/context.tsv`` role ``joins``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load
from .scan import THAI, alternation, clean_name, scan

if TYPE_CHECKING:
    from ..pipeline import Prepared

MAX_ITEMS = 6
_OPENER_RE = re.compile(r"(?:ทั้ง|รวมถึง|รวมทั้ง|ได้แก่|เช่น|อาทิ|อาทิเช่น)\s?$")
_ITEM_RE = re.compile(rf"\s+(?P<item>[{THAI}]{{4,24}})(?=\s|$)")
_CLOSE_RE = re.compile(r"\s*(?:และ|เป็นต้น|ฯลฯ|รวมถึง)")
_QUOTED_RE = re.compile(rf"\"(?P<name>[{THAI}][{THAI}\s]{{1,28}}[{THAI}])\"")


@lru_cache(maxsize=1)
def _naming_before() -> re.Pattern[str]:
    words = [r["word"] for r in load("initiatives/context") if r["role"] == "joins"]
    return re.compile(rf"(?:{alternation(words)})(?:ใน|ตาม)?\s?$")


def list_items(
    doc: Prepared, ts: int, end: int, sstart: int, limit: int, opens_head: Callable[[int], bool]
) -> list[tuple[int, int, str]]:
    """The bare names listed after the headed name ``text[ts:end]``: (start, end, name)."""
    text = doc.text
    if not _OPENER_RE.search(text, max(sstart, ts - 12), ts):
        return []
    items, pos = [], end
    for _ in range(MAX_ITEMS):
        m = _ITEM_RE.match(text, pos, limit)
        if not m or opens_head(m.start("item")) or _CLOSE_RE.match(text, m.start("item")):
            break
        s, e = m.span("item")
        stop, _ = scan(text, s, e + 1)
        if stop != e:  # a stop word or verb inside: a clause, not a name
            return []
        items.append((s, e, clean_name(m.group("item"))))
        pos = e
    # The list must close: และ / เป็นต้น / ฯลฯ, or another head, right after the last item.
    closing = _CLOSE_RE.match(text, pos, limit)
    nxt = _ITEM_RE.match(text, pos, limit)
    if not items or not (closing or (nxt and opens_head(nxt.start("item")))):
        return []
    return items


def quoted_in_context(doc: Prepared) -> list[tuple[int, int, str]]:
    """Quoted Thai names right after a naming word: (start, end of the name, name)."""
    text = doc.text
    return [
        (m.start("name"), m.end("name"), clean_name(m.group("name")))
        for m in _QUOTED_RE.finditer(text)
        if _naming_before().search(text, max(0, m.start() - 20), m.start())
    ]


__all__ = ["list_items", "quoted_in_context"]
