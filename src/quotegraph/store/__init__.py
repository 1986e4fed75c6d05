"""The quotegraph database: SQLite schema and migrations, the single writer, FTS5, queries.

Open with :func:`connect` (migrates on open, refuses a newer schema), write with
:class:`Store`, read with the query functions; export with :func:`export`.
"""
from __future__ import annotations

from .db import DEFAULT_DB, connect, schema_version
from .export import FORMATS, export
from .queries import find_speakers, find_statements, iter_statements, list_rejections, summary
from .schema import SCHEMA_VERSION
from .writer import Store

__all__ = [
    "DEFAULT_DB",
    "FORMATS",
    "SCHEMA_VERSION",
    "Store",
    "connect",
    "export",
    "find_speakers",
    "find_statements",
    "iter_statements",
    "list_rejections",
    "schema_version",
    "summary",
]
