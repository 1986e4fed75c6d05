"""ingest -> analyze -> store: the corpus pipeline behind ``quotegraph ingest``.

The calling process reads the sources and is the only writer of the database.
Articles already stored (same key and content, or same content under another key)
are skipped before analysis. Analysis runs in this process (``workers=1``) or in
``workers`` spawned processes that each load the pipeline once and send plain dicts
back; at most ``2 * workers`` chunks are in flight, so memory stays flat however
large the corpus. Results are committed every ``commit_every`` articles, one
transaction each: a process killed at any point loses only uncommitted work, which
the same command redoes.

With ``events`` (the default) every article is also coded for political events
(PLOVER / CAMEO, :mod:`quotegraph.events`), stored with its statements in the same
transaction; ``events=False`` skips that (``quotegraph events --code`` codes later).
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from .ingest import Article, Fetcher, count_articles, read_sources
from .records import ArticleResult, Rejection
from .store import DEFAULT_DB, Store
from .store.writer import DUPLICATE, NEW, UNCHANGED, UPDATED

__all__ = ["ingest", "IngestReport", "Analyzer"]

#: ``analyzer(items, batch_size=16)`` analyses ``(id, text)`` pairs lazily, in order,
#: like :func:`quotegraph.analyze_many`.
Analyzer = Callable[..., Iterator[ArticleResult | Rejection]]
Outcome = tuple[Article, dict[str, Any] | Rejection]

_KEEP_REJECTIONS = 1000


@dataclass
class IngestReport:
    """Counts of one ingest run, updated as it goes (what the progress bar shows)."""

    total: int | None = None  # articles the sources hold, when cheap to know
    new: int = 0
    updated: int = 0
    skipped: int = 0  # already stored (unchanged, or the same content under another key)
    rejected: int = 0
    statements: int = 0
    events: int = 0  # political events stored (0 when ingesting without events)
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)  # the first 1000

    @property
    def done(self) -> int:
        """Inputs finished: stored, skipped or rejected."""
        return self.new + self.updated + self.skipped + self.rejected

    @property
    def rate(self) -> float:
        """Inputs finished per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        """One line: what happened, for people and logs."""
        return (
            f"{self.done} articles in {self.elapsed:.1f}s ({self.rate:.1f}/s): {self.new} new, "
            f"{self.updated} updated, {self.skipped} already stored, {self.rejected} rejected; "
            f"{self.statements} statements" + (f", {self.events} events" if self.events else "")
        )


class _Run:
    """The state of one ingest: the store, the report, and the batch waiting to be committed."""

    def __init__(self, store: Store, report: IngestReport, commit_every: int,
                 progress: Callable[[IngestReport], None] | None) -> None:
        self.store, self.report = store, report
        self.commit_every = commit_every
        self.progress = progress
        self.results: list[tuple[Article, dict[str, Any]]] = []
        self.rejections: list[Rejection] = []

    def tick(self) -> None:
        self.report.elapsed = time.monotonic() - self.report.started
        if self.progress is not None:
            self.progress(self.report)

    def reject(self, rejection: Rejection) -> None:
        self.rejections.append(rejection)
        self.report.rejected += 1
        if len(self.report.rejections) < _KEEP_REJECTIONS:
            self.report.rejections.append(rejection)
        self._maybe_flush()

    def done(self, article: Article, result: dict[str, Any] | Rejection) -> None:
        if isinstance(result, Rejection):
            self.reject(Rejection(article.source, result.reason, result.code))
            return
        self.results.append((article, result))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if len(self.results) + len(self.rejections) >= self.commit_every:
            self.flush()
        else:
            self.tick()

    def flush(self) -> None:
        """Commit the waiting results and rejections in one transaction."""
        if self.results or self.rejections:
            outcomes = self.store.write(self.results, self.rejections)
            for (_, result), outcome in zip(self.results, outcomes):
                if outcome == NEW:
                    self.report.new += 1
                elif outcome == UPDATED:
                    self.report.updated += 1
                else:  # stored meanwhile, earlier in this run
                    self.report.skipped += 1
                if outcome in (NEW, UPDATED):
                    self.report.statements += len(result.get("statements") or [])
                    self.report.events += len(result.get("events") or [])
            self.results, self.rejections = [], []
        self.tick()

    def to_analyse(self, items: Iterable[Article | Rejection]) -> Iterator[Article]:
        """The articles that need analysis; rejections and already stored articles are counted."""
        for item in items:
            if isinstance(item, Rejection):
                self.reject(item)
            elif self.store.status(item) in (UNCHANGED, DUPLICATE):
                self.report.skipped += 1
                self.tick()
            else:
                yield item


