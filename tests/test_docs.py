"""The README cannot drift from the CLI: every command and every option is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from thaiextract.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, object]]:
    group = typer.main.get_command(app)
    found = []
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        if sub:
            found += [(f"{name} {s}", c) for s, c in sub.items()]
        else:
            found.append((name, command))
    return found


COMMANDS = _commands()


def test_quick_start_is_two_commands() -> None:
    assert README.startswith("# thaiextract\n\n## Quick start\n")
    block = re.search(r"## Quick start\n\n```\w*\n(.*?)```", README, re.DOTALL)
    assert block, "Quick start has no code block"
    assert block.group(1).strip().splitlines() == ["make demo", "make test"]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_documented_with_all_options(name: str, command: object) -> None:
    assert f"thaiextract {name}" in README, f"README has no section for `thaiextract {name}`"
    assert command.help, f"{name} has no help text"  # type: ignore[attr-defined]
    for param in command.params:  # type: ignore[attr-defined]
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert f"`{opt}" in README or f"{opt} " in README or f"{opt}`" in README, (
                    f"{name}: option {opt} is not in the README"
                )


def test_package_docstring_example_runs() -> None:
    import doctest

    import thaiextract

    result = doctest.testmod(thaiextract, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_readme_python_example_runs() -> None:
    from thaiextract import extract

    doc = extract("วันนี้ (12 มิถุนายน 2563) นายสมชาย ใจดี กล่าว", document_date=None, source=None)
    assert doc.dates[0].value == "2020-06-12"
    assert doc.to_dict()["people"][0]["name"] == "สมชาย ใจดี"
