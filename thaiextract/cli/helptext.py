"""What ``--help`` shows, where typer's defaults read badly.

- Flags get no type column: typer 0.29 shows ``<bool>`` after ``--quiet -q``, which takes no value;
  nor do arguments, whose metavar already says what they are (``PATH``, not ``<list[str]>``).
- A command's summary in the command list is its docstring's first paragraph on one line:
  typer keeps the docstring's line breaks there, which cuts sentences in the middle.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from typer.core import TyperArgument, TyperOption

# typer 0.29's hook for the type column; older typers have none (then nothing is changed).
_display_type_rich = getattr(TyperOption, "display_type_rich", None)


def _flag_has_no_type(self: TyperOption, ctx: Any) -> str | None:
    if self.is_flag:
        return None
    return _display_type_rich(self, ctx)  # type: ignore[misc]


def _no_type(self: TyperArgument, ctx: Any) -> str | None:
    return None


def install() -> None:
    if _display_type_rich is None:
        return
    TyperOption.display_type_rich = _flag_has_no_type  # type: ignore[method-assign]
    TyperArgument.display_type_rich = _no_type  # type: ignore[method-assign]


def summary(command: Callable[..., Any]) -> str:
    """The first paragraph of ``command``'s docstring, on one line."""
    doc = inspect.getdoc(command) or ""
    return " ".join(doc.split("\n\n", 1)[0].split())
