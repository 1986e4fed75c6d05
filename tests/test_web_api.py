"""The web app's JSON API and pages over real HTTP (httpx) to a real `quotegraph serve`."""
from __future__ import annotations

import re
import sqlite3
import subprocess

import httpx
import pytest

from conftest import SEED, need_shared
from web_fixtures import BIN, HOSTILE, api, server, web_db, writable_server  # noqa: F401

pytestmark = pytest.mark.data


def _db(web_db):
    conn = sqlite3.connect(f"file:{web_db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def test_overview_counts_match_the_store(api, web_db):
    from quotegraph.store import connect, summary

    data = api.get("/api/overview").json()
    assert data["counts"] == summary(connect(web_db, create=False))
    assert data["counts"]["articles"] == 10
    assert data["top_speakers"][0]["statements"] >= data["top_speakers"][-1]["statements"]
    months = {b["period"]: b["statements"] for b in data["timeline"]["month"]}
    assert set(months) == {"2016-09", "2016-10"}
    assert sum(months.values()) + data["timeline"]["undated"] == data["counts"]["statements"]


def test_article_spans_slice_the_text(api):
    seed = need_shared(SEED).read_text(encoding="utf-8")
    data = api.get("/api/articles/1").json()
    text = data["article"]["text"]
    assert text == seed and len(data["statements"]) == 13
    for st in data["statements"]:
        for span in [st["source"], st["cue"], *st["content"]]:
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
    assert {sp["name"] for sp in data["speakers"]} >= {"Kazem Gharibabadi"}


def test_search_filters_and_pages(api):
    page1 = api.get("/api/statements", params={"q": "Gharibabadi", "per_page": 5}).json()
    assert len(page1["results"]) == 5 and page1["has_more"]
    page3 = api.get("/api/statements", params={"q": "Gharibabadi", "per_page": 5, "page": 3}).json()
    ids = {r["statement_id"] for r in page1["results"]} & {r["statement_id"] for r in page3["results"]}
    assert not ids
    breitbart = api.get("/api/statements", params={"outlet": "Breitbart", "per_page": 100}).json()
    assert breitbart["results"] and all(r["outlet"] == "Breitbart" for r in breitbart["results"])
    direct = api.get("/api/statements", params={"kind": "direct", "until": "2016-09-30"}).json()
    assert all(r["kind"] == "direct" and r["published"] <= "2016-09-30" for r in direct["results"])
    every = api.get("/api/statements", params={"per_page": 100}).json()["results"]
    sure = api.get("/api/statements", params={"per_page": 100, "min_confidence": 0.7}).json()["results"]
    assert sure and all(r["confidence"] >= 0.7 for r in sure)
    kept = [r for r in every if r["confidence"] >= 0.7]  # the same order, the others left out
    assert sure[:len(kept)] == kept


@pytest.mark.parametrize("query", [
    "'; DROP TABLE statements; --", '" OR 1=1 --', "Robert'); DROP TABLE articles;--",
    'NEAR(', "a\" AND \"b", "%_%", "\\", "content:*", "Gharibabadi' OR '1'='1",
])
def test_search_strings_with_quotes_and_sql(api, query, web_db):
    for path in ("/api/statements", "/search"):
        r = api.get(path, params={"q": query, "speaker": query, "outlet": query})
        assert r.status_code == 200, r.text
    r = api.get("/api/speakers", params={"search": query})
    assert r.status_code == 200
    assert _db(web_db).execute("SELECT count(*) FROM statements").fetchone()[0] > 0


def test_speaker_profile_and_statements(api):
    sid = api.get("/api/speakers", params={"search": "Gharibabadi"}).json()[0]["speaker_id"]
    sp = api.get(f"/api/speakers/{sid}").json()
    assert sp["name"] == "Kazem Gharibabadi" and "Gharibabadi" in sp["aliases"]
    assert sp["timeline"]["undated"] == sp["statements"] == 13  # the seed has no date
    labels = {e["label"] for e in sp["entities"]}
    assert {"Iran", "MKO"} & labels
    said = api.get(f"/api/speakers/{sid}/statements", params={"per_page": 50}).json()
    assert len(said["results"]) == 13 and not said["has_more"]


def test_network_counts(api):
    graph = api.get("/api/network").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["links"] and all(link["source"] in ids and link["target"] in ids for link in graph["links"])
    speakers = [n for n in graph["nodes"] if n["kind"] == "speaker"]
    assert any(n["label"] == "Kazem Gharibabadi" for n in speakers)
    narrow = api.get("/api/network", params={"outlet": "Breitbart", "since": "2016-09-01"}).json()
    assert len(narrow["nodes"]) < len(graph["nodes"])


def test_events_when_present(api, web_db):
    has = _db(web_db).execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone() is not None
    data = api.get("/api/events").json()
    assert data["available"] is has
    if has:
        types = {t["type"] for t in api.get("/api/overview").json()["event_types"]}
        assert {e["type"] for e in data["events"]} <= types


@pytest.mark.parametrize("path, status, needle", [
    ("/api/articles/99999", 404, "no article 99999"),
    ("/api/articles/abc", 422, "article_id"),
    ("/api/speakers/0", 404, "no speaker 0"),
    ("/api/statements?since=yesterday", 400, "since is not a date"),
    ("/api/statements?kind=shouted", 400, "kind must be one of"),
    ("/api/statements?page=0", 422, "page"),
    ("/api/statements?min_confidence=2", 400, "min_confidence must be from 0 to 1"),
    ("/api/statements?min_confidence=high", 400, "min_confidence must be a number"),
    ("/api/nothing", 404, "not found"),
])
def test_errors_are_one_clear_line(api, path, status, needle):
    r = api.get(path)
    assert r.status_code == status
    assert needle in r.json()["error"] and "\n" not in r.json()["error"]


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/..%2f..%2fweb%2fapp.py", "/static/%2e%2e/%2e%2e/store/db.py",
    "/static/....//app.py", "/article/..%2f..%2fetc%2fpasswd", "/speaker/%2e%2e", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
])
def test_no_path_traversal(api, path):
    r = httpx.get(str(api.base_url) + path)
    assert r.status_code in (404, 422)
    assert "root:" not in r.text and "def create_app" not in r.text and "import" not in r.text


