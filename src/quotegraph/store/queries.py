"""Read-only query functions over a quotegraph database; the CLI and the web app wrap these.

Each takes an open connection (:func:`quotegraph.store.connect`) and returns plain
dicts (JSON-ready), so callers need no SQL.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from ..errors import StoreError
from ..ingest.article import to_iso
from ..records import KINDS

__all__ = [
    "find_statements",
    "find_speakers",
    "iter_statements",
    "list_rejections",
    "summary",
    "STATEMENT_FIELDS",
]

#: The keys of every statement dict, in order (also the export columns).
STATEMENT_FIELDS = (
    "statement_id", "article_id", "article_key", "url", "path", "outlet", "title", "published",
    "seq", "speaker_id", "speaker", "speaker_role", "speaker_affiliation", "speaker_country",
    "speaker_kind", "speaker_party", "source", "cue", "content", "kind", "confidence",
    "source_start", "source_end", "cue_start", "cue_end", "content_spans", "reported_by",
)
_SELECT = "SELECT " + ", ".join(f"d.{f}" for f in STATEMENT_FIELDS) + " FROM statement_details d"


def like_pattern(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere (escape character ``\\``)."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _date(value: str, what: str) -> str:
    iso = to_iso(value)
    if iso is None:
        raise ValueError(f"{what} is not a date: {value!r} (use YYYY-MM-DD)")
    return iso


def _statement(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(zip(STATEMENT_FIELDS, row))
    d["content_spans"] = json.loads(d["content_spans"])
    return d


def _fts_query(about: str | None, search: str | None, safe: bool) -> str | None:
    parts = []
    if about:
        parts.append(f"content : {_phrase(about)}")
    if search:
        parts.append(" ".join(_phrase(w) for w in search.split()) if safe else f"({search})")
    return " AND ".join(parts) or None


def find_statements(
    conn: sqlite3.Connection,
    *,
    speaker: str | int | None = None,
    about: str | None = None,
    search: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    min_confidence: float | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements joined with their speaker and article, filtered.

    ``speaker``: a speaker id, or part of a name or alias. ``about``: a phrase in the
    statement's content. ``search``: an FTS5 query over content, speaker name and article
    title (plain words are ANDed; a query FTS5 cannot parse is retried word by word).
    ``outlet``: part of the outlet name. ``since``/``until``: publication dates, inclusive.
    ``min_confidence``: statements whose confidence is at least this (0 to 1). Ordered by
    search rank when searching, else newest first. Raises ValueError for a bad filter value.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    where, params = statement_filters(speaker, outlet, since, until, kind, min_confidence=min_confidence)
    page = [-1 if limit is None else int(limit), int(offset)]
    try:
        return _select(conn, _fts_query(about, search, safe=False), where, params, page)
    except sqlite3.OperationalError as exc:
        if not search:
            raise StoreError("E030", why=str(exc)) from exc
    try:  # not FTS5 syntax ("al-Alam", "U.S."): search the words as they are
        return _select(conn, _fts_query(about, search, safe=True), where, params, page)
    except sqlite3.OperationalError as exc:
        raise StoreError("E030", why=str(exc)) from exc


def _select(
    conn: sqlite3.Connection, fts: str | None, where: list[str], params: list[Any], page: list[int]
) -> list[dict[str, Any]]:
    sql, args = _SELECT, list(params)
    if fts:
        sql += " JOIN statements_fts ON statements_fts.rowid = d.statement_id"
        where = ["statements_fts MATCH ?", *where]
        args.insert(0, fts)
    if where:
        sql += " WHERE " + " AND ".join(where)
    order = "statements_fts.rank, " if fts else ""
    sql += f" ORDER BY {order}d.published DESC, d.article_id DESC, d.seq LIMIT ? OFFSET ?"
    return [_statement(r) for r in conn.execute(sql, args + page)]


def statement_filters(
    speaker: str | int | None, outlet: str | None, since: str | None, until: str | None,
    kind: str | None, *, like: str = "LIKE", aliases: str = "speaker_aliases",
    min_confidence: float | None = None,
) -> tuple[list[str], list[Any]]:
    """WHERE clauses and parameters over ``statement_details d`` for the shared filters.
    ``like`` and ``aliases`` name the dialect's case-insensitive LIKE and the alias table
    (the Parquet dataset's DuckDB queries use ``ILIKE`` and ``idx_aliases``)."""
    where: list[str] = []
    params: list[Any] = []
    if isinstance(speaker, int) or (isinstance(speaker, str) and speaker.isdigit()):
        where.append("d.speaker_id = ?")
        params.append(int(speaker))
    elif speaker:
        where.append(
            f"(d.speaker {like} ? ESCAPE '\\' OR d.speaker_id IN "
            f"(SELECT speaker_id FROM {aliases} WHERE alias {like} ? ESCAPE '\\'))"
        )
        params += [like_pattern(speaker), like_pattern(speaker)]
    if outlet:
        where.append(f"d.outlet {like} ? ESCAPE '\\'")
        params.append(like_pattern(outlet))
    if since:
        where.append("d.published >= ?")
        params.append(_date(since, "since"))
    if until:
        day = _date(until, "until")
        where.append("substr(d.published, 1, ?) <= ?")
        params += [len(day), day]
    if kind:
        where.append("d.kind = ?")
        params.append(kind)
    if min_confidence is not None:
        where.append("d.confidence >= ?")
        params.append(_confidence(min_confidence))
    return where, params


def _confidence(value: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"min_confidence must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"min_confidence must be from 0 to 1, not {value!r}")
    return v


_SPEAKERS = """
SELECT s.speaker_id, s.name, s.kind, s.role, s.affiliation, s.country, s.statements, s.articles,
  (SELECT json_group_array(DISTINCT a.alias) FROM speaker_aliases a
     WHERE a.speaker_id = s.speaker_id AND a.alias != s.name) AS aliases,
  (SELECT json_group_array(DISTINCT m.role) FROM speaker_mentions m
     WHERE m.speaker_id = s.speaker_id AND m.role IS NOT NULL) AS roles,
  (SELECT json_group_array(DISTINCT ar.outlet) FROM speaker_mentions m
     JOIN articles ar ON ar.id = m.article_id
     WHERE m.speaker_id = s.speaker_id AND ar.outlet IS NOT NULL) AS outlets
FROM speaker_summary s
"""


def find_speakers(
    conn: sqlite3.Connection, *, search: str | None = None, limit: int | None = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Speakers ranked by statement count, with their aliases, roles and outlets.

    ``search`` matches part of a name or an alias, case-insensitively.
    """
    sql, params = _SPEAKERS, []
    if search:
        sql += (
            " WHERE s.name LIKE ? ESCAPE '\\' OR s.speaker_id IN "
            "(SELECT speaker_id FROM speaker_aliases WHERE alias LIKE ? ESCAPE '\\')"
        )
        params += [like_pattern(search), like_pattern(search)]
    sql += " ORDER BY s.statements DESC, s.articles DESC, s.name LIMIT ? OFFSET ?"
    params += [-1 if limit is None else int(limit), int(offset)]
    out = []
    for row in conn.execute(sql, params):
        d = dict(row)
        for key in ("aliases", "roles", "outlets"):
            d[key] = sorted(json.loads(d[key] or "[]"))
        out.append(d)
    return out


def iter_statements(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every statement joined with its speaker and article, streamed, in article order."""
    yield from (_statement(r) for r in conn.execute(_SELECT + " ORDER BY d.article_id, d.seq"))


def list_rejections(conn: sqlite3.Connection, *, limit: int | None = 100) -> list[dict[str, Any]]:
    """Recorded rejections, latest first."""
    rows = conn.execute(
        "SELECT input, reason, code, time, seen FROM rejections ORDER BY time DESC, id DESC LIMIT ?",
        (-1 if limit is None else int(limit),),
    )
    return [dict(r) for r in rows]


def summary(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles, statements, speakers and rejections the database holds."""
    counts = {}
    for table in ("articles", "statements", "speakers", "rejections"):
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return counts
