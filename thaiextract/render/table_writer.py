"""Rich tables for people at a terminal: per document one table a kind of fact (documents), one
table of findings (check), or one table of query rows.

Cells wrap Thai only between words (:mod:`.cells`). ``sentences=True`` adds each fact's
sentence, so a claim can be checked where it stands; ``explain=True`` adds the ``rule`` and
``evidence`` of each fact when facts carry them. ``width`` fixes the table width (tests; a
terminal's own width otherwise).
"""

from __future__ import annotations

from typing import Any, TextIO

from . import as_dict

# kind → (title, [(column header, field)])
LAYOUT: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "dates": ("Dates", [("text", "text"), ("value", "value"), ("end", "end_value"),
                        ("era", "era"), ("time", "time"), ("note", "_note"), ("at", "_at")]),
    "people": ("People", [("name", "name"), ("title", "title"), ("position", "position"),
                          ("organization", "organization"), ("mentions", "_mentions"),
                          ("at", "_at")]),
    "organizations": ("Organizations", [("name", "name"), ("abbreviation", "abbreviation"),
                                        ("mentions", "_mentions"), ("at", "_at")]),
    "meetings": ("Meetings", [("name", "name"), ("ordinal", "ordinal"), ("date", "date"),
                              ("end", "end_date"), ("location", "location"),
                              ("online", "online"), ("at", "_at")]),
    "initiatives": ("Initiatives", [("name", "name"), ("kind", "kind"),
                                    ("launched", "launched"), ("at", "_at")]),
}
FINDING_COLUMNS = ("severity", "code", "text", "at", "message")
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}
ROW_HIDDEN = ("sentence", "start", "end", "id")  # rows show their offsets as one "at" column
NARROW = 100  # below this many columns, query tables leave out the least useful columns


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
            table = _table(f"{title} ({len(facts)})", [name for name, _ in columns])
            for fact in facts:
                table.add_row(*(_cell(fact, field) for _, field in columns))
            self.console.print(table)
        if empty:
            self.console.print("no facts found")

    def _findings(self, data: dict[str, Any]) -> None:
        from .cells import Cell

        self._header(data)
        if not data["findings"]:
            self.console.print("nothing found")
            return
        columns = [*FINDING_COLUMNS, "sentence"] if self.sentences else list(FINDING_COLUMNS)
        table = _table(f"Findings ({len(data['findings'])})", columns)
        for f in data["findings"]:
            cells = [Cell(f["severity"], SEVERITY_STYLE.get(f["severity"], "")), Cell(f["code"]),
                     Cell(f["text"]), Cell(f"{f['start']}–{f['end']}"),
                     Cell(f"{f['message_en']}\n{f['message_th']}")]
            if self.sentences:
                cells.append(Cell(f.get("sentence") or ""))
            table.add_row(*cells)
        self.console.print(table)

    def _rows(self) -> None:
        from .cells import Cell

        if not self.rows:
            self.console.print("no rows")
            return
        columns = [k for k in self.rows[0] if k not in ROW_HIDDEN]
        if self.sentences or self.console.width >= NARROW * 2:
            columns.append("sentence")
        table = _table(f"{self.title} ({len(self.rows)})", [*columns, "at"])
        for row in self.rows:
            table.add_row(*(Cell("" if row.get(c) is None else str(row[c])) for c in columns),
                          Cell(f"{row['start']}–{row['end']}"))
        self.console.print(table)


def _table(title: str, columns: list[str]) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for name in columns:
        table.add_column(name)
    return table


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
