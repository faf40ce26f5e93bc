"""JSON Lines: one document object a line, flushed at once so pipes see it as it finishes."""

from __future__ import annotations

import json
from typing import TextIO

from ..model import Document


class Writer:
    def __init__(self, stream: TextIO, **_: object) -> None:
        self.stream = stream

    def write(self, doc: Document) -> None:
        self.stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()
