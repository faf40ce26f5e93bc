"""Where the data goes: stdout or ``--output FILE``, and the writer of the chosen format.

Two ends of a stream are not input failures and get no traceback: a reader that went away
(``| head -1``: exit 0, quietly, as ripgrep does) and a full disk (one line "no space left on
device writing …", exit 1).
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import typer

from .options import EXIT_FAILED, EXIT_OK, ColorMode, Format, resolve_color


@contextmanager
def open_output(path: str | Path | None, *, newline: str | None = None) -> Iterator[TextIO]:
    """stdout, or ``path`` opened for writing; a closed pipe and a full disk end the run."""
    to_stdout = path is None or str(path) == "-"
    name = "<stdout>" if to_stdout else str(path)
    try:
        if to_stdout:
            yield sys.stdout
            sys.stdout.flush()
            return
        try:
            handle = open(path, "w", encoding="utf-8", newline=newline)  # type: ignore[arg-type]  # noqa: SIM115
        except OSError as exc:
            raise typer.BadParameter(f"cannot write {path}: {exc.strerror}",
                                     param_hint="--output") from None
        with handle:
            yield handle
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise
        sys.stderr.write(f"thaiextract: error: {os.strerror(exc.errno).lower()} writing "
                         f"{name}\n")
        if to_stdout:
            silence_stdout()  # what is still buffered cannot be written either
        raise typer.Exit(EXIT_FAILED) from None


def raw_stream(stream: TextIO) -> BinaryIO | None:
    """The byte stream under ``stream`` if UTF-8 bytes written there are exactly what writing
    their text to ``stream`` gives (UTF-8, no newline translation); flushed, so that text
    already written comes first. None otherwise."""
    raw = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None) or ""
    if raw is None or os.linesep != "\n" or codecs.lookup(encoding).name != "utf-8":
        return None
    stream.flush()
    return raw


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that the final flush cannot fail again."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def writer(fmt: Format, stream: TextIO, *, shape: str, single: bool = False,
           color: ColorMode = ColorMode.auto, **options: Any) -> Any:
    """The writer of ``fmt`` for ``shape`` records (see :func:`thaiextract.render.open_writer`)."""
    from ..render import open_writer

    return open_writer(fmt.value, stream, shape=shape, single=single,
                       color=resolve_color(color, stream), **options)


def newline_for(fmt: Format) -> str | None:
    # The csv module writes its own \r\n line ends; the file must not translate them.
    return "" if fmt in (Format.csv, Format.tsv) else None
