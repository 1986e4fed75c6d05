"""First-person sources: "I"/"we" inside another statement's quoted content are that
statement's speaker; outside quotes, "I" is the article's author (named only when a
signature line or a closing one-sentence bio follows), "we" an unnamed group, and
"you" always generic. An interview's "Q:" turns are the unnamed interviewer's, its
"A:" turns the person the article says was interviewed.

A mixin of :class:`~.speakers_resolve.Resolver`: it uses the resolver's context,
names, entities and statement resolution.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from .speakers_lexicon import ASKING_VERBS, PRONOUNS, asking_nouns, first_names
from .speakers_model import Context, Entity, Mention
from .doctext import doc_text

__all__ = ["FirstPerson"]

_BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*$")
_BYLINE_REACH = 400
# who may put an interview's questions, besides speakers_asking_nouns.txt
_REPORTERS = frozenset({"correspondent", "reporter", "journalist", "editor", "writer", "columnist"})
_SIGNATURE = re.compile(r"^\s*(@\w+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*? [A-Z][\w'’-]+)\.?\s*$")


def _clause_of(tok: Token) -> list[Token]:
    """The words of the clause a name stands in: its verb's subtree."""
    head = tok
    while head.dep_ not in ("ROOT", "ccomp", "advcl", "conj") and head.head.i != head.i:
        head = head.head
    return list(head.subtree)


def _turn_label(st) -> str | None:
    """"Q" or "A" for a statement that is an interview's turn ("Q: ...", "A: ..."), else None."""
    if st.cue is None or st.cue.text != ":" or st.source is None or st.source.text not in ("Q", "A"):
        return None
    return st.source.text


def _right_before(text: str, st, at: int) -> bool:
    """Whether a statement's last piece ends in the paragraph right before offset ``at``."""
    end = max(c.end for c in st.content) if st.content else st.cue.end
    gap = text[end:at]
    return end <= at and "\n" in gap and gap.count("\n") <= 2 and text[text.find("\n", end):at].strip() == ""


