"""The CLI's start builds only the command being run (cli.app_for): the same help, errors and
results as the whole app."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from thaiextract.cli import app, app_for

runner = CliRunner()
ARTICLE = "กรุงเทพฯ 15 มกราคม 2567 - นายสมศักดิ์ วงศ์ประเสริฐ อธิบดีกรมประชาสัมพันธ์ เปิดเผยว่า\n"

CASES = [
    (["extract", "--help"], None),
    (["extract", "-", "-f", "jsonl", "-q"], ARTICLE),
    (["extract", "-", "-f", "pdf"], ARTICLE),  # a bad value: usage error, exit 2
    (["extract", "--nonsense"], None),
    (["segment", "-"], "นายกรัฐมนตรีเดินทางไปเชียงใหม่"),
    (["normalize", "--help"], None),
    (["check", "--help"], None),
    (["index", "--help"], None),
    (["query", "--help"], None),
    (["query", "people", "--help"], None),
    (["schema"], None),
]


@pytest.mark.parametrize(("argv", "stdin"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_one_command_app_answers_as_the_whole_app(argv: list[str], stdin: str | None) -> None:
    whole = runner.invoke(app, argv, input=stdin)
    alone = runner.invoke(app_for(argv), argv, input=stdin)
    assert (alone.exit_code, alone.stdout, alone.stderr) == (
        whole.exit_code, whole.stdout, whole.stderr)
    assert whole.stdout or whole.stderr


@pytest.mark.parametrize("argv", [[], ["--help"], ["--version"], ["extrct", "x"], ["-V"]],
                         ids=["nothing", "help", "version", "typo", "V"])
def test_anything_but_a_command_gets_the_whole_app(argv: list[str]) -> None:
    assert app_for(argv) is app


def test_a_named_command_gets_an_app_of_its_own() -> None:
    alone = app_for(["extract", "x.txt"])
    assert alone is not app
    assert [c.name for c in alone.registered_commands] == ["extract"]
    assert [g.name for g in app_for(["query", "people"]).registered_groups] == ["query"]
