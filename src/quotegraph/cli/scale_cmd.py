"""``quotegraph run`` (sources -> Parquet dataset on Dask) and ``quotegraph load`` (dataset -> SQLite).

Thin wrappers over :mod:`quotegraph.scale`. Exit codes: 0 done; 2 something was
rejected, or bad usage, or the cluster or the dataset cannot be used; 130 interrupted.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import QuotegraphError
from . import app
from ._common import fail, finish_run

__all__ = ["run_command", "load_command"]



@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[Any], None] | None]:
    """A rich bar over partitions on stderr; the dashboard address is printed once known."""
    if quiet:
        yield None
        return
    columns = (
        TextColumn("run"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
        TextColumn("{task.fields[articles]} articles ({task.fields[rate]:.1f}/s)"),
        TextColumn("{task.fields[statements]} statements"),
        TextColumn("{task.fields[rejected]} rejected"), TimeElapsedColumn(),
    )
    console = Console(stderr=True)
    bar = Progress(*columns, console=console, transient=False)
    task = bar.add_task("run", total=None, articles=0, rate=0.0, statements=0, rejected=0)
    shown: list[str] = []

    def update(report: Any) -> None:
        if report.dashboard and not shown:
            shown.append(report.dashboard)
            console.print(f"quotegraph: Dask dashboard: {report.dashboard}", highlight=False)
        if report.partitions is None:
            return
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=report.done, total=report.partitions, articles=report.articles,
                   rate=report.rate, statements=report.statements, rejected=report.rejected)

    try:
        yield update
    finally:
        if bar.live.is_started:
            bar.stop()


@app.command("run")
def run_command(
    sources: List[str] = typer.Argument(..., help="Files, folders, globs, JSONL, WARC(.gz) files."),
    out: Path = typer.Option(..., "--out", "-o", help="The dataset folder (made if missing)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler address."),
    local_workers: Optional[int] = typer.Option(
        None, "--local-workers", min=0, help="Start a LocalCluster of N processes (0: in this process; "
        "default: one per CPU)."),
    partition_size: int = typer.Option(200, "--partition-size", min=1, help="Articles per partition."),
    events: bool = typer.Option(True, "--events/--no-events", help="Code political events too."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
) -> None:
    """Analyse articles on a Dask cluster into a Parquet dataset; complete partitions are skipped."""
    from ..scale import run_dataset

    if scheduler and local_workers is not None:
        fail("give --scheduler or --local-workers, not both")
    try:
        with _progress(quiet) as progress:
            report = run_dataset(sources, out, scheduler=scheduler, local_workers=local_workers,
                                 partition_size=partition_size, events=events, progress=progress)
    except QuotegraphError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; complete partitions are kept: run the same command again to go on", 130)
    finish_run(report, quiet, f"{out}/rejections")


@app.command("load")
def load_command(
    dataset: Path = typer.Argument(..., help="A dataset folder written by `quotegraph run`."),
    db: Path = typer.Option(Path("quotegraph.db"), "--db", help="The database file (made if missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
) -> None:
    """Bring a Parquet dataset into the SQLite store (for the web app); nothing is analysed again."""
    from ..scale import load_dataset

    try:
        report = load_dataset(dataset, db)
    except QuotegraphError as exc:
        fail(str(exc))
    if not quiet:
        typer.echo(f"quotegraph: loaded {dataset} into {db}: {report.summary()}", err=True)
