"""WARC and WARC.gz archives (Common Crawl, CC-News), streamed record by record with warcio."""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..records import Rejection
from .article import Article, to_iso
from .fetch import MAX_BYTES
from .html import extract_html

__all__ = ["read_warc", "is_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio reports a damaged stream in several ways, AttributeError among them
# (a header line of None); all of them mean "this archive is broken here".
_BROKEN = (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error)


def is_warc(head: bytes) -> bool:
    """Whether the first (decompressed) bytes of a file are a WARC record header."""
    return head.lstrip()[:5] == b"WARC/"


def read_warc(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejection]:
    """Yield an article (or rejection) per HTML response record; a damaged archive ends in a rejection."""
    name = str(path)
    count = 0
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in records:
                count += 1
                item = _read_record(record, name, max_bytes)
                if item is not None:
                    yield item
        except _BROKEN as exc:
            yield Rejection(name, f"damaged archive after {count} records: {type(exc).__name__}: {exc}", "E007")
            return
    if count == 0:
        yield Rejection(name, "no WARC records (empty, truncated or not a WARC)", "E007")


def _read_record(record: Any, name: str, max_bytes: int) -> Article | Rejection | None:
    """One record -> an article, a rejection, or ``None`` when it is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    status = record.http_headers.get_statuscode() or ""
    if ctype not in _HTML_TYPES or not status.startswith("2"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    label = f"{name}#{uri}" if uri else name
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Rejection(label, f"record larger than the {max_bytes:,}-byte limit", "E004")
    if record.raw_stream.limit > 0:
        raise EOFError(f"record {uri or '?'} is truncated")
    given = {
        "url": uri or None,
        "metadata": {"warc": name, "crawled": to_iso(record.rec_headers.get_header("WARC-Date"))},
    }
    return extract_html(body, name=label, url=uri or None, path=name, given=given)
