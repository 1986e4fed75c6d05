"""The noun phrase of a description next to a name: the words of an appositive or a
title run without its relative clauses, conjuncts or further appositives, keeping what
the parse split off a single title ("the veteran [Tory MP for Stone]", "president and
chief executive of ...", "Minister for Legal and International Affairs").
"""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_lexicon import org_nouns, role_noun, token_role
from .syntax import WEEKDAYS, aged, spaced_dash

__all__ = ["phrase_tokens", "opens_quotation", "name_coordination", "MAX_ROLE_TOKENS"]

_CUT_DEPS = {"relcl", "conj", "cc", "acl", "appos", "advcl", "punct", "parataxis"}
MAX_ROLE_TOKENS = 14


def _day_phrase(c: Token) -> bool:
    """"on Tuesday" or a bare "Tuesday" hanging on a noun (not "Super Tuesday")."""
    words = list(c.subtree)
    if c.dep_ == "npadvmod" and len(words) == 1:
        return c.lower_ in WEEKDAYS
    return c.dep_ == "prep" and c.lower_ == "on" and len(words) == 2 and words[1].lower_ in WEEKDAYS


def _run_on_title(t: Token, c: Token) -> bool:
    """An "appositive" the parse split off a title without a comma: "the veteran [Tory MP
    for Stone]" is one phrase (a name, "his brother [John]", stays apart), and so is the
    name right after an organisation noun ("the legal aid group [Al Otro Lado]")."""
    if c.dep_ != "appos" or c.left_edge.i != t.i + 1:
        return False
    if t.lower_ in org_nouns() and t.pos_ == "NOUN" and c.pos_ == "PROPN":
        return True
    return c.ent_type_ not in ("PERSON", "ORG", "GPE") and role_noun(c.text) is not None


def _title_pair(t: Token, c: Token) -> bool:
    """"[president and chief executive] of the Farm Bureau", "[founder and CEO] of ...": two
    titles coordinated right after each other are one role."""
    if c.dep_ not in ("cc", "conj") or token_role(t) is None or t.pos_ != "NOUN":
        return False
    conj = c if c.dep_ == "conj" else next((x for x in t.children if x.dep_ == "conj"), None)
    if conj is None or token_role(conj) is None or conj.ent_type_ in ("PERSON", "GPE"):
        return False
    cc = next((x for x in t.children if x.dep_ == "cc"), None)
    return cc is not None and cc.i == t.i + 1 and conj.left_edge.i == t.i + 2 \
        and not any(x.dep_ == "conj" and x.i != conj.i for x in t.children)


def name_coordination(t: Token, c: Token) -> bool:
    """"Minister for [Legal and International Affairs]": capitalised words coordinated inside
    the object of a title's preposition are one name, not two phrases."""
    if c.dep_ not in ("cc", "conj") or t.dep_ not in ("pobj", "nmod", "compound") or t.tag_ not in ("NNP", "NNPS"):
        return False  # (an "nmod": "Center for [Strategic and International] Studies")
    conj = next((x for x in t.children if x.dep_ == "conj"), None)
    if conj is None or conj.tag_ not in ("NNP", "NNPS") or t.ent_type_ == "PERSON" \
            or conj.ent_type_ in ("PERSON", "GPE") or any(x.ent_type_ == "PERSON" for x in conj.subtree):
        return False  # "of Iraq and Syria" are two; "of Iraq and Afghanistan Veterans of America" one
    nxt = conj.right_edge.i + 1  # not "of Management and Budget [in the Reagan administration]"
    return not any(x.dep_ == "prep" and x.i > conj.i and not _name_of(x) for x in conj.subtree) \
        and not (nxt < len(t.doc) and t.doc[nxt].dep_ == "prep")


def _name_of(prep: Token) -> bool:
    """"Veterans [of America]": an "of" with a capitalised object right after it, inside a name."""
    obj = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.lower_ == "of" and obj is not None and obj.dep_ == "pobj" and obj.tag_ == "NNP" \
        and obj.right_edge.i == obj.i


def phrase_tokens(tok: Token) -> list[Token]:
    """The noun phrase of a token without relative clauses, conjuncts or appositives; a
    name's own coordination and a pair of titles ("president and chief executive of ...")
    stay when the phrase is not too long for a role."""
    for names, pairs in ((True, True), (False, True), (False, False)):
        found = _after_dash(tok, _phrase_tokens(tok, names, pairs))
        if len(found) <= MAX_ROLE_TOKENS:
            break
    before = tok.doc[found[0].i - 1] if aged(tok) and found[0].i > 0 else None
    if before is not None and before.dep_ == "det" and before.head.i == tok.head.i:
        found = [before] + found  # "the 61-year-old said", the parse hanging "the" on the verb
    return found


def _after_dash(tok: Token, tokens: list[Token]) -> list[Token]:
    """The words after a spaced dash before the head ("Deborah Reynolds - [Santilli's
    girlfriend]", which the parse reads as one phrase)."""
    cut = max((t.i for t in tokens if t.i < tok.i and spaced_dash(t)), default=None)
    return tokens if cut is None else [t for t in tokens if t.i > cut]


def _phrase_tokens(tok: Token, names: bool, pairs: bool = True) -> list[Token]:
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _CUT_DEPS and not (c.dep_ == "punct" and (c.text in "-–'’" or _paired_mark(t, c))) \
                    and not _run_on_title(t, c) \
                    and not (names and name_coordination(t, c)) and not (pairs and _title_pair(t, c)):
                continue
            if c.i > tok.i and _day_phrase(c):
                continue  # "the mayor [on Tuesday] said"
            keep.add(c.i)
            stack.append(c)
    doc = tok.doc
    lo = hi = tok.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


_OPENING = ("“", '"', "``")
_CLOSING = ("”", '"', "''")


def _paired_mark(t: Token, c: Token) -> bool:
    """A quotation mark around a name inside the phrase (the “Daily Show” host): the parse
    hangs both marks on the phrase's head, before it."""
    marks = [x for x in t.children if x.dep_ == "punct" and x.i < t.i and x.text in _OPENING + _CLOSING]
    return c in marks and len(marks) == 2 and marks[0].text in _OPENING and marks[1].text in _CLOSING


def opens_quotation(tokens: list[Token]) -> bool:
    """The phrase opens with a quotation mark that closes inside it (the “Daily Show” host)."""
    return tokens[0].text in _OPENING and any(t.text in _CLOSING for t in tokens[1:])
