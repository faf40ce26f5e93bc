"""Initiative heads and English names: the trigger lexicon and the candidates it gives.

``initiatives/triggers.tsv`` is compiled once per process into :class:`HeadLexicon`: the Thai
heads that open a name (with the "not" words that hold a head but are none, longest first) and
the English head words that close one (… Center, … Masterplan 2025, … Year of …).
:func:`english_candidates` reads the English names; the Thai ones are :mod:`.initiatives`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load
from ..model import InitiativeFact
from .initiative_names import generic_english
from .scan import ENG_SEQ, alternation, clean_name, latin_finditer, literal_automaton

if TYPE_CHECKING:
    from ..pipeline import Prepared

_ENG_RE = re.compile(rf"(?<![A-Za-z0-9])(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})")


@dataclass(frozen=True, slots=True)
class InitiativeCandidate(InitiativeFact):
    """One naming of an initiative as the extractor found it; ``head`` is the span of its Thai
    head word (None for an English name), which the linker tests against organisations."""

    head: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class HeadLexicon:
    triggers: re.Pattern[str]
    trigger_auto: object  # the trigger words, to find where the pattern can match
    th: dict[str, dict[str, str]]
    en_heads: re.Pattern[str]
    en_kind: dict[str, str]
    year_re: re.Pattern[str]


@lru_cache(maxsize=1)
def heads() -> HeadLexicon:
    rows = load("initiatives/triggers")
    th = {r["trigger"]: r for r in rows if r["lang"] == "th" and r["kind"] != "not"}
    nots = [r["trigger"] for r in rows if r["kind"] == "not"]
    en = {r["trigger"]: r["kind"] for r in rows if r["lang"] == "en" and r["trigger"] != "Year of"}
    words = alternation(list(en))
    return HeadLexicon(
        # One alternation, longest word first, so that neither a head inside a longer 'not' word
        # (แผน in แผนที่) nor a 'not' word inside a longer head (แผนก in แผนการ) wins; whether
        # the match is a head is looked up (``th``).
        triggers=re.compile(alternation([*nots, *th])),
        trigger_auto=literal_automaton({*nots, *th}),
        th=th,
        en_heads=re.compile(rf"(?<![A-Za-z])(?P<head>{words})(?:\s+\d{{4}})?$"),
        en_kind={h.lower(): k for h, k in en.items()},
        # "ASEAN-Japan Year of Tourism": capitalised words right before "Year of", no connector.
        year_re=re.compile(
            r"(?:[A-Z][A-Za-z0-9]*(?:\s*-\s*[A-Z][A-Za-z0-9]*)*\s+)?Year\s+of\s+"
            r"[A-Z][A-Za-z0-9-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z0-9-]*)*(?:\s+\d{4})?"
        ),
    )


def english_candidates(doc: Prepared) -> list[InitiativeCandidate]:
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
            ))
    return cands



__all__ = ["HeadLexicon", "InitiativeCandidate", "english_candidates", "heads"]
