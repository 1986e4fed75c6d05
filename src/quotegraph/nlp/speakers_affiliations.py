"""Affiliations a role takes from the article's bodies after resolution.

- ``described_body``: an unnamed organisation that a proper word marks out ("The
  Philippine coast guard") can be a role's affiliation ("Its spokesman, Jay Tarriela").
- ``field_affiliations``: a title after a name the model did not tag there but that names
  one of the article's organisations elsewhere ("Pfizer Chief Executive Albert Bourla"
  after "Pfizer Inc") belongs to it; a role whose modifier is an organisation noun ("department
  spokeswoman Jane Harper", "Foreign ministry spokesperson Mao Ning") belongs to the one
  body the article names with that noun ("The Justice Department", "China's foreign
  ministry").
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from .speakers_lexicon import COMPANY_SUFFIXES, country_code, follower_nouns, org_nouns, role_noun, titles
from .speakers_joins import PLACE_NOUNS
from .speakers_role_orgs import OPPOSING_NOUNS
from .speakers_model import Entity

__all__ = ["described_body", "field_affiliations", "noun_affiliations"]

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


def _named_organisation_before(doc: Doc, entities: list[Entity], head: Token) -> str | None:
    """The proper noun before a title that is, as written, one named organisation the
    article mentions elsewhere, or that name without its company suffix ("[Pfizer] Chief
    Executive" after "Pfizer Inc")."""
    if head.lemma_.lower() in follower_nouns() or role_noun(head.text) in OPPOSING_NOUNS:
        return None  # "a Sanders supporter" is no one's staff
    words = [t for t in doc[head.left_edge.i : head.i] if role_noun(t.text) is None and t.dep_ != "det"]
    if len(words) != 1 or words[0].pos_ != "PROPN" or words[0].ent_type_ in ("PERSON", "GPE", "NORP", "LOC") \
            or country_code(words[0].text):
        return None
    word, nxt = words[0], doc[words[0].i + 1]
    if nxt.i != head.i and role_noun(nxt.text) is None:
        return None  # not right before the title words
    if f"{word.lower_} {role_noun(nxt.text) or nxt.lower_}" in titles():
        return None  # "[Press] Secretary": a two-word title
    owners = {ent.canonical() for ent in entities if ent.kind == "organisation" and ent.named and any(
        name == word.text or name.startswith(word.text + " ") and name.split()[-1].lower() in COMPANY_SUFFIXES
        for name in ent.names) and any(not m.start <= word.i < m.end for m in ent.mentions)}
    return word.text if len(owners) == 1 else None


def field_affiliations(doc: Doc, entities: list[Entity]) -> None:
    """Give a person's role with no affiliation the organisation named before its title,
    else the body its organisation-noun modifier names: the one body the article names
    with that noun, mentioned before it."""
    for ent in entities:
        if ent.kind != "person":
            continue
        for k, role in enumerate(ent.roles):
            if role.affiliation:
                continue
            head = doc[role.at]
            named = _named_organisation_before(doc, entities, head)
            if named is not None:
                ent.roles[k] = replace(role, affiliation=named)
                continue
            mod = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                        and c.lower_ in org_nouns() and c.lower_ not in _RIVAL_NOUNS and c.tag_ == "NN"), None)
            if mod is None or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _OWNING
                                  for t in (head, mod) for c in t.children):
                continue  # "Sanders' campaign manager", "campaign manager for Mr. Trump"
            body = _only_body(entities, mod.lower_, mod.i)
            if body is not None:
                ent.roles[k] = replace(role, affiliation=body)


def noun_affiliations(doc: Doc, entities: list[Entity]) -> None:
    """A role whose affiliation is a bare organisation noun ("A spokesperson for [the
    agency]") gets the one named organisation that spoke earlier as "the ... <noun>" ("The
    U.S. Customs and Border Protection agency said ...")."""
    for ent in entities:
        if ent.kind != "person":
            continue
        for k, role in enumerate(ent.roles):
            noun = role.affiliation
            if noun is None:
                body = _possessor_body(doc, entities, role.text, role.at)
                if body is not None:
                    ent.roles[k] = replace(role, affiliation=body)
                continue
            if noun not in org_nouns() or noun != noun.lower() or f"the {noun}" not in role.text:
                continue  # not "organizer of a group called Citizens for Trump"
            found = {id(o): o for o in entities if o.kind == "organisation" and o.named and any(
                m.source and m.head < role.at and doc[m.head].lemma_.lower() == noun for m in o.mentions)}
            if len(found) == 1:
                ent.roles[k] = replace(role, affiliation=next(iter(found.values())).canonical())
            elif not found and org_nouns()[noun] & {"any", "near"}:  # "a company called Sunrise Properties ... A
                near = _named_just_before(doc, entities, role.at)  # spokeswoman for the firm"
                if near is not None:
                    ent.roles[k] = replace(role, affiliation=near)


_PLACE_POSSESSORS = PLACE_NOUNS | {"nation", "country", "world", "continent"}
_POSSESSOR = re.compile(r"^([a-z]+)['’]s\b")


def _possessor_body(doc: Doc, entities: list[Entity], text: str, at: int) -> str | None:
    """"Chris Marchese, the [group's] counsel": the one named organisation mentioned in that
    sentence or the one before it, when the possessor is an organisation noun."""
    found = _POSSESSOR.match(text or "")
    if found is None or found.group(1) not in org_nouns() or found.group(1) in _PLACE_POSSESSORS:
        return None  # not "the nation's top diplomat"
    return _named_just_before(doc, entities, at)


def _named_just_before(doc: Doc, entities: list[Entity], at: int) -> str | None:
    """The one named organisation mentioned before token ``at`` in its sentence or the one
    before it."""
    first = doc[at].sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    names = {o.canonical() for o in entities if o.kind == "organisation" and o.named
             and any(first <= m.head < at for m in o.mentions)}
    return next(iter(names)) if len(names) == 1 else None
