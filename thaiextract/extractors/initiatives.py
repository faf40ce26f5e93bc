"""Initiatives: named programmes, apps, centres, plans, measures, strategies, years of cooperation.

Two shapes, both compiled once per process from ``initiatives/triggers.tsv``:
- a Thai head (แอป…, ศูนย์…, แผนแม่บท…, มาตรการ…, โครงการ…, ปีแห่ง…) followed by a name that runs to a
  boundary (``meetings/boundaries.tsv``: ซึ่ง, ที่, เพื่อ, โดย, และ, a comma or bracket, the sentence
  end), a Latin name, or a quoted name, head included ("แอปไทยชนะ", "โครงการ เราชนะ" for
  'โครงการ "เราชนะ"'); a classifier head (แอป, แพลตฟอร์ม) takes a short name, and a Latin one
  after it is also the English name. Whether the words after the head name anything, and where
  a name ends (editions, routes, list items, a study of a project), is
  :mod:`.initiative_names`' question;
- an English name ending in a head word (… Center, … Masterplan 2025) or "… Year of …".
``kind`` comes from the head.

The extractor returns one :class:`InitiativeCandidate` per naming, with its head's span. The link
stage (``link/initiatives.py``) decides what the other kinds bear on: a head inside an
organisation's name (ศูนย์… (ศบค.)) is a unit, not a scheme; the namings of one initiative are
merged; the owner and the launch date are read beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load
from ..model import InitiativeFact, OrganizationFact
from .initiative_names import (
    MAX_CORE,
    THAI_RE,
    YEAR_RE,
    and_end,
    bare,
    compound_end,
    descriptive,
    edition_end,
    generic_english,
    joined_end,
    linked_length,
    list_item_end,
    list_opener,
    mixed_end,
    name_words,
    named_by_context,
    opens_with_verb,
    proper_owner_end,
    route_end,
    verb_led,
)
from .meeting_names import MEETING_HEADS_RE
from .scan import (
    ENG_SEQ,
    MAX_NAME,
    OrgIndex,
    alternation,
    at_word_boundary,
    clean_name,
    ends_at_word,
    latin_finditer,
    literal_automaton,
    literal_finditer,
    scan,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..model import Fact
    from ..pipeline import Prepared

_ENG_RE = re.compile(rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})")
MAX_APP = 30  # app and platform names are short; a longer run is a clause
_LATIN_AFTER_RE = re.compile(rf"\s?({ENG_SEQ})")
_BRACKET_RE = re.compile(rf"\s*\(\s*(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})\s*\)")
_LONG_HEAD = 6  # a compound head (แผนปฏิบัติการ) that ends at a word stands even when a word
# before it swallows its start (มีแผน…)
_LEAD_RE = re.compile(r"\d")
# The edition, crop year or period at the end of a name, which the name leaves out (the span
# keeps it): "… ปี 2567", "… ปีการผลิต 2565/66", "… ปีที่ 10", "… พ.ศ.2566-2570"; a single
# target year stays ("แผนแม่บท… ค.ศ. 2025").
_EDITION_TAIL_RE = re.compile(
    r"\s?(?:(?:ประจำ)?ปี(?:งบประมาณ|การผลิต|การศึกษา|ที่)?\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?\d{1,4}"
    r"(?:\s?[-/]\s?\d{2,4})?|(?:พ\.ศ\.|ค\.ศ\.)\s?\d{4}\s?-\s?\d{2,4})$"
)
_OWN_NUMBER_RE = re.compile(r"\s\d{1,4}$")
_INNER_ACRONYM_RE = re.compile(r"\s?\([A-Z][A-Za-z0-9]{0,5}\)")
_QUOTED_RE = re.compile(r"\s?\"([^\"\n]{2,60})\"")
# A version or edition after a Latin name: นโยบาย Thailand 4.0, โครงการ Smart City 2.0.
_VERSION_RE = re.compile(r"\s?\d+(?:\.\d+)+(?![\d.])|\s?\d+\.0(?!\d)")


@dataclass(frozen=True, slots=True)
class InitiativeCandidate(InitiativeFact):
    """One naming of an initiative as the extractor found it; ``head`` is the span of its Thai
    head word (None for an English name), which the linker tests against organisations."""

    head: tuple[int, int] | None = None
    unit_head: bool = False  # the head usually names a unit (ศูนย์, ธนาคาร, Center)


@dataclass(frozen=True, slots=True)
class HeadLexicon:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    th: dict[str, dict[str, str]]
    en_heads: re.Pattern[str]
    en_kind: dict[str, str]
    en_unit: frozenset[str]  # English heads that usually name a unit (center, centre)
    year_re: re.Pattern[str]


@lru_cache(maxsize=1)
def heads() -> HeadLexicon:
    rows = load("initiatives/triggers")
    th = {r["trigger"]: r for r in rows if r["lang"] == "th" and r["kind"] != "not"}
    nots = [r["trigger"] for r in rows if r["kind"] == "not"]
    en = {r["trigger"]: r["kind"] for r in rows if r["lang"] == "en" and r["trigger"] != "Year of"}
    words = "|".join(re.escape(h) for h in sorted(en, key=len, reverse=True))
    return HeadLexicon(
        triggers=re.compile(rf"(?P<x>{alternation(nots)})|(?P<t>{alternation(list(th))})"),
        trigger_auto=literal_automaton({*nots, *th}),
        th=th,
        en_heads=re.compile(rf"(?<![A-Za-z])(?P<head>{words})(?:\s+\d{{4}})?$"),
        en_kind={h.lower(): k for h, k in en.items()},
        en_unit=frozenset(r["trigger"].lower() for r in rows if r["lang"] == "en" and r["unit"]),
        # "ASEAN-Japan Year of Tourism": capitalised words right before "Year of", no connector.
        year_re=re.compile(
            r"(?:[A-Z][A-Za-z0-9]*(?:\s*-\s*[A-Z][A-Za-z0-9]*)*\s+)?Year\s+of\s+"
            r"[A-Z][A-Za-z0-9-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z0-9-]*)*(?:\s+\d{4})?"
        ),
    )


@lru_cache(maxsize=1)
def products() -> frozenset[str]:
    """Commercial apps and platforms, lower-cased: no scheme of their own."""
    return frozenset(r["word"].lower() for r in load("initiatives/products"))


@dataclass(slots=True)
class _Head:
    """A Thai head in its sentence: the name runs from ``te`` to at most ``limit``."""

    row: dict[str, str]
    ts: int
    te: int
    sstart: int
    limit: int


def _thai_candidates(doc: Prepared, orgs: OrgIndex) -> list[InitiativeCandidate]:
    lex = heads()
    text = doc.text
    cands = []
    for m in literal_finditer(lex.triggers, lex.trigger_auto, text):
        if m.lastgroup != "t":
            continue
        ts, te = m.span()
        # A head inside a dictionary word is no head: แผน in แพทย์แผนไทย, ศูนย์ in จุดศูนย์ถ่วง.
        space = max(text.rfind(" ", 0, ts), text.rfind("\n", 0, ts)) + 1
        left = max(space, ts - 30)
        if not at_word_boundary(text, left, ts, te) and not (
            te - ts >= _LONG_HEAD and ends_at_word(text, left, te)
        ):
            continue
        sentence = doc.sentence_at(ts)
        head = _Head(lex.th[m.group()], ts, te, sentence.nstart if sentence else 0,
                     sentence.nend if sentence else len(text))
        cand = _read_thai(doc, head, orgs)
        if cand is not None:
            cands.append(cand)
            if list_opener().search(text, max(0, ts - 10), ts):
                cands.extend(_shared_head_items(doc, cand, head.limit))
    return cands


# "ทั้งโครงการคนละครึ่ง เราเที่ยวด้วยกัน ช้อปดีมีคืน และ…", "รวมถึงนโยบายมารดาประชารัฐ
# โคบาลประชารัฐ เป็นต้น": a list word before a head opens a list whose items share that head;
# each is one initiative, named as written.
_ITEM_GAP_RE = re.compile(r" +(?:และ\s?)?")
MAX_ITEM = 30


def _shared_head_items(
    doc: Prepared, first: InitiativeCandidate, limit: int
) -> list[InitiativeCandidate]:
    """The items after ``first`` in a list that shares its head: space-separated word runs up
    to "และ …" (the last item) or the first run that is no name (a head of its own, a stop)."""
    text, lex = doc.text, heads()
    items: list[InitiativeCandidate] = []
    pos = first.end
    while True:
        gap = _ITEM_GAP_RE.match(text, pos, limit)
        if not gap or lex.triggers.match(text, gap.end()):
            break
        start = gap.end()
        end, closed = scan(text, start, min(limit, start + MAX_ITEM + 1), natural_end=limit)
        if not closed or not 3 <= end - start <= MAX_ITEM or not THAI_RE.match(text, start):
            break
        items.append(InitiativeCandidate(
            **doc.anchor(start, end), rule="list-item", evidence=first.evidence,
            name=clean_name(text[start:end]), initiative_kind=first.initiative_kind,
            mentions=(doc.mention(start, end),), head=(start, start),
        ))
        if "และ" in gap.group():
            break
        pos = end
    return items


def _read_thai(doc: Prepared, h: _Head, orgs: OrgIndex) -> InitiativeCandidate | None:
    """The candidate a Thai head opens: a quoted, Latin or Thai name after it."""
    text, ts, te, limit = doc.text, h.ts, h.te, h.limit
    # The head stays in the name ("แอปพลิเคชันหมอพร้อม", "โครงการคนละครึ่ง"), and so does a
    # space after it ("แผนยุทธศาสตร์ ธปท. ปี 2566-2568"); quotation marks do not.
    drop = h.row["head"] == "drop"
    head = text[ts:te] + (" " if text.startswith(" ", te) else "")
    quoted = _QUOTED_RE.match(text, te, limit)
    latin = _LATIN_AFTER_RE.match(text, te, limit)
    if quoted:
        core, end, english, rule = quoted.group(1).strip(), quoted.end(), None, "thai-head-quoted"
        if re.search(r"[A-Za-z]", core) and not re.search(f"[{'ก-๙'}]", core):
            english = clean_name(core)
        name = head + core
    elif latin:
        end = latin.end()
        version = _VERSION_RE.match(text, end, limit)
        if version:
            end = version.end()
        seq = clean_name(text[latin.start(1) : end])
        # "กิจกรรม Opening Ceremony for …": a meeting's English name is no initiative, and
        # "แอปพลิเคชัน Clubhouse" a commercial product (initiatives/products.tsv).
        if not re.search(r"[A-Za-z]{2}|[A-Z]\d", seq) or MEETING_HEADS_RE.search(seq):
            return None
        if drop and seq.split()[0].lower() in products():
            return None
        own_head = heads().en_heads.search(seq)
        name = seq if own_head else f"{head} {seq}"
        english = seq if (drop or own_head) else None
        rule = "thai-head-latin"
        # "โครงการ Happy Money เพื่อชุมชน", "โครงการ SME ปรับตัวสู่ดิจิทัล": the name runs on to
        # its natural end.
        more = joined_end(text, te, end, limit, space=True)
        more = mixed_end(text, end, limit) if more == end else more
        if more > end and not own_head:
            name, english, end = f"{head}{text[te:more].strip()}", None, more
    else:
        read = _thai_name(text, h, orgs)
        if read is None:
            return None
        end, core = read
        # "โครงการพัฒนาทักษะ (AI) สำหรับแรงงาน": a bracketed acronym inside the name.
        inner = _INNER_ACRONYM_RE.match(text, end, limit)
        more = joined_end(text, te, inner.end(), limit, space=True) if inner else end
        if more > end:
            end, core = more, text[te:more].strip()
        name, english = head + core, None
        rule = "thai-head"
    name = clean_name(_EDITION_TAIL_RE.sub("", clean_name(name))) or clean_name(name)
    if not name:
        return None
    mentions = [doc.mention(ts, end)]
    # "ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center)": the English name in brackets.
    bracket = _BRACKET_RE.match(text, end, limit)
    if bracket and english is None:
        english = clean_name(bracket.group("seq"))
        mentions.append(doc.mention(*bracket.span("seq")))
    return InitiativeCandidate(
        **doc.anchor(ts, end), rule=rule, evidence=(text[ts:te],), name=name,
        initiative_kind=h.row["kind"], english_name=english, mentions=tuple(mentions),
        head=(ts, te), unit_head=bool(h.row["unit"]),
    )


def _thai_name(text: str, h: _Head, orgs: OrgIndex) -> tuple[int, str] | None:
    """End and words of a Thai name after the head, or None when they name nothing."""
    ts, te, limit = h.ts, h.te, h.limit
    drop = h.row["head"] == "drop"
    # A list item runs to the next number or its line's end: the sentence splitter may cut an
    # item at a space ("2. โครงการส่งเสริมผู้ประกอบการ ด้านการบริหารความเสี่ยง…").
    line_end = text.find("\n", te)
    listed = None if drop else list_item_end(
        text, ts, te, max(limit, line_end if line_end >= 0 else len(text))
    )
    if listed is not None:
        return listed, text[te:listed].strip(" -")
    # "โครงการ 30 บาทรักษาทุกโรค": a number after a space opens the name, and one more Thai
    # word run may end it.
    lead = not drop and text.startswith(" ", te) and _LEAD_RE.match(text, te + 1) is not None
    end, closed = scan(text, te + lead, min(limit, te + MAX_NAME), natural_end=limit)
    if not closed:
        return None
    if lead:
        end = mixed_end(text, end, limit)
    if not drop:
        end = route_end(text, edition_end(text, te, end, limit, orgs), limit)
        compound = compound_end(text, text[ts:te], end, limit) if h.row["open"] else None
        if compound is not None and compound - te <= MAX_CORE:
            return compound, text[te:compound].strip(" -")
    core = text[te:end].strip(" -")
    if not core or len(core) > (MAX_APP if drop else MAX_CORE):
        return None  # nothing, or a run-on clause rather than a name
    # "มาตรการแผนปฏิบัติงาน", "โครงการโครงการ…": a head right after a head; the inner one
    # is the candidate, if any.
    inner = heads().triggers.match(text, te)
    if inner and inner.lastgroup == "t":
        return None
    return _named_words(text, h, end, core)


def _named_words(text: str, h: _Head, end: int, core: str) -> tuple[int, str] | None:
    """Do the words ``core`` after the head (ending at ``end``) name anything? Their end and
    text, perhaps run on (a joining word, a proper owner), or None."""
    ts, te, limit = h.ts, h.te, h.limit
    words = name_words()
    joins = words.context.join.match(text, end, limit) is not None
    if not joins and bare(text, te, end, h.row["kind"]):
        return None
    if h.row["open"] == "context" and not named_by_context(text, ts, te, end, h.sstart, limit):
        return None
    # A year names an edition (ประจำปี 2561), and a phase a scheme run in phases (ระยะที่ 2);
    # a session number (ครั้งที่ 8/2559) does not.
    # A number of its own names it too (ศูนย์การเรียนรู้ 701, ศูนย์ดำรงธรรม 1567).
    dated = (
        YEAR_RE.search(words.session.sub(" ", core)) or words.phase.match(text, end, limit)
        # … but a budget is no number of its own ("โครงการวงเงิน 45 ล้านบาท").
        or (_OWN_NUMBER_RE.search(core) and not words.context.budget.match(text, te, limit))
    )
    if h.row["open"] == "yes":
        # "แผนแม่บทด้านการขนส่งและจราจร": a plan's own field joined by และ.
        end = joined_end(text, te, and_end(text, te, end, limit, heads().triggers), limit)
        return end, text[te:end].strip(" -")
    if re.search(r"[A-Za-z]", core) or dated:
        return end, core
    # "ศูนย์เพื่อการพัฒนาเด็กเล็ก": เพื่อ after a centre or fund opens an official name, not a
    # purpose clause (scan kept it for the same reason).
    linked = linked_length(text, ts, te, core)
    if (not linked and words.generic.match(core)) or descriptive(
        words.session.sub("", core[linked:]).strip()
    ):
        # "กรอบการฟื้นฟูที่ครอบคลุมของอาเซียน": a proper owner after it makes it a name.
        owner = proper_owner_end(text, end, limit)
        if owner is not None and owner - te <= MAX_CORE:
            return owner, text[te:owner].strip(" -")
        return None
    # A head followed by a verb phrase describes a measure; it does not name one, unless the
    # text treats it as a named scheme (joined, approved, budgeted, referred to again).
    if h.row["open"] == "strict" and (
        (not linked and words.strict.match(core)) or opens_with_verb(core)
    ):
        if not verb_led(core) or not named_by_context(text, ts, te, end, h.sstart, limit):
            return None
        end = joined_end(text, te, and_end(text, te, end, limit, heads().triggers), limit)
        core = text[te:end].strip(" -")
    elif h.row["open"] == "no":
        # "กองทุนอาเซียนเพื่อการรับมือกับโควิด-19": a fund or centre named for its purpose.
        end = joined_end(text, te, end, limit)
        core = text[te:end].strip(" -")
    if joins and bare(text, te, end, h.row["kind"]):
        return None
    return end, core


def _english_candidates(doc: Prepared) -> list[InitiativeCandidate]:
    lex = heads()
    text = doc.text
    cands = []
    for m in latin_finditer(_ENG_RE, text):
        seq_start = m.start("seq")
        seq = m.group("seq")
        found: list[tuple[int, int, str, str]] = []
        for y in lex.year_re.finditer(seq):
            found.append((seq_start + y.start(), seq_start + y.end(), "year", "Year of"))
        if not found:
            h = lex.en_heads.search(seq)
            # A head word alone ("Application") or after descriptive words ("Call Center") names
            # nothing.
            if h and h.start() > 0 and not generic_english(seq[: h.end("head")]):
                word = h.group("head")
                found.append((m.start(), m.end(), lex.en_kind[word.lower()], word))
        for s, e, kind, word in found:
            name = clean_name(text[s:e])
            name = name[4:] if name.startswith(("The ", "the ")) else name
            cands.append(InitiativeCandidate(
                **doc.anchor(s, e), rule="english-name", evidence=(word,), name=name,
                initiative_kind=kind, english_name=name, mentions=(doc.mention(s, e),),
                unit_head=word.lower() in lex.en_unit,
            ))
    return cands


def extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[InitiativeFact]:
    """Every naming of an initiative, Thai heads first; the link stage merges and decides."""
    orgs = [o for o in facts.get("organizations", ()) if isinstance(o, OrganizationFact)]
    return [*_thai_candidates(doc, OrgIndex(doc, orgs)), *_english_candidates(doc)]


__all__ = ["HeadLexicon", "InitiativeCandidate", "extract", "heads"]
