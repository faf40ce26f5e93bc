"""Initiatives: named programmes, apps, centres, plans, measures, strategies, years of cooperation.

Two shapes, both compiled once per process from ``initiative_triggers.tsv``:
- a Thai head (แอป…, ศูนย์…, แผนแม่บท…, มาตรการ…, โครงการ…, ปีแห่ง…) followed by a name that runs to a
  boundary (``meeting_boundaries.tsv``: ซึ่ง, ที่, เพื่อ, โดย, และ, a comma or bracket, the sentence
  end), a Latin name, or a quoted name. Classifier heads (แอป, แพลตฟอร์ม) are dropped from the name:
  "แอปไทยชนะ" is the app "ไทยชนะ". A name that starts like a description (``initiative_generic.tsv``:
  มาตรการด้าน…, โครงการต่าง ๆ, แผนงาน) is no initiative unless it has a Latin word, a quote or a year;
- an English name ending in a head word (… Center, … Masterplan 2025) or "… Year of …".
``kind`` comes from the head. The same initiative mentioned twice (same name, one name inside the
other, or a Thai and an English name with the same glossary concepts) is one fact whose span is the
first mention. ``launched`` is a date right after the name introduced by a launch verb
(``initiative_launch_cues.tsv``: ซึ่งจัดขึ้นเมื่อ…, เปิดตัวเมื่อ…); ``owner`` the organisation after
ของ / โดย / เป็นข้อริเริ่มโดย, or the nearest organisation before "ผ่าน / เปิดตัว / จัดตั้ง + name".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import dictionary_words
from ..lexicons import load
from ..model import DateFact, InitiativeFact, OrganizationFact
from ..normalize import normalize_text
from .meetings import (
    ENG_SEQ,
    MAX_NAME,
    _alternation,
    at_word_boundary,
    clean_name,
    concepts,
    eng_key,
    orig_pos,
    scan,
    similar,
)

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

_ENG_RE = re.compile(rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})")
MAX_APP = 30  # app and platform names are short; a longer run is a clause
MAX_CORE = 80
_BRACKET_RE = re.compile(rf"\s*\(\s*(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})\s*\)")
_THAI_RE = re.compile("[\u0e00-\u0e7f]")
_QUOTED_RE = re.compile(r"\s?\"([^\"\n]{2,60})\"")
_YEAR_RE = re.compile(r"(?<![\d/])\d{4}(?!\d)")
_SESSION_RE = re.compile(r"\s*(?:ครั้งที่|รอบที่)\s*\d+(?:/\d{2,4})?")
# A version or edition after a Latin name: นโยบาย Thailand 4.0, โครงการ Smart City 2.0.
_VERSION_RE = re.compile(r"\s?\d+(?:\.\d+)+(?![\d.])|\s?\d+\.0(?!\d)")
_OWNER_AFTER_RE = re.compile(
    r"\s*(?:ซึ่ง)?\s*(?:เป็น)?\s*(?:ข้อริเริ่ม|ความริเริ่ม|โครงการ|ผลงาน)?\s*(?:ที่)?\s*"
    r"(?:ริเริ่ม|พัฒนา|จัดทำ|จัดตั้ง|ดำเนินการ)?(?:ขึ้น)?\s*(?:ของ|โดย)\s*"
)
_LAUNCH_AFTER_RE = re.compile(
    r"\s*(?:อย่างเป็นทางการ)?\s*(?:เมื่อ|ตั้งแต่|ใน)\s*(?:วันที่|เดือน|ปี)?\s*"
)
_OWNER_BEFORE_RE = re.compile(r"(?:ผ่าน(?:ทาง)?|เปิดตัว|จัดตั้ง|ก่อตั้ง|ริเริ่ม)\s*$")


@dataclass(frozen=True, slots=True)
class _Lex:
    triggers: re.Pattern[str]
    th: dict[str, dict[str, str]]
    en_heads: re.Pattern[str]
    en_kind: dict[str, str]
    year_re: re.Pattern[str]
    generic: re.Pattern[str]
    strict: re.Pattern[str]
    launch: re.Pattern[str]
    launch_before: re.Pattern[str]
    owner_heads: re.Pattern[str]
    words_th: frozenset[str]
    words_en: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    rows = load("initiative_triggers")
    th = {r["trigger"]: r for r in rows if r["lang"] == "th" and r["kind"] != "not"}
    nots = [r["trigger"] for r in rows if r["kind"] == "not"]
    en = {r["trigger"]: r["kind"] for r in rows if r["lang"] == "en" and r["trigger"] != "Year of"}
    heads = "|".join(re.escape(h) for h in sorted(en, key=len, reverse=True))
    cues = "|".join(re.escape(c["cue"]) for c in load("initiative_launch_cues"))
    return _Lex(
        triggers=re.compile(rf"(?P<x>{_alternation(nots)})|(?P<t>{_alternation(list(th))})"),
        th=th,
        en_heads=re.compile(rf"(?<![A-Za-z])(?P<head>{heads})(?:\s+\d{{4}})?$"),
        en_kind={h.lower(): k for h, k in en.items()},
        # "ASEAN-Japan Year of Tourism": capitalised words right before "Year of", no connector.
        year_re=re.compile(
            r"(?:[A-Z][A-Za-z0-9]*(?:\s*-\s*[A-Z][A-Za-z0-9]*)*\s+)?Year\s+of\s+"
            r"[A-Z][A-Za-z0-9-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z0-9-]*)*(?:\s+\d{4})?"
        ),
        generic=re.compile(
            _alternation([r["word"] for r in load("initiative_generic") if r["scope"] == "all"])
        ),
        strict=re.compile(_alternation([r["word"] for r in load("initiative_generic")])),
        launch=re.compile(
            rf"\s*(?:ซึ่ง|ที่)?\s*(?:ได้)?\s*(?:มีการ)?\s*(?:{cues})(?:ขึ้น)?\s*(?:อย่างเป็นทางการ)?\s*"
            r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*"
        ),
        # "เปิดตัวแอปพลิเคชัน "ทางรัฐ" เมื่อวันที่ …": the cue before the name, the date right after.
        launch_before=re.compile(rf"(?:{cues})(?:ขึ้น)?\s*$"),
        owner_heads=re.compile(_alternation([r["word"] for r in load("initiative_owner_heads")])),
        words_th=frozenset(
            r["word"] for r in load("initiative_generic_words") if r["lang"] == "th"
        ),
        words_en=frozenset(
            r["word"].lower() for r in load("initiative_generic_words") if r["lang"] == "en"
        ),
    )


def _descriptive(core: str) -> bool:
    """Are all words of ``core`` descriptive (initiative_generic_words.tsv)? Then it names nothing.

    The core is cut into dictionary words (the candidate only, never the document).
    """
    words = _lex().words_th
    if core in words:
        return True
    tokens = [t for part in core.split() for t in dictionary_words(part)]
    return bool(tokens) and all(t in words for t in tokens)


def _generic_english(name: str) -> bool:
    """"Call Center", "Web Application": the words before the head are all descriptive."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)[:-1]]
    return all(w in _lex().words_en or w in ("the", "of", "and", "for") for w in words)


