"""The date patterns, compiled once from the lexicons in ``lexicons/dates/``.

Every word a pattern names (month forms, weekdays, era markers, relative words, labels,
connectors, cue words) comes from a lexicon; this module only says where each slot sits. The
patterns run on the normalised text (Thai digits already ASCII, dashes "-", odd spaces " ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...lexicons import load

THAI = "\u0e01-\u0e4e"  # Thai letters, vowels and marks (not Thai digits, folded to ASCII)
SP = "[ ]{0,2}"  # the normaliser has turned odd spaces into " "; dates never cross a line
# Separators around dates and labels on a header line.
HEADER_SEPS = r"[ \t|/•·,;()\[\]*:>-]*"


def key(form: str) -> str:
    """A month or marker form without dots and spaces: "มิ.ย ." → "มิย"."""
    return form.replace(" ", "").replace(".", "")


def dotted(form: str) -> str:
    """A dotted abbreviation, also matched without dots and with stray spaces around them."""
    parts = [p for p in form.split(".") if p]
    return r"(?:[ ]?\.[ ]?)?".join(re.escape(p) for p in parts) + r"(?:[ ]?\.)?"


def alternation(forms: list[str], dotted_forms: bool = False) -> str:
    """Longest form first, so that "ธันวาคม" wins over "ธันวา" and "เมื่อวานนี้" over "เมื่อวาน";
    dots do not count, as they are optional ("June" before "Jun.")."""
    ordered = sorted(
        set(forms), key=lambda f: (-len(f.replace(".", "") if dotted_forms else f), f))
    return "|".join(dotted(f) if dotted_forms and "." in f else re.escape(f) for f in ordered)


_GAP, _END = "\x00", "\x01"  # trie tokens of a dotted form: the dot inside it, the final dot
_TOKEN_RE = {_GAP: r"(?:[ ]?\.[ ]?)?", _END: r"(?:[ ]?\.)?"}  # as in dotted()


def _tokens(form: str, dotted_forms: bool) -> list[str]:
    if not dotted_forms or "." not in form:
        return list(form)
    out: list[str] = []
    for i, part in enumerate(p for p in form.split(".") if p):
        if i:
            out.append(_GAP)
        out += list(part)
    return [*out, _END]


def trie(words: list[str], dotted_forms: bool = False) -> str:
    """The alternation of ``words`` as a prefix tree: the same matches as the longest-first
    alternation (the text picks one path down the tree and the deepest word on it wins), but
    the engine tests one letter per branch instead of every word at every position. With
    ``dotted_forms``, dotted forms are matched as :func:`dotted` does; their optional dots are
    tried after every letter, so "March" wins over "Mar." read without its dot."""
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for char in _tokens(word, dotted_forms):
            node = node.setdefault(char, {})
        node[""] = {}

    def regex(node: dict[str, dict]) -> str:
        keys = sorted((c for c in node if c), key=lambda c: (c in _TOKEN_RE, c))
        alternatives = [(_TOKEN_RE.get(c) or re.escape(c)) + regex(node[c]) for c in keys]
        if "" in node:
            alternatives.append("")  # the word may end here: tried after every longer one
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return regex(root)


def cue_forms(role: str) -> list[str]:
    """The forms of ``lexicons/dates/cues.tsv`` with ``role``."""
    return [row["form"] for row in load("dates/cues") if row["role"] == role]


def word_rows(role: str) -> list[dict[str, str]]:
    """The rows of ``lexicons/dates/words.tsv`` with ``role``."""
    return [row for row in load("dates/words") if row["role"] == role]


def words(*roles: str) -> list[str]:
    """The forms of ``lexicons/dates/words.tsv`` with one of ``roles``."""
    return [row["form"] for role in roles for row in word_rows(role)]


def alt(*roles: str) -> str:
    """A non-capturing alternation of the words with ``roles``, longest first."""
    return f"(?:{alternation(words(*roles))})"


def any_case_words(role: str, whole: bool = False) -> str:
    """The words of ``role`` in any letter case; with ``whole``, a Latin word only as a whole
    word ("by", not "bypass"): a Thai word has no word boundary after it ("โดยทีมข่าว")."""
    forms = sorted(set(words(role)), key=lambda f: (-len(f), f))
    return "(?i:" + "|".join(
        re.escape(f) + (r"\b" if whole and f.isascii() and f[-1].isalpha() else "")
        for f in forms) + ")"


def modifiers_apart(modifiers: tuple[str, ...], words_: list[str]) -> bool:
    """True when no relative word can start inside a modifier (or where one starts) and no
    modifier is the start of another: then "modifier? word" can be found by scanning for the
    words alone and looking back for a modifier, which the regex engine does ~10x faster than a
    pattern opening with an optional group (it cannot skip ahead to a first character)."""
    for mod in modifiers:
        for offset in range(len(mod)):
            rest = mod[offset:]
            if any(w.startswith(rest) or rest.startswith(w) for w in words_):
                return False
        if any(other != mod and other.startswith(mod) for other in modifiers):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Tables:
    """The lexicons as lookups: what a matched form means."""

    months: dict[str, tuple[int, str]]  # key → (month, kind)
    weekdays: dict[str, tuple[int, str]]  # form → (index, full name)
    eras: dict[str, str]  # marker key → "BE"/"CE"
    relative: dict[str, tuple[str, int]]  # form → (unit, offset)
    relative_after_past: frozenset[str]  # "เมื่อ|สัปดาห์ที่ผ่านมา": a date only after เมื่อ
    modifiers: tuple[str, ...]  # longest first
    parts: dict[str, str]  # modifier → early/mid/late/end
    quarters: dict[str, int]  # "แรก" → 1
    weekday_cues: dict[str, str]  # "ที่ผ่านมา" → prev / next / coming
    count_units: dict[str, str]  # "สัปดาห์" → week
    past_endings: tuple[str, ...]  # "3 ปีที่ผ่านมา": a number before these makes a duration
    month_labels: tuple[str, ...]  # เดือน
    day_labels: tuple[str, ...]  # วันที่
    today: tuple[str, ...]  # วันนี้
    since: tuple[str, ...]  # ตั้งแต่
    lead_event_after: tuple[str, ...]  # ที่ผ่านมา
    quarter_words: tuple[str, ...]  # ไตรมาส
    event_word_ends: frozenset[str]  # the last letters of the event words
    past_year_words: frozenset[str]  # "เมื่อ 2518": a past cue that dates a bare year
    not_event_words: frozenset[str]  # "ศาลรัฐธรรมนูญ", "ล้านยูโร": longer forms naming no event
    history_words: frozenset[str]  # "รัฐธรรมนูญ 2560", "รัฐประหาร 2549": a year of history
    no_date_years: frozenset[str]  # ปีงบประมาณ, ปีการผลิต: years that are no calendar year
    # "เมื่อวาน|วันที่ …": (word after, ending the relative word must have, "" for any)
    relative_blockers: tuple[tuple[str, str], ...]


@cache
def tables() -> Tables:
    relative = {r["form"]: (r["unit"], int(r["offset"])) for r in load("dates/relative")}
    return Tables(
        # Keyed by the form without dots and spaces, and as the lexicon writes it (the usual
        # case, found without making the key).
        months={k: (int(r["month"]), r["kind"]) for r in load("dates/months")
                for k in (key(r["form"]), r["form"])},
        weekdays={r["form"]: (int(r["weekday"]), r["name"]) for r in load("dates/weekdays")},
        eras={key(r["form"]): r["era"] for r in load("dates/eras") if r["era"] in ("BE", "CE")},
        relative=relative,
        relative_after_past=frozenset(r["form"] for r in load("dates/relative")
                                      if r["cue"] == "past"),
        modifiers=tuple(sorted(set(cue_forms("modifier")), key=lambda f: (-len(f), f))),
        parts={r["form"]: r["part"] for r in load("dates/cues") if r["role"] == "modifier"},
        quarters={r["form"]: int(r["quarter"]) for r in load("dates/quarters")},
        weekday_cues={r["form"]: r["value"] for r in word_rows("weekday_cue")},
        count_units={r["form"]: r["value"] for r in word_rows("count_unit")},
        past_endings=tuple(r["form"] for r in word_rows("weekday_cue") if r["value"] == "prev"),
        month_labels=tuple(words("month_label")),
        day_labels=tuple(words("day_label")),
        today=tuple(words("today")),
        since=tuple(words("since")),
        lead_event_after=tuple(words("lead_event_after")),
        quarter_words=tuple(words("quarter_word")),
        event_word_ends=frozenset(r["form"][-1] for r in load("dates/event_years")),
        past_year_words=frozenset(r["form"] for r in load("dates/event_years")
                                  if r["kind"] == "past"),
        not_event_words=frozenset(r["form"] for r in load("dates/event_years")
                                  if r["kind"] == "not"),
        history_words=frozenset(r["form"] for r in load("dates/event_years")
                                if r["kind"] == "history"),
        no_date_years=frozenset(r["form"] for r in load("dates/eras") if r["era"] == "none"),
        relative_blockers=tuple((r["form"], r["value"]) for r in word_rows("relative_blocker")),
    )


@dataclass(frozen=True, slots=True)
class Patterns:
    """Every compiled date pattern. Built once (:func:`patterns`), when dates are first found."""

    month: re.Pattern[str]
    year_slot: re.Pattern[str]
    year_only: re.Pattern[str]
    year_hint: re.Pattern[str]  # where year_only may start: a cue or an era marker
    year_list: re.Pattern[str]  # "ปี 2535 และ 2540": a later 4-digit year of a list
    event_before: re.Pattern[str]  # "รัฐประหาร |2549", "ฤดูกาล |2023/24": a year names an event
    title_before: re.Pattern[str]  # "แชมป์|ฟุตบอลโลก 2018": a title won in that edition
    bare_year_range: re.Pattern[str]  # "(2567 – 2570)": two years joined, no cue needed
    not_year_before: re.Pattern[str]  # "มอก. |2540-2548": a number, not years
    no_date_year_before: re.Pattern[str]  # "ปีงบประมาณ พ.ศ. |2564 – 2565": fiscal years
    relative_word: re.Pattern[str]
    # The relative words alone, when no modifier can overlap a word (see
    # :func:`find.relative_matches`); None otherwise.
    relative_only: re.Pattern[str] | None
    counted: re.Pattern[str]  # "3 วันที่แล้ว"
    since_year_start: re.Pattern[str]  # "ตั้งแต่|ต้นปี": this year, from its start
    count_range_before: re.Pattern[str]  # "3-|4 ปีที่แล้ว": a fuzzy span of time
    weekday_word: re.Pattern[str]
    day_before: re.Pattern[str]
    dayrange_before: re.Pattern[str]
    daylist_before: re.Pattern[str]
    weekday_before: re.Pattern[str]
    duean_before: re.Pattern[str]
    connector: re.Pattern[str]  # between the ends of a range
    month_list: re.Pattern[str]  # "มกราคม|และ|กุมภาพันธ์ 2566"
    weekday_paren: re.Pattern[str]  # "(ศุกร์ 3 พ.ย.)": a weekday without วัน, in brackets
    recurring_after: re.Pattern[str]  # "1 พฤษภาคม|ของทุกปี": every year, no date
    day_only: re.Pattern[str]  # "วันที่ 26-27 นี้": days of the article's month
    dateline_place: re.Pattern[str]  # "10 ตุลาคม 2568 |ที่ทำเนียบรัฐบาล"
    paren_open: re.Pattern[str]
    apposition: re.Pattern[str]  # "วันนี้ |28 มิ.ย. 61": a day word, then the date it names
    not_year_after: re.Pattern[str]
    not_date_before: re.Pattern[str]
    span_before: re.Pattern[str]  # "ในรอบ|ปีที่ผ่านมา": a span of time up to now, not a date
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    future_after: re.Pattern[str]
    quarter: re.Pattern[str]
    quarter_hint: re.Pattern[str]  # where a quarter may start
    time: re.Pattern[str]
    time_lead: re.Pattern[str]
    header_gap: re.Pattern[str]  # what may come before a date on a header line
    header_time: re.Pattern[str]
    header_tail: re.Pattern[str]
    # "(วันนี้) 12 มิ.ย. 2563", "วันนี้ (12 มิ.ย. 2563", "วันนี้ 28 มิ.ย. 61"
    today_before: re.Pattern[str]
    weekday_paren_before: re.Pattern[str]  # "วันจันทร์ (9 มี.ค."
    lead_future: re.Pattern[str]
    # "วานนี้ (12 เม.ย. 61)", "พรุ่งนี้ (13 ก.ค.)": a day word the written day is said to be
    said_day_before: re.Pattern[str]


def _event_words() -> str:
    """The event words of ``event_years.tsv``; a Latin one only as a whole word."""
    forms = sorted({r["form"] for r in load("dates/event_years")}, key=lambda f: (-len(f), f))
    return "|".join(("(?<![A-Za-z])" if f[0].isascii() else "") + re.escape(f) for f in forms)


def _year_patterns() -> dict[str, re.Pattern[str]]:
    eras = load("dates/eras")
    marker = alternation([r["form"] for r in eras if r["era"] in ("BE", "CE")],
                         dotted_forms=True)
    # "พศ" without any dot is matched too (the dotted pattern makes the dots optional).
    cue = alternation([r["form"] for r in eras if r["era"] == "cue"])
    # year_only also finds the years that are no calendar year ("ปีงบประมาณ 2564"), so that
    # they are taken out whole, era marker and all (years.years drops them).
    any_cue = alternation([r["form"] for r in eras if r["era"] in ("cue", "none")])
    rel_years = alternation([f for f, (unit, _) in tables().relative.items() if unit == "year"])
    year = r"(?P<y>\d{2,4})(?!\d)(?![.,:/]\d)"
    ylabel, conn = alt("year_label"), alt("range_connector")
    return {
        "year_slot": re.compile(
            rf"{SP}(?:(?P<rel>{rel_years})"
            rf"|(?:(?P<cue>{cue}){SP})?(?:(?P<marker>{marker}){SP})?{year})"
        ),
        "year_only": re.compile(
            rf"(?:(?P<cue>{any_cue}){SP}(?:(?P<marker>{marker}){SP})?|(?P<marker2>{marker}){SP})"
            r"(?P<y>\d{2,4})(?!\d)(?![.,:]\d)(?:/(?P<y3>\d{2,4})(?!\d))?(?![.,:/]\d)"
            rf"(?:{SP}{conn}{SP}(?:{ylabel}{SP})?(?:(?:{marker}){SP})?"
            r"(?P<y2>\d{2,4})(?!\d)(?![.,:/]\d))?"
        ),
        # The alternatives one after another, no group around them: each opens with a letter,
        # so the engine skips to those letters (year_only, opening with groups, cannot).
        "year_hint": re.compile(f"{any_cue}|{marker}"),
        "event_before": re.compile(rf"(?P<cue>{_event_words()}){SP}\Z"),
        # Each excluded word its own look-behind, as look-behinds need a fixed width.
        "title_before": re.compile(
            "".join(f"(?<!{re.escape(w)})" for w in words("title_not_after"))
            + rf"(?:{alt('title_holder')}){SP}\Z"),
        "bare_year_range": re.compile(
            rf"\d{{4}}{SP}(?P<conn>{alternation(words('range_connector'))}){SP}(?P<y2>\d{{4}})"
            rf"(?!\d)(?![.,:/]\d)(?![ ]?[A-Za-z])"
        ),
        "not_year_before": re.compile(rf"{alt('not_year_before')}{SP}\Z"),
        "no_date_year_before": re.compile(
            rf"(?:{alternation([r['form'] for r in eras if r['era'] == 'none'])}){SP}"
            rf"(?:(?:{marker}){SP})?\Z"),
        "year_list": re.compile(
            rf"{SP}(?P<cue>{alternation(words('list_connector', 'year_list_connector'))})"
            rf"{SP}(?:{ylabel}{SP})?"
            r"(?P<y>\d{4})(?!\d)(?![.,:/]\d)"
        ),
        "quarter_hint": re.compile(f"{alternation(words('quarter_word'))}|Q"),
        "quarter": re.compile(
            rf"(?:(?P<word>{alternation(words('quarter_word'))}){SP}(?:{alt('ordinal')}{SP})?"
            rf"(?P<q>{alternation([r['form'] for r in load('dates/quarters')])})"
            rf"|(?<![A-Za-z])Q(?P<q2>[1-4]))(?!\d)"
            rf"(?:(?P<slash>{SP}/{SP})|{SP}(?:{alt('quarter_of')}{SP})?"
            rf"(?:(?P<fy>{alternation(words('fiscal_year'))})"
            rf"|(?P<cue>{alternation(words('year_label'))}))?{SP}"
            rf"(?:(?P<marker>{marker}){SP})?)"
            rf"(?:(?P<rel>{rel_years})|(?P<y>\d{{2,4}})(?!\d)(?![.,:/]\d))"
        ),
    }


def _month_patterns() -> dict[str, re.Pattern[str]]:
    t = tables()
    wd = alternation(list(t.weekdays))
    modifier = alternation(cue_forms("modifier"))
    conn, day_label = alt("range_connector"), alt("day_label")
    wd_prefix = alt("weekday_prefix")
    cues = alternation(list(t.weekday_cues))
    return {
        "month": re.compile(trie([r["form"] for r in load("dates/months")], dotted_forms=True)),
        "weekday_word": re.compile(rf"{wd_prefix}(?P<wd>{wd})(?:{SP}(?P<cue>{cues}))?"),
        "day_before": re.compile(
            rf"(?<![\d.,/:])(?<![A-Za-z]-)(?P<d>\d{{1,4}})(?:st|nd|rd|th)?(?:{SP}|-)"
            rf"(?:{alt('month_label')}{SP})?\Z"
        ),
        "dayrange_before": re.compile(
            rf"(?<![\d.,/:])(?P<d>\d{{1,2}}){SP}{conn}{SP}(?:{day_label}{SP})?\Z"
        ),
        "daylist_before": re.compile(
            rf"(?<![\d.,/:])(?P<d>\d{{1,2}}){SP}{alt('list_connector')}{SP}(?:{day_label}{SP})?\Z"
        ),
        # Scraped pages pad "วันอาทิตย์ที่   17 พ.ย." with runs of spaces (Khobsanam): up to
        # four before the day.
        "weekday_before": re.compile(
            rf"{wd_prefix}(?P<wd>{wd}){SP}(?:{alt('ordinal', 'day_label')})?[ ]{{0,4}}\Z"),
        "duean_before": re.compile(rf"(?:{modifier})?{alt('month_label')}{SP}\Z"),
        "weekday_paren_before": re.compile(
            rf"{wd_prefix}(?:{wd}){SP}\({SP}(?:{day_label}{SP})?\Z"),
        "connector": re.compile(rf"{SP}{conn}{SP}(?:{day_label}{SP})?"),
        "month_list": re.compile(
            rf"{SP}{alt('list_connector')}{SP}(?:{alt('month_label')}{SP})?"),
        "weekday_paren": re.compile(
            rf"(?<=\(){SP}(?P<wd>{wd}){SP}(?:{alt('ordinal', 'day_label')})?{SP}\Z"),
        "recurring_after": re.compile(rf"{SP}{alt('recurring_after')}"),
        # "ในวันที่ 15 นี้", "วันที่ 26-27 นี้", "เมื่อวันที่ 3 ที่ผ่านมา": a day with its label
        # before it and a tense cue right after it is a day of the article's month (or of the
        # month before or after); a day alone ("ในวันที่ 7") is not.
        "day_only": re.compile(
            rf"{day_label}{SP}(?P<d>\d{{1,2}})(?!\d)(?:{SP}{conn}{SP}(?P<d2>\d{{1,2}})(?!\d))?"
            rf"(?={SP}(?:{alternation(cue_forms('past_after') + cue_forms('future_after'))}))"
        ),
        "dateline_place": re.compile(rf"{SP}{alt('dateline_after')}"),
        "paren_open": re.compile(rf"{SP}\({SP}(?:{day_label}{SP})?"),
        "apposition": re.compile(rf"{SP}(?:{day_label}{SP})?"),
    }


def _relative_patterns() -> dict[str, re.Pattern[str] | None]:
    t = tables()
    relative = list(t.relative)
    modifier = alternation(cue_forms("modifier"))
    ago = "|".join(re.escape(r["form"]) + (f"(?![{THAI}])" if r["value"] == "alone" else "")
                   for r in sorted(word_rows("count_ago"), key=lambda r: (-len(r["form"]),
                                                                         r["form"])))
    early = [mod for mod in t.modifiers if t.parts[mod] == "early"]
    # What may follow ปี in a longer year word: ปีนี้, ปีงบประมาณ, ปี พ.ศ. …
    year_words = [f for f, (unit, _) in t.relative.items() if unit == "year"] + [
        r["form"] for r in load("dates/eras") if r["era"] in ("cue", "none")]
    after_year = [f[2:] for f in year_words if f.startswith("ปี") and len(f) > 2] + [
        r["form"] for r in load("dates/eras") if r["era"] in ("BE", "CE")] + ["พ.ศ", "ค.ศ"]
    return {
        "relative_word": re.compile(rf"(?P<mod>{modifier})?(?P<word>{alternation(relative)})"),
        "relative_only": (re.compile(trie(relative))
                          if modifiers_apart(t.modifiers, relative) else None),
        # "ตั้งแต่ต้นปี" not followed by what would make it another date or no calendar year
        # ("ต้นปี 2566", "ต้นปีนี้", "ต้นปีงบประมาณ"): those are read by their own patterns.
        "since_year_start": re.compile(
            rf"(?:{alt('since')}){SP}(?P<mod>{alternation(early)})(?P<word>{alt('year_label')})"
            rf"(?!{SP}\d|{alternation(after_year)})"
        ),
        "counted": re.compile(
            rf"(?P<n>\d(?<![\d.,]\d)\d{{0,2}}){SP}(?P<unit>{alternation(list(t.count_units))})"
            rf"{SP}(?P<ago>{ago})"
        ),
        "count_range_before": re.compile(rf"\d{SP}{alt('count_range_connector')}{SP}\Z"),
        # A count word names a count, except with a letter after it: "คัพ 2020 กลุ่ม A" is the
        # cup's group A, not 2020 groups.
        "not_year_after": re.compile(
            rf"{SP}(?:(?:{alternation([r['word'] for r in load('dates/not_year_after')])})"
            rf"(?![{THAI}])(?![ ]?[A-Z](?![A-Za-z]))|{alt('multiplier')})"
        ),
        "not_date_before": re.compile(
            rf"(?:{alternation(cue_forms('not_date_before'))}|\d{SP})\Z"),
        "span_before": re.compile(rf"(?:{alternation(cue_forms('span_before'))}){SP}\Z"),
        # "เมื่อ|วันที่ …", "เมื่อช่วงดึกของวันที่ …", "เมื่อเวลา 10.00 น. วันที่ …"
        "past_before": re.compile(
            rf"(?P<cue>{alternation(cue_forms('past_before'))})"
            rf"(?:{alt('clock_word')}(?:{alt('clock_about')})?{SP}\d{{1,2}}[.:]\d{{2}}"
            rf"(?:{SP}-{SP}\d{{1,2}}[.:]\d{{2}})?{SP}(?:{alt('clock_suffix')})?{SP}"
            rf"(?:{alt('quarter_of')}{SP})?)?"
            rf"(?:{alternation(words('past_period'))})?"
            rf"(?:{alternation(words('day_part'))}(?:{SP}{alt('quarter_of')})?)?"
            rf"(?:{modifier})?{SP}(?:{alternation(words('past_unit'))})?{SP}\Z"
        ),
        "past_after": re.compile(rf"{SP}(?P<cue>{alternation(cue_forms('past_after'))})"),
        "future_after": re.compile(rf"{SP}(?P<cue>{alternation(cue_forms('future_after'))})"),
    }


def _text_patterns() -> dict[str, re.Pattern[str]]:
    """Clock times, header lines and the lead."""
    clock, suffix, tconn = alt("clock_word"), alt("clock_suffix"), alt("time_connector")
    day_label = alt("day_label")
    said_days = [f for f, (unit, n) in tables().relative.items() if unit == "day" and n]
    labels = (
        rf"(?:(?P<pub>(?i:{alternation(cue_forms('header_label'))}))"
        rf"|(?P<upd>(?i:{alternation(cue_forms('update_label'))}))){SP}:?{SP}"
    )
    # A weekday before a header date, in Thai without วัน or in English ("จันทร์ 2 ตุลาคม
    # 2566", "Monday, October 2, 2023", "Mon, 2019-01-21"): the date's own weekday.
    english = {r["en"] for r in load("dates/weekdays")}
    english_days = alternation(sorted(english | {e[:3] for e in english}))
    weekday = (rf"(?:(?:{alt('weekday_prefix')})?(?:{alternation(list(tables().weekdays))})"
               rf"(?:{alt('ordinal')})?|(?i:{english_days})"
               rf"\.?)[ ,]*")
    return {
        "time": re.compile(
            rf"(?:(?P<lead>{clock}){SP})?(?<![\d.:])(?P<h1>[01]?\d|2[0-4])[.:](?P<m1>[0-5]\d)(?!\d)"
            rf"(?P<n1>{SP}{suffix})?"
            rf"(?:{SP}{tconn}{SP}(?:{clock}{SP})?(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d)(?!\d)"
            rf"(?P<n2>{SP}{suffix})?)?"
        ),
        "time_lead": re.compile(rf"{clock}{SP}\Z"),
        # Separators, then a label (publication or update) and its colon. English labels in
        # any case ("PUBLISHED"); (?i:) keeps the rest exact.
        "header_gap": re.compile(
            rf"{HEADER_SEPS}(?:{labels}(?:{any_case_words('header_on')}{SP})?)?"
            rf"(?:{weekday})?(?:{day_label}{SP})?"
        ),
        # A clock time after a date ("14:25", "| 10:30 น.", "- 10:30", "at 10:30 am").
        "header_time": re.compile(
            # "2023-10-02T14:05:00+07:00": an ISO timestamp's time and zone, glued to its date
            r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
            rf"|{HEADER_SEPS}(?:{any_case_words('header_clock_word')}{SP})?"
            rf"\d{{1,2}}[.:]\d{{2}}(?::\d{{2}})?(?:{SP}(?:{suffix}|[AaPp]\.?[Mm]\.?))?"
        ),
        # After the last date of a header line: separators, or a "|" / โดย / By and anything
        # after it (author, views: "12 มิ.ย. 2563 | โดย ทีมข่าว | อ่าน 1,234 ครั้ง").
        "header_tail": re.compile(
            rf"{HEADER_SEPS}|[ \t,]*(?:[|•·]|{any_case_words('byline', whole=True)})[^\n]*"),
        "today_before": re.compile(
            rf"{alt('today')}{SP}[()]?{SP}(?:{day_label}{SP})?\Z"),
        # "เมื่อวานนี้ (26 มี.ค.2561)": the day before the day of writing (not วันนี้: above)
        "said_day_before": re.compile(
            rf"(?P<word>{alternation(said_days)}){SP}[()]?{SP}(?:{day_label}{SP})?\Z"),
        # "วันที่ 10 พ.ค.2561 เวลา 20.00 น. เป็นต้นไป": a clock may stand between
        "lead_future": re.compile(
            rf"\s*(?:{clock}{SP}\d{{1,2}}[.:]\d{{2}}{SP}(?:{suffix})?\s*)?"
            rf"{alt('lead_future')}"),
    }


@cache
def patterns() -> Patterns:
    """The compiled patterns (built on first use: a run without dates never builds them)."""
    return Patterns(**_year_patterns(), **_month_patterns(), **_relative_patterns(),
                    **_text_patterns())
