from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from thaiextract.cli import app
from thaiextract.index import (
    COLUMNS,
    SCHEMA_VERSION,
    DatabaseDamaged,
    DatabaseError,
    DiskFull,
    FactIndex,
    QueryError,
    content_hash,
    fts_query,
    source_key,
)
from thaiextract.model import DateFact, Document, MeetingFact, PersonFact

A_TEXT = ("ข่าวกระทรวง\n"
          "วันที่ 27 มกราคม 2565 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม "
          "ร่วมการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2 ผ่านระบบออนไลน์\n"
          "ที่ประชุมเน้นย้ำความมั่นคงปลอดภัยไซเบอร์ของภูมิภาค\n")
B_TEXT = ("ข่าวกระทรวง\n"
          "วันที่ 12 มิถุนายน 2563 นายสมศักดิ์ รักงาน รมว.ดิจิทัลฯ เปิดงานสัปดาห์วิทยาศาสตร์\n")


def fact(cls: type, text: str, needle: str, **fields: Any) -> Any:
    start = text.index(needle)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.index("\n", start)
    return cls(text=needle, start=start, end=start + len(needle),
               sentence=text[line_start:line_end], **fields)


def doc_a(text: str = A_TEXT) -> Document:
    return Document(
        source="a.txt", document_date="2022-01-27", text=text,
        dates=(fact(DateFact, text, "27 มกราคม 2565", value="2022-01-27", era="BE"),),
        people=(fact(PersonFact, text, "นายสมชาย ใจดี", name="สมชาย ใจดี", title="นาย",
                     position="รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม"),),
        meetings=(fact(MeetingFact, text, "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2",
                       name="การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 2", ordinal=2,
                       date="2022-01-27", online=True),),
    )


def doc_b() -> Document:
    return Document(
        source="b.txt", document_date="2020-06-12", text=B_TEXT,
        dates=(fact(DateFact, B_TEXT, "12 มิถุนายน 2563", value="2020-06-12", era="BE"),),
        people=(fact(PersonFact, B_TEXT, "นายสมศักดิ์ รักงาน", name="สมศักดิ์ รักงาน",
                     title="นาย", position="รมว.ดิจิทัลฯ",
                     position_expanded="รัฐมนตรีว่าการกระทรวงดิจิทัล"),),
    )


@pytest.fixture()
def db(tmp_path: Path) -> FactIndex:
    store = FactIndex(str(tmp_path / "facts.db"))
    store.add(doc_a(), key="a", sha256=content_hash(A_TEXT))
    store.add(doc_b(), key="b", sha256=content_hash(B_TEXT))
    yield store
    store.close()


def test_schema_version_and_wal(db: FactIndex) -> None:
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.stats() == {"documents": 2, "date": 2, "person": 2, "meeting": 1}


def test_query_person_cites_source_offsets_and_sentence(db: FactIndex) -> None:
    (row,) = db.person("สมชาย ใจดี")
    assert row["name"] == "สมชาย ใจดี" and row["source"] == "a.txt"
    assert (row["text"], row["start"], row["end"]) == ("นายสมชาย ใจดี", 34, 47)
    assert A_TEXT[row["start"]:row["end"]] == row["text"]
    assert row["sentence"] == A_TEXT.splitlines()[1]
    assert db.person("สมชายใจดี") == [row]  # spaces ignored
    assert db.person("สมหญิง") == []


@pytest.mark.parametrize(
    ("query", "on", "names"),
    [
        ("รัฐมนตรีว่าการกระทรวงดิจิทัลฯ", "2022-01-27", ["สมชาย ใจดี", "สมศักดิ์ รักงาน"]),
        ("รมว.ดิจิทัลฯ", "2020-06-01", ["สมศักดิ์ รักงาน", "สมชาย ใจดี"]),
        # The same seat written shorter (รมว.ดิจิทัลฯ) is the same post.
        ("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "2020-06-01",
         ["สมศักดิ์ รักงาน", "สมชาย ใจดี"]),
        ("รัฐมนตรีว่าการกระทรวงการคลัง", "2022-01-27", []),
    ],
    ids=["full-with-fy", "abbreviated", "full-name-finds-short-form", "other-ministry"],
)
def test_query_position_on(db: FactIndex, query: str, on: str, names: list[str]) -> None:
    rows = db.position(query, dt.date.fromisoformat(on))
    assert [r["name"] for r in rows] == names
    distances = [r["distance_days"] for r in rows]
    assert distances == sorted(distances)


