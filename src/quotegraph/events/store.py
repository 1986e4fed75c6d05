"""Events in the quotegraph database: table, writing, querying, PLOVER export.

The store (``quotegraph.store``) versions its schema as a list of migrations; the events
table is meant to be its migration 2 (:data:`EVENTS_MIGRATION`, to be appended to
``store.schema.MIGRATIONS`` by the store's owner). Until then :func:`ensure_events_table`
creates the same table with ``IF NOT EXISTS`` on any connection from
``quotegraph.store.connect``, so everything here works on today's databases and keeps
working once the migration lands.

Rows are plain dicts; :func:`plover_record` turns one into a PLOVER JSON record.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .lexicon import plover_context, plover_export_type

__all__ = [
    "EVENTS_SQL", "EVENTS_MIGRATION", "ensure_events_table", "write_events", "query_events",
    "iter_events", "plover_record", "write_plover", "code_stored_articles",
]

EVENTS_SQL = """
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,          -- order in the article (sentence, then salience)
    type            TEXT NOT NULL,             -- one of 16 PLOVER types, STATEMENT or APPEAL
    plover          TEXT NOT NULL,             -- the PLOVER event on export (APPEAL -> REQUEST)
    mode            TEXT,                      -- JSON list or NULL
    cameo           TEXT,                      -- 2-digit CAMEO root
    cameo_code      TEXT,
    is_main         INTEGER NOT NULL,          -- 1 for the main event of its sentence
    statement_seq   INTEGER,                   -- statements.seq of the same article, or NULL
    trigger_text    TEXT, trigger_start INTEGER, trigger_end INTEGER,
    sentence_start  INTEGER, sentence_end INTEGER,
    actor           TEXT NOT NULL DEFAULT '[]',   -- JSON list of {span, name, country, sector}
    recipient       TEXT NOT NULL DEFAULT '[]',
    actor_countries TEXT NOT NULL DEFAULT '',     -- ' IRN GBR ' for filtering
    recipient_countries TEXT NOT NULL DEFAULT '',
    actor_names     TEXT NOT NULL DEFAULT '',     -- names joined by ' | ' for filtering
    recipient_names TEXT NOT NULL DEFAULT '',
    confidence      REAL,
    UNIQUE (article_id, seq)
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_plover ON events(plover);
"""

#: The migration entry the store should append: (version, description, script).
EVENTS_MIGRATION = (2, "events (PLOVER / CAMEO event coding)", EVENTS_SQL)

_FIELDS = (
    "e.id AS event_id, e.article_id, a.key AS article_key, a.url, a.title, a.outlet, a.published, "
    "e.seq, e.type, e.plover, e.mode, e.cameo, e.cameo_code, e.is_main, e.statement_seq, "
    "e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, "
    "e.actor, e.recipient, e.confidence"
)


def ensure_events_table(conn: sqlite3.Connection) -> None:
    """Create the events table and its indexes if they are missing (idempotent)."""
    for stmt in (s.strip() for s in EVENTS_SQL.split(";")):
        if stmt:
            conn.execute(stmt)


def _row(article_id: int, seq: int, ev: dict[str, Any]) -> tuple[Any, ...]:
    trig = ev.get("trigger") or {}
    sent = ev.get("sentence") or {}
    actors, recips = ev.get("actor") or [], ev.get("recipient") or []
    codes = lambda xs: " " + " ".join(x["country"] for x in xs if x.get("country")) + " "  # noqa: E731
    names = lambda xs: " | ".join(x.get("name") or "" for x in xs)  # noqa: E731
    return (
        article_id, seq, ev["type"], plover_export_type(ev["type"], ev.get("cameo_code")),
        json.dumps(ev.get("mode")) if ev.get("mode") else None, ev.get("cameo"), ev.get("cameo_code"),
        int(bool(ev.get("main"))), ev.get("statement"), trig.get("text"), trig.get("start"), trig.get("end"),
        sent.get("start"), sent.get("end"), json.dumps(actors, ensure_ascii=False),
        json.dumps(recips, ensure_ascii=False), codes(actors), codes(recips), names(actors), names(recips),
        ev.get("confidence"),
    )


def write_events(conn: sqlite3.Connection, article_id: int, events: Iterable[dict[str, Any]]) -> int:
    """Replace an article's events (call inside the store's write transaction)."""
    ensure_events_table(conn)
    conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    rows = [_row(article_id, seq, ev) for seq, ev in enumerate(events)]
    conn.executemany(
        "INSERT INTO events(article_id, seq, type, plover, mode, cameo, cameo_code, is_main, statement_seq, "
        "trigger_text, trigger_start, trigger_end, sentence_start, sentence_end, actor, recipient, "
        "actor_countries, recipient_countries, actor_names, recipient_names, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _decode(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d["actor"] = json.loads(d["actor"] or "[]")
    d["recipient"] = json.loads(d["recipient"] or "[]")
    d["mode"] = json.loads(d["mode"]) if d.get("mode") else None
    d["is_main"] = bool(d["is_main"])
    return d


def query_events(
    conn: sqlite3.Connection,
    *,
    types: Iterable[str] = (),
    actor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    until: str | None = None,
    main_only: bool = False,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Stored events filtered by type (quotegraph or PLOVER name), actor / recipient (a
    3-letter country code or part of a name), and article date range (ISO, inclusive)."""
    ensure_events_table(conn)
    where, args = _filters(types, actor, recipient, since, until, main_only)
    sql = f"SELECT {_FIELDS} FROM events e JOIN articles a ON a.id = e.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published, e.article_id, e.seq"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_decode(r) for r in conn.execute(sql, args)]


