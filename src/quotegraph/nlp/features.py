"""Token features for the role tagger beyond the word itself (``quotegraph.RoleEmbed.v1``).

spaCy's ``MultiHashEmbed`` embeds token attributes (form, affixes, shape, tag, dependency
label). A CNN over them sees a few words either side, which is too short to tell a word
deep inside a long quotation from one outside it, or a rare reporting verb from any
verb. This embedding adds three columns computed from the whole document:

- QUOTE: inside a quotation (``quotes.find_quotes``), a quotation mark, or outside;
- CUE: the word's lemma is a reporting verb of ``data/cue_verbs.txt`` (or "according");
- HEAD: the head's dependency label, whether the head is a reporting verb, and on
  which side it is.

``quotegraph.RoleEmbed.v2`` adds a fourth, BRANCH: the word's branch under its
nearest reporting verb (:func:`branch_column`). ``quotegraph.RoleEmbed.v3`` adds fixed
pretrained word vectors (MiniLM's wordpiece table, already committed for event coding),
projected by a trained linear layer.

Each column gets its own hash-embedding table; all are concatenated and mixed by one
Maxout layer, as in ``MultiHashEmbed``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy
from spacy.attrs import DEP, NORM, PREFIX, SHAPE, SUFFIX, TAG
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Linear, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from ..events.static import DIM as _STATIC_DIM
from .doctext import doc_text
from .quotes import find_quotes, quote_pairs
from .recall import cue_verbs

__all__ = ["RoleEmbed", "RoleEmbedBranch", "RoleEmbedStatic", "role_features", "branch_column", "shared_features"]

_ATTRS = [NORM, PREFIX, SUFFIX, SHAPE, TAG, DEP]
N_COLUMNS = len(_ATTRS) + 3
_PTB_QUOTES = ("''", "``")  # two-character quotation tokens, not in the mark table


def _mark_tokens() -> frozenset[str]:
    """Token texts that are quotation marks: every opener and closer of
    ``data/quote_marks.tsv``, and the two-character ones."""
    return frozenset(m for op, cl, _ in quote_pairs() for m in (op, cl)) | frozenset(_PTB_QUOTES)


def _cue_flags(doc: Doc) -> numpy.ndarray:
    """1 for a word whose lemma is a reporting verb (or "according"), else 0."""
    verbs = cue_verbs()
    return numpy.array(
        [1 if (t.lemma_.lower() in verbs or t.lower_ == "according") else 0 for t in doc], dtype="uint64"
    )


def role_features(doc: Doc) -> numpy.ndarray:
    """The tagger's feature columns for one doc: (tokens, N_COLUMNS) uint64."""
    base = doc.to_array(_ATTRS).astype("uint64")
    n = len(doc)
    quote = numpy.zeros(n, dtype="uint64")
    text = doc_text(doc)
    marks = _mark_tokens()
    spans, _ = find_quotes(text)
    starts = numpy.array([t.idx for t in doc], dtype="int64")
    for q in spans:
        lo, hi = numpy.searchsorted(starts, q.start), numpy.searchsorted(starts, q.end)
        quote[lo:hi] = 1
    cue = _cue_flags(doc)
    head = numpy.zeros(n, dtype="uint64")
    dep = base[:, 5]
    for tok in doc:
        if tok.text in marks:
            quote[tok.i] = 2
    for tok in doc:
        h = tok.head
        flags = (2 if cue[h.i] else 0) + (1 if h.i < tok.i else 0) + (4 if h.i == tok.i else 0)
        head[tok.i] = (int(dep[h.i]) * 8 + flags) & 0xFFFFFFFFFFFFFFFF
    return numpy.concatenate([base, quote[:, None] + 1, cue[:, None] + 1, head[:, None] + 1], axis=1)


