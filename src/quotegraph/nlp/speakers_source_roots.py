"""The head word of a statement's source span: the token whose mention speaks, past the
parse's misreadings of titles, appositives and hyphenated roles."""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_lexicon import token_role
from .syntax import aged

__all__ = ["tokens_in", "source_root", "split_word_end"]

def tokens_in(doc, start: int, end: int) -> list[Token]:
    """The non-space tokens overlapping the character range [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [t for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]
    return [t for t in span if not t.is_space]


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def source_root(doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering a char span (first noun-like root)."""
    toks = tokens_in(doc, start, end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]

    def nouny(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.tag_ in ("WP", "WDT") or aged(t) \
            or t.lower_ == "general" and t.i >= 2 and t.doc[t.i - 1].text in ("-", "–")  # "director-general",
        # which the tagger reads as an adjective

    heads = [t for t in roots if nouny(t) and not (t.ent_type_ == "DATE" and t.lower_ in _DAYS)]  # "Super [Tuesday]"
    if heads and heads[0].dep_ == "npadvmod":  # "Tennis great Billie Jean King": "Tennis" misread
        heads = [t for t in heads if t.dep_ in ("nsubj", "nsubjpass")] or heads
    if len(heads) > 1 and heads[0].tag_ == "NN" and heads[1].ent_type_ == "ORG" \
            and heads[1].left_edge.i == heads[0].i + 1:
        heads = heads[1:]  # "The opposition [National Democratic Alliance] believes", read as two subjects
    if len(heads) > 1 and not heads[0].ent_type_:  # or read as a second subject
        heads = [t for t in heads if t.ent_type_ == "PERSON" and not any(
            w.text in (",", "(", ";") or w.tag_ == "IN" for w in doc[heads[0].i: t.i])] or heads  # not "leaders,
        # including X", nor "two sources close to [Ben]-[Shitrit] said"
    if heads:
        return _owners_titled(toks, ids, heads[0]) or _role_of_body(toks, heads[0]) \
            or _titled_after_body(toks, heads[0]) \
            or _leading_person(doc, toks, split_word_end(heads[0], ids))
    inner = [t for t in toks if nouny(t) and t.dep_ != "compound"]  # "show insiders" parsed as a verb
    return inner[0] if inner else (roots or toks)[0]


def _owners_titled(toks: list[Token], ids: set[int], root: Token) -> Token | None:
    """The name set off after a body's title when the parse made the body the head ("[the Party
    of Serb Unity]'s deputy leader, [Nikola Đurđević],", its "leader" an object of "of")."""
    if root.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    for tok in toks:
        if tok.i <= root.i or not token_role(tok) or not tok.text.islower() or tok.i + 2 not in ids:
            continue
        name = tok.doc[tok.i + 2]
        if tok.doc[tok.i + 1].text == "," and name.text[:1].isupper() and any(
                c.dep_ == "appos" and c.i >= name.i for c in tok.children) \
                and any(t.tag_ == "POS" for t in tok.doc[root.i: tok.i]):
            return next(c for c in tok.children if c.dep_ == "appos" and c.i >= name.i)
    return None


def _role_of_body(toks: list[Token], root: Token) -> Token | None:
    """The role opening a source before "of" and a body the parse made the head ("the general
    [secretary] of the Ghana National Cocoa Growers' Union said", the possessive mark read as
    the body's)."""
    if root.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    for k, tok in enumerate(toks[:3]):
        if tok.i >= root.i or tok.pos_ not in ("DET", "ADJ", "NOUN"):
            return None
        if tok.pos_ == "NOUN" and token_role(tok) and tok.text.islower() and k + 1 < len(toks) \
                and toks[k + 1].lower_ == "of":
            return tok
    return None


def _titled_after_body(toks: list[Token], root: Token) -> Token | None:
    """The person named after a body's name and a capitalised title, when the parse made the
    body the head ("[Senate Environment and Public Works] Chair [Roger Ashcombe], R-Idaho";
    a body's name the model missed: "Environment, Urbanisation and Climate Change Minister
    Mehmet [Şükrü Karagöz]"): the last word of the person's name."""
    if root.ent_type_ not in ("ORG", "GPE", "NORP") and not (root.pos_ == "PROPN" and not root.ent_type_
                                                              and not token_role(root)):
        return None  # (a title that heads the source leads to its holder its own way)
    doc = root.doc
    for tok in toks:
        if tok.i <= root.i + 1 or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
            continue
        title = tok.i - 1
        if doc[title].tag_ == "NNP" and not doc[title].ent_type_ and not token_role(doc[title]):
            title -= 1  # a given name the model left out of the name
        if title >= 1 and token_role(doc[title]) and doc[title].text[:1].isupper() and not doc[title].ent_type_ \
                and doc[title - 1].ent_type_ == root.ent_type_ and doc[title - 1].text[:1].isupper():
            return _entity_end(tok)
    return None


def _entity_end(tok: Token) -> Token:
    """The last token of the entity that opens at ``tok``."""
    doc, end = tok.doc, tok.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def split_word_end(tok: Token, ids: set[int]) -> Token:
    """The last piece of a hyphenated role the parse split ("the vice-president said": "vice",
    "-" and "president" all the verb's subjects; "The Secretary-General added")."""
    doc = tok.doc
    while (tok.i + 2 in ids and tok.whitespace_ == "" and doc[tok.i + 1].text == "-"
           and doc[tok.i + 1].whitespace_ == "" and token_role(doc[tok.i + 2])):  # not "G-III"
        tok = doc[tok.i + 2]
    return tok


def _leading_person(doc, toks: list[Token], root: Token) -> Token:
    """The person a source opens with, when the parse hangs it on a later word of its own
    appositive ("Jean-Luc Melenchon, the head of France Unbowed", read as "... Unbowed said")."""
    first = toks[0]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return root
    j = _entity_end(first).i
    comma = j + 1
    if comma < len(doc) and doc[comma].text == "," and root.i > comma and comma <= toks[-1].i \
            and doc[j].head.i != j and doc[j].head.i > comma:
        return doc[j]
    return root
