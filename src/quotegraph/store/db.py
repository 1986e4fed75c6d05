"""Opening a quotegraph database: SQLite, one file, WAL, migrations applied on open.

A database written by a newer quotegraph (a higher schema version) is refused
before anything in it is touched.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import StoreError
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["connect", "schema_version", "transaction", "utcnow", "DEFAULT_DB"]

DEFAULT_DB = "quotegraph.db"


def utcnow() -> str:
    """The current time, ISO 8601 UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _fail(why: str) -> StoreError:
    return StoreError("E030", why=why)


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open database; 0 for an empty one.

    Raises :class:`StoreError` for a SQLite file that is not a quotegraph database.
    """
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in names:
        if names:
            raise _fail("not a quotegraph database (it has tables but no schema_version)")
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> Iterator[str]:
    """Split an SQL script into complete statements (triggers included)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply the missing migrations, each in its own transaction (safe against a racing opener)."""
    for version, description, script in MIGRATIONS:
        with transaction(conn):
            if schema_version(conn) >= version:
                continue
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version(version, applied_at, description) VALUES (?, ?, ?)",
                (version, utcnow(), description),
            )
            conn.execute(f"PRAGMA user_version = {int(version)}")


def connect(
    path: str | Path = DEFAULT_DB, *, create: bool = True, check_same_thread: bool = True
) -> sqlite3.Connection:
    """Open (and, with ``create``, make) the database at ``path``, migrated to the current schema.

    The connection is in autocommit mode (use :func:`transaction`), rows are
    :class:`sqlite3.Row`, foreign keys are on. Raises :class:`StoreError` (E030) for a
    missing database when ``create`` is false or a file that is not one, and (E031)
    for a database from a newer quotegraph, which is left exactly as it was.
    """
    path = Path(path)
    if not create and not path.exists():
        raise _fail(f"no database at {path} (run `quotegraph ingest` first)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
    except sqlite3.Error as exc:
        raise _fail(f"cannot open {path}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        found = schema_version(conn)
        if found > SCHEMA_VERSION:
            raise StoreError("E031", path=path, found=found, supported=SCHEMA_VERSION)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if found < SCHEMA_VERSION:
            _migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise _fail(f"{path}: {exc}") from exc
    except StoreError:
        conn.close()
        raise
    return conn
