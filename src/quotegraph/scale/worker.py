"""What runs on a Dask worker: the pipeline loaded once, and one partition analysed and written.

:class:`PipelinePlugin` loads the spaCy pipeline when a worker starts (and again in a
worker that replaces a dead one), so no task pays for it; :func:`quotegraph.api.load_pipeline`
caches it per process. :func:`process_partition` reads a partition with the ingest
readers, analyses it with :func:`quotegraph.analyze_many` (``nlp.pipe`` in batches) and
writes its Parquet files and then its completion marker; a partition already marked
complete is not redone. It returns a small summary: only that travels back.
"""
from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..ingest import Article
from ..records import Rejection
from .partitions import Partition, read_partition
from .tables import PartitionRows, marker_path, write_marker

__all__ = ["PipelinePlugin", "process_partition", "rss_mb"]

_KEEP_REJECTIONS = 20


class PipelinePlugin(WorkerPlugin):
    """Load the quotegraph pipeline once per worker process, before its first task."""

    name = "quotegraph-pipeline"

    def __init__(self, events: bool = True) -> None:
        self.events = events

    def setup(self, worker: Any) -> None:
        from ..api import load_pipeline

        load_pipeline(events=self.events)


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def _analysed(items: Iterator[Article | Rejection], events: bool, batch_size: int
              ) -> Iterator[tuple[Article | None, Any]]:
    """(article, result dict or Rejection); reader rejections come as (None, rejection)."""
    from ..api import analyze_many

    waiting: deque[Article] = deque()
    passed: list[Rejection] = []

    def pairs() -> Iterator[tuple[str, str]]:
        for item in items:
            if isinstance(item, Rejection):
                passed.append(item)
                continue
            waiting.append(item)
            yield item.id, item.text

    for result in analyze_many(pairs(), batch_size=batch_size, events=events):
        while passed:
            yield None, passed.pop(0)
        article = waiting.popleft()
        yield article, result if isinstance(result, Rejection) else result.to_dict()
    while passed:
        yield None, passed.pop(0)


def process_partition(part: Partition, out: str, run: int, index: int, *, events: bool = True,
                      batch_size: int = 16) -> dict[str, Any]:
    """Analyse one partition and write it; a partition already complete is only reported."""
    root = Path(out)
    marker = marker_path(root, part.key)
    if marker.exists():
        return {**json.loads(marker.read_text(encoding="utf-8")), "skipped": True}
    started = time.monotonic()
    rows = PartitionRows(part.key, run, index)
    statements = events_found = 0
    for article, result in _analysed(read_partition(part), events, batch_size):
        if isinstance(result, Rejection):
            source = article.source if article is not None else result.input
            rows.reject(Rejection(source, result.reason, result.code))
        else:
            rows.add(article, result)
            statements += len(result.get("statements") or [])
            events_found += len(result.get("events") or [])
    files = rows.write(root)
    summary = {
        "key": part.key, "run": run, "index": index, "articles": rows.count,
        "rejected": len(rows.rejections), "statements": statements, "events": events_found,
        "rejections": [[r["input"], r["reason"], r["code"]] for r in rows.rejections[:_KEEP_REJECTIONS]],
        "files": files, "seconds": round(time.monotonic() - started, 3), "pid": os.getpid(),
        "rss_mb": rss_mb(),
    }
    write_marker(root, part.key, summary)
    return {**summary, "skipped": False}
