"""Where a nominal's referent is looked up once the plain cases are done: a name set
off by a comma, the unnamed speaker already described the same way, the named entity
last met through the same noun, the possessor of a possessed source, the organisation
a possessor's noun names, and a new or reused unnamed entity.

A mixin of :class:`~.speakers_resolve.Resolver`: it uses the resolver's context, its
entities, the mentions resolved so far and ``_resolve_token``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .speakers_lexicon import (PRONOUNS, document_nouns, follower_nouns, hyphen_start, kin_groups, kin_nouns,
                               org_nouns, owned_name, owner_nouns, region_country, role_noun, spouse_genders,
                               staff_nouns, token_role)
from .speakers_companies import company_like
from .speakers_model import Entity, Mention
from .speakers_pronouns import quote_goes_on
from .speakers_org_compounds import ISSUE_VERBS, rival_body
from .openers import name_before_subject
from .speakers_name_context import called_names
from .speakers_nominal_names import comma_conj
from .syntax import after_dateline, dateline, dateline_between, spaced_dash
from .speakers_nominals import (NominalInfo, describe, described_countries, has_role, match_person_role,
                                nominal_role, proper_mods, same_rank, synonyms, takes_up)

__all__ = ["Referents", "ages_in", "dateline_between", "listed"]

_OTHER = {"m": "f", "f": "m"}
_ISSUE_SENTS = 3  # sentences back to the text a document noun takes up ("the statement said")
_AGE = re.compile(r"\b(\d+)[- ]years?[- ]old")  # the age an age description gives


def ages_in(text: str) -> list[str]:
    """The ages a text gives as "N-year-old" ("a 62-year-old lawyer": ["62"])."""
    return _AGE.findall(text)


def _same_age(a: str, b: str) -> bool:
    """Whether two descriptions give the same age, or none ("the 29-year-old" is no 47-year-old)."""
    return ages_in(a) == ages_in(b)


def _body_of_its_object(tok: Token, ent: Entity | None) -> bool:
    """Whether an organisation set off after a person's role noun names the body the role
    is for, not the person ("A spokesman for the developer, Prairie Ridge Partners, said")."""
    return ent is not None and ent.kind == "organisation" and token_role(tok) is not None \
        and tok.lower_ not in org_nouns() and any(c.dep_ == "prep" and c.i > tok.i for c in tok.children)


def _after_preposition(doc, start: int) -> bool:
    """Whether a name starts right after a preposition, whose object it is."""
    return start > 0 and doc[start - 1].pos_ == "ADP"


def _past_its_verb(subj: Token, appos: Token) -> bool:
    """An "appositive" the parse hung on a subject from past that subject's own verb ("The
    lawyers also pointed to ... two former hopefuls, Sen. John McCain and George Romney"):
    a name in what the subject says or does, not the subject's own."""
    return subj.dep_ in ("nsubj", "nsubjpass") and subj.i < subj.head.i < appos.i


