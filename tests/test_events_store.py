"""Events in the store: migration 2 (and upgrading a v1 file in place), events written by
the store's writer and by ``quotegraph ingest`` with their statements, replacement,
idempotency, coding articles stored without events, and ``quotegraph events`` afterwards."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.events.store import code_stored_articles, query_events, uncoded_articles
from quotegraph.ingest.article import Article
from quotegraph.service import ingest
from quotegraph.store import SCHEMA_VERSION, Store, connect, schema_version
from quotegraph.store.db import _statements
from quotegraph.store.schema import MIGRATIONS

runner = CliRunner()

# Written for these tests (not news text).
ARTICLE_A = (
    "Iran's Foreign Minister Hassan Rostami urged Albania to expel the militants, the ministry said. "
    "\"We welcome the decision of the Albanian government,\" Rostami told reporters on Monday. "
    "Turkish troops shelled a village near the border overnight."
)
ARTICLE_B = "The weather in the valley was mild and the harvest went on as planned."

# The events table as an earlier quotegraph made it on demand in a v1 database.
_OLD_EVENTS_TABLE = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, type TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT, cameo TEXT, cameo_code TEXT,
    is_main INTEGER NOT NULL, statement_seq INTEGER, trigger_text TEXT, trigger_start INTEGER,
    trigger_end INTEGER, sentence_start INTEGER, sentence_end INTEGER, actor TEXT NOT NULL DEFAULT '[]',
    recipient TEXT NOT NULL DEFAULT '[]', actor_countries TEXT NOT NULL DEFAULT '',
    recipient_countries TEXT NOT NULL DEFAULT '', actor_names TEXT NOT NULL DEFAULT '',
    recipient_names TEXT NOT NULL DEFAULT '', confidence REAL, UNIQUE (article_id, seq))
"""


def _v1_database(path: Path, *, old_events: bool = False) -> None:
    """A real version-1 file: only migration 1 applied, one article with one statement."""
    version, description, script = MIGRATIONS[0]
    assert version == 1
    conn = sqlite3.connect(path)
    for statement in _statements(script):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z', ?)", (description,))
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles(id, key, content_hash, text, ingested_at, updated_at) "
        "VALUES (1, 'a1', 'h', 'Turkey praised Albania, he said.', 't', 't')")
    conn.execute(
        "INSERT INTO statements(article_id, seq, kind, confidence, content, content_spans) "
        "VALUES (1, 0, 'indirect', 0.9, 'Turkey praised Albania', '[]')")
    if old_events:
        conn.execute(_OLD_EVENTS_TABLE)
        conn.execute("INSERT INTO events(article_id, seq, type, plover, is_main) VALUES (1, 0, 'SUPPORT', 'SUPPORT', 1)")
    conn.commit()
    conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("old_events", [False, True])
def test_v1_database_upgrades_in_place(tmp_path: Path, old_events: bool) -> None:
    path = tmp_path / "v1.db"
    _v1_database(path, old_events=old_events)
    assert SCHEMA_VERSION >= 2
    conn = connect(path, create=False)
    try:
        assert schema_version(conn) == SCHEMA_VERSION
        assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")][:2] == [1, 2]
        assert {"statement_id", "actor_countries", "is_main"} <= _columns(conn, "events")
        assert conn.execute("SELECT text FROM articles WHERE key = 'a1'").fetchone()[0].startswith("Turkey")
        assert conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
        assert {"party"} <= _columns(conn, "speaker_mentions") and {"reported_by"} <= _columns(conn, "statements")
        old = conn.execute("SELECT content, speaker_party, reported_by FROM statement_details").fetchone()
        assert tuple(old) == ("Turkey praised Albania", None, None)
        kept = conn.execute("SELECT type FROM events").fetchall()
        assert [r[0] for r in kept] == (["SUPPORT"] if old_events else [])
        # an old file's coded articles count as coded; a plain v1 file's article is not yet coded
        assert uncoded_articles(conn) == (0 if old_events else 1)
    finally:
        conn.close()
    conn = connect(path, create=False)  # opening again changes nothing
    try:
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def _event(statement: int | None, main: bool = True, etype: str = "SUPPORT") -> dict:
    ent = {"span": {"start": 0, "end": 6, "text": "Turkey"}, "name": "Turkey", "country": "TUR", "sector": None}
    return {"type": etype, "mode": None, "cameo": "05", "cameo_code": "051", "actor": [ent], "recipient": [],
            "trigger": {"start": 7, "end": 14, "text": "praised"}, "sentence": {"start": 0, "end": 30},
            "statement": statement, "main": main, "confidence": 0.8}


