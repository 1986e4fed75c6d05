"""What the words around a name say it is: a title before it makes it a person's ("Chancellor
[Olaf Scholz]"), a lower-case organisation noun a body's ("the environmental group [Hutan
Kita Watch]"), "in" a place ("trains in [Iten]"), "gave her name" a person's own; and the
genders and slips that tell people sharing a name apart."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .speakers_joins import PARTICLES, PATRONYMIC_GENDER
from .quotes import opening_marks
from .speakers_lexicon import (PRONOUNS, abbreviations, first_names, gender_words, given_names, name_gender, role_noun,
                               surname_gender)
from .speakers_model import Entity, Mention
from .speakers_ner_repairs import org_noun, org_words
from .syntax import DASHES

__all__ = ["HONORIFICS", "after_body_noun", "called_names", "credit_name", "family_first", "family_named",
           "first_word_a_body", "generation_pick", "infer_gender", "last_named", "local_title", "name_given",
           "named_near", "name_words", "next_gender", "own_gender", "reported_gender", "surname_typo", "titled", "told_gender",
           "where",
           "withheld_gender"]

HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mme.", "mme", "mlle.", "mlle", "frau",
                        "herr", "ato", "señor", "señora", "sheikha", "mzee", "u", "daw", "bu", "ibu", "pak",
                        "bapak"})  # (Burmese: "U Nay Lin", "Daw Khin Mar Lwin"; Indonesian: "Bu Rosmawati")

# titles only a person holds, so that even one word after them is a name ("spokesman [Wahyudi]")
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# nouns whose "in" takes a person ("confidence in Merkel")
_IN_SOMEONE = frozenset({"faith", "confidence", "trust", "belief", "interest", "hope", "pride", "disappointment"})


def name_given(ent: SpacySpan) -> bool:
    """A name given as someone's own ("who gave only her first name, [Hrafnhildur]", "who
    gave his name as [Abu Karwan]"), which the model may call an organisation or place; also
    where the parse made the name a subject ("gave his name only as [Andriy], a cook, said")."""
    doc, k = ent.doc, ent.start - 1
    k -= 1 + (k >= 1 and doc[k - 1].lower_ == "only") if k >= 0 and doc[k].lower_ == "as" else 0
    if len(ent) <= 2 and k >= 1 and doc[k].lower_ == "name" and doc[k - 1].lower_ in ("his", "her"):
        return True
    root = ent.root
    noun = root.head if root.dep_ == "appos" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" \
        else None
    if noun is not None and noun.pos_ == "VERB":
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    return noun is not None and noun.lemma_ == "name" and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                              for c in noun.children)


# verbs naming what something is called ("a group calling itself", "known as")
_CALLING = frozenset({"call", "name", "dub", "style", "know"})


def after_body_noun(ent: SpacySpan) -> bool:
    """A name right after a lower-case organisation noun that it is in apposition with ("the
    environmental group [Hutan Kita Watch]"; not "the campaign [Trump] ran"), or of several words
    compounded onto one after it, not opening on a given name ("the [Stay Together] campaign";
    not "the Hillary Clinton campaign")."""
    doc = ent.doc
    prev, nxt = doc[ent.start - 1], doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and prev.lower_ == "the" and nxt.is_lower and org_noun(nxt.lower_) and len(ent) > 1 \
            and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i and ent[0].lower_ not in given_names():
        return True
    return prev.is_lower and org_noun(prev.lower_) and not role_noun(prev.text) \
        and (prev.head.i == ent.root.i or ent.root.head.i == prev.i and ent.root.dep_ in ("appos", "compound")) \
        or _called(ent.root)


def _called(root: Token) -> bool:
    """A name an organisation noun is called by ("a group calling itself [Fuerza Serrana]", "a
    militia known as [Tigres del Norte]")."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    return verb.dep_ == "acl" and verb.head.is_lower and org_noun(verb.head.lower_) \
        and not role_noun(verb.head.text) and root in called_names(verb.head)


def called_names(noun: Token) -> list[Token]:
    """The heads of the names a noun is called by ("a group called [Guardia Roja]", "known as")."""
    out = []
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _CALLING:
            continue
        named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj"] if verb.lemma_.lower() == "know" else [c for c in verb.children if c.dep_ == "oprd"]
        if len(named) == 1 and verb.right_edge.i == named[0].right_edge.i:  # the name ends the phrase: not "one
            out += named  # lawmaker called Trump “the orange prince”", which the parse may hang so
    return out


def where(tok: Token, first: Token | None = None) -> bool:
    """A lone word (or one with ``first`` before it) after "in" or "near" that says where
    something happens ("a test in Iten", "trains in Iten"), not in whom ("confidence in Merkel"),
    or after "from" that says where a person is from ("a student from Chiang Rai")."""
    prep, first = tok.head, first or tok
    if tok.dep_ == "pobj" and prep.lower_ == "from" and prep.i == first.i - 1 and prep.head.i == prep.i - 1 \
            and prep.head.pos_ == "NOUN" and role_noun(prep.head.text):
        return True  # "a 23-year-old student from [Chiang Rai]": where a person is from
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "near") and prep.i == first.i - 1 and prep.head.i < prep.i \
        and not tok.doc[prep.i - 1].text[:1].isupper() and (  # (not "Sophie in 't Veld")
        prep.head.pos_ in ("VERB", "AUX") or prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() not in _IN_SOMEONE)


def titled(ent: SpacySpan) -> bool:
    """An organisation or place entity right after a title is a person the small model
    misread ("Chancellor [Olaf Scholz]", "spokeswoman [Resila Onyango]"); after a
    lower-case title it must have two words or more. An abbreviated title the model took
    into the name counts too ("[Cllr Dominic Ashworth]")."""
    if len(ent) >= 3 and ent[0].lower_ in abbreviations() and ent[0].text[:1].isupper():
        return titled(SpacySpan(ent.doc, ent.start + 1, ent.end, label=ent.label_))
    if len(ent) >= 2 and ent[0].lower_ in HONORIFICS and ent.label_ in ("ORG", "GPE") \
            and all(t.text[:1].isupper() and t.is_alpha for t in ent[1:]) \
            and not any(t.lower_ in org_words() for t in ent):
        return True  # "[Ms Ní Bhriain] said", the honorific written without a full stop
    k = next((j for j in range(1, len(ent) - 2) if role_noun(ent[j].text) and ent[j].is_title
              and first_names().get(ent[j + 1].lower_)), None)
    if ent.label_ in ("ORG", "GPE") and k is not None and len(ent) - k <= 4 \
            and all(t.is_title and t.is_alpha and t.lower_ not in org_words() for t in ent):
        return True  # "[Federal Councillor Beatrice Wälti]": titled words, then a given name and a surname
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.text == "," and ent.root.dep_ == "appos" and ent.root.head.i < prev.i:
        prev = ent.root.head  # "A police spokeswoman, [Resila Onyango],"
    return (ent.label_ in ("ORG", "GPE") and prev is not None and bool(role_noun(prev.text))
            and (prev.text[:1].isupper() or len(ent) >= 2  # "spokeswoman [Resila Onyango]"
                 or prev.lower_ in _SPOKES and ent.label_ == "ORG")  # "Agency spokesman [Wahyudi]"
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
                    or (t.text in ("-", "–") or t.lower_ in PARTICLES and t.is_lower)  # "Osei-Bonsu", "Karin
                    and 0 < t.i - ent.start < len(ent) - 1 for t in ent)  # du Plessis"
            and not any(t.lower_ in org_words() or role_noun(t.text) for t in ent)
            and not (ent.end < len(ent.doc) and ent.doc[ent.end].text[:1].isupper()
                     and role_noun(ent.doc[ent.end].text))  # "Chief [Cabinet] Secretary": inside a title
            and not first_word_a_body(ent))


