"""The role tagger: finds SOURCE, CUE and CONTENT spans in a parsed Doc.

It is a trained transition-based span tagger (spaCy's entity machine) kept in
its own small pipeline under ``quotegraph/models/roles``. It never touches the
user's ``doc.ents``: those are set aside while it runs and put back after, and
its spans go to ``doc.spans["qg_roles"]``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple
from pathlib import Path

import numpy
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelError
from . import features  # noqa: F401 - registers quotegraph.RoleEmbed.v1/v2 for tagger configs
from .matmul import use_matmul
from .quotes import opening_marks, quote_pairs

__all__ = ["BIAS_FILE", "LABELS", "ROLES_KEY", "MoveScores", "RoleTagger", "Tagged", "clear_entities",
           "default_weights", "member_paths", "read_bias", "is_break", "cut_at_breaks", "merge_sentence_splits",
           "link_sentences"]

LABELS = ("SOURCE", "CUE", "CONTENT")
ROLES_KEY = "qg_roles"
BIAS_FILE = "bias.json"
MEMBER_PREFIX = "member"
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


def default_weights() -> Path:
    return Path(__file__).resolve().parent.parent / "models" / "roles"


def read_bias(path: Path) -> dict[str, float]:
    """The start-move bias chosen for the weights at ``path`` (``bias.json``), if any."""
    f = Path(path) / BIAS_FILE
    if not f.exists():
        return {}
    data = json.loads(f.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.get("bias", {}).items() if k in LABELS}


def clear_entities(doc: Doc) -> None:
    """Mark every token's entity annotation as missing (no preset constraints)."""
    doc.set_ents([], default="missing")


_SENT_END = frozenset({".", "!", "?"})


@lru_cache(maxsize=1)
def _closers() -> frozenset[str]:
    return frozenset(cl for _, cl, _ in quote_pairs()) | frozenset({"''", '"'})


