"""Names the small English model splits in two, joined again before naming:

- joint sponsors written with a slash: "the CNN/ORC poll", "a New York Times/CBS News
  survey", "the latest Reuters/Ipsos opinion poll". The model tags such a pair as two
  names, or one and a stray proper noun, so the document ("the poll") would speak for
  only one of them, or for no one. Before a document noun
  (``data/speakers_document_nouns.txt``) the two capitalised runs around the slash are
  one organisation's name;
- a person's name around a quoted nickname: 'Rep. Robert C. "Bobby" Scott', 'Marcia
  "Cia" Price', where the model ends one name inside the quotation marks (and the
  words before it became a role).

- a surname with lower-case particles: "Ursula von der Leyen", which the model ends at
  "der" (and tags "Leyen" a place).

It also gives back a person's full name that the model took for an organisation
("Kazem Gharibabadi" as ORG when the line before ends a paragraph, while the later
"Gharibabadi" is a PERSON): a run of capitalised words, none an organisation or
role word, that ends on the surname of a PERSON entity of the same article.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .doctext import doc_text
from .quotes import opening_marks, quote_pairs
from .speakers_brackets import body_heads, repeated_bodies
from .speakers_name_runs import patronymic_runs
from .speakers_places import PLACE_NOUNS, named_places
from .syntax import capital_after_hyphen, spaced_dash
from .speakers_lexicon import (capital_country, country_code, document_nouns, first_names, gender_words, given_names,
                               org_nouns, region_country, role_noun, titles, token_role)

__all__ = ["joined_names", "org_initials", "described_people", "nickname_spans", "sponsor_spans", "relabelled_people", "particle_spans",
           "PARTICLES", "PATRONYMIC", "PATRONYMIC_GENDER", "PLACE_NOUNS", "surname_key"]

_MAX_COMPOUNDS = 2  # nouns between the name and its document: "opinion" in "Ipsos opinion poll"
_SLASH = re.compile(r"\w/\w")
_NICKNAME = re.compile(r"(?:\"|“|''|``|‘|')[A-Z]")  # an opening mark before a capital


def _tokens_at(doc: Doc, pattern: re.Pattern, offset: int) -> list[Token]:
    """The token at ``offset`` characters into each match of ``pattern`` in the doc's
    text: reading the text is much cheaper than reading every token."""
    out: list[Token] = []
    for m in pattern.finditer(doc_text(doc)):
        at = m.start() + offset
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and (not out or out[-1].i != span.start):
            out.append(doc[span.start])
    return out


def _capitalised(tok: Token) -> bool:
    return tok.tag_ in ("NNP", "NNPS") or (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN")


def _documented(doc: Doc, end: int) -> bool:
    """Whether a document noun follows ``end``, perhaps after a compound noun or two."""
    for k in range(end, min(end + _MAX_COMPOUNDS + 1, len(doc))):
        tok = doc[k]
        if tok.lemma_.lower() in document_nouns():
            return True
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "compound":
            return False
    return False


def sponsor_spans(doc: Doc) -> list[SpacySpan]:
    """"X/Y" before a document noun, as one ORG span each."""
    out: list[SpacySpan] = []
    for slash in _tokens_at(doc, _SLASH, 1):
        i = slash.i
        if slash.text != "/" or i == 0 or i + 1 >= len(doc) or slash.whitespace_ or doc[i - 1].whitespace_:
            continue
        if not (_capitalised(doc[i - 1]) and _capitalised(doc[i + 1])):
            continue
        start = i - 1
        while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].whitespace_:
            start -= 1
        end = i + 1
        while end < len(doc) and _capitalised(doc[end]) and doc[end].lower_ not in document_nouns():
            end += 1  # "USA TODAY/Suffolk University Poll": the capitalised "Poll" is the document
        if _documented(doc, end) and not (out and out[-1].end > start):
            out.append(SpacySpan(doc, start, end, label="ORG"))
    return out


def _closing(tok: Token) -> bool:
    return any(tok.text == cl for _, cl, _ in quote_pairs())


def _name_word(tok: Token) -> bool:
    """A known given name or an initial ("Robert", "C."), not a title or another
    capitalised word ("Rep.", "Marine")."""
    return _initial(tok) or (tok.text[:1].isupper() and tok.lower_ in first_names())


def _tagged_given(tok: Token, surname: Token) -> bool:
    """A capitalised word before a quoted nickname that the model tags as a person's, or
    whose surname after the nickname it does ('Jericho "Jeck" Manalastas'), and no title or
    body's word ("Senate", "Operation")."""
    return tok.is_alpha and tok.is_title and tok.tag_ == "NNP" and "PERSON" in (tok.ent_type_, surname.ent_type_) \
        and not role_noun(tok.text) and tok.lower_ not in org_nouns()


