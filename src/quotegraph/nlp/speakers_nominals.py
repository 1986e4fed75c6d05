"""Common-noun mentions ("the spokesman", "the campaign", "a source", "experts").

A definite role noun goes to the named entity the article describes that way
(its title, appositive or predicate), the nearest one first; an organisation noun
to the organisation named with it ("the campaign" -> "the Trump campaign") or whose
name holds it ("the fund" -> "International Monetary Fund"). Indefinite, bare
plural and possessed nouns ("a source", "officials", "his advisers") stay unnamed.
A title-only source at the top of an article ("Secretary of X urged ...") may
name its person in the next sentences (:mod:`.speakers_cataphora`).
"""
from __future__ import annotations

import re

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from .speakers_lexicon import (_lines, capital_country, countries_in, country_code, demonym_noun, gender_words,
                               org_nouns, role_noun, token_role)
from .speakers_model import Context, Entity, Mention
from .speakers_parties import party_in
from .speakers_person_party import party_scope
from .speakers_roles import phrase_tokens, role_from_tokens
from .doctext import doc_text
from .syntax import aged

# words that say a person keeps their name back ("who asked not to be named")
ANONYMOUS = re.compile(r"\b(?:anonymity|anonymously|not to be (?:named|identified)|not be (?:named|identified)"
                       r"|declined to (?:be named|be identified|give (?:his|her|their) (?:full )?name)"
                       r"|name not be used"
                       r"|not authori[sz]ed to (?:speak|discuss|comment|brief))\b")
__all__ = ["ANONYMOUS", "CHAMBERS", "NominalInfo", "describe", "synonyms", "match_person_role", "match_body",
           "proper_mods", "last_before", "named_near", "takes_up", "person_countries", "described_countries",
           "party_conflict", "known_words", "has_role", "sources_holding", "same_rank", "of_names",
           "rank_conflict", "mod_countries", "in_same_source", "definite_role", "title_subject", "modifiers"]

_MEMBERS = {"republican", "democrat", "independent", "conservative", "liberal", "socialist", "tory"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "another", "one", "some", "many", "several", "other", "any", "each",
               "every", "no", "most", "few", "all", "both", "more", "much"}


@lru_cache(maxsize=None)
def _groups() -> list[frozenset[str]]:
    return [frozenset(w.lower() for w in row) for row in _lines("speakers_role_synonyms.tsv")]


def synonyms(noun: str) -> frozenset[str]:
    """The role nouns that name the same position as ``noun`` (itself included)."""
    out = {noun}
    for group in _groups():
        if noun in group:
            out |= group
    return frozenset(out)


def has_role(ent: Entity, role: str) -> bool:
    """Whether the text gives an entity this role noun or one naming the same position."""
    nouns = synonyms(role)
    return any(r.noun in nouns or r.noun.split()[-1] in nouns for r in ent.roles)


def _a_country(poss: Token) -> bool:
    """Whether a possessor is a country ("Kenya's", "the United States'")."""
    words = [t.text for t in poss.subtree if t.dep_ != "case" and t.lower_ != "the"]
    return poss.ent_type_ == "GPE" and country_code(" ".join(words)) is not None


# nouns for a man or a woman that are no honorific (which speakers_gender.tsv lists, and names lose:
# "Boy Scouts" keeps its "Boy")
_NOUN_GENDER = {"man": "m", "boy": "m", "gentleman": "m", "grandson": "m", "woman": "f", "girl": "f",
                "granddaughter": "f"}


def _plural_title(head: Token) -> bool:
    """A title word in the plural the tagger read as a singular proper noun in a title-case
    headline ("Black [Lawmakers] Rip ..."), or a plural title before its adjective."""
    role = role_noun(head.text)
    if head.tag_ == "NNP" and head.i > 0 and head.nbor(-1).tag_ == "NNPS" and head.nbor(-1).dep_ == "compound" \
            and role_noun(head.nbor(-1).text):
        return True  # "The [Captains] Regent", "Attorneys General"
    return head.tag_ == "NNP" and role is not None and head.lower_ == role + "s"


