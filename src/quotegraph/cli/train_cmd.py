"""``quotegraph train``: reproduce the role tagger and its content-boundary chooser
from PolNeAR's train split."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import typer

from ..errors import QuotegraphError
from . import app
from ._common import fail

__all__ = ["train_command"]

ENSEMBLE_SIZE = 1  # taggers trained by default (docs/HISTORY.md, session 10: two find more sources, but lose contents and speed)


@app.command("train")
def train_command(
    train_dir: Path = typer.Argument(
        Path("../shared/data/polnear/train"), help="PolNeAR train split (text/, attributions/)."
    ),
    out: Path = typer.Option(None, "--out", help="Where to write the weights (default: the package's models/roles)."),
    work: Path = typer.Option(Path("work"), "--work", help="Cache folder for the parsed training texts."),
    epochs: int = typer.Option(10, "--epochs", min=1),
    seed: int = typer.Option(13, "--seed"),
    config: Path = typer.Option(None, "--config", help="A spaCy config for the tagger (default: the package's train/roles.cfg)."),
    tune_only: bool = typer.Option(False, "--tune-only", help="Keep the weights at --out; only choose their start-move bias on the held-out articles."),
    boundaries: bool = typer.Option(False, "--boundaries", help="Keep the tagger at --out; only train its content-boundary chooser."),
    members: int = typer.Option(ENSEMBLE_SIZE, "--members", min=1, help="How many taggers to train; they read together (an ensemble)."),
    confidence: bool = typer.Option(False, "--confidence", help="Keep the tagger and chooser at --out; only fit the statements' confidence model."),
) -> None:
    """Train the role tagger (SOURCE / CUE / CONTENT spans) and its content-boundary
    chooser, and install both."""
    import spacy

    from ..api import BASE_MODEL
    from ..nlp.roles import MEMBER_PREFIX, default_weights
    from ..train.roles import TrainSettings, train_roles

    if not (train_dir / "text").is_dir() or not (train_dir / "attributions").is_dir():
        fail(f"{train_dir}: not a PolNeAR split folder (needs text/ and attributions/) [E020]")
    if config is not None and not config.is_file():
        fail(f"{config}: no such config file [E021]")
    settings = TrainSettings(epochs=epochs, seed=seed, **({"config": config} if config else {}))
    target = out or default_weights()
    if tune_only:
        _tune(target, train_dir, work, settings)
        return
    if boundaries:
        _boundaries(target, train_dir, work, seed)
        return
    if confidence:
        _confidence(target, train_dir, work, seed)
        return
    tmp = target.with_name(target.name + ".training")
    log = lambda m: typer.echo(m, err=True)  # noqa: E731
    try:
        base = spacy.load(BASE_MODEL)
        report = train_roles(base, train_dir, tmp, work, settings, log=log)
        for k in range(1, members):  # the first tagger's bias applies to them all
            train_roles(base, train_dir, tmp / f"{MEMBER_PREFIX}{k}", work, replace(settings, member=k),
                        log=log, tune=False)
        report["members"] = members
        (tmp / "training.json").write_text(json.dumps(report, indent=1))
    except QuotegraphError as exc:
        fail(str(exc))
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)
    typer.echo(json.dumps({k: v for k, v in report.items() if k != "history"}))
    _boundaries(target, train_dir, work, seed)
    _confidence(target, train_dir, work, seed)


def _boundaries(target: Path, train_dir: Path, work: Path, seed: int) -> None:
    from ..nlp.boundaries import BOUNDARY_FILE
    from ..train.boundaries import train_boundaries

    _after_tagger("boundaries", "train a boundary chooser for", train_boundaries, target / BOUNDARY_FILE,
                  target, train_dir, work, seed)


def _confidence(target: Path, train_dir: Path, work: Path, seed: int) -> None:
    from ..nlp.confidence import CONFIDENCE_FILE
    from ..train.confidence import train_confidence

    _after_tagger("confidence", "fit a confidence model for", train_confidence, target / CONFIDENCE_FILE,
                  target, train_dir, work, seed)


def _after_tagger(key: str, purpose: str, train, out: Path, target: Path, train_dir: Path, work: Path,
                  seed: int) -> None:
    """Run a step that learns from the tagger at ``target`` (the chooser, the confidence
    model) and writes its model to ``out``; print its report under ``key``."""
    import spacy

    from ..api import BASE_MODEL
    from ..train.boundaries import BoundarySettings

    if not (target / "config.cfg").exists():
        fail(f"{target}: no role tagger there to {purpose} [E022]")
    try:
        base = spacy.load(BASE_MODEL)
        report = train(base, train_dir, target, out, work, BoundarySettings(seed=seed),
                       log=lambda m: typer.echo(m, err=True))
    except QuotegraphError as exc:
        fail(str(exc))
    typer.echo(json.dumps({key: report}))


def _tune(target: Path, train_dir: Path, work: Path, settings) -> None:
    import spacy

    from ..api import BASE_MODEL
    from ..train.roles import tune_bias

    try:
        base = spacy.load(BASE_MODEL)
        report = tune_bias(base, train_dir, target, work, settings, log=lambda m: typer.echo(m, err=True))
    except QuotegraphError as exc:
        fail(str(exc))
    typer.echo(json.dumps({k: v for k, v in report.items() if k != "tried"}))
