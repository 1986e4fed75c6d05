"""Descriptions of named entities: titles before a name ("Secretary of State John
Kerry"), appositives ("Brian Fallon, a spokesman for the campaign"; "the former
president, Bill Clinton"), predicates ("X is the mayor of ..."), and the role,
affiliation and country each description gives.

Organisations named through a person or place plus an organisation noun are found in
:mod:`.speakers_org_compounds`; the words of a description's phrase are chosen in
:mod:`.speakers_phrases`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .speakers_role_orgs import headed_body, role_affiliation
from .speakers_lexicon import (abstract_noun, countries_in, given_names, glued_hyphen, hyphen_start, kin_nouns,
                               org_nouns, region_country, role_noun, titles, token_role)
from .speakers_model import Context, Mention, Role
from .speakers_person_party import person_party
from .speakers_phrases import MAX_ROLE_TOKENS, name_coordination, opens_quotation, phrase_tokens
from .doctext import doc_text
from .openers import after_opener_object
from .syntax import finite, spaced_dash

__all__ = ["role_from_tokens", "harvest_roles", "misread_appositive", "phrase_tokens"]

_DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "``"})
def _title_index(tokens: list[Token]) -> int | None:
    """Position of the role noun in a phrase: its syntactic head if a title, else the
    rightmost title before any preposition, else any title word."""
    ids = {t.i for t in tokens}
    heads = [k for k, t in enumerate(tokens) if t.head.i not in ids or t.head.i == t.i]
    for k in heads:
        if token_role(tokens[k]) and tokens[k].pos_ in ("NOUN", "PROPN"):
            return k
    before_prep = []
    for k, t in enumerate(tokens):
        if t.dep_ == "prep" or t.tag_ == "IN":
            break
        before_prep.append(k)
    for k in reversed(before_prep):
        if token_role(tokens[k]):
            return k
    return next((k for k, t in enumerate(tokens) if token_role(t) and t.ent_type_ not in ("ORG", "FAC")), None)


def _as_before(tokens: list[Token], k: int) -> int | None:
    """Position of an "as" the title word ``tokens[k]`` hangs from in a phrase about the
    holder's own doings ("her use of ... as secretary of state", "his years as governor"; not
    "Silicon Valley's first choice as president"), if one does."""
    if tokens[0].tag_ != "PRP$":
        return None
    head = tokens[k].head
    for j in range(k - 1, -1, -1):
        if tokens[j].lower_ == "as" and tokens[j].i == head.i:
            return j
    return None


def _two_word_title(tokens: list[Token], k: int) -> tuple[str, int]:
    """The role noun at ``tokens[k]``, with the word before or after it where the two make one
    title ("chief justice", "Chief Executive" whose first word the parse made the head), or
    the two before it ("chief operating officer"), and the position of its first word."""
    noun = token_role(tokens[k]) or tokens[k].lower_
    if k > 1 and f"{tokens[k - 2].lower_} {tokens[k - 1].lower_} {noun}" in titles():
        return f"{tokens[k - 2].lower_} {tokens[k - 1].lower_} {noun}", k - 2  # "Chief Financial Officer"
    if k > 0 and f"{tokens[k - 1].lower_} {noun}" in titles():
        return f"{tokens[k - 1].lower_} {noun}", k - 1
    if k > 1 and tokens[k - 1].text == "-" and f"{tokens[k - 2].lower_} {noun}" in titles():
        return f"{tokens[k - 2].lower_} {noun}", k - 2  # "vice-president", split at its hyphen
    if k + 1 < len(tokens) and f"{noun} {tokens[k + 1].lower_}" in titles():
        return f"{noun} {tokens[k + 1].lower_}", k
    return noun, k


_ADDRESS = frozenset({"dr.", "dr", "prof.", "rev.", "mr.", "mrs.", "ms."})


def _abbreviation_stop(tokens: list[Token]) -> bool:
    """The full stop of a rank the tokenizer split off ("Col" + "."), glued to it."""
    if len(tokens) < 2 or tokens[-1].text != ".":
        return False
    prev = tokens[-2]
    return not prev.whitespace_ and prev.text.istitle() and prev.is_alpha and len(prev.text) <= 4


def role_from_tokens(tokens: list[Token], weight: int = 2, any_noun: bool = False) -> Role | None:
    """A Role from a descriptive phrase, or None when it names no role noun
    (with ``any_noun``, the phrase's head noun serves: "playwright-in-residence")."""
    # "Its president, Faith Odhiambo" is "president" of the body "its" is (the affiliation);
    # "his daughter", "her rival" keep whose they are
    while tokens and (tokens[0].dep_ in ("det", "punct", "predet") or tokens[0].lower_ in ("the", "a", "an", "its")
                      or tokens[0].lower_ in ("one", "another") and len(tokens) > 1 and tokens[0].whitespace_
                      and tokens[1].lower_ != "of") \
            and not opens_quotation(tokens):  # "[One] attendee"
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "case") and not _abbreviation_stop(tokens):
        tokens = tokens[:-1]  # "the Polish army's"; not the stop of "Col." split off
    while len(tokens) > 1 and tokens[-1].lower_ in _ADDRESS and any(  # "GOP presidential candidate [Dr.]"
            role_noun(t.text) for t in tokens[:-1]):
        tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].lower_ == "the":
            tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_ROLE_TOKENS:
        return None
    if tokens[0].tag_ in ("WP", "WP$", "WDT") and tokens[0].text.islower():
        return None  # "whose war heroism": a relative clause, no role ("WHO Director-General" is one)
    ids = {t.i for t in tokens}
    head = next((j for j, t in enumerate(tokens) if t.pos_ == "NOUN" and t.head.i not in ids), None)
    if head is not None and abstract_noun(tokens[head]):
        return None  # "Ted, [a suggestion] from Mr. Cruz's mother": a thing, not a role
    k = _title_index(tokens)
    if k is None and any_noun:
        k = head
    if k is None:
        return None
    as_at = _as_before(tokens, k)
    if as_at is not None:  # "[her use of a private email server as] secretary of state": the role
        tokens, k = tokens[as_at + 1:], k - as_at - 1  # is what "as" introduces
    tokens = tokens[:next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), len(tokens))]
    doc = tokens[0].doc
    text = doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]
    noun, first = _two_word_title(tokens, k)
    mods = frozenset(t.lower_ for t in tokens[:first] if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB"))
    keep_first = first == k or tokens[first].lower_ in org_nouns()  # "[Clinton campaign] manager"
    affiliation = role_affiliation(tokens, k) if keep_first else role_affiliation(tokens[:first] + tokens[k:], first)
    codes = countries_in(_own_country_text(tokens))
    return Role(text=" ".join(text.split()), noun=noun, mods=mods,
                affiliation=affiliation, country=codes[0] if codes else None,
                at=tokens[k].i, weight=weight)


# prepositions whose object is what a role deals with, not where its holder is from:
# "an expert on Syria", "ambassador to Russia", "negotiator with Iran"
_TOPIC_PREPS = frozenset({"on", "about", "to", "toward", "towards", "against", "with", "over", "into"})
_ORIGIN_NOUNS = frozenset({"immigrant", "migrant", "refugee", "exile", "emigre", "émigré"})
_TOPIC_NOUNS = frozenset({"expert", "analyst", "specialist", "scholar", "watcher", "hand", "envoy", "hawk", "dove",
                          "correspondent", "bureau"})


def _own_country_text(tokens: list[Token]) -> str:
    """The words of a role that can give its holder's country: not a topic ("an expert on
    [Syria]", "a [Russia] analyst"), a destination ("ambassador to [Russia]") or a parent's
    ("son of [Dominican] immigrants")."""
    ids = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPS and t.head.i in ids:
            drop |= {x.i for x in t.subtree}
        if t.dep_ == "compound" and t.head.lower_ in _TOPIC_NOUNS and "." not in t.text:
            drop |= {x.i for x in t.subtree}  # "a [Russia] analyst"; a "U.S. climate envoy" is American
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.i in ids and t.head.lower_ in kin_nouns() \
                and any(c.dep_ == "pobj" and c.lemma_.lower() in _ORIGIN_NOUNS for c in t.children):
            drop |= {x.i for x in t.subtree}  # "the son of [Dominican] immigrants": the parents' country
        if t.dep_ == "pobj" and t.head.i in ids and any(name_coordination(t, c) for c in t.children):
            drop |= {x.i for x in t.subtree}  # "CEO of [Iraq and Afghanistan Veterans of America]": a name
    doc = tokens[0].doc
    return " ".join(t.text for t in doc[tokens[0].i: tokens[-1].i + 1] if t.i not in drop)


_TITLE_WORDS = 6
_TITLE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH"})


def _pre_name(m: Mention, doc) -> list[Token]:
    """Title tokens right before a name, inside its noun phrase ("Clinton campaign spokesman")."""
    head = doc[m.head]
    left = sorted((t for t in head.subtree if t.i < m.start), key=lambda t: t.i)
    if m.start > 0 and not any(t.i == m.start - 1 for t in left) and token_role(doc[m.start - 1]) \
            and doc[m.start - 1].pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("det", "poss") for c in doc[m.start - 1].children):
        left = []  # a bare title the parse hung elsewhere ("On the channel TéléSud, Green co-chair Ann De
        for t in reversed(doc[max(m.start - _TITLE_WORDS, 0): m.start]):  # Wulf said", its "chair" an
            if t.tag_ not in _TITLE_TAGS and t.text not in ("-", "–"):  # appositive of "channel")
                break
            left.insert(0, t)
            if t.is_sent_start:
                break
    run: list[Token] = []
    for t in reversed(left):
        if t.i != (run[0].i - 1 if run else m.start - 1):
            break
        if t.text in (",", "(", ")", ";", ":") or t.dep_ == "det" and t.i < m.start - 1 and not run:
            break
        if spaced_dash(t):
            break  # a dateline: "CONCORD, N.H. - Sen. Bernie Sanders"
        if t.tag_ in ("VBD", "VBZ", "VBP"):
            break  # "Ishiba defeated economic security minister [Sanae Takaichi]", misread as one phrase
        if t.tag_ == "CC" and not t.ent_type_ and t.i > 0 and doc[t.i - 1].ent_type_ in ("PERSON", "ORG") \
                and doc[t.i - 1].pos_ == "PROPN":
            break  # "both Trump and Democratic front-runner [Hillary Clinton]": another name (not "Health and
            # Human Services Secretary", which the model tags as one body)
        run.insert(0, t)
    cut = max((j for j, t in enumerate(run) if t.text in (",", "(")), default=-1)
    run = run[cut + 1:]
    k = run[0].i if run else m.start
    if run and k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 1].head.i == k - 2 and token_role(doc[k - 2]) \
            and doc[k - 2].text[:1].isupper() and head.head.i == k - 1:
        run = [doc[k - 2], doc[k - 1]] + run  # "[Speaker of the House] Lajos Kertész-Halmi", its name hung on "of"
    return _hyphen_opened(run) if run else run


