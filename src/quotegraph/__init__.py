"""quotegraph: who said what, about whom, in news articles."""
from __future__ import annotations

from .errors import InputError, ModelError, QuotegraphError, StoreError
from .records import ArticleResult, Rejection, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "analyze_many",
    "prepare_text",
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


def analyze(text: str, id: str | None = None, *, events: bool = False) -> ArticleResult:  # noqa: A002
    """Analyse one article's text and return its statements and speakers (and its
    PLOVER events with ``events=True``)."""
    from .api import analyze as _analyze

    return _analyze(text, id=id, events=events)


def analyze_many(items, *, batch_size: int = 16, events: bool = False):
    """Analyse ``(id, text)`` pairs lazily; yields ``ArticleResult`` or ``Rejection``."""
    from .api import analyze_many as _many

    return _many(items, batch_size=batch_size, events=events)


def prepare_text(text: str) -> str:
    """The copy of ``text`` that quotegraph analyses, at the same length (so offsets carry
    over): line breaks inside the paragraphs of hard-wrapped text and no-break spaces used
    between every two words become plain spaces; other text comes back as is. For a
    pipeline of one's own: ``doc = nlp(quotegraph.prepare_text(text))``."""
    from .nlp.paragraphs import prepare_text as _prepare

    return _prepare(text)
