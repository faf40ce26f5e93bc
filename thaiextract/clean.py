"""Clean stage: keep the article, drop page furniture, and never move an offset.

- HTML: trafilatura picks the article; each line it returns is found again in a text view of the
  HTML (tags out, entities decoded, with an offset map), so every character still maps to its
  place in the original markup.
- Plain text scraped from web pages: short lines are dropped by general rules: whole-line patterns
  from ``lexicons/text/boilerplate.tsv`` (view counters, comment forms, share bars, menus, "Most
  Popular", separator lines), phrases from ``lexicons/text/boilerplate_phrases.tsv`` (copyright,
  LINE/QR promotions) when the line holds little else, and trailing short Latin-script lines.

Nothing here may lose article text silently: a line longer than :data:`MAX_FURNITURE_LINE` is
never dropped, and every dropped line is logged at DEBUG on the ``thaiextract.clean`` logger with
the rule that dropped it. Every pattern runs in linear time (tests/test_lexicon_regex.py).

The result is a list of views stacked over the original input (see :mod:`thaiextract.view`).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicons import load
from .view import TextView, ViewBuilder

LOG_NAME = "thaiextract.clean"


def _debug_log() -> Any:
    """The cleaner's logger if its DEBUG messages are wanted, else None. Only a program that sets
    logging up (``--verbose``, a library user) can want them, and it has imported ``logging``:
    a run that has not is not made to import it (≈3 ms of a cold start)."""
    logging = sys.modules.get("logging")
    if logging is None:
        return None
    log = logging.getLogger(LOG_NAME)
    return log if log.isEnabledFor(logging.DEBUG) else None

# Furniture lines are short; a longer line is article text (or a table row) and is always kept.
MAX_FURNITURE_LINE = 200
# A line with a furniture phrase is furniture only when at most this many letters stand outside
# the phrases: "© 2567 บริษัท ข่าวไทย จำกัด สงวนลิขสิทธิ์" (18 left) goes, a sentence that
# mentions a QR code stays.
PHRASE_LINE_REST = 30

# Lines end at "\n", "\r\n", a lone "\r", and the Unicode line/paragraph separators.
LINE_BREAKS = "\n\r\u2028\u2029\x85"
LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x85]*(?:\r\n|[\n\r\u2028\u2029\x85]|$)")


@dataclass(frozen=True, slots=True)
class Rule:
    """Why a line was dropped: the reason and the lexicon pattern or phrase that matched."""

    reason: str
    rule: str


@lru_cache(maxsize=1)
def line_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The whole-line patterns of ``text/boilerplate`` with their reasons, in file order."""
    return tuple((re.compile(row["pattern"], re.IGNORECASE), row["reason"])
                 for row in load("text/boilerplate"))


@lru_cache(maxsize=1)
def _line_screen() -> re.Pattern[str]:
    """All line rules in one alternation: a fullmatch of it succeeds iff one rule's does, so
    most lines (article text) are rejected in one call; the loop in :func:`furniture_rule` then
    finds which rule it was (the first in file order wins)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in line_rules()), re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrases() -> Any:
    """An Aho-Corasick automaton of the furniture phrases (lower case) → (phrase, reason)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for row in load("text/boilerplate_phrases"):
        phrase = row["phrase"].lower()
        auto.add_word(phrase, (phrase, row["reason"]))
    auto.make_automaton()
    return auto


def phrases_in(text: str) -> bool:
    """Whether any furniture phrase occurs in ``text`` (one pass; used once per document so that
    the per-line phrase test runs only where it can match)."""
    return next(_phrases().iter(text.lower()), None) is not None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha() or ("\u0e00" <= c <= "\u0e7f" and not c.isdigit()))


def _phrase_rule(stripped: str) -> Rule | None:
    """The phrase rule for a line that is mostly furniture phrases, else None."""
    lower = stripped.lower()
    covered = [False] * len(lower)
    first: tuple[str, str] | None = None
    for end, (phrase, reason) in _phrases().iter(lower):
        first = first or (phrase, reason)
        for i in range(end - len(phrase) + 1, end + 1):
            covered[i] = True
    if first is None:
        return None
    rest = "".join(c for c, inside in zip(lower, covered, strict=True) if not inside)
    if _letters(rest) > PHRASE_LINE_REST:
        return None
    return Rule(first[1], f"phrase {first[0]!r}")