def _analysis(events: list[dict] | None) -> dict:
    st = {"kind": "indirect", "confidence": 0.9, "source": {"start": 24, "end": 26, "text": "he"},
          "cue": {"start": 27, "end": 31, "text": "said"}, "content": [{"start": 0, "end": 22, "text": "Turkey praised Albania"}]}
    data: dict = {"statements": [st], "speakers": []}
    if events is not None:
        data["events"] = events
    return data


def test_writer_stores_events_with_their_statement_and_replaces_them(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    text = "Turkey praised Albania, he said."
    with Store(path) as store:
        store.write([(Article(id="a1", text=text), _analysis([_event(0), _event(None, main=False, etype="CONSULT")]))])
        rows = store.conn.execute(
            "SELECT e.type, e.statement_seq, s.seq AS linked FROM events e "
            "LEFT JOIN statements s ON s.id = e.statement_id ORDER BY e.seq").fetchall()
        assert [tuple(r) for r in rows] == [("SUPPORT", 0, 0), ("CONSULT", None, None)]
        # the same article again adds nothing
        store.write([(Article(id="a1", text=text), _analysis([_event(0)]))])
        assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        # a changed version replaces the events with its own
        store.write([(Article(id="a1", text=text + " More."), _analysis([_event(None, etype="ASSAULT")]))])
        assert [r[0] for r in store.conn.execute("SELECT type FROM events")] == ["ASSAULT"]
        # a changed version analysed without events leaves none, and the article uncoded
        store.write([(Article(id="a1", text=text + " Again."), _analysis(None))])
        assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert uncoded_articles(store.conn) == 1


def test_a_failed_write_keeps_neither_statements_nor_events(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    bad = _event(0)
    del bad["type"]  # the events insert fails after the statements were inserted
    with Store(path) as store:
        with pytest.raises(KeyError):
            store.write([(Article(id="a1", text="Turkey praised Albania, he said."), _analysis([bad]))])
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("events-corpus")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def test_ingest_stores_events_then_events_command_finds_them(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    report = ingest([str(corpus)], db)
    assert report.new == 2 and report.events >= 2
    conn = connect(db, create=False)
    try:
        assert uncoded_articles(conn) == 0  # b has no event but counts as coded
        events = query_events(conn, limit=None)
        assert len(events) == report.events
        assert {e["type"] for e in events} >= {"REQUEST", "ASSAULT"}
        linked = [e for e in events if e["statement_id"] is not None]
        assert linked, "events of statements link to their statement row"
        for e in linked:
            st = conn.execute("SELECT article_id, seq FROM statements WHERE id = ?", (e["statement_id"],)).fetchone()
            assert (st["article_id"], st["seq"]) == (e["article_id"], e["statement_seq"])
        assert all(e["statement_id"] is None for e in events if e["statement_seq"] is None)
    finally:
        conn.close()
    again = ingest([str(corpus)], db)
    assert again.skipped == 2 and again.events == 0
    res = runner.invoke(app, ["events", "--db", str(db), "--type", "REQUEST", "--actor", "IRN", "-f", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows and rows[0]["type"] == "REQUEST"


def test_ingest_without_events_then_code_stored_articles(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    report = ingest([str(corpus)], db, events=False)
    assert report.new == 2 and report.events == 0
    conn = connect(db, create=False)
    try:
        assert uncoded_articles(conn) == 2 and not query_events(conn)
        assert code_stored_articles(conn) == 2
        assert code_stored_articles(conn) == 0  # coded once, also the article without events
        events = query_events(conn, types=["ASSAULT"])
        assert events and any(a["country"] == "TUR" for a in events[0]["actor"])
        assert any(e["statement_id"] is not None for e in query_events(conn, limit=None))
    finally:
        conn.close()
