"""A faster matrix product for the pipeline's thinc models on CPU.

thinc's ``NumpyOps.gemm`` multiplies with the BLIS library bundled in ``blis``; numpy's
``matmul`` uses the OpenBLAS that numpy ships. On the machines this project runs on,
OpenBLAS is about three times faster for the products a tagger or parser makes
(a 10,000 x 288 by 288 x 288 product: 31 GFLOP/s with BLIS, 96 with OpenBLAS on one
thread), and gives the same predictions on the PolNeAR dev texts. :class:`MatmulOps`
is ``NumpyOps`` with that one method changed; :func:`use_matmul` puts it under a model.

OpenBLAS uses as many threads as ``OPENBLAS_NUM_THREADS`` allows (all cores when it is
not set); the corpus runner sets it to one per worker.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps

__all__ = ["MatmulOps", "use_matmul", "use_matmul_in"]


class MatmulOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is ``numpy.matmul``."""

    name = "quotegraph_matmul"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        if x.ndim != 2 or y.ndim != 2:
            raise ValueError(f"gemm needs 2-d arrays, got {x.ndim}-d and {y.ndim}-d")
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


_OPS = MatmulOps()


def use_matmul(model: Model) -> None:
    """Give every layer of ``model`` that runs on thinc's CPU ops the faster product
    (layers on other ops, a GPU's, are left as they are)."""
    for node in model.walk():
        if type(node.ops) is NumpyOps:
            node.ops = _OPS


def use_matmul_in(nlp: Language) -> None:
    """:func:`use_matmul` for every component of a pipeline that has a thinc model."""
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if isinstance(model, Model):
            use_matmul(model)
