"""Choose the role tagger's start-move bias on held-out training articles.

A greedy span tagger trades recall for precision through the scores of its
"start a span" moves. After training, a small grid of biases per label is tried
on the articles held out of training (never the dev split), each scored end to
end (tagger, layouts, linking, statements) with the PolNeAR scorer; the bias
with the best mean of source, cue, content and triple-exact F1, if it beats no
bias by at least ``MIN_GAIN``, is written next to the weights as ``bias.json`` and applied whenever the weights are loaded.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..corpora import GoldArticle
from ..evaluate.attributions import score_polnear
from ..nlp.extensions import register_extensions
from ..nlp.boundaries import BoundaryModel
from ..nlp.extract import extract_links
from ..nlp.roles import BIAS_FILE, RoleTagger
from ..nlp.statements import build_statements
from ..records import ArticleResult

__all__ = ["BIAS_GRID", "MIN_GAIN", "choose_bias", "objective", "predict", "tagged_links"]

BIAS_GRID: dict[str, tuple[float, ...]] = {
    "SOURCE": (0.0, 0.5, 1.0),
    "CUE": (0.0, 0.5, 1.0),
    "CONTENT": (0.0, 0.5),
}


MIN_GAIN = 0.005


def objective(scores: dict[str, Any]) -> float:
    """Mean of role-exact source, cue and content F1 and triple-exact F1."""
    roles = scores["role_exact"]
    parts = [roles["source"]["f1"], roles["cue"]["f1"], roles["content"]["f1"],
             scores["triple_exact"]["f1"]]
    return sum(parts) / len(parts)


def tagged_links(tagger: RoleTagger, docs: list[Doc], boundaries: BoundaryModel | None = None):
    """Tag ``docs`` in batches; yield each doc with the attributions linking forms and
    the tagger's move scores."""
    for start in range(0, len(docs), 16):
        batch = docs[start : start + 16]
        for doc, (spans, scores) in zip(batch, tagger.pipe_tagged(batch)):
            yield doc, extract_links(doc, spans, boundaries, scores)[1], scores


def predict(tagger: RoleTagger, docs: list[Doc], names: list[str],
            boundaries: BoundaryModel | None = None) -> dict[str, dict[str, Any]]:
    """End-to-end predictions for ``docs`` (named ``names``), as the scorer reads them."""
    preds = {}
    for name, (doc, links, _) in zip(names, tagged_links(tagger, docs, boundaries)):
        statements, speakers, _ = build_statements(doc, links)
        preds[name] = ArticleResult(name, statements, speakers).to_dict()
    return preds


def _grid(grid: dict[str, Iterable[float]]) -> list[dict[str, float]]:
    labels = sorted(grid)
    return [dict(zip(labels, values)) for values in itertools.product(*(grid[l] for l in labels))]


def choose_bias(
    tagger: RoleTagger,
    docs: list[Doc],
    golds: list[GoldArticle],
    grid: dict[str, Iterable[float]] | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Try every bias of ``grid`` on ``docs`` (parsed texts of ``golds``, same
    order); set the best on ``tagger``, write it to its folder, return a report."""
    register_extensions()
    names = [g.name for g in golds]
    tried = []
    for bias in _grid(grid or BIAS_GRID):
        tagger.set_bias(bias)
        scores = score_polnear(golds, predict(tagger, docs, names))
        tried.append({"bias": tagger.bias, "objective": round(objective(scores), 4)})
        log(json.dumps(tried[-1]))
    # best objective; among equals the smallest total bias; no bias unless it
    # gains at least MIN_GAIN (a few dozen held-out articles are a noisy judge)
    best = max(tried, key=lambda t: (t["objective"], -sum(t["bias"].values())))
    plain = next(t for t in tried if not t["bias"])
    if best["objective"] < plain["objective"] + MIN_GAIN:
        best = plain
    tagger.set_bias(best["bias"])
    report = {"bias": best["bias"], "objective": best["objective"],
              "held_out_articles": len(golds), "tried": tried}
    (Path(tagger.path) / BIAS_FILE).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report
