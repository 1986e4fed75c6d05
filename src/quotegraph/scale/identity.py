"""Cross-article speaker identity over a dataset: DuckDB blocks, Dask resolves block by block.

The rule is the store's (:mod:`quotegraph.store.identity`, README "Who is the same speaker
across articles?"): incremental, in article order. It only ever compares a speaker with
stored speakers that share a key with it, so the mentions split into independent
*blocks* that can be resolved apart and give exactly what one sequential pass would:

* organisations, places ... (any kind but person): one block per (kind, normalised name);
* people: one block per surname key, joined where an alias of one surname's speaker is
  the full name of a person with another surname (connected components, in DuckDB).

DuckDB assigns the blocks to buckets and writes one Parquet file per bucket (on disk,
never all in one process's memory); a Dask task per bucket replays the store's own rule
(:func:`quotegraph.store.identity.resolve_speaker`, the same code ``ingest`` runs) over its
mentions in article order in a private SQLite database, and writes which speaker each
mention is. Speaker ids are numbered by first mention, as the store numbers them.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..store.identity import resolve_speaker
from .tables import write_atomic

__all__ = ["write_buckets", "resolve_bucket", "BUCKET_SCHEMAS"]

_MINI_SCHEMA = """
CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT, role TEXT,
    affiliation TEXT, country TEXT, name_key TEXT NOT NULL, short_key TEXT, surname_key TEXT,
    first_seen TEXT NOT NULL);
CREATE INDEX speakers_name_key ON speakers(name_key);
CREATE INDEX speakers_short_key ON speakers(short_key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);
CREATE TABLE speaker_aliases (speaker_id INTEGER NOT NULL, alias TEXT NOT NULL, alias_key TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias));
CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);
CREATE TABLE speaker_mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
    speaker_id INTEGER, role TEXT, affiliation TEXT);
CREATE INDEX speaker_mentions_speaker ON speaker_mentions(speaker_id);
"""

_I, _S = pa.int64(), pa.string()
BUCKET_SCHEMAS = {
    "links": pa.schema([("uid", _S), ("local_id", _S), ("local", _I)]),
    "speakers": pa.schema([("local", _I), ("name", _S), ("kind", _S), ("role", _S), ("affiliation", _S),
                           ("country", _S), ("run", _I), ("part_index", _I), ("row", _I), ("idx", _I)]),
    "aliases": pa.schema([("local", _I), ("alias", _S)]),
}

_PERSON = "coalesce(kind, 'person') = 'person'"


def write_buckets(con: Any, work: Path, buckets: int) -> list[str]:
    """Block the kept named mentions (view ``kept_mentions``) and write one folder per bucket."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE persons AS
        SELECT * FROM kept_mentions WHERE {_PERSON}""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE edges AS
        SELECT DISTINCT a.surname_key AS x, b.surname_key AS y
        FROM (SELECT surname_key, unnest(alias_keys) AS alias_key FROM persons) a
        JOIN persons b ON b.name_key = a.alias_key AND b.short_key IS NOT NULL
        WHERE a.surname_key <> b.surname_key""")
    con.execute("INSERT INTO edges SELECT y, x FROM edges")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE labels AS
        SELECT DISTINCT surname_key AS node, surname_key AS label FROM persons""")
    while True:  # label propagation: each surname takes the least label of its component
        changed = con.execute("""
            CREATE OR REPLACE TEMP TABLE next_labels AS
            SELECT l.node, least(l.label, coalesce(min(n.label), l.label)) AS label
            FROM labels l LEFT JOIN edges e ON e.x = l.node LEFT JOIN labels n ON n.node = e.y
            GROUP BY l.node, l.label;
            SELECT count(*) FROM next_labels n JOIN labels l USING (node) WHERE n.label <> l.label
        """).fetchall()[0][0]
        con.execute("CREATE OR REPLACE TEMP TABLE labels AS SELECT * FROM next_labels")
        if not changed:
            break
    folder = work / "buckets"
    folder.mkdir(parents=True, exist_ok=True)
    con.execute(f"""
        COPY (
            SELECT m.*, hash(CASE WHEN {_PERSON.replace('kind', 'm.kind')}
                             THEN 'p' || l.label ELSE 'o' || m.kind || chr(9) || m.name_key END)
                        % {int(buckets)} AS bucket
            FROM kept_mentions m LEFT JOIN labels l ON l.node = m.surname_key
            ORDER BY m.run, m.part_index, m.row, m.idx
        ) TO '{folder}' (FORMAT parquet, PARTITION_BY (bucket), OVERWRITE_OR_IGNORE)""")
    return sorted(str(p) for p in folder.glob("bucket=*") if p.is_dir())


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.executescript(_MINI_SCHEMA)
    return conn


def resolve_bucket(path: str, out: str) -> dict[str, int]:
    """Replay the store's identity rule over one bucket's mentions (the Parquet files of the
    folder ``path``), in article order."""
    files = sorted(Path(path).glob("*.parquet"))
    order = [(c, "ascending") for c in ("run", "part_index", "row", "idx")]
    table = pa.concat_tables([pq.read_table(f) for f in files]).sort_by(order)
    conn = _connect()
    links: list[dict[str, Any]] = []
    created: dict[int, dict[str, Any]] = {}
    for m in table.to_pylist():
        mention = {"name": m["name"], "kind": m["kind"], "role": m["role"], "affiliation": m["affiliation"],
                   "country": m["country"], "aliases": m["aliases"] or []}
        local = resolve_speaker(conn, mention, "")
        if local is None:
            continue
        conn.execute("INSERT INTO speaker_mentions(article_id, speaker_id, role, affiliation) "
                     "VALUES (?, ?, ?, ?)", (m["row"], local, m["role"], m["affiliation"]))
        created.setdefault(local, {k: m[k] for k in ("run", "part_index", "row", "idx")})
        links.append({"uid": m["uid"], "local_id": m["local_id"], "local": local})
    speakers = [{**dict(r), **created[r["local"]]} for r in conn.execute(
        "SELECT id AS local, name, kind, role, affiliation, country FROM speakers")]
    aliases = [dict(r) for r in conn.execute("SELECT speaker_id AS local, alias FROM speaker_aliases")]
    name = Path(path).name  # bucket=N
    for what, rows in (("links", links), ("speakers", speakers), ("aliases", aliases)):
        write_atomic(Path(out) / what / f"{name}.parquet", pa.Table.from_pylist(rows, schema=BUCKET_SCHEMAS[what]))
    conn.close()
    return {"mentions": len(links), "speakers": len(speakers)}
