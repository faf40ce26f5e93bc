"""Option definitions shared by every command, and the parsers of their values.

One ``Format`` enum serves documents, findings and query rows (a command refuses the formats it
cannot write); dates accept Buddhist-era years, since that is what a Thai user types.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from enum import Enum
from typing import Annotated

import typer

from ..read import DEFAULT_GLOBS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_FINDINGS = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
BE_FROM = 2400  # a year this large is Buddhist era (era.py: the CE range ends well below)
MAX_BYTES_LIMIT = 2**50  # 1 PiB: larger values are typos, and overflow the OS's size types


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    html = "html"


class InputFormat(str, Enum):
    auto = "auto"
    files = "files"
    jsonl = "jsonl"


class ColorMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


Paths = Annotated[
    list[str] | None,
    typer.Argument(metavar="PATH", help="Files or folders (recursive); '-' or nothing "
                   "with a pipe reads stdin.", show_default=False),
]
GlobOpt = Annotated[
    list[str] | None,
    typer.Option("--glob", "-g", metavar="PATTERN",
                 help="File patterns to take from folders (repeatable). "
                 f"Default: {' '.join(DEFAULT_GLOBS)}.", show_default=False),
]
MaxBytesOpt = Annotated[
    str, typer.Option("--max-bytes", metavar="SIZE",
                      help="Refuse inputs larger than this: bytes (5000000) or with a unit "
                      "(5MB, 20MiB, 500KB).")
]
DEFAULT_MAX_SIZE = "20MiB"  # read.DEFAULT_MAX_BYTES, as a user writes it
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log what each stage does "
                                          "(dropped boilerplate, decisions) on stderr.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
HiddenOpt = Annotated[bool, typer.Option("--hidden", help="Also walk into hidden folders and "
                                         "virtual environments.")]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", help="Decode every input with this encoding "
                 "(e.g. cp874, latin-1) instead of detecting it.", show_default=False),
]
InputFormatOpt = Annotated[
    InputFormat,
    typer.Option("--input-format", help="'jsonl': each PATH is a JSON Lines archive of "
                 "articles; 'auto': *.jsonl / *.ndjson files are, others are documents."),
]
TextFieldOpt = Annotated[str, typer.Option("--text-field", metavar="NAME",
                                           help="JSONL field with the article text.")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", metavar="NAME",
                                         help="JSONL field with the article id.")]
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.",
                 show_default=False),
]
DocumentDateOpt = Annotated[
    str | None,
    typer.Option("--document-date", metavar="YYYY-MM-DD",
                 help="The article's date for relative and year-less dates (a year from 2400 "
                 "is Buddhist era); default: found in each article's dateline.",
                 show_default=False),
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes. Default: the "
                 "number of cores (1 for a single document); at most the documents and twice "
                 "the cores.", show_default=False),
]
ColorOpt = Annotated[
    ColorMode,
    typer.Option("--color", help="Colour in tables: auto (a terminal, unless NO_COLOR is set; "
                 "FORCE_COLOR forces it), always or never."),
]
BomOpt = Annotated[bool, typer.Option("--bom", help="csv/tsv: start with a UTF-8 byte order "
                                      "mark, so that Excel reads Thai correctly.")]


SIZE_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "kib": 2**10, "m": 10**6, "mb": 10**6,
              "mib": 2**20, "g": 10**9, "gb": 10**9, "gib": 2**30, "t": 10**12, "tb": 10**12,
              "tib": 2**40}
SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")


def parse_size(value: str | int, hint: str = "--max-bytes") -> int:
    """``5000000``, ``5MB``, ``20MiB`` … → bytes; a usage error that shows the numbers."""
    if isinstance(value, int):
        return value
    text = value.strip().lower().replace("_", "").replace(",", "")
    match = SIZE.fullmatch(text)
    if not match or match.group(2) not in SIZE_UNITS:
        raise typer.BadParameter(f"{value!r} is not a size: give bytes (5000000) or a number "
                                 "with a unit (5MB, 20MiB, 500KB)", param_hint=hint)
    number, unit = match.group(1), SIZE_UNITS[match.group(2)]
    if "." in number:  # a fraction (1.5MB): exact decimal arithmetic, then whole bytes
        from decimal import Decimal

        size = int(Decimal(number) * unit)
    else:  # whole numbers (the default, 5MB) need no decimal module (≈1 ms of a cold start)
        size = int(number) * unit
    if size < 1:
        raise typer.BadParameter(f"{value!r} is less than 1 byte", param_hint=hint)
    if size > MAX_BYTES_LIMIT:
        from ..decode import format_size  # the one size wording, shared with the reader

        raise typer.BadParameter(f"{value} is {format_size(size)}, more than the "
                                 f"{format_size(MAX_BYTES_LIMIT)} this accepts", param_hint=hint)
    return size


def format_help(formats: tuple[Format, ...]) -> str:
    return ("Output format: " + ", ".join(f.value for f in formats)
            + ". Default: table on a terminal, jsonl otherwise.")


def check_format(fmt: Format | None, allowed: tuple[Format, ...]) -> None:
    if fmt is not None and fmt not in allowed:
        raise typer.BadParameter(f"{fmt.value!r} is not one of "
                                 + ", ".join(repr(f.value) for f in allowed),
                                 param_hint="'--format' / '-f'")


def choose_format(fmt: Format | None, output: str | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if output is None and sys.stdout.isatty() else Format.jsonl


def parse_date(value: str | None, hint: str = "--document-date",
               note: object = None) -> dt.date | None:
    """A YYYY-MM-DD date; a year from 2400 is Buddhist era and is converted (and noted)."""
    if value is None:
        return None
    parts = value.strip().split("-")
    try:
        if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError
        year, month, day = (int(p) for p in parts)
        be = year >= BE_FROM
        date = dt.date(year - 543 if be else year, month, day)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form",
                                 param_hint=hint) from None
    if date.year > dt.date.today().year + 100 or date.year < 1800:
        read_as = f" (read as Buddhist era: {date.isoformat()})" if be else ""
        raise typer.BadParameter(f"{value!r} is not a plausible date for an article{read_as}",
                                 param_hint=hint)
    if be and callable(note):
        note(f"{hint} {value}: year {year} read as Buddhist era, {date.isoformat()}")
    return date


def parse_only(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    from ..extractors import KINDS, resolve_kinds

    if not value.replace(",", "").strip():  # --only "" names no kind: say so, not "all"
        raise typer.BadParameter(f"names no kind; choose from {', '.join(KINDS)}",
                                 param_hint="--only")
    try:
        return resolve_kinds(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--only") from None


def input_paths(paths: list[str] | None) -> list[str]:
    if paths:
        return paths
    if sys.stdin is not None and not sys.stdin.isatty():
        return ["-"]
    raise typer.BadParameter("no input: give a PATH, or pipe text on stdin", param_hint="PATH")


def single_document(paths: list[str], input_format: InputFormat) -> bool:
    """One input that is one document: JSON output is then an object, not an array."""
    if len(paths) != 1 or input_format == InputFormat.jsonl:
        return False
    path = paths[0]
    return path == "-" or (not os.path.isdir(path)
                           and not path.lower().endswith((".jsonl", ".ndjson")))


def resolve_color(mode: ColorMode, stream: object) -> bool:
    """Colour or not, after --color, then NO_COLOR / FORCE_COLOR (no-color.org), then a tty."""
    if mode == ColorMode.always:
        return True
    if mode == ColorMode.never:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
