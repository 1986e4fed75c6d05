"""Name mentions from the parse: spaCy's entities, cleaned of titles and honorifics, and
proper-noun source heads the small model's NER missed. :mod:`.speakers_clusters` groups
them into entities.
"""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .speakers_lexicon import (COMPANY_SUFFIXES, OUTLET_NOUNS, capital_country, company_words,
                               demonym_noun, first_names, gender_words, given_names, hyphen_start, name_cased,
                               org_nouns, role_noun, titles)
from .speakers_companies import business_names
from .speakers_model import Context, Mention
from .speakers_name_runs import (after_owner, after_party, common_noun_alone, common_words, country_misread, glued_word,
                                loose_opener, malay_rank, titled_namesake, unspelled_title)
from .speakers_parties import PARTY, party_tokens
from .speakers_joins import PARTICLES, PATRONYMIC, org_initials
from .speakers_name_context import (HONORIFICS, after_body_noun, credit_name, family_first, local_title, name_given,
                                    titled, where, withheld_gender)
from .speakers_untagged import (apposed_people, described_body, set_off_bodies, untagged_abbreviations,
                               untagged_bodies, untagged_businesses, untagged_countries, untagged_people)
from .speakers_ner_repairs import (apposed_person, joined_ents, loose_given, misread_person, org_noun,
                                  org_words)
from .colons import headline_source_words
from .inverted import inverted_verbs
from .doctext import doc_text
from .speakers_headlines import headline_word, strip_headline_words
from .speakers_source_roots import source_root, split_word_end, tokens_in
from .syntax import capital_after_hyphen

__all__ = ["find_names", "NAME_LABELS", "source_root", "tokens_in", "root_is_title", "loose_given", "split_word_end"]

NAME_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place"}
_STRIP_LEFT = {"the", "former", "then", "late", "acting", "interim"}
_GENERIC_TAILS = {"party", "department", "committee", "house", "court", "university", "council",
                  "association", "news", "group", "office", "agency", "service", "bank", "fund", "company"}
_CONNECT = {"of", "for", "and", "the", "&", "de", "la", "van", "von", "al", "bin", "du", "le", "arap"}
_INITIAL = re.compile(r"[A-Z]\.")
# (not "broadcaster": "veteran broadcaster Yaw Boakye-Ansah" is a person)
_OUTLETS = frozenset().union(*OUTLET_NOUNS.values(), {"magazine", "outlet", "website", "portal"}) - {"broadcaster"}
_LONG_NAME = 5


def _hyphened(tokens: list[Token]) -> bool:
    """The first word is joined to the next by a hyphen ("KING-TV" is no King)."""
    return not tokens[0].whitespace_ and tokens[1].text in ("-", "–")


