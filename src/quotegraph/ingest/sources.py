"""Any mix of sources -> a stream of :class:`Article` or :class:`Rejection`.

A source is a URL (a page or a feed), a file (text, HTML, feed, WARC, JSONL) or a
folder, walked recursively in sorted order, hidden entries skipped. The kind of
a file is decided by its name, and by its first bytes when the name says nothing.
"""
from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..records import Rejection
from .article import Article, decode_input
from .feeds import looks_like_feed, read_feed
from .fetch import MAX_BYTES, Fetcher, is_url
from .html import extract_html
from .jsonl import open_maybe_gzip, read_jsonl
from .warc import is_warc, read_warc

__all__ = ["read_sources", "read_path", "read_url", "iter_files", "file_kind", "count_articles"]

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".arc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def iter_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, recursively, sorted, without hidden files or folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _head(path: Path, size: int = 2048) -> bytes:
    with open(path, "rb") as fh:
        head = fh.read(size)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return b""
    return head


def file_kind(path: Path) -> str:
    """``text``, ``html``, ``feed``, ``warc`` or ``jsonl`` for one file."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    kind = _BY_SUFFIX.get(os.path.splitext(name)[1])
    if kind in ("warc", "jsonl"):
        return kind
    head = _head(path)
    if is_warc(head):
        return "warc"
    if kind is not None:
        return kind
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(low):
        return "feed"
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _read_bytes(path: Path, limit: int) -> bytes | Rejection:
    if path.stat().st_size > limit:
        return Rejection(str(path), f"file larger than the {limit:,}-byte limit", "E004")
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            return Rejection(str(path), f"damaged gzip file: {exc}", "E007")
    return data


def read_path(
    path: Path, fetcher: Fetcher | None = None, *, max_bytes: int = MAX_BYTES, kind: str | None = None
) -> Iterator[Article | Rejection]:
    """Articles from one local file, by kind (found from the file when not given).

    A feed needs a fetcher for its items' pages; one is made (and closed) when none is given.
    """
    name = str(path)
    kind = kind or file_kind(path)
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
        return
    if kind == "jsonl":
        yield from read_jsonl(path)
        return
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Rejection):
        yield data
    elif kind == "html":
        yield extract_html(data, name=name, path=name)
    elif kind == "feed" and fetcher is None:
        with Fetcher(max_bytes=max_bytes) as own:
            yield from read_feed(data, name=name, fetcher=own, path=name)
    elif kind == "feed":
        yield from read_feed(data, name=name, fetcher=fetcher, path=name)
    else:
        text = decode_input(name, data)
        yield text if isinstance(text, Rejection) else Article(id=name, text=text, path=name)


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    """Articles from one URL: a page, or every item of a feed."""
    page = fetcher.fetch(url)
    if isinstance(page, Rejection):
        yield page
        return
    if "rss" in page.content_type or "atom" in page.content_type or looks_like_feed(page.body[:2048]):
        yield from read_feed(page.body, name=url, fetcher=fetcher)
    elif page.content_type.startswith("text/plain"):
        text = decode_input(url, page.body)
        yield text if isinstance(text, Rejection) else Article(id=page.url, text=text, url=page.url)
    else:
        given = {"metadata": {"fetched_url": page.url}} if page.url != url else {}
        yield extract_html(page.body, name=url, url=page.url, given=given)


def read_sources(
    sources: Iterable[str], *, fetcher: Fetcher | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Article | Rejection]:
    """Stream the articles of every source in order; a bad source is a rejection, never an exception."""
    own = fetcher is None
    lazy: list[Fetcher] = [fetcher] if fetcher is not None else []

    def get_fetcher() -> Fetcher:
        if not lazy:
            lazy.append(Fetcher(max_bytes=max_bytes))
        return lazy[0]

    try:
        for source in sources:
            yield from _read_source(source, get_fetcher, max_bytes)
    finally:
        if own and lazy:
            lazy[0].close()


def _read_source(
    source: str, get_fetcher: Callable[[], Fetcher], max_bytes: int
) -> Iterator[Article | Rejection]:
    if is_url(source):
        yield from read_url(source, get_fetcher())
        return
    path = Path(os.path.abspath(Path(source).expanduser()))
    if path.is_dir():
        files: Iterable[Path] = iter_files(path)
    elif path.is_file():
        files = [path]
    else:
        yield Rejection(source, "no such file or folder", "E007")
        return
    for file in files:
        try:
            kind = file_kind(file)
            fetch = get_fetcher() if kind == "feed" else None
            yield from read_path(file, fetch, max_bytes=max_bytes, kind=kind)
        except OSError as exc:
            yield Rejection(str(file), f"cannot read: {exc.strerror or exc}", "E007")


def count_articles(sources: Iterable[str]) -> int | None:
    """How many articles the sources hold, when that is cheap to know; ``None`` when not
    (URLs, feeds and archives are only counted by reading them)."""
    total = 0
    for source in sources:
        if is_url(source):
            return None
        path = Path(source).expanduser()
        files = iter_files(path) if path.is_dir() else [path] if path.is_file() else [path]
        for file in files:
            try:
                total += _count_file(file)
            except _Uncountable:
                return None
            except (OSError, EOFError, zlib.error):
                total += 1  # unreadable, damaged or missing: it will be one rejection
    return total


class _Uncountable(Exception):
    """A source whose article count is only known by reading it all."""


def _count_file(file: Path) -> int:
    kind = file_kind(file)
    if kind in ("feed", "warc"):
        raise _Uncountable(kind)
    if kind != "jsonl":
        return 1
    with open_maybe_gzip(file) as fh:
        return sum(1 for line in fh if line.strip())
