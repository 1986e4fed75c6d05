"""The role tagger's start-move bias: applied from bias.json, chosen on held-out articles."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotegraph.corpora import read_polnear
from quotegraph.nlp.roles import BIAS_FILE, RoleTagger, default_weights, read_bias

from test_evaluate import BRAT

TEXT = ("Mayor Jane Whitford said on Tuesday that the bridge would reopen in April. "
        "Critics doubt it. The council, which meets on Friday, wants a second opinion, "
        "a spokesman suggested, adding that engineers were still testing the cables.")


@pytest.fixture(scope="module")
def base(nlp):
    return nlp


@pytest.fixture()
def weights(tmp_path: Path) -> Path:
    out = tmp_path / "roles"
    shutil.copytree(default_weights(), out, ignore=shutil.ignore_patterns(BIAS_FILE))
    return out


def _count(tagger: RoleTagger, base, label: str) -> int:
    doc = base(TEXT)
    return sum(1 for s in tagger(doc) if s.label_ == label)


def test_bias_raises_span_starts_and_is_undone(base, weights):
    tagger = RoleTagger(base.vocab, weights)
    assert tagger.bias == {}
    plain = _count(tagger, base, "CUE")
    tagger.set_bias({"CUE": 8.0})
    assert _count(tagger, base, "CUE") > plain
    tagger.set_bias({})
    assert _count(tagger, base, "CUE") == plain


def test_bias_file_is_read_when_the_weights_load(base, weights):
    (weights / BIAS_FILE).write_text(json.dumps({"bias": {"SOURCE": 0.5, "NOT_A_LABEL": 3}}))
    assert read_bias(weights) == {"SOURCE": 0.5}
    assert RoleTagger(base.vocab, weights).bias == {"SOURCE": 0.5}


def test_choose_bias_scores_each_setting_and_writes_the_choice(base, weights):
    from quotegraph.train.bias import choose_bias

    golds = read_polnear(BRAT)
    docs = [base(g.text) for g in golds]
    tagger = RoleTagger(base.vocab, weights)
    report = choose_bias(tagger, docs, golds, grid={"CUE": (0.0, 50.0)}, log=lambda m: None)
    assert [t["bias"] for t in report["tried"]] == [{}, {"CUE": 50.0}]
    # a huge bias tags nearly every token as a cue start: it cannot win
    assert report["bias"] == {}
    assert json.loads((weights / BIAS_FILE).read_text())["bias"] == {}
    assert tagger.bias == {}