@dataclass(slots=True)
class _Cand:
    span: tuple[int, int]
    kind: str
    name: str
    english: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _thai_candidates(doc: Prepared, orgs: list[OrganizationFact]) -> list[_Cand]:
    lex = _lex()
    text = doc.text
    orgs = sorted(orgs, key=lambda o: o.start)
    org_starts = [o.start for o in orgs]
    cands = []
    for m in lex.triggers.finditer(text):
        if m.lastgroup != "t":
            continue
        row = lex.th[m.group()]
        ts, te = m.span()
        # A head inside a dictionary word is no head: แผน in แพทย์แผนไทย, ศูนย์ in จุดศูนย์ถ่วง.
        space = max(text.rfind(" ", 0, ts), text.rfind("\n", 0, ts)) + 1
        if not at_word_boundary(text, max(space, ts - 30), ts, te):
            continue
        # A head inside an organisation's name (คณะกรรมการนโยบาย…, ศูนย์… (ศบค.)) is no initiative.
        ots, ote = doc.to_original(ts, te)
        k = bisect_right(org_starts, ots)  # an organisation starting at the head counts
        if any(o.end >= ote for o in orgs[max(0, k - 3) : k]):
            continue
        sentence = doc.sentence_at(ts)
        limit = sentence.nend if sentence else len(text)
        drop = row["head"] == "drop"
        head = "" if drop else text[ts:te]
        quoted = _QUOTED_RE.match(text, te, limit)
        latin = re.compile(rf"\s?({ENG_SEQ})").match(text, te, limit)
        if quoted:
            name, end, english = quoted.group(1).strip(), quoted.end(), None
            if re.search(r"[A-Za-z]", name) and not re.search(f"[{'ก-๙'}]", name):
                english = clean_name(name)
        elif latin:
            end = latin.end()
            version = _VERSION_RE.match(text, end, limit)
            if version:
                end = version.end()
            seq = clean_name(text[latin.start(1) : end])
            if not re.search(r"[A-Za-z]{2}|[A-Z]\d", seq):
                continue
            own_head = lex.en_heads.search(seq)
            name = seq if drop or own_head else f"{head} {seq}"
            english = seq if (drop or own_head) else None
        else:
            end, closed = scan(text, te, min(limit, te + MAX_NAME), natural_end=limit)
            if not closed:
                continue
            core = text[te:end].strip(" -")
            if not core:
                continue
            if len(core) > (MAX_APP if drop else MAX_CORE):
                continue  # a run-on clause, not a name
            # "มาตรการแผนปฏิบัติงาน", "โครงการโครงการ…": a head right after a head; the inner one
            # is the candidate, if any.
            inner = lex.triggers.match(text, te)
            if inner and inner.lastgroup == "t":
                continue
            # A year names an edition (ประจำปี 2561); a session number (ครั้งที่ 8/2559) does not.
            dated = _YEAR_RE.search(_SESSION_RE.sub(" ", core))
            if row["open"] != "yes" and not (re.search(r"[A-Za-z]", core) or dated):
                generic = lex.strict if row["open"] == "strict" else lex.generic
                if generic.match(core) or _descriptive(_SESSION_RE.sub("", core).strip()):
                    continue
            name, english = head + core, None
        name = clean_name(name)
        if not name:
            continue
        cand = _Cand((ts, end), row["kind"], name, english, [(ts, end)])
        # "ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center)": the English name in brackets.
        bracket = _BRACKET_RE.match(text, end, limit)
        if bracket and english is None:
            cand.english = clean_name(bracket.group("seq"))
            cand.mentions.append(bracket.span("seq"))
        cands.append(cand)
    return cands


