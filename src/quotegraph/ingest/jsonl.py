"""JSONL, one article per line: ``{"id"?, "url"?, "title"?, "published"?, "outlet"?, "text"? or "html"?}``."""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..records import Rejection
from .article import Article, check_text, hostname, to_iso
from .html import extract_html

__all__ = ["read_jsonl", "open_maybe_gzip"]

_FIELDS = ("id", "url", "title", "published", "outlet", "author")


def open_maybe_gzip(path: Path) -> IO[bytes]:
    """Open ``path`` for binary reading, decompressing on the fly when it is gzip."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def read_jsonl(path: Path) -> Iterator[Article | Rejection]:
    """Stream the articles of a JSONL file, one line at a time; a bad line is a rejection."""
    lineno = 0
    with open_maybe_gzip(path) as fh:
        try:
            for lineno, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield parse_line(raw, f"{path}:{lineno}", str(path))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield Rejection(str(path), f"damaged gzip file after line {lineno}: {exc}", "E007")


def parse_line(raw: bytes, name: str, path: str) -> Article | Rejection:
    """One JSONL line -> an :class:`Article`, or a rejection saying what is wrong with it."""
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Rejection(name, f"not JSON: {exc}", "E007")
    if not isinstance(obj, dict):
        return Rejection(name, f"not a JSON object but {type(obj).__name__}", "E007")
    given: dict[str, Any] = {k: obj.get(k) for k in _FIELDS if obj.get(k) not in (None, "")}
    given = {k: (str(v) if k != "published" else v) for k, v in given.items()}
    ident = given.pop("id", None)
    given["metadata"] = {"given_id": ident} if ident is not None else {}
    if "published" in given and to_iso(given["published"]) is None:
        given["metadata"]["published_raw"] = str(given.pop("published"))
    key = given.get("url") or (f"id:{ident}" if ident is not None else None)
    if isinstance(obj.get("text"), str):
        return _from_text(obj["text"], name, path, key, given)
    if isinstance(obj.get("html"), str):
        return extract_html(obj["html"], name=name, url=given.get("url"), path=path,
                            given={**given, "id": key})
    return Rejection(name, 'no "text" or "html" field', "E001")


def _from_text(text: str, name: str, path: str, key: str | None, given: dict[str, Any]) -> Article | Rejection:
    checked = check_text(name, text)
    if isinstance(checked, Rejection):
        return checked
    url = given.get("url")
    return Article(
        id=key or "",
        text=checked,
        url=url,
        path=path,
        outlet=given.get("outlet") or hostname(url),
        title=given.get("title"),
        author=given.get("author"),
        published=to_iso(given.get("published")),
        metadata=dict(given.get("metadata") or {}),
    )
