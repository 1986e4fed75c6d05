"""Names the small model ran over a comma or cut at a plural's apostrophe, and a person's name
it took for a nationality: mended before the other repairs of :mod:`.speakers_ner_repairs`."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from .speakers_lexicon import country_code, name_gender, org_nouns, role_noun

__all__ = ["comma_cut", "given_norp", "owners_body_tails", "particle_tails"]

_CONNECTORS = frozenset({"of", "for", "and", "the"})  # lower-case words inside a body's name
_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "do", "da", "dos", "das"})


def comma_cut(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the model ran back over a comma onto a person's surname ("According to
    [Pryce, Garonne Olympique] has offered"): the surname, which ends a person's name tagged
    elsewhere, and the body as two names. Also one run on over a comma onto a person's name
    that a known given name opens ("A spokeswoman for [Lúrio, Celeste Macuácua], added"), or
    that is set off after a role's "for" (:func:`_for_role`): the body and the person."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    out: list[SpacySpan] = []
    for e in ents:
        k = next((k for k, t in enumerate(e) if t.text == ","), None)
        if e.label_ == "ORG" and k in (1, 2) and e[k - 1].text in surnames and len(e) - k - 1 >= 1 \
                and all(t.text[:1].isupper() for t in e[:k]):
            out += [SpacySpan(e.doc, e.start, e.start + k, label="PERSON"),
                    SpacySpan(e.doc, e.start + k + 1, e.end, label="ORG")]
        elif e.label_ == "ORG" and k is not None and k >= 1 and 2 <= len([t for t in e[k + 1:] if t.text != "-"]) <= 3 \
                and (name_gender(e[k + 1].lower_) in ("m", "f") or _for_role(e)) \
                and all(t.is_title or t.text == "-" for t in e[k + 1:]) \
                and all(t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in e[:k]):
            out += [SpacySpan(e.doc, e.start, e.start + k, label="ORG"),
                    SpacySpan(e.doc, e.start + k + 1, e.end, label="PERSON")]
        else:
            out.append(e)
    return out


def _for_role(ent: SpacySpan) -> bool:
    """Whether a name is the object of a role's "for" ("A spokesman for [the Government of
    National Stability, Abdelsalam Al-Obeidi]"), so a name set off after it is the role's."""
    first = ent[0] if ent[0].dep_ == "pobj" else ent.root
    return first.dep_ == "pobj" and first.head.lower_ == "for" and role_noun(first.head.head.text) is not None


def owners_body_tails(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the model cut before a plural's apostrophe and the organisation noun
    after it ("the [Zambian Mining Producers]’ [Chamber]"): the whole name, as one."""
    out: list[SpacySpan] = []
    skip: SpacySpan | None = None
    for e in ents:
        if e is skip:
            continue
        doc, end = e.doc, e.end
        if e.label_ == "ORG" and end + 1 < len(doc) and doc[end].text in ("’", "'") and e[-1].text.endswith("s") \
                and doc[end + 1].is_title and doc[end + 1].lower_ in org_nouns() \
                and (end + 2 >= len(doc) or doc[end + 2].ent_iob_ != "I"):
            nxt = next((f for f in ents if f.start == end + 1), None)
            if nxt is None or len(nxt) == 1:  # (the noun untagged, or tagged alone: "[Chamber]")
                skip = nxt
                out.append(SpacySpan(doc, e.start, end + 2, label="ORG"))
                continue
        out.append(e)
    return out


def given_norp(ent: SpacySpan) -> SpacySpan:
    """A person's name the model took for a nationality ("the Council heard from [Marguerite
    Oyelaran]"): two or three capitalised words after a given name with a gender, none a
    people's or country's name."""
    words = list(ent)
    if ent.label_ != "NORP" or not 2 <= len(words) <= 3 or not name_gender(words[0].lower_) \
            or not all(t.is_title and t.is_alpha and country_code(t.text) is None for t in words):
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")


def particle_tails(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the model cut before a Romance particle and the capitalised words after
    it ("[the Commission de Surveillance] du [Secteur Financier]", the rest untagged or taken
    for a person's name), or began after "the", a capitalised word and a particle ("the
    Observatório do [Norte]"): the whole name, a body's."""
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[SpacySpan] = []
    swallowed: set[int] = set()
    for e in ents:
        if id(e) in swallowed:
            continue
        doc, end = e.doc, e.end
        body = e.label_ == "ORG" and not (len(e) == 1 and name_gender(e[0].lower_))  # (not "[Helena] dos Santos")
        while body and end + 1 < len(doc) and doc[end].lower_ in _PARTICLES and end not in taken \
                and doc[end + 1].is_title and doc[end + 1].tag_ in ("NNP", "NNPS"):
            nxt = starts.get(end + 1)
            if nxt is not None and nxt.label_ == "PERSON" and all(t.is_title for t in nxt):
                swallowed.add(id(nxt))
                end = nxt.end
                continue
            if end + 1 in taken:
                break
            end += 2
            while end < len(doc) and end not in taken and doc[end].is_title and doc[end].tag_ in ("NNP", "NNPS"):
                end += 1
        start = e.start
        if e.label_ in ("PERSON", "ORG", "GPE") and start >= 3 and doc[start - 1].lower_ in _PARTICLES \
                and doc[start - 2].is_title and doc[start - 2].tag_ == "NNP" and start - 2 not in taken \
                and doc[start - 3].lower_ == "the":  # "the Observatório do [Norte]", "the Banco do [Brasil]"
            out.append(SpacySpan(doc, start - 2, end, label="ORG"))
            continue
        out.append(SpacySpan(doc, e.start, end, label=e.label_) if end > e.end else e)
    return [e for e in out if id(e) not in swallowed]