def first_word_a_body(ent: SpacySpan) -> bool:
    """Whether the first word of a name stands alone elsewhere as an organisation ("salmon
    farmer [Nordkyst Havbruk] ... Nordkyst itself"): a given name does not."""
    return len(ent) > 1 and any(e.label_ == "ORG" and e.text == ent[0].text and e.start != ent.start
                                for e in ent.doc.ents)


_OWN = {"his": "m", "her": "f"}


def own_gender(head: Token) -> str | None:
    """The gender a subject's own words give it, "his" or "her" in "for his part" or "her own"
    hung on its verb ("Lugo, for [her] part, said she feared ..."), which tells namesakes apart."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for t in head.head.subtree:
        if t.lower_ in _OWN and t.dep_ == "poss" and t.i > head.i and (
                t.head.lower_ == "part" and t.head.head.lower_ == "for" and t.head.head.head.i == head.head.i
                or t.doc[t.i + 1].lower_ == "own" and t.head.head.i == head.head.i):
            return _OWN[t.lower_]
    return None


def reported_gender(head: Token) -> str | None:
    """The gender of the "he" or "she" subjects in what a subject says, outside quotation marks,
    when all have one ("Hamad said the party would file petitions, though [she] did not expect
    them to succeed"): most often the speaker, which tells namesakes apart."""
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return None
    verb = head.head
    found = set()
    for t in verb.subtree:
        if t.i > verb.i and (t.is_quote or t.text in opening_marks() or t.pos_ == "PROPN" and t.ent_type_ == "PERSON"):
            break  # (not "Clinton suggested Sanders was being hypocritical because he accepted ...")
        if t.i > verb.i and (t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")
                             or t.lower_ in ("his", "her") and t.dep_ == "poss") \
                and any(a.dep_ == "ccomp" and a.head.i == verb.i for a in t.ancestors):  # ("that [her] party")
            found.add(PRONOUNS[t.lower_][2])
    return found.pop() if len(found) == 1 else None


def next_gender(head: Token) -> str | None:
    """The gender of a "He" or "She" opening the next sentence as its subject, after a sentence
    where the subject is the only person ("Taipei said ..., while Chiang told lawmakers the rules had been discussed.
    [She] insisted ..."): most often the same speaker going on, which tells namesakes apart."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or any(a.dep_ in ("relcl", "acl") for a in (verb, *verb.ancestors)):
        return None  # (not "Warren, ... who until [Sanders] decided to run was ... . She has refrained")
    sent = head.sent
    if sent.end >= len(sent.doc) or any(t.ent_type_ == "PERSON" and head.i not in (t.i, t.head.i) for t in sent):
        return None
    first = sent.doc[sent.end]
    return PRONOUNS[first.lower_][2] if first.lower_ in ("he", "she") and first.dep_ == "nsubj" else None


def told_gender(ent: Entity, doc: Doc) -> str | None:
    """The gender of the first "he" or "she" subject after a person's full name, in its sentence
    or the next, with no other person named between ("Economics Minister Chiang Pei-yu said
    ... . “We do not ...,” [she] told reporters"), where every full name gives the same."""
    found = set()
    for x in (x for x in ent.mentions if x.kind == "name" and len(x.text.split()) > 1):
        sent = doc[x.start].sent
        stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        for t in doc[x.end: stop]:
            if t.ent_type_ == "PERSON":
                break
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
                found.add(PRONOUNS[t.lower_][2])
                break
    return found.pop() if len(found) == 1 else None


def local_title(tok: Token) -> bool:
    """Whether a capitalised word after "the" is a title the text glosses with a role somewhere
    ("the Kivalu, the king's prime minister, installed ... . The Kivalu said"), not a name."""
    doc = tok.doc
    for t in doc:
        if t.text == tok.text and t.i > 0 and doc[t.i - 1].lower_ == "the" and any(
                c.dep_ == "appos" and c.i > t.i + 1 and doc[t.i + 1].text == "," and role_noun(c.text)
                for c in t.children):
            return True
    return False


def withheld_gender(head: Token) -> str | None:
    """The gender a name's own description gives in keeping the surname back ("Akossiwa, 34, a
    fabric seller who asked that [her] surname not be used")."""
    for t in head.subtree:
        if t.lower_ in _OWN and t.dep_ == "poss" and t.head.lemma_ in ("name", "surname") and t.i > head.i \
                and any(a.dep_ == "relcl" for a in t.ancestors if a.i > head.i):
            return _OWN[t.lower_]
    return None


# kin nouns before a name that make its bearer the elder of a family's namesakes ("his father,
# chairman Carlo Bellandi"), and the words that ask for the elder or the younger of them
_ELDER_KIN = frozenset({"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "dad", "mum", "mom"})
_ELDER = frozenset({"elder", "older"})
_KIN_REACH = 4


def generation_pick(m: Mention, candidates: list[Entity], doc: Doc) -> Entity | None:
    """"The elder Bellandi": the one namesake a kin noun just before one of his earlier
    mentions makes a parent ("his father, chairman Carlo Bellandi"); "the younger Bellandi":
    the one namesake no such noun does, if only one is left."""
    word = doc[m.start - 1].lower_ if m.start > 0 else ""
    if word not in _ELDER and word != "younger":
        return None
    elder = [e for e in candidates if any(
        x.start < m.start and any(t.lower_ in _ELDER_KIN for t in doc[max(x.start - _KIN_REACH, 0):x.start])
        for x in e.mentions)]
    picked = elder if word in _ELDER else [e for e in candidates if e not in elder]
    return picked[0] if len(picked) == 1 and elder else None


def family_named(word: str, candidates: list[Entity]) -> bool:
    """Whether a word said alone that opens the full names of several people is their family
    name ("Lee" of "Lee Hye-won" and "Lee Jun-ho"): each of them is named family name first,
    with a given name of hyphened syllables ("Kim Jin-seong"; not Tibetan "Dolma Tsering")."""
    return len(candidates) > 1 and all(any(_hyphened_given(n, word) for n in e.names) for e in candidates)


def named_near(m: Mention, candidates: list[Entity], doc: Doc) -> list[Entity]:
    """The candidates named in full in a mention's sentence or the one before (past any blank
    line the parser made a sentence of)."""
    sent = doc[m.start].sent
    first = sent.start
    if first > 0:
        before = doc[first - 1].sent
        while before.start > 0 and all(t.is_space for t in before):
            before = doc[before.start - 1].sent
        first = before.start
    return [e for e in candidates if any(first <= x.start < m.start and len(x.text.split()) > 1 for x in e.mentions)]


def last_named(m: Mention, candidates: list[Entity]) -> Entity | None:
    """Whom the same word said alone stood for last, else the candidate mentioned last before
    a mention, if any was."""
    word = m.text.lower()
    for alone in (True, False):
        before = [(x.start, e) for e in candidates for x in e.mentions
                  if x.start < m.start and (not alone or x.text.lower() == word)]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
    return None


def _hyphened_given(name: str, family: str) -> bool:
    return name.split()[0].lower() == family and family_first(name)


def family_first(name: str) -> bool:
    """"Kim Jin-seong": a family name, then a given name of two syllables joined by a hyphen."""
    words = name.split()
    return len(words) == 2 and bool(_SYLLABLES.fullmatch(words[1]))


_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def credit_name(doc, ent: SpacySpan) -> bool:
    """A name in a dateline's credit: "DOHA (Al Jazeera) -", "BERLIN (DW) —"."""
    before, after = ent.start - 1, ent.end
    return (before >= 1 and after + 1 < len(doc) and doc[before].text == "(" and doc[after].text == ")"
            and doc[after + 1].text in DASHES and doc[before - 1].text.isupper())


def infer_gender(ent: Entity) -> None:
    """A person's gender from honorifics, first names and gendered role nouns; None on conflict."""
    votes = {m.gender for m in ent.mentions if m.gender}
    alone = all(len(name_words(n)) == 1 for n in ent.names)  # only ever "Kevin": a first name
    for name in ent.names:
        words = name_words(name)
        if (len(words) > 1 or alone) and words and words[0] in first_names():
            votes.add(first_names()[words[0]])
        elif len(words) > 1 and name_gender(words[0]):  # "Tomasz Wróblewski"
            votes.add(name_gender(words[0]))
        elif len(words) > 1 and surname_gender(words[-1]):  # "Dilfuza Rakhimova"
            votes.add(surname_gender(words[-1]))
        votes |= {PATRONYMIC_GENDER[w] for w in words[1:-1] if w in PATRONYMIC_GENDER}  # "Noraini binti Hashim"
    votes |= {gender_words()[r.noun] for r in ent.roles if r.noun in gender_words()}
    ent.gender = votes.pop() if len(votes) == 1 else None


def name_words(text: str) -> list[str]:
    """A name's words, lower case, without full stops ("Jr." -> "jr")."""
    return [w.lower().strip(".") for w in text.replace("’", "'").split()]


def surname_typo(word: str, surname: str) -> bool:
    """One letter off a known surname ("Wines" for "Wimes", "McLenney" for "McClenney"), not
    its form for the other gender ("Sharifov" is not a slip for "Sharifova")."""
    genders = {surname_gender(word), surname_gender(surname)}
    return word[0] == surname[0] and Levenshtein.distance(word, surname) == 1 and not {"m", "f"} <= genders
