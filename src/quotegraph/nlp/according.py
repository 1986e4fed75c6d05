""""According to X" phrases that no attribution has taken: each is an attribution of its
own, with X as source and the clause the phrase hangs on as content, other reports in
that clause included (PolNeAR nests them: "“...,” he told Flake, according to officials
with knowledge of the meeting"). Also :func:`according_to_source`, for an "according to" cue the
tagger found whose source and content it mixed up."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from .link import Link
from .quotes import find_quotes
from .recall import data_words
from .syntax import according_to, content_of, overlap, subject_of, trimmed

__all__ = ["add_according_to", "according_to_source"]

_CLIMB = frozenset({"advcl", "xcomp", "conj"})
_MIN_CONTENT = 3


def _clause_head(prep: Token) -> Token:
    """The verb whose clause an "according to" phrase qualifies; a participle or a second
    verb the phrase happens to hang on gives way to the verb it depends on ("Trump wrote
    to ..., threatening a lawsuit, according to a copy of the letter")."""
    head = prep.head
    while head.dep_ in _CLIMB and head.head.i != head.i and head.head.i < head.i \
            and head.tag_ in ("VBG", "VBN") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    return head


def _content(cue: Span) -> Span | None:
    doc, sent = cue.doc, cue.sent
    if all(t.is_punct or t.is_space for t in doc[sent.start : cue.start]):
        return content_of(cue)  # "According to X, ...": the rest of the sentence
    relative = _relative_before(cue)
    head = _clause_head(cue[0])
    if relative is not None:
        start = relative.left_edge.i
    elif sent.start <= head.i < cue.start:
        start = max(head.left_edge.i, sent.start)
    else:
        return None
    end = cue.start
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ";", "—", "--")):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return Span(doc, start, end, label="CONTENT") if end - start >= _MIN_CONTENT else None


def _relative_before(cue: Span) -> Token | None:
    """"the deal, [which would slash its tax rate to 17 percent], according to company
    leaders": a relative clause that ends right before the phrase is what it qualifies."""
    doc = cue.doc
    last = cue.start - 1
    while last > 0 and (doc[last].is_space or doc[last].text == ","):
        last -= 1
    for tok in [doc[last], *doc[last].ancestors]:
        if tok.right_edge.i != last:
            return None
        if tok.dep_ == "relcl":
            return tok
    return None


def _from_opening_mark(content: Span, quotes) -> Span:
    """A content that ends a quotation opened sentences before starts at its opening mark
    ("“... There has been a constant drip. When does it stop?,” the judge said, according
    to the Post")."""
    doc = content.doc
    text = doc_text(doc)
    first, end = doc[content.start].idx, doc[content.end - 1].idx + len(doc[content.end - 1])
    opened = [q.start for q in quotes if q.start < first and (first < q.end <= end + 1 or (
        q.end <= first and q.closed and not text[q.end:first].strip()))]  # '“... stop?” the judge said'
    if not opened:
        return content
    start = doc.char_span(opened[0], opened[0] + 1, alignment_mode="expand")
    return Span(doc, start.start, content.end, label=content.label_) if start is not None else content


def _free(cue: Span, links: list[Link]) -> bool:
    """No attribution uses the phrase's words as cue or source already."""
    for link in links:
        for span in (link.cue, link.source):
            if span is not None and span.start < cue.end + 1 and cue.start < span.end:
                return False
    return True


def add_according_to(doc: Doc, links: list[Link]) -> list[Link]:
    """``links`` plus an attribution for each "according to X" none of them took, outside
    quotations (a quoted "according to its own website" is the quoted speaker's)."""
    found = []
    quotes = None
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        cue = Span(doc, tok.i, tok.i + 2, label="CUE")
        if not _free(cue, links):
            continue
        if quotes is None:
            quotes = find_quotes(doc_text(doc))[0]
        if any(q.start <= tok.idx < q.end for q in quotes):
            continue
        source, content = subject_of(cue), _content(cue)
        if source is not None and source.root.lemma_.lower() in data_words("according_manner_nouns.txt"):
            continue  # "will be chosen according to the rules": in keeping with them
        if source is None or content is None or source.start < content.end and content.start < source.end:
            continue
        if content[0].lower_ in ("'s", "’s"):
            continue  # "According to the school’s Facebook post" read as "the school"
        content = _from_opening_mark(content, quotes)
        lo, hi = min(cue.start, content.start), max(cue.end, content.end)
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo : hi - 1]):
            continue  # a phrase cut off by a line break
        found.append(Link(cue=cue, source=source, content=[content]))
    return links + found


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def according_to_source(link: Link) -> None:
    """An "according to" cue whose source and content the tagger mixed up (in place): a
    source or lone content run past the phrase's object is cut (:func:`_cut_according_span`;
    a cue with neither reads its object from the parse), and in "..., according to [X]"
    with X tagged as the content, X is the source and the rest of the sentence the content
    (reports inside it stay reports of their own)."""
    if len(link.content) > 1 or (link.source is not None and link.content):
        return
    to = according_to(link.cue)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return
    piece = link.content[0] if link.content else link.source or Span(obj.doc, obj.left_edge.i, obj.right_edge.i + 1)
    if _cut_according_span(link, piece, obj) or not link.content:
        return
    if not (obj.left_edge.i <= piece.start <= obj.i < piece.end <= obj.right_edge.i + 1):
        return
    content = content_of(link.cue)
    if content is not None and not overlap(content, piece):
        link.source = Span(piece.doc, piece.start, piece.end, label="SOURCE")
        link.content = [content]


def _cut_according_span(link: Link, span: Span, obj) -> bool:
    """"According to [X, the move reeks of fear]" opening a sentence: a source (or a lone
    content) the tagger ran past the phrase's object ends at the last comma before the
    clause's finite verb, and the clause from there is the content. True when it did."""
    doc = span.doc
    if not (span.start <= obj.i < span.end):
        return False
    if not all(t.is_punct or t.is_space for t in doc[link.cue.sent.start : link.cue.start]):
        return False  # "X, according to Y, ...": the clause before is the content
    verb = next((t.i for t in doc[obj.i + 1 : span.end] if t.tag_ in _FINITE or t.pos_ == "VERB"), None)
    commas = [t.i for t in doc[obj.i + 1 : verb or span.end] if t.text == ","]
    if not commas:
        return False
    comma = commas[-1] if verb is not None else commas[0]  # the verb misread as a noun: the first
    content = trimmed(doc, comma + 1, max(span.end, link.cue.sent.end), "CONTENT")
    source = trimmed(doc, span.start, comma, "SOURCE")
    if content is None or len(content) < 4 or source is None:
        return False
    link.source, link.content = source, [content]
    return True
