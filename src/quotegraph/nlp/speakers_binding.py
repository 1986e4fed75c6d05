"""Pronouns bound by the syntax of their own sentence rather than by salience: a
reflexive's subject ("Trump describes himself"), the woman a clause of time is about
("A Berlin woman received probation after she had posted"), and the objects a subject
pronoun cannot be ("he told Hannity").

A mixin of :class:`~.speakers_resolve.Resolver`: it uses ``by_tok`` and
``_resolve_token``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .speakers_lexicon import ASKING_VERBS, PRONOUNS, first_names, gender_words, role_noun
from .recall import data_words
from .speakers_model import Entity, Mention
from .speakers_pronouns import salience_pick
from .speakers_name_context import HONORIFICS
from .speakers_nominals import describe, has_role

__all__ = ["Binding", "SEXED"]

_SUBORDINATORS = frozenset({"after", "when", "before", "because", "while", "as", "since", "although",
                           "though", "until", "once", "if"})
SEXED = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "gentleman": "m"}  # nouns that give a gender
_REPLY_VERBS = frozenset({"reply", "answer", "respond", "retort"})
# the words an indirect question opens on ("asked whether ...")
_QUESTION_WORD = re.compile(r"(?i)(?:whether|if|why|what|how|when|who|whom|where|which)\b")
_CLOSING = frozenset({"”", '"', "’"})


class Binding:
    """Syntactic binding of pronouns (see module docstring)."""

    def _binder(self, tok: Token) -> Entity | None:
        """The entity a reflexive pronoun refers to: the subject of its clause ("Trump
        describes [himself]", "she spoke about [herself]", "he wants to distance [himself]"), or
        the noun an emphatic one stands beside ("Kaiquinho [himself] has kept his counsel")."""
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ in ("PROPN", "NOUN"):
            return self._resolve_token(tok.head)
        verb = tok.head
        while verb.dep_ in ("prep", "pobj", "dobj") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return self._resolve_token(subj) if subj.i != tok.i else None
            if verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _main_subject(self, tok: Token, gender: str) -> Entity | None:
        """"A 29-year-old Berlin woman received probation after she had posted ...": the
        subject of a clause of time or cause, or of a clause coordinated with the main one
        ("My mother has softened with age, but even now she still says"), is the main
        clause's subject when that is one person known to be of the pronoun's gender."""
        subj = self._clause_subject(tok)
        if subj is None or subj.lower_ in PRONOUNS:
            return None
        ent = self._resolve_token(subj)
        if ent is None or ent.kind != "person" or ent.plural:
            return None
        sexed = ent.gender or SEXED.get(subj.lemma_.lower()) or gender_words().get(subj.lower_)
        return ent if sexed == gender else None

    def _distributive(self, m: Mention) -> Entity | None:
        """"Trump and Clinton vied ..., each touting ...": "each" and "both" standing alone
        speak for the plural group before them, else for an unnamed group."""
        ent, _ = salience_pick(self.ctx, m, "pl", None, self.done, [])
        if ent is not None and ent.plural:
            return ent
        return Entity(kind="group", named=False, plural=True, label=self.ctx.doc[m.head].text) if m.source else None

    def _relative_holder(self, tok: Token, gender: str) -> Entity | None:
        """A subject "he" or "she" inside a relative clause on a person noun, with no one else
        named in the clause before it ("a former appeals court judge who stepped aside after
        what [he] called ..."): that person (unnamed where the noun is indefinite)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if rel is None or rel.head.pos_ != "NOUN" \
                or not any(c.lower_ == "who" and c.dep_ == "nsubj" for c in rel.children):
            return None
        head = rel.head
        sexed = SEXED.get(head.lemma_.lower()) or gender_words().get(head.lower_)
        if not (role_noun(head.text) or sexed) or sexed not in (None, gender) or any(
                t.i < tok.i and (t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS and t.lower_ != "who")
                for t in rel.subtree):
            return None
        if any(c.lower_ in ("a", "an") for c in head.children):
            return Entity(kind="person", named=False, label=head.text)
        ent = self._resolve_token(head)
        return ent if ent is not None and ent.kind == "person" and ent.gender in (None, gender) else None

    def _lone_subject_before(self, tok: Token, gender: str, opening: Token) -> Entity | None:
        """A pronoun opening a sentence as its main subject (or right after the quotation that
        opens it), right after an unquoted sentence of the same paragraph whose main subject is
        the one named person of its gender there ("Prince Faisal appeared to push back. He said
        ..."; "Gondal was not impressed by the board's response. “...,” he said"): that person,
        whose gender the text may not have given yet."""
        ctx = self.ctx
        k = ctx.sent_of[opening.i]
        if k == 0 or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or ctx.sent_starts[k] != opening.i \
                or ctx.in_quote(tok.idx):
            return None
        start, end = ctx.sent_starts[k - 1], opening.i
        doc = ctx.doc
        if ctx.paragraph(doc[start].idx) != ctx.paragraph(tok.idx) \
                or any(t.text in ('"', "“", "”") or ctx.in_quote(t.idx) for t in doc[start:end]):
            return None
        found = [m for i in range(start, end) if (m := self.by_tok.get(i)) is not None
                 and m.entity is not None and m.entity.kind == "person" and m.entity.gender in (gender, None)]
        people = {id(m.entity): (m, m.entity) for m in found}
        if len(people) > 1 and all(m.kind == "name" or doc[m.head].tag_ == "PRP$" for m in found):
            people = {id(m.entity): (m, m.entity) for m in found if m.kind == "name"}  # ("A pig farmer who shares
            # his first name, Pieter Kuipers, was unmoved. He told ...": a possessive is no rival)
        if len(people) != 1:
            return None
        m, ent = next(iter(people.values()))
        head = doc[m.head]
        head = _closing_apposition(head, m.end)
        if opening is not tok and self._other_source(doc[start:end], head):
            return None  # ("Okonkwo-Bell turned to the sheriff, who said ... . “...,” he added")
        unsexed = ent.gender is None and m.kind == "name" and opening is not tok
        if not (ent.named and (ent.gender == gender or unsexed) and head.dep_ in ("nsubj", "nsubjpass")
                and head.head.dep_ == "ROOT" and head.head.lemma_.lower() not in ASKING_VERBS):
            return None  # ("Reyes asked the superintendent whether ... . He said": the one asked)
        ent.gender = gender  # (learnt, as a speaking pronoun teaches it)
        return ent

    def _title_subject_before(self, tok: Token, gender: str, opening: Token, picked: Entity | None) -> Entity | None:
        """"The mayor of Valparaíso has joined by video link. [She] said ...": a he or she
        opening its sentence as its main subject, right after an unquoted sentence of the same
        paragraph whose main subject is one person's definite title, and which names no one this
        pronoun may be, is whoever that title is, perhaps someone yet unnamed, over the named
        person ``picked`` by salience where the text gave that one other roles only, and did not
        name it in the title's paragraph (not "Ted Cruz. The senator from Texas continues to ... .
        He has ...": the senator may be Cruz); an age's description is most often of someone named
        ("The 67-year-old former judge was less diplomatic")."""
        start = tok if _after_opening_clause(tok) else opening  # ("Asked whether ..., [she] said")
        before = _sentence_before(start, clause=True) if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" else None
        if before is None or self.ctx.in_quote(tok.idx) \
                or any(t.text in ('"', "“", "”") or self.ctx.in_quote(t.idx) for t in before):
            return None
        subj = next((t for t in before if t.dep_ == "nsubj" and t.head.i == before.root.i), None)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.i in self.by_tok or not role_noun(subj.text) \
                or SEXED.get(subj.lemma_.lower(), gender) != gender or self._may_be(before, gender):
            return None
        info = describe(subj)
        if not info.definite or info.plural or info.kind != "person" or not info.role or info.age \
                or gender_words().get(subj.lower_, gender) != gender:
            return None
        ent = self._resolve_token(subj)
        if ent is None or ent.kind != "person" or ent.plural or ent.gender not in (None, gender) or ent is picked:
            return None
        para = self.ctx.paragraph(subj.idx)
        if picked is not None and any(x.start < tok.i and self.ctx.paragraph(tok.doc[x.start].idx) == para
                                      for x in picked.mentions):
            return None  # ("In [his] solo campaign debut, the former president gave ... . He didn't mention")
        return ent if ent.named or picked is None or picked.roles and not has_role(picked, info.role) else None

    def _other_source(self, sent, head: Token) -> bool:
        """Whether a sentence holds a statement whose source is not ``head``'s ("Okonkwo-Bell
        turned to the sheriff, who said ..."): someone else spoke there."""
        a, b = sent[0].idx, sent[-1].idx + len(sent[-1])
        for st in self.ctx.statements:
            if st.source is None or not a <= st.source.start < b or st.source.start <= head.idx < st.source.end:
                continue
            toks = [t for t in sent if st.source.start <= t.idx < st.source.end]
            if any(t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS or t.lower_ == "who" or role_noun(t.text)
                   for t in toks):
                return True  # (not "the board's response")
        return False

    def _main_group(self, tok: Token) -> Entity | None:
        """"He and his partner came to the events because they wanted ...": "they" as the
        subject of a clause of time or cause, or of one coordinated with the main clause, is
        the main clause's plural subject: the group of names it coordinates, else the
        entity of a plural noun, else an unnamed group of the coordinated people."""
        subj = self._clause_subject(tok)
        if subj is None:
            return None
        conj = [c for c in subj.children if c.dep_ == "conj"]
        if not conj and subj.tag_ not in ("NNS", "NNPS"):
            return None  # one subject, taken up by "they" only through salience
        groups = self.group_at.get(subj.i, [])
        if groups:
            return groups[0].entity
        if not conj:
            return self._resolve_token(subj) if subj.lower_ not in PRONOUNS else None
        phrase = subj.doc[subj.left_edge.i: conj[-1].right_edge.i + 1].text
        return Entity(kind="group", named=False, plural=True, label=phrase)

    def _clause_subject(self, tok: Token) -> Token | None:
        """The main clause's subject before a subject pronoun in a clause of time or cause,
        or in a clause coordinated with the main one (see :meth:`_main_subject`); for the main
        clause's own subject pronoun, the subject of such a clause opening its sentence."""
        verb = tok.head
        asked = verb.head if verb.dep_ == "ccomp" and verb.i != verb.head.i else None
        if asked is None and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
            asked = next((a for a in verb.ancestors if a.lemma_ == "ask"), None)  # "Asked during a recess
            # whether he was acting on orders": the question hung on the noun before it
        if tok.dep_ == "nsubj" and asked is not None and asked.lemma_ == "ask" and asked.tag_ == "VBN" \
                and asked.dep_ == "advcl" and asked.i < tok.i < asked.head.i:  # "Asked by de los Santos whether
            # he feared for his safety, the witness nodded": the one asked, the main clause's subject
            return next((c for c in asked.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
        subordinate = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS
                                                   for c in verb.children)
        coordinate = verb.dep_ == "conj" and verb.head.dep_ == "ROOT"  # not a conjunct of a reported clause
        if tok.dep_ == "nsubj" and not (subordinate or coordinate):
            return _leading_clause_subject(verb, tok)
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (subordinate or coordinate):  # ("X said Carson had been
            return None  # led astray - and he singled out ...": X)
        main = verb.head
        if main.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(c.dep_ == "aux" for c in main.children):
            return None  # not "with Weaver standing behind him as he urged" ("has softened" is finite)
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and subj.i < tok.i else None

    def _someone_before(self, tok: Token, gender: str, opening: Token) -> Entity | None:
        """"But that changed when [one voter] brought up immigration. [She] asked Sanders ...":
        a he or she opening its sentence (or after the quotation that opens it: "An Irish
        skipper was less hopeful. “...,” he said"), right after a sentence of its paragraph
        whose subject is one unnamed person ("a woman", "one voter"), is that person."""
        before = _sentence_before(opening, across=True) if tok.dep_ == "nsubj" else None
        if before is None:
            return None
        subj = _indefinite_person(before)
        if subj is None or SEXED.get(subj.lemma_.lower(), gender) != gender or self._may_be(before, gender) \
                or self.ctx.in_quote(subj.idx) \
                or subj.head.lemma_.lower() in ASKING_VERBS \
                and (tok.head.lemma_.lower() in _REPLY_VERBS or opening is not tok):
            return None  # (not "“A captain who does not come ... is not a captain.”"; not "One journalist asked
            # whether ... . “...,” she replied")
        ent = self._resolve_token(subj)
        return ent if ent is not None and not ent.named and ent.kind == "person" and not ent.plural else None

    def _may_be(self, sent, gender: str) -> bool:
        """Whether a sentence names someone a pronoun of this gender may be, or a proper noun
        of no known kind ("A reporter asked Sanders how he felt. He replied:")."""
        for t in sent:
            m = self.by_tok.get(t.i)
            if m is None and t.pos_ == "PROPN" and t.lower_ not in gender_words() and not role_noun(t.text) \
                    or t.ent_type_ == "PERSON" and (m is None or m.entity is None):
                return True  # (not the "Mr." of "Mr. Vukovich")
            ent = m.entity if m is not None and m.kind == "name" else None
            if ent is None and t.dep_ == "nsubj" and t.head.i == sent.root.i and t.pos_ == "NOUN":
                ent = self._resolve_token(t)  # or a description of one: "The witness answered that a project
                # engineer ... would meet him"
            if ent is not None and ent.named and ent.kind == "person" and ent.gender in (None, gender):
                return True
        return False

    def _possessor_bound(self, tok: Token, gender: str) -> Entity | None:
        """"Yumiko Horikawa, the top government spokesman, struck a note at [her] briefing": a
        his or her in a clause whose subject is one named person, with no other person named
        between them, is that person, as is one in a phrase opening the clause before its named
        subject; their gender then comes from it where only a role noun gave one ("spokesman").
        Not "Obama praised Biden for his work"."""
        if tok.tag_ != "PRP$" or tok.lower_ not in ("his", "her") or self.ctx.in_quote(tok.idx):
            return None
        verb = tok.head
        while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i:
            verb = verb.head  # (past "According")
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None) \
            or next((c for c in verb.children if c.dep_ == "nsubj" and any(  # "According to [her] disclosure,
                p.dep_ == "prep" and p.left_edge.i <= tok.i <= p.right_edge.i < c.i for p in verb.children)), None)
        if subj is None or subj.i not in self.by_tok or self.by_tok[subj.i].kind != "name":  # Okafor-Brandt holds"
            return None
        ent = self._resolve_token(subj)
        low, high = sorted((subj.i, tok.i))
        if ent is None or ent.kind != "person" or ent.plural or any(
                m.entity is not None and m.entity is not ent and m.entity.kind == "person"
                for m in self.done if low < m.head < high):
            return None
        if ent.gender not in (None, gender):
            if not _role_gender_only(ent):
                return None
            ent.gender = gender
        return ent

    def _answerer(self, tok: Token, gender: str, opening: Token) -> Entity | None:
        """"Costa asked her whether the strike would go ahead. “It will,” she said": a he or
        she answering, right after a sentence of its paragraph that puts a question to one
        person of that gender (not "asked her to ..."), is that person, not the asker.
        ``opening`` is the first word of the answer (its quotation's, where that comes first)."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in data_words("answer_verbs.txt"):
            return None
        before = _sentence_before(opening)
        for verb in before if before is not None else ():
            obj = _questioned(verb)
            if obj is None or self.ctx.in_content(verb.idx):
                continue  # not a question inside someone's account ("..., she said, was a question ...")
            asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            ent = self._resolve_token(obj)
            if ent is None or ent.kind != "person" or ent.plural or (asker is not None
                                                                      and self._resolve_token(asker) is ent):
                return None
            sexed = ent.gender or PRONOUNS.get(obj.lower_, (0, "", None))[2]
            return ent if sexed == gender else None
        return self._addressed(opening, gender) if tok.head.lemma_.lower() in _REPLY_VERBS else None

    def _asker_before(self, tok: Token, opening: Token) -> frozenset[int]:
        """The speaker of the last question right before a reply ("“Who was responsible for
        that delay?” Ngata asked. // “Ultimately, the responsibility was mine,” he replied"; "One
        journalist asked whether ... . “...,” she replied"), whom the one replying is not: their
        entity's id, if any."""
        reply = tok.head.lemma_.lower() in _REPLY_VERBS
        if tok.dep_ != "nsubj" or not reply and opening is tok:
            return frozenset()
        ctx = self.ctx
        k = ctx.sent_of[opening.i]
        start = ctx.doc[ctx.sent_starts[max(k - (2 if reply else 1), 0)]].idx
        found: frozenset[int] = frozenset()
        for st in ctx.statements:
            if st.source is None or not st.content or not start <= st.content[-1].start < opening.idx:
                continue
            cue = ctx.doc[ctx.token_at(st.cue.start)] if st.cue is not None else None
            asked = cue is not None and cue.lemma_.lower() in ASKING_VERBS and cue.tag_ != "VBN" \
                and any(c.dep_ == "nsubj" for c in cue.children) and ctx.doc[cue.i - 1].text != ","  # (not "Asked
            # whether ..., Dr Kaur-Bennett said", "Leitgeb, asked whether ..., paused": the one asked)
            question = st.content[-1].text.rstrip("”\"’' ").endswith("?")
            put = asked and cue.lemma_.lower() == "ask" and (question or _QUESTION_WORD.match(st.content[0].text))
            if reply and (asked or question) or put:
                # (or "One journalist asked whether ... . “...,” she said": a quotation answering the question just
                # put; not "Band asked her to call Mr. Chagoury. '...,' he wrote", nor "questioning how ...")
                head = ctx.token_at(st.source.end - 1)
                m = self.by_tok.get(head) or self.at.get(head)
                if m is not None and m.entity is not None:
                    found = frozenset({id(m.entity)})  # (the last question's)
        return found

    def _addressed(self, opening: Token, gender: str) -> Entity | None:
        """"'You were in the room, Mr Farrugia Mallia,' the judge said. '...' // He replied": the
        one person of the pronoun's gender whom a quotation in the three sentences before the
        reply calls by name at its end, after a comma (not "The new mayor, Carmen Llobet, told")."""
        ctx, doc = self.ctx, self.ctx.doc
        k = ctx.sent_of[opening.i]
        found: dict[int, Entity] = {}
        for i in range(ctx.sent_starts[max(k - 3, 0)], opening.i):
            m = self.by_tok.get(i)
            if m is None or m.start != i or m.kind != "name" or m.entity is None or m.entity.kind != "person" \
                    or not ctx.in_quote(doc[i].idx):
                continue
            start = i - 1 if i > 0 and doc[i - 1].lower_ in HONORIFICS else i
            closing = [t.text for t in doc[m.end:m.end + 2]]
            if start > 0 and doc[start - 1].text == "," and any(c in _CLOSING for c in closing) \
                    and all(t.is_punct for t in doc[m.end:m.end + 2]):  # ("..., Mr Farrugia Mallia,”")
                found[id(m.entity)] = m.entity
        people = [e for e in found.values() if e.gender in (None, gender)]
        return people[0] if len(people) == 1 and people[0].gender == gender else None

    def _subject_entity(self, tok: Token) -> frozenset[int]:
        """Id of the entity an object pronoun's clause has as subject ("Costa asked [her]":
        not Costa), which a pronoun other than a reflexive cannot be."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "with"):
            verb = verb.head
        elif tok.dep_ not in ("dobj", "dative", "iobj"):
            return frozenset()
        if verb.dep_ == "acomp":
            verb = verb.head  # "who is not related to [her]"
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is not None and subj.tag_ == "WP" and verb.dep_ == "relcl":
            subj = verb.head  # "Serge Mboumba, who is not related to [her],": not Serge Mboumba
        ent = self._resolve_token(subj) if subj is not None and subj.i in self.by_tok else None
        return frozenset({id(ent)}) if ent is not None else frozenset()

    def _objects_of(self, tok: Token) -> frozenset[int]:
        """Ids of the named entities a subject pronoun's verb takes as object ("he told
        Hannity", "she thanked Obama"), or after it through prepositions ("She looked across
        at Gráinne"), or by whom something in a phrase before it was done ("In a statement read
        by her lawyer, Margaret Leung, she said"): the pronoun is none of them."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return frozenset()
        verb = tok.head
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
        preps = [c for c in verb.children if c.dep_ == "prep" and (c.i > verb.i or c.lower_ in ("to", "with"))]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "across at"
        objs += [g for c in preps for g in c.children if g.dep_ == "pobj"]
        objs += [t for c in verb.children if c.dep_ == "prep" and c.i < tok.i for t in c.subtree
                 if t.dep_ in ("pobj", "appos") and t.ent_type_ == "PERSON"
                 and any(a.lower_ == "by" and c.i < a.i for a in t.ancestors)]  # (not "As for Trump, he was")
        return frozenset(id(self.by_tok[o.i].entity) for o in objs
                         if o.i in self.by_tok and self.by_tok[o.i].entity is not None)


_ONE = frozenset({"a", "an", "one", "another"})


def _role_gender_only(ent: Entity) -> bool:
    """Whether a person's gender comes only from a role noun ("spokesman"), not from an
    honorific or a given name."""
    return not any(m.gender for m in ent.mentions) and not any(
        len(n.split()) > 1 and n.split()[0].lower() in first_names() for n in ent.names)


def _leading_clause_subject(verb: Token, tok: Token) -> Token | None:
    """The subject of a clause of time or cause that opens the pronoun's own sentence ("When
    [the First Minister] rose to respond, she said ..."), if it has one that is no pronoun."""
    lead = next((c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in _SUBORDINATORS for m in c.children)), None)
    subj = next((c for c in lead.children if c.dep_ in ("nsubj", "nsubjpass")), None) if lead is not None else None
    return subj if subj is not None and subj.lower_ not in PRONOUNS else None


def _questioned(verb: Token) -> Token | None:
    """The one a verb of asking puts a question to ("asked her whether ...", "pressed
    Mendes on the date", "asked Mendes about it", :func:`_asked_about`); not a request
    ("asked her to resign")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING_VERBS or verb.tag_ == "VBN":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return _asked_about(verb)
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None
    question = any(c.dep_ in ("ccomp", "advcl") and any(w.lower_ in _WH for w in c.subtree if w.i < c.i)
                   for c in verb.children) or any(c.dep_ == "prep" and c.lower_ in ("about", "on")
                                                  for c in verb.children)
    return obj if question else None


_WH = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})


def _asked_about(verb: Token) -> Token | None:
    """The named subject of the "whether" or "if" question a verb of asking puts to no one
    in particular ("Sen. Dunmore asked whether [Castellanos] would defend ..."): in a hearing or
    an interview, whom the question is put to."""
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(w.dep_ == "mark" and w.lower_ in ("whether", "if") for w in c.children):
            continue
        subj = next((w for w in c.children if w.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
            return subj
    return None


def _sentence_before(opening: Token, across: bool = False, clause: bool = False):
    """The sentence before the one ``opening`` opens (its first word, or the quotation that
    comes first; ``clause``: or the subject right after a clause hung on its verb), in the same
    paragraph (``across``: or ending the paragraph before); None when ``opening`` opens no sentence."""
    doc, sent = opening.doc, opening.sent
    if sent.start == 0 or opening.i > _first_word(sent) and not (clause and _after_opening_clause(opening)):
        return None
    before = doc[sent.start - 1].sent
    while across and before.start > 0 and all(t.is_space for t in before):
        before = doc[before.start - 1].sent  # a paragraph break the parser made a sentence of
    breaks = sum(t.text.count("\n") > 0 for t in doc[before.start: sent.start])
    return before if breaks == 0 or across and breaks == 1 else None


def _after_opening_clause(tok: Token) -> bool:
    """Whether only a clause hung on its verb comes before a subject in its sentence ("[Asked
    whether the target was realistic,] she said")."""
    clauses = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i]
    return tok.dep_ == "nsubj" and bool(clauses) and all(
        any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses) or t.is_punct or t.is_space
        for t in tok.doc[_first_word(tok.sent): tok.i])


