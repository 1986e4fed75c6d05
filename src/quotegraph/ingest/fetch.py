"""Polite HTTP(S) fetching: timeouts, a size limit, an honest User-Agent, a per-host pause."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import httpx

from .. import __version__
from ..records import Rejection

__all__ = ["Fetcher", "Fetched", "USER_AGENT", "MAX_BYTES", "is_url"]

USER_AGENT = (
    f"quotegraph/{__version__} (news attribution research; "
    "+https://github.com/quotegraph/quotegraph)"
)
MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 64 * 1024


def is_url(source: str) -> bool:
    """Whether ``source`` is an http(s) URL rather than a local path."""
    return source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    """A successful response: the final URL after redirects, its content type and body."""

    url: str
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher:
    """Fetches URLs one at a time and turns every failure into a :class:`Rejection`.

    ``max_bytes`` caps a body (checked against Content-Length first, then while
    streaming, so a huge response is never held in memory); ``delay`` is the
    least time between two requests to the same host.
    """

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = MAX_BYTES,
        delay: float = 0.25,
        user_agent: str = USER_AGENT,
        max_redirects: int = 5,
    ) -> None:
        self.max_bytes = max_bytes
        self.delay = delay
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _pause(self, url: str) -> None:
        host = httpx.URL(url).host
        with self._lock:
            wait = self._last.get(host, 0.0) + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def fetch(self, url: str) -> Fetched | Rejection:
        """GET ``url``; a :class:`Fetched` on a 2xx response within the limits, else a rejection."""
        try:
            self._pause(url)
            with self._client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    return Rejection(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), "E007")
                body = self._read_limited(url, resp)
                if isinstance(body, Rejection):
                    return body
                return Fetched(
                    url=str(resp.url),
                    content_type=resp.headers.get("content-type", "").split(";")[0].strip().lower(),
                    body=body,
                    headers=dict(resp.headers),
                )
        except httpx.TooManyRedirects:
            return Rejection(url, "too many redirects", "E007")
        except httpx.TimeoutException:
            return Rejection(url, "timed out", "E007")
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            return Rejection(url, f"unreachable: {type(exc).__name__}: {exc}", "E007")

    def _read_limited(self, url: str, resp: httpx.Response) -> bytes | Rejection:
        limit = self.max_bytes
        too_big = Rejection(url, f"response larger than the {limit:,}-byte limit", "E004")
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return too_big
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes(_CHUNK):
            size += len(chunk)
            if size > limit:
                return too_big
            chunks.append(chunk)
        return b"".join(chunks)
