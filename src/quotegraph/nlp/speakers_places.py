"""Places the model took for people, and people it took for places: a name after "<place
noun> of" ("the eastern city of Goma"), after "the mayor of nearby", or listed after a place;
a one-word name the model also tags as a place where it stands as one ("Witnesses in Eyl");
and a one-word place given an age, who is a person ("Hodan, 34,"). Used by
:func:`.speakers_joins.joined_names`."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .doctext import doc_text
from .speakers_lexicon import capital_state, dateline_place

__all__ = ["PLACE_NOUNS", "named_places", "whole_capitals"]

# nouns for a place whose name follows "of" ("the eastern city of Goma")
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "county", "port", "capital",
                          "island", "suburb", "neighborhood", "neighbourhood", "municipality", "enclave", "state"})


def named_places(ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each name after "<place noun> of" relabelled GPE: "the eastern city of
    Goma", which the model may take for a person; so is a name listed after a place ("in
    Jajarkot and Rukum West"), and a one-word name the model also tags as a place, where it
    stands as a place ("Witnesses in [Eyl]", "the [Eyl] market") or in the headline, if the
    story makes it nowhere a subject or an owner; and a one-word place or body given an age is
    a person ("[Hodan], 34, who sells fish"; "[Mercedes], 34, a catechist"). The dateline's
    place is one ("MIRI, Malaysia -- ... the journey to [Miri]")."""
    ents = whole_capitals(ents)
    places = {e.text for e in ents if e.label_ in ("GPE", "LOC") and len(e) == 1}
    body = next((t.i for t in ents[0].doc if "\n" in t.text_with_ws), 0) if places else 0  # past the headline
    if places:  # (never a subject nor an owner in the story: not "Lumora, based in San Jose, maintained")
        places -= {t.text for t in ents[0].doc[body:] if t.dep_ in ("nsubj", "nsubjpass", "poss", "appos")}
    dateline = dateline_place(doc_text(ents[0].doc)) if ents else None
    out = []
    for e in ents:
        doc = e.doc
        if e.label_ in ("PERSON", "ORG") and _of_place(doc, e.start) \
                or e.label_ == "PERSON" and (e.text in places and (_as_place(e[0]) or e.end <= body)
                                             or _listed_place(e) or e.text.upper() == dateline):
            # (a headline's "[Llanelli] steelworks to cut")
            e = SpacySpan(doc, e.start, e.end, label="GPE")
        elif e.label_ in ("GPE", "ORG") and len(e) == 1 and _aged(doc, e.end):
            e = SpacySpan(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def _untagged_capitals(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Capitals of two or three capitalised words in no entity ("[Addis] [Ababa] said", which the
    parse split in two sentences)."""
    owned = {i for e in ents for i in range(e.start, e.end)}
    out: list[SpacySpan] = []
    for tok in doc:
        if not tok.is_title or tok.i in owned or out and tok.i < out[-1].end:
            continue
        for n in (3, 2):
            span = doc[tok.i : tok.i + n]
            if len(span) == n and span[-1].is_title and not any(t.i in owned for t in span) \
                    and capital_state(span.text) is not None:
                out.append(SpacySpan(doc, tok.i, tok.i + n, label="GPE"))
                break
    return out


_PLACE_PREPS = frozenset({"in", "near", "at", "from", "outside", "around", "across", "to", "on"})


# nouns whose "of" takes a place ("the mayor of nearby Beveren"), besides the place nouns
_OF_PLACES = frozenset({"mayor", "governor", "residents", "outskirts", "people"})
_NEAR_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})


def _of_place(doc: Doc, start: int) -> bool:
    """Whether a name stands after "<place noun> of" ("the eastern city of Goma", "the mayor
    of nearby Beveren")."""
    k = start - 1 - (start >= 1 and doc[start - 1].lower_ in _NEAR_WORDS)
    return k >= 1 and doc[k].lower_ == "of" and (doc[k - 1].text in PLACE_NOUNS or doc[k - 1].lower_ in _OF_PLACES)


def _listed_place(ent: SpacySpan) -> bool:
    """Whether a name is listed after a place ("in Jajarkot and [Rukum West]")."""
    root = ent.root
    return root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC") and root.head.dep_ == "pobj"


def _as_place(tok: Token) -> bool:
    """Whether a name stands as a place: after a preposition of place, or compounded onto a
    lower-case noun ("the Eyl market")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS \
        or tok.dep_ == "compound" and tok.head.is_lower and tok.head.pos_ == "NOUN"


def _aged(doc: Doc, end: int) -> bool:
    """Whether a name is followed by an age set off by commas ("Hodan, 34, who ...")."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," \
        and doc[end + 1].text.isdigit() and 10 <= int(doc[end + 1].text) <= 110


def whole_capitals(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A capital's name of several words the model tagged only in part or in pieces ("Santo
    [Domingo]", "[Port] of [Spain]") or not at all, where the parse split it (:func:`_untagged_capitals`):
    the whole name, as one place."""
    if not ents:
        return ents
    doc = ents[0].doc
    ents = sorted(ents + _untagged_capitals(doc, ents), key=lambda e: e.start)
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[SpacySpan] = []
    gone: set[int] = set()
    for e in ents:
        if id(e) in gone:
            continue
        best = None
        for start in range(max(e.start - 2, 0), e.start + 1):
            for end in range(e.end, min(e.end + 2, len(doc)) + 1):
                inside = {id(owner[i]) for i in range(start, end) if i in owner}
                if end - start == len(e) or not doc[start].is_title or any(
                        o.start < start or o.end > end for o in ents if id(o) in inside):
                    continue
                if capital_state(doc[start:end].text) is not None and (best is None or end - start > len(best)):
                    best = SpacySpan(doc, start, end, label="GPE")
        if best is not None:
            gone |= {id(o) for o in ents if best.start <= o.start and o.end <= best.end}
            out = [o for o in out if id(o) not in gone]
        out.append(best or e)
    return out

