"""Rich tables for people at a terminal: per document one table a kind of fact (documents), one
table of findings (check), or one table of query rows.

Cells wrap Thai only between words (:mod:`.cells`). ``sentences=True`` adds each fact's
sentence, so a claim can be checked where it stands; ``explain=True`` adds the ``rule`` and
``evidence`` of each fact when facts carry them. ``width`` fixes the table width (tests; a
terminal's own width otherwise).
"""

from __future__ import annotations

from typing import Any, TextIO

from ..model import KIND_BY_KEY
from . import as_dict

# kind → (title, [(column header, field)])
LAYOUT: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "dates": (KIND_BY_KEY["dates"].title, [("text", "text"), ("value", "value"),
                        ("end", "end_value"), ("era", "era"), ("time", "time"), ("note", "_note"),
                        ("at", "_at")]),
    "people": (KIND_BY_KEY["people"].title, [("name", "name"), ("title", "title"),
                          ("position", "position"), ("organization", "organization"),
                          ("mentions", "_mentions"), ("at", "_at")]),
    "organizations": (KIND_BY_KEY["organizations"].title, [("name", "name"),
                                        ("abbreviation", "abbreviation"),
                                        ("mentions", "_mentions"), ("at", "_at")]),
    "meetings": (KIND_BY_KEY["meetings"].title, [("name", "name"), ("ordinal", "ordinal"),
                              ("date", "date"), ("end", "end_date"), ("location", "location"),
                              ("online", "online"), ("at", "_at")]),
    "initiatives": (KIND_BY_KEY["initiatives"].title, [("name", "name"), ("kind", "kind"),
                                    ("launched", "launched"), ("at", "_at")]),
}
FINDING_COLUMNS = ("severity", "code", "text", "at", "message")
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
ROW_HIDDEN = ("sentence", "start", "end", "id")  # rows show their offsets as one "at" column
# When a table is wider than the terminal, these columns go first (in this order), before any
# cell would have to be cut inside a word, date or number.
DROP_FIRST = ("sentence", "text", "document_date", "distance_days", "id", "evidence", "rule",
              "mentions", "time", "era", "end", "online", "title", "abbreviation", "ordinal",
              "organization", "location", "launched", "kind", "note", "source")
EXTRAS = DROP_FIRST[:5]  # said elsewhere in the row, or seldom what a reader looks for


class Writer:
    def __init__(self, stream: TextIO, *, color: bool | None = None, shape: str = "documents",
                 title: str = "", width: int | None = None, sentences: bool = False,
                 explain: bool = False, **_: object) -> None:
        from rich.console import Console

        self.console = Console(file=stream, force_terminal=color, no_color=color is False,
                               highlight=False, soft_wrap=False, width=width)
        self.shape = shape
        self.title = title
        self.sentences = sentences
        self.explain = explain
        self.rows: list[dict[str, Any]] = []

    def write(self, record: Any) -> None:
        data = as_dict(record)
        if self.shape == "rows":
            self.rows.append(data)  # one table for all rows: columns sized together
        elif self.shape == "findings":
            self._findings(data)
        else:
            self._document(data)

    def close(self) -> None:
        if self.shape == "rows":
            self._rows()
        self.console.file.flush()

    def _header(self, data: dict[str, Any]) -> None:
        from rich.markup import escape

        header = f"[bold]{escape(data['source'])}[/bold]"
        if data.get("id"):
            header += f" #{escape(str(data['id']))}"
        header += f"  document date: {data['document_date'] or '—'}"
        self.console.rule(header)

    def _document(self, data: dict[str, Any]) -> None:
        self._header(data)
        empty = True
        for key, (title, columns) in LAYOUT.items():
            facts = data.get(key)
            if not facts:
                continue
            empty = False
            columns = list(columns)
            if self.explain and any(f.get("rule") or f.get("evidence") for f in facts):
                columns += [("rule", "rule"), ("evidence", "_evidence")]
            if self.sentences:
                columns.append(("sentence", "sentence"))
            rows = [[_cell(fact, field) for _, field in columns] for fact in facts]
            names = [name for name, _ in columns]
            # A fact's own text or name is what the table is about: it never goes.
            keep = ("text", "name", *("sentence",) * self.sentences)
            self.console.print(_table(f"{title} ({len(facts)})", names, rows,
                                      self.console.width, keep=keep))
        if empty:
            self.console.print("no facts found")

    def _findings(self, data: dict[str, Any]) -> None:
        from .cells import Cell

        self._header(data)
        if not data["findings"]:
            self.console.print("nothing found")
            return
        columns = [*FINDING_COLUMNS, "sentence"] if self.sentences else list(FINDING_COLUMNS)
        rows = []
        for f in data["findings"]:
            cells = [Cell(f["severity"], SEVERITY_STYLE.get(f["severity"], "")), Cell(f["code"]),
                     Cell(f["text"]), Cell(f"{f['start']}–{f['end']}"),
                     Cell(f"{f['message_en']}\n{f['message_th']}")]
            if self.sentences:
                cells.append(Cell(f.get("sentence") or ""))
            rows.append(cells)
        self.console.print(_table(f"Findings ({len(rows)})", columns, rows, self.console.width,
                                  keep=tuple(columns)))

    def _rows(self) -> None:
        from .cells import Cell

        if not self.rows:
            self.console.print("no rows")
            return
        columns = [k for k in self.rows[0] if k not in ROW_HIDDEN]
        if self.sentences:
            columns.append("sentence")
        rows = [[*(Cell("" if row.get(c) is None else str(row[c])) for c in columns),
                 Cell(f"{row['start']}–{row['end']}")] for row in self.rows]
        self.console.print(_table(f"{self.title} ({len(rows)})", [*columns, "at"], rows,
                                  self.console.width, keep=("sentence",) * self.sentences))


