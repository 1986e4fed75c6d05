"""``quotegraph run`` on Dask against single-process ``ingest``, on the same corpus.

    nice -n 10 .venv/bin/python benchmarks/scale.py [--articles 2000] [--partition-size 50]

Writes a JSONL corpus of ``--articles`` articles to work/bench-scale/ from the PolNeAR
train texts (840 files, read from ../shared at run time; repeats get a distinct id and a
"(copy N)" trailer so that their content differs), then runs, each in a fresh process:

1. ``dask-1``: ``quotegraph run --local-workers 1``;
2. ``dask-2``: ``quotegraph run --local-workers 2``;
3. ``ingest-1``: ``quotegraph ingest`` into a new SQLite file, one process.

Each reports wall time from start to finish (cluster start and pipeline load included)
and without the start (``ready``: cluster up and pipeline loaded in every worker), articles
per second, and per worker process the peak resident memory and the memory after the
first half of the corpus against the end (flat memory: the two stay close). Goals: dask-2
at least 1.7x dask-1; dask-1 within 15% of ingest-1. The load average before and after
each mode is printed: other work on the machine lowers the 2-worker ratio.
Prints a table and writes JSON to benchmarks/out/scale.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
WORK = ROOT / "work" / "bench-scale"
MODES = ("dask-1", "dask-2", "ingest-1")


def build_corpus(texts: Path, n: int, out: Path) -> int:
    """``n`` JSONL articles cycling over the text files; returns the words written."""
    files = sorted(texts.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {texts} (the shared data is read at run time)")
    words = 0
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            path, copy = files[i % len(files)], i // len(files)
            text = path.read_text(encoding="utf-8") + (f"\n\n(copy {copy})" if copy else "")
            words += len(text.split())
            fh.write(json.dumps({"id": f"{path.stem}#{copy}", "text": text}) + "\n")
    return words


def _memory(samples: list[tuple[int, float]]) -> dict[str, dict[str, float]]:
    """Per process: resident MB after the first half of its work, and at the end."""
    out: dict[str, dict[str, float]] = {}
    for pid, rss in samples[: max(1, len(samples) // 2)]:
        out.setdefault(str(pid), {})["half_mb"] = rss
    for pid, rss in samples:
        out.setdefault(str(pid), {})["end_mb"] = rss
    return out


def run_dask(workers: int, corpus: Path, out: Path, size: int, events: bool) -> dict:
    from quotegraph.scale import dask_client, run_dataset

    started = time.perf_counter()
    with dask_client(None, workers, events=events) as client:
        ready = time.perf_counter()
        report = run_dataset([str(corpus)], out, client=client, partition_size=size, events=events)
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        cpu = client.run(lambda: sum(os.times()[:2]))
    done = time.perf_counter()
    samples = [(r["pid"], r["rss_mb"]) for r in report.partition_results]
    return {"articles": report.articles, "statements": report.statements, "rejected": report.rejected,
            "seconds": done - started, "ready_s": ready - started, "index_s": report.index_seconds,
            "peak_mb": {str(k): round(v) for k, v in peaks.items()}, "memory": _memory(samples),
            "cpu_s": round(sum(cpu.values()), 1)}


def run_ingest(corpus: Path, db: Path, events: bool, total: int) -> dict:
    from quotegraph.api import load_pipeline
    from quotegraph.scale.worker import rss_mb
    from quotegraph.service import ingest

    started = time.perf_counter()
    load_pipeline(events=events)
    ready = time.perf_counter()
    samples: list[tuple[int, float]] = []

    def progress(report) -> None:
        if report.done and report.done % max(1, total // 20) == 0 and len(samples) < report.done:
            samples.append((os.getpid(), rss_mb()))

    report = ingest([str(corpus)], db, events=events, progress=progress)
    done = time.perf_counter()
    samples.append((os.getpid(), rss_mb()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": report.done, "statements": report.statements, "rejected": report.rejected,
            "seconds": done - started, "ready_s": ready - started, "index_s": 0.0,
            "peak_mb": {str(os.getpid()): round(peak)}, "memory": _memory(samples),
            "cpu_s": round(sum(os.times()[:2]), 1)}


def measure(mode: str, corpus: Path, args: argparse.Namespace) -> dict:
    """Run one mode in a fresh interpreter; returns its figures with the load around it."""
    before = os.getloadavg()[0]
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus),
           "--partition-size", str(args.partition_size), "--articles", str(args.articles)]
    if not args.events:
        cmd.append("--no-events")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update(mode=mode, load_before=round(before, 2), load_after=round(os.getloadavg()[0], 2))
    result["articles_per_s"] = round(result["articles"] / result["seconds"], 2)
    result["articles_per_s_ready"] = round(result["articles"] / (result["seconds"] - result["ready_s"]), 2)
    return result


def child(args: argparse.Namespace) -> None:
    target = WORK / args.child
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    if args.child == "ingest-1":
        result = run_ingest(args.corpus, target / "q.db", args.events, args.articles)
    else:
        result = run_dask(int(args.child[-1]), args.corpus, target / "ds", args.partition_size, args.events)
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--events", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "scale.json")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / "corpus.jsonl"
    words = build_corpus(args.texts, args.articles, corpus)
    print(f"corpus: {args.articles} articles, {words} words; {os.cpu_count()} CPUs", flush=True)
    results = {}
    for mode in args.modes.split(","):
        r = results[mode] = measure(mode, corpus, args)
        mem = ", ".join(f"{m.get('half_mb', 0):.0f}->{m.get('end_mb', 0):.0f}" for m in r["memory"].values())
        print(f"{mode:8} {r['articles']:5d} articles {r['seconds']:7.1f}s ({r['ready_s']:.1f}s start, "
              f"{r['index_s']:.1f}s index) {r['articles_per_s']:6.2f}/s ({r['articles_per_s_ready']:.2f}/s "
              f"after start) {r['articles'] and words / args.articles * r['articles_per_s_ready']:7.0f} words/s; "
              f"peak MB per process {sorted(r['peak_mb'].values())}; MB half->end {mem}; "
              f"CPU {r['cpu_s']}s; load {r['load_before']} -> {r['load_after']}", flush=True)
    summary = compare(results)
    for line in summary.pop("lines"):
        print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"articles": args.articles, "words": words, "results": results, **summary},
                                   indent=2))


def compare(results: dict) -> dict:
    """The goals' ratios, on total wall time and on the time after start."""
    out: dict = {"lines": []}
    if "dask-1" in results and "dask-2" in results:  # what two idle cores would give
        one, two = results["dask-1"], results["dask-2"]
        bound = one["cpu_s"] / (two["cpu_s"] / 2)  # each worker's CPU time on a core of its own
        out["speedup_cpu_bound"] = round(bound, 3)
        out["lines"].append(f"dask-2 / dask-1 on two idle cores (from CPU time): {bound:.2f}x")
    for label, key in (("wall", "articles_per_s"), ("after start", "articles_per_s_ready")):
        if "dask-1" in results and "dask-2" in results:
            ratio = results["dask-2"][key] / results["dask-1"][key]
            out[f"speedup_{key}"] = round(ratio, 3)
            out["lines"].append(f"dask-2 / dask-1 ({label}): {ratio:.2f}x (goal: at least 1.7x)")
        if "dask-1" in results and "ingest-1" in results:
            gap = results["dask-1"][key] / results["ingest-1"][key] - 1
            out[f"dask1_vs_ingest_{key}"] = round(gap, 4)
            out["lines"].append(f"dask-1 against ingest-1 ({label}): {gap:+.1%} throughput (goal: within 15%)")
    return out


if __name__ == "__main__":
    main()
