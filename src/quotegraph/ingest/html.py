"""HTML pages -> :class:`Article`: main text and metadata with trafilatura."""
from __future__ import annotations

import logging
from typing import Any

import trafilatura

from ..records import Rejection
from .article import Article, check_text, hostname, to_iso

__all__ = ["extract_html", "MIN_WORDS"]

#: Fewer words than this in the extracted main text means the page holds no article.
MIN_WORDS = 15

_DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _page_date(value: str | None) -> str | None:
    """htmldate's answer as ISO 8601; a midnight without a zone was a bare date."""
    if value and value.endswith("T00:00:00"):
        value = value[:10]
    return to_iso(value)


def _looks_binary(data: bytes | str) -> bool:
    head = data[:4096]
    return isinstance(head, bytes) and head.count(b"\x00") > 0


def extract_html(
    data: bytes | str,
    *,
    name: str,
    url: str | None = None,
    path: str | None = None,
    given: dict[str, Any] | None = None,
    fallback: dict[str, Any] | None = None,
) -> Article | Rejection:
    """Extract the main text and metadata of one page.

    ``name`` labels a rejection; ``url`` is where the page was fetched (a hint for
    trafilatura and the fallback identity); ``given`` holds metadata from the
    container (a JSONL line, a feed item's link and date) that wins over what the page
    says; ``fallback`` holds metadata used only where the page says nothing (a feed's title
    as the outlet).
    """
    given = {k: v for k, v in (given or {}).items() if v not in (None, "")}
    if _looks_binary(data):
        return Rejection(name, "binary data, not HTML", "E002")
    doc = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    meta: dict[str, Any] = doc.as_dict() if doc is not None else {}
    text = (meta.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:
        return Rejection(name, "no article text found in the page", "E005")
    checked = check_text(name, text)
    if isinstance(checked, Rejection):
        return checked
    canonical = meta.get("url") if str(meta.get("url") or "").startswith("http") else None
    final_url = given.get("url") or canonical or url
    published = to_iso(given.get("published")) or _page_date(meta.get("date"))
    extra = {"hostname": meta.get("hostname"), "description": meta.get("description")}
    if url and canonical and canonical != url:
        extra["fetched_url"] = url
    extra.update(given.get("metadata") or {})
    return Article(
        id=given.get("id") or final_url or path or "",
        text=checked,
        url=final_url,
        path=path,
        outlet=given.get("outlet") or meta.get("sitename") or (fallback or {}).get("outlet")
        or hostname(final_url),
        title=given.get("title") or meta.get("title"),
        author=given.get("author") or meta.get("author"),
        published=published,
        language=meta.get("language") or "en",
        metadata={k: v for k, v in extra.items() if v not in (None, "")},
    )
