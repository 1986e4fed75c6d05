"""The dataset's tables: Arrow schemas, rows from one analysed article, atomic Parquet files.

A partition writes, for every published month its articles fall in, one file per table:
``<table>/month=YYYY-MM/<partition key>.parquet`` (``month=unknown`` without a date), and
one ``rejections/<partition key>.parquet``. Every file is written to a hidden temporary
name and renamed into place, and the completion marker ``_done/<key>.json`` is written
last: a killed worker leaves no partial file, and the retry overwrites the same names.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest.article import Article
from ..records import Rejection
from ..store.identity import name_keys, normalise
from ..store.writer import CONTENT_JOINER

__all__ = ["SCHEMAS", "TABLES", "PartitionRows", "month_of", "write_atomic", "write_rejections", "marker_path",
           "write_marker", "DONE"]

DONE = "_done"
TABLES = ("articles", "statements", "mentions", "events")
_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()

#: ``uid`` (``<partition key>:<row>``) joins the tables; (run, part_index, row) orders articles.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("uid", _S), ("part", _S), ("run", _I), ("part_index", _I), ("row", _I), ("key", _S),
        ("url", _S), ("path", _S), ("outlet", _S), ("title", _S), ("author", _S), ("published", _S),
        ("language", _S), ("content_hash", _S), ("text", _S), ("metadata", _S),
        ("n_statements", _I), ("n_events", _I), ("analysis", _S)]),
    "statements": pa.schema([
        ("uid", _S), ("seq", _I), ("article_key", _S), ("url", _S), ("path", _S), ("outlet", _S),
        ("title", _S), ("published", _S), ("local_speaker", _S), ("speaker", _S), ("speaker_role", _S),
        ("speaker_affiliation", _S), ("speaker_country", _S), ("speaker_kind", _S), ("speaker_party", _S),
        ("source", _S), ("cue", _S), ("content", _S), ("kind", _S), ("confidence", _F), ("source_start", _I),
        ("source_end", _I), ("cue_start", _I), ("cue_end", _I), ("content_spans", pa.list_(_SPAN)),
        ("reported_by", _I)]),
    "mentions": pa.schema([
        ("uid", _S), ("idx", _I), ("local_id", _S), ("name", _S), ("aliases", pa.list_(_S)), ("role", _S),
        ("affiliation", _S), ("country", _S), ("kind", _S), ("name_key", _S), ("short_key", _S),
        ("surname_key", _S), ("alias_keys", pa.list_(_S)), ("party", _S)]),
    "events": pa.schema([
        ("uid", _S), ("seq", _I), ("type", _S), ("plover", _S), ("mode", pa.list_(_S)), ("cameo", _S),
        ("cameo_code", _S), ("is_main", _B), ("statement_seq", _I), ("trigger_text", _S),
        ("trigger_start", _I), ("trigger_end", _I), ("sentence_start", _I), ("sentence_end", _I),
        ("actor", _S), ("recipient", _S), ("confidence", _F)]),
    "rejections": pa.schema([("input", _S), ("reason", _S), ("code", _S), ("part", _S)]),
}

_MONTH = re.compile(r"^(\d{4}-\d{2})")


def month_of(published: str | None) -> str:
    """``YYYY-MM`` of an ISO date, or ``unknown``."""
    m = _MONTH.match(published or "")
    return m.group(1) if m else "unknown"


def _span(span: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    return (span["text"], span["start"], span["end"]) if span else (None, None, None)


class PartitionRows:
    """The rows one partition adds, grouped by month; written with :meth:`write`."""

    def __init__(self, key: str, run: int, index: int) -> None:
        self.key, self.run, self.index = key, run, index
        self.rows: dict[str, dict[str, list[dict[str, Any]]]] = {t: {} for t in TABLES}
        self.rejections: list[dict[str, Any]] = []
        self.count = 0

    def reject(self, rejection: Rejection) -> None:
        self.rejections.append({"input": rejection.input, "reason": rejection.reason,
                                "code": rejection.code, "part": self.key})

    def add(self, article: Article, data: dict[str, Any]) -> None:
        """One article with its analysis (``ArticleResult.to_dict()``)."""
        row, self.count = self.count, self.count + 1
        uid, month = f"{self.key}:{row}", month_of(article.published)
        statements, events = data.get("statements") or [], data.get("events") or []
        self._put("articles", month, {
            "uid": uid, "part": self.key, "run": self.run, "part_index": self.index, "row": row,
            "key": article.id, "url": article.url, "path": article.path, "outlet": article.outlet,
            "title": article.title, "author": article.author, "published": article.published,
            "language": article.language, "content_hash": article.content_hash, "text": article.text,
            "metadata": json.dumps(article.metadata, ensure_ascii=False, default=str),
            "n_statements": len(statements), "n_events": len(events),
            "analysis": json.dumps(data, ensure_ascii=False)})
        speakers = {sp["id"]: sp for sp in data.get("speakers") or []}
        for idx, sp in enumerate(data.get("speakers") or []):
            self._put("mentions", month, _mention(uid, idx, sp))
        for seq, st in enumerate(statements):
            self._put("statements", month, _statement(uid, seq, article, st, speakers))
        for seq, ev in enumerate(events):
            self._put("events", month, _event(uid, seq, ev))
        for table in TABLES:  # every table has a (maybe empty) file for each month
            self.rows[table].setdefault(month, [])

    def _put(self, table: str, month: str, row: dict[str, Any]) -> None:
        self.rows[table].setdefault(month, []).append(row)

    def write(self, out: Path) -> list[str]:
        """Write every file of the partition atomically; returns their paths relative to ``out``."""
        written = []
        for table in TABLES:
            for month, rows in sorted(self.rows[table].items()):
                rel = f"{table}/month={month}/{self.key}.parquet"
                write_atomic(out / rel, pa.Table.from_pylist(rows, schema=SCHEMAS[table]))
                written.append(rel)
        return [*written, write_rejections(out, self.key, self.rejections)]


def _mention(uid: str, idx: int, sp: dict[str, Any]) -> dict[str, Any]:
    keys = name_keys((sp.get("name") or "").strip(), sp.get("kind"))
    aliases = [a for a in sp.get("aliases") or [] if isinstance(a, str)]
    return {"uid": uid, "idx": idx, "local_id": sp["id"], "name": sp.get("name"), "aliases": aliases,
            "role": sp.get("role"), "affiliation": sp.get("affiliation"), "country": sp.get("country"),
            "kind": sp.get("kind"), "name_key": keys.full, "short_key": keys.short,
            "surname_key": keys.surname, "alias_keys": sorted({normalise(a) for a in aliases} - {""}),
            "party": sp.get("party")}


def _statement(uid: str, seq: int, article: Article, st: dict[str, Any],
               speakers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A statement row; speaker fields from the article's speaker it names (as the store does)."""
    local = (st.get("speaker") or {}).get("id")
    sp = speakers.get(local) if local else None
    source, source_start, source_end = _span(st.get("source"))
    cue, cue_start, cue_end = _span(st.get("cue"))
    content = st.get("content") or []
    return {
        "uid": uid, "seq": seq, "article_key": article.id, "url": article.url, "path": article.path,
        "outlet": article.outlet, "title": article.title, "published": article.published,
        "local_speaker": local if sp else None,
        **{f"speaker{s}": (sp or {}).get(f) for s, f in (("", "name"), ("_role", "role"),
           ("_affiliation", "affiliation"), ("_country", "country"), ("_kind", "kind"),
           ("_party", "party"))},
        "source": source, "cue": cue, "content": CONTENT_JOINER.join(c["text"] for c in content),
        "kind": st.get("kind") or "indirect", "confidence": float(st.get("confidence") or 0.0),
        "source_start": source_start, "source_end": source_end, "cue_start": cue_start, "cue_end": cue_end,
        "content_spans": [{"start": c["start"], "end": c["end"], "text": c["text"]} for c in content],
        "reported_by": st.get("reported_by"),
    }