def _hyphen_opened(run: list[Token]) -> list[Token]:
    """A title run with the first pieces of its first hyphenated word, and a proper noun on
    them, that the parse hung elsewhere ("Green co-chair Ann De Wulf": "Green", "co", "-")."""
    doc, start = run[0].doc, hyphen_start(run[0])
    if start == run[0].i:
        return run
    before = doc[start - 1] if start > 0 else None
    opened = [before] if before is not None and before.tag_ == "NNP" and before.head.i == start \
        and not before.ent_type_ else []
    return [*opened, *doc[start: run[0].i], *run]


def _described(tokens: list[Token]) -> bool:
    """An appositive that reads as a description: a title word, or "a/the/X's <singular noun>"
    (not a mis-attached list item such as "— events that ...")."""
    if any(role_noun(t.text) for t in tokens):
        return True
    return bool(tokens) and (tokens[0].dep_ in ("det", "poss") or tokens[0].tag_ == "PRP$") and any(
        t.tag_ == "NN" and t.head.i not in {x.i for x in tokens} for t in tokens)


def misread_appositive(tok: Token) -> bool:
    """An "appositive" that is really the subject of the verb right after it: "In an
    interview with hosts A and B, [the candidate] stated that ...", where the parse hangs
    "the candidate" on B and leaves "stated" without a subject."""
    if tok.dep_ != "appos":
        return False
    nxt = tok.right_edge.i + 1
    doc = tok.doc
    if nxt >= len(doc):
        return False
    verb = doc[nxt]
    while verb.dep_ in ("aux", "neg", "advmod") and verb.head.i > verb.i:
        verb = verb.head
    if not (finite(verb) and verb.pos_ in ("VERB", "AUX")):
        return False
    name = tok.head  # "Under questioning from the prosecutor, Elena De Filippis, [the witness] said"
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.i == verb.i and name.ent_type_ == "PERSON" \
            and after_opener_object(doc, name.left_edge.i):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