_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _clean(tokens: list[Token], body: bool = False) -> tuple[list[Token], str | None]:
    """Drop leading articles/titles/honorifics and lower-case adjectives ("the federal
    Securities and Exchange Commission") and trailing possessives; the honorific's gender.
    A body's name keeps a role word its "the" opens ("the [Executive] Yuan")."""
    gender = None
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens = tokens[1:]  # a quotation mark the model ran in: '[" Bu Rosmawati] said'
    while len(tokens) > 1 and not _hyphened(tokens) and (
            tokens[0].lower_ in _STRIP_LEFT or tokens[0].text in ("a", "an")  # ("[an] Associated Press-GfK poll")
            or role_noun(tokens[0].text) and not _field_of_body(tokens)
            and not (len(tokens) == 2 and tokens[0].lower_ in first_names() and not titled_namesake(tokens))
            and not (tokens[0].i > 0 and tokens[0].nbor(-1).lower_ in ("named", "called"))  # "named [Imam] X"
            and not (body and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ == "the")
            and tokens[1].tag_ != "POS" and tokens[1].text not in ("’", "'")  # (not "the [President’s] Office")
            or tokens[0].lower_ in gender_words() and tokens[1].lower_ not in ("’s", "'s")  # (not "Queen’s Park")
            or loose_opener(tokens[0]) or malay_rank(tokens[0])
            or tokens[0].is_sent_start and tokens[0].lower_ in inverted_verbs()):  # "[Said] Trump: ..."
        gender = gender_words().get(tokens[0].lower_, gender)
        tokens = tokens[1:]
    opened = next((k for k, t in enumerate(tokens) if t.text == "(" and k > 0), None)
    if opened is not None and not any(t.text == ")" for t in tokens[opened:]):
        tokens = tokens[:opened]  # "World Health Organization (WHO": the model's cut in a bracket
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")
                      or len(tokens) > 1 and tokens[-1].tag_ == "RB" and tokens[-1].is_lower):
        tokens = tokens[:-1]  # (and an adverb the model ran in: "The Ministry of Justice [later] said")
    number = next((k for k, t in enumerate(tokens) if k > 0 and t.like_num and t.tag_ == "CD"
                   and all(x.tag_ == "CD" or x.like_num for x in tokens[k:])), None)
    if number is not None and tokens[-1].lower_ in _SCALES:  # not "SEIU Local 1199"
        tokens = tokens[:number]  # "fined [Apple] 1.8 billion euros", which the model ran into one name
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    if tokens and tokens[0].i > 0 and gender is None:  # "Mrs." just outside the entity
        prev = tokens[0].doc[tokens[0].i - 1]
        gender = gender_words().get(prev.lower_) if prev.lower_ in HONORIFICS else None
    return tokens, gender


# words that open a phrase picking some of a group ("[One] of them, a former technician")
_QUANTIFIERS = frozenset({"one", "another", "each", "some", "many", "most", "all", "both", "several", "few",
                          "none", "neither", "either", "any"})

# letters after a person's name for an honour, rank or seat ("Alistair Venn KC")
_POST_NOMINALS = frozenset({"KC", "QC", "MP", "MSP", "MEP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD",
                            "FRS", "VC", "GC"})

# words that make a company of a title before them ("General Motors", not "General Petraeus")
_COMPANY_WORDS = frozenset({"motors", "electric", "dynamics", "mills", "atomics", "foods", "instruments"})


# words a sports club's name ends in ("Carrick United"), which the small model takes for a surname
_TEAM_WORDS = frozenset({"united", "fc", "rovers", "wanderers", "albion", "hotspur", "warriors", "harriers", "rangers",
                         "athletic", "olympique"})


def _field_of_body(tokens: list[Token]) -> bool:
    """A role word that names a body's field ("[Justice] Department") or opens a company's
    name ("[General] Motors"), not a title."""
    words = tokens[:next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))]  # not "(ATB"
    if len(words) > 2 and words[0].text[:1].isupper() and org_noun(words[-1].lower_) \
            and words[1].lower_ not in given_names():
        return True  # "[General] Transport Workers' Union": a body's name (not "General John Smith")
    return len(tokens) == 2 and tokens[0].text[:1].isupper() and (
        org_noun(tokens[1].lower_) or tokens[1].lower_ in _COMPANY_WORDS)


def _name_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    text = doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]
    return " ".join(text.split())


def _mention(ctx: Context, tokens: list[Token], label: str, gender: str | None) -> Mention:
    head = min(tokens, key=lambda t: (t.head.i >= tokens[0].i and t.head.i <= tokens[-1].i and t.head.i != t.i, t.i))
    doc = ctx.doc
    return Mention(
        start=tokens[0].i, end=tokens[-1].i + 1, head=head.i, sent=ctx.sent_of[head.i], kind="name",
        subject=ctx.is_subject(head), quoted=ctx.in_quote(doc[head.i].idx),
        gender=gender or (withheld_gender(head) if label == "PERSON" else None),
        text=_name_text(_without_post_nominals(tokens)), label=label,
    )


