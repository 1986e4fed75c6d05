"""Third-person pronoun resolution by salience (after Lappin and Leass).

Each earlier mention within a few sentences adds to its entity's salience:
recency (halved per sentence back), subject position, being a statement's
source, being a name; mentions inside quotation marks (statements' sources aside)
count less. Candidates
must agree in gender (titles, first names, gendered role nouns) and number;
"it" and "they" go to organisations, places, things and groups (both also, at half
weight, to a one-word "person" that may be a misread organisation). A pronoun never
takes an antecedent from inside the content of its own statement, nor a
co-argument of its own verb, nor a word of a subjectless participle clause on its
own verb ("Campaigning against Mitt Romney, he ..."); "it" never takes a name that
only modifies a noun ("a U.S. senator").
"""
from __future__ import annotations

from spacy.tokens import Token

from .doctext import doc_text
from .quotes import opening_marks
from .speakers_lexicon import ASKING_VERBS, PRONOUNS, document_nouns, first_names, given_names, org_nouns, role_noun
from .speakers_model import Context, Entity, Mention
from .syntax import DASHES, dateline_between

__all__ = ["compatible", "salience_pick", "source_content", "named_in", "quote_goes_on"]

_WINDOW = {"sg-person": 6, "sg-thing": 4, "pl": 3}
_W_RECENCY = 100.0
_W_SUBJECT = 80.0
_W_SOURCE = 70.0
_W_NAME = 30.0
_W_HEAD = 50.0
_ORG_AS_THEY = 0.5  # American news calls an organisation "it" more often than "they"
_REST = 0.25  # share of an entity's other mentions added to its best one
_UNNAMED_LEAD = 3.0  # he/she take an unnamed speaker ("a source ... he") only this far ahead of any name
_QUOTED = 0.35
_REPORTED = 0.6  # a mention inside reported content, for a pronoun that speaks
_UNKNOWN_GENDER = 0.75
_BARE_NAME = 0.5  # a one-word "person" with no gender or role may be an NER slip ("Kissito")
_PER_TOKEN = 0.004  # recency inside the window, by tokens
_TOKEN_CAP = 100
_MARGIN_FOR_GENDER = 2.0
_CLOSING = frozenset("”\"'’»")
_NAMED_IN_CONTENT = 0.25  # a person seldom calls themself by name in their own words


def compatible(ent: Entity, number: str, gender: str | None) -> bool:
    """Whether an entity can be referred to by a pronoun of this number and gender."""
    if gender in ("m", "f"):
        return ent.kind == "person" and not ent.plural and ent.gender in (None, gender)
    if gender == "n":
        return ent.kind in ("organisation", "place", "thing") and not ent.plural or _maybe_organisation(ent, 2)
    # they / them / their
    return ent.plural or ent.kind in ("organisation", "group") or _maybe_organisation(ent, 1)


def _maybe_organisation(ent: Entity, most: int) -> bool:
    """A "person" of at most ``most`` words with no gender, role or given name ("Politifact";
    for "it", "Kessler Antriebstechnik") may be an organisation the small model took for a person."""
    words = (ent.canonical() or "").split()
    names = first_names() if len(words) == 1 else given_names()  # ("Meta" is a given name somewhere)
    return (ent.kind == "person" and ent.named and ent.gender is None and not ent.roles
            and 1 <= len(words) <= most and words[0].lower() not in names)


def _weight(ctx: Context, c: Mention, p: Mention) -> float:
    tok = ctx.doc[c.head]
    agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and any(  # "Her doubts were shared by [X]": the doer
        c.dep_ == "auxpass" for c in tok.head.head.children)  # (not "Asked by [X] why ..., Abaya said")
    w = _W_RECENCY + (_W_SUBJECT if c.subject or agent else 0.0) + (_W_SOURCE if c.source else 0.0)
    w += _W_NAME if c.kind == "name" else 0.0
    w += _W_HEAD if tok.dep_ not in ("poss", "compound", "pobj") or agent else 0.0
    w *= 0.5 ** (p.sent - _turn_end(ctx, c, p)) * (1.0 - _PER_TOKEN * min(p.head - c.head, _TOKEN_CAP))
    if c.quoted and not p.quoted and not c.source:  # a source is outside its quote, whatever the
        w *= _QUOTED  # marks say ("“... woman," she said. "I ...": two kinds of marks pair across it)
    elif p.source and not c.source and ctx.in_content(ctx.doc[c.head].idx):
        w *= _REPORTED
    return w


