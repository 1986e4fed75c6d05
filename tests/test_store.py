"""The store on real SQLite files: schema, migrations, idempotent writes, FTS, queries, export."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotegraph.errors import StoreError
from quotegraph.ingest import Article
from quotegraph.records import ArticleResult, Rejection, Span, Speaker, Statement
from quotegraph.store import (
    SCHEMA_VERSION, Store, connect, export, find_speakers, find_statements, iter_statements,
    list_rejections, schema_version, summary,
)
from quotegraph.store.export import parquet_schema


def article(key: str, text: str, **kw) -> Article:
    kw.setdefault("url", key if key.startswith("http") else None)
    return Article(id=key, text=text, **kw)


def said(text: str, *people: Speaker, kind: str = "direct", confidence: float = 0.8) -> ArticleResult:
    """One statement per speaker: its name must occur in ``text``; content is the first sentence."""
    statements = []
    for sp in people:
        name = sp.name or sp.role or "officials"
        start = text.index(name)
        end_content = text.index(".") + 1
        statements.append(Statement(Span.of(text, start, start + len(name)), None,
                                    [Span.of(text, 0, end_content)], kind, sp, confidence))
    return ArticleResult("x", statements, list(people))


def person(name: str | None, sid: str = "s1", **kw) -> Speaker:
    return Speaker(sid, name, kw.pop("aliases", []), kind=kw.pop("kind", "person"), **kw)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "q.db") as s:
        yield s


def speaker_ids(store: Store) -> list[int | None]:
    return [r[0] for r in store.conn.execute("SELECT speaker_id FROM statements ORDER BY id")]


# -- schema -----------------------------------------------------------------------------

def test_new_database_has_schema_wal_and_readable_views(tmp_path):
    path = tmp_path / "q.db"
    conn = connect(path)
    assert schema_version(conn) == SCHEMA_VERSION == 3
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "speakers", "speaker_aliases", "speaker_mentions", "statements",
            "rejections", "schema_version", "statements_fts", "statement_details",
            "speaker_summary", "events", "events_coded"} <= names
    conn.close()
    again = connect(path)  # reopening applies nothing twice
    assert again.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    again.close()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT, "
                       "description TEXT); INSERT INTO schema_version VALUES (99, 'x', 'future');")
    conn.close()
    before = _sha(path)
    with pytest.raises(StoreError) as err:
        connect(path)
    assert err.value.code == "E031"
    assert str(err.value) == (f"database {path} has schema version 99, newer than this quotegraph "
                              f"({SCHEMA_VERSION}); upgrade quotegraph [E031]")
    assert _sha(path) == before
    assert not (tmp_path / "future.db-wal").exists()


def test_foreign_and_broken_files_are_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a quotegraph database"):
        connect(other)
    junk = tmp_path / "junk.db"
    junk.write_text("this is not SQLite " * 100)
    with pytest.raises(StoreError, match=r"\[E030\]"):
        connect(junk)
    with pytest.raises(StoreError, match="no database at"):
        connect(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


# -- idempotent writes --------------------------------------------------------------------

TEXT = "Kazem Gharibabadi said Iran will respond. He spoke in Tehran."


def test_same_article_twice_adds_nothing_and_same_content_elsewhere_neither(store):
    sp = person("Kazem Gharibabadi")
    a = article("https://a.example/1", TEXT, outlet="Mehr", title="Iran warns")
    assert store.write([(a, said(TEXT, sp))]) == ["new"]
    assert store.write([(a, said(TEXT, sp))]) == ["unchanged"]
    assert store.write([(article("https://mirror.example/1", TEXT), said(TEXT, sp))]) == ["duplicate"]
    assert summary(store.conn) == {"articles": 1, "statements": 1, "speakers": 1, "rejections": 0}


def test_changed_version_replaces_that_articles_statements(store):
    a1 = article("https://a.example/1", TEXT, title="First")
    store.write([(a1, said(TEXT, person("Kazem Gharibabadi")))])
    text2 = "Ali Bagheri said the talks failed. Kazem Gharibabadi was not there."
    a2 = article("https://a.example/1", text2, title="Second")
    assert store.status(a2) == "updated"
    assert store.write([(a2, said(text2, person("Ali Bagheri")))]) == ["updated"]
    rows = find_statements(store.conn)
    assert [(r["speaker"], r["content"], r["title"]) for r in rows] == [
        ("Ali Bagheri", "Ali Bagheri said the talks failed.", "Second")]
    assert [s["name"] for s in find_speakers(store.conn)] == ["Ali Bagheri"]  # orphan removed
    assert find_statements(store.conn, search="respond") == []  # FTS follows the replacement
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_a_failing_write_leaves_nothing_behind(store):
    good = article("https://a.example/1", TEXT)
    bad = {"speakers": [{"id": "s1", "name": "X Y"}], "statements": [{"content": [{"nope": 1}]}]}
    with pytest.raises(KeyError):
        store.write([(good, said(TEXT, person("Kazem Gharibabadi"))),
                     (article("https://a.example/2", "Other text here."), bad)])
    assert summary(store.conn) == {"articles": 0, "statements": 0, "speakers": 0, "rejections": 0}


def test_rejections_are_recorded_once_per_input_and_reason(store):
    r = Rejection("feed.xml", "not a feed: syntax error", "E007")
    store.reject([r])
    store.reject([r, Rejection("x.html", "no article text found in the page", "E005")])
    rows = list_rejections(store.conn)
    assert {(x["input"], x["seen"]) for x in rows} == {("feed.xml", 2), ("x.html", 1)}
    assert all(x["time"].endswith("Z") for x in rows)


# -- cross-article speakers -----------------------------------------------------------------

def _ingest(store: Store, *pairs: tuple[str, Speaker]) -> list[int | None]:
    for i, (text, sp) in enumerate(pairs):
        store.write([(article(f"https://n.example/{i}", text), said(text, sp))])
    return speaker_ids(store)


def test_same_full_name_in_two_articles_is_one_speaker(store):
    ids = _ingest(store,
                  ("Kazem Gharibabadi said Iran will respond.", person("Kazem Gharibabadi", aliases=["Gharibabadi"])),
                  ("Kazem Gharibabadi said no talks are planned.", person("Kazem Gharibabadi")))
    assert ids[0] == ids[1]
    top = find_speakers(store.conn)[0]
    assert (top["name"], top["statements"], top["articles"], top["aliases"]) == (
        "Kazem Gharibabadi", 2, 2, ["Gharibabadi"])


def test_shared_surname_alone_is_not_enough(store):
    ids = _ingest(store,
                  ("John Smith said taxes will rise.", person("John Smith", role="finance minister")),
                  ("Jane Smith said taxes will fall.", person("Jane Smith", role="finance minister")),
                  ("Smith said the vote is close.", person("Smith")),
                  ("Smith said the vote is lost.", person("Smith")))
    assert len(set(ids)) == 4


def test_surname_with_the_same_role_or_affiliation_is_merged(store):
    ids = _ingest(store,
                  ("John Smith said taxes will rise.", person("John Smith", role="Finance Minister")),
                  ("Smith said taxes will rise again.", person("Smith", role="finance minister")),
                  ("Smith said the budget is fine.", person("Smith", affiliation="Treasury")))
    assert ids[0] == ids[1] != ids[2]


def test_middle_names_countries_and_organisations(store):
    ids = _ingest(store,
                  ("Donald Trump said the deal is great.", person("Donald Trump")),
                  ("Donald J. Trump said the deal is done.", person("Donald J. Trump")),
                  ("George W. Bush said the war is over.", person("George W. Bush")),
                  ("George H. W. Bush said read my lips.", person("George H. W. Bush")),
                  ("John Smith said hello from London.", person("John Smith", country="GBR")),
                  ("John Smith said hello from Boston.", person("John Smith", country="USA")),
                  ("the White House said no comment.", person("the White House", kind="organisation")),
                  ("White House said still no comment.", person("White House", kind="organisation")),
                  ("Iran said it will respond.", person("Iran", kind="place")),
                  ("Iran said it will respond soon.", person("Iran", kind="place")))
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]
    assert ids[4] != ids[5]
    assert ids[6] == ids[7]
    assert ids[8] == ids[9] != ids[7]  # a one-word place needs no surname evidence


def test_unnamed_speakers_keep_their_statement_without_a_speaker(store):
    text = "officials said the border is closed."
    store.write([(article("https://n.example/u", text), said(text, person(None, role="officials")))])
    assert speaker_ids(store) == [None]
    assert summary(store.conn)["speakers"] == 0
    assert find_statements(store.conn)[0]["source"] == "officials"


def test_party_and_nested_reports_are_kept(store, tmp_path):
    text = "Al-Alam said Senator Ann Lowry told reporters the bill would pass."
    lowry = person("Ann Lowry", "s2", party="Democratic Party", affiliation="Democratic Party", country="USA")
    alam = Speaker("s1", "Al-Alam", [], kind="organisation")
    outer = Statement(Span.of(text, 0, 7), Span.of(text, 8, 12), [Span.of(text, 13, 65)], "indirect", alam)
    inner = Statement(Span.of(text, 13, 30), Span.of(text, 31, 35), [Span.of(text, 46, 65)], "indirect",
                      lowry, reported_by=0)
    store.write([(article("https://n.example/p", text), ArticleResult("x", [outer, inner], [alam, lowry]))])
    rows = find_statements(store.conn)
    assert [(r["speaker"], r["speaker_party"], r["reported_by"]) for r in rows] == [
        ("Al-Alam", None, None), ("Ann Lowry", "Democratic Party", 0)]
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    query = readme.split("with who carried them:\n\n```sql\n", 1)[1].split("```", 1)[0]
    assert [tuple(r) for r in store.conn.execute(query)] == [
        ("Ann Lowry", "told", "the bill would pass", "Al-Alam", "Al-Alam")]
    assert export(store.conn, "parquet", tmp_path / "out.parquet") == 2
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column("reported_by").to_pylist() == [None, 0]
    assert table.column("speaker_party").to_pylist() == [None, "Democratic Party"]


# -- queries and export ---------------------------------------------------------------------

@pytest.fixture
def filled(store):
    rows = [
        ("https://mehr.example/1", "Mehr News", "2024-01-10T08:00:00Z", "Nuclear talks",
         "Kazem Gharibabadi said al-Alam reported the talks. Then he left.", person("Kazem Gharibabadi"), "direct"),
        ("https://mehr.example/2", "Mehr News", "2024-02-01", "Sanctions",
         "Ali Bagheri said sanctions must end now. Talks go on.", person("Ali Bagheri"), "indirect"),
        ("https://herald.example/3", "The Herald", "2024-02-20T23:00:00Z", "Harbour",
         "Marta Oyelaran said the harbour deal is close. Others disagree.", person("Marta Oyelaran"), "mixed"),
    ]
    for (key, outlet, published, title, text, sp, kind), confidence in zip(rows, (0.9, 0.45, 0.7)):
        store.write([(article(key, text, outlet=outlet, published=published, title=title),
                      said(text, sp, kind=kind, confidence=confidence))])
    return store


def test_statement_filters(filled):
    conn = filled.conn
    q = lambda **kw: [r["speaker"] for r in find_statements(conn, **kw)]  # noqa: E731
    assert q() == ["Marta Oyelaran", "Ali Bagheri", "Kazem Gharibabadi"]  # newest first
    assert q(speaker="gharib") == ["Kazem Gharibabadi"]
    assert q(about="sanctions must") == ["Ali Bagheri"]
    assert q(search="harbour") == ["Marta Oyelaran"]  # content or title
    assert q(search="Nuclear") == ["Kazem Gharibabadi"]  # article title
    assert q(search="Bagheri") == ["Ali Bagheri"]  # speaker name
    assert q(search="al-Alam") == ["Kazem Gharibabadi"]  # not FTS syntax: searched as words
    assert q(outlet="mehr") == ["Ali Bagheri", "Kazem Gharibabadi"]
    assert q(since="2024-02-01") == ["Marta Oyelaran", "Ali Bagheri"]
    assert q(until="2024-02-20") == ["Marta Oyelaran", "Ali Bagheri", "Kazem Gharibabadi"]
    assert q(until="2024-02-19") == ["Ali Bagheri", "Kazem Gharibabadi"]
    assert q(kind="mixed") == ["Marta Oyelaran"]
    assert q(limit=1) == ["Marta Oyelaran"]
    assert q(min_confidence=0.7) == ["Marta Oyelaran", "Kazem Gharibabadi"]  # at least, inclusive
    assert q(min_confidence=0.0) == q()
    for bad in (1.5, -0.1, "high"):
        with pytest.raises(ValueError):
            find_statements(conn, min_confidence=bad)
    with pytest.raises(ValueError):
        find_statements(conn, kind="quoted")
    with pytest.raises(ValueError):
        find_statements(conn, since="yesterday")


def test_statement_records_point_into_the_stored_text(filled):
    for row in iter_statements(filled.conn):
        text = filled.conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
        assert text[row["source_start"]:row["source_end"]] == row["source"]
        for span in row["content_spans"]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_speakers_ranked_with_outlets_and_search(filled):
    text = "Kazem Gharibabadi said more. Fine."
    filled.write([(article("https://herald.example/9", text, outlet="The Herald"),
                   said(text, person("Kazem Gharibabadi", role="deputy minister")))])
    top = find_speakers(filled.conn)
    assert top[0]["name"] == "Kazem Gharibabadi" and top[0]["statements"] == 2
    assert top[0]["outlets"] == ["Mehr News", "The Herald"] and top[0]["roles"] == ["deputy minister"]
    assert [s["name"] for s in find_speakers(filled.conn, search="oyel")] == ["Marta Oyelaran"]


def test_readme_sql_works_in_plain_sqlite(filled, tmp_path):
    filled.close()
    conn = sqlite3.connect(tmp_path / "q.db")
    rows = conn.execute(
        "SELECT speaker, count(*) AS n FROM statement_details "
        "WHERE outlet = 'Mehr News' GROUP BY speaker ORDER BY n DESC, speaker").fetchall()
    assert rows == [("Ali Bagheri", 1), ("Kazem Gharibabadi", 1)]
    hits = conn.execute("SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'harbour'").fetchall()
    assert len(hits) == 1
    conn.close()
    filled.conn = connect(tmp_path / "q.db")


def test_export_jsonl_csv_parquet(filled, tmp_path):
    for fmt in ("jsonl", "csv", "parquet"):
        assert export(filled.conn, fmt, tmp_path / f"out.{fmt}") == 3
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert lines[0]["speaker"] == "Kazem Gharibabadi" and lines[0]["content_spans"][0]["start"] == 0
    with open(tmp_path / "out.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1]["outlet"] == "Mehr News" and json.loads(rows[1]["content_spans"])
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("confidence").type == pa.float64()
    assert table.schema.field("statement_id").type == pa.int64()
    assert pa.types.is_timestamp(table.schema.field("published").type)
    assert table.schema.field("content_spans").type == parquet_schema().field("content_spans").type
    assert table.column("speaker").to_pylist() == [r["speaker"] for r in lines]
    with pytest.raises(ValueError):
        export(filled.conn, "xml", tmp_path / "out.xml")
