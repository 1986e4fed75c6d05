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

import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.tokens import Doc, Span, Token

from .attribution import Link

__all__ = ["BOUNDARY_FILE", "BoundaryModel", "candidates", "span_features", "refit_contents"]

BOUNDARY_FILE = "boundaries.npz"  # beside the role tagger's weights, which it was trained on
N_FEATURES = 1 << 18
_DASHES = frozenset({",", ";", "--", "—", "–"})
_QUOTES = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
_FUNCTION = frozenset(
    "that to for about of on in with whether if how what why who which when where as "
    "and but or , ; : . -- — \" “ ” '' `` ( ) according said says told by from at "
    "the a an his her their its it he she they we i you this these those".split()
)


def _is_punct(tok: Token) -> bool:
    return tok.is_punct or tok.is_space


def _sent_end(doc: Doc, start: int) -> int:
    end = doc[start].sent.end
    while end > start + 1 and _is_punct(doc[end - 1]):
        end -= 1
    return end


def candidates(doc: Doc, start: int, end: int, cue: Span | None) -> dict[str, tuple[int, int]]:
    """The spans the parse offers around the content ``doc[start:end]``, by operation;
    ``"keep"`` is the content itself."""
    out: dict[str, tuple[int, int]] = {"keep": (start, end)}
    sent = doc[start].sent
    if end <= sent.end:
        out.setdefault("to_sent_end", (start, _sent_end(doc, start)))
    for k in range(start + 1, end):
        if doc[k].text in _DASHES or doc[k].dep_ == "cc":
            out.setdefault("cut_at_" + ("cc" if doc[k].dep_ == "cc" else "punct"), (start, k))
    if cue is not None and cue.end <= start and start - cue.end <= 4:
        for k in range(cue.end, start):
            out.setdefault("start_after_cue_%d" % min(start - k, 3), (k, end))
    for k in range(start + 1, min(end, start + 4)):
        out.setdefault("start_cut_%d" % (k - start), (k, end))
    for tok in doc[start:end]:
        if start <= tok.head.i < end and tok.head.i != tok.i:
            continue
        out.setdefault("subtree_" + tok.dep_, (tok.left_edge.i, tok.right_edge.i + 1))
        head = tok.head
        if head.i != tok.i and (cue is None or not (cue.start <= head.i < cue.end)):
            out.setdefault("headsub_" + head.dep_, (head.left_edge.i, head.right_edge.i + 1))
    return {op: (a, b) for op, (a, b) in out.items() if a < b and sent.start <= a and b <= max(sent.end, end)}


def _word(tok: Token) -> str:
    low = tok.lower_
    if low in _QUOTES:
        return "Q"
    return low if low in _FUNCTION else tok.pos_


def _delta_features(doc: Doc, a: int, b: int, name: str, span: tuple[int, int], cue: Span | None) -> list[str]:
    """Features of the words ``doc[a:b]`` that a candidate adds to or removes from the
    tagger's ``span``, prefixed by ``name`` ("add_end", "rm_start", ...)."""
    if a >= b:
        return []
    words = doc[a:b]
    roots = [t for t in words if not (a <= t.head.i < b) or t.head.i == t.i]
    root = roots[0]
    where = "cue" if cue is not None and cue.start <= root.head.i < cue.end else (
        "span" if span[0] <= root.head.i < span[1] else "out")
    feats = [
        "len=%d" % min((b - a).bit_length(), 5), "f=" + _word(words[0]), "fd=" + words[0].dep_,
        "roots=%d" % min(len(roots), 3), "rd=" + root.dep_, "rp=" + root.pos_, "head=" + where,
        "rd|head=%s|%s" % (root.dep_, where), "f|rd=%s|%s" % (_word(words[0]), root.dep_),
    ]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in words):
        feats.append("subj")
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        feats.append("verb")
    if any(t.lower_ in _QUOTES for t in words):
        feats.append("quote")
    if any(t.text in _DASHES for t in words):
        feats.append("comma")
    return [name + ":" + f for f in feats]