def _turn_end(ctx: Context, c: Mention, p: Mention) -> int:
    """The sentence a speaker's turn ends in, for a speaking pronoun after it: a source's
    own words run on after its name ('"... First of all, Mateen was radicalized here. ...,"
    said Benjamin. ¶ He argued ...': Benjamin spoke last, whoever he named)."""
    if not (c.source and p.source) or p.quoted:
        return c.sent
    doc = ctx.doc
    at, before = doc[c.head].idx, doc[p.head].idx
    ends = [piece.end for st in ctx.statements if st.source is not None and st.source.start <= at < st.source.end
            for piece in st.content if piece.end <= before]
    if not ends or doc_text(doc)[max(ends) - 1] not in _CLOSING:
        return c.sent  # only a turn that ends on its closing quotation mark
    last = ctx.token_at(max(ends) - 1)
    if any(t.pos_ == "PROPN" and not ctx.in_quote(t.idx) for t in doc[last + 1 : p.head]):
        return c.sent  # someone named since ("... FBI Director James Comey's statement. He called")
    return min(max(c.sent, ctx.sent_of[last]), p.sent)


def _blocked(ctx: Context, c: Mention, p: Mention, own_content: list[tuple[int, int]]) -> bool:
    doc = ctx.doc
    ci = doc[c.head]
    if any(a <= ci.idx < b for a, b in own_content):
        return True
    pi = doc[p.head]
    co_args = ("nsubj", "nsubjpass", "dobj", "dative", "attr")
    if ci.head.i == pi.head.i and ci.dep_ in co_args and pi.dep_ in co_args and pi.tag_ == "PRP":
        return True
    return _in_own_participle(ci, pi)


