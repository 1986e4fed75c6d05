"""What a role belongs to: the organisation (or, for a person's staff, the person) a
description names ("spokesman for X", "Secretary of X", "X campaign spokesman", "an expert
on Syria at X", "Fox's Chris Wallace")."""
from __future__ import annotations

from spacy.tokens import Token

from .doctext import doc_text
from .speakers_lexicon import (OWNERS_VOICE, country_code, follower_nouns, gender_words, kin_nouns, org_nouns,
                               role_noun, staff_nouns, token_role)
from .speakers_joins import org_initials
from .speakers_parties import party_in

__all__ = ["OPPOSING_NOUNS", "headed_body", "role_affiliation"]

_DEPARTMENTS = {"state", "defense", "treasury", "energy", "labor", "commerce", "education",
                "agriculture", "transportation", "interior", "health", "homeland", "justice",
                "veterans", "housing", "war"}
# a portfolio whose body is named otherwise ("The [Home] Secretary": the Home Office)
# a minister's or secretary's field, which the model may tag as an organisation ("[Finance] Minister")
_PORTFOLIOS = frozenset({"home", "foreign", "finance", "defence", "defense", "interior", "justice", "health",
                         "energy", "education", "economy", "economic", "labour", "labor", "trade", "agriculture",
                         "transport", "transportation", "environment", "culture", "housing", "development",
                         "digital", "industry", "commerce", "immigration", "tourism", "sports", "information",
                         "communications", "infrastructure", "climate", "security", "veterans"})
_DESCRIBING = ("ADJ", "ADV", "VERB")  # "Mr. Trump's [newly installed] campaign"
_ORG_TYPES = ("ORG", "GPE", "NORP", "FAC")
_ENTITY_TYPES = _ORG_TYPES + ("PERSON",)
_AFFILIATION_PREPS = ("of", "for", "at", "with", "to")
_PLACE_TYPES = ("GPE", "LOC")
# opposition, not membership: "a critic of Brussels", "a Kremlin critic" belong to neither
OPPOSING_NOUNS = frozenset({"critic", "opponent", "challenger"})


def _capitalised(t: Token) -> bool:
    """A proper word, not one capitalised only because it opens a sentence ("Party officials")."""
    return (t.pos_ == "PROPN" or t.ent_type_ in _ENTITY_TYPES or (t.text[:1].isupper() and not t.is_sent_start)
            or _acronym(t))


_ROMAN = frozenset("IVXLCDM")


def _acronym(t: Token) -> bool:
    """An organisation's initials before a lower-case or title word ("IAEA chief", "WHO
    Director-General"), which the parse may read as a verb or a pronoun. Not a dateline
    or a heading in capitals ("WASHINGTON —", "NEW YORK"), a stop word ("OUR"), a roman
    numeral ("World War II") or a title ("VP")."""
    text = t.text
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()) or set(text) <= _ROMAN:
        return False
    if t.ent_type_ in ("GPE", "LOC") or role_noun(text):
        return False
    doc, j = t.doc, t.i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and doc[j + 1].text.isupper():
        j += 2  # "AFL-CIO President", "UC-AFT"
    if j >= len(doc) or not doc[j].is_alpha or doc[j].text.isupper():
        return False
    return not t.is_stop or bool(role_noun(doc[j].text)) or org_initials(t, doc.ents)  # "WHO ...", not "OUR"


def _proper_or_org(t: Token) -> bool:
    return _capitalised(t) or t.lower_ in org_nouns() and t.lower_ not in OWNERS_VOICE  # "board of [X]"


def _before_date(obj: list[Token]) -> list[Token]:
    """"the Clinton Foundation [in 2009]", "the Polish Institute of International Affairs
    [in Warsaw]": the words before a dated or located prepositional phrase."""
    for j in range(1, len(obj) - 1):
        if obj[j].tag_ == "IN" and (obj[j + 1].ent_type_ in ("DATE", "TIME")
                                    or obj[j].lower_ == "in" and obj[j + 1].ent_type_ == "GPE"):
            return obj[:j]
    return obj


