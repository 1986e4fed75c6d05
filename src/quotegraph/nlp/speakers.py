"""Speaker resolution: each statement's source mention -> an entity of the article.

Rules over the spaCy parse, no learned coreference:

1. Names (spaCy entities, plus proper-noun source heads it missed) cluster into
   people, organisations and places (:mod:`.speakers_names`); titles,
   appositives and predicates describe them (:mod:`.speakers_roles`).
2. Mentions are read in document order. Third-person pronouns take the most
   salient agreeing entity (:mod:`.speakers_pronouns`); common nouns the named
   entity the article describes that way, or stay unnamed
   (:mod:`.speakers_nominals`); relative pronouns their antecedent.
3. "I"/"we" inside another statement's quoted content are that statement's
   speaker; outside quotes they are the author, named only by a signature line.
4. Every entity that speaks becomes a :class:`Speaker` with the fullest name the
   article uses, its aliases, role, affiliation and country.

When unsure the speaker stays unnamed: a wrong name is worse than none.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pycountry

from ..records import Speaker, Statement
from .speakers_lexicon import (PRONOUNS, capital_country, capital_state, countries_in, country_code, dateline_country,
                               demonym_noun, owner_nouns, role_noun, region_country, seat_country)
from .doctext import doc_text
from .speakers_short_forms import initials
from .speakers_model import Context, Entity, Role
from .speakers_parties import political_office
from .speakers_resolve import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["resolve_speakers"]

_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "another", "one", "some"}
# words that stand for people without saying what they are: no role ("Some said ...")
_QUANTIFIERS = frozenset({"some", "others", "other", "many", "most", "few", "several", "all", "both", "each",
                          "those", "these", "one", "none", "anyone", "someone", "everyone", "nobody", "somebody",
                          "everybody", "anybody", "no one", "either", "neither", "any"})
_RELATIVES = frozenset({"whom", "which", "who", "whose"})  # "each of whom"
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})  # "none of those three"
_KINDS = {"person": "person", "organisation": "organisation", "place": "organisation"}


def resolve_speakers(doc: "Doc", statements: list[Statement]) -> list[Speaker]:
    """Set statement.speaker on every statement (None only when the statement has no source
    mention and no speaker can be inferred) and return the article's speakers (entities that
    speak at least once), ids "s1", "s2", ... in order of first statement."""
    ctx = Context.build(doc, statements)
    resolver = Resolver(ctx)
    resolver.run()
    speakers: list[Speaker] = []
    made: dict[int, Speaker] = {}
    names: dict[str, int] = {}  # speaker id -> how often its entity is named
    genders: dict[str, str | None] = {}  # speaker id -> its entity's gender ("Mr. Okafor", "Mrs. Okafor")
    home, place, sole = _dateline_countries(doc_text(doc), _without_people(doc))
    for k, st in enumerate(statements):
        ent = resolver.statement_entity(k)
        if ent is None:
            st.speaker = None
            continue
        if id(ent) not in made:
            sp = _speaker(ent, f"s{len(speakers) + 1}", home, place, sole, doc_text(doc))
            same = next((x for x in speakers if sp.name and x.name == sp.name
                         and (None in (genders[x.id], ent.gender) or genders[x.id] == ent.gender)), None)
            named = sum(m.kind == "name" for m in ent.mentions)
            if same is None:
                speakers.append(sp)
                names[sp.id], genders[sp.id] = named, ent.gender
            else:  # one speaker per name: "Trump and Ryan" met twice, an organisation clustered twice,
                _fill(same, sp)  # a name the model calls a person once and an organisation elsewhere
                if same.kind != sp.kind and named > names[same.id]:
                    same.kind = sp.kind  # ("Forbes said ...", "Forbes counted only individuals")
                names[same.id] += named
            made[id(ent)] = same or sp
        st.speaker = made[id(ent)]
    _american_georgia(doc, speakers)
    _canonical_affiliations(resolver.entities, speakers, doc_text(doc))
    _affiliation_countries(resolver.entities, speakers)
    return speakers


def _fill(speaker: Speaker, other: Speaker) -> None:
    """Give ``speaker`` the aliases and the fields it lacks from ``other``, of the same name."""
    speaker.aliases += [a for a in other.aliases if a not in speaker.aliases]
    for field in ("role", "affiliation", "country", "party"):
        if getattr(speaker, field) is None:
            setattr(speaker, field, getattr(other, field))


def _affiliation_countries(entities: list[Entity], speakers: list[Speaker]) -> None:
    """A speaker with no country whose affiliation is one named organisation of the article, by
    name or initials ("Dr Tom Dolphin, the BMA's council chair" after "The British Medical
    Association"), takes that organisation's country."""
    by_name = {sp.name: sp.country for sp in speakers if sp.kind == "organisation" and sp.name}
    for sp in speakers:
        if sp.country is not None or not sp.affiliation:
            continue
        orgs = [e for e in entities if e.named and e.kind == "organisation" and (
            sp.affiliation in e.names or sp.affiliation.isupper() and initials(e.canonical()) == sp.affiliation)]
        if len(orgs) != 1:
            continue
        name = orgs[0].canonical()
        sp.country = by_name.get(name) or _state_body_country(name) or _demonym_body_country(name)


def _canonical_affiliations(entities: list[Entity], speakers: list[Speaker], text: str) -> None:
    """An affiliation written as a person's surname takes that person's fullest name
    ("Alcaraz's coach": Carlos Alcaraz), as a speaker's own name does; not a surname two
    people share. (Organisations keep the form the text gives: an acronym may stand for
    more than one of the article's bodies.)"""
    full: dict[str, set[str]] = {}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for ent in (e for e in entities if e.named and e.kind == "person"):
        canonical = ent.canonical()
        if " " not in canonical:
            full.setdefault(canonical, set()).add(canonical)  # "Obama", never named in full, is another
            continue
        if canonical.split()[0].lower() not in lower:  # not "Top Clinton", a headline's capitalised word
            full.setdefault(canonical.split()[-1], set()).add(canonical)
    for sp in speakers:
        if sp.affiliation in full and len(full[sp.affiliation]) == 1:
            sp.affiliation = next(iter(full[sp.affiliation]))


_GEORGIAN = re.compile(r"\b(?:Tbilisi|Georgians?|Batumi|Kutaisi)\b", re.IGNORECASE)


def _american_georgia(doc: "Doc", speakers: list[Speaker]) -> None:
    """"Georgia businessman", "Georgia Rep. John Lewis": in an article that never calls
    anything Georgian nor names Tbilisi, Georgia is the American state, so it gives no
    country (not GEO)."""
    if any(sp.country == "GEO" for sp in speakers) and not _GEORGIAN.search(doc_text(doc)):
        for sp in speakers:
            if sp.country == "GEO":
                sp.country = None


_HONORIFICS = frozenset({"dr.", "dr", "prof.", "rev.", "the rev."})  # a form of address, if the text gives a title


def _best_role(ent: Entity) -> Role | None:
    """The first title given next to the name, else the first description, else an inferred one."""
    if not ent.roles:
        return None
    return max(ent.roles, key=lambda r: (r.weight, r.text.lower() not in _HONORIFICS,
                                         role_noun(r.noun.split()[-1]) is not None, -r.at))


def _unnamed_role(label: str | None) -> str | None:
    """What an unnamed entity is called ("source close to the talks"); None for bare pronouns."""
    if not label or label.lower() in PRONOUNS or label.lower() in _QUANTIFIERS:
        return None
    words = label.split()
    if len(words) > 2 and words[0].lower() in _QUANTIFIERS | _DETERMINERS and words[1].lower() == "of":
        words = words[2:]  # "one of the protesters": protesters; "one of them": none
        if len(words) > 1 and words[0].lower() in _DETERMINERS:
            words = words[1:]
        rest = " ".join(words)
        low = rest.lower()
        return None if low in PRONOUNS or low in _QUANTIFIERS or low in _RELATIVES or low in _NUMBERS \
            or low.isdigit() else rest
    if len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _without_people(doc: "Doc") -> str:
    """The text with the people's names blanked out: "Jordan Bardella" names no country."""
    chars = list(doc_text(doc))
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            chars[ent.start_char:ent.end_char] = " " * (ent.end_char - ent.start_char)
    return "".join(chars)


def _dateline_countries(text: str, masked: str | None = None) -> tuple[str | None, str | None, str | None]:
    """The country a dateline places the article in: as ``home``, unless a foreign dateline's
    article also names the United States ("SEOUL, March 3 (Yonhap) --" and no word of America: KOR);
    as ``place``, whatever else it names; as ``sole``, when it names no other country."""
    place = dateline_country(text)
    if place is None:
        return None, None, None
    named = set(countries_in(text if masked is None else masked))  # ``masked``: people's names blanked
    home = place if place == "USA" or "USA" not in named else None
    return home, place, home if home is not None and named <= {home} else None


# words of a state's own bodies, whose name opens on the state ("Russian Defence Ministry")
_STATE_BODIES = frozenset({"embassy", "consulate", "ministry", "department", "government", "army", "navy",
                           "military", "parliament", "congress", "senate", "court", "police", "agency",
                           "commission", "council"})


def _state_body_country(name: str) -> str | None:
    """The country opening a state body's name ("U.S. Embassy", "Russian Defence Ministry"),
    or an abbreviated country ("U.S. Geological Survey"); not "British Columbia Liberal Party"."""
    words = name.split()
    code = country_code(words[0]) if len(words) > 1 else None
    if code is None or not ("." in words[0] or {w.lower() for w in words[1:]} & _STATE_BODIES):
        return None
    return code


# words after a people's adjective that make a place of it, not an organisation's country
_PLACE_AFTER = frozenset({"Ocean", "Sea", "Gulf", "Columbia", "Peninsula", "Subcontinent", "Samoa",
                          "Virgin", "Islands", "River"})


def _demonym_body_country(name: str) -> str | None:
    """The country of an organisation whose name opens on its people's adjective ("American
    Heart Association", "British Airways"); not a country's name ("Georgia Power", "Jordan
    Brand") nor a place ("Indian Ocean Commission")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not demonym_noun(words[0]) or words[1] in _PLACE_AFTER or words[0] == "Indian":
        return None  # "Indian Shores", a Florida town; "American Indian"
    codes = countries_in(" ".join(words[:2]))
    return codes[0] if len(codes) == 1 else None


# words of a state's own bodies that a foreign dateline places ("BEIJING -- ... foreign ministry spokesperson
# Mao Ning": China's); not an embassy, which is another country's
_HOME_BODIES = frozenset({"ministry", "government", "police", "army", "military", "parliament", "cabinet", "navy"})


def _home_body(role: Role | None, place: str | None) -> str | None:
    """The dateline's country for a role in one of its state's bodies, named without a country."""
    if place is None or role is None:
        return None
    return place if set(re.findall(r"[a-z]+", role.text.lower())) & _HOME_BODIES else None


def _names_a_body(affiliation: str | None) -> bool:
    """An affiliation that names something: not a bare common noun that resolution left as
    written ("the face of the [party]", "a spokesman for the [group]")."""
    return bool(affiliation) and not (affiliation.islower() and " " not in affiliation)


def _speaker(ent: Entity, sid: str, home: str | None = None, place: str | None = None,
             sole: str | None = None, text: str = "") -> Speaker:
    """The speaker record of an entity (``home``, ``place``, ``sole``: see
    :func:`_dateline_countries`) in the article ``text``."""
    role = _best_role(ent)
    affiliation = role.affiliation if role and _names_a_body(role.affiliation) else None
    if affiliation is None:  # a second description's only when no party is known ("Todd Wilcox, ... and
        affiliation = next((r.affiliation for r in ent.roles  # former CIA officer", a Republican)
                            if _names_a_body(r.affiliation) and (r.weight > 0 or ent.party is None)), None)
    owner = ent.owner if ent.owner is not None and ent.owner.named and ent.owner.kind == "person" \
        and any(n.split()[-1].lower() in owner_nouns() for n in ent.names) else None
    if affiliation is None and owner is not None:  # "Tusk's office", "the Trump campaign"
        affiliation = owner.canonical()
    country = role.country if role else None
    country = country or next((r.country for r in ent.roles if r.country), None) or ent.country
    if country is None and owner is not None:
        country = next((r.country for r in owner.roles if r.country), None) or owner.country
    if country is None and (affiliation or not ent.named):
        codes = countries_in(affiliation or ent.label or "")
        country = codes[0] if codes else None
    named = ent.names if ent.named and ent.kind == "organisation" else []
    texts = (affiliation, role.text if role else None, *(r.text for r in ent.roles if r.weight), *named)
    for lookup in (seat_country, region_country):  # "Kremlin spokesman", "Texas Attorney General Ken Paxton"
        country = country or next(filter(None, (lookup(t) for t in texts)), None)
    if country is None:
        country = _home_body(role, place)
    if country is None and sole is not None and ent.kind == "person" and role is not None \
            and political_office(role.noun):  # "OTTAWA -- Prime Minister Justin Trudeau", no other country named
        country = sole
    if country is None and ent.kind == "place" and ent.named:  # "Beijing urged both sides ..."
        country = capital_country(ent.canonical())
    if country is None and ent.kind == "organisation" and ent.named:  # "The U.S. Embassy in Mexico City"
        country = _state_body_country(ent.canonical()) or _demonym_body_country(ent.canonical())
    affiliation = affiliation or ent.member_of  # "Michael O'Hanlon of the Brookings Institution"
    if ent.party is not None:  # "Republican Donald Trump": his party, when nothing else
        affiliation = affiliation or ent.party.name
        if home in (None, ent.party.country) or ent.party.country is None:  # Seoul's "Democratic Party" is
            country = country or ent.party.country or home  # no American one; a Berlin story's Greens are German
    role_text = role.text if role else (_unnamed_role(ent.label) if not ent.named else None)
    name, aliases = ent.canonical(), list(ent.names) if ent.named else []
    state = capital_state(name) or capital_state(f"The {name}") if ent.kind == "place" else None  # ("The Hague")
    if state is not None:  # "Baku said ...": Azerbaijan, the speaker "the Azerbaijani government" also is
        state = _country_as_written(state, text, capital_country(ent.canonical()))
        name, aliases = state, [state, *aliases]
    return Speaker(
        id=sid,
        name=name,
        aliases=aliases,
        role=role_text,
        affiliation=affiliation,
        country=country,
        kind=_KINDS.get(ent.kind),
        party=ent.party.name if ent.party is not None else None,
    )


def _country_as_written(name: str, text: str, code: str | None = None) -> str:
    """A country's name (alpha-3 ``code``, if known) as the story writes it, where it writes
    another than ``name`` ("Cabo Verde" for "Cape Verde", "Czechia" for "Czech Republic")."""
    code = (code or country_code(name)) if name not in text else None
    country = pycountry.countries.get(alpha_3=code) if code else None
    forms = [getattr(country, a, None) for a in ("common_name", "name", "official_name")] if country else []
    return next((f for f in forms if f and re.search(rf"\b{re.escape(f)}\b", text)), name)
