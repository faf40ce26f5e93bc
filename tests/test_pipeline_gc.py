"""The pipeline pauses the garbage collector for a long document only, and always resumes it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from thaiextract import extractors, pipeline

ARTICLE = "นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุมเมื่อวันที่ 3 พฤศจิกายน 2566\n"


@pytest.fixture
def collector_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether the collector was on while the extractors ran, one entry a document."""
    seen: list[bool] = []
    run = extractors.run

    def spy(doc: pipeline.Prepared, kinds: tuple[str, ...] = extractors.KINDS) -> object:
        seen.append(gc.isenabled())
        return run(doc, kinds)

    monkeypatch.setattr(extractors, "run", spy)
    was = gc.isenabled()
    gc.enable()
    yield seen
    if not was:
        gc.disable()


@pytest.mark.parametrize(("limit", "paused"), [(len(ARTICLE), True), (len(ARTICLE) + 1, False)],
                         ids=["long-document", "short-document"])
def test_paused_while_a_long_document_is_extracted(
    collector_seen: list[bool], monkeypatch: pytest.MonkeyPatch, limit: int, paused: bool,
) -> None:
    monkeypatch.setattr(pipeline, "GC_PAUSE_CHARS", limit)
    doc = pipeline.extract(ARTICLE)
    assert collector_seen == [not paused]
    assert gc.isenabled()
    assert [d.value for d in doc.dates] == ["2023-11-03"]


def test_resumed_when_extraction_fails(
    collector_seen: list[bool], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "GC_PAUSE_CHARS", 1)

    def broken(doc: pipeline.Prepared, facts: object) -> object:
        raise RuntimeError("a linker bug")

    monkeypatch.setattr("thaiextract.link.link", broken)
    with pytest.raises(RuntimeError, match="a linker bug"):
        pipeline.extract(ARTICLE)
    assert collector_seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(
    collector_seen: list[bool], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "GC_PAUSE_CHARS", 1)
    gc.disable()
    try:
        pipeline.extract(ARTICLE)
        assert collector_seen == [False]
        assert not gc.isenabled()
    finally:
        gc.enable()
