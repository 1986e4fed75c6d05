"""A relative pronoun's antecedent ("Rawlings, of Ashton, Md., who"; "a woman whose
brother ..., and who asked"; "Scott was one of three members who voted").

A mixin of :class:`~.speakers_resolve.Resolver`: it uses the resolver's mentions by token
and ``_resolve_token``.
"""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_model import Entity

__all__ = ["Relatives"]

_CLIMB = 8


def _one_of(ante: Token) -> Token:
    """"Scott was one of three members who voted": the subject that is "one of" the
    group the relative clause describes."""
    of = ante.head
    one = of.head if ante.dep_ == "pobj" and of.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ != "attr":
        return ante
    subj = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN") else ante


def _earlier_relative(tok: Token) -> Token | None:
    """The noun an earlier relative clause of the sentence modifies, that a second relative
    pronoun joined by "and" shares ("a woman whose brother ..., and who asked")."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.tag_ in ("WP", "WP$") and t.lower_ in ("who", "whose", "whom"):
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None
    return None


class Relatives:
    """Relative-pronoun resolution of :class:`~.speakers_resolve.Resolver`."""

    def _relative(self, tok: Token) -> Entity | None:
        """A relative pronoun's antecedent: the name right before it, else the noun its clause
        modifies; "who" climbs out of places and organisations ("Rawlings, of Ashton, Md., who")."""
        doc = tok.doc
        k = tok.i - 1
        while k >= 0 and doc[k].text in (",", "(", "-", "—", "–"):
            k -= 1
        ante = doc[self.by_tok[k].head] if k >= 0 and k in self.by_tok else None  # ("the Ministry of
        if ante is not None and ante.dep_ == "appos" and ante.head.i in self.by_tok:  # Environment and Forestry")
            ante = ante.head  # "Future45, a super PAC that": the appositive's name
        if ante is None and k > 0 and doc[k].lower_ == "and" and doc[k - 1].text == ",":
            ante = _earlier_relative(tok)  # "a woman whose brother was shot ..., and who asked"
        if ante is None:
            verb = tok.head
            ante = verb.head if verb.dep_ in ("relcl", "acl") and verb.head.i < tok.i else None
        if ante is None:
            k = tok.i - 1
            while k >= 0 and (doc[k].is_punct or doc[k].is_space):
                k -= 1
            ante = doc[k] if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN", "PRON") else None
        person = tok.lower_ in ("who", "whom", "whose")
        ante = _one_of(ante) if person and ante is not None else ante
        if ante is not None and ante.dep_ == "pobj" and ante.head.head.dep_ == "acl" \
                and ante.head.head.lemma_ == "base" and ante.head.head.head.i < ante.i:
            ante = ante.head.head.head  # "a foundation based in [Utrecht], which argued": the foundation
        if person and ante is not None and ante.dep_ == "pobj" and ante.head.lower_ in ("from", "in") \
                and ante.pos_ == "PROPN":  # not "support from [those] who said"
            outer = self._resolve_token(ante.head.head)  # "Nicky Driscoll, 24, from Manchester, who"
            if outer is not None and outer.kind == "person":  # (the model may take the town for a person)
                return outer
        for _ in range(_CLIMB):
            if person and ante is not None and ante.dep_ == "acl" and ante.tag_ == "VBN" and ante.head.i < ante.i:
                ante = ante.head  # "an independent security researcher [based] in Cork, who said"
            if ante is None or ante.i == tok.i or ante.pos_ in ("VERB", "AUX"):
                return None  # not the subject of the verb the noun hangs from ("sided with groups, who")
            ent = self._resolve_token(ante)
            if not person or (ent is not None and ent.kind in ("person", "group")):
                return ent
            if ante.dep_ not in ("pobj", "prep", "appos", "compound", "nmod", "npadvmod", "poss") \
                    or ante.pos_ == "PRON":  # "a majority of [those] who": the clause makes the group
                return ent
            ante = ante.head
        return None
