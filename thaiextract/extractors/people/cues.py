"""Untitled names beside a role or a nationality: sports, crime and foreign news name people bare.

"กองหน้าชาวบราซิล โรแบร์โต้ ซิลวา", "ประธานาธิบดีเอ็มมานูเอล มาครง", "ฟาบิโอ โรส์ซี กุนซือชาว
อิตาลี", "ผู้ต้องหา สมชาย ใจดี". A cue is a role word (``people/role_cues.tsv``), optionally with a
nationality glued after it ("ชาว" + a country from pythainlp's list), or a nationality alone. The
two words next to the cue are a name when each looks like a name part (:func:`name_part`): a
listed name, a word the dictionary does not know, or a dictionary entry that no part-of-speech
tag marks as an ordinary word (pythainlp's dictionary holds many foreign names: ปูติน, ทรัมป์).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...corpus import (
    name_lists,
    thai_countries,
)
from ...lexicons import load
from ..wordscan import THAI_LETTER, SpanSet
from .foreign import glued_pair_before
from .names import verb_phrase
from .posts import position_end
from .shapes import (
    NICKNAME_MAX,
    foreign_parts,
    name_part,
    nationality,
    pair_at,
    pair_before,
    skip_nickname,
    strict_pair,
    team_name,
)
from .source import Candidate, letters_end, line_end
from .titles import title_at
from .vocab import (
    cue_forms,
    join_forms,
    modifiers,
    role_words,
)

CUE_KINDS = frozenset({"role", "glued_role", "after"})  # the rows of role_cues.tsv that are cues


LONG_CUE = 5  # a cue this long begins a word even glued after others ("กับประธานาธิบดี…")


@lru_cache(maxsize=1)
def _cues() -> tuple[object, dict[str, str]]:
    import ahocorasick

    kinds = {row["word"]: row["kind"] for row in load("people/role_cues")}
    auto = ahocorasick.Automaton()
    for word, kind in kinds.items():
        if kind in CUE_KINDS:
            auto.add_word(word, (word, kind))
    for country in thai_countries():
        form = nationality() + country
        if not auto.exists(form):
            auto.add_word(form, (form, "nationality"))
    auto.make_automaton()
    return auto, kinds


def _nationality_end(text: str, pos: int) -> int:
    """``pos`` moved past a nationality glued there ("กองหน้า|ชาวบราซิล")."""
    if not text.startswith(nationality(), pos):
        return pos
    end = letters_end(text, pos + len(nationality()))
    for k in range(end, pos + len(nationality()), -1):
        if text[pos + len(nationality()) : k] in thai_countries():
            return k
    return pos


def _descriptor_end(text: str, pos: int) -> int:
    """``pos`` moved past a descriptor glued there ("นักร้อง|สาว", "นักเตะ|ดาวรุ่ง"), and a
    nationality after it ("นักแสดงหนุ่ม|ชาวเกาหลี")."""
    forms = cue_forms("descriptor")
    if not text.startswith(forms, pos):
        return pos  # one C test of every form first: most cues have none glued after them
    word = next((d for d in forms if text.startswith(d, pos)), None)
    return _nationality_end(text, pos + len(word)) if word else pos


def cued_mentions(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Untitled two-part names written next to a role or nationality cue, on either side. A
    sports role written after the name (``post`` column of ``people/role_cues.tsv``: "ลูคัส
    ซิลวา เพลย์เมกเกอร์") is its post; these words are no position heads, since after a titled
    person they are figures of speech ("นายสมชาย ใจดี หัวหอกสำคัญในการผลักดัน…")."""
    auto, _ = _cues()
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    for last, (word, kind) in auto.iter_long(text):
        cstart, cend = last - len(word) + 1, last + 1
        if len(word) < LONG_CUE and cstart > 0 and THAI_LETTER.match(text[cstart - 1]) and not (
            text.endswith(modifiers(), 0, cstart)
        ):
            continue  # a short cue glued after letters may be the end of another word
        head_end = cend
        cend = _descriptor_end(text, _nationality_end(text, cend))
        spans: list[tuple[tuple[int, int, int] | None, list[tuple[int, int, int]]]] = []
        if kind != "after":
            spans.append((_pair_after_cue(text, cend, kind == "glued_role"), []))
        # A modifier glued before the cue belongs to it ("… บาปติสตา อดีต|หัวหอก").
        mod = next((m for m in modifiers() if text.endswith(m, 0, cstart)), "")
        bstart = cstart - len(mod) if len(word) >= LONG_CUE else cstart
        if bstart >= 2 and text[bstart - 1] == " ":
            before = pair_before(text, bstart - 1) or glued_pair_before(text, bstart - 1)
            if before is not None and title_at(text, before[0]) is None:
                post = [(0, bstart, position_end(text, bstart, head_end, line_end(text, head_end)))
                        ] if word in _post_roles() else []
                spans.append(((before[0], before[1], bstart - 1), post))
        for span, post in spans:
            span = foreign_parts(text, *span) if span is not None else None
            if (span is not None and span[0] not in found
                    and not occupied.overlaps(span[0], span[2])
                    and not team_name(text, span[0], span[2])):
                gstart, gend, send = span
                found[gstart] = Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send],
                                          None, (), gstart, True, positions=post,
                                          rule="role-cue", cues=(word,))
    out: list[Candidate] = []
    for m in sorted(found.values(), key=lambda m: m.start):
        if not out or out[-1].end <= m.start:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _post_roles() -> frozenset[str]:
    return frozenset(r["word"] for r in load("people/role_cues") if r.get("post") == "post")