def test_pages_escape_hostile_article(api):
    aid = api.get("/api/statements", params={"q": "Walker"}).json()["results"][0]["article_id"]
    html = api.get(f"/article/{aid}").text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned" in html
    assert 'href="javascript:' not in html and "<i>Evil Outlet</i>" not in html
    assert "&lt;i&gt;Evil Outlet&lt;/i&gt;" in html
    for page in ("/search?q=Walker", "/", f"/speaker/{api.get('/api/speakers', params={'search': 'Walker'}).json()[0]['speaker_id']}"):
        assert "<script>window" not in api.get(page).text


def test_security_headers_and_offline_assets(api):
    r = api.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for page in ("/", "/search", "/network", "/analyze", "/api/docs", "/article/1", "/speaker/1"):
        html = api.get(page).text
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"(https?:)?//", html), page
        for asset in re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"([^\"]+)\"", html):
            assert asset.startswith("/static/") and api.get(asset).status_code == 200


def test_openapi_and_docs(api):
    schema = api.get("/api/openapi.json").json()
    assert {"/api/statements", "/api/articles/{article_id}", "/api/speakers/{speaker_id}", "/api/network",
            "/api/analyze", "/api/overview", "/api/events"} <= set(schema["paths"])
    assert "/api/statements" in api.get("/api/docs").text


def test_read_only_server_refuses_to_store(api, web_db):
    r = api.post("/api/analyze", json={"text": "Officials said the plan was good.", "store": True})
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    form = api.post("/analyze", data={"text": "Officials said it.", "store": "on"})
    assert form.status_code == 403 and "read-only" in form.text


