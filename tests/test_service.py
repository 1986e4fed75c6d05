"""ingest -> analyze -> store with a fake analyzer: counts, idempotency, workers, progress."""
from __future__ import annotations

import json
import shutil
import tracemalloc

import pytest

from quotegraph import service
from quotegraph.ingest import Article, Fetcher
from quotegraph.service import IngestReport, ingest
from quotegraph.store import connect, find_speakers, find_statements, list_rejections, summary
from test_ingest_support import ARTICLE_PAGES, CORPUS, fake_analyze_many, serve, write_warc

SOURCES = [str(CORPUS / "texts"), str(CORPUS / "site"), str(CORPUS / "articles.jsonl")]


def run(db, sources=SOURCES, **kw) -> IngestReport:
    kw.setdefault("analyzer", fake_analyze_many)
    return ingest(sources, db, **kw)


def table(db) -> list[tuple]:
    conn = connect(db, create=False)
    try:
        return [tuple(r) for r in conn.execute(
            "SELECT a.key, a.content_hash, s.seq, s.speaker_id, s.content FROM articles a "
            "LEFT JOIN statements s ON s.article_id = a.id ORDER BY a.key, s.seq")]
    finally:
        conn.close()


def test_ingest_a_mixed_pile_then_again(tmp_path):
    db = tmp_path / "q.db"
    first = run(db)
    # texts: a, b stored, empty rejected; site: article1, article2, broken stored, garbage and
    # noarticle rejected; jsonl: 3 stored, 3 bad lines rejected
    assert (first.new, first.rejected, first.skipped, first.total) == (8, 6, 0, 14)
    assert first.statements >= 6 and first.done == 14
    conn = connect(db)
    assert summary(conn)["articles"] == 8
    assert len(list_rejections(conn)) == 6
    oyelaran = find_speakers(conn, search="Oyelaran")
    assert len(oyelaran) == 1 and oyelaran[0]["articles"] == 2  # one speaker across articles
    conn.close()
    again = run(db)
    assert (again.new, again.updated, again.skipped, again.rejected) == (0, 0, 8, 6)
    assert again.statements == 0


def test_changed_file_replaces_its_statements(tmp_path):
    folder = tmp_path / "texts"
    shutil.copytree(CORPUS / "texts", folder)
    db = tmp_path / "q.db"
    run(db, [str(folder)])
    path = folder / "a.txt"
    path.write_text(path.read_text().replace("Marta Oyelaran", "Pieter Vos"))
    report = run(db, [str(folder)])
    assert (report.new, report.updated, report.skipped) == (0, 1, 1)
    conn = connect(db)
    assert [r["speaker"] for r in find_statements(conn, speaker="Vos")] == ["Pieter Vos"]
    assert find_statements(conn, speaker="Oyelaran") == []
    conn.close()


def test_same_content_twice_in_one_run_is_stored_once(tmp_path):
    lines = [{"id": f"n{i}", "text": (CORPUS / "texts" / "a.txt").read_text()} for i in range(3)]
    src = tmp_path / "dups.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines))
    report = run(tmp_path / "q.db", [str(src)])
    assert (report.new, report.skipped) == (1, 2)


def test_analyzer_rejections_are_recorded_with_the_article_source(tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"url": "https://n.example/r", "text": "REJECT-ME please, said nobody here."}))
    report = run(tmp_path / "q.db", [str(src)])
    assert report.rejected == 1
    assert report.rejections[0].input == "https://n.example/r"
    assert "fake analyzer" in report.rejections[0].reason


def test_feeds_and_urls_end_to_end(tmp_path):
    with serve() as (base, _):
        report = run(tmp_path / "q.db", [f"{base}/feed.xml", f"{base}/big"], fetcher=Fetcher(delay=0))
    assert (report.new, report.rejected) == (2, 2)  # two items; the gone item and /big rejected
    conn = connect(tmp_path / "q.db")
    rows = conn.execute("SELECT url, published, outlet FROM articles ORDER BY url").fetchall()
    assert [tuple(r) for r in rows] == [
        (f"{base}/news/harbour-deal", "2024-03-05T09:30:00Z", "The Examplia Herald"),
        (f"{base}/news/water-rules", "2024-03-07T12:00:00Z", "Westmark Daily")]
    conn.close()


