"""Names the small model left untagged or mislabelled that their shape and place still
show: a long person's name opening with a given name ("[Luz María Figueroa Santiago] has
cooked ..."), a business name ending in a company word ("[Aegean Meridian Shipping], one of
the oldest shipping groups"), and a body the model called a nationality ("[Energía Boricua],
the private company that runs the grid"), and an abbreviation the text gave in brackets
where the model took it for a common noun ("According to the [DNA]" after "Romania's National
Anticorruption Directorate (DNA)"). The runs found are returned with their label and
gender for :mod:`.speakers_names` to make mentions of."""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .speakers_lexicon import (COMPANY_SUFFIXES, company_words, first_names, given_names, org_nouns, region_country,
                               role_noun)
from .speakers_ner_repairs import org_noun, org_words

__all__ = ["described_body", "untagged_abbreviations", "untagged_businesses", "untagged_people"]

_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


def described_body(ent: SpacySpan) -> bool:
    """A name of two or more capitalised words the model called a nationality or a building,
    set off before a description by an organisation noun ("according to [Energía Boricua], the
    private company that operates Puerto Rico's grid", "[Stichting Klimaatrecht Nu], a
    foundation based in Utrecht"): that body's."""
    return ent.label_ in ("NORP", "FAC") and len(ent) >= 2 and all(t.is_title for t in ent) \
        and any(c.dep_ == "appos" and c.lemma_.lower() in org_nouns() for c in ent.root.children)


def untagged_businesses(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Business names the model left untagged: two to four capitalised words ending in a
    company word, a subject or set off by a comma ("PIRAEUS, Greece — [Aegean Meridian
    Shipping], one of the oldest shipping groups in Piraeus, filed")."""
    out: list[tuple[list[Token], str, str | None]] = []
    for tok in doc:
        if tok.i in covered or tok.ent_type_ or tok.tag_ != "NNP" \
                or tok.lower_ not in company_words() | COMPANY_SUFFIXES:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ and start - 1 not in covered:
            start -= 1
        run = list(doc[start:tok.i + 1])
        if len(run) >= 2 and (tok.dep_ in ("nsubj", "nsubjpass") or tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
                              and any(c.dep_ == "appos" for c in tok.children)) \
                and not any(first_names().get(t.lower_) or role_noun(t.text) for t in run):
            out.append((run, "ORG", None))
            covered.update(range(start, tok.i + 1))
    return out


def untagged_people(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Long names the model left untagged, a subject or an appositive: a given name that tells
    a gender (or one before such a name), then two to four capitalised words, none a title or
    body's, not a place ("[Luz María Figueroa Santiago] has cooked ...", "The town's mayor,
    [Ana Isabel Vázquez Cintrón], was")."""
    out: list[tuple[list[Token], str, str | None]] = []
    k = 0
    while k < len(doc):
        tok = doc[k]
        gender = first_names().get(tok.lower_) or k + 1 < len(doc) and tok.lower_ in given_names() \
            and first_names().get(doc[k + 1].lower_)  # ("Luz María")
        if k in covered or tok.ent_type_ or tok.tag_ != "NNP" or not gender or k > 0 and doc[k - 1].tag_ == "NNP":
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k < 5 and end not in covered and doc[end].tag_ == "NNP" \
                and doc[end].is_alpha and doc[end].is_title and doc[end].ent_type_ in ("", "PERSON"):
            end += 1
        run = list(doc[k:end])
        if len(run) >= 3 and run[-1].dep_ in ("nsubj", "nsubjpass", "appos") \
                and not any(org_noun(t.lower_) or t.lower_ in org_words() or role_noun(t.text) for t in run) \
                and not region_country(" ".join(t.text for t in run[1:]), whole=True):  # (not "[Maria] New York")
            out.append((run, "PERSON", gender))
            covered.update(range(k, end))
        k = end
    return out


def untagged_abbreviations(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Every untagged use of a capital abbreviation the text gives in brackets after a body's
    name ("... National Anticorruption Directorate (DNA)", then "The [DNA] said"), which the model
    may read as a common noun: a body's name, for the bracket to tie to the name before it."""
    given = set()
    for m in _BRACKETED.finditer(doc.text):
        before = doc.char_span(m.start(), m.start() + 1)
        if before is not None and before.start > 0 and doc[before.start - 1].ent_type_ == "ORG":
            given.add(m.group(1))  # (after a body's name the model tagged: not "The Free Democrats (FDP)")
    out: list[tuple[list[Token], str, str | None]] = []
    for tok in doc if given else ():
        if tok.text in given and tok.i not in covered and tok.ent_type_ in ("", "NORP"):  # ("According to
            # [OCHA]", read as a nationality)
            out.append(([tok], "ORG", None))
            covered.add(tok.i)
    return out