class NominalInfo:
    """What a common-noun phrase is: its head, determiner class, number and kind."""

    def __init__(self, head: Token, tokens: list[Token]) -> None:
        self.head = head
        self.tokens = tokens
        self.lemma = head.lemma_.lower()
        dets = [t.lower_ for t in tokens if t.i < head.i and t.dep_ in ("det", "predet", "nummod", "quantmod")]
        poss = [t for t in head.children if t.dep_ == "poss"]
        # "Kenya's president" is "the Kenyan president": a country owns no one
        of_country = bool(poss) and all(_a_country(t) for t in poss)
        self.possessed = bool(poss) and not of_country
        self.definite = of_country or (any(d in _DEFINITE for d in dets) and not any(d in _INDEFINITE for d in dets))
        self.pair = "both" in dets or any(t.lower_ in ("two", "2") for t in tokens if t.i < head.i)
        self.indefinite = not self.pair and (any(d in _INDEFINITE for d in dets)
                                             or any(t.tag_ == "CD" and t.nbor(1).text != "-"
                                                    for t in tokens if t.i < head.i))
        # collective nouns ("police", "staff") have no plural form yet take plural agreement
        self.collective = head.lower_ == self.lemma and (head.tag_ == "NNS" or self.lemma in ("police",))
        self.plural = head.tag_ in ("NNS", "NNPS") or self.collective or _plural_title(head)
        self.title_only = not dets and not poss and head.text[:1].isupper() and bool(role_noun(head.text))
        self.org = self.lemma if self.lemma in org_nouns(named=True) else None
        self.role = _legislator(head) or role_noun(head.text) or role_noun(self.lemma) or token_role(head) \
            or _compound_role(head) or (_apposed_role(head) if self.org is None else None)
        self.gender = gender_words().get(self.role or "", None) or _NOUN_GENDER.get(self.lemma)
        # "the Alabama Republican": one party member, described like a role holder; "the Norwegian"
        self.member = not self.plural and (
            head.tag_ in ("NNP", "NN") and head.lower_ in _MEMBERS  # "the veteran conservative"
            or head.tag_ == "NNP" and head.ent_type_ == "NORP" and country_code(head.text) is not None
            or head.tag_ == "NNP" and demonym_noun(head.text))  # "the Dutchman", which the model calls ORG
        # "the 54-year-old": one person, described by age alone or with a noun ("the 61-year-old zoologist")
        self.age = aged(head) or not self.org and head.pos_ == "NOUN" and any(aged(t) for t in tokens if t.i < head.i)

    @property
    def kind(self) -> str:
        """The kind of entity the phrase denotes: organisation, person, group or thing."""
        if self.org and not (self.role and _who_relative(self.head)):  # ("a galamsey miner who asked not to be
            return "organisation"  # named": a person, though "the miner" may be a mining company)
        if self.age:
            return "person"
        if self.role or self.indefinite and _who_relative(self.head):  # "A Kestrel dealer ..., who asked not to
            # be named" (not "a partial reversal for the Wisconsin Republican, who had pledged")
            return "group" if self.plural else "person"
        return "group" if self.plural else "thing"

    def text(self) -> str:
        """The phrase as written (without a possessive ending: "the Polish army['s] command")."""
        doc = self.head.doc
        last = self.tokens[-1]
        if last.dep_ == "case" and len(self.tokens) > 1:
            last = self.tokens[-2]
        return doc_text(doc)[self.tokens[0].idx: last.idx + len(last)]


def _who_relative(head: Token) -> bool:
    """Whether a noun's relative clause opens with "who", which only a person takes."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in head.children)


# words for a legislature ("Parliament", "a member of the assembly")
CHAMBERS = frozenset({"parliament", "congress", "senate", "assembly", "legislature", "house", "duma", "knesset"})


def _legislator(head: Token) -> str | None:
    """"lawmaker" for a member of a legislature ("The island's member of parliament")."""
    if head.lemma_.lower() != "member":
        return None
    return "lawmaker" if any(p.lower_ == "of" and any(o.lemma_.lower() in CHAMBERS for o in p.children)
                             for p in head.children) else None


def _compound_role(head: Token) -> str | None:
    """A two-word title whose head alone is none ("the retired [mail] carrier")."""
    prev = head.doc[head.i - 1] if head.i > 0 else None
    if prev is None or prev.dep_ != "compound" or prev.head.i != head.i:
        return None
    return role_noun(f"{prev.text} {head.text}") or role_noun(f"{prev.text} {head.lemma_}")


def _apposed_role(head: Token) -> str | None:
    """The role of an indefinite appositive right after a noun that names none, or the noun
    of one that gives an age ("One participant, [a 79-year-old former postman],"):
    someone of that role."""
    doc = head.doc
    app = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i > head.i + 1
                and doc[c.left_edge.i - 1].text == "," and c.left_edge.lower_ in ("a", "an")), None)
    # (also past "of them": "One of them, a retired schoolteacher from Borgo Maggiore,")
    if app is None:
        return None
    return token_role(app) or (app.lemma_.lower() if any(aged(t) for t in app.subtree if t.i < app.i) else None)


def describe(tok: Token, tokens: list[Token] | None = None) -> NominalInfo:
    """The nominal phrase headed by a token (or made of the given tokens)."""
    return NominalInfo(tok, tokens or phrase_tokens(tok))


def modifiers(info: NominalInfo) -> set[str]:
    """A nominal's modifiers before its head, lower-cased ("the former president": {"former"})."""
    return {t.lower_ for t in info.tokens if t.i < info.head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}


