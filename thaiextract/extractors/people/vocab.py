"""Lexicon tables of the people extractor, each built once: titles and the words that only
look like one, position heads and abbreviations, the words that end a name or a position.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ...corpus import (
    NAME_FILES,
    corpus_file,
    kept_words,
    name_lists,
    thai_countries,
    thai_provinces,
    thai_stopwords,
)
from ...lexicons import load
from .. import organizations as orgs
from ..wordscan import alternation, boundary_words


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    family: str
    strong: bool
    expanded: str
    undotted: bool = False  # a stacked title written without its final dot: a space must follow


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """The Royal Institute dictionary's headwords as pythainlp ships them (orst_words_th.txt):
    ordinary Thai words. Unlike pythainlp's main word list it holds almost no transliterated
    foreign names ("ไมเคิล", "ทรัมป์" are not in it; "ตื่น", "ตระหนก" are). Empty when the file
    is missing: callers then treat no word as ordinary on this evidence."""
    return corpus_file("orst_words_th.txt") or frozenset()


@lru_cache(maxsize=1)
def title_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    titles = [Title(row["title"], row["family"], row["strength"] == "strong", row["expanded"])
              for row in load("people/titles")]
    for title in titles:
        auto.add_word(title.text, title)
    # Scraped text drops a stacked title's final dot ("พล.ต.อ สมชาย", "น.ส มาลี"): the form
    # without it is the same title, unless the lexicon gives it another meaning.
    for title in titles:
        if title.text.endswith(".") and title.text.count(".") >= 2:
            bare = title.text[:-1]
            if not auto.exists(bare):
                auto.add_word(bare, Title(bare, title.family, title.strong, title.expanded, True))
    # Scraped text also puts a space after an inner dot of a rank ("พล. อ.ประยุทธ์",
    # "ร.ต. อ.สมศักดิ์"): the same title, as written. Not after one dotted letter: "09.30 น. พ.ต.ท."
    # is the clock's น. and a rank, not "น.พ." spaced.
    for title in titles:
        for form, undotted in ((title.text, False), (title.text[:-1], True)):
            if undotted and not (title.text.endswith(".") and title.text.count(".") >= 2):
                continue
            for cut in (i + 1 for i, ch in enumerate(form[:-1]) if ch == "." and i > 1):
                spaced = f"{form[:cut]} {form[cut:]}"
                if not auto.exists(spaced):
                    auto.add_word(spaced, Title(spaced, title.family, title.strong,
                                                title.expanded, undotted))
    # A woman officer's rank carries "หญิง" ("พ.ต.อ.หญิงสมศรี", "พล.ต.ต. หญิง มาลี"): part of
    # the rank as written, never the start of her name.
    for title in titles:
        if title.family in ("military", "police"):
            for form in (f"{title.text}หญิง", f"{title.text} หญิง"):
                if not auto.exists(form):
                    auto.add_word(form, Title(form, title.family, title.strong,
                                              f"{title.expanded}หญิง"))
    for row in load("people/title_blockers"):
        if not auto.exists(row["word"]):
            auto.add_word(row["word"], row["word"])
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def title_index() -> tuple[dict[str, Title], tuple[int, ...], frozenset[str]]:
    """The automaton's titles (not its blockers) by text, their lengths from the longest, and
    their first two characters: ``title_at`` asks a set before it slices (most places start no
    title)."""
    titles = {key: value for key, value in title_automaton().items()
              if isinstance(value, Title) and len(key) >= 2}
    lengths = tuple(sorted({len(key) for key in titles}, reverse=True))
    return titles, lengths, frozenset(key[:2] for key in titles)


class NameEndings:
    """Endings of listed names: "รัตน์", "ศักดิ์" end names, "จำนวน" does not.

    ``word in endings`` is true when ``word`` (two characters or more) is a proper ending of a
    listed name. The names are kept reversed and sorted, so a query is a bisect: building every
    ending as a set would cost 120,000 strings at start-up.
    """

    def __init__(self, names: frozenset[str], reversed_sorted: list[str] | None = None) -> None:
        # reversed_sorted: the same list, kept by the command line (sorting costs ≈15 ms a start)
        self.reversed = (sorted(n[::-1] for n in names) if reversed_sorted is None
                         else reversed_sorted)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < 2:
            return False
        key = word[::-1]
        k = bisect_left(self.reversed, key)
        while k < len(self.reversed) and self.reversed[k].startswith(key):
            if len(self.reversed[k]) > len(key):
                return True
            k += 1
        return False


@lru_cache(maxsize=1)
def name_tails() -> NameEndings:
    given, family = name_lists()
    names = given | family
    return NameEndings(names, kept_words("name-endings", NAME_FILES,
                                         lambda: sorted(n[::-1] for n in names),
                                         name_lists, name_tails))


@lru_cache(maxsize=1)
def name_boundaries() -> tuple[str, ...]:
    rows = load("organizations/boundaries")
    return tuple(row["word"] for row in rows if row.get("scope") != "start")


@lru_cache(maxsize=1)
def surname_never_starts() -> tuple[str, ...]:
    return tuple(row["word"] for row in load("organizations/boundaries"))


@lru_cache(maxsize=1)
def position_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("people/positions"):
        if row["kind"] == "head":
            auto.add_word(row["position"], (row["position"], None))
    for row in load("people/position_abbreviations"):
        auto.add_word(row["abbreviation"], (row["abbreviation"], row["expansion"]))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def position_words() -> tuple[str, ...]:
    """Position heads and abbreviations: a name stops where one begins."""
    heads = [r["position"] for r in load("people/positions") if r["kind"] == "head"]
    heads += [r["abbreviation"] for r in load("people/position_abbreviations")]
    return tuple(heads)


@lru_cache(maxsize=1)
def position_stops() -> tuple[str, ...]:
    """Words that end a glued position: organisation boundaries and ``people/positions.tsv``
    stops."""
    return tuple(dict.fromkeys((*boundary_words("all"), *post_stops())))


@lru_cache(maxsize=1)
def post_stops() -> tuple[str, ...]:
    """The ``stop`` words of ``people/positions.tsv``: no post runs past them."""
    return tuple(r["position"] for r in load("people/positions") if r["kind"] == "stop")


@lru_cache(maxsize=1)
def clause_words() -> tuple[str, ...]:
    """The ``clause`` verbs of ``people/positions.tsv``: they end a reporter's post only."""
    return tuple(r["position"] for r in load("people/positions") if r["kind"] == "clause")


