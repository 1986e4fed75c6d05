"""Readers: text, HTML, JSONL, feeds, WARC, URLs -> Article or Rejection (no model needed)."""
from __future__ import annotations

import gzip
import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotegraph.ingest import Article, Fetcher, content_hash, count_articles, read_sources, to_iso
from quotegraph.ingest.sources import file_kind
from quotegraph.records import Rejection
from test_ingest_support import CORPUS, serve, write_warc

ARTICLE1 = (CORPUS / "site" / "article1.html").read_bytes()
ARTICLE2 = (CORPUS / "site" / "article2.html").read_bytes()


def read(*sources: str, **kw) -> tuple[list[Article], list[Rejection]]:
    items = list(read_sources(list(sources), **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def test_text_folder_is_walked_recursively_without_hidden_files():
    articles, rejected = read(str(CORPUS / "texts"))
    assert [Path(a.path).name for a in articles] == ["a.txt", "b.txt"]
    a = articles[0]
    assert a.id == a.path == os.path.abspath(CORPUS / "texts" / "a.txt")
    assert a.text == (CORPUS / "texts" / "a.txt").read_text()
    assert a.content_hash == content_hash(a.text) and len(a.content_hash) == 64
    assert a.language == "en" and a.url is None
    assert [(Path(r.input).name, r.code) for r in rejected] == [("empty.txt", "E001")]


def test_html_file_keeps_text_and_metadata():
    articles, rejected = read(str(CORPUS / "site" / "article1.html"))
    assert not rejected
    a = articles[0]
    assert "We came here ready to sign" in a.text
    assert "Sport" not in a.text and "All rights reserved" not in a.text  # boilerplate gone
    assert a.title == "Harbour deal stalls as ministers trade blame"
    assert a.author == "Nora Vale"
    assert a.outlet == "The Examplia Herald"
    assert a.url == a.id == "https://herald.example/news/harbour-deal"  # canonical URL
    assert a.published == "2024-03-05T09:30:00Z"  # ISO 8601, UTC
    assert a.path.endswith("article1.html")


def test_broken_html_is_recovered_and_garbage_and_empty_pages_are_rejected():
    articles, rejected = read(str(CORPUS / "site"))
    by_name = {Path(a.path).name: a for a in articles}
    assert "washed away part of the road" in by_name["broken.html"].text
    assert by_name["broken.html"].title == "Storm closes the coastal road"
    reasons = {Path(r.input).name: r.reason for r in rejected}
    assert reasons == {
        "garbage.html": "binary data, not HTML",
        "noarticle.html": "no article text found in the page",
    }


def test_jsonl_lines_with_text_or_html_and_bad_lines_rejected(tmp_path):
    articles, rejected = read(str(CORPUS / "articles.jsonl"))
    assert [a.id for a in articles] == [
        "https://westmark.example/a/1", "id:j2", f"sha256:{articles[2].content_hash}"]
    first, second, third = articles
    assert (first.title, first.outlet, first.published) == ("Bridge reopens", "Westmark Daily",
                                                            "2024-03-01T08:00:00Z")
    assert first.metadata["given_id"] == "j1"
    assert "Dock workers in Portville" in second.text and second.published == "2024-03-04T10:00:00Z"
    assert third.outlet == "Examplia Radio"
    lines = {r.input.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert lines["3"].startswith("not JSON")
    assert lines["4"] == "not a JSON object but list"
    assert lines["5"] == 'no "text" or "html" field'
    # the same lines gzipped read the same
    gz = tmp_path / "articles.jsonl.gz"
    gz.write_bytes(gzip.compress((CORPUS / "articles.jsonl").read_bytes()))
    again, _ = read(str(gz))
    assert [a.content_hash for a in again] == [a.content_hash for a in articles]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gz.read_bytes()[:-30])
    partial, rejected = read(str(cut))
    assert 1 <= len(partial) <= 3 and rejected[-1].reason.startswith("damaged gzip file after line")


@pytest.mark.parametrize("compress", [True, False])
def test_warc_response_records_with_html_become_articles(tmp_path, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, [
        ("https://herald.example/news/harbour-deal", ARTICLE1, "text/html; charset=utf-8"),
        ("https://herald.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("https://westmark.example/water", ARTICLE2, "text/html"),
    ], gzip=compress)
    assert file_kind(path) == "warc"
    articles, rejected = read(str(path))
    assert not rejected
    assert [a.url for a in articles] == ["https://herald.example/news/harbour-deal",
                                         "https://westmark.example/water"]
    assert articles[1].metadata["warc"] == str(path) and articles[1].metadata["crawled"]
    assert articles[1].outlet == "Westmark Daily"


def test_truncated_warc_gz_keeps_whole_records_and_is_rejected(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    filler = ("<p>" + " ".join(f"w{i}" for i in range(4000)) + "</p>").encode()
    pages = [(f"https://x.example/{i}", ARTICLE1.replace(b"</article>", filler + b"</article>"),
              "text/html") for i in range(4)]
    write_warc(path, pages)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 5 // 8])
    articles, rejected = read(str(path))
    assert 1 <= len(articles) < 4
    assert len(rejected) == 1 and "damaged archive" in rejected[0].reason
    tiny = tmp_path / "tiny.warc.gz"
    tiny.write_bytes(data[:40])
    assert [r.reason for r in read(str(tiny))[1]][0].startswith(("no WARC records", "damaged"))


def test_feed_file_items_fetched_with_item_link_and_date(tmp_path):
    with serve() as (base, seen):
        feed = tmp_path / "herald.rss"
        feed.write_text((CORPUS / "feed.xml").read_text().replace("http://HOST", base))
        articles, rejected = read(str(feed), fetcher=Fetcher(delay=0))
    assert [a.url for a in articles] == [f"{base}/news/harbour-deal", f"{base}/news/water-rules"]
    assert articles[0].published == "2024-03-05T09:30:00Z"  # the item's date
    assert articles[1].outlet == "Westmark Daily"  # the page's site name beats the feed title
    assert articles[0].metadata["feed"] == str(feed)
    assert [(r.input, r.reason) for r in rejected] == [(f"{base}/news/gone", "HTTP 404 Not Found")]
    assert all(s["user-agent"].startswith("quotegraph/") for s in seen)


def test_feed_url_rss_and_atom_and_a_feed_that_is_not_xml():
    with serve() as (base, _):
        articles, rejected = read(f"{base}/atom.xml", f"{base}/notxml.rss",
                                  str(CORPUS / "notxml.rss"), fetcher=Fetcher(delay=0))
    assert [a.url for a in articles] == [f"{base}/news/water-rules"]
    assert articles[0].published == "2024-03-07T12:00:00Z"
    assert [r.reason.startswith("not a feed") for r in rejected] == [True, True]


def test_urls_pages_text_redirects_and_failures():
    with serve() as (base, _):
        articles, rejected = read(
            f"{base}/news/harbour-deal", f"{base}/plain.txt", f"{base}/redirect",
            f"{base}/missing", "http://127.0.0.1:9/unreachable", f"{base}/news/empty",
            fetcher=Fetcher(delay=0))
    assert [a.id for a in articles] == ["https://herald.example/news/harbour-deal",
                                        f"{base}/plain.txt", "https://herald.example/news/harbour-deal"]
    assert articles[0].metadata["fetched_url"] == f"{base}/news/harbour-deal"
    reasons = [r.reason for r in rejected]
    assert reasons[0] == "HTTP 404 Not Found"
    assert reasons[1].startswith("unreachable")
    assert reasons[2] == "no article text found in the page"


@pytest.mark.parametrize("route", ["/big", "/big-declared"])
def test_a_50mb_response_stops_at_the_size_limit(route):
    with serve() as (base, _):
        with Fetcher(delay=0) as fetcher:
            got = fetcher.fetch(base + route)
    assert isinstance(got, Rejection)
    assert got.reason == "response larger than the 10,485,760-byte limit"


def test_missing_source_and_counting():
    _, rejected = read("/no/such/place")
    assert rejected[0].reason == "no such file or folder"
    assert count_articles(["/no/such/place"]) == 1
    assert count_articles([str(CORPUS / "texts"), str(CORPUS / "articles.jsonl")]) == 3 + 6
    assert count_articles([str(CORPUS / "feed.xml")]) is None
    assert count_articles(["http://127.0.0.1/x"]) is None


def test_to_iso_forms():
    assert to_iso("2024-03-05") == "2024-03-05"
    assert to_iso("2024-03-05T10:30:00+01:00") == "2024-03-05T09:30:00Z"
    assert to_iso("Tue, 05 Mar 2024 09:30:00 GMT") == "2024-03-05T09:30:00Z"
    assert to_iso(datetime(2024, 3, 5, tzinfo=timezone.utc)) == "2024-03-05T00:00:00Z"
    assert to_iso("last Tuesday") is None and to_iso(None) is None and to_iso(12) is None


@given(st.text(max_size=40))
def test_to_iso_never_raises(value):
    out = to_iso(value)
    assert out is None or out[:4].isdigit()


@given(st.binary(max_size=300))
def test_jsonl_reader_never_raises_on_any_line(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("j") / "x.jsonl"
    path.write_bytes(data.replace(b"\n", b" ") + b"\n" + json.dumps({"text": ""}).encode())
    for item in read_sources([str(path)]):
        assert isinstance(item, (Article, Rejection))
