"""Organisations named through a person or place plus an organisation noun: "the Trump
campaign", "Clinton's campaign", "the Obama administration" (one entity per name and
noun, never the person), and a name taken up through a document it issued ("the
Bloomberg poll", "a report by X").
"""
from __future__ import annotations

from spacy.tokens import Token

from .doctext import doc_text
from .openers import name_before_subject
from .speakers_lexicon import LODGED_NOUNS, MEMBER_BODIES, document_nouns, org_nouns, owned_name, owner_nouns
from .speakers_model import Context, Entity, Mention

__all__ = ["org_compounds", "rival_body", "ISSUE_VERBS"]


def _noun_mention(ctx: Context, noun: Token, ent: Entity, text: str) -> Mention:
    """A mention of ``ent`` headed by a common noun ("campaign" in "the Trump campaign")."""
    mention = Mention(start=noun.i, end=noun.i + 1, head=noun.i, sent=ctx.sent_of[noun.i], kind="name",
                      subject=ctx.is_subject(noun), quoted=ctx.in_quote(noun.idx), entity=ent,
                      text=text, label="ORG")
    ent.mentions.append(mention)
    return mention


_PAST_HOLDER = frozenset({"former", "ex", "retired", "late"})
ISSUE_VERBS = frozenset({"release", "publish", "issue", "write", "conduct", "commission", "produce", "unveil",
                          "send", "sign", "post", "circulate", "lead", "author", "co-author"})

# words that make a body one set against the place's own ("self-declared", "in exile", "shadow")
_RIVAL = frozenset({"self", "declared", "proclaimed", "self-declared", "self-proclaimed", "exile", "exiled", "rival",
                    "parallel", "shadow", "breakaway", "underground"})


def rival_body(doc, head, noun) -> bool:
    """Whether words between a place and its body's noun, or "in exile" after the noun, make
    the body a rival to the place's own ("Myanmar's self-declared government in exile")."""
    between = {t.lower_ for t in doc[head.i + 1:noun.i]}
    after = doc[noun.i + 1:noun.i + 3]
    return bool(between & _RIVAL) or (len(after) == 2 and after[0].lower_ == "in" and after[1].lower_ == "exile")


def _document_of(m: Mention, doc) -> Token | None:
    """The document noun a name is the author of: "a report by <X>", "a study from <X>",
    "<X> released a report", "the poll, conducted by <X>,"; none for an owner of the body that
    wrote it ("a report by <the Council of Europe's> Venice Commission")."""
    last = doc[m.end - 1] if doc[m.end - 1].tag_ == "POS" else doc[m.end] if m.end < len(doc) else None
    if last is not None and last.tag_ == "POS" and last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "ORG":
        return None
    if m.start >= 2 and doc[m.start - 1].tag_ == "POS":  # the possessed body: "by the UN's [World Food
        tok = doc[m.start - 2]  # Programme]", however the parse hung its owner
        for _ in range(_OWNER_CLIMB):
            if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from") and not m.start <= tok.i < m.end:
                return _document_by(tok)
            tok = tok.head
    return _document_by(doc[m.head])


_OWNER_CLIMB = 4


