"""The named organisation an organisation noun refers to ("the group", "the company", "the
party", "the delivery company"): one whose name holds the noun or a word that stands for it
(``speakers_org_nouns.tsv``), one the text described with it, or for a generic noun one named
in the last sentences as a subject or a source."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .speakers_companies import company_like
from .speakers_lexicon import OUTLET_NOUNS, based_at, capital_country, countries_in, country_code, org_nouns, \
    region_country, role_noun
from .speakers_model import Entity
from .speakers_nominals import NominalInfo, last_before, mod_countries, modifiers
from .speakers_ner_repairs import org_noun

__all__ = ["classed_body", "court_part", "match_org", "spelled_out"]

_NOT_NATIONAL = {"federal", "local", "state", "city", "county", "provincial", "regional", "prefectural", "municipal",
                 "cantonal", "departmental", "metropolitan", "territorial"}


def match_org(info: NominalInfo, ents: list[Entity],
              near: Callable[[Entity], bool] | None = None) -> Entity | None:
    """The named organisation (or place) an organisation noun refers to, nearest before.
    A bare generic noun ("NEAR" in ``speakers_org_nouns.tsv``: "the group", "the
    organization", with no modifier) may also take an organisation for which ``near``
    holds (the resolver's test: named in the last sentences as a subject or a source)."""
    if not info.org or (info.plural and not info.collective):
        return None
    words = org_nouns(named=True)[info.org]
    its_mods = modifiers(info)
    local = bool(its_mods & _NOT_NATIONAL)
    loose = "any" in words  # "Shares in Apple fell ... The company said": named in any role
    generic = near is not None and ("near" in words or loose) and info.definite and _plain_mods(info)
    codes = mod_countries(info)
    sole = _sole_company([e for e in ents if not _only_product(e, info.head.doc)], info.head.i) \
        if generic and loose else None  # (not one named only as a product: "the Kaze hybrid")
    serves = _served(info.head)
    governing = any(t.lower_ in _GOVERNING for t in info.tokens if t.i < info.head.i)
    best: tuple[tuple[bool, int, int], Entity] | None = None
    for ent in ents:
        if not ent.named or ent.kind == "person":
            continue
        if ent.kind == "place" and ("gpe" not in words or local or not _place_fits(info.org, ent)):
            continue
        if codes and not codes & _countries_of(ent) and (ent.kind == "place" or _countries_of(ent)):
            continue  # "the Estonian government" is not Russia's, nor Moscow
        if _other_field(info, ent):
            continue  # "the French foreign ministry" is no "Ministry of Communication"
        if ent.kind == "place" and not codes and _unplaced(info, ent):
            continue  # "The Kosovo government" (a country the lexicon lacks) is not Belgrade
        name_words = {w.lower().strip("'’") for n in ent.names for w in n.split()}  # ("Prosecutors' Office")
        if serves and not serves & name_words:
            continue  # "the trade group for the Blue Cross Blue Shield plans" is not UnitedHealth Group
        if governing and not _governs(ent, info.head.doc):
            continue  # "The ruling party" is no party the text never puts in government
        described = any(r.noun == info.org and its_mods <= r.mods for r in ent.roles) \
            or _outlet_named(info, ent)  # "the militant group"; "the daily De Dagwacht ... the paper"
        strong = ent.kind == "place" or info.org in name_words or bool(words & name_words) or described
        fits = strong or generic and ent.kind == "organisation" and (near(ent, loose) or ent is sole) \
            and not (loose and not company_like(ent)) and not (loose and _only_affiliation(ent, info.head.doc)) \
            and not (info.org == "party" and _named_other_body(ent, words)) \
            and not (info.org == "group" and name_words & _STATE_WORDS)  # "the group" is no "Capitol Police"
        last = last_before(ent, info.head.i)
        inner = info.org in name_words and "gpe" not in words and not any(_name_head(n) == info.org
                                                                          for n in ent.names)
        # (not the "Federation of University Employees" for "the university" after "Töölö University";
        # but "State said" may be the State Department)
        apposed = any(r.noun == info.org and any(x.kind == "name" and abs(x.start - r.at) <= _APPOSED
                                                 for x in ent.mentions) for r in ent.roles)  # "The regulator, the X"
        key = (strong and loose, len(its_mods & name_words), not inner, apposed, last)  # a name that says
        # "company" first; one described by the noun before one only named near ("The financial regulator, the
        # Commission ... . The regulator believes" after "found that Valmont's compliance department had ...")
        if fits and last >= 0 and (best is None or key > best[0]):
            best = (key, ent)
    return _owner_named(info, best[1]) if best else None


_APPOSED = 4  # tokens between a body's name and a role noun set beside it
_FIELD_BODIES = frozenset({"ministry", "department"})
_NO_FIELD = frozenset({"the", "of", "and", "for", "former", "new", "own", "national", "central", "relevant",
                       "responsible", "powerful", "same", "ministry", "department"}) | _NOT_NATIONAL
_FIELD_SYNONYMS = ({"trade", "commerce"}, {"foreign", "external"}, {"home", "interior"})


def _field_words(words: set[str]) -> set[str]:
    """The words of a ministry's field among these (no country's, no function word)."""
    return {w for w in words if w not in _NO_FIELD and not country_code(w.capitalize()) and w.isalpha()}


def _other_field(info: NominalInfo, ent: Entity) -> bool:
    """Whether a ministry's nominal names a field ("the foreign ministry") that a named
    ministry's name has none of ("Ministry of Communication")."""
    if info.org not in _FIELD_BODIES or ent.kind != "organisation":
        return False
    mine = _field_words(modifiers(info))
    theirs = _field_words({w.lower() for n in ent.names for w in n.replace("-", " ").split()})
    if not mine or not theirs or not any(info.org in n.lower() for n in ent.names):
        return False
    alike = [{w} | next((g for g in _FIELD_SYNONYMS if w in g), set()) for w in mine]
    return not any(a[:5] == b[:5] for group in alike for a in group for b in theirs)


def _unplaced(info: NominalInfo, ent: Entity) -> bool:
    """Whether a nominal names a place by a capitalised modifier that is none of the words of
    ``ent``'s names."""
    mods = {t.lower_ for t in info.tokens if t.i < info.head.i and t.pos_ == "PROPN"}
    mods |= {t.lower_ for c in info.head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
             for t in c.subtree if t.pos_ == "PROPN"}  # "The government of Timor-Leste" is not Korea
    return bool(mods) and not mods & {w.lower() for n in ent.names for w in n.replace("-", " ").split()}


def _name_head(name: str) -> str:
    """A body's name's head word: the one before its first "of", "for" or "into" ("Federation
    of ...", "Royal Commission into ...") or its last."""
    words = name.lower().replace("’", "'").split()
    k = next((k for k, w in enumerate(words) if w in ("of", "for", "into") and k > 0), len(words))
    return words[k - 1].strip("'") if words else ""


def _named_other_body(ent: Entity, words: frozenset[str]) -> bool:
    """Whether a body's name ends in an organisation noun of another kind than the party a
    generic "the party" means ("the main opposition party" is no "Zimbabwe Electoral
    Commission" just named)."""
    for name in ent.names:
        last = name.split()[-1].lower() if name.split() else ""
        if org_noun(last) and last not in words and last != "party":
            return True
    return False


_GOVERNING = frozenset({"ruling", "governing"})


def _governs(ent: Entity, doc) -> bool:
    """Whether the text names a body right before "government" or "-led" ("the Dravida Makkal
    Munnani government", "a Labour-led council") or calls it ruling or governing."""
    for c in ent.mentions:
        nxt = doc[c.end] if c.end < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("government", "administration")
                                or nxt.text == "-" and c.end + 1 < len(doc) and doc[c.end + 1].lower_ == "led"):
            return True
        if any(t.lower_ in _GOVERNING for t in doc[max(c.start - 2, 0):c.start]):
            return True
    return False


# roles that head or speak for the body they are "of", so that it is what the article is about
_ITS_HEADS = frozenset({"president", "chairman", "chairwoman", "chairperson", "ceo", "spokesman", "spokeswoman",
                        "spokesperson", "founder", "owner"})


def _only_affiliation(ent: Entity, doc) -> bool:
    """Whether the text names an organisation only as where a person works ("Ethan Brodsky
    of Lindqvist & Rowe", "an analyst at Harcourt Securities"), or as a product (:func:`_product`):
    no company the article is about."""
    def affiliation(c) -> bool:
        prep = doc[c.head].head
        return doc[c.head].dep_ == "pobj" and prep.lower_ in ("of", "at") \
            and (prep.head.ent_type_ == "PERSON" or role_noun(prep.head.text) is not None) \
            and prep.head.lower_ not in _ITS_HEADS  # ("The president of Akebono Motor": the company's own)
    return bool(ent.mentions) and all(affiliation(c) or _product(doc[c.head]) for c in ent.mentions
                                      if c.kind == "name")


def _only_product(ent: Entity, doc) -> bool:
    """Whether the text names an organisation only as a product (:func:`_product`)."""
    return any(c.kind == "name" for c in ent.mentions) and all(_product(doc[c.head]) for c in ent.mentions
                                                               if c.kind == "name")


def _product(head: Token) -> bool:
    """A name between "the" and a lower-case word no organisation or person is ("the Kaze
    hybrid", "the best-selling Sorami compact"): a product's or a model's, not a company's."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" or start > 0 and doc[start - 1].tag_ == "NNP" \
            and doc[start - 1].head.i == head.i:
        start -= 1
    if head.i + 1 >= len(doc) or not any(t.lower_ == "the" for t in doc[max(start - 2, 0):start]):
        return False
    noun = doc[head.i + 1]
    return noun.is_lower and noun.is_alpha and noun.pos_ in ("NOUN", "ADJ") and noun.tag_ != "NNS" \
        and noun.lemma_.lower() not in org_nouns() and not role_noun(noun.text)


def _outlet_named(info: NominalInfo, ent: Entity) -> bool:
    """Whether the text named an organisation right after a noun for the outlet the
    description's noun is ("the Flemish daily De Ochtendbode ... the paper said"), or right
    after that noun itself a few sentences before ("The judges' association Wolna Temida ...
    the association said"; a company's only with no other body named since: "forestry company
    Boréal Fibres ... The company said")."""
    fits, doc = OUTLET_NOUNS.get(info.org, ()), info.head.doc
    own = "any" not in org_nouns(named=True)[info.org]
    return any(c.kind == "name" and c.start > 0 and (doc[c.start - 1].lower_ in fits or (
        doc[c.start - 1].lower_ == info.org and 0 < info.head.i - c.head <= _OWN_NOUN_REACH
        and (own or not any(e.label_ == "ORG" and c.end <= e.start and e.end <= info.head.i and e.text not in ent.names
                            for e in doc.ents))))
        for c in ent.mentions)


_OWN_NOUN_REACH = 100  # tokens back to a name set after the description's own noun (a few sentences)


def _owner_named(info: NominalInfo, ent: Entity) -> Entity:
    """The organisation ``ent`` is named after when only its name ends in the noun ("the
    district" is the Cedar Hollow School District, not the district's board)."""
    def ends(e: Entity) -> bool:
        return any(n.split()[-1].lower() == info.org for n in e.names if n.split())
    owner = ent.owner
    return owner if owner is not None and owner.kind == "organisation" and ends(owner) and not ends(ent) else ent


def _place_fits(noun: str, ent: Entity) -> bool:
    """Whether a named place can be "the state" (a state or region, or a country: not the
    city of Flint), "the country" (a country) or "the government" (a country, or a capital
    speaking for it: not "Burns, Ore.")."""
    if noun == "state":
        return any(region_country(n, whole=True) or country_code(n) for n in ent.names)
    if noun in ("country", "nation"):
        return any(country_code(n) for n in ent.names)
    if noun in ("government", "regime"):
        return any(country_code(n) or capital_country(n) for n in ent.names)
    return True


def _served(head: Token) -> set[str]:
    """The words of whom a body's noun says it is for ("the trade group [for the Blue Cross
    Blue Shield plans]"), lower-case; empty when it says nothing."""
    words: set[str] = set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "representing")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words |= {t.lower_ for t in obj.subtree if t.pos_ in ("PROPN", "NOUN")}
    return words


def _sole_company(ents: list[Entity], before: int) -> Entity | None:
    """The one organisation named before token ``before`` that may be a company, if there
    is only one ("JPMorgan Chase reported ... Jamie Dimon said ... The bank said")."""
    found = [e for e in ents
             if e.named and e.kind == "organisation" and company_like(e) and last_before(e, before) >= 0]
    return found[0] if len(found) == 1 else None


def _countries_of(ent: Entity) -> set[str]:
    """Countries an organisation or place is of: its own code, those its names hold, or a
    capital's ("Sofia said ... the Bulgarian government")."""
    found = {c for n in ent.names for c in countries_in(n)}
    if ent.kind == "place":
        found |= {c for c in map(capital_country, ent.names) if c}
    return found | {ent.country} if ent.country else found


def _plain_mods(info: NominalInfo) -> bool:
    """Whether a nominal's modifiers only describe ("the paramilitary group", "the militant
    group"), name a country ("the Palestinian group") or say where it is based ("the
    Darmstadt-based company"): no name or noun that must fit."""
    return all(t.pos_ == "ADJ" and (t.text.islower() or country_code(t.text) is not None) or based_at(t.doc, t.i + 1)
               or t.pos_ == "NOUN" and t.dep_ == "compound" and t.text.islower() and t.lower_ not in _OTHER_COMPANY
               for t in info.tokens if t.i < info.head.i and t.pos_ in ("ADJ", "NOUN", "PROPN"))  # ("the delivery
    # company": what it does)


# nouns that make "the company" another one than the one named ("the parent company")
_OTHER_COMPANY = frozenset({"parent", "holding", "sister", "rival", "shell", "subsidiary", "partner", "member"})


_COURT_PARTS = frozenset({"chamber", "bench", "panel", "division"})
_STATE_WORDS = frozenset({"police", "court", "ministry", "department", "army", "government", "parliament", "senate"})


def classed_body(info: NominalInfo, ents: list[Entity]) -> Entity | None:
    """The named organisation, last mentioned before, whose name holds the noun of a body
    classed by a plural possessor ("The bishops' conference" after "the Venezuelan Episcopal
    Conference", "the shopworkers' union"): the possessor is the kind, not an owner."""
    owner = next((c for c in info.head.children if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ != "NNS" or not info.org \
            or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ != "the" for c in owner.children):
        return None
    found = [(last_before(e, info.head.i), e) for e in ents if e.named and e.kind == "organisation"
             and any(info.org in (w.lower() for w in n.split()) for n in e.names)]
    found = [f for f in found if f[0] >= 0]
    return max(found, key=lambda f: f[0])[1] if found else None


def court_part(info: NominalInfo, owner: Entity | None) -> Entity | None:
    """The court a chamber, bench or panel of it speaks for ("the tribunal's
    political-administrative chamber said" after "Venezuela's Supreme Tribunal of Justice")."""
    if owner is None or not owner.named or owner.kind != "organisation" or info.lemma not in _COURT_PARTS:
        return None
    words = {w.lower() for n in owner.names for w in n.split()}
    return owner if words & org_nouns()["court"] else None


def spelled_out(info: NominalInfo, ents: list[Entity]) -> Entity | None:
    """The named body a possessed noun spells out in lower case: "the sheriff's office"
    after "the Boulder County Sheriff's Office"."""
    owner = next((c for c in info.head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "NOUN":
        return None
    phrase = f"{owner.lower_}'s {info.head.lower_}"
    best: tuple[int, Entity] | None = None
    for ent in ents:
        last = last_before(ent, info.head.i)
        if ent.named and ent.kind == "organisation" and last >= 0 and (best is None or last > best[0]) \
                and any(phrase in n.lower().replace("’", "'") for n in ent.names):
            best = (last, ent)
    return best[1] if best else None