def proper_mods(info: NominalInfo) -> set[str]:
    """Capitalised modifiers of a nominal ("the Republican nominee", "the senator from
    Queensland"): they must fit the referent."""
    return {t.lower_ for t in info.tokens if (t.i < info.head.i or _from_place(t, info.head)) and t.text[:1].isupper()
            and (t.pos_ == "PROPN" or not t.is_sent_start) and not role_noun(t.text) and t.dep_ != "det"}


def _phrase_object(tok: Token, prep: str, head: Token) -> Token | None:
    """The object of the ``prep`` phrase on ``head`` that ``tok`` is, or is compounded onto."""
    obj = tok if tok.dep_ == "pobj" else tok.head if tok.dep_ == "compound" else None
    return obj if obj is not None and obj.head.lower_ == prep and obj.head.head.i == head.i else None


def _from_place(tok: Token, head: Token) -> bool:
    """A proper noun of the "from X" the head governs ("the senator from [New] [York]")."""
    obj = _phrase_object(tok, "from", head)
    return obj is not None and obj.pos_ == "PROPN"


def definite_role(tok: Token) -> bool:
    """A singular role noun with "the" ("the president"), a description to resolve."""
    return tok.tag_ == "NN" and role_noun(tok.text) is not None and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def title_subject(tok: Token) -> bool:
    """A title standing as a subject with "the" or an owner ("the Treasurer was unapologetic",
    "The court's president read"), which the tagger takes for a proper noun: a description
    to resolve."""
    return tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass") and role_noun(tok.text) is not None \
        and tok.i > 0 and (tok.doc[tok.i - 1].lower_ == "the" or tok.doc[tok.i - 1].tag_ == "POS")


def of_names(info: NominalInfo) -> set[str]:
    """Proper nouns of the "of X" or "for X" a role noun governs, which must fit the referent
    too ("the head of [Karangrejo] village" is not the head of a disaster agency, nor "the
    Minister for [Housing]" the Minister for Enterprise)."""
    return {t.lower_ for t in info.tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and not role_noun(t.text)
            and any(_phrase_object(t, prep, info.head) is not None for prep in ("of", "for"))}


def party_conflict(info: NominalInfo, ent: Entity) -> bool:
    """Whether a description names a party other than the one the text gave the person
    ("the CDU leader" for "Olaf Scholz, a Social Democrat")."""
    if ent.party is None:
        return False
    party = party_in(party_scope(info.tokens))
    return party is not None and party.key != ent.party.key


def known_words(ent: Entity) -> set[str]:
    """Lower-case words of an entity's names, role modifiers and affiliations."""
    words = {w.lower().strip(".,'’s") for n in ent.names for w in n.split()}
    for r in ent.roles:
        words |= set(r.mods) | set(r.noun.split()) | set((r.affiliation or "").lower().split())
    return words


def takes_up(info: NominalInfo, earlier: NominalInfo, ent: Entity) -> bool:
    """Whether a description takes up an earlier one of the same noun that named ``ent``:
    its capitalised modifiers must be the earlier one's or the entity's ("the Vermont
    senator" is not "the Florida senator")."""
    if proper_mods(info) - proper_mods(earlier) - known_words(ent) or not same_rank(info, modifiers(earlier)):
        return False  # (nor "the deputy secretary" the secretary)
    # a generic organisation noun's kind must fit too: "the advocacy group" is not "the
    # militant group" (a poll's "50-state" only describes it)
    if not info.org or "near" not in org_nouns(named=True)[info.org]:
        return True
    kinds = {t.lower_ for t in info.tokens if t.i < info.head.i and t.pos_ == "NOUN"}
    return not kinds - modifiers(earlier) - known_words(ent)


def last_mention_before(ent: Entity, tok: int) -> Mention | None:
    """The entity's last mention before token ``tok``."""
    return max((m for m in ent.mentions if m.head < tok), key=lambda m: m.head, default=None)


def last_before(ent: Entity, tok: int) -> int:
    """Head index of the entity's last mention before token ``tok`` (-1 when none)."""
    last = last_mention_before(ent, tok)
    return -1 if last is None else last.head


