"""Queries over a Parquet dataset with DuckDB: the same rows as :mod:`quotegraph.store.queries`.

``find_statements``, ``find_speakers``, ``iter_statements`` and ``export_dataset`` take a
dataset folder instead of a database connection and return the same keys in the same
order. Two differences, both because DuckDB has no SQLite FTS5 here: ``about`` matches the
phrase as whole words (case and accents ignored) and ``search`` requires every word in the
content, the speaker's name or the title, newest first rather than by relevance.
"""
from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..records import KINDS
from ..store.queries import STATEMENT_FIELDS, like_pattern, statement_filters
from .dataset import connect_dataset, is_dataset
from .runner import ScaleError

__all__ = ["open_dataset", "find_statements", "find_speakers", "iter_statements", "iter_events",
           "list_rejections", "export_dataset"]

_DETAILS = """
CREATE TEMP VIEW statement_details AS
SELECT ia.first_statement_id + s.seq AS statement_id, ia.article_id, s.article_key, s.url, s.path,
       s.outlet, s.title, s.published, s.seq, l.speaker_id,
       coalesce(sp.name, s.speaker) AS speaker,
       coalesce(s.speaker_role, sp.role) AS speaker_role,
       coalesce(s.speaker_affiliation, sp.affiliation) AS speaker_affiliation,
       coalesce(s.speaker_country, sp.country) AS speaker_country,
       coalesce(s.speaker_kind, sp.kind) AS speaker_kind, s.speaker_party,
       s.source, s.cue, s.content, s.kind, s.confidence, s.source_start, s.source_end,
       s.cue_start, s.cue_end, s.content_spans, s.reported_by
FROM statements_raw s
JOIN idx_articles ia ON ia.uid = s.uid
LEFT JOIN idx_links l ON l.uid = s.uid AND l.local_id = s.local_speaker
LEFT JOIN idx_speakers sp ON sp.speaker_id = l.speaker_id;

CREATE TEMP VIEW kept_mentions AS
SELECT m.*, ia.article_id, l.speaker_id FROM mentions_raw m
JOIN idx_articles ia ON ia.uid = m.uid
JOIN idx_links l ON l.uid = m.uid AND l.local_id = m.local_id;

CREATE TEMP VIEW speaker_summary AS
SELECT sp.speaker_id, sp.name, sp.kind, sp.role, sp.affiliation, sp.country,
       coalesce((SELECT count(*) FROM statement_details d WHERE d.speaker_id = sp.speaker_id), 0) AS statements,
       coalesce((SELECT count(DISTINCT m.article_id) FROM kept_mentions m
                 WHERE m.speaker_id = sp.speaker_id), 0) AS articles
FROM idx_speakers sp;
"""
_SELECT = "SELECT " + ", ".join(f"d.{f}" for f in STATEMENT_FIELDS) + " FROM statement_details d"


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """A DuckDB error (a damaged or foreign Parquet file) becomes a one-line ScaleError."""
    import duckdb

    if inspect.isgeneratorfunction(func):
        @functools.wraps(func)
        def gen(*args: Any, **kw: Any) -> Any:
            try:
                yield from func(*args, **kw)
            except duckdb.Error as exc:
                raise ScaleError("E040", why=f"cannot read the dataset: {str(exc).splitlines()[0]}") from exc
        return gen

    @functools.wraps(func)
    def call(*args: Any, **kw: Any) -> Any:
        try:
            return func(*args, **kw)
        except duckdb.Error as exc:
            raise ScaleError("E040", why=f"cannot read the dataset: {str(exc).splitlines()[0]}") from exc
    return call


@_guard
def open_dataset(root: str | Path) -> Any:
    """A DuckDB connection with the dataset's views; ScaleError when ``root`` is no dataset."""
    root = Path(root)
    if not is_dataset(root):
        raise ScaleError("E040", why=f"no quotegraph dataset at {root} (run `quotegraph run ... --out {root}`)")
    con = connect_dataset(root)
    for statement in _DETAILS.split(";"):
        if statement.strip():
            con.execute(statement)
    return con


def _words(text: str) -> str:
    """A regular expression for ``text`` as whole words, lower case, accents stripped by the caller."""
    return r"\b" + r"\W+".join(re.escape(w) for w in re.findall(r"\w+", text.lower())) + r"\b"


def _filters(speaker: str | int | None, about: str | None, search: str | None, outlet: str | None,
             since: str | None, until: str | None, kind: str | None,
             min_confidence: float | None = None) -> tuple[list[str], list[Any]]:
    where, params = statement_filters(speaker, outlet, since, until, kind,
                                      like="ILIKE", aliases="idx_aliases", min_confidence=min_confidence)
    if about:
        where.append("regexp_matches(strip_accents(lower(d.content)), ?)")
        params.append(_words(about))
    for word in re.findall(r"\w+", search or ""):
        where.append("regexp_matches(strip_accents(lower(concat_ws(' ', d.content, "
                     "coalesce(d.speaker, d.source), d.title))), ?)")
        params.append(_words(word))
    return where, params


def _rows(cursor: Any, fields: tuple[str, ...] | list[str]) -> Iterator[dict[str, Any]]:
    while chunk := cursor.fetchmany(2000):
        for row in chunk:
            yield dict(zip(fields, row))


