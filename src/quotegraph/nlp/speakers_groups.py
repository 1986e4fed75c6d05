"""Plural descriptions that name a group: "both men" and "the two countries" after "A and
B" or the last two named, and "the senators" for the named people the article gives that
role.

A mixin of :class:`~.speakers_resolve.Resolver`: it uses the resolver's entities and the
mentions resolved so far.
"""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_companies import company_like
from .syntax import dateline
from .speakers_model import Context, Entity, Mention, and_list
from .speakers_names import tokens_in
from .speakers_nominals import NominalInfo, last_before, synonyms

__all__ = ["Groups"]

_GROUP_WINDOW = 3
_PAIR_NOUNS = {"man": "person", "woman": "person", "country": "place", "nation": "place"}
_PAIR_GENDER = {"man": "m", "woman": "f"}
_TITLE_POS = frozenset({"PROPN", "ADJ", "DET", "NOUN", "NUM", "PUNCT"})
_AND = frozenset({"and", "&"})
_OPEN = frozenset({"many", "more", "other", "others", "several", "some", "fellow"})
_BUSINESS = frozenset({"company", "firm"})
_PAIR_KEY = (-1,)  # the key of the companies' pair among the named groups


def _title_run(toks: list[Token]) -> bool:
    """Words that may stand before a listed name: titles, "former", "House Speaker", "(D)"."""
    return all(t.pos_ in _TITLE_POS or t.lower_ in _AND for t in toks)


def _glued(gap: list[Token]) -> bool:
    """The words between two listed names: a parenthetical of the first ("(D)"), a comma or
    "and", then the second's title; any other word before the glue is another name or a
    description ("Jason Dana, [Robyn Dawes] and ..." where NER missed a person)."""
    glue = max((j for j, t in enumerate(gap) if t.text == "," or t.lower_ in _AND), default=None)
    if glue is None:
        return False
    depth = 0
    for t in gap[:glue]:
        depth += (t.text == "(") - (t.text == ")")
        if not (t.is_punct or depth > 0):
            return False
    return depth == 0


def _fits(ent: Entity, info: NominalInfo) -> bool:
    """A member's gender does not clash with the pair noun ("both women" is not Trump)."""
    want = _PAIR_GENDER.get(info.lemma)
    return not (want and ent.gender and ent.gender != want)


def _definite_pair(info: NominalInfo) -> bool:
    """"both men", "the two countries"; not "two middle-aged white men who ...", new people."""
    return info.pair and any(t.lower_ in ("the", "both", "these", "those")
                             for t in info.tokens if t.i < info.head.i)



