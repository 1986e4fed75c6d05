"""Paragraph breaks end sentences: the ``quotegraph_paragraphs`` component.

spaCy's parser sometimes runs a sentence over a line break ("... live in poverty."
/ "About 9.9 million single mothers ..., according to federal statistics."), and
then "according to" reports the previous paragraph too, and a quotation set off
as its own paragraph after "He said:" hangs off the wrong clause. News text puts
one paragraph on a line, so this component, placed before the parser, starts a
sentence after every line break, and the parser keeps those boundaries.

Text wrapped at a fixed width (a plain-text wire story, an e-mail) breaks lines
inside sentences; there only a blank line starts a sentence (:func:`hard_wrapped`).

Usage in a pipeline of one's own::

    nlp.add_pipe("quotegraph_paragraphs", before="parser")
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs", "hard_wrapped"]

_MIN_LINES = 8
_WRAP_WIDTH = (40, 100)
_SENTENCE_ENDS = frozenset('.!?:"”’\')')


def hard_wrapped(text: str) -> bool:
    """True when ``text`` looks wrapped at a fixed width: most of its lines are of
    a line-width length and most of those end in the middle of a sentence."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return False
    low, high = _WRAP_WIDTH
    wide = [line for line in lines if low <= len(line) <= high]
    mid = [line for line in wide if line[-1] not in _SENTENCE_ENDS]
    return len(wide) >= 0.7 * len(lines) and len(mid) >= 0.5 * len(wide)


@Language.component("quotegraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after each line break (each blank line in hard-wrapped text).
    Runs before the parser; once parsed, a doc keeps its own sentences."""
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return doc
    breaks = 2 if hard_wrapped(doc.text) else 1  # newlines in one run of white space
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= breaks:
            doc[tok.i + 1].is_sent_start = True
    return doc
