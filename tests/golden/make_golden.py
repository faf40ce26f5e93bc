"""Record (or check) the golden extraction output that refactors must keep byte-identical.

    python tests/golden/make_golden.py          # rewrite tests/golden/*.jsonl
    python tests/golden/make_golden.py --check  # exit 1 and show the first differences

Inputs: every file in samples/, the seed articles and ThaiNER 1.5 sentences from ../shared (the
first 1,000 train-split lines), and tests/articles/. Each set is one JSON Lines file of
``Document.to_dict()`` with a fixed document date for ThaiNER lines (they carry none).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
THAINER = SHARED / "bench" / "thainer-1.5.jsonl"
THAINER_LINES = 1000


def _file_docs(paths: list[Path]) -> list[str]:
    from thaiextract.read import read_path

    lines = []
    for path in paths:
        lines.append(_line(read_path(str(path)), name=f"{path.parent.name}/{path.name}"))
    return lines


def _line(src, name: str) -> str:
    from thaiextract.pipeline import extract_source

    if src.error:
        return json.dumps({"source": name, "error": src.error}, ensure_ascii=False)
    data = extract_source(src).to_dict()
    data["source"] = name
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def _thainer() -> list[str]:
    from thaiextract.pipeline import extract

    out = []
    with THAINER.open(encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            if rec.get("split") != "train":
                continue
            doc = extract(rec["text"], source=rec["id"], document_date="2019-06-01")
            out.append(json.dumps(doc.to_dict(), ensure_ascii=False))
            if len(out) == THAINER_LINES:
                break
    return out


def sets() -> dict[str, list[str]]:
    result = {
        "samples": _file_docs(sorted((ROOT / "samples").iterdir())),
        "articles": _file_docs(sorted((ROOT / "tests" / "articles").glob("*.txt"))),
    }
    if (SHARED / "seeds").is_dir():
        result["seeds"] = _file_docs(sorted((SHARED / "seeds").glob("*.txt")))
    if THAINER.is_file():
        result["thainer"] = _thainer()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    failed = False
    for name, lines in sets().items():
        path = HERE / f"{name}.jsonl"
        text = "\n".join(lines) + "\n"
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({len(lines)} documents)")
            continue
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            failed = True
            diff = difflib.unified_diff(old.splitlines(), lines, f"golden/{name}", "now", n=0)
            for k, row in enumerate(diff):
                if k > 40:
                    print("…")
                    break
                print(row[:400])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
