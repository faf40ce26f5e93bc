"""Official posts: the one place that knows how a post is written, compared and classified.

Used by the people extractor (abbreviations), ``check`` (person-position-conflict) and the facts
index (``query position``), so that all three read "รมว.ดิจิทัลฯ" and "รัฐมนตรีว่าการกระทรวง
ดิจิทัลเพื่อเศรษฐกิจเเละสังคม" the same way.

- :func:`expand_abbreviations` / :func:`normalize_position`: a post's compare form, abbreviations
  expanded (``people/position_abbreviations.tsv``), no spaces, no ฯ or dots, "เเ" folded.
- :func:`posts`: the seats a compare form names ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"
  is two seats), each with its family and office (``check/position_offices.tsv``).
- :func:`positions_clash`: whether two posts can both be one person's now (the rule is written
  in the function's docstring and in ``docs/notes/checks.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import alternation, load
from .normalize import normalize_text


def despace(text: str) -> str:
    """Normalised (เเ → แ, Thai digits), white space removed; dots and ฯ kept."""
    return re.sub(r"\s+", "", normalize_text(text))


def compare_key(text: str) -> str:
    """Compare form of a word or title: normalised, no spaces, no ฯ, no dots."""
    return re.sub(r"[\sฯ.]+", "", normalize_text(text))


def name_key(text: str) -> str:
    """Compare form of a person's or meeting's name: normalised, no spaces, no ฯ."""
    return re.sub(r"[\sฯ]+", "", normalize_text(text))


@lru_cache(maxsize=1)
def abbreviation_table() -> dict[str, str]:
    """Abbreviation → expansion as written in ``people/position_abbreviations.tsv`` (the one
    abbreviations lexicon: the people extractor's heads and ``position_expanded`` use it too)."""
    return {r["abbreviation"]: r["expansion"] for r in load("people/position_abbreviations")}


@lru_cache(maxsize=1)
def abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every abbreviation (longest first) and its expansion, despaced."""
    rows = abbreviation_table()
    # Keys keep their ฯ and dots ("นายกฯ" must not match the "นายก" of "นายกรัฐมนตรี");
    # one pass, longest first, so "รองนายกฯ" wins over "นายกฯ" and nothing is expanded twice.
    table = {despace(k): despace(v) for k, v in rows.items() if k and v}
    return re.compile(alternation(table)), table


def expand_abbreviations(text: str) -> str:
    """``text`` despaced with every position abbreviation expanded (dots and ฯ kept)."""
    pattern, table = abbreviations()
    return pattern.sub(lambda m: table[m.group()], despace(text))


def normalize_position(text: str) -> str:
    """A position's compare form: abbreviations expanded, no spaces, no ฯ or dots, "เเ" folded."""
    return re.sub(r"[ฯ.]", "", expand_abbreviations(text))


# --- seats ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Post:
    """One seat named in a position ("รองนายกรัฐมนตรี" of "รองนายกรัฐมนตรีและรัฐมนตรีว่าการ…")."""

    family: str  # seats of one family exclude each other (prime-minister, minister …)
    office: str  # what the seat is; several spellings share one
    rank: str  # "", "รอง", "ผู้ช่วย", …
    rest: str  # what the seat heads: a ministry, a province ("" when not said)
    former: bool = False  # อดีต…: compared only with other former seats

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.family, self.office, self.rank, self.former)


@dataclass(frozen=True, slots=True)
class _Words:
    offices: dict[str, tuple[str, str]]  # word → (family, office)
    office_re: re.Pattern[str]  # an office word at the start, longest first
    modifier_re: re.Pattern[str]  # one modifier word at the start
    kinds: dict[str, str]  # modifier word → rank/former/acting
    split_re: re.Pattern[str]  # "และ" that starts another position
    concurrent: frozenset[frozenset[str]]  # families one person may hold at once


@lru_cache(maxsize=1)
def _words() -> _Words:
    offices: dict[str, tuple[str, str]] = {}
    kinds: dict[str, str] = {}
    for row in load("check/position_offices"):
        word = despace(row["word"])
        if row["kind"] == "office":
            offices[word] = (row["family"], row["office"])
        else:
            kinds[word] = row["kind"]
    # The people extractor's position heads also start a new position after "และ".
    heads = set(offices) | set(abbreviations()[1].values())
    heads |= {despace(r["position"]) for r in load("people/positions") if r.get("kind") == "head"}
    mods = alternation(kinds)
    concurrent = frozenset(frozenset((r["family"], r["with"]))
                           for r in load("check/position_concurrent"))
    return _Words(
        offices=offices,
        office_re=re.compile(f"(?:{alternation(offices)})"),
        modifier_re=re.compile(f"(?:{mods})"),
        kinds=kinds,
        split_re=re.compile(f"และ(?=(?:{mods})*(?:{alternation(heads)}))"),
        concurrent=concurrent,
    )


_MINISTRY_PREFIX_RE = re.compile(r"^กระทรวง")


@lru_cache(maxsize=4096)
def split_posts(compare: str) -> tuple[str, ...]:
    """The posts of a compare-form position: "A และ B" is two posts, both held."""
    return tuple(p for p in _words().split_re.split(compare) if p)


@lru_cache(maxsize=4096)
def posts(compare: str) -> tuple[Post, ...]:
    """The seats of a compare-form position that are offices; roles and acting seats left out."""
    words = _words()
    found: list[Post] = []
    for piece in split_posts(compare):
        rank, former, acting = "", False, False
        while (m := words.modifier_re.match(piece)) and not words.office_re.match(piece):
            kind = words.kinds[m.group()]
            if kind == "rank":
                rank += m.group()
            former |= kind == "former"
            acting |= kind == "acting"
            piece = piece[m.end():]
        m = words.office_re.match(piece)
        if m is None or acting:
            continue  # not an office, or an acting seat held beside the person's own
        family, office = words.offices[m.group()]
        rest = _MINISTRY_PREFIX_RE.sub("", piece[m.end():])
        found.append(Post(family, office, rank, rest, former))
    return tuple(found)


