"""Positions ("posts") written next to a name: a head from ``people/positions.tsv`` or
``people/position_abbreviations.tsv`` right after the name (apposition) or after "ในฐานะ" /
"เป็น"; cut before a verb or the next name; expanded with the abbreviation table and the
organisation lexicon (``post_expansion``). A post right before the name is ``before_post``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from ...corpus import (
    dictionary_words,
    name_lists,
    orchid_word_tags,
    thai_countries,
    thai_dictionary,
    thai_provinces,
)
from ...positions import abbreviation_table, held_together
from ..wordscan import alternation
from .post_expansion import AND, BRACKETED_ABBREVIATION, expand_position
from .shapes import name_part
from .source import (
    RANK_BRACKET,
    Candidate,
    PageText,
    cut_at_word,
    letters_end,
    line_end,
)
from .titles import title_chains
from .vocab import (
    clause_words,
    english_heads,
    expansion_lookup,
    modifiers,
    position_automaton,
    position_stops,
    position_words,
    post_continuations,
    post_stops,
    post_words,
)

MAX_POSITION = 90


POSITION_CHARS = re.compile(r"[\u0e01-\u0e4e.A-Za-z0-9\-]")  # letters, ฯ, dots (รมว.), "DE"
POSITION_RUN = re.compile(r"[\u0e01-\u0e4e.A-Za-z0-9\-]*")
# "นายกรัฐมนตรีโปแลนด์|Auschwitz": Latin letters glued after Thai ones end the post.
GLUED_LATIN = re.compile(r"(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e])[A-Za-z]")


def position_end(
    text: str, start: int, head_end: int, limit: int, org_starts: dict[int, int] | None = None
) -> int:
    """End of a position: the head plus what is glued to it, cut before a verb or a name.

    On a page, kept by its arguments (the organisation starts are the document's one dict, so
    its identity stands for it while the page lives)."""
    if not isinstance(text, PageText):
        return _position_end(text, start, head_end, limit, org_starts)
    key = ("position_end", start, head_end, limit, id(org_starts) if org_starts else None)
    end = text.memo.get(key)
    if end is None:
        end = text.memo[key] = _position_end(text, start, head_end, limit, org_starts)
    return end  # type: ignore[return-value]


def _position_end(
    text: str, start: int, head_end: int, limit: int, org_starts: dict[int, int] | None
) -> int:
    end = head_end
    stop = min(limit, start + MAX_POSITION, len(text))
    if stop > end:
        # One C scan each instead of a Python step a character (the lookbehind sees the head).
        end = POSITION_RUN.match(text, end, stop).end()
        latin = GLUED_LATIN.search(text, head_end, end)
        if latin:
            end = latin.start()
    end = cut_at_word(text, head_end, end, position_stops(), 0)
    if text[start:head_end] in post_words("reporter"):
        # "ผู้สื่อข่าวรายงานว่า นายX": a reporter's clause; a unit's "…และรายงาน…" is no cut.
        end = cut_at_word(text, head_end, end, clause_words(), 0)
    end = _without_clause_end(text, head_end, end)
    titles = [t for t in title_chains(text[head_end:end]) if t[0] > 0]
    if titles:
        end = head_end + titles[0][0]
    if org_starts:
        # "ประธานกรรมการบริษัท กัลฟ์ … จำกัด (มหาชน)": an organisation opening inside the glued
        # text runs past the boundary word that cut it ("บริษัท" is one).
        # The first organisation start in (start, end]: whichever is shorter is walked, the
        # span's offsets or the document's organisation starts. One that opens inside a head
        # holding its prefix word runs past a boundary word too ("รัฐมนตรีว่าการกระทรวง|การพัฒนา
        # สังคมและความมั่นคงของมนุษย์": ของ is one).
        if len(org_starts) <= end - start:
            first = min((k for k in org_starts if start < k <= end), default=None)
        else:
            first = next((k for k in range(start + 1, end + 1) if k in org_starts), None)
        if first is not None:
            org_end = org_starts[first]
            # ... but not past a word that ends every post ("แกนนำพรรค|อ่านต่อ").
            if end < org_end <= limit and not text.startswith(post_stops(), end):
                end = org_end
    if glued_name_start(text, head_end, end):
        return head_end
    end = _spaced_continuation(text, start, end, min(limit, len(text)), stop, org_starts)
    end = _of_country(text, end, min(limit, len(text)))
    return _and_post(text, start, end, min(limit, len(text)), org_starts)


@lru_cache(maxsize=1)
def _clause_end() -> re.Pattern[str]:
    """What ends a glued run but belongs to the clause: a particle before a space or the end
    (kind ``particle`` of ``people/positions.tsv``), or an age word and its number
    ("ผู้ฝึกสอนทีมฟุตบอล|วัย 25 ปี", ThaiNER 1.5 train L2425)."""
    particles = lexicons.alternation(
        r["position"] for r in lexicons.load("people/positions") if r["kind"] == "particle")
    ages = lexicons.alternation(post_words("age"))
    return re.compile(rf"(?:{particles})(?=\s|$)|(?:{ages}) ?\d")


def _without_clause_end(text: str, head_end: int, end: int) -> int:
    """``end`` moved back before a clause's particle or an age glued after the post, unless the
    letters are the end of a longer dictionary word ("รองผู้ว่า" holds no particle)."""
    if end <= head_end:
        return end
    found = _clause_end().search(text, head_end, min(len(text), end + 4))
    if found is None or found.start() >= end or found.start() == head_end:
        return end
    k = found.start()
    word = found.group().rstrip(" 0123456789")
    if any(text[k - j : k + len(word)] in thai_dictionary() for j in range(1, 4) if k - j >= 0):
        return end
    return k


OF = "ของ"


def _of_country(text: str, end: int, limit: int) -> int:
    """A post glued to "ของ" and a country that ends there is that country's post
    ("โฆษกกระทรวงการต่างประเทศของจีน ปฏิเสธ…", "รมช.เกษตรของมาเลเซีย ให้คำมั่น…"); "ของ" before
    anything else (a person, a thing) ends the post."""
    if not text.startswith(OF, end):
        return end
    country_end = letters_end(text, end + len(OF))
    if country_end < limit and not text[country_end].isspace():
        return end  # glued on: "ของจีนแผ่นดินใหญ่…" is no country's name alone
    return country_end if text[end + len(OF) : country_end] in thai_countries() else end


def _and_post(
    text: str, start: int, end: int, limit: int, org_starts: dict[int, int] | None
) -> int:
    """A second post joined by "และ" is the same person's when both are seats one person holds
    at once ("นายกรัฐมนตรีและ รมว.กลาโหม", "นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม"); a "และ"
    glued after a post and followed by anything else ends it ("…กระทรวงวัฒนธรรมและ|นางสาว…")."""
    glued = text.endswith(AND, 0, end)
    if glued:
        after = end + (1 if text.startswith(" ", end) else 0)
    elif text.startswith(" " + AND, end, limit):
        after = end + 1 + len(AND)
        after += 1 if text.startswith(" ", after) else 0
    else:
        return end
    first = end - len(AND) if glued else end
    second = _post_from(text, after, limit, org_starts)
    if second and held_together(text[start:first], text[after:second]) and not _more_after(
            text, second, limit):
        return second
    return first


def _post_from(text: str, pos: int, limit: int, org_starts: dict[int, int] | None) -> int | None:
    """The end of a post (modifiers allowed) written at ``pos`` whose organisation follows its
    head and ends it ("รมว.กลาโหม", "รัฐมนตรีว่าการกระทรวงกลาโหม"; not "…กระทรวงกลาโหมรู้สึก
    ยินดีที่กระทรวงต่างประเทศ", where a clause runs on), if one is."""
    for mod in modifiers():
        if text.startswith(mod, pos):
            pos += len(mod)
            break
    head = alternation(position_words()).match(text, pos, limit)
    if head is None:
        return None
    end = position_end(text, pos, head.end(), limit, org_starts)
    expanded = expand_position(text[pos:end])
    lookup = expansion_lookup()
    opens = next((k for k in range(len(expanded)) if expanded[k:] in lookup), None)
    head_expanded = len(abbreviation_table().get(head.group(), head.group()))
    return end if opens is not None and opens <= head_expanded else None


def _more_after(text: str, end: int, limit: int) -> bool:
    """After the second post, a list goes on ("… และรัฐมนตรีกระทรวงสาธารณสุข กระทรวงเกษตร…"),
    the name of whoever holds it follows ("… และ รมว.กลาโหม นายสมชาย …"), or the verb after it
    is done together ("… และ รมว.กลาโหม ร่วมกันแถลงข่าว", "… ได้หารือกันถึง…": two people
    act): not the first person's post."""
    if not text.startswith(" ", end) or end + 1 >= limit:
        return False
    nxt = text[end + 1 : min(limit, end + 40)]
    if nxt.startswith(MINISTRY) or any(t[0] == 0 for t in title_chains(nxt)):
        return True
    # The verb phrase runs unspaced up to the next space; "ทั้ง 2" holds one.
    clause = nxt.split(" ", 1)[0]
    for word in post_words("joint"):
        at = 0 if nxt.startswith(word) else clause.find(word) if " " not in word else -1
        # "ร่วมกันกับ" (together with someone), "ทั้งสองตำแหน่ง" (both posts): one person's.
        after = nxt[at + len(word):].lstrip(" ")
        if at != -1 and not after.startswith(post_words("one_holder")):
            return True
    return False


THAI_WORD = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+")  # letters and vowels, no ฯ


def glued_name_start(text: str, head_end: int, end: int) -> bool:
    """The letters glued after a post are the first name of a person, not more of the post
    ("ประธานาธิบดี|ฮวน ออร์ลันโด …"): a name-shaped word, no country or province, and a
    name-shaped word after the space."""
    tail = text[head_end:end]
    if not tail or not THAI_WORD.fullmatch(tail) or not text.startswith(" ", end):
        return False
    if tail in thai_countries() or tail in thai_provinces() or not name_part(tail):
        return False
    # A ministry or unit glued to its post ("ปลัดกระทรวง|สาธารณสุข", "หัวหน้า|หน่วย|ไวรัส|วิทยา")
    # is made of dictionary words; a foreign name keeps a piece none covers, or is a short
    # entry the dictionary holds untagged ("ฮวน").
    words = thai_dictionary()
    if text[head_end - 1] == "ฯ" and tail in name_lists()[0]:
        pass  # "ผู้ว่าฯ|สมชาย ใจดี": the paiyannoi ends the post; a listed given name follows
    elif tail in words:
        if len(tail) > 4 or tail in orchid_word_tags():
            return False
    elif all(p in words for p in dictionary_words(tail)):
        return False
    nxt = letters_end(text, end + 1)
    return nxt > end + 1 and name_part(text[end + 1 : nxt])


SPACED_STEPS = 4  # "ผู้สมัคร ส.ส. เขต 3 พรรคเพื่อไทย": at most this many words after spaces
NUMBER = re.compile(r" ?\d+")


def _spaced_continuation(
    text: str, start: int, end: int, limit: int, stop: int, org_starts: dict[int, int] | None
) -> int:
    """What a position goes on with after a space: an organisation ("ผู้ช่วยโฆษก ศบค."), a
    province ("ผู้ว่าฯ เชียงราย"), a numbered unit ("ผู้ใหญ่บ้านหมู่ 7", "เขต 3"), or, after a
    head that takes a post, that post ("ผู้สมัคร ส.ส.")."""
    numbered, takes_post = post_continuations()
    for _ in range(SPACED_STEPS):
        if text.endswith(numbered, start, end) and not text.endswith(position_words(), start, end):
            number = NUMBER.match(text, end, limit)
            if number:
                end = number.end()
                continue
        if end >= limit or text[end] != " ":
            break
        nxt = end + 1
        word_end = letters_end(text, nxt)
        org_end = org_starts.get(nxt) if org_starts else None
        if org_end is not None and org_end <= limit:
            if _second_ministry(text, start, end, nxt):
                break
            end = org_end
        elif text[nxt:word_end] in thai_provinces() and word_end <= stop:
            end = word_end
        elif text[start:end].endswith(takes_post) and text.startswith(position_words(), nxt):
            end = nxt
            while end < limit and POSITION_CHARS.match(text[end]):
                end += 1
        elif _after_post(text, start, end, takes_post) and text[nxt:word_end] in numbered:
            end = word_end
        elif text.startswith(post_words("unit"), nxt):
            end = letters_end(text, nxt, MAX_POSITION)  # "ผู้อำนวยการอาวุโส ฝ่ายข่าว…"
        else:
            break
    return end


MINISTRY = "กระทรวง"
# A ministry named: the word and its name glued after it ("กระทรวงกลาโหม", "กระทรวงฯ"). The bare
# word ends the civil-service posts that name their ministry after a space ("รองปลัดกระทรวง
# กระทรวงมหาดไทย", "ผู้ตรวจราชการกระทรวง กระทรวง…", "สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข").
NAMED_MINISTRY = re.compile(MINISTRY + r"[\u0e01-\u0e4e]")


def _second_ministry(text: str, start: int, end: int, nxt: int) -> bool:
    """A ministry after a post that names one already is the next item of a list or sentence
    ("…รัฐมนตรีว่าการกระทรวงกลาโหม กระทรวงแรงงานภายใต้…"): no post sits in two ministries."""
    return text.startswith(MINISTRY, nxt) and NAMED_MINISTRY.search(text, start, end) is not None


def _after_post(text: str, start: int, end: int, takes_post: tuple[str, ...]) -> bool:
    """The position so far is a candidate's: "ผู้สมัคร ส.ส." goes on with "เขต 3"."""
    return text.startswith(takes_post, start) or any(
        text.startswith(t, start + len(m)) for m in modifiers() if text.startswith(m, start)
        for t in takes_post
    )


# "สส." before a police unit is สืบสวน (investigation), never a member of parliament: "สส.บช.น.",
# "สส.สน.ลุมพินี", "สส.บก.น.1", "สส.ภ.จว.…", "สส.น.8", "สส.ภาค 1" (MGR Online 9680000090218
# "ผบก.สส.ภาค 1"; clipmass.com/story/60672 "ผกก.สส.น.8"; Matichon news_5417763 "บก.สส.ภ.2";
# ThaiNER 1.5 train L1867 "สว.สส.สภ.อ.เมือง"). A member's "สส." runs on with a province, a party,
# "เขต" or "บัญชีรายชื่อ", none of which is a police unit.
INVESTIGATION_UNIT = re.compile(r"สส\.(?= ?(?:(?:บช|บก|กก|สน|สภ|ภ|น|ตชด|สตม)\.|ภาค ?[0-9๐-๙]))")


def position_heads(text: str) -> dict[int, int]:
    heads: dict[int, int] = {}
    for last, (head, _) in position_automaton().iter_long(text):
        start = last - len(head) + 1
        if head == "สส." and INVESTIGATION_UNIT.match(text, start):
            continue
        heads[start] = last + 1
    return heads


def position_head(text: str, start: int, end: int) -> str | None:
    """The first position head or abbreviation written in ``text[start:end]`` (a cue word)."""
    for _last, (head, _) in position_automaton().iter_long(text[start:end]):
        return head
    return None


def position_at(
    text: str, pos: int, heads: dict[int, int], limit: int, org_starts: dict[int, int]
) -> tuple[int, int] | None:
    """A position starting at ``pos`` (modifiers such as รอง / อดีต allowed first)."""
    start = pos
    for _ in range(2):
        if pos in heads:
            break  # an abbreviation that holds its modifier ("รองผบ.ตร.") is one head
        for mod in modifiers():
            if text.startswith(mod, pos):
                pos += len(mod)
                if pos < len(text) and text[pos] == " ":
                    pos += 1
                break
    head_end = heads.get(pos)
    if head_end is None:
        return None
    return start, position_end(text, pos, head_end, limit, org_starts)


@lru_cache(maxsize=1)
def _age() -> re.Pattern[str]:
    """An age between a name and its post: "วัย 41 ปี ", "อายุ 35 ปี "."""
    words = "|".join(map(re.escape, post_words("age")))
    units = "|".join(map(re.escape, post_words("age_unit")))
    return re.compile(rf"(?:{words}) ?\d+ ?(?:{units}) ?")


LATIN_BRACKET = re.compile(r"\([A-Za-z][^()\n]{0,80}\) ?")  # the name in English, in brackets
# A nickname or an alias in brackets between the name and the post: "(เสี่ยหนู) รองนายกรัฐมนตรี".
THAI_BRACKET = re.compile(r"\([\u0e01-\u0e4e]{2,20}\) ?")


# A name in quotes: the opening quote before it → the closing one after it.
QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'"}


# Between a name and its post: one space, a few (copied layouts, "นายวราวุธ  ศิลปอาชา  รัฐมนตรี…"),
# or the end of a source line and the indentation of the next (markup wrapped inside a paragraph:
# "นายก่อพงศ์ เจ้ยแก้ว\n            ผู้อำนวยการ…"). A bare newline is a paragraph break: no post.
SPACES = re.compile(r"[ \t]{1,4}")
WRAPPED = re.compile(r"[ \t]*\n[ \t]{2,}(?=\S)")


def post_gap(text: str, end: int, limit: int) -> tuple[int, int]:
    """Where a post after a name ending at ``end`` would start, and the end of its line."""
    wrapped = WRAPPED.match(text, end)
    if wrapped:
        return wrapped.end(), line_end(text, wrapped.end())
    spaces = SPACES.match(text, end)
    return (spaces.end() if spaces else end), limit


def positions_after(
    text: str, m: Candidate, heads: dict[int, int], org_starts: dict[int, int]
) -> None:
    """Positions after the mention: apposition, "ในฐานะ …", "เป็น …"."""
    limit = line_end(text, m.end)
    end = m.end
    if m.start > 0 and end < limit and QUOTES.get(text[m.start - 1]) == text[end]:
        end += 1  # '“นายอนุชา บูรพชัยศรี” โฆษกประจำสำนักนายกรัฐมนตรี' (Thai Post): a quoted name
    if m.given[:1].isascii() and text.startswith(", ", end):
        english = english_position(text, end + 2, limit)
        if english:
            m.positions.append((0, *english))
            return
    pos, limit = post_gap(text, end, limit)
    if text.startswith(", ", end):
        pos = end + 2  # "นายสมชาย ใจดี, ผู้ว่าราชการจังหวัด…" (translated and scraped text)
    age = _age().match(text, pos)
    if age:
        pos = age.end()  # "นายอเล็กซ์ นาวัลนี วัย 41 ปี ผู้นำฝ่ายค้าน…"
    latin = LATIN_BRACKET.match(text, pos)
    if latin:
        pos = latin.end()  # "นายปาเวล ปีเตล (H.E. Mr. Pavel Pitel) เอกอัครราชทูต…"
    if m.rule == "monk-rank" and (own := RANK_BRACKET.match(text, m.end)):
        pos = own.end()  # "พระไพศาลประชาทร วิ. (พบโชค ติสฺสวํโส) เจ้าอาวาส…"
    found = position_at(text, pos, heads, limit, org_starts)
    if found is None and text.startswith("(", pos):
        # "(ผู้ว่าราชการจังหวัดเชียงใหม่)": the post in brackets; else "(เสี่ยหนู) รองนายก…": a
        # nickname in brackets, then the post.
        close = text.find(")", pos, limit)
        if close != -1:
            found = position_at(text, pos + 1, heads, close, org_starts)
        bracket = THAI_BRACKET.match(text, pos) if found is None else None
        if bracket:
            found = position_at(text, bracket.end(), heads, limit, org_starts)
    if found is None and text.startswith(post_words("alias"), pos):
        # "… หรือ เสธแก้ว ผู้สมัคร…": the post follows the other name the text gives.
        alias = next(a for a in post_words("alias") if text.startswith(a, pos))
        after = pos + len(alias) + (1 if text.startswith(" ", pos + len(alias)) else 0)
        word_end = letters_end(text, after)
        if word_end > after and text.startswith(" ", word_end):
            found = position_at(text, word_end + 1, heads, limit, org_starts)
    if found:
        abbr = BRACKETED_ABBREVIATION.match(text, found[1], limit)
        if abbr:
            found = (found[0], abbr.end())
        m.positions.append((0, *found))
        pos = found[1] + 1 if found[1] < len(text) and text[found[1]] == " " else found[1]
    for cue in post_words("cue"):
        if text.startswith(cue, pos):
            after = pos + len(cue)
            after += 1 if after < len(text) and text[after] == " " else 0
            found2 = position_at(text, after, heads, limit, org_starts)
            if found2:
                # A capacity ("ในฐานะ…", "เป็น…") ranks after an office written before the
                # name: "นายกรัฐมนตรี พลเอก ประยุทธ์ … ในฐานะรัฐมนตรีว่าการกระทรวงกลาโหม" is the
                # prime minister first (position_before ranks an office 2, anything else 4).
                m.positions.append((3, *found2))
            break


EN_WORD = r"(?:[A-Z][A-Za-z.'&\-]*|of|the|for|and|on|to|in|de|du)"


EN_POSITION = re.compile(rf"(?:the )?({EN_WORD}(?: {EN_WORD}){{0,9}})")


EN_CONNECTORS = frozenset(("of", "the", "for", "and", "on", "to", "in", "de", "du"))


def english_position(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """"Mr. Antonio Guterres, UN Secretary-General, said": capitalised words holding a head."""
    match = EN_POSITION.match(text, pos, limit)
    if match is None:
        return None
    start, end = match.span(1)
    words = text[start:end].split(" ")
    while words and words[-1] in EN_CONNECTORS:  # "Director of the" before a lower-case word
        words.pop()
    end = start + len(" ".join(words))
    if not english_heads().search(text, start, end):
        return None
    return start, end
