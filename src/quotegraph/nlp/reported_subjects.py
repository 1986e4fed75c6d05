"""The subject of a passive or raising cue in linking: what the report is about, so part
of its content ("The committee [is expected] to report"), unless it is mute (an expletive
"it", the one asked or told: :mod:`.mute`), the speaker of a misread perfect ("he's said")
or the one who feels a passive feeling ("[advocates] have been outraged by ...")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .cue_subjects import quoted_as
from .link import Link
from .mute import RAISING, expletive_it, feeler, mute_subject
from .syntax import feeling, trimmed

__all__ = ["add_reported_subjects", "drop_unreported_subject"]


def _reported_subject(link: Link) -> Span | None:
    """The subject of a passive or raising cue ("The committee [is expected] to report";
    "Ms. Kelly [seemed] certain to leave"; "peacekeepers [have been blamed for] ..."),
    standing before the cue: the report is about it, so it is content, not the speaker."""
    verb = link.cue.root
    if any(t.i > verb.i and t.pos_ == "VERB" for t in link.cue) or quoted_as(verb):
        return None  # "was quoted as saying", "seemed to mock": the speaker's own verb follows
    if link.cue[-1].text == ":":
        return None  # "Murthy was unfazed: “...”": a colon quotation's subject speaks
    subj = next((t for t in verb.children if _reported_dep(verb, t)), None)
    if subj is None or _not_reported(verb, subj):
        return None  # (also "[advocates] have been outraged by the raids": who feels it speaks)
    piece = trimmed(link.cue.doc, subj.left_edge.i, subj.right_edge.i + 1, "CONTENT")
    return piece if piece is not None and piece.end <= link.cue.start else None


def _reported_dep(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is the subject of the passive or raising ``verb``."""
    return tok.dep_ == "nsubjpass" or tok.dep_ == "nsubj" and verb.lemma_ in RAISING


def _not_reported(verb: Token, subj: Token) -> bool:
    """A subject that is no part of what a passive or raising cue reports: one that does
    not speak either (:func:`~quotegraph.nlp.mute.mute_subject`: "It seems [that ...]",
    "he was asked [what happened]"), or a perfect's subject that the parse took for a
    passive's ("he's said he'll fight": "'s" is "has") or a passive of feeling's
    (:func:`~quotegraph.nlp.syntax.feeling`), which is the speaker."""
    return mute_subject(verb, subj) or _perfect(verb) or feeling(verb)


def _perfect(verb: Token) -> bool:
    """"he's said he'll fight", "she's tacked to the left": an "'s" the parse took for a
    passive's "is" where it is "has" (the verb is "been", or has an object or clause)."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    return aux is not None and aux.lower_ in ("'s", "’s") and (
        verb.lemma_ == "be" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for c in verb.children))


def drop_unreported_subject(link: Link) -> None:
    """A content's first piece before its cue that is the cue's subject but no part of
    what it reports (:func:`_not_reported`) is dropped; the subject of a perfect the
    parse misread ("he's said") or of a passive of feeling ("he was embittered at")
    becomes the source when there is none. A source that is a mute subject ("[he] was
    asked", "[It] seems that") is none."""
    verb = link.cue.root
    src = link.source
    if src is not None and (src.root.head.i == verb.i and mute_subject(verb, src.root)
                            or len(src) == 1 and expletive_it(src.root)):
        who = feeler(src.root)  # "It amazes [me] that ...": the one who feels speaks
        link.source = None if who is None else Span(src.doc, who.left_edge.i, who.right_edge.i + 1, label="SOURCE")
    if len(link.content) < 2:
        return
    left = min(link.content, key=lambda s: s.start)
    subj = left.root
    if left.end > link.cue.start or left.start != subj.left_edge.i or left.end != subj.right_edge.i + 1:
        return
    if subj.head.i != verb.i or not _reported_dep(verb, subj) or not _not_reported(verb, subj):
        return
    link.content = [c for c in link.content if c is not left]
    if link.source is None and (_perfect(verb) or feeling(verb)):
        link.source = Span(left.doc, left.start, left.end, label="SOURCE")


def add_reported_subjects(links: list[Link], taken: list[bool]) -> None:
    """A passive or raising cue with one content after it gets its subject as the content's
    first piece (:func:`_reported_subject`); a source the tagger put there gives way, and
    no other attribution's span is taken (``taken``: the tokens the links use)."""
    for link in links:
        if len(link.content) != 1 or link.content[0].start < link.cue.end:
            continue
        piece = _reported_subject(link)
        if piece is None:
            continue
        src = link.source
        if src is not None and src.start < piece.end and piece.start < src.end:
            link.source = None
        elif any(taken[piece.start : piece.end]):
            continue
        link.content = [piece, link.content[0]]
