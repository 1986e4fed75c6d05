"""Repairs of the small model's entities before names are read from them: a given name
it left out ("Ana [Costa]"), a person it called an organisation ("[Gemma Thornbury]"), an
organisation joined to its "of/for" tail or national branch, a possessive opening a name,
a business name it left untagged, a name it cut at a hyphen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .speakers_headlines import split_headline_name
from .speakers_brackets import (MAX_ABBREVIATION, abbreviation_after, and_tail, bracketed_bodies, for_tail,
                                spelled_bodies)
from .speakers_joins import PARTICLES, joined_names
from .speakers_name_runs import body_then_person
from .speakers_punct_names import comma_cut, given_norp, owners_body_tails, particle_tails
from .syntax import capital_after_hyphen
from .speakers_lexicon import (COMPANY_SUFFIXES, based_at, based_in, capital_country, company_words, country_code,
                               gender_words, given_names, glued_hyphen, hyphen_start, name_cased, name_gender,
                               org_nouns, region_country, role_noun, token_role)

__all__ = ["joined_ents", "loose_given", "misread_person", "apposed_person", "org_words", "org_noun",
           "MAX_ABBREVIATION", "lower_case_words"]


@lru_cache(maxsize=None)
def org_words() -> frozenset[str]:
    """Words that mark a name as an organisation's ("Times", "Committee")."""
    words: set[str] = set()
    for vals in org_nouns().values():
        words |= {v for v in vals if v not in ("gpe", "near", "any")}
    return frozenset(words | {"news", "inc.", "llc", "party", "house", "senate", "congress"} | _ORG_NAME_WORDS)


# words that end or fill organisations' names but are no organisation noun of their own
# ("Human Rights Watch", "Amnesty International", "Cobalt Capital")
_ORG_NAME_WORDS = frozenset({"watch", "international", "ltd", "ltd.", "plc", "holdings", "capital", "energy",
                             "initiative", "league", "society", "forum"})


def org_noun(low: str) -> bool:
    """An organisation noun, singular or plural ("union", "unions")."""
    return low in org_nouns() or (low.endswith("s") and low[:-1] in org_nouns())


def _body_word(tok: Token) -> bool:
    """A word of a body's name ("House", "Ministry")."""
    return tok.lower_ in org_words() or org_noun(tok.lower_)


def _body_or_title(tok: Token) -> bool:
    """A word of an organisation's name or a title, which no person's name holds ("Bank",
    "Times", "Minister")."""
    return _body_word(tok) or bool(role_noun(tok.text))