def _without_post_nominals(tokens: list[Token]) -> list[Token]:
    """A name without the letters after it for an honour, rank or seat ("Alistair Venn KC")."""
    while len(tokens) > 2 and tokens[-1].text in _POST_NOMINALS:
        tokens = tokens[:-1]
    return tokens


def _role_surnames(ents: list[SpacySpan]) -> frozenset[str]:
    """Surnames that are also role words, from "Jim Justice" or "Larry King": the
    article's one-word "Justice" or "Mr. King" is that person, not a title."""
    return frozenset(ent[-1].lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
                     and _given_then_surname(list(ent), len(ent) - 1))


def _given_then_surname(tokens: list[Token], k: int) -> bool:
    """Whether the role word at ``k`` follows a given name, so it is a surname."""
    if k > 1 and _INITIAL.fullmatch(tokens[k - 1].text):
        k -= 1  # "Peter T. King"
    return k > 0 and tokens[k - 1].lower_ in given_names() and tokens[k].text[:1].isupper()


_SILKS = frozenset({"SC", "QC", "KC"})  # senior counsel's letters after the name
_PARTY_OPENERS = frozenset({"parti", "partido", "partidul", "partei", "partito", "partij", "partia",  # "party"
                            "minera", "mineração", "compañía", "companhia", "empresa", "constructora"})  # a company


