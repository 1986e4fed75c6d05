"""The ``quotegraph`` command line. Each command is a thin wrapper over a library function.

Command groups live in their own modules and register themselves on :data:`app`:
``analyze_cmd`` (analyze), ``evaluate_cmd`` (evaluate ...), ``train_cmd`` (train),
``corpus_cmd`` (ingest, statements, speakers, export), ``events_cmd`` (events).
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="quotegraph",
    help="Who said what, about whom: attribution records from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_COMMAND_MODULES = ("analyze_cmd", "evaluate_cmd", "train_cmd", "corpus_cmd", "events_cmd", "web_cmd")
_COMMAND_MODULES += ("scale_cmd",)  # run, load: Dask and Parquet datasets

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # a command group not written yet
        if exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    app()
