"""Whether a definite description cannot be the person just named because it gives a post,
body or office the text ties to someone else ("the union leader" after "the trust's chief
executive"; "the head of Karangrejo village" after "Hartono, head of the disaster agency"; "The
judge" after the defence lawyer): the checks of :mod:`.speakers_descriptions`."""
from __future__ import annotations

import re

from .doctext import doc_text
from .speakers_lexicon import country_code, dateline_place, org_nouns, sole_posts
from .speakers_model import Entity
from .speakers_ner_repairs import org_words
from .speakers_nominals import NominalInfo, has_role, known_words, modifiers, of_names, person_countries, synonyms

__all__ = ["other_body", "other_named_body", "other_office", "other_post"]


def other_body(info: NominalInfo, ent: Entity) -> bool:
    """Whether a description names a body by a lower-case organisation noun ("the union
    leader") that the person is not known by, while the text ties them to another ("the
    trust's chief executive")."""
    bodies = {t.lower_ for t in info.tokens if t.i < info.head.i and t.pos_ == "NOUN" and t.text.islower()
              and t.lower_ in org_nouns()}
    known = known_words(ent)
    return bool(bodies) and not bodies & known and bool(known & org_words())


def other_post(info: NominalInfo, ent: Entity) -> bool:
    """Whether a person holds the description's role noun already, for a place or body
    other than the one its "of X" names ("Hartono, head of the disaster agency", not "the head
    of Karangrejo village"), or another post at a body (not "The campaign manager for ..."); one
    who holds no such role may be described anew ("Fiorina ... the former CEO of HP"); nor, for a
    public office, one who holds another role ("The mayor of Oleiros" is not the regional
    commander just quoted, "The minister" no union's secretary); nor, for one of the public
    offices no one holds beside another, one who holds another ("The ombudsman" is no minister)."""
    names = of_names(info)
    nouns = synonyms(info.role) if info.role else set()
    other = info.role in _PUBLIC_OFFICES and bool(ent.roles) and not has_role(ent, info.role)  # (Oleiros)
    if ent.roles and info.role in _ARBITERS and not any(r.noun.split()[-1] in _ARBITERS[info.role] for r in ent.roles) \
            and not modifiers(info) & _PAST:  # ("the former judge" may be a deputy now)
        return True  # "The judge said" is not the defence lawyer just quoted, "The auditor" no finance minister
    if info.role in _SOLE_OFFICES and not has_role(ent, info.role) \
            and any(r.noun.split()[-1] in _SOLE_OFFICES for r in ent.roles):
        return True  # "The human rights ombudsman" is not the justice minister just quoted
    tied = any(r.affiliation for r in ent.roles)  # "Renee Holloway, who chairs the Iowa Freedom to Decide ..."
    if other and tied and info.role in _SOLE_OFFICES \
            and not any(r.noun.split()[-1] in _PUBLIC_OFFICES for r in ent.roles):
        return True  # "The minister" is no union's regional secretary just quoted (an MP may take one)
    home = (dateline_place(doc_text(info.head.doc)) or "").lower()  # "VALPARAÍSO, Chile —": its mayor is
    return bool(names) and (other or tied or any(r.noun in nouns for r in ent.roles)) \
        and not all(_fits_place(w, ent) or w == home and not tied for w in names)  # the mayor just named


# public offices whose holder is not also described by a post one person holds in a company
# ("Energy Minister Andrei Munteanu ... The chief executive of the state gas company told")
_PUBLIC_OFFICES = frozenset({"minister", "senator", "governor", "mayor", "ambassador", "judge", "magistrate",
                             "prosecutor", "lawmaker", "legislator", "congressman", "congresswoman", "mp"})


# those who judge or check others' work, whom no other role the text gave a person describes, with the
# role nouns that do ("the judge" after "Magistrate X")
_COURT = frozenset({"judge", "magistrate", "justice"})
_PAST = frozenset({"former", "retired", "ex"})
_ARBITERS = {"judge": _COURT, "magistrate": _COURT, "coroner": frozenset({"coroner"}),
             "auditor": frozenset({"auditor", "auditor-general", "comptroller"})}

# public offices no one holds beside another of them (unlike a lawmaker's seat beside a ministry)
_SOLE_OFFICES = frozenset({"minister", "governor", "mayor", "ambassador", "judge", "prosecutor", "ombudsman"})


def other_office(info: NominalInfo, ent: Entity) -> bool:
    """Whether a description gives a post one person holds at a body ("the chief executive of the
    state gas company") to someone the text gave a public office and not that post."""
    before = info.head.doc[info.head.i - 1].lower_ if info.head.i else ""
    if not info.role or not {info.role, f"{before} {info.role}"} & sole_posts() or has_role(ent, info.role):
        return False  # ("chief executive", which the role nouns read as "executive")
    at_body = bool(of_names(info)) or any(t.lower_ in org_nouns() for t in info.tokens if t.i != info.head.i)
    return at_body and any(r.noun.split()[-1] in _PUBLIC_OFFICES for r in ent.roles)


def other_named_body(info: NominalInfo, ent: Entity) -> bool:
    """Whether the words after a description's noun name a body by an organisation word, and
    the person is known by none of its words ("the head of Chiapas operations for Mexico's National
    Migration Institute" is not the man just quoted, whom the text tied to no institute)."""
    names = {t.lower_ for t in info.tokens if t.i > info.head.i and t.pos_ == "PROPN"}
    bodies = {w for w in names if w in org_words() and "gpe" not in org_nouns().get(w, ())}  # (not "of State")
    if ent.roles:  # a body the model tagged, whatever its words, for someone the text gave another post ("The
        # head of the Finnish Border Guard's southeast district" is not the interior minister just quoted)
        bodies |= {t.lower_ for t in info.tokens if t.i > info.head.i and t.pos_ == "PROPN" and t.ent_type_ == "ORG"
                   and "gpe" not in org_nouns().get(t.lower_, ())}
    known = {piece for w in known_words(ent) for piece in re.split(r"[-–]", w)}  # ("Hewlett-Packard")
    return bool(bodies) and not names & known


def _fits_place(word: str, ent: Entity) -> bool:
    """Whether a proper noun of a description's "of X" fits a person: a word of their names,
    roles or bodies, or a country they are tied to or may be ("the president of Russia")."""
    if word in {piece for w in known_words(ent) for piece in re.split(r"[-–]", w)}:
        return True  # "Hewlett" of "Hewlett-Packard"
    code, known = country_code(word.title()), person_countries(ent)
    return code is not None and (code in known or not known)
