"""Inverted reports that name their speaker after the cue, at a sentence start::

    Said one shopkeeper near the square: “Nobody trusts them anymore.”
    Said Ellis, “I don’t get the sense she’s interested in tax reform.”

A capitalised verb of ``data/inverted_cue_verbs.txt`` opens the sentence, a noun phrase
of at most ``_MAX_SOURCE_WORDS`` words without a verb follows, then a colon or comma and
a quotation mark. The verb is the cue, the noun phrase the source and the quotation (to
its closing mark, else the paragraph's end) the content. Like signed quotes, these are
found from the layout and win over tagged spans, which read the source as content.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .attribution import Link
from .doctext import doc_text
from .quotes import find_quotes

__all__ = ["find_inverted_reports", "inverted_verbs"]

_DATA = Path(__file__).with_name("data") / "inverted_cue_verbs.txt"
_MAX_SOURCE_WORDS = 12
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@lru_cache(maxsize=1)
def inverted_verbs() -> frozenset[str]:
    """The verbs (lower case) that may open an inverted report."""
    rows = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(l.strip() for l in rows if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(w.capitalize()) for w in sorted(inverted_verbs(), key=len, reverse=True))
    # a sentence start: the text's or a line's start, or after . ! ? (and a closing mark)
    return re.compile(rf"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][”\"’'][ \t]))[ \t]*(?P<cue>{verbs})[ \t]+")


_SOURCE = re.compile(r"(?P<source>[^\s:,“”\"][^\n“”\"]{0,150}?)[ \t]*[:,][ \t]*(?=[“\"])")


def _link(doc: Doc, text: str, m: re.Match[str], quotes: dict[int, int]) -> Link | None:
    s = _SOURCE.match(text, m.end())
    if s is None:
        return None
    start = s.end()
    end = quotes.get(start)
    if end is None:
        return None
    cue = doc.char_span(*m.span("cue"), label="CUE")
    source = doc.char_span(*s.span("source"), label="SOURCE", alignment_mode="contract")
    content = doc.char_span(start, end, label="CONTENT", alignment_mode="contract")
    if cue is None or source is None or content is None or len(content) < 2:
        return None
    words = [t for t in source if not t.is_punct]
    if not words or len(words) > _MAX_SOURCE_WORDS or any(t.tag_ in _VERB_TAGS for t in source) \
            or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
        return None  # 'Said to be worth $3m, ...' or a clause: no speaker
    return Link(cue=cue, source=source, content=[content])


def find_inverted_reports(doc: Doc) -> list[Link]:
    """Every sentence that opens with a reporting verb before its speaker and a quotation."""
    text = doc_text(doc)
    openings = list(_pattern().finditer(text))
    if not openings:
        return []
    quotes = {q.start: q.end for q in find_quotes(text)[0]}
    links = [_link(doc, text, m, quotes) for m in openings]
    return [link for link in links if link is not None]
