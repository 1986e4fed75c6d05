"""``quotegraph analyze PATH...``: analyse articles and print their statements."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator, List

import typer
from rich.console import Console
from rich.table import Table

from ..errors import QuotegraphError
from ..inputs import decode_input
from ..records import ArticleResult, Rejection
from . import app
from ._common import fail, report_rejection, warn

__all__ = ["analyze_command", "iter_inputs"]


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, str | Rejection]]:
    """(id, text or Rejection) for each article named by ``paths`` (files, folders, ``-``)."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", decode_input("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield raw, Rejection(raw, "folder has no .txt files", "E007")
            for f in files:
                yield from _read(f, f.name)
        else:
            yield from _read(path, path.name)


def _read(path: Path, name: str) -> Iterator[tuple[str, str | Rejection]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield name, Rejection(str(path), f"cannot read: {exc.strerror or exc}", "E007")
        return
    yield name, decode_input(str(path), data)


def _analysed(paths: list[str], rejected: list[Rejection], events: bool = False) -> Iterator[ArticleResult]:
    from ..api import analyze_many

    pending: list[tuple[str, str]] = []
    for name, got in iter_inputs(paths):
        if isinstance(got, Rejection):
            rejected.append(got)
            report_rejection(got)
        else:
            pending.append((name, got))
    for result in analyze_many(pending, events=events):
        if isinstance(result, Rejection):
            rejected.append(result)
            report_rejection(result)
        else:
            for w in result.warnings:
                warn(f"{result.id}: {w}")
            yield result


def _table(result: ArticleResult, console: Console) -> None:
    table = Table(title=f"{result.id}: {len(result.statements)} statements", show_lines=False)
    table.add_column("speaker", overflow="fold", max_width=28)
    table.add_column("role", overflow="fold", max_width=30)
    table.add_column("cue", max_width=14)
    table.add_column("kind", max_width=8)
    table.add_column("content", overflow="fold")
    for st in result.statements:
        sp = st.speaker
        name = (sp.name if sp and sp.name else None) or (f"({st.source.text})" if st.source else "-")
        content = " … ".join(c.text for c in st.content)
        if len(content) > 90:
            content = content[:87] + "..."
        table.add_row(name, (sp.role or "") if sp else "", st.cue.text if st.cue else "",
                      st.kind, content)
    console.print(table)


@app.command("analyze")
def analyze_command(
    paths: List[str] = typer.Argument(..., help="Text files, folders of .txt files, or - for stdin."),
    format: str = typer.Option("table", "--format", "-f", help="table | json | jsonl"),
    events: bool = typer.Option(False, "--events/--no-events", help="Also code PLOVER events."),
) -> None:
    """Find every attribution in each article: source, cue, content and speaker."""
    if format not in ("table", "json", "jsonl"):
        fail(f"unknown format {format!r} (table, json or jsonl)")
    rejected: list[Rejection] = []
    console = Console(soft_wrap=False)
    try:
        results = _analysed(paths, rejected, events)
        if format == "json":
            out = [r.to_dict() for r in results]
            print(json.dumps(out[0] if len(out) == 1 and len(paths) == 1 and not Path(paths[0]).is_dir()
                             else out, ensure_ascii=False, indent=2))
        else:
            for r in results:
                if format == "jsonl":
                    print(json.dumps(r.to_dict(), ensure_ascii=False), flush=True)
                else:
                    _table(r, console)
    except QuotegraphError as exc:
        fail(str(exc))
    if rejected:
        raise typer.Exit(2)
