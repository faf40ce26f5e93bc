"""Build a deterministic benchmark corpus of Thai news-like documents.

Sources: the articles in ``samples/`` (decoded with the package's own rules) and the text lines of
the ThaiNER 1.5 corpus (``../shared/bench/thainer-1.5.jsonl``; train and val lines only, never
``test``). ThaiNER lines are mostly news sentences and paragraphs; they are shuffled with a fixed
seed and grouped into documents of 6–14 lines, and every 25th document is a sample article, so the
mix looks like a news archive. Same arguments, same bytes.

Two corpora: :func:`unique` uses every line and every sample exactly once (for speed on text never
seen before: the extractor's caches must not make repeated text cheap); :func:`build` makes any
number of documents, reusing the lines once they run out (for ``--jobs`` and memory, where the
number of files matters more than their novelty). :func:`warmup` is other text (the whole-article
tests in ``tests/articles/``), never part of a measured slice.

    python bench/corpus.py --docs 2000          # bench/out/corpus-2000.jsonl and a folder of .txt

The JSONL file has one record a line: ``{"id": "doc-00001", "text": "..."}``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repository; a worktree (../wt/NAME) looks two levels up.
THAINER = next((p for p in (ROOT.parent / "shared" / "bench" / "thainer-1.5.jsonl",
                            ROOT.parent.parent / "shared" / "bench" / "thainer-1.5.jsonl")
                if p.exists()), ROOT.parent / "shared" / "bench" / "thainer-1.5.jsonl")
SAMPLES = ROOT / "samples"
OUT = ROOT / "bench" / "out"
SEED = 20240127
SAMPLE_EVERY = 25


def thainer_lines(path: Path = THAINER) -> list[str]:
    """Text lines of the train and val splits, in file order."""
    lines = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record.get("split") in ("train", "val") and record["text"].strip():
                lines.append(record["text"].strip())
    return lines


def sample_texts(folder: Path = SAMPLES) -> list[str]:
    """Plain-text sample articles (HTML left out: it measures trafilatura, not us)."""
    sys.path.insert(0, str(ROOT))
    from thaiextract.read import read_path

    texts = []
    for path in sorted(folder.glob("*.txt")):
        src = read_path(str(path))
        if not src.error:
            texts.append(src.text)
    return texts


def _grouped(lines: list[str], rng: random.Random) -> list[str]:
    """``lines`` in documents of 6–14 lines, each line once."""
    docs = []
    while lines:
        size = rng.randint(6, 14)
        docs.append("\n".join(lines[:size]) + "\n")
        del lines[:size]
    return docs


def unique(*, seed: int = SEED) -> list[str]:
    """Documents holding every ThaiNER train/val line and every sample article exactly once."""
    rng = random.Random(seed)
    lines = list(dict.fromkeys(thainer_lines()))  # ThaiNER repeats a few lines itself
    rng.shuffle(lines)
    docs = _grouped(lines, rng)
    for k, sample in enumerate(sample_texts()):
        docs.insert(min(len(docs), (k + 1) * SAMPLE_EVERY), sample)
    return docs


def warmup() -> list[str]:
    """Other text than :func:`unique`'s, to build lexicons and automata outside the timings."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles")
                                                          .glob("*.txt"))]


def build(n_docs: int, *, seed: int = SEED) -> list[str]:
    """``n_docs`` document texts; deterministic for a given ``seed``."""
    rng = random.Random(seed)
    lines = thainer_lines()
    samples = sample_texts()
    pool: list[str] = []
    docs = []
    for number in range(1, n_docs + 1):
        if samples and number % SAMPLE_EVERY == 0:
            docs.append(samples[(number // SAMPLE_EVERY) % len(samples)])
            continue
        size = rng.randint(6, 14)
        if len(pool) < size:
            # Reuse the lines in a fresh order once they run out.
            fresh = lines[:]
            rng.shuffle(fresh)
            pool = fresh + pool
        docs.append("\n".join(pool[-size:]) + "\n")
        del pool[-size:]
    return docs


def write(docs: list[str], out: Path = OUT, *, folder: bool = True) -> Path:
    """Write ``corpus-N.jsonl`` (and ``corpus-N/`` with one .txt a document); return the JSONL."""
    out.mkdir(parents=True, exist_ok=True)
    jsonl = out / f"corpus-{len(docs)}.jsonl"
    with open(jsonl, "w", encoding="utf-8") as handle:
        for number, text in enumerate(docs, start=1):
            handle.write(json.dumps({"id": f"doc-{number:05d}", "text": text},
                                    ensure_ascii=False) + "\n")
    if folder:
        target = out / f"corpus-{len(docs)}"
        target.mkdir(exist_ok=True)
        for number, text in enumerate(docs, start=1):
            (target / f"doc-{number:05d}.txt").write_text(text, encoding="utf-8")
    return jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="number of documents")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-folder", action="store_true", help="write only the JSONL file")
    args = parser.parse_args(argv)
    docs = build(args.docs, seed=args.seed)
    path = write(docs, args.out, folder=not args.no_folder)
    chars = sum(map(len, docs))
    print(f"{path}: {len(docs)} documents, {chars:,} characters, "
          f"{path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
