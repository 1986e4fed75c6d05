"""``quotegraph evaluate cameo``: PentaClass accuracy / macro-F1 of each sentence's main event.

Input: ``sentence<TAB>label`` (ConfliBERT ``cameo_class`` format, labels 0-4). Each
sentence's main event (first event) is mapped to its class by CAMEO root (01-02 -> 0,
03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4); a sentence with no event counts as wrong.
``cv`` instead cross-validates the coder on the file (training on the other folds only).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import QuotegraphError

__all__ = ["evaluate_cameo", "score_cameo", "format_cameo_table", "cross_validate_cameo"]

CLASS_NAMES = ("statement/appeal", "verbal coop", "material coop", "verbal conflict", "material conflict")


def score_cameo(gold: list[int], pred: list[int | None]) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class P/R/F1 and the confusion matrix (row gold, col pred;
    last column: no event)."""
    from ..events.train import macro_f1

    per_class = {}
    for c in range(5):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[str(c)] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
    confusion = [[sum(1 for g, p in zip(gold, pred) if g == r and p == c) for c in [*range(5), None]] for r in range(5)]
    n = len(gold)
    return {
        "n": n,
        "accuracy": round(sum(1 for g, p in zip(gold, pred) if g == p) / n, 4) if n else 0.0,
        "macro_f1": round(macro_f1(gold, pred), 4),
        "no_event": sum(1 for p in pred if p is None),
        "per_class": per_class,
        "confusion": confusion,
    }


def _read(path: Path) -> list[tuple[str, int]]:
    from ..events.train import load_cameo_tsv

    if not path.is_file():
        raise QuotegraphError("E007", why=f"{path}: no such file")
    rows = load_cameo_tsv(path)
    if not rows:
        raise QuotegraphError("E007", why=f"{path}: no 'sentence<TAB>label' rows")
    if any(not 0 <= label <= 4 for _, label in rows):
        raise QuotegraphError("E007", why=f"{path}: labels must be 0-4 (PentaClass)")
    return rows


def evaluate_cameo(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Code every sentence of the file with the committed model and score the main events."""
    from ..events import code_sentences
    from ..events.lexicon import cameo_class

    rows = _read(path)[:limit] if limit else _read(path)
    coded = code_sentences([t for t, _ in rows])
    pred = [cameo_class(ev[0]["cameo"]) if ev else None for ev in coded]
    report = score_cameo([l for _, l in rows], pred)
    report["file"] = str(path)
    return report


def cross_validate_cameo(path: Path, folds: int = 5, extra_dir: Path | None = None, cache: Path | None = None) -> dict[str, Any]:
    """k-fold cross-validation of the whole coder on a labelled file (needs scikit-learn):
    the classifier is refit on the other folds, never on the scored one, with the same
    sentence encoder as the committed model."""
    from ..events.classifier import load_classifier
    from ..events.coder import encoder_kind
    from ..events.train import ENCODER, cross_validate, load_intercoder

    model = load_classifier(encoder_kind())
    extra = load_intercoder(extra_dir) if extra_dir and extra_dir.is_dir() else []
    report = cross_validate(_read(path), extra, cache, k=folds, encoder=model.encoder if model else ENCODER)
    report["file"] = str(path)
    return report


def format_cameo_table(r: dict[str, Any]) -> str:
    """A plain-text summary of :func:`evaluate_cameo` or :func:`cross_validate_cameo`."""
    head = f"CAMEO PentaClass  n={r['n']}  accuracy={r['accuracy']:.4f}  macro-F1={r['macro_f1']:.4f}  no-event={r['no_event']}"
    if "fold_macro_f1" in r:
        head += f"\n{r['folds']}-fold CV, per-fold macro-F1: " + " ".join(f"{f:.4f}" for f in r["fold_macro_f1"])
    lines = [head]
    for c, m in r.get("per_class", {}).items():
        lines.append(f"  {c} {CLASS_NAMES[int(c)]:<18} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} n={m['support']}")
    return "\n".join(lines)