def _document_by(head: Token) -> Token | None:
    """The document noun whose author ``head`` heads (see :func:`_document_of`)."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ISSUE_VERBS:
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        return obj if obj is not None and obj.lemma_.lower() in document_nouns() else None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "which include the U.S. PIRG Education Fund and <Citizens for Tax Justice>"
    if first.dep_ == "dobj" and first.head.lemma_ == "include" and first.head.dep_ == "relcl":
        return _authors_document(first.head.head)  # "The authors of the report, which include <X>"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("by", "from"):
        return None
    owner = prep.head
    if prep.dep_ == "agent" and owner.dep_ == "acl" and owner.lemma_.lower() in ISSUE_VERBS:
        owner = owner.head  # "a survey released Tuesday by the Pew Research Center"
    if owner.pos_ != "NOUN":
        return None
    return owner if owner.lemma_.lower() in document_nouns() else None


_AUTHOR_NOUNS = frozenset({"author", "researcher", "publisher", "sponsor"})


def _authors_document(noun: Token) -> Token | None:
    """The document of "the authors of [the report]", if ``noun`` is such a noun."""
    if noun.lemma_.lower() not in _AUTHOR_NOUNS:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.lemma_.lower() in document_nouns() else None


def _authors(m: Mention, doc, by_tok: dict[int, Mention], groups: dict[tuple[int, ...], Entity]) -> Entity | None:
    """Who issued a document ``m`` is named as the author of: its entity, or the named group
    of the names coordinated with it ("Trump and Ryan issued a statement", "which include
    the U.S. PIRG Education Fund and Citizens for Tax Justice"); none when they are of
    different kinds."""
    first = doc[m.head]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain = [first]
    for tok in chain:  # "A, B and C": each conjunct hangs on the one before or on the first
        chain += [c for c in tok.children if c.dep_ == "conj"]
    named = [by_tok[t.i].entity for t in chain if t.i in by_tok]
    members = list({id(e): e for e in named if e is not None}.values())
    if any(e.kind != m.entity.kind for e in members):
        return None  # "Our Principles PAC and Ohio", or a person the model took for a body: no one's
    if len(members) < 2:
        return members[0] if members else m.entity
    key = tuple(sorted(id(e) for e in members))
    if key not in groups:
        groups[key] = Entity(kind="group", named=True, plural=True, members=members)
        groups[key].add_name(" and ".join(e.canonical() or "" for e in members))
    return groups[key]


def org_compounds(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Mentions of organisations named through a name and an organisation noun ("the Trump
    campaign"), and of a name through a document it issued ("the Bloomberg poll", "a report by X")."""
    doc = ctx.doc
    by_tok = {i: m for m in mentions for i in range(m.start, m.end)}
    named_tokens = by_tok.keys()
    table: dict[tuple[int, str], Entity] = {}
    groups: dict[tuple[int, ...], Entity] = {}
    issued: set[int] = set()
    out: list[Mention] = []
    places = {e.text for e in doc.ents if e.label_ == "GPE"}
    for m in mentions:
        if m.entity is None:
            continue
        head = doc[m.head]
        noun = head.head
        document = _document_of(m, doc)
        if document is not None and document.i not in named_tokens and document.i not in issued:
            issued.add(document.i)  # once for all its coordinated authors
            author = _authors(m, doc, by_tok, groups)
            if author is not None:
                out.append(_noun_mention(ctx, document, author, author.canonical() or m.text))
            continue
        name = m.text
        if head.dep_ == "compound" and noun.lemma_.lower() not in org_nouns():
            noun, name = _noun_after_run(m, doc, noun)
        lemma = noun.lemma_.lower()
        deps = ("compound", "poss", "nmod") if lemma in document_nouns() else ("compound", "poss")
        if (head.dep_ not in deps or noun.i in named_tokens or noun.pos_ != "NOUN"
                or lemma not in org_nouns() or noun.i < head.i or _name_follows(noun)):
            continue
        if lemma in LODGED_NOUNS and head.dep_ == "compound":
            continue  # "Federal Election Commission filings": where they were lodged, not who wrote them
        if m.entity.kind == "organisation" and (lemma in document_nouns() or lemma == "office" and head.dep_ == "poss"):
            out.append(_noun_mention(ctx, noun, m.entity, m.text))  # "the Bloomberg poll": Bloomberg; "the Green
            continue  # Climate Fund's regional office": the fund
        if any(c.lower_ in _PAST_HOLDER for c in noun.children if c.i < head.i):
            continue  # "the former Colorado regulator": a person who was one, not a body
        if rival_body(doc, head, noun):
            continue  # "Myanmar's self-declared government in exile" is not Myanmar's government
        if m.entity.kind == "place" and "any" in org_nouns(named=True).get(lemma, ()):
            continue  # "Pampa Datos, a Buenos Aires consultancy", "the St Petersburg company behind the project": a
            # business there, not the place's own
        if head.dep_ == "poss" and m.entity.kind == "person" and lemma not in owner_nouns():
            continue  # "Mr. Clarke's new company" is not named after him, as "his campaign" is
        if m.entity.kind == "person" and m.text in places and lemma not in document_nouns():
            continue  # "the Austin company" after "Brightwater Analytics Inc. of Austin, Texas": a place's
        if lemma in MEMBER_BODIES and m.entity.kind == "organisation":
            continue  # "the Premier League club" is one of the league's, not the league's own
        body = _place_body(m, doc, noun)  # "Lebanon's health ministry" is not its foreign ministry
        own = body or (f"{name} {lemma}" if head.dep_ == "compound" and m.entity.kind == "organisation"
                       else owned_name(name, lemma))  # "the United Nations office", no "United Nations's office"
        key = (id(m.entity), lemma, (body or "").lower())
        ent = table.get(key)
        if ent is None:
            ent = table[key] = Entity(kind="organisation", named=True, country=m.entity.country, owner=m.entity)
        ent.add_name(own)
        out.append(_noun_mention(ctx, noun, ent, own))
        document = _document_by(noun)  # "a new ad from [Donald Trump's presidential campaign]"
        if document is not None and document.i not in named_tokens:
            out.append(_noun_mention(ctx, document, ent, own))
    return out


def _place_body(m: Mention, doc, noun: Token) -> str | None:
    """A place's body described by its field, as written: "Lebanon's health ministry" (not
    "Lebanon ministry"); None without such words between the place and the noun."""
    if m.entity.kind != "place" or doc[m.head].dep_ != "poss":
        return None
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and m.end < c.i < noun.i]
    if not mods:
        return None
    return doc_text(doc)[doc[m.start].idx: noun.idx + len(noun)]


