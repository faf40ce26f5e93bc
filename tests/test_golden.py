"""The extraction output over fixed inputs stays exactly as recorded in tests/golden/.

A deliberate change of output regenerates the files (``python tests/golden/make_golden.py``) in a
commit of its own that lists what changed and why.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "golden"
spec = importlib.util.spec_from_file_location("make_golden", HERE / "make_golden.py")
assert spec and spec.loader
make_golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_golden)

SETS = make_golden.sets()


@pytest.mark.parametrize("name", ["samples", "articles", "seeds", "thainer"])
def test_output_matches_golden(name: str) -> None:
    if name not in SETS:
        pytest.skip(f"inputs of the {name} set are not beside this checkout")
    want = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    got = SETS[name]
    assert len(got) == len(want)
    for k, (g, w) in enumerate(zip(got, want, strict=True)):
        assert g == w, f"{name} document {k} differs"
