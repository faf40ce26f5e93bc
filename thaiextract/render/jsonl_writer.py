"""JSON Lines: one object a line, flushed at once so pipes see it as it finishes."""

from __future__ import annotations

import json
from typing import Any, TextIO

from . import as_dict


class Writer:
    def __init__(self, stream: TextIO, **_: object) -> None:
        self.stream = stream

    def write(self, record: Any) -> None:
        self.stream.write(json.dumps(as_dict(record), ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()
