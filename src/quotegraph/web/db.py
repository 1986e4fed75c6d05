"""The web app's access to the database: read-only connections, one per thread.

Every page and API call reads through a SQLite connection opened with ``mode=ro``, so
a read-only server cannot change the file whatever a request carries. Only a server
started with ``--writable`` opens a writer, and only to store an analysed text.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError
from ..store.db import schema_version
from ..store.schema import SCHEMA_VERSION

__all__ = ["Database", "has_table", "generation"]


class Database:
    """A quotegraph database file as the web app sees it."""

    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        self.path = Path(path)
        self.writable = writable
        self._local = threading.local()
        self._write_lock = threading.Lock()
        if writable and not self.path.exists():
            from ..store import connect

            connect(self.path).close()  # a new, empty, migrated database
        self.check()

    def check(self) -> None:
        """Open once to fail early, in one line, on a missing, foreign or newer database."""
        if not self.path.exists():
            raise StoreError("E030", why=f"no database at {self.path} (run `quotegraph ingest` first)")
        conn = self._open()
        try:
            found = schema_version(conn)
        except sqlite3.Error as exc:
            raise StoreError("E030", why=f"{self.path}: {exc}") from exc
        finally:
            conn.close()
        if found > SCHEMA_VERSION:
            raise StoreError("E031", path=self.path, found=found, supported=SCHEMA_VERSION)
        if found == 0:
            raise StoreError("E030", why=f"{self.path} is an empty database (run `quotegraph ingest` first)")

    def _open(self) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError("E030", why=f"cannot open {self.path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA query_only = ON")
        return conn

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._open()
        return conn

    def store_article(self, article, result) -> int:
        """Store one analysed article (writable servers only); returns its article id."""
        if not self.writable:
            raise PermissionError("this server is read-only; start it with --writable to store texts")
        from ..store import Store

        with self._write_lock, Store(self.path) as store:
            store.write([(article, result)])
            row = store.conn.execute("SELECT id FROM articles WHERE key = ?", (article.id,)).fetchone()
            if row is None:  # the same text is stored under another key
                row = store.conn.execute(
                    "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                    (article.content_hash,),
                ).fetchone()
            return int(row["id"])


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the database has a table (or view) called ``name``."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", (name,)
    ).fetchone()
    return row is not None


def generation(conn: sqlite3.Connection) -> tuple[int, int]:
    """A cheap fingerprint of the stored statements, to invalidate caches after an ingest."""
    row = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM statements").fetchone()
    return int(row[0]), int(row[1])
