"""pythainlp's bundled word lists, read without importing pythainlp, and a dictionary segmenter.

Importing pythainlp only to reach its data files costs about 80 ms of cold start, and its newmm
tokeniser builds a 62,000-word trie on first use (about 0.4 s, more than a whole one-article run).
The extractors only need word lists and, on short candidate names, to know where dictionary words
stand, so this module reads the files straight from the installed package (falling back to
pythainlp's API when they are not where expected) and offers :func:`dictionary_words`, a
maximal-matching segmentation over that dictionary for strings of a few dozen characters.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from .cache import blob, keep_blob, lookup, remember

MAX_WORD_CHARS = 30  # longer dictionary entries are compounds no candidate name needs


def _corpus_path(filename: str) -> Path | None:
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "corpus" / filename


def _corpus_text(filename: str) -> str | None:
    """The text of ``pythainlp/corpus/<filename>``; None when the package or file is not there."""
    path = _corpus_path(filename)
    try:
        return None if path is None else path.read_text(encoding="utf-8-sig")
    except OSError:
        return None


def _stamp(filename: str) -> bytes | None:
    """Which version of an installed data file this is (size and modification time): the key of
    what the command line keeps of it between runs (:mod:`thaiextract.cache`)."""
    return _stamp_of(_corpus_path(filename))


def _stamp_of(path: Path | str | None) -> bytes | None:
    try:
        found = None if path is None else os.stat(path)
    except OSError:
        return None
    return None if found is None else f"{path}|{found.st_size}|{found.st_mtime_ns}".encode()


# Kept word lists are stored as UTF-16 bytes, not str: marshal writes a str as UTF-8, and
# decoding 1.3 M Thai characters from UTF-8 at each start costs ≈4 ms, from UTF-16 ≈0.2 ms.
_PACKING = "utf-16-le"


def _pack(lines: Iterable[str]) -> bytes:
    return "\n".join(lines).encode(_PACKING)


def _input_key(value: object) -> bytes:
    """A function's code as marshal writes it (the same in every run: set constants are written
    sorted), through ``lru_cache``; any other value's repr."""
    code = getattr(getattr(value, "__wrapped__", value), "__code__", None)
    return marshal.dumps(code) if code is not None else repr(value).encode()


def _packable(line: object) -> bool:
    return isinstance(line, str) and bool(line) and "\n" not in line


def _unpack(kept: bytes) -> list[str]:
    return kept.decode(_PACKING).split("\n") if kept else []


def corpus_file(filename: str) -> frozenset[str] | None:
    """The lines of ``pythainlp/corpus/<filename>``; None when the file is not there."""
    stamp = _stamp(filename)
    if stamp is not None and isinstance(kept := lookup("corpus", filename, stamp), bytes):
        # One string is the cheapest thing to keep: splitting it costs half of reading the file.
        return frozenset(_unpack(kept))
    text = _corpus_text(filename)
    if text is None:
        return None
    words = frozenset(word for line in text.splitlines() if (word := line.strip()))
    if stamp is not None:
        remember("corpus", filename, stamp, _pack(sorted(words)))
    return words


def kept_words(name: str, filenames: tuple[str, ...], build: Callable[[], Iterable[str]],
               *inputs: object) -> list[str]:
    """``list(build())``: strings derived from pythainlp's files ``filenames`` (a sorted or
    sliced word list), which the command line keeps between runs as one string: a split costs a
    tenth of sorting 21,000 names again (cold start, issue 14). Kept under ``name``, keyed by
    the files' versions, ``build``'s code and ``inputs``: every function on the way from the
    files to ``build`` but ``corpus_file`` (their code: the caller, ``name_lists`` …) and every
    module value ``build`` reads (its repr), so an edited rule, reader or file builds afresh.
    A list with an empty string or a line break is not kept (it would not split back the same).
    """
    stamps = [stamp for filename in filenames if (stamp := _stamp(filename)) is not None]
    if len(stamps) < len(filenames):  # a file not where expected: nothing to key it by
        return list(build())
    # corpus_file reads every file: its code is an input of every list.
    digest = b"|".join([*stamps, *map(_input_key, (corpus_file, build, *inputs))])
    if isinstance(kept := lookup("derived", name, digest), bytes):
        return _unpack(kept)
    words = list(build())
    if all(_packable(word) for word in words):
        remember("derived", name, digest, _pack(words))
    return words