def _name_follows(noun: Token) -> bool:
    """"Iran's state news agency IRNA", "Britain's financial regulator, the Financial
    Conduct Authority": the noun introduces a name of its own, or comes after one set off
    before it ("..., Laurentian Energy Transmission, the Crown corporation that owns it, said")."""
    doc = noun.doc
    if name_before_subject(noun):
        return True
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "B" and doc[noun.i + 1].ent_type_ == "ORG":
        return True
    return any(c.dep_ == "npadvmod" and c.ent_type_ == "ORG" and c.i > noun.i
               and doc[c.left_edge.i - 1].text == "," for c in noun.children) \
        or any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in noun.children) \
        or any(c.dep_ == "appos" and c.ent_type_ == "ORG" and o.tag_ == "NNS" and not o.ent_type_  # ("the refugee
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"  # agency, UNHCR,"; "The UN agency
               for o in p.children if o.dep_ == "pobj" for c in o.children)  # for Palestinian refugees, UNRWA,")


def _noun_after_run(m: Mention, doc, noun: Token) -> tuple[Token, str]:
    """"the Charlotte-Mecklenburg police chief": the parse hangs every word of a flat
    compound on its last noun, so the organisation noun is found right after the
    name's proper-noun run instead. Returns that noun and the run's text, or ``noun``
    and the name as it was."""
    top = noun
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    k = m.end
    while k < top.i and doc[k].tag_ in ("NNP", "NNPS", "HYPH") and doc[k].ent_iob_ != "B":  # not into another name
        k += 1
    tok = doc[k]
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in org_nouns() and lemma not in document_nouns() \
            and (tok.i == top.i or tok.head.i == top.i):
        return tok, doc_text(doc)[doc[m.start].idx: doc[k - 1].idx + len(doc[k - 1])]
    return noun, m.text
