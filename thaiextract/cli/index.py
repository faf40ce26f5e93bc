"""``thaiextract index`` and ``thaiextract query``: the facts index (see :mod:`thaiextract.index`).

The database is ``--db FILE``, else ``$THAIEXTRACT_DB``, else ``thaiextract.db`` in the current
folder. Every query row cites its source document, offsets (``start``/``end`` into the original
input) and sentence.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import options as o
from .helptext import summary
from .output import newline_for, open_output, writer
from .run import Reporter, Run, results
from .sources import source_options, sources

if TYPE_CHECKING:
    from ..index import FactIndex
    from ..read import Source

ROW_FORMATS = (o.Format.table, o.Format.json, o.Format.jsonl, o.Format.csv, o.Format.tsv)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", metavar="FILE", help="The SQLite database. Default: $THAIEXTRACT_DB, "
                 "else thaiextract.db in the current folder.", show_default=False),
]
FormatOpt = Annotated[
    o.Format | None,
    typer.Option("--format", "-f", metavar="FORMAT",
                 help=o.format_help(ROW_FORMATS) + " 'json' is an array of rows.",
                 show_default=False),
]


def ask(db: str | None, query: str, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
    """The rows of one query; a refused query or a damaged database is one line, exit 1."""
    from ..index import DatabaseError, QueryError

    with _open(db) as store:
        try:
            return getattr(store, query)(*args, **kwargs)
        except (QueryError, DatabaseError) as exc:
            raise _fail(str(exc)) from None


def write_rows(rows: list[dict[str, Any]], fmt: o.Format | None, title: str, query: str,
               color: o.ColorMode = o.ColorMode.auto, bom: bool = False) -> None:
    """Query rows to stdout in one format (the same writers as documents and findings); an
    empty CSV still has the query's header (``thaiextract.index.COLUMNS``)."""
    from .. import index as library

    o.check_format(fmt, ROW_FORMATS)
    fmt = o.choose_format(fmt, None)
    columns = getattr(library, "COLUMNS", {}).get(query, ())
    with open_output(None, newline=newline_for(fmt)) as stream:
        out = writer(fmt, stream, shape="rows", color=color, title=title, bom=bom,
                     columns=columns)
        for row in rows:
            out.write(row)
        out.close()


def disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full", or the OS's ENOSPC/EDQUOT."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc) or "No space left" in str(exc)


def _db_path(db: str | None) -> str:
    from ..index import default_db

    return db or default_db()


def _fail(message: str) -> typer.Exit:
    sys.stderr.write(f"thaiextract: error: {message}\n")
    return typer.Exit(o.EXIT_FAILED)


def index(
    paths: o.Paths = None,
    db: DbOpt = None,
    document_date: o.DocumentDateOpt = None,
    glob: o.GlobOpt = None,
    max_bytes: o.MaxBytesOpt = o.DEFAULT_MAX_SIZE,
    jobs: o.JobsOpt = None,
    input_format: o.InputFormatOpt = o.InputFormat.auto,
    text_field: o.TextFieldOpt = "text",
    id_field: o.IdFieldOpt = "id",
    encoding: o.EncodingOpt = None,
    hidden: o.HiddenOpt = False,
    quiet: o.QuietOpt = False,
    verbose: o.VerboseOpt = False,
    debug: o.DebugOpt = False,
) -> None:
    """Store documents and their facts in a SQLite database, for `thaiextract query`.

    A file already indexed with the same content is skipped; a changed one has its facts
    replaced. Each document is one transaction: an interrupted run leaves a consistent database.

    Example:

        thaiextract index samples/ --db facts.db
    """
    from ..index import DatabaseError, FactIndex

    reporter = Reporter(quiet=quiet, debug=debug, verbose=verbose)
    in_paths = o.input_paths(paths)
    doc_date = o.parse_date(document_date, note=reporter.note)
    opts = source_options(glob, max_bytes, input_format, text_field, id_field, encoding, hidden)
    path = _db_path(db)
    try:
        store = FactIndex(path)
    except (DatabaseError, OSError) as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # sqlite3 errors: unwritable folder, locked file …
        raise _fail(f"{path}: {exc}") from None
    run = Run(in_paths, False, reporter, jobs=jobs, document_date=doc_date,
              input_format=input_format, source_options=opts)
    counts = _index_all(store, run, sources(in_paths, opts), path)
    reporter.summary(f"{path}: {counts['indexed']} indexed, {counts['unchanged']} unchanged, "
                     f"{reporter.failures} failed")
    raise typer.Exit(o.EXIT_FAILED if reporter.failures else o.EXIT_OK)