def _as_plain(result: ArticleResult | Rejection) -> dict[str, Any] | Rejection:
    return result if isinstance(result, Rejection) else result.to_dict()


def _default_analyzer(events: bool = True) -> Analyzer:
    from .api import analyze_many

    return functools.partial(analyze_many, events=events)


def _analyse_here(articles: Iterator[Article], analyzer: Analyzer, batch_size: int) -> Iterator[Outcome]:
    """Analyse in this process, lazily: ``analyzer`` yields in order, so a queue pairs results."""
    waiting: deque[Article] = deque()

    def pairs() -> Iterator[tuple[str, str]]:
        for article in articles:
            waiting.append(article)
            yield article.id, article.text

    for result in analyzer(pairs(), batch_size=batch_size):
        yield waiting.popleft(), _as_plain(result)


# -- worker processes -------------------------------------------------------------------

_worker_analyzer: Analyzer | None = None
_worker_events = True


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone (killed with -9, say).

    The pool's queues are shared by all workers, so a dead parent does not close them.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_init(analyzer: Analyzer | None, parent: int, events: bool = True) -> None:
    """Runs once in each worker: watch the parent, load the pipeline before the first chunk."""
    global _worker_analyzer, _worker_events
    _exit_with_parent(parent)
    _worker_analyzer, _worker_events = analyzer, events
    if analyzer is None:
        from .api import load_pipeline

        load_pipeline(events=events)


def _worker_chunk(pairs: list[tuple[str, str]], batch_size: int) -> list[dict[str, Any] | Rejection]:
    analyzer = _worker_analyzer or _default_analyzer(_worker_events)
    return [_as_plain(r) for r in analyzer(pairs, batch_size=batch_size)]


def _analyse_in_workers(
    articles: Iterator[Article], analyzer: Analyzer | None, workers: int, batch_size: int,
    events: bool = True,
) -> Iterator[Outcome]:
    """Analyse chunks in ``workers`` processes, at most ``2 * workers`` chunks in flight."""
    context = multiprocessing.get_context("spawn")
    running: dict[Future[list[Any]], list[Article]] = {}
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                             initargs=(analyzer, os.getpid(), events)) as pool:
        try:
            while True:
                while len(running) < 2 * workers:
                    chunk = list(islice(articles, batch_size))
                    if not chunk:
                        break
                    future = pool.submit(_worker_chunk, [(a.id, a.text) for a in chunk], batch_size)
                    running[future] = chunk
                if not running:
                    return
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield from zip(running.pop(future), future.result())
        finally:
            for future in running:
                future.cancel()


def ingest(
    sources: Sequence[str],
    db: str | Path = DEFAULT_DB,
    *,
    workers: int = 1,
    batch_size: int = 16,
    commit_every: int = 16,
    progress: Callable[[IngestReport], None] | None = None,
    fetcher: Fetcher | None = None,
    analyzer: Analyzer | None = None,
    events: bool = True,
) -> IngestReport:
    """Read, analyse and store every article of ``sources``; returns the counts.

    ``analyzer`` replaces :func:`quotegraph.analyze_many` (it must be a module-level
    function when ``workers > 1``; it decides itself whether results carry events).
    ``events`` codes and stores each article's political events (the default analyzer
    only). ``progress`` is called with the report as it changes.
    A newer database raises :class:`~quotegraph.errors.StoreError`; bad inputs are
    recorded as rejections, never raised.
    """
    with Store(db) as store:
        report = IngestReport(total=count_articles(sources))
        run = _Run(store, report, max(1, commit_every), progress)
        run.tick()
        articles = run.to_analyse(read_sources(sources, fetcher=fetcher))
        if workers > 1:
            outcomes = _analyse_in_workers(articles, analyzer, workers, batch_size, events)
        else:
            outcomes = _analyse_here(articles, analyzer or _default_analyzer(events), batch_size)
        for article, result in outcomes:
            run.done(article, result)
        run.flush()
    return report
