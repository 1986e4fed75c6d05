"""Ingest speed against analysis alone, measured in one run.

    nice -n 19 .venv/bin/python benchmarks/ingest.py [--texts DIR] [--n 1000]

Builds a JSONL corpus of ``--n`` articles from the PolNeAR train texts (840 files, read
from ../shared at run time; repeats get a distinct id and a one-line "(copy N)" trailer so
their content hash differs and the store does not skip them), then measures, each in a
fresh process so that every mode loads the pipeline itself:

1. ``ingest-1``: ``quotegraph.service.ingest`` with one worker into a new database;
2. ``ingest-2``: the same with two worker processes;
3. ``analyze``: ``quotegraph.analyze_many`` over the same texts, results discarded.

Goals: (1) costs at most 10% more time than (3); (2) is at least 1.6x faster than (1).
Prints a table and writes JSON to benchmarks/out/ingest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
MODES = ("analyze", "ingest-1", "ingest-2")


def build_corpus(texts: Path, n: int, out: Path) -> int:
    """Write ``n`` JSONL articles cycling over the text files; returns the count written."""
    files = sorted(texts.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {texts}")
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            path, copy = files[i % len(files)], i // len(files)
            text = path.read_text(encoding="utf-8")
            if copy:
                text += f"\n\n(copy {copy})"
            fh.write(json.dumps({"id": f"{path.stem}#{copy}", "text": text}) + "\n")
    return n


def run_mode(mode: str, corpus: Path, db: Path) -> dict:
    """Measure one mode in this process (called in a fresh child)."""
    started = time.perf_counter()
    if mode == "analyze":
        from quotegraph import analyze_many

        def items():
            with open(corpus, encoding="utf-8") as fh:
                for line in fh:
                    obj = json.loads(line)
                    yield obj["id"], obj["text"]

        articles = statements = 0
        for result in analyze_many(items()):
            articles += 1
            statements += len(getattr(result, "statements", []))
    else:
        from quotegraph.service import ingest

        report = ingest([str(corpus)], db, workers=int(mode.split("-")[1]))
        articles, statements = report.done, report.statements
        if report.skipped or report.rejected:  # PolNeAR train holds one text twice
            print(f"{mode}: {report.skipped} skipped as already stored, {report.rejected} rejected",
                  file=sys.stderr)
    seconds = time.perf_counter() - started
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"mode": mode, "articles": articles, "statements": statements, "seconds": round(seconds, 2),
            "articles_per_s": round(articles / seconds, 2),
            "cpu_main_s": round(own.ru_utime + own.ru_stime, 1),
            "cpu_workers_s": round(kids.ru_utime + kids.ru_stime, 1),
            "peak_rss_mb": round(max(own.ru_maxrss, kids.ru_maxrss) / 1024)}


def measure(mode: str, corpus: Path, workdir: Path) -> dict:
    """Run one mode in a fresh interpreter and return its figures."""
    db = workdir / f"{mode}.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--db", str(db)],
                         env=env, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "ingest.json")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.corpus, args.db)))
        return
    with tempfile.TemporaryDirectory(prefix="qg-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(args.texts, args.n, corpus)
        results = {}
        for mode in MODES:
            results[mode] = measure(mode, corpus, Path(tmp))
            r = results[mode]
            print(f"{mode:9} {r['articles']:5d} articles {r['seconds']:8.1f}s {r['articles_per_s']:7.2f}/s "
                  f"{r['statements']:6d} statements  CPU {r['cpu_main_s']}s main + {r['cpu_workers_s']}s "
                  f"workers  peak RSS {r['peak_rss_mb']} MB", flush=True)
    summary = compare(results)
    print(f"ingest-1 costs {summary['overhead']:+.1%} wall time against analyze alone "
          f"({summary['cpu_overhead']:+.1%} CPU; goal: at most +10%)")
    print(f"ingest-2 is {summary['speedup']:.2f}x ingest-1 in wall time (goal: at least 1.6x on 2 cores; "
          f"this machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}); "
          f"on 2 idle cores its CPU times allow {summary['speedup_bound']:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results, **summary, "cpus": os.cpu_count()}, indent=2))


def compare(results: dict) -> dict:
    """The goals' ratios. ``speedup_bound``: ingest-1's CPU time over the least wall time two
    cores need for ingest-2 (its main process is serial, its workers' CPU splits over 2 cores);
    the speedup an idle 2-core machine would show, where a loaded one cannot."""
    one, two, alone = results["ingest-1"], results["ingest-2"], results["analyze"]
    cpu = lambda r: r["cpu_main_s"] + r["cpu_workers_s"]  # noqa: E731
    two_cores = max(two["cpu_main_s"], cpu(two) / 2)
    return {
        "overhead": round(one["seconds"] / alone["seconds"] - 1, 4),
        "cpu_overhead": round(cpu(one) / cpu(alone) - 1, 4),
        "speedup": round(one["seconds"] / two["seconds"], 3),
        "speedup_bound": round(cpu(one) / two_cores, 3) if two_cores else 0.0,
    }


if __name__ == "__main__":
    main()
