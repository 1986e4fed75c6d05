"""Fixtures for the web app tests: a real database, real servers, a real browser.

The database is built once per session by really ingesting the seed article, a dozen
PolNeAR dev texts (as JSONL with their outlet, date and title from ``metadata.tsv``)
and one hostile article (HTML, script and a ``javascript:`` URL in its text and
provenance). Servers are ``quotegraph serve`` processes on 127.0.0.1 at a free port;
the browser is Debian's Chromium driven by Playwright.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import DATA, SEED, need_shared

BIN = Path(sys.executable).parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEV_TEXTS = 8  # every 10th dev text: several outlets and months

HOSTILE = {
    "id": "hostile-1",
    "url": "javascript:alert(document.domain)",
    "title": "<script>window.__pwned = 'title'</script>Budget <b>fight</b>",
    "outlet": "<i>Evil Outlet</i>",
    "published": "2016-10-03",
    "text": (
        "WASHINGTON — Senator Mary Walker said on Monday that the budget plan "
        "<script>window.__pwned = 'text'</script> was a disaster for working families.\n\n"
        "\"This plan <img src=x onerror=\"window.__pwned='img'\"> will hurt millions of people,\" "
        "Walker told reporters at the Capitol. She added that a vote could come next week.\n\n"
        "Her office said the details were posted at javascript:alert(1) and <a href=\"javascript:alert(2)\">here</a>.\n"
    ),
}


def chromium_path() -> str | None:
    """Debian's chromium, or None."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_web_db(folder: Path) -> Path:
    """Ingest the seed, DEV_TEXTS PolNeAR dev texts and the hostile article into a new db."""
    from quotegraph.web.sample import build_sample_db, polnear_jsonl

    need_shared(SEED)
    dev = need_shared(DATA / "polnear" / "dev")
    polnear_jsonl(dev, folder / "dev.jsonl", limit=DEV_TEXTS, every=10)
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "web.db"
    build_sample_db(db, [SEED, folder / "dev.jsonl", folder / "hostile.jsonl"])
    return db


class Server:
    """A ``quotegraph serve`` process on 127.0.0.1; ``url`` is its base URL."""

    def __init__(self, db: Path, *extra: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [str(BIN / "quotegraph"), "serve", "--db", str(db), "--port", str(self.port), *extra]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     env={**os.environ, **(env or {})})
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stdout.read().decode()}")
            try:
                if httpx.get(self.url + "/api/overview", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    return build_web_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="session")
def server(web_db):
    srv = Server(web_db)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def writable_server(web_db, tmp_path_factory):
    """A writable server over a copy of the database, with a small pasted-text limit."""
    copy = tmp_path_factory.mktemp("web-rw") / "rw.db"
    shutil.copy(web_db, copy)
    srv = Server(copy, "--writable", env={"QUOTEGRAPH_WEB_MAX_TEXT": "20000"})
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def api(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium: install Debian's chromium (`make test` does) for the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors
    yield pg
    context.close()