def _initial(tok: Token) -> bool:
    text = tok.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _surname(tok: Token) -> bool:
    """A capitalised word after a nickname, whatever its tag ("Price" is often a noun)."""
    return tok.is_alpha and tok.text[:1].isupper() and not role_noun(tok.text)


def nickname_spans(doc: Doc) -> list[SpacySpan]:
    """'Given [Initial] "Nick" Surname' as one PERSON span each."""
    out: list[SpacySpan] = []
    for tok in _tokens_at(doc, _NICKNAME, 0):
        i = tok.i
        if not (tok.text in opening_marks() and 0 < i and i + 3 < len(doc)):
            continue
        nick, close, surname = doc[i + 1], doc[i + 2], doc[i + 3]
        if not (_capitalised(nick) and _closing(close) and _surname(surname)
                and (_name_word(doc[i - 1]) or _tagged_given(doc[i - 1], surname))):
            continue
        start = i - 1  # back over initials to one given name ("Robert C.", not "Marine John")
        while start > 0 and _initial(doc[start]) and _name_word(doc[start - 1]) and doc[start - 1].whitespace_:
            start -= 1
        end = i + 4
        while end < len(doc) and _capitalised(doc[end]) and doc[end - 1].whitespace_ and not role_noun(doc[end].text):
            end += 1
        while capital_after_hyphen(doc, end):  # 'Corazon "Cora" Bautista-Lim'
            end += 2
        out.append(SpacySpan(doc, start, end, label="PERSON"))
    return out


_MAX_NAME_WORDS = 5
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le",
                       "bin", "binti", "ibn", "bint", "arap", "ter", "ten", "dos", "das", "al", "el",
                       "mac", "ní", "nic", "ó", "ua", "uí", "mhic", "af",
                       "ap", "ferch", "aït", "ait", "ould", "anak", "i", "y", "a/l", "a/p"})
# Irish: "Siobhán Ní Bhriain", "Tomás Mac Giolla"; Swedish: "Carl-Johan af Wetterstedt"; Welsh: "Rhys ap Gwilym";
# Amazigh: "Mohamed Aït Ouaziz"; Mauritanian: "Ahmed Ould Daddah"; Iban: "Bunsu anak Entalai"; Catalan and Spanish
# "and" between surnames: "Montserrat Ferrer i Roig", "José Ortega y Gasset"; Malaysian "Ramasamy a/l Subramaniam"
_CAPITAL_PARTICLES = frozenset({"aït", "ait", "ould"})  # written capitalised ("Mohamed [Aït] Ouaziz")
_ARTICLE = ("al-", "el-")
_FAMILY = frozenset({"al", "bin", "ibn", "bint", "abu", "ben"})  # a name's second part that may open it
PATRONYMIC_GENDER = {"bin": "m", "ibn": "m", "binti": "f", "bint": "f"}  # "son of", "daughter of" inside a name
PATRONYMIC = frozenset(PATRONYMIC_GENDER) | {"anak"}  # Iban "child of": either


def surname_key(word: str) -> str:
    """A surname as compared with another: without an Arabic article ("al-Assad" is "Assad")."""
    low = word.lower()
    return low[3:] if low.startswith(_ARTICLE) and len(low) > 4 else low


def _name_like(ent: SpacySpan) -> bool:
    """Two to five capitalised words, initials or surname particles, none an organisation
    or role word."""
    words = [t for t in ent if not _initial(t) and t.lower_ not in PARTICLES]
    return (2 <= len(ent) <= _MAX_NAME_WORDS and bool(words)
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
            and not any(t.lower_ in org_nouns() or role_noun(t.text) for t in words))


