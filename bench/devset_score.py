"""Score thaiextract against the hand-made development sets in ``tests/devset/``.

Each line of a set is one real article with gold annotations (format: ``tests/devset/README.md``).
Every article goes through :func:`thaiextract.extract` with ``is_html`` set from its
``input_format``. An article whose date is known only from its record (``published``: the
timestamp a scraped CSV or JSON record carries beside the text, as a JSONL archive would) gets it
as the document date; every other article's own date must be found in the text.

Per file and per kind, precision / recall / F1 are micro-averaged over the articles whose
``annotated`` list names the kind (other articles are not counted for that kind at all):

- dates: the gold and predicted ``(value, end_value)`` pairs are compared as a multiset per
  article (a predicted date without a value never matches); document_date accuracy is over every
  article of the file (both null counts as right); a second "dates (dated)" row counts only the
  articles whose own date is known (a year-less date elsewhere has no year to find);
- people: a prediction matches a gold person when the gold name with spaces removed equals the
  predicted name with spaces removed, or is contained in one of the predicted mention texts;
  each gold and each predicted person is matched at most once. On matched pairs: title accuracy
  (titles compared with spaces and dots removed; null equals null) and position accuracy over the
  pairs whose gold position is not null: right when one of the predicted ``position`` /
  ``position_expanded`` (spaces removed) equals, contains or is contained in the gold position;
- meetings / initiatives: names normalised (spaces removed, Thai digits made Arabic, every dash a
  hyphen, as the normaliser writes names; the abbreviation mark ฯ dropped) match when
  equal, or when one contains the other and the shorter is at least 0.6 of the longer. On matched
  pairs: meetings ordinal and date accuracy, initiatives kind accuracy.

    python bench/devset_score.py                              # tests/devset/news.jsonl
    python bench/devset_score.py tests/devset/*.jsonl --kinds dates,people --show-errors
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The package of the interpreter that runs this script (a worktree's own virtualenv scores that
# worktree's code), not necessarily the checkout this file sits in.

from thaiextract import extract  # noqa: E402

KINDS = ("dates", "people", "meetings", "initiatives")
DEFAULT_FILES = (ROOT / "tests" / "devset" / "news.jsonl",)
# Names compare in the form the normaliser gives them: Arabic digits, one hyphen for every dash.
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙\u2010\u2011\u2012\u2013\u2014\u2212",
                            "0123456789------")
Record = dict[str, Any]


@dataclass
class Tally:
    """Counts for one kind in one file."""

    articles: int = 0
    gold: int = 0
    pred: int = 0
    tp: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def add_attr(self, name: str, right: bool) -> None:
        cell = self.attrs.setdefault(name, [0, 0])
        cell[0] += int(right)
        cell[1] += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def squash(text: str | None) -> str:
    return "".join((text or "").split())


def norm_name(text: str | None) -> str:
    # The abbreviation mark is optional in writing: "สหรัฐฯ" and "สหรัฐ" name one country.
    return squash(text).translate(THAI_DIGITS).replace("ฯ", "")


def norm_title(text: str | None) -> str:
    return squash(text).replace(".", "")


def mention_texts(item: Record) -> list[str]:
    texts = []
    for mention in item.get("mentions") or ():
        texts.append(mention.get("text", "") if isinstance(mention, dict) else str(mention))
    return texts


def names_match(gold: str | None, pred: str | None) -> bool:
    a, b = norm_name(gold), norm_name(pred)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) / len(long_) >= 0.6


def person_matches(gold: Record, pred: Record) -> bool:
    name = squash(gold.get("name"))
    if not name:
        return False
    if name == squash(pred.get("name")):
        return True
    return any(name in squash(text) for text in mention_texts(pred))


def position_right(gold: str, pred: Record) -> bool:
    want = squash(gold)
    for key in ("position", "position_expanded"):
        got = squash(pred.get(key))
        if got and (got == want or got in want or want in got):
            return True
    return False


def pair_up(gold: list[Record], pred: list[Record],
            same: Callable[[Record, Record], bool]) -> tuple[list[tuple[Record, Record]],
                                                              list[Record], list[Record]]:
    """Greedy one-to-one matching in gold order; returns pairs, missed gold, extra predictions."""
    free = list(range(len(pred)))
    pairs, missed = [], []
    for g in gold:
        hit = next((i for i in free if same(g, pred[i])), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, pred[hit]))
    return pairs, missed, [pred[i] for i in free]


def score_dates(gold: list[Record], pred: list[Record], tally: Tally,
                errors: list[str]) -> None:
    g = Counter((d["value"], d.get("end_value")) for d in gold)
    p = Counter((d.get("value"), d.get("end_value")) for d in pred)
    tally.gold += sum(g.values())
    tally.pred += sum(p.values())
    tally.tp += sum((g & p).values())
    texts: dict[tuple[Any, Any], str] = {}
    for d in pred:
        texts.setdefault((d.get("value"), d.get("end_value")), d.get("text", ""))
    for key, n in (g - p).items():
        errors.append(f"  FN date {key[0]}{'..' + key[1] if key[1] else ''} x{n}")
    for key, n in (p - g).items():
        shown = f"{key[0]}{'..' + str(key[1]) if key[1] else ''}"
        errors.append(f"  FP date {shown} x{n} ({texts.get(key, '')!r})")


def score_people(gold: list[Record], pred: list[Record], tally: Tally,
                 errors: list[str]) -> None:
    pairs, missed, extra = pair_up(gold, pred, person_matches)
    tally.gold += len(gold)
    tally.pred += len(pred)
    tally.tp += len(pairs)
    for g, p in pairs:
        tally.add_attr("title", norm_title(g.get("title")) == norm_title(p.get("title")))
        if g.get("position"):
            right = position_right(g["position"], p)
            tally.add_attr("position", right)
            if not right:
                errors.append(f"  POS {g['name']}: gold {g['position']!r}, "
                              f"got {p.get('position')!r}")
    for g in missed:
        errors.append(f"  FN person {g.get('title') or ''}{g['name']}")
    for p in extra:
        errors.append(f"  FP person {p.get('title') or ''}|{p.get('name')}| "
                      f"({p.get('text', '')!r})")


def score_named(kind: str, gold: list[Record], pred: list[Record], tally: Tally,
                errors: list[str]) -> None:
    pairs, missed, extra = pair_up(gold, pred,
                                   lambda g, p: names_match(g.get("name"), p.get("name")))
    tally.gold += len(gold)
    tally.pred += len(pred)
    tally.tp += len(pairs)
    attrs = ("ordinal", "date") if kind == "meetings" else ("kind",)
    for g, p in pairs:
        for attr in attrs:
            tally.add_attr(attr, g.get(attr) == p.get(attr))
    for g in missed:
        errors.append(f"  FN {kind[:-1]} {g.get('name')}")
    for p in extra:
        errors.append(f"  FP {kind[:-1]} {p.get('name')}")


def load(path: Path) -> list[Record]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_file(path: Path, kinds: Iterable[str], show_errors: bool) -> None:
    records = load(path)
    kinds = tuple(kinds)
    tallies = {kind: Tally() for kind in kinds}
    # Dates once more over the articles whose own date is known: a year-less date in an article
    # with no date anywhere (text or record) cannot be given a year by any reader of the text.
    dated = Tally()
    docdate_right = 0
    for record in records:
        doc = extract(record["text"], source=f"{path.name}:{record['id']}",
                      is_html=record.get("input_format") == "html",
                      document_date=record.get("published")).to_dict()
        docdate_right += int(doc.get("document_date") == record.get("document_date"))
        errors: list[str] = []
        if doc.get("document_date") != record.get("document_date"):
            errors.append(f"  DOCDATE gold {record.get('document_date')}, "
                          f"got {doc.get('document_date')}")
        for kind in kinds:
            if kind not in record.get("annotated", ()):
                continue
            tally = tallies[kind]
            tally.articles += 1
            gold, pred = record.get(kind) or [], doc.get(kind) or []
            if kind == "dates":
                score_dates(gold, pred, tally, errors)
                if record.get("document_date"):
                    dated.articles += 1
                    score_dates(gold, pred, dated, [])
            elif kind == "people":
                score_people(gold, pred, tally, errors)
            else:
                score_named(kind, gold, pred, tally, errors)
        if show_errors and errors:
            print(f"{record['id']} ({record.get('publisher')}, {record.get('section')}, "
                  f"{record.get('input_format')})")
            print("\n".join(errors))
    if dated.articles and dated.articles < tallies["dates"].articles:
        tallies["dates (dated)"] = dated
    print_table(path, len(records), docdate_right, tallies)


def print_table(path: Path, n: int, docdate_right: int, tallies: dict[str, Tally]) -> None:
    try:
        shown = path.resolve().relative_to(ROOT)
    except ValueError:
        shown = path
    print(f"\n{shown}: {n} articles")
    header = (f"{'kind':<14}{'arts':>5}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"
              "  attributes")
    print(header)
    print("-" * len(header))
    for kind, tally in tallies.items():
        if not tally.articles:
            print(f"{kind:<14}{0:>5}  (not annotated in this file)")
            continue
        p, r, f = tally.prf()
        attrs = "  ".join(f"{name} {right}/{total} ({right / total:.0%})" if total else f"{name} -"
                          for name, (right, total) in tally.attrs.items())
        print(f"{kind:<14}{tally.articles:>5}{tally.gold:>6}{tally.pred:>6}{tally.tp:>6}"
              f"{p:>7.3f}{r:>7.3f}{f:>7.3f}  {attrs}")
    print(f"document_date accuracy: {docdate_right}/{n} ({docdate_right / n:.0%})" if n else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL sets (default: news.jsonl)")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="comma-separated kinds to score (default: all four)")
    parser.add_argument("--show-errors", action="store_true",
                        help="print false positives / negatives per article")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s): {', '.join(unknown)}")
    for path in args.files or DEFAULT_FILES:
        score_file(path, kinds, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
