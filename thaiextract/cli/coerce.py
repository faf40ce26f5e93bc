"""Option values without pydantic: typer 0.29 builds a pydantic ``TypeAdapter`` for every
parameter it parses (``typer/_coercion.py``), which costs a cold start about 50–60 ms (importing
pydantic, then building one adapter per option), more than a third of a one-article run.

The options of this CLI are plain (str, int with bounds, Enum, list[str]): for those, the
coercion here gives the same values and the same messages ("'pdf' is not one of 'table', …",
"Input should be greater than or equal to 1"); any other annotation goes to typer's own. Typer's
internals are reached in one place, guarded: if they change, :func:`install` does nothing and
typer's pydantic path runs as before (slower, same behaviour).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

_ORIGINAL: Any = None


def _int(value: Any, info: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        try:
            number = int(str(value).strip().replace("_", ""))
        except ValueError:
            raise ValueError("Input should be a valid integer, unable to parse string as an "
                             "integer") from None
    if info.min is not None and number < info.min:
        raise ValueError(f"Input should be greater than or equal to {info.min}")
    if info.max is not None and number > info.max:
        raise ValueError(f"Input should be less than or equal to {info.max}")
    return number


TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
FALSE = frozenset({"0", "false", "f", "no", "n", "off", ""})


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE or text in FALSE:
        return text in TRUE
    raise ValueError("Input should be a valid boolean, unable to interpret input")


def _str(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _converter(annotation: Any, info: Any) -> Any:
    """A function ``(value, ctx) -> value`` for ``annotation``, or None for typer's own."""
    if info.parser is not None or info.clamp:
        return None
    if annotation is str:
        return lambda value, ctx: _str(value)
    if annotation is bool:
        return lambda value, ctx: _bool(value)
    if annotation is int:
        return lambda value, ctx: _int(value, info)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        from typer._param_types import coerce_cli_choice

        choices = list(annotation)
        return lambda value, ctx: coerce_cli_choice(
            value, choices=choices, case_sensitive=info.case_sensitive, ctx=ctx)
    if getattr(annotation, "__origin__", None) is list and annotation.__args__ == (str,):
        return lambda value, ctx: [_str(v) for v in (value if isinstance(value, list | tuple)
                                                     else [value])]
    return None


def install() -> None:
    """Give typer's parameters the light coercion where it applies."""
    global _ORIGINAL
    try:
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam
        from typer.core import _TyperParameter
    except ImportError:
        return
    if _ORIGINAL is not None or not hasattr(_TyperParameter, "get_runtime_param"):
        return

    @dataclass(frozen=True)
    class Light(RuntimeParam):  # type: ignore[misc]
        convert: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.convert(value, ctx)
            except ValueError as exc:
                raise BadParameter(str(exc), ctx=ctx, param=param) from exc

    _ORIGINAL = _TyperParameter.get_runtime_param

    def get_runtime_param(self: Any) -> Any:
        if getattr(self, "_runtime_param", None) is None:
            desc = self.type_descriptor
            convert = (None if desc.file_annotation is not None
                       else _converter(desc.annotation, desc.parameter_info))
            if convert is None:
                return _ORIGINAL(self)
            self._runtime_param = Light(parameter_info=desc.parameter_info,
                                        annotation=desc.annotation, convert=convert)
        return self._runtime_param

    _TyperParameter.get_runtime_param = get_runtime_param
