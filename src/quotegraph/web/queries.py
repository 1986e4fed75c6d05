"""The queries behind the web app's pages and its JSON API (one function per view).

They take an open connection and return plain JSON-ready dicts. Searching and
listing go through :mod:`quotegraph.store` (``find_statements``, ``find_speakers``,
``summary``), the same functions the CLI wraps; what the store has no function for
(one article with its spans, a speaker's timeline, event profiles) is here. The events
table is optional: every event query first checks that it exists.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date
from typing import Any

from ..ingest.article import to_iso
from ..store import find_speakers, find_statements, summary
from .db import has_table

__all__ = [
    "article_view", "result_view", "speaker_profile", "timeline", "overview", "search",
    "outlets", "event_types", "has_events", "check_date", "statement_events", "event_profile",
    "statement_ids",
]

PALETTE = 10  # speaker colour classes c0 .. c9


def has_events(conn: sqlite3.Connection) -> bool:
    """Whether the database has an events table (PLOVER coding, schema version 2)."""
    return has_table(conn, "events")


def check_date(value: str | None, what: str) -> str | None:
    """An ISO date for a ``since``/``until`` filter; ValueError with one clear line otherwise."""
    if not value:
        return None
    iso = to_iso(value)
    if iso is None:
        raise ValueError(f"{what} is not a date: {value!r} (use YYYY-MM-DD)")
    return iso[:10]


# -- one article -----------------------------------------------------------------------

_ARTICLE = ("SELECT id, key, url, path, outlet, title, author, published, language, text, "
            "ingested_at FROM articles WHERE id = ?")
_STATEMENTS = """
SELECT s.id AS statement_id, s.seq, s.kind, s.confidence, s.source_start, s.source_end,
       s.source_text, s.cue_start, s.cue_end, s.cue_text, s.content_spans, s.speaker_id,
       m.local_id, coalesce(sp.name, m.name) AS speaker, coalesce(m.role, sp.role) AS role,
       coalesce(m.affiliation, sp.affiliation) AS affiliation,
       coalesce(m.country, sp.country) AS country, m.party, s.reported_by
FROM statements s
LEFT JOIN speaker_mentions m ON m.id = s.mention_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
WHERE s.article_id = ? ORDER BY s.seq
"""
_MENTIONS = ("SELECT local_id, speaker_id, name, aliases, role, affiliation, country, kind, party "
             "FROM speaker_mentions WHERE article_id = ? ORDER BY id")


def _span(start: int | None, end: int | None, text: str | None) -> dict[str, Any] | None:
    return None if start is None else {"start": start, "end": end, "text": text}


def _statement_row(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "statement_id": row["statement_id"], "seq": row["seq"], "kind": row["kind"],
        "confidence": row["confidence"],
        "source": _span(row["source_start"], row["source_end"], row["source_text"]),
        "cue": _span(row["cue_start"], row["cue_end"], row["cue_text"]),
        "content": json.loads(row["content_spans"]),
        "speaker_ref": row["local_id"], "speaker_id": row["speaker_id"], "speaker": row["speaker"],
        "role": row["role"], "affiliation": row["affiliation"], "country": row["country"],
        "party": row["party"], "reported_by": row["reported_by"],
    }


def statement_events(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """An article's coded events (empty without an events table)."""
    if not has_events(conn):
        return []
    rows = conn.execute(
        "SELECT seq, type, plover, cameo_code, is_main, statement_seq, trigger_text, trigger_start, "
        "trigger_end, actor_names, recipient_names, confidence FROM events WHERE article_id = ? "
        "ORDER BY seq", (article_id,))
    return [dict(r) for r in rows]


def _link_speakers(statements: list[dict[str, Any]], speakers: list[dict[str, Any]]) -> None:
    """Colour index per speaker (in order of first statement) and each speaker's statements."""
    by_ref = {sp["local_id"]: sp for sp in speakers}
    order: list[dict[str, Any]] = []
    for sp in speakers:
        sp["statements"] = []
    for i, st in enumerate(statements):
        st["index"] = i
        sp = by_ref.get(st.get("speaker_ref"))
        if sp is not None:
            if not sp["statements"]:
                order.append(sp)
            sp["statements"].append(i)
    silent = [sp for sp in speakers if not sp["statements"]]
    for n, sp in enumerate(order + silent):
        sp["colour"] = n % PALETTE if sp["statements"] else None
    speakers[:] = order + silent
    for st in statements:
        sp = by_ref.get(st.get("speaker_ref"))
        st["colour"] = sp["colour"] if sp is not None else None