def _second_subject(tok: Token) -> list[Token]:
    """A name the parse made a second subject of the nominal's verb, set off right after it
    by a comma: an appositive ("Rotterdam's mayor, Gerrit-Jan van den Akker, who ..., said")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return []
    return [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i and c.left_edge.i == tok.i + 2
            and c.tag_ == "NNP" and c.right_edge.i < tok.head.i]


class Referents:
    """Referent lookups of :class:`~.speakers_resolve.Resolver` (see module docstring)."""

    def _set_off_name(self, tok: Token) -> Entity | None:
        """The entity of a name set off from a nominal as its appositive, or coordinated with it by a
        comma alone (:func:`.speakers_nominal_names.comma_conj`); not across a colon
        ("Milbank: Republicans ..."), a dateline, or the nominal's own verb
        (:func:`_past_its_verb`), nor a name right after a preposition ("negotiator, who led
        ... meetings in [Foz do Iguaçu]")."""
        second = _second_subject(tok) + name_before_subject(tok) + called_names(tok)
        first = tok.doc[hyphen_start(tok)]  # "The secretary-general, [Moses Kollie]," hung on "secretary"
        for c in [*tok.children, *(first.children if tok.head == first else ()), *self._person_on_object(tok), *second]:
            if not (c.dep_ == "appos" or comma_conj(tok, c) or c in second or c.dep_ == "npadvmod"
                    and c.ent_type_ == "ORG" and c.i > tok.i and tok.doc[c.left_edge.i - 1].text == ","):
                continue  # (the parse may hang an acronym so: "The ... refugee agency, [UNHCR], said")
            if c.i not in self.by_tok:  # a name the model missed, its initials after it: "The medical
                c = next((d for d in c.children if d.dep_ == "appos" and d.i in self.by_tok  # charity Médecins
                          and tok.doc[d.i - 1].text == "("), c)  # Sans Frontières (MSF)"
            if c.i not in self.by_tok and c.tag_ == "NNP":  # or cut before its last word: "the party's
                c = next((d for d in c.children if d.dep_ == "compound" and d.i == c.i - 1  # leader, [Rabbi
                          and d.i in self.by_tok and self.by_tok[d.i].kind == "name"  # Shalom] Elbaz,"
                          and self.by_tok[d.i].entity is not None and self.by_tok[d.i].entity.kind == "person"), c)
            if c.i in self.by_tok and not any(t.text == ":" for t in tok.doc[min(tok.i, c.i): max(tok.i, c.i)]) \
                    and not dateline_between(c, tok) and not _past_its_verb(tok, c) \
                    and not _after_preposition(tok.doc, min(c.left_edge.i, self.by_tok[c.i].start)) \
                    and not _body_of_its_object(tok, self.by_tok[c.i].entity):
                return self.by_tok[c.i].entity
        return None

    def _person_on_object(self, tok: Token) -> list[Token]:
        """A person's name the parse hung as an appositive on the object of a phrase on the
        nominal ("for", "of", "in", "at", "to"), that object no person ("The Minister for Housing,
        Conor Devlin,"; "Its representative in Kazakhstan, Dmitry Sergeyevich Korolyov,"), or a
        body's on a plural common noun for a body noun ("The UN agency for refugees, UNRWA,")."""
        objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "in", "at", "to")
                for o in p.children if o.dep_ == "pobj"
                and (o.i not in self.by_tok or self.by_tok[o.i].label != "PERSON")]
        return [c for o in objs for c in o.children if c.dep_ == "appos" and c.i in self.by_tok
                and (ent := self.by_tok[c.i].entity) is not None and (ent.kind == "person" or ent.kind == "organisation"
                                                                        and tok.lower_ in org_nouns() and o.tag_ == "NNS"
                                                                        and not o.ent_type_)]

    def _with_role(self, m: Mention, info: NominalInfo, ent: Entity) -> Entity:
        """``ent``, which a source nominal names, with the role the nominal gives it."""
        if m.source and ent.named and (info.role or info.org):
            role = nominal_role(info)
            if role is not None:
                k = next((k for k, r in enumerate(ent.roles) if r.at == role.at), None)
                if k is None:
                    ent.roles.append(role)
                    k = len(ent.roles) - 1
                self._possessed_affiliation(ent, k)  # with the body a pronoun owner names now, not only after
                # both passes ("Its spokesman, Chaudhry Tariq Mehmood Warraich" is the party's)
        if m.source and ent.named and ent.kind == "person" and info.member and ent.country is None:
            codes = described_countries(info)  # "The Dane said": Margrethe Vestager is Danish
            ent.country = next(iter(codes)) if len(codes) == 1 else None
            if not codes:  # "The Wisconsin Republican told reporters": Paul Ryan is American
                ent.country = region_country(" ".join(t.text for t in info.tokens if t.i < info.head.i))
        return ent

    def _unnamed_since(self, info: NominalInfo, after: int) -> Entity | None:
        """An unnamed speaker described with the same role noun after token ``after``, the
        named person's last mention: "The spokesperson" after "Its spokesman, Jay Tarriela,
        ... A U.S. State Department spokesperson said" is the unnamed one."""
        nouns = synonyms(info.role) | {info.lemma}
        mods = proper_mods(info)
        doc = self.ctx.doc
        for c in reversed(self.done):
            if c.head <= after:
                return None
            ent = c.entity
            if c.head < info.head.i and c.kind == "nominal" and ent is not None and not ent.named \
                    and not ent.plural and doc[c.head].lemma_.lower() in nouns \
                    and mods <= set((ent.label or "").lower().replace("’", "'").split()):
                return ent
        return None

    def _same_description(self, info: NominalInfo) -> Entity | None:
        """"The report" after "a report by X" (or "the X poll"; "the survey" after "the X poll";
        "the document" after any document):
        the named entity last mentioned through the same noun or a synonym; a singular noun
        other than a document's ("a joint statement by A and B ... the statement said") never
        takes up a pair or group ("both violent men ... the man said")."""
        doc = self.ctx.doc
        if any(c.dep_ == "appos" and c.i == info.head.i + 1 for c in info.head.children):
            return None  # a name of its own right after it ("The website [fivethirtyeight] noted")
        if info.lemma == "document":
            return self._last_text(info)
        for c in reversed(self.done):
            if c.head < info.head.i and c.entity is not None and c.entity.named and (
                    info.plural or not c.entity.plural or info.lemma in document_nouns()) \
                    and c.end - c.start == 1 and doc[c.head].lemma_.lower() in synonyms(info.lemma):
                before = describe(doc[c.head])
                if takes_up(info, before, c.entity) and _same_age(before.text(), info.text()):
                    return c.entity  # not "the 29-year-old" after "the 44-year-old"
        return self._issuer(info) if info.lemma in document_nouns() and not info.plural else None

    def _issuer(self, info: NominalInfo) -> Entity | None:
        """"The statement said" after "Fox News said in a statement" (or "In a statement, the
        mogul announced", "Cook provided a written statement"): whoever gave the last text of
        that noun in this sentence or the three before, as the subject of the verb that put
        it out or spoke in it (not "Gowdy referenced a report")."""
        ctx, doc = self.ctx, self.ctx.doc
        first = ctx.sent_starts[max(ctx.sent_of[info.head.i] - _ISSUE_SENTS, 0)]
        for tok in reversed(doc[first:min(t.i for t in info.tokens)]):
            if tok.lemma_.lower() != info.lemma or tok.pos_ != "NOUN":
                continue
            in_it = tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"
            verb = tok.head.head if in_it else tok.head
            issued = in_it or tok.dep_ == "dobj" and verb.lemma_.lower() in ISSUE_VERBS | {"provide"}
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
                if issued and verb.pos_ == "VERB" else None
            if subj is None or dateline(subj):
                return None
            if any(c.dep_ == "conj" for c in subj.children):  # "Trump and Ryan issued a statement": both
                return next((g.entity for g in self.group_at.get(subj.i, [])), None)
            return self._resolve_token(subj)
        return None

    def _possessor(self, m: Mention, info: NominalInfo) -> Entity | None:
        """A possessed source: "in his eyes", "her account" speak for the possessor; "his
        attorney" is the named attorney the article describes, if any."""
        owner = next((c for c in info.head.children if c.dep_ == "poss"), None)
        if info.role:
            people = [e for e in self.entities if e.kind == "person"]
            ent = match_person_role(info, self._tied_to_owner(owner, people)) or match_person_role(info, people)
            if ent is not None and m.source and owner is not None and not self._role_of(ent, owner):
                return None  # "Her spokeswoman" is nobody else's spokesperson (a ministry's)
            if ent is None and m.source and owner is not None and info.lemma in spouse_genders():
                return self._spouse(owner, spouse_genders()[info.lemma])
            if ent is None and owner is not None and info.lemma in kin_groups() and (m.source or self._writers(owner)):
                return self._group_member(owner, info.lemma, *kin_groups()[info.lemma])
            return ent
        if owner is None or info.lemma in follower_nouns() | staff_nouns() \
                or any(c.dep_ == "conj" for c in info.head.children):
            return None  # "his family, friends and employees talked": people of their own
        if m.source:
            ent = self._resolve_token(owner)  # (a place's board is a body of its own: "the country's
            return None if info.org and ent is not None and ent.kind == "place" else ent  # aviation accident board")
        ent = self._resolve_token(owner) if m.subject and info.lemma in document_nouns() else None
        return ent if ent is not None and ent.kind == "organisation" else None  # "The paper's editorial
        # ... it argued": the paper's voice (not "Trump's statements", no mention of him)

    def _spouse(self, owner: Token, gender: str) -> Entity | None:
        """The one other named person of the possessor's surname and the spouse noun's gender
        ("Mrs. Okafor ... Her husband ... Mr. Okafor"), if there is one."""
        holder = self._resolve_token(owner)
        if holder is None or not holder.named or holder.kind != "person" or not holder.canonical():
            return None
        surname = holder.canonical().split()[-1]
        found = [e for e in self.entities if e is not holder and e.named and e.kind == "person"
                 and e.canonical() and e.canonical().split()[-1] == surname and e.gender in (gender, None)]
        return found[0] if len(found) == 1 and found[0].gender == gender else None

    def _group_member(self, owner: Token, noun: str, group: str, gender: str) -> Entity | None:
        """The one person named beside the same owner's kin noun ("my father, Peter Grant")
        or, of the noun's gender, beside its group noun ("my parents, Harold and Ruth
        Carter, ... my father said": Harold; with "Walter and June" the one who is not the
        man). The writer's own kin ("my father") are the same people all through, so their
        names may come later; anyone else's must come before."""
        found: list[Entity] = []
        for lemma, people in self._kin_named(owner, (noun, group)):
            if lemma == noun:
                found += [e for e in people if all(e is not f for f in found)]
            else:
                fit = [e for e in people if e.gender == gender]
                if not fit and sorted(str(e.gender) for e in people) == sorted(["None", _OTHER[gender]]):
                    fit = [e for e in people if e.gender is None]  # the one who is not of the other gender
                found += [e for e in fit[:1] if len(fit) == 1 and all(e is not f for f in found)]
        return found[0] if len(found) == 1 else None

    def _kin_group(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"My parents told me" after "My parents, Walter and June Brennan, ran a store": the
        group of the people named beside the same owner's group noun."""
        owner = next((c for c in info.head.children if c.dep_ == "poss"), None)
        groups = {group for group, _ in kin_groups().values()}
        if owner is None or info.lemma not in groups:
            return None
        named = [people for _, people in self._kin_named(owner, (info.lemma,)) if len(people) > 1]
        if len(named) != 1:
            return None
        return self._named_group(named[0], tuple(id(e) for e in named[0]))

    def _kin_named(self, owner: Token, lemmas: tuple[str, ...]) -> list[tuple[str, list[Entity]]]:
        """The people named in apposition to each kin noun of ``lemmas`` (singular for a
        member noun, plural for a group noun) that the same owner has, with its lemma."""
        out = []
        doc = self.ctx.doc
        for tok in doc if self._writers(owner) else doc[: owner.i]:
            lemma = tok.lemma_.lower()
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is None or poss.i == owner.i or lemma not in lemmas \
                    or tok.tag_ != ("NN" if lemma == lemmas[0] and len(lemmas) > 1 else "NNS"):
                continue
            named = [c for c in tok.children if c.dep_ == "appos"]
            named += [c for a in named for c in a.subtree if c.dep_ == "conj"]
            people = [m.entity for t in named if (m := self.by_tok.get(t.i)) is not None
                      and m.entity is not None and m.entity.named and m.entity.kind == "person"]
            # "Her parents, Tom and Anne ... her mother said. Her father added": the second
            # "her" was read as the mother, one of the two, not as whose parents they are
            mate = tok.tag_ == "NNS" and any(e is self._resolve_token(owner) for e in people)
            if people and (mate or self._same_owner(poss, owner)):
                out.append((lemma, people))
        return out

    def _same_owner(self, one: Token, other: Token) -> bool:
        """Whether two possessives name the same owner: the writer's own ("my" ... "my",
        outside quotations), or third-person ones that resolve to one entity."""
        if PRONOUNS.get(one.lower_, (3,))[0] != 3 or PRONOUNS.get(other.lower_, (3,))[0] != 3:
            return one.lower_ == other.lower_ and self._writers(one) and self._writers(other)
        ent = self._resolve_token(one)
        return ent is not None and ent is self._resolve_token(other)

    def _writers(self, tok: Token) -> bool:
        """Whether a possessive is the writer's own: "my" or "our" outside quotations."""
        return PRONOUNS.get(tok.lower_, (3,))[0] == 1 and not self.ctx.in_quote(tok.idx)

    def _former_or_latter(self, m: Mention, latter: bool) -> Entity | None:
        """"The former" / "the latter": the first or second of the two names last coordinated
        in this or the two sentences before ("Cartwright and Ainsley clashed. The former ...")."""
        doc = self.ctx.doc
        pairs = [(a, b) for b in self.done for a in self.done
                 if b.kind == a.kind == "name" and m.sent - 2 <= a.sent and b.head < m.head
                 and doc[b.head].dep_ == "conj" and doc[b.head].head.i == a.head]
        if not pairs:
            return None
        pair = max(pairs, key=lambda p: p[1].head)
        return pair[1].entity if latter else pair[0].entity

    def _name_set_before(self, info: NominalInfo) -> Entity | None:
        """The person named right before an indefinite role description set off by commas,
        where the parse made no appositive of it ("In Seoul, Kang Min-seok, a spokesman for
        the ministry, said")."""
        doc, start = self.ctx.doc, min(t.i for t in info.tokens)
        if not info.indefinite or not info.role or info.plural or start < 2 or doc[start - 1].text != ",":
            return None
        m = self.by_tok.get(start - 2)
        if m is None or m.kind != "name" or m.end != start - 1 or m.entity is None or m.entity.kind != "person":
            return None
        before = doc[m.start - 1] if m.start > 0 else None
        return m.entity if before is None or before.text == "," or before.is_space else None

    def _tied_to_owner(self, owner: Token | None, people: list[Entity]) -> list[Entity]:
        """The people whose roles name the organisation a possessor noun stands for ("the
        company's lawyer": "a lawyer for Brightwell", not the plaintiffs' lawyer named since)."""
        if owner is None or owner.lower_ in PRONOUNS or owner.pos_ != "NOUN":
            return []
        body = self._resolve_token(owner)
        if body is None or body.kind != "organisation" or not body.named:
            return []
        names = {n.lower() for n in body.names}
        return [e for e in people if any((r.affiliation or "").lower() in names for r in e.roles)]

    def _role_of(self, ent: Entity, owner: Token) -> bool:
        """Whether the text describes ``ent`` as holding a role for the possessor ``owner``:
        with the same possessive ("his father" for "his father"), the name the possessive
        pronoun stands for ("Yellen spokeswoman" for "her spokeswoman"), or any role at all
        for a possessor that is no pronoun ("the congressman's spokesman")."""
        if any(r.text.lower().split()[:1] == [owner.lower_] for r in ent.roles):
            return True
        if owner.lower_ not in PRONOUNS:
            return True  # "the congressman's spokesman": a description the text may not tie back
        holder = self._resolve_token(owner)
        if holder is not None and not holder.named and holder.kind == "organisation" and holder.label:
            noun = holder.label.lower().replace("’", "'").split()[-1]  # "The commission ... Its chairman":
            return any(w.lower().replace("’", "'").removesuffix("'s") == noun for r in ent.roles
                       for w in r.text.split())  # "The commission's chairman, Arman Serikuly"
        holders = [holder] if holder is not None and holder.named and holder is not ent else []
        if holder is ent and any(r.noun in kin_nouns() for r in ent.roles):
            # "her mother" is not the mother herself: the pronoun was misread, and whoever the
            # role names as its owner ("Chloe's mother") decides
            holders = [e for e in self.entities if e.named and e.kind == "person" and e is not ent]
        words = {w for h in holders for n in h.names for w in n.replace("’", "'").split() if w[:1].isupper()}
        return any(w.replace("’s", "").replace("'s", "") in words for r in ent.roles for w in r.text.split())

    def _owned(self, info: NominalInfo) -> Entity | None:
        """The organisation a possessor's org noun names ("her campaign" -> "Clinton campaign")."""
        owner_tok = next((c for c in info.head.children if c.dep_ == "poss"), None)
        if owner_tok is None or PRONOUNS.get(owner_tok.lower_, (3,))[0] != 3:
            return None  # "your state", "our party": generic
        if rival_body(self.ctx.doc, owner_tok, info.head):
            return None  # "Myanmar's self-declared government in exile"
        owner = self._resolve_token(owner_tok)
        if owner is None or not owner.named or not self._holds(owner_tok, owner):
            return None
        for ent in self.entities:
            if ent.owner is owner and any(n.endswith(" " + info.lemma) for n in ent.names):
                return ent
        if info.lemma not in owner_nouns():
            return None
        short = min(owner.names, key=lambda n: (len(n.split()), len(n)))
        ent = Entity(kind="organisation", named=True, names=[owned_name(short, info.lemma)], owner=owner,
                     country=owner.country)
        self.entities.append(ent)
        return ent

    @staticmethod
    def _holds(owner_tok: Token, owner: Entity) -> bool:
        """Whether a description owning an organisation noun fits the entity it took up:
        "The governor's office" is no office of a woman just named as "a mother of three"."""
        noun = role_noun(owner_tok.text) if owner_tok.pos_ == "NOUN" else None
        return noun is None or owner.kind != "person" or has_role(owner, noun)

    def _unnamed(self, info: NominalInfo, reuse: bool) -> Entity:
        """An unnamed entity for a common noun; a definite one reuses the last with its noun,
        unless its capitalised modifiers say otherwise ("the Iranian Foreign Ministry
        spokesman" after "a spokesman for Secretary of State John Kerry")."""
        if reuse:
            mods = proper_mods(info)
            found = [m for m in reversed(self.done)
                     if m.entity is not None and not m.entity.named and m.entity.label and m.kind == "nominal"
                     and self.ctx.doc[m.head].lemma_.lower() == info.lemma and m.entity.plural == info.plural
                     and mods <= set(m.entity.label.lower().replace("’", "'").split())
                     and same_rank(info, {t.lower_ for t in self.ctx.doc[m.start:m.head]})
                     and _same_age(m.entity.label, info.text())]
            # a speaker before a thing merely mentioned ("the club said ... the Italian club had ... the club said")
            best = next((m for m in found if m.source), found[0] if found else None)
            if best is not None:
                return best.entity
        label = " ".join(info.text().split())
        ent = Entity(kind=info.kind, named=False, plural=info.plural, label=label, gender=info.gender)
        role = nominal_role(info) if info.role else None  # "officials at X": affiliation X
        if role is not None:
            ent.roles.append(role)
        return ent

    def _body_just_described(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"The ruling party's spokesperson ... said ... . The party said": a bare definite
        organisation noun right after a description of an unnamed body by that noun, with no
        organisation named between, is that body."""
        if not (info.org and info.definite and not info.possessed and not proper_mods(info)
                and len([t for t in info.tokens if t.i < info.head.i]) == 1):
            return None
        doc = self.ctx.doc
        for c in reversed(self.done):
            if c.head >= m.head:
                continue
            if m.sent - c.sent > 1:
                return None
            ent = c.entity
            if ent is not None and ent.kind == "organisation" and c.kind == "name":
                return None
            if c.kind == "nominal" and ent is not None and not ent.named and ent.kind == "organisation" \
                    and doc[c.head].lemma_.lower() == info.lemma and ent.plural == info.plural:
                return ent
        return None

    def _dashed_before(self, m: Mention) -> Entity | None:
        """"Deborah Reynolds - [Santilli's girlfriend and co-host] - told": a description set
        off by a spaced dash right after a person's name is that person."""
        doc, head = self.ctx.doc, self.ctx.doc[m.head]
        dashes = [j for j in range(head.left_edge.i, head.i) if spaced_dash(doc[j])]
        if not dashes:
            return None  # (the parse may hang the name on the description: "Reynolds - Santilli's girlfriend")
        k = dashes[-1]
        before = self.by_tok.get(k - 1)
        ent = before.entity if before is not None and before.end == k and before.kind == "name" else None
        if ent is None or ent.kind != "person" or after_dateline(doc[before.start : head.i + 1]).start > before.start:
            return None  # not a dateline's dash ("RANGOON, Burma - Aung San Suu Kyi's allies")
        return ent

    def _company_just_spoke(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"Mehra Industries said ... . The company added": a plain "the company" speaking right
        after a sentence of its paragraph whose subject (:meth:`_company_subject_before`) or
        source is a company's name, or in the quotation that opens the next paragraph, is that
        company (whatever other company the article names with "Group" in it)."""
        if not m.source or not info.definite or info.possessed or info.plural or any(
                t.i < info.head.i and t.pos_ in ("ADJ", "NOUN", "PROPN") for t in info.tokens):
            return None
        doc, ctx = self.ctx.doc, self.ctx
        at = doc[m.head].idx
        before = [k for k, st in enumerate(ctx.statements) if st.source is not None and st.source.end <= at]
        if not before:
            return None
        subject = self._company_subject_before(m)
        if subject is not None:  # "Hanseong Chemical, whose shares fell, struck a different tone. The company said"
            return subject
        k = max(before, key=lambda j: ctx.statements[j].source.start)
        root = self.roots[k]
        if root is None or not (ctx.sent_of[root.i] == m.sent - 1 and ctx.paragraph(root.idx) == ctx.paragraph(at)
                                or quote_goes_on(ctx, root.idx, at)):
            return None
        ent = self.statement_entity(k)
        return ent if ent is not None and ent.named and ent.kind == "organisation" and company_like(ent) else None

    def _company_subject_before(self, m: Mention) -> Entity | None:
        """The company named as the main-clause subject of the sentence right before the
        mention's, in its paragraph."""
        doc, ctx = self.ctx.doc, self.ctx
        found = {id(c.entity): c.entity for c in self.done
                 if c.sent == m.sent - 1 and c.kind == "name" and c.subject and not c.quoted
                 and doc[c.head].head.dep_ == "ROOT"
                 and ctx.paragraph(doc[c.head].idx) == ctx.paragraph(doc[m.head].idx)
                 and c.entity is not None and c.entity.named and c.entity.kind == "organisation"
                 and company_like(c.entity)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _last_outside_content(self, ent: Entity, before: int) -> int:
        """Head index of the entity's last mention before token ``before`` outside what is
        reported ("A senior lawmaker said [Mr. Kuwabara] was waiting": talked about, not
        speaking); -1 when none."""
        doc, ctx = self.ctx.doc, self.ctx
        return max((m.head for m in ent.mentions if m.head < before and not ctx.in_content(doc[m.head].idx)),
                   default=-1)


def listed(tok: Token, by_tok: dict) -> bool:
    """A description heading a list of unnamed others: a plural noun among its conjuncts,
    or two of them ("the President, Democrat politicians and the media")."""
    doc = tok.doc
    others = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i not in by_tok
              and c.is_alpha and not (c.i + 1 < len(doc) and doc[c.i + 1].text == "-" and not c.whitespace_)]
    # (not the pieces of a hyphenated word the parse split: "girlfriend and co - host")
    return len(others) >= 2 or any(c.tag_ in ("NNS", "NNPS") for c in others)
