"""Words the small model runs into a person's name that are not part of it: a party's
members' noun before it ("[Republicans] Jolly of Indian Shores"), an outlet's possessive
("[Breitbart’s] Joel Pollak"), a body's name before a titled person ("Speaker of [the House]
Lajos Kertész-Halmi"), a title's first word ("[Federal] Councillor Beatrice Wälti"); and
whether a title that is also a given name is someone else's title ("Dean Amar" after "Vikram
Amar, dean of ...": :func:`titled_namesake`)."""
from __future__ import annotations

import calendar
from functools import lru_cache

import pycountry
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .doctext import doc_text
from .speakers_lexicon import _lines, country_code, first_names, given_names, hyphen_start, role_noun
from .speakers_parties import party_members

__all__ = ["after_body", "after_owner", "after_party", "body_then_person", "common_noun_alone", "common_words",
           "country_misread", "glued_word", "loose_opener",
           "malay_rank", "patronymic_runs", "titled_namesake", "unspelled_title"]


def after_party(tokens: list[Token]) -> list[Token]:
    """A person's name without the party's members' noun run into it ("[Republicans] Jolly
    of Indian Shores and DeSantis")."""
    while len(tokens) > 1 and tokens[0].tag_ == "NNPS" and tokens[0].lower_ in party_members():
        tokens = tokens[1:]
    return tokens


def after_owner(tokens: list[Token]) -> list[Token]:
    """The person after an owner's "'s" inside a run ("Breitbart’s Joel Pollak" -> "Joel
    Pollak") where a given name and a surname follow it."""
    k = next((k for k, t in enumerate(tokens) if t.tag_ == "POS"), None)
    if k is None or len(tokens) - k - 1 < 2 or tokens[k + 1].lower_ not in given_names():
        return tokens
    return tokens[k + 1:]