def test_query_position_distance(db: FactIndex) -> None:
    rows = db.position("รมว.ดิจิทัลฯ", dt.date(2022, 1, 20))
    assert [(r["name"], r["date"], r["distance_days"]) for r in rows] == [
        ("สมชาย ใจดี", "2022-01-27", 7), ("สมศักดิ์ รักงาน", "2020-06-12", 587)]


def test_query_meeting(db: FactIndex) -> None:
    (row,) = db.meeting("รัฐมนตรีอาเซียน ด้านดิจิทัล")
    assert (row["ordinal"], row["date"], row["source"]) == (2, "2022-01-27", "a.txt")
    assert A_TEXT[row["start"]:row["end"]] == row["text"]
    assert db.meeting("ประชุมคณะรัฐมนตรี") == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ความมั่นคงปลอดภัย", [("a.txt", "ความมั่นคงปลอดภัย")]),
        ("ไซเบอร์ ภูมิภาค", [("a.txt", "ไซเบอร์")]),
        ("เศรษฐกิจเเละสังคม", [("a.txt", "เศรษฐกิจเเละสังคม")]),
        ("วิทยาศาสตร์", [("b.txt", "วิทยาศาสตร์")]),
        ("ดิจิทัลเพื่อเศรษฐกิจ", [("a.txt", "ดิจิทัลเพื่อเศรษฐกิจ")]),  # inside a compound
        ("ภูมิ", [("a.txt", "ภูมิ")]),  # part of a word: the substring fallback
        ("ไซเบอร์ วิทยาศาสตร์", []),
    ],
    ids=["one-word-run", "two-words", "double-sara-e-folded", "other-doc", "in-compound",
         "partial-word",
         "and-across-docs"],
)
def test_search(db: FactIndex, words: str, expected: list[tuple[str, str]]) -> None:
    rows = db.search(words)
    assert [(r["source"], r["text"]) for r in rows] == expected
    text = {"a.txt": A_TEXT, "b.txt": B_TEXT}
    for row in rows:
        assert text[row["source"]][row["start"]:row["end"]] == row["text"]
        assert row["text"] in row["sentence"]


def test_fts_query_segments_and_quotes() -> None:
    assert fts_query('ความมั่นคงปลอดภัย "ไซเบอร์"') == '"ความมั่นคง" AND "ปลอดภัย" AND "ไซเบอร์"'
    assert fts_query('"ความมั่นคงปลอดภัย" ไซเบอร์') == '"ความมั่นคง ปลอดภัย" AND "ไซเบอร์"'
    assert fts_query("   ") == ""


def test_reindex_changed_document_replaces_its_facts(db: FactIndex) -> None:
    changed = A_TEXT.replace("ความมั่นคงปลอดภัยไซเบอร์", "การพัฒนากำลังคนดิจิทัล")
    assert not db.unchanged("a", content_hash(changed))
    assert db.unchanged("a", content_hash(A_TEXT))
    db.add(doc_a(changed), key="a", sha256=content_hash(changed))
    assert db.stats() == {"documents": 2, "date": 2, "person": 2, "meeting": 1}
    assert db.search("ไซเบอร์") == []
    assert [r["text"] for r in db.search("กำลังคน")] == ["กำลังคน"]
    orphans = db.conn.execute("SELECT count(*) FROM sentence_words WHERE rowid NOT IN "
                              "(SELECT id FROM sentences)").fetchone()[0]
    assert orphans == 0


def test_interrupted_document_leaves_database_consistent(db: FactIndex, monkeypatch) -> None:
    def boom(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(FactIndex, "_add_facts", boom)
    changed = A_TEXT.replace("ไซเบอร์", "ข้อมูล")
    with pytest.raises(KeyboardInterrupt):
        db.add(doc_a(changed), key="a", sha256=content_hash(changed))
    # The old version of the document is still there, whole.
    assert db.unchanged("a", content_hash(A_TEXT))
    assert db.stats() == {"documents": 2, "date": 2, "person": 2, "meeting": 1}
    assert [r["source"] for r in db.search("ไซเบอร์")] == ["a.txt"]


def test_reader_works_while_a_writer_holds_a_transaction(db: FactIndex) -> None:
    db.conn.execute("BEGIN IMMEDIATE")
    db.conn.execute("DELETE FROM facts WHERE kind = 'person'")
    with FactIndex(db.path, readonly=True, timeout=1) as reader:
        assert [r["name"] for r in reader.person("สมชาย")] == ["สมชาย ใจดี"]
    db.conn.execute("ROLLBACK")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="upgrade thaiextract"):
        FactIndex(str(path))


