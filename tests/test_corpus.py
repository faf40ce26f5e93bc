from __future__ import annotations

import subprocess
import sys

import pytest

from thaiextract import corpus


def test_word_lists_are_read_without_importing_pythainlp() -> None:
    code = (
        "import sys\n"
        "from thaiextract import corpus as c\n"
        "given, family = c.name_lists()\n"
        "assert 'สมชาย' in given and 'ชินวัตร' in family\n"
        "assert 'ประชุม' in c.thai_dictionary() and 'เชียงใหม่' in c.thai_provinces()\n"
        "assert 'และ' in c.thai_stopwords() and 'ญี่ปุ่น' in c.thai_countries()\n"
        "assert c.dictionary_words('สิ่งของ') == ('สิ่งของ',)\n"
        "print('pythainlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_word_lists_match_pythainlp_and_fall_back_to_its_api(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pythainlp.corpus import (
        countries,
        thai_family_names,
        thai_female_names,
        thai_male_names,
        thai_words,
    )

    expected = (frozenset(thai_male_names()) | frozenset(thai_female_names()),
                frozenset(thai_family_names()))
    assert corpus.name_lists() == expected
    assert corpus.thai_dictionary() == frozenset(thai_words())
    assert corpus.thai_countries() == frozenset(countries())
    monkeypatch.setattr(corpus, "corpus_file", lambda filename: None)
    for loader in (corpus.name_lists, corpus.thai_dictionary):
        loader.cache_clear()
    try:
        assert corpus.name_lists() == expected
        assert corpus.thai_dictionary() == frozenset(thai_words())
    finally:
        corpus.name_lists.cache_clear()
        corpus.thai_dictionary.cache_clear()


@pytest.mark.parametrize(
    ("chunk", "words"),
    [
        ("สิ่งของ", ("สิ่งของ",)),
        ("ศูนย์รับบริจาคสิ่งของ", ("ศูนย์", "รับบริจาค", "สิ่งของ")),
        ("ประชุมคณะรัฐมนตรี", ("ประชุม", "คณะรัฐมนตรี")),
        ("กขฃ", ("กขฃ",)),  # no dictionary word: one unknown token
        # Fewest unknown characters first, then fewest tokens; unknown runs join into one token.
        ("มหาวิทยาลัยราชภัฏเชียงรายจัดอบรมครู",
         ("มหาวิทยาลัย", "ราชภัฏ", "เชียงราย", "จัด", "อบรม", "ครู")),
        ("ประชุมกขฃคณะรัฐมนตรีฯ", ("ประ", "ชุ", "มก", "ขฃ", "คณะรัฐมนตรี", "ฯ")),
        ("ไปรษณีย์ไทยจำกัด", ("ไปรษณีย์", "ไทย", "จำกัด")),
        # Equal paths (one unknown letter, two tokens either way): the one that leaves the
        # earlier position wins, ผ|กาก not ผกา|ก (chunks the unique bench corpus cuts).
        ("ผกาก", ("ผ", "กาก")),
        ("ที่สตง", ("ที่", "ส", "ตง")),
        ("", ()),
    ],
)
def test_dictionary_words(chunk: str, words: tuple[str, ...]) -> None:
    assert corpus.dictionary_words(chunk) == words


@pytest.mark.parametrize(
    "chunk",
    ["ศูนย์รับบริจาคสิ่งของ", "นาวัลนีขณะกำลังจะมุ่งหน้าไป", "ประชุมคณะรัฐมนตรี", "กขฃ", "ก",
     "สมศักดิ์เองก็ไม่ปฏิเสธ", "พะจุณณ์มาบอกว่าข่าว", "ประชุมกขฃคณะรัฐมนตรีฯ", "กขฃประชุมงค"],
)
def test_dictionary_words_is_the_same_by_lookups_and_by_automaton(
    chunk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    segment = corpus.dictionary_words.__wrapped__  # past the cache
    monkeypatch.setattr(corpus.Segmenter, "cut", 0)
    by_lookups = segment(chunk)
    monkeypatch.setattr(corpus.Segmenter, "cut", corpus.AUTOMATON_AFTER + 1)
    assert segment(chunk) == by_lookups