@lru_cache(maxsize=1)
def orchid_word_tags() -> dict[str, str]:
    """Word → its most frequent ORCHID part-of-speech tag, from the unigram tagger data pythainlp
    ships; empty when the file is not there (callers then tag nothing)."""
    filename = "pos_orchid_unigram.json"
    stamp = _stamp(filename)
    kept = lookup("corpus", filename, stamp) if stamp is not None else None
    if isinstance(kept, tuple) and len(kept) == 2 and all(isinstance(k, bytes) for k in kept):
        # Kept as the words and their tags, two strings: marshal reads them ≈30 % faster than
        # the 15,000-entry dict.
        words, tags = map(_unpack, kept)
        if len(words) == len(tags):
            return dict(zip(words, tags, strict=True))
    text = _corpus_text(filename)
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    if stamp is not None and all(_packable(w) and _packable(t) for w, t in data.items()):
        remember("corpus", filename, stamp, (_pack(data), _pack(data.values())))
    return data


def _words(filename: str, fallback: Callable[[], object]) -> frozenset[str]:
    words = corpus_file(filename)
    return words if words is not None else frozenset(fallback())  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """pythainlp's Thai word list (about 62,000 words)."""

    def api() -> object:
        from pythainlp.corpus import thai_words

        return thai_words()

    return _words("words_th.txt", api)


@lru_cache(maxsize=1)
def thai_stopwords() -> frozenset[str]:
    def api() -> object:
        from pythainlp.corpus import thai_stopwords as stopwords

        return stopwords()

    return _words("stopwords_th.txt", api)


NAME_FILES = ("person_names_male_th.txt", "person_names_female_th.txt", "family_names_th.txt")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names) from pythainlp's Thai name lists (``NAME_FILES``)."""
    male, female, family = (corpus_file(filename) for filename in NAME_FILES)
    if male is None or female is None or family is None:
        from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

        male, female = frozenset(thai_male_names()), frozenset(thai_female_names())
        family = frozenset(thai_family_names())
    return male | female, family


@lru_cache(maxsize=1)
def _word_automaton():  # ahocorasick has no type stubs
    """An Aho-Corasick automaton of the dictionary words of 2 to MAX_WORD_CHARS characters: one
    pass over a chunk finds every word at every position (instead of a set lookup for each of
    the ~30 lengths at each position)."""
    import pickle  # here: only a batch builds or reads the automaton

    import ahocorasick

    # The command line keeps the built automaton (≈0.1 s to build, ≈15 ms to unpickle), keyed
    # by the word list's file and the ahocorasick build that made it.
    stamp, made = _stamp("words_th.txt"), _stamp_of(getattr(ahocorasick, "__file__", None))
    key = stamp + b"|" + made + f"|{MAX_WORD_CHARS}".encode() if stamp and made else None
    kept = blob("word-automaton", key) if key else None
    if kept:
        try:
            auto = pickle.loads(kept)
            if isinstance(auto, ahocorasick.Automaton):
                return auto
        except Exception:  # a damaged file: build instead
            pass
    auto = ahocorasick.Automaton()
    for word in thai_dictionary():
        if 2 <= len(word) <= MAX_WORD_CHARS:
            auto.add_word(word, len(word))
    auto.make_automaton()
    if key:
        keep_blob("word-automaton", key, pickle.dumps(auto, protocol=pickle.HIGHEST_PROTOCOL))
    return auto


