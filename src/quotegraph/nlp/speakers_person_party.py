"""A person's party from the words around the name: "Republican Donald Trump", "Olaf
Scholz, a Social Democrat", "Sen. Jeff Merkley (D-Ore.)", "Alice Weidel of the far-right
AfD" (the descriptions themselves are found by :mod:`.speakers_roles`)."""
from __future__ import annotations

from spacy.tokens import Token

from .doctext import doc_text
from .speakers_lexicon import kin_nouns, role_noun
from .speakers_model import Mention, Party
from .speakers_parties import party_code_after, party_in
from .speakers_role_orgs import OPPOSING_NOUNS

__all__ = ["person_party", "party_scope"]

# a party the person no longer holds: "a former Democrat", "for years a registered Democrat"
_PAST = frozenset({"former", "onetime", "one-time", "ex", "ex-", "years", "once", "then"})


def person_party(m: Mention, doc, phrases: list[list[Token]]) -> Party | None:
    """The party the words around a person's name give ("Republican Donald Trump",
    "Olaf Scholz, a Social Democrat", "Sen. Jeff Merkley (D-Ore.)"), from the descriptions
    ``phrases`` around it (:mod:`.speakers_roles`) or a party code or "of" phrase after it."""
    for toks in phrases:
        if any(t.lower_ in kin_nouns() and t.head.i not in {x.i for x in toks} for t in toks):
            continue  # "Eric Trump, son of the Republican front-runner": the father's party
        title = bool(toks) and toks[-1].i < m.start
        # (the words up to the head noun: not "a Republican consultant and [former] host", "... and
        # longtime [Trump] critic")
        toks = party_scope(toks) if toks and not title else toks
        party = _phrase_party(toks, title, doc)
        if party is not None:
            return party
    last = doc[m.end - 1]
    return party_code_after(doc_text(doc), last.idx + len(last)) or _party_after(m, doc)


def _phrase_party(toks: list[Token], title: bool, doc) -> Party | None:
    """The party a description gives, from its pieces nearest the name first. Another person
    or a loose dash ends it ("Republican Trump and Democrat [Clinton]" parsed as one phrase;
    "RENO (AP) — Republican presidential hopeful [Donald Trump]"; "the Democratic caucus -
    [HuffPollster]"), and a piece that says "former" gives none ("a former Democrat"; in
    "Democratic front-runner and former secretary of state", the first piece does)."""
    cut = max((j for j, t in enumerate(toks) if t.ent_type_ == "PERSON" or title and _loose_punct(t)), default=-1)
    toks = toks[cut + 1:]
    ands = [-1] + [j for j, t in enumerate(toks) if t.lower_ in ("and", "or", "&")] + [len(toks)]
    for a, b in reversed(list(zip(ands, ands[1:]))):
        piece = toks[a + 1:b]
        before = doc[max(0, piece[0].i - 3): piece[0].i] if piece and not title and a < 0 else []
        if not piece or any(t.lower_ in _PAST for t in [*before, *piece]):
            continue  # "a former Democrat", "for years a registered Democrat"
        party = party_in(party_scope(piece))
        if party is not None:
            return party
    return None


def _party_after(m: Mention, doc) -> Party | None:
    """The party of "of the ..." right after a person's name ("Alice Weidel of the
    far-right AfD", "Marine Le Pen of the National Rally")."""
    of = doc[m.end] if m.end < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != m.head:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return party_in([t for t in obj.subtree if t.dep_ != "det"]) if obj is not None else None


def _loose_punct(t: Token) -> bool:
    """Punctuation set off by a space ("caucus - HuffPollster"), not inside a word ("front-runner")."""
    return t.is_punct and t.text not in (".", "'", "’") and bool(
        t.whitespace_ or t.i > 0 and t.doc[t.i - 1].whitespace_)


def party_scope(tokens: list[Token]) -> list[Token]:
    """The words of a description that can name its holder's party: up to its head noun,
    and an "of"/"for" phrase after a role ("leader of the Christian Democrats"), not
    what an opponent opposes ("a critic of Republican policies")."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if (t.head.i not in ids or t.head.i == t.i)
             and t.dep_ not in ("det", "predet", "poss", "punct")]
    head = heads[-1] if heads else None  # a title run before a name hangs on the name
    if head is None:
        return tokens
    allowed: set[int] = set()
    if role_noun(head.text) and role_noun(head.text) not in OPPOSING_NOUNS:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                allowed |= {t.i for t in c.subtree}
    return [t for t in tokens if t.i <= head.i or t.i in allowed]
