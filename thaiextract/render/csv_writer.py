"""CSV: one row a fact, with the document's source and the kind of fact in the first columns.

Columns are fixed (``COLUMNS``) so files from different runs line up; a field a kind does not have
is empty. Lists (mentions, participants) are joined with " | ". The initiative's own ``kind``
becomes the ``initiative_kind`` column, since ``kind`` names the kind of fact here.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from ..model import Document

COLUMNS = (
    "source", "id", "document_date", "kind", "text", "start", "end", "value", "end_value", "era",
    "granularity", "valid", "weekday", "weekday_matches", "time", "name", "title", "position",
    "position_expanded", "organization", "abbreviation", "ordinal", "date", "end_date",
    "location", "online", "participants", "english_name", "acronym", "initiative_kind",
    "launched", "owner", "mentions", "sentence",
)
SINGULAR = {"dates": "date", "people": "person", "meetings": "meeting",
            "initiatives": "initiative", "organizations": "organization"}


class Writer:
    def __init__(self, stream: TextIO, **_: object) -> None:
        self.stream = stream
        self.csv = csv.DictWriter(stream, fieldnames=COLUMNS, extrasaction="ignore")
        self.csv.writeheader()

    def write(self, doc: Document) -> None:
        data = doc.to_dict()
        for key, singular in SINGULAR.items():
            for fact in data.get(key) or []:
                row = {k: _cell(v) for k, v in fact.items()}
                if key == "initiatives":
                    row["initiative_kind"] = row.pop("kind", "")
                row.update(source=data["source"], id=data.get("id") or "",
                           document_date=data["document_date"] or "", kind=singular)
                self.csv.writerow(row)
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(v["text"] if isinstance(v, dict) else str(v) for v in value)
    return value