def _past_describing_words(obj: list[Token]) -> list[Token]:
    """``obj`` from its first proper noun when only lower-case describing words come before
    it ("the hard-left France Unbowed party", "the non-partisan Cook Political Report"); a
    place keeps them ("suburban Philadelphia's Bucks County"), and so does a number ("6th")."""
    name = next((j for j, t in enumerate(obj) if t.pos_ == "PROPN"), 0)
    if name == 0 or obj[name].ent_type_ in ("GPE", "LOC", "NORP"):
        return obj
    if not all(t.is_punct or t.is_alpha and t.is_lower and t.dep_ in ("amod", "advmod", "npadvmod")
               for t in obj[:name]):
        return obj
    rest = [t for t in obj[name:] if not t.is_punct]
    if any(t.ent_type_ == "PERSON" for t in rest) or role_noun(rest[-1].text) or rest[-1].lower_ in gender_words():
        return obj  # "former Vice President Dick Cheney", "a slain American soldier": a person
    return obj[name:]


def _affiliation_after(doc, obj: list[Token], people: bool = True) -> str | None:
    """The organisation after "spokesman for", "Secretary of" ...: a capitalised name or
    an organisation noun, up to a comma or a date ("officials at X, a division of Y");
    with ``people``, the person a role serves ("aide to [Mitch McConnell]")."""
    while obj and obj[0].lower_ in ("the", "a", "an"):
        obj = obj[1:]
    obj = _before_date(obj[:next((j for j, t in enumerate(obj) if t.text == "," or _example(obj, j)), len(obj))])
    at = next((j for j, t in enumerate(obj) if j > 0 and t.lower_ == "at" and t.ent_iob_ != "I"
               and not _placed(obj[j + 1:]) and any(_capitalised(x) for x in obj[j + 1:])), None)
    if at is not None:  # "director of the Critical Threats Project at [the American Enterprise Institute]"
        return _affiliation_after(doc, obj[at + 1:], people)
    obj = _past_describing_words(obj)
    words = [t for t in obj if not t.is_punct]
    if not words or len(words) == 1 and words[0].lower_ in _DEPARTMENTS:
        return None
    if words[0].ent_type_ == "PERSON" or (words[0].lower_ in gender_words() or role_noun(words[0].text)) \
            and words[0].ent_type_ not in _ORG_TYPES and not _plural_name_word(words[0]):
        return None  # not "[King]'s College London", "[Priests] for Life"  # "critic of Mr. Obama", "aides to Gov. Chris Christie": a person
    named = next((j + 1 for j, t in enumerate(obj[:-1]) if t.lower_ in org_nouns() and t.pos_ == "NOUN"
                  and t.text.islower() and all(_capitalised(x) for x in obj[j + 1:])), None)
    if named is not None:  # "the legal aid group [Al Otro Lado]", "state conglomerate [Rostec]"
        return doc_text(doc)[obj[named].idx: obj[-1].idx + len(obj[-1])]
    if not _proper_or_org(words[0]):  # "professor of economics [at Princeton University]"
        j = next((j for j, t in enumerate(obj) if j + 1 < len(obj) and (
            t.lower_ in _AFFILIATION_PREPS or t.lower_ == "in" and _institution(obj[j + 1:]))), None)
        return _affiliation_after(doc, obj[j + 1:], people) if j is not None else None
    if not any(t.ent_type_ in _ORG_TYPES or t.pos_ == "PROPN" or t.lower_ in org_nouns() for t in words):
        return None  # "professor of geosciences"
    if len(words) == 1 and _capitalised_plural(words[0]):
        return None  # "High Commissioner for [Refugees]": whom the office serves, capitalised in its title
    if words[-1].ent_type_ == "PERSON":  # "aide to Senate Majority Leader [Mitch McConnell]"
        ent = next((e for e in doc.ents if e.start <= words[-1].i < e.end), None)
        return ent.text if people and ent is not None and ent.start >= words[0].i else None
    return doc_text(doc)[obj[0].idx: obj[-1].idx + len(obj[-1])].strip() or None


def _named_before(tok: Token) -> str | None:
    """The one organisation named earlier whose name ends in a capitalised organisation
    word used alone before a title ("the European Commission ... Commission spokesman"), or
    is headed by it ("the U.S. Chamber of Commerce ... the Chamber's chief strategist")."""
    if not tok.text[:1].isupper() or tok.lower_ in ("party", "campaign"):
        return None  # "Party Chairman Reince Priebus" in a story that names the Nazi Party
    names = {e.text for e in tok.doc.ents if e.label_ == "ORG" and e.end <= tok.i and len(e) > 1
             and (e[-1].text == tok.text or f" {tok.text} of " in f" {e.text} ")}
    names = {n[4:] if n.startswith(("the ", "The ")) else n for n in names}
    return names.pop() if len(names) == 1 else None


