"""Small helpers shared by the CLI modules: one-line messages and exit codes."""
from __future__ import annotations

import sys

import typer

from ..records import Rejection

__all__ = ["fail", "warn", "report_rejection"]


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit (2 = bad input or usage)."""
    print(f"quotegraph: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def warn(message: str) -> None:
    print(f"quotegraph: warning: {message}", file=sys.stderr)


def report_rejection(rejection: Rejection) -> None:
    print(rejection.message(), file=sys.stderr)
