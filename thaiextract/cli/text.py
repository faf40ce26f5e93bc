"""``thaiextract segment`` and ``thaiextract normalize``: the text as the extractors see it."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from . import options as o
from .helptext import summary
from .output import open_output
from .run import Reporter
from .sources import source_options, sources


class Engine(str, Enum):
    nlpo3 = "nlpo3"
    newmm = "newmm"


def segment(
    paths: o.Paths = None,
    sentences: Annotated[bool, typer.Option("--sentences", "-s", help="One sentence a line "
                                            "instead of one word a line.")] = False,
    engine: Annotated[Engine, typer.Option("--engine", help="pythainlp word tokeniser: nlpo3 "
                                           "(fast) or newmm.")] = Engine.nlpo3,
    glob: o.GlobOpt = None,
    max_bytes: o.MaxBytesOpt = o.DEFAULT_MAX_SIZE,
    encoding: o.EncodingOpt = None,
    hidden: o.HiddenOpt = False,
    quiet: o.QuietOpt = False,
) -> None:
    """Print the cleaned text as words (one a line, a blank line between sentences) or sentences.

    Example:

        thaiextract segment samples/adgmin-2022.txt --sentences
    """
    from ..pipeline import prepare
    from ..segment import word_spans

    reporter = Reporter(quiet=quiet)
    opts = source_options(glob, max_bytes, o.InputFormat.auto, encoding=encoding, hidden=hidden)
    with open_output(None) as out:
        for src in sources(o.input_paths(paths), opts):
            if src.error:
                reporter.error(f"{src.name}: {src.error}")
                continue
            doc = prepare(src.text, source=src.name, is_html=src.is_html)
            for sentence in doc.sentences:
                if sentences:
                    out.write(sentence.text.replace("\n", " ") + "\n")
                    continue
                span = doc.chain.views[-1].to_parent(sentence.nstart, sentence.nend)
                for start, end in word_spans(doc.clean.text, *span, engine=engine.value):
                    out.write(doc.clean.text[start:end] + "\n")
                out.write("\n")
            out.flush()
    raise typer.Exit(o.EXIT_FAILED if reporter.failures else o.EXIT_OK)


def normalize(
    paths: o.Paths = None,
    glob: o.GlobOpt = None,
    max_bytes: o.MaxBytesOpt = o.DEFAULT_MAX_SIZE,
    encoding: o.EncodingOpt = None,
    hidden: o.HiddenOpt = False,
    quiet: o.QuietOpt = False,
) -> None:
    """Print the text the extractors see: boilerplate gone, Thai digits as Arabic, variants folded.

    With several inputs, each is preceded by a line "==> PATH <==".

    Example:

        thaiextract normalize samples/digital-covid-2020.txt
    """
    from ..pipeline import prepare

    reporter = Reporter(quiet=quiet)
    in_paths = o.input_paths(paths)
    many = not o.single_document(in_paths, o.InputFormat.files)
    opts = source_options(glob, max_bytes, o.InputFormat.auto, encoding=encoding, hidden=hidden)
    with open_output(None) as out:
        for src in sources(in_paths, opts):
            if src.error:
                reporter.error(f"{src.name}: {src.error}")
                continue
            doc = prepare(src.text, source=src.name, is_html=src.is_html)
            if many:
                out.write(f"==> {src.name} <==\n")
            out.write(doc.text.strip("\n") + "\n")
            out.flush()
    raise typer.Exit(o.EXIT_FAILED if reporter.failures else o.EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command(name="segment", short_help=summary(segment))(segment)
    app.command(name="normalize", short_help=summary(normalize))(normalize)