def _from_ent(ctx: Context, ent: SpacySpan, surnames: frozenset[str] = frozenset()) -> Mention | None:
    tokens = list(ent)
    if ent.label_ == "PERSON":
        tokens = after_party(_after_title(tokens))
        if not tokens:
            return None  # "Wells Fargo CEO": a title, not a name
    elif ent.label_ == "ORG" and len([t for t in tokens if t.dep_ != "det"]) > 2 and tokens[-1].i == ent.root.i \
            and tokens[-1].tag_ == "NNP" \
            and role_noun(tokens[-1].text) == tokens[-1].lower_ and not any(t.lower_ == "of" for t in tokens):
        tokens = tokens[:-1]  # "One senior [Comhaontas Nua] TD": a member of the body, not its name
    silk = len(tokens) >= 3 and tokens[-1].text in _SILKS and tokens[0].lower_ in given_names()
    if silk:
        tokens = tokens[:-1]  # "Rebecca Marchetti SC": a barrister, whom the model may call an organisation
    owned = after_owner(tokens) if ent.label_ in ("PERSON", "ORG") else tokens
    person = len(owned) < len(tokens) or silk  # "[Breitbart’s Joel Pollak]", which the model may call an
    # organisation
    tokens = owned
    tokens, gender = _clean(tokens, body=ent.label_ == "ORG" and (ent[0].lower_ == "the" or ent.start > 0 and ent.doc[
        ent.start - 1].lower_ == "the"))  # ("the [General Confederation of Labour] (CGT)")
    if not tokens or not any(t.text[:1].isupper() or t.text[:1] == "@" for t in tokens):
        return None
    if len(ent) >= _LONG_NAME and any(t.tag_.startswith("VB") and not (  # "Center for Countering Digital Hate",
            t.tag_ in ("VBG", "VBN") and t.i > 0 and t.doc[t.i - 1].lower_ in ("for", "of", "on"))  # "on Enforced
            and t.lower_ not in PARTICLES and t.lower_ != "do" for t in ent):  # Disappearances"; not a particle
        # the tagger took for a verb: "Antonio Lima [dos] Santos", "Associação de Viticultores [do] Alto Douro"
        return None  # "San Bernardino Terror Suspect Named By Police": a headline, not a name
    if ent.label_ == "PERSON" and tokens[-1].text in ("Bill", "Act") and tokens[-1].i > 0 \
            and name_cased(ctx.doc[tokens[-1].i - 1]) and ctx.doc[tokens[-1].i - 1].lower_ not in given_names():
        return None  # "the Scottish Independence Referendum [Bill]": a law, no one named Bill
    if ent.start > 0 and ctx.doc[ent.start - 1].lower_ in ("a", "an") and \
            ent.start <= ctx.doc[ent.start - 1].head.i < ent.end:
        return None  # "a super PAC": a common noun phrase
    surname = ent.label_ == "PERSON" and tokens[0].lower_ in surnames and tokens[0].text[:1].isupper()
    if len(tokens) == 1 and not surname and (
            org_noun(tokens[0].lower_) or role_noun(tokens[0].text) and not unspelled_title(tokens[0])
            or ent.label_ == "PERSON" and ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "the"
            and ent.start <= ctx.doc[ent.start - 1].head.i < ent.end
            or ent.start > 1 and ctx.doc[ent.start - 1].lower_ in ("former", "outgoing") and ent.label_ != "GPE"
            and ctx.doc[ent.start - 2].lower_ == "the"  # "the former [Chitue]": a title
            or ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "the" and local_title(tokens[0])  # (Kivalu)
            or common_noun_alone(tokens[0])):
        return None  # "Bank", "the Republican": a common noun, not a name ("the Clinton campaign" has one)
    if ent.label_ == "PERSON" and all(t.lower_ in gender_words() or role_noun(t.text) for t in tokens):
        return None
    if ent.label_ == "PERSON" and _nationality_phrase(tokens):
        return None
    if len(tokens) == 1 and ent.label_ != "GPE" and demonym_noun(tokens[0].text) and (
            ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "the"
            or any(c.dep_ == "det" and c.i < tokens[0].i for c in tokens[0].children)):
        return None  # "The [21-year-old] Spaniard said": a description of someone, not a name
    label = "PERSON" if person or titled(ent) or misread_person(ent, tokens) or apposed_person(ent) \
        or name_given(ent) else ent.label_
    if label == "PERSON" and not person and len(tokens) == 1 and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and org_noun(glued_word(c)) for c in tokens[0].children):
        label = "ORG"  # "Usdaw, the shopworkers’ union": a body the model took for a person
    if label == "PERSON" and not person and len(tokens) > 1 and (
            org_noun(tokens[-1].lower_) or tokens[-1].lower_ in company_words() | COMPANY_SUFFIXES | _TEAM_WORDS
            or tokens[-1].text == "Front") \
            and tokens[0].lower_ not in given_names() and tokens[-1].text[:1].isupper():
        label = "ORG"  # "North Yorkshire Police", "Sutra Labs", "Helmholt Software SE", "Awami Front", which the
        # small model took for a person
    if label == "PERSON" and not person and len(tokens) > 1 and tokens[0].lower_ in _PARTY_OPENERS:
        label = "ORG"  # "Parti Amanah Rakyat", "Partido Verde", "Minera Andina del Sur"
    if label == "PERSON" and not person and ent.start > 0 and (
            ctx.doc[ent.start - 1].lower_ in _OUTLETS or after_body_noun(ent)) or label == "PERSON" and not person \
            and len(tokens) == 2 and capital_country(tokens[-1].text) and tokens[0].lower_ not in given_names():
        label = "ORG"  # "the Flemish daily De Ochtendbode", "the group Hutan Kita Watch", "Euronext Lisbon"
    if label in ("PERSON", "ORG") and (capital_country(_name_text(tokens))
                                       or label == "PERSON" and country_misread(tokens)) \
            and all(t in tokens or t.tag_ == "POS" for t in ent):
        label = "GPE"  # "Kyiv says", "Canberra argued", "Burkina Faso's", which the model took for a person or body
    if label == "PERSON" and not person and not surname and (
            len(ent) == 1 and where(ent[0])
            or len(ent) == 2 and where(ent[1], ent[0]) and ent[1].head.head.pos_ == "NOUN"
            and tokens[0].lower_ not in given_names()):
        label = "GPE"  # "trains in [Iten]", "a plant in [Bac Ninh]", which the small model took for a person
    return _mention(ctx, tokens, label, gender)


