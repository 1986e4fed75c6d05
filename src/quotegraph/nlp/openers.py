"""Opening phrases the small parse runs on into what follows them: a place phrase it runs
into the speaker's name ("In The Hague, Lotte Brinkman, leader of ..., wrote"), and a
questioner's name set off before the real subject ("Under questioning from the lead
prosecutor, Elena De Filippis, the witness said")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .speakers_lexicon import role_noun

__all__ = ["after_opener_object", "name_before_subject", "name_of_opener", "person_after_place", "place_after_opening",
           "set_off_opener"]


def person_after_place(verb: Token) -> Span | None:
    """"In The Hague, [Lotte Brinkman, leader of ...], wrote", "In the village of X, on the
    outskirts of Y, [Pak Slamet, a ... tapper], said", "In a statement released after the
    hearing, [Northfield Rail Transit, the Crown corporation that runs the line], said": a
    subjectless verb whose opening phrase the parse ran on into a name (or "a woman ...") set
    off by a comma has that person or body, with what describes them up to the verb, as its
    speaker."""
    doc = verb.doc
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    names = [t for p in preps for t in p.subtree if _set_off(t) and (
        t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN" or _someone(t))]
    if not names:
        return None
    top = names[0]
    while _set_off(top.head):
        top = top.head  # "In a statement to the Observer, [her senior policy adviser, Jake Sullivan], said"
    start, end = top.left_edge.i, verb.i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl", "relcl") for t in doc[start:end]):
        return None
    return Span(doc, start, end, label="SOURCE")


def name_before_subject(tok: Token) -> list[Token]:
    """"In a statement released after Question Period, [Laurentian Energy Transmission], the
    Crown corporation that owns the project, said": a name the parse ran the opening phrase on
    into, set off by commas right before a subject description ("the"/"a" and a noun), names
    that subject. The head word of the name, or nothing."""
    doc, start = tok.doc, tok.left_edge.i
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or start < 4 or doc[start - 1].text != "," \
            or doc[start].lower_ not in ("the", "a", "an") or tok.right_edge.i + 1 >= tok.head.i:
        return []
    name = doc[start - 2]
    if name.tag_ != "NNP" or not _set_off(name) or doc[tok.right_edge.i + 1].text != ",":
        return []
    top = name  # up to the opening phrase: "In a statement released after Question Period"
    while top.head.i != tok.head.i and top.dep_ in ("conj", "appos", "pobj", "compound", "prep", "acl") \
            and top.head.i < top.i:
        top = top.head
    opener = top.dep_ == "prep" and top.head.i == tok.head.i and top.i < start
    return [name] if opener else []


def _someone(tok: Token) -> bool:
    """An appositive person noun with "a" or "an" ("At a relief centre in Reykjanesbær, [a
    woman who gave only her first name], said")."""
    return tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.tag_ == "NN" and bool(role_noun(tok.text)) \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _set_off(tok: Token) -> bool:
    """A conjunct or appositive whose phrase a comma sets off before it."""
    return tok.dep_ in ("conj", "appos") and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def after_opener_object(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` are set off by a comma right after the object of
    the sentence's opening phrase, that object a person's role ("Under questioning from the
    lead prosecutor, [Elena De Filippis], the witness said"): they name that object, not the
    subject after them (not "In a statement, Brian Fallon, a spokesman ..., said")."""
    if i < 2:
        return False
    obj, first = doc[i - 2], doc[i].sent[0]
    return doc[i - 1].text == "," and obj.pos_ == "NOUN" and obj.dep_ == "pobj" and bool(role_noun(obj.text)) \
        and (first.pos_ == "ADP" or first.tag_ == "VBN") and first.i < obj.i


def name_of_opener(doc: Doc, src: Span, comma: int) -> bool:
    """"Under questioning from the lead prosecutor, [Elena De Filippis,] the witness said": a
    name that opens a source right after the object of the sentence's opening phrase names
    that object (:func:`after_opener_object`), and the description after it is the source."""
    return after_opener_object(doc, src.start) and all(t.ent_type_ == "PERSON" for t in doc[src.start:comma]) \
        and comma + 2 < src.end and doc[comma + 1].lower_ == "the"


# a place or time set off before a source by a comma: a preposition and its plain object ("Outside court,"),
# or an adverb alone ("Meanwhile,", not "Meanwhile Rihanna, who was honored")
_OPENING_PREPOSITIONS = frozenset({"outside", "inside", "after", "before"})
_OPENING_ADVERBS = frozenset({"later", "afterwards", "afterward", "earlier", "meanwhile", "separately"})


def set_off_opener(words: Span) -> bool:
    """Whether the words before a source's first comma are a time or place set off before it."""
    first = words[0].lower_
    if first in _OPENING_ADVERBS:
        return len(words) == 1
    return first in _OPENING_PREPOSITIONS and len(words) > 1 \
        and (first in ("outside", "inside") or all(t.pos_ != "PROPN" for t in words[1:]))  # "Outside Parliament,"


def place_after_opening(doc: Doc, start: int, comma: int) -> bool:
    """Whether a source opens on a name that is the object of a preposition in its sentence's
    opening phrase, set off by a comma ("In [Goma,] Patrick Kabongo, a spokesman ..., said";
    "In a letter to employees seen by [the Steppe Herald,] the director ... wrote"), which the
    parse may take for the subject."""
    if start == 0 or start >= comma:
        return False
    prep, first = doc[start - 1], doc[start - 1].sent[0]
    opening = prep.lower_ in ("in", "at", "from") and prep.is_sent_start \
        or prep.lower_ in ("by", "of", "in", "at") and first.pos_ == "ADP" and first.i < prep.i  # (not "At the
    # heart of the trouble, according to [Dennis B. Ross], another former envoy, was")
    words = doc[start + 1 if doc[start].lower_ == "the" else start:comma]
    return opening and len(words) > 0 and all(t.text[:1].isupper() for t in words)
