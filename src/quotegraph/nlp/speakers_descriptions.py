"""Definite descriptions in subject position that take up a person just named ("Donald
Trump says ... . The Republican nominee noted ..."), across a quotation to the name
before it that holds the description's role, or by the country the description names.

A mixin of :class:`~.speakers_resolve.Resolver`: it uses the resolver's context and the
mentions resolved so far.
"""
from __future__ import annotations

from spacy.tokens import Token

from .doctext import doc_text
from .recall import data_words
from .speakers_binding import SEXED
from .speakers_cataphora import lead_cataphor, lead_role_holder, reintroduced
from .speakers_lexicon import ASKING_VERBS, asking_nouns, role_noun, sole_posts
from .speakers_model import Context, Entity, Mention
from .speakers_pronouns import named_in, source_content
from .speakers_posts import other_body, other_named_body, other_office, other_post
from .speakers_referents import ages_in
from .speakers_nominals import (ANONYMOUS, NominalInfo, described_countries, has_role, known_words, party_conflict,
                                rank_conflict, person_countries, proper_mods, sources_holding)

__all__ = ["Descriptions", "withholds_name"]

_QUOTED_RUN = 6  # at most this many quoted sentences passed over to reach a description's antecedent
# modifiers by which a description picks out someone other than the person just named
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "next", "other", "latest"})
_ANYONE = frozenset({"man", "woman", "person", "lady", "gentleman", "boy", "girl"})  # roles anyone may hold


# a description of someone who keeps their name back ("The head of the village, who asked not
# to be named because he had not been authorised to speak, said")


def withholds_name(info: NominalInfo) -> bool:
    """Whether a description says its person keeps their name back, in its own words or
    between it and its verb: someone new, whom no named person is."""
    head = info.head
    end = head.head.i if head.head.i > head.i else head.right_edge.i + 1
    return bool(ANONYMOUS.search(head.doc[head.left_edge.i:end].text))


def _person_behind(ent: Entity) -> Entity | None:
    """A person, or the person an organisation is named after ("the Trump team": Trump)."""
    if ent.kind == "person":
        return ent
    owner = ent.owner if ent.kind == "organisation" else None
    return owner if owner is not None and owner.kind == "person" else None


def _title_cased(info: NominalInfo, ent: Entity) -> bool:
    """Whether a description is written like a name, every word capitalised ("The Union
    Leader", a newspaper), with a word the person is not known by: not a description of them."""
    head = info.head
    if head.is_sent_start or not head.text[:1].isupper() or head.tag_ != "NNP" or info.member:
        return False  # "The Wisconsin Republican" is a party member
    mods = [t for t in info.tokens if t.i < head.i and t.dep_ != "det"]
    return bool(mods) and all(t.text[:1].isupper() for t in mods) and bool(proper_mods(info) - known_words(ent))


def _ordinal(info: NominalInfo) -> bool:
    """Whether an ordinal or "other" picks the described person out of several ("the
    second caller"), not as part of a title ("the former first lady")."""
    return any(t.lower_ in _ORDINALS and not role_noun(f"{t.text} {t.nbor(1).text}")
               for t in info.tokens if t.i < info.head.i)


def _came_from(tok) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_ == "come"


def _given_ages(ent: Entity, doc, before: int) -> set[str]:
    """The ages the text gives a named person before token ``before``: a number set off
    right after a name or a description of them ("Montserrat Llorca-Bañuls, 44, a former
    nurse"; "Earl Dobbs (78)"; "The senator, 58, denied"), or an age in a description set
    off after a name ("Gregory Hale, a 62-year-old lawyer,"), in a description already taken
    as them, or in a role the text gave them before."""
    ages: set[str] = set()
    for c in ent.mentions:
        k = c.end
        if c.kind not in ("name", "nominal") or c.start >= before:
            continue
        if k + 2 < len(doc) and doc[k].text in (",", "(") and doc[k + 1].text.isdigit() \
                and doc[k + 2].text in (",", ")", ".", ";"):
            ages.add(doc[k + 1].text)
        for a in (a for a in doc[c.head].children if a.dep_ == "appos" and a.i > c.head):
            ages |= set(ages_in(doc[a.left_edge.i : a.right_edge.i + 1].text))
        if c.kind == "nominal":  # "the 58-year-old said", taken up as them before
            ages |= set(ages_in(doc[doc[c.head].left_edge.i : c.head + 1].text))
    for r in ent.roles:  # "The island's 67-year-old mayor, Gerasimos Lykiardopoulos,"
        if r.at < before:
            ages |= set(ages_in(r.text))
    return ages


