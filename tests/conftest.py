from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The command line keeps built data in the user's cache folder (thaiextract.cache): the CLI runs
# of the tests use a folder of their own instead, removed when the session ends.
if "THAIEXTRACT_CACHE" not in os.environ:
    os.environ["THAIEXTRACT_CACHE"] = tempfile.mkdtemp(prefix="thaiextract-cache-")
    atexit.register(shutil.rmtree, os.environ["THAIEXTRACT_CACHE"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reliability: hangs, silent loss and crashes of issue 15 (pytest -m reliability)"
    )