def _english_candidates(doc: Prepared, taken: list[tuple[int, int]]) -> list[_Cand]:
    lex = _lex()
    text = doc.text
    cands = []
    for m in _ENG_RE.finditer(text):
        seq_start = m.start("seq")
        seq = m.group("seq")
        found: list[tuple[int, int, str]] = []
        for y in lex.year_re.finditer(seq):
            found.append((seq_start + y.start(), seq_start + y.end(), "year"))
        if not found:
            h = lex.en_heads.search(seq)
            # A head word alone ("Application") or after descriptive words ("Call Center") names
            # nothing.
            if h and h.start() > 0 and not _generic_english(seq[: h.end("head")]):
                found.append((m.start(), m.end(), lex.en_kind[h.group("head").lower()]))
        for s, e, kind in found:
            if any(ts <= s and e <= te for ts, te in taken):
                continue
            name = clean_name(text[s:e])
            name = name[4:] if name.startswith(("The ", "the ")) else name
            cands.append(_Cand((s, e), kind, name, name, [(s, e)]))
    return cands


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    key = normalize_text(name).lower()
    key = re.sub(r"(?:ค\.ศ\.|พ\.ศ\.)\s*\d{4}", "", key)
    return re.sub(r"[\s\-\"'.]", "", key)


def _same(a: _Cand, b: _Cand) -> bool:
    if a.kind != b.kind:
        return False
    if a.english and b.english and eng_key(a.english) == eng_key(b.english):
        return True
    ka, kb = _key(a.name), _key(b.name)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 6 and short in long_:
        return True
    # "ปีแห่งความร่วมมือ…" and "ปีแห่งความเป็นหุ้นส่วนความร่วมมือ…" share their core after the head.
    return similar(concepts(a.name), concepts(b.name))


