"""``quotegraph run``: sources -> partitions -> Dask tasks -> a Parquet dataset, then its index.

Dask does the scheduling, the retries (``retries=`` on every task; a task whose worker
died is rescheduled by the scheduler) and the data movement: only partition
descriptions go out and small summaries come back; workers read the sources and write
the dataset themselves, so ``DATASET_DIR`` and the sources must be reachable from every
worker (a local disk for a LocalCluster, a shared filesystem for a cluster).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import QuotegraphError
from ..records import Rejection
from .index import build_index
from .partitions import Partition, Split, plan, split_file
from .tables import marker_path, write_rejections
from .worker import PipelinePlugin, process_partition

__all__ = ["run_dataset", "RunReport", "ScaleError", "dask_client", "DEFAULT_PARTITION_SIZE"]

DEFAULT_PARTITION_SIZE = 200
_KEEP_REJECTIONS = 1000


class ScaleError(QuotegraphError):
    """The cluster or the dataset folder cannot be used."""


@dataclass
class RunReport:
    """Counts of one run, updated as partitions finish (what the progress bar shows)."""

    partitions: int | None = None
    processed: int = 0
    skipped: int = 0  # complete before this run: not redone
    failed: int = 0
    articles: int = 0
    statements: int = 0
    events: int = 0
    rejected: int = 0
    kept: int = 0  # articles the dataset counts (after de-duplication)
    speakers: int = 0
    index_seconds: float = 0.0  # the step after the map: de-duplication, ids, speaker identity
    dashboard: str | None = None
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    partition_results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.processed + self.skipped + self.failed

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        return (f"{self.done} partitions in {self.elapsed:.1f}s: {self.processed} analysed, "
                f"{self.skipped} already complete, {self.failed} failed; {self.articles} articles, "
                f"{self.rejected} rejected, {self.statements} statements"
                + (f", {self.events} events" if self.events else "")
                + f"; the dataset holds {self.kept} articles and {self.speakers} speakers")


def _worker_environ(workers: int) -> dict[str, Any]:
    """The environment of LocalCluster worker processes, made like a single process's:

    - Dask gives each worker one numpy (BLAS) thread; with fewer local workers than
      cores, each gets its share of the cores;
    - Dask sets ``MALLOC_TRIM_THRESHOLD_=65536``, which turns off glibc's adaptive
      malloc thresholds: every array over 128 KB is then mapped and unmapped, and
      the parser's buffers cost 7x the page faults and 18% more CPU than in one
      process (``benchmarks/scale.py``). It is unset (``None``), so glibc adapts as
      in ``quotegraph ingest``; a value in the user's own environment still applies.
    """
    import dask

    threads = max(1, (os.cpu_count() or 1) // max(1, workers))
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.update({k: threads for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")})
    environ["MALLOC_TRIM_THRESHOLD_"] = None
    return {"distributed.nanny.pre-spawn-environ": environ}


@contextmanager
def dask_client(scheduler: str | None = None, local_workers: int | None = None, *,
                events: bool = True) -> Iterator[Any]:
    """A Dask client: to ``scheduler``, else on a new LocalCluster of ``local_workers``
    processes (0: one worker thread in this process). Workers load the pipeline at start."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            n = (os.cpu_count() or 1) if local_workers is None else local_workers
            with dask.config.set(_worker_environ(n)):
                cluster = LocalCluster(n_workers=max(1, n), threads_per_worker=1, processes=n > 0,
                                       dashboard_address=":0", silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError, RuntimeError) as exc:
        if cluster is not None:
            cluster.close()
        what = f"reach the Dask scheduler {scheduler}" if scheduler else "start a Dask LocalCluster"
        raise ScaleError("E040", why=f"cannot {what}: {exc}") from exc
    try:
        client.register_plugin(PipelinePlugin(events))
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _next_run(out: Path, sources: Sequence[str]) -> int:
    runs = out / "_runs"
    runs.mkdir(parents=True, exist_ok=True)
    numbers = [int(p.stem) for p in runs.glob("*.json") if p.stem.isdigit()]
    run = max(numbers, default=0) + 1
    (runs / f"{run:06d}.json").write_text(json.dumps(
        {"run": run, "sources": list(sources), "time": time.time()}), encoding="utf-8")
    return run


def _partitions(client: Any, work: list[Partition | Split]) -> list[Partition]:
    """Split the JSONL and WARC files on the cluster; keep the plan's order."""
    splits = [w for w in work if isinstance(w, Split)]
    split = dict(zip(splits, client.gather(client.map(split_file, splits, pure=False, retries=2))))
    out: list[Partition] = []
    for w in work:
        out.extend(split[w] if isinstance(w, Split) else [w])
    return out