def _event(uid: str, seq: int, ev: dict[str, Any]) -> dict[str, Any]:
    from ..events.lexicon import plover_export_type

    trig, sent = ev.get("trigger") or {}, ev.get("sentence") or {}
    return {
        "uid": uid, "seq": seq, "type": ev.get("type"),
        "plover": plover_export_type(ev["type"], ev.get("cameo_code")) if ev.get("type") else None,
        "mode": list(ev["mode"]) if ev.get("mode") else None, "cameo": ev.get("cameo"),
        "cameo_code": ev.get("cameo_code"), "is_main": bool(ev.get("main")),
        "statement_seq": ev.get("statement"), "trigger_text": trig.get("text"),
        "trigger_start": trig.get("start"), "trigger_end": trig.get("end"),
        "sentence_start": sent.get("start"), "sentence_end": sent.get("end"),
        "actor": json.dumps(ev.get("actor") or [], ensure_ascii=False),
        "recipient": json.dumps(ev.get("recipient") or [], ensure_ascii=False),
        "confidence": ev.get("confidence"),
    }


def write_atomic(path: Path, table: pa.Table) -> None:
    """Write ``table`` to a hidden temporary file next to ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_rejections(out: Path, name: str, rejections: list[Rejection] | list[dict[str, Any]]) -> str:
    """``rejections/<name>.parquet`` (atomically); returns its path relative to ``out``."""
    rows = [r if isinstance(r, dict) else {"input": r.input, "reason": r.reason, "code": r.code, "part": name}
            for r in rejections]
    rel = f"rejections/{name}.parquet"
    write_atomic(out / rel, pa.Table.from_pylist(rows, schema=SCHEMAS["rejections"]))
    return rel


def marker_path(out: Path, key: str) -> Path:
    """The completion marker of a partition."""
    return out / DONE / f"{key}.json"


def write_marker(out: Path, key: str, summary: dict[str, Any]) -> None:
    """Mark a partition complete (atomically, after all its files)."""
    path = marker_path(out, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