def misread_person(ent: SpacySpan, tokens: list[Token]) -> bool:
    """A given name and a surname the model called an organisation or place ("[Gemma
    Thornbury] was running on three hours' sleep"), told by the surname standing alone
    elsewhere outside any organisation or place ("Thornbury, who booked him, said"), which
    "Philip Morris" or "Rose Bowl" rarely does; a hyphened surname too ("Małgorzata
    Szczęsna-Kowal"), which needs no other mention where the given name has a gender; a
    patronymic between ("Dmitry Sergeyevich Korolyov ... Mr. Korolyov"); or any of these
    set off before "who" ("Filipa Raposo Antunes, who led")."""
    if ent.label_ in ("ORG", "GPE") and _hyphened_given(tokens):
        return True  # "[Jean-François Lévesque-Gagnon], 49, told the House"
    if ent.label_ == "ORG" and 2 <= len(tokens) <= 3 and all(name_cased(t) and t.is_alpha for t in tokens) \
            and any(t.ent_type_ == "PERSON" for t in ent.root.conjuncts):
        return True  # "[Ryoichi Sato], [Emiko Nakano] and Daisuke Hirata": listed with a person
    if ent.label_ in ("ORG", "GPE") and len(ent) == len(tokens) + 1 and ent[0].text[:1].isupper() \
            and role_noun(ent[0].text) and 2 <= len(tokens) <= 3 \
            and all(t.is_title and t.is_alpha and not _body_or_title(t) for t in tokens):
        return True  # a title and a name the model read as a body ("[Councillor Jordan Wapahkesis]")
    if ent.label_ in ("ORG", "GPE") and len(tokens) == 2 and tokens[0].is_title and tokens[0].is_alpha \
            and tokens[0].lower_.endswith(_PATRONYMIC_ENDS) and name_gender(tokens[1].lower_):
        return True  # a Mongolian father's name in the genitive, then the given name ("[Dorjiin Tsetsegmaa]")
    hyphened = len(tokens) == 4 and tokens[2].text == "-" and tokens[3].is_title and tokens[3].is_alpha
    middle = len(tokens) == 3 and tokens[2].is_title and tokens[2].is_alpha and not _body_or_title(tokens[1])
    if ent.label_ not in ("ORG", "GPE") or not (len(tokens) == 2 or hyphened or middle) \
            or tokens[0].lower_ not in given_names() \
            or tokens[0].lower_ == "al" or not name_cased(tokens[1]) or not tokens[1].is_alpha \
            or _body_or_title(tokens[-1]):
        return False
    if hyphened and name_gender(tokens[0].lower_):
        return True  # "[Lucía Ferrer-Quintana] has spent three decades": no body is named so
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who":
        return True  # "[Filipa Raposo Antunes], who led the union's radical wing": a body is "which"
    first = tokens[-1] if middle else tokens[1]  # "[Dmitry Sergeyevich Korolyov] ... Mr. Korolyov": the surname
    n = tokens[-1].i + 1 - first.i
    return any(doc[k : k + n].text == doc[first.i : tokens[-1].i + 1].text
               and doc[k + n - 1].ent_type_ not in ("ORG", "GPE", "FAC", "LOC")
               and not (k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha
                        and not role_noun(doc[k - 1].text) and doc[k - 1].lower_ not in gender_words())
               for k in range(len(doc) - n + 1) if k != first.i)  # ("Judge Szczęsna-Kowal" is one)


_PATRONYMIC_ENDS = ("yn", "iin", "ijn")


def _hyphened_given(tokens: list[Token]) -> bool:
    """A hyphened given name of given names, one with a gender, then a surname of one or two
    capitalised words hyphened ("Jean-François Lévesque-Gagnon"), which no body's name is."""
    words, glued = [t for t in tokens if t.text != "-"], [t for t in tokens if t.text == "-"]
    if not 3 <= len(words) <= 4 or len(glued) != len(words) - 2 or tokens[1].text != "-" \
            or not all(glued_hyphen(t) for t in glued):
        return False
    given = tokens[0].lower_ in given_names() and tokens[2].lower_ in given_names()
    return given and bool(name_gender(tokens[0].lower_) or name_gender(tokens[2].lower_)) \
        and all(t.is_title and t.is_alpha and not _body_or_title(t) for t in words)


# roles an organisation may hold too ("Tiger Global, an investor in the start-up, said")
_BODY_ROLES = frozenset({"member", "investor", "owner", "partner", "client", "customer", "shareholder", "bondholder",
                         "lender", "creditor", "donor", "operator", "contractor", "developer", "supplier", "sponsor",
                         "backer", "ally", "rival", "employer", "landlord", "insurer", "broker", "adviser", "advisor"})


def apposed_person(ent: SpacySpan) -> bool:
    """A name of two to four words (particles in lower case) the model called an organisation or place,
    set off by a comma in apposition with a person's lower-case title before it ("Ethiopia's
    chief negotiator, [Dawit Gebre-Egziabher], said"; "South Africa's captain, [Pieter du
    Plessis],"; "The governor of Córdoba province, [Hernán Echagüe],") or after it ("[Wahyu
    Purnomo], a member of the House of Representatives, wrote"); no known place, and after it no
    title an organisation may hold as well ("an investor in")."""
    words = [t for t in ent if t.text not in ("-", "–")]
    single = len(words) == 1 and words[0].lower_ in given_names()  # "Ratnawati, the commission's chairwoman,"
    if ent.label_ not in ("ORG", "GPE", "FAC", "LOC", "PRODUCT") or not (2 <= len(words) <= 4 or single) \
            or not all(t.is_alpha and (t.text[:1].isupper() and not t.text.isupper()
                                       or 0 < k < len(words) - 1 and t.lower_ in PARTICLES)
                       for k, t in enumerate(words)) \
            or any(_body_or_title(t) for t in words) \
            or country_code(ent.text) or capital_country(ent.text) or region_country(ent.text, whole=True):
        return False
    doc, root = ent.doc, ent.root
    before = ent.start >= 2 and root.dep_ == "appos" and root.head.i == ent.start - 2 \
        and doc[ent.start - 1].text == "," and (root.head.text.islower() and token_role(root.head) is not None
                                                or root.head.dep_ == "pobj" and root.head.ent_type_ in ("GPE", "LOC")
                                                and root.head.head.head.text.islower()  # "governor of X, Y"
                                                and token_role(root.head.head.head) not in (None, *_BODY_ROLES))
    after = ent.end < len(doc) and doc[ent.end].text == "," and any(
        c.dep_ == "appos" and c.i > ent.end and c.text.islower() and token_role(c) is not None
        and (ent.label_ == "GPE" or token_role(c) not in _BODY_ROLES) for c in root.children)
    return before and not single or after