@pytest.mark.parametrize("readonly", [False, True], ids=["index", "query"])
def test_another_programs_database_is_left_alone(tmp_path: Path, readonly: bool) -> None:
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match=r"not a thaiextract database \(it has the tables "
                                             r"customers\)"):
        FactIndex(str(path), readonly=readonly)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_missing_database_for_reading(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="run 'thaiextract index' first"):
        FactIndex(str(tmp_path / "none.db"), readonly=True)


def test_source_key() -> None:
    assert source_key("-") == "<stdin>"
    assert source_key("x/a.txt", "7").endswith("/x/a.txt#7")


# --- commands --------------------------------------------------------------------------------


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(B_TEXT, encoding="utf-8")
    return folder


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env=env)


def test_index_command_skips_unchanged_and_replaces_changed(corpus: Path,
                                                            tmp_path: Path) -> None:
    dbfile = str(tmp_path / "f.db")
    first = run("index", str(corpus), "--db", dbfile, "-j", "1")
    assert first.exit_code == 0, first.output
    assert "2 indexed, 0 unchanged, 0 failed" in first.stderr
    second = run("index", str(corpus), "--db", dbfile, "-j", "1")
    assert "0 indexed, 2 unchanged, 0 failed" in second.stderr
    (corpus / "b.txt").write_text(B_TEXT.replace("วิทยาศาสตร์", "นวัตกรรม"), encoding="utf-8")
    third = run("index", str(corpus), "--db", dbfile, "-j", "1")
    assert "1 indexed, 1 unchanged, 0 failed" in third.stderr
    result = run("query", "search", "นวัตกรรม", "--db", dbfile, "-f", "json")
    rows = json.loads(result.stdout)
    assert [(Path(r["source"]).name, r["text"]) for r in rows] == [("b.txt", "นวัตกรรม")]
    assert run("query", "search", "วิทยาศาสตร์", "--db", dbfile, "-f", "json").stdout.strip() \
        == "[]"


def test_index_reports_failures(corpus: Path, tmp_path: Path) -> None:
    result = run("index", str(corpus / "a.txt"), str(corpus / "missing.txt"), "--db",
                 str(tmp_path / "f.db"))
    assert result.exit_code == 1
    assert "1 indexed, 0 unchanged, 1 failed" in result.stderr


def test_db_from_environment(corpus: Path, tmp_path: Path) -> None:
    dbfile = str(tmp_path / "env.db")
    assert run("index", str(corpus), env={"THAIEXTRACT_DB": dbfile}).exit_code == 0
    assert Path(dbfile).exists()
    result = run("query", "search", "ไซเบอร์", "-f", "jsonl", env={"THAIEXTRACT_DB": dbfile})
    (line,) = result.stdout.splitlines()
    row = json.loads(line)
    assert A_TEXT[row["start"]:row["end"]] == row["text"] == "ไซเบอร์"


