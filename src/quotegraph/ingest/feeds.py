"""RSS/Atom feeds: each item's page fetched and extracted; the item's link and date kept."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from ..records import Rejection
from .article import Article, to_iso
from .fetch import Fetcher
from .html import extract_html

__all__ = ["read_feed", "looks_like_feed"]


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document look like RSS, Atom or RDF."""
    low = head[:2048].lower()
    return any(tag in low for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def read_feed(data: bytes, *, name: str, fetcher: Fetcher, path: str | None = None) -> Iterator[Article | Rejection]:
    """Yield one article (or rejection) per item of the feed held in ``data``."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        reason = f"not a feed: {why}" if parsed.get("bozo") and why else "a feed with no items"
        yield Rejection(name, reason, "E007")
        return
    outlet = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries, start=1):
        yield _read_item(entry, f"{name}#item{i}", outlet, fetcher, path)


def _item_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return to_iso(entry[key])
    return to_iso(entry.get("published") or entry.get("updated"))


def _read_item(entry: Any, name: str, outlet: str | None, fetcher: Fetcher, path: str | None) -> Article | Rejection:
    link = entry.get("link")
    given = {
        "url": link,
        "title": entry.get("title"),
        "published": _item_date(entry),
        "author": entry.get("author"),
        "metadata": {"feed": path or name.rsplit("#", 1)[0]},
    }
    if not link:
        return Rejection(name, "feed item without a link", "E007")
    page = fetcher.fetch(link)
    if isinstance(page, Rejection):
        return page
    given["metadata"]["fetched_url"] = page.url
    return extract_html(page.body, name=link, url=page.url, path=None, given=given,
                        fallback={"outlet": outlet})