def held_together(first: str, second: str) -> bool:
    """Two positions as written are seats one person may hold at once ("นายกรัฐมนตรี" and
    "รมว.กลาโหม"), not a role or a body of people ("หัวหน้าส่วนราชการ") nor two seats that
    exclude each other ("รัฐมนตรีประจำสำนักนายกรัฐมนตรี" and "อธิบดีกรมชลประทาน": the second is
    the next person of a list)."""
    seats_a, seats_b = posts(normalize_position(first)), posts(normalize_position(second))
    return bool(seats_a and seats_b) and not any(
        seats_exclude(a, b) for a in seats_a for b in seats_b)


def family_of(compare: str) -> str | None:
    """The family of a compare-form position's first seat ("minister", "governor" …), if any."""
    found = posts(compare)
    return found[0].family if found else None


# --- what the seat heads -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _organization_names() -> dict[str, str]:
    """Every name, alias, abbreviation and short form of a known organisation → its name."""
    names: dict[str, str] = {}
    for row in load("organizations/organizations"):
        canonical = row["name"]
        forms = [canonical, row.get("short") or ""]
        for column in ("abbreviations", "aliases"):
            forms += (row.get(column) or "").split(";")
        for form in forms:
            key = compare_key(form)
            if key:
                names.setdefault(_MINISTRY_PREFIX_RE.sub("", key), canonical)
    return names


_LEADING_VOWELS = "เแโใไ"


def _abbreviates(short: str, full: str) -> bool:
    """ "ศธ" for "ศึกษาธิการ", "สธ" for "สาธารณสุข": a short form's letters in order."""
    if not short or len(short) > 5:
        return False
    full = full.lstrip(_LEADING_VOWELS)
    if short[0] != full[:1]:
        return False
    it = iter(full)
    return all(c in it for c in short)


GLUED_MIN = 12  # characters: longer than a generic word (มหาวิทยาลัย) that two names share


def _glued_tail(a: str, b: str) -> bool:
    """``a`` is in ``b`` but for words glued after it ("วิทยาเขตหนองคายให้เกียรติ")."""
    size = next((n for n in range(len(a), GLUED_MIN - 1, -1) if a[:n] in b), 0)
    return size >= GLUED_MIN and size >= 0.6 * len(a)


def _same_rest(a: str, b: str) -> bool:
    if not a or not b or a in b or b in a:
        return True
    names = _organization_names()
    ca, cb = names.get(a), names.get(b)
    if ca and cb:
        return ca == cb
    short, full = sorted((a, b), key=len)
    return _abbreviates(short, full) or _glued_tail(a, b) or _glued_tail(b, a)


def same_seat(a: Post, b: Post) -> bool:
    """One seat named two ways: same office and rank, what it heads said alike or abbreviated."""
    return a.key == b.key and _same_rest(a.rest, b.rest)


def seats_exclude(a: Post, b: Post) -> bool:
    """Two different seats that one person cannot hold at once.

    Seats of one family exclude each other (another ministry, province, rank); seats of two
    families do unless the pair is listed in ``check/position_concurrent.tsv`` (a deputy prime
    minister who is also a minister). A former seat is compared only with former seats of its
    own family: a career holds many.
    """
    if a.former or b.former:
        return a.former and b.former and a.family == b.family
    if a.family == b.family:
        return True
    return frozenset((a.family, b.family)) not in _words().concurrent


def same_post(query: str, stored: str) -> bool:
    """``stored`` names the post ``query`` names (both compare forms), for ``query position``.

    The same string; or every post of the query is one of the stored posts ("นายกรัฐมนตรี" is one
    of "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"), an office matching when it is the same seat
    written shorter or abbreviated ("รมว.ดิจิทัลฯ" is "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจ
    และสังคม"; "นายกรัฐมนตรี" is not "รองนายกรัฐมนตรี").
    """
    if query == stored:
        return True
    stored_posts = split_posts(stored)
    return all(any(_one_post(q, s) for s in stored_posts) for q in split_posts(query))


def _one_post(query: str, stored: str) -> bool:
    if query == stored:
        return True
    seats_q, seats_s = posts(query), posts(stored)
    return len(seats_q) == len(seats_s) == 1 and same_seat(seats_q[0], seats_s[0])


def positions_clash(a: str, b: str, together: Iterable[tuple[Post, Post]] = ()) -> bool:
    """Two compare-form positions that cannot both be one person's now.

    Each position may name several seats ("A และ B": both held). They clash when a seat of one
    is named by neither post of the other (neither contains it) and the two seats exclude each
    other (:func:`seats_exclude`). Roles (ประธานการประชุม, หัวหน้าศูนย์ …), acting seats and
    anything not listed as an office never clash. ``together``: pairs of seats the article
    states side by side for this person elsewhere, so held at once.
    """
    if a == b:
        return False
    # Seats, not substrings: "นายกรัฐมนตรี" is inside "รองนายกรัฐมนตรี" yet another seat.
    seats_a, seats_b = posts(a), posts(b)
    alone_a = [x for x in seats_a if not any(same_seat(x, y) for y in seats_b)]
    alone_b = [y for y in seats_b if not any(same_seat(x, y) for x in seats_a)]
    stated = list(together)
    for x in alone_a:
        for y in alone_b:
            if seats_exclude(x, y) and not any(
                    (same_seat(x, p) and same_seat(y, q)) or (same_seat(x, q) and same_seat(y, p))
                    for p, q in stated):
                return True
    return False
