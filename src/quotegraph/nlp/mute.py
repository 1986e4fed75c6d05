"""Subjects of a cue that neither speak nor are part of what it reports: an expletive
"it" ("It seems [that ...]", "It falls to the Parliament [to ...]", "It amazes me [that
...]", "when it comes to") and the one a message went to ("he was asked [what happened]")."""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["RAISING", "expletive_it", "feeler", "mute_subject"]

RAISING = frozenset({"seem", "appear"})  # verbs whose subject is what is reported ("Ms. Kelly seemed certain")


def mute_subject(verb: Token, subj: Token) -> bool:
    """A subject of a cue that neither speaks nor is part of what the cue reports: an
    expletive "it" before the clause it stands for ("It seems [that ...]", "it was revealed
    [that ...]"), or the one a message went to, as a passive's subject ("he was asked [what
    happened]", "I was told [that ...]"; ``data/recipient_verbs.txt``)."""
    from .recall import data_words  # recall imports syntax, which imports this module

    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ in RAISING
    if subj.lower_ == "it" and (expletive_it(subj) or passive and any(
            c.dep_ == "ccomp" or c.dep_ == "acomp" and any(g.dep_ == "ccomp" for g in c.children)
            for c in verb.children)):  # not "It also appears certain to become ...", "it assumes that"
        return True
    return subj.dep_ == "nsubjpass" and verb.lemma_.lower() in data_words("recipient_verbs.txt")


_EXTRAPOSING = frozenset({"be", "fall", "take"})
_RAISING_ADJECTIVES = frozenset({"likely", "unlikely", "certain", "sure", "bound", "set", "due", "able", "unable",
                                 "going", "about", "ready", "poised", "expected"})


def expletive_it(tok: Token) -> bool:
    """An "it" that stands for a clause after its verb ("It falls to the Parliament [to
    provide an opinion]", "It took him a day [to formulate a comeback]", "it was [hearing a
    candidate acknowledging ...]"), so no one who could speak."""
    if tok.lower_ != "it":
        return False
    verb = tok.head
    if any(c.dep_ == "acomp" and c.lower_ in _RAISING_ADJECTIVES for c in verb.children):
        return False  # "It is likely to bolster ...": the thing itself
    if tok.dep_ == "expl" or feeler(tok) is not None or _idiom_it(tok):
        return True
    return tok.dep_ == "nsubj" and verb.lemma_ in _EXTRAPOSING and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > verb.i for c in verb.children)


def _idiom_it(tok: Token) -> bool:
    """"when it comes to ...", "it sounded as though ...", "it looks like ...": an "it" of an
    idiom, which stands for no one."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i < tok.i:
        return False
    if verb.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
    if verb.lemma_ not in ("sound", "look", "seem", "feel"):
        return False
    doc = verb.doc
    after = doc[verb.i + 1: min(verb.i + 8, len(doc) - 1)]
    return any(t.lower_ == "like" and t.i == verb.i + 1 or t.lower_ == "as" and doc[t.i + 1].lower_ in ("if", "though")
               for t in after)


def feeler(tok: Token) -> Token | None:
    """"It amazes [me] that ...", "It worries [us] that ...": for an "it" that stands for
    the clause after a verb of feeling, the object who feels (so the speaker), else None."""
    from .syntax import feeling  # syntax imports this module

    verb = tok.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or obj is None or not feeling(verb):
        return None
    return obj if any(c.dep_ == "ccomp" and c.i > obj.i for c in verb.children) else None