def joined_ents(doc) -> list[SpacySpan]:
    """spaCy's entities, with an organisation joined to a following "of/for [the] <name>"
    ("U.S. Court of Appeals" + "for the" + "District of Columbia Circuit"), joint
    sponsors of a document and a name around a quoted nickname as one (:mod:`.speakers_joins`)."""
    mended = [part for e in _mended_ents(doc, list(doc.ents)) for part in body_then_person(e, _body_word)]
    ents = joined_names(doc, mended)  # (split first: a person's surname named alone elsewhere would make the
    # whole run a person's name, "Speaker of [Parliament Levan Abashidze]")
    out: list[SpacySpan] = []
    k = 0
    while k < len(ents):
        ent = _possessor_before(doc, _given_before(doc, ents[k]))
        if ent.label_ == "ORG" and k + 1 < len(ents) and _national_branch(ent, ents[k + 1]):
            out.append(SpacySpan(doc, ent.start, ents[k + 1].end, label="ORG"))  # "Amnesty International Kenya"
            k += 2
            continue
        if ent.label_ == "NORP" and k + 1 < len(ents) and _people_for(ent, ents[k + 1]):
            out.append(SpacySpan(doc, ent.start, ents[k + 1].end, label="ORG"))  # "Americans for Affordable Power"
            k += 2
            continue
        if ent.label_ == "ORG" and k + 1 < len(ents):
            nxt = ents[k + 1]
            gap = [t.lower_ for t in doc[ent.end:nxt.start]]
            links = ("of", "for", "on") + (("into",) if ent[-1].lower_ in (  # "Royal Commission into ..."
                "commission", "inquiry", "investigation", "review", "committee", "panel") else ())
            if gap and gap[0] in links and all(w in links + ("the",) for w in gap) \
                    and len(gap) <= 2 and nxt.label_ in ("ORG", "GPE", "FAC", "LOC") \
                    and not (ent[-1].lower_ in COMPANY_SUFFIXES and nxt.label_ == "GPE"):  # not "Brightwater
                # Analytics Inc. [of Austin]", the company's seat
                out.append(SpacySpan(doc, ent.start, and_tail(doc, nxt.end), label="ORG"))
                k += 2
                while k < len(ents) and ents[k].start < out[-1].end:
                    k += 1  # ("[Metohija]", now the end of the name)
                continue
        out.extend(part for piece in split_headline_name(ent, ents) for part in body_then_person(piece, _body_word))
        k += 1
    return out


def _the_body(doc, tok, taken: set[int]) -> bool:
    """A capitalised organisation noun standing alone after "the", in running text ("The
    [Presidency] said", "the [Embassy] of Japan"): a body's name."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    named_for = nxt is not None and nxt.lower_ in ("for", "on") and nxt.i + 1 < len(doc) \
        and doc[nxt.i + 1].text[:1].isupper()  # "The Centre for Migrant and Border Rights": a longer name
    return tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.tag_ == "NNP" and tok.i not in taken \
        and nxt is not None and not named_for \
        and (nxt.is_lower or nxt.is_punct or nxt.lower_ == "of" and nxt.i + 1 in taken)


def _people_for(ent: SpacySpan, nxt: SpacySpan) -> bool:
    """A plural people's name and "for" opening a body's name ("[Americans] for [Affordable
    Power]", "[Canadians] for [Tax Fairness]")."""
    doc = ent.doc
    return len(ent) == 1 and ent[0].tag_ == "NNPS" and nxt.label_ == "ORG" and nxt.start == ent.end + 1 \
        and doc[ent.end].lower_ == "for"


