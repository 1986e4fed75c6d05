"""Load test of the web app: 2,000 search and article page requests, 50 at a time.

Builds (once, cached under work/web_load/) a database from the PolNeAR train texts
(840 articles, about 16,500 statements), starts ``quotegraph serve`` on 127.0.0.1 at a
free port, sends a fixed plan of requests (half searches, half article pages; the page
cache starts cold: the warm-up uses other URLs) and reports latency percentiles, errors
and requests per second. Goal (issue 5): zero errors and p95 under 200 ms.

Two load generators, reported apart (their figures are not comparable one for one):

* ``wrk`` (C, one thread; ``--client wrk``, the default when it is on PATH) with
  benchmarks/web_load.lua sending the same plan. Not installed by default: on Debian or
  Ubuntu ``apt-get install -y wrk``. It costs the machine little, so it measures the server.
* ``httpx`` (Python, async; ``--client httpx``, the fallback): about 4 ms of CPU per request
  on the same cores as the server, so on a small machine it measures itself as much.

    .venv/bin/python benchmarks/web_load.py [--client auto|wrk|httpx] [--workers 1]
        [--db PATH] [--requests 2000] [--concurrency 50]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
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
LUA = Path(__file__).resolve().parent / "web_load.lua"
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


def run_httpx(url: str, paths: list[str], concurrency: int) -> dict:
    times, errors, wall = asyncio.run(run(url, paths, concurrency))
    ms = sorted(t * 1000 for t in times)
    for e in errors[:10]:
        print("  error:", e)
    return {"requests": len(times), "errors": len(errors), "p50_ms": round(pct(ms, 50), 1),
            "p95_ms": round(pct(ms, 95), 1), "p99_ms": round(pct(ms, 99), 1), "max_ms": round(ms[-1], 1),
            "requests_per_s": round(len(times) / wall, 1)}


def run_wrk(url: str, paths: list[str], concurrency: int) -> dict:
    """The plan through wrk and web_load.lua (each path once; wrk ends when the plan is done)."""
    plan_file = CACHE / f"plan-{len(paths)}.txt"
    plan_file.write_text("\n".join(paths) + "\n")
    cmd = ["wrk", "-t1", f"-c{concurrency}", "-d600s", "--timeout", "30s", "-s", str(LUA), url, "--", str(plan_file)]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=660)
    wall = time.perf_counter() - start
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode or not lines:
        sys.exit(f"web_load: wrk failed: {(done.stderr or done.stdout).strip()[-300:]}")
    out = json.loads(lines[-1])
    out.pop("seconds", None)
    out["requests_per_s"] = round(out["requests"] / wall, 1)  # wrk's own clock can start late
    return out


def pick_client(name: str) -> str:
    if name == "auto":
        if shutil.which("wrk"):
            return "wrk"
        print("web_load: wrk is not installed (Debian/Ubuntu: apt-get install -y wrk); using the httpx "
              "client, which shares the CPUs with the server", flush=True)
        return "httpx"
    if name == "wrk" and not shutil.which("wrk"):
        sys.exit("web_load: wrk is not installed (Debian/Ubuntu: apt-get install -y wrk), or use --client httpx")
    return name


def _cpu_seconds() -> float:
    """CPU time of this process (the httpx client) and of its finished children (wrk)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(args: argparse.Namespace, client: str) -> dict:
    """Start the server, warm it up on URLs outside the plan, run the plan, stop the server."""
    paths = plan(args.db, args.requests)
    planned = set(paths)
    warm = [f"/search?q={quote(w)}&per_page=10" for w in WORDS[:10]]  # per_page: never in the plan
    warm += [p for p in plan(args.db, 400, seed=1) if p not in planned][:40]
    proc, url = start_server(args.db, args.workers)
    try:
        asyncio.run(run(url, warm, 10))  # not counted: templates, connections, thread pools
        load, cpu = os.getloadavg()[0], _cpu_seconds()
        result = (run_wrk if client == "wrk" else run_httpx)(url, paths, args.concurrency)
        result["client_cpu_s"] = round(_cpu_seconds() - cpu, 1)
    finally:
        proc.terminate()
        proc.wait(10)
    result.update(client=client, distinct_urls=len(planned), load_1min_before=round(load, 2),
                  load_1min_after=round(os.getloadavg()[0], 2))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=CACHE / "train.db")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1, help="server processes (quotegraph serve --workers)")
    ap.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto",
                    help="load generator: wrk when installed (auto), else httpx")
    args = ap.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    client = pick_client(args.client)
    if not args.db.exists():
        build(args.db)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "statements")]
    conn.close()
    result = {"articles": counts[0], "statements": counts[1], "concurrency": args.concurrency,
              "server_workers": args.workers, "cpus": os.cpu_count(), **measure(args, client)}
    print(json.dumps(result))
    met = not result["errors"] and result["p95_ms"] < 200
    print(f"{client}: {result['requests']} requests ({args.concurrency} concurrent, {args.workers} server "
          f"worker(s)) on {counts[1]:,} statements: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
          f"p99 {result['p99_ms']} ms, {result['requests_per_s']} requests/s, {result['errors']} errors, "
          f"client CPU {result['client_cpu_s']} s, load average {result['load_1min_before']} (goal: 0 errors, p95 < 200 ms: {'met' if met else 'NOT met'})")


if __name__ == "__main__":
    main()
