"""Which named organisations "the company" (or "the firm", "the bank") may stand for: no
public body, party or school, nor a photo credit; and the "people" that are businesses."""
from __future__ import annotations

from .speakers_lexicon import COMPANY_SUFFIXES, company_words, given_names, org_nouns, role_noun
from .speakers_model import Entity

__all__ = ["business_names", "company_like"]

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
        or any(r.noun in _PUBLIC - {"agency", "office"} for r in ent.roles)  # "Usdaw, the shopworkers' union"
    # (not "Morel Marine Services, an agency owned by ...")
    return not public and not any("/" in n for n in ent.names)


def business_names(doc, mentions: list) -> None:
    """Relabel as an organisation a "person" whose words open a business's name the text
    gives ("Brightwater" beside "Brightwater Logistics", "Kestrel Ridge" beside "Kestrel Ridge
    Research"), a one-word one that opens an organisation's named before it ("Thamesreach"
    after "Thamesreach Water", the first word no given name), or a one-word one someone holds
    a post at ("a former senior executive at [Lumora]", however the model tagged it there),
    wherever it stands; not a known given name at a workplace, nor a word of another person's
    full name ("Trump" beside "Donald Trump")."""
    def words(m) -> tuple[str, ...]:
        return tuple(m.text.split())
    opened = {words(m)[:k] for m in mentions if m.label == "ORG" and len(words(m)) >= 2
              and words(m)[-1].lower() in company_words() | COMPANY_SUFFIXES for k in range(1, len(words(m)))}
    first = {}
    for m in mentions:
        first.setdefault(m.text, m.start)
    opened |= {words(m)[:1] for m in mentions if m.label == "ORG" and len(words(m)) >= 2  # "Thamesreach" after
               and words(m)[0].lower() not in given_names() and words(m)[0][:1].isupper()  # "Thamesreach Water",
               and first.get(words(m)[0], m.start) >= m.start  # not "Trump" before it, nor "on the [Trump
               and not (m.start > 0 and doc[m.start - 1].lower_ == "the")}  # Train]", named after a person
    opened |= {words(m) for m in mentions if m.end - m.start == 1 and m.start >= 2
               and doc[m.start - 1].lower_ == "at" and doc[m.start - 2].pos_ == "NOUN"
               and role_noun(doc[m.start - 2].text) and m.text.lower() not in given_names()}
    people = {w for m in mentions if m.label == "PERSON" and len(words(m)) > 1 and words(m) not in opened
              for w in words(m)}
    for m in mentions:
        if m.label == "PERSON" and words(m) in opened and words(m)[0] not in people:
            m.label = "ORG"
