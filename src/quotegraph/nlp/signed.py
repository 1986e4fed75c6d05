"""Signed quotations: a quotation followed by a dash and its speaker's name.

Vox pops, reader voices and epigraphs attribute a quote by signing it::

    “He represents our greatest shame.” ― Sonya Herridge

The dash is the cue, the name the source and the quotation the content
(PolNeAR annotates them so). The construction is typographic, so it is found
from the quotation marks and the tokens, not by the tagger: its spans win over
any tagged span they overlap.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .attribution import Link
from .doctext import doc_text
from .quotes import opening_marks, quote_pairs

__all__ = ["find_signed_quotes"]

_NAME_LINKS = {"de", "da", "van", "von", "del", "la", "le", "bin", "al", "-"}
_MAX_NAME = 5
_MIN_QUOTE_TOKENS = 3


def _name_token(tok: Token) -> bool:
    text = tok.text
    if tok.is_space or "\n" in tok.whitespace_:
        return False
    if text[:1].isupper() and (text.isalpha() or text.rstrip(".").isalpha() or "-" in text or "'" in text or "’" in text):
        return True
    return False


def _name_after(doc: Doc, i: int) -> Span | None:
    """The person's name starting at token ``i``: title-case words (with
    particles like "de" inside), ending at punctuation or the line's end."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME:
        tok = doc[end]
        if _name_token(tok) or (tok.lower_ in _NAME_LINKS and end > i and end + 1 < len(doc)
                                 and _name_token(doc[end + 1])):
            end += 1
            if "\n" in tok.whitespace_:
                break
            continue
        break
    if end == i or not doc[i].text[:1].isupper():
        return None
    if end < len(doc) and _name_token(doc[end]):
        return None  # more capitalised words than a name has: a headline, not a signature
    return doc[i:end]


@lru_cache(maxsize=1)
def _closing_before_dash(text: str) -> re.Pattern[str]:
    marks = "".join(sorted({cl for _, cl, _ in quote_pairs()} | {op for op, _, _ in quote_pairs()}))
    return re.compile(f"[{re.escape(marks)}]" + r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*(?=\S)")


def _line_start(text: str, i: int) -> int:
    start = text.rfind("\n", 0, i) + 1
    while start < i and text[start].isspace():
        start += 1
    return start


def _signed(doc: Doc, text: str, m: re.Match[str]) -> Link | None:
    """The attribution of one "<mark> <dash> Name" match whose line opens with a mark."""
    start = _line_start(text, m.start())
    if text[start] not in opening_marks() | {"”", "’"}:
        return None  # the quotation must fill its line (paragraph) up to the mark
    content = doc.char_span(start, m.start() + 1, label="CONTENT", alignment_mode="contract")
    cue = doc.char_span(m.start(1), m.end(1), label="CUE", alignment_mode="expand")
    if content is None or cue is None or len(content) < _MIN_QUOTE_TOKENS:
        return None
    first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if first is None or any(not t.is_space for t in doc[cue.end : first.start]):
        return None
    source = _name_after(doc, first.start)
    if source is None or not any(t.pos_ == "PROPN" for t in source):
        return None
    return Link(cue=cue, source=Span(doc, source.start, source.end, label="SOURCE"), content=[content])


def find_signed_quotes(doc: Doc) -> list[Link]:
    """Every quotation signed with a dash and a name, as complete attributions."""
    text = doc_text(doc)
    links = []
    for m in _closing_before_dash(text).finditer(text):
        link = _signed(doc, text, m)
        if link is not None:
            links.append(link)
    return links
