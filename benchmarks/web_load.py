"""Load test of the web app: 2,000 search and article page requests, 50 at a time.

Builds (once, cached under work/web_load/) a database from the PolNeAR train texts
(840 articles, about 16,500 statements), starts ``quotegraph serve`` on 127.0.0.1 at a
free port, sends the requests with httpx (async) and reports latency percentiles and
errors. Goal (issue 5): zero errors and p95 under 200 ms.

    .venv/bin/python benchmarks/web_load.py [--db PATH] [--requests 2000] [--concurrency 50]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
CACHE = ROOT / "work" / "web_load"
WORDS = ["tax", "election", "debate", "health", "emails", "immigration", "Russia", "police", "jobs",
         "campaign", "polls", "\"White House\"", "security", "economy", "Iran", "voters", "Obamacare"]


def build(db: Path) -> None:
    """Ingest the PolNeAR train split (as JSONL with outlets and dates) into ``db``."""
    sys.path.insert(0, str(ROOT / "src"))
    from quotegraph.web.sample import build_sample_db, polnear_jsonl

    if not (TRAIN / "text").is_dir():
        sys.exit(f"web_load: {TRAIN} is missing: pass --db with a database of your own")
    jsonl = CACHE / "polnear-train.jsonl"
    print(f"building {db} from {polnear_jsonl(TRAIN, jsonl)} PolNeAR train articles (a few minutes)", flush=True)
    report = build_sample_db(db, [jsonl], workers=2)
    print(report.summary(), flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    exe = Path(sys.executable).parent / "quotegraph"
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/overview", timeout=5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    sys.exit(f"web_load: the server did not start: {proc.stderr.read().decode()[-500:]}")


def plan(db: Path, n: int, seed: int = 0) -> list[str]:
    """``n`` page paths, half searches (words, speakers, filters, later pages), half articles."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
    speakers = [r[0] for r in conn.execute("SELECT name FROM speaker_summary ORDER BY statements DESC LIMIT 40")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    conn.close()
    paths = []
    for i in range(n):
        if i % 2:
            paths.append(f"/article/{rng.choice(articles)}")
            continue
        q = quote(rng.choice(WORDS + speakers))
        extra = rng.choice(["", "", f"&outlet={quote(rng.choice(outlets))}", "&kind=direct", "&page=2",
                            "&since=2016-06-01&until=2016-10-31"])
        paths.append(f"/search?q={q}{extra}")
    return paths


async def run(url: str, paths: list[str], concurrency: int) -> tuple[list[float], list[str], float]:
    gate = asyncio.Semaphore(concurrency)
    times: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        async def one(path: str) -> None:
            async with gate:
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {path}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                times.append(time.perf_counter() - t0)

        start = time.perf_counter()
        await asyncio.gather(*(one(p) for p in paths))
        return times, errors, time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=CACHE / "train.db")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1, help="server processes (quotegraph serve --workers)")
    args = ap.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        build(args.db)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "statements")]
    conn.close()
    proc, url = start_server(args.db, args.workers)
    try:
        paths = plan(args.db, args.requests)
        asyncio.run(run(url, paths[:50], 10))  # warm-up, not counted: caches, thread pool
        times, errors, wall = asyncio.run(run(url, paths, args.concurrency))
    finally:
        proc.terminate()
        proc.wait(10)
    ms = sorted(t * 1000 for t in times)
    result = {"articles": counts[0], "statements": counts[1], "requests": len(times), "errors": len(errors),
              "concurrency": args.concurrency, "server_workers": args.workers, "cpus": os.cpu_count(),
              "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1), "p99_ms": round(pct(ms, 99), 1),
              "max_ms": round(ms[-1], 1), "requests_per_s": round(len(times) / wall, 1)}
    print(json.dumps(result))
    print(f"{len(times)} requests ({args.concurrency} concurrent) on {counts[1]:,} statements: "
          f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, "
          f"{result['requests_per_s']} requests/s, {len(errors)} errors "
          f"(goal: 0 errors, p95 < 200 ms: {'met' if not errors and result['p95_ms'] < 200 else 'NOT met'})")
    for e in errors[:10]:
        print("  error:", e)


if __name__ == "__main__":
    main()