def _mended_ents(doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """spaCy's entities mended: a run of capitalised proper nouns in no entity is an
    organisation when it ends in a company word ("BERLIN — [Brenntal Pharma], one of
    Germany's largest makers") or an organisation noun after two words or more ("the [Canadian
    Airline Pilots Guild]"), or stands before a bracketed abbreviation ("the [Valencian
    Left Bloc] (BEV)"); a place before "-based" is no organisation ("The [Darmstadt]-based
    company"); a name cut at a hyphen is whole (:func:`_hyphen_tail`)."""
    ents = [given_norp(_person_as_other(_body_as_other(e)))
            for e in _surname_in_date(particle_tails(owners_body_tails(comma_cut(ents))))]
    taken = {i for e in ents for i in range(e.start, e.end)}
    ends = company_words() | COMPANY_SUFFIXES
    found: list[SpacySpan] = []
    for tok in doc:
        if tok.tag_ != "NNP" and tok.text not in _LEGAL_FORMS or tok.i in taken:
            continue  # ("Fjordbygg AS said", its "AS" read as "as")
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        abbreviated = abbreviation_after(doc, tok.i + 1)
        body = tok.text.istitle() and org_noun(tok.lower_) and not tok.lower_.endswith("s")  # "Pilots [Guild]"
        if body and _the_body(doc, tok, taken):
            found.append(SpacySpan(doc, tok.i, tok.i + 1, label="ORG"))  # "The [Presidency] said", "The [Embassy]
            continue  # of Japan"
        if not (tok.lower_ in ends or abbreviated or body) or nxt is not None and nxt.tag_ in ("NNP", "NNPS") \
                and nxt.text[:1].isupper():
            continue
        tags = ("NNP", "JJ") if abbreviated else ("NNP", "NNPS") if body else ("NNP",)
        j = tok.i
        while j > 0 and j - 1 not in taken and (
                doc[j - 1].tag_ in tags and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper()
                and (not doc[j - 1].text.isupper() or body)  # ("The [OPEC Secretariat]")
                or body and doc[j - 1].tag_ == "POS" and j > 1 and doc[j - 2].tag_ == "NNP"  # "the [Information
                # Commissioner’s Office]"
                or body and doc[j - 1].lower_ == "and" and j > 1 and doc[j - 2].tag_ == "NNPS"
                and j - 2 not in taken):  # "The [Narsaq Fishers and Hunters Association]"
            j -= 1
        if body and j < tok.i and j > 0 and doc[j - 1].ent_type_ == "NORP" and doc[j - 1].text.istitle():
            j -= 1  # "the [Canadian Airline Pilots Guild]"
        if j < tok.i - body or body and j == tok.i - 1 and doc[j].text.isupper():
            found.append(SpacySpan(doc, j, for_tail(doc, tok.i + 1) if body else tok.i + 1, label="ORG"))
    ents = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]  # ("Canadian")
    ents = [SpacySpan(doc, e.start, e.end, label="GPE") if e.label_ in ("ORG", "PERSON") and (
                based_at(doc, e.end) or based_in(e))
            else _legal_form_after(_untagged_tail(_hyphen_tail(_person_of_place(e), taken), taken), taken)
            for e in _abutting_people(ents)]
    return spelled_bodies(doc, bracketed_bodies(doc, sorted(ents + found, key=lambda e: e.start) if found else ents))


# company suffixes written in capitals or mixed case, which the tagger may read as other words
_LEGAL_FORMS = frozenset({"AS", "ASA", "AB", "AG", "SE", "SA", "NV", "BV", "GmbH", "SpA", "Oy", "Oyj"})