def test_query_csv_and_missing_db(corpus: Path, tmp_path: Path) -> None:
    dbfile = str(tmp_path / "f.db")
    run("index", str(corpus), "--db", dbfile)
    result = run("query", "search", "ไซเบอร์", "--db", dbfile, "-f", "csv")
    header, row = result.stdout.splitlines()
    assert header == "text,source,id,document_date,start,end,sentence"
    assert row.startswith("ไซเบอร์,")
    missing = run("query", "person", "สมชาย", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1
    assert "run 'thaiextract index' first" in missing.stderr


E2E_A = ("ข่าวกระทรวง\n"
         "วันนี้ (27 ม.ค. 65) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
         "เปิดเผยว่า กระทรวงได้เร่งรัดโครงการดังกล่าวแล้ว\n")
E2E_B = ("ข่าวกระทรวง\n"
         "วันนี้ (12 มิ.ย. 63) นายสมศักดิ์ รักงาน รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
         "เปิดงานสัปดาห์วิทยาศาสตร์แห่งชาติ\n")


@pytest.mark.parametrize(
    ("on", "first"), [("2022-01-27", "สมชาย ใจดี"), ("2020-06-20", "สมศักดิ์ รักงาน")],
    ids=["2022", "2020"],
)
def test_query_position_command_end_to_end(tmp_path: Path, on: str, first: str) -> None:
    """Needs the dates and people extractors: positions and dates come from extracted facts."""
    (tmp_path / "a.txt").write_text(E2E_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(E2E_B, encoding="utf-8")
    dbfile = str(tmp_path / "f.db")
    run("index", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", dbfile)
    result = run("query", "position", "รมว.ดิจิทัลฯ", "--on", on, "--db", dbfile, "-f", "json")
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows][:1] == [first]
    assert len(rows) == 2
    text = {"a.txt": E2E_A, "b.txt": E2E_B}[Path(rows[0]["source"]).name]
    assert text[rows[0]["start"]:rows[0]["end"]] == rows[0]["text"]


# --- queries: exact posts, holders, segmented search, titles, empty patterns (issue 13) ------

Q_TEXT = ("ข่าวทำเนียบ\n"
          "วันที่ 3 มีนาคม 2565 นายสมชาย แสงเเก้ว นายกรัฐมนตรี เป็นประธานการประชุม\n"
          "วันที่ 3 มีนาคม 2565 นายสมปอง ดีงาม รองนายกรัฐมนตรี ร่วมการประชุม\n"
          "วันที่ 3 มีนาคม 2565 นางสาวสมใจ รักดี โฆษกประจำสำนักนายกรัฐมนตรี แถลงข่าว\n"
          "วันที่ 4 มีนาคม 2565 นายสมชาย แสงแก้ว นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม "
          "ตรวจเยี่ยมทหาร\n"
          "วันที่ 4 มีนาคม 2565 นายพุทธิพงษ์ ปุณณกันต์ รมว.ดิจิทัลฯ กล่าวถึงความมั่นคง"
          "ปลอดภัยด้านไซเบอร์\n")
Q_PEOPLE = [
    ("นายสมชาย แสงเเก้ว", "สมชาย แสงเเก้ว", "นายกรัฐมนตรี"),
    ("นายสมปอง ดีงาม", "สมปอง ดีงาม", "รองนายกรัฐมนตรี"),
    ("นางสาวสมใจ รักดี", "สมใจ รักดี", "โฆษกประจำสำนักนายกรัฐมนตรี"),
    ("นายสมชาย แสงแก้ว", "สมชาย แสงแก้ว", "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"),
    ("นายพุทธิพงษ์ ปุณณกันต์", "พุทธิพงษ์ ปุณณกันต์", "รมว.ดิจิทัลฯ"),
]


def doc_q() -> Document:
    people = tuple(fact(PersonFact, Q_TEXT, needle, name=name, title="นาย", position=post)
                   for needle, name, post in Q_PEOPLE)
    dates = tuple(fact(DateFact, Q_TEXT, f"{d} มีนาคม 2565", value=f"2022-03-0{d}", era="BE")
                  for d in (3, 4))
    return Document(source="q.txt", document_date="2022-03-04", text=Q_TEXT, people=people,
                    dates=dates)


@pytest.fixture()
def qdb(tmp_path: Path) -> FactIndex:
    store = FactIndex(str(tmp_path / "q.db"))
    store.add(doc_q(), key="q", sha256=content_hash(Q_TEXT))
    yield store
    store.close()


@pytest.mark.parametrize(
    ("query", "contains", "names"),
    [
        ("นายกรัฐมนตรี", False, ["สมชาย แสงเเก้ว", "สมชาย แสงแก้ว"]),
        ("นายกฯ", False, ["สมชาย แสงเเก้ว", "สมชาย แสงแก้ว"]),
        ("นายกรัฐมนตรี", True, ["สมชาย แสงเเก้ว", "สมปอง ดีงาม", "สมใจ รักดี",
                                "สมชาย แสงแก้ว"]),
        ("รองนายกรัฐมนตรี", False, ["สมปอง ดีงาม"]),
        ("รมว.กลาโหม", False, ["สมชาย แสงแก้ว"]),
        ("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", False, ["พุทธิพงษ์ ปุณณกันต์"]),
        ("โฆษกประจำสำนักนายกรัฐมนตรี", False, ["สมใจ รักดี"]),
        ("ผู้บัญชาการทหารบก", True, []),
    ],
    ids=["exact-pm", "abbreviated-pm", "contains-widens", "deputy-only", "one-post-of-two",
         "short-form-of-the-seat", "role-exact", "none"],
)
def test_query_position_exact_by_default(qdb: FactIndex, query: str, contains: bool,
                                         names: list[str]) -> None:
    rows = qdb.position(query, contains=contains)
    assert [r["name"] for r in rows] == names
    for row in rows:
        assert Q_TEXT[row["start"]:row["end"]] == row["text"]


def test_holder_spelled_two_ways_is_one_holder(qdb: FactIndex) -> None:
    """แสงเเก้ว / แสงแก้ว (เเ typed as two เ): one holder with --on, the closer statement."""
    rows = qdb.position("นายกรัฐมนตรี", dt.date(2022, 3, 4))
    assert [(r["name"], r["date"], r["distance_days"]) for r in rows] == [
        ("สมชาย แสงแก้ว", "2022-03-04", 0)]


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("นายพุทธิพงษ์", ["พุทธิพงษ์ ปุณณกันต์"]),
        ("นาย พุทธิพงษ์ ปุณณกันต์", ["พุทธิพงษ์ ปุณณกันต์"]),
        ("พุทธิพงษ์", ["พุทธิพงษ์ ปุณณกันต์"]),
        ("นางสาวสมใจ", ["สมใจ รักดี"]),
        ("พล.ต.อ.ดร.สมใจ", ["สมใจ รักดี"]),
        ("สมชาย แสงเเก้ว", ["สมชาย แสงเเก้ว", "สมชาย แสงแก้ว"]),
    ],
    ids=["title-glued", "title-spaced", "no-title", "miss", "stacked-title", "double-sara-e"],
)
def test_query_person_strips_titles(qdb: FactIndex, query: str, names: list[str]) -> None:
    assert [r["name"] for r in qdb.person(query)] == names


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ความมั่นคงปลอดภัยไซเบอร์", ["ความมั่นคง"]),
        ('"ความมั่นคงปลอดภัยไซเบอร์"', []),
        ('"ความมั่นคงปลอดภัยด้านไซเบอร์"', ["ความมั่นคงปลอดภัยด้านไซเบอร์"]),
        ("ไซเบอร์ พุทธิพงษ์", ["ไซเบอร์"]),
        ("ไซเบอร์กลาโหม", []),
    ],
    ids=["unspaced-means-all-words", "quoted-is-a-phrase", "quoted-phrase-found",
         "two-parts", "a-word-missing"],
)
def test_search_all_words_or_phrase(qdb: FactIndex, words: str, expected: list[str]) -> None:
    rows = qdb.search(words)
    assert [r["text"] for r in rows] == expected
    for row in rows:
        assert Q_TEXT[row["start"]:row["end"]] == row["text"]
        assert row["sentence"] == Q_TEXT.splitlines()[5]