def _first_word(sent) -> int:
    """The index of a sentence's first word (past an opening quotation mark)."""
    return next((t.i for t in sent if not (t.is_punct or t.is_space)), sent.start)


def _indefinite_person(sent) -> Token | None:
    """The subject of a sentence's last clause, or else of its main clause, when it is one
    unnamed person ("one voter", "a woman"): a singular person noun with "a", "an", "one"
    or "another"."""
    subjects = [t for t in sent if t.dep_ == "nsubj"]
    main = [t for t in subjects if t.head.i == sent.root.i]
    opening = [t for t in subjects[:1] if t.left_edge.i == sent.start]  # "A younger man helping him ..., said"
    heard = [t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_ == "hear"]
    # ("the court heard from a former Lumora employee who ...")
    for subj in subjects[-1:] + (main[:1] or opening) + heard[:1]:
        if subj.tag_ == "NN" and any(c.lower_ in _ONE for c in subj.children if c.dep_ in ("det", "nummod")) \
                and describe(subj).kind == "person":
            return subj
    return None


def _closing_apposition(head: Token, end: int) -> Token:
    """A name set off at the end of a sentence's subject ("A pig farmer from Brabant who
    shares his first name, Pieter Kuipers, was unmoved", which the parse may hang on "name"):
    the subject's head; else ``head``."""
    if head.dep_ != "appos":
        return head
    doc = head.doc
    subject = next((c for c in head.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NN", "NNP") or not subject.i < head.i <= subject.right_edge.i \
            or end + 1 >= len(doc) or doc[end].text != "," \
            or head.sent.root.i not in (doc[end + 1].i, doc[end + 1].head.i):
        return head
    return subject