def _cluster(cands: list[_Cand]) -> list[list[_Cand]]:
    clusters: list[list[_Cand]] = []
    for cand in sorted(cands, key=lambda c: c.span):
        for cluster in clusters:
            if any(_same(cand, other) for other in cluster):
                cluster.append(cand)
                break
        else:
            clusters.append([cand])
    return clusters


def _launched(
    doc: Prepared, cluster: list[_Cand], dates: list[DateFact], starts: list[int]
) -> str | None:
    launch = _lex().launch
    for cand in cluster:
        end = orig_pos(doc, cand.span[1])
        sentence = doc.sentence_at(cand.span[0])
        for d in dates[bisect_left(starts, end) : bisect_left(starts, end + 61)]:
            if not d.value:
                continue
            if sentence and d.start >= sentence.end:
                break
            gap = normalize_text(doc.original[end : d.start])
            # The date's own text may open with the cue (เมื่อเดือน…): test the two together.
            if launch.fullmatch(gap + _cue_prefix(d.text)):
                return d.value
            if (
                sentence
                and _lex().launch_before.search(doc.text, sentence.nstart, cand.span[0])
                and _LAUNCH_AFTER_RE.fullmatch(gap + _cue_prefix(d.text))
            ):
                return d.value
    return None


def _cue_prefix(text: str) -> str:
    m = re.match(r"(?:เมื่อ|ตั้งแต่|ใน|ช่วง)?\s*(?:วันที่|เดือน|ปี)?\s*", normalize_text(text))
    return m.group() if m else ""


def _owner(doc: Prepared, cluster: list[_Cand], orgs: list[OrganizationFact]) -> str | None:
    text = doc.text
    lex = _lex()
    for cand in cluster:
        s, e = cand.span
        sentence = doc.sentence_at(s)
        limit = sentence.nend if sentence else len(text)
        m = _OWNER_AFTER_RE.match(text, e, limit)
        if m and m.end() > e:
            at = orig_pos(doc, m.end())
            for org in orgs:
                if at <= org.start <= at + 2:
                    return org.name
            if lex.owner_heads.match(text, m.end()):
                end, _ = scan(text, m.end(), min(limit, m.end() + MAX_NAME))
                owner = clean_name(text[m.end() : end])
                if owner:
                    return owner
        if sentence and _OWNER_BEFORE_RE.search(text, sentence.nstart, s):
            start = orig_pos(doc, s)
            before = [
                o for o in orgs if sentence.start <= o.start and o.end <= start and o.name
            ]
            if before and "ร่วมกับ" not in doc.original[before[-1].end : start]:
                return before[-1].name
    return None


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[InitiativeFact]:
    orgs = [o for o in facts.get("organizations", []) if isinstance(o, OrganizationFact)]
    dates = sorted(
        (d for d in facts.get("dates", []) if isinstance(d, DateFact)), key=lambda d: d.start
    )
    starts = [d.start for d in dates]
    cands = _thai_candidates(doc, orgs)
    cands += _english_candidates(doc, [s for c in cands for s in c.mentions])
    out = []
    for cluster in _cluster(cands):
        first = cluster[0]
        thai = next((c.name for c in cluster if _THAI_RE.search(c.name)), None)
        english = next((c.english for c in cluster if c.english), None)
        spans = sorted({s for c in cluster for s in c.mentions})
        out.append(
            InitiativeFact(
                **doc.anchor(*first.span),
                name=thai or english or first.name,
                initiative_kind=first.kind,
                launched=_launched(doc, cluster, dates, starts),
                owner=_owner(doc, cluster, orgs),
                english_name=english,
                mentions=tuple(doc.mention(s, e) for s, e in spans),
            )
        )
    return sorted(out, key=lambda f: (f.start, f.end))