def _in_own_participle(ci: Token, pi: Token) -> bool:
    """"Campaigning against Mitt Romney, he ...": a participle clause without a subject
    of its own, on the pronoun's verb, has the pronoun as its subject, so nothing
    inside it is the pronoun's antecedent."""
    if pi.dep_ not in ("nsubj", "nsubjpass"):
        return False
    tok = ci
    while tok.head.i != tok.i and tok.head.i != pi.head.i:
        tok = tok.head
    return (tok.head.i == pi.head.i and tok.i != pi.head.i and tok.dep_ == "advcl"
            and tok.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def _document(ctx: Context, c: Mention) -> bool:
    """A document that speaks for whoever issued it ("a new ad from Sanders", "the report"),
    which a speaking "it" takes up whatever its author is."""
    return c.kind != "name" and ctx.doc[c.head].lemma_.lower() in document_nouns()


def _modifier(ctx: Context, c: Mention, gender: str | None) -> bool:
    """A name that only modifies a noun ("a U.S. senator", "the Florida economy") is no
    antecedent for "it": the noun it modifies is what the text talks about."""
    tok = ctx.doc[c.head]
    return gender == "n" and c.kind == "name" and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN"


def _only_a_location(ctx: Context, c: Mention, gender: str | None) -> bool:
    """A place named only where something happened ("the attacks in Paris") is no antecedent
    for "it": a place that acts does so as a subject, a source or an owner ("Russia said"),
    and one inside a longer name may be a misread company ("a company called Cambridge
    Analytica, which specializes in what it calls"); one in a dateline is none, whatever the
    parse made of it ("MATA-UTU, Wallis and Futuna — ...")."""
    if gender != "n" or c.entity is None or c.entity.kind != "place" or c.source:
        return False
    tok = ctx.doc[c.head]
    dash = next((t for t in ctx.doc[c.end:c.end + _DASH_REACH] if t.text in DASHES), None)
    if dash is not None and dash.i + 1 < len(ctx.doc) and dateline_between(tok, ctx.doc[dash.i + 1]):
        return True  # "MATA-UTU, [Wallis and Futuna] — ... It is signed by eleven village chiefs", whatever the parse
    return not c.subject and tok.dep_ != "poss" and not (tok.dep_ == "compound" and tok.head.pos_ == "PROPN")


_DASH_REACH = 8  # words from a place to its dateline's dash ("FREETOWN, Sierra Leone (Reuters) —")


def _only_object(ctx: Context, c: Mention) -> bool:
    """A mention that is only the object of a verb or preposition ("told Al Jazeera",
    "the raid that killed Osama bin Laden"), outside every statement's source."""
    tok = ctx.doc[c.head]
    if c.subject or c.source or tok.dep_ not in ("dobj", "dative", "iobj", "pobj"):
        return False
    return not any(st.source is not None and st.source.start <= tok.idx < st.source.end for st in ctx.statements)


def _fallback(ctx: Context, p: Mention, number: str, gender: str | None,
              done: list[Mention]) -> tuple[Entity | None, float]:
    """Nothing within the window: the most recent agreeing named entity, further back; none
    for "they", which so far back is seldom any one body ("tough enough for the Oval Office
    ... they complain": her supporters; train: 2 such, both wrong, dev: none)."""
    if number == "pl":
        return None, 0.0
    for c in reversed(done):
        ent = c.entity
        if c.head < p.head and ent is not None and ent.named and compatible(ent, number, gender) and not c.quoted \
                and not _modifier(ctx, c, gender) and not _only_a_location(ctx, c, gender):
            return ent, 1.0
    return None, 0.0


def _has_spoken(ent: Entity, before: int) -> bool:
    """Whether an unnamed entity has been a statement's source before token ``before``."""
    return any(x.source and x.head < before for x in ent.mentions)


def source_content(ctx: Context, roots: list[Token | None], head: int) -> list[tuple[int, int]]:
    """The character ranges of the content of every statement whose source token ``head`` is."""
    return [(c.start, c.end) for k, r in enumerate(roots) if r is not None and r.i == head
            for c in ctx.statements[k].content]


def named_in(ctx: Context, done: list[Mention], spans: list[tuple[int, int]]) -> set[int]:
    """Ids of the people named inside quotation marks in ``spans`` (character ranges of a
    statement's content): in their own quoted words a person seldom names themself. A
    reporter's paraphrase may ("Ms. Olivieri found skating a salve, she said"), and an
    organisation's statement does ("the members of the Council will"), so both are left out."""
    if not spans:
        return set()
    out = set()
    for c in done:
        if c.kind != "name" or not c.quoted or c.entity is None or c.entity.kind != "person":
            continue
        idx = ctx.doc[c.head].idx
        if any(a <= idx < b for a, b in spans):
            out.add(id(c.entity))
    return out


def _in_relative_clause(ctx: Context, c: Mention, p: Mention) -> bool:
    """The pronoun lies in a relative clause on the mention ("A bartender who asked not to
    be named because [she] feared for her safety"): it is that person."""
    head = ctx.doc[c.head]
    return any(r.dep_ == "relcl" and r.left_edge.i <= p.head <= r.right_edge.i for r in head.children)


def _thing_before(ctx: Context, p: Mention, done: list[Mention]) -> bool:
    """A subject "it" opening its sentence after a sentence whose subject is a thing ("The
    lawsuit ... names Unilever and Mars among the defendants. It alleges ..."): the thing,
    which speaks for no one the article names."""
    doc = ctx.doc
    tok = doc[p.head]
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or p.sent == 0 or ctx.sent_starts[p.sent] != p.head:
        return False
    prev = doc[ctx.sent_starts[p.sent - 1]].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                prev.root if prev.root.pos_ == "NOUN" and prev.root.i <= prev.start + 3 else None)
    # (a verb misread as a noun's appositive: "[The lawsuit], filed in ..., names ...")
    if subj is None or subj.tag_ != "NN":
        subj = _object_taken_up(prev)
    if subj is None or subj.tag_ != "NN" or ctx.sent_of[subj.i] != p.sent - 1 \
            or ctx.paragraph(subj.idx) != ctx.paragraph(tok.idx):
        return False
    lemma = subj.lemma_.lower()
    if role_noun(subj.text) or lemma in org_nouns() or lemma in document_nouns():
        return False  # "The company said ... It added", "The report ... It says"
    if any(st.source is not None and st.source.start <= subj.idx < st.source.end for st in ctx.statements):
        return False  # '"...," the email read. It stated ...': a thing that speaks is resolved as one
    return not any(c.start <= subj.i < c.end for c in done) and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)


def _object_taken_up(sent) -> Token | None:
    """"NBC News published [the cellphone video] ..., and attorneys released it": a thing the
    sentence's own object "it" already takes up, which a subject "It" next goes on with."""
    it = next((t for t in sent if t.lower_ == "it" and t.dep_ == "dobj"), None)
    if it is None:
        return None
    return next((t for t in reversed(sent[: it.i - sent.start]) if t.dep_ == "dobj" and t.tag_ == "NN"), None)


