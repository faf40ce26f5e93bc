"""``thaiextract extract``: facts from files, folders, JSONL archives or stdin."""

from __future__ import annotations

from typing import Annotated

import typer

from ..batch import Rendered
from ..model import KINDS
from . import options as o
from .helptext import summary
from .output import newline_for, open_output, raw_stream, writer
from .run import Reporter, Run, results, stdout_is_terminal
from .sources import source_options, sources

FORMATS = tuple(o.Format)


def extract(
    paths: o.Paths = None,
    format: Annotated[
        o.Format | None,
        typer.Option("--format", "-f", metavar="FORMAT", help=o.format_help(FORMATS),
                     show_default=False),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option("--only", metavar="KINDS", help="Comma-separated kinds to output: "
                     + ", ".join(k.key for k in KINDS) + ".", show_default=False),
    ] = None,
    output: o.OutputOpt = None,
    document_date: o.DocumentDateOpt = None,
    glob: o.GlobOpt = None,
    max_bytes: o.MaxBytesOpt = o.DEFAULT_MAX_SIZE,
    jobs: o.JobsOpt = None,
    unordered: Annotated[
        bool, typer.Option("--unordered", help="Emit documents as they finish, not in input "
                           "order (faster with --jobs).")
    ] = False,
    input_format: o.InputFormatOpt = o.InputFormat.auto,
    text_field: o.TextFieldOpt = "text",
    id_field: o.IdFieldOpt = "id",
    encoding: o.EncodingOpt = None,
    hidden: o.HiddenOpt = False,
    sentences: Annotated[bool, typer.Option("--sentences", help="table: show each fact's "
                                            "sentence.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="table: show why each fact was "
                                          "found (its rule and evidence).")] = False,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster at this "
                     "address (tcp://HOST:8786); needs --output DIR. Install with "
                     "'pip install thaiextract\\[dask]'.", show_default=False),
    ] = None,
    quiet: o.QuietOpt = False,
    verbose: o.VerboseOpt = False,
    debug: o.DebugOpt = False,
) -> None:
    """Extract facts from Thai news files, folders, JSONL archives or stdin.

    Example:

        thaiextract extract samples/ --format jsonl > facts.jsonl
    """
    reporter = Reporter(quiet=quiet, debug=debug, verbose=verbose)
    in_paths = o.input_paths(paths)
    doc_date = o.parse_date(document_date, note=reporter.note)
    kinds = o.parse_only(only)
    fmt = o.choose_format(format, output)
    opts = source_options(glob, max_bytes, input_format, text_field, id_field, encoding, hidden)
    if scheduler:
        raise typer.Exit(_on_dask(in_paths, scheduler, output, opts, doc_date, kinds, reporter))
    run = Run(in_paths, o.single_document(in_paths, input_format), reporter, jobs=jobs,
              document_date=doc_date, only=kinds, ordered=not unordered,
              # JSON Lines are serialised where the document is extracted (in the workers), so
              # the parent only writes strings.
              render="jsonl" if fmt == o.Format.jsonl else None,
              data_on_terminal=output is None and stdout_is_terminal(),
              input_format=input_format, source_options=opts)
    with open_output(output, newline=newline_for(fmt)) as stream:
        out = writer(fmt, stream, shape="documents", single=run.single, color=color,
                     sentences=sentences, explain=explain, bom=bom)
        raw = raw_stream(stream)
        for result in results(run, sources(in_paths, opts, defer=True)):
            if isinstance(result, Rendered):  # a JSON line: what the jsonl writer writes
                if raw is not None and result.data is not None:
                    raw.write(result.data)
                    raw.flush()
                else:
                    stream.write(result.line)
                    stream.flush()
            else:
                out.write(result)
        out.close()
    reporter.summary()
    raise typer.Exit(o.EXIT_FAILED if reporter.failures else o.EXIT_OK)



def _on_dask(paths: list[str], scheduler: str, output: object, opts: dict[str, object],
             doc_date: object, kinds: tuple[str, ...] | None, reporter: Reporter) -> int:
    """``--scheduler``: the cluster run; the library returns a summary or raises, we print."""
    from pathlib import Path

    if output is None or str(output) == "-":
        return _usage("--scheduler writes JSONL parts to a folder: give --output DIR")
    folder = Path(str(output))
    if folder.exists() and not folder.is_dir():
        return _usage(f"--output {folder} is a file; --scheduler needs a folder")
    if "-" in paths:
        return _usage("stdin cannot be sent to a Dask cluster; give files or folders")
    from .. import dask as tdask

    try:
        tdask.require_dask()
    except ModuleNotFoundError as exc:
        return _usage(str(exc))
    try:
        summary = tdask.extract_to_folder(
            paths, folder, scheduler=scheduler, document_date=doc_date, only=kinds,
            globs=opts["globs"], max_bytes=opts["max_bytes"],
            input_format=opts["input_format"], text_field=opts["text_field"],
            id_field=opts["id_field"], encoding=opts.get("encoding"),
            hidden=opts.get("hidden", False))
    except OSError as exc:
        # Scheduler unreachable (connection refused, timeout) or output not writable.
        reporter.error(f"Dask scheduler {scheduler}: {exc}")
        return o.EXIT_FAILED
    for failure in summary.failures:
        reporter.error(failure.line(), failure.detail)
    reporter.note(f"{summary.documents} documents → {len(summary.parts)} parts in {folder}")
    return o.EXIT_FAILED if summary.failures else o.EXIT_OK


def _usage(message: str) -> int:
    import sys

    sys.stderr.write(f"thaiextract: error: {message}\n")
    return o.EXIT_USAGE


def register(app: typer.Typer) -> None:
    app.command(name="extract", short_help=summary(extract))(extract)
