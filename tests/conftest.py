"""Shared fixtures: the pipeline is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "seed" / "mehr-gharibabadi.txt"
SEED_GOLD = SHARED / "seed" / "mehr-gharibabadi.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from quotegraph.api import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyze(nlp):
    """analyze(text) -> ArticleResult, through the session's pipeline."""
    from quotegraph import analyze as _analyze

    return _analyze


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is missing: the shared data lives outside this repository")
    return path
