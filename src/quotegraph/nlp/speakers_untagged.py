"""Names the small model left untagged or mislabelled that their shape and place still
show: a long person's name opening with a given name ("[Luz María Figueroa Santiago] has
cooked ..."), a business name ending in a company word ("[Aegean Meridian Shipping], one of
the oldest shipping groups"), and a body the model called a nationality ("[Energía Boricua],
the private company that runs the grid"), and an abbreviation the text gave in brackets
where the model took it for a common noun ("According to the [DNA]" after "Romania's National
Anticorruption Directorate (DNA)"); also a person's name set off after a title in a source
("The minister, [Sonam Tobgay Dorji], added") and a body's set off after an organisation noun
("the state ombudsman's office, the [Defensoría del Pueblo],"). The runs found are returned
with their label and gender for :mod:`.speakers_names` to make mentions of."""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .speakers_lexicon import (COMPANY_SUFFIXES, company_words, country_code, first_names, given_names, org_nouns,
                               region_country, role_noun, token_role)
from .speakers_ner_repairs import org_noun, org_words
from .speakers_source_roots import tokens_in

__all__ = ["apposed_people", "described_body", "set_off_bodies", "untagged_abbreviations", "untagged_bodies",
           "untagged_businesses", "untagged_countries", "untagged_people"]

_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


def described_body(ent: SpacySpan) -> bool:
    """A name of two or more capitalised words the model called a nationality or a building,
    set off before a description by an organisation noun ("according to [Energía Boricua], the
    private company that operates Puerto Rico's grid", "[Stichting Klimaatrecht Nu], a
    foundation based in Utrecht"): that body's."""
    return ent.label_ in ("NORP", "FAC") and len(ent) >= 2 and all(t.is_title for t in ent) \
        and any(c.dep_ == "appos" and c.lemma_.lower() in org_nouns() for c in ent.root.children)