def furniture_rule(line: str, phrases_possible: bool = True) -> Rule | None:
    """The rule by which ``line`` is page furniture, or None when it may be article text.

    ``phrases_possible=False``: the document holds no furniture phrase at all (a speed-up only,
    see :func:`phrases_in`).
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_FURNITURE_LINE:
        return None
    found: Rule | None = None
    if _line_screen().fullmatch(stripped):
        for pattern, reason in line_rules():
            if pattern.fullmatch(stripped):
                found = Rule(reason, pattern.pattern)
                break
    if found is None and phrases_possible:
        found = _phrase_rule(stripped)
    # A metadata line that carries a date ("ข่าวภูมิภาค | 15 ม.ค. 2567 | อ่าน 1,234 ครั้ง") is
    # where the article's own date stands: keep it.
    if found is not None and found.reason in DATE_KEEPS and _dated_line().search(stripped):
        return None
    return found


def boilerplate_reason(line: str, phrases_possible: bool = True) -> str | None:
    """Why ``line`` is page furniture (the rule's reason), or None when it may be article text."""
    rule = furniture_rule(line, phrases_possible)
    return rule.reason if rule else None


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z&'’.:]{0,40}(?: [A-Za-z&'’.:]{1,40}){0,4}")
TRAILING_LATIN = Rule("trailing short Latin-script line", _LATIN_WORDS.pattern)

DATE_KEEPS = frozenset({"breadcrumb or menu", "view counter"})


@lru_cache(maxsize=1)
def _dated_line() -> re.Pattern[str]:
    """A day number before a Thai month name or abbreviation, or a numeric d/m/y date."""
    forms = sorted((row["form"] for row in load("dates/months")
                    if not row["kind"].startswith("en")),
                   key=len, reverse=True)
    months = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"[0-9๐-๙]{{1,2}}\s{{0,3}}(?:{months})"
                      r"|[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/[0-9๐-๙]{2,4}")


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(start, line with its line break)`` for every line of ``text``."""
    for match in LINE_RE.finditer(text):
        if match.start() == len(text) and not match.group():
            break
        yield match.start(), match.group()


def compiled_patterns() -> list[re.Pattern[str]]:
    """Every pattern this module matches with, module constants and lexicon rules alike (for the
    linear-time test in tests/test_lexicon_regex.py)."""
    constants = [v for v in globals().values() if isinstance(v, re.Pattern)]
    return [*constants, *(p for p, _ in line_rules()), _line_screen(), _dated_line()]


def furniture_lines(text: str) -> list[Rule | None]:
    """For each line of ``text`` (as :func:`iter_lines` gives them), the rule that drops it."""
    return _line_rules_of(text, [line for _, line in iter_lines(text)])


def _line_rules_of(text: str, lines: list[str]) -> list[Rule | None]:
    possible = phrases_in(text)
    rules = [furniture_rule(line, possible) for line in lines]
    # Trailing page furniture: after the last line with Thai text, short Latin-only lines
    # ("Social Media", "Categories") are menus, not article text.
    last_thai = max((i for i, line in enumerate(lines) if rules[i] is None and _THAI.search(line)),
                    default=-1)
    for i in range(last_thai + 1, len(lines)):
        if rules[i] is None and _LATIN_WORDS.fullmatch(lines[i].strip()):
            rules[i] = TRAILING_LATIN
    return rules


def clean_text_view(text: str, source: str | None = None) -> TextView:
    """Drop furniture lines from scraped text; the view maps back to ``text``. ``source`` names
    the document in the DEBUG log of dropped lines."""
    lines = list(iter_lines(text))  # once: the rules and the view both walk them
    rules = _line_rules_of(text, [line for _, line in lines])
    if all(rule is None for rule in rules):
        # Nothing dropped (most plain articles): the lines joined are the text itself, one run
        # onto the same offsets, which is the identity view; no builder, no join.
        return TextView.identity(text)
    builder = ViewBuilder()
    log = _debug_log()
    for number, ((start, line), rule) in enumerate(zip(lines, rules, strict=True), start=1):
        if rule is None:
            builder.copy(line, start)
        elif log is not None:
            log.debug("%sdropped line %d %r: %s (%s)", f"{source}: " if source else "", number,
                      line.strip(), rule.reason, rule.rule)
    return builder.build()


# --- HTML ------------------------------------------------------------------------------------

_SKIP_BLOCK = re.compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
    re.IGNORECASE | re.DOTALL,
)
# The look-ahead ends the tag name where it ends: without it, "<aaaa…" with no ">" is split
# between the name and the attributes in every possible way (cubic time).
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)(?![A-Za-z0-9:-])[^>]*>|<![^>]*>|<\?[^>]*>",
                  re.DOTALL)
_MARKUP = re.compile(f"{_SKIP_BLOCK.pattern}|{_TAG.pattern}", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
     "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title",
     "tr", "ul"]
)


def html_text_view(markup: str) -> TextView:
    """The visible text of ``markup``: tags out, entities decoded, blocks on their own lines."""
    builder = ViewBuilder()
    pos = 0
    for match in _MARKUP.finditer(markup):
        _add_text(builder, markup, pos, match.start())
        name = (match.group(2) or "").lower()
        builder.replace("\n" if name in _BLOCK_TAGS else "", match.start(), match.end())
        pos = match.end()
    _add_text(builder, markup, pos, len(markup))
    return builder.build()


def _add_text(builder: ViewBuilder, markup: str, start: int, end: int) -> None:
    from html import unescape  # HTML input only: a text article never needs the module

    pos = start
    for match in _ENTITY.finditer(markup, start, end):
        builder.copy(markup[pos : match.start()], pos)
        decoded = unescape(match.group())
        builder.replace(decoded.replace("\xa0", " "), match.start(), match.end())
        pos = match.end()
    builder.copy(markup[pos:end], pos)


def _article_lines(markup: str) -> list[str] | None:
    import trafilatura  # heavy: imported only for HTML input

    extracted = trafilatura.extract(
        markup, include_comments=False, include_tables=True, favor_recall=True,
        deduplicate=False, output_format="txt",
    )
    if not extracted:
        return None
    return [line.strip() for line in extracted.splitlines() if line.strip()]


def html_published_date(markup: str) -> dt.date | None:
    """The publication date a page declares in its markup (``article:published_time``, JSON-LD
    ``datePublished``, ``<time>`` …), read by trafilatura's metadata extractor (htmldate); None
    when the page declares none. More reliable than any date in the text, so it wins over the
    dateline."""
    import trafilatura

    try:
        metadata = trafilatura.extract_metadata(markup)
    except Exception:  # a metadata quirk must not fail the document; the text still has dates
        return None
    if metadata is None or not metadata.date:
        return None
    try:
        return dt.date.fromisoformat(metadata.date[:10])
    except ValueError:
        return None


_SPACE = re.compile(r"\s+")


def align_lines(view_text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Find each extracted line in ``view_text`` in order, ignoring differences in white space."""
    compact_chars: list[str] = []
    compact_pos: list[int] = []
    for i, char in enumerate(view_text):
        if not char.isspace():
            compact_chars.append(char)
            compact_pos.append(i)
    compact = "".join(compact_chars)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for line in lines:
        needle = _SPACE.sub("", line)
        if not needle:
            continue
        found = compact.find(needle, cursor)
        if found < 0:
            found = compact.find(needle)  # trafilatura may reorder (title first)
            if found < 0:
                continue
        end = found + len(needle)
        spans.append((compact_pos[found], compact_pos[end - 1] + 1))
        cursor = max(cursor, end)
    return spans


