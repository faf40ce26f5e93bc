"""Later mentions of a person: untitled given names and surnames of people already found, and
the full mention each short one belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ...corpus import dictionary_words, name_lists, orchid_word_tags, thai_stopwords
from ..wordscan import THAI_LETTER, SpanSet
from .facts import REPEAT
from .names import person_nouns
from .source import RANK_BRACKET_OPEN, Candidate, cut_at_word, ends_word, letters_end
from .titles import surname_word, title_at
from .vocab import civil_titles, cut_stops, join_forms, ordinary_words, post_words, title_index

SHORT_MIN = 3  # shortest given name / surname searched alone as a later mention


def short_mentions(
    text: str, people: list[Candidate], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Untitled given names and surnames of known people: ``(start, end, kind, word)``."""
    import ahocorasick

    stops = cut_stops()
    # The whole name written again with no title ("อีลอน มัสก์" before "นายอีลอน มัสก์ …") is
    # one mention, not a given name and a surname: the longest match wins.
    words = {f"{m.given} {m.surname}": "full" for m in people
             if m.surname and not m.given[0].isascii()}
    for m in people:
        if len(m.given) >= SHORT_MIN:
            words.setdefault(m.given, "given")
    for m in people:
        if m.surname and len(m.surname) >= SHORT_MIN and not m.surname[0].isascii():
            words.setdefault(m.surname, "surname")
    if not words:
        return []
    auto = ahocorasick.Automaton()
    for word, kind in words.items():
        auto.add_word(word, (word, kind))
    auto.make_automaton()
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    out = []
    for last, (word, kind) in auto.iter_long(text):
        pos, end = last - len(word) + 1, last + 1
        left = pos == 0 or not THAI_LETTER.match(text[pos - 1]) or ends_word(text, pos)
        right = ends_word(text, end) or text.startswith(stops, end)
        if not (left and right):
            continue
        k = bisect_right(starts, pos) - 1
        if (k >= 0 and spans[k][1] > pos) or (k + 1 < len(spans) and spans[k + 1][0] < end):
            continue
        out.append((pos, end, kind, word))
    return out


class Owners:
    """The full mentions, indexed by given name and by surname: the full mention a short one
    belongs to is the nearest before it, else the first after (a bisect, not a scan of every
    full mention)."""

    def __init__(self, fulls: list[Candidate]) -> None:
        self._by: dict[tuple[str, str], list[Candidate]] = {}
        for f in sorted(fulls, key=lambda f: f.start):
            self._by.setdefault(("given", f.given), []).append(f)
            if f.surname is not None:
                self._by.setdefault(("surname", f.surname), []).append(f)
        self._starts = {key: [f.start for f in cands] for key, cands in self._by.items()}

    def owner(self, kind: str, word: str, pos: int) -> Candidate | None:
        """The owner of a short mention at ``pos``; ``kind`` is "given" or "surname"."""
        cands = self._by.get((kind, word))
        if not cands:
            return None
        k = bisect_right(self._starts[(kind, word)], pos)
        return cands[k - 1] if k else cands[0]


def group_mentions(text: str, found: list[Candidate]) -> list[list[Candidate]]:
    """The mentions of each person, people in order of their first mention.

    Full mentions group by (given, surname); a given-name-only mention joins the full mention it
    belongs to (:class:`Owners`), else the other mentions of that given name alone; then the
    untitled short mentions of known names are found and joined the same way.
    """
    groups: list[list[Candidate]] = []
    by_full: dict[tuple[str, str], list[Candidate]] = {}
    by_given: dict[str, list[str]] = {}
    other_surnames = _other_surnames(text, found)
    for m in found:
        if m.full:
            key = (m.given, m.surname or "")
            if key not in by_full:
                variant = _variant_of(key[1], by_given.get(key[0], ()))
                if key in other_surnames and other_surnames[key] in by_full:
                    by_full[key] = by_full[other_surnames[key]]  # "X ด่าน… หรือ X แซ่ด่าน"
                elif variant is not None:
                    by_full[key] = by_full[(key[0], variant)]  # "ทาเยบี" then "ตาเยบี"
                else:
                    by_full[key] = []
                    groups.append(by_full[key])
                    by_given.setdefault(key[0], []).append(key[1])
            by_full[key].append(m)
    fulls = [g[0] for g in groups]
    owners = Owners(fulls)
    by_full = {(g[0].given, g[0].surname or ""): g for g in groups}
    loose: dict[str, list[Candidate]] = {}
    for m in found:
        if m.full:
            continue
        # "นายนาวัลนี" after "นายอเล็กซ์ นาวัลนี": foreign people are named by the surname too.
        target = (owners.owner("given", m.given, m.start)
                  or owners.owner("surname", m.given, m.start))
        if target is not None:
            by_full[(target.given, target.surname or "")].append(m)
        else:
            if m.given not in loose:
                loose[m.given] = []
                groups.append(loose[m.given])
            loose[m.given].append(m)
    named = [m for m in fulls if m.display is None] + [g[0] for g in loose.values()]
    taken = [(m.start, m.end) for m in found]
    for start, end, kind, word in short_mentions(text, named, taken):
        if kind == "full":
            given, _, surname = word.partition(" ")
            target = owners.owner("given", given, start)
            if target is not None and target.surname == surname:
                by_full[(target.given, surname)].append(
                    Candidate(start, end, given, surname, None, (), start, True, rule=REPEAT))
            continue
        target = owners.owner(kind, word, start)
        if target is None and kind == "given" and word in loose:
            loose[word].append(
                Candidate(start, end, word, None, None, (), start, rule="short-mention"))
        elif target is not None:
            given = word if kind == "given" else target.given
            by_full[(target.given, target.surname or "")].append(
                Candidate(start, end, given, None, None, (), start, rule="short-mention")
            )
    for group in groups:
        group.sort(key=lambda m: m.start)
    return groups




