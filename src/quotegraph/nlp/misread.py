"""Reported clauses the parse misread as relative clauses on a noun after the cue ("said in
an email [that talks with the union] would continue"; "told his counterpart in a phone call
[that Cairo rejects any attack]"), for :func:`.syntax.content_of`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .spans import trimmed

__all__ = ["misread_that_clause", "subject_misread_as_relative"]


def subject_misread_as_relative(cue: Span, comp: Token) -> Span | None:
    """"said in an email [that talks with the union] would continue": the parse read "that
    talks" as a relative clause on "email", leaving the complement verb without its
    subject; the reported clause runs from that "that" to the verb's end."""
    doc = cue.doc
    for tok in doc[cue.root.i + 1 : comp.left_edge.i]:
        if tok.lower_ == "that" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" \
                and tok.head.right_edge.i + 1 >= comp.left_edge.i:
            return trimmed(doc, tok.i, comp.right_edge.i + 1, "CONTENT")
    return None


def _describing_participle(t: Token) -> bool:
    """A past participle that describes the noun before it ("a video posted to ...")."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i == t.i - 1


def misread_that_clause(cue: Span) -> Span | None:
    """A "that" clause the parse hung on a noun as a relative clause: "told his
    counterpart in a phone call [that Cairo rejects any attack]". The "that" cannot
    be the relative pronoun when its verb already has a subject or object of the
    same kind ("attack" is the object of "rejects"), or when the parse made it the
    clause's mark, so it opens the reported clause."""
    root = cue.root
    for tok in root.subtree:
        if tok.i <= root.i or tok.lower_ != "that" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "mark"):
            continue
        verb = tok.head  # a relative clause has no "that" as its mark ("in a phone call [that Moscow opposed ...]")
        if verb.dep_ != "relcl" or not (tok.dep_ == "mark" or any(c.i != tok.i and c.dep_ == tok.dep_
                                                                  for c in verb.children) or _object_misread(tok)):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and not _describing_participle(t)
               for t in tok.doc[root.i + 1: tok.i]):
            continue  # another verb in between: the clause is not the cue's (a participle describing
            # a noun can be: "said in a video [posted] to the platform that the company had no choice")
        span = trimmed(cue.doc, tok.i, verb.right_edge.i + 1, "CONTENT")
        return span if span is not None and len(span) >= 3 else None
    return None


def _object_misread(that: Token) -> bool:
    """A "that" the parse made the object of a verb whose subject follows it and whose
    prepositions all have their objects, on the object of a phrase on a verb ("told reporters
    outside the courtroom [that] guards had begged for reinforcements"): no relative pronoun,
    which would leave a gap (not "told the story of ... a labor issue that Sanders had
    discovered during his first term")."""
    verb, noun = that.head, that.head.head
    return that.dep_ == "dobj" and that.i + 1 < len(that.doc) and noun.dep_ == "pobj" \
        and noun.head.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.left_edge.i == that.i + 1 for c in verb.children) \
        and all(any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children if c.dep_ == "prep") \
        and not any(c.dep_ in ("prt", "xcomp", "ccomp") for c in verb.children)
