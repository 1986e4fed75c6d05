"""quotegraph: who said what, about whom, in news articles."""
from __future__ import annotations

from .errors import InputError, ModelError, QuotegraphError, StoreError
from .records import ArticleResult, Rejection, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "analyze_many",
    "ArticleResult",
    "Statement",
    "Speaker",
    "Span",
    "Rejection",
    "QuotegraphError",
    "InputError",
    "ModelError",
    "StoreError",
    "__version__",
]


def analyze(text: str, id: str | None = None) -> ArticleResult:  # noqa: A002 - public name
    """Analyse one article's text and return its statements and speakers."""
    from .api import analyze as _analyze

    return _analyze(text, id=id)


def analyze_many(items, *, batch_size: int = 16):
    """Analyse ``(id, text)`` pairs lazily; yields ``ArticleResult`` or ``Rejection``."""
    from .api import analyze_many as _many

    return _many(items, batch_size=batch_size)
