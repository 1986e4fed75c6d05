"""The resolution pass: read every mention in document order and give it an entity.

Names are known beforehand; pronouns, common nouns in subject position, relative
pronouns and every statement's source head are resolved as they come, so that
each resolved mention adds to the salience of its entity for what follows.
First-person sources wait until the end: they take the speaker of the statement
whose content holds them."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .doctext import doc_text
from .paragraphs import story_starts
from .speakers_affiliations import described_body, field_affiliations, noun_affiliations
from .speakers_binding import Binding
from .speakers_first import FirstPerson
from .speakers_groups import Groups
from .speakers_descriptions import Descriptions, withholds_name
from .speakers_referents import Referents, dateline_between, listed
from .speakers_org_match import classed_body, court_part, match_org, spelled_out
from .speakers_relatives import Relatives
from .speakers_source_ties import SourceTies
from .speakers_lexicon import (MEMBER_BODIES, OWNERS_VOICE, PRONOUNS, document_nouns, org_nouns, role_noun,
                               seat_bodies, staff_nouns, time_noun)
from .speakers_model import Context, Entity, Mention, and_list
from .speakers_clusters import cluster_names, infer_gender
from .speakers_names import tokens_in, find_names, source_root, split_word_end
from .speakers_nominal_names import appositive_person, name_after, person_named_in
from .speakers_cataphora import cataphor, headline_source, lead_role_holder
from .speakers_nominals import (CHAMBERS, NominalInfo, definite_role, describe, match_body, match_person_role,
                                named_near, last_before, title_subject)
from .speakers_pronouns import compatible, salience_pick, source_content
from .speakers_org_compounds import org_compounds
from .speakers_roles import harvest_roles, misread_appositive, phrase_tokens, role_from_tokens

__all__ = ["Resolver"]

_RELATIVE = {"who", "which", "that", "whom", "whose"}
_DISTRIBUTIVE = {"each", "both"}
_LEARN_MARGIN = 2.5
_GENDER_VOTES = 2
_OBJECTS = ("dobj", "pobj", "attr")  # plural objects compete for "they" ("my friends ... They had")


def _body(ent: Entity) -> bool:
    """A place, or an organisation whose name holds an organisation noun or names a chamber
    ("Parliament"; not "Pastor Darrell Scott", which the small model may take for one)."""
    return ent.kind == "place" or ent.kind == "organisation" and any(
        w.lower() in org_nouns() or w.lower() in CHAMBERS for n in ent.names for w in n.split())


_PLACE_NOUNS = frozenset({"state", "city", "country", "nation", "town", "county", "region", "province", "capital"})


_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})  # whose object is where, not who


class Resolver(SourceTies, FirstPerson, Groups, Descriptions, Referents, Binding, Relatives):
    """Resolves the mentions of one article (see module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.names = find_names(ctx)
        self.entities: list[Entity] = cluster_names(ctx, self.names)
        harvest_roles(ctx, self.names)
        for ent in self.entities:
            if ent.kind == "person":
                infer_gender(ent)
        compounds = org_compounds(ctx, self.names)
        for m in compounds:
            if m.entity not in self.entities:
                self.entities.append(m.entity)
        self.by_tok: dict[int, Mention] = {}
        for m in self.names + compounds:
            for i in range(m.start, m.end):
                self.by_tok.setdefault(i, m)
        self.group_at = self._groups()
        self.done: list[Mention] = []  # resolved mentions of the story being read
        self.earlier: list[Mention] = []  # those of a roundup's stories before it
        self.floor = 0  # the first token of the story being read
        self.at: dict[int, Mention] = {}  # head token -> resolved mention
        self.phrase: dict[int, list[Token]] = {}  # title-led source head -> the source's tokens
        self.roots: list[Token | None] = [self._source_head(st.source) if st.source else None
                                          for st in ctx.statements]
        self.source_heads = {r.i for r in self.roots if r is not None}
        self._stmt_cache: dict[int, Entity | None] = {}
        self.margins: dict[int, float] = {}  # pronoun head -> how far its pick led the next
        self._author: Entity | None = None
        self._generics: dict[str, Entity] = {}
        self._role_groups: dict[tuple[int, ...], Entity] = {}

    # ------------------------------------------------------------------ driving
    def run(self) -> None:
        """Resolve every mention in document order, twice: the first pass teaches the
        genders of people that only pronouns reveal ("Christie ... he")."""
        base = {id(e): list(e.mentions) for e in self.entities}
        self._pass()
        votes: dict[int, set[str]] = {}
        counts: dict[int, int] = {}
        for m in self.earlier + self.done:
            ent = m.entity
            gender = PRONOUNS.get(self.ctx.doc[m.head].lower_, (0, "", None))[2]
            if m.kind == "pronoun" and ent is not None and ent.named and gender in ("m", "f") \
                    and self.margins.get(m.head, 0.0) >= _LEARN_MARGIN:
                votes.setdefault(id(ent), set()).add(gender)
                counts[id(ent)] = counts.get(id(ent), 0) + 1
        for ent in self.entities:
            if ent.kind == "person" and ent.gender is None and len(votes.get(id(ent), ())) == 1 \
                    and counts[id(ent)] >= _GENDER_VOTES:
                ent.gender = next(iter(votes[id(ent)]))
            ent.mentions = list(base.get(id(ent), ent.mentions))
        self.done, self.earlier, self.at = [], [], {}
        self._pass()
        unnamed = {id(m.entity): m.entity for m in self.earlier + self.done
                   if m.entity is not None and not m.entity.named}
        known = {id(e) for e in self.entities}
        everyone = self.entities + [e for e in unnamed.values() if id(e) not in known]
        self._possessed_affiliations(everyone)
        field_affiliations(self.ctx.doc, everyone)
        noun_affiliations(self.ctx.doc, everyone)

    def _possessed_affiliations(self, entities: list[Entity]) -> None:
        """A role owned through a pronoun or a description ("Its director", "the company's
        spokeswoman") belongs to the named organisation that owner resolves to, rather
        than to a name between them ("the group's [East Africa] director"); a staff role
        ("Her spokeswoman") to the named person."""
        for ent in entities:
            for k in range(len(ent.roles)):
                self._possessed_affiliation(ent, k)

    def _possessed_affiliation(self, ent: Entity, k: int) -> None:
        """:meth:`_possessed_affiliations` for ``ent``'s role ``k``."""
        doc, role = self.ctx.doc, ent.roles[k]
        owner = next((c for c in doc[role.at].children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ not in ("PRON", "NOUN") or owner.i in self.by_tok \
                or owner.lemma_ in _PLACE_NOUNS:
            return  # "the state's Democratic senator": a place is no affiliation
        if role.affiliation and role.affiliation not in doc_text(doc)[owner.idx: doc[role.at].idx]:
            return  # "its director of [communications ...]": named after the noun
        org = self._resolve_token(owner)
        sure = owner.pos_ != "PRON" or self.margins.get(owner.i, 0.0) >= _LEARN_MARGIN
        staff = role.noun in staff_nouns() and sure  # "Her spokeswoman": the person
        its = owner.lower_ == "its" and sure  # "Meta ... Its chief technology officer", Meta taken for a person
        if org is not None and org is not ent and org.named and (
                org.kind == "organisation" or org.kind == "person" and (staff or its)):
            ent.roles[k] = replace(role, affiliation=org.canonical())
        elif org is not None and org is not ent and not role.affiliation:
            body = described_body(org)  # "The Philippine coast guard ... Its spokesman"
            if body is not None:
                ent.roles[k] = replace(role, affiliation=body)

    def _pass(self) -> None:
        tasks = self._tasks()
        floors = [self.ctx.token_at(k) for k in story_starts(doc_text(self.ctx.doc))[1:]]
        self.floor = 0
        for i in sorted(tasks):
            kind = tasks[i]
            if floors and i >= floors[0]:  # a roundup's next story: no pronoun or description reaches back
                self.earlier, self.done, self.floor = self.earlier + self.done, [], floors.pop(0)
            if kind == "name":
                m = self.by_tok[i]
                m.source = m.source or any(j in self.source_heads for j in range(m.start, m.end))
                self._add(m)
                for g in self.group_at.get(i, []):
                    self.done.append(g)
            elif kind != "first":
                self._resolve_token(self.ctx.doc[i])

    def _tasks(self) -> dict[int, str]:
        doc = self.ctx.doc
        tasks: dict[int, str] = {}
        for m in self.by_tok.values():
            tasks[m.head] = "name"
        for t in doc:
            low = t.lower_
            if t.tag_ in ("PRP", "PRP$") and low in PRONOUNS and PRONOUNS[low][0] == 3:
                tasks.setdefault(t.i, "pronoun")
            elif t.i not in self.by_tok and not time_noun(t) and (t.pos_ == "NOUN" and (
                    t.dep_ in ("nsubj", "nsubjpass") or definite_role(t)
                    or t.dep_ in _OBJECTS + ("poss",) and t.tag_ == "NNS")
                    or t.tag_ == "NNPS" and t.ent_type_ == "NORP" and t.dep_ in ("nsubj", "nsubjpass")
                    or title_subject(t)):
                tasks.setdefault(t.i, "nominal")
        for r in self.roots:
            if r is not None:
                tasks.setdefault(r.i, "first" if self._is_first(r) else "source")
        return tasks

    def _groups(self) -> dict[int, list[Mention]]:
        """Names of one kind joined by "and" or "nor" ("Grassley and Leahy") as a plural group entity."""
        doc = self.ctx.doc
        out: dict[int, list[Mention]] = {}
        made: dict[tuple[int, ...], Entity] = {}
        for m in self.names:
            head = doc[m.head]
            if head.dep_ == "conj" or m.entity is None:
                continue  # a list is its first name's ("Ryoichi Sato, Emiko Nakano and Daisuke Hirata"), of its kind
            conj = [c for c in (self.by_tok.get(t.i) for t in head.conjuncts)
                    if c is not None and c.entity is not None and c.entity.kind == m.entity.kind]
            members = [m.entity] + [c.entity for c in conj]
            if not conj or not self._joined(head, conj) or len(set(map(id, members))) < 2 \
                    or any(e is None or e.kind != m.entity.kind for e in members):
                continue
            key = tuple(sorted(id(e) for e in members))
            ent = made.get(key) or next((e for e in self.entities if e.members  # a document's authors
                                         and tuple(sorted(id(x) for x in e.members)) == key), None)
            if ent is None:
                ent = made[key] = Entity(kind="group", named=True, plural=True, members=members)
            made[key] = ent
            g = Mention(start=m.start, end=conj[-1].end, head=m.head, sent=m.sent, kind="name",
                        subject=m.subject, quoted=m.quoted, entity=ent)
            ent.mentions.append(g)
            out.setdefault(m.head, []).append(g)
        for ent in made.values():
            ent.add_name(and_list([e.canonical() or "" for e in ent.members]))
        return out

    def _joined(self, head: Token, conj: list[Mention]) -> bool:
        """Whether coordinated names are joined by "and" (or "nor"), not by "or", which
        gives another name ("the Swiss People's Party, or SVP")."""
        doc = self.ctx.doc
        return any(c.dep_ == "cc" and c.lower_ in ("and", "&", "nor")
                   for t in [head] + [doc[m.head] for m in conj] for c in t.children)

    def _source_head(self, span) -> Token | None:
        """The head of a source span; a title-led span without a person's name ("Secretary of
        Iran's High Council ...") is headed by its title whatever the parse says."""
        doc = self.ctx.doc
        root = source_root(doc, span.start, span.end)
        toks = article = tokens_in(doc, span.start, span.end)
        if (titled := self._titled_name(toks, root)) is not None:
            return titled  # "Presidential chief of staff Kim Jin-seong"
        while toks and toks[0].lower_ in ("the", "a", "an"):
            toks = toks[1:]
        if not toks or not role_noun(toks[0].text) or not toks[0].text[:1].isupper() or toks[0].i in self.by_tok \
                or len(toks) > 1 and toks[1].tag_ == "POS":
            return root  # "A Justice Department spokeswoman": a name, not a title, opens it; "The President’s
            # Media Division": the title owns the body
        people = [m for i in range(toks[0].i, toks[-1].i + 1)
                  if (m := self.by_tok.get(i)) is not None and m.entity is not None and m.entity.kind == "person"]
        if people:
            return self._titled_of_body(toks, people) or root
        ids = {t.i for t in toks}
        head = split_word_end(toks[0], ids)  # "The Secretary-General": "General"
        while head.dep_ == "compound" and head.head.i in ids and role_noun(head.head.text):
            head = head.head  # "The Chief Minister": "Minister"
        self.phrase[head.i] = toks if head is toks[0] else article
        return head

    def _add(self, m: Mention) -> None:
        self.done.append(m)
        self.at[m.head] = m
        if m.entity is not None and m not in m.entity.mentions:
            m.entity.mentions.append(m)

    def _mention(self, tok: Token, kind: str) -> Mention:
        ctx = self.ctx
        return Mention(start=tok.i, end=tok.i + 1, head=tok.i, sent=ctx.sent_of[tok.i], kind=kind,
                       subject=ctx.is_subject(tok), quoted=ctx.in_quote(tok.idx),
                       source=tok.i in self.source_heads)

    # ---------------------------------------------------------------- resolving
    def _resolve_token(self, tok: Token) -> Entity | None:
        """The entity of the mention headed by ``tok`` (resolving it now if needed)."""
        if tok.i in self.at:
            return self.at[tok.i].entity
        if tok.i in self.by_tok:
            return self.by_tok[tok.i].entity
        low = tok.lower_
        if low in PRONOUNS and PRONOUNS[low][0] == 3:
            m = self._mention(tok, "pronoun")
            m.entity = self._pronoun(m, tok)
        elif low in _DISTRIBUTIVE and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("DET", "PRON") \
                and not any(c.dep_ == "prep" for c in tok.children):  # not "both of his senators"
            m = self._mention(tok, "pronoun")
            m.entity = self._distributive(m)
        elif low in _RELATIVE and tok.tag_ in ("WP", "WDT", "WP$"):
            m = self._mention(tok, "relative")
            m.entity = self._relative(tok)
        elif tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return self._resolve_token(subj) if subj is not None else None
        elif self._is_first(tok):
            return None
        elif low in ("former", "latter") and any(c.lower_ == "the" for c in tok.children):
            m = self._mention(tok, "nominal")
            m.entity = self._former_or_latter(m, low == "latter")
        else:
            m = self._mention(tok, "nominal")
            m.entity = self._nominal(m, describe(tok, self.phrase.get(tok.i)))
        self._add(m)
        return m.entity

    def _pronoun(self, m: Mention, tok: Token) -> Entity | None:
        _, number, gender = PRONOUNS[tok.lower_]
        if tok.lower_.endswith(("self", "selves")):
            bound = self._binder(tok)
            if bound is not None and compatible(bound, number, gender):
                if bound.kind == "person" and bound.named and bound.gender is None and gender in ("m", "f"):
                    bound.gender = gender  # "Kaiquinho himself has kept his counsel": a man
                return bound  # "Trump describes himself as ...": the subject of its own clause
        own = source_content(self.ctx, self.roots, tok.i)
        opening = tok
        if own and min(a for a, _ in own) < tok.idx:  # '"...," she said': recency from the quote's start
            opening = self.ctx.doc[self.ctx.token_at(min(a for a, _ in own))]
        main = (self._relative_holder(tok, gender) or self._possessor_bound(tok, gender)
                or self._main_subject(tok, gender) or self._someone_before(tok, gender, opening)
                or self._answerer(tok, gender, opening) or self._turn_answerer(tok, gender, opening)
                or self._lone_subject_before(tok, gender, opening)) \
            if gender in ("m", "f") \
            else self._main_group(tok) if number == "pl" and tok.lower_ == "they" else None
        if main is not None:
            return main
        probe = m if opening is tok else replace(m, sent=min(m.sent, self.ctx.sent_of[opening.i]))
        ent, margin = salience_pick(self.ctx, probe, number, gender, self.done, own, exclude=self._objects_of(tok)
                                    | self._subject_entity(tok) | self._asker_before(tok, opening))
        self.margins[m.head] = margin
        if gender in ("m", "f") and (ent is None or ent.named):  # "The mayor ... . She said": the mayor
            ent = self._title_subject_before(tok, gender, opening, ent) or ent
        if ent is not None and gender in ("m", "f") and ent.gender is None and margin >= _LEARN_MARGIN \
                and (ent.named or ent.kind == "person" and tok.dep_ in ("nsubj", "nsubjpass")) and not m.quoted \
                and tok.tag_ != "PRP$":  # "accused him of losing control of his party": "his" may be either
            ent.gender = gender
        if ent is None and m.source:
            kind = "person" if gender in ("m", "f") else ("thing" if gender == "n" else "group")
            ent = Entity(kind=kind, named=False, plural=number == "pl", label=tok.text)
        return ent

    def _nominal(self, m: Mention, info: NominalInfo) -> Entity | None:
        tok = info.head
        if m.source and listed(tok, self.by_tok):  # "the President, Democrat politicians and the media"
            return Entity(kind="group", named=False, plural=True, label=info.text())
        examples = self._named_examples(tok)
        if examples is not None:  # "Critics, like Senators Grassley and Leahy"
            return examples
        set_off = self._set_off_name(tok)
        if set_off is not None:  # "The main labour union, the Nigeria Labour Congress (NLC), said"
            return self._with_role(m, info, set_off) if set_off.kind == "person" else set_off
        before = self.by_tok.get(tok.i - 1)
        if info.org and info.lemma not in document_nouns() and info.lemma not in MEMBER_BODIES \
                and before is not None and before.end == tok.i \
                and before.kind == "name" \
                and before.entity is not None and before.entity.kind == "organisation":
            return self._spelled_body(info, before.entity) or before.entity  # "The U.S. Customs and Border
            # Protection agency", "the Reuters news agency"
        named = name_after(tok, self.by_tok) or person_named_in(info, self.by_tok) or self._dashed_before(m)
        if named is not None:  # "Iran's state news agency IRNA", "a worker named Antonio Arroyo"
            return self._with_role(m, info, named)
        named = appositive_person(info, self.by_tok, self.ctx)
        if named is not None:  # "The spokesperson for the German Foreign Office, Sebastian Fischer"
            return self._with_role(m, info, named)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and info.role \
                and not any(c.dep_ == "neg" for c in tok.head.children):  # "Kaine is a former lawyer who"
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.i in self.by_tok or subj.lower_ in PRONOUNS):
                return self._resolve_token(subj)
        if tok.dep_ == "appos" and tok.head.i in self.by_tok and not misread_appositive(tok) \
                and not dateline_between(tok.head, tok):  # "Heather Samuelson, a staffer"
            ent = self.by_tok[tok.head.i].entity
            place = ent is not None and (ent.kind == "place"
                                         or tok.head.dep_ == "pobj" and tok.head.head.lower_ in _PLACE_PREPS)
            if not ((info.role or info.gender) and not info.org and ent is not None and (_body(ent) or place)):
                return ent  # a person's role is no body ("Parliament ...; one lawmaker called"), nor a place
                # ("In Fresnillo, a woman who ..., said")
        named = self._name_set_before(info)
        if named is not None:  # "Kang Min-seok, a spokesman for ..., said", which the parse split
            return self._with_role(m, info, named)
        group = self._group_for(m, info)
        if group is not None:
            return group
        author = self._document_author(info) if m.source and info.lemma in document_nouns() else self._bench(m, info)
        if author is not None:  # "A report published last month by the UN mission found"
            return author
        if info.possessed and (not info.plural or info.lemma in document_nouns()) \
                and (not info.org or info.lemma in OWNERS_VOICE | document_nouns()):  # "Pellucid Capital's
            # estimates", "the paper's editorial": its own
            return self._reintroduced(m, info) or self._possessor(m, info) \
                or self._lead_cataphor(m, info, possessed=True) \
                or self._owners_holder(info) or self._unnamed(info, reuse=False)
        if info.possessed and info.org:  # "her campaign": the campaign named after her, if any
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            return spelled_out(info, self.entities) or classed_body(info, self.entities) or self._owned(info) \
                or court_part(info, self._resolve_token(owner) if owner is not None else None) \
                or self._unnamed(info, reuse=False)
        if info.possessed and info.plural and (kin := self._kin_group(m, info)) is not None:
            return kin  # "my parents" after "My parents, Walter and June Brennan,"
        if info.indefinite or (info.plural and not info.definite and not (info.collective and info.org)) \
                or (info.possessed and not info.org):
            return self._lead_cataphor(m, info) or (self._reintroduced(m, info) if not withholds_name(info) else None) \
                or self._unnamed(info, reuse=False)
        ent = None
        if withholds_name(info):
            return self._unnamed(info, reuse=info.definite)  # "The head of the village, who asked not to be named"
        if info.definite or info.title_only or not info.plural or (info.collective and info.org):
            people = [e for e in self.entities if e.kind == "person" and last_before(e, tok.i) >= self.floor]
            ent = self._reintroduced(m, info)
            if ent is not None:
                return ent
            ent = match_person_role(info, people) if info.role and not info.plural else None
            if ent is not None and info.definite:
                ent = self._unnamed_since(info, self._last_outside_content(ent, tok.i)) or ent
            loose = bool(info.org) and "any" in org_nouns(named=True).get(info.org, ())  # "the company", wherever it is
            near = named_near(self.ctx, m) if m.source or loose else None  # "the group" of a source: just named
            ent = ent or (self._company_just_spoke(m, info) if loose else None) or self._body_just_described(m, info) \
                or (match_org(info, self.entities, near) if info.org else None) or match_body(info, self.entities)
            if ent is None and m.source:
                ent = cataphor(self.ctx, info, self.names) or lead_role_holder(self.ctx, m, info, self.names) \
                    or headline_source(self.ctx, m, info, self.names, self._resolve_token)
            member = (info.member or info.age) and (tok.dep_ in ("nsubj", "nsubjpass") or info.age and m.subject) \
                and not any(c.dep_ == "conj" for c in tok.children)
            if ent is None and info.definite and (info.role or member) and not info.plural and m.subject:
                ent = self._description(m, info) or self._compatriot(m, info)
        if ent is None and info.definite and not info.plural:
            ent = self._same_description(info)
        if ent is None:  # a bare collective body ("police") is one body throughout an article
            return self._unnamed(info, reuse=info.definite or bool(info.collective and info.org))
        return self._with_role(m, info, ent)

    # ------------------------------------------------------------ statements
    def statement_entity(self, k: int, depth: int = 0) -> Entity | None:
        """The entity that speaks statement ``k`` (None when it has no source mention)."""
        if k in self._stmt_cache:
            return self._stmt_cache[k]
        root = self.roots[k]
        if depth > 5:
            return None
        if root is None:
            return self._conjoined_speaker(k, depth)
        turn = self._interview_turn(k, root)
        if turn is not None:
            ent = turn
        elif self._is_first(root) and PRONOUNS[root.lower_][0] == 2:
            ent = self._generic("you")
        elif self._is_first(root):
            ent = self._first_person(k, root, depth)
        else:
            ent = self._resolve_token(root)
            if ent is None:
                ent = Entity(kind="thing", named=False, label=self._unresolved_label(k, root))
                if root.i in self.at:
                    self.at[root.i].entity = ent
            ent = self._seated_body(self._group_in_source(k, ent))
            self._loose_title(k, root, ent)
        self._stmt_cache[k] = ent
        return ent

    def _seated_body(self, ent: Entity) -> Entity:
        """A city speaking for a body seated there that the article names ("In Brussels, the
        European Commission said ... . Brussels said it could not rule out ..."): that body."""
        bodies = seat_bodies().get(ent.canonical() or "", ()) if ent.kind == "place" and ent.named else ()
        for name in bodies:
            found = next((e for e in self.entities if e.kind == "organisation" and name in e.names), None)
            if found is not None:
                return found
        return ent

    def _unresolved_label(self, k: int, root: Token) -> str:
        """What an unresolved speaker is called: its source as written, or for a relative
        pronoun the noun phrase its clause describes ("tech industry groups, [who] argued")."""
        verb = root.head
        if root.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < root.i:
            words = [t for t in phrase_tokens(verb.head) if t.i < root.i and not t.is_punct]
            if words:
                return " ".join(" ".join(t.text for t in words).split())
        return " ".join(self.ctx.statements[k].source.text.split())

    def _loose_title(self, k: int, root: Token, ent: Entity) -> None:
        """A title the parse left outside the name it opens ("Vatican spokesman the Rev.
        Federico Lombardi", "Sullivan's lawyer Beth Wilkinson" read as two subjects) is still
        the named speaker's role."""
        m = self.by_tok.get(root.i)
        if m is None or ent is None or ent.kind != "person" or m.entity is not ent:
            return
        src = self.ctx.statements[k].source
        edge = root.left_edge.i
        pre = [t for t in tokens_in(self.ctx.doc, src.start, src.end) if t.i < edge]
        if not pre or pre[-1].i != edge - 1 or any(t.is_ancestor(root) for t in pre) \
                or any(t.text in (",", "(", ";", ":") for t in pre):
            return
        role = role_from_tokens(pre)
        if role is not None and all(r.at != role.at for r in ent.roles):
            ent.roles.insert(0, role)

    def _group_in_source(self, k: int, ent: Entity) -> Entity:
        """"Jeb Bush and Chris Christie said ...": names coordinated in the source speak
        together, as their group, not as the first of them."""
        src = self.ctx.statements[k].source
        doc = self.ctx.doc
        for groups in self.group_at.values():
            for g in groups:
                last = doc[g.end - 1]
                if any(e is ent for e in g.entity.members) and src.start <= doc[g.start].idx \
                        and last.idx + len(last) <= src.end:
                    return g.entity
        return self._listed(src.start, src.end, ent) or ent
