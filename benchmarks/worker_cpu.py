"""CPU cost of one partition in a Dask worker against the same work in one process.

    nice -n 10 .venv/bin/python benchmarks/worker_cpu.py [--articles 150] [--dask-default-env]

Builds a JSONL partition of ``--articles`` PolNeAR train texts (read from ../shared at run
time) and runs ``process_partition`` on it, each mode in a fresh process, after loading
the pipeline and analysing a few warm-up sentences:

- ``main``: in the main thread of a plain process (what ``quotegraph ingest`` does);
- ``thread``: in a second thread of a plain process (a Dask worker runs tasks in one);
- ``dask``: as a task on the one worker of ``quotegraph run``'s LocalCluster
  (``--dask-default-env``: with Dask's default worker environment instead, which sets
  ``MALLOC_TRIM_THRESHOLD_=65536``).

For each it prints the task's wall time, the CPU time of the task's thread and of its
process, system time, minor page faults and context switches. Writes
benchmarks/out/worker_cpu.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "work" / "bench-worker-cpu"
sys.path.insert(0, str(Path(__file__).resolve().parent))

WARM_UP = [(f"w{i}", 'Officials said the plan would work. "It is good," he said.') for i in range(5)]


def task(corpus: str, out: str, mode: str) -> dict:
    """Warm up, then analyse and write the whole corpus as one partition; measure it."""
    from quotegraph.api import analyze_many, load_pipeline
    from quotegraph.scale.partitions import Partition
    from quotegraph.scale.worker import process_partition

    load_pipeline(events=True)
    list(analyze_many(WARM_UP, events=True))
    shutil.rmtree(out, ignore_errors=True)
    part = Partition(key="p0", kind="jsonl", path=corpus, start=0, end=None, first=0, size=10**9)
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    t0, p0, w0 = time.thread_time(), time.process_time(), time.monotonic()
    done = process_partition(part, out, 1, 0, events=True)
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    return {"mode": mode, "articles": done["articles"], "wall_s": round(time.monotonic() - w0, 2),
            "thread_cpu_s": round(time.thread_time() - t0, 2), "process_cpu_s": round(time.process_time() - p0, 2),
            "system_s": round(ru1.ru_stime - ru0.ru_stime, 2), "minor_faults": ru1.ru_minflt - ru0.ru_minflt,
            "voluntary_switches": ru1.ru_nvcsw - ru0.ru_nvcsw}


def run_mode(mode: str, corpus: str, default_env: bool) -> dict:
    out = str(WORK / f"out-{mode}")
    if mode == "main":
        return task(corpus, out, mode)
    if mode == "thread":
        result: dict = {}
        th = threading.Thread(target=lambda: result.update(task(corpus, out, mode)))
        th.start()
        th.join()
        return result
    if default_env:
        from distributed import Client, LocalCluster
        from quotegraph.scale.worker import PipelinePlugin

        with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0") as cluster, \
                Client(cluster) as client:
            client.register_plugin(PipelinePlugin(True))
            return client.submit(task, corpus, out, "dask-default-env", pure=False).result()
    from quotegraph.scale.runner import dask_client

    with dask_client(local_workers=1, events=True) as client:
        return client.submit(task, corpus, out, mode, pure=False).result()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--dask-default-env", action="store_true")
    ap.add_argument("--mode", help=argparse.SUPPRESS)  # one mode, in a child process
    args = ap.parse_args()
    corpus = WORK / "corpus.jsonl"
    if args.mode:
        print(json.dumps(run_mode(args.mode, str(corpus), args.dask_default_env)))
        return
    from scale import DEFAULT_TEXTS, build_corpus

    WORK.mkdir(parents=True, exist_ok=True)
    build_corpus(DEFAULT_TEXTS, args.articles, corpus)
    rows = []
    for mode in ("main", "thread", "dask"):
        cmd = [sys.executable, __file__, "--mode", mode] + (["--dask-default-env"] if args.dask_default_env else [])
        line = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        rows.append(json.loads(line))
        r = rows[-1]
        print(f"{r['mode']:<17} {r['articles']} articles  wall {r['wall_s']:6.2f}s  thread CPU {r['thread_cpu_s']:6.2f}s"
              f"  process CPU {r['process_cpu_s']:6.2f}s  system {r['system_s']:5.2f}s"
              f"  faults {r['minor_faults']:>8}  switches {r['voluntary_switches']}", flush=True)
    base = rows[0]["thread_cpu_s"]
    print(f"task-thread CPU, {rows[-1]['mode']} against main: {rows[-1]['thread_cpu_s'] / base - 1:+.1%}")
    (ROOT / "benchmarks" / "out").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "out" / "worker_cpu.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
