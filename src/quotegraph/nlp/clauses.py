"""Reported clauses that a content piece leaves out: the main clause before "LEFT, X
said, RIGHT", and the head of a clause whose tail alone the tagger took ("[It did not
prove] that walking prevents dementia, the authors cautioned").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .attribution import Link
from .quotes import opening_marks
from .syntax import finite, trimmed

__all__ = ["add_main_clauses", "add_whole_clauses"]


_LEFT_ROOTS = frozenset({"ROOT", "advcl"})


def _main_clause_before(doc: Doc, link: Link, taken: list[bool]) -> Span | None:
    """In "LEFT, X said, RIGHT" with only RIGHT as content, LEFT when it is the
    reported main clause or a subordinate clause opening it ("Lenox was a juggernaut,
    Mr. Clarke said, until ..."; "Though that transition was relatively seamless, he
    said, ..."): the whole sentence before the source, set off by commas around a
    finite reporting clause that is not the sentence's own root, and in no other span."""
    if len(link.content) != 1 or link.source is None:
        return None
    src, cue, right = link.source, link.cue, link.content[0]
    if not (src.end <= cue.start and cue.end <= right.start) or src.start < 2:
        return None
    verb = cue.root
    if verb.dep_ == "ROOT" or not finite(verb) or doc[src.start - 1].text != ",":
        return None
    if not any(doc[i].text == "," for i in range(cue.end, right.start)):
        return None
    sent = src.sent
    if not sent.start <= right.start < sent.end:
        return None
    first = sent.start
    while first < src.start and doc[first].is_space:
        first += 1
    left = trimmed(doc, first, src.start - 1, "CONTENT")
    if left is None or left.start != first or any(taken[left.start : left.end]):
        return None
    if left.text[:1] in opening_marks() or left[0].dep_ == "cc" or left.root.dep_ not in _LEFT_ROOTS:
        return None
    return left


def add_main_clauses(doc: Doc, links: list[Link], taken: list[bool]) -> None:
    """Give each "LEFT, X said, RIGHT" attribution its left piece where
    :func:`_main_clause_before` finds one (``taken``: the tokens the links' spans hold,
    kept up to date)."""
    for link in links:
        left = _main_clause_before(doc, link, taken)
        if left is not None:
            link.content = [left] + link.content
            taken[left.start : left.end] = [True] * len(left)


def _whole_clause(doc: Doc, link: Link, taken: list[bool]) -> Span | None:
    """In "CLAUSE, X said." with a content that is only the tail of the clause the cue
    governs ("It did not prove [that walking itself prevents dementia], the authors
    cautioned": the tagger read a report inside it), the whole clause, when it opens the
    sentence and its head words are in no other span."""
    if len(link.content) != 1 or link.source is None or link.cue is None:
        return None
    piece, src, cue = link.content[0], link.source, link.cue
    if not piece.end <= src.start < cue.start or doc[piece.end].text != ",":
        return None
    clause = next((c for c in cue.root.children if c.dep_ == "ccomp"
                   and c.left_edge.i < piece.start and piece.end <= c.right_edge.i + 1), None)
    if clause is None or clause.i >= piece.start:
        return None
    first = clause.left_edge.i
    while first < piece.start and doc[first].is_space:
        first += 1
    sent = piece.sent
    if first != sent.start and not all(doc[i].is_space for i in range(sent.start, first)):
        return None
    if doc[first].text in opening_marks() or any(taken[first : piece.start]):
        return None
    return trimmed(doc, first, piece.end, "CONTENT")


def add_whole_clauses(doc: Doc, links: list[Link], taken: list[bool]) -> None:
    """Give a content the head of its clause where :func:`_whole_clause` finds it
    (``taken`` as for :func:`add_main_clauses`)."""
    for link in links:
        whole = _whole_clause(doc, link, taken)
        if whole is not None:
            link.content = [whole]
            taken[whole.start : whole.end] = [True] * len(whole)
