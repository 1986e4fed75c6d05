"""The :class:`Article` record every reader yields, and the small helpers readers share.

Texts are validated with the engine's rules (:mod:`quotegraph.inputs`), re-exported here.
"""
from __future__ import annotations

import email.utils
import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from ..inputs import check_text, decode_input

__all__ = ["Article", "content_hash", "to_iso", "check_text", "decode_input", "hostname"]


@dataclass(frozen=True)
class Article:
    """One news article ready for analysis, with its provenance.

    ``id`` is the article's stable identity in the store: its URL when it has one,
    else the id given in a JSONL line (``id:...``), else the file path, else
    ``sha256:<hash>``. ``path`` is the local file it came from (``None`` for URLs).
    """

    id: str
    text: str
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    language: str | None = "en"
    content_hash: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))
        if not self.id:
            object.__setattr__(self, "id", f"sha256:{self.content_hash}")

    @property
    def source(self) -> str:
        """Where it came from: the URL, else the path, else the id."""
        return self.url or self.path or self.id


def content_hash(text: str) -> str:
    """SHA-256 of the text exactly as stored (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def hostname(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``, or ``None``."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_iso(value: Any) -> str | None:
    """Normalise a date in any common form (ISO, RFC 2822, struct_time, datetime) to ISO 8601.

    Datetimes with a time zone are converted to UTC; a bare date stays a date.
    Returns ``None`` for anything that is not recognisably a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        value = datetime(*value[:6], tzinfo=timezone.utc)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _DATE_ONLY.match(text):
        return text
    try:
        return to_iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return to_iso(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None
