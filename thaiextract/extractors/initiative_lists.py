"""Lists of schemes that share one head, and quoted names in a naming context.

- "ทั้งโครงการคนละครึ่ง เราเที่ยวด้วยกัน ช้อปดีมีคืน และมาตรการอื่น ๆ": after a list opener
  (ทั้ง, รวมถึง, ได้แก่, เช่น, อาทิ) a headed name is followed by bare names, one unspaced run
  each, up to และ / เป็นต้น / ฯลฯ or another head. Each is an initiative of the first one's kind,
  named as written (the annotation rules);
- "ดังนี้ 1) แผนพัฒนา… 2) แผนส่งเสริม… และ 3) …": a head right after a list's item number opens
  one scheme per item, named up to the next item's number (or, for the last item, to the end
  of its line) — the item's natural end — when the words between read as a title: Thai words
  only, no clause word (``initiatives/item_stops.tsv``), and the last item's tail one run;
- '“คนละครึ่ง”' with no head, right after a word that makes it a scheme people take part in
  (เข้าร่วม, ลงทะเบียน, ใช้สิทธิ … of ``initiatives/context.tsv`` role ``joins``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import dictionary_words
from ..lexicons import load
from .initiative_names import descriptive
from .scan import THAI, alternation, at_word_boundary, clean_name, scan

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


MAX_ITEM = 160  # characters a numbered item's name may run from its head
# The item number right before a head: "1) ", "(2) ", "3.", at a line start or after a space.
_ITEM_NUMBER_RE = re.compile(r"(?:^|(?<=\s))(?P<open>\(?)(?P<n>\d{1,2})(?P<close>[).])\s?$")
_SPACED_RELATIVE_RE = re.compile(r"\s(ที่|ซึ่ง)")
_ITEM_WORDS_RE = re.compile(rf"[{THAI}\s]*")  # what an item's title holds after its first words


@lru_cache(maxsize=1)
def _item_stops() -> re.Pattern[str]:
    return re.compile(alternation([r["word"] for r in load("initiatives/item_stops")]))


def numbered_item_end(text: str, ts: int, end: int) -> int | None:
    """End of the numbered list item that the head at ``ts`` opens, when its name runs on past
    ``end`` (where the name read after the head stops) to the item's natural end; else None.

    The next item's number, in the same style, ends the item ("… และ 4) …"); the last item
    (its number follows the one before) ends with its line, when the rest is one unspaced run.
    """
    m = _ITEM_NUMBER_RE.search(text, max(0, ts - 6), ts)
    if m is None:
        return None
    n, style = int(m["n"]), (re.escape(m["open"]), re.escape(m["close"]))
    line_end = text.find("\n", ts)
    line_end = len(text) if line_end < 0 else line_end
    window = min(line_end, ts + MAX_ITEM)
    nxt = re.compile(rf"\s+(?:และ\s?)?{style[0]}{n + 1}{style[1]}").search(text, end, window)
    if nxt is not None:
        item_end = nxt.start()
    else:
        before = re.compile(rf"(?:^|\s){style[0]}{n - 1}{style[1]}")
        if n < 2 or line_end > ts + MAX_ITEM or not before.search(text, max(0, ts - 4 * MAX_ITEM),
                                                                   m.start()):
            return None
        item_end = len(text[:line_end].rstrip())
        if re.search(r"\s", text[end:item_end]):
            return None
    gap = text[end:item_end]
    if item_end <= end or not _ITEM_WORDS_RE.fullmatch(gap):
        return None
    # A relative clause after a space describes the item ("…ในการแข่งขัน ที่มีการกำหนด…").
    spaced = _SPACED_RELATIVE_RE.search(gap)
    if spaced and at_word_boundary(text, end + spaced.start(1), end + spaced.start(1),
                                   end + spaced.end(1), whole=True):
        return None
    for stop in _item_stops().finditer(gap):
        at = end + stop.start()
        if at_word_boundary(text, max(end, at - 30), at, end + stop.end(), whole=True):
            return None
    return item_end


MIN_TITLE_WORDS = 4


def item_title(text: str, te: int, item_end: int) -> bool:
    """Do the words of a numbered item after its head (``text[te:item_end]``) make a title of
    their own, though the name read after the head named nothing ("แผนพัฒนากฎหมาย นโยบาย กลไก
    มาตรการเพื่อสนับสนุน…")? At least four dictionary words, not all descriptive: a list of
    fields ("1) มาตรการด้านภาษี 2) …") stays none."""
    core = text[te:item_end].strip()
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    return len(tokens) >= MIN_TITLE_WORDS and not descriptive(core)


def quoted_in_context(doc: Prepared) -> list[tuple[int, int, str]]:
    """Quoted Thai names right after a naming word: (start, end of the name, name)."""
    text = doc.text
    return [
        (m.start("name"), m.end("name"), clean_name(m.group("name")))
        for m in _QUOTED_RE.finditer(text)
        if _naming_before().search(text, max(0, m.start() - 20), m.start())
    ]


__all__ = ["item_title", "list_items", "numbered_item_end", "quoted_in_context"]