def attach_nicknames(
    text: str, groups: list[list[Candidate]], nicknames: list[Candidate]
) -> None:
    """Each nickname joins the person whose mention it follows after "หรือ" or a bracket;
    a nickname the text does not tie to a person is dropped."""
    if not nicknames:
        return
    by_end = {m.end: group for group in groups for m in group}
    for nick in nicknames:
        for join in join_forms("nickname_join"):  # "X หรือ บิ๊กตู่", "X (เสี่ยหนู)"
            group = by_end.get(nick.start - len(join))
            if group is not None and text.startswith(join, nick.start - len(join)):
                group.append(nick)
                group.sort(key=lambda m: m.start)
                break


def _other_surnames(text: str, found: list[Candidate]) -> dict[tuple[str, str], tuple[str, str]]:
    """"นายสุรชัย ด่านวัฒนานุสรณ์ หรือ สุรชัย แซ่ด่าน": a full name, "หรือ", and the same given
    name with another surname is one person under two surnames: each key → the other."""
    by_start = {m.start: m for m in found if m.full}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for m in found:
        if not m.full or not m.surname:
            continue
        join = next((j for j in join_forms("nickname_join")
                     if j.strip()[:1].isalpha() and text.startswith(j, m.end)), None)
        other = by_start.get(m.end + len(join)) if join else None
        if other is not None and other.given == m.given and other.surname not in (
                None, m.surname):
            second = (other.given, other.surname or "")
            out[second] = (m.given, m.surname)
            out.setdefault((m.given, m.surname), second)  # the second may be written first
    return out


VARIANT_MIN = 4  # surnames this long may be written with one letter changed and be the same


def _variant_of(surname: str, known: list[str] | tuple[str, ...]) -> str | None:
    """A known surname (of the same given name) ``surname`` differs from by one letter: a
    repeat with a misspelling ("ฮอสเซน ทาเยบี" … "ฮอสเซน ตาเยบี")."""
    if len(surname) < VARIANT_MIN:
        return None
    for other in known:
        if len(other) >= VARIANT_MIN and _one_edit(surname, other):
            return other
    return None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one substituted, inserted or deleted character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[k:] == long[k + 1 :]


ALIAS_MAX = 15  # an alias is one short word ("โกรัตน์", "อะตอม")
# ORCHID tags an alias may carry: none, a proper noun, a common noun ("อะตอม").
ALIAS_TAGS = frozenset({None, "NPRP", "NCMN"})


def attach_aliases(text: str, groups: list[list[Candidate]], taken: SpanSet) -> None:
    """'X หรือ Y': one short word written after a person's full mention and "หรือ" is another
    name of that person (a mention of it), when nothing else was read there and the word is no
    function word ("นายวิรัตน์ สุขแสง หรือ โกรัตน์ อายุ 45 ปี")."""
    joins = tuple(sorted({j for j in join_forms("nickname_join") if j.strip()[:1].isalpha()},
                         key=len, reverse=True))
    for group in groups:
        for m in list(group):
            if not m.full and m.title is None:
                continue  # "นางสาวณิชา หรืออะตอม": a titled given name takes an alias too
            join = next((j for j in joins if text.startswith(j, m.end)), None)
            if join is None:
                continue
            start = m.end + len(join)
            end = _alias_end(text, start)
            word = text[start:end]
            if not 2 <= len(word) <= ALIAS_MAX:
                continue
            if taken.overlaps(start, end) or not _alias_word(word):
                continue
            if m.full and text.startswith(" ", end) and surname_word(text, end + 1):
                continue  # "นายชัชชาติ สิทธิพันธุ์ หรือสกลธี ภัททิยกุล": a second full name
            glued = end < len(text) and THAI_LETTER.match(text[end])  # "หรือพรรค|เพื่อไทย"
            if (not m.full or glued or word in name_lists()[0]) and not (
                    _described(text, end) or _familiar(text, start)):
                continue  # "นายอนุทิน หรือเนวิน ขึ้นอยู่กับ…": a choice of two people
            group.append(Candidate(start, end, m.given, None, None, (), start, rule="alias"))
            group.sort(key=lambda c: c.start)
            break


