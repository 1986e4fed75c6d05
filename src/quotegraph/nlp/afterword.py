"""Quotations whose speaker is named in the next paragraph, by a set phrase::

    “This is the worst drought we have seen in forty years.”

    That was the assessment of Amina Yusuf, a farmer in northern Kenya.

The quotation must fill its paragraph; the next paragraph must open with a phrase of
``data/afterword_phrases.txt``. The phrase's bracketed word is the cue, the noun phrase
after it the source (up to its relative clause, as a source is elsewhere) and the
quotation the content. Like signed quotes, these are found from the layout and win
over tagged spans ("So" is no content of "said").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from .attribution import Link
from .doctext import doc_text
from .quotes import opening_marks, quote_pairs

__all__ = ["find_afterwords"]

_DATA = Path(__file__).with_name("data") / "afterword_phrases.txt"
_MIN_QUOTE_CHARS = 12
_DOUBLE = frozenset('"“”«»„')


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """One pattern for every phrase; the bracketed word of phrase k is group ``c<k>``."""
    rows = [l.strip() for l in _DATA.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    alternatives = []
    for k, row in enumerate(sorted(rows, key=len, reverse=True)):
        before, cue, after = re.match(r"(.*)\[(\w+)\](.*)", row).groups()
        tail = rf"\s+{_words(after)}" if after.strip() else ""
        alternatives.append(rf"{_words(before)}\s+(?P<c{k}>{cue}){tail}")
    return re.compile(rf"(?i:{'|'.join(alternatives)})\s+(?=\w)")


@lru_cache(maxsize=1)
def _closers() -> frozenset[str]:
    return frozenset(cl for _, cl, _ in quote_pairs())


def _quotation_before(text: str, start: int) -> tuple[int, int] | None:
    """The paragraph before ``start`` when it is one quotation (an opening mark first, a
    closing mark last), as a character range."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = text.rfind("\n", 0, end) + 1
    para = text[begin:end].strip()
    lead = begin + (len(text[begin:end]) - len(text[begin:end].lstrip()))
    if len(para) < _MIN_QUOTE_CHARS or para[0] not in opening_marks() or para[-1] not in _closers():
        return None
    if para[0] in _DOUBLE and sum(para.count(c) for c in _DOUBLE) > 2:
        return None  # “A,” he said. “B.”: the paragraph names its own speaker
    return lead, end


def _noun_phrase(doc: Doc, first: Token) -> Span | None:
    """The noun phrase that starts at ``first``: its head's words from ``first`` on, up to a
    relative clause or a phrase that hangs on the verb ("at a rally on Sunday")."""
    head = first
    while head.head.i != head.i and head.head.i >= first.i and head.head.pos_ in ("PROPN", "NOUN") \
            and head.dep_ in ("compound", "flat", "nmod", "amod", "det", "poss", "nummod", "case"):
        head = head.head
    end = head.right_edge.i + 1
    cut = min((t.left_edge.i for t in doc[first.i:end] if t.left_edge.i > first.i and (
        t.dep_ in ("relcl", "acl") or t.dep_ == "prep" and t.head.i == head.i and doc[t.i - 1].text == ",")),
        default=end)  # "Jane Doe, the mayor of Springfield[, at a rally on Sunday]"
    end = min(end, cut)
    while end > first.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Span(doc, first.i, end, label="SOURCE") if end > first.i else None


def _afterword(doc: Doc, text: str, m: re.Match[str]) -> Link | None:
    quote = _quotation_before(text, m.start())
    name = next(k for k, v in m.groupdict().items() if v is not None)
    cue = doc.char_span(m.start(name), m.end(name), label="CUE")
    content = doc.char_span(quote[0], quote[1], label="CONTENT", alignment_mode="contract") if quote else None
    first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if cue is None or content is None or first is None:
        return None
    source = _noun_phrase(doc, first[0])
    if source is None or source.root.pos_ not in ("PROPN", "NOUN"):
        return None
    return Link(cue=cue, source=source, content=[content])


def find_afterwords(doc: Doc) -> list[Link]:
    """Every stand-alone quotation that the next paragraph attributes by a set phrase."""
    text = doc_text(doc)
    links = []
    for m in re.finditer(r"(?m)^[ \t\u00a0]*", text):
        hit = _phrases().match(text, m.end())
        if hit is not None and m.end() > 0:
            link = _afterword(doc, text, hit)
            if link is not None:
                links.append(link)
    return links
