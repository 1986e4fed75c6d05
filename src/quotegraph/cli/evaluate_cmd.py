"""``quotegraph evaluate polnear|speakers``: thin wrappers over :mod:`quotegraph.evaluate`.

Exit codes: 0 scored; 1 a measure fell below its ``--floors`` value; 2 bad input
(a folder or floors file that cannot be used), reported on one line.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import QuotegraphError
from . import app

evaluate_app = typer.Typer(
    name="evaluate",
    help="Score quotegraph against gold annotations (PolNeAR, speaker resolution).",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="evaluate")


_WRAP_HELP = ("Hard-wrap every text at N columns first (spaces become line breaks, offsets kept), "
              "to measure how wrapped plain text is read.")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


def _fail(exc: QuotegraphError) -> typer.Exit:
    typer.echo(f"quotegraph: {exc}", err=True)
    return typer.Exit(2)


def _run(
    score: Callable[[], dict[str, Any]],
    render: Callable[[dict[str, Any]], str],
    fmt: OutputFormat,
    floors_path: Optional[Path],
    section: str,
) -> None:
    """Load floors, compute scores, print them, then apply the floors gate."""
    from ..evaluate.attributions import check_floors, describe_drops, load_floors

    try:
        floors = load_floors(floors_path, section) if floors_path else None
        scores = score()
    except QuotegraphError as exc:
        raise _fail(exc) from None
    typer.echo(json.dumps(scores, ensure_ascii=False) if fmt is OutputFormat.json else render(scores))
    if floors:
        dropped = check_floors(scores, floors)
        for line in describe_drops(scores, floors, dropped):
            typer.echo(f"quotegraph: {line}", err=True)
        if dropped:
            raise typer.Exit(1)


@evaluate_app.command("polnear")
def polnear_cmd(
    split_dir: Path = typer.Argument(..., help="A PolNeAR split folder (text/ and attributions/)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles."),
    held_out: bool = typer.Option(False, "--held-out", help="Only the train articles the role tagger's "
                                  "training held out (a second check beside dev; give the train folder)."),
    wrap: Optional[int] = typer.Option(None, "--wrap", min=20, help=_WRAP_HELP),
    floors: Optional[Path] = typer.Option(None, "--floors", help="JSON floors file; exit 1 below a floor."),
) -> None:
    """Role-exact, content-overlap and triple P/R/F1 against a PolNeAR split."""
    from ..evaluate.attributions import evaluate_polnear, format_polnear_table

    _run(lambda: evaluate_polnear(split_dir, limit=limit, held_out=held_out, wrap=wrap),
         format_polnear_table, fmt, floors, "polnear")


@evaluate_app.command("speakers")
def speakers_cmd(
    split_dir: Path = typer.Argument(..., help="The PolNeAR split folder the gold points into."),
    gold_dir: Path = typer.Argument(..., help="Speaker gold folder (JSONL parts)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
    wrap: Optional[int] = typer.Option(None, "--wrap", min=20, help=_WRAP_HELP),
    floors: Optional[Path] = typer.Option(None, "--floors", help="JSON floors file; exit 1 below a floor."),
) -> None:
    """Speaker-resolution rates (named referents right, nulls kept unnamed)."""
    from ..evaluate.speakers import evaluate_speakers, format_speakers_table

    _run(lambda: evaluate_speakers(split_dir, gold_dir, wrap=wrap), format_speakers_table, fmt, floors,
         "speakers")