def _plural_name_word(tok: Token) -> bool:
    """A capitalised plural opening a group's name ("Priests for Life", "Veterans for Peace")."""
    return tok.text[:1].isupper() and tok.lower_.endswith("s") and tok.lower_ != role_noun(tok.text) \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("for", "against", "without")


def _capitalised_plural(tok: Token) -> bool:
    """A plural common noun capitalised in a title ("for Refugees"), not a name ending in
    s ("a lawyer for [Mills]", named "Cheryl Mills" elsewhere in the text)."""
    if tok.tag_ != "NNPS" or tok.ent_type_ in _ORG_TYPES:
        return False
    return not any(tok.text in e.text.split() for e in tok.doc.ents if e.label_ == "PERSON")


def _affiliation_of(doc, after: list[Token], people: bool) -> str | None:
    """The organisation in the words after a role noun: "spokesman [for X]", "an expert on
    Syria [at X]", "a researcher [in the Department of Medicine]"."""
    if len(after) < 2:
        return None
    if after[0].lower_ in _AFFILIATION_PREPS:
        return _affiliation_after(doc, after[1:], people)
    if after[0].lower_ not in ("in", "on"):
        return None
    at = next((j for j, t in enumerate(after) if t.lower_ == "at" and j + 1 < len(after)), None)
    found = _affiliation_after(doc, after[at + 1:], people) if at is not None else None
    if found is None and after[0].lower_ == "in" and _institution(after[1:]):
        found = _affiliation_after(doc, after[1:], people)
    return found


def _example(obj: list[Token], j: int) -> bool:
    """Where examples of a group begin: "Maryland Republicans [such as] ...", "[like]", "[including]"."""
    low = obj[j].lower_
    return j > 0 and (low in ("like", "including") or low == "such" and j + 1 < len(obj) and obj[j + 1].lower_ == "as")