# "I met your best friend, Betsy", 'Sanders has been "a tremendously important part of my caucus"':
# a description told from a quoted speaker's place is nobody's role
_SPEAKER_RELATIVE = frozenset({"my", "your", "our"})


def _appositive_roles(m: Mention, doc) -> list[list[Token]]:
    head = doc[m.head]
    out = [phrase_tokens(c) for c in head.children
           if c.dep_ == "appos" and (c.pos_ == "NOUN" or _capitalised_title(c)) and not misread_appositive(c)
           and not _name_between(m, c)
           and not _clause_between(m, c)]
    out = [toks for toks in (_through_hyphen(t) for t in out) if _described(toks)
           and (not m.quoted or any(role_noun(t.text) for t in toks))]
    # in a quotation only a title word: '"a judge who is a hater of Donald Trump, a hater"'
    if head.dep_ == "appos" and (head.head.pos_ == "NOUN" or token_role(head.head)) and not _place_before(m, head) \
            and head.head.i < m.start \
            and head.head.lemma_ not in ("name", "nickname") \
            and (m.start == 0 or doc[m.start - 1].text != "(" or role_noun(head.head.text)) \
            and (m.quoted or not any(doc[k].text in _DOUBLE_MARKS for k in range(head.head.i, m.start))):
        # no role in "gave only her first name, Maria", nor from a quotation: '“... the president,” Flynn',
        # nor from "candidates who would bar Muslims from the country (Donald J. Trump)"
        own = {t.i for t in head.subtree}
        out.append([t for t in phrase_tokens(head.head) if t.i not in own and t.i < m.start])
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be" and not m.quoted:
        out += [phrase_tokens(c) for c in head.head.children if c.dep_ == "attr" and c.tag_ == "NN"
                and token_role(c)]  # "X is a lawyer", not "X was the winner of Monday's debate"
    out += _role_hung_under(m, doc)
    return [_glued_before(toks) for toks in out if not any(t.lower_ in _SPEAKER_RELATIVE for t in toks)]


