"""Clean stage: keep the article, drop page furniture, and never move an offset.

- HTML: trafilatura picks the article; each line it returns is found again in a text view of the
  HTML (tags out, entities decoded, with an offset map), so every character still maps to its
  place in the original markup.
- Plain text scraped from web pages: lines are dropped by general rules read from
  ``lexicons/boilerplate.tsv`` (view counters, comment forms, share bars, menus, "Most Popular",
  LINE/QR promotions, separator lines), plus a rule for trailing short Latin-script lines.

The result is a list of views stacked over the original input (see :mod:`thaiextract.view`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .lexicons import load
from .view import TextView, ViewBuilder

_LINE_RE = re.compile(r"[^\n]*(?:\n|$)")


@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    rules = []
    for row in load("text/boilerplate"):
        flags = re.IGNORECASE
        rules.append((re.compile(row["pattern"], flags), row["scope"], row["reason"]))
    return tuple(rules)


def _contains_form(pattern: str) -> str | None:
    """``X`` when ``pattern`` is ``.*(X).*`` with one group around the whole middle, else None.

    On a stripped line (no newline) fullmatching ``.*(X).*`` is the same as searching for ``X``,
    and a search is one scan instead of a scan per backtracking step.
    """
    if not (pattern.startswith(".*(") and pattern.endswith(").*")):
        return None
    depth, i, in_class = 0, 2, False
    while i < len(pattern) - 2:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and i != len(pattern) - 3:
                return None  # the first group closes early: not one group around the middle
        i += 1
    return pattern[3:-3] if depth == 0 else None


@lru_cache(maxsize=1)
def _boilerplate_screen() -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...],
                                   tuple[re.Pattern[str], ...], re.Pattern[str] | None] | None:
    """Fast, exact pre-test: can any rule match? Most lines are article text and fail it.

    - "line" rules are joined into one alternation (fullmatch of an alternation succeeds iff one
      alternative does), except the ``.*(X).*`` ones, which become searches for ``X``;
    - a lower-case ``X`` is searched case-sensitively in the lower-cased line: Python's regex
      engine skips to candidate first characters only without IGNORECASE, about 4x faster.
    The rule order (which reason wins) is left to :func:`boilerplate_reason`'s loop.
    """
    full, lowered, folded, short = [], [], [], []
    for pattern, scope, _ in _boilerplate_rules():
        inner = _contains_form(pattern.pattern) if scope == "line" else None
        if inner is not None:
            if inner == inner.lower():
                lowered.append(re.compile(inner))
            else:
                folded.append(re.compile(inner, re.IGNORECASE))
        elif scope == "line":
            full.append(pattern.pattern)
        elif scope == "short":
            short.append(pattern.pattern)

    def joined(patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        # Group numbers shift when joined: only safe without back-references.
        if any(re.search(r"\\\d|\(\?P=", p) for p in patterns):
            return None
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    full_re, short_re = joined(full), joined(short)
    if (full and full_re is None) or (short and short_re is None):
        return None  # back-references: no screen, every line goes through the rules
    return full_re, tuple(lowered), tuple(folded), short_re


_MAX_FORMS = 512


def _literal_forms(items: Any) -> list[str] | None:
    """Every string a parsed regex matches, when it is a finite set of literals (letters,
    alternatives, optional letters, small repeats); None otherwise."""
    from re import _constants as c

    forms = [""]
    for op, av in items:
        if op is c.LITERAL:
            options = [chr(av)]
        elif op is c.SUBPATTERN:
            options = _literal_forms(av[3])
        elif op is c.BRANCH:
            options = []
            for branch in av[1]:
                more = _literal_forms(branch)
                if more is None:
                    return None
                options += more
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 4:
            unit = _literal_forms(av[2])
            if unit is None:
                return None
            options = []
            for n in range(av[0], av[1] + 1):
                seqs = [""]
                for _ in range(n):
                    seqs = [a + b for a in seqs for b in unit]
                options += seqs
        elif op is c.IN and all(kind is c.LITERAL for kind, _ in av):
            options = [chr(v) for _, v in av]
        else:
            return None
        if options is None:
            return None
        forms = [a + b for a in forms for b in options]
        if len(forms) > _MAX_FORMS:
            return None
    return forms


@lru_cache(maxsize=1)
def _lowered_gate() -> Any:
    """An Aho-Corasick automaton of every string the lower-case screens can match, or None.

    Those screens search each stripped, lower-cased line; when they are finite sets of literals,
    one pass over the lower-cased document finds whether any line can match at all (a line's
    match is a match in the whole text), which is rarely the case (~1 document in 100).
    """
    screen = _boilerplate_screen()
    if screen is None or not screen[1]:
        return None
    from re import _parser

    forms: set[str] = set()
    for pattern in screen[1]:
        try:
            found = _literal_forms(_parser.parse(pattern.pattern, pattern.flags))
        except Exception:  # a private module: any surprise means no gate, not an error
            return None
        if found is None or "" in found:
            return None
        forms.update(found)
    import ahocorasick

    auto = ahocorasick.Automaton()
    for form in forms:
        auto.add_word(form, form)
    auto.make_automaton()
    return auto


def _lowered_may_match(text: str) -> bool:
    """False when no line of ``text`` can match a lower-case screen (see _lowered_gate)."""
    gate = _lowered_gate()
    return gate is None or next(gate.iter(text.lower()), None) is not None


def _may_be_boilerplate(stripped: str, lowered_possible: bool = True) -> bool:
    screen = _boilerplate_screen()
    if screen is None:
        return True
    full_re, lowered, folded, short_re = screen
    if full_re is not None and full_re.fullmatch(stripped):
        return True
    if short_re is not None and len(stripped) <= 160 and short_re.search(stripped):
        return True
    if lowered and lowered_possible:
        lower = stripped.lower()
        if any(p.search(lower) for p in lowered):
            return True
    return any(p.search(stripped) for p in folded)


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z&'’.:]*(?: [A-Za-z&'’.:]+){0,4}$")


def boilerplate_reason(line: str, lowered_possible: bool = True) -> str | None:
    """Why ``line`` is page furniture, or None when it may be article text.

    ``lowered_possible=False``: the document's lower-case screens found nothing (a speed-up
    only, see :func:`_lowered_may_match`).
    """
    stripped = line.strip()
    if not stripped or not _may_be_boilerplate(stripped, lowered_possible):
        return None
    for pattern, scope, reason in _boilerplate_rules():
        if (scope == "line" and pattern.fullmatch(stripped)) or (
            scope == "short" and len(stripped) <= 160 and pattern.search(stripped)
        ):
            # A metadata line that carries a date ("ข่าวภูมิภาค | 15 ม.ค. 2567 | อ่าน 1,234
            # ครั้ง") is where the article's own date stands: keep it.
            if reason in DATE_KEEPS and _dated_line().search(stripped):
                return None
            return reason
    return None


DATE_KEEPS = frozenset({"breadcrumb or menu", "view counter"})


@lru_cache(maxsize=1)
def _dated_line() -> re.Pattern[str]:
    """A day number before a Thai month name or abbreviation, or a numeric d/m/y date."""
    forms = sorted((row["form"] for row in load("dates/months") if not row["kind"].startswith("en")),
                   key=len, reverse=True)
    months = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"[0-9๐-๙]{{1,2}}\s*(?:{months})|[0-9๐-๙]{{1,2}}/[0-9๐-๙]{{1,2}}/[0-9๐-๙]{{2,4}}")


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(start, line with its newline)`` for every line of ``text``."""
    for match in _LINE_RE.finditer(text):
        if match.start() == len(text) and not match.group():
            break
        yield match.start(), match.group()