def _after_title(tokens: list[Token]) -> list[Token]:
    """The words after the last title inside a run ("Wells Fargo CEO John Stumpf" -> "John
    Stumpf"; none when the run ends on it), a title that is a surname ("Larry King") aside."""
    title_at = [k for k, t in enumerate(tokens) if role_noun(t.text) and k > 0 and not _given_then_surname(tokens, k)
                and not (k >= 2 and tokens[k - 1].text == "-" and not tokens[k - 2].whitespace_)]  # not "Tai-man"
    return tokens[title_at[-1] + 1:] if title_at else tokens


def _propn_chain(root: Token) -> list[Token]:
    """The proper-noun compound around a token ("Brian Fallon")."""
    toks, todo = [root], [root]
    while todo:  # "Human" of "Human Rights Watch" hangs on "Rights"
        kids = [c for c in todo.pop().children if c.dep_ == "compound" and c.i < root.i and (
            c.tag_ in ("NNP", "NNPS") or c.tag_ == "NNS" and c.is_title and root.tag_ == "NNPS")]  # ("Luísa
        # [Martins] Gomes", its middle name taken for a plural)
        toks += kids
        todo += kids
    toks.sort(key=lambda t: t.i)
    doc, ids = root.doc, {t.i for t in toks}
    gaps = [i for i in range(min(ids), max(ids) + 1) if i not in ids]
    if all(doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ for i in gaps):
        # "García-Peñalver", whose hyphen hangs apart (not a dash: "Palm Beach - Lewandowski")
        toks = list(doc[min(ids) : max(ids) + 1])
    else:
        toks = [root]
    end = toks[-1].i + 1
    while capital_after_hyphen(doc, end):
        end += 2  # "G-III"
    return toks + [doc[i] for i in range(toks[-1].i + 1, end)] + _for_whom(doc, end, root)


def _for_whom(doc, at: int, root: Token) -> list[Token]:
    """"for America" in "Democracy for America", "Citizens for Trump": a group's name
    that says whom it is for, a capitalised object the name's word governs (or what it is
    on: "Commission on Presidential Debates", "Council on Foreign Relations")."""
    if at + 2 < len(doc) and doc[at].text == "to" and doc[at + 1].tag_ == "VB" and doc[at + 1].is_title \
            and doc[at + 2].tag_ in ("NNP", "NNPS") and root.lower_ in org_words():  # "Committee to Protect
        return list(doc[at: at + 3])  # Journalists"
    if at + 1 >= len(doc) or doc[at].text not in ("for", "on") or doc[at].head.i != root.i:
        return []
    obj = [t for t in doc[at].children if t.dep_ == "pobj"]
    if not obj or obj[0].tag_ not in ("NNP", "NNPS"):
        return []
    end = at + 1  # "Disease Control and Prevention", "Migrant and Border Rights" (not the appositive after it)
    while end < len(doc) and (doc[end].tag_ in ("NNP", "NNPS") or doc[end].tag_ == "JJ" and doc[end].is_title
                              or doc[end].lower_ in ("and", "of")):
        end += 1
    while end > at + 1 and doc[end - 1].tag_ not in ("NNP", "NNPS"):
        end -= 1
    if obj[0].i >= end:
        return []
    return [doc[at], *doc[at + 1: end]]