def _filters(types: Iterable[str], actor: str | None, recipient: str | None, since: str | None,
             until: str | None, main_only: bool) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    types = [t.upper() for t in types]
    if types:
        marks = ", ".join("?" for _ in types)
        where.append(f"(e.type IN ({marks}) OR e.plover IN ({marks}))")
        args += types + types
    for col, value in (("actor", actor), ("recipient", recipient)):
        if not value:
            continue
        if len(value) == 3 and value.isalpha() and value.isupper():
            where.append(f"e.{col}_countries LIKE ?")
            args.append(f"% {value} %")
        else:
            where.append(f"e.{col}_names LIKE ? COLLATE NOCASE")
            args.append(f"%{value}%")
    if since:
        where.append("substr(a.published, 1, 10) >= ?")
        args.append(since[:10])
    if until:
        where.append("substr(a.published, 1, 10) <= ?")
        args.append(until[:10])
    if main_only:
        where.append("e.is_main = 1")
    return where, args


def iter_events(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every stored event, article by article."""
    ensure_events_table(conn)
    sql = f"SELECT {_FIELDS} FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.seq"
    for row in conn.execute(sql):
        yield _decode(row)


def _entity(a: dict[str, Any]) -> dict[str, Any]:
    return {"raw_text": (a.get("span") or {}).get("text"), "entity_name": a.get("name"),
            "code": a.get("country"), "sector_code": a.get("sector")}


def plover_record(ev: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """A PLOVER-style JSON record of a stored (or freshly coded) event: id, date, actor,
    recipient, event, mode, context (where the CAMEO code gives one), event_text, cameo."""
    cameo_code = ev.get("cameo_code") or ev.get("cameo")
    context = plover_context(cameo_code) if cameo_code else None
    trig = ev.get("trigger_text") or (ev.get("trigger") or {}).get("text")
    rec = {
        "id": f"QG-{ev.get('article_id', 0)}-{ev.get('seq', 0)}",
        "date": (ev.get("published") or "")[:10] or None,
        "actor": [_entity(a) for a in ev.get("actor") or []],
        "recipient": [_entity(a) for a in ev.get("recipient") or []],
        "event": [plover_export_type(ev["type"], ev.get("cameo_code"))],
        "mode": ev.get("mode") or [],
        "context": [context] if context else [],
        "event_text": [trig] if trig else [],
        "cameo": ev.get("cameo"),
        "cameo_code": ev.get("cameo_code"),
        "quotegraph_type": ev["type"],
        "confidence": ev.get("confidence"),
    }
    if ev.get("url") or ev.get("article_key"):
        rec["cite_info"] = {"url": ev.get("url"), "article": ev.get("article_key"), "title": ev.get("title")}
    return rec


def write_plover(events: Iterable[dict[str, Any]], out: Path) -> int:
    """Write PLOVER JSON lines; returns the count."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for ev in events:
            fh.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
            n += 1
    return n


def code_stored_articles(conn: sqlite3.Connection, *, redo: bool = False, batch_size: int = 16) -> int:
    """Code events for stored articles that have none (all with ``redo``), by re-running the
    pipeline with events on their stored text; returns the number of articles coded."""
    from ..api import load_pipeline, doc_to_result
    from ..store.db import transaction

    ensure_events_table(conn)
    sql = "SELECT id, key, text FROM articles"
    if not redo:
        sql += " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = articles.id)"
    rows = conn.execute(sql).fetchall()
    nlp = load_pipeline(events=True)
    done = 0
    for lo in range(0, len(rows), batch_size):
        chunk = rows[lo : lo + batch_size]
        docs = nlp.pipe([r["text"] for r in chunk])
        with transaction(conn):
            for row, doc in zip(chunk, docs):
                write_events(conn, row["id"], doc_to_result(doc, row["key"]).events or [])
                done += 1
    return done
