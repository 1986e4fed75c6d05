"""Content boundaries: a learned choice between the tagger's content and its parse variants.

The role tagger finds most contents, but a quarter of its contents stop a few words
short of PolNeAR's span or run a few words past it ("to reconsider" for "them to
reconsider", a content that stops before the sentence's last phrase). For a content
in one piece, :func:`candidates` lists the spans the parse offers around it (the rest
of the sentence, a cut at a comma or conjunction, the subtree of the phrase it hangs
from, a start moved to the cue or past a leading word), :func:`span_features`
describes each, and a conditional log-linear model (:class:`BoundaryModel`, trained on
the tagger's own contents on PolNeAR's train split, ``quotegraph train
--boundaries``, :mod:`quotegraph.train.boundaries`) picks one, with a margin
that favours keeping the tagger's span.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.tokens import Doc, Span

from ..errors import ModelError
from .attribution import Link
from .roles import MoveScores

__all__ = ["BOUNDARY_FILE", "BoundaryModel", "DocView", "candidates", "span_features", "refit_contents"]

BOUNDARY_FILE = "boundaries.npz"  # beside the role tagger's weights, which it was trained on
N_FEATURES = 1 << 18
_DASHES = frozenset({",", ";", "--", "—", "–"})
_QUOTES = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
_FUNCTION = frozenset(
    "that to for about of on in with whether if how what why who which when where as "
    "and but or , ; : . -- — \" “ ” '' `` ( ) according said says told by from at "
    "the a an his her their its it he she they we i you this these those".split()
)


def _word(low: str, pos: str) -> str:
    """A word as the chooser's features name it: quote mark, function word or tag."""
    if low in _QUOTES:
        return "Q"
    return low if low in _FUNCTION else pos


_CONTENT_MOVES = ("B-CONTENT", "I-CONTENT", "L-CONTENT", "U-CONTENT")
_BUCKETS = (-0.05, -0.3, -1.0, -2.5, -5.0)


def _bucket(logp: float) -> int:
    """A log-probability in one of six bands (0: near certain ... 5: unlikely)."""
    for k, floor in enumerate(_BUCKETS):
        if logp >= floor:
            return k
    return len(_BUCKETS)


class DocView:
    """What the chooser reads of each word of a doc, read once (a doc's tokens are slow
    to ask one by one), with the role tagger's move scores when given: the
    log-probability that a content starts (``t_start``), ends (``t_end``), goes on
    (``t_on``) or covers (``t_in``) each word."""

    def __init__(self, doc: Doc, scores: MoveScores | None = None) -> None:
        self.n = len(doc)
        self.scored = scores is not None and len(scores.logp) == self.n
        if self.scored:
            self.t_start = scores.logsum("B-CONTENT", "U-CONTENT")
            self.t_end = scores.logsum("L-CONTENT", "U-CONTENT")
            self.t_on = scores.logsum("I-CONTENT", "L-CONTENT")
            self.t_in = scores.logsum(*_CONTENT_MOVES)
        self.head, self.dep, self.pos, self.word = [], [], [], []
        self.punct, self.quote, self.dash, self.left, self.right = [], [], [], [], []
        for t in doc:  # one pass: each token object is made once
            low, pos = t.lower_, t.pos_
            self.head.append(t.head.i)
            self.dep.append(t.dep_)
            self.pos.append(pos)
            self.word.append(_word(low, pos))
            self.punct.append(t.is_punct or t.is_space)
            self.quote.append(low in _QUOTES)
            self.dash.append(t.text in _DASHES)
            self.left.append(t.left_edge.i)
            self.right.append(t.right_edge.i)
        self.sent_start = [0] * self.n
        self.sent_end = [0] * self.n
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_start[i], self.sent_end[i] = sent.start, sent.end

    def sentence_end(self, start: int) -> int:
        """The end of ``start``'s sentence, before its closing punctuation."""
        end = self.sent_end[start]
        while end > start + 1 and self.punct[end - 1]:
            end -= 1
        return end

    def roots(self, a: int, b: int) -> list[int]:
        """Words of ``[a, b)`` whose head is outside it (or themselves)."""
        head = self.head
        return [i for i in range(a, b) if not (a <= head[i] < b) or head[i] == i]