# Building the automaton costs about 0.05 s of CPU and saves about 90 µs a chunk over set
# lookups: it pays for itself after some 600 chunks. A one-article run (tens of chunks) keeps the
# lookups; a longer run switches once it has cut this many (a batch's workers at once, see
# use_word_automaton). Both give the same words.
AUTOMATON_AFTER = 600


def use_word_automaton() -> None:
    """Cut with the automaton from the next chunk on: a batch builds it once (about 0.05 s),
    before its workers fork, instead of after each worker's first 2,000 chunks."""
    _word_automaton()
    Segmenter.cut = max(Segmenter.cut, AUTOMATON_AFTER)


class Segmenter:
    """Which way :func:`dictionary_words` finds the dictionary words of a chunk (output
    identical)."""

    cut = 0  # chunks cut so far in this process

    @classmethod
    def matches(cls, chunk: str) -> Iterable[tuple[int, int]]:
        """(last index, length) of every dictionary word in ``chunk``, in increasing order of
        the last index: from one automaton pass in a long run, else from set lookups."""
        cls.cut += 1
        if cls.cut > AUTOMATON_AFTER:
            return _word_automaton().iter(chunk)  # reports words in order of their last letter
        words = thai_dictionary()
        return [(j - 1, j - i) for j in range(2, len(chunk) + 1)
                for i in range(max(0, j - MAX_WORD_CHARS), j - 1) if chunk[i:j] in words]


@lru_cache(maxsize=8192)
def dictionary_words(chunk: str) -> tuple[str, ...]:
    """Cut a short unspaced Thai string into dictionary words, fewest unknown characters first.

    Maximal matching by dynamic programming: a path scores (unknown characters, tokens), lower is
    better; characters no dictionary word covers are joined into one unknown token. Of equal
    paths into a position the one from the earliest position wins: a word over an unknown
    character, the longer of two words.
    """
    words = thai_dictionary()
    n = len(chunk)
    if chunk in words and 2 <= n <= MAX_WORD_CHARS:
        return (chunk,)  # one known token: the only path of that score (a tenth of the chunks)
    # The score (unknown, tokens) as one integer, unknown * (n + 1) + tokens: tokens never exceed
    # n, so integers compare as the pairs would, and cheaper. Words arrive in order of their end,
    # so the score at a word's start is final when the word is read: one pass over the matches,
    # no table of the ends at each position (which cost as much as the rest).
    unknown_step = n + 2  # one more unknown character and one more token
    best = [0] * (n + 1)
    back = list(range(-1, n))  # an unknown character from the position before
    done = 0  # best[0..done] are set; best[done] may still improve by a word ending there
    for last, length in Segmenter.matches(chunk):
        end = last + 1
        while done < end:
            done += 1
            best[done] = best[done - 1] + unknown_step
        start = end - length
        score = best[start] + 1
        if score < best[end] or (score == best[end] and start < back[end]):
            best[end] = score
            back[end] = start
    cuts = []
    pos = n
    while pos > 0:
        cuts.append(pos)
        pos = back[pos]
    pieces: list[str] = []
    start = 0
    for end in reversed(cuts):
        piece = chunk[start:end]
        # Runs of unknown single characters read as one unknown token.
        if pieces and len(piece) == 1 and piece not in words and pieces[-1] not in words:
            pieces[-1] += piece
        else:
            pieces.append(piece)
        start = end
    return tuple(pieces)


@lru_cache(maxsize=1)
def thai_provinces() -> frozenset[str]:
    """Thai names of the 77 provinces (first column of pythainlp's provinces table)."""
    rows = corpus_file("thailand_provinces_th.csv")
    if rows is None:
        from pythainlp.corpus import provinces

        return frozenset(provinces())
    return frozenset(row.split(",", 1)[0] for row in rows)


@lru_cache(maxsize=1)
def thai_countries() -> frozenset[str]:
    """Thai names of the world's countries."""

    def api() -> object:
        from pythainlp.corpus import countries

        return countries()

    return _words("countries_th.txt", api)