_PLACE_PREPS = frozenset({"at", "in", "on", "outside", "inside", "near", "behind", "beside", "across", "along"})


def _place_before(m: Mention, head: Token) -> bool:
    """Whether the noun a person's name is in apposition to is a place a preposition names,
    no description of them ("outside the plant's main gate, Amanpreet Sidhu, ... said";
    "turned to a Western conservative, Ronald Reagan" is one)."""
    noun = head.head
    return m.entity is not None and m.entity.kind == "person" and noun.dep_ == "pobj" \
        and noun.head.lower_ in _PLACE_PREPS and not token_role(noun)


def _through_hyphen(tokens: list[Token]) -> list[Token]:
    """An appositive the parse cut at a hyphen inside its last word, with the rest of that
    word and what hangs on it ("Quillfinch's [co]-founder and chief executive": the parse's
    three appositives "co", "-", "founder")."""
    if not tokens:
        return tokens
    doc, last = tokens[0].doc, tokens[-1]
    k = last.i + 1
    if k + 1 >= len(doc) or not glued_hyphen(doc[k]) or doc[k + 1].head.i != last.head.i \
            or doc[k + 1].dep_ != last.dep_:
        return tokens
    rest = [t for t in doc[k + 1].subtree if t.i > k]
    cut = next((j for j, t in enumerate(rest) if t.is_quote or t.dep_ in ("relcl", "acl")
                or t.tag_ in ("WP", "WDT")), len(rest))  # (not "who once backed ...", nor a book's title)
    return [*tokens, doc[k], *rest[:cut]]