def _attach_events(statements: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    by_seq: dict[int, list[str]] = {}
    for ev in events:
        if ev.get("statement_seq") is not None:
            by_seq.setdefault(ev["statement_seq"], []).append(ev["type"])
    for st in statements:
        st["events"] = by_seq.get(st["seq"], [])


def article_view(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One stored article: provenance, text, statements with spans, speakers, events."""
    row = conn.execute(_ARTICLE, (article_id,)).fetchone()
    if row is None:
        return None
    statements = [_statement_row(r) for r in conn.execute(_STATEMENTS, (article_id,))]
    speakers = []
    for m in conn.execute(_MENTIONS, (article_id,)):
        sp = dict(m)
        sp["aliases"] = json.loads(sp["aliases"] or "[]")
        speakers.append(sp)
    _link_speakers(statements, speakers)
    events = statement_events(conn, article_id)
    _attach_events(statements, events)
    article = dict(row)
    article["stored"] = True
    return {"article": article, "statements": statements, "speakers": speakers, "events": events,
            "has_events": has_events(conn)}


def result_view(text: str, result: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """An analysed, unstored text (``ArticleResult.to_dict()``) in :func:`article_view`'s shape."""
    statements = []
    for seq, st in enumerate(result.get("statements") or []):
        ref = st.get("speaker") or {}
        statements.append({
            "statement_id": None, "seq": seq, "kind": st["kind"], "confidence": st["confidence"],
            "source": st.get("source"), "cue": st.get("cue"), "content": st.get("content") or [],
            "speaker_ref": ref.get("id"), "speaker_id": None, "speaker": ref.get("name"),
            "role": ref.get("role"), "affiliation": ref.get("affiliation"), "country": ref.get("country"),
            "party": ref.get("party"), "reported_by": st.get("reported_by"),
        })
    speakers = [{"local_id": sp["id"], "speaker_id": None, **{k: sp.get(k) for k in
                ("name", "aliases", "role", "affiliation", "country", "kind", "party")}}
                for sp in result.get("speakers") or []]
    _link_speakers(statements, speakers)
    events = [{"seq": i, "type": ev.get("type"), "statement_seq": ev.get("statement"),
               "trigger_text": (ev.get("trigger") or {}).get("text")}
              for i, ev in enumerate(result.get("events") or [])]
    _attach_events(statements, events)
    article = {"id": None, "key": meta.get("id"), "title": meta.get("title"), "text": text,
               "url": None, "path": None, "outlet": None, "published": None, "stored": False}
    return {"article": article, "statements": statements, "speakers": speakers, "events": events,
            "has_events": bool(events), "warnings": result.get("warnings") or []}


# -- speakers and timelines ------------------------------------------------------------

_SPEAKER = """
SELECT s.speaker_id, s.name, s.kind, s.role, s.affiliation, s.country, s.statements, s.articles,
  (SELECT json_group_array(DISTINCT a.alias) FROM speaker_aliases a WHERE a.speaker_id = s.speaker_id) AS aliases,
  (SELECT json_group_array(DISTINCT m.role) FROM speaker_mentions m
     WHERE m.speaker_id = s.speaker_id AND m.role IS NOT NULL) AS roles,
  (SELECT json_group_array(DISTINCT m.affiliation) FROM speaker_mentions m
     WHERE m.speaker_id = s.speaker_id AND m.affiliation IS NOT NULL) AS affiliations
FROM speaker_summary s WHERE s.speaker_id = ?
"""
_OUTLETS = """
SELECT ar.outlet, count(*) AS statements FROM statements st JOIN articles ar ON ar.id = st.article_id
WHERE st.speaker_id = ? AND ar.outlet IS NOT NULL GROUP BY ar.outlet ORDER BY statements DESC, ar.outlet
"""


def speaker_profile(conn: sqlite3.Connection, speaker_id: int) -> dict[str, Any] | None:
    """A stored speaker: names, aliases, roles, affiliations, the outlets quoting them."""
    row = conn.execute(_SPEAKER, (speaker_id,)).fetchone()
    if row is None:
        return None
    d = dict(row)
    for key in ("aliases", "roles", "affiliations"):
        d[key] = sorted(json.loads(d[key] or "[]"))
    d["outlets"] = [dict(r) for r in conn.execute(_OUTLETS, (speaker_id,))]
    return d


def _week(day: date) -> date:
    return date.fromordinal(day.toordinal() - day.weekday())


def _buckets(days: Counter[date], unit: str) -> list[dict[str, Any]]:
    """Counts per month (``YYYY-MM``) or ISO week (its Monday), gaps filled with zeros."""
    if not days:
        return []
    counts: Counter[date] = Counter()
    for day, n in days.items():
        counts[day.replace(day=1) if unit == "month" else _week(day)] += n
    lo, hi = min(counts), max(counts)
    out, cur = [], lo
    while cur <= hi:
        label = cur.strftime("%Y-%m") if unit == "month" else cur.isoformat()
        out.append({"period": label, "statements": counts.get(cur, 0)})
        if unit == "month":
            cur = date(cur.year + cur.month // 12, cur.month % 12 + 1, 1)
        else:
            cur = date.fromordinal(cur.toordinal() + 7)
    return out


def timeline(conn: sqlite3.Connection, speaker_id: int | None = None) -> dict[str, Any]:
    """Statements per month and per week (of one speaker, or all), and how many are undated."""
    sql = ("SELECT substr(a.published, 1, 10) AS day, count(*) AS n FROM statements s "
           "JOIN articles a ON a.id = s.article_id")
    args: list[Any] = []
    if speaker_id is not None:
        sql += " WHERE s.speaker_id = ?"
        args.append(speaker_id)
    days: Counter[date] = Counter()
    undated = 0
    for day, n in conn.execute(sql + " GROUP BY day", args):
        try:
            days[date.fromisoformat(day)] += n
        except (TypeError, ValueError):
            undated += n
    return {"month": _buckets(days, "month"), "week": _buckets(days, "week"), "undated": undated,
            "total": sum(days.values()) + undated}


def event_profile(conn: sqlite3.Connection, speaker_id: int) -> list[dict[str, Any]]:
    """How often the speaker's statements are each event type (empty without events)."""
    if not has_events(conn):
        return []
    rows = conn.execute(
        "SELECT e.type, count(*) AS n FROM events e JOIN statements s "
        "ON s.article_id = e.article_id AND s.seq = e.statement_seq "
        "WHERE s.speaker_id = ? GROUP BY e.type ORDER BY n DESC, e.type", (speaker_id,))
    return [{"type": t, "events": n} for t, n in rows]


def statement_ids(conn: sqlite3.Connection, where: str = "", args: tuple[Any, ...] = ()) -> list[int]:
    """Ids of the statements in ``statement_details`` matching a fixed ``where`` clause."""
    sql = "SELECT statement_id FROM statement_details d" + (f" WHERE {where}" if where else "")
    return [int(r[0]) for r in conn.execute(sql, args)]


# -- search, overview, filter choices ---------------------------------------------------

def outlets(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every outlet with its number of articles."""
    rows = conn.execute("SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL "
                        "GROUP BY outlet ORDER BY articles DESC, outlet")
    return [dict(r) for r in rows]


def event_types(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Stored event types with counts (empty without an events table)."""
    if not has_events(conn):
        return []
    rows = conn.execute("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC, type")
    return [dict(r) for r in rows]


def _with_event(conn: sqlite3.Connection, rows: list[dict[str, Any]], event: str) -> list[dict[str, Any]]:
    keep = {(a, s) for a, s in conn.execute(
        "SELECT article_id, statement_seq FROM events WHERE (type = ? OR plover = ?) "
        "AND statement_seq IS NOT NULL", (event.upper(), event.upper()))}
    return [r for r in rows if (r["article_id"], r["seq"]) in keep]


def search(conn: sqlite3.Connection, *, q: str | None = None, speaker: str | None = None,
           outlet: str | None = None, since: str | None = None, until: str | None = None,
           kind: str | None = None, min_confidence: float | str | None = None, event: str | None = None,
           page: int = 1, per_page: int = 20) -> dict[str, Any]:
    """One page of statements (:func:`quotegraph.store.find_statements`), plus an event filter.

    Raises ValueError (one line) for a bad filter value.
    """
    since, until = check_date(since, "since"), check_date(until, "until")
    filters = dict(search=q or None, speaker=speaker or None, outlet=outlet or None,
                   since=since, until=until, kind=kind or None,
                   min_confidence=None if min_confidence in (None, "") else min_confidence)
    offset = (page - 1) * per_page
    if event and has_events(conn):
        rows = _with_event(conn, find_statements(conn, **filters, limit=None), event)
        rows = rows[offset: offset + per_page + 1]
    else:
        rows = find_statements(conn, **filters, limit=per_page + 1, offset=offset)
    return {"results": rows[:per_page], "page": page, "per_page": per_page,
            "has_more": len(rows) > per_page}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Corpus counts, the most quoted speakers, statements over time, outlets, events."""
    return {"counts": summary(conn), "top_speakers": find_speakers(conn, limit=10),
            "timeline": timeline(conn), "outlets": outlets(conn), "event_types": event_types(conn)}
