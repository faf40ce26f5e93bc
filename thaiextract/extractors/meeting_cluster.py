"""Which namings of a meeting name the same one: the clusters of :mod:`.meetings`.

Mentions of one meeting (Thai name, English name, acronym, a short headline form, a
back-reference) are clustered into one; the first full mention comes first. "การประชุม BRICS"
after "(BRICS Foreign Ministers Meeting)" joins that meeting; a headline's "ประชุม คกก.…" or
"ประชุมเอเปค 2022" joins the full name it abbreviates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lexicons import load
from .meeting_lexicon import cue_words, lexicon
from .meeting_names import Candidate, Cluster
from .scan import alternation, concepts, eng_key, thai_key


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = load("meetings/abbreviations")
    full = {r["short"]: r["full"] for r in rows}
    return re.compile(alternation(list(full))), full


def name_key(name: str) -> str:
    """A Thai name compared loosely: abbreviations of who meets written out (ครม. = คณะรัฐมนตรี),
    the abbreviation mark dropped (สหรัฐฯ = สหรัฐ)."""
    pattern, full = _abbreviations()
    key = thai_key(pattern.sub(lambda m: full[m.group()], name).replace("ฯ", ""))
    # "การจัดประชุมสัมมนารับฟังความคิดเห็น" = "การสัมมนารับฟังความคิดเห็น": a seminar compares
    # from its seminar word.
    core = _seminar_core().search(key, 0, _SEMINAR_LEAD)
    return key[core.start() :] if core else key


_SEMINAR_LEAD = 12  # how far into a name its seminar word may start (การจัดประชุม…)


@lru_cache(maxsize=1)
def _seminar_core() -> re.Pattern[str]:
    """The shortest seminar triggers (สัมมนา, เสวนา): the word the longer ones are built on."""
    words = lexicon().seminar
    return re.compile(alternation([w for w in words if not any(o != w and o in w for o in words)]))


def abbreviated(name: str | None) -> bool:
    """Does a Thai name hold an abbreviation of who meets (ครม., คกก.)?"""
    return name is not None and _abbreviations()[0].search(name) is not None


def _keys(cand: Candidate) -> set[tuple[str, str]]:
    """What another mention must share to be the same meeting: the Thai name, or an alias
    (English name, acronym, or the Latin name after a Thai trigger), compared loosely."""
    keys = {("th", name_key(cand.name))} if cand.name and cand.name != cand.english else set()
    for alias in (cand.english, cand.acronym, cand.latin_core):
        if alias:
            # A Thai abbreviation (ครม.) has no Latin letters to compare: compare its letters.
            key = eng_key(alias) if alias.isascii() else thai_key(alias)
            if key:
                keys.add(("alias", key))
    return keys


def cluster(cands: list[Candidate], text: str = "") -> list[Cluster]:
    """Candidates that name one meeting, together (first full mention first); a back-reference
    ("การประชุมดังกล่าว") is one more mention of the meeting named last before it. With the
    ``text``, a Thai name in the brackets after an English one names the same meeting."""
    named = [c for c in cands if not c.backref]
    clusters = _join_weak(
        _join_subject(_join_short_latin(_join_bracketed(_cluster_names(named), text)))
    )
    _attach_backrefs(clusters, [c for c in cands if c.backref])
    return clusters


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    return re.compile(alternation(cue_words("subject")))


def _join_subject(clusters: list[Cluster]) -> list[Cluster]:
    """"การประชุมสุดยอดผู้นำอาเซียน" (a lead) and "การประชุมสุดยอดผู้นำอาเซียนว่าด้วยเมียนมา" (the
    body): a weak name that is a fuller weak name without its subject (ว่าด้วย…, เรื่อง…) is a
    short form of the one meeting so named; the fuller one names it."""
    def weak(cl: Cluster) -> bool:
        return all(c.weak and c.name and not c.backref for c in cl.cands)

    fuller: dict[str, list[Cluster]] = {}
    for cl in clusters:
        if not weak(cl):
            continue
        for c in cl.cands:
            key = name_key(c.name or "")
            m = _subject_re().search(key, 1)
            if m and len(key) - m.end() >= _PREFIX_MIN:
                fuller.setdefault(key[: m.start()], []).append(cl)
    kept: list[Cluster] = []
    for cl in clusters:
        hosts = {id(h): h for c in cl.cands for h in fuller.get(name_key(c.name or ""), ())}
        if weak(cl) and len(hosts) == 1 and cl not in hosts.values():
            host = next(iter(hosts.values()))
            for c in cl.cands:
                c.shortened = True
            host.cands.extend(cl.cands)
            continue
        kept.append(cl)
    return kept


_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")


def _join_bracketed(clusters: list[Cluster], text: str) -> list[Cluster]:
    """"The 41st ASEAN Ministers on Energy Meeting (การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 41)":
    the Thai naming in the brackets right after an English one joins it (same ordinal or none)."""
    if not text:
        return clusters
    english_ends = {
        c.mentions[0][1]: cl for cl in clusters for c in cl.cands if c.rule == "english-name"
    }
    kept: list[Cluster] = []
    for cl in clusters:
        first = min(cl.cands, key=lambda c: c.block)
        host = None
        for end, other in english_ends.items():
            if end <= first.block[0] and other is not cl and _BRACKET_OPEN_RE.fullmatch(
                text, end, first.block[0]
            ):
                host = other
        ordinal = host.get("ordinal") if host else None
        if host and first.trigger.startswith("การ") and (
            ordinal is None or first.ordinal is None or ordinal == first.ordinal
        ):
            host.cands.extend(cl.cands)
            continue
        kept.append(cl)
    return kept


_BACKREF_REACH = 600  # how far back a back-reference may point


def _attach_backrefs(clusters: list[Cluster], backrefs: list[Candidate]) -> None:
    blocks = sorted((c.block[0], i) for i, cl in enumerate(clusters) for c in cl.cands)
    starts = [b[0] for b in blocks]
    for ref in backrefs:
        k = bisect_left(starts, ref.block[0])
        if k and ref.block[0] - starts[k - 1] <= _BACKREF_REACH:
            clusters[blocks[k - 1][1]].cands.append(ref)


def _cluster_names(cands: list[Candidate]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[tuple[str, str], list[int]] = {}
    for cand in sorted(cands, key=lambda c: c.block):
        keys = _keys(cand)
        target = None
        for i in sorted({i for key in keys for i in index.get(key, ())}):
            ordinal = clusters[i].get("ordinal")
            if (ordinal is None or cand.ordinal is None or ordinal == cand.ordinal) and (
                _signing(cand) == any(_signing(c) for c in clusters[i].cands if c.trigger)
                or not cand.trigger
            ):
                target = i
                break
        if target is None:
            target = len(clusters)
            clusters.append(Cluster([]))
        clusters[target].cands.append(cand)
        for key in keys:
            index.setdefault(key, []).append(target)
    return clusters


def _signing(cand: Candidate) -> bool:
    """Is this naming a signing ceremony? "พิธีลงนามความตกลง… (RCEP)" shares the acronym of the
    summit beside it but is another event."""
    return cand.trigger in lexicon().signing


def _join_weak(clusters: list[Cluster]) -> list[Cluster]:
    """A weak Thai mention ("ประชุมรัฐมนตรีดิจิทัล" in a headline) joins the one full meeting whose
    concepts include all of its own. A short form or back-reference (the bare verb ประชุม of a
    headline, ที่ประชุม…: "นายกฯ ประชุมบอร์ด สสว.") may join a meeting named in full with การ…
    and no ordinal too."""
    full = [c for c in clusters if not all(x.weak for x in c.cands)]
    named = [
        c for c in clusters if any(not x.weak or x.trigger.startswith("การ") for x in c.cands)
    ]
    kept = []
    for cl in clusters:
        if all(x.weak for x in cl.cands):
            own = set().union(*(concepts(x.name or "") for x in cl.cands)) - {"meeting"}
            short = all(x.trigger in _SHORT for x in cl.cands)
            hosts = [
                f for f in (named if short else full)
                if (own and own <= set().union(*(concepts(_label(x)) for x in f.cands)))
                or (short and _prefix_of(cl, f))
            ]
            if len(hosts) == 1 and hosts[0] is not cl:
                hosts[0].cands.extend(x for x in cl.cands)
                for x in cl.cands:
                    x.weak = True
                continue
        kept.append(cl)
    return kept


_PREFIX_MIN = 6  # letters a short form must have to be read as the start of a full name
_LONG_PREFIX = 45  # letters a full name must have to be read as the start of a longer short form


def _prefix_of(short: Cluster, full: Cluster) -> bool:
    """"ประชุมเอกอัครราชทูต" (a headline) is the start of "การประชุมเอกอัครราชทูตและกงสุลใหญ่
    ทั่วโลก ประจำปี 2566": a short form whose name begins the full one."""
    keys = [name_key(x.name) for x in short.cands if x.name]
    hosts = [name_key(x.name) for x in full.cands if x.name and (not x.weak or x.rank() == 1)]
    # A headline cut at its line end, the body's verb form running on ("การประชุมเชิงปฏิบัติการ
    # เพื่อจัดทำวัตถุประสงค์…ของกลุ่มจังหวัด" over "…ได้จัดประชุมเชิงปฏิบัติการเพื่อจัดทำ…ของกลุ่ม
    # จังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1"): a long full name that begins the short form's.
    def begins(short_key: str, full_key: str) -> bool:
        if len(short_key) >= _PREFIX_MIN and full_key.startswith(short_key):
            return True
        # "…อาเซียน" and "…อาเซียน-จีน" are two meetings: a partner after a dash is no more of
        # the same name.
        return (
            len(full_key) >= _LONG_PREFIX and short_key.startswith(full_key)
            and short_key[len(full_key) : len(full_key) + 1] != "-"
        )

    return any(begins(k, h) and h != k for k in keys for h in hosts)