def span_features(doc: Doc, start: int, end: int, cue: Span | None, op: str,
                  span: tuple[int, int] | None = None) -> list[str]:
    """Names of the features of the candidate ``doc[start:end]`` made by ``op`` from the
    tagger's content ``span`` (the candidate itself when not given)."""
    first, last = doc[start], doc[end - 1]
    while last.i > start and _is_punct(last):
        last = doc[last.i - 1]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    op_kind = op.rsplit("_", 1)[0] if op[-1].isdigit() else op
    feats = [
        "op=" + op, "opk=" + op_kind,
        "f=" + _word(first), "fd=" + first.dep_, "fp=" + first.pos_,
        "l=" + _word(last), "ld=" + last.dep_, "lp=" + last.pos_,
        "p=" + (_word(prev) if prev is not None else "^"),
        "n=" + (_word(nxt) if nxt is not None else "$"),
    ]
    if prev is not None:
        feats += ["pd=" + prev.dep_, "p|fd=%s|%s" % (_word(prev), first.dep_)]
    ends = end >= _sent_end(doc, start)
    feats.append("ends_sent=%d" % ends)
    if nxt is not None:
        feats += ["nd=" + nxt.dep_, "n|ends=%s|%d" % (_word(nxt), ends), "l|n=%s|%s" % (_word(last), _word(nxt))]
    heads = {t.head.i for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i}
    roots = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    feats.append("roots=%d" % min(len(roots), 3))
    if len(roots) == 1:
        root = roots[0]
        feats += ["rd=" + root.dep_, "rp=" + root.pos_, "r|f=%s|%s" % (root.dep_, _word(first))]
        if cue is not None and cue.start <= root.head.i < cue.end:
            feats += ["root_on_cue", "cue_rd=%s|%s" % (cue.root.lemma_.lower(), root.dep_)]
    feats.append("heads=%d" % min(len(heads), 3))
    n = end - start
    feats.append("len=%d" % min(n.bit_length(), 6))
    quotes = sum(1 for t in doc[start:end] if t.lower_ in _QUOTES)
    feats.append("q_odd=%d" % (quotes % 2))
    if cue is not None:
        if cue.end <= start:
            gap = start - cue.end
            feats += ["cue_before", "gap=%d" % min(gap, 4), "gap|f=%d|%s" % (min(gap, 2), _word(first))]
            feats.append("cue|f=%s|%s" % (cue.root.lemma_.lower(), _word(first)))
        elif end <= cue.start:
            gap = cue.start - end
            feats += ["cue_after", "agap=%d" % min(gap, 4), "agap|l=%d|%s" % (min(gap, 2), _word(last))]
        else:
            feats.append("cue_inside")
    feats.append("op|ends=%s|%d" % (op_kind, ends))
    feats.append("op|f=%s|%s" % (op_kind, _word(first)))
    feats.append("op|n=%s|%s" % (op_kind, _word(nxt) if nxt is not None else "$"))
    if span is not None:
        s0, e0 = span
        feats += _delta_features(doc, e0, end, "add_end", span, cue)
        feats += _delta_features(doc, end, e0, "rm_end", span, cue)
        feats += _delta_features(doc, start, s0, "add_start", span, cue)
        feats += _delta_features(doc, s0, start, "rm_start", span, cue)
    return feats


def hash_features(feats: list[str]) -> numpy.ndarray:
    return numpy.fromiter((zlib.crc32(f.encode("utf8")) % N_FEATURES for f in feats), dtype=numpy.int64)


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
        with numpy.load(path) as data:
            return cls(weights=data["weights"].astype(numpy.float32), keep_margin=float(data["keep_margin"]))

    def save(self, path: Path) -> None:
        numpy.savez_compressed(path, weights=self.weights.astype(numpy.float16), keep_margin=numpy.float32(self.keep_margin))

    def choose(self, doc: Doc, start: int, end: int, cue: Span | None) -> tuple[int, int]:
        """The chosen span for the content ``doc[start:end]``."""
        cands = candidates(doc, start, end, cue)
        best, best_score = (start, end), None
        for op, (a, b) in cands.items():
            score = float(self.weights[hash_features(span_features(doc, a, b, cue, op, (start, end)))].sum())
            if op == "keep":
                score += self.keep_margin
            if best_score is None or score > best_score:
                best, best_score = (a, b), score
        return best


def refit_contents(doc: Doc, links: list[Link], model: BoundaryModel) -> dict[tuple[int, int], Span]:
    """Re-choose the boundaries of every one-piece content (in place); returns the new
    span of each content moved, by the old one's token offsets."""
    moved = {}
    for link in links:
        if len(link.content) != 1:
            continue
        span = link.content[0]
        a, b = model.choose(doc, span.start, span.end, link.cue)
        if (a, b) != (span.start, span.end):
            link.content = [Span(doc, a, b, label=span.label_)]
            moved[(span.start, span.end)] = link.content[0]
    return moved