def _glued_before(tokens: list[Token]) -> list[Token]:
    """A phrase with the pieces of a hyphenated word the parse split off before it ("the
    company's [vice-]president of operations", three appositives to the parse)."""
    if not tokens:
        return tokens
    return list(tokens[0].doc[hyphen_start(tokens[0]):tokens[0].i]) + tokens


def _role_hung_under(m: Mention, doc) -> list[list[Token]]:
    """A description after a name and a comma that the parse made the name's head
    ("Mohamed El-Erian, chief economic adviser at Allianz, wrote": "Erian" as a modifier of
    "adviser")."""
    head = doc[m.head]
    noun = head.head
    if head.dep_ not in ("amod", "compound", "nmod", "poss") or noun.i < m.end or noun.pos_ != "NOUN" \
            or doc[m.end].text != "," or role_noun(noun.text) is None:
        return []
    toks = [t for t in phrase_tokens(noun) if t.i > m.end]
    return [toks] if toks and toks[0].i == m.end + 1 else []


def _capitalised_title(tok: Token) -> bool:
    """A title the tagger read as a proper noun, set off after a name with its article:
    "Filippo Grandi, the UN High [Commissioner] for Refugees"; "Bartosz Kęszycki, an
    opposition [MP]"."""
    return tok.pos_ == "PROPN" and role_noun(tok.text) is not None and tok.ent_type_ not in ("PERSON", "GPE") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children) \
        and not any(c.lower_ in ("next", "future") for c in tok.children)  # "make Trump the next Commander in Chief"


def _clause_between(m: Mention, appos: Token) -> bool:
    """A verb between a name and its appositive: the parse hung a comment on the whole
    sentence on its subject ("Podliska alleges that he was fired ..., a claim that ...")."""
    doc = appos.doc
    return any(doc[k].pos_ in ("VERB", "AUX") for k in range(m.end, appos.left_edge.i))


def _name_between(m: Mention, appos: Token) -> bool:
    """Whether another person is named between a name and its "appositive" ("Emanuel - who
    fired McCarthy, the Chicago police chief": the chief is McCarthy)."""
    doc = appos.doc
    return any(doc[i].ent_type_ == "PERSON" for i in range(m.end, appos.left_edge.i))


def _coordinated_roles(m: Mention, appositives: list[list[Token]]) -> list[list[Token]]:
    """The second description coordinated with a name's appositive ("Vasanti Malik, the
    study's lead author [and a research scientist at the Harvard T.H. Chan School]")."""
    return [phrase_tokens(g) for toks in appositives for t in toks if t.dep_ == "appos" and t.head.i == m.head
            for g in t.children if g.dep_ == "conj" and g.pos_ == "NOUN" and role_noun(g.text)]


