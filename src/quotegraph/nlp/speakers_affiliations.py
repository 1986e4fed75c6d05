"""Affiliations a role takes from the article's bodies after resolution.

- ``described_body``: an unnamed organisation that a proper word marks out ("The
  Philippine coast guard") can be a role's affiliation ("Its spokesman, Jay Tarriela").
- ``field_affiliations``: a role whose modifier is an organisation noun ("department
  spokeswoman Jane Harper", "Foreign ministry spokesperson Mao Ning") belongs to the one
  body the article names with that noun ("The Justice Department", "China's foreign
  ministry").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .speakers_lexicon import org_nouns
from .speakers_model import Entity

__all__ = ["described_body", "field_affiliations"]

_OWNING = frozenset({"for", "of", "at", "with", "to", "in"})
# bodies that come in rival pairs: a "campaign chairman" is as likely the other campaign's
_RIVAL_NOUNS = frozenset({"campaign", "team", "camp"})


def described_body(ent: Entity) -> str | None:
    """An unnamed organisation's description when a proper word marks it out ("Philippine
    coast guard", not "the company" or "Each committee"), without its determiner."""
    if ent.named or ent.kind not in ("organisation", "thing") or ent.plural or not ent.label:
        return None
    words = ent.label.split()
    if len(words) < 3 or words[0].lower() not in ("the", "a", "an") \
            or not any(w[:1].isupper() for w in words[1:-1]):
        return None  # the first word may be capitalised only because it starts a sentence
    return " ".join(words[1:])


def _body_text(ent: Entity, noun: str) -> str | None:
    """The text an organisation is shown by when it is the body a role noun's modifier
    ``noun`` names: a name ending in that noun, or a described unnamed body."""
    if ent.kind != "organisation" or ent.plural:
        return None
    if ent.named:
        name = ent.canonical() or ""
        return name if name.split() and name.split()[-1].lower() == noun else None
    body = described_body(ent)
    if body is None and ent.label and len(ent.label.split()) >= 2 and ent.label.split()[0].endswith(("'s", "’s")):
        body = ent.label  # "China's foreign ministry"
    return body if body is not None and body.split()[-1].lower() == noun else None


def _only_body(entities: list[Entity], noun: str, before: int) -> str | None:
    """The one body the article names with ``noun``, when it was mentioned before token
    ``before``; None when there are several ("the Clinton campaign", "the Sanders
    campaign": whose "campaign chairman"?)."""
    found: dict[str, bool] = {}
    for ent in entities:
        text = _body_text(ent, noun)
        if text is not None and "," not in text:
            found[text] = found.get(text, False) or any(m.head < before for m in ent.mentions)
    if len(found) != 1:
        return None
    text, earlier = next(iter(found.items()))
    return text if earlier else None


def field_affiliations(doc: Doc, entities: list[Entity]) -> None:
    """Give a person's role with no affiliation the body its organisation-noun modifier
    names: the one body the article names with that noun, mentioned before it."""
    for ent in entities:
        if ent.kind != "person":
            continue
        for k, role in enumerate(ent.roles):
            if role.affiliation:
                continue
            head = doc[role.at]
            mod = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                        and c.lower_ in org_nouns() and c.lower_ not in _RIVAL_NOUNS and c.tag_ == "NN"), None)
            if mod is None or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _OWNING
                                  for t in (head, mod) for c in t.children):
                continue  # "Sanders' campaign manager", "campaign manager for Mr. Trump"
            body = _only_body(entities, mod.lower_, mod.i)
            if body is not None:
                ent.roles[k] = replace(role, affiliation=body)