def test_progress_is_reported_until_done(tmp_path):
    seen: list[tuple[int, int | None, int]] = []
    report = run(tmp_path / "q.db", progress=lambda r: seen.append((r.done, r.total, r.statements)))
    assert seen[0][0] == 0 and seen[-1] == (report.done, report.total, report.statements)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert report.summary().startswith(f"{report.done} articles in ")


def test_two_workers_store_the_same_as_one(tmp_path):
    run(tmp_path / "one.db", workers=1)
    report = run(tmp_path / "two.db", workers=2, batch_size=2)
    assert report.new == 8
    one, two = table(tmp_path / "one.db"), table(tmp_path / "two.db")
    assert [r[:3] + r[4:] for r in one] == [r[:3] + r[4:] for r in two]


def _articles(n: int, pulled: list[int]):
    for i in range(n):
        pulled.append(i)
        yield Article(id=f"k{i}", text=f'"Fine," said Anna Berg number {i}.')


def test_analysis_pulls_articles_lazily():
    pulled: list[int] = []
    outcomes = service._analyse_here(_articles(10_000, pulled), fake_analyze_many, 16)
    next(outcomes)
    assert len(pulled) <= 17


@pytest.mark.slow
def test_workers_keep_a_bounded_number_of_chunks_in_flight():
    pulled: list[int] = []
    outcomes = service._analyse_in_workers(_articles(10_000, pulled), fake_analyze_many, 2, 8)
    next(outcomes)
    assert len(pulled) <= 2 * 2 * 8 + 8
    outcomes.close()


def _peak_while_ingesting(tmp_path, n: int) -> int:
    src = tmp_path / f"big{n}.jsonl"
    filler = " ".join(["The council met again on the matter of the harbour."] * 40)
    with open(src, "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"m{i}", "text": f'"Fine {i}," said Anna Berg. {filler}'}) + "\n")
    tracemalloc.start()
    try:
        report = run(tmp_path / f"big{n}.db", [str(src)])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        assert report.new == n


def test_memory_stays_flat_as_the_corpus_grows(tmp_path):
    _peak_while_ingesting(tmp_path, 5)  # first use loads the language model: not growth
    small = _peak_while_ingesting(tmp_path, 100)
    large = _peak_while_ingesting(tmp_path, 800)  # 8x the articles, about 1.8 MB of text
    assert large < small * 1.5 + 256 * 1024


def test_every_kind_of_bad_input_lands_in_the_rejections_table(tmp_path):
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, [(f"https://x.example/{i}", page, "text/html") for i, page in enumerate(ARTICLE_PAGES)])
    warc.write_bytes(warc.read_bytes()[:-200])
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('{"id": 1, "text": \n')
    with serve() as (base, _):
        report = run(tmp_path / "q.db", [
            str(CORPUS / "site" / "garbage.html"), str(CORPUS / "site" / "noarticle.html"),
            str(CORPUS / "notxml.rss"), str(warc), str(jsonl), "http://127.0.0.1:9/gone",
            f"{base}/missing", f"{base}/big"], fetcher=Fetcher(delay=0))
    conn = connect(tmp_path / "q.db")
    reasons = {r["input"].rsplit("/", 1)[-1]: r["reason"] for r in list_rejections(conn)}
    conn.close()
    assert report.rejected == len(reasons) == 8
    assert reasons["garbage.html"] == "binary data, not HTML"
    assert reasons["noarticle.html"] == "no article text found in the page"
    assert reasons["notxml.rss"].startswith("not a feed")
    assert reasons["cut.warc.gz"].startswith("damaged archive")
    assert reasons["bad.jsonl:1"].startswith("not JSON")
    assert reasons["gone"].startswith("unreachable")
    assert reasons["missing"] == "HTTP 404 Not Found"
    assert reasons["big"] == "response larger than the 10,485,760-byte limit"
