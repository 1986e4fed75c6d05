"""A quotegraph Parquet dataset on disk, opened with DuckDB.

Layout of ``DATASET_DIR`` (``month`` is ``YYYY-MM`` of the publication date, or ``unknown``):

* ``articles/month=M/<partition>.parquet``: articles with provenance, text and analysis;
* ``statements/month=M/<partition>.parquet``: statements joined with their article's
  metadata and their speaker as the article describes them;
* ``mentions/month=M/...``: each article's speakers; ``events/month=M/...``: PLOVER events;
* ``rejections/<partition>.parquet``: inputs that could not be analysed, with the reason;
* ``_done/<partition>.json``: completion markers; ``_runs/``: one file per run;
* ``_index/``: derived after every run: which articles count (an article stored again
  under the same identity, or the same content under another one, counts once, as in the
  store), article and statement ids, cross-article speakers and which mention is which.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from .tables import DONE, SCHEMAS

__all__ = ["connect_dataset", "INDEX", "INDEX_SCHEMAS", "is_dataset"]

INDEX = "_index"
_I, _S = pa.int64(), pa.string()
INDEX_SCHEMAS = {
    "articles": pa.schema([("uid", _S), ("article_id", _I), ("first_statement_id", _I)]),
    "speakers": pa.schema([("speaker_id", _I), ("name", _S), ("kind", _S), ("role", _S),
                           ("affiliation", _S), ("country", _S)]),
    "links": pa.schema([("uid", _S), ("local_id", _S), ("speaker_id", _I)]),
    "aliases": pa.schema([("speaker_id", _I), ("alias", _S)]),
}


def is_dataset(root: Path) -> bool:
    return (root / DONE).is_dir() or (root / "_runs").is_dir()


def _quote(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


_SQL_TYPES = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN"}


def _source(con: Any, name: str, folder: Path, pattern: str, schema: pa.Schema, hive: bool) -> None:
    """A view over the files ``folder/pattern``, or over an empty table of ``schema`` when none.
    A column of ``schema`` that files written by an older version lack reads as NULL."""
    if next(folder.glob(pattern), None) is not None:
        read = (f"read_parquet({_quote(folder / pattern)}, hive_partitioning = {str(hive).lower()}, "
                f"union_by_name = true)")
        have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {read}").fetchall()}
        missing = [f for f in schema if f.name not in have and f.type in _SQL_TYPES]
        extra = "".join(f", CAST(NULL AS {_SQL_TYPES[f.type]}) AS {f.name}" for f in missing)
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT *{extra} FROM {read}")
    else:
        empty = schema.empty_table()
        if hive:
            empty = empty.append_column("month", pa.array([], pa.string()))
        con.register(f"{name}_empty", empty)
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM {name}_empty")


def connect_dataset(root: Path, *, index: bool = True, work: Path | None = None) -> Any:
    """A DuckDB connection with views ``articles_raw``, ``statements_raw``, ``mentions_raw``,
    ``events_raw``, ``rejections_raw``, ``done_parts`` and (``index``) ``idx_articles``,
    ``idx_speakers``, ``idx_links``, ``idx_aliases``."""
    import duckdb

    con = duckdb.connect()
    if work is not None:
        work.mkdir(parents=True, exist_ok=True)
        con.execute(f"SET temp_directory = {_quote(work / 'duckdb.tmp')}")
    con.execute("SET preserve_insertion_order = false")
    for table in ("articles", "statements", "mentions", "events"):
        _source(con, f"{table}_raw", root / table, "month=*/*.parquet", SCHEMAS[table], hive=True)
    _source(con, "rejections_raw", root / "rejections", "*.parquet", SCHEMAS["rejections"], hive=False)
    done = pa.table({"part": sorted(p.stem for p in (root / DONE).glob("*.json"))})
    con.register("done_parts", done)
    if index:
        for table, schema in INDEX_SCHEMAS.items():
            _source(con, f"idx_{table}", root / INDEX, f"{table}.parquet", schema, hive=False)
    return con