# modifiers that make a role another post: "the deputy secretary" is not the secretary; "vice"
# both ways ("the president" is not the vice president, while a text may shorten "the deputy
# minister" to "the minister"). ("former" is weighed apart: a text calls a past holder by the
# title alone, "President Bill Clinton".)
_RANKS = frozenset({"vice", "deputy", "assistant", "shadow"})
_BOTH_WAYS = frozenset({"vice", "shadow"})  # "the Treasurer" is no shadow treasurer


def same_rank(info: NominalInfo, words: set[str]) -> bool:
    """Whether a nominal and a description of these words agree on rank ("deputy", "vice")."""
    mods, head = modifiers(info), info.head
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text in ("-", "–") and not doc[head.i - 2].whitespace_ \
            and not doc[head.i - 1].whitespace_:
        mods = mods | {doc[head.i - 2].lower_}  # "the vice-president", which the parse splits
    return not (_RANKS & (mods - words) or _BOTH_WAYS & (words - mods))


def _role_words(role) -> set[str]:
    """The lower-case words of a role's text, hyphenated ones split ("vice-president")."""
    return set(re.findall(r"[a-z]+", role.text.lower())) | set(role.mods)


def rank_conflict(info: NominalInfo, ent: Entity) -> bool:
    """Whether the text gives ``ent`` the nominal's role noun only at another rank ("the
    deputy secretary" for the secretary)."""
    nouns = synonyms(info.role) if info.role else set()
    roles = [r for r in ent.roles if r.noun in nouns or r.noun.split()[-1] in nouns]
    return bool(roles) and not any(same_rank(info, _role_words(r)) for r in roles)


def match_person_role(info: NominalInfo, people: list[Entity]) -> Entity | None:
    """The named person the text describes with this role noun, nearest before the mention.

    Modifiers must agree: "the former president" does not go to someone only
    described as "President"; a gendered noun must fit the person's gender.
    """
    if not info.role:
        return None
    bare = info.title_only and not info.head.is_upper and not any(c.dep_ == "det" for c in info.head.children)
    nouns = synonyms(info.role) if not bare else frozenset({info.role})  # a bare capitalised "Judge": perhaps a
    # surname ("Patty Judge"), never a "justice"
    mods = modifiers(info)
    proper = proper_mods(info) | of_names(info)
    posts = _portfolio(info)
    best: tuple[int, int, Entity] | None = None
    for ent in people:
        if not ent.named or ent.kind != "person":
            continue
        if info.gender and ent.gender and info.gender != ent.gender:
            continue
        roles = [r for r in ent.roles if r.noun in nouns or r.noun.split()[-1] in nouns
                 or info.role == "chief" and r.noun.startswith("chief ") and proper and mods <= proper  # "the
                 # Helmholt chief": its chief executive (not "the rates chief")
                 or r.noun == "counterpart" and mods & r.mods]  # "his Indonesian counterpart": the Indonesian president
        if not roles:
            continue
        known = {w.lower().strip(".,'’s") for n in ent.names for w in n.split()}
        agree = max(len(mods & (r.mods | _text_mods(r) | _words_of(r.affiliation)))  # ("the police spokesperson")
                    - len({"former"} & (mods ^ r.mods)) * 3
                    - (not same_rank(info, _role_words(r))) * 3
                    - 9 * len({w for w in proper - r.mods - set(r.noun.split()) - known - _words_of(r.text)
                               - _words_of(r.affiliation) if not _country_fits(w, r, ent)})
                    - 9 * len(posts - _stems(_role_words(r) | _words_of(r.affiliation)))
                    for r in roles)  # for "Russia's ambassador"; "the plantation minister" is no finance one
        if agree < 0:
            continue
        last = last_mention_before(ent, info.head.i)
        if last is None:
            continue
        plain = any(not _RANKS & (_role_words(r) - mods) for r in roles)  # "the governor": the Governor
        # before an Assistant Governor named since
        key = (agree, plain, last.sent, last.subject, last.head)  # in one sentence, its subject first
        if best is None or key > best[0]:
            best = (key, ent)
    return best[1] if best else None


def _portfolio(info: NominalInfo) -> set[str]:
    """The lower-case nouns compounded onto a nominal's role that name no body ("the
    [plantation] minister", "the [finance] chief"): its post, which the holder's role must
    name too (not "the agency spokesman" for the FBI's), stemmed."""
    return _stems({t.lower_ for t in info.tokens if t.i < info.head.i and t.pos_ == "NOUN" and t.dep_ == "compound"
                   and t.text.islower() and t.is_alpha and org_nouns().get(t.lower_) is None
                   and org_nouns().get(t.lower_[:-1]) is None})


