"""Train the sentence event-class model and cross-validate the whole coder.

``quotegraph train-events`` (or ``python -m quotegraph.events.train``) does:

1. read ConfliBERT ``cameo_class/train.tsv`` (PentaClass labels) and the intercoder
   rounds (majority PentaClass of Action-1 per sentence; sentences no coder marked
   relevant become "no event", class 5). The intercoder sentences share no sentence with
   train.tsv; they are added to every training fold, never scored;
2. parse each sentence (spaCy, one sentence each), find rule candidates, embed it with
   MiniLM (numpy) -- cached under ``--cache`` so reruns skip this (the slow part);
3. 5-fold stratified cross-validation on train.tsv: fit the logistic regression on four
   folds (+ intercoder), decide each held-out sentence's main event with
   :func:`quotegraph.events.ranking.decide` exactly as the coder does, score accuracy and
   macro-F1 (no event = wrong);
4. fit on everything and write ``events/models/event_class.npz``.

Needs scikit-learn (the ``train`` extra); inference does not.
"""
from __future__ import annotations

import csv
import hashlib
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from .classifier import MODEL_PATH, NONE, SentenceClassifier, featurise
from .lexicon import load_lexicon
from .ranking import decide

__all__ = ["load_cameo_tsv", "load_intercoder", "sentence_features", "cross_validate", "train", "macro_f1"]

SEED = 13
ENCODER = "static"
C = 8.0
INTERCODER_WEIGHT = 0.5


def load_cameo_tsv(path: Path) -> list[tuple[str, int]]:
    """``sentence<TAB>label`` rows (CRLF tolerated, blank lines skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip() or "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        if label.strip().isdigit():
            rows.append((text.strip(), int(label)))
    return rows


def load_intercoder(folder: Path) -> list[tuple[str, int]]:
    """Intercoder-round sentences with the majority Action-1 PentaClass, or 5 (no event)."""
    rows = []
    for f in sorted(folder.glob("round_*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                labels = [v.split("-")[0] for k, v in r.items() if k and k.startswith("Action1-PentaClass") and v]
                relevant = any(v == "True" for k, v in r.items() if k and k.startswith("1_Relevant"))
                text = (r.get("sentences") or "").strip()
                if not text:
                    continue
                if labels:
                    rows.append((text, int(Counter(labels).most_common(1)[0][0])))
                elif not relevant:
                    rows.append((text, NONE))
    return rows


def rule_classes(texts: list[str]) -> list[list[tuple[int, float]]]:
    """(PentaClass, salience) of each sentence's rule candidates, as the coder sees them."""
    from . import parse_sentence
    from .coder import candidate_classes

    lex = load_lexicon()
    return [candidate_classes(parse_sentence(t)[:], lex) for t in texts]


def sentence_features(texts: list[str], cache: Path | None = None, encoder: str = ENCODER) -> tuple[np.ndarray, list[list[tuple[int, float]]]]:
    """Sentence vectors and rule lists. Full-MiniLM vectors are cached by content under
    ``cache`` (the slow part); static vectors are computed on the fly."""
    key = hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    rules = rule_classes(texts)
    if encoder == "static":
        from .static import load_static

        return load_static().encode(texts)[0], rules
    if cache is not None and (cache / f"{key}.npz").is_file():
        with np.load(cache / f"{key}.npz", allow_pickle=False) as z:
            return z["emb"], rules
    from .encoder import load_encoder

    emb, _ = load_encoder().encode(texts)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(cache / f"{key}.npz", emb=emb)
    return emb, rules


def macro_f1(gold: list[int], pred: list[int | None], classes: range = range(5)) -> float:
    """Macro-averaged F1 over ``classes``; a None prediction is wrong for every class."""
    scores = []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, encoder: str = ENCODER) -> SentenceClassifier:
    from sklearn.linear_model import LogisticRegression

    classes = np.arange(6)
    counts = np.array([max((y == c).sum(), 1) for c in classes], dtype=float)
    balance = (len(y) / (len(classes) * counts))[y]
    clf = LogisticRegression(C=C, max_iter=4000, random_state=SEED)
    clf.fit(x, y, sample_weight=w * balance)
    coef = np.zeros((6, x.shape[1]), dtype=np.float32)
    icpt = np.full(6, -30.0, dtype=np.float32)
    for row, cls in enumerate(clf.classes_):
        coef[cls], icpt[cls] = clf.coef_[row], clf.intercept_[row]
    return SentenceClassifier(coef, icpt, encoder)