def after_body(tokens: list[Token], body_word) -> list[Token]:
    """The person after a body's name that a title ran into it ("Speaker of [the House Lajos
    Kertész-Halmi]" -> "Lajos Kertész-Halmi"): a word of a body's name (``body_word``), then a
    given name and one or two capitalised words of a surname, hyphened or not, and nothing of
    a body after them (not "Columbia University Irving Medical Center")."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ in given_names() and tokens[k].is_title and body_word(tokens[k - 1]):
            rest = [t for t in tokens[k + 1:] if t.text != "-"]
            if 1 <= len(rest) <= 2 and all(t.is_title and t.is_alpha and not body_word(t) for t in rest):
                return tokens[k:]
            return tokens
    return tokens


def _after_titled_body(ent: SpacySpan, body_word) -> list[Token]:
    """The last two words of a run that a title and "of" open ("Speaker of [Parliament Levan
    Abashidze]", "Minister of [Food, Agriculture and Light Industry Gantulgyn Batzorig]"),
    where a capitalised word of the body's name comes before them and they are a person's,
    whose given name no list may hold: two plain capitalised words, neither a body's word nor
    a title."""
    doc, tokens = ent.doc, list(ent)
    if len(tokens) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
            or not role_noun(doc[ent.start - 2].text) or not doc[ent.start - 2].text[:1].isupper():
        return tokens
    rest, before = tokens[-2:], tokens[-3]
    if before.is_title and before.is_alpha and all(
            t.is_title and t.is_alpha and not body_word(t) and not role_noun(t.text) for t in rest):
        return rest
    for k in range(1, len(tokens) - 2):  # "Vice-Minister of [Agriculture Filomena da Costa Amaral]": from a
        # given name on, with the particles of a surname
        if tokens[k].is_title and tokens[k].lower_ in given_names() and not body_word(tokens[k]) and all(
                t.is_title and t.is_alpha or t.is_lower and len(t) <= 3 for t in tokens[k + 1:]) \
                and tokens[-1].is_title and any(t.is_lower for t in tokens[k + 1:]):
            return tokens[k:]
    return tokens


def body_then_person(ent: SpacySpan, body_word) -> list[SpacySpan]:
    """A body's name and the titled person after it, which the model ran into one ("Speaker
    of [the House Lajos Kertész-Halmi]"), as two names (:func:`after_body`,
    :func:`_after_titled_body`)."""
    if ent.label_ in ("DATE", "TIME"):
        return _time_then_person(ent)
    if ent.label_ not in ("ORG", "GPE", "FAC"):
        return [ent]
    person = after_body(list(ent), body_word)
    if len(person) == len(ent):
        person = _after_titled_body(ent, body_word)
    if len(person) == len(ent):
        return [ent]
    doc, cut = ent.doc, person[0].i
    return [SpacySpan(doc, ent.start, cut, label=ent.label_), SpacySpan(doc, cut, ent.end, label="PERSON")]


def _time_then_person(ent: SpacySpan) -> list[SpacySpan]:
    """A time and the name of two capitalised words or more after it, which the model ran into
    one ("[shortly after 2 p.m. Mayalmit Lepcha]"), as two spans."""
    k = len(ent)
    while k > 0 and ent[k - 1].tag_ == "NNP" and ent[k - 1].is_alpha and ent[k - 1].text.istitle() \
            and ent[k - 1].text not in _CALENDAR:
        k -= 1
    if k == 0 or len(ent) - k < 2:
        return [ent]
    doc, cut = ent.doc, ent.start + k
    return [SpacySpan(doc, ent.start, cut, label=ent.label_), SpacySpan(doc, cut, ent.end, label="PERSON")]


_CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name) - {""}


def patronymic_runs(doc) -> list[SpacySpan]:
    """A Malay name around "bin" or "binti", with the honorifics before it, which the model cuts
    into pieces ("[Pengiran Dato] Seri Setia [Haji Mohd Yusof] bin Pengiran [Haji Abdul Rahman]"):
    one PERSON span each, the capitalised words on both sides of the link."""
    out: list[SpacySpan] = []
    for tok in doc:
        if tok.text not in ("bin", "binti") or not 0 < tok.i < len(doc) - 1 \
                or not (_run_word(doc[tok.i - 1]) and _run_word(doc[tok.i + 1])):
            continue
        start, end = tok.i - 1, tok.i + 1
        while start > 0 and _run_word(doc[start - 1]) and tok.i - start < _MAX_RUN:
            start -= 1
        while end < len(doc) and end - tok.i <= _MAX_RUN and (
                _run_word(doc[end]) or doc[end].lower_ in _LINKS and end + 1 < len(doc)
                and (_run_word(doc[end + 1]) or doc[end + 1].text == "-")
                or doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_):
            end += 1  # (and "al-Ketbi": "Saeed bin Rashid al-Ketbi")
        if not any(o.start < end and start < o.end for o in out):
            out.append(SpacySpan(doc, start, end, label="PERSON"))
    return out


def _run_word(tok: Token) -> bool:
    """A word of a Malay name's run: capitalised, and no title of an office ("Minister")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and (not role_noun(tok.text) or tok.lower_ in _HONORIFICS)


_MAX_RUN = 8  # words on either side of "bin"
_LINKS = frozenset({"al", "el", "bin", "binti", "ibn", "bint"})
_HONORIFICS = frozenset({"dato", "datuk", "datin", "tan", "sri", "tun", "toh", "puan", "dr"})


def titled_namesake(tokens: list[Token]) -> bool:
    """Whether the article names someone else with this surname and gives them the word as a
    title ("Vikram Amar, dean of ...", so "Dean Amar" is his title; "Dean Whitlock, a banana
    grower" is a name)."""
    doc = tokens[0].doc
    return any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == tokens[1].text and e[0].text != tokens[0].text
               and any(t.lower_ == tokens[0].lower_ for t in doc[e.end:e.end + 3]) for e in doc.ents)