@lru_cache(maxsize=1)
def modifiers() -> tuple[str, ...]:
    mods = [r["position"] for r in load("people/positions") if r["kind"] == "modifier"]
    return tuple(sorted(mods, key=len, reverse=True))


@lru_cache(maxsize=1)
def expansion_lookup() -> dict[str, str]:
    """Organisation forms that may close a position → the organisation's full name."""
    table: dict[str, str] = {}
    for entry in orgs.entries():
        forms = [entry.name, *entry.aliases]
        if entry.name.startswith("กระทรวง"):
            forms += ["กระทรวง" + s for s in (*entry.short, *entry.abbreviations)]
        forms += [a for a in entry.abbreviations if "." in a or len(a) >= 3]
        for form in forms:
            table.setdefault(form, entry.name)
            if form.endswith("ฯ"):
                table.setdefault(form[:-1], entry.name)
    return table


@lru_cache(maxsize=1)
def civil_titles() -> tuple[str, ...]:
    """Strong civil titles of three letters or more (นาย, นาง, นางสาว …), longest first."""
    civil = [r["title"] for r in load("people/titles") if r["family"] == "civil"
             and r["strength"] == "strong" and len(r["title"]) >= 3]
    return tuple(sorted(civil, key=len, reverse=True))


@lru_cache(maxsize=1)
def cut_stops() -> tuple[str, ...]:
    """Words that end a name glued to the text after it: boundaries, position heads, speech
    verbs ("โอบามา|เรียกร้อง") and the civil titles of the next name ("กลิ่นประทุม|นายฤทธิ์")."""
    return tuple({*name_boundaries(), *position_words(), *speech_verbs(), *civil_titles()})


@lru_cache(maxsize=1)
def start_only() -> frozenset[str]:
    rows = load("organizations/boundaries")
    return frozenset(row["word"] for row in rows if row.get("scope") == "start")


@lru_cache(maxsize=1)
def name_stops_re() -> re.Pattern[str]:
    return alternation(name_stops())


@lru_cache(maxsize=1)
def org_prefixes() -> tuple[str, ...]:
    """The words that open an organisation's name (``organizations/patterns``)."""
    return tuple(r["prefix"] for r in load("organizations/patterns"))


@lru_cache(maxsize=1)
def name_stops() -> tuple[str, ...]:
    """Words a surname never starts with: boundaries, positions, organisation prefixes."""
    return tuple({*surname_never_starts(), *position_words(), *org_prefixes(), *modifiers()})


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[str, ...]:
    return tuple(row["verb"] for row in load("people/speech_verbs"))


@lru_cache(maxsize=1)
def speech_verb_re() -> re.Pattern[str]:
    return alternation(speech_verbs())


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    return frozenset(row["form"] for row in load("dates/months"))


