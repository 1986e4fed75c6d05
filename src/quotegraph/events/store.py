"""Events in the quotegraph database: writing, querying, PLOVER export.

The tables are the store's migration 2 (``quotegraph.store.schema``): ``events`` (one row
per event, linked to its article and, where it comes from one, to its statement row) and
``events_coded`` (the articles whose events were coded, also those that have none).
``quotegraph ingest`` writes an article's events in the same transaction as its
statements (:meth:`quotegraph.store.Store.write`); :func:`code_stored_articles` codes
articles stored without them.

Rows are plain dicts; :func:`plover_record` turns one into a PLOVER JSON record.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .lexicon import plover_context, plover_export_type

__all__ = [
    "write_events", "query_events", "iter_events", "plover_record", "write_plover",
    "code_stored_articles", "uncoded_articles", "clear_events",
]

_FIELDS = (
    "e.id AS event_id, e.article_id, a.key AS article_key, a.url, a.title, a.outlet, a.published, "
    "e.seq, e.type, e.plover, e.mode, e.cameo, e.cameo_code, e.is_main, e.statement_seq, e.statement_id, "
    "e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, "
    "e.actor, e.recipient, e.confidence"
)


def _row(article_id: int, seq: int, ev: dict[str, Any], statement_ids: dict[int, int]) -> tuple[Any, ...]:
    trig = ev.get("trigger") or {}
    sent = ev.get("sentence") or {}
    actors, recips = ev.get("actor") or [], ev.get("recipient") or []
    codes = lambda xs: " " + " ".join(x["country"] for x in xs if x.get("country")) + " "  # noqa: E731
    names = lambda xs: " | ".join(x.get("name") or "" for x in xs)  # noqa: E731
    return (
        article_id, seq, ev["type"], plover_export_type(ev["type"], ev.get("cameo_code")),
        json.dumps(ev.get("mode")) if ev.get("mode") else None, ev.get("cameo"), ev.get("cameo_code"),
        int(bool(ev.get("main"))), ev.get("statement"), statement_ids.get(ev.get("statement")),
        trig.get("text"), trig.get("start"), trig.get("end"),
        sent.get("start"), sent.get("end"), json.dumps(actors, ensure_ascii=False),
        json.dumps(recips, ensure_ascii=False), codes(actors), codes(recips), names(actors), names(recips),
        ev.get("confidence"),
    )


def _statement_ids(
    conn: sqlite3.Connection, article_id: int, statements: Sequence[dict[str, Any]] | None
) -> dict[int, int]:
    """Statement index -> ``statements.id``: the stored row of the same seq, accepted only
    when its cue and content start agree with the analysis the events came from (when given)."""
    found: dict[int, int] = {}
    for row in conn.execute(
        "SELECT id, seq, cue_start, content_spans FROM statements WHERE article_id = ?", (article_id,)
    ):
        seq = row["seq"]
        if statements is not None:
            if seq >= len(statements) or not _same_statement(row, statements[seq]):
                continue
        found[seq] = row["id"]
    return found


def _same_statement(row: sqlite3.Row, st: dict[str, Any]) -> bool:
    spans = json.loads(row["content_spans"] or "[]")
    content = st.get("content") or []
    first = lambda xs: xs[0]["start"] if xs else None  # noqa: E731
    return row["cue_start"] == (st.get("cue") or {}).get("start") and first(spans) == first(content)


def write_events(
    conn: sqlite3.Connection,
    article_id: int,
    events: Iterable[dict[str, Any]],
    statements: Sequence[dict[str, Any]] | None = None,
    *,
    coded_at: str | None = None,
) -> int:
    """Replace an article's events and mark it coded (call inside a write transaction,
    after its statements are stored). An event's ``statement`` index links it to the stored
    statement row of that seq; pass the analysis's ``statements`` to link only rows that
    match them (a re-analysis may find other statements than the stored ones)."""
    from ..store.db import utcnow

    conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    ids = _statement_ids(conn, article_id, statements)
    rows = [_row(article_id, seq, ev, ids) for seq, ev in enumerate(events)]
    conn.executemany(
        "INSERT INTO events(article_id, seq, type, plover, mode, cameo, cameo_code, is_main, statement_seq, "
        "statement_id, trigger_text, trigger_start, trigger_end, sentence_start, sentence_end, actor, "
        "recipient, actor_countries, recipient_countries, actor_names, recipient_names, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO events_coded(article_id, coded_at, events) VALUES (?, ?, ?) "
        "ON CONFLICT(article_id) DO UPDATE SET coded_at = excluded.coded_at, events = excluded.events",
        (article_id, coded_at or utcnow(), len(rows)),
    )
    return len(rows)


def clear_events(conn: sqlite3.Connection, article_id: int) -> None:
    """Forget an article's events and that they were coded (its text or statements changed)."""
    conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM events_coded WHERE article_id = ?", (article_id,))


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


_UNCODED = "NOT EXISTS (SELECT 1 FROM events_coded c WHERE c.article_id = articles.id)"


def uncoded_articles(conn: sqlite3.Connection) -> int:
    """How many stored articles have had no event coding (ingested with events off)."""
    return int(conn.execute(f"SELECT count(*) FROM articles WHERE {_UNCODED}").fetchone()[0])


def code_stored_articles(conn: sqlite3.Connection, *, redo: bool = False, batch_size: int = 16) -> int:
    """Code events for stored articles never coded (all with ``redo``), by re-running the
    pipeline with events on their stored text; returns the number of articles coded.
    Each batch is one transaction, so an interrupted run keeps what it finished."""
    from ..api import doc_to_result, load_pipeline
    from ..nlp.paragraphs import prepare_text
    from ..store.db import transaction

    sql = "SELECT id, key, text FROM articles" + ("" if redo else f" WHERE {_UNCODED}") + " ORDER BY id"
    ids = [r["id"] for r in conn.execute(sql)]
    if not ids:
        return 0
    nlp = load_pipeline(events=True)
    done = 0
    for lo in range(0, len(ids), batch_size):
        chunk = [conn.execute("SELECT id, key, text FROM articles WHERE id = ?", (i,)).fetchone()
                 for i in ids[lo : lo + batch_size]]
        docs = nlp.pipe([prepare_text(r["text"]) for r in chunk])
        results = [doc_to_result(doc, row["key"], row["text"]).to_dict() for row, doc in zip(chunk, docs)]
        with transaction(conn):
            for row, data in zip(chunk, results):
                write_events(conn, row["id"], data.get("events") or [], data.get("statements") or [])
                done += 1
    return done
