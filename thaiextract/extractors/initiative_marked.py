"""Names a Thai initiative head's quotation marks or Latin script mark out: a quoted name after
the head ('โครงการ "คนละครึ่ง"', 'มาตรการลดหย่อนภาษี “ช้อปดีมีคืน”'), a Latin one ("โครงการ Smart
Farmer 4.0"), and the Latin names listed after it ("A-Mobile และ A-Mobile Plus"); with the
:class:`Head` they are read after. :mod:`.initiatives` reads Thai names and builds candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..corpus import dictionary_words
from .initiative_extend import latin_tail_end
from .initiative_filters import commercial_service, event_name
from .initiative_heads import InitiativeCandidate, heads
from .initiative_names import generic_english, without_edition
from .scan import ENG_SEQ, clean_name, scan

if TYPE_CHECKING:
    from ..pipeline import Prepared

QUOTED_RE = re.compile(r"\s?\"([^\"\n]{2,60})\"")
# A Latin name listed after another: "A-Mobile และ A-Mobile Plus".
_SIBLING_RE = re.compile(rf"\s?(?:และ|หรือ|,)\s?(?P<seq>{ENG_SEQ})")
_ABBREV_ONLY_RE = re.compile(r"(?:[ก-ฮ]{1,4}\.)+")
OBSERVANCE_RE = re.compile(r"วัน(?!ละ|ที่)[ก-ฮเ-ไ]")  # a quoted day's name (วันละ: "a day")
_THAI_RUN_RE = re.compile(r"[ก-๙]{2,30}")
_GATHERING_RE = re.compile(r"ประชุม|สัมมนา|อบรม|เสวนา")
_NOMINAL_RE = re.compile(r"(?:การ|ความ)(?=[ก-ฮเ-ไ])")
_TRAILING_AND_RE = re.compile(r"\s(?:และ|หรือ)$")
# A Latin name has two letters together, a letter and a digit, or letters spelt with dashes
# ("มาตรการ D-M-H-T-T-A", the health ministry's initials of its rules), four or more of them:
# "แผน A" and a company's "แผน A-B-C" (plan A, B or C) are none.
_LATIN_NAME_RE = re.compile(r"[A-Za-z]{2}|[A-Z]\d|[A-Z](?:-[A-Z]){3,}")
# A version or edition after a Latin name: นโยบาย Thailand 4.0, โครงการ Smart City 2.0.
_VERSION_RE = re.compile(r"\s?\d+(?:\.\d+)+(?![\d.])|\s?\d+\.0(?!\d)")


@dataclass(slots=True)
class Head:
    """A Thai head in its sentence: the name runs from ``te`` to at most ``limit``."""

    row: dict[str, str]
    ts: int
    te: int
    sstart: int
    limit: int


Read = tuple[int, str, str | None, str]  # end, name, English name, rule


def latin_siblings(
    doc: Prepared, cand: InitiativeCandidate, end: int, limit: int
) -> list[InitiativeCandidate]:
    """"แอปพลิเคชัน ธ.ก.ส. A-Mobile และ A-Mobile Plus": Latin names listed after a Thai head's
    Latin name share its head and kind, and are named as written."""
    text, out = doc.text, []
    for _ in range(4):
        m = _SIBLING_RE.match(text, end, limit)
        if not m or commercial_service(m.group("seq")) or event_name(m.group("seq")):
            break
        name = clean_name(m.group("seq"))
        out.append(InitiativeCandidate(
            **doc.anchor(*m.span("seq")), rule="list-latin", evidence=cand.evidence, name=name,
            initiative_kind=cand.initiative_kind, english_name=name,
            mentions=(doc.mention(*m.span("seq")),),
        ))
        end = m.end()
    return out


def described_quoted(text: str, te: int, limit: int) -> re.Match[str] | None:
    """The quoted name right after the unspaced words that follow a head, when a name scan of
    those words runs to the quote (no stop word or verb of a clause between: "โครงการที่ชื่อว่า
    “…”" stays out)."""
    words = _THAI_RUN_RE.match(text, te, limit)
    if words is None or OBSERVANCE_RE.match(words.group()) or _GATHERING_RE.search(words.group()):
        return None  # a day observed, a workshop's or seminar's title (a meeting's)
    if heads().triggers.match(text, te):
        return None  # "กิจกรรมโครงการ… “…”": the inner head reads the name
    quoted = QUOTED_RE.match(text, words.end(), limit)
    if quoted is None or heads().triggers.match(quoted.group(1).strip()):
        return None  # '“ประกวด…”': a quoted name with its own head is read at that head
    end, _ = scan(text, te, words.end() + 1)
    return quoted if end == words.end() else None


def read_quoted(quoted: re.Match[str], head: str) -> Read | None:
    """A quoted name after its head: 'โครงการ "คนละครึ่ง"'."""
    # 'มาตรการ “จ่ายตรง คงทรัพย์ และ “จ่าย ปิด จบ”': a closing quote left out, so the quote
    # read is the next name's opening one; the conjunction before it is no part of the name.
    raw, end = quoted.group(1).rstrip(), quoted.end()
    if (conj := _TRAILING_AND_RE.search(raw)) is not None:
        raw, end = raw[: conj.start()], quoted.start(1) + conj.start()
    core, english = without_edition(raw.strip()), None
    if _ABBREV_ONLY_RE.fullmatch(core):
        return None  # 'นโยบาย "ปชป."': an organisation's abbreviation, whose policy
    if OBSERVANCE_RE.match(core):
        return None  # 'กิจกรรม “วันรพี”', 'กิจกรรม "วันเด็กแห่งชาติ"': a day observed, an event
    nominal = _NOMINAL_RE.match(core)
    if nominal and len(dictionary_words(core[nominal.end() :])) == 1:
        return None  # 'กิจกรรม “การให้”' (giving): an abstract noun of one word describes
    if re.search(r"[A-Za-z]", core) and not re.search(f"[{'ก-๙'}]", core):
        english = clean_name(core)
    return end, head + core, english, "thai-head-quoted"


def read_latin(
    text: str, h: Head, head: str, abbrev: re.Match[str] | None, latin: re.Match[str]
) -> Read | None:
    """A Latin name after a Thai head (and an owner's abbreviation): "โครงการ Smart Farmer"."""
    drop, limit = h.row["head"] == "drop", h.limit
    end = latin.end()
    version = _VERSION_RE.match(text, end, limit)
    if version:
        end = version.end()
    if h.row["open"] in ("noun",):
        return None  # "บัตร PTT BLUE CARD": a Latin name after บัตร / ธนาคาร is a product
    seq = clean_name(text[latin.start(1) : end])
    if (
        not _LATIN_NAME_RE.search(seq) or (drop and commercial_service(seq))
        or event_name(seq) or generic_english(f"{seq} X")  # "กิจกรรม CSR", "แอป Mobile"
    ):
        return None
    if not version:  # a version closes a name: "โครงการ Smart Farmer 4.0 เพื่อเกษตรกร"
        end = latin_tail_end(text, end, limit)
    own_head = heads().en_heads.search(seq)
    owner = clean_name(abbrev.group()) + " " if abbrev else ""
    name = seq if own_head else clean_name(f"{head} {owner}{text[latin.start(1) : end]}")
    english = seq if (drop or own_head) else None
    return end, name, english, "thai-head-latin"