def clean_text_view(text: str) -> TextView:
    """Drop boilerplate lines from scraped text; the view maps back to ``text``."""
    lines = list(iter_lines(text))
    lowered_possible = _lowered_may_match(text)
    keep = [boilerplate_reason(line, lowered_possible) is None for _, line in lines]
    # Trailing page furniture: after the last line with Thai text, short Latin-only lines
    # ("Social Media", "Categories") are menus, not article text.
    last_thai = max((i for i, (_, line) in enumerate(lines) if _THAI.search(line) and keep[i]),
                    default=-1)
    for i in range(last_thai + 1, len(lines)):
        if _LATIN_WORDS.match(lines[i][1].strip()):
            keep[i] = False
    builder = ViewBuilder()
    for (start, line), kept in zip(lines, keep, strict=False):
        if kept:
            builder.copy(line, start)
    return builder.build()


# --- HTML ------------------------------------------------------------------------------------

_SKIP_BLOCK = re.compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)[^>]*>|<![^>]*>|<\?[^>]*>", re.DOTALL)
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"]
)


def html_text_view(markup: str) -> TextView:
    """The visible text of ``markup``: tags out, entities decoded, blocks on their own lines."""
    builder = ViewBuilder()
    pos = 0
    for match in re.finditer(f"{_SKIP_BLOCK.pattern}|{_TAG.pattern}", markup,
                             re.IGNORECASE | re.DOTALL):
        _add_text(builder, markup, pos, match.start())
        name = (match.group(2) or "").lower()
        builder.replace("\n" if name in _BLOCK_TAGS else "", match.start(), match.end())
        pos = match.end()
    _add_text(builder, markup, pos, len(markup))
    return builder.build()


def _add_text(builder: ViewBuilder, markup: str, start: int, end: int) -> None:
    pos = start
    for match in _ENTITY.finditer(markup, start, end):
        builder.copy(markup[pos : match.start()], pos)
        decoded = html.unescape(match.group())
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


def clean_html_views(markup: str) -> list[TextView]:
    """Two views over ``markup``: its visible text, then the article lines within it."""
    text_view = html_text_view(markup)
    lines = _article_lines(markup)
    if lines is None:
        return [text_view, clean_text_view(text_view.text)]
    spans = sorted(set(align_lines(text_view.text, lines)))
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
    return [text_view, article, clean_text_view(article.text)]


def clean_views(text: str, is_html: bool) -> list[TextView]:
    """The cleaning views for one document, outermost first."""
    if is_html:
        return clean_html_views(text)
    return [clean_text_view(text)]