def apposed_people(doc: Doc, sources: list[tuple[int, int]],
                   covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Names the model left untagged, set off after a title in a source (character spans): a
    known given name and one or two more capitalised words up to the source's end or a comma
    ("The Minister for Housing, [Conor Devlin], said"), or any such words hanging on a bare
    definite role ("The minister, [Sonam Tobgay Dorji], added")."""
    out: list[tuple[list[Token], str, str | None]] = []
    for start, end in sources:
        toks = tokens_in(doc, start, end)
        for k, tok in enumerate(toks):
            if k < 2 or toks[k - 1].text != "," or not any(token_role(t) for t in toks[:k - 1]):
                continue
            run = [tok]
            for t in toks[k + 1: k + 4]:
                if t.text == "," or not (t.text[:1].isupper() and t.is_alpha):
                    break
                run.append(t)
            ends = k + len(run) == len(toks) or toks[k + len(run)].text == ","
            given = tok.lower_ in given_names()
            if len(run) < 2 or len(run) > 3 or not ends or not (given or _after_bare_role(toks, k, run)) \
                    or any(t.i in covered or t.ent_type_ not in ("", "NORP") or t.ent_type_ and given
                           or role_noun(t.text) for t in run):
                continue
            out.append((run, "PERSON", first_names().get(tok.lower_)))
            covered.update(t.i for t in run)
    return out


def _after_bare_role(toks: list[Token], k: int, run: list[Token]) -> bool:
    """Whether an untagged run opening on no known given name is set off after a bare definite
    role and hangs on it ("The minister, [Sonam Tobgay Dorji], added")."""
    return k == 3 and toks[0].lower_ == "the" and bool(role_noun(toks[1].text)) and run[-1].dep_ == "appos" \
        and run[-1].head == toks[1] and all(t.tag_ == "NNP" and t.lower_ not in org_words() for t in run)


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


def untagged_bodies(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Bodies' names the model left untagged below the headline: "the", then capitalised words
    (a plural's possessive mark among them) ending in a capitalised organisation noun, a
    subject or set off by a comma ("[The Coastal Fish Farmers' Association], which represents
    smaller producers, said")."""
    out: list[tuple[list[Token], str, str | None]] = []
    first_line = doc.text.find("\n")
    for tok in doc:
        if tok.i in covered or tok.ent_type_ or tok.tag_ != "NNP" or tok.lower_ not in org_nouns() \
                or tok.idx < first_line:
            continue
        start = tok.i
        while start > 1 and tok.i - start < 5 and start - 1 not in covered and not doc[start - 1].ent_type_ and (
                doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the"
                or doc[start - 1].text in ("’", "'") and doc[start - 2].is_title):
            start -= 1
        run = list(doc[start:tok.i + 1])
        if start < 1 or doc[start - 1].lower_ != "the" or sum(t.is_title for t in run) < 3 \
                or not (tok.dep_ in ("nsubj", "nsubjpass") or tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",") \
                or any(first_names().get(t.lower_) or role_noun(t.text) == t.lower_ for t in run):
            continue  # (a title, not "Farmers")
        out.append((run, "ORG", None))
        covered.update(range(start, tok.i + 1))
    return out


def untagged_countries(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Countries' names of two or three words the model left untagged, the whole of a run of
    capitalised words ("OUAGADOUGOU, Burkina Faso — [Burkina Faso]'s military government")."""
    out: list[tuple[list[Token], str, str | None]] = []
    for k in range(1, len(doc) - 1):
        if k in covered or doc[k].ent_type_ or doc[k - 1].is_title or not doc[k].is_title:
            continue
        for end in (k + 3, k + 2):
            run = list(doc[k:end])
            if end <= len(doc) and not any(t.i in covered or t.ent_type_ for t in run) \
                    and all(t.is_title and t.pos_ == "PROPN" for t in run) and run[0].lower_ != "the" \
                    and not (end < len(doc) and doc[end].is_title) and country_code(" ".join(t.text for t in run)):
                out.append((run, "GPE", None))
                covered.update(range(k, end))
                break
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
    may read as a common noun: a body's name, for the bracket to tie to the name before it; or
    of the initials of a body's name the model tagged ("The [PNGEC] also urged")."""
    given = set()
    for m in _BRACKETED.finditer(doc.text):
        before = doc.char_span(m.start(), m.start() + 1)
        if before is not None and before.start > 0 and doc[before.start - 1].ent_type_ == "ORG":
            given.add(m.group(1))  # (after a body's name the model tagged: not "The Free Democrats (FDP)")
    spelled = set()
    for ent in doc.ents:  # "The Papua New Guinea Electoral Commission ... The [PNGEC] also urged"
        letters = "".join(t.text[0] for t in ent
                          if t.is_title and t.is_alpha and not (t.i == ent.start and t.lower_ == "the"))
        if ent.label_ == "ORG" and len(letters) >= 3:
            spelled.add(letters)
    out: list[tuple[list[Token], str, str | None]] = []
    for tok in doc if given or spelled else ():
        if tok.i in covered or tok.ent_type_ not in ("", "NORP"):  # ("According to [OCHA]", read as a nationality)
            continue
        if tok.text in given or tok.text in spelled and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
            out.append(([tok], "ORG", None))  # (spelled out: not the "FEC" of "its FEC reports")
            covered.add(tok.i)
    return out


_BODY_LINKS = frozenset({"of", "for", "and", "de", "del", "la", "las", "los", "des", "du", "do", "da", "dos", "das"})


def set_off_bodies(doc: Doc, covered: set[int]) -> list[tuple[list[Token], str, str | None]]:
    """Bodies' names the model left untagged, set off by commas after an organisation noun
    as its appositive ("The state ombudsman's office, the [Defensoría del Pueblo], urged"):
    two capitalised words or more and their links ("del", "of")."""
    out: list[tuple[list[Token], str, str | None]] = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.tag_ != "NNP" or tok.head.i >= tok.i \
                or tok.head.lemma_.lower() not in org_nouns():
            continue
        left = tok.left_edge.i + (doc[tok.left_edge.i].lower_ == "the")
        run = list(doc[left: tok.i + 1])
        if left < 2 or doc[tok.left_edge.i - 1].text != "," or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text not in (",", "(") or any(t.i in covered or t.ent_type_ for t in run) \
                or sum(t.is_title for t in run) < 2 or not run[0].is_title \
                or not all(t.is_title and t.tag_ in ("NNP", "NNPS") or t.lower_ in _BODY_LINKS for t in run):
            continue
        out.append((run, "ORG", None))
        covered.update(t.i for t in run)
    return out