def _stems(words: set[str]) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def _text_mods(role) -> set[str]:
    """The words of a role's whole text that a description's modifier may repeat, its body
    nouns aside ("floor leader of the opposition Democratic Unity Party" is "the opposition
    floor leader", but "party" says nothing about "the ruling party's floor leader")."""
    return _words_of(role.text) - set(org_nouns())


def _country_fits(word: str, role, ent: Entity) -> bool:
    """Whether a proper modifier that names a country fits a role: the role's own country
    ("the Russian ambassador"), or any where neither the role nor its holder has one
    ("the Mexican president" for "President Enrique Peña Nieto"); a party ties one, and so
    does a capitalised word of the role ("a Bavarian MEP" is no Belgian one)."""
    code = country_code(word.title())
    return code is not None and (role.country == code or role.country is None and ent.party is None
                                 and not person_countries(ent)
                                 and all(not w[:1].isupper() or role_noun(w) for w in role.text.split()))


def _words_of(name: str | None) -> set[str]:
    """A name's lower-case words, without possessive endings ("Supreme Court's": court)."""
    return {w[:-2] if w.endswith(("'s", "’s")) else w for w in (name or "").lower().split()}


_NEAR_SENTS = 2


def named_near(ctx: Context, m: Mention) -> Callable[[Entity], bool]:
    """Whether an entity was named as a subject or inside a statement's source in ``m``'s
    sentence or the two before, not counting sentences all quoted ("..., according to the National Golf Foundation. ...,
    the group says"), or spoke in the sentence before through a description ("the association
    said"), for :func:`match_org`."""
    sources = [(st.source.start, st.source.end) for st in ctx.statements if st.source is not None]

    def spoke(c: Mention) -> bool:
        idx = ctx.doc[c.head].idx
        return c.subject or any(a <= idx < b for a, b in sources)

    def near(ent: Entity, loose: bool = False) -> bool:
        return any((c.kind == "name" or c.kind == "nominal" and (loose or c.source and m.sent - c.sent <= 1))
                   and c.head < m.head and ctx.told_since(c.sent, m.sent) <= _NEAR_SENTS and (loose or spoke(c))
                   for c in ent.mentions)
    return near


def mod_countries(info: NominalInfo) -> set[str]:
    """Countries the nominal's modifiers name ("the Estonian government" -> EST), or a
    country or capital in a phrase on an organisation noun ("the government in Riyadh")."""
    found = set(countries_in(" ".join(t.text for t in info.tokens if t.i < info.head.i)))
    if info.org:
        for prep in (c for c in info.head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                place = " ".join(t.text for t in obj.subtree if t.lower_ != "the")
                found |= set(countries_in(place)) | ({capital_country(place)} - {None})
    return found


def match_body(info: NominalInfo, ents: list[Entity]) -> Entity | None:
    """A bare collective body ("police said", without "the") that the article names only
    later ("the Charlotte-Mecklenburg police chief"): the one named organisation whose
    name holds the noun itself, wherever it is; None when there are several."""
    if not (info.collective and info.org) or info.definite:
        return None
    found = [e for e in ents if e.named and e.kind == "organisation"
             and any(info.org in (w.lower() for w in n.split()) for n in e.names)]
    return found[0] if len(found) == 1 else None


def sources_holding(ctx: Context, head: Token) -> list:
    """The statements whose source span holds ``head``."""
    at = head.idx
    return [st for st in ctx.statements if st.source is not None and st.source.start <= at < st.source.end]


def in_same_source(ctx: Context, head: Token, other: int) -> bool:
    """Whether token ``other`` follows ``head`` inside the same statement source
    ("former Pennsylvania Gov. and DNC Chairman Ed Rendell")."""
    b = head.doc[other].idx
    return b > head.idx and any(b < st.source.end for st in sources_holding(ctx, head))


def person_countries(ent: Entity) -> set[str]:
    """Countries the text ties a person to: the entity's own and its roles'."""
    found = {r.country for r in ent.roles if r.country}
    return found | {ent.country} if ent.country else found


def nominal_role(info: NominalInfo):
    """The Role a nominal gives its referent ("Secretary of Iran's High Council ...")."""
    return role_from_tokens(info.tokens, weight=1)


def described_countries(info: NominalInfo) -> set[str]:
    """Countries a person's description names ("The French president", "the deputy head of
    China's delegation", "the Spaniard")."""
    role = nominal_role(info) if info.role else None
    own = {country_code(info.head.text)} if demonym_noun(info.head.text) else set()
    return mod_countries(info) | own | ({role.country} if role is not None and role.country else set())
