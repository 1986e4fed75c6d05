"""A statement's ``confidence``: the estimated probability that its content is exactly
right, from how sure the role tagger was and what kind of statement it is.

A logistic model over a few features (:func:`statement_features`): whether the
statement has a source of its own or a shared one, whether its content is in several
pieces, direct or mixed, and the tagger's log-probabilities that the content starts,
ends and covers its words, that the cue starts where it does and that the source does.
It is fitted on the train split, on statements made by taggers that had not seen the
articles (``quotegraph train --confidence``; :mod:`quotegraph.train.confidence`), and
kept in ``confidence.json`` next to the tagger. Without the model, or without the
tagger's scores, the confidence is a plain rule (:func:`rule_confidence`).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from ..errors import ModelError
from .attribution import Link
from .roles import MoveScores

__all__ = ["CONFIDENCE_FILE", "FEATURES", "ConfidenceModel", "rule_confidence", "statement_features"]

CONFIDENCE_FILE = "confidence.json"
FEATURES = ("bias", "source", "shared_source", "pieces", "direct", "mixed",
            "content_in", "content_start", "content_end", "cue_start", "source_start")
_FLOOR = -10.0  # log-probabilities are clipped here


def rule_confidence(link: Link) -> float:
    """The rule used without a fitted model: 0.55, more with a source and a one-piece content."""
    score = 0.55
    if link.source is not None:
        score += 0.25
    elif link.inherited_from is not None:
        score += 0.15
    if len(link.content) == 1:
        score += 0.1
    return min(score, 0.95)


def _clip(x: float) -> float:
    return max(float(x), _FLOOR)


def _at(values: list[float], i: int) -> float:
    return _clip(values[i]) if 0 <= i < len(values) else _FLOOR


def statement_features(link: Link, kind: str, scores: MoveScores) -> list[float]:
    """The model's features of one statement (in the order of :data:`FEATURES`)."""
    covers = scores.logsum("B-CONTENT", "I-CONTENT", "L-CONTENT", "U-CONTENT")
    starts = scores.logsum("B-CONTENT", "U-CONTENT")
    ends = scores.logsum("L-CONTENT", "U-CONTENT")
    pieces: list[Span] = list(link.content)
    inside = [_at(covers, i) for p in pieces for i in range(p.start, p.end)]
    cue_start = scores.logsum("B-CUE", "U-CUE")
    src_start = scores.logsum("B-SOURCE", "U-SOURCE")
    return [
        1.0,
        float(link.source is not None),
        float(link.source is None and link.inherited_from is not None),
        float(len(pieces) > 1),
        float(kind == "direct"),
        float(kind == "mixed"),
        sum(inside) / len(inside) if inside else _FLOOR,
        min((_at(starts, p.start) for p in pieces), default=_FLOOR),
        min((_at(ends, p.end - 1) for p in pieces), default=_FLOOR),
        _at(cue_start, link.cue.start),
        _at(src_start, link.source.start) if link.source is not None else 0.0,
    ]


@dataclass
class ConfidenceModel:
    """Logistic weights over :data:`FEATURES`."""

    weights: list[float]

    def __call__(self, features: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def save(self, path: Path, report: dict | None = None) -> None:
        data = {"features": list(FEATURES), "weights": self.weights, **(report or {})}
        Path(path).write_text(json.dumps(data, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "ConfidenceModel | None":
        """The model at ``path``; None when there is none. Raises :class:`ModelError`
        (E016) when the file is unreadable or made for other features."""
        path = Path(path)
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            weights = [float(w) for w in data["weights"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError("E016", path=path, why=str(exc)) from exc
        if data.get("features") != list(FEATURES) or len(weights) != len(FEATURES):
            raise ModelError("E016", path=path, why="made for other features")
        return cls(weights)
