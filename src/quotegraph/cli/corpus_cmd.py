"""``quotegraph ingest | statements | speakers | export``: the corpus commands.

Thin wrappers over :func:`quotegraph.service.ingest` and :mod:`quotegraph.store`.
Exit codes: 0 done; 2 something was rejected, or bad usage, or a database problem.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import QuotegraphError
from . import app
from ._common import fail, open_db, finish_run

__all__ = ["ingest_command", "statements_command", "speakers_command", "export_command"]

DB_OPTION = typer.Option(Path("quotegraph.db"), "--db", help="The database file.")
DATASET_OPTION = typer.Option(None, "--dataset", help="Read a Parquet dataset (`quotegraph run`) instead.")
FORMATS = ("table", "json", "jsonl", "csv")


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[Any], None] | None]:
    """A rich progress bar on stderr, fed by the service's report; nothing when quiet.

    The bar appears with the first report, so an error opening the database comes alone.
    """
    if quiet:
        yield None
        return
    columns = (
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[statements]} statements"),
        TextColumn("{task.fields[rejected]} rejected"), TimeElapsedColumn(),
    )
    bar = Progress(*columns, console=Console(stderr=True), transient=False)
    task = bar.add_task("ingest", total=None, rate=0.0, statements=0, rejected=0)

    def update(report: Any) -> None:
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=report.done, total=report.total, rate=report.rate,
                   statements=report.statements, rejected=report.rejected)

    try:
        yield update
    finally:
        if bar.live.is_started:
            bar.stop()


@app.command("ingest")
def ingest_command(
    sources: List[str] = typer.Argument(..., help="Files, folders, URLs, feeds, WARC or JSONL files."),
    db: Path = DB_OPTION,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analyse in N processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
    no_events: bool = typer.Option(False, "--no-events", help="Skip PLOVER event coding (faster; `events --code` can add them later)."),
) -> None:
    """Read, analyse and store articles; already stored ones are skipped."""
    from ..service import ingest

    try:
        with _progress(quiet) as progress:
            report = ingest(sources, db, workers=workers, progress=progress, events=not no_events)
    except QuotegraphError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; what was committed is kept: run the same command again to go on", 130)
    finish_run(report, quiet, "the rejections table")


def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[tuple[str, str, int]]) -> None:
    """Print rows as a table (``columns``: key, header, width), JSON, JSONL or CSV on stdout."""
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            for row in rows:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict))
                                 else v for k, v in row.items()})
    else:
        table = Table(show_lines=False)
        for _, header, width in columns:
            table.add_column(header, overflow="fold", max_width=width or None)
        for row in rows:
            table.add_row(*(_cell(row.get(key)) for key, _, _ in columns))
        Console(soft_wrap=False).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."


def _query(fmt: str, db: Path, run: Callable[[Any], list[dict[str, Any]]],
           dataset: Path | None = None) -> list[dict[str, Any]]:
    """``run(conn)`` on the database, or ``run(dataset)`` on a Parquet dataset."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    if dataset is not None:
        try:
            return run(dataset)
        except (QuotegraphError, ValueError) as exc:
            fail(str(exc))
    conn = open_db(db)
    try:
        return run(conn)
    except (QuotegraphError, ValueError) as exc:
        fail(str(exc))
    finally:
        conn.close()
    return []


@app.command("statements")
def statements_command(
    db: Path = DB_OPTION,
    speaker: Optional[str] = typer.Option(None, help="A speaker id, or part of a name or alias."),
    about: Optional[str] = typer.Option(None, help="A phrase in what was said."),
    search: Optional[str] = typer.Option(None, help="Full-text query: content, speaker, title."),
    outlet: Optional[str] = typer.Option(None, help="Part of the outlet name."),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    kind: Optional[str] = typer.Option(None, help="direct | indirect | mixed"),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", help="Only statements whose confidence (0-1) is at least this."),
    limit: int = typer.Option(50, min=0, help="At most this many (0: all)."),
    format: str = typer.Option("table", "--format", "-f", help="table | json | jsonl | csv"),
    dataset: Optional[Path] = DATASET_OPTION,
) -> None:
    """Stored statements with their speaker and article, filtered."""
    if dataset is not None:
        from ..scale.query import find_statements
    else:
        from ..store import find_statements

    rows = _query(format, db, lambda conn: find_statements(
        conn, speaker=speaker, about=about, search=search, outlet=outlet, since=since,
        until=until, kind=kind, min_confidence=min_confidence, limit=limit or None), dataset)
    if format == "table":  # short cells: the date, and the source words where no speaker is known
        rows = [{**r, "published": (r["published"] or "")[:10],
                 "speaker": r["speaker"] or (f"({r['source']})" if r["source"] else "")} for r in rows]
    columns = [("published", "published", 10), ("outlet", "outlet", 16), ("speaker", "speaker", 24),
               ("cue", "cue", 12), ("kind", "kind", 8), ("content", "content", 0)]
    _print_rows(rows, format, columns)


@app.command("speakers")
def speakers_command(
    db: Path = DB_OPTION,
    search: Optional[str] = typer.Option(None, help="Part of a name or alias."),
    limit: int = typer.Option(50, min=0, help="At most this many (0: all)."),
    format: str = typer.Option("table", "--format", "-f", help="table | json | jsonl | csv"),
    dataset: Optional[Path] = DATASET_OPTION,
) -> None:
    """Speakers ranked by statement count, with aliases, roles and outlets."""
    if dataset is not None:
        from ..scale.query import find_speakers
    else:
        from ..store import find_speakers

    rows = _query(format, db, lambda conn: find_speakers(conn, search=search, limit=limit or None), dataset)
    columns = [("speaker_id", "id", 6), ("name", "name", 28), ("statements", "statements", 10),
               ("articles", "articles", 8), ("aliases", "aliases", 30), ("roles", "roles", 36),
               ("outlets", "outlets", 30)]
    _print_rows(rows, format, columns)


@app.command("export")
def export_command(
    out: Path = typer.Argument(..., help="The file to write."),
    format: str = typer.Option(..., "--format", "-f", help="jsonl | csv | parquet | plover"),
    db: Path = DB_OPTION,
    dataset: Optional[Path] = DATASET_OPTION,
) -> None:
    """Every statement joined with its speaker and article, to a JSONL, CSV or Parquet file;
    or, with --format plover, every stored event as PLOVER JSON lines."""
    from ..store import FORMATS as EXPORT_FORMATS
    from ..store import connect, export

    if format not in (*EXPORT_FORMATS, "plover"):
        fail(f"unknown format {format!r} ({', '.join((*EXPORT_FORMATS, 'plover'))})")
    if dataset is not None:
        _export_dataset(dataset, format, out)
        return
    try:
        conn = connect(db, create=False)
        try:
            if format == "plover":
                from ..events.store import iter_events, write_plover

                count, what = write_plover(iter_events(conn), out), "events"
            else:
                count, what = export(conn, format, out), "statements"
        finally:
            conn.close()
    except (QuotegraphError, OSError) as exc:
        fail(str(exc))
    typer.echo(f"quotegraph: wrote {count} {what} to {out}", err=True)


def _export_dataset(dataset: Path, fmt: str, out: Path) -> None:
    """``export --dataset``: the same files from a Parquet dataset."""
    from ..scale.query import export_dataset

    try:
        count = export_dataset(dataset, fmt, out)
    except (QuotegraphError, OSError, ValueError) as exc:
        fail(str(exc))
    typer.echo(f"quotegraph: wrote {count} {'events' if fmt == 'plover' else 'statements'} to {out}", err=True)
