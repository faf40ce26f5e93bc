"""thaiextract: facts from Thai news, with character offsets into the original input.

    >>> from thaiextract import extract
    >>> doc = extract("วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี กล่าว")
    >>> doc.to_dict()["dates"][0]["value"]
    '2020-06-12'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "extract"]

if TYPE_CHECKING:
    from .model import Document
    from .pipeline import extract


def __getattr__(name: str) -> Any:
    # Lazy, so that `thaiextract --version` does not load the pipeline.
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "Document":
        from .model import Document

        return Document
    raise AttributeError(name)
