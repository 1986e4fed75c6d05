"""Names the small model runs together in a title-cased headline: "[Warren Endorses
Clinton]" (two people), "[Kremlin Denies Meddling]" (a body and a verb)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from .doctext import doc_text
from .recall import cue_verbs, data_words

__all__ = ["split_headline_name"]


def split_headline_name(ent: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The name or names an entity of the model stands for: itself, or the parts a
    headline's verb joined."""
    parts = _two_surnames(ent, ents)
    return parts if len(parts) > 1 else _at_headline_verb(ent)


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return data_words("headline_verbs.txt") | cue_verbs()


def _third_person(word: str) -> str | None:
    """The base form of a third-person verb form ("denies" -> "deny"), if it is one of the
    headline verbs."""
    low = word.lower()
    for base in (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else None):
        if base and base in _headline_verbs():
            return base
    return None


def _at_headline_verb(ent: SpacySpan) -> list[SpacySpan]:
    """A name in the article's first line that runs over a headline's verb ("[Kremlin Denies
    Meddling]"): cut before the verb (the words after it are another phrase); none where the
    "name" opens on the verb."""
    doc = ent.doc
    if "\n" in doc_text(doc)[:ent.start_char].lstrip():
        return [ent]  # not the first line
    if ent.start > 0 and _third_person(ent[0].text) and doc[ent.start - 1].text[:1].isupper():
        return []  # "Judge [Orders Release] of ...": the verb and its object, no name
    cut = next((t.i for t in ent[1:] if t.text[:1].isupper() and t.text.endswith("s") and _third_person(t.text)), None)
    if cut is None:
        return [ent]
    text = doc[ent.start:cut].text  # the person the article names so, whatever the model called the run
    person = any(e.label_ == "PERSON" and e.text.endswith(text) for e in doc.ents if e.start >= ent.end)
    return [SpacySpan(doc, ent.start, cut, label="PERSON" if person else ent.label_)]


def _two_surnames(ent: SpacySpan, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A headline's "[Warren Endorses Clinton]", which the small model reads as one person:
    a "name" of three words or more whose first and last words are the surnames of two
    different people the article names in full is those two people."""
    if ent.label_ != "PERSON" or len(ent) < 3 or not ent[0].text[:1].isupper():
        return [ent]
    full = {e.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e.start != ent.start}
    first = {n for n in full if n.split()[-1] == ent[0].text}
    last = {n for n in full if n.split()[-1] == ent[-1].text}
    middle = {t.text for t in ent[1:-1]}
    if not first or not last or first & last or ent.text in full \
            or any(middle & {t.text for t in e} for e in ents if e.start != ent.start):
        return [ent]  # not "Osman Abu Laban" beside "Abu Laban", nor "Obama White House"
    doc = ent.doc
    return [SpacySpan(doc, ent.start, ent.start + 1, label="PERSON"),
            SpacySpan(doc, ent.end - 1, ent.end, label="PERSON")]
