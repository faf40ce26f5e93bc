"""How far a Thai initiative name runs on past the cut the shared name scan makes.

:func:`.scan.scan` ends a name at และ, เพื่อ, สำหรับ, ใน … — right for a meeting, but the names of
government schemes are descriptive phrases that run through them
("มาตรการช่วยเหลือผู้ประกอบการเพื่อลดผลกระทบด้านแรงงาน"). :func:`run_on` carries the name on
through the words of ``initiatives/runon.tsv``, one word run at a time, while the next run is a
name-sized Thai run that opens no other head. :func:`latin_tail_end` and
:func:`quoted_whole_end` end a Latin name and a quoted whole name the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..corpus import dictionary_words
from ..lexicons import load
from .initiative_names import name_words, opens_with_verb, verb_led
from .scan import MAX_NAME, THAI, alternation, at_word_boundary, boundaries, scan

MAX_RUN_ON = 130  # characters after the head a run-on name may reach (an edition included)
_THAI_RE = re.compile(f"[{THAI}]")
_NUMBERED_RE = re.compile(r"(?:หมู่)?ที่\s?\d{1,3}(?![\d.,:/])")
_ACRONYM_RE = re.compile(r"\s(?:[A-Z]{2,6}s?|\d[A-Z])(?![A-Za-z0-9&'’.-])")  # SMEs, 6G
_BRACKET_IN_RE = re.compile(r"\s?\([A-Za-z][A-Za-z0-9&.\- ]{0,15}\)\s?")
_THAI_BRACKET_RE = re.compile(rf"\s?\([{THAI}]{{2,12}}\)")
_LIST_WORDS = frozenset({"และ", "ช่วง", "ส่วนต่อขยาย", "ด้าน"})
_LINK_WORDS = frozenset({"ระหว่าง"})  # "between": a scheme that links two others names both


@lru_cache(maxsize=1)
def _never() -> re.Pattern[str]:
    words = [r["word"] for r in load("initiatives/runon") if r["where"] == "never"]
    return re.compile(rf"(?:{alternation(words)})|(?:อื่น|ต่าง)\s?ๆ|อื่น(?![{THAI}])")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    rows = load("initiatives/runon")

    def words(*where: str) -> list[str]:
        return [r["word"] for r in rows if r["where"] in where]

    return (
        re.compile(alternation(words("attached", "qualifier", "group"))),
        re.compile(rf"\s(?:{alternation(words('space'))})"),
        frozenset(words("qualifier", "group")),
        frozenset(words("group")),
    )


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{THAI}])(?:{alternation(sorted(_words()[3]))})")


def group_at(name: str) -> int | None:
    """Where in ``name`` the group it serves starts (runon.tsv role group: "…ของผู้สูงอายุ"),
    if anywhere: the words before it must name the scheme on their own."""
    m = _group_re().search(name)
    return m.start() if m else None


def _serves(words: str) -> bool:
    """Do the words after a head say what a scheme does for a group that ของ may then name
    ("ส่งเสริมกระบวนการมีส่วนร่วม", "อาหารกลางวันเพื่อสุขภาพ")? A name that is no verb phrase
    ("คนละครึ่งช่วยลดภาระค่าครองชีพ") has run into a predicate, whose object the group is."""
    words = words.strip()
    return verb_led(words) or re.search("เพื่อ|สำหรับ", words) is not None


def only_qualifier(core: str) -> bool:
    """Are the words after a head only a fixed qualifier (runon.tsv role qualifier:
    "โครงการอันเนื่องมาจากพระราชดำริ", events6-026)? That names the kind of scheme, not one."""
    return core.strip() in _words()[2]


def goes_on_after_space(text: str, pos: int) -> bool:
    """Does a run-on word that follows a space (runon.tsv role space: ด้าน, ช่วง …) open at
    ``pos``? The segmenter may have ended a sentence at that space
    ("โครงการส่งเสริมผู้ประกอบการ | ด้านการบริหารความเสี่ยง…"); the name goes on over it."""
    return _words()[1].match(text, pos) is not None


def run_on(text: str, te: int, end: int, limit: int, opens_head: Callable[[int], bool]) -> int:
    """End of the name after its head (at ``te``) that ``scan`` ended at ``end``.

    ``opens_head(pos)`` says whether another initiative head starts at ``pos``.
    """
    attached, spaced, complete, groups = _words()
    for _ in range(5):
        if end <= te or end >= limit:
            break
        m = None
        # "…หมู่ที่ 3": a numbered place in the name of works (the scan stops at ที่); and an
        # acronym that closes a Thai name ("มาตรการส่งเสริมการลงทุน SMEs").
        number = _NUMBERED_RE.match(text, end, limit) or _ACRONYM_RE.match(text, end, limit)
        if number:
            end = number.end()
            if number.re is _ACRONYM_RE:
                break
            continue
        # "โครงการพัฒนาทักษะ (AI) สำหรับนักศึกษา": a bracketed Latin word inside the name, when
        # the name goes on after it with a run-on word.
        bracket = _BRACKET_IN_RE.match(text, end, limit)
        # "โครงการรถไฟฟ้าสายสีส้ม (ตะวันออก) ช่วงศูนย์วัฒนธรรม…": a bracketed Thai qualifier of
        # a line, when a spaced run-on word (ช่วง) goes on after it.
        qualifier = _THAI_BRACKET_RE.match(text, end, limit)
        if bracket and attached.match(text, bracket.end(), limit):
            m = attached.match(text, bracket.end(), limit)
        elif not text[end - 1].isspace():
            m = attached.match(text, end, limit)
        if m is None:
            after = qualifier.end() if qualifier else end
            m = spaced.match(text, after, limit) or spaced.match(text, end, limit)
            # ช่วง / ด้าน open the next run. A spaced stop word (สำหรับ, กับ) opens a clause, also
            # after a number: a target group or a partner is not part of the name
            # ("โครงการบ้านล้านหลัง 2566 สำหรับผู้มีรายได้น้อย", "…เฟส 3 กับธนาคาร…").
            nxt = m.end() - len(m.group().strip()) if m else -1
        else:
            nxt = m.end()
        if m is not None and m.group() in groups and not _serves(text[te:end]):
            break
        if m is not None and nxt == limit and m.group() in complete:
            return nxt
        if m is None or nxt >= limit:
            break
        # "…และโครงการ…" starts another scheme; "…ระหว่างวิสัยทัศน์…" names what this one links.
        spaced_word = m.group()[:1].isspace()  # the run-on word itself starts the next run
        # "…และโครงการ…" starts another scheme, and "โครงการศึกษาดูงานสำหรับโครงการอันเนื่อง
        # มาจากพระราชดำริ" (events6-026) is a scheme for others: it never runs into their head,
        # but "ข้อริเริ่มความเกื้อกูลระหว่างวิสัยทัศน์…" (gov-007) names the link of two.
        links = m.group().strip() in _LINK_WORDS
        if (opens_head(nxt) and not links) or (not spaced_word and _never().match(text, nxt)):
            break
        more, closed = scan(text, nxt, min(limit, nxt + MAX_NAME), natural_end=limit)
        if more == nxt and m.group() in complete:  # "…ที่ครอบคลุม" + "ของอาเซียน"
            end = nxt
            continue
        if (
            not closed or more <= nxt or more - te > MAX_RUN_ON
            or not _THAI_RE.search(text, nxt, more)
        ):
            break
        end = more
    return end


# A quantifier at the end of a name ("โครงการมอเตอร์เวย์ทั้งสองสาย", "แผนการปฏิรูปแต่ละด้าน"):
# it counts the schemes or parts the text refers back to; it is not part of a name.
_QUANT_TAIL_RE = re.compile(rf"\s?(?:ทั้ง(?:สอง|สาม|สี่|ห้า|หมด|\d+)|แต่ละ)[{THAI}]*$")


# A name cut before a verb whose last words are a dangling relative ("…คนที่จะ" + มาบวช), a
# classifier without its number ("โครงการขุดลอกลำห้วยแห่ง…"), a dangling "case of" (…กรณี) or a
# demonstrative that points back ("แผนการดำเนินการเหล่านี้", "มาตรการช่วยเหลือดังกล่าว"), or the
# "on, further" of a verb of carrying on ("เดินหน้านโยบายจำนำข้าวต่อไป", "สานต่อโครงการ…ต่อไป"):
# what stays before it is the name, if any. After a phase word it is "next" ("…เฟสต่อไป", an
# edition of the scheme) and stays.
_DANGLING_RE = re.compile(
    r"(?:ที่จะ|ที่|ซึ่ง|จะ|แห่ง|กรณี|เหล่านี้|เหล่านั้น|ดังกล่าว|นี้|นั้น"
    r"|(?<!เฟส)(?<!ระยะ)(?<!รอบ)(?<!ครั้ง)(?<!ขั้น)ต่อไป)$"
)


@lru_cache(maxsize=1)
def _cuts() -> re.Pattern[str]:
    cuts = [r["word"] for r in load("initiatives/runon") if r["where"] == "cut"]
    return re.compile(alternation(cuts))


def cut_clause(text: str, te: int, end: int) -> int:
    """``end`` moved back to the first clause word (runon.tsv role cut) that stands as a word in
    the name after its head (at ``te``): "มาตรการป้องกันเพราะเป็นโรค" → "มาตรการป้องกัน". A clause
    word right after the head leaves no name ("…ไว้ประกวดย่อมเสียดาย" → ``te``)."""
    for m in _cuts().finditer(text, te, end):
        if m.start() == te:
            return te
        if at_word_boundary(
            text, max(te, m.start() - 30), m.start(), m.end(), whole=True
        ):
            return m.start()
    return end


# A bound word that opens a phrase and cannot close a name: the nominalisers การ / ความ, ผู้
# ("the one who"), นัก ("-er"). A name ending in one was cut inside a phrase by a stop word
# ("…และเป้าหมายการ|เป็นกลางทางคาร์บอน", "…และบรรเทาผู้|ที่ได้รับผลกระทบ").
_BOUND = ("การ", "ความ", "ผู้", "นัก")
_LAST_AND_RE = re.compile(r"\s?(?:และ|หรือ)(?!.*(?:และ|หรือ))")


def bound_tail(text: str, te: int, end: int) -> int:
    """``end`` moved back before the unfinished last part of the name after its head (at
    ``te``) when the name ends in a bound word (a dictionary word of its own, not the end of
    ราชการ or กิจการ): to the conjunction that opened that part, or to ``te`` (no name) when
    there is none."""
    if not text.endswith(_BOUND, te, end):
        return end
    tokens = dictionary_words(text[max(te, end - 20) : end])
    if not tokens or tokens[-1] not in _BOUND:
        return end
    conj = _LAST_AND_RE.search(text, te, end)
    return conj.start() if conj else te


def trim_tail(text: str, te: int, end: int) -> int:
    """``end`` moved back before a quantifier or a dangling relative word that closes the name
    after its head (at ``te``)."""
    m = _QUANT_TAIL_RE.search(text, te, end)
    if m is None:
        m = _DANGLING_RE.search(text, te, end)
        # ที่ of พื้นที่ is no relative word: it must stand as a word of its own.
        if m and not at_word_boundary(text, max(te, m.start() - 30), m.start(), m.end(),
                                      whole=True):
            m = None
    return m.start() if m and m.start() > te else end


_RUN_RE = re.compile(rf"[{THAI}]+")
_SPACED_RUN_RE = re.compile(rf" [ก-ฮเ-ไ][{THAI}]*")  # not " ฯ" (an abbreviation mark)
# A run a number follows is an edition or phase word ("คนละครึ่ง เฟส 5", "… ระยะ 2", "… รุ่น 3"),
# never part of the name carried on over a space.
_NUMBERED_NEXT_RE = re.compile(r"\s?\d")
MAX_REPEATED = 60  # characters a name may run on past its first space when written whole again
REPEAT_WINDOW = 6000  # characters either side where the other writings are looked for


def repeated_whole(text: str, ts: int, end: int, opens_head: Callable[[int], bool]) -> int:
    """``end`` carried on over single spaces, one Thai run at a time, while the longer form
    ``text[ts:…]`` is written whole (a whole run at its end) at least twice nearby, followed
    each time by other words: "โครงการราชทัณฑ์ปันสุข ทำความ ดี เพื่อชาติ ศาสน์ กษัตริย์",
    repeated through a release, is one name with spaces in it. A repeated headline is followed
    by the same words each time and proves nothing; a run opening with a stop word, a verb or a
    title (``meetings/boundaries.tsv``; เพื่อ, which names run through, aside) or another head
    ends the name as before."""
    lo, hi = max(0, ts - REPEAT_WINDOW), min(len(text), ts + REPEAT_WINDOW)
    best, followers, pos = end, 0, end
    for _ in range(8):
        m = _SPACED_RUN_RE.match(text, pos)
        if not m or m.end() - end > MAX_REPEATED or opens_head(m.start() + 1) or (
            _NUMBERED_NEXT_RE.match(text, m.end())
        ):
            break
        stop = boundaries().stop_at.match(text, m.start() + 1)
        if stop and stop.group() not in boundaries().linkers:
            break
        pos = m.end()
        count, after = _whole_writings(text, text[ts:pos], lo, hi)
        if count < 2:
            break
        best, followers = pos, after
    return best if followers >= 2 else end


def _whole_writings(text: str, name: str, lo: int, hi: int) -> tuple[int, int]:
    """How often ``name`` is written whole in ``text[lo:hi]`` (no Thai letter right after it),
    and how many different words follow those writings on their line."""
    count, followers = 0, set()
    i = text.find(name, lo, hi)
    while i >= 0:
        after = i + len(name)
        if not _RUN_RE.match(text, after):
            count += 1
            # Words on the same line: a headline repeated as the lead ends its line each time.
            follow = text[after : after + 12].lstrip(" ")
            if follow and not follow.startswith("\n"):
                followers.add(follow.split("\n", 1)[0][:6])
        i = text.find(name, after, hi)
    return count, len(followers)


def first_word(text: str, pos: int, limit: int) -> int:
    """End of the first dictionary word of the Thai run at ``pos`` when the stop word the scan
    saw there is only its start ("มา" of มารดา); else ``pos`` (ของ, ใน, ที่ stay stops)."""
    run = _RUN_RE.match(text, pos, limit)
    stop = boundaries().name.match(text, pos, limit)
    if not run or not stop:
        return pos
    tokens = dictionary_words(run.group()[:30])
    return pos + len(tokens[0]) if tokens and len(tokens[0]) > len(stop.group()) else pos


# A purpose word glued after a Latin name ("… เพื่อเกษตรกร") and the close of a quoted name.
_LATIN_TAIL_RE = re.compile(r"\s(?:เพื่อ|สำหรับ)(?P<w>[ก-๙]{2,12})(?=\s|$)")
_QUOTE_CLOSE_RE = re.compile(r"[^\"\n]{1,100}?\"")


def quoted_whole_end(text: str, ts: int, te: int, limit: int) -> int | None:
    """End of a quoted name that opens with its head ("“โครงการ…”"), before the closing quote."""
    if ts == 0 or text[ts - 1] != '"':
        return None
    close = _QUOTE_CLOSE_RE.match(text, te, limit)
    return close.end() - 1 if close and close.end() - 1 > te else None


def latin_tail_end(text: str, end: int, limit: int) -> int:
    """End of a Latin name carried on through the purpose word after it ("Smart Farmer
    เพื่อเกษตรกร"), unless that word opens a verb phrase or is a generic word."""
    tail = _LATIN_TAIL_RE.match(text, end, limit)
    if tail and not opens_with_verb(tail.group("w")) and not name_words().generic.match(
        tail.group("w")
    ):
        return tail.end()
    return end


__all__ = [
    "MAX_RUN_ON", "cut_clause", "first_word", "goes_on_after_space", "latin_tail_end",
    "quoted_whole_end", "repeated_whole", "run_on", "trim_tail",
]
