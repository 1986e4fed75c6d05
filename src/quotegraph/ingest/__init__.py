"""Sources -> :class:`Article` records (or :class:`~quotegraph.records.Rejection` values).

Readers are generators: a folder, a WARC archive or a JSONL file is streamed, never
loaded whole, and a bad input becomes a rejection with a reason while the batch goes on.
"""
from __future__ import annotations

from .article import Article, content_hash, to_iso
from .fetch import MAX_BYTES, USER_AGENT, Fetcher, is_url
from .sources import count_articles, read_sources

__all__ = [
    "Article",
    "Fetcher",
    "MAX_BYTES",
    "USER_AGENT",
    "content_hash",
    "count_articles",
    "is_url",
    "read_sources",
    "to_iso",
]
