"""Cataphora: a title-only or lead-sentence source whose person the article names only in
the next sentences ("Secretary of Iran's High Council for Human Rights urged ... . Kazem
Gharibabadi said"; "LIMA — Peru's housing minister said ... . '...,' the minister, Julio
César Ccori Huamán, said"), in the story's own lead where a roundup holds several; and a
headline's body or role source named below it ("..., authority warns")."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .doctext import doc_text
from .quotes import opening_marks
from .paragraphs import in_lead, story_start
from .speakers_headlines import headline_line
from .speakers_lexicon import (dateline_country, document_nouns, gender_words, hyphen_start, kin_nouns, org_nouns,
                               role_noun)
from .speakers_model import Context, Entity, Mention
from .speakers_nominals import (ANONYMOUS, NominalInfo, describe, has_role, in_same_source, mod_countries, modifiers,
                                person_countries, same_rank, sources_holding, synonyms)

__all__ = ["cataphor", "headline_source", "lead_cataphor", "lead_role_holder", "reintroduced"]

_CATAPHORA_SENTS = 2
_STATE_NOUNS = frozenset({"court", "police", "ministry"})  # named as such
_REINTRODUCED_SENTS = 4
_TITLE_REACH = 3  # tokens a title's role noun may stand before the name ("Prime [Minister] Althea Cumberbatch")


def _own_contents(ctx: Context, head: Token) -> list[tuple[int, int]]:
    """Character spans of the contents of the statements whose source holds ``head``."""
    return [(c.start, c.end) for st in sources_holding(ctx, head) for c in st.content]


def cataphor(ctx: Context, info: NominalInfo, names: list[Mention], lead: bool = False) -> Entity | None:
    """A person first named in the next sentences, for a title-only or lead-sentence source
    (``lead``: the caller knows it opens the story)."""
    sent = ctx.sent_of[info.head.i]
    text, idx = doc_text(ctx.doc), ctx.doc[info.head.i].idx
    if not (info.title_only or sent <= 1 or lead or in_lead(text, idx)) or not info.role or info.plural:
        return None
    if any(t.lower_ == "one" for t in info.tokens if t.i < info.head.i):
        return None  # "one African negotiator called it ...": one of several, not someone named next
    nouns = synonyms(info.role)
    people = [m for m in names if m.entity is not None and m.entity.kind == "person"]
    if not any(in_same_source(ctx, info.head, m.head) for m in people) and any(
            m.head < info.head.i and any(r.noun in nouns for r in m.entity.roles) for m in people):
        return None  # someone with this role was named before: no cataphora
    codes = mod_countries(info)
    said = _own_contents(ctx, info.head)
    for m in names:
        ent = m.entity
        if m.head <= info.head.i or ent is None or ent.kind != "person":
            continue
        if m.sent > sent + _CATAPHORA_SENTS and not _after_own_quote(ctx, sent, m):
            break
        if any(a <= ctx.doc[x.head].idx < b for a, b in said for x in (m, ent.mentions[0])):
            continue  # "Philippine lawmaker wants Trump banned": not Trump
        known = person_countries(ent)
        if codes and (known and not codes & known or not known and dateline_country(text[story_start(text, idx):])
                      not in codes):
            continue  # "the U.S. presidential candidate" is no one the text ties to another country (one
            # tied to none only in a story datelined there: "NAIROBI -- Kenya's president ... President William Ruto")
        if _other_office(ctx, info, m):
            continue  # "The Prime Minister ... Conservative leader Kemi Badenoch": someone else
        first = min((x.head for x in ent.mentions if x.kind == "name"), default=m.head) >= info.head.i
        # (first named here; a headline's "Judge" taken up ahead does not count)
        speaks = m.subject and not ctx.in_content(ctx.doc[m.head].idx)  # not "calling for Trump to be banned"
        if first and (speaks or info.role in ent.role_nouns()) and not (
                info.gender and ent.gender and info.gender != ent.gender):
            return ent
    return None


def _after_own_quote(ctx: Context, sent: int, m: Mention) -> bool:
    """Whether a name opens the paragraph after the one that follows a lead's source, and that
    one is a quotation of the same role ("... envoy for Western Sahara warned ... . // '...,' the
    envoy told reporters. '...' // Karsten Eriksen Holm, a 67-year-old Danish diplomat, said")."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    at, opens = doc[ctx.sent_starts[sent]].idx, doc[m.start].idx
    start = text.rfind("\n", 0, opens) + 1
    if m.start != ctx.token_at(start) or text.count("\n\n", at, start) != 2:
        return False
    middle = text[text.find("\n\n", at) + 2:start].strip()
    return middle[:1] in opening_marks() and m.subject


_GENERIC_HEADS = frozenset({"head", "chief", "boss", "leader", "official", "chairman", "chairwoman", "chair",
                            "chairperson"})


# set-off roles that take up a generic head ("The head of the National Emergency Management
# Office said ... . The director, Losaline Fonua,")
_HEAD_SET_OFFS = _GENERIC_HEADS | {"executive", "director"}


def _other_office(ctx: Context, info: NominalInfo, m: Mention) -> bool:
    """Whether a person named after a title-only source holds another office of their own,
    so is not the one the title describes ("The Prime Minister said ... Conservative leader
    Kemi Badenoch accused him"); a generic "the head of ..." may be any chairman or director."""
    if info.role in _GENERIC_HEADS or in_same_source(ctx, info.head, m.head):
        return False
    kinds = _KINDS.get(info.role or "", frozenset())  # ("a 67-year-old Danish diplomat" may be the envoy)
    return bool(m.entity.roles) and not has_role(m.entity, info.role) \
        and not any(r.noun.split()[-1] in kinds for r in m.entity.roles)


# roles of which a person's broader job may be one ("The UN envoy ... X, a Danish diplomat,")
_KINDS = {"envoy": frozenset({"diplomat"}), "ambassador": frozenset({"diplomat"})}


def lead_cataphor(ctx: Context, m: Mention, info: NominalInfo, names: list[Mention],
                  possessed: bool = False) -> Entity | None:
    """"A federal judge on Thursday blocked ..." in the lead, then "U.S. District Judge
    Robert Pitman wrote": the person named next with that very role noun. A ``possessed``
    one ("The Kremlin's chief spokesman said on Monday ...", then "Kirill Sokolovsky told
    reporters") takes the person named next, as a definite one does."""
    if (info.org or info.lemma == "body") and info.indefinite and not possessed:
        return _lead_body(ctx, m, info, names)  # ("an independent monitoring body said")
    wanted = possessed or info.indefinite and not info.org
    if not (wanted and m.source and info.role and not info.plural) \
            or not in_lead(doc_text(ctx.doc), ctx.doc[m.head].idx):
        return None
    ent = cataphor(ctx, info, names, lead=True)
    return ent if ent is not None and (possessed or has_role(ent, info.role)) else None


def _lead_body(ctx: Context, m: Mention, info: NominalInfo, names: list[Mention]) -> Entity | None:
    """"..., an international aid agency warned on Thursday" in the lead, then "In a report
    published in Nairobi, Horn Relief International said": the first body named after it,
    if the next paragraph names it as the subject of a statement and no body was named before."""
    if not m.source or info.plural or info.lemma in document_nouns() \
            or not in_lead(doc_text(ctx.doc), ctx.doc[m.head].idx):
        return None  # (not "a recent survey of Republican insiders shows", whoever is named next)
    for c in names:
        ent = c.entity
        if ent is None or ent.kind != "organisation":
            continue
        tok = ctx.doc[c.head]
        if c.head < info.head.i and ctx.in_content(tok.idx) and ctx.sent_of[c.head] == ctx.sent_of[info.head.i]:
            continue  # ("[Fighters of the Gibe Liberation Front] violated ..., an independent monitoring body said")
        if c.head < info.head.i or not _next_paragraph(ctx, ctx.doc[info.head.i].idx, tok.idx):
            return None  # (a body named before, or none named soon)
        words = {w.lower() for n in ent.names for w in n.split()}
        if info.org in _STATE_NOUNS and not org_nouns().get(info.org, frozenset()) & words:
            return None  # "A court ruled ...": not the developer named next
        return ent if c.subject and not ctx.in_content(tok.idx) and (
            sources_holding(ctx, tok) or modifiers(info) & words - {"independent", "international", "national"}) \
            else None  # ("an independent monitoring body said ..." and "The Joint Ceasefire Monitoring
        # Commission ... documented 43 violations")
    return None


def lead_role_holder(ctx: Context, m: Mention, info: NominalInfo, names: list[Mention]) -> Entity | None:
    """A definite source in the story's lead ("as the country's ombudsman warned that ...")
    that the article names only further down, with that very role noun set off by the name
    ("The ombudsman, Jadwiga Szczepańska-Gołąb, said"): the first person named after it who
    holds the role, when no one named before it does."""
    if not (m.source and info.definite and info.role and not info.plural and not info.org) \
            or not in_lead(doc_text(ctx.doc), ctx.doc[m.head].idx):
        return None
    codes = mod_countries(info)
    for c in names:
        ent = c.entity
        if ent is None or ent.kind != "person" or not has_role(ent, info.role):
            continue
        if c.head < info.head.i:
            return None  # someone named before holds it: the description's own business
        known = person_countries(ent)
        if codes and known and not codes & known or info.gender and ent.gender and info.gender != ent.gender:
            return None
        return ent
    return None


def reintroduced(ctx: Context, info: NominalInfo, names: list[Mention]) -> Entity | None:
    """A role source the story names a few sentences on by setting the name off after the
    bare role ("The provincial governor said ... . The governor, Souksavanh Inthavong, said";
    "the authority's director general told ... . The director general, Rein Saarepera"; "a Foreign
    Office minister told ... . The minister, Hugh Pemberton," in the next sentences): that
    person, first named there, rather than someone named before with a like role; "The official,
    Aivars Liepiņš" sets off anyone's name, "The executive, Ingrid Solberg" any head's ("The
    company's head of operations"), and "the deputy first minister, X" no first minister's. A
    name titled with the whole role takes it up within the sentences even past the next paragraph
    (:func:`_titled_subject`), and the very same long description sets off its name any distance
    on (:func:`_described_alike`)."""
    if not info.role or info.plural or info.org or not (info.definite or info.possessed or info.indefinite
                                                        or info.title_only) \
            or info.indefinite and any(t.lower_ in ("one", "another") for t in info.tokens if t.i < info.head.i):
        return None  # (not "one official said ...": one of several)
    sent, nouns = ctx.sent_of[info.head.i], synonyms(info.role)
    if info.definite and _indefinite_before(ctx, info.head, nouns):
        return None  # "a South African official ..., who asked not to be named. The official said": that one
    reach = _REINTRODUCED_SENTS if not info.indefinite else _CATAPHORA_SENTS
    said = _own_contents(ctx, info.head)
    nearest = True  # the first person named after the source
    for m in names:
        ent = m.entity
        if m.head <= info.head.i or ent is None:
            continue
        told = ctx.told_since(sent, m.sent)
        if told > _REINTRODUCED_SENTS:
            break  # (sentences all quoted do not count; an indefinite source reaches less but for a title)
        if ent.kind != "person":
            continue
        first, nearest = nearest, False
        if min((x.head for x in ent.mentions if x.kind == "name"), default=m.head) < m.head \
                or any(a <= ctx.doc[m.head].idx < b for a, b in said) \
                or info.gender and ent.gender and info.gender != ent.gender:
            continue  # named before: the set-off is no first naming
        set_off = _set_off_role(ctx, m)
        role = set_off.role if set_off is not None else None
        if set_off is not None and set_off.lemma in ("woman", "man") and set_off.gender == info.gender:
            role = info.role  # "The 34-year-old mother of three said ... . The woman, Shahnaz Parvin,"
        anyone = (role == "official" and info.role not in kin_nouns()
                  or role in _HEAD_SET_OFFS and info.role in _GENERIC_HEADS) \
            and not _held_before(info, names)  # ("His younger brother" is no official; "The colonel" after "Col. X")
        if told <= reach and (role is not None and (role in nouns or anyone or role in {t.lower_ for t in info.tokens})
                              and same_rank(set_off, modifiers(info))
                              or first and _next_paragraph(ctx, info.head.idx, ctx.doc[m.head].idx)
                              and _takes_up(ctx, info, m, not _held_before(info, names))) \
                or _titled_subject(ctx, info, m) and not _held_before(info, names):
            return ent
    return _described_alike(ctx, info, names)


def _titled_subject(ctx: Context, info: NominalInfo, m: Mention) -> bool:
    """"The presiding judge said ... . ... Judge Mohamed Lemine Ould Sidi Baba told the
    courtroom": a name titled with the source's whole role, a source or subject of its own."""
    tok = ctx.doc[m.head]
    return (m.source or tok.dep_ == "nsubj") and not ctx.in_content(tok.idx) and _titled_alike(ctx, info, m)


_ALIKE_WORDS = 4  # words a description needs to take up its person however far on ("The head of the X delegation")


def _described_alike(ctx: Context, info: NominalInfo, names: list[Mention]) -> Entity | None:
    """"The head of the Marshallese delegation told reporters ..." and, any number of
    paragraphs on, "The head of the Marshallese delegation, Ambassador Lemyo N. Jeadrik, sat":
    the name set off by the very same description, where it is first named."""
    words = [t.lower_ for t in info.tokens]
    if len(words) < _ALIKE_WORDS or not info.definite:
        return None
    for m in names:
        ent = m.entity
        if m.head <= info.head.i or ent is None or ent.kind != "person" \
                or min((x.head for x in ent.mentions if x.kind == "name"), default=m.head) < m.head:
            continue
        set_off = _set_off_role(ctx, m)
        if set_off is not None and [t.lower_ for t in set_off.tokens if t.i < m.start - 1][:len(words)] == words \
                and not (info.gender and ent.gender and info.gender != ent.gender):
            return ent
    return None


def _indefinite_before(ctx: Context, head: Token, nouns: frozenset[str]) -> bool:
    """Whether the sentence before a definite role's (or its own) has a source with that role,
    introduced indefinitely and keeping the name back ("according to a South African official
    familiar with the negotiations, who asked not to be named"; not "the election of a new
    chair", nor "A Spanish forensic accountant hired by the prosecution", named later)."""
    doc = ctx.doc
    start = ctx.sent_starts[max(ctx.sent_of[head.i] - 1, 0)]
    sources = [st.source for st in ctx.statements if st.source is not None]
    return any(t.pos_ == "NOUN" and role_noun(t.text) in nouns and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        and any(s.start <= t.idx < s.end for s in sources)
        and ANONYMOUS.search(doc[t.left_edge.i:t.right_edge.i + 1].text) for t in doc[start:head.i])


def _next_paragraph(ctx: Context, a: int, b: int) -> bool:
    """Whether offset ``b`` is in the paragraph of offset ``a`` or the next."""
    return not any(line.strip() for line in doc_text(ctx.doc)[a:b].split("\n")[1:-1])


def _held_before(info: NominalInfo, names: list[Mention]) -> bool:
    """Whether someone named before a role source holds its role ("the Queensland Nationals
    senator Con Stavrakis ... . the senator from Queensland said"), or a compound of it whose
    other words the source has too ("Chief Justice Aftab Ahmed Malik ... . the chief justice
    said"; not "Deputy Minister X" for "the minister")."""
    nouns, mods = synonyms(info.role), modifiers(info)
    return any(x.head < info.head.i and x.entity is not None and x.entity.kind == "person"
               and any(r.noun in nouns or len(words := r.noun.split()) > 1 and words[-1] in nouns
                       and set(words[:-1]) <= mods for r in x.entity.roles) for x in names)


def _takes_up(ctx: Context, info: NominalInfo, m: Mention, titled: bool = True) -> bool:
    """Whether the person named first after a role source carries on from it: as the subject
    of "added" ("The prosecutor said ... . Tuncay Başaran, who took over the office in January,
    added"), or described with a word of the source's own description ("The province's public
    security minister said ... . Geneviève Tremblay, who took over the public security
    portfolio, said"), or titled with the source's role ("The police commissioner, who took office
    in March, said ... . Commissioner Sharlene Alleyne-Joseph told"), where ``titled``."""
    tok = ctx.doc[m.head]
    if tok.dep_ != "nsubj" or ctx.in_content(tok.idx):
        return False
    if tok.head.lemma_.lower() == "add" or titled and _titled_alike(ctx, info, m):
        return True  # (not where ``titled`` is false: one named before holds the role)
    own = {t.lower_ for t in info.tokens if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i != info.head.i}
    told = {t.lower_ for c in tok.children if c.dep_ in ("relcl", "appos") for t in c.subtree
            if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    return bool(own & told)


def _titled_alike(ctx: Context, info: NominalInfo, m: Mention) -> bool:
    """Whether a name comes after a title of the role source's whole role ("Commissioner
    Sharlene Alleyne-Joseph" for "The police commissioner"; not "Deputy Prime Minister Oleg
    Varlamov" for "The minister", nor "Circuit Court Judge David McKeague" for "a U.S. District
    Court judge")."""
    if m.start == 0 or not ctx.doc[m.start - 1].text[:1].isupper():
        return False
    proper = {t.lower_ for t in info.tokens if t.i < info.head.i and t.text[:1].isupper() and t.i > info.tokens[0].i}
    return any(_same_title(r.noun, info) and m.start - _TITLE_REACH <= r.at < m.start
               and proper <= set(r.text.lower().split()) and info.role in r.text.lower().split()
               for r in m.entity.roles)  # (not "Co-author Professor Tobias Lindqvist" for "the lead author")


def _same_title(noun: str, info: NominalInfo) -> bool:
    """Whether a title's role noun is the description's, its first words among the description's
    modifiers ("Prime Minister" for "The prime minister"; not for "The minister")."""
    *first, last = noun.split()
    return last == info.role and set(first) <= modifiers(info)


def _set_off_role(ctx: Context, m: Mention) -> NominalInfo | None:
    """The bare definite description that sets off a name, a title aside ("The governor,
    [Souksavanh Inthavong]", "The commander, Colonel [Héctor Almonte]"), or None."""
    doc, k = ctx.doc, m.start
    while k > 3 and (doc[k - 1].text[:1].isupper()
                     and (role_noun(doc[k - 1].text) or doc[k - 1].lower_ in gender_words())
                     or doc[k - 1].text == "." and role_noun(doc[k - 2].text + ".")):
        k -= 1  # "The commander, [Colonel] Héctor Almonte"; "The spokesman, [Brig.] Nabil Hassan"; "[U] Win"
    while m.start - 4 < k < m.start and k > 3 and doc[k - 1].is_title and doc[k - 1].is_alpha:
        k -= 1  # "The negotiator, [Deputy Foreign] Minister Tigran Avetisyan"
    k = _described_before(doc, k)
    if k < 3 or doc[k - 1].text != "," and not (doc[k - 1].lower_ in ("is", "was") and doc[k - 2].head == doc[k - 1]):
        return None  # ("For readers just joining us: the general secretary is Kwabena Asante Boakye")
    head = end = doc[k - 2]
    while end.dep_ == "pobj" and end.head.lower_ in ("of", "for") and end.head.head.i < end.i:
        head = end = end.head.head  # "The president of the court, Marian Stoica,"
    if end.head == doc[hyphen_start(end)]:  # "The secretary-general, Moses Kollie": the parse hangs "general" on
        head = end.head  # "secretary"
    if head.pos_ not in ("NOUN", "PROPN") or doc[m.head].head != head and head.head != doc[m.head] \
            and head.head != doc[m.head].head and doc[m.head].head.head != head:
        return None
    info = describe(head)
    if head is not end:
        info.role = describe(end).role
    if not info.definite or info.possessed or info.plural or info.org or info.tokens[0].lower_ != "the":
        return None
    return info


def _described_before(doc, k: int) -> int:
    """Where a lower-case description of the name at ``k`` opens after a comma ("The envoy,
    [the Austrian diplomat] Matthias Kessler,"), else ``k``."""
    if not (k > 4 and doc[k - 1].text.islower() and role_noun(doc[k - 1].text)):
        return k
    j = k - 2
    while j > k - 5 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].text != ",":
        j -= 1
    return j if doc[j].lower_ == "the" and j > 2 and doc[j - 1].text == "," else k


_HEADLINE_REACH = 3  # paragraphs under the headline where its source is named


def headline_source(ctx: Context, m: Mention, info: NominalInfo, names: list[Mention],
                    resolve: Callable[[Token], Entity | None]) -> Entity | None:
    """A headline's body or role source ("..., authority warns"; "..., Armenian negotiator
    says"): the first body named in the next paragraphs whose name holds the noun ("The Panama
    Canal Authority"), or whoever ``resolve`` finds the lead's first source of that role is
    ("Armenia's chief negotiator said")."""
    text, idx = doc_text(ctx.doc), ctx.doc[m.head].idx
    first = text.find("\n")
    if not m.source or info.plural or first < idx or not (info.org or info.role) or not headline_line(text):
        return None
    lines = [x.end() for x in re.finditer(r"[^\n]*\S[^\n]*", text[first:])][:_HEADLINE_REACH]
    end = first + lines[-1] if lines else len(text)
    if info.org:
        return next((c.entity for c in names if first < ctx.doc[c.head].idx < end and c.entity is not None
                     and c.entity.kind == "organisation" and c.entity.named
                     and any(info.org in n.lower().split() for n in c.entity.names)), None)
    nouns = synonyms(info.role)
    tok = next((t for st in ctx.statements if st.source is not None and first < st.source.start < end
                for t in ctx.doc.char_span(st.source.start, st.source.end, alignment_mode="expand") or ()
                if t.pos_ == "NOUN" and role_noun(t.text) in nouns), None)
    return resolve(tok) if tok is not None else None