def is_break(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a new sentence whatever the parser says: after a
    line break, after a quotation closed by a full stop, question or exclamation
    mark when a capitalised word follows ('... be safe.” Engineers were ...'), or at a
    quotation opening after "a.m." or "p.m."."""
    if i <= 0 or i >= len(doc):
        return False
    prev = doc[i - 1]
    if prev.is_space and "\n" in prev.text:
        return True
    tok = doc[i]
    if prev.lower_ in ("a.m.", "p.m.") and tok.is_quote and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return True  # 'she heard screaming around 3 a.m. “I saw people jumping ...”': the time ends a sentence
    return (i >= 2 and tok.is_alpha and tok.text[:1].isupper() and prev.text in _closers()
            and bool(prev.whitespace_) and doc[i - 2].text in _SENT_END and not doc[i - 2].whitespace_)


def merge_sentence_splits(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join CONTENT pieces that only a sentence boundary separates.

    The tagger cannot carry a span across a sentence start, so a multi-sentence
    quote comes out in pieces; two CONTENT spans that touch (whitespace between
    at most, no line break) with the second starting a sentence are one span,
    unless the first ends a quotation (:func:`is_break`).
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and span.label_ == "CONTENT" and out[-1].label_ == "CONTENT":
            prev = out[-1]
            gap = doc[prev.end : span.start]
            if (span[0].is_sent_start and all(t.is_space and "\n" not in t.text for t in gap)
                    and not is_break(doc, span.start)):
                out[-1] = Span(doc, prev.start, span.end, label="CONTENT")
                continue
        out.append(span)
    return out


def _strip_space(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def link_sentences(doc: Doc) -> list[int]:
    """Each token's sentence number; a line break or a closed quotation
    (:func:`is_break`) ends a sentence even where the parser
    ran two together."""
    idx, k = [0] * len(doc), -1
    for sent in doc.sents:
        k += 1
        for i in range(sent.start, sent.end):
            if i > sent.start and is_break(doc, i):
                k += 1
            idx[i] = k
    for sent in doc.sents:  # "... response. ''Donald Trump should": the parser may end a sentence
        last = sent.end - 1  # on the mark that opens the next one's quotation
        while last > sent.start and doc[last].is_space:
            last -= 1
        if last < len(doc) - 1 and last > sent.start and _opens_next(doc[last]):
            idx[last] = idx[last + 1]  # the mark touches the next sentence's first word
    return idx


def _opens_next(tok) -> bool:
    """A quotation mark with a space before it and a word right after it."""
    doc = tok.doc
    return (tok.is_quote or tok.text in opening_marks()) and not tok.whitespace_ \
        and bool(doc[tok.i - 1].whitespace_) and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space


def cut_at_breaks(doc: Doc, spans: list[Span]) -> list[Span]:
    """No role span crosses a break (:func:`is_break`). PolNeAR's contents never
    cross a line break (a quote running over paragraphs is one piece per
    paragraph) and seldom a closed quotation followed by a new sentence (20 of 453
    in train). A CONTENT is cut into its pieces; a SOURCE or CUE keeps its longest."""
    out: list[Span] = []
    for span in spans:
        pieces, start = [], span.start
        for tok in span:
            if tok.i > span.start and is_break(doc, tok.i):
                end = tok.i - 1 if doc[tok.i - 1].is_space else tok.i
                pieces.append((start, end))
                start = tok.i
        if not pieces:
            out.append(span)
            continue
        pieces.append((start, span.end))
        pieces = [_strip_space(doc, s, e) for s, e in pieces]
        pieces = [(s, e) for s, e in pieces if s < e]
        if span.label_ != "CONTENT":
            pieces = [max(pieces, key=lambda p: p[1] - p[0])] if pieces else []
        out.extend(Span(doc, s, e, label=span.label_) for s, e in pieces)
    return out


@dataclass(frozen=True)
class MoveScores:
    """The tagger's log-probabilities of every move at every word of a doc, as it read
    the doc (greedily, each word's scores given the moves it made before)."""

    logp: numpy.ndarray  # (words, moves), float32
    moves: Mapping[str, int]  # move name ("B-CONTENT", "O", ...) -> column

    def logsum(self, *names: str) -> list[float]:
        """For each word, the log of the summed probability of the named moves
        (``-inf`` where none of them is a move of the tagger)."""
        cols = [self.moves[n] for n in names if n in self.moves]
        if not cols:
            return [float("-inf")] * len(self.logp)
        return numpy.logaddexp.reduce(self.logp[:, cols], axis=1).tolist()


class Tagged(NamedTuple):
    spans: list[Span]
    scores: MoveScores


class _Member(NamedTuple):
    """One trained tagger of the ensemble: its pipeline, its entity machine, and its
    output layer's biases as trained (before any start-move bias or shift)."""

    nlp: Language
    ner: object
    base_b: numpy.ndarray


def _load_member(path: Path, vocab) -> _Member:
    nlp = spacy.load(path, vocab=vocab)
    ner = nlp.get_pipe("ner")
    use_matmul(ner.model)
    return _Member(nlp, ner, ner.model.get_ref("upper").get_param("b").copy())


def member_paths(path: Path) -> list[Path]:
    """The further taggers of an ensemble kept in a tagger's folder (``member1``,
    ``member2``, ...), in order."""
    found = [p for p in Path(path).glob(MEMBER_PREFIX + "*")
             if p.name[len(MEMBER_PREFIX):].isdigit() and (p / "config.cfg").exists()]
    return sorted(found, key=lambda p: int(p.name[len(MEMBER_PREFIX):]))


class RoleTagger:
    """Loads the trained tagger once and applies it to docs of any pipeline.

    A tagger folder may hold further taggers of the same moves in ``member1``, ...
    (trained with ``quotegraph train --members``): they read every doc together,
    each move chosen on the mean of their log-probabilities (``members=False``:
    the first alone; a number: that many at most). The folder's bias applies to all."""

    def __init__(self, vocab, path: Path | None = None, bias: Mapping[str, float] | None = None,
                 members: bool | int = True) -> None:
        path = Path(path) if path else default_weights()
        if not (path / "config.cfg").exists():
            raise ModelError("E011", path=path)
        self.path = path
        self._members = [_load_member(path, vocab)]
        self._nlp, self._ner = self._members[0].nlp, self._members[0].ner
        moves = self._ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        extras = member_paths(path) if members else []
        if members is not True:  # a number: this many taggers in all
            extras = extras[: max(int(members) - 1, 0)]
        for extra in extras:
            member = _load_member(extra, vocab)
            if [member.ner.moves.get_class_name(i) for i in range(member.ner.moves.n_moves)] != names:
                raise ModelError("E015", path=extra)
            self._members.append(member)
        self._move_index = {name: i for i, name in enumerate(names)}
        self._shift = numpy.zeros(moves.n_moves, dtype="f")
        self.bias: dict[str, float] = {}
        self.set_bias(read_bias(path) if bias is None else bias)

    @property
    def size(self) -> int:
        """How many taggers read each doc."""
        return len(self._members)

    def set_bias(self, bias: Mapping[str, float]) -> None:
        """Favour starting spans of some labels: ``{"SOURCE": 1.0}`` adds 1.0 to the
        scores of the B-SOURCE and U-SOURCE moves (more recall, less precision)."""
        add = numpy.zeros(len(self._move_index), dtype="f")
        for name, i in self._move_index.items():
            if name[:2] in ("B-", "U-") and name[2:] in bias:
                add[i] = float(bias[name[2:]])
        for member in self._members:
            member.ner.model.get_ref("upper").set_param("b", member.base_b + add)
        self.bias = {k: float(v) for k, v in bias.items() if float(v)}
        self._shift = numpy.zeros(len(self._move_index), dtype="f")

    def shift_moves(self, shifts: Mapping[str, float]) -> None:
        """Add ``shifts`` to the named moves' scores ("L-CONTENT", "B-SOURCE", ...), on
        top of the tagger's bias; ``{}`` restores the bias alone."""
        self.set_bias(self.bias)
        shift = numpy.zeros(len(self._move_index), dtype="f")
        for name, i in self._move_index.items():
            shift[i] = float(shifts.get(name, 0.0))
        for member in self._members:
            upper = member.ner.model.get_ref("upper")
            upper.set_param("b", upper.get_param("b") + shift)
        self._shift = shift

    def __call__(self, doc: Doc) -> list[Span]:
        return self.pipe_spans([doc])[0]

    def pipe_spans(self, docs: list[Doc]) -> list[list[Span]]:
        """Tag a batch; returns each doc's role spans (sm's entities left intact)."""
        return [t.spans for t in self.pipe_tagged(docs)]

    def pipe_tagged(self, docs: list[Doc]) -> list[Tagged]:
        """Tag a batch; returns each doc's role spans and the scores of the moves that
        made them (sm's entities left intact)."""
        saved = [doc.to_array(_ENT_ATTRS) for doc in docs]
        for doc in docs:
            clear_entities(doc)
        results, scores = [], []
        try:
            if docs:
                states, scores = self._decode(docs)
                self._ner.set_annotations(docs, states)
            for doc, logp in zip(docs, scores):
                spans = merge_sentence_splits(doc, cut_at_breaks(doc, list(doc.ents)))
                results.append(Tagged(spans, MoveScores(logp, self._move_index)))
        finally:
            for doc, arr in zip(docs, saved):
                doc.from_array(_ENT_ATTRS, numpy.asarray(arr, dtype="uint64"))
        return results

    def _decode(self, docs: list[Doc]):
        """spaCy's greedy decoding, step by step in Python so that the scores of every
        move are kept (with one tagger, the same moves as ``ner.predict``, at the same
        speed: each step scores all unfinished docs at once). With several, each move
        is chosen on the mean of their log-probabilities. Scores are kept without a
        :meth:`shift_moves` shift."""
        ner = self._ner
        raw = [numpy.zeros((len(doc), ner.moves.n_moves), dtype="f") for doc in docs]
        if not any(len(doc) for doc in docs):
            return ner.moves.init_batch(docs), raw
        for member in self._members:
            member.ner._ensure_labels_are_added(docs)
        batch = ner.moves.init_batch(docs)
        with features.shared_features():
            models = [member.ner.model.predict(docs) for member in self._members]
        row_of = {id(state): k for k, state in enumerate(batch)}
        states = [state for state in batch if not state.is_final()]
        try:
            while states:
                scores, kept = self._step(models, states)
                for row, state in enumerate(states):
                    raw[row_of[id(state)]][state.B(0)] = kept[row]
                states = ner.transition_states(states, scores)
        finally:
            for model in models:
                model.clear_memory()
        return batch, [_log_softmax(r) if len(r) else r for r in raw]

    def _step(self, models: list, states: list) -> tuple[numpy.ndarray, numpy.ndarray]:
        """One step's move scores for ``states``: those to choose by, and those to
        keep (without the shift)."""
        if len(models) == 1:
            scores = models[0].predict(states)
            return scores, scores - self._shift
        logps = [_log_softmax(model.predict(states)) for model in models]
        scores = numpy.mean(logps, axis=0).astype("f")
        if not self._shift.any():
            return scores, scores
        kept = numpy.mean([_log_softmax(lp - self._shift) for lp in logps], axis=0).astype("f")
        return scores, kept


def _log_softmax(scores: numpy.ndarray) -> numpy.ndarray:
    return (scores - numpy.logaddexp.reduce(scores, axis=1, keepdims=True)).astype("f")
