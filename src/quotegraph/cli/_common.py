"""Small helpers shared by the CLI modules: one-line messages and exit codes."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import QuotegraphError
from ..records import Rejection

__all__ = ["fail", "warn", "report_rejection", "open_db", "finish_run"]

SHOW_REJECTIONS = 20


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit (2 = bad input or usage)."""
    print(f"quotegraph: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def warn(message: str) -> None:
    print(f"quotegraph: warning: {message}", file=sys.stderr)


def report_rejection(rejection: Rejection) -> None:
    print(rejection.message(), file=sys.stderr)


def open_db(db: Path):
    """An existing quotegraph database, or one line on stderr and exit 2."""
    from ..store import connect

    try:
        return connect(db, create=False)
    except QuotegraphError as exc:
        fail(str(exc))


def finish_run(report, quiet: bool, where: str) -> None:
    """End an ingest or run: the first rejections and the summary on stderr (unless
    ``quiet``), exit 2 when anything was rejected. ``where`` says where the rest are."""
    if not quiet:
        for rejection in report.rejections[:SHOW_REJECTIONS]:
            typer.echo(rejection.message(), err=True)
        if report.rejected > SHOW_REJECTIONS:
            typer.echo(f"quotegraph: ... and {report.rejected - SHOW_REJECTIONS} more rejections "
                       f"(see {where})", err=True)
        typer.echo(f"quotegraph: {report.summary()}", err=True)
    if report.rejected:
        raise typer.Exit(2)
