"""The evaluation gate: dev-split scores may not drop below tests/golden/floors.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, need_shared

FLOORS = Path(__file__).parent / "golden" / "floors.json"
pytestmark = pytest.mark.slow


def _floors(section: str) -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))[section]


def test_polnear_dev_floors(nlp):
    from quotegraph.evaluate import check_floors, evaluate_polnear

    scores = evaluate_polnear(need_shared(DATA / "polnear" / "dev"))
    assert scores["rejected"] == 0
    assert check_floors(scores, _floors("polnear")) == []


def test_speakers_dev_floors(nlp):
    from quotegraph.evaluate import check_floors, evaluate_speakers

    scores = evaluate_speakers(need_shared(DATA / "polnear" / "dev"),
                               need_shared(DATA / "polnear-speakers-dev"))
    assert check_floors(scores, _floors("speakers")) == []