def _pair_after_cue(text: str, cend: int, glued: bool) -> tuple[int, int, int] | None:
    """(given start, given end, surname end) of a name written after a cue ending at ``cend``."""
    starts = [cend + 1] if text.startswith(" ", cend) else []
    colon = next((c for c in COLONS if text.startswith(c, cend)), None)
    if colon:
        starts.append(cend + len(colon))  # "ข่าว : บริพัตร ทาสี", "ภาพ: …": a credit line
    if glued and cend < len(text) and THAI_LETTER.match(text[cend]):
        starts.append(cend)
    for gstart in starts:
        pair = pair_at(text, gstart, gstart == cend)
        if pair and title_at(text, gstart) is None:
            return skip_nickname(text, gstart, *pair)
    return None


COLONS = (" : ", ": ", " :")


def listed_mentions(
    text: str, people: list[Candidate], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Untitled names written as a list with a person already found, forward ("… คณิศร ภู่พันธ์
    ผู้รักษาประตู ชัยวัฒน์ แจ่มกระจ่าง กฤษดา วงษ์แก้ว …") or backward ("ชัยวัฒน์ แจ่มกระจ่าง และ
    นายกฤษดา …"), and every name of a list that an enumerating word opens after a role ("นักเตะ
    อย่าง ก ข, ค ง และ จ ฉ"). A member found only through a join must be two name-shaped words
    of which neither is a dictionary word the name lists do not hold (:func:`strict_pair`)."""
    occupied = SpanSet(taken)
    found: dict[int, Candidate] = {}
    for end in sorted(m.end for m in people if m.full):
        _walk_forward(text, end, occupied, found)
    for start in sorted(m.start for m in people):
        _walk_backward(text, start, occupied, found)
    ends = {m.start: m.end for m in people}
    for pos, strict in _enumerated_starts(text):
        _walk_forward(text, pos, occupied, found, ends=ends, opened=True, strict=strict)
    out: list[Candidate] = []
    for m in sorted(found.values(), key=lambda m: m.start):
        if not out or out[-1].end <= m.start:
            out.append(m)
    return out


def _listed(text: str, gstart: int, gend: int, send: int) -> Candidate:
    return Candidate(gstart, send, text[gstart:gend], text[gend + 1 : send], None, (), gstart,
                     True, rule="name-list")


@lru_cache(maxsize=1)
def _joins() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forward, backward) list joins, longest first. Forward also reads a Thai join glued to the
    next name (" และสมชาย …"); backward takes no lone space, which would read any two words before
    a name as a name."""
    glued = tuple(f" {w}" for w in cue_forms("list_join") if w[0].isalpha())
    forward = tuple(sorted({*join_forms("list_join"), *glued}, key=len, reverse=True))
    return forward, tuple(j for j in forward if j != " ")


def _walk_forward(text: str, end: int, occupied: SpanSet, found: dict[int, Candidate], *,
                  ends: dict[int, int] | None = None, opened: bool = False,
                  strict: bool = True) -> None:
    """Read list members after ``end``; ``opened``: ``end`` is already the first member's start.
    A person already found inside the list (``ends``: start → end) is stepped over. ``strict``:
    each member must be a strict pair; a list that an enumerating word opens after a role needs
    only name-shaped pairs (the cue is the evidence)."""
    forward = _joins()[0]
    while True:
        if opened:
            opened = False
            gstart = end
            join = ""
        else:
            join = next((j for j in forward if text.startswith(j, end)), None)
            if join is None:
                return
            gstart = end + len(join)
        if ends and gstart in ends:
            end = ends[gstart]
            continue
        # After a lone space the words may as well be the rest of the name before ("เบิร์ด ธงชัย
        # แม็คอินไตย"): only a strict pair is a new member there.
        member = _member_at(text, gstart, strict or join == " ")
        if member is None or occupied.overlaps(member[0], member[2]) or (
            team_name(text, member[0], member[2])
        ):
            return  # a club ends a list of people ("คู่แข่งอย่าง เรอัล มาดริด และ …")
        gstart, gend, send = member
        found.setdefault(gstart, _listed(text, gstart, gend, send))
        end = send


def _member_at(text: str, gstart: int, strict: bool) -> tuple[int, int, int] | None:
    """(given start, given end, surname end) of the list member at ``gstart``. Sports pages put
    a nickname before the full name ("มุ้ย ธีรศิลป์ แดงดา"): when the second word and the next
    make a strict pair and the first word is short or the second a listed given name, the
    first word is the nickname."""
    if title_at(text, gstart) is not None:
        return None
    pair = pair_at(text, gstart)
    member = skip_nickname(text, gstart, *pair) if pair else None
    first_end = letters_end(text, gstart)
    nick = first_end + 1  # where the name begins if the first word is a nickname
    shift = text.startswith(" ", first_end) and (member is None or member[0] == gstart) and (
        first_end - gstart <= NICKNAME_MAX
        or text[nick : letters_end(text, nick)] in name_lists()[0]
    )  # the cheap tests first: this runs after every person found
    after = pair_at(text, nick) if shift and name_part(text[gstart:first_end]) else None
    if after is not None and strict_pair(text, nick, *after):
        return nick, *after
    return member if member and (not strict or strict_pair(text, *member)) else None



def _walk_backward(text: str, start: int, occupied: SpanSet, found: dict[int, Candidate]) -> None:
    """Read list members written before a person starting at ``start``."""
    backward = _joins()[1]
    while True:
        join = next((j for j in backward if text.endswith(j, 0, start)), None)
        if join is None:
            return
        before = pair_before(text, start - len(join))
        if before is None or title_at(text, before[0]) is not None:
            return
        gstart, gend = before
        send = start - len(join)
        if not strict_pair(text, gstart, gend, send) or occupied.overlaps(gstart, send) or (
            team_name(text, gstart, send)
        ):
            return
        found.setdefault(gstart, _listed(text, gstart, gend, send))
        start = gstart


ENUM_WINDOW = 40  # how far back from an enumerating word its role word may stand


def _enumerated_starts(text: str) -> list[tuple[int, bool]]:
    """Where the first member of each list opened by an enumerating word begins: the word
    ("ได้แก่", "อย่าง" …) follows a word that opens with a role or plural word ("นักเตะ อย่าง",
    "ผู้เล่นตัวจริง ได้แก่") or holds a long one ("สองนักเตะไทยคว้าแข้ง คือ"), and a space
    follows it; a count between them is skipped (:func:`_enumerated_noun`). A verb after the
    role makes a clause whose object the list names ("นักกีฬาใช้อุปกรณ์ ได้แก่ …"): no list
    of people. With each start, whether its members must be strict pairs: after a word that
    also names teams and companies (``rival`` rows: "คู่แข่งอย่าง …") the role is no evidence
    ("คู่แข่งอย่าง นิวยอร์ก นิกส์ และ …")."""
    opening, inside = _role_patterns()
    rivals = cue_forms("rival")
    out = []
    for word in cue_forms("enumerator"):
        pos = text.find(word + " ")
        while pos != -1:
            window = text[max(0, pos - ENUM_WINDOW) : pos].rsplit("\n", 1)[-1]
            noun = _enumerated_noun(window.split())
            role = opening.match(noun) or inside.search(noun)
            if role is not None and not verb_phrase(noun[role.end() :]):
                out.append((pos + len(word) + 1, role.group() in rivals))
            pos = text.find(word + " ", pos + 1)
    return sorted(out)


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One regex for a role word at a word's start, one for a long role word anywhere in it
    (longest first, so that "ผู้เล่นตัวจริง" matches ผู้เล่น whole)."""
    roles = sorted((*role_words(), *cue_forms("rival")), key=len, reverse=True)
    glued = [r for r in roles if len(r) >= LONG_CUE]
    return (re.compile("|".join(map(re.escape, roles))),
            re.compile("|".join(map(re.escape, glued))))


def _enumerated_noun(words: list[str]) -> str:
    """The noun a list enumerates: the last word before the enumerating word, past a count
    ("นักเตะใหม่ 3 คน คือ", "ผู้ต้องหาทั้ง 2 ราย ได้แก่")."""
    counters = cue_forms("counter")
    while words and (words[-1] in counters or words[-1].isdigit()):
        words = words[:-1]
    noun = words[-1] if words else ""
    prefix = next((p for p in cue_forms("count_prefix") if noun.endswith(p)), "")
    return noun[: len(noun) - len(prefix)]


def before_position_mentions(
    text: str, heads: dict[int, int], taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Untitled two-part names written right before a position ("… สุดา ใจงาม รองเลขาธิการ …")."""
    occupied = SpanSet(taken)
    out: list[Candidate] = []
    for hstart in sorted(heads):
        start = hstart
        for mod in modifiers():
            if text.endswith(mod, 0, hstart):
                start = hstart - len(mod)
                break
        if start < 2 or text[start - 1] != " ":
            continue
        before = pair_before(text, start - 1)
        if before is None or title_at(text, before[0]) is not None:
            continue
        gstart, gend = before
        if occupied.overlaps(gstart, start - 1) or (out and out[-1].end > gstart):
            continue
        out.append(Candidate(gstart, start - 1, text[gstart:gend], text[gend + 1 : start - 1],
                             None, (), gstart, True, rule="before-position"))
    return out
