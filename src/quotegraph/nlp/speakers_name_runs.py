"""Words the small model runs into a person's name that are not part of it: a party's
members' noun before it ("[Republicans] Jolly of Indian Shores"), an outlet's possessive
("[Breitbart’s] Joel Pollak")."""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_lexicon import given_names
from .speakers_parties import party_members

__all__ = ["after_owner", "after_party"]


def after_party(tokens: list[Token]) -> list[Token]:
    """A person's name without the party's members' noun run into it ("[Republicans] Jolly
    of Indian Shores and DeSantis")."""
    while len(tokens) > 1 and tokens[0].tag_ == "NNPS" and tokens[0].lower_ in party_members():
        tokens = tokens[1:]
    return tokens


def after_owner(tokens: list[Token]) -> list[Token]:
    """The person after an owner's "'s" inside a run ("Breitbart’s Joel Pollak" -> "Joel
    Pollak") where a given name and a surname follow it."""
    k = next((k for k, t in enumerate(tokens) if t.tag_ == "POS"), None)
    if k is None or len(tokens) - k - 1 < 2 or tokens[k + 1].lower_ not in given_names():
        return tokens
    return tokens[k + 1:]
