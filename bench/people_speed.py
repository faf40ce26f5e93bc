"""CPU of the people stage alone over the unique corpus, and the md5 of every JSON line.

Each text once, after a warm-up on ``tests/articles`` (as ``speed.py`` does), with the
dictionary automaton built first (as ``batch.warm_up`` does). ``--against DIR`` runs alternated
processes with ``DIR`` (a folder holding another copy of the ``thaiextract`` package, e.g. the
branch point) first on ``PYTHONPATH``: CPU time, since wall time on the shared machine is noise.

    python bench/people_speed.py                          # one run: md5, people and total CPU
    python bench/people_speed.py --against /tmp/base      # 3 alternated pairs
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import corpus  # bench/corpus.py (the script's folder is first on sys.path)

HERE = Path(__file__).resolve()


def measure() -> str:
    """One line: md5 of all JSON lines, people-stage CPU, whole extraction CPU."""
    import thaiextract
    import thaiextract.extractors.people as people
    from thaiextract.batch import render_jsonl
    from thaiextract.corpus import use_word_automaton
    from thaiextract.pipeline import extract

    use_word_automaton()
    for text in corpus.warmup():
        render_jsonl(extract(text))
    spent = [0.0]
    stage = people.extract

    def timed(doc, facts):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            return stage(doc, facts)
        finally:
            spent[0] += time.process_time() - start

    people.extract = timed  # type: ignore[assignment]
    digest = hashlib.md5()
    start = time.process_time()
    docs = corpus.unique()
    for text in docs:
        digest.update(render_jsonl(extract(text)).data)
    total = time.process_time() - start
    where = Path(thaiextract.__file__).parent.parent
    return (f"{where}: {len(docs)} docs md5={digest.hexdigest()} people={spent[0]:.3f}s "
            f"extraction={total:.3f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="folder holding the other thaiextract package")
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    if not args.against:
        print(measure())
        return
    for _ in range(args.pairs):
        for path in (args.against, None):
            env = dict(os.environ)
            if path:
                env["PYTHONPATH"] = path
            subprocess.run([sys.executable, str(HERE)], env=env, check=True)


if __name__ == "__main__":
    main()