_ISO_DAY = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
BYLINE_LINES, BYLINE_CHARS = 3, 80  # how close to the body, and how short, a byline is


def _byline_date(text: str, body_start: int) -> tuple[int, int] | None:
    """A short dated line among the few right before the article body ("Submitted on Mon,
    2019-01-21 13:49" in a ``span.submitted-by``): trafilatura drops it with the page furniture,
    but it is the byline the reader sees, and its date is one of the article's."""
    seen, end = 0, body_start
    while seen < BYLINE_LINES and end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line:
            seen += 1
            if len(line) <= BYLINE_CHARS and (_ISO_DAY.search(line) or _dated_line().search(line)):
                offset = text.index(line, start)
                return offset, offset + len(line)
        end = start
    return None


def clean_html_views(markup: str, source: str | None = None) -> list[TextView]:
    """Two views over ``markup``: its visible text, then the article lines within it."""
    text_view = html_text_view(markup)
    lines = _article_lines(markup)
    if lines is None:
        return [text_view, clean_text_view(text_view.text, source)]
    spans = sorted(set(align_lines(text_view.text, lines)))
    byline = _byline_date(text_view.text, spans[0][0]) if spans else None
    if byline is not None:
        spans.insert(0, byline)
    builder = ViewBuilder()
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue  # a repeated line (title echoed in the body) is kept once
        if builder.length:
            builder.replace("\n", start, start)
        builder.copy(text_view.text[start:end], start)
        last_end = end
    article = builder.build()
    # Lines trafilatura kept can still be furniture (a view counter): apply the text rules too.
    return [text_view, article, clean_text_view(article.text, source)]


def clean_views(text: str, is_html: bool, source: str | None = None) -> list[TextView]:
    """The cleaning views for one document, outermost first."""
    if is_html:
        return clean_html_views(text, source)
    return [clean_text_view(text, source)]
