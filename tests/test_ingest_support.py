"""Shared helpers for the corpus tests: a loopback HTTP server, WARC writing, a fake analyzer.

Named ``test_*`` so it sits with the tests it serves; it holds no tests itself. The fake
analyzer lives here (a module-level function) so worker processes can import it.
"""
from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.records import ArticleResult, Rejection, Span, Speaker, Statement

CORPUS = Path(__file__).parent / "data" / "corpus"
BIG = 50 * 1024 * 1024
#: The two article pages, padded so that a cut archive loses part of a record, not a trailer.
ARTICLE_PAGES = [
    (CORPUS / "site" / name).read_bytes().replace(
        b"</article>", ("<p>" + " ".join(f"w{i}" for i in range(3000)) + "</p></article>").encode())
    for name in ("article1.html", "article2.html")
]


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    seen: list[dict[str, str]] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append({"path": self.path, "user-agent": self.headers.get("User-Agent", "")})
        if self.path == "/big":
            return self._stream_big(declare=False)
        if self.path == "/big-declared":
            return self._stream_big(declare=True)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/news/harbour-deal")
            self.end_headers()
            return None
        status, ctype, body = self.routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def _stream_big(self, declare: bool) -> None:
        """50 MB of HTML; without a Content-Length unless ``declare``."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declare:
            self.send_header("Content-Length", str(BIG))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"word " * 13106 + b"</p>"  # ~64 KiB
        sent = 0
        try:
            while sent < BIG:
                if declare:
                    self.wfile.write(chunk)
                else:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
            if not declare:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit, as it should


def site_routes(base: str) -> dict[str, tuple[int, str, bytes]]:
    """The fixture site: two articles, a feed, an Atom feed, a non-XML feed, plain text."""
    html = "text/html; charset=utf-8"

    def feed(name: str) -> bytes:
        return (CORPUS / name).read_text().replace("http://HOST", base).encode()

    return {
        "/news/harbour-deal": (200, html, (CORPUS / "site" / "article1.html").read_bytes()),
        "/news/water-rules": (200, html, (CORPUS / "site" / "article2.html").read_bytes()),
        "/news/empty": (200, html, (CORPUS / "site" / "noarticle.html").read_bytes()),
        "/feed.xml": (200, "application/rss+xml", feed("feed.xml")),
        "/atom.xml": (200, "application/atom+xml", feed("atom.xml")),
        "/notxml.rss": (200, "application/rss+xml", (CORPUS / "notxml.rss").read_bytes()),
        "/plain.txt": (200, "text/plain; charset=utf-8", (CORPUS / "texts" / "a.txt").read_bytes()),
    }


@contextmanager
def serve() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Serve the fixture site on 127.0.0.1 (a free port); yields (base URL, requests seen)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Handler.routes = site_routes(base)
    _Handler.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, _Handler.seen
    finally:
        server.shutdown()
        server.server_close()


def write_warc(path: Path, pages: Iterable[tuple[str, bytes, str]], *, gzip: bool = True) -> None:
    """Write (url, body, content type) response records, each after a request record."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, body, ctype in pages:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(
                f"GET {url} HTTP/1.1\r\n\r\n".encode())))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))


_SAID = re.compile(
    r"[\"“](?P<content>[^\"”]+)[\"”],? said (?P<name>[A-Z]\w+(?: [A-Z]\w+)*)(?:, (?P<role>[^,.]+))?"
)


def fake_analyze_many(items: Iterable[tuple[str, str]], batch_size: int = 16) -> Iterator[ArticleResult | Rejection]:
    """A stand-in for quotegraph.analyze_many: '"...," said Name, role' patterns only."""
    for ident, text in items:
        if "REJECT-ME" in text:
            yield Rejection(ident, "the fake analyzer rejects this", "E005")
            continue
        speakers: dict[str, Speaker] = {}
        statements = []
        for m in _SAID.finditer(text):
            name = m.group("name")
            if name not in speakers:
                role = m.group("role")
                speakers[name] = Speaker(f"s{len(speakers) + 1}", name, [name.split()[-1]],
                                         role.strip() if role else None, None, None, "person")
            statements.append(Statement(
                source=Span.of(text, m.start("name"), m.end("name")),
                cue=Span.of(text, m.start("name") - 5, m.start("name") - 1),
                content=[Span.of(text, m.start("content"), m.end("content"))],
                kind="direct", speaker=speakers[name], confidence=0.9,
            ))
        yield ArticleResult(ident, statements, list(speakers.values()))