def candidates(doc: Doc, start: int, end: int, cue: Span | None,
               view: DocView | None = None) -> dict[str, tuple[int, int]]:
    """The spans the parse offers around the content ``doc[start:end]``, by operation;
    ``"keep"`` is the content itself."""
    v = view or DocView(doc)
    out: dict[str, tuple[int, int]] = {"keep": (start, end)}
    s_start, s_end = v.sent_start[start], v.sent_end[start]
    if end <= s_end:
        out.setdefault("to_sent_end", (start, v.sentence_end(start)))
    for k in range(start + 1, end):
        if v.dash[k] or v.dep[k] == "cc":
            out.setdefault("cut_at_" + ("cc" if v.dep[k] == "cc" else "punct"), (start, k))
    if cue is not None and cue.end <= start and start - cue.end <= 4:
        for k in range(cue.end, start):
            out.setdefault("start_after_cue_%d" % min(start - k, 3), (k, end))
    for k in range(start + 1, min(end, start + 4)):
        out.setdefault("start_cut_%d" % (k - start), (k, end))
    for i in v.roots(start, end):
        out.setdefault("subtree_" + v.dep[i], (v.left[i], v.right[i] + 1))
        h = v.head[i]
        if h != i and (cue is None or not (cue.start <= h < cue.end)):
            out.setdefault("headsub_" + v.dep[h], (v.left[h], v.right[h] + 1))
    return {op: (a, b) for op, (a, b) in out.items() if a < b and s_start <= a and b <= max(s_end, end)}


def _delta_features(v: DocView, a: int, b: int, name: str, span: tuple[int, int], cue: Span | None) -> list[str]:
    """Features of the words ``[a, b)`` that a candidate adds to or removes from the
    tagger's ``span``, prefixed by ``name`` ("add_end", "rm_start", ...)."""
    if a >= b:
        return []
    roots = v.roots(a, b)
    root = roots[0]
    h = v.head[root]
    where = "cue" if cue is not None and cue.start <= h < cue.end else (
        "span" if span[0] <= h < span[1] else "out")
    feats = [
        "len=%d" % min((b - a).bit_length(), 5), "f=" + v.word[a], "fd=" + v.dep[a],
        "roots=%d" % min(len(roots), 3), "rd=" + v.dep[root], "rp=" + v.pos[root], "head=" + where,
        "rd|head=%s|%s" % (v.dep[root], where), "f|rd=%s|%s" % (v.word[a], v.dep[root]),
    ]
    if any(v.dep[i] in ("nsubj", "nsubjpass") for i in range(a, b)):
        feats.append("subj")
    if any(v.pos[i] in ("VERB", "AUX") for i in range(a, b)):
        feats.append("verb")
    if any(v.quote[a:b]):
        feats.append("quote")
    if any(v.dash[a:b]):
        feats.append("comma")
    return [name + ":" + f for f in feats]


def _score_features(v: DocView, start: int, end: int, op_kind: str, span: tuple[int, int] | None) -> list[str]:
    """How much the tagger wanted a content to start and end where the candidate does,
    to go on past its end, and to cover the words it adds or removes."""
    te = _bucket(v.t_end[end - 1])
    feats = ["ts=%d" % _bucket(v.t_start[start]), "te=%d" % te, "op|te=%s|%d" % (op_kind, te),
             "tn=%d" % _bucket(v.t_on[end]) if end < v.n else "tn=$",
             "tp=%d" % _bucket(v.t_in[start - 1]) if start > 0 else "tp=^"]
    if span is not None:
        s0, e0 = span
        for name, a, b, pick in (("add_end", e0, end, max), ("add_start", start, s0, max),
                                 ("rm_end", end, e0, min), ("rm_start", s0, start, min)):
            if a < b:
                feats.append("t_%s=%d" % (name, _bucket(pick(v.t_in[a:b]))))
    return feats


