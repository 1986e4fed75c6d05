"""Speakers a source gets through what stands around it: the person closing a "title of
[the] body" source the parse hung on the title; a second reporting verb without a subject,
coordinated with another statement's; a short name compounded onto an organisation noun
that another body's name spells out ("the UN mission"); who a document is by ("A report
published by the UN mission"); and who holds a role for a body owning the source ("Its chief
executive", "the farmers' leader"); the court whose judges write ("The judges wrote")."""
from __future__ import annotations

from spacy.tokens import Token

from .speakers_lexicon import LODGED_NOUNS, document_nouns, role_noun
from .speakers_model import Context, Entity, Mention
from .speakers_nominals import NominalInfo, last_before, synonyms

__all__ = ["SourceTies"]

# role nouns for whoever heads a body, one for another ("the farmers' leader" is its chairman)
_HEADS = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "president"})
# verbs by whose agent a document is written ("a report published by")
_AUTHORING = frozenset({"publish", "release", "issue", "write", "prepare", "conduct", "produce", "compile", "present",
                        "announce", "author", "draft", "draw", "carry", "file", "submit", "send"})  # ("drawn up by")
# verbs whose subject, in a relative clause on a document, sent it ("a note [he] attached to it")
_ATTACHING = frozenset({"attach", "send", "sign", "circulate", "table", "lodge"})
# role nouns for the members of a bench, who together speak for their court ("the judges wrote")
_BENCH = frozenset({"judge", "justice", "magistrate"})
_COURT_WORDS = frozenset({"court", "tribunal"})
# documents whose "of" names who issued them ("the ruling of the court"; not "an analysis of the data")
_RULINGS = frozenset({"ruling", "judgment", "judgement", "decision", "verdict", "statement", "resolution", "report"})
_NO_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_BENCH_SENTS = 2  # sentences back to the court's name
# texts that "the document" may take up besides those that speak for their issuer ("a transcript")
_TEXTS = frozenset({"transcript", "record", "minute", "paper", "file", "email", "e-mail", "notice"})
_TEXT_REACH = 80  # words back from "the document" to the text it takes up