def _legal_form_after(ent: SpacySpan, taken: set[int]) -> SpacySpan:
    """A name the model cut before its company suffix ("[Helmholt Software] SE agreed"): the
    company's whole name."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ not in ("PERSON", "ORG") or nxt is None or nxt.i in taken or nxt.text not in _LEGAL_FORMS:
        return ent
    return SpacySpan(doc, ent.start, ent.end + 1, label="ORG")


def lower_case_words(doc) -> frozenset[str]:
    """Every word the article writes in lower case somewhere (a name's word it also writes so,
    "age" or "radio", is no name's)."""
    return frozenset(t.lower_ for t in doc if t.is_lower)


def _body_as_other(ent: SpacySpan) -> SpacySpan:
    """A body's name the model took for an event or a law ("[The World Anti-Doping Agency]
    welcomed the ruling", "[A Field Poll] of the race"), or for a work where it is a subject,
    which ends in an organisation noun:
    an organisation, without the article (not a work's title: "Face the Nation")."""
    last = ent[-1]
    work = ent.label_ == "WORK_OF_ART" and ent.root.dep_ in ("nsubj", "nsubjpass")  # "[The Narsaq Fishers and
    # Hunters Association] said"
    if ent.label_ not in ("EVENT", "LAW") and not work or len(ent) < 2 or not last.text.istitle() \
            or not org_noun(last.lower_) or last.lower_.endswith("s"):
        return ent
    start = ent.start + (ent[0].lower_ in ("a", "an", "the"))
    return SpacySpan(ent.doc, start, ent.end, label="ORG") if ent.end - start >= 2 else ent


def _person_as_other(ent: SpacySpan) -> SpacySpan:
    """A person's name the model took for a product, a work or an event, set off after a
    person's title ("the bloc's commission president, [Fatoumata Ndiaye-Sall],"): a person."""
    if ent.label_ not in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW") \
            or not apposed_person(SpacySpan(ent.doc, ent.start, ent.end, label="ORG")):
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")


_DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "christmas", "easter", "ramadan", "eid", "hanukkah", "passover",
                         "diwali", "thanksgiving", "today", "tomorrow", "yesterday", "tonight", "new", "last", "next"})


