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


COMMAND_SECTIONS = re.split(r"\n(?=### )", README[README.index("## Commands"):
                                                    README.index("## Exit codes")])


def _section(name: str) -> str:
    """The README section of command ``name`` ("query person" shares the query section)."""
    word = "query" if name.startswith("query ") else name
    heads = [s for s in COMMAND_SECTIONS if f"`thaiextract {word}" in s.splitlines()[0]]
    assert heads, f"README has no section for `thaiextract {name}`"
    return heads[0]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_documented_with_all_options(name: str, command: object) -> None:
    section = _section(name)
    assert command.help, f"{name} has no help text"  # type: ignore[attr-defined]
    for param in command.params:  # type: ignore[attr-defined]
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert re.search(re.escape(opt) + r"(?![\w-])", section), (
                    f"{name}: option {opt} is not in its README section"
                )


def _table_options(name: str) -> set[str]:
    """The options named in the first column of a command section's option table."""
    first_cells = re.findall(r"^\| (`-[^|]*)\|", _section(name), re.MULTILINE)
    return {o for cell in first_cells for o in re.findall(r"--[a-z][a-z-]*", cell)}


# Commands whose section has an option table of their own (the four queries share one).
TABLED = [(n, c) for n, c in COMMANDS if not n.startswith("query ") and _table_options(n)]


@pytest.mark.parametrize(("name", "command"), TABLED, ids=[n for n, _ in TABLED])
def test_readme_names_no_option_a_command_lacks(name: str, command: object) -> None:
    real = {o for p in command.params for o in p.opts}  # type: ignore[attr-defined]
    rows = _table_options(name)
    assert rows <= real, f"{name}: README lists {sorted(rows - real)}"


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
