"""``thaiextract check``: report what looks wrong in articles (see :mod:`thaiextract.check`).

Output per document (json, jsonl): ``{"source", "id", "document_date", "findings": [...]}``;
csv/tsv: one row a finding; table (default on a terminal): one table a document.
Exit code: 1 if any document failed, else 3 if anything was found, else 0.
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import options as o
from .helptext import summary
from .output import newline_for, open_output, writer
from .run import Reporter, Run, results, stdout_is_terminal
from .sources import source_options, sources

FORMATS = (o.Format.table, o.Format.json, o.Format.jsonl, o.Format.csv, o.Format.tsv)
RANK = {"error": 0, "warning": 1, "info": 2}


def check(
    paths: o.Paths = None,
    format: Annotated[
        o.Format | None,
        typer.Option("--format", "-f", metavar="FORMAT", help=o.format_help(FORMATS),
                     show_default=False),
    ] = None,
    min_severity: Annotated[
        o.Severity, typer.Option("--min-severity", help="Report findings of this severity "
                                 "and worse only (also for the exit code).")
    ] = o.Severity.info,
    output: o.OutputOpt = None,
    document_date: o.DocumentDateOpt = None,
    glob: o.GlobOpt = None,
    max_bytes: o.MaxBytesOpt = o.DEFAULT_MAX_SIZE,
    jobs: o.JobsOpt = None,
    input_format: o.InputFormatOpt = o.InputFormat.auto,
    text_field: o.TextFieldOpt = "text",
    id_field: o.IdFieldOpt = "id",
    encoding: o.EncodingOpt = None,
    hidden: o.HiddenOpt = False,
    sentences: Annotated[bool, typer.Option("--sentences", help="table: show each finding's "
                                            "sentence.")] = False,
    color: o.ColorOpt = o.ColorMode.auto,
    bom: o.BomOpt = False,
    quiet: o.QuietOpt = False,
    verbose: o.VerboseOpt = False,
    debug: o.DebugOpt = False,
) -> None:
    """Find what looks wrong in articles: weekday/date mismatches, impossible dates, era and year
    typos, past events dated after the article, people with two titles or positions, meetings
    with two dates, Thai and Arabic digits that disagree.

    Exit code: 0 nothing found, 3 something found, 1 a document failed (wins over 3), 2 usage.

    Example:

        thaiextract check samples/ --format json
    """
    from ..check import check_document, report

    o.check_format(format, FORMATS)
    reporter = Reporter(quiet=quiet, debug=debug, verbose=verbose)
    in_paths = o.input_paths(paths)
    doc_date = o.parse_date(document_date, note=reporter.note)
    fmt = o.choose_format(format, output)
    opts = source_options(glob, max_bytes, input_format, text_field, id_field, encoding, hidden)
    run = Run(in_paths, o.single_document(in_paths, input_format), reporter, jobs=jobs,
              document_date=doc_date, data_on_terminal=output is None and stdout_is_terminal(),
              input_format=input_format, source_options=opts)
    found = 0
    limit = RANK[min_severity.value]
    with open_output(output, newline=newline_for(fmt)) as stream:
        out = writer(fmt, stream, shape="findings", single=run.single, color=color,
                     sentences=sentences, bom=bom)
        for doc in results(run, sources(in_paths, opts, defer=True)):
            try:
                findings = [f for f in check_document(doc) if RANK[f.severity] <= limit]
            except Exception as exc:  # one document's bug must not end the run
                import traceback

                reporter.documents -= 1
                reporter.error(f"{doc.source}: internal error in check: "
                               f"{type(exc).__name__}: {exc}", traceback.format_exc())
                continue
            found += len(findings)
            out.write(report(doc, findings))
        out.close()
    reporter.summary()
    if reporter.failures:
        raise typer.Exit(o.EXIT_FAILED)
    raise typer.Exit(o.EXIT_FINDINGS if found else o.EXIT_OK)



def register(app: typer.Typer) -> None:
    app.command(name="check", short_help=summary(check))(check)