def find_names(ctx: Context) -> list[Mention]:
    """Name mentions of persons, organisations and places, in document order.

    spaCy's entities first; then proper-noun source heads that the small model's
    NER missed ("Fallon said").
    """
    doc = ctx.doc
    out: list[Mention] = []
    covered: set[int] = set()
    ents = [SpacySpan(doc, e.start, e.end, label="ORG") if described_body(e)
            else SpacySpan(doc, e.start, e.end, label="PERSON") if e.label_ in ("FAC", "LOC", "PRODUCT")
            and apposed_person(e) else e for e in joined_ents(doc)]  # ("His lawyer, [Le Dinh Khoa],", a "FAC")
    surnames = _role_surnames(ents)
    for tok in doc:  # "Republicans", "House Democrats": a party's members, named
        tokens = party_tokens(tok)
        if tokens is not None:
            out.append(_mention(ctx, tokens, PARTY, None))
            covered.update(range(tokens[0].i, tokens[-1].i + 1))
    credits = {ent.text for ent in ents if credit_name(doc, ent)}
    for ent in ents:
        if ent.label_ not in NAME_LABELS or any(t.i in covered for t in ent):
            continue
        m = _from_ent(ctx, ent, surnames)
        if m is not None:
            if m.label == "PERSON" and m.text in credits:  # "DOHA (Al Jazeera) -": a news outlet
                m.label = "ORG"
            out.append(m)
            covered.update(range(m.start, m.end))
    lower = _lowercase_words(doc)
    known = [ent for ent in ents if ent.label_ == "ORG"]  # "Sakuragawa Partners said", tagged once elsewhere
    surnames_of = {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2
                   for t in e[1:] if t.text[:1].isupper()}  # (also "Tavares" of "Fernando Tavares dos Reis")
    person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e}
    for st in ctx.statements:
        if st.source is None:
            continue
        whole = doc.char_span(st.source.start, st.source.end)
        if whole is not None and len(whole) > 1 and capital_country(whole.text) and not covered & set(range(
                whole.start, whole.end)):  # "Port-au-Prince told embassies", untagged and split at its hyphens
            out.append(_mention(ctx, list(whole), "GPE", None))
            covered.update(range(whole.start, whole.end))
            continue
        root = source_root(doc, st.source.start, st.source.end)
        if root is None or root.i in covered or not (root.text[:1].isupper() or root.text[:1] == "@") \
                or root.like_num or root.lower_ in _QUANTIFIERS or root.ent_type_ in ("DATE", "TIME"):
            continue  # not "[One] of them, a former lab technician", nor "who had waited since [Monday] said"
        described = root.text[:1].isupper() and root.tag_ != "NNS" and not any(c.dep_ == "det" for c in root.children) \
            and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)  # "Dean, a former chairman";
        # not a plural noun opening the sentence ("Lawyers for the plaintiffs, a group of performers")
        short = _short_org_name(root, ents) or org_initials(root, ents)  # "Lumen said"; "WHO warns"
        if root.tag_ not in ("NNP", "NNPS") and not described and not short and root.text not in surnames_of \
                and not (root.text.isupper() and root.text.title() in person_words):  # ("MAREK DVOŘÁK:")
            continue  # (a named person's surname the tagger took for a noun is one: "The Latest: Trump Says")
        chain = _propn_chain(root)
        named_for = any(t.text in ("for", "on") for t in chain)  # "the Centers for Disease Control"
        if root.ent_type_ == "NORP" or (any(c.dep_ == "det" for c in root.children)
                                        and root.lower_ not in org_words() and not named_for):
            continue  # "The Republican": a description, not a name ("the Coalition" is one)
        at = next((k for k, t in enumerate(chain) if t.text in ("for", "on")), len(chain))
        cut = (_after_title(chain[:at]) or chain[:at]) + chain[at:]  # "Phoenix Mayor [Greg Stanton]", not
        # "Dottie Deans" or "EU Member States"; no title after "for" ("The Centre for Migrant and Border Rights")
        lone = len(cut) == 1 and len(chain) > 2 and chain[-2].is_lower and cut[0].tag_ == "NNP"  # "foreign
        tokens, gender = _clean(cut if len(cut) >= 2 or lone else chain)  # ministry spokeswoman [Wahyuni]"
        titled = root_is_title(tokens) and not described and not (  # (not "Committee to Protect Journalists")
            tokens and tokens[0].lower_ in org_words() and any(t.lower_ in ("to", "for", "on") for t in tokens))
        if not tokens or (titled or common_words(lower, tokens) and not (
                named_for and "\n" in doc_text(doc)[:root.idx])) \
                and not (any(e.text == _name_text(tokens) and not e.start <= root.i < e.end for e in known)
                         and not (len(tokens) == 1 and root_is_title(tokens))) \
                or (len(tokens) == 1 and (org_noun(tokens[0].lower_) or tokens[0].lower_ in headline_source_words()
                                          or len(tokens[0].text) == 1)):
            continue  # "Unions also criticised ...", "Analysis: ...": a common noun opening a sentence; "Q:"
        label = "ORG" if short or any(t.lower_ in org_words() or t.lower_ in ("for", "on") for t in tokens) \
            or len(tokens) > 1 and tokens[-1].lower_ in company_words() or any(
            c.dep_ == "appos" and glued_word(c) in org_nouns() for c in root.children) else "PERSON"
        # (an organisation noun in apposition: "the grid operator"; "Commission on Presidential Debates")
        if capital_country(_name_text(tokens)) is not None or country_misread(tokens):
            label = "GPE"  # "Kyiv says ...", "Mozambique insists", missed by the model: a capital or country
        if len(tokens) == 1 and headline_word(tokens[0]) or _nationality_phrase(tokens):
            continue
        tokens = after_party(tokens) if label == "PERSON" else tokens
        out.append(_mention(ctx, tokens, label, gender))
        covered.update(range(tokens[0].i, tokens[-1].i + 1))
    out.extend(_mention(ctx, run, label, gender) for run, label, gender in apposed_people(
        doc, [(st.source.start, st.source.end) for st in ctx.statements if st.source is not None], covered))
    out.extend(_mention(ctx, run, label, gender) for run, label, gender in
               untagged_people(doc, covered) + untagged_businesses(doc, covered)
               + untagged_abbreviations(doc, covered) + set_off_bodies(doc, covered) + untagged_bodies(doc, covered)
               + untagged_countries(doc, covered))
    out.sort(key=lambda m: m.start)
    business_names(doc, out)
    strip_headline_words(ctx, out)
    return _untagged_surnames(ctx, _shared_surnames(ctx, out))