GLUED_ALIAS_MAX = 6  # an alias glued to the next word is one short nickname ("ส้ม", "หมูแฮม")


def _alias_end(text: str, start: int) -> int:
    """End of the one-word alias at ``start``: the word's end, or a boundary word glued after
    a short alias ("หรือส้ม|อายุ17ปี", "หรือหมูแฮม|อายุ20ปี"); ``start`` when neither."""
    end = letters_end(text, start, ALIAS_MAX + 1)
    cut = cut_at_word(text, start, end, cut_stops(), 2)
    if cut < end:
        return cut if cut - start <= GLUED_ALIAS_MAX else start
    return end if ends_word(text, end) else start


ALIAS_MARKS = ("(", ",")


def _described(text: str, end: int) -> bool:
    """What crime and court news write after a person's other name: an age, a bracket, a comma,
    a post or a noun for the person ("หรือส้ม|อายุ17ปี", "หรืออะตอม เหยื่อ…", ThaiNER train
    lines 1727, 4827); after a choice of two people comes the sentence ("หรือเนวิน ขึ้นอยู่กับ…")."""
    nxt = end + 1 if text.startswith((" ", "\ufeff"), end) else end
    return (text.startswith(ALIAS_MARKS, end) or text.startswith(ALIAS_MARKS, nxt)
            or text.startswith((*post_words("age"), *person_nouns()), nxt))


def _familiar(text: str, start: int) -> bool:
    """The alias opens with a familiar title ("หรือเสี่ยแหลม ค้าธัญญาเรือง", ThaiNER train line
    1594): a nickname by its form, whatever follows it."""
    title = title_at(text, start)
    return title is not None and title.family == "familiar"


def _role_noun(word: str) -> bool:
    """A noun for a person by role or kin, alone or before an ordinary word ("ภรรยา", "ผู้|แทน",
    "คน|อื่น", "แม่|ค้า|ใน|ตลาด"); before a name the Royal Institute's dictionary does not
    hold, it is how that person is called ("ทนาย|จูน", "น้อง|ฟลุค", ThaiNER train lines 5046, 1992)."""
    noun = next((n for n in person_nouns() if word.startswith(n)), None)
    if noun is None:
        return False
    rest = word[len(noun):]
    pieces = dictionary_words(rest) if rest else ()
    return not rest or rest in ordinary_words() or any(p in thai_stopwords() for p in pieces)


def _alias_word(word: str) -> bool:
    """A word that may be a person's other name: no stop word, no verb or function word."""
    if word in thai_stopwords() or word.startswith(civil_titles()) or word in title_index()[0]:
        return False  # "หรือเสี่ย แหลม": a title, whose name the title finder reads; "หรือนายก"
    if _role_noun(word):
        return False  # "นายสมชาย ใจดี หรือผู้แทน", "… หรือภรรยา": another person, by role
    return orchid_word_tags().get(word) in ALIAS_TAGS


LATIN_OPEN = re.compile(r" ?\(")


def attach_latin_forms(text: str, groups: list[list[Candidate]]) -> None:
    """A name in Latin letters in brackets right after a full Thai mention is the same person
    written in English ("นายซัยยิด เรซา โนบัคตี (H.E. Mr. Seyed Reza Nobakhti)"): its group
    joins the Thai one."""
    by_start = {g[0].start: g for g in groups if g and g[0].rule == "title-latin-name"}
    if by_start:
        _join_bracketed(text, groups, by_start, LATIN_OPEN,
                        lambda m: m.full and m.rule != "title-latin-name")


def attach_monk_names(text: str, groups: list[list[Candidate]]) -> None:
    """The monk named in brackets right after a rank name is that same monk: his group joins
    the rank name's (one person, not หลวงพ่อ คูณ beside พระเทพวิทยาคม)."""
    if any(m.rule == "monk-rank" for g in groups for m in g):
        by_start = {g[0].start: g for g in groups if g}
        _join_bracketed(text, groups, by_start, RANK_BRACKET_OPEN,
                        lambda m: m.rule == "monk-rank")


def _join_bracketed(
    text: str, groups: list[list[Candidate]], by_start: dict[int, list[Candidate]],
    opener: re.Pattern[str], outer: Callable[[Candidate], bool],
) -> None:
    """Each group with an ``outer`` mention followed by ``opener`` absorbs the group (of
    ``by_start``) whose first mention starts right after it."""
    for group in groups:
        for m in group:
            opened = opener.match(text, m.end) if outer(m) else None
            inner = by_start.get(opened.end()) if opened else None
            if inner is not None and inner is not group:
                group.extend(inner)
                group.sort(key=lambda c: c.start)
                inner.clear()
                break
    groups[:] = [g for g in groups if g]
