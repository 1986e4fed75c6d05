"""Names the small model ran over a comma or cut at a plural's apostrophe, and a person's name
it took for a nationality: mended before the other repairs of :mod:`.speakers_ner_repairs`."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from .speakers_lexicon import country_code, name_gender, org_nouns

__all__ = ["comma_cut", "given_norp", "owners_body_tails"]


def comma_cut(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the model ran back over a comma onto a person's surname ("According to
    [Pryce, Garonne Olympique] has offered"): the surname, which ends a person's name tagged
    elsewhere, and the body as two names."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    out: list[SpacySpan] = []
    for e in ents:
        k = next((k for k, t in enumerate(e) if t.text == ","), None)
        if e.label_ == "ORG" and k in (1, 2) and e[k - 1].text in surnames and len(e) - k - 1 >= 1 \
                and all(t.text[:1].isupper() for t in e[:k]):
            out += [SpacySpan(e.doc, e.start, e.start + k, label="PERSON"),
                    SpacySpan(e.doc, e.start + k + 1, e.end, label="ORG")]
        else:
            out.append(e)
    return out


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
