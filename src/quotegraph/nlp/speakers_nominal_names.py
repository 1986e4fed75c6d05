"""A nominal whose own phrase or sentence names its referent: "news agency IRNA", "a
worker named Antonio Arroyo", "The spokesperson for the German Foreign Office, Sebastian
Fischer", "..., wrote the American ambassador at the time, John E. Herbst."""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_lexicon import gender_words, org_nouns, role_noun
from .speakers_model import Context, Entity, Mention
from .speakers_nominals import NominalInfo, sources_holding

__all__ = ["name_after", "person_named_in", "appositive_person", "comma_conj"]


def name_after(tok: Token, by_tok: dict[int, Mention]) -> Entity | None:
    """The organisation named right after a noun that the parse did not join to it
    ("news agency IRNA": both subjects of "said", or the name hanging on the noun or on its
    appositive: "The teaching union NEU Cymru")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.i not in by_tok or nxt.ent_iob_ != "B" or nxt.ent_type_ != "ORG":
        return None
    if nxt.head.i == tok.i or (nxt.head.i == tok.head.i and nxt.dep_ == tok.dep_) \
            or nxt.head.dep_ == "appos" and nxt.head.head.i == tok.i \
            or tok.lower_ in org_nouns() and by_tok[nxt.i].head in (t.i for t in tok.sent if t.dep_ == "nsubj"):
        return by_tok[nxt.i].entity  # (an organisation noun right before a body's name that the parse made
    return None  # the subject names it: "An exit poll by the Sofia-based agency [Pulse Analytics] found")


_NAMING_VERBS = {"name", "call"}


def person_named_in(info: NominalInfo, by_tok: dict[int, Mention]) -> Entity | None:
    """A person the nominal's own phrase names: "a worker named Antonio Arroyo", "a woman
    who gave only her first name, Maria", or through an appositive, "The other man, his
    cousin James York", "My neighbor, a retired firefighter named Carl Benson"."""
    return _named_under(info.head, by_tok, appositive=True) or _given_on_plural(info.head, by_tok)