def branch_column(doc: Doc, cue: numpy.ndarray) -> numpy.ndarray:
    """Where each word hangs relative to the nearest reporting verb of the parse.

    For a word below a reporting verb (``cue`` nonzero), the value codes the label of
    the verb's child on the path down to the word ("ccomp" for the reported clause,
    "nsubj" for the speaker, "advcl", "conj", ...), the word's side of the verb, and
    whether the word is that child itself. A word in a clause that governs a reporting
    verb ("Talks will resume, he said": "said" hangs under "resume"; "According to X,
    prices rose") gets the label of that verb and its side, in a second value range. A
    reporting verb gets its own value, any other word 0. The tagger's window sees a few
    words; this tells it which branch of the parse a word belongs to, however far the
    verb is."""
    n = len(doc)
    heads = doc.to_array("HEAD").astype("int64") + numpy.arange(n)
    deps = doc.to_array("DEP").astype("uint64")
    top = numpy.full(n, -1, dtype="int64")  # child of the nearest cue ancestor on the path
    anc = numpy.full(n, -1, dtype="int64")  # that cue ancestor
    cue_child = numpy.full(n, -1, dtype="int64")  # a reporting verb hanging under the word
    for i in range(n):
        if cue[i] and heads[i] != i and cue_child[heads[i]] < 0:
            cue_child[heads[i]] = i
    gov = cue_child.copy()  # nearest reporting verb under the word or an ancestor
    for i in _top_down(heads):
        h = int(heads[i])
        if h == i:
            continue
        if cue[h]:
            top[i], anc[i] = i, h
        else:
            top[i], anc[i] = top[h], anc[h]
        if gov[i] < 0:
            gov[i] = gov[h]
    out = numpy.zeros(n, dtype="uint64")
    for i in range(n):
        if cue[i]:
            out[i] = 1
        elif anc[i] >= 0:
            flags = (1 if i > anc[i] else 0) + (2 if top[i] == i else 0)
            out[i] = (int(deps[top[i]]) * 4 + flags + 2) & _MASK
        elif gov[i] >= 0:
            out[i] = ((int(deps[gov[i]]) * 4 + (1 if i > gov[i] else 0) + 2) & _MASK) ^ _GOVERNS
    return out


_GOVERNS = 1 << 62  # marks the second value range of branch_column
_MASK = (1 << 64) - 1


def _top_down(heads: numpy.ndarray) -> list[int]:
    """Token indices, each after its head, roots first (a token on a cycle, which
    spaCy's parses do not have, is left out)."""
    children: dict[int, list[int]] = {}
    roots = []
    for i, h in enumerate(heads.tolist()):
        if h == i:
            roots.append(i)
        else:
            children.setdefault(h, []).append(i)
    order, stack = [], roots[::-1]
    while stack:
        i = stack.pop()
        order.append(i)
        stack.extend(children.get(i, ()))
    return order


def _branch_features(doc: Doc) -> numpy.ndarray:
    base = role_features(doc)
    cue = base[:, 7] - 1  # role_features' CUE column, shifted by one
    return numpy.concatenate([base, branch_column(doc, cue)[:, None] + 1], axis=1)


_SHARED: list[dict] = []  # the caches of the open shared_features blocks, innermost last


@contextmanager
def shared_features() -> Iterator[None]:
    """Within this block each doc's feature columns and word vectors are computed once
    and shared by every tagger that reads it (the members of an ensemble)."""
    _SHARED.append({})
    try:
        yield
    finally:
        _SHARED.pop()


def _cached(kind: object, doc: Doc, make: Callable[[Doc], numpy.ndarray]) -> numpy.ndarray:
    if not _SHARED:
        return make(doc)
    cache = _SHARED[-1]
    hit = cache.get((kind, id(doc)))
    if hit is not None and hit[0] is doc:
        return hit[1]
    value = make(doc)
    cache[(kind, id(doc))] = (doc, value)
    return value


def _extractor(featurize, n_columns: int) -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool):
        ops = model.ops
        out = [ops.asarray2i(_cached(featurize, doc, featurize), dtype="uint64") if len(doc) else
               ops.alloc2i(0, n_columns, dtype="uint64") for doc in docs]
        return out, lambda d_features: []

    return Model("qg_role_features", forward)