def _title_word(tok: Token) -> bool:
    """A role word that begins a title of several ("Secretary" of "Secretary General",
    "Deputy Secretary"), not a name's last word ("Freedom Partners", "Business Insider")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not tok.whitespace_ and tok.i + 2 < len(doc):
        nxt = doc[tok.i + 2]  # "Secretary-General"
    return bool(role_noun(tok.text)) and tok.tag_ != "NNPS" and nxt is not None and bool(role_noun(nxt.text))


# members of a legislature, whose "for X" names the seat they hold, not a body
_SEATED = frozenset({"mp", "mep", "msp", "senator", "representative", "congressman", "congresswoman",
                     "lawmaker", "assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor",
                     "councilor", "legislator"})


# one who seeks an office, whose office is where they want to be, not their body: "White House
# hopeful", "Senate candidate" (their party is theirs: "GOP candidate")
_SEEKING_NOUNS = frozenset({"candidate", "nominee", "hopeful", "front-runner", "frontrunner", "contender"})
_SOUGHT_OFFICES = frozenset({"white house", "senate", "u.s. senate", "house", "congress", "oval office"})


def role_affiliation(tokens: list[Token], k: int) -> str | None:
    """What a role belongs to: "spokesman for X", "Secretary of X", or "X campaign spokesman"."""
    found = _role_affiliation(tokens, k)
    if found is not None and found.lower() in _SOUGHT_OFFICES and token_role(tokens[k]) in _SEEKING_NOUNS:
        return None
    return found if found is not None else _served_person(tokens, k)


def _served_person(tokens: list[Token], k: int) -> str | None:
    """The person a spokesman, aide or lawyer works for ("a spokeswoman for Sen. Ted Cruz"):
    the name right after "for" or "to" and any titles, when it is the whole object."""
    if token_role(tokens[k]) not in staff_nouns() or k + 2 >= len(tokens) or tokens[k + 1].lower_ not in ("for", "to"):
        return None
    j = k + 2
    while j < len(tokens) and tokens[j].ent_type_ != "PERSON" and (role_noun(tokens[j].text) or tokens[j].is_punct
                                                                   or tokens[j].lower_ in ("the", "former")):
        j += 1
    if j >= len(tokens) or tokens[j].ent_type_ != "PERSON" or tokens[j].ent_iob_ != "B":
        return None
    ent = next(e for e in tokens[j].doc.ents if e.start == tokens[j].i)
    if ent.end > tokens[-1].i + 1 or ent.root.head.i >= ent.end:
        return None  # "spokesman for the Clinton campaign", "adviser to Gore's campaign": the campaign's
    return ent.text


def _role_affiliation(tokens: list[Token], k: int) -> str | None:
    doc = tokens[0].doc
    if role_noun(tokens[k].text) in OPPOSING_NOUNS or tokens[k].lower_ in kin_nouns():
        return None
    people = tokens[k].lemma_.lower() not in follower_nouns()  # "a Clinton [backer]" is no one's staff
    seat = k + 1 < len(tokens) and tokens[k + 1].lower_ == "for" and role_noun(tokens[k].text) in _SEATED
    found = None if seat else _affiliation_of(doc, tokens[k + 1:], people)  # "MP for [York Central]": a seat
    if found is not None and not _region_scope(tokens[k + 1:]):
        return found  # else "[Facebook]'s vice president of public policy in Europe"
    return _affiliation_before(tokens, k, people) or found  # "[WHO] regional director for Europe"


# groups of people that the model tags like a nationality (NORP) before a title
_CLIENT_NOUNS = frozenset({"customer", "client", "fan", "user", "subscriber", "viewer", "reader", "shareholder",
                           "investor", "voter", "resident", "patient", "passenger"})
_PEOPLE_WORDS = frozenset({"republican", "republicans", "democrat", "democrats", "democratic", "dem", "dems", "gop",
                           "conservative", "liberal", "labour", "tory", "muslim", "christian", "catholic", "jewish", "evangelical", "hispanic", "latino", "black",
                           "white", "asian", "arab", "sunni", "shiite", "kurdish", "palestinian"})


def _misread_body(t: Token) -> bool:
    """A company the model tagged as a nationality ("A [Tesla] spokesperson"): a proper noun
    marked NORP that is no country, people or party word."""
    return t.ent_type_ == "NORP" and t.pos_ == "PROPN" and t.tag_ == "NNP" and not country_code(t.text) \
        and t.lower_ not in _PEOPLE_WORDS and party_in([t]) is None


def _region_scope(after: list[Token]) -> bool:
    """"for Europe", "for Africa": the region a post covers (a place), not a body."""
    return len(after) >= 2 and after[0].lower_ == "for" and all(t.ent_type_ in ("LOC", "GPE") for t in after[1:]
                                                                if not t.is_punct)


def _affiliation_before(tokens: list[Token], k: int, people: bool) -> str | None:
    """The body named in the words before a role noun ("X campaign spokesman")."""
    doc = tokens[0].doc
    pre = [t for t in tokens[:k] if t.dep_ != "det"]
    owned = _country_body(pre)
    if owned is not None:
        return owned
    first = next((j for j, t in enumerate(pre) if t.ent_type_ in ("ORG", "PERSON")
                  or t.lower_ in org_nouns() and t.pos_ == "NOUN" or _acronym(t)
                  or _misread_body(t) and tokens[k].lemma_.lower() not in _CLIENT_NOUNS), None)
    if first is None:
        first = _untagged_body(pre)
    if first is None:
        return None
    span = pre[first:]
    own = next((j for j, t in enumerate(span) if t.tag_ == "POS" and j > 0), None)
    if own is not None and span[0].ent_type_ == "ORG":
        span = span[:own]  # "the European Union's former Brexit negotiator": the EU's
    while span and not _capitalised(span[0]):
        span = span[1:]  # "the nation's top [Republican] national security officers"
    while span and (span[-1].tag_ == "POS" or country_code(span[-1].text) or not _proper_or_org(span[-1])
                    or _title_word(span[-1])):
        span = span[:-1]  # "[Bennett]'s younger sister", "[NATO] Secretary General"
    if not span or all(country_code(t.text) or t.tag_ == "POS" for t in span):
        return None
    if len(span) == 1 and span[0].lower_ in _PORTFOLIOS:
        return None
    if len(span) == 1 and span[0].lower_ in org_nouns() and span[0].lower_ not in _DEPARTMENTS:
        return _named_before(span[0])  # "Party officials said ...": none; "Commission spokesman Olof Gill"
    if not people and (span[-1].ent_type_ == "PERSON" or len(span) == 1 and span[0].lower_ not in org_nouns()
                       and party_in(span) is None):
        return None  # "a Clinton backer", "a Sanders supporter", "Carson's friend"; not "GOP primary voters"
    nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not span[-1].whitespace_:
        return None  # "Award-winning journalist", "Tony-winning actor"
    own = next((j for j, t in enumerate(span) if t.tag_ == "POS"), None)
    if own is not None and span[-1].lower_ in org_nouns() and any(
            t.pos_ in _DESCRIBING for t in span[own + 1:-1]):  # "Mr. Trump's [former] campaign"
        span = span[:own + 1] + [t for t in span[own + 1:] if t.pos_ not in _DESCRIBING]
        return "".join(t.text_with_ws for t in span[:-1]) + span[-1].text
    party = party_in(span) if len(span) == 1 else None
    return party.name if party is not None else doc_text(doc)[span[0].idx: span[-1].idx + len(span[-1])]


_PLACE_KEYS = frozenset({"state", "city", "country", "nation", "kingdom", "republic", "party", "house"})


def _untagged_body(pre: list[Token]) -> int | None:
    """Where a capitalised body the model did not tag begins, in the words before a role
    noun: "[European Commission] President" (not "State Sen.", "City Council" or a party)."""
    j = next((j for j, t in enumerate(pre) if t.pos_ == "PROPN" and t.lower_ in org_nouns()
              and t.lower_ not in _PLACE_KEYS and j > 0), None)
    if j is None or any(t.ent_type_ for t in pre[:j + 1]):
        return None
    k = j
    while k > 0 and pre[k - 1].text[:1].isupper() and pre[k - 1].i == pre[k].i - 1 \
            and pre[k - 1].pos_ in ("PROPN", "ADJ"):
        k -= 1
    return k if k < j else None


def _placed(obj: list[Token]) -> bool:
    """A place or a time, not an institution: "in Washington", "at Chapel Hill", "in the 1990s"."""
    words = [t for t in obj if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    return not words or words[0].ent_type_ in _PLACE_TYPES + ("DATE", "TIME") or words[0].is_digit


def _institution(obj: list[Token]) -> bool:
    """An organisation named after "in": "in [the Brennan Center's Democracy Program]", not
    "in [the Democratic primary]" or "in [Republican polls]"."""
    words = [t for t in obj if not t.is_punct]
    words = words[:next((j for j, t in enumerate(words) if t.dep_ == "prep" and j > 0), len(words))]
    return not _placed(obj) and bool(words) and (
        words[-1].ent_type_ in ("ORG", "FAC") or words[-1].lower_ in org_nouns())


def _country_body(pre: list[Token]) -> str | None:
    """A body named by its country and a lower-case noun phrase ("China's foreign ministry
    spokesperson", "Russia's defence ministry spokesman"): that phrase."""
    j = next((j for j, t in enumerate(pre) if t.tag_ == "POS" and j > 0 and pre[j - 1].ent_type_ == "GPE"), None)
    rest = pre[j + 1:] if j is not None else []
    if not rest or rest[-1].lower_ not in org_nouns() or any(t.text[:1].isupper() for t in rest):
        return None
    start = j - 1
    while start > 0 and pre[start - 1].ent_type_ == "GPE" and pre[start - 1].i == pre[start].i - 1:
        start -= 1  # "South Korea's"
    doc = pre[0].doc
    return doc_text(doc)[pre[start].idx: rest[-1].idx + len(rest[-1])]


# verbs of heading a body and the role noun each gives ("who commands KFOR": its commander)
_HEADING = {"command": "commander", "head": "head", "chair": "chair", "direct": "director"}  # (not "lead": "who has
# led the government" would make a prime minister "the leader of its smallest partner")


def headed_body(head: Token) -> tuple[str, Token, str] | None:
    """The body a person heads by a relative clause on the name or on its appositive ("Major
    General Alessandro Ferrante, the Italian officer [who commands KFOR]", "a retired judge
    who heads the committee"): the role noun, the verb and the body's words."""
    nouns = [head] + [c for c in head.children if c.dep_ == "appos"]
    for noun in nouns:
        for verb in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in _HEADING):
            who = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)
            body = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
            if who and body is not None:
                words = [t for t in body.subtree
                         if t.i <= body.i and not (t.i == body.left_edge.i and t.lower_ == "the")]
                return _HEADING[verb.lemma_], verb, " ".join(t.text for t in words)
    return None