@lru_cache(maxsize=1)
def not_bare_name() -> frozenset[str]:
    """Words that are never an untitled name part: places, months, common words, and the short
    forms of countries news writes that pythainlp's country list lacks ("อังกฤษ", "สหรัฐฯ":
    ``organizations/cues.tsv``): "นายกรัฐมนตรีอังกฤษ ริชี ซูนัค" names no อังกฤษ."""
    short = frozenset(r["word"] for r in load("organizations/cues") if r["kind"] == "country")
    return thai_provinces() | thai_countries() | short | month_words() | thai_stopwords()


@lru_cache(maxsize=1)
def royal_automaton():  # ahocorasick has no type stubs
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("people/royals"):
        auto.add_word(row["form"], (row["form"], row.get("person") or row["form"]))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def english_heads() -> re.Pattern[str]:
    heads = sorted((r["position"] for r in load("people/positions") if r["kind"] == "english"),
                   key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z\-])(?:" + "|".join(map(re.escape, heads)) + r")(?![A-Za-z])")


@lru_cache(maxsize=1)
def head_organizations() -> dict[str, tuple[str, str]]:
    """Expanded head → (word of the head that opens its organisation, organisation it implies)."""
    return {r["position"]: (r.get("org_prefix", ""), r.get("organization", ""))
            for r in load("people/positions") if r["kind"] == "head"}


@lru_cache(maxsize=1)
def not_organizations() -> tuple[str, ...]:
    return tuple(r["position"] for r in load("people/positions") if r["kind"] == "not_org")


@lru_cache(maxsize=1)
def post_continuations() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(unit words that take a number, heads that take the post written after them)."""
    return post_words("numbered"), post_words("takes_post")


@lru_cache(maxsize=8)
def post_words(kind: str) -> tuple[str, ...]:
    """The words of one kind of ``people/post_continuations.tsv``, longest first."""
    rows = load("people/post_continuations")
    return tuple(sorted((r["word"] for r in rows if r["kind"] == kind), key=len, reverse=True))


@lru_cache(maxsize=1)
def place_words() -> tuple[str, ...]:
    """Place words no name part starts with ("อำเภอเมือง", "จังหวัดสงขลา")."""
    return tuple(r["word"] for r in load("people/role_cues") if r["kind"] == "not_name")


@lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    """Role cue words ("นักเคลื่อนไหว", "กุนซือ" …) of ``people/role_cues.tsv``."""
    return tuple(r["word"] for r in load("people/role_cues") if r["kind"] in ("role", "glued_role"))


@lru_cache(maxsize=8)
def monk_forms(kind: str) -> tuple[str, ...]:
    """The forms of one kind of ``people/monks.tsv``, longest first."""
    rows = load("people/monks")
    return tuple(sorted((r["form"] for r in rows if r["kind"] == kind), key=len, reverse=True))


@lru_cache(maxsize=8)
def cue_forms(kind: str) -> tuple[str, ...]:
    """The words of one kind of ``people/role_cues.tsv``, longest first."""
    rows = load("people/role_cues")
    return tuple(sorted((r["word"] for r in rows if r["kind"] == kind), key=len, reverse=True))


@lru_cache(maxsize=4)
def join_forms(kind: str) -> tuple[str, ...]:
    """A join word of ``people/role_cues.tsv`` as written between two names. A Thai word stands
    between spaces (" และ ", " หรือ "; a nickname's join also glued on either side: "หรือ ",
    " หรือ", "หรือ"); a mark
    follows the first name ("X, Y") or opens the second (" (เสี่ยหนู)", "(เสี่ยหนู)");
    ``list_join`` also takes a lone space."""
    forms: list[str] = []
    for word in cue_forms(kind):
        if word[0].isalpha():
            # A nickname's join may be glued on either side ("ยิ่งดัง หรือเสี่ยอ้วน",
            # "พูลสวัสดิ์หรือส้ม", ThaiNER train lines 4183, 1727).
            forms += ([f" {word} ", f"{word} ", f" {word}", word] if kind == "nickname_join"
                      else [f" {word} "])
        else:
            forms += [f" {word}", word] if kind == "nickname_join" else [f"{word} "]
    if kind == "list_join":
        forms.append(" ")
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def company_prefixes() -> tuple[str, ...]:
    """The organisation prefixes written before a spaced registered name ("บริษัท", "บมจ."):
    a position keeps the spaces of a company's name."""
    return tuple(r["prefix"] for r in load("organizations/patterns") if r.get("mode") == "spaced")


def names_a_thing(text: str, start: int) -> bool:
    """A mention at ``start`` written right after a word that makes it the name of a thing
    (``named_thing`` of ``people/role_cues.tsv``: "ชิงถ้วยประทาน|พระเจ้าหลานเธอ…", a trophy)."""
    words = cue_forms("named_thing")
    end = start - 1 if text.startswith(" ", start - 1) else start
    return any(text.endswith(w, 0, end) for w in words)