def _table(title: str, columns: list[str], rows: list[list[Any]], width: int,
           keep: tuple[str, ...] = ()) -> Any:
    """A table of ``rows`` that fits ``width``: the columns of ``DROP_FIRST`` are left out, in
    that order, while the table would be wider than ``width`` with every column at a readable
    width (``COMFORT`` cells, or less when its text is shorter); the columns in ``keep`` (asked
    for) always stay."""
    from rich.table import Table

    shown = list(range(len(columns)))
    empty = [name for i, name in enumerate(columns) if not any(r[i].text for r in rows)]
    # Columns with nothing in them and the extras go as soon as the table cannot show every
    # cell on one line; the others only when it cannot show them at a readable width.
    for names, at in (([*empty, *EXTRAS], 2), (DROP_FIRST, 1)):
        for name in names:
            if _need(shown, columns, rows, at) <= width:
                break
            i = columns.index(name) if name in columns else -1
            if i in shown and name not in keep and len(shown) > 2:
                shown.remove(i)
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    names = [columns[i] for i in shown]
    cells = [[r[i] for i in shown] for r in rows]
    widths = _widths(names, cells, width)
    for j, name in enumerate(names):
        table.add_column(name, width=widths[j] if widths else None)
    for row in cells:
        table.add_row(*row)
    return table


COMFORT = 12  # a short Thai name or post fits on one line of this many cells


def _limits(names: list[str], rows: list[list[Any]]) -> list[tuple[int, int, int]]:
    """Per column: the narrowest it can be uncut, a readable width, and its widest line."""
    from rich.cells import cell_len

    limits = []
    for j, name in enumerate(names):
        low = max([cell_len(name), *(r[j].min_width() for r in rows)])
        high = max([low, *(r[j].max_width() for r in rows)])
        limits.append((low, min(high, max(low, COMFORT)), high))
    return limits


def _need(shown: list[int], columns: list[str], rows: list[list[Any]], at: int) -> int:
    """The table's width with its columns at limit ``at`` (0 narrowest, 1 readable, 2 widest)."""
    limits = _limits([columns[i] for i in shown], [[r[i] for i in shown] for r in rows])
    return 3 * len(shown) + 1 + sum(lim[at] for lim in limits)


def _widths(names: list[str], rows: list[list[Any]], width: int) -> list[int] | None:
    """Column widths that fit ``width``: every column at least its widest unbreakable piece,
    then up to a readable width, then up to its widest line, the spare cells shared out. None
    when even the narrowest does not fit (rich then folds). Done here because rich shrinks the
    widest columns first, below what they can hold uncut (a date cut as "2022-0 / 1-27")."""
    limits = _limits(names, rows)
    widths = [low for low, _, _ in limits]
    spare = width - (3 * len(names) + 1) - sum(widths)
    if spare < 0:
        return None
    for target in (1, 2):  # first the readable width, then the widest line
        while spare > 0:
            wanting = [j for j, lim in enumerate(limits) if widths[j] < lim[target]]
            if not wanting:
                break
            share = max(1, spare // len(wanting))
            for j in wanting:
                grow = min(share, limits[j][target] - widths[j], spare)
                widths[j] += grow
                spare -= grow
    return widths


def _cell(fact: dict[str, Any], field: str) -> Any:
    from .cells import Cell

    if field == "_at":
        return Cell(f"{fact['start']}–{fact['end']}")
    if field == "_mentions":
        return Cell(str(len(fact.get("mentions") or [])))
    if field == "_note":
        return Cell(", ".join(_notes(fact)), "red" if _alarm(fact) else "")
    if field == "_evidence":
        evidence = fact.get("evidence")
        if isinstance(evidence, list | tuple):
            evidence = ", ".join(e.get("text", "") if isinstance(e, dict) else str(e)
                                 for e in evidence)
        elif isinstance(evidence, dict):
            evidence = ", ".join(f"{k}: {v}" for k, v in evidence.items())
        return Cell(str(evidence or ""))
    value = fact.get(field)
    if value is None:
        return Cell("")
    if isinstance(value, bool):
        return Cell("yes" if value else "no")
    return Cell(str(value))


def _alarm(fact: dict[str, Any]) -> bool:
    return fact.get("valid") is False or fact.get("weekday_matches") is False


def _notes(fact: dict[str, Any]) -> list[str]:
    notes = []
    if fact.get("valid") is False:
        notes.append("impossible date")
    if fact.get("weekday_matches") is False:
        notes.append("weekday mismatch")
    if fact.get("relative"):
        notes.append("relative")
    if fact.get("year_inferred"):
        notes.append("year inferred")
    return notes