def _pronoun_gender(tok: Token) -> str | None:
    """The gender a personal pronoun gives ("She asked Sanders ...": f), else None."""
    found = PRONOUNS.get(tok.lower_)
    return found[2] if found is not None and found[2] in ("m", "f") else None


def _speaker_before(ctx: Context, p: Mention, done: list[Mention], gender: str | None,
                    own_content: list[tuple[int, int]]) -> int | None:
    """The id of an unnamed person of the pronoun's gender (or of none: "One friend") who is the
    source of the statement right before it in its paragraph ("One woman, a retired teacher,
    said she did not see why Clinton did it. 'I want to believe her,' she said."), or right
    before the quotation that opens its paragraph (:func:`quote_goes_on`): the pronoun goes
    on with that speaker, whoever the speaker talked about."""
    if gender not in ("m", "f") or not p.source:
        return None
    last = max((c for c in done if c.source and c.head < p.head and c.entity is not None and c.kind != "relative"
                and not any(a <= ctx.doc[c.head].idx < b for a, b in own_content)),
               key=lambda c: c.head, default=None)  # (not the "who" of "One buyer ..., who asked that his firm
    # not be named, says", nor a speaker the pronoun's own quotation quotes: "'He said ...,' she said")
    if last is None or last.entity.named or last.entity.kind != "person":
        return None
    if ctx.paragraph(ctx.doc[last.head].idx) != ctx.paragraph(ctx.doc[p.head].idx):
        said_at = ctx.doc[last.head].idx  # (someone new only: not "the Saltire Party leader" left unresolved)
        across = last.entity.gender in (None, gender) and _indefinite(ctx.doc[last.head]) \
            and quote_goes_on(ctx, said_at, ctx.doc[p.head].idx) and gender in _reported_genders(ctx, said_at)
        return id(last.entity) if across else None
    said = last.entity.gender or _pronoun_gender(ctx.doc[last.head])
    if said is None and _indefinite(ctx.doc[last.head]) and ctx.doc[last.head].head.lemma_ not in ASKING_VERBS:
        said = gender  # "One friend ... said ... . '...,' he said": someone new, of no gender yet (not "When a
        # reporter asked whether ..., he said": who answers)
    return id(last.entity) if said == gender else None


def quote_goes_on(ctx: Context, before: int, at: int) -> bool:
    """Whether the paragraph of character ``at`` opens with a quotation right after the
    paragraph of character ``before`` ("One athlete ... said testers had visited her camp.
    / "Everybody knows the system has holes," she said."): the next words of that speaker,
    where nothing else tells who speaks them (:func:`_speaker_before` also wants the
    pronoun to fit what the speaker said of itself: not a reply, "one questioner claimed
    ... / "You're right," he said")."""
    text = doc_text(ctx.doc)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", before)
    return 0 <= end < start and not text[end:start].strip() and text[start:at].lstrip()[:1] in opening_marks()


def _reported_genders(ctx: Context, at: int) -> set[str]:
    """The genders of the he/she/his/her outside quotation marks in what the source at
    character ``at`` reports ("said testers had visited her camp": f), where it says
    something of itself."""
    found: set[str] = set()
    for st in ctx.statements:
        if st.source is None or not st.source.start <= at < st.source.end:
            continue
        for c in st.content:
            span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
            found |= {g for t in span or () if not ctx.in_quote(t.idx) and (g := _pronoun_gender(t))}
    return found


def _indefinite(tok: Token) -> bool:
    """A noun introduced as someone new ("One friend", "a voter", "another resident")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in tok.children)


def _called_otherwise(ctx: Context, p: Mention, done: list[Mention], gender: str | None) -> frozenset[int]:
    """Ids of the entities of no known gender that a pronoun of the other gender took up
    already in the pronoun's sentence, outside quotation marks ("The ombudsman, Jadwiga
    Szczepańska-Gołąb, said [she] had written to the minister asking [him]": not her)."""
    other = {"m": "f", "f": "m"}.get(gender or "")
    if other is None:
        return frozenset()
    return frozenset(id(c.entity) for c in done if c.kind == "pronoun" and c.sent == p.sent and not c.quoted
                     and c.entity is not None and c.entity.gender is None
                     and PRONOUNS.get(ctx.doc[c.head].lower_, (0, "", None))[2] == other)