def harvest_roles(ctx: Context, mentions: list[Mention]) -> None:
    """Attach the roles the text gives next to each named mention, and a person's party.
    A second, coordinated description only ever gives an affiliation the others lack (its
    weight is 0, and it gives no country)."""
    doc = ctx.doc
    for m in mentions:
        if m.entity is None or m.entity.kind not in ("person", "organisation"):
            continue
        pre = [_pre_name(m, doc)] if m.entity.kind == "person" else []
        appositives = _appositive_roles(m, doc)
        second = _coordinated_roles(m, appositives) if m.entity.kind == "person" else []
        for k, toks in enumerate(pre + appositives + second):
            any_noun = k >= len(pre)
            role = role_from_tokens(toks, any_noun=any_noun) if toks else None
            if role is not None and m.entity.kind == "person" and doc[role.at].tag_ == "NNS":
                continue  # "the more establishment candidates -- Marco Rubio and Jeb Bush": no one's role
            if role is not None and k >= len(pre) + len(appositives):
                role = replace(role, weight=0, country=None)
            if role is not None and all(r.at != role.at for r in m.entity.roles):
                m.entity.roles.append(role)
        installed = _installed_as(m, doc) if m.entity.kind == "person" and not m.quoted else None
        role = role_from_tokens(installed, weight=1) if installed else None
        if role is not None and all(r.at != role.at for r in m.entity.roles):
            m.entity.roles.append(role)  # "Dissawa ... was sworn in as minister of finance"
        headed = headed_body(doc[m.head]) if m.entity.kind == "person" and not m.quoted else None
        if headed is not None and all(r.at != headed[1].i for r in m.entity.roles):
            noun, verb, body = headed  # "the Italian officer who commands KFOR": KFOR's commander
            m.entity.roles.append(Role(text=f"{noun} of {body}", noun=noun, mods=frozenset(), affiliation=body,
                                       country=None, at=verb.i, weight=1))
        if m.entity.kind == "person" and m.entity.party is None and not m.quoted:
            named = [phrase_tokens(c) for c in doc[m.head].children if c.dep_ == "appos" and c.tag_ == "NNP"]
            m.entity.party = person_party(m, doc, pre + appositives + second + named)
        if m.entity.kind == "person" and m.entity.member_of is None and not m.quoted:
            m.entity.member_of = _organisation_after(m, doc) or _organisation_before(m, doc)
        if m.entity.kind == "person" and m.entity.country is None and not m.quoted:
            m.entity.country = _region_after(m, doc)


_INSTALLING = frozenset({"swear", "appoint", "name", "elect", "confirm", "install", "nominate"})


def _installed_as(m: Mention, doc) -> list[Token] | None:
    """The post a person takes up in the text's own words: "X was sworn in as [minister of
    finance]", "was appointed as", "X becomes [state minister for northern development]"."""
    head = doc[m.head]
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "become":
        post = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    elif head.dep_ == "nsubjpass" and verb.lemma_ in _INSTALLING:
        heads = [verb] + [c for c in verb.children if c.dep_ == "prt"]  # ("sworn [in] as")
        preps = [g for c in heads for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]
        post = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)
    else:
        return None
    if post is None or post.pos_ != "NOUN" or not role_noun(post.text) and not token_role(post):
        return None
    return phrase_tokens(post)


def _region_after(m: Mention, doc) -> str | None:
    """The country of a state or province named by "of" right after a person's name ("Sen.
    JD Vance of Ohio": USA)."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
        return None
    ent = next((e for e in doc.ents if e.start == m.end + 1 and e.label_ == "GPE"), None)
    return region_country(ent.text, whole=True) if ent is not None else None


def _organisation_after(m: Mention, doc) -> str | None:
    """The organisation named by "of [the] ..." right after a person's name ("Michael
    O'Hanlon of the Brookings Institution"); not a place ("Ted Cruz of Texas")."""
    j = m.end
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    ent = next((e for e in doc.ents if e.start <= j + 1 and j < e.end), None)
    if ent is None and doc[j].lower_ == "the":
        return _untagged_organisation(doc, doc[j - 1])
    if ent is None or ent.label_ != "ORG" or ent.start < j or (ent.start == j + 1 and doc[j].lower_ != "the") \
            or ent[-1].lower_ in _PLACE_LAST_WORDS:
        return None  # (a home town the tagger took for an organisation: "Jolly of Indian Shores")
    toks = [t for t in ent if t.lower_ != "the"]
    gap = 0 if ent[-1].lower_ == "of" else 1  # "the Armenian Patriarchate of Jerusalem", cut before or after "of"
    place = next((e for e in doc.ents if e.start == ent.end + gap and e.label_ == "GPE"), None)
    if toks and place is not None and (gap == 0 or doc[ent.end].lower_ == "of"):
        toks += list(doc[ent.end:place.end])
    return doc_text(doc)[toks[0].idx: toks[-1].idx + len(toks[-1])] if toks else None


