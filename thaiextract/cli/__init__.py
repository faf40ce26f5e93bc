"""The ``thaiextract`` command: a thin layer over the pipeline.

Data goes to stdout, everything else (errors, progress, the summary line) to stderr. Exit codes:
0 every document processed, 1 at least one failed (the others are still processed and printed),
2 usage error, 3 ``check`` found something, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM),
129 hung up (SIGHUP). A closed pipe (``| head``) is not a failure: exit 0, quietly.

One module per command group: :mod:`.extract`, :mod:`.check`, :mod:`.index` (index and query),
:mod:`.text` (segment, normalize), :mod:`.schema`. Beside them: :mod:`.options` (shared option
definitions and their parsers), :mod:`.run` (the one run loop), :mod:`.sources` (paths → sources),
:mod:`.output` (stdout or a file, and the writer of a format), :mod:`.signals` (SIGINT, SIGTERM,
SIGHUP), :mod:`.helptext` and :mod:`.coerce` (where typer's help and value parsing are changed).
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import suppress
from types import ModuleType
from typing import Annotated

from .. import __version__, cache

# Before typer and the modules below compile their patterns: they find last run's in re's cache.
cache.enable()

import typer  # noqa: E402

from ..batch import pause_collector_for_startup  # noqa: E402
from . import check, coerce, extract, helptext, index, schema, signals, text  # noqa: E402
from .options import EXIT_FAILED, EXIT_OK, EXIT_USAGE  # noqa: E402
from .output import silence_stdout  # noqa: E402


def _version(value: bool) -> None:
    if value:
        typer.echo(f"thaiextract {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Thai news → facts with offsets. Run `thaiextract COMMAND --help` for each command."""


def _make_app(modules: tuple[ModuleType, ...]) -> typer.Typer:
    made = typer.Typer(
        name="thaiextract",
        help="Extract dates, people, organisations, meetings and initiatives from Thai news, "
        "with exact character offsets into the original input.",
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_enable=False,
    )
    made.callback()(_root)
    for module in modules:
        module.register(made)
    return made


helptext.install()
coerce.install()
COMMAND_MODULES = (extract, text, check, index, schema)
app = _make_app(COMMAND_MODULES)
# Each command name → the module that registers it.
_OWNERS = {command.name or "": module for module in COMMAND_MODULES
           for command in _make_app((module,)).registered_commands}
_OWNERS.update({group.name or "": index for group in _make_app((index,)).registered_groups})


def app_for(argv: list[str]) -> typer.Typer:
    """The app to run ``argv`` with: typer turns every registered command into a click command
    at each start (≈6 ms of a one-article run for all of them), and a run that names its
    command needs only that one, with the same parsing, help and errors. Anything else (no
    command, --help, --version, an unknown name, shell completion) gets the whole app."""
    module = _OWNERS.get(argv[0]) if argv else None
    if module is None or "_THAIEXTRACT_COMPLETE" in os.environ:
        return app
    return _make_app((module,))

def main() -> None:
    """Console entry point: UTF-8 streams, clean exits on signals and closed pipes."""
    pause_collector_for_startup()  # resumed after the first document (batch.process)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8",
                                                                                       "utf8"):
            stream.reconfigure(encoding="utf-8")
    signals.install()
    if sys.stdin is None:  # started with stdin closed (<&-): reading "-" finds nothing
        sys.stdin = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    if sys.stdout is None:  # started with stdout closed (>&-)
        if not any(a in ("-o", "--output") or a.startswith("--output=") for a in sys.argv[1:]):
            sys.stderr.write("thaiextract: error: standard output is closed (give -o FILE)\n")
            _exit_now(EXIT_USAGE)
        # The data goes to --output; stdout stays open (as a null device) until the process ends.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        app_for(sys.argv[1:])(prog_name="thaiextract")
        code: object = EXIT_OK
    except SystemExit as done:
        code = done.code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other Unix tools.
        silence_stdout()
        code = EXIT_OK
    except Exception as exc:  # a bug outside any one document: one line, not a traceback
        if "--debug" in sys.argv:
            raise
        sys.stderr.write(f"thaiextract: internal error: {type(exc).__name__}: {exc} "
                         "(--debug shows the traceback)\n")
        code = EXIT_FAILED
    cache.save()
    stopped = signals.outcome()
    if stopped is not None:
        # typer turns every KeyboardInterrupt into 130; the signal decides the code.
        code, line = stopped
        sys.stderr.write(line + "\n")
    _exit_now(code)


def _exit_now(code: object) -> None:
    """Exit without the interpreter's teardown.

    Every command has closed its files, databases and worker pools by the time it returns; what
    is left is freeing the word lists and automata object by object, about 70 ms of a 0.4 s run.
    """
    if isinstance(code, str):  # sys.exit("message") semantics
        sys.stderr.write(code + "\n")
        code = EXIT_FAILED
    with suppress(OSError, ValueError, AttributeError):  # AttributeError: a stream closed at start
        sys.stdout.flush()
    with suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(code if isinstance(code, int) else EXIT_OK if code is None else EXIT_FAILED)


__all__ = ["app", "app_for", "main"]
