"""The command line's cache of built data (thaiextract.cache): what it keeps comes back equal,
and a missing, damaged or unwritable cache only means building as before."""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from thaiextract import cache, lexicons

ARTICLE = Path(__file__).resolve().parent.parent / "samples" / "adgmin-2022.txt"
# A pattern shaped like the extractors' (a Thai word alternation with groups and lookarounds),
# made unique by a regex comment so that no other module has put it into re's cache.
PATTERN = r"(?P<head>กระทรวง|กรม(?!การ))(?P<rest>[ก-๙]{2,12}?)(?=ร่วมกับ|\s|$)(?#test_cache)"
TEXT = "กระทรวงดิจิทัลร่วมกับกรมควบคุมโรค และกรมการปกครอง"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    cache.disable()
    yield tmp_path / "cache"
    cache.disable()


def _forget(pattern: str) -> None:
    re._cache.pop((str, pattern, 0), None)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("env", "expected"),
    [({cache.ENV: "off"}, None), ({cache.ENV: "0"}, None), ({cache.ENV: "/x/y"}, Path("/x/y")),
     ({"XDG_CACHE_HOME": "/c"}, Path("/c/thaiextract"))],
    ids=["off", "zero", "chosen", "xdg"],
)
def test_folder(env: dict[str, str], expected: Path | None,
                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.ENV, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cache.folder() == expected


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (cache.ENV, "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    assert cache.folder() is None


def test_a_kept_regex_comes_back_equal(folder: Path) -> None:
    _forget(PATTERN)
    cache.enable()
    built = re.compile(PATTERN)
    cache.save()
    assert list(folder.iterdir())
    cache.disable()
    _forget(PATTERN)
    cache.enable()
    assert (str, PATTERN, 0) not in re._cache  # type: ignore[attr-defined]  # built when asked
    kept = re.compile(PATTERN)
    assert kept is not built and kept == built
    assert (PATTERN, 0) in cache._State.used  # rebuilt from the kept program, not parsed
    assert re.compile(PATTERN) is kept
    assert ([m.groupdict() for m in kept.finditer(TEXT)]
            == [m.groupdict() for m in built.finditer(TEXT)]
            == [{"head": "กระทรวง", "rest": "ดิจิทัล"}, {"head": "กรม", "rest": "ควบคุมโรค"}])


def test_a_damaged_file_is_ignored(folder: Path) -> None:
    cache.enable()
    re.compile(PATTERN + "(?#x)")
    cache.save()
    (path,) = folder.iterdir()
    path.write_bytes(path.read_bytes()[: 1000])
    cache.disable()
    cache.enable()  # no exception, nothing loaded
    assert cache.lookup("lexicons", "meetings/triggers", b"") is None
    _forget(PATTERN + "(?#x)")
    assert re.compile(PATTERN + "(?#x)").search(TEXT).group("rest") == "ดิจิทัล"


def test_an_unwritable_folder_is_no_failure(folder: Path) -> None:
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    cache.enable()
    re.compile(PATTERN + "(?#y)")
    cache.save()  # no exception
    assert folder.read_text() == "a file where the folder should be"


def test_lexicon_rows_are_kept_by_digest(folder: Path) -> None:
    cache.enable()
    cache.remember("lexicons", "x/y", b"digest-1", ({"word": "กรม"},))
    assert cache.lookup("lexicons", "x/y", b"digest-1") == ({"word": "กรม"},)
    assert cache.lookup("lexicons", "x/y", b"digest-2") is None  # the file changed
    cache.save()
    cache.disable()
    cache.enable()
    assert cache.lookup("lexicons", "x/y", b"digest-1") == ({"word": "กรม"},)


def test_a_cached_lexicon_equals_the_file(folder: Path) -> None:
    name = "meetings/triggers"
    fresh = lexicons.load.__wrapped__(name)
    cache.enable()
    lexicons.load.__wrapped__(name)  # stores
    cache.save()
    cache.disable()
    cache.enable()
    assert lexicons.load.__wrapped__(name) == fresh
    assert any(row["trigger"] == "ประชุม" for row in fresh)


def _cli(env: dict[str, str]) -> str:
    proc = subprocess.run([sys.executable, "-m", "thaiextract", "extract", str(ARTICLE), "-f",
                           "jsonl", "-q"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env}, check=True)
    return proc.stdout


def test_cli_output_is_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    off = _cli({cache.ENV: "off"})
    first = _cli({cache.ENV: str(tmp_path)})
    (path,) = tmp_path.iterdir()
    stored = path.stat()
    second = _cli({cache.ENV: str(tmp_path)})
    assert off == first == second
    assert '"name": "ชัยวุฒิ ธนาคมานุสรณ์"' in off
    # The second run found everything, so it wrote nothing: a rewrite replaces the file (a new
    # inode), so equal bytes alone would not show it.
    again = path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (stored.st_ino, stored.st_mtime_ns)


def test_new_patterns_come_first_and_the_file_is_bounded(folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = PATTERN + "(?#old)", PATTERN + "(?#new)"
    cache.enable()
    re.compile(old)
    cache.save()
    cache.disable()
    cache.enable()
    _forget(new)
    re.compile(new)
    cache.save()
    (path,) = folder.iterdir()
    stored = list(marshal.loads(path.read_bytes())["regexes"])
    assert stored.index((new, 0)) < stored.index((old, 0))  # an old lexicon's drift to the end
    cache.disable()
    monkeypatch.setattr(cache, "MAX_REGEXES", 3)
    cache.enable()
    re.compile(PATTERN + "(?#more)")
    cache.save()
    assert len(marshal.loads(path.read_bytes())["regexes"]) == 3


def test_kept_word_lists_equal_the_files(folder: Path) -> None:
    from thaiextract import corpus

    fresh = corpus.corpus_file("person_names_female_th.txt")
    tags = corpus.orchid_word_tags.__wrapped__()
    cache.enable()
    corpus.corpus_file("person_names_female_th.txt")
    corpus.orchid_word_tags.__wrapped__()
    cache.save()
    cache.disable()
    cache.enable()
    (path,) = folder.iterdir()
    kept = marshal.loads(path.read_bytes())["sections"]["corpus"]
    # Kept as UTF-16 bytes (marshal would decode a str from UTF-8 at every start).
    assert isinstance(kept["person_names_female_th.txt"][1], bytes)
    assert corpus.corpus_file("person_names_female_th.txt") == fresh
    assert corpus.orchid_word_tags.__wrapped__() == tags
    assert fresh and "สมหญิง" in fresh


def test_a_blob_comes_back_only_for_its_digest(folder: Path) -> None:
    cache.enable()
    assert cache.blob("thing", b"v1") is None
    cache.keep_blob("thing", b"v1", b"\x00built bytes")
    assert cache.blob("thing", b"v1") == b"\x00built bytes"
    assert cache.blob("thing", b"v2") is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_file_others_may_write_is_not_loaded(folder: Path) -> None:
    cache.enable()
    cache.keep_blob("thing", b"v1", b"built")
    (path,) = folder.iterdir()
    path.chmod(0o666)  # a shared folder: another user could have put anything there
    assert cache.blob("thing", b"v1") is None
    path.chmod(0o644)
    assert cache.blob("thing", b"v1") == b"built"


def test_the_kept_word_automaton_finds_the_same_words(folder: Path) -> None:
    from thaiextract import corpus

    built = corpus._word_automaton.__wrapped__()
    cache.enable()
    corpus._word_automaton.__wrapped__()  # builds and keeps it
    kept = corpus._word_automaton.__wrapped__()  # loads it
    text = "การประชุมคณะรัฐมนตรีเศรษฐกิจดิจิทัลเพื่อสังคมอาเซียน"
    assert kept is not built
    assert list(kept.iter(text)) == list(built.iter(text))
    assert (8, 6) in list(kept.iter(text))  # "ประชุม" ends at 8


@pytest.mark.parametrize(
    "content",
    [{"version": "0.1.0", "format": "x", "regexes": [1, 2], "sections": {"lexicons": 5}},
     {"version": "0.1.0", "sections": {"corpus": {"words_th.txt": "not a pair"}}},
     ["a", "list"]],
    ids=["wrong-shapes", "wrong-entry", "not-a-dict"])
def test_a_file_of_another_shape_is_ignored(folder: Path, content: object) -> None:
    from thaiextract import __version__, corpus

    if isinstance(content, dict):
        content["version"] = __version__
    cache.enable()
    cache.keep_blob("probe", b"", b"")  # finds the file's name
    (probe,) = folder.iterdir()
    main = probe.with_name(probe.name.replace("-probe.bin", ".marshal"))
    main.write_bytes(marshal.dumps(content))
    main.chmod(0o600)
    cache.disable()
    cache.enable()  # no exception
    assert cache.lookup("corpus", "words_th.txt", b"") is None
    assert "นายก" in corpus.corpus_file("words_th.txt")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX modes")
def test_files_are_written_private_whatever_the_umask(folder: Path) -> None:
    old = os.umask(0o002)
    try:
        cache.enable()
        cache.keep_blob("thing", b"v1", b"built")
    finally:
        os.umask(old)
    (path,) = folder.iterdir()
    assert path.stat().st_mode & 0o077 == 0
    assert cache.blob("thing", b"v1") == b"built"


def _point_class() -> type:
    """A dataclass made the way the package makes its records (frozen, slots, a default)."""
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        name: str
        start: int
        end: int = 0

    return Point


FUNCTIONS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def test_dataclass_code_is_kept_and_equals_a_fresh_compile(folder: Path) -> None:
    fresh = _point_class()  # not hooked: compiled by dataclasses itself
    cache.enable()
    first = _point_class()  # compiled by the hook, then kept
    cache.save()
    cache.disable()
    cache.enable()
    kept = _point_class()  # from the file
    assert cache._State.codes and not cache._State.new_codes
    for name in FUNCTIONS:
        assert (getattr(kept, name).__code__ == getattr(first, name).__code__
                == getattr(fresh, name).__code__), name
    point = kept("ชัยวุฒิ ธนาคมานุสรณ์", 3, 23)
    assert repr(point).endswith(".Point(name='ชัยวุฒิ ธนาคมานุสรณ์', start=3, end=23)")
    assert point == kept("ชัยวุฒิ ธนาคมานุสรณ์", 3, 23) != kept("ชัยวุฒิ", 3, 10)
    assert hash(point) == hash(fresh("ชัยวุฒิ ธนาคมานุสรณ์", 3, 23))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.start = 4  # type: ignore[misc]


def test_disable_unhooks_dataclasses(folder: Path) -> None:
    import builtins

    cache.enable()
    assert dataclasses.exec is not builtins.exec  # type: ignore[attr-defined]
    cache.disable()
    assert not hasattr(dataclasses, "exec")


def test_kept_code_of_another_interpreter_is_not_used(folder: Path) -> None:
    cache.enable()
    _point_class()
    cache.save()
    (path,) = folder.iterdir()
    data = marshal.loads(path.read_bytes())
    data["code_format"] = "another python"
    data["codes"] = {text: "not code" for text in data["codes"]}
    path.write_bytes(marshal.dumps(data))
    cache.disable()
    cache.enable()
    assert cache._State.codes == {}
    point = _point_class()("นายก", 0, 4)
    assert (point.name, point.end) == ("นายก", 4)


def _openings(k: int) -> list[str]:
    from thaiextract import corpus

    family = corpus.name_lists()[1]
    return corpus.kept_words("test-openings", ("family_names_th.txt",),
                             lambda: sorted({s[:k] for s in family}), k)


def test_kept_words_come_back_equal_and_miss_on_other_params(folder: Path) -> None:
    fresh = _openings(2)
    cache.enable()
    assert _openings(2) == fresh  # built and remembered
    cache.save()
    cache.disable()
    cache.enable()
    (path,) = folder.iterdir()
    assert "test-openings" in marshal.loads(path.read_bytes())["sections"]["derived"]
    assert _openings(2) == fresh  # read back from the file
    assert _openings(3) != fresh and all(len(s) <= 3 for s in _openings(3))
    assert "สม" in fresh and all(len(s) <= 2 for s in fresh)


def test_kept_words_miss_when_the_rule_changes(folder: Path) -> None:
    from thaiextract import corpus

    cache.enable()
    first = corpus.kept_words("test-rule", ("family_names_th.txt",), lambda: ["ก", "ข"])
    second = corpus.kept_words("test-rule", ("family_names_th.txt",), lambda: ["ค"])
    assert (first, second) == (["ก", "ข"], ["ค"])

    built: list[int] = []

    def rule() -> list[str]:
        built.append(1)
        return ["ก"]

    def reader_v1() -> list[str]:
        return ["ก"]

    def reader_v2() -> list[str]:
        return ["ก", "ข"]

    files = ("family_names_th.txt",)
    # One entry a name: going back to the first reader builds again too.
    for reader, builds in ((reader_v1, 1), (reader_v1, 1), (reader_v2, 2), (reader_v1, 3)):
        # A changed input function (its code is in the key) builds afresh; the same one hits.
        assert corpus.kept_words("test-input", files, rule, reader) == ["ก"]
        assert len(built) == builds
    assert corpus.kept_words("test-rule", ("no_such_file.txt",), lambda: ["ง"]) == ["ง"]
    # An empty string would not split back: such a list is built every time, never kept.
    for _ in range(2):
        assert corpus.kept_words("test-empty", ("family_names_th.txt",), lambda: ["", "ก"]) == [
            "", "ก"]


def test_kept_words_key_is_the_same_in_every_run() -> None:
    # The key holds the rule's code as marshal writes it; a set constant ("w in {...}") must
    # come out in one order whatever the process's string hashing, or every run would miss.
    probe = ("import marshal, sys; "
             "f = lambda w: w in {'กรม', 'กอง', 'สำนัก', 'ฝ่าย'} and [c for c in w if c != 'ก']; "
             "sys.stdout.write(marshal.dumps(f.__code__).hex())")
    keys = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
            for seed in ("1", "2", "3")}
    assert len(keys) == 1 and next(iter(keys))


def test_more_patterns_than_res_cache_holds_are_kept_and_not_rewritten(folder: Path) -> None:
    # A --help run and an extraction together compile more patterns than re's 512 places; the
    # next run must find every one kept (none parsed again) and leave the file as it is.
    patterns = [PATTERN + f"(?#many{i})" for i in range(600)]
    for pattern in patterns:
        _forget(pattern)
    cache.enable()
    built = [re.compile(pattern) for pattern in patterns]
    cache.save()
    cache.disable()
    (path,) = folder.iterdir()
    written = path.read_bytes()
    for pattern in patterns:
        _forget(pattern)
    cache.enable()
    again = [re.compile(pattern) for pattern in patterns]
    assert again == built and all(a is not b for a, b in zip(again, built, strict=True))
    assert all((pattern, 0) in cache._State.used for pattern in patterns)
    cache.save()
    assert path.read_bytes() == written


def test_stale_files_of_other_installs_are_pruned_when_the_file_is_written(folder: Path) -> None:
    """Each upgrade or checkout leaves its own 5–13 MB file: a write removes the ones nobody has
    written for STALE_DAYS, and never this install's files, fresh ones or other names."""
    folder.mkdir(parents=True)
    old = time.time() - (cache.STALE_DAYS + 5) * 86400
    stale = [folder / "built-0.0.9-cpython-311-00000000.marshal",
             folder / "built-0.0.9-cpython-311-00000000-word-automaton.bin"]
    recent = folder / "built-0.0.8-cpython-311-11111111.marshal"
    other = folder / "notes.txt"
    for path in [*stale, recent, other]:
        path.write_bytes(b"x")
    for path in [*stale, other]:
        os.utime(path, (old, old))
    cache.enable()
    own = cache._State.path
    assert own is not None
    own_blob = own.with_name(f"{own.stem}-word-automaton.bin")
    own_blob.write_bytes(b"x")
    os.utime(own_blob, (old, old))
    re.compile(PATTERN + "(?#prune)")
    cache.save()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [own.name, own_blob.name, recent.name, other.name])


def test_prune_of_a_missing_folder_is_no_failure(tmp_path: Path) -> None:
    assert cache.prune(tmp_path / "none" / "built-x.marshal") == []