def test_body_and_text_size_limits(api, writable_server):
    big = "x" * 2_100_000
    r = api.post("/api/analyze", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "request body too large" in r.json()["error"]
    with httpx.Client(base_url=writable_server.url, timeout=120) as rw:
        text = "The minister said the talks went well. " * 600  # 23,400 characters, limit 20,000
        r = rw.post("/api/analyze", json={"text": text})
        assert r.status_code == 413 and "the text is too long: 23,400 characters (limit 20,000)" == r.json()["error"]
        r = rw.post("/analyze", data={"text": text})
        assert r.status_code == 413 and "the text is too long" in r.text
        r = rw.post("/api/analyze", json={"text": "   "})
        assert r.status_code == 400 and "no text" in r.json()["error"]


def test_analyze_without_and_with_storing(writable_server):
    seed = need_shared(SEED).read_text(encoding="utf-8")
    with httpx.Client(base_url=writable_server.url, timeout=300) as rw:
        before = rw.get("/api/overview").json()["counts"]["articles"]
        r = rw.post("/api/analyze", json={"text": seed})
        assert r.status_code == 200 and len(r.json()["result"]["statements"]) == 13
        assert r.json()["stored_article"] is None
        assert rw.get("/api/overview").json()["counts"]["articles"] == before
        fresh = seed.replace("TEHRAN", "TEHRAN (updated)")
        r = rw.post("/api/analyze", json={"text": fresh, "title": "Pasted", "store": True})
        aid = r.json()["stored_article"]
        assert rw.get("/api/overview").json()["counts"]["articles"] == before + 1
        assert rw.get(f"/api/articles/{aid}").json()["article"]["title"] == "Pasted"


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    r = subprocess.run([str(BIN / "quotegraph"), "serve", "--db", str(tmp_path / "none.db")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "no database at" in r.stderr


def test_page_cache_is_bounded_and_follows_the_database(tmp_path):
    import asyncio
    import os

    from quotegraph.web.security import PageCache

    calls: list[str] = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": scope["path"].encode() * 100})

    async def get(cache, path):
        out = []

        async def send(message):
            out.append(message)

        await cache({"type": "http", "method": "GET", "path": path, "query_string": b""}, None, send)
        return out[-1]["body"]

    db = tmp_path / "q.db"
    db.write_bytes(b"x")
    cache = PageCache(app, db_path=db, size=3, max_bytes=1000)  # bodies: 100 bytes per path character

    async def scenario():
        assert await get(cache, "/a") == await get(cache, "/a") == b"/a" * 100
        assert calls == ["/a"]  # the second was a hit
        for path in ["/b", "/c", "/d"]:
            await get(cache, path)
        assert len(cache.entries) == 3 and cache.bytes <= 1000  # /a went first (least recently used)
        await get(cache, "/a")
        assert calls[-1] == "/a"
        await get(cache, "/long-path-1")  # 1,200 bytes: over max_bytes as a whole
        assert cache.bytes <= 1000
        os.utime(db, ns=(1, 1))  # the database changed: the cache empties
        await get(cache, "/b")
        assert calls[-1] == "/b" and list(cache.entries) == [b"/b?"]

    asyncio.run(scenario())


def test_the_search_form_keeps_the_chosen_confidence(api):
    html = api.get("/search", params={"q": "Gharibabadi", "min_confidence": "0.7"}).text
    assert 'value="0.7" selected' in html and 'value="0.9" selected' not in html


def test_a_nested_report_shows_who_carried_it_and_parties_show(writable_server):
    text = ("Chinese President Xi Jinping told U.S. President Joe Biden on Monday that Taiwan was "
            "the most important issue in relations, according to Chinese state media. Republican "
            "Sen. Ann Lowry said the talks had failed.")
    with httpx.Client(base_url=writable_server.url, timeout=300) as rw:
        r = rw.post("/api/analyze", json={"text": text, "title": "Nested", "store": True})
        statements = r.json()["result"]["statements"]
        inner = next(st for st in statements if st["cue"]["text"] == "told")
        assert statements[inner["reported_by"]]["cue"]["text"] == "according to"
        page = rw.get(f"/article/{r.json()['stored_article']}").text
        assert "Reported in" in page and "Republican Party" in page
        stored = rw.get(f"/api/articles/{r.json()['stored_article']}").json()["statements"]
        assert [st["reported_by"] for st in stored] == [st.get("reported_by") for st in statements]
