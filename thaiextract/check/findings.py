"""The :class:`Finding` record every check returns, and its messages (``check/messages.tsv``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from ..lexicons import load
from ..model import Mention

SEVERITIES = ("error", "warning", "info")

CODES = (
    "weekday-mismatch", "impossible-date", "era-label-mismatch", "year-far-from-document",
    "two-digit-year-decade", "future-past-event", "person-title-conflict",
    "person-position-conflict", "meeting-ordinal-date-conflict", "digit-mismatch",
)


class Span(Protocol):
    text: str
    start: int
    end: int


class Anchor(Span, Protocol):
    """What a finding points at: a span and the sentence it is in."""

    sentence: str


@dataclass(frozen=True, slots=True)
class Place:
    """A span with its sentence, for a finding about something that is no fact (a mention)."""

    text: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    message_en: str
    message_th: str
    text: str
    start: int
    end: int
    sentence: str
    spans: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "severity": self.severity, "message_en": self.message_en,
            "message_th": self.message_th, "text": self.text, "start": self.start,
            "end": self.end, "sentence": self.sentence,
            "spans": [{"text": m.text, "start": m.start, "end": m.end} for m in self.spans],
        }


@lru_cache(maxsize=1)
def messages() -> dict[str, dict[str, str]]:
    """code → {severity, message_en, message_th}: the documented codes."""
    return {row["code"]: row for row in load("check/messages")}


def finding(code: str, anchor: Anchor, spans: Iterable[Span] = (), severity: str | None = None,
            **fields: Any) -> Finding:
    """A finding of ``code`` at ``anchor``, its messages filled with ``fields``."""
    row = messages()[code]
    spans_t = tuple(Mention(s.text, s.start, s.end) for s in spans) or (
        Mention(anchor.text, anchor.start, anchor.end),)
    return Finding(
        code=code, severity=severity or row["severity"],
        message_en=row["message_en"].format(**fields),
        message_th=row["message_th"].format(**fields),
        text=anchor.text, start=anchor.start, end=anchor.end, sentence=anchor.sentence,
        spans=spans_t,
    )