def _surname_in_date(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A person's last name the model read as a date, or ran into the date right after it
    ("[Rabbi Shalom] [Elbaz] late Tuesday", "... [Elbaz late Tuesday]"): the name's."""
    out: list[SpacySpan] = []
    for e in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and e.label_ in ("DATE", "TIME") and e.start == last.end \
                and e[0].tag_ == "NNP" and _capitalised_word(e[0].text) and e[0].lower_ not in _DATE_WORDS:
            out[-1] = SpacySpan(e.doc, last.start, e.start + 1, label="PERSON")
            if len(e) > 1:
                out.append(SpacySpan(e.doc, e.start + 1, e.end, label=e.label_))
        else:
            out.append(e)
    return out


def _abutting_people(ents: list[SpacySpan]) -> list[SpacySpan]:
    """Two person entities with nothing between them as one name, which the model cut in two
    ("Irrigation Minister [Rana Naveed] [Akhtar Khan] rejected", "[Joseph Kiprono] [arap Sang]")."""
    out: list[SpacySpan] = []
    lower: frozenset[str] | None = None
    for e in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == e.label_ == "PERSON" and last.end == e.start \
                and len(last) + len(e) <= _LONG + (e[0].text in PARTICLES) and last[-1].whitespace_ == " " \
                and all(t.is_alpha and (t.is_title or t.i == e.start and t.text in PARTICLES) for t in (*last, *e)):
            lower = lower_case_words(e.doc) if lower is None else lower
            if any(t.lower_ in lower and t.text not in PARTICLES or _body_or_title(t) for t in e):  # not a
                # caption "[Gabrielle Hatcher] [Age]", nor "[Aaron Klein] [Investigative Radio]"
                out.append(e)
                continue
            out[-1] = SpacySpan(e.doc, last.start, e.end, label="PERSON")
        else:
            out.append(e)
    return out


def _untagged_tail(ent: SpacySpan, taken: set[int]) -> SpacySpan:
    """A person's name the model cut before its last one or two words, which the parse
    still makes the head of a subject or an appositive ("[Chaudhry Arshad] Mehmood Khan, said"):
    the whole name."""
    doc, head = ent.doc, ent.root.head
    hyphens = sum(glued_hyphen(t) for t in doc[ent.end: head.i + 1]) if ent.end < head.i < len(doc) else 0
    if ent.label_ != "PERSON" or not ent.end <= head.i <= ent.end + 1 + hyphens or head.dep_ not in ("nsubj", "appos") \
            or head.i + 1 < len(doc) and doc[head.i + 1].text == ":":
        return ent  # (not "on [Aaron Klein] Investigative Radio", nor "[Gabrielle Hatcher] Age: 27")
    tail = doc[ent.end: head.i + 1]  # ("[Marc-André] Ouellet-Fortin": a hyphened surname counts as one word)
    if any(not glued_hyphen(t) and (t.i in taken or t.tag_ != "NNP" or not _capitalised_word(t.text)
                                     or _body_or_title(t) or t.i < head.i and not (t.dep_ == "compound"
                                                                                    and t.head.i == head.i))
           for t in tail) or glued_hyphen(tail[0]) or glued_hyphen(tail[-1]):
        return ent
    return SpacySpan(doc, ent.start, head.i + 1, label="PERSON")


_LONG = 4
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:['’][A-Za-z][a-z]*)?")


def _capitalised_word(text: str) -> bool:
    """A capitalised word, with an apostrophe inside it or not ("Khan", "Ndung'u", "O'Brien")."""
    return _CAPITALISED_WORD.fullmatch(text) is not None


def _person_of_place(ent: SpacySpan) -> SpacySpan:
    """A person the model ran into the country after them ("The match referee, [Nilesh Patel
    of England],"): the person alone."""
    k = next((k for k, t in enumerate(ent) if t.lower_ == "of"), None)
    if k is None or k != 2 or not country_code(ent[k + 1:].text) \
            or not all(t.is_title and t.is_alpha and not _body_or_title(t) for t in ent[:k]):
        return ent  # not "the Bank of England", "Royal Bank of Scotland", "Prince William of Wales"
    return SpacySpan(ent.doc, ent.start, ent.start + k, label="PERSON")


def _hyphen_tail(ent: SpacySpan, taken: set[int]) -> SpacySpan:
    """A name the model cut at a hyphen, with the capitalised rest of its word ("Chief Emeka
    [Nwachukwu]-Eze"), or a person's with the lower-case syllable a Korean given name goes on
    in ("Finance Minister [Park Sang]-wook")."""
    end, doc = ent.end, ent.doc
    while end + 1 < len(doc) and end + 1 not in taken and doc[end + 1].is_alpha and (
            capital_after_hyphen(doc, end) or ent.label_ == "PERSON" and _syllable_after(doc, end, len(ent) >= 2)):
        end += 2
    return ent if end == ent.end else SpacySpan(doc, ent.start, end, label=ent.label_)


# one romanised Korean syllable ("wook", "yeon", "ryeol", "seok"), which no English word
# glued to a name ("-led", "-era", "-backed", "-style") is
_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]{1,2})?(?:[aeiouwy]{1,3})(?:ng|n|m|k|l|p|t)?")


def _syllable_after(doc, i: int, surnamed: bool = False) -> bool:
    """Token ``i`` is a hyphen glued to a short capitalised given-name piece before it and to
    one lower-case romanised syllable after it ("Sang" + "-" + "wook"); one that is also an
    English word only after a surname too (``surnamed``: "[Chan Tai]-man")."""
    before, after = doc[i - 1], doc[i + 1]
    return (doc[i].text == "-" and not before.whitespace_ and not doc[i].whitespace_ and before.is_title
            and len(before.text) <= 4 and after.is_lower and bool(_SYLLABLE.fullmatch(after.text))
            and (surnamed or after.text not in _ENGLISH_SYLLABLES))


_ENGLISH_SYLLABLES = frozenset({"run", "won", "in", "on", "up", "out", "way", "day", "man", "men", "year", "top"})


