"""Token features for the role tagger beyond the word itself (``quotegraph.RoleEmbed.v1``).

spaCy's ``MultiHashEmbed`` embeds token attributes (form, affixes, shape, tag, dependency
label). A CNN over them sees a few words either side, which is too short to tell a word
deep inside a long quotation from one outside it, or a rare reporting verb from any
verb. This embedding adds three columns computed from the whole document:

- QUOTE: inside a quotation (``quotes.find_quotes``), a quotation mark, or outside;
- CUE: the word's lemma is a reporting verb of ``data/cue_verbs.txt`` (or "according");
- HEAD: the head's dependency label, whether the head is a reporting verb, and on
  which side it is.

Each column gets its own hash-embedding table; all are concatenated and mixed by one
Maxout layer, as in ``MultiHashEmbed``.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, NORM, PREFIX, SHAPE, SUFFIX, TAG
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from .doctext import doc_text
from .quotes import find_quotes, quote_pairs
from .recall import cue_verbs

__all__ = ["RoleEmbed", "role_features"]

_ATTRS = [NORM, PREFIX, SUFFIX, SHAPE, TAG, DEP]
N_COLUMNS = len(_ATTRS) + 3
_PTB_QUOTES = ("''", "``")  # two-character quotation tokens, not in the mark table


def _mark_tokens() -> frozenset[str]:
    """Token texts that are quotation marks: every opener and closer of
    ``data/quote_marks.tsv``, and the two-character ones."""
    return frozenset(m for op, cl, _ in quote_pairs() for m in (op, cl)) | frozenset(_PTB_QUOTES)


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
    verbs = cue_verbs()
    cue = numpy.zeros(n, dtype="uint64")
    head = numpy.zeros(n, dtype="uint64")
    dep = base[:, 5]
    for tok in doc:
        if tok.text in marks:
            quote[tok.i] = 2
        is_cue = tok.lemma_.lower() in verbs or tok.lower_ == "according"
        cue[tok.i] = 1 if is_cue else 0
    for tok in doc:
        h = tok.head
        flags = (2 if cue[h.i] else 0) + (1 if h.i < tok.i else 0) + (4 if h.i == tok.i else 0)
        head[tok.i] = (int(dep[h.i]) * 8 + flags) & 0xFFFFFFFFFFFFFFFF
    return numpy.concatenate([base, quote[:, None] + 1, cue[:, None] + 1, head[:, None] + 1], axis=1)


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    ops = model.ops
    out = [ops.asarray2i(role_features(doc), dtype="uint64") if len(doc) else
           ops.alloc2i(0, N_COLUMNS, dtype="uint64") for doc in docs]
    return out, lambda d_features: []


@registry.architectures("quotegraph.RoleEmbed.v1")
def RoleEmbed(width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of form, affixes, shape, tag, dependency label and the three
    document-level columns above (``rows``: table sizes, one per column)."""
    if len(rows) != N_COLUMNS:
        raise ValueError(f"quotegraph.RoleEmbed.v1 needs {N_COLUMNS} row counts, got {len(rows)}")
    tables = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(N_COLUMNS)]
    extract: Model[list[Doc], list[Ints2d]] = Model("qg_role_features", _extract_forward)
    return chain(
        extract,
        list2ragged(),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, width * N_COLUMNS, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
