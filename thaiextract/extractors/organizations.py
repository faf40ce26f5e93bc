"""Organisations: lexicon names, abbreviations and short forms, plus names built on a prefix.

Two sources of candidates, both found in one pass each over the normalised text:
- the organisation lexicon (``organizations/organizations.tsv``): every full name, abbreviation
  (Thai and English) and alias goes into one Aho-Corasick automaton whose value points at its
  organisation,
  so "ดีอีเอส", "DES", "กระทรวงดิจิทัลฯ" and the full name become one entry;
- prefixes (``organizations/patterns.tsv``: กระทรวง…, กรม…, มหาวิทยาลัย…, บริษัท … จำกัด (มหาชน)) for
  organisations the lexicon does not know, cut at ``organizations/boundaries.tsv`` words and then,
  on the dictionary words of the candidate only, before the first verb or function word
  (``organizations/stops.tsv``): "มหาวิทยาลัยราชภัฏเชียงราย|จัด|อบรม|ครู".

A ministry's short form after a minister's title ("รมว.พาณิชย์", "รมช.เกษตรฯ", "ก.แรงงาน") is one
more mention of that ministry.

An abbreviation in brackets right after a name ("… (กยท.)") is kept as that organisation's
abbreviation, and its later mentions join the entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..corpus import (
    dictionary_words,
    orchid_word_tags,
    thai_countries,
    thai_dictionary,
    thai_stopwords,
)
from ..lexicons import load
from ..model import Mention, OrganizationFact
from .wordscan import (
    THAI_FOLLOWER,
    THAI_LETTER,
    THAI_RUN,
    SpanSet,
    alternation,
    boundary_words,
    cut_at_boundary,
)

if TYPE_CHECKING:
    from ..model import Fact
    from ..pipeline import Prepared

LATIN_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
# ORCHID part-of-speech tags of words that never continue a name: verbs, adverbs, prepositions,
# conjunctions, auxiliaries, negation ("ศาลอนุญาต…", "มหาวิทยาลัยปลด…", "ธนาคารขัดข้อง").
STOP_TAGS = frozenset({"VACT", "VSTA", "ADVN", "ADVI", "ADVP", "ADVS", "JSBR", "RPRE", "JCRG",
                       "PREL", "XVBM", "XVAE", "XVMM", "XVAM", "XVBB", "NEG"})
SEGMENT_BACK = 12  # letters read before a glued prefix to see whether a word begins there
# "(ดีอีเอส)", "(กยท.)", "(DES)": a bracketed abbreviation right after a name.
BRACKET_ABBR = re.compile(r" ?\(((?:[\u0e01-\u0e4e]{1,8}\.?){1,4}|[A-Z][A-Za-z&]{1,9})\)")
# "บริษัท ทรู คอร์ปอเรชั่น จำกัด (มหาชน)": up to six words, then จำกัด and an optional (มหาชน).
COMPANY_TAIL = re.compile(r" ?((?:[^\s()]+ ){0,6}?[^\s()]*?)จำกัด(?: ?\(มหาชน\))?")
MAX_RUN = 60


@lru_cache(maxsize=4)
def cue_words(kind: str) -> tuple[str, ...]:
    """The words of one kind of ``organizations/cues.tsv`` (minister titles, continuations,
    country short forms), in file order."""
    return tuple(r["word"] for r in load("organizations/cues") if r["kind"] == kind)


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]
    category: str
    short: tuple[str, ...]


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    key: str  # "lex:<index>" for lexicon organisations, "pat:<name>" for pattern ones
    form: str  # "name", "abbreviation" or "alias"
    name: str
    category: str
    entry: OrgEntry | None = None
    # rule: "lexicon-name", "lexicon-abbreviation", "prefix-pattern", "ministry-short-form" …
    rule: str = ""
    cue: str = ""  # the cue word it rests on: the prefix, the minister's title


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split(";") if s.strip())


@lru_cache(maxsize=1)
def entries() -> tuple[OrgEntry, ...]:
    return tuple(
        OrgEntry(
            name=row["name"], abbreviations=_split(row.get("abbreviations", "")),
            aliases=_split(row.get("aliases", "")), category=row.get("category", ""),
            short=_split(row.get("short", "")),
        )
        for row in load("organizations/organizations")
    )


@lru_cache(maxsize=1)
def _lexicon_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for index, entry in enumerate(entries()):
        forms = [(entry.name, "name")]
        forms += [(a, "abbreviation") for a in entry.abbreviations]
        forms += [(a, "alias") for a in entry.aliases]
        for form, kind in forms:
            # The first organisation to claim a form keeps it (the lexicon lists the usual one
            # first).
            if form and not auto.exists(form):
                auto.add_word(form, (index, kind, form))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def lookup() -> dict[str, OrgEntry]:
    """Every written form and ministry short form → its organisation (for position expansion)."""
    table: dict[str, OrgEntry] = {}
    for entry in entries():
        forms = [entry.name, *entry.abbreviations, *entry.aliases, *entry.short]
        if entry.name.startswith("กระทรวง"):
            forms.append(entry.name[len("กระทรวง") :])
        for form in forms:
            table.setdefault(form, entry)
            if form.endswith("ฯ"):
                table.setdefault(form[:-1], entry)
    return table


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, dict[str, str]], object]:
    import ahocorasick

    rows = {row["prefix"]: row for row in load("organizations/patterns")}
    auto = ahocorasick.Automaton()
    for prefix in rows:
        auto.add_word(prefix, prefix)
    auto.make_automaton()
    return rows, auto


@lru_cache(maxsize=1)
def _generic() -> tuple[str, ...]:
    return tuple(sorted((row["word"] for row in load("organizations/generic")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _stops() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """(words that end a glued name, words a name never ends with, dotted longer abbreviations,
    the stop words without the ORCHID verbs, for names made of verbs)."""
    rows = load("organizations/stops")
    kind = {k: {r["word"] for r in rows if r["kind"] == k}
            for k in ("stop", "keep", "trail", "dotted")}
    plain = (thai_stopwords() | kind["stop"] | set(boundary_words("all"))) - kind["keep"]
    stop = frozenset(plain | (_tagged_words(STOP_TAGS) - kind["keep"]))
    return stop, tuple(kind["trail"]), frozenset(kind["dotted"]), frozenset(plain)


def _tagged_words(tags: frozenset[str]) -> frozenset[str]:
    """Words whose ORCHID tag is in ``tags`` (pythainlp's unigram tagger data, via corpus.py)."""
    return frozenset(word for word, tag in orchid_word_tags().items() if tag in tags)


def _word_start(text: str, pos: int) -> bool:
    """Does a dictionary word begin at ``pos``, inside the run of Thai letters around it?"""
    if pos == 0 or not THAI_LETTER.match(text[pos - 1]):
        return True
    back = pos
    while back > max(0, pos - SEGMENT_BACK) and THAI_LETTER.match(text[back - 1]):
        back -= 1
    end = _thai_run_end(text, pos, pos + SEGMENT_BACK)
    cut = back
    for word in dictionary_words(text[back:end]):
        if cut >= pos:
            break
        cut += len(word)
    return cut == pos


def _glued_end(text: str, after: int, end: int, verbs_stop: bool = True) -> int:
    """Cut a glued name before its first stop word, read on the candidate's dictionary words;
    drop words a name never ends with. Returns ``after`` when nothing of a name is left."""
    strict, trail, _, plain = _stops()
    stop = strict if verbs_stop else plain
    cut = after
    kept = after
    for word in dictionary_words(text[after:end]):
        # "กรมปศุสัตว์และกรมประมง": "และ" before another prefix joins two organisations.
        if word in stop or (word == "และ" and _starts_prefix(text, cut + len(word))):
            break
        cut += len(word)
        if word not in trail:
            kept = cut
    return kept


def _starts_prefix(text: str, pos: int) -> bool:
    rows, _ = _patterns()
    return text.startswith(tuple(rows), pos)


@lru_cache(maxsize=1)
def _long_boundaries() -> tuple[str, ...]:
    return tuple(w for w in boundary_words("all") if len(w) >= 4)


def _thai_run_end(text: str, pos: int, limit: int) -> int:
    """End of the run of Thai letters from ``pos`` (a trailing "ฯ" included)."""
    end = THAI_RUN.match(text, pos, max(pos, min(len(text), limit))).end()
    if end < len(text) and text[end] == "ฯ":
        end += 1
    return end


@lru_cache(maxsize=32)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _pattern_hit(text: str, pos: int, prefix: str, row: dict[str, str]) -> Hit | None:
    after = pos + len(prefix)
    min_rest = int(row.get("min_rest") or 2)
    if row.get("mode") == "spaced":
        match = COMPANY_TAIL.match(text, after)
        if not match or len(match.group(1).strip()) < min_rest:
            return None
        end = match.end()
    else:
        if text.startswith(boundary_words("all"), after):
            return None
        end = _thai_run_end(text, after, after + MAX_RUN)
        if end - after < min_rest or end - after >= MAX_RUN:
            return None
        if THAI_FOLLOWER.match(text, after):
            return None
        # Boundary words are cut on dictionary words below, so that "ก็" does not end
        # "โรงพยาบาลวชิระภูเก็ต"; only the long ones are cut on the string first.
        end = cut_at_boundary(text, after, end, _long_boundaries(), min_rest)
        if end - after < min_rest:
            return None
        # A prefix glued to the letters before it is part of another word ("มหาศาล",
        # "ทรัพยากรมนุษย์").
        words = thai_dictionary()
        if pos > 0 and THAI_LETTER.match(text[pos - 1]) and (
            any(text[pos - k : after] in words for k in range(1, min(pos, 4) + 1))
            or not _word_start(text, pos)
        ):
            return None
        end = _glued_end(text, after, end, row.get("verbs") != "name")
        if end - after < min_rest:
            return None
    name = text[pos:end]
    if alternation(_generic()).match(name):
        return None
    if row.get("require") and not _regex(row["require"]).fullmatch(text, after, end):
        return None
    return Hit(pos, end, f"pat:{name}", "name", name, row.get("category", ""),
               rule="prefix-pattern", cue=prefix)


def _latin_ok(text: str, start: int, end: int) -> bool:
    """Latin forms (DES, WHO) must not be part of a longer Latin word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not LATIN_WORD_CHAR.match(before) and not LATIN_WORD_CHAR.match(after)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return thai_countries() | frozenset(cue_words("country"))


def _continues(text: str, lex_end: int, end: int) -> bool:
    """A lexicon name goes on into another organisation's name: "…และ…", "…แห่ง…", a country
    ("กระทรวงการต่างประเทศจีน" is China's ministry, not Thailand's)."""
    return (text.startswith(cue_words("continuation"), lex_end)
            or text[lex_end:end].rstrip("ฯ") in _countries())


@lru_cache(maxsize=1)
def _longer_abbreviations() -> frozenset[str]:
    """Dotted abbreviations that may hold a shorter organisation one ("รมช." holds "มช.")."""
    dotted = {w for w in thai_dictionary() if "." in w}
    dotted |= {r["abbreviation"] for r in load("people/position_abbreviations")}
    for entry in entries():
        dotted.update(a for a in entry.abbreviations if "." in a)
    return frozenset(dotted | _stops()[2])


def _inside_longer_abbreviation(text: str, start: int, end: int) -> bool:
    """A Thai abbreviation glued after letters that make a longer abbreviation with it."""
    if start == 0 or not THAI_LETTER.match(text[start - 1]) or "." not in text[start:end]:
        return False
    longer = _longer_abbreviations()
    return any(text[start - k : end] in longer for k in range(1, min(start, 4) + 1))


@lru_cache(maxsize=1)
def _continuation_starts() -> tuple[str, ...]:
    """What the text after a lexicon name must begin with for :func:`_continues` to hold: a
    continuation word or a country (a name that is one of them begins with it)."""
    return (*cue_words("continuation"), *sorted(_countries()))


def _lexicon_hits(text: str) -> dict[int, Hit]:
    """start → the lexicon organisation read there (longest match, non-overlapping)."""
    table = entries()
    lex_hits: dict[int, Hit] = {}
    for last, (index, kind, form) in _lexicon_automaton().iter_long(text):
        start = last - len(form) + 1
        if form[0].isascii() and not _latin_ok(text, start, last + 1):
            continue
        if kind == "abbreviation" and _inside_longer_abbreviation(text, start, last + 1):
            continue
        entry = table[index]
        lex_hits[start] = Hit(start, last + 1, f"lex:{index}", kind, entry.name, entry.category,
                              entry, rule=f"lexicon-{kind}")
    return lex_hits


def _candidates_at(text: str, pos: int, lex: Hit | None, prefixes: list[str]) -> list[Hit]:
    """The candidates starting at ``pos``: the lexicon hit, unless a prefix pattern read there
    goes on past it into another organisation's name; then the pattern hits instead."""
    if lex is not None and not text.startswith(_continuation_starts(), lex.end):
        return [lex]  # no pattern hit could replace it: skip reading them (the costly part)
    rows, _ = _patterns()
    found: list[Hit] = []
    for prefix in prefixes:
        hit = _pattern_hit(text, pos, prefix, rows[prefix])
        if hit is None:
            continue
        if lex is not None:
            if not (hit.end > lex.end and _continues(text, lex.end, hit.end)):
                continue
            lex = None
        found.append(hit)
    return [lex] if lex is not None else found


def find(text: str) -> list[Hit]:
    """Organisation mentions in ``text``, non-overlapping, in text order."""
    lex_hits = _lexicon_hits(text)
    _, auto = _patterns()
    prefixes_at: dict[int, list[str]] = {}
    for last, prefix in auto.iter(text):
        prefixes_at.setdefault(last - len(prefix) + 1, []).append(prefix)
    # The matcher's own choice among its candidates, leftmost-longest: a name is read from where
    # it begins ("กระทรวงการคลัง" before the "กรม…" a pattern reads inside a later word), and
    # only then is it one fact. Settling overlaps between facts is the link stage's
    # ``filter_spans`` (longest anywhere wins), a different job. Candidates are read in text
    # order, so a prefix inside a name already kept is never read at all.
    kept: list[Hit] = []
    kept_end = 0
    for pos in sorted(lex_hits.keys() | prefixes_at.keys()):
        if pos < kept_end:
            continue
        here = _candidates_at(text, pos, lex_hits.get(pos), prefixes_at.get(pos, []))
        if here:
            best = max(here, key=lambda h: h.end)  # the first of the longest, as a stable sort
            kept.append(best)
            kept_end = best.end
    return kept


def _bracket_abbreviations(text: str, hits: list[Hit]) -> dict[str, str]:
    """key → abbreviation given in brackets right after a full name ("… (ดีอีเอส)")."""
    found: dict[str, str] = {}
    for hit in hits:
        if hit.form != "name":
            continue
        match = BRACKET_ABBR.match(text, hit.end)
        if match and hit.key not in found:
            found[hit.key] = match.group(1)
    return found


def _extra_mentions(text: str, hits: list[Hit], abbrs: dict[str, str]) -> list[Hit]:
    """Later mentions of bracket abbreviations the lexicon does not know."""
    by_key = {h.key: h for h in hits}
    taken = SpanSet((h.start, h.end) for h in hits)
    extra: list[Hit] = []
    for key, abbr in abbrs.items():
        ref = by_key[key]
        if ref.entry is not None and abbr in ref.entry.abbreviations:
            continue
        pos = text.find(abbr)
        while pos != -1:
            end = pos + len(abbr)
            inside_bracket = (pos > 0 and text[pos - 1] == "("
                              and end < len(text) and text[end] == ")")
            clear = not taken.overlaps(pos, end)
            latin_ok = not abbr[0].isascii() or _latin_ok(text, pos, end)
            if clear and latin_ok and not inside_bracket:
                extra.append(Hit(pos, end, key, "abbreviation", ref.name, ref.category, ref.entry,
                                 rule="bracket-abbreviation"))
            pos = text.find(abbr, end)
    return extra


@lru_cache(maxsize=1)
def _ministry_short_forms() -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex for minister's title + ministry short form, and each short form's entry index."""
    forms: dict[str, int] = {}
    for index, entry in enumerate(entries()):
        if not entry.name.startswith("กระทรวง"):
            continue
        rest = entry.name[len("กระทรวง") :]
        for form in (*entry.short, rest, *(a[len("กระทรวง") :] for a in entry.aliases
                                          if a.startswith("กระทรวง"))):
            if form and " " not in form:
                forms.setdefault(form, index)
                if form.endswith("ฯ"):
                    forms.setdefault(form[:-1], index)
    pattern = re.compile(
        f"(?P<title>{alternation(cue_words('minister_title')).pattern}) ?(?P<form>"
        f"{alternation(tuple(forms)).pattern})"
    )
    return pattern, forms


def _ministry_mentions(text: str, hits: list[Hit]) -> list[Hit]:
    """Short forms after a minister's title: "รมว.พาณิชย์", "รมช.เกษตรฯ", "ก.แรงงาน"."""
    if not any(t in text for t in cue_words("minister_title")):  # the regex needs one
        return []
    pattern, forms = _ministry_short_forms()
    stop = _stops()[0]
    table = entries()
    taken = sorted((h.start, h.end) for h in hits)
    out: list[Hit] = []
    for match in pattern.finditer(text):
        title, form = match.group("title"), match.group("form")
        end = match.end()
        # The form must end its word: "รมว.คลัง" but not "รัฐมนตรีพลังงานลม…" read as more.
        if end < len(text) and THAI_LETTER.match(text[end]) and not form.endswith("ฯ"):
            following = dictionary_words(text[end : _thai_run_end(text, end, end + 20)])
            if following[0] not in stop:
                continue
        if text[end : end + 12].rstrip("ฯ ").startswith(tuple(_countries())):
            continue  # "รัฐมนตรีสาธารณสุขแคนาดา": another country's ministry
        start = match.start() if title == "ก." else match.start("form")
        if title == "ก." and start > 0 and THAI_LETTER.match(text[start - 1]):
            continue
        if _overlaps((start, end), taken):
            continue
        entry = table[forms[form]]
        out.append(Hit(start, end, f"lex:{forms[form]}", "alias", entry.name, entry.category,
                       entry, rule="ministry-short-form", cue=title))
    return out


def _overlaps(span: tuple[int, int], sorted_spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(sorted_spans, (span[0], float("inf")))
    return any(s < span[1] and span[0] < e for s, e in sorted_spans[max(0, k - 2) : k + 1])


def extract(doc: Prepared, facts: dict[str, list[Fact]]) -> list[OrganizationFact]:
    text = doc.text
    # An abbreviation inside a date is a month ("3 ก.พ. 2565"), not the Civil Service Commission.
    dates = sorted((d.start, d.end) for d in facts.get("dates", []))
    hits = [h for h in find(text) if not _overlaps((h.start, h.end), dates)]
    abbrs = _bracket_abbreviations(text, hits)
    hits = hits + _extra_mentions(text, hits, abbrs)
    hits = sorted(hits + _ministry_mentions(text, hits), key=lambda h: h.start)
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.key, []).append(hit)
    out: list[OrganizationFact] = []
    for key, group in groups.items():
        first = next((h for h in group if h.form == "name"), group[0])
        entry = group[0].entry
        known = list(entry.abbreviations) if entry else []
        if key in abbrs and abbrs[key] not in known:
            known.insert(0, abbrs[key])
        thai = [a for a in known if not a[0].isascii()]
        abbreviation = abbrs.get(key) or (thai[0] if thai else known[0] if known else None)
        mentions: tuple[Mention, ...] = tuple(doc.mention(h.start, h.end) for h in group)
        out.append(
            OrganizationFact(
                **doc.anchor(first.start, first.end),
                rule=first.rule,
                evidence=(first.cue,) if first.cue else (),
                name=group[0].name,
                abbreviation=abbreviation,
                mentions=mentions,
                abbreviations=tuple(known),
                category=group[0].category or None,
            )
        )
    out.sort(key=lambda f: f.start)
    return out
