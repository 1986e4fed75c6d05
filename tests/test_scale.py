"""``quotegraph run`` on a real LocalCluster (2 worker processes): the dataset reads exactly
like ``ingest`` + ``export`` of the same inputs; a rerun redoes nothing; a worker killed
mid-run costs only a retry; bad inputs are rejection rows. Real pipeline, real processes."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="needs the scale extra (dask[distributed])")

import pyarrow.parquet as pq  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from conftest import DATA, SEED, need_shared  # noqa: E402
from quotegraph.cli import app  # noqa: E402
from quotegraph.scale import export_dataset, list_rejections, load_dataset, run_dataset  # noqa: E402
from quotegraph.scale.dataset import connect_dataset  # noqa: E402
from quotegraph.scale.runner import dask_client  # noqa: E402
from quotegraph.scale.query import iter_events  # noqa: E402
from quotegraph.scale.worker import PipelinePlugin  # noqa: E402
from quotegraph.service import ingest  # noqa: E402
from quotegraph.store import connect, export  # noqa: E402
from test_ingest_support import CORPUS, write_warc  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(cluster)
    client.register_plugin(PipelinePlugin(events=True))  # each worker loads the pipeline once
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def dev_texts() -> list[Path]:
    """PolNeAR dev texts, shortest first (the tests pay for every word parsed)."""
    texts = need_shared(DATA / "polnear" / "dev" / "text").glob("*.txt")
    return sorted(texts, key=lambda p: (p.stat().st_size, p.name))


def _pages(n: int, pad: int = 0) -> list[tuple[str, bytes, str]]:
    """n HTML response records of the two fixture pages; ``pad`` bytes of script (not text)
    each, so that a cut archive loses part of a record without adding words to parse."""
    noise = "".join(hashlib.sha256(str(k).encode()).hexdigest() for k in range(pad // 64))
    filler = f"<script>var x = '{noise}';</script>".encode()
    pages = [(CORPUS / "site" / name).read_bytes() for name in ("article1.html", "article2.html")]
    return [(f"https://x{i}.example/news", pages[i % 2].replace(b"</head>", filler + b"</head>"), "text/html")
            for i in range(n)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, dev_texts) -> list[str]:
    """A text folder (seed + 2 dev texts), a JSONL over two months with a bad line and a
    repeated text under another id, a WARC.gz, a truncated WARC.gz, a missing file."""
    need_shared(SEED)
    root = tmp_path_factory.mktemp("corpus")
    (root / "texts").mkdir()
    for path in [SEED, *dev_texts[:2]]:
        (root / "texts" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": p.read_text(encoding="utf-8"), "outlet": "Example News",
                         "published": f"2024-0{3 + i % 2}-1{i}T08:00:00Z"}) for i, p in enumerate(dev_texts[2:6])]
    lines.insert(2, "{not json")
    lines.append(json.dumps({"id": "again", "text": dev_texts[2].read_text(encoding="utf-8")}))
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(root / "crawl.warc.gz", _pages(2))
    cut = root / "cut.warc.gz"
    write_warc(cut, _pages(3, pad=30_000))
    cut.write_bytes(cut.read_bytes()[: cut.stat().st_size * 5 // 8])
    return [str(root / "texts"), str(root / "feed.jsonl"), str(root / "crawl.warc.gz"), str(cut),
            str(root / "missing.txt")]


@pytest.fixture(scope="module")
def dataset(client, corpus, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("run") / "ds"
    report = run_dataset(corpus, out, client=client, partition_size=2, identity_buckets=3)
    return out, report


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "q.db"
    ingest(corpus, db)
    return db


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_dataset_is_ingest_plus_export(dataset, ingested, tmp_path):
    out, report = dataset
    assert report.failed == 0 and report.processed == report.partitions >= 6
    export_dataset(out, "parquet", tmp_path / "a.parquet")
    with connect(ingested) as conn:
        export(conn, "parquet", tmp_path / "b.parquet")
        stored_rejections = {(r[0], r[1]) for r in conn.execute("SELECT input, reason FROM rejections")}
        events = conn.execute("SELECT count(*) FROM events").fetchall()[0][0]
    a, b = pq.read_table(tmp_path / "a.parquet"), pq.read_table(tmp_path / "b.parquet")
    assert a.num_rows > 30 and a.equals(b)
    assert {(r["input"], r["reason"]) for r in list_rejections(out)} == stored_rejections
    assert any("damaged archive" in reason for _, reason in stored_rejections)
    assert sum(1 for _ in iter_events(out)) == events > 0
    for month in ("2024-03", "2024-04", "unknown"):
        assert list((out / "statements" / f"month={month}").glob("*.parquet"))


def test_query_commands_read_the_dataset_like_the_database(dataset, ingested, tmp_path):
    out, _ = dataset
    for args in (["statements", "--limit", "0"], ["statements", "--speaker", "Gharibabadi"],
                 ["statements", "--since", "2024-04-01", "--kind", "direct"],
                 ["statements", "--limit", "0", "--min-confidence", "0.6"], ["speakers", "--limit", "0"],
                 ["speakers", "--search", "Trump"]):
        from_db = cli(*args, "--db", ingested, "--format", "json")
        from_ds = cli(*args, "--dataset", out, "--format", "json")
        assert from_db.exit_code == from_ds.exit_code == 0, from_ds.output
        assert json.loads(from_ds.stdout) == json.loads(from_db.stdout), args
    for fmt in ("jsonl", "plover"):
        assert cli("export", tmp_path / f"a.{fmt}", "--format", fmt, "--dataset", out).exit_code == 0
        assert cli("export", tmp_path / f"b.{fmt}", "--format", fmt, "--db", ingested).exit_code == 0
        assert (tmp_path / f"a.{fmt}").read_text() == (tmp_path / f"b.{fmt}").read_text()


def test_load_makes_the_database_ingest_makes(dataset, ingested, tmp_path):
    out, _ = dataset
    result = cli("load", out, "--db", tmp_path / "loaded.db")
    assert result.exit_code == 0, result.output
    tables = ("articles", "speakers", "speaker_aliases", "statements", "events")
    with connect(tmp_path / "loaded.db") as loaded, connect(ingested) as stored:
        for table in tables:
            cols = "*" if table in ("speakers", "speaker_aliases") else "count(*)"
            query = f"SELECT {cols} FROM {table}" + (" ORDER BY 1, 2" if cols == "*" else "")
            strip = (lambda rows: [tuple(r)[:-1] for r in rows]) if table == "speakers" else (
                lambda rows: [tuple(r) for r in rows])  # first_seen is the time of writing
            assert strip(loaded.execute(query).fetchall()) == strip(stored.execute(query).fetchall()), table
    assert cli("load", out, "--db", tmp_path / "loaded.db").exit_code == 0  # again: nothing added


def test_rerun_skips_complete_partitions(client, corpus, dataset):
    out, first = dataset
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if "_index" not in p.parts}
    again = run_dataset(corpus, out, client=client, partition_size=2)
    assert again.processed == 0 and again.skipped == first.partitions == again.partitions
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if "_index" not in p.parts} == files
    assert (again.articles, again.rejected, again.kept) == (first.articles, first.rejected, first.kept)


def test_bad_inputs_are_rejections_on_one_line_each(client, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "lines.jsonl").write_text('[1, 2]\n{"id": "x"}\n', encoding="utf-8")
    write_warc(tmp_path / "broken.warc.gz", _pages(1))
    (tmp_path / "broken.warc.gz").write_bytes((tmp_path / "broken.warc.gz").read_bytes()[:40])
    address = client.scheduler.address
    result = cli("run", tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "lines.jsonl",
                 tmp_path / "broken.warc.gz", tmp_path / "nope*.txt", "--out", tmp_path / "ds",
                 "--scheduler", address, "--partition-size", "1")
    assert result.exit_code == 2 and "Traceback" not in result.output
    rejected = [line for line in result.stderr.splitlines() if "rejected" in line and "[E" in line]
    assert len(rejected) == 6, result.stderr
    assert len(list_rejections(tmp_path / "ds")) == 6
    for args, says in (
        (["run", tmp_path / "empty.txt", "--out", tmp_path / "x", "--scheduler", address, "--local-workers", "1"],
         "not both"),
        (["run", tmp_path / "empty.txt", "--out", tmp_path / "x", "--scheduler", "tcp://127.0.0.1:9"],
         "cannot reach"),
        (["statements", "--dataset", tmp_path / "nothing"], "no quotegraph dataset"),
        (["load", tmp_path / "nothing", "--db", tmp_path / "x.db"], "no quotegraph dataset"),
    ):
        out = cli(*args)
        assert out.exit_code == 2 and says in out.stderr and out.stderr.count("\n") == 1, out.output


def _busy_worker(client, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [w for w, tasks in client.processing().items() if tasks]
        if busy:
            return busy[0]
        time.sleep(0.05)
    raise AssertionError("no worker got a task")


@pytest.mark.slow
def test_a_worker_killed_mid_run_costs_only_a_retry(client, dev_texts, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for path in dev_texts[8:14]:
        (texts / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out, result = tmp_path / "ds", {}
    thread = threading.Thread(target=lambda: result.update(report=run_dataset(
        [str(texts)], out, client=client, partition_size=1)))
    thread.start()
    victim = _busy_worker(client)
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    thread.join(timeout=300)
    report = result["report"]
    assert report.failed == 0 and report.processed == 6
    assert pid not in client.run(os.getpid).values()  # the worker really died (its nanny started another)
    con = connect_dataset(out)
    keys = [r[0] for r in con.execute("SELECT key FROM articles_raw").fetchall()]
    assert sorted(keys) == sorted(str(p) for p in texts.iterdir())  # every article exactly once
    assert con.execute("SELECT count(*) FROM idx_articles").fetchall()[0][0] == 6
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]  # no partial file left
    con.close()


def test_statement_ids_follow_the_store(dataset, ingested):
    out, _ = dataset
    con = connect_dataset(out)
    first = con.execute("SELECT first_statement_id FROM idx_articles ORDER BY article_id").fetchall()
    con.close()
    db = sqlite3.connect(ingested)
    stored = db.execute("SELECT min(s.id) FROM articles a LEFT JOIN statements s ON s.article_id = a.id "
                        "GROUP BY a.id HAVING min(s.id) IS NOT NULL ORDER BY a.id").fetchall()
    db.close()
    assert set(stored) <= set(first)


def test_a_dataset_written_before_party_and_nesting_still_reads(dataset, tmp_path):
    import shutil

    from quotegraph.scale.query import find_statements

    out, _ = dataset
    old = tmp_path / "old"
    shutil.copytree(out, old)
    for path in (old / "statements").rglob("*.parquet"):  # as an older version wrote them
        table = pq.read_table(path)
        pq.write_table(table.drop_columns(["speaker_party", "reported_by"]), path)
    rows = find_statements(old, limit=None)
    assert len(rows) == len(find_statements(out, limit=None)) > 30
    assert {r["speaker_party"] for r in rows} == {None} and {r["reported_by"] for r in rows} == {None}


def test_local_workers_get_a_single_process_environment(monkeypatch):
    # Dask's MALLOC_TRIM_THRESHOLD_ turns off glibc's adaptive thresholds (18% more CPU
    # per article in a worker); quotegraph's LocalCluster unsets it and gives a lone
    # worker every core for BLAS, like `quotegraph ingest`.
    for name in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS"):  # a nanny sets them in its parent
        monkeypatch.delenv(name, raising=False)
    with dask_client(local_workers=1, events=False) as one:
        env = one.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")})
    [worker_env] = env.values()
    assert worker_env == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": str(os.cpu_count() or 1)}
