"""Fit the statements' confidence model (:mod:`quotegraph.nlp.confidence`) on PolNeAR.

The examples are the statements that the cross-fitted fold taggers of
:mod:`quotegraph.train.boundaries` make on the half of the train articles each has not
seen (so their mistakes are those of a tagger on new text), with the installed
content-boundary chooser; a statement is right when its content equals a gold content
of its article (as ``evaluate polnear`` compares them). A logistic regression with a
little L2 is fitted by Newton's method. It is then checked on the held-out train
articles with the installed tagger: log-loss and the mean confidence against the share
right, by band, for the model and for the rule it replaces.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.tokens import Doc

from ..corpora import GoldArticle
from ..evaluate.attributions import normalise
from ..nlp.boundaries import BOUNDARY_FILE, BoundaryModel
from ..nlp.confidence import ConfidenceModel, rule_confidence, statement_features
from ..nlp.roles import RoleTagger
from ..nlp.statements import build_statements
from .bias import tagged_links
from .boundaries import BoundarySettings, _cross_fitted, fold_setup, gold_contents

__all__ = ["confidence_examples", "fit_logistic", "train_confidence"]

_L2 = 1.0
_BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def confidence_examples(tagger: RoleTagger, docs: list[Doc], golds: dict[str, GoldArticle],
                        boundaries: BoundaryModel | None) -> tuple[list[list[float]], list[int], list[float]]:
    """Features, labels (content exactly right) and rule confidences of the statements
    that ``tagger`` makes on ``docs``."""
    xs: list[list[float]] = []
    ys: list[int] = []
    rules: list[float] = []
    for doc, links, scores in tagged_links(tagger, docs, boundaries):
        article = golds[doc.user_data["name"]]
        gold = Counter(text for _, _, text in gold_contents(article))
        statements, _, _ = build_statements(doc, links)
        for link, st in zip(links, statements):
            text = normalise(" ".join(c.text for c in st.content))
            right = gold[text] > 0
            if right:
                gold[text] -= 1
            xs.append(statement_features(link, st.kind, scores))
            ys.append(int(right))
            rules.append(rule_confidence(link))
    return xs, ys, rules


def fit_logistic(xs: list[list[float]], ys: list[int], l2: float = _L2, iters: int = 50) -> list[float]:
    """Logistic regression weights (the first feature is the constant) by Newton's method."""
    x = numpy.asarray(xs, dtype="float64")
    y = numpy.asarray(ys, dtype="float64")
    w = numpy.zeros(x.shape[1])
    penalty = numpy.full(x.shape[1], l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + numpy.exp(-numpy.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + numpy.diag(penalty + 1e-9)
        step = numpy.linalg.solve(hess, grad)
        w -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return [round(float(v), 6) for v in w]


def _log_loss(ps: Iterable[float], ys: Iterable[int]) -> float:
    pairs = [(min(max(p, 1e-6), 1 - 1e-6), y) for p, y in zip(ps, ys)]
    return round(-sum(y * numpy.log(p) + (1 - y) * numpy.log(1 - p) for p, y in pairs) / max(len(pairs), 1), 4)


def calibration(ps: list[float], ys: list[int]) -> list[dict[str, Any]]:
    """Per confidence band: statements, mean confidence and the share right."""
    out = []
    for lo, hi in zip(_BANDS, _BANDS[1:]):
        idx = [i for i, p in enumerate(ps) if lo <= p < hi]
        if idx:
            out.append({"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "statements": len(idx),
                        "mean_confidence": round(sum(ps[i] for i in idx) / len(idx), 3),
                        "right": round(sum(ys[i] for i in idx) / len(idx), 3)})
    return out


def train_confidence(base, train_dir: Path, tagger_weights: Path, out: Path, work_dir: Path,
                     settings: BoundarySettings = BoundarySettings(),
                     log: Callable[[str], None] = print) -> dict[str, Any]:
    """Fit the confidence model for the tagger (and chooser) at ``tagger_weights``; write it to ``out``."""
    t0 = time.time()
    held, train, golds, tagger = fold_setup(base, train_dir, tagger_weights, work_dir, settings, log)
    boundaries = BoundaryModel.load(tagger_weights / BOUNDARY_FILE)
    xs: list[list[float]] = []
    ys: list[int] = []
    for fold_tagger, docs in _cross_fitted(base, train, held, tagger, settings, work_dir, log):
        x, y, _ = confidence_examples(fold_tagger, [d for d in docs if d.user_data["name"] in golds], golds, boundaries)
        xs += x
        ys += y
        log(f"confidence: {len(xs)} statements, {sum(ys)} right ({time.time() - t0:.0f}s)")
    model = ConfidenceModel(fit_logistic(xs, ys))
    hx, hy, hrule = confidence_examples(tagger, [d for d in held if d.user_data["name"] in golds], golds, boundaries)
    hp = [model(f) for f in hx]
    report = {"statements": len(xs), "right": sum(ys),
              "held_out": {"statements": len(hx), "log_loss": _log_loss(hp, hy), "rule_log_loss": _log_loss(hrule, hy),
                           "bands": calibration(hp, hy), "rule_bands": calibration(hrule, hy)},
              "minutes": round((time.time() - t0) / 60, 1)}
    model.save(out, report)
    return report
