"""Text views with an offset map back to the text they were made from.

A stage that changes text (cleaning drops lines, normalisation folds characters) builds a
:class:`TextView`: the new text plus *runs*. Each run says that a stretch of the new text stands for
a stretch of the parent text. Contiguous runs map character by character; replacement runs (one
"แ" for the typo "เเ", nothing for a zero-width space) map as a whole. Lookups are a bisect, so the
map costs memory per change, not per character.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class TextView:
    text: str
    # Parallel lists, one entry a run: start in this view, start/end in the parent text, and
    # whether the run maps character by character.
    vstarts: list[int] = field(default_factory=list)
    pstarts: list[int] = field(default_factory=list)
    pends: list[int] = field(default_factory=list)
    contiguous: list[bool] = field(default_factory=list)

    @classmethod
    def identity(cls, text: str) -> TextView:
        return cls(text, [0], [0], [len(text)], [True])

    def is_identity(self) -> bool:
        """One character-by-character run from 0 over the whole text, onto the same offsets."""
        return (len(self.vstarts) == 1 and self.contiguous[0] and self.vstarts[0] == 0
                and self.pstarts[0] == 0 and self.pends[0] == len(self.text))

    def to_parent_start(self, pos: int) -> int:
        """Parent offset of the character at ``pos`` (a span start)."""
        if not self.vstarts:
            return 0
        if pos >= len(self.text):
            return self.pends[-1]
        k = bisect_right(self.vstarts, pos) - 1
        if self.contiguous[k]:
            return self.pstarts[k] + (pos - self.vstarts[k])
        return self.pstarts[k]

    def to_parent_end(self, end: int) -> int:
        """Parent offset just after the character at ``end - 1`` (a span end)."""
        if not self.vstarts:
            return 0
        if end <= 0:
            return self.pstarts[0]
        k = bisect_right(self.vstarts, end - 1) - 1
        if self.contiguous[k]:
            return self.pstarts[k] + (end - self.vstarts[k])
        return self.pends[k]

    def to_parent(self, start: int, end: int) -> tuple[int, int]:
        if len(self.vstarts) == 1 and self.contiguous[0]:
            # One run, character by character (most views: nothing dropped or folded): the
            # two methods below without the bisect, same results for every input.
            shift = self.pstarts[0] - self.vstarts[0]
            if end <= start:
                p = self.pends[0] if start >= len(self.text) else start + shift
                return p, p
            return (self.pends[0] if start >= len(self.text) else start + shift,
                    self.pstarts[0] if end <= 0 else end + shift)
        if end <= start:
            p = self.to_parent_start(start)
            return p, p
        return self.to_parent_start(start), self.to_parent_end(end)


class ViewBuilder:
    """Appends pieces of text, each tied to the parent span it came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.view = TextView("")

    def copy(self, text: str, parent_start: int) -> None:
        """Append ``text``, which is ``parent[parent_start:parent_start+len(text)]`` unchanged."""
        if not text:
            return
        v = self.view
        # Extend the previous run when it continues seamlessly.
        if (
            v.vstarts
            and v.contiguous[-1]
            and v.pends[-1] == parent_start
            and v.vstarts[-1] + (v.pends[-1] - v.pstarts[-1]) == self.length
        ):
            v.pends[-1] += len(text)
        else:
            self._run(parent_start, parent_start + len(text), True)
        self.parts.append(text)
        self.length += len(text)

    def replace(self, text: str, parent_start: int, parent_end: int) -> None:
        """Append ``text`` standing for ``parent[parent_start:parent_end]`` as a whole."""
        if len(text) == parent_end - parent_start:
            # Same length: keep the character-by-character mapping (Thai digits, dashes …).
            self._run(parent_start, parent_end, True)
        else:
            self._run(parent_start, parent_end, False)
        self.parts.append(text)
        self.length += len(text)

    def _run(self, pstart: int, pend: int, contiguous: bool) -> None:
        v = self.view
        v.vstarts.append(self.length)
        v.pstarts.append(pstart)
        v.pends.append(pend)
        v.contiguous.append(contiguous)

    def build(self) -> TextView:
        self.view.text = "".join(self.parts)
        if not self.view.vstarts:
            self.view.vstarts, self.view.pstarts = [0], [0]
            self.view.pends, self.view.contiguous = [0], [True]
        return self.view


@dataclass(slots=True)
class ViewChain:
    """Views stacked over the original input: maps the last view's offsets to the original."""

    original: str
    views: list[TextView]
    # The views that move offsets, last first: an identity view (one character-by-character run
    # over its whole parent, the usual cleaning view of a plain article) maps every offset in
    # [0, len] to itself, so skipping it saves a call per view per span (anchor stage). The last
    # view is always kept: it clamps offsets past its end, so the views below only ever see
    # offsets inside their text.
    _moving: tuple[TextView, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        below = [v for v in reversed(self.views[:-1]) if not v.is_identity()]
        self._moving = tuple(self.views[-1:]) + tuple(below)

    @property
    def text(self) -> str:
        return self.views[-1].text if self.views else self.original

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        for view in self._moving:
            start, end = view.to_parent(start, end)
        return start, end

    def to_view(self, index: int, start: int, end: int) -> tuple[int, int]:
        """Map from the last view down to view ``index`` (0 = first view over the original)."""
        for view in reversed(self.views[index + 1 :]):
            start, end = view.to_parent(start, end)
        return start, end


def join_views(pieces: Iterable[tuple[str, int]]) -> TextView:
    """A view made of unchanged parent slices ``(text, parent_start)``."""
    builder = ViewBuilder()
    for text, start in pieces:
        builder.copy(text, start)
    return builder.build()