def span_features(doc: Doc, start: int, end: int, cue: Span | None, op: str,
                  span: tuple[int, int] | None = None, view: DocView | None = None) -> list[str]:
    """Names of the features of the candidate ``doc[start:end]`` made by ``op`` from the
    tagger's content ``span`` (the candidate itself when not given)."""
    v = view or DocView(doc)
    last = end - 1
    while last > start and v.punct[last]:
        last -= 1
    prev = start - 1 if start > 0 else None
    nxt = end if end < v.n else None
    op_kind = op.rsplit("_", 1)[0] if op[-1].isdigit() else op
    w_first, w_last = v.word[start], v.word[last]
    w_next = v.word[nxt] if nxt is not None else "$"
    feats = [
        "op=" + op, "opk=" + op_kind,
        "f=" + w_first, "fd=" + v.dep[start], "fp=" + v.pos[start],
        "l=" + w_last, "ld=" + v.dep[last], "lp=" + v.pos[last],
        "p=" + (v.word[prev] if prev is not None else "^"),
        "n=" + w_next,
    ]
    if prev is not None:
        feats += ["pd=" + v.dep[prev], "p|fd=%s|%s" % (v.word[prev], v.dep[start])]
    ends = end >= v.sentence_end(start)
    feats.append("ends_sent=%d" % ends)
    if nxt is not None:
        feats += ["nd=" + v.dep[nxt], "n|ends=%s|%d" % (w_next, ends), "l|n=%s|%s" % (w_last, w_next)]
    roots = v.roots(start, end)
    heads = {v.head[i] for i in roots}
    feats.append("roots=%d" % min(len(roots), 3))
    if len(roots) == 1:
        root = roots[0]
        feats += ["rd=" + v.dep[root], "rp=" + v.pos[root], "r|f=%s|%s" % (v.dep[root], w_first)]
        if cue is not None and cue.start <= v.head[root] < cue.end:
            feats += ["root_on_cue", "cue_rd=%s|%s" % (cue.root.lemma_.lower(), v.dep[root])]
    feats.append("heads=%d" % min(len(heads), 3))
    n = end - start
    feats.append("len=%d" % min(n.bit_length(), 6))
    quotes = sum(v.quote[start:end])
    feats.append("q_odd=%d" % (quotes % 2))
    if cue is not None:
        if cue.end <= start:
            gap = start - cue.end
            feats += ["cue_before", "gap=%d" % min(gap, 4), "gap|f=%d|%s" % (min(gap, 2), w_first)]
            feats.append("cue|f=%s|%s" % (cue.root.lemma_.lower(), w_first))
        elif end <= cue.start:
            gap = cue.start - end
            feats += ["cue_after", "agap=%d" % min(gap, 4), "agap|l=%d|%s" % (min(gap, 2), w_last)]
        else:
            feats.append("cue_inside")
    feats.append("op|ends=%s|%d" % (op_kind, ends))
    feats.append("op|f=%s|%s" % (op_kind, w_first))
    feats.append("op|n=%s|%s" % (op_kind, w_next))
    if v.scored:
        feats += _score_features(v, start, end, op_kind, span)
    if span is not None:
        s0, e0 = span
        feats += _delta_features(v, e0, end, "add_end", span, cue)
        feats += _delta_features(v, end, e0, "rm_end", span, cue)
        feats += _delta_features(v, start, s0, "add_start", span, cue)
        feats += _delta_features(v, s0, start, "rm_start", span, cue)
    return feats


_HASHED: dict[str, int] = {}


def _hash(feat: str) -> int:
    h = _HASHED.get(feat)
    if h is None:
        h = zlib.crc32(feat.encode("utf8")) % N_FEATURES
        if len(_HASHED) < 1_000_000:  # a bounded cache: memory must not grow with a corpus
            _HASHED[feat] = h
    return h


def hash_features(feats: list[str]) -> numpy.ndarray:
    """Feature names to weight indices (CRC-32, the same on every machine and run)."""
    return numpy.fromiter((_hash(f) for f in feats), dtype=numpy.int64, count=len(feats))


@dataclass
class BoundaryModel:
    """Weights of the boundary chooser and the margin that keeps the tagger's span."""

    weights: numpy.ndarray
    keep_margin: float = 0.0

    @classmethod
    def load(cls, path: Path) -> "BoundaryModel | None":
        """The model saved at ``path``, or None when there is none."""
        path = Path(path)
        if not path.exists():
            return None
        try:
            with numpy.load(path) as data:
                weights, margin = data["weights"].astype(numpy.float32), float(data["keep_margin"])
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError("E014", path=path, why=str(exc) or type(exc).__name__) from exc
        if weights.shape != (N_FEATURES,):
            raise ModelError("E014", path=path, why=f"{weights.shape[0]} weights, not {N_FEATURES}")
        return cls(weights=weights, keep_margin=margin)

    def save(self, path: Path) -> None:
        numpy.savez_compressed(path, weights=self.weights.astype(numpy.float16), keep_margin=numpy.float32(self.keep_margin))

    def choose(self, doc: Doc, start: int, end: int, cue: Span | None,
               view: DocView | None = None, source: Span | None = None) -> tuple[int, int]:
        """The chosen span for the content ``doc[start:end]``; no variant that takes in
        the attribution's ``source`` is chosen."""
        view = view or DocView(doc)
        cands = candidates(doc, start, end, cue, view)
        best, best_score = (start, end), None
        for op, (a, b) in cands.items():
            if source is not None and op != "keep" and a < source.end and source.start < b:
                continue
            feats = span_features(doc, a, b, cue, op, (start, end), view)
            score = float(self.weights[hash_features(feats)].sum())
            if op == "keep":
                score += self.keep_margin
            if best_score is None or score > best_score:
                best, best_score = (a, b), score
        return best


def refit_contents(doc: Doc, links: list[Link], model: BoundaryModel,
                   scores: MoveScores | None = None) -> dict[tuple[int, int], Span]:
    """Re-choose the boundaries of every one-piece content (in place), reading the
    tagger's move ``scores`` for the doc when given; returns the new span of each
    content moved, by the old one's token offsets."""
    moved: dict[tuple[int, int], Span] = {}
    view = None
    for link in links:
        if len(link.content) != 1:
            continue
        span = link.content[0]
        view = view or DocView(doc, scores)
        a, b = model.choose(doc, span.start, span.end, link.cue, view, link.source)
        if (a, b) != (span.start, span.end):
            link.content = [Span(doc, a, b, label=span.label_)]
            moved[(span.start, span.end)] = link.content[0]
    return moved
