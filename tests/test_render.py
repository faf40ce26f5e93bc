"""Terminal tables: Thai wraps only between words; dates, codes, numbers and offsets never split."""

from __future__ import annotations

import io

import pytest

from thaiextract.model import DateFact, Document, Mention, PersonFact
from thaiextract.render import open_writer
from thaiextract.render.cells import pieces, wrap

SENTENCE = ("นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า")
DOC = Document(
    source="a.txt", document_date="2022-01-27",
    dates=(DateFact(text="วันพฤหัสบดีที่ 27 มกราคม 2565", start=1200, end=1229, sentence=SENTENCE,
                    value="2022-01-27", era="BE", weekday="พฤหัสบดี", weekday_matches=False),),
    people=(PersonFact(text="นายพุทธิพงษ์ ปุณณกันต์", start=10234, end=10256, sentence=SENTENCE,
                       name="พุทธิพงษ์ ปุณณกันต์", title="นาย",
                       position="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
                       organization="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
                       mentions=(Mention("นายพุทธิพงษ์", 1, 13),)),),
)


def table(width: int, **options: object) -> list[str]:
    out = io.StringIO()
    writer = open_writer("table", out, color=False, width=width, **options)
    writer.write(DOC)
    writer.close()
    return [line.rstrip() for line in out.getvalue().splitlines()]


PEOPLE_AT_80 = [
    'People (1)',
    '┏━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━┓',
    '┃ name         ┃ title ┃ position      ┃ organization ┃ mentions ┃ at          ┃',
    '┡━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━┩',
    '│ พุทธิพงษ์       │ นาย   │ รัฐมนตรีว่าการ   │ กระทรวงดิจิทัล  │ 1        │ 10234–10256 │',
    '│ ปุณณกันต์       │       │ กระทรวงดิจิทัล   │ เพื่อเศรษฐกิจ   │          │             │',
    '│              │       │ เพื่อเศรษฐกิจและ │ และสังคม      │          │             │',
    '│              │       │ สังคม          │              │          │             │',
    '└──────────────┴───────┴───────────────┴──────────────┴──────────┴─────────────┘',
]


DATES_AT_120_WITH_SENTENCES = [
    'Dates (1)',
    '┏━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━┳━━━━━┳━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓',
    '┃ text                     ┃ value      ┃ end ┃ era ┃ time ┃ note             ┃ at        ┃ sentence                   ┃',
    '┡━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━╇━━━━━╇━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩',
    '│ วันพฤหัสบดีที่ 27 มกราคม 2565 │ 2022-01-27 │     │ BE  │      │ weekday mismatch │ 1200–1229 │ นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรี    │',
    '│                          │            │     │     │      │                  │           │ ว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจ │',
    '│                          │            │     │     │      │                  │           │ และสังคม เปิดเผยว่า           │',
    '└──────────────────────────┴────────────┴─────┴─────┴──────┴──────────────────┴───────────┴────────────────────────────┘',
]


def test_people_at_80_columns() -> None:
    lines = table(80)
    assert lines[lines.index("People (1)"):] == PEOPLE_AT_80


def test_dates_at_120_columns_with_sentences() -> None:
    lines = table(120, sentences=True)
    assert lines[1:lines.index("People (1)")] == DATES_AT_120_WITH_SENTENCES


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("2022-01-27", 4, ["2022", "-01-", "27"]),  # wider than the column: folded, nothing else fits
        ("era-label-mismatch code", 20, ["era-label-mismatch", "code"]),
        ("เพื่อเศรษฐกิจ", 8, ["เพื่อ", "เศรษฐกิจ"]),
        ("สุดยอด ฯลฯ", 5, ["สุดยอด", "ฯลฯ"]),
        ("กรุงเทพฯ 12–40", 9, ["กรุงเทพฯ", "12–40"]),
        ("ปุณณกันต์", 20, ["ปุณณกันต์"]),
    ],
    ids=["date-folded-only-when-wider", "code", "thai-words", "word-then-abbreviation",
         "paiyannoi-stays-with-its-word", "name-fragments-stay-whole"],
)
def test_wrap(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


@pytest.mark.parametrize(
    "text",
    ["วันพฤหัสบดีที่ 27 มกราคม 2565 (10:30 น.)", "นายสมชาย ใจดี ผู้อำนวยการสำนักงาน", "ก.พ. 2565"],
)
def test_pieces_keep_every_character(text: str) -> None:
    assert "".join(pieces(text)) == text
