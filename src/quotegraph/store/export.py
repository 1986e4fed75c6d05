"""Export every statement joined with its speaker and article: JSONL, CSV or Parquet.

Rows are streamed from the database and written in chunks, so memory stays flat.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

from .queries import STATEMENT_FIELDS, iter_statements

__all__ = ["export", "FORMATS", "parquet_schema", "write_rows"]

FORMATS = ("jsonl", "csv", "parquet")
_CHUNK = 2000

_INTS = {"statement_id", "article_id", "speaker_id", "seq", "source_start", "source_end",
         "cue_start", "cue_end", "reported_by"}


def parquet_schema() -> Any:
    """The typed Arrow schema of the Parquet export."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    fields = []
    for name in STATEMENT_FIELDS:
        if name in _INTS:
            fields.append(pa.field(name, pa.int64()))
        elif name == "confidence":
            fields.append(pa.field(name, pa.float64()))
        elif name == "published":
            fields.append(pa.field(name, pa.timestamp("s", tz="UTC")))
        elif name == "content_spans":
            fields.append(pa.field(name, pa.list_(span)))
        else:
            fields.append(pa.field(name, pa.string()))
    return pa.schema(fields)


def _timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _write_parquet(rows: Iterable[dict[str, Any]], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in _chunks(rows):
            for row in chunk:
                row["published"] = _timestamp(row["published"])
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def _write_jsonl(rows: Iterable[dict[str, Any]], out: Path) -> int:
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_csv(rows: Iterable[dict[str, Any]], out: Path) -> int:
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=STATEMENT_FIELDS)
        writer.writeheader()
        for row in rows:
            row["content_spans"] = json.dumps(row["content_spans"], ensure_ascii=False)
            writer.writerow(row)
            count += 1
    return count


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: str | Path) -> int:
    """Write statement rows to ``out`` in ``fmt`` (jsonl, csv, parquet); returns the count.

    The file is written next to ``out`` and renamed into place when complete.
    """
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
    if fmt not in writers:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    try:
        count = writers[fmt](rows, tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def export(conn: sqlite3.Connection, fmt: str, out: str | Path) -> int:
    """Write every statement to ``out`` in ``fmt`` (jsonl, csv, parquet); returns the row count."""
    return write_rows(iter_statements(conn), fmt, out)
