"""Small span helpers shared by the parse readers (:mod:`.syntax`, :mod:`.misread`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["finite", "overlap", "trimmed"]


def overlap(a: Span, b: Span) -> bool:
    """Whether two spans of a doc share a token."""
    return a.start < b.end and b.start < a.end


def trimmed(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """``doc[start:end]`` without punctuation or whitespace at either end, or None if empty."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Span(doc, start, end, label=label) if end > start else None


def finite(verb: Token) -> bool:
    """A verb that carries tense: a past or present form, or one with a modal."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in verb.children)
