"""The meetings of a text as rows of chosen fields, for the meeting table tests.

Every row's span and every mention's span are checked against the text first: a row is only
compared once its offsets point where its text stands.
"""

from __future__ import annotations

from typing import Any

from thaiextract.pipeline import extract


def meeting_rows(text: str, fields: tuple[str, ...], document_date: str | None = None,
                 mentions: bool = False) -> list[dict[str, Any]]:
    """One dict per meeting of ``text`` with ``fields`` (and ``mentions``: their texts)."""
    doc = extract(text, document_date=document_date)
    rows = []
    for m in doc.meetings:
        assert text[m.start : m.end] == m.text
        assert all(text[x.start : x.end] == x.text for x in m.mentions)
        row = {key: getattr(m, key) for key in fields}
        if mentions:
            row["mentions"] = [x.text for x in m.mentions]
        rows.append(row)
    return rows
