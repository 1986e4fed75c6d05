"""Fitting linked contents to the quotation marks around them.

The tagger cuts spans at sentence starts and sometimes stops a quotation
early; the marks say where a direct quote really ends. After linking:

- a content piece that starts at a quotation's opening mark but stops inside it
  runs on to the closing mark, unless another attribution's span is in the way;
- likewise a piece that ends at a quotation's closing mark but starts inside it (the
  tagger cut it at a sentence start) runs back to the opening mark;
- a content ending in a quotation (a direct or a mixed quote) whose attribution's
  sentence is followed, in the same paragraph, by a further quotation that no
  attribution claims takes it as its next piece ("Subpoenas are not optional,"
  Gowdy said after the hearing. "Mr. Pagliano is a crucial witness."; The summit
  accomplished "too little," he added. "Europe risks a lot."); inside the same
  sentence only after a comma, a conjunction or an adverb ('"A," he said, "B."'),
  never a title ('he said on MSNBC's "Morning Joe."'). An indirect content takes a
  quotation that opens the next sentence the same way (The administration may wait,
  he said. "The other factor is ...").
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from .attribution import Link
from .doctext import doc_text
from .quotes import Quote, find_quotes

__all__ = ["fit_quotes", "close_quotations"]

#: what may stand before a further quotation inside the same sentence ('“A,” he said,
#: “B.”'; 'Oz is “smart,” he wrote, but “lazy.”')
_BEFORE_MORE = frozenset({"PUNCT", "CCONJ", "ADV"})


def _taken(doc: Doc, links: list[Link]) -> list[Link | None]:
    owner: list[Link | None] = [None] * len(doc)
    for link in links:
        for span in (link.cue, link.source, *link.content):
            if span is not None:
                for i in range(span.start, span.end):
                    owner[i] = link
    return owner


def _free(owner: list[Link | None], start: int, end: int, link: Link) -> bool:
    return all(o is None or o is link for o in owner[start:end])


def _quote_at(quotes: list[Quote], starts: list[int], char: int) -> Quote | None:
    k = bisect_right(starts, char) - 1
    if k >= 0 and quotes[k].start <= char < quotes[k].end:
        return quotes[k]
    return None


def _widen(doc: Doc, link: Link, n: int, q: Quote, owner, forward: bool) -> None:
    """Make ``link``'s ``n``-th piece the whole quotation ``q`` when the words it
    gains (after the piece, or before it) belong to no other attribution."""
    piece = link.content[n]
    longer = doc.char_span(q.start, q.end, label="CONTENT", alignment_mode="expand")
    if longer is None:
        return
    gained = (piece.end, longer.end) if forward else (longer.start, piece.start)
    if not _free(owner, *gained, link):
        return
    link.content[n] = longer
    for i in range(longer.start, longer.end):
        owner[i] = link


def _opened_short(piece: Span, quotes: list[Quote], starts: list[int]) -> Quote | None:
    """The closed quotation ``piece`` opens with its mark and stops short of, if any."""
    q = _quote_at(quotes, starts, piece.start_char)
    return q if q is not None and q.start == piece.start_char and q.closed and q.end > piece.end_char else None


def _run_on(doc: Doc, link: Link, quotes, starts, owner) -> None:
    for n, piece in enumerate(link.content):
        q = _opened_short(piece, quotes, starts)
        if q is not None:
            _widen(doc, link, n, q, owner, forward=True)


def _run_back(doc: Doc, link: Link, quotes, starts, owner) -> None:
    for n, piece in enumerate(link.content):
        q = _quote_at(quotes, starts, piece.end_char - 1)
        if q is None or q.end != piece.end_char or not q.closed or q.start >= piece.start_char:
            continue
        if not doc[piece.start].is_quote:  # else a quotation of its own inside a longer run of marks
            _widen(doc, link, n, q, owner, forward=False)


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _continue(doc: Doc, text: str, link: Link, quotes, starts, owner) -> None:
    last = link.content[-1]
    q = _quote_at(quotes, starts, last.end_char - 1)
    quoted = not (q is None or q.end != last.end_char or q.start < last.start_char)
    after = max(s.end for s in (link.cue, link.source, *link.content) if s is not None)
    k = bisect_right(starts, doc[after - 1].idx)
    if k >= len(quotes):
        return
    nxt = quotes[k]
    para_end = _paragraph_end(text, doc[after - 1].idx)
    piece = doc.char_span(nxt.start, nxt.end, label="CONTENT", alignment_mode="expand")
    if piece is None or nxt.end > para_end or piece.start < after:
        return
    if not _free(owner, after, piece.end, link):
        return
    sent_end = doc[after - 1].sent.end
    if any(not (t.is_punct or t.is_space) for t in doc[sent_end : piece.start]):
        return  # a sentence of its own between: not a continuation
    if not quoted and piece.start != piece.sent.start:
        return  # an indirect content takes only a quotation that opens a sentence
    if piece.start != piece.sent.start and doc[piece.start - 1].pos_ not in _BEFORE_MORE:
        return  # a title or a phrase inside a sentence: 'he said on MSNBC's "Morning Joe."'
    link.content.append(piece)
    for i in range(piece.start, piece.end):
        owner[i] = link


def _source_tail(doc: Doc, link: Link, quotes, starts) -> None:
    """A content that runs from a quotation on into the name before its cue
    ('“...,” [Flynn, a top Trump surrogate], said Thursday on “Fox and Friends.”') ends
    at the closing mark, and the name is the source, unless the cue has a source of its
    own before it elsewhere."""
    piece, cue, source = link.content[0], link.cue, link.source
    if piece.end > cue.start:
        return
    overlapped = source is not None and piece.start < source.end and source.start < piece.end
    if source is not None and source.end <= cue.start and not overlapped:
        return
    q = _quote_at(quotes, starts, piece.start_char)
    if q is None or q.start < piece.start_char - 1 or not q.closed or q.end >= piece.end_char:
        return
    quoted = doc.char_span(piece.start_char, q.end, label="CONTENT", alignment_mode="expand")
    if quoted is None or quoted.end >= piece.end:
        return
    tail = doc[quoted.end:piece.end]
    while len(tail) and (tail[0].is_punct or tail[0].is_space):
        tail = doc[tail.start + 1:tail.end]
    while len(tail) and (tail[-1].is_punct or tail[-1].is_space):
        tail = doc[tail.start:tail.end - 1]
    if not len(tail) or doc[tail.end:cue.start].text.strip(" ,") or any(
            t.pos_ in ("VERB", "AUX") or t.is_quote for t in tail) or tail[0].pos_ not in ("PROPN", "PRON", "DET"):
        return
    link.content[0] = quoted
    if not overlapped:
        link.source = Span(doc, tail.start, tail.end, label="SOURCE")


def fit_quotes(doc: Doc, links: list[Link]) -> None:
    """Adjust the links' content pieces in place."""
    text = doc_text(doc)
    quotes = [q for q in find_quotes(text)[0]]
    if not quotes:
        return
    starts = [q.start for q in quotes]
    for link in links:
        if link.content and link.cue is not None:
            _source_tail(doc, link, quotes, starts)
    owner = _taken(doc, links)
    for link in links:
        if link.content:
            _run_on(doc, link, quotes, starts, owner)
            _run_back(doc, link, quotes, starts, owner)
    for link in links:
        if link.content:
            _continue(doc, text, link, quotes, starts, owner)


def close_quotations(doc: Doc, links: list[Link]) -> None:
    """After the boundary chooser: a content piece that opens a quotation and stops
    only its closing punctuation short ("«We will not allow it" + ",»") takes it. Where
    the chooser cut words, it stays cut (PolNeAR agrees with it more often than not)."""
    quotes = find_quotes(doc_text(doc))[0]
    if not quotes:
        return
    starts = [q.start for q in quotes]
    owner = _taken(doc, links)
    for link in links:
        for n, piece in enumerate(link.content):
            q = _opened_short(piece, quotes, starts)
            if q is None:
                continue
            rest = doc.char_span(piece.end_char, q.end, alignment_mode="expand")
            if rest is not None and all(t.text in (",", ".") or t.is_quote for t in rest):
                _widen(doc, link, n, q, owner, forward=True)
