"""Two small ASGI middlewares: a request body size limit and security headers.

Both are plain ASGI (no per-request task), so they cost next to nothing under load.
"""
from __future__ import annotations

import json
from typing import Any, Awaitable, Callable
from urllib.parse import urlsplit

__all__ = ["BodyLimit", "SecurityHeaders", "safe_url", "CSP"]

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

#: Everything comes from this server; no inline script, no plugin, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else ``None`` (``javascript:`` and the like are
    then shown as text, never as a link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class SecurityHeaders:
    """Adds :data:`CSP` and friends to every HTTP response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers") or []) + _HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    message = f"request body too large: the limit is {limit:,} bytes"
    if scope.get("path", "").startswith("/api"):
        body, kind = json.dumps({"error": message}).encode(), b"application/json"
    else:
        body = (f"<!doctype html><html lang=en><meta charset=utf-8><title>Too large</title>"
                f"<p role=alert>{message}</p></html>").encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())] + _HEADERS})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413 and one clear line.

    The declared ``Content-Length`` is checked first; a body without one (chunked) is
    read up to the limit and then handed on whole.
    """

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(scope, send, self.limit)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.limit:
                await _too_large(scope, send, self.limit)
                return
        body, sent = b"".join(chunks), False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class PageCache:
    """Keeps successful GET responses, keyed by path and query, until the database changes.

    The server only reads, so a page depends on nothing but its URL and the database
    file; a change to the file (or its WAL) after an ingest empties the cache. Bounded:
    least recently used pages go first beyond ``size`` pages or ``max_bytes`` of bodies,
    and a body over ``max_body`` is never kept. Each server process has its own.
    """

    def __init__(self, app: Any, db_path: Any, size: int = 2000, max_body: int = 1_000_000,
                 max_bytes: int = 64_000_000) -> None:
        from collections import OrderedDict

        self.app, self.size, self.max_body, self.max_bytes = app, size, max_body, max_bytes
        self.files = [str(db_path), str(db_path) + "-wal"]
        self.entries: OrderedDict[bytes, tuple[dict[str, Any], bytes]] = OrderedDict()
        self.bytes = 0  # bodies held: at most max_bytes, in at most size entries
        self.stamp: tuple[Any, ...] | None = None

    def _stamp(self) -> tuple[Any, ...]:
        import os

        out = []
        for name in self.files:
            try:
                st = os.stat(name)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith("/static"):
            await self.app(scope, receive, send)
            return
        stamp = self._stamp()
        if stamp != self.stamp:
            self.entries.clear()
            self.bytes, self.stamp = 0, stamp
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            await send(hit[0])
            await send({"type": "http.response.body", "body": hit[1]})
            return
        await self._fill(key, stamp, scope, receive, send)

    def _keep(self, key: bytes, stamp: tuple[Any, ...], start: dict[str, Any], body: bytes) -> None:
        if len(body) > self.max_body or key in self.entries or stamp != self.stamp:
            return  # too big, already kept, or rendered before the database changed
        self.entries[key] = (dict(start), body)
        self.bytes += len(body)
        while len(self.entries) > self.size or self.bytes > self.max_bytes:
            self.bytes -= len(self.entries.popitem(last=False)[1][1])

    async def _fill(self, key: bytes, stamp: tuple[Any, ...], scope: Scope, receive: Receive, send: Send) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    self._keep(key, stamp, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)