# the last word of a place's name, which the tagger may take for an organisation's
_PLACE_LAST_WORDS = frozenset({"shores", "beach", "springs", "heights", "falls", "hills", "valley", "township",
                               "village", "harbor", "harbour", "bay", "island", "islands", "lakes", "county"})
# the last word of an organisation's name the tagger may miss after "of the" (not "News", "Times" and
# such, which title-case headlines use as plain words)
_ORG_LAST_WORDS = frozenset({"institute", "institution", "university", "college", "foundation", "center", "centre",
                             "association", "society", "academy", "council", "federation", "commission",
                             "committee", "agency", "authority", "bureau", "hospital", "clinic", "laboratory",
                             "observatory", "corporation", "coalition", "alliance", "league", "fund", "trust"})


def _untagged_organisation(doc, of: Token) -> str | None:
    """The capitalised name after "of the" that the tagger missed, when it ends in an
    organisation's word ("Dr. Peter Kistler of the Baker Heart and Diabetes Institute")."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.tag_ != "NNP" or obj.lower_ not in _ORG_LAST_WORDS:
        return None
    words = [t for t in doc[obj.left_edge.i:obj.i + 1] if t.dep_ != "det"]
    if not words or any(t.tag_ != "NNP" and t.dep_ != "cc" for t in words) or words[0].dep_ == "cc":
        return None
    tail = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in tail.children if c.dep_ == "pobj"), None) if tail is not None else None
    if place is not None and place.ent_type_ == "GPE":  # "of the University of Chicago"
        words += list(doc[tail.i:place.right_edge.i + 1])
    return doc_text(doc)[words[0].idx: words[-1].idx + len(words[-1])]


def _organisation_before(m: Mention, doc) -> str | None:
    """The organisation whose possessive comes right before a person's name ("Fox's
    Chris Wallace", "HuffPost Live's Alyona Minkovski"); not a place's ("Texas's")."""
    j = m.start - 1
    if j < 1 or doc[j].tag_ != "POS":
        return None
    whole = next((e for e in doc.ents if e.start < j < e.end and e.label_ in ("ORG", "PERSON")), None)
    if whole is not None and doc[m.start].lower_ in given_names():  # "[Breitbart’s Joel Pollak]": one name for both
        return _owner_in_run(doc, whole.start, j)
    ent = next((e for e in doc.ents if e.end == j), None)
    if ent is None or ent.label_ != "ORG" or ent[-1].pos_ != "PROPN":
        return None  # not "the GOP race's John Kasich"
    toks = [t for t in ent if t.lower_ != "the"]
    return doc_text(doc)[toks[0].idx: toks[-1].idx + len(toks[-1])] if toks else None


def _owner_in_run(doc, start: int, pos: int) -> str | None:
    """The owner before the "'s" at ``pos`` of a name the model ran together from ``start``
    ("[Breitbart’s Joel Pollak]": Breitbart), as written; none that is no proper name."""
    toks = [t for t in doc[max(start, doc[pos - 1].left_edge.i):pos] if t.lower_ != "the"]
    while toks and toks[0].tag_.startswith("VB"):
        toks = toks[1:]  # "[Follow] Breitbart’s Joel Pollak": a sharing button's verb
    if not toks or toks[-1].pos_ != "PROPN":
        return None
    return doc_text(doc)[toks[0].idx: toks[-1].idx + len(toks[-1])]