@pytest.mark.parametrize(
    ("method", "pattern"),
    [("person", ""), ("person", "  "), ("person", "นาย"), ("position", ""),
     ("position", "ฯ"), ("meeting", ""), ("search", ""), ("search", '""')],
    ids=["person-empty", "person-blank", "person-title-only", "position-empty",
         "position-only-fy", "meeting-empty", "search-empty", "search-empty-phrase"],
)
def test_empty_patterns_are_refused(qdb: FactIndex, method: str, pattern: str) -> None:
    with pytest.raises(QueryError) as caught:
        getattr(qdb, method)(pattern)
    assert isinstance(caught.value, ValueError)
    assert "\n" not in str(caught.value) and str(caught.value)


def test_query_columns_name_every_row_key(qdb: FactIndex, db: FactIndex) -> None:
    """The CLI writes a CSV header from COLUMNS when a query has no row."""
    rows = {"person": qdb.person("สมชาย"), "position": qdb.position("นายกรัฐมนตรี"),
            "position_on": qdb.position("นายกรัฐมนตรี", dt.date(2022, 3, 4)),
            "meeting": db.meeting("อาเซียน"), "search": qdb.search("ไซเบอร์")}
    for name, found in rows.items():
        assert found, name
        assert tuple(found[0]) == COLUMNS[name], name


# --- reliability: Ctrl-C, full disk, damaged files, folders, read-only media (issue 15) ------


