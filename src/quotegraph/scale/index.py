"""After the map step: which articles count, their ids, and who is the same speaker.

Runs as DuckDB queries over the dataset's Parquet files (spilling to disk, never holding
the dataset in memory) plus one Dask task per identity bucket (:mod:`.identity`). The
store's rules are followed so that a dataset reads exactly like a database ingested from
the same inputs in the same order:

* an article identity seen again counts in its latest version with other content (the
  same content again changes nothing); the same content under another identity counts
  once, under the identity seen first;
* article ids follow first appearance; statement ids follow article id, then order;
* speaker ids follow each speaker's first mention.

The result replaces ``_index/`` whole (built beside it, then renamed into place).
"""
from __future__ import annotations

import contextlib
import math
import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa

from .dataset import INDEX, _quote, connect_dataset
from .identity import BUCKET_SCHEMAS, resolve_bucket, write_buckets

__all__ = ["build_index"]

_MENTIONS_PER_BUCKET = 20_000


def _kept_articles(con: Any) -> None:
    con.execute("""
        CREATE TEMP TABLE versions AS
        SELECT a.uid, a.key, a.content_hash, a.n_statements, a.run, a.part_index, a.row,
               struct_pack(r := a.run, p := a.part_index, w := a.row) AS ord
        FROM articles_raw a JOIN done_parts d ON d.part = a.part""")
    # the store keeps a version until one with other content comes: the last change counts
    con.execute("""
        CREATE TEMP TABLE finals AS
        SELECT key, arg_max(uid, ord) FILTER (WHERE changed) AS uid,
               arg_max(content_hash, ord) FILTER (WHERE changed) AS content_hash,
               arg_max(n_statements, ord) FILTER (WHERE changed) AS n_statements, min(ord) AS first
        FROM (SELECT *, content_hash IS DISTINCT FROM lag(content_hash) OVER (PARTITION BY key ORDER BY ord)
                        AS changed FROM versions)
        GROUP BY key""")
    con.execute("""
        CREATE TEMP TABLE kept AS
        SELECT uid, n_statements, row_number() OVER (ORDER BY first) AS article_id
        FROM (SELECT *, row_number() OVER (PARTITION BY content_hash ORDER BY first) AS n FROM finals)
        WHERE n = 1""")
    con.execute("""
        CREATE TEMP VIEW kept_mentions AS
        SELECT m.uid, m.idx, m.local_id, m.name, m.aliases, m.role, m.affiliation, m.country, m.kind,
               m.name_key, m.short_key, m.surname_key, m.alias_keys, v.run, v.part_index, v.row
        FROM mentions_raw m JOIN kept k ON k.uid = m.uid JOIN versions v ON v.uid = m.uid
        WHERE m.name_key <> ''""")


def _number_speakers(con: Any, resolved: Path) -> None:
    """Global speaker ids, by first mention, from the buckets' local ones."""
    for what, schema in BUCKET_SCHEMAS.items():
        if next((resolved / what).glob("*.parquet"), None) is None:
            con.register(f"r_{what}_empty", schema.append(pa.field("bucket", pa.string())).empty_table())
            con.execute(f"CREATE TEMP VIEW r_{what} AS SELECT * FROM r_{what}_empty")
            continue
        con.execute(f"""CREATE TEMP VIEW r_{what} AS SELECT * EXCLUDE (filename),
                        regexp_extract(filename, 'bucket=([0-9]+)', 1) AS bucket
                        FROM read_parquet({_quote(resolved / what / '*.parquet')}, filename = true)""")
    con.execute("""
        CREATE TEMP TABLE numbered AS
        SELECT bucket, local, row_number() OVER (ORDER BY run, part_index, row, idx) AS speaker_id,
               name, kind, role, affiliation, country
        FROM r_speakers""")


def _write_index(con: Any, root: Path) -> None:
    new = root / f"{INDEX}.new-{uuid.uuid4().hex[:8]}"
    new.mkdir(parents=True)
    queries = {
        "articles": """SELECT uid, article_id, CAST(1 + coalesce(sum(n_statements) OVER (ORDER BY article_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS first_statement_id
                       FROM kept ORDER BY article_id""",
        "speakers": """SELECT speaker_id, name, kind, role, affiliation, country FROM numbered
                       ORDER BY speaker_id""",
        "links": """SELECT l.uid, l.local_id, n.speaker_id FROM r_links l
                    JOIN numbered n ON n.bucket = l.bucket AND n.local = l.local""",
        "aliases": """SELECT DISTINCT n.speaker_id, a.alias FROM r_aliases a
                      JOIN numbered n ON n.bucket = a.bucket AND n.local = a.local""",
    }
    for name, sql in queries.items():
        con.execute(f"COPY ({sql}) TO {_quote(new / f'{name}.parquet')} (FORMAT parquet)")
    old = root / INDEX
    trash = root / f"{INDEX}.old-{uuid.uuid4().hex[:8]}"
    if old.exists():
        old.rename(trash)
    new.rename(old)
    shutil.rmtree(trash, ignore_errors=True)


def build_index(root: Path, client: Any, *, buckets: int | None = None) -> dict[str, int]:
    """Rebuild ``_index/`` from the complete partitions; returns counts."""
    work = root / "_work" / uuid.uuid4().hex[:8]
    con = connect_dataset(root, index=False, work=work)
    try:
        _kept_articles(con)
        mentions = con.execute("SELECT count(*) FROM kept_mentions").fetchall()[0][0]
        n = buckets or max(1, math.ceil(mentions / _MENTIONS_PER_BUCKET))
        files = write_buckets(con, work, n) if mentions else []
        resolved = work / "resolved"
        futures = client.map(resolve_bucket, files, out=str(resolved), pure=False, retries=2)
        client.gather(futures)
        _number_speakers(con, resolved)
        _write_index(con, root)
        counts = {k: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                  for k, t in (("articles", "kept"), ("speakers", "numbered"))}
    finally:
        con.close()
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(OSError):
            work.parent.rmdir()  # _work, when no other run is using it
    return {**counts, "mentions": mentions, "buckets": len(files)}