class SourceTies:
    """Mixin of the resolver (:class:`.speakers_resolve.Resolver`) for sources read through
    their surroundings."""

    ctx: Context
    by_tok: dict[int, Mention]
    at: dict[int, Mention]
    entities: list[Entity]
    roots: list[Token | None]

    def statement_entity(self, k: int, depth: int = 0) -> Entity | None:  # pragma: no cover
        """Provided by the resolver."""
        raise NotImplementedError

    def _resolve_token(self, tok: Token) -> Entity | None:  # pragma: no cover
        """Provided by the resolver."""
        raise NotImplementedError

    def _titled_of_body(self, toks: list[Token], people: list[Mention]) -> Token | None:
        """The person who closes a "title of [the] body" source, when the parse hung them on
        the title as the body's ("Speaker of the House Lajos Kertész-Halmi", its "Speaker" the
        subject), or who is set off by commas right after it ("Counsel to INEC, Yusuf
        Abdullahi, a retired ... justice", its body the subject): the person's head."""
        doc = self.ctx.doc
        first = people[0]
        body = self.by_tok.get(first.start - 2) if first.start >= 2 and doc[first.start - 1].text == "," else None
        if body is not None and body.label in ("ORG", "GPE") and body.end == first.start - 1 and len(toks) > 2 \
                and toks[1].lower_ in ("to", "for", "of", "at") \
                and body.start - (doc[body.start - 1].lower_ == "the") == toks[1].i + 1:
            return doc[first.head]
        person = people[-1]
        body = self.by_tok.get(person.start - 1)
        if body is None or body.label not in ("ORG", "GPE") or person.end - 1 != toks[-1].i:
            return None
        k = body.start - (doc[body.start - 1].lower_ == "the")
        return doc[person.head] if k > toks[0].i and doc[k - 1].lower_ == "of" else None

    def _conjoined_speaker(self, k: int, depth: int) -> Entity | None:
        """A sourceless statement whose cue verb is coordinated with another statement's, and
        has no subject of its own, shares that statement's speaker ("He said the party would
        not accept ..., and [accused] the ruling party of ..."); its source span stays empty."""
        cue = self.ctx.statements[k].cue
        span = self.ctx.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
        verb = span.root if span is not None else None
        if verb is None or verb.dep_ != "conj" or verb.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        at, own = verb.head.idx, verb.idx
        for j, st in enumerate(self.ctx.statements):
            if j == k or self.roots[j] is None or st.cue is None:
                continue
            if st.cue.start <= at < st.cue.end and self.roots[j].head.i == verb.head.i:
                return self.statement_entity(j, depth + 1)
            if any(c.start <= at < c.end for c in st.content) and not any(c.start <= own < c.end for c in st.content) \
                    and self.roots[j].head.tag_ == verb.tag_ and verb.i > 1 and verb.nbor(-1).lower_ == "and":
                return self.statement_entity(j, depth + 1)  # the parse hung it on the content's last verb
        return None

    def _spelled_body(self, info: NominalInfo, short: Entity) -> Entity | None:
        """The one named body whose name holds the noun and spells out the short name compounded
        onto it ("the [UN] mission" after "the United Nations Verification Mission in Colombia")."""
        words = {w.lower() for n in short.names for w in n.split()}
        letters = {n for n in short.names if n.isupper()}
        found = []
        for ent in self.entities:
            if ent is short or not ent.named or ent.kind != "organisation":
                continue
            for name in ent.names:
                parts = name.split()
                low = {w.lower() for w in parts}
                spelled = any("".join(w[0] for w in parts[:len(a)]) == a for a in letters)
                if info.lemma in low and (spelled or words < low):
                    found.append(ent)
                    break
        return found[0] if len(found) == 1 else None

    def _document_author(self, info: NominalInfo) -> Entity | None:
        """Who a document source is by, named or described ("A report published last month by
        [the UN mission]", "a study by [the agency]", "a study commissioned by the council and
        [prepared] by the consultancy X": who prepared it, not who paid; "A [Congressional Budget
        Office] analysis", not "Federal Election Commission filings"; "a note [he] attached"; for a
        ruling or report only, "of": "The written ruling of [the Special Criminal Court]"; a part
        by its whole: "by the regional section of [the Court of Auditors]"): a named body or person."""
        head = info.head
        heads = [head] + [c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in document_nouns()] \
            + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj" and g.lemma_.lower() in document_nouns()]  # "That investigation, a [report]
        # compiled by ..."; "a summary of the [decision] released by the court"
        verbs = [c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        verbs += [g for c in verbs for g in c.children if g.dep_ == "conj" and g.tag_ == "VBN"]
        agents = [g for c in verbs if c.lemma_.lower() in _AUTHORING
                  for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        agents = agents or [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                            for g in c.children if g.dep_ == "pobj"]  # ("a statement from the company")
        agents = [_body_of(g) for g in agents if g.ent_type_ not in _NO_AUTHORS]  # (not "a cable from March")
        agents += [s for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in _AUTHORING | _ATTACHING
                   for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PRON", "PROPN")]  # "a note he attached"
        named = self.by_tok.get(head.i - 1)
        if not agents and named is not None and named.end == head.i and named.kind == "name" \
                and named.entity is not None and named.entity.kind == "organisation" and info.lemma not in LODGED_NOUNS:
            return named.entity  # "A Congressional Budget Office analysis released in March found"
        if not agents and info.lemma in _RULINGS:  # "The written ruling of the Special Criminal Court"
            agents = [b for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and (b := _body_of(g)).pos_ == "PROPN"]
        if len(agents) != 1 or agents[0].pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        after = next((x for x in self.names if x.start == agents[0].i + 1), None) if agents[0].pos_ == "NOUN" else None
        covering = next((x for x in self.names if x.start <= agents[0].i < x.end), None) or (
            after if after is not None and after.entity is not None and after.entity.kind == "person"
            and role_noun(agents[0].text) else None)  # ("by the Aberystwyth solicitor [Gareth Pritchard]")
        covering = self._possessed_body(covering)  # "by the Council of Europe's [Venice Commission]"
        bodies = {id(x.entity) for x in self.names if x.entity is not None and x.entity.kind == "organisation"
                  and agents[0].sent.start <= x.start < agents[0].i}
        if covering is None and agents[0].pos_ == "NOUN" and len(bodies) > 1 and after is None:  # (not "by the
            # website Politco")
            return None  # "The deal commits Gobi Khuder to shipping ... to the Hebei Jinrong Steel Group, according to
            # a summary released by [the company]": either
        ent = (covering.entity if covering is not None else None) or self._resolve_token(agents[0])  # "by the
        # Supreme [Council] for National Defence", "by the Faroese [Food] and Veterinary Authority"
        return ent if ent is not None and ent.named and ent.kind in ("organisation", "person") else None

    def _titled_name(self, toks: list[Token], root: Token | None) -> Token | None:
        """The head of a person's name closing a source after a title phrase the parse made the
        head of it ("Presidential chief of staff [Kim Jin-seong]", read as "chief of [staff Kim
        Jin-seong]"): words of a title only before the name, a role noun among them."""
        last = self.by_tok.get(toks[-1].i) if toks else None
        if last is None or root is None or last.entity is None or last.entity.kind != "person" \
                or last.end != toks[-1].i + 1 or last.start <= root.i < last.end or last.start <= toks[0].i:
            return None
        before = [t for t in toks if t.i < last.start]
        if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADP", "DET") or t.i in self.by_tok
               or t.pos_ == "ADP" and t.lower_ != "of" or t.pos_ == "DET" and t is not before[0] for t in before) \
                or not role_noun(root.text) or root.tag_ not in ("NN", "NNP") or root.i not in {t.i for t in before} \
                or role_noun(before[-1].text) \
                or before[-1].pos_ == "ADP":
            return None  # (not "A spokesman for ... Hillary Clinton", "the government of President Poroshenko", "the
            # governor of Mafraq")
        return self.ctx.doc[last.head]

    def _last_text(self, info: NominalInfo) -> Entity | None:
        """"The document says" after "According to the indictment, filed by X": whoever the last
        text named before it (of any :data:`_TEXTS` noun) is by, if anyone."""
        doc = self.ctx.doc
        last = next((t for t in reversed(doc[max(info.head.i - _TEXT_REACH, 0):info.head.i])
                     if t.pos_ == "NOUN" and t.lemma_.lower() in document_nouns() | _TEXTS), None)
        m = self.at.get(last.i) or self.by_tok.get(last.i) if last is not None else None
        return m.entity if m is not None and m.entity is not None and m.entity.named else None

    def _possessed_body(self, owner: Mention | None) -> Mention | None:
        """The body named right after an owner's possessive ("the Council of Europe's [Venice
        Commission]"), else the owner."""
        doc = self.ctx.doc
        if owner is None or owner.end >= len(doc):
            return owner
        at = owner.end if doc[owner.end - 1].tag_ == "POS" else owner.end + 1 if doc[owner.end].tag_ == "POS" else None
        body = next((x for x in self.names if x.start == at and x.kind == "name"), None) if at is not None else None
        return body if body is not None and body.entity is not None and body.entity.kind == "organisation" else owner

    def _owners_holder(self, info: NominalInfo) -> Entity | None:
        """"Its chief executive told the ABC", "Its" a named body: the one person named before
        with that role for that body ("Its chief executive, Bruce Tennant, was blunt")."""
        owner = next((c for c in info.head.children if c.dep_ == "poss"), None)
        if owner is None or not info.role or info.plural:
            return None
        body = self._resolve_token(owner) if owner.lower_ in ("its", "their") else self._members_body(owner, info)
        if body is None or body.kind != "organisation" or not body.named:
            return None
        nouns = synonyms(info.role) | (_HEADS if info.role in _HEADS else frozenset())
        found = [e for e in self.entities if e.kind == "person" and e.named and last_before(e, info.head.i) >= 0
                 and any(r.noun in nouns and r.affiliation in body.names for r in e.roles)]
        return found[0] if len(found) == 1 else None

    def _members_body(self, owner: Token, info: NominalInfo) -> Entity | None:
        """"The farmers’ leader": the one named body before whose name holds the plural noun
        of its members ("the Union of Independent Farmers of Bohemia and Moravia")."""
        if owner.tag_ != "NNS" or owner.ent_type_ or not owner.is_lower:
            return None
        found = [e for e in self.entities if e.kind == "organisation" and e.named
                 and last_before(e, info.head.i) >= 0
                 and any(owner.lower_ in n.lower().replace("’", " ").replace("'", " ").split() for n in e.names)]
        return found[0] if len(found) == 1 else None

    def _bench(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"The judges wrote that ...", right after "the Constitutional Court rejected a
        challenge": the one court named in this sentence or the two before."""
        if not (m.source and info.plural and info.definite and info.lemma in _BENCH) or info.possessed:
            return None
        k = self.ctx.sent_of[info.head.i]
        courts = [e for e in self.entities if e.kind == "organisation" and e.named
                  and any(w in _COURT_WORDS for n in e.names for w in n.lower().split())
                  and any(k - _BENCH_SENTS <= x.sent <= k and x.start < info.head.i for x in e.mentions)]
        return courts[0] if len(courts) == 1 else None


def _body_of(tok: Token) -> Token:
    """"by the regional [section] of the Court of Auditors": a part named by the whole it is
    part of; any other author as it is."""
    for _ in range(2):
        if tok.pos_ != "NOUN" or tok.ent_type_ or role_noun(tok.text):
            return tok  # (a person's role is no part: "from the chairman of the committee")
        whole = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if whole is None:
            return tok
        tok = whole
    return tok