class _InterruptAfterCommit:
    """A connection whose COMMIT goes through and is then interrupted (Ctrl-C right after)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: Any) -> Any:
        result = self._conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return result


def test_ctrl_c_after_commit_is_no_false_rollback_error(db: FactIndex) -> None:
    real = db.conn
    db.conn = _InterruptAfterCommit(real)  # type: ignore[assignment]
    changed = A_TEXT.replace("ไซเบอร์", "ข้อมูล")
    with pytest.raises(KeyboardInterrupt):  # not "cannot rollback - no transaction is active"
        db.add(doc_a(changed), key="a", sha256=content_hash(changed))
    db.conn = real
    assert db.unchanged("a", content_hash(changed))  # committed: the new version is there
    assert not real.in_transaction


def test_full_disk_is_one_clear_error_and_the_database_stays_intact(db: FactIndex) -> None:
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count={pages + 1}")  # the disk is full from here on
    big = A_TEXT + "ที่ประชุมเน้นย้ำความมั่นคงปลอดภัยไซเบอร์ของภูมิภาค\n" * 400
    with pytest.raises(DiskFull) as caught:
        db.add(doc_a(big), key="c", sha256=content_hash(big))
    assert str(caught.value).startswith("no space left on device writing ")
    assert isinstance(caught.value, DatabaseError)
    assert not db.conn.in_transaction
    assert db.stats() == {"documents": 2, "date": 2, "person": 2, "meeting": 1}
    assert db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_disk_full_os_error_is_translated() -> None:
    import errno

    from thaiextract.index.store import translate

    error = translate(OSError(errno.ENOSPC, "No space left on device"), "f.db")
    assert isinstance(error, DiskFull) and "f.db" in str(error)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    for page in (middle, middle + 1):
        data[page * 4096:page * 4096 + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))


@pytest.fixture()
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.db"
    with FactIndex(str(path)) as store:
        for n in range(30):
            store.add(doc_a(), key=f"a{n}", sha256="x")
    _damage(path)
    return path


@pytest.mark.parametrize("readonly", [True, False], ids=["query", "index"])
def test_damaged_database_is_reported_on_open(damaged: Path, readonly: bool) -> None:
    with pytest.raises(DatabaseDamaged, match="database file is damaged") as caught:
        FactIndex(str(damaged), readonly=readonly)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("command", [["search", "ไซเบอร์"], ["person", "สมชาย"]],
                         ids=["search", "person"])
def test_damaged_database_every_query_command(damaged: Path, command: list[str]) -> None:
    result = run("query", *command, "--db", str(damaged), "-f", "json")
    assert result.exit_code == 1
    assert "database file is damaged" in result.stderr
    assert result.stdout == ""


def test_db_that_is_a_folder(tmp_path: Path, corpus: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder, not a database file"):
        FactIndex(str(tmp_path))
    for args in (["index", str(corpus)], ["query", "person", "สมชาย"]):
        result = run(*args, "--db", str(tmp_path))
        assert result.exit_code == 1
        assert "is a folder, not a database file" in result.stderr


def test_wal_database_in_a_read_only_folder_is_read_immutable(db: FactIndex,
                                                               monkeypatch) -> None:
    """On a read-only medium SQLite cannot make the -shm file of a WAL database."""
    import thaiextract.index.store as store

    db.close()  # the writer is done (its WAL checkpointed), as on a medium nobody writes to
    monkeypatch.setattr(store.os, "access", lambda *_: False)
    assert store.readonly_uri(db.path).endswith("?mode=ro&immutable=1")
    with FactIndex(db.path, readonly=True) as reader:
        assert [r["name"] for r in reader.person("สมชาย")] == ["สมชาย ใจดี"]


def test_migration_is_idempotent_on_existing_tables(tmp_path: Path) -> None:
    """An older file whose tables exist (an upgrade cut short) migrates without "already
    exists"; the tables were made by the first release's statements, without IF NOT EXISTS."""
    from thaiextract.index import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement.replace(" IF NOT EXISTS", ""))
    conn.commit()
    conn.close()
    with FactIndex(str(path)) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.add(doc_a(), key="a", sha256=content_hash(A_TEXT))
        assert store.stats()["documents"] == 1


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ไม่ใช่ฐานข้อมูล\n" * 200, encoding="utf-8")
    with pytest.raises(DatabaseError, match="is not a thaiextract database"):
        FactIndex(str(path), readonly=True)


