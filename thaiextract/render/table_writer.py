"""Rich tables for people at a terminal: one table a kind of fact, per document."""

from __future__ import annotations

from typing import Any, TextIO

from ..model import Document

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


class Writer:
    def __init__(self, stream: TextIO, *, color: bool | None = None, **_: object) -> None:
        from rich.console import Console

        self.console = Console(file=stream, force_terminal=color, no_color=color is False,
                               highlight=False, soft_wrap=False)

    def write(self, doc: Document) -> None:
        from rich.table import Table

        data = doc.to_dict()
        header = f"[bold]{data['source']}[/bold]"
        if data.get("id"):
            header += f" #{data['id']}"
        header += f"  document date: {data['document_date'] or '—'}"
        self.console.rule(header)
        empty = True
        for key, (title, columns) in LAYOUT.items():
            facts = data.get(key)
            if not facts:
                continue
            empty = False
            table = Table(title=f"{title} ({len(facts)})", title_justify="left",
                          show_lines=False, expand=False)
            for name, _ in columns:
                table.add_column(name, overflow="fold")
            for fact in facts:
                table.add_row(*(_cell(fact, field) for _, field in columns))
            self.console.print(table)
        if empty:
            self.console.print("no facts found")

    def close(self) -> None:
        pass


def _cell(fact: dict[str, Any], field: str) -> str:
    if field == "_at":
        return f"{fact['start']}–{fact['end']}"
    if field == "_mentions":
        return str(len(fact.get("mentions") or []))
    if field == "_note":
        notes = []
        if fact.get("valid") is False:
            notes.append("[red]impossible date[/red]")
        if fact.get("weekday_matches") is False:
            notes.append("[red]weekday mismatch[/red]")
        if fact.get("relative"):
            notes.append("relative")
        if fact.get("year_inferred"):
            notes.append("year inferred")
        return ", ".join(notes)
    from rich.markup import escape

    value = fact.get(field)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return escape(str(value))