def _matrix(texts: list[str], emb: np.ndarray, rules: list[list[tuple[int, float]]]) -> np.ndarray:
    return np.stack([featurise(e, t, r) for e, t, r in zip(emb, texts, rules)])


def _predict(clf: SentenceClassifier, x: np.ndarray, rules: list[list[tuple[int, float]]]) -> list[int | None]:
    probs = clf.proba(x)
    out: list[int | None] = []
    for p, r in zip(probs, rules):
        dec = decide(r, p)
        out.append(None if dec.drop else dec.main_class)
    return out


def cross_validate(data: list[tuple[str, int]], extra: list[tuple[str, int]], cache: Path | None, k: int = 5,
                   encoder: str = ENCODER) -> dict[str, Any]:
    """k-fold CV of the coder's main-event class on ``data``; ``extra`` joins every training fold."""
    from sklearn.model_selection import StratifiedKFold

    texts, y = [t for t, _ in data], np.array([l for _, l in data])
    emb, rules = sentence_features(texts, cache, encoder)
    x = _matrix(texts, emb, rules)
    xe, ye = _extra(extra, cache, encoder, x.shape[1])
    pred: list[int | None] = [None] * len(y)
    folds = []
    for tr, te in StratifiedKFold(k, shuffle=True, random_state=SEED).split(x, y):
        clf = _fit(np.vstack([x[tr], xe]), np.concatenate([y[tr], ye]),
                   np.concatenate([np.ones(len(tr)), np.full(len(ye), INTERCODER_WEIGHT)]), encoder)
        fold_pred = _predict(clf, x[te], [rules[i] for i in te])
        for i, p in zip(te, fold_pred):
            pred[i] = p
        folds.append(macro_f1(list(y[te]), fold_pred))
    gold = list(y)
    return {
        "folds": k, "n": len(gold), "accuracy": round(float(sum(p == g for p, g in zip(pred, gold))) / len(gold), 4),
        "macro_f1": round(macro_f1(gold, pred), 4), "fold_macro_f1": [round(f, 4) for f in folds],
        "no_event": sum(p is None for p in pred),
    }


def _extra(extra: list[tuple[str, int]], cache: Path | None, encoder: str, width: int) -> tuple[np.ndarray, np.ndarray]:
    if not extra:
        return np.zeros((0, width), dtype=np.float32), np.zeros(0, dtype=int)
    texts = [t for t, _ in extra]
    emb, rules = sentence_features(texts, cache, encoder)
    return _matrix(texts, emb, rules), np.array([l for _, l in extra])


def train(data_root: Path, cache: Path | None = None, out: Path = MODEL_PATH, cv: bool = True,
          encoder: str = ENCODER) -> dict[str, Any]:
    """Cross-validate (optional) then fit on all data and save the model; returns a report."""
    t0 = time.time()
    data = load_cameo_tsv(data_root / "conflibert_cameo" / "cameo_class" / "train.tsv")
    inter = load_intercoder(data_root / "conflibert_cameo" / "intercoder_rounds")
    report: dict[str, Any] = {"train_sentences": len(data), "intercoder_sentences": len(inter)}
    if cv:
        report["cv"] = cross_validate(data, inter, cache, encoder=encoder)
    texts = [t for t, _ in data]
    emb, rules = sentence_features(texts, cache, encoder)
    xm = _matrix(texts, emb, rules)
    xe, ye = _extra(inter, cache, encoder, xm.shape[1])
    x = np.vstack([xm, xe])
    y = np.concatenate([np.array([l for _, l in data]), ye])
    w = np.concatenate([np.ones(len(data)), np.full(len(ye), INTERCODER_WEIGHT)])
    _fit(x, y, w, encoder).save(out)
    report["model"] = str(out)
    report["encoder"] = encoder
    report["seconds"] = round(time.time() - t0, 1)
    return report


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    enc = sys.argv[3] if len(sys.argv) > 3 else ENCODER
    print(json.dumps(train(root, Path(sys.argv[2]) if len(sys.argv) > 2 else None, encoder=enc), indent=1))
