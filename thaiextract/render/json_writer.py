"""JSON: one object for a single input document, otherwise an array streamed item by item.

Query rows (``shape="rows"``) are always an array, ``[]`` when there are none.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from . import as_dict


class Writer:
    def __init__(self, stream: TextIO, *, single: bool = False, shape: str = "documents",
                 **_: object) -> None:
        self.stream = stream
        self.single = single and shape != "rows"
        self.count = 0

    def write(self, record: Any) -> None:
        body = json.dumps(as_dict(record), ensure_ascii=False, indent=2)
        if self.single and self.count == 0:
            self.stream.write(body)
        else:
            if not self.single:
                self.stream.write("[\n" if self.count == 0 else ",\n")
            body = "\n".join("  " + line for line in body.splitlines())
            self.stream.write(body)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.single and self.count <= 1:
            self.stream.write("\n" if self.count else "null\n")
        else:
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()