def _split_subject(ctx: Context, p: Mention, done: list[Mention]) -> frozenset[int]:
    """The entity whose name is the subject of the clause a pronoun's cue splits, set off
    right before it ("Mr. Owuor, [he] added, had conceded"): someone the speaker talks about."""
    doc, i = ctx.doc, p.head
    if not p.source or i < 2 or doc[i - 1].text != ",":
        return frozenset()
    subj = doc[i - 2]
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or verb.i <= i:
        return frozenset()
    return frozenset(id(c.entity) for c in done if c.entity is not None and c.start <= subj.i < c.end)


def salience_pick(ctx: Context, p: Mention, number: str, gender: str | None, done: list[Mention],
                  own_content: list[tuple[int, int]], window: int | None = None,
                  exclude: frozenset[int] = frozenset()) -> tuple[Entity | None, float]:
    """The most salient compatible entity for pronoun mention ``p`` and the margin over the next
    (``exclude``: ids of entities it cannot be)."""
    if gender == "n" and number != "pl" and _thing_before(ctx, p, done):
        return None, 0.0
    key = "pl" if number == "pl" else ("sg-thing" if gender == "n" else "sg-person")
    window = _WINDOW[key] if window is None else window
    scores: dict[int, list[float]] = {}
    ents: dict[int, Entity] = {}
    acting: set[int] = set()  # entities in the window named other than as a mere object
    here: set[int] = set()  # entities acting in the pronoun's paragraph (unnamed ones: speaking)
    para = ctx.paragraph(ctx.doc[p.head].idx)
    in_content = named_in(ctx, done, own_content) if p.source else set()
    exclude = exclude | _called_otherwise(ctx, p, done, gender) | _split_subject(ctx, p, done)
    for c in reversed(done):
        if c.head >= p.head:
            continue
        if p.sent - c.sent > window:
            break
        ent = c.entity
        document = gender == "n" and p.source and c.source and _document(ctx, c)  # "The ad says ... It makes"
        if ent is None or id(ent) in exclude or not (compatible(ent, number, gender) or document) \
                or _blocked(ctx, c, p, own_content) or _modifier(ctx, c, gender) or _only_a_location(ctx, c, gender):
            continue
        if gender in ("m", "f") and not ent.named and not (c.source or _has_spoken(ent, p.head)
                                                           or _in_relative_clause(ctx, c, p)):
            continue  # he/she: unnamed people only once they have spoken ("The Prime Minister said ... him")
        w = _weight(ctx, c, p)
        if number == "pl" and not ent.plural and ent.kind in ("organisation", "person"):
            if ctx.doc[c.head].dep_ == "pobj" and not c.source:
                continue  # "vying for the White House ... as they have traded barbs": a body only named
            w *= _ORG_AS_THEY
        if gender == "n" and ent.kind == "person" and not document:
            if not c.subject:
                continue  # "African-Americans and Latinos": only a subject may be a misread organisation
            w *= _BARE_NAME  # "Twitter said ... It added": an organisation NER took for a person
        if id(ent) in in_content:
            w *= _NAMED_IN_CONTENT
        if gender in ("m", "f") and ent.gender is None:
            w *= _UNKNOWN_GENDER if ent.roles or len((ent.canonical() or "x y").split()) > 1 else _BARE_NAME
        scores.setdefault(id(ent), []).append(w)
        ents[id(ent)] = ent
        if not _only_object(ctx, c):
            acting.add(id(ent))
            if ctx.paragraph(ctx.doc[c.head].idx) == para and (ent.named or c.source or _has_spoken(ent, p.head)):
                here.add(id(ent))
    if not scores:
        return _fallback(ctx, p, number, gender, done) if p.source else (None, 0.0)
    total = {k: max(ws) + _REST * (sum(ws) - max(ws)) for k, ws in scores.items()}
    if gender in ("m", "f"):
        named = max((v for k, v in total.items() if ents[k].named and k in acting), default=0.0)
        alone = not any(ents[k].named for k in here)  # "A Downing Street spokesman said ... he said"
        follow = _speaker_before(ctx, p, done, gender, own_content)
        total = {k: v for k, v in total.items()
                 if ents[k].named or v > _UNNAMED_LEAD * named or (alone and k in here) or k == follow}
    ranked = sorted(total.items(), key=lambda kv: -kv[1])
    best_id, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return ents[best_id], (best / second if second else float("inf"))