def _given_on_plural(head: Token, by_tok: dict[int, Mention]) -> Entity | None:
    """The name a singular nominal's relative clause gives when the parse hung that clause on a
    plural noun of its "of" phrase ("a cousin of one of the injured men, who gave his name only
    as Abu Karwan") or on the body it is from ("A monk from Namgyal Monastery, who gave his name
    only as Tenzin"): "his" tells that the men or the body are not who gave it."""
    if head.tag_ not in ("NN", "NNP"):
        return None
    for prep in (c for c in head.subtree if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNP", "NNPS")):
            given = [c for c in obj.children if c.dep_ == "relcl" and c.lemma_ in ("give", "provide")
                     and any(o.lemma_ == "name" and any(p.lower_ in ("his", "her") for p in o.children)
                             for o in c.children if o.dep_ == "dobj")]
            for clause in given:
                found = _as_named(clause, by_tok)
                ent = by_tok[found[0].i].entity if len(found) == 1 else None
                if ent is not None and ent.kind == "person":
                    return ent
    return None


def _as_named(verb: Token, by_tok: dict[int, Mention]) -> list[Token]:
    """The name after the verb's "as" ("gave his name only [as] Ahmed"), or right after it
    where the parse made the name the subject of the verb after ("as Andriy, a cook ..., said")."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj" and g.i in by_tok] or [
        p.doc[p.i + 1] for p in preps if not any(c.dep_ == "pobj" for c in p.children) and p.i + 1 in by_tok]


def _named_under(head: Token, by_tok: dict[int, Mention], appositive: bool) -> Entity | None:
    for c in head.children:
        if appositive and c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in by_tok:
            named = _named_under(c, by_tok, appositive=False)  # "a retired firefighter named X"
            if named is not None:
                return named
        if c.dep_ == "acl" and c.lemma_ in _NAMING_VERBS:
            objects = [g for g in c.children if g.dep_ in ("oprd", "dobj", "attr") and not g.lower_.endswith("self")]
            found = objects if len(objects) == 1 and objects[0].i in by_tok else []  # not "called Trump a prince"
        elif c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in by_tok:
            found = [g for g in c.children if g.dep_ == "appos" and g.i in by_tok]
        elif c.dep_ == "relcl" and c.lemma_ in ("give", "provide"):  # "a woman who gave only her first name, Maria"
            names = [o for o in c.children if o.dep_ == "dobj" and o.lemma_ == "name"]
            found = [g for o in names for g in o.children if g.dep_ == "appos" and g.i in by_tok] \
                or (_as_named(c, by_tok) if names else [])  # "a man who gave his name only as Ahmed"
        elif c.dep_ in ("relcl", "acl") and c.lemma_ == "identify":  # "a man identified only as Ahmed"
            found = _as_named(c, by_tok)
        else:
            continue
        ents = [by_tok[g.i].entity for g in found]
        if len(ents) == 1 and ents[0] is not None and (ents[0].kind == "person" or (
                ents[0].kind == "organisation" and head.lemma_.lower() in org_nouns())):
            return ents[0]  # also "Her landlord, a company called Sunrise Properties"
    return None


def appositive_person(info: NominalInfo, by_tok: dict[int, Mention], ctx: Context | None = None) -> Entity | None:
    """"The spokesperson for the German Foreign Office, Sebastian Fischer": the parse
    hangs the name on the organisation, but a person's role takes the person named in
    apposition right after its phrase. With ``ctx``, also a person named after a comma
    right after the statement source the role heads, closing the clause ("..., wrote the
    American ambassador at the time, John E. Herbst.")."""
    if not info.role or info.plural:
        return None
    if info.possessed:  # "The president’s nominee to lead the EPA, [Lauren Castellanos],"
        return _named_closing_source(info, by_tok, ctx) if ctx is not None else None
    last = info.tokens[-1].i
    for t in info.tokens:
        for c in t.children if t.i > info.head.i else ():
            if (c.dep_ == "appos" and c.i in by_tok and c.ent_type_ == "PERSON"
                    and c.left_edge.i == last + 2 and c.doc[last + 1].text == ","):
                ent = by_tok[c.i].entity
                return ent if ent is not None and ent.kind == "person" else None
    if ctx is None:
        return None
    return _named_after_source(info, by_tok, ctx) or _named_closing_source(info, by_tok, ctx)


def _named_closing_source(info: NominalInfo, by_tok: dict[int, Mention], ctx: Context) -> Entity | None:
    """The one person named after a comma at the very end of the statement source the role
    heads, where the parse hangs the name on an organisation inside the role's phrase ("The
    leader of the opposition New Horizon Party, Tülay Karaosmanoğlu, said")."""
    doc, holding = ctx.doc, sources_holding(ctx, info.head)
    if len(holding) != 1:
        return None
    end = holding[0].source.end
    names = {id(x): x for x in by_tok.values() if x.kind == "name" and info.head.i < x.start
             and doc[x.end - 1].idx + len(doc[x.end - 1]) <= end}
    people = [x for x in names.values() if x.entity is not None and x.entity.kind == "person"]
    if len(people) != 1 or people[0].label != "PERSON":
        return None
    k = people[0].start - 1
    while k > info.head.i and doc[k].text[:1].isupper() and (role_noun(doc[k].text) or doc[k].lower_ in gender_words()):
        k -= 1  # over a title: ", Cllr Dominic Ashworth"
    if doc[k].text != ",":
        return None
    last = doc[people[0].end - 1]
    return people[0].entity if last.idx + len(last) == end else None


_CLOSERS = {".", ";", "!", "?"}


def _named_after_source(info: NominalInfo, by_tok: dict[int, Mention], ctx: Context) -> Entity | None:
    """The person named between ", " after the source span the nominal heads and the end
    of its sentence."""
    doc, holding = ctx.doc, sources_holding(ctx, info.head)
    if not holding:
        return None
    comma = ctx.token_at(holding[0].source.end)
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return None
    m = next((x for x in by_tok.values() if x.start == comma + 1 and x.kind == "name"), None)
    if m is None or m.entity is None or m.entity.kind != "person" or m.label != "PERSON":
        return None
    after = doc[m.end] if m.end < len(doc) else None
    return m.entity if after is None or after.text in _CLOSERS or after.is_space else None


def comma_conj(tok: Token, c: Token) -> bool:
    """A name the parser coordinated with a definite singular noun by a comma alone: an
    appositive ("The main labour union, the Nigeria Labour Congress (NLC), said")."""
    if c.dep_ != "conj" or c.i < tok.i or tok.tag_ != "NN" or c.tag_ != "NNP":
        return False
    if not any(d.dep_ == "det" and d.lower_ == "the" or d.dep_ == "poss" for d in tok.children):
        return False  # ("The country's largest trade union federation, the General Workers' Union,")
    between = tok.doc[tok.i + 1:c.left_edge.i]
    return [t.text for t in between] == [","] and not any(
        d.dep_ in ("cc", "conj") and d.i != c.i for t in (tok, c) for d in t.children)
