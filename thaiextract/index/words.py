"""Thai text as words for the FTS5 table: FTS5's own tokenisers do not split Thai."""

from __future__ import annotations

from ..normalize import normalize_text


def segment_words(text: str) -> list[str]:
    """Normalised words of ``text``, as stored in and searched with the FTS table."""
    from ..segment import word_spans

    norm = normalize_text(text).lower()
    words = [norm[s:e] for s, e in word_spans(norm)]
    # Quotes would end an FTS5 string; nothing else needs escaping inside one.
    return [w.replace('"', "") for w in words if w.replace('"', "").strip()]