def particle_spans(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A PERSON entity that ends on surname particles ("Ursula von", "Ursula von der") run
    on through any further particles and the capitalised words after them, as one PERSON
    span each; then the same surname written alone ("Von der Leyen", which the model may
    take for an organisation) as that person's."""
    out: list[SpacySpan] = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        ends_on_particle = ent[-1].lower_ in PARTICLES
        end = ent.end  # also "Erik" + "ten Hag": a lower-case particle after the name
        while (end < len(doc) and doc[end].lower_ in PARTICLES and doc[end - 1].whitespace_
               and (ends_on_particle or doc[end].text.islower() or doc[end].lower_ in _CAPITAL_PARTICLES)):
            end += 1
        if end == ent.end and not ends_on_particle:
            continue
        if end >= len(doc) or not doc[end - 1].whitespace_:
            continue
        last = end
        while last < len(doc) and last - ent.start < _MAX_NAME_WORDS and _surname_word(doc[last]) and (
                last == end or doc[last].tag_ == "NNP" and doc[last].ent_type_ in ("", "PERSON", "ORG")):
            last += 1  # "Marília dos Santos Albuquerque", of which the model tags "Santos Albuquerque" apart
        if last > end:
            out.append(SpacySpan(doc, ent.start, last, label="PERSON"))
    out.extend(_given_before_particles(doc, ents, out))
    for ent, nxt in zip(ents, ents[1:]):  # "Mohammed bin Abdulrahman" + "Al Thani"
        if (ent.label_ == nxt.label_ == "PERSON" and nxt.start == ent.end and nxt[0].lower_ in _FAMILY
                and len(nxt) > 1 and not any(o.start < nxt.end and ent.start < o.end for o in out)):
            out.append(SpacySpan(doc, ent.start, nxt.end, label="PERSON"))
    return out + _particle_surnames(doc, out)


def _given_before_particles(doc: Doc, ents: list[SpacySpan], found: list[SpacySpan]) -> list[SpacySpan]:
    """A PERSON entity the model cut after lower-case particles, run back over them to the
    given name before ("Joost ter [Horst]", "Pieter van der [Hoeven]"), or from the particles
    it starts on to a given name the model took for a place ("his nephew [Jasper] [van der
    Berg]")."""
    out: list[SpacySpan] = []
    for ent in ents:
        start = ent.start
        while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text.islower():
            start -= 1
        opens = ent[0].lower_ in PARTICLES and ent[0].text.islower() and len(ent) > 1
        if ent.label_ != "PERSON" or start == ent.start and not opens or start == 0 \
                or any(f.start <= ent.start < f.end for f in found):
            continue
        given = doc[start - 1]
        if given.is_alpha and given.text[:1].isupper() and given.lower_ in given_names() and not role_noun(given.text) \
                and not any(e.start <= given.i < e.end and (len(e) > 1 or e.label_ == "PERSON") for e in ents):
            out.append(SpacySpan(doc, given.i, ent.end, label="PERSON"))
    return out


def _surname_word(tok) -> bool:
    """A capitalised word that may end a name after its particles: no title or body word."""
    return tok.is_alpha and tok.text[:1].isupper() and not role_noun(tok.text) and tok.lower_ not in org_nouns()


def _particle_surnames(doc: Doc, people: list[SpacySpan]) -> list[SpacySpan]:
    """Each other "Von der Leyen" (a particle, perhaps more, and a capitalised word) that
    ends one of ``people``'s names, as a PERSON span."""
    tails: set[tuple[str, ...]] = set()
    for span in people:
        words = [t.lower_ for t in span]
        k = next((j for j, w in enumerate(words) if w in PARTICLES and j > 0), None)
        if k is not None:
            tails.add(tuple(words[k:]))
    out: list[SpacySpan] = []
    for tok in doc:
        if not tails or tok.lower_ not in PARTICLES or not tok.text[:1].isupper():
            continue
        if any(s.start <= tok.i < s.end for s in people):
            continue
        for tail in tails:
            end = tok.i + len(tail)
            if end <= len(doc) and tuple(t.lower_ for t in doc[tok.i:end]) == tail:
                out.append(SpacySpan(doc, tok.i, end, label="PERSON"))
                break
    return out


_MISTAKEN = frozenset({"ORG", "PRODUCT"})  # "aides say [Ivanka Trump] also advises": the model knows her brand


def relabelled_people(ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each organisation or product that looks like a person's name and ends
    on the surname of one of the article's PERSON entities, or opens on a known given name,
    relabelled PERSON."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
    return [SpacySpan(e.doc, e.start, e.end, label="PERSON")
            if e.label_ in _MISTAKEN and _name_like(e) and (e[-1].text in surnames or _given_first(e) or _ranked(e)
                                                            or _titled_after(e))
            else e for e in ents]


def _titled_after(ent: SpacySpan) -> bool:
    """A title with no article set off right after the name ("Amara Osei, director-general
    of the authority", "Jane Doe, spokeswoman for"): a person's, not an organisation's."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    app = next((c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end), None)
    return app is not None and app.tag_ == "NN" and token_role(app) is not None and app.lower_ not in org_nouns() \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in app.children)


def _ranked(ent: SpacySpan) -> bool:
    """A name right after a rank or honorific ("Col. Sudhir Chamoli"), whichever way it is split."""
    doc, j = ent.doc, ent.start
    prev = doc[j - 1].lower_ if j >= 1 else ""
    if prev == "." and j >= 2:
        prev = doc[j - 2].lower_ + "."
    return (prev in ("mr.", "mrs.", "ms.") or prev.endswith(".") and prev in titles()) and len(ent) >= 2


def _given_first(ent: SpacySpan) -> bool:
    """Two or three words opening on a known given name ("Francois Hollande")."""
    return len(ent) <= 3 and ent[0].lower_ in first_names() and all(t.pos_ == "PROPN" for t in ent)


# what a person may be described as right after a one-word name the model took for a place
_PERSON_NOUNS = frozenset({"student", "resident", "worker", "teacher", "nurse", "mother", "father", "farmer",
                           "retiree", "protester", "woman", "man", "girl", "boy", "engineer", "driver", "vendor",
                           "shopkeeper", "activist", "voter", "pensioner", "doctor", "lawyer", "volunteer"})


def described_people(ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with a one-word place that no table knows relabelled PERSON when a person
    is described right after it ("said Nino, a 24-year-old student", which the model
    takes for a place) or heads something ("Nurlaila, who heads ..."), and a person relabelled
    ORG when an organisation is ("Ukrenergo, the national grid operator", "Rumoh Perempuan, a
    legal aid group")."""
    out = []
    for e in ents:
        if e.label_ in ("GPE", "LOC") and len(e) == 1 and e.end < len(e.doc) and e.doc[e.end].text == "," \
                and _person_after(e) and not (country_code(e.text) or capital_country(e.text)
                                              or region_country(e.text, whole=True)):
            e = SpacySpan(e.doc, e.start, e.end, label="PERSON")
        elif e.label_ == "PERSON" and (len(e) == 1 and _body_after(e) or _described_after(e, "a", "an") in _BODIES
                                       and e.end + 1 < len(e.doc) and e.doc[e.end + 1].lower_ in ("a", "an")):
            e = SpacySpan(e.doc, e.start, e.end, label="ORG")  # "Ukrenergo, the national grid operator",
            # "Rumoh Perempuan, a legal aid group"
        elif e.label_ in ("ORG", "GPE") and len(e) == 1 and _heading(e):
            e = SpacySpan(e.doc, e.start, e.end, label="PERSON")  # "Nurlaila, who heads Rumoh Perempuan"
        out.append(e)
    return out


# what heads a body, told by the verb of its "who" clause; what a person never is described as
_HEADING_VERBS = frozenset({"head", "chair", "lead", "run", "direct", "found", "co-found", "cofound", "manage"})
_BODIES = frozenset({"group", "organisation", "organization", "company", "charity", "union", "firm", "agency",
                     "association", "coalition", "network", "movement", "foundation", "party", "body"})


def _heading(e: SpacySpan) -> bool:
    """"[Nurlaila], who heads Rumoh Perempuan": a one-word name the model took for a body or
    place, set off before a "who" that heads or runs something."""
    doc = e.doc
    return e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ == "who" \
        and doc[e.end + 1].head.lemma_.lower() in _HEADING_VERBS and doc[e.end + 1].head.head.i == e.root.i


def _body_after(e: SpacySpan) -> bool:
    return _described_after(e, "the") in org_nouns()


def _person_after(e: SpacySpan) -> bool:
    return _described_after(e, "a", "an") in _PERSON_NOUNS


def _described_after(e: SpacySpan, *articles: str) -> str | None:
    """The head noun (lemma) of the appositive right after a name that opens on one of
    ``articles`` ("Nino, [a] 24-year-old student", "Ukrenergo, [the] national grid operator")."""
    app = next((c for c in e.root.children if c.dep_ == "appos" and c.i > e.end), None)
    if app is None or not any(c.dep_ == "det" and c.lower_ in articles for c in app.children):
        return None
    return app.lemma_.lower()


def org_initials(root: Token, ents) -> bool:
    """A word in capitals that is the initials of an organisation the article names in
    full ("WHO warns ..." with "the World Health Organization"), which the tagger may read
    as a pronoun."""
    text = root.text.replace(".", "")
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 6 and any(
        e.label_ == "ORG" and "".join(t.text[:1] for t in e if t.text[:1].isupper()) == text for e in ents)


def cut_name_tails(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A name of two words or more that the model ended one word short, before a capitalised
    word it tagged as nothing ("Yoon Suk" + "Yeol"), as one PERSON span each; not a body or
    title word after it ("the Bill Clinton Foundation", "Joe Biden Administration")."""
    out: list[SpacySpan] = []
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or not ent[-1].whitespace_:
            continue
        if (_untagged_name_word(doc[ent.end]) or _place_tail(ent)) and _sentence_goes_on(doc, ent.end + 1):
            # (a sentence goes on after it: not a headline's "Donald Trump [Finally] Endorses" or a form's "Age:")
            out.append(SpacySpan(doc, ent.start, ent.end + 1, label="PERSON"))
    return out


def _place_tail(ent: SpacySpan) -> bool:
    """A second surname the model took for a place, the head the name hangs on ("President
    [Ernesto Salgado] Medina"), after a name opening on a known given name."""
    tok = ent.doc[ent.end]
    return tok.ent_type_ in ("GPE", "LOC") and tok.ent_iob_ == "B" and tok.tag_ == "NNP" \
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") and ent[-1].dep_ == "compound" \
        and ent[-1].head.i == tok.i and ent[0].lower_ in given_names() and tok.lower_ not in org_nouns()


def _cut_name_heads(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A person's name the model began one word late, after a title ("Major General [Zaw]
    Lin Htet"), as one PERSON span each."""
    out: list[SpacySpan] = []
    for ent in ents:
        k = ent.start - 1
        if ent.label_ == "PERSON" and k >= 1 and _untagged_name_word(doc[k]) and doc[k].whitespace_ \
                and doc[k - 1].text[:1].isupper() and role_noun(doc[k - 1].text):
            out.append(SpacySpan(doc, k, ent.end, label="PERSON"))
    return out


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised word the model tagged as nothing, which may be part of a name."""
    return tok.tag_ == "NNP" and tok.ent_iob_ == "O" and tok.is_alpha and tok.text[:1].isupper() \
        and not tok.is_upper and tok.lower_ not in org_nouns() and not role_noun(tok.text)


def _sentence_goes_on(doc: Doc, i: int, colon: bool = False) -> bool:
    """Word ``i`` is a lower-case word or punctuation that may end a name (not a headline's
    next capitalised word; a colon only with ``colon``, which a form's "Age:" has)."""
    return i >= len(doc) or doc[i].text[:1].islower() or doc[i].text in (",", ".", "'s", "’s", ")") \
        or colon and doc[i].text == ":"


def missed_people(doc: Doc) -> list[SpacySpan]:
    """A known given name and a surname (hyphened too) that the model tagged as nothing ("And
    oh yes, [Carly Fiorina]: What, exactly, are her qualifications?"; "Chief [Emeka
    Nwachukwu-Obi] (SAN)"), as a PERSON span each; not a capitalised run ("Jane The Virgin")
    nor a headline's."""
    out: list[SpacySpan] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        titled = prev is not None and prev.text[:1].isupper() \
            and bool(role_noun(prev.text) or prev.lower_ in gender_words()
                     or tok.i >= 3 and doc[tok.i - 2].lower_ == "of" and doc[tok.i - 3].text[:1].isupper()
                     and role_noun(doc[tok.i - 3].text))  # "[Head] of Government Carmen Büchel-Wohlwend"
        if titled and _untagged_name_word(tok) and tok.whitespace_ and _untagged_name_word(nxt):
            three = tok.i + 3 < len(doc) and nxt.whitespace_ and _untagged_name_word(doc[tok.i + 2])
            end = tok.i + 3 if three else tok.i + 2
            if end < len(doc) and doc[end].text == ",":  # "The commission's spokeswoman, Daw [Nilar Win],";
                out.append(SpacySpan(doc, tok.i, end, label="PERSON"))  # "Major General [Zaw Lin Htet],"
                continue
        if not ((_name_word(tok) or titled and tok.lower_ in given_names()) and _untagged_name_word(tok)
                and tok.whitespace_ and _untagged_name_word(nxt)):
            continue
        if prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and not titled:
            continue  # (after a title it is a name: "Chief [Emeka Nwachukwu-Obi] (SAN) told")
        end = tok.i + 2
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
            end += 2  # a hyphened surname
        if _sentence_goes_on(doc, end, colon=True) or doc[end].text == "(":
            out.append(SpacySpan(doc, tok.i, end, label="PERSON"))
    return out


def _dash_cut(ents: list[SpacySpan]) -> list[SpacySpan]:
    """A name the model ran over a spaced dash ("[Deborah Jordan Reynolds - Santilli's]
    girlfriend ... - told") ends before the dash; what follows is a name of its own."""
    out: list[SpacySpan] = []
    for e in ents:
        doc = e.doc
        cuts = [t.i for t in e[1:-1] if spaced_dash(t)]
        if e.label_ not in ("PERSON", "ORG") or not cuts:
            out.append(e)
            continue
        first = doc[e.start : cuts[0]].text
        place = first.isupper() or country_code(first) or capital_country(first) \
            or region_country(first, whole=True)  # a dateline: "CLEVELAND -", "RANGOON, [Burma] -"
        out.append(SpacySpan(doc, e.start, cuts[0], label="GPE" if place else e.label_))
        rest = cuts[0] + 1
        end = e.end - 1 if doc[e.end - 1].lower_ in ("'s", "’s") else e.end
        if end > rest:
            out.append(SpacySpan(doc, rest, end, label=e.label_))
    return out


def joined_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each joint sponsor and nicknamed name in place of the entities it
    overlaps, people misread as organisations relabelled (:func:`relabelled_people`), and
    places after "city of" relabelled (:func:`named_places`)."""
    ents = _dash_cut(ents)
    runs = patronymic_runs(doc)  # (whole Malay names first)
    joined = runs + [j for j in sponsor_spans(doc) + nickname_spans(doc) + particle_spans(doc, ents)
                     if not any(j.start < r.end and r.start < j.end for r in runs)]
    joined += [t for t in missed_people(doc) if not any(t.start < e.end and e.start < t.end for e in ents + joined)]
    joined += [t for t in cut_name_tails(doc, ents) + _cut_name_heads(doc, ents) + body_heads(doc, ents)
               + repeated_bodies(doc, ents)
               if not any(t.start < j.end and j.start < t.end for j in joined)]
    if joined:
        kept = [e for e in ents if not any(e.start < j.end and j.start < e.end for j in joined)]
        ents = sorted(kept + joined, key=lambda e: e.start)
    return named_places(described_people(relabelled_people(ents)))