def _embed(extract: Model, width: int, rows: list[int], n_columns: int) -> Model[list[Doc], list[Floats2d]]:
    tables = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(n_columns)]
    return chain(
        extract,
        list2ragged(),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, width * n_columns, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


@registry.architectures("quotegraph.RoleEmbed.v1")
def RoleEmbed(width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of form, affixes, shape, tag, dependency label and the three
    document-level columns above (``rows``: table sizes, one per column)."""
    if len(rows) != N_COLUMNS:
        raise ValueError(f"quotegraph.RoleEmbed.v1 needs {N_COLUMNS} row counts, got {len(rows)}")
    return _embed(_extractor(role_features, N_COLUMNS), width, rows, N_COLUMNS)


@registry.architectures("quotegraph.RoleEmbed.v2")
def RoleEmbedBranch(width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """``RoleEmbed.v1`` plus a fourth document-level column: the word's branch under
    its nearest reporting-verb ancestor (:func:`branch_column`)."""
    n = N_COLUMNS + 1
    if len(rows) != n:
        raise ValueError(f"quotegraph.RoleEmbed.v2 needs {n} row counts, got {len(rows)}")
    return _embed(_extractor(_branch_features, n), width, rows, n)


class _WordVectors:
    """Fixed word vectors from MiniLM's wordpiece table (``events/static.py``): a word's
    vector is the mean of its wordpieces' rows, scaled to unit norm. Wordpiece ids are
    cached per form (bounded), vectors are not."""

    _CACHE = 500_000

    def __init__(self) -> None:
        from ..events.static import load_static

        enc = load_static()
        self.table = enc.vectors
        self.norms = numpy.maximum(numpy.linalg.norm(self.table, axis=1, keepdims=True), 1e-6)
        self.tokenizer = enc.tokenizer
        self.special = enc.special
        self.ids: dict[str, tuple[int, ...]] = {}

    def _ids(self, text: str) -> tuple[int, ...]:
        ids = self.ids.get(text)
        if ids is None:
            ids = tuple(t for t in self.tokenizer.encode(text)[0] if t not in self.special)
            if len(self.ids) < self._CACHE:
                self.ids[text] = ids
        return ids

    def __call__(self, doc: Doc) -> numpy.ndarray:
        out = numpy.zeros((len(doc), self.table.shape[1]), dtype="float32")
        pieces = [self._ids(tok.text) for tok in doc]
        single = [i for i, p in enumerate(pieces) if len(p) == 1]
        rows = [pieces[i][0] for i in single]
        out[single] = self.table[rows] / self.norms[rows]
        for i, ids in enumerate(pieces):
            if len(ids) > 1:
                vec = self.table[list(ids)].mean(0)
                out[i] = vec / max(float(numpy.linalg.norm(vec)), 1e-6)
        return out


def _static_vectors(width: int) -> Model[list[Doc], list[Floats2d]]:
    holder: dict[str, _WordVectors] = {}

    def forward(model: Model, docs: list[Doc], is_train: bool):
        if "v" not in holder:
            holder["v"] = _WordVectors()
        ops = model.ops
        return [ops.asarray2f(_cached(_WordVectors, doc, holder["v"])) for doc in docs], lambda d: []

    lookup = Model("qg_word_vectors", forward)
    return chain(lookup, list2ragged(), with_array(Linear(width, _STATIC_DIM)))


@registry.architectures("quotegraph.RoleEmbed.v3")
def RoleEmbedStatic(width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """``RoleEmbed.v2`` plus fixed pretrained word vectors (MiniLM's wordpiece table,
    committed for event coding), projected to ``width`` by a trained linear layer."""
    n = N_COLUMNS + 1
    if len(rows) != n:
        raise ValueError(f"quotegraph.RoleEmbed.v3 needs {n} row counts, got {len(rows)}")
    tables = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(n)]
    hashed = chain(_extractor(_branch_features, n), list2ragged(), with_array(concatenate(*tables)))
    return chain(
        concatenate(hashed, _static_vectors(width)),
        with_array(Maxout(width, width * (n + 1), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