def loose_opener(tok: Token) -> bool:
    """A lower-case adjective standing apart before a name ("federal"), not a prefix
    joined to it ("pro-Islamic State"), or a title's first word before a given name
    ("[Federal] Councillor Beatrice Wälti")."""
    if tok.pos_ == "ADJ" and tok.text.islower() and bool(tok.whitespace_):
        return True
    doc = tok.doc
    return tok.is_title and tok.i + 2 < len(doc) and doc[tok.i + 1].is_title and role_noun(doc[tok.i + 1].text) \
        is not None and first_names().get(doc[tok.i + 2].lower_) is not None


def country_misread(tokens: list[Token]) -> bool:
    """A country's name the model took for a person's ("[Burkina Faso]'s military government",
    "[Mauritius] said"): one word only where it is no given name nor the end of a person's
    longer name in the text (not "Jordan" after "Jim Jordan")."""
    text = " ".join(t.text for t in tokens)
    if not tokens or len(text) < 4 or country_code(text) is None:
        return False
    try:
        pycountry.countries.lookup(text)
    except LookupError:
        return False  # a people's word ("Moldovan"), not a country's name
    word = tokens[0].lower_
    return len(tokens) > 1 or word not in given_names() and word not in first_names() and not any(
        e.label_ == "PERSON" and len(e) > 1 and any(t.lower_ == word for t in e) for e in tokens[0].doc.ents)


_RANK_OPENERS = frozenset({"datuk", "dato", "datin", "tan", "tun"})


def malay_rank(tok: Token) -> bool:
    """The "Seri" or "Sri" of a Malaysian rank after its first word ("Datuk [Seri] Kamaruddin",
    "Tan [Sri] Lim"), not a given name ("Sri Mulyani Indrawati")."""
    return tok.lower_ in ("seri", "sri") and tok.i > 0 and tok.nbor(-1).lower_ in _RANK_OPENERS


@lru_cache(maxsize=None)
def _spelled_abbreviations() -> frozenset[str]:
    """Abbreviated titles that stand for their role noun only where the article writes the
    role out ("the DPP" beside "deputy public prosecutor"; else Taiwan's party), marked "spelled"."""
    return frozenset(row[0].lower() for row in _lines("speakers_abbrev.tsv") if row[2:3] == ["spelled"])


def unspelled_title(tok: Token) -> bool:
    """A capital abbreviation of a title ("the DPP", a deputy public prosecutor) in an article
    that never writes the title out: a body's name (Taiwan's "DPP")."""
    return tok.lower_ in _spelled_abbreviations() and role_noun(tok.text) not in doc_text(tok.doc).lower()


def common_noun_alone(tok: Token) -> bool:
    """A capitalised word the model took for a name that is a sentence on its own, no known
    given name ("... the solution". [Uproar].), or a plural noun coordinated with a lower-case
    one ("[Trains] and buses stood idle")."""
    sent = tok.sent
    alone = all(t.i == tok.i or t.text in ".!" or t.is_space for t in sent) and tok.text.istitle() \
        and tok.lower_ not in given_names()  # (not a headline's "AP:")
    return alone or tok.tag_ == "NNS" and any(c.dep_ == "conj" and c.is_lower for c in tok.children)


def glued_word(tok: Token) -> str:
    """A noun's lemma with the pieces a hyphen glues to it before, the hyphen dropped ("a German
    start-up": "startup", which the tokenizer splits into three)."""
    pieces = tok.doc[hyphen_start(tok):tok.i]
    return "".join(t.text for t in pieces if t.text != "-").lower() + tok.lemma_.lower()


def common_words(lower: frozenset[str], tokens: list[Token]) -> bool:
    """Whether every word of a capitalised run is a common word elsewhere in the article,
    written in lower case (``lower``: "New Poll Shows ..." in a title-case headline,
    beside "a new poll"): a headline's capitals, not a name (the caller keeps a body's name
    "for" someone below the headline: "The Centre for Migrant and Border Rights")."""
    return all(t.text.lower() in lower for t in tokens)