def _record_plan_rejections(out: Path, rejections: list[Rejection], report: RunReport) -> None:
    """Sources that do not exist: rejection rows under a name given by their content."""
    if rejections:
        digest = hashlib.sha1(repr(sorted((r.input, r.reason) for r in rejections)).encode()).hexdigest()
        if not (out / "rejections" / f"plan-{digest[:12]}.parquet").exists():  # the same as before
            write_rejections(out, f"plan-{digest[:12]}", rejections)
    for rejection in rejections:
        _count_rejection(report, rejection)


def _count_rejection(report: RunReport, rejection: Rejection) -> None:
    report.rejected += 1
    if len(report.rejections) < _KEEP_REJECTIONS:
        report.rejections.append(rejection)


def _tally(report: RunReport, result: dict[str, Any]) -> None:
    if result.get("skipped"):
        report.skipped += 1
    else:
        report.processed += 1
    report.articles += result["articles"]
    report.statements += result["statements"]
    report.events += result["events"]
    for input_, reason, code in result["rejections"]:
        _count_rejection(report, Rejection(input_, reason, code))
    report.rejected += result["rejected"] - len(result["rejections"])
    report.partition_results.append({k: v for k, v in result.items() if k != "rejections"})


def _failed(out: Path, part: Partition, exc: BaseException, report: RunReport) -> None:
    """A partition that failed after its retries: a rejection, and no marker (a rerun retries it)."""
    rejection = Rejection(part.path or part.items[0],
                          f"partition {part.key} failed: {type(exc).__name__}: {exc}", "E041")
    write_rejections(out, part.key, [rejection])
    report.failed += 1
    _count_rejection(report, rejection)


def _map(client: Any, out: Path, parts: list[Partition], run: int, events: bool, report: RunReport,
         tick: Callable[[], None]) -> None:
    """One task per partition not yet complete; tally results as they come."""
    from distributed import as_completed

    futures = {}
    for index, part in enumerate(parts):
        marker = marker_path(out, part.key)
        if marker.exists():
            _tally(report, {**json.loads(marker.read_text(encoding="utf-8")), "skipped": True})
            continue
        future = client.submit(process_partition, part, str(out), run, index, events=events,
                               key=f"quotegraph-partition-{part.key}", retries=2, pure=False)
        futures[future] = part
    tick()
    try:
        for future in as_completed(futures):
            if future.status == "finished":
                _tally(report, future.result())
            else:
                _failed(out, futures[future], future.exception(), report)
            tick()
    finally:
        client.cancel(list(futures))


def run_dataset(
    sources: Sequence[str],
    out: str | Path,
    *,
    client: Any = None,
    scheduler: str | None = None,
    local_workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    events: bool = True,
    progress: Callable[[RunReport], None] | None = None,
    identity_buckets: int | None = None,
) -> RunReport:
    """Analyse ``sources`` on Dask into the dataset ``out``; partitions already complete are skipped.

    Uses ``client`` when given, else connects to ``scheduler``, else starts a LocalCluster.
    Bad inputs become rejection rows; a cluster or folder problem raises :class:`ScaleError`.
    """
    if partition_size < 1:
        raise ScaleError("E040", why=f"--partition-size must be at least 1, not {partition_size}")
    root = Path(out)
    try:
        root.mkdir(parents=True, exist_ok=True)
        run = _next_run(root, sources)
    except OSError as exc:
        raise ScaleError("E040", why=f"cannot write the dataset at {root}: {exc.strerror or exc}") from exc
    report = RunReport()

    def tick() -> None:
        report.elapsed = time.monotonic() - report.started
        if progress is not None:
            progress(report)

    if client is None:
        with dask_client(scheduler, local_workers, events=events) as own:
            return _run(own, root, sources, run, partition_size, events, report, tick, identity_buckets)
    return _run(client, root, sources, run, partition_size, events, report, tick, identity_buckets)


def _run(client: Any, root: Path, sources: Sequence[str], run: int, size: int, events: bool,
         report: RunReport, tick: Callable[[], None], buckets: int | None) -> RunReport:
    report.dashboard = client.dashboard_link
    tick()
    work, rejections = plan(list(sources), size)
    _record_plan_rejections(root, rejections, report)
    parts = _partitions(client, work)
    report.partitions = len(parts)
    _map(client, root, parts, run, events, report, tick)
    started = time.monotonic()
    counts = build_index(root, client, buckets=buckets)
    report.index_seconds = time.monotonic() - started
    report.kept, report.speakers = counts["articles"], counts["speakers"]
    tick()
    return report