class Groups:
    """Group resolution for plural descriptions (mixed into the resolver)."""

    ctx: Context
    entities: list[Entity]
    done: list[Mention]
    by_tok: dict[int, Mention]
    group_at: dict[int, list[Mention]]
    _role_groups: dict[tuple[int, ...], Entity]
    names: list[Mention]

    def _listed(self, start: int, end: int, ent: Entity) -> Entity | None:
        """People listed as one source where the parse did not join them ("Jason Dana,
        Robyn Dawes and Nathanial Peterson wrote", "Donald Trump and House Speaker Paul
        Ryan said"): their group, when ``ent`` is one of them. Only titles may stand around
        the names, commas between them and "and" before the last; a preposition or a
        clause ("the daughter of Bill and Hillary Clinton", "who voted for JFK and Bill
        Clinton") makes it no list."""
        toks = tokens_in(self.ctx.doc, start, end)
        spans: list[tuple[int, int, Entity]] = []
        for t in toks:
            m = self.by_tok.get(t.i)
            if m is None or m.entity is None or m.entity.kind != "person" or spans and spans[-1][1] > m.start \
                    or all(x.tag_ == "NNPS" or x.ent_type_ == "NORP" for x in self.ctx.doc[m.start:m.end]):
                continue  # an organisation's name in a title ("House Speaker"), "Latinos": no member
            spans.append((m.start, m.end, m.entity))
        members = [e for _, _, e in spans]
        if len(spans) < 2 or len(set(map(id, members))) != len(members) or ent not in members \
                or any(not e.named or e.members or e.plural for e in members):
            return None
        first, last = toks[0].i, toks[-1].i + 1
        doc = self.ctx.doc
        gaps = [doc[first:spans[0][0]]] + [doc[a[1]:b[0]] for a, b in zip(spans, spans[1:])] + [doc[spans[-1][1]:last]]
        if not all(_title_run(list(g)) for g in gaps) or any(t.lower_ in _AND for t in gaps[0]):
            return None
        between = [list(g) for g in gaps[1:-1]]
        if any(t.lower_ in _OPEN for t in between[-1]):
            return None  # "... and many more Latinos", "and other senators": not a list of names
        if not all(_glued(g) for g in between) or not any(t.lower_ in _AND for t in between[-1]) \
                or any(t.lower_ in _AND for g in between[:-1] for t in g):
            return None
        return self._named_group(members, tuple(id(e) for e in members))

    def _named_examples(self, tok: Token) -> Entity | None:
        """A plural description whose examples the text names ("Critics of the program, like
        Senators Charles E. Grassley ... and Patrick J. Leahy, ...", "a few early supporters,
        such as Bob Corker and Lindsey Graham"): the group of those names, which is whom
        the text means (not "Proponents, including the Conference of Mayors": a part)."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return None
        for prep in tok.children:
            like = prep.lower_ == "like" or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and like else None
            group = next((g.entity for g in self.group_at.get(obj.i, [])), None) if obj is not None else None
            if group is not None:
                return group
        return None

    def _group_for(self, m: Mention, info: NominalInfo) -> Entity | None:
        """The named group a definite plural (or pair) description refers to, if any."""
        named_by = info.role or info.org or info.lemma in _PAIR_NOUNS
        if info.plural and (info.definite or _definite_pair(info)) and named_by:  # (not "two doctors from
            # Toronto wrote": new people)
            return self._recent_group(m, info) or self._role_group(info) or self._last_two(m, info) \
                or self._two_companies(m, info)
        return None

    def _two_companies(self, m: Mention, info: NominalInfo) -> Entity | None:
        """A bare "the companies" as a source after a deal between two named companies
        ("Helmholt Software SE agreed to buy Brightwater Analytics Inc. ... , the companies
        said in a joint statement"): the two companies, if no other company was named in the
        article before the first such source; the same two at later ones."""
        if not m.source or info.lemma not in _BUSINESS or len(info.tokens) != 2 or not info.definite:
            return None
        if _PAIR_KEY in self._role_groups:
            return self._role_groups[_PAIR_KEY]
        doc = self.ctx.doc
        named = [e for e in self.entities if e.named and e.kind == "organisation" and not e.members
                 and company_like(e) and last_before(e, info.head.i) >= 0
                 and not all(dateline(doc[x.head]) for x in e.mentions)]  # not "FRANKFURT —"
        if len(named) != 2:
            return None
        named.sort(key=lambda e: min(x.head for x in e.mentions))
        group = self._named_group(named, tuple(id(e) for e in named))
        self._role_groups[_PAIR_KEY] = group
        return group

    def _role_group(self, info: NominalInfo) -> Entity | None:
        """"The candidates": the named people the article describes with that role, if several."""
        if not info.role:
            return None
        nouns = synonyms(info.role)
        members = [e for e in self.entities if e.named and e.kind == "person" and not e.members
                   and any(r.noun in nouns for r in e.roles) and last_before(e, info.head.i) >= 0]
        if len(members) < 2 or len(members) > 3:
            return None
        return self._named_group(members, tuple(sorted(id(e) for e in members)))

    def _named_group(self, members: list[Entity], key: tuple[int, ...]) -> Entity:
        """One named group per set of members ("Charles Grassley and Patrick Leahy")."""
        if key not in self._role_groups:
            group = Entity(kind="group", named=True, plural=True, members=members)
            group.add_name(and_list([e.canonical() or "" for e in members]))
            self._role_groups[key] = group
        return self._role_groups[key]

    def _recent_group(self, m: Mention, info: NominalInfo) -> Entity | None:
        """The last "A and B" group of people (or places) within the last sentences, for "both
        men", "the two countries", or a role its members have ("the senators")."""
        kind = "place" if info.org else "person"
        nouns = synonyms(info.role) if info.role else frozenset()
        for c in reversed(self.done):
            if m.sent - c.sent > _GROUP_WINDOW:
                break
            ent = c.entity
            if ent is None or not ent.members or ent.members[0].kind != kind:
                continue
            if not all(_fits(e, info) for e in ent.members):
                continue
            if _definite_pair(info) or any(r.noun in nouns for e in ent.members for r in e.roles):
                return ent
        return None

    def _last_two(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"both men", "the two countries" with no "A and B" before them: the last two
        named people (or countries) of the last sentences, as a group, whether they spoke or
        were only named ("General Sao Kham Leng met Dr Nan Aye Myat ... . In a joint
        statement, the two leaders said"); a sentence all in quotation marks does not count."""
        if not _definite_pair(info):
            return None
        kind = _PAIR_NOUNS.get(info.lemma) or ("place" if info.org else "person")
        members: list[Entity] = []
        seen = {id(c): c for c in [*self.done, *self.names] if c.head < info.head.i}
        for c in sorted(seen.values(), key=lambda c: c.head, reverse=True):
            if self.ctx.told_since(c.sent, m.sent) > _GROUP_WINDOW or len(members) == 2:
                break
            ent = c.entity
            if ent is not None and ent.named and ent.kind == kind and not ent.members and ent not in members \
                    and _fits(ent, info):
                members.append(ent)
        if len(members) < 2:
            return None
        members.sort(key=lambda e: min(x.head for x in e.mentions) if e.mentions else 0)
        return self._named_group(members, tuple(id(e) for e in members))
