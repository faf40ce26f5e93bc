"""CSV and TSV: one row a fact (documents), a finding (check) or a query row.

Columns are fixed for documents and findings (``COLUMNS``, ``FINDING_COLUMNS``) so files from
different runs line up; a field a kind does not have is empty. Lists (mentions, participants) are
joined with " | ". The initiative's own ``kind`` becomes the ``initiative_kind`` column, since
``kind`` names the kind of fact here. Query rows take their columns from the first row (or, when
there is none, from ``columns``: a file of no rows still has its header).
``bom=True`` starts the file with a UTF-8 byte order mark: Excel reads Thai as cp874 without it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from ..model import KINDS
from . import as_dict

COLUMNS = (
    "source", "id", "document_date", "kind", "text", "start", "end", "value", "end_value", "era",
    "granularity", "valid", "weekday", "weekday_matches", "time", "name", "title", "position",
    "position_expanded", "organization", "abbreviation", "ordinal", "date", "end_date",
    "location", "online", "participants", "english_name", "acronym", "initiative_kind",
    "launched", "owner", "mentions", "sentence",
)
FINDING_COLUMNS = ("source", "id", "document_date", "code", "severity", "text", "start", "end",
                   "message_en", "message_th", "spans", "sentence")
SINGULAR = {k.key: k.singular for k in KINDS}
BOM = "\ufeff"


class Writer:
    def __init__(self, stream: TextIO, *, shape: str = "documents", delimiter: str = ",",
                 bom: bool = False, columns: tuple[str, ...] = (), **_: object) -> None:
        self.stream = stream
        self.shape = shape
        self.delimiter = delimiter
        self.columns = columns  # rows: the header to write when there is no row
        if bom:
            stream.write(BOM)
        self.csv: csv.DictWriter[str] | None = None
        if shape != "rows":
            self._start(COLUMNS if shape == "documents" else FINDING_COLUMNS)

    def _start(self, columns: tuple[str, ...]) -> None:
        self.csv = csv.DictWriter(self.stream, fieldnames=columns, extrasaction="ignore",
                                  delimiter=self.delimiter)
        self.csv.writeheader()

    def write(self, record: Any) -> None:
        data = as_dict(record)
        rows = (document_rows(data) if self.shape == "documents"
                else finding_rows(data) if self.shape == "findings" else [data])
        for row in rows:
            if self.csv is None:
                self._start(tuple(row))
            assert self.csv is not None
            self.csv.writerow({k: _cell(v) for k, v in row.items()})
        self.stream.flush()

    def close(self) -> None:
        if self.csv is None and self.columns:
            self._start(self.columns)  # no rows: still a header, so the file reads as a table
        self.stream.flush()


def document_rows(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key, singular in SINGULAR.items():
        for fact in data.get(key) or []:
            row = dict(fact)
            if key == "initiatives":
                row["initiative_kind"] = row.pop("kind", "")
            row.update(source=data["source"], id=data.get("id") or "",
                       document_date=data["document_date"] or "", kind=singular)
            yield row


def finding_rows(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for finding in data["findings"]:
        row = dict(finding, source=data["source"], id=data.get("id") or "",
                   document_date=data["document_date"] or "")
        row["spans"] = " | ".join(f"{s['text']}@{s['start']}-{s['end']}"
                                  for s in finding.get("spans") or [])
        yield row


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(v["text"] if isinstance(v, dict) else str(v) for v in value)
    return value
