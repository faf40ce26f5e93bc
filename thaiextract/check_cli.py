"""``thaiextract check``: report what looks wrong in articles (see :mod:`thaiextract.check`).

Output per document (json, jsonl): ``{"source", "id", "document_date", "findings": [...]}``;
csv: one row a finding; table (default on a terminal): one table a document.
Exit code: 1 if any document failed, else 3 if anything was found, else 0.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import Enum
from typing import Annotated, Any, TextIO

import typer

from .cli import (
    EXIT_FAILED,
    EXIT_FINDINGS,
    EXIT_OK,
    DebugOpt,
    DocumentDateOpt,
    GlobOpt,
    IdFieldOpt,
    InputFormat,
    InputFormatOpt,
    JobsOpt,
    MaxBytesOpt,
    OutputOpt,
    Paths,
    QuietOpt,
    Reporter,
    TextFieldOpt,
    _input_paths,
    _output,
    _parse_date,
    _single_document,
    _sources,
)
from .read import DEFAULT_MAX_BYTES


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class MinSeverity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


CSV_COLUMNS = ("source", "id", "document_date", "code", "severity", "text", "start", "end",
               "message_en", "message_th", "spans", "sentence")
RANK = {"error": 0, "warning": 1, "info": 2}


class FindingsWriter:
    """Writes one document's report at a time in the chosen format."""

    def __init__(self, fmt: CheckFormat, stream: TextIO, single: bool, color: bool | None):
        self.fmt = fmt
        self.stream = stream
        self.single = single
        self.count = 0
        if fmt == CheckFormat.csv:
            self.csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self.csv.writeheader()
        if fmt == CheckFormat.table:
            from rich.console import Console

            self.console = Console(file=stream, force_terminal=color, no_color=color is False,
                                   highlight=False, soft_wrap=False)

    def write(self, data: dict[str, Any]) -> None:
        getattr(self, f"_write_{self.fmt.value}")(data)
        self.count += 1
        self.stream.flush()

    def _write_jsonl(self, data: dict[str, Any]) -> None:
        self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")

    def _write_json(self, data: dict[str, Any]) -> None:
        body = json.dumps(data, ensure_ascii=False, indent=2)
        if self.single:
            self.stream.write(body)
            return
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write("\n".join("  " + line for line in body.splitlines()))

    def _write_csv(self, data: dict[str, Any]) -> None:
        for finding in data["findings"]:
            row = dict(finding, source=data["source"], id=data.get("id") or "",
                       document_date=data["document_date"] or "")
            row["spans"] = " | ".join(f"{s['text']}@{s['start']}-{s['end']}"
                                      for s in finding["spans"])
            self.csv.writerow(row)

    def _write_table(self, data: dict[str, Any]) -> None:
        from rich.markup import escape
        from rich.table import Table

        header = f"[bold]{escape(data['source'])}[/bold]"
        if data.get("id"):
            header += f" #{escape(str(data['id']))}"
        header += f"  document date: {data['document_date'] or '—'}"
        self.console.rule(header)
        if not data["findings"]:
            self.console.print("nothing found")
            return
        table = Table(title=f"Findings ({len(data['findings'])})", title_justify="left")
        for name in ("severity", "code", "text", "at", "message"):
            table.add_column(name, overflow="fold")
        colour = {"error": "red", "warning": "yellow", "info": "cyan"}
        for f in data["findings"]:
            table.add_row(f"[{colour[f['severity']]}]{f['severity']}[/]", f["code"],
                          escape(f["text"]), f"{f['start']}–{f['end']}",
                          escape(f"{f['message_en']}\n{f['message_th']}"))
        self.console.print(table)

    def close(self) -> None:
        if self.fmt == CheckFormat.json:
            if self.single:
                self.stream.write("\n" if self.count else "null\n")
            else:
                self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


def check(
    paths: Paths = None,
    format: Annotated[
        CheckFormat | None,
        typer.Option("--format", "-f", help="Output format. Default: table on a terminal, "
                     "jsonl otherwise.", show_default=False),
    ] = None,
    min_severity: Annotated[
        MinSeverity, typer.Option("--min-severity", help="Report findings of this severity "
                                  "and worse only (also for the exit code).")
    ] = MinSeverity.info,
    output: OutputOpt = None,
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
    """Find what looks wrong in articles: weekday/date mismatches, impossible dates, era and year
    typos, past events dated after the article, people with two titles or positions, meetings
    with two dates, Thai and Arabic digits that disagree.

    Exit code: 0 nothing found, 3 something found, 1 a document failed (wins over 3), 2 usage.

    Example:

        thaiextract check samples/ --format json
    """
    from .batch import Failure, process
    from .check import check_document, report

    in_paths = _input_paths(paths)
    doc_date = _parse_date(document_date)
    fmt = format or (CheckFormat.table if output is None and sys.stdout.isatty()
                     else CheckFormat.jsonl)
    reporter = Reporter(quiet=quiet, debug=debug)
    single = _single_document(in_paths, input_format)
    found = 0
    limit = RANK[min_severity.value]
    sources = _sources(in_paths, glob, max_bytes, input_format, text_field, id_field)
    with _output(output, newline="" if fmt == CheckFormat.csv else None) as stream:
        writer = FindingsWriter(fmt, stream, single, None if output is None else False)
        for result in process(sources, document_date=doc_date,
                              jobs=jobs or (1 if single else os.cpu_count() or 1),
                              progress=not quiet):
            if isinstance(result, Failure):
                reporter.error(result.line(), result.detail)
                continue
            try:
                findings = [f for f in check_document(result) if RANK[f.severity] <= limit]
            except Exception as exc:  # one document's bug must not end the run
                import traceback

                reporter.error(f"{result.source}: internal error in check: "
                               f"{type(exc).__name__}: {exc}", traceback.format_exc())
                continue
            found += len(findings)
            writer.write(report(result, findings))
        writer.close()
    if reporter.failures:
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_FINDINGS if found else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command(name="check")(check)