_BOUND = {"himself": "m", "herself": "f", "his": "m", "her": "f"}
_SAID = {"he": "m", "she": "f"}
_AGE_REACH = 4  # sentences back in which an age description may find the one person of its gender


def _bound_gender(head: Token) -> str | None:
    """The gender a subject's own verb gives it through "himself"/"herself" or "his own"/
    "her own" ("The Republican then addressed his own supporters"), or through the subject of
    what it says ("The Ohio Democrat said she would")."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i == head.i:
        return None
    sexed = {SEXED[c.lemma_.lower()] for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in SEXED}
    if len(sexed) == 1:
        return sexed.pop()  # "The opposition leader, a [man] who never brings one document"
    for t in verb.subtree:
        if t.i > head.i and t.lower_ in _BOUND and (t.lower_.endswith("self") and t.head.i == verb.i
                                                  or t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "own"):
            return _BOUND[t.lower_]
    said = {_SAID[t.lower_] for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            for t in c.subtree if t.dep_ == "nsubj" and t.lower_ in _SAID}
    return said.pop() if len(said) == 1 else None  # "the Ohio Democrat said she would introduce"; "The
    # 58-year-old insisted that the company had inherited ... since he took over"


def _in_role_mods(ent: Entity, word: str) -> bool:
    """Whether the text gave ``ent`` a role with ``word`` among its modifiers ("Carrick manager")."""
    return any(word in r.mods for r in ent.roles)


class Descriptions:
    """Description resolution (mixed into the resolver)."""

    ctx: Context
    done: list[Mention]
    entities: list[Entity]
    by_tok: dict[int, Mention]
    at: dict[int, Mention]
    roots: list[Token | None]
    names: list[Mention]

    def _description(self, m: Mention, info: NominalInfo) -> Entity | None:
        """A definite description in subject position that takes up the main-clause subject of
        the previous sentence or of its own ("Donald Trump says ... . The Republican nominee
        noted ..."; "The Trump team has said ... . The GOP candidate proposes ..."): only when
        that subject is one named person, or an organisation named after one, of fitting gender.
        When those sentences have no such subject and the ones before are wholly quoted, the
        last name before the quotation is taken if the text gave it the same role noun ("Sen.
        Sanders called ... . 'China is ... . North Korea is ...,' the Vermont senator told ABC")."""
        if _ordinal(info):
            return None  # "The first caller, who identified herself as a nurse": someone new
        return self._of_age(m, info) if info.age else self._described(m, info)

    def _described(self, m: Mention, info: NominalInfo) -> Entity | None:
        """:meth:`_description` past its ordinals and ages."""
        before = self._own_content_sent(m) - 1
        opens = self._opens_paragraph(info)
        if before > 0 and self._no_words(before) and (opens or info.age and "\n" in self._sentence(before).text):
            before -= 1  # 'Trump says he will accept the results — "if I win." // The Republican nominee'; for an
            # age, a closing mark that ends the paragraph before ('... of ideas." // Speaking to journalists, the
            # 54-year-old': not "... didn't know what to do." // When the team leader realized)
        people = self._subjects_since(m, before, names_only=False)
        if not people:  # "According to Gharibabadi, the IAEA should ... . The senior official also stressed"
            people = self._sources_in(m, before)
        first = m.sent - 1
        # a paragraph opening after a quotation whose closing mark the parser made a sentence of its
        # own ("'...,' Sessions said. '...' // The Alabama Republican said")
        new_para = opens and first > 0 and self._no_words(first)
        while not people and first > 0 and m.sent - first < _QUOTED_RUN and (
                self._all_quoted(first) or new_para and first == m.sent - 1):
            first -= 1
        if not people and first < m.sent - 1 and (info.role or info.member or info.age or described_countries(info)):
            named = self._subjects_since(m, first, names_only=True)
            people = [e for e in named if info.role and has_role(e, info.role)]
            # "'...,' Ayotte said. '...?' The Republican incumbent said": the quotation's own speaker
            # (or a description the text resolved to them: "'...,' the City manager told ... . '...'
            # The Spaniard said")
            people = people or [e for e in self._subjects_since(m, first, names_only=False, sources=True)
                                if not (new_para and info.role and info.role not in _ANYONE
                                        and not has_role(e, info.role))]
            # (past a paragraph break only a holder of the role: not "'...,' said Chuck Rocha, president of
            # a firm. '...' // The GOP nominee has staked", nor "'...,' Mr. Trump said. '...' // The Texas
            # senator has denied")
        if len(people) != 1 or not people[0].named or self._named_before_in_sentence(m, people[0]) \
                or self._introduced_indefinite(m, info):
            return None
        if self._speaks_it(m, people[0]):
            return None  # "Inspector Sarah Coulson said the victim's family ...": no one's own description
        if self._quoted_in_own(m, people[0]):
            return None  # "'Bence worked twelve hours. I had to order him to eat,' the team leader said"
        asked = self._asked_before(m, people[0])
        if asked is not None:  # "Gareth Lloyd-Evans wanted to know whether Sir Nigel would ... . '...,' the
            # witness answered": Sir Nigel, the one person the question names, if any
            return asked if asked and not (info.gender and asked.gender not in (None, info.gender)) else None
        if self._coordinated_subject(m, first):
            return None
        ent = self._post_holder(info, people[0]) or self._better_described(info, people[0]) or people[0]
        gender = info.gender or _bound_gender(info.head)
        if gender and ent.gender and gender != ent.gender:
            return None
        if other_body(info, ent):
            return None  # "Helen Marsh, the trust's chief executive, said ... . '...,' the union leader said"
        if rank_conflict(info, ent):
            return None  # "Tregonning, the secretary, said ... . The deputy secretary said"
        if party_conflict(info, ent):
            return None  # "Scholz, a Social Democrat ... . The CDU leader rejected"
        if info.role in asking_nouns() and not has_role(ent, info.role):
            return None  # "Trump was asked ... . '...,' the moderator said"
        if _title_cased(info, ent):
            return None  # "Cruz faces attacks. The Union Leader said"
        if other_post(info, ent) or other_office(info, ent) or other_named_body(info, ent):
            return None  # "Hartono, head of the disaster agency, said ... . The head of Karangrejo village said"
        codes, known = described_countries(info), person_countries(ent)
        return None if codes and known and not codes & known else ent  # "the French president" is no Canadian

    def _of_age(self, m: Mention, info: NominalInfo) -> Entity | None:
        """An age description ("the 44-year-old"): the one person the text gave that age
        before, whoever spoke last; else the person just named, unless given another age."""
        doc, wanted = self.ctx.doc, set(ages_in(info.text()))
        people = [e for e in self.entities if e.named and e.kind == "person"]
        ages = {id(e): _given_ages(e, doc, m.start) for e in people}
        aged = [e for e in people if ages[id(e)] & wanted]
        if len(aged) == 1 and not (info.gender and aged[0].gender and info.gender != aged[0].gender):
            return aged[0]
        ent = self._described(m, info)
        if ent is None and not aged:
            return self._only_one_of_gender(m, info, [e for e in people if not ages[id(e)]])
        return None if ent is None or aged or ages[id(ent)] else ent

    def _only_one_of_gender(self, m: Mention, info: NominalInfo, people: list[Entity]) -> Entity | None:
        """The one named person of the description's gender (bound by its own clause: "The
        58-year-old insisted ... since he took over") who was a subject in the last sentences."""
        gender = info.gender or _bound_gender(info.head)
        if gender is None:
            return None
        near = [e for e in self._subjects_since(m, max(m.sent - _AGE_REACH, 0), names_only=True)
                if e in people and e.gender == gender]
        return near[0] if len(near) == 1 else None

    def _own_content_sent(self, m: Mention) -> int:
        """The sentence in which a quotation of several sentences that the description is the
        source of begins ("“A. B,” the striker said": A's), else the description's own
        sentence: the sentence before that is the one whose subject it takes up."""
        ctx = self.ctx
        first = ctx.sent_starts[m.sent]
        if not ctx.in_quote(ctx.doc[first].idx + 1) and not ctx.doc[first].is_quote:
            return m.sent  # its sentence does not open inside the quotation: no quotation of several
        idx = ctx.doc[m.head].idx
        starts = [c.start for st in ctx.statements if st.source is not None and st.source.start <= idx < st.source.end
                  for c in st.content if c.start < idx]
        k = min([m.sent] + [ctx.sent_of[ctx.token_at(c)] for c in starts])
        while k < m.sent and self._no_words(k):
            k += 1  # only the opening mark, which the parser made a sentence of its own
        return k

    def _post_holder(self, info: NominalInfo, ent: Entity) -> Entity | None:
        """The one other named person the text gave the description's post, one that one
        person holds, when ``ent`` has other roles ("Chief Executive Maria Castellanos said ... .
        Chief Financial Officer Thomas Reid said ... . The chief executive added": Castellanos)."""
        if info.role not in sole_posts() or not ent.roles or has_role(ent, info.role):
            return None
        holders = [e for e in self.entities if e is not ent and e.named and e.kind == "person"
                   and has_role(e, info.role)]
        return holders[0] if len(holders) == 1 else None

    def _better_described(self, info: NominalInfo, ent: Entity) -> Entity | None:
        """The one other named person who holds the description's role and is known by its
        capitalised words, when ``ent`` holds the role but is not known by them ("Mr
        Abela-Fenech said ... . '...,' the senator from Queensland said": the Queensland
        senator named before, not the senator just named)."""
        words = proper_mods(info)
        if not info.role or not words or words <= known_words(ent) or not has_role(ent, info.role):
            return None
        holders = [e for e in self.entities if e is not ent and e.named and e.kind == "person"
                   and has_role(e, info.role) and words <= known_words(e)]
        return holders[0] if len(holders) == 1 else None

    def _introduced_indefinite(self, m: Mention, info: NominalInfo) -> bool:
        """Whether the sentence before or the description's own introduced someone by its noun
        with "a" ("legal costs for a supporter who was caught on video ... . The supporter was
        later charged"): the description goes on with that unnamed person."""
        doc = self.ctx.doc
        start = self.ctx.sent_starts[max(m.sent - 1, 0)]
        return any(t.lemma_.lower() == info.lemma and t.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in t.children) for t in doc[start:info.head.i])

    def _speaks_it(self, m: Mention, ent: Entity) -> bool:
        """Whether ``ent``, named in the description's sentence, is the source of a statement
        whose content holds the description."""
        ctx = self.ctx
        idx = ctx.doc[m.head].idx
        return any(c.sent == m.sent and c.source and c.entity is ent and c.kind == "name" for c in self.done) \
            and any(a.start <= idx < a.end for st in ctx.statements for a in st.content)

    def _quoted_in_own(self, m: Mention, ent: Entity) -> bool:
        """Whether the person is named inside quotation marks in the content of the statement
        the description is the source of: in their own quoted words people seldom name themselves."""
        return id(ent) in named_in(self.ctx, ent.mentions, source_content(self.ctx, self.roots, m.head))

    def _asked_before(self, m: Mention, ent: Entity) -> Entity | bool | None:
        """When the description answers (its verb one of ``answer_verbs.txt``) a question the
        person put in the sentence before ("asked", "wanted to know"), it is not the asker: the
        one other person the question names or a pronoun in it stands for ("He asked whether
        she would support a reversal. The nominee said"), else False; None when it answers no
        such question."""
        verb = self.ctx.doc[m.head].head
        if m.sent == 0 or verb.lemma_.lower() not in data_words("answer_verbs.txt"):
            return None
        for tok in self._sentence(m.sent - 1):
            lemma = tok.lemma_.lower()
            asking = lemma in ASKING_VERBS or lemma == "want" and any(c.lemma_ == "know" for c in tok.children)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if asking else None
            if subj is None or self._entity_at(subj.i) is not ent:
                continue  # (a pronoun resolved already: "He asked whether she would support a reversal")
            named = {id(x): x for t in tok.subtree if t.i != subj.i and (x := self._entity_at(t.i)) is not None
                     and x is not ent and x.kind == "person" and x.named}
            return next(iter(named.values())) if len(named) == 1 else False
        return self._question_quoted(m, ent)

    def _entity_at(self, i: int) -> Entity | None:
        """The entity of the name, or of the pronoun resolved already, at token ``i``."""
        x = self.by_tok.get(i) or self.at.get(i)
        return x.entity if x is not None else None

    def _question_quoted(self, m: Mention, ent: Entity) -> Entity | None:
        """:meth:`_asked_before` for a question the person put to someone named in a quotation
        of the two sentences before ("'Who handed them to you, Mr. Manalastas? I want a name,'
        Dizon said. The witness answered"): the one other person named in it (not a question
        asked of no one: "'How could I not say that?' Ayotte said. The Republican incumbent said")."""
        doc, text = self.ctx.doc, doc_text(self.ctx.doc)
        lo, hi = doc[self.ctx.sent_starts[max(m.sent - 2, 0)]].idx, doc[m.start].idx
        for k, st in enumerate(self.ctx.statements):
            spans = [(c.start, c.end) for c in st.content if lo <= c.start and c.end <= hi]
            root = self.roots[k]
            if not any("?" in text[a:b] for a, b in spans) or root is None or root.i >= m.start \
                    or self._resolve_token(root) is not ent:  # (a source before: resolved already)
                continue
            named = {id(x.entity): x.entity for x in self.done if x.kind == "name" and x.entity is not None
                     and x.entity is not ent and x.entity.kind == "person" and x.entity.named
                     and any(a <= doc[x.head].idx < b for a, b in spans)}
            if len(named) == 1:
                return next(iter(named.values()))
        return None

    def _named_before_in_sentence(self, m: Mention, ent: Entity) -> bool:
        """Another person named earlier in the description's own sentence ("In Sen. Jeff
        Sessions' column, the Republican from Alabama ..."): the description may be theirs."""
        doc = self.ctx.doc
        return any(c.sent == m.sent and c.head < m.head and c.kind == "name" and not c.quoted and c.entity is not None
                   and c.entity.kind == "person" and c.entity is not ent
                   and not (doc[c.head].head.i == m.head and _in_role_mods(ent, doc[c.head].lower_))
                   for c in self.done)  # (a word of its own that ties it to ``ent``: "the [Carrick] boss")

    def _compatriot(self, m: Mention, info: NominalInfo) -> Entity | None:
        """"... after meeting Polish Prime Minister Donald Tusk. The Polish leader said": a
        description naming a country takes the one named person the text ties to that
        country in its sentence or the one before."""
        codes = described_countries(info)
        if not codes:
            return None
        found = {id(c.entity): c.entity for c in self.done
                 if m.sent - 1 <= c.sent <= m.sent and c.head < m.head and c.kind == "name" and not c.quoted
                 and c.entity is not None and c.entity.kind == "person" and codes & person_countries(c.entity)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _subjects_since(self, m: Mention, first: int, names_only: bool, sources: bool = False) -> list[Entity]:
        """The people behind the unquoted main-clause subjects from sentence ``first`` up to ``m``
        (with ``sources``, only those that are a statement's source, whose clause the parse may
        hang on the quotation after its colon: "Reid was blunt: “...”")."""
        doc = self.ctx.doc
        subjects = {id(c.entity): c.entity for c in self.done
                    if first <= c.sent <= m.sent and c.head < m.head and c.subject and not c.quoted
                    and c.entity is not None and (doc[c.head].head.dep_ in ("ROOT", "conj") or sources and c.source)
                    and (c.kind == "name" or not names_only) and (c.source or not sources)}
        return [_person_behind(e) for e in subjects.values() if _person_behind(e) is not None]

    def _sources_in(self, m: Mention, k: int) -> list[Entity]:
        """The people named as an unquoted statement's source in sentence ``k`` when its main
        clause has no person for its subject ("According to Gharibabadi, the IAEA should ...";
        "The court also heard from Kenneth Chan Ho-yin, ..., who said")."""
        doc = self.ctx.doc
        found = {id(c.entity): c.entity for c in self.done
                 if c.sent == k and (c.source or doc[c.head].dep_ not in ("compound", "poss", "nmod")
                                     and sources_holding(self.ctx, doc[c.head]) or _came_from(doc[c.head]))
                 and (c.kind == "name" or doc[c.head].lower_ == "who") and not c.quoted
                 and c.entity is not None and c.entity.kind == "person" and c.entity.named}
        return list(found.values())  # (a name set off inside the source: "a woman who gave only her first name,
        # Hrafnhildur"; not "A memorable Hillary Clinton ad"; "The sharpest reply came from Nino Beridze")

    def _coordinated_subject(self, m: Mention, first: int) -> bool:
        """Whether a subject from sentence ``first`` up to ``m`` is coordinated ("Paradis and
        Bennett didn't know"): the parse hangs the second name on the first, which alone
        would look like the one person just named."""
        doc = self.ctx.doc
        return any(first <= c.sent <= m.sent and c.head < m.head and c.subject and c.kind == "name"
                   and not (c.entity is not None and c.entity.kind == "place")  # (not a dateline's "PARIS, France —
                   and any(d.dep_ == "conj" and d.pos_ == "PROPN" for d in doc[c.head].children)  # Union leader
                   for c in self.done)  # Sophie Marchand vowed")

    @staticmethod
    def _opens_paragraph(info: NominalInfo) -> bool:
        """Whether the description is the first phrase of its paragraph ("The Alabama Republican")."""
        start = min(t.i for t in info.tokens)
        return start == 0 or "\n" in info.head.doc[start - 1].text_with_ws

    def _sentence(self, k: int):
        """The tokens of sentence ``k`` (the context's sentences, split at line breaks too)."""
        ctx = self.ctx
        end = ctx.sent_starts[k + 1] if k + 1 < len(ctx.sent_starts) else len(ctx.doc)
        return ctx.doc[ctx.sent_starts[k]:end]

    def _no_words(self, k: int) -> bool:
        """Whether sentence ``k`` is only a closing quotation mark the parser split off."""
        toks = [t for t in self._sentence(k) if not t.is_space]
        return bool(toks) and all(t.is_quote for t in toks)

    def _all_quoted(self, k: int) -> bool:
        """Whether every word of sentence ``k`` lies inside quotation marks."""
        words = [t for t in self._sentence(k) if not (t.is_punct or t.is_space)]
        return bool(words) and all(self.ctx.in_quote(t.idx) for t in words)

    def _reintroduced(self, m: Mention, info: NominalInfo) -> Entity | None:
        """A role source (or subject) named a few sentences on, set off after the bare role (:func:`reintroduced`)."""
        ent = reintroduced(self.ctx, info, self.names) if m.source or m.subject else None
        return self._with_role(m, info, ent) if ent is not None else None

    def _lead_cataphor(self, m: Mention, info: NominalInfo, possessed: bool = False) -> Entity | None:
        """An indefinite or possessed source in the lead, named next (:func:`lead_cataphor`)."""
        ent = lead_cataphor(self.ctx, m, info, self.names, possessed) \
            or (lead_role_holder(self.ctx, m, info, self.names) if possessed else None)  # "the country's ombudsman"
        return self._with_role(m, info, ent) if ent is not None else None
