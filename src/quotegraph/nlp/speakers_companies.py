"""Which named organisations "the company" (or "the firm", "the bank") may stand for: no
public body, party or school, nor a photo credit."""
from __future__ import annotations

from .speakers_lexicon import company_words, org_nouns
from .speakers_model import Entity

__all__ = ["company_like"]

# organisation nouns whose words in a name mark a public body, a party or a school
_PUBLIC = frozenset({"agency", "department", "office", "administration", "government", "regime", "court",
                     "committee", "panel", "council", "commission", "union", "party", "caucus", "university",
                     "school", "police", "ministry", "city", "state", "country", "nation", "kingdom", "republic"})
# other words of such names ("the Federal Institute for Drugs and Medical Devices", "the Bundestag")
_PUBLIC_WORDS = frozenset({"congress", "senate", "house", "parliament", "bundestag", "knesset", "duma", "institute",
                           "institution", "fbi", "cia", "nsa", "epa"})


def company_like(ent: Entity) -> bool:
    """An organisation "the company" may be: no public body, party or school ("the Justice
    Department"), nor a photo credit ("AP/Reuters")."""
    words = {w.lower() for n in ent.names for w in n.split()}
    if any(n.split()[-1].lower() in company_words() for n in ent.names if n.split()):
        words.discard("house")  # "Lantern House Books" is a publisher, not a chamber
    public = any(words & org_nouns()[noun] for noun in _PUBLIC if noun in org_nouns()) or bool(words & _PUBLIC_WORDS) \
        or any(r.noun in _PUBLIC for r in ent.roles)  # "Usdaw, the shopworkers' union"
    return not public and not any("/" in n for n in ent.names)