def _nationality_phrase(tokens: list[Token]) -> bool:
    """Words ending in a nationality, opening on no given name: "[Exiled Belarusian] opposition"."""
    return len(tokens) > 1 and demonym_noun(tokens[-1].text) and tokens[0].lower_ not in given_names() \
        and tokens[-1].lower_.endswith(("an", "ese", "ish", "i", "ic", "ch"))  # (not "NHS England")


def _untagged_surnames(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the surname of a person named in full added where it stands as a
    subject in no entity ("García-Peñalver seized on the point", missed by the model), or the
    own name before "son of" or "daughter of" ("Siti Aishah" of "Siti Aishah binti Mohd Yusof")."""
    doc = ctx.doc
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    surnames |= {m.text.split()[0] for m in mentions if m.label == "PERSON" and family_first(m.text)}  # ("Han")
    owns = {" ".join(words[max(k - 2, 0):k]) for m in mentions if m.label == "PERSON"
            and len(words := m.text.split()) >= 3 for k in range(1, len(words) - 1) if words[k] in PATRONYMIC}
    owns |= {name.split()[-1] for name in owns}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNP" or tok.ent_type_ in NAME_LABELS:
            continue
        start = hyphen_start(tok)
        if start > 0 and doc[start - 1 : tok.i + 1].text in owns:
            start -= 1  # ("[Siti Aishah] later objected")
        elif doc[start : tok.i + 1].text not in surnames | owns:
            continue
        prev = doc[start - 1] if start > 0 else None
        honorific = prev is not None and (prev.lower_ in HONORIFICS  # ("[Mr] Ødegård-Lie, 58, spoke")
                                          or prev.lower_ in titles() and prev.text[:1].isupper())  # ("Justice Noraini")
        if not taken & set(range(start, tok.i + 1)) \
                and not (prev is not None and prev.text[:1].isupper() and prev.is_alpha and not honorific
                         and (prev.pos_ not in ("ADV", "CCONJ") or not prev.is_sent_start)):  # ("Later Noraini
            # said"; not "Understated [Perez] raises political profile")
            gender = gender_words().get(prev.lower_) if honorific else None
            added.append(_mention(ctx, list(doc[start : tok.i + 1]), "PERSON", gender))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _short_org_name(root: Token, ents: list[SpacySpan]) -> bool:
    """A capitalised word on its own that opens an organisation's name given earlier
    ("Shares in Lumen Motors fell ... Lumen said"), which the model may tag as a plural."""
    return root.text[:1].isupper() and len(root.text) > 1 and not any(c.dep_ == "det" for c in root.children) \
        and any(e.label_ == "ORG" and e.end <= root.i and len(e) > 1 and e[0].text == root.text for e in ents)


def _lowercase_words(doc) -> frozenset[str]:
    """The article's common nouns and adjectives written in lower case (a verb "trumps"
    says nothing about "Trump")."""
    return frozenset(t.text for t in doc if t.text.islower() and t.pos_ in ("NOUN", "ADJ"))


def _shared_surnames(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """"Bill and Hillary Clinton", "James and Olive Meehan": a lone given name joined by
    "and" to a given name and surname shares that surname, so both are named in full
    (the small model often tags only one of the two)."""
    doc = ctx.doc
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    for tok in doc:
        pair = _given_pair(doc, tok)
        if pair is None:
            continue
        left, right = pair
        surname = _name_text(right[1:])
        for tokens in ([left], right):
            old = by_start.get(tokens[0].i)
            text = f"{tokens[0].text} {surname}" if len(tokens) == 1 else _name_text(tokens)
            if old is not None and old.label == "PERSON" and old.end <= tokens[-1].i + 1:
                old.text, old.end = text, tokens[-1].i + 1
            elif old is None and not any(m.start <= tokens[0].i < m.end for m in mentions):
                added.append(_mention(ctx, tokens, "PERSON", None))
                added[-1].text = text
    return sorted(mentions + added, key=lambda m: m.start)


def _given_pair(doc, tok: Token) -> tuple[Token, list[Token]] | None:
    """For the "and" of "Given and Given Surname": the lone given name and the full name."""
    if tok.lower_ != "and" or tok.i < 1 or tok.i + 2 >= len(doc):
        return None
    left, nxt = doc[tok.i - 1], doc[tok.i + 1]
    names = first_names()
    if not (left.lower_ in names or _lone_given(doc, left)) or not (left.text[:1].isupper() and nxt.text[:1].isupper()):
        return None
    if nxt.lower_ not in names and not (nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"):
        return None
    if left.i > 0 and doc[left.i - 1].pos_ == "PROPN":
        return None  # "Ted Cruz and John Kasich": the left one has its own surname
    right = [nxt]
    for t in doc[nxt.i + 1: nxt.i + 3]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        right.append(t)
    return (left, right) if len(right) > 1 else None


def _lone_given(doc, tok: Token) -> bool:
    """A one-word PERSON entity written nowhere else in the article ("Khizr" of "Khizr and
    Ghazala Khan"): a given name the first-name list lacks, not a surname ("Trump and
    Hillary Clinton")."""
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    return sum(1 for t in doc if t.text == tok.text) == 1


def root_is_title(tokens: list[Token]) -> bool:
    """Whether a proper-noun chain is a capitalised title ("Secretary", "Foreign Minister")."""
    last = len(tokens) - 1  # "Billie Jean King": a surname after given names ("Christian Speaker" stays a title)
    return bool(role_noun(tokens[-1].text)) and not (last >= 2 and _given_then_surname(tokens, last)) \
        or all(role_noun(t.text) or t.lower_ in _CONNECT for t in tokens)
