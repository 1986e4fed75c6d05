"""Sentence event-class model: PentaClass (0-4) plus "no event" (5), numpy inference.

Features: the sentence vector (static MiniLM, 256-d; or the full all-MiniLM-L6-v2, 384-d),
hashed word uni/bigrams (2^14,
sublinear tf, L2), and a few rule features from the cue lexicon (class of the most salient
candidate, candidates per class). A multinomial logistic regression trained by
``quotegraph train-events`` (scikit-learn, training only) is stored as one small ``.npz``
under ``events/models/``; inference here is a dot product and a softmax.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["SentenceClassifier", "featurise", "hash_ngrams", "rule_features", "MODEL_PATH", "MINILM_MODEL_PATH",
           "load_classifier", "N_CLASSES", "NONE"]

MODEL_PATH = Path(__file__).resolve().parent / "models" / "event_class.npz"  # static vectors
MINILM_MODEL_PATH = MODEL_PATH.with_name("event_class_minilm.npz")  # full MiniLM vectors
HASH_DIM = 1 << 14
N_CLASSES = 6
NONE = 5
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def hash_ngrams(text: str, dim: int = HASH_DIM) -> np.ndarray:
    """Hashed unigram+bigram counts, sublinear tf, L2-normalised (dense float32 vector)."""
    words = _WORD.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    vec = np.zeros(dim, dtype=np.float32)
    for g in grams:
        vec[zlib.crc32(g.encode("utf-8")) % dim] += 1.0
    nz = vec > 0
    vec[nz] = 1.0 + np.log(vec[nz])
    norm = np.linalg.norm(vec)
    return vec / norm if norm > 0 else vec


def rule_features(classes: list[tuple]) -> np.ndarray:
    """11 features from rule candidates given as (PentaClass, salience, ...): one-hot class
    of the most salient one, per-class counts (capped at 3, scaled) and "has any"."""
    vec = np.zeros(11, dtype=np.float32)
    if classes:
        best = max(classes, key=lambda c: c[1])[0]
        vec[best] = 1.0
        for c in classes:
            vec[5 + c[0]] = min(vec[5 + c[0]] + 1.0 / 3.0, 1.0)
        vec[10] = 1.0
    return vec


def featurise(embedding: np.ndarray, text: str, classes: list[tuple]) -> np.ndarray:
    """The model's input vector for one sentence."""
    return np.concatenate([embedding.astype(np.float32), hash_ngrams(text), rule_features(classes)])


@dataclass
class SentenceClassifier:
    """Multinomial logistic regression over :func:`featurise` vectors."""

    coef: np.ndarray  # (N_CLASSES, n_features)
    intercept: np.ndarray  # (N_CLASSES,)
    encoder: str = "static"  # which sentence vectors it was trained on: "static" or "minilm"

    def proba(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, (n, N_CLASSES) for (n, n_features) input (or 1-d -> 1-d)."""
        x = np.atleast_2d(features)
        z = x @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return p[0] if features.ndim == 1 else p

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32),
                            encoder=np.array(self.encoder))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "SentenceClassifier":
        with np.load(path, allow_pickle=False) as z:
            enc = str(z["encoder"]) if "encoder" in z.files else "minilm"
            return cls(z["coef"].astype(np.float32), z["intercept"].astype(np.float32), enc)


@lru_cache(maxsize=2)
def load_classifier(kind: str = "static") -> SentenceClassifier | None:
    """A committed model ("static" or "minilm"), or None if it is missing (rules only)."""
    path = MINILM_MODEL_PATH if kind == "minilm" else MODEL_PATH
    return SentenceClassifier.load(path) if path.is_file() else None
