"""Every module of the package imports on its own in a fresh interpreter: no import cycles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import thaiextract

PACKAGE = Path(thaiextract.__file__).parent
MODULES = sorted(
    "thaiextract." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(
        ".__init__")
    for p in PACKAGE.rglob("*.py") if p.name != "__main__.py"
)


def test_the_cli_package_is_listed() -> None:
    assert {"thaiextract.cli", "thaiextract.cli.run", "thaiextract.cli.check",
            "thaiextract.cli.index", "thaiextract.cli.extract"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone(module: str) -> None:
    if module == "thaiextract.dask":
        pytest.importorskip("dask.bag")
    proc = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_public_api() -> None:
    assert "extract" in thaiextract.__all__ and "Document" in thaiextract.__all__
    for name in thaiextract.__all__:
        assert getattr(thaiextract, name) is not None
    assert "Any" not in dir(thaiextract) and "TYPE_CHECKING" not in dir(thaiextract)


@pytest.mark.parametrize("value", [b"\xe0\xb8\x81", bytearray(b"x"), 12, None],
                         ids=["bytes", "bytearray", "int", "none"])
def test_extract_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(TypeError, match=r"extract\(\) takes str, not "):
        thaiextract.extract(value)  # type: ignore[arg-type]


def test_bytes_error_says_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"decode it first or use thaiextract\.read"):
        thaiextract.extract(b"abc")  # type: ignore[arg-type]
