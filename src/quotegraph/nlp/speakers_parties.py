"""A party's members as a named group: "Republicans", "House Democrats", "the Tories";
and the party a person belongs to ("Republican Donald Trump", "Sen. Jeff Merkley
(D-Ore.)", "Olaf Scholz, a Social Democrat"), read from ``speakers_party_words.tsv``.

The article names such a body as a reader would ("Oversight Committee Republicans
... they felt"), so pronouns and relatives may take it up. A quantified or
described phrase ("many Democrats", "nervous Republicans", "veteran Republicans",
"Republicans who say") picks out unnamed members and is left alone.
A bare "Republicans" joins the one longer form of the article ("Oversight Committee
Republicans"), if there is just one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from .speakers_lexicon import _lines, role_noun
from .speakers_model import Context, Entity, Mention, Party, Role

__all__ = ["PARTY", "party_members", "party_tokens", "cluster_parties", "party_in", "party_code_after",
           "political_office"]

PARTY = "PARTY"  # the label of a party-members name mention
_QUANTIFIERS = {"many", "some", "most", "few", "several", "other", "all", "both", "more", "fewer", "no",
                "a", "an", "any", "each", "these", "those"}  # numbers are "nummod": see _describes


@lru_cache(maxsize=None)
def party_members() -> dict[str, str]:
    """Plural member nouns (lowercase) -> the party ("democrats" -> "Democratic Party")."""
    return {row[0].lower(): row[1] for row in _lines("speakers_parties.tsv") if len(row) > 1}


def party_tokens(tok: Token) -> list[Token] | None:
    """The name tokens of a party-members mention headed by ``tok`` ("Oversight
    Committee Republicans"), or None when ``tok`` is not one or is quantified."""
    if not (tok.tag_ == "NNPS" or tok.ent_type_ == "NORP") or tok.lower_ not in party_members() \
            or not tok.text[:1].isupper():
        return None
    if tok.dep_ == "compound" or any(_describes(c) for c in tok.children):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, tok.i + 1) \
            and doc[start - 1].tag_ in ("NNP", "NNPS"):
        start -= 1
    if start == tok.i - 1 and doc[start].is_sent_start and not doc[start].ent_type_:
        start += 1  # "Mainstream Republicans": a capitalised first word, not a name
    return list(doc[start: tok.i + 1])


def _describes(child: Token) -> bool:
    """Whether a dependent makes the phrase a description of some members: a quantifier
    or number ("many", "six in 10"), an adjective ("nervous"), a common noun or a
    nationality ("veteran Republicans"), a restrictive relative clause ("Republicans who
    say")."""
    if child.dep_ in ("amod", "nummod", "quantmod"):
        return True
    if child.dep_ in ("det", "predet"):
        return child.lower_ in _QUANTIFIERS
    if child.dep_ == "relcl":  # "Republicans who say ...", not "Republicans, who hold ..."
        doc = child.doc
        return not any(t.text in (",", "(", "—", "-") for t in doc[child.head.i + 1: child.left_edge.i])
    return child.dep_ == "compound" and (child.tag_ not in ("NNP", "NNPS") or child.ent_type_ == "NORP")


def cluster_parties(ctx: Context, mentions: list[Mention]) -> list[Entity]:
    """Party-member mentions grouped by their text; a one-word form joins the one
    longer form ending in the same word."""
    mine = [m for m in mentions if m.label == PARTY]
    longer: dict[str, set[str]] = {}
    for m in mine:
        words = m.text.split()
        if len(words) > 1:
            longer.setdefault(words[-1].lower(), set()).add(m.text.lower())
    made: dict[str, Entity] = {}
    for m in sorted(mine, key=lambda m: -len(m.text.split())):
        key = m.text.lower()
        forms = longer.get(key, set())
        if " " not in key and len(forms) == 1:
            key = next(iter(forms))
        ent = made.get(key)
        if ent is None:
            ent = made[key] = Entity(kind="group", named=True, plural=True)
            party = party_members()[m.text.split()[-1].lower()]
            ent.roles.append(Role(text=f"{party} members", noun="member", mods=frozenset(), affiliation=party,
                                  country=None, at=m.head, weight=0))
        ent.add_name(m.text)
        m.entity = ent
        ent.mentions.append(m)
    for ent in made.values():
        ent.mentions.sort(key=lambda x: x.start)
    return list(made.values())


# a portfolio, not a party, right before these: "Labour Minister Bhupender Yadav"
_PORTFOLIO = frozenset({"minister", "ministry", "secretary", "department", "commissioner", "inspector"})
# a U.S. lawmaker's party and state after the name: "(D-Ore.)", ", R-Texas,", "(R)"
_US_CODE = re.compile(r"\s*(?:\(\s*([DR])(?:\s*-\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\s*\)"
                      r"|,\s*([DR])-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*,)")
_US_LETTERS = {"D": "democrat", "R": "republican"}


@lru_cache(maxsize=None)
def _party_forms() -> dict[str, tuple[Party, str]]:
    """Party words (lowercase, one or two words) -> the party and the word's condition."""
    out = {}
    for row in _lines("speakers_party_words.tsv"):
        country = row[3] if len(row) > 3 and row[3] != "-" else None
        out[row[0].lower()] = (Party(key=row[1], name=row[2], country=country), row[4] if len(row) > 4 else "")
    return out


@lru_cache(maxsize=None)
def _offices() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _lines("speakers_party_offices.txt"))


def political_office(noun: str) -> bool:
    """Whether a role noun is a political office ("prime minister", "leader", "senator")."""
    return noun.lower() in _offices() - {"member", "chairman", "chairwoman", "party"}


def _names_party(words: list[Token], condition: str) -> bool:
    """Whether capitalised words found in the table name a party where they stand."""
    first, last = words[0], words[-1]
    if not first.text[:1].isupper():
        return False
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].text in ("-", "/") and not doc[first.i - 1].whitespace_ \
            or last.i + 1 < len(doc) and doc[last.i + 1].text in ("-", "/") and not last.whitespace_:
        return False  # "anti-GOP/Obama"
    if first.ent_type_ and first.ent_type_ != "NORP":  # "Democratic Republic of Congo", "Republican Guard"
        ent = next(e for e in doc.ents if e.start <= first.i < e.end)
        bare = [t.lower_ for t in ent if t.dep_ != "det"]
        if bare not in ([t.lower_ for t in words], [t.lower_ for t in words] + ["party"]):
            return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if condition == "office":  # "Conservative MP", not "Conservative columnist George Will"
        if nxt is not None and nxt.lower_ == "leadership" and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "Conservative leadership contender"
        return nxt is not None and (role_noun(nxt.text) or nxt.lower_) in _offices()
    return nxt is None or nxt.lower_ not in _PORTFOLIO


def party_in(tokens: list[Token]) -> Party | None:
    """The party a run of words names ("Republican presidential nominee", "a Social
    Democrat", "the CDU leader"), longer forms first; None when none does."""
    forms = _party_forms()
    for k in range(len(tokens)):
        for n in (2, 1):
            words = tokens[k:k + n]
            if len(words) < n or words[-1].i - words[0].i != n - 1:
                continue
            hit = forms.get(" ".join(t.lower_ for t in words))
            if hit is not None and _names_party(words, hit[1]):
                return hit[0]
    return None


def party_code_after(text: str, end: int) -> Party | None:
    """The party of a U.S. lawmaker's code right after a name ending at character ``end``."""
    m = _US_CODE.match(text, end)
    if m is None:
        return None
    return _party_forms()[_US_LETTERS[m.group(1) or m.group(2)]][0]