class FirstPerson:
    """First-person and author resolution (mixed into the resolver)."""

    ctx: Context
    names: list[Mention]
    entities: list[Entity]
    roots: list[Token | None]
    _author: Entity | None
    _generics: dict[str, Entity]

    def statement_entity(self, k: int, depth: int = 0) -> Entity | None:  # pragma: no cover
        """Provided by the resolver."""
        raise NotImplementedError

    def _resolve_token(self, tok: Token) -> Entity | None:  # pragma: no cover
        """Provided by the resolver."""
        raise NotImplementedError

    @staticmethod
    def _is_first(tok: Token) -> bool:
        info = PRONOUNS.get(tok.lower_)
        return info is not None and info[0] in (1, 2)

    def _first_person(self, k: int, root: Token, depth: int) -> Entity | None:
        """I/we: the speaker of the statement whose content holds it, else the author."""
        ctx = self.ctx
        span = ctx.statements[k].source
        for j in ctx.containing_statements(span.start, span.end):
            if j != k and self.roots[j] is not None and self.roots[j].i != root.i:
                return self.statement_entity(j, depth + 1)
        if ctx.in_quote(root.idx):
            region = next((q for q in ctx.quotes if q[0] < root.idx < q[1]), None)
            near = [j for j, st in enumerate(ctx.statements) if j != k and self.roots[j] is not None
                    and not self._is_first(self.roots[j]) and region is not None
                    and any(c.start < region[1] and region[0] < c.end for c in st.content)]
            if near:
                return self.statement_entity(min(near, key=lambda j: abs(self.roots[j].i - root.i)), depth + 1)
        if PRONOUNS[root.lower_][1] == "pl":
            return self._generic("we")
        return self._author_for(root)

    def _interview_turn(self, k: int, root: Token) -> Entity | None:
        """An interview's "Q:" and "A:" turns: the unnamed interviewer, and the person the
        article says was interviewed ("The interview with Secretary of State Antony
        Blinken ...", "X told the newspaper in an interview"), else an unnamed one."""
        turn = _turn_label(self.ctx.statements[k])
        if turn is None or len(root.text) != 1:
            return None
        first = min(st.source.start for st in self.ctx.statements if _turn_label(st) is not None)
        asker = self._interviewer(first)
        if turn == "Q":
            return asker or self._generic("interviewer", person=True)
        return self._interviewee(first, asker) or self._generic("interviewee", person=True)

    def _turn_answerer(self, tok: Token, gender: str, opening: Token) -> Entity | None:
        """"Q: Where did you learn to be this stubborn? // 'From Beatriz Olmedo,' she said": a
        he or she answering in the paragraph right after an interview's "Q:" turn is the
        person interviewed (:meth:`_interviewee`), where that one is of the pronoun's gender.
        ``opening`` is the first word of the answer (its quotation's, where that comes first)."""
        if tok.dep_ != "nsubj":
            return None
        turns = [st for st in self.ctx.statements if _turn_label(st) is not None]
        if not any(_turn_label(st) == "Q" and _right_before(doc_text(self.ctx.doc), st, opening.idx) for st in turns):
            return None
        first = min(st.source.start for st in turns)
        ent = self._interviewee(first, self._interviewer(first))
        return ent if ent is not None and ent.gender in (None, gender) and not ent.plural else None

    def _interviewer(self, first_turn: int) -> Entity | None:
        """The one person named before the first turn (at character ``first_turn``) whom the
        text calls a correspondent, reporter or interviewer ("she spoke to our correspondent
        Daniel Hart")."""
        doc, nouns = self.ctx.doc, _REPORTERS | asking_nouns()
        found = {id(m.entity): m.entity for m in self.names
                 if m.entity is not None and m.entity.kind == "person" and doc[m.start].idx < first_turn
                 and (any(r.noun.split()[-1] in nouns for r in m.entity.roles)
                      or any(t.lemma_.lower() in nouns for t in doc[max(m.start - 2, 0):m.start]))}
        return next(iter(found.values())) if len(found) == 1 else self._lead_in(first_turn)[0]

    def _lead_in(self, first_turn: int) -> tuple[Entity | None, Entity | None]:
        """Who asks and who answers, from the sentence that leads into the first turn: "Pritchard
        pressed her on payments:" (asker, the one pressed), "He spoke to this newspaper by phone:"
        (no asker, the subject, resolved); (None, None) where that sentence says neither."""
        doc = self.ctx.doc
        k = self.ctx.token_at(first_turn)
        last = next((t for t in reversed(doc[:k]) if not t.is_space), None) if k is not None else None
        if last is None or last.text != ":":
            return None, None
        root = last.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        subject = self._resolve_token(subj) if subj is not None else None
        if subject is not None and (subject.kind != "person" or subject.plural):
            subject = None
        if root.lemma_.lower() not in ASKING_VERBS:
            return None, subject
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        answerer = self._resolve_token(obj) if obj is not None else None
        return subject, answerer if answerer is not None and answerer.kind == "person" else None

    def _interviewee(self, first_turn: int, asker: Entity | None) -> Entity | None:
        """The one person named beside "interview" ("interview with X", "X ... in an
        interview", "interviewed X"), else the one who takes questions in the paragraph right
        before the first turn ("X took questions from reporters"), else the one person that
        paragraph makes a subject ("X later spoke to this newspaper"), else the person named most
        often before the first turn (at character ``first_turn``), a name in the headline
        counting once more, if more often than anyone else ("Q&A with Vice President Joe Biden.
        Vice President Joe Biden spent Thursday ... Biden complained"; "A conversation with
        Lucía Ferrer-Quintana"); never the one who asks."""
        people = [m for m in self.names if m.entity is not None and m.entity.kind == "person" and m.entity is not asker]
        found = {id(m.entity): m.entity for m in people
                 if any(t.lemma_.lower() == "interview" for t in _clause_of(self.ctx.doc[m.head]))}
        if len(found) == 1:
            return next(iter(found.values()))
        text = doc_text(self.ctx.doc)
        last = text.rfind("\n", 0, text.rfind("\n", 0, first_turn) - 1) if "\n" in text[:first_turn] else 0
        before = [m for m in people if m.subject and last <= self.ctx.doc[m.start].idx < first_turn]
        took = {id(m.entity): m.entity for m in before
                if any(t.lemma_.lower() == "question" for t in _clause_of(self.ctx.doc[m.head]))}
        if len(took) == 1:  # "Kowalczyk later took questions from reporters at the union hall. // Q: ..."
            return next(iter(took.values()))
        lead = self._lead_in(first_turn)[1]
        if lead is not None and lead is not asker:  # "He spoke to this newspaper by phone: // Q: ..."
            return lead
        if len({id(m.entity) for m in before}) == 1:  # "Jelena Marković later spoke to this newspaper by
            return before[0].entity  # telephone. // Q: ...": the one person the paragraph makes a subject
        headline = text.split("\n", 1)[0]
        counts = Counter(id(m.entity) for m in people if self.ctx.doc[m.start].idx < first_turn)
        counts.update({id(m.entity): 1 for m in people if any(n in headline for n in m.entity.names)})
        ranked = counts.most_common(2)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return next(m.entity for m in people if id(m.entity) == ranked[0][0])

    def _generic(self, label: str, person: bool = False) -> Entity:
        """One unnamed entity per article and label: the group of generic "you" and the
        authorial "we", or a person ("interviewer")."""
        if label not in self._generics:
            self._generics[label] = Entity(kind="person", named=False, label=label) if person else \
                Entity(kind="group", named=False, plural=True, label=label)
        return self._generics[label]

    def _author_for(self, tok: Token) -> Entity:
        """The article's author: a signature line after the mention names them."""
        sig = self._signature_after(tok.idx) or self._byline()
        if sig is not None:
            return sig
        if self._author is None:
            self._author = Entity(kind="person", named=False, label="author")
        return self._author

    def _signature_after(self, char: int) -> Entity | None:
        text = doc_text(self.ctx.doc)
        for para in re.finditer(r"[^\n]+", text[char:]):
            line = para.group(0).strip()
            start = char + para.start()
            found = _SIGNATURE.match(line)
            name = found.group(1) if found and self._looks_signed(found.group(1), start) else None
            name = name or self._bio_name(start, start + len(para.group(0)))
            if name:
                return self._named_person(name)
        return None

    def _byline(self) -> Entity | None:
        """The author a byline names near the top ("By Maria Lopez")."""
        found = _BYLINE.search(doc_text(self.ctx.doc)[:_BYLINE_REACH])
        return self._named_person(found.group(1)) if found else None

    def _looks_signed(self, name: str, start: int) -> bool:
        """A signature line: a handle, a known first name, or a person's name to spaCy."""
        if name.startswith("@") or name.split()[0].lower() in first_names():
            return True
        return any(x.entity is not None and x.entity.kind == "person" and self.ctx.doc[x.start].idx == start
                   for x in self.names)

    def _bio_name(self, start: int, end: int) -> str | None:
        """The name opening a closing one-sentence bio ("Jane Roe is a playwright ...")."""
        if doc_text(self.ctx.doc)[end:].strip():
            return None
        m = next((x for x in self.names if x.entity is not None and start <= self.ctx.doc[x.start].idx < end), None)
        if m is None or self.ctx.doc[m.start].idx != start or len(m.text.split()) < 2:
            return None
        head = self.ctx.doc[m.head]
        if head.dep_ != "nsubj" or head.head.lemma_ != "be":
            return None
        if any(x is not m and self.ctx.doc[x.start].idx < start and not self._alone_on_line(x)
               for x in m.entity.mentions):
            return None  # named in the story before: a subject, not the author (a byline line may name them)
        return m.text

    def _alone_on_line(self, x: Mention) -> bool:
        """Whether a mention is the whole of its line (a byline without "By": "Robert Reich")."""
        doc = self.ctx.doc
        text = doc_text(doc)
        a, b = doc[x.start].idx, doc[x.end - 1].idx + len(doc[x.end - 1])
        before = text[:a].rsplit("\n", 1)[-1]
        after = text[b:].split("\n", 1)[0]
        return not before.strip() and not after.strip()

    def _named_person(self, name: str) -> Entity:
        for ent in self.entities:
            if ent.named and name in ent.names:
                return ent
        ent = Entity(kind="person", named=True, names=[name])
        self.entities.append(ent)
        return ent