@_guard
def find_statements(root: str | Path, *, speaker: str | int | None = None, about: str | None = None,
                    search: str | None = None, outlet: str | None = None, since: str | None = None,
                    until: str | None = None, kind: str | None = None, min_confidence: float | None = None,
                    limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Statements of the dataset, filtered, newest first (see the module note on search)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    for word in (about, search):
        if word is not None and not re.search(r"\w", word):
            raise ValueError(f"nothing to search for in {word!r}")
    where, params = _filters(speaker, about, search, outlet, since, until, kind, min_confidence)
    con = open_dataset(root)
    try:
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY d.published DESC NULLS LAST, d.article_id DESC, d.seq LIMIT ? OFFSET ?"
        page = [2**62 if limit is None else int(limit), int(offset)]
        return list(_rows(con.execute(sql, params + page), STATEMENT_FIELDS))
    finally:
        con.close()


_SPEAKERS = """
SELECT s.speaker_id, s.name, s.kind, s.role, s.affiliation, s.country, s.statements, s.articles,
  coalesce((SELECT list(DISTINCT a.alias) FROM idx_aliases a
            WHERE a.speaker_id = s.speaker_id AND a.alias != s.name), []) AS aliases,
  coalesce((SELECT list(DISTINCT m.role) FROM kept_mentions m
            WHERE m.speaker_id = s.speaker_id AND m.role IS NOT NULL), []) AS roles,
  coalesce((SELECT list(DISTINCT ar.outlet) FROM kept_mentions m JOIN articles_raw ar ON ar.uid = m.uid
            WHERE m.speaker_id = s.speaker_id AND ar.outlet IS NOT NULL), []) AS outlets
FROM speaker_summary s
"""
_SPEAKER_FIELDS = ("speaker_id", "name", "kind", "role", "affiliation", "country", "statements",
                   "articles", "aliases", "roles", "outlets")


@_guard
def find_speakers(root: str | Path, *, search: str | None = None, limit: int | None = 100,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Speakers ranked by statement count, with their aliases, roles and outlets."""
    sql, params = _SPEAKERS, []
    if search:
        sql += (" WHERE s.name ILIKE ? ESCAPE '\\' OR s.speaker_id IN "
                "(SELECT speaker_id FROM idx_aliases WHERE alias ILIKE ? ESCAPE '\\')")
        params += [like_pattern(search), like_pattern(search)]
    sql += " ORDER BY s.statements DESC, s.articles DESC, s.name, s.speaker_id LIMIT ? OFFSET ?"
    params += [2**62 if limit is None else int(limit), int(offset)]
    con = open_dataset(root)
    try:
        out = list(_rows(con.execute(sql, params), _SPEAKER_FIELDS))
    finally:
        con.close()
    for d in out:
        for key in ("aliases", "roles", "outlets"):
            d[key] = sorted(d[key])
    return out


@_guard
def iter_statements(root: str | Path) -> Iterator[dict[str, Any]]:
    """Every statement of the dataset joined with its speaker and article, in article order."""
    con = open_dataset(root)
    try:
        yield from _rows(con.execute(_SELECT + " ORDER BY d.article_id, d.seq"), STATEMENT_FIELDS)
    finally:
        con.close()


_EVENTS = """
SELECT ia.article_id * 100000 + e.seq AS event_id, ia.article_id, a.key AS article_key, a.url, a.title,
       a.outlet, a.published, e.seq, e.type, e.plover, e.mode, e.cameo, e.cameo_code, e.is_main,
       e.statement_seq, CASE WHEN e.statement_seq IS NOT NULL THEN ia.first_statement_id + e.statement_seq
       END AS statement_id, e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start,
       e.sentence_end, e.actor, e.recipient, e.confidence
FROM events_raw e JOIN idx_articles ia ON ia.uid = e.uid JOIN articles_raw a ON a.uid = e.uid
ORDER BY ia.article_id, e.seq
"""


@_guard
def iter_events(root: str | Path) -> Iterator[dict[str, Any]]:
    """Every event of the dataset, article by article, as :func:`quotegraph.events.store.iter_events` gives them."""
    con = open_dataset(root)
    try:
        cursor = con.execute(_EVENTS)
        fields = [c[0] for c in cursor.description]
        for row in _rows(cursor, fields):
            row["actor"], row["recipient"] = json.loads(row["actor"]), json.loads(row["recipient"])
            row["mode"] = list(row["mode"]) if row["mode"] else None
            yield row
    finally:
        con.close()


@_guard
def list_rejections(root: str | Path, *, limit: int | None = 100) -> list[dict[str, Any]]:
    """The dataset's rejections, one row per input and reason, with how often it was seen."""
    con = open_dataset(root)
    try:
        cursor = con.execute("SELECT input, reason, any_value(code) AS code, count(*) AS seen "
                             "FROM rejections_raw GROUP BY input, reason ORDER BY input, reason LIMIT ?",
                             [2**62 if limit is None else int(limit)])
        return list(_rows(cursor, ("input", "reason", "code", "seen")))
    finally:
        con.close()


@_guard
def export_dataset(root: str | Path, fmt: str, out: str | Path) -> int:
    """Write every statement (or, ``plover``, every event) of the dataset like ``quotegraph export``."""
    from ..store.export import FORMATS, write_rows  # the store's own writers

    if fmt == "plover":
        from ..events.store import write_plover

        return write_plover(iter_events(root), out)
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join((*FORMATS, 'plover'))}, not {fmt!r}")
    open_dataset(root).close()  # a clear error before anything is written
    return write_rows(iter_statements(root), fmt, out)