def _possessor_before(doc, ent: SpacySpan) -> SpacySpan:
    """An organisation whose name opens on a possessive the model left out of it
    ("The [Alzheimer's] Society", "[St. John's] Ambulance"): the entity starts on an
    organisation word, and a capitalised word that is no place or nationality owns it."""
    j = ent.start - 2
    if ent.label_ != "ORG" or j < 0 or doc[ent.start - 1].lower_ not in ("'s", "’s") \
            or not (ent[0].lower_ in org_words() or org_noun(ent[0].lower_)):
        return ent
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].head.i == j and doc[j - 1].lower_ != "the":
        j -= 1
    owner = doc[j : ent.start - 1]
    if all(t.text[:1].isupper() and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in owner) \
            and owner[-1].lower_ != "the" and doc[ent.start - 2].head.i in range(ent.start, ent.end):
        return SpacySpan(doc, j, ent.end, label="ORG")
    return ent


def _national_branch(ent: SpacySpan, nxt: SpacySpan) -> bool:
    """An organisation's national branch, its country right after its name and heading it
    ("Amnesty International Kenya said")."""
    return (nxt.label_ == "GPE" and nxt.start == ent.end and len(nxt) == 1
            and all(t.head.i == nxt.start or t.head.i in range(ent.start, ent.end) for t in ent))


def _given_before(doc, ent: SpacySpan) -> SpacySpan:
    """A person with the given name the model left out of it: a one-word person ("Irungu Houghton"), with
    a capitalised word compounded onto the surname that is no title, or after a known given name."""
    j = ent.start - 1
    one_word = len(ent) == 1 or len(ent) == 3 and ent[1].text == "-"  # "Olmedo-Sáez"
    misread = j >= 0 and ent.label_ in ("ORG", "GPE") and one_word and (
        _person_described(ent) or _role_apposed(ent)
        or (doc[j].lower_ in given_names() or j >= 1 and role_noun(doc[j - 1].text))
        and loose_given(doc[j], ent.start, ent.end))  # "Ana [Costa]"; "officer Olumide [Bakare-Hughes]"
    if misread:  # "Reince [Priebus], the GOP chairman"; "Treasurer Amanda [Kwan]"
        ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
    if ent.label_ != "PERSON" or j < 0 or len(ent) > 1 and doc[j].lower_ not in given_names() and not misread:
        return ent
    tok = doc[j]
    if loose_given(tok, ent.start, ent.end) and not tok.text.isupper() and tok.lower_ not in org_nouns() \
            and (misread and tok.lower_ in given_names()  # its other mentions are misread alike
                 or not any(e.text == ent.text and e.label_ != "PERSON" and e.start != ent.start
                            for e in doc.ents)):  # "Wilayat Twitter"
        return SpacySpan(doc, j, ent.end, label="PERSON")
    return ent


def loose_given(tok: Token, start: int, end: int) -> bool:
    """A capitalised word of no entity compounded onto the name at ``start:end`` that is no
    title or organisation word: a given name the model left out ("[Irungu] Houghton")."""
    return (tok.tag_ in ("NNP", "NNPS") and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
            and tok.dep_ == "compound" and start <= tok.head.i < end
            and not role_noun(tok.text) and tok.lower_ not in org_words())


def _role_apposed(ent: SpacySpan) -> bool:
    """A one-word "organisation" set off in apposition to a person's lower-case title: a
    single name the small model misread ("the agency's spokesman, [Wiratmoko], told"), also
    after a given name it left out ("the finance minister, Beatriz [Olmedo-Sáez],")."""
    root, doc = ent.root, ent.doc
    start = ent.start - 1 if loose_given(doc[ent.start - 1], ent.start, ent.end) else ent.start
    return (root.dep_ == "appos" and hyphen_start(doc[start - 2]) == root.head.i and doc[start - 1].text == ","
            and root.head.text.islower() and bool(role_noun(root.head.text)) and not root.text.isupper()
            and root.lower_ not in org_words() and not org_noun(root.lower_))


def _person_described(ent: SpacySpan) -> bool:
    """A one-word "organisation" after a capitalised word of no entity and described by a
    person's title in apposition: a surname the small model misread ("Reince [Priebus],
    the GOP chairman")."""
    root = ent.root
    return (loose_given(ent.doc[ent.start - 1], ent.start, ent.end) and root.lower_ not in org_words()
            and any(c.dep_ == "appos" and role_noun(c.text) and c.text.islower() for c in root.children))