def _index_all(store: FactIndex, run: Run, inputs: Iterator[Source], path: str) -> dict[str, int]:
    """Index what changed among ``inputs``: unchanged documents are skipped before extraction;
    a database error (full disk, damaged file) stops the run, as every later one would fail."""
    from ..index import DatabaseError, content_hash, source_key

    reporter = run.reporter
    counts = {"indexed": 0, "unchanged": 0}
    pending: dict[tuple[str, str | None], tuple[str, str]] = {}

    def wanted() -> Iterator[Source]:
        for src in inputs:
            if src.error:
                yield src
                continue
            key, sha = source_key(src.name, src.id), content_hash(src.text, run.document_date)
            if store.unchanged(key, sha):
                counts["unchanged"] += 1
                continue
            pending[(src.name, src.id)] = (key, sha)
            yield src

    with store:
        for doc in results(run, wanted()):
            key, sha = pending.pop((doc.source, doc.id))
            try:
                store.add(doc, key=key, sha256=sha)
            except Exception as exc:
                import traceback

                reporter.documents -= 1
                if isinstance(exc, DatabaseError) or disk_full(exc):
                    reporter.error(str(exc) if isinstance(exc, DatabaseError)
                                   else f"no space left on device writing {path}")
                    break
                reporter.error(f"{doc.source}: cannot index: {type(exc).__name__}: {exc}",
                               traceback.format_exc())
                continue
            counts["indexed"] += 1
    return counts


query_app = typer.Typer(
    name="query", no_args_is_help=True,
    help="Ask the facts index: who is a person, who held a position, meetings, full text.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _open(db: str | None) -> FactIndex:
    from ..index import DatabaseError, FactIndex

    try:
        return FactIndex(_db_path(db), readonly=True)
    except DatabaseError as exc:
        raise _fail(str(exc)) from None


@query_app.command("person")
def query_person(
    name: Annotated[str, typer.Argument(metavar="NAME",
                                          help="A name or part of one (spaces ignored).")],
    db: DbOpt = None,
    format: FormatOpt = None,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
) -> None:
    """Every mention of a person, with title and position as each article gives them.

    Example:

        thaiextract query person "สมศักดิ์" --db facts.db
    """
    write_rows(ask(db, "person", name), format, "People", "person", color, bom)


@query_app.command("position")
def query_position(
    text: Annotated[str, typer.Argument(metavar="TEXT",
                                          help="A position, abbreviated or not (รมว.ดิจิทัลฯ).")],
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="YYYY-MM-DD", help="One row a holder, the holder whose "
                     "article puts them in the post closest to this date first (a year from "
                     "2400 is Buddhist era).", show_default=False),
    ] = None,
    contains: Annotated[bool, typer.Option("--contains", help="Every post whose normal form "
                                           "contains TEXT, not only the same post.")] = False,
    db: DbOpt = None,
    format: FormatOpt = None,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
) -> None:
    """Who held a position, according to the indexed articles.

    Positions are compared in a normal form: abbreviations expanded, spaces and ฯ removed.

    Example:

        thaiextract query position "รมว.ดิจิทัลฯ" --on 2565-01-27 --db facts.db
    """
    day = o.parse_date(on, hint="--on", note=Reporter().note)
    rows = ask(db, "position", text, day, **({"contains": True} if contains else {}))
    write_rows(rows, format, "Holders", "position_on" if day else "position", color, bom)


@query_app.command("meeting")
def query_meeting(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Part of a meeting's name.")],
    db: DbOpt = None,
    format: FormatOpt = None,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
) -> None:
    """Meetings whose name contains TEXT, with ordinal and dates.

    Example:

        thaiextract query meeting "รัฐมนตรีอาเซียนด้านดิจิทัล" --db facts.db
    """
    write_rows(ask(db, "meeting", text), format, "Meetings", "meeting", color, bom)


@query_app.command("search")
def query_search(
    words: Annotated[list[str], typer.Argument(metavar="WORDS",
                                                help="Words; every one must be in the sentence.")],
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N",
                                       help="At most this many rows.")] = 100,
    db: DbOpt = None,
    format: FormatOpt = None,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
) -> None:
    """Full-text search: sentences with all the WORDS (Thai is segmented into words first).

    Example:

        thaiextract query search "ความมั่นคงปลอดภัยไซเบอร์" --db facts.db
    """
    write_rows(ask(db, "search", " ".join(words), limit), format, "Sentences", "search", color,
               bom)


def register(app: typer.Typer) -> None:
    app.command(name="index", short_help=summary(index))(index)
    app.add_typer(query_app, name="query")
