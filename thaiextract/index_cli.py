"""``thaiextract index`` and ``thaiextract query``: the facts index (see :mod:`thaiextract.index`).

The database is ``--db FILE``, else ``$THAIEXTRACT_DB``, else ``thaiextract.db`` in the current
folder. Every query row cites its source document, offsets (``start``/``end`` into the original
input) and sentence.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from .cli import (
    EXIT_FAILED,
    EXIT_OK,
    DebugOpt,
    DocumentDateOpt,
    GlobOpt,
    IdFieldOpt,
    InputFormat,
    InputFormatOpt,
    JobsOpt,
    MaxBytesOpt,
    Paths,
    QuietOpt,
    Reporter,
    TextFieldOpt,
    _input_paths,
    _parse_date,
    _sources,
)
from .read import DEFAULT_MAX_BYTES, Source

if TYPE_CHECKING:
    from .index import FactIndex

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="The SQLite database. Default: $THAIEXTRACT_DB, else "
                 "thaiextract.db in the current folder.", show_default=False),
]


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FormatOpt = Annotated[
    RowFormat | None,
    typer.Option("--format", "-f", help="Output format ('json' is an array of rows). Default: "
                 "table on a terminal, jsonl otherwise.", show_default=False),
]


def write_rows(rows: list[dict[str, Any]], fmt: RowFormat | None, stream: TextIO,
               title: str = "") -> None:
    fmt = fmt or (RowFormat.table if stream.isatty() else RowFormat.jsonl)
    if fmt == RowFormat.json:
        stream.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == RowFormat.jsonl:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == RowFormat.csv:
        columns = list(dict.fromkeys(k for row in rows for k in row))
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        console = Console(file=stream, highlight=False, soft_wrap=False)
        if not rows:
            console.print("no rows")
            return
        table = Table(title=f"{title} ({len(rows)})", title_justify="left")
        columns = [k for k in rows[0] if k not in ("sentence", "start", "end", "id")]
        for name in [*columns, "at"]:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*(escape("" if row.get(c) is None else str(row[c])) for c in columns),
                          f"{row['start']}–{row['end']}")
        console.print(table)
    stream.flush()


def _db_path(db: str | None) -> str:
    from .index import default_db

    return db or default_db()


def _fail(message: str) -> typer.Exit:
    sys.stderr.write(f"thaiextract: error: {message}\n")
    return typer.Exit(EXIT_FAILED)


def index(
    paths: Paths = None,
    db: DbOpt = None,
    document_date: DocumentDateOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    jobs: JobsOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Store documents and their facts in a SQLite database, for `thaiextract query`.

    A file already indexed with the same content is skipped; a changed one has its facts
    replaced. Each document is one transaction: an interrupted run leaves a consistent database.

    Example:

        thaiextract index samples/ --db facts.db
    """
    from .batch import Failure, process
    from .index import DatabaseError, FactIndex, content_hash, source_key

    in_paths = _input_paths(paths)
    doc_date = _parse_date(document_date)
    reporter = Reporter(quiet=quiet, debug=debug)
    path = _db_path(db)
    try:
        store = FactIndex(path)
    except (DatabaseError, OSError) as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # sqlite3 errors: unwritable folder, locked file …
        raise _fail(f"{path}: {exc}") from None
    counts = {"indexed": 0, "unchanged": 0}
    pending: dict[tuple[str, str | None], tuple[str, str]] = {}

    def wanted() -> Iterator[Source]:
        for src in _sources(in_paths, glob, max_bytes, input_format, text_field, id_field):
            if src.error:
                yield src
                continue
            key, sha = source_key(src.name, src.id), content_hash(src.text, doc_date)
            if store.unchanged(key, sha):
                counts["unchanged"] += 1
                continue
            pending[(src.name, src.id)] = (key, sha)
            yield src

    with store:
        for result in process(wanted(), document_date=doc_date,
                              jobs=jobs or os.cpu_count() or 1, progress=not quiet):
            if isinstance(result, Failure):
                reporter.error(result.line(), result.detail)
                continue
            key, sha = pending.pop((result.source, result.id))
            try:
                store.add(result, key=key, sha256=sha)
            except Exception as exc:
                import traceback

                reporter.error(f"{result.source}: cannot index: {type(exc).__name__}: {exc}",
                               traceback.format_exc())
                continue
            counts["indexed"] += 1
    reporter.note(f"{path}: {counts['indexed']} indexed, {counts['unchanged']} unchanged, "
                  f"{reporter.failures} failed")
    raise typer.Exit(EXIT_FAILED if reporter.failures else EXIT_OK)


query_app = typer.Typer(
    name="query", no_args_is_help=True,
    help="Ask the facts index: who is a person, who held a position, meetings, full text.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _open(db: str | None) -> FactIndex:
    from .index import DatabaseError, FactIndex

    try:
        return FactIndex(_db_path(db), readonly=True)
    except DatabaseError as exc:
        raise _fail(str(exc)) from None


@query_app.command("person")
def query_person(
    name: Annotated[str, typer.Argument(help="A name or part of one (spaces ignored).")],
    db: DbOpt = None,
    format: FormatOpt = None,
) -> None:
    """Every mention of a person, with title and position as each article gives them.

    Example:

        thaiextract query person "สมศักดิ์" --db facts.db
    """
    with _open(db) as store:
        write_rows(store.person(name), format, sys.stdout, "People")


@query_app.command("position")
def query_position(
    text: Annotated[str, typer.Argument(help="A position, abbreviated or not (รมว.ดิจิทัลฯ).")],
    on: Annotated[
        str | None,
        typer.Option("--on", help="YYYY-MM-DD: one row a holder, the holder whose article "
                     "puts them in the post closest to this date first.", show_default=False),
    ] = None,
    db: DbOpt = None,
    format: FormatOpt = None,
) -> None:
    """Who held a position, according to the indexed articles.

    Positions are compared in a normal form: abbreviations expanded, spaces and ฯ removed.

    Example:

        thaiextract query position "รัฐมนตรีว่าการกระทรวงดิจิทัลฯ" --on 2022-01-27
    """
    import datetime as dt

    try:
        day = dt.date.fromisoformat(on) if on else None
    except ValueError:
        raise typer.BadParameter(f"{on!r} is not a date in YYYY-MM-DD form",
                                 param_hint="--on") from None
    with _open(db) as store:
        write_rows(store.position(text, day), format, sys.stdout, "Holders")


@query_app.command("meeting")
def query_meeting(
    text: Annotated[str, typer.Argument(help="Part of a meeting's name.")],
    db: DbOpt = None,
    format: FormatOpt = None,
) -> None:
    """Meetings whose name contains TEXT, with ordinal and dates.

    Example:

        thaiextract query meeting "รัฐมนตรีอาเซียนด้านดิจิทัล"
    """
    with _open(db) as store:
        write_rows(store.meeting(text), format, sys.stdout, "Meetings")


@query_app.command("search")
def query_search(
    words: Annotated[list[str], typer.Argument(help="Words; every one must be in the sentence.")],
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")] = 100,
    db: DbOpt = None,
    format: FormatOpt = None,
) -> None:
    """Full-text search: sentences with all the WORDS (Thai is segmented into words first).

    Example:

        thaiextract query search "ความมั่นคงปลอดภัยไซเบอร์"
    """
    with _open(db) as store:
        write_rows(store.search(" ".join(words), limit), format, sys.stdout, "Sentences")


def register(app: typer.Typer) -> None:
    app.command(name="index")(index)
    app.add_typer(query_app, name="query")