def test_a_post_spelled_two_ways_is_one_row(tmp_path: Path) -> None:
    """The extractor gives the post as written (เเละ) and expanded (และ): one row, not two."""
    from thaiextract.index.store import positions_of
    from thaiextract.model import PersonMention

    written = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม"
    start = A_TEXT.index("นายสมชาย ใจดี")
    person = fact(PersonFact, A_TEXT, "นายสมชาย ใจดี", name="สมชาย ใจดี", title="นาย",
                  position=written, position_expanded=written.replace("เเ", "แ"),
                  positions=(written,),
                  mentions=(PersonMention("นายสมชาย ใจดี", start, start + 13, title="นาย",
                                          position=written),))
    assert positions_of(person) == [written.replace("เเ", "แ")]
    with FactIndex(str(tmp_path / "one.db")) as store:
        doc = Document(source="a.txt", document_date="2022-01-27", text=A_TEXT, people=(person,))
        store.add(doc, key="a", sha256=content_hash(A_TEXT))
        assert [r["name"] for r in store.position("รมว.ดิจิทัลฯ")] == ["สมชาย ใจดี"]


E2E_Q = ("ข่าวทำเนียบรัฐบาล\n"
         "วันที่ 3 มีนาคม 2565 พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุม"
         "คณะรัฐมนตรี ที่ทำเนียบรัฐบาล\n"
         "ด้านนายดอน ปรมัตถ์วินัย รองนายกรัฐมนตรี กล่าวว่า รัฐบาลพร้อมสนับสนุนความร่วมมือกับอาเซียน\n"
         "ขณะที่นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี แถลงผลการประชุม\n"
         "นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม "
         "เน้นย้ำความมั่นคงปลอดภัยด้านไซเบอร์ของประเทศ\n")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (["position", "นายกรัฐมนตรี"], ["ประยุทธ์ จันทร์โอชา"]),
        (["position", "นายกฯ"], ["ประยุทธ์ จันทร์โอชา"]),
        (["position", "รองนายกรัฐมนตรี"], ["ดอน ปรมัตถ์วินัย"]),
        (["position", "รมว.ดิจิทัลฯ"], ["ชัยวุฒิ ธนาคมานุสรณ์"]),
        (["person", "นายดอน"], ["ดอน ปรมัตถ์วินัย"]),
        (["person", "พลเอกประยุทธ์"], ["ประยุทธ์ จันทร์โอชา"]),
        (["search", "ความมั่นคงปลอดภัยไซเบอร์"], ["ความมั่นคง"]),
    ],
    ids=["pm-not-deputy-nor-spokesperson", "pm-abbreviated", "deputy-pm", "minister-short",
         "person-with-title", "person-with-rank", "search-unspaced"],
)
def test_queries_end_to_end(tmp_path: Path, query: list[str], expected: list[str]) -> None:
    """From raw text through `thaiextract index` and `thaiextract query` (real extractors)."""
    (tmp_path / "a.txt").write_text(E2E_Q, encoding="utf-8")
    dbfile = str(tmp_path / "f.db")
    assert run("index", str(tmp_path / "a.txt"), "--db", dbfile, "-q").exit_code == 0
    result = run("query", *query, "--db", dbfile, "-f", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r.get("name", r["text"]) for r in rows] == expected
    for row in rows:
        assert E2E_Q[row["start"]:row["end"]] == row["text"]


@pytest.mark.reliability
@pytest.mark.parametrize("after", [0.3, 1.0], ids=["early", "later"])
def test_ctrl_c_stops_index_and_leaves_the_database_whole(tmp_path: Path, after: float) -> None:
    """SIGINT to a running `thaiextract index`: exit 130 at once, no false rollback error, the
    database passes quick_check and every committed document is whole."""
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "news"
    folder.mkdir()
    files = 600  # about ten seconds of indexing: the run is still going when SIGINT comes
    for n in range(files):
        text = A_TEXT.replace("27 มกราคม", f"{n % 28 + 1} มกราคม") * 5
        (folder / f"d{n:03d}.txt").write_text(text, encoding="utf-8")
    dbfile = tmp_path / "f.db"
    exe = Path(sys.executable).with_name("thaiextract")
    proc = subprocess.Popen([str(exe), "index", str(folder), "--db", str(dbfile), "-j", "1"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not dbfile.exists() and time.monotonic() < deadline:
        time.sleep(0.02)  # the CLI is up and has opened the database
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    stderr = proc.communicate(timeout=20)[1]
    assert proc.returncode == 130, stderr
    assert "rollback" not in stderr and "Traceback" not in stderr
    conn = sqlite3.connect(dbfile)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    indexed = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    whole = conn.execute("SELECT count(DISTINCT doc_id) FROM facts").fetchone()[0]
    assert indexed == whole < files
    conn.close()