# The bare verb of a headline's short form and the back-reference, as meetings/triggers.tsv
# has them: "นายกฯ ประชุมบอร์ด สสว.", "ที่ประชุมบอร์ดส่งเสริม…".
_SHORT = frozenset({"ประชุม", "ที่ประชุม"})


def _join_short_latin(clusters: list[Cluster]) -> list[Cluster]:
    """"การประชุม BRICS ครั้งนี้" beside "…(BRICS Foreign Ministers Meeting)": a Thai trigger with a
    bare Latin word, no ordinal, is a short form of the one other meeting whose English name,
    acronym or Thai name holds all its words (a headline's "ประชุม G-20" may come first)."""
    def short(cl: Cluster) -> bool:
        return all(
            c.latin_core and c.english is None and c.acronym is None and c.ordinal is None
            for c in cl.cands
        )

    full = [cl for cl in clusters if not short(cl)]
    kept: list[Cluster] = []
    for cl in clusters:
        words = set(eng_key(cl.cands[0].latin_core or "").split()) if short(cl) else set()
        hosts = [
            k for k in full
            if words and any(
                words <= set(eng_key(a).split())
                for c in k.cands for a in (c.english, c.acronym, c.name) if a
            )
        ]
        if len(hosts) == 1:
            for c in cl.cands:
                c.weak = True
            hosts[0].cands.extend(cl.cands)
            continue
        kept.append(cl)
    return kept


def _label(cand: Candidate) -> str:
    """What a naming says of its meeting: its Thai name, English name and short name ("…เอเชีย-
    แปซิฟิก (เอเปค)": a headline's "ประชุมเอเปค 2022" names it by the short name)."""
    return " ".join(filter(None, (cand.name, cand.english, cand.acronym)))


__all__ = ["abbreviated", "cluster", "name_key"]
