"""Rule layer: event candidates over a dependency parse (trigger, CAMEO code, actors).

Each verb or noun found in the cue lexicon becomes a :class:`Candidate` with its CAMEO code
(refined by the PETRARCH-2 verb patterns), actor and recipient mentions (subjects,
objects, passive agents, conjoined compound actors) and a rule salience. The coder
(:mod:`quotegraph.events.coder`) resolves speakers, codes the actors and ranks candidates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from .lexicon import Lexicon

__all__ = ["Candidate", "find_candidates", "phrase_tokens", "verb_roles"]

_SUBJ = {"nsubj", "csubj"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "dative", "iobj", "attr"}
_RECIP_PREPS = {"with", "to", "against", "on", "at", "for"}
_NOUN_ACTOR_PREPS = {"by", "of", "from", "between"}
_NOUN_RECIP_PREPS = {"on", "against", "with", "to", "at"}
_PARTICLES = {"prt"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL = {"would", "could", "might", "may", "should"}
_INTENT_HEADS = {"plan", "intend", "ready", "willing", "prepared", "agree", "decide", "offer", "promise", "pledge", "vow", "threaten", "prepare", "set", "go", "expect", "swear"}
_CHAIN_HEADS = _INTENT_HEADS | {"attempt", "try", "continue", "begin", "start", "resume", "want", "seek", "fail", "refuse", "manage", "help", "move", "order", "urge", "ask", "call"}
_LIGHT_VERBS = {"impose", "launch", "stage", "hold", "conduct", "carry out", "mount", "issue", "make", "take", "begin",
                "start", "continue", "resume", "organize", "organise", "step up", "wage", "declare", "order", "lodge",
                "file", "give", "deliver", "unleash", "extend", "hold out", "grant", "announce"}
_ENDING_NOUNS = {"suspension", "lifting", "end", "cancellation", "halt", "removal", "easing", "severing", "severance", "cut"}
_DIPLOMATIC = {"diplomat", "ambassador", "envoy", "inspector", "observer", "peacekeeper", "staff", "agency", "mission", "attache", "consul", "monitor"}
_MUST = {"must", "should", "ought"}
_FIRST_PERSON = {"i", "we", "me", "us"}
_BREAKS = {"–", "—", "--", ":", ")", "(", ",", ";", "|"}
_SPEECH_NOUNS = {"statement", "declaration", "letter", "resolution", "communique", "message", "note", "reminder",
                 "warning", "call", "appeal", "memorandum", "document", "report", "remark", "comment"}
_SKIP_WORDS = {"according", "regarding", "concerning", "following", "including", "given"}


@dataclass
class Candidate:
    """One possible event in a sentence, before actor coding and ranking."""

    trigger: list[Token]
    code: str
    actors: list[list[Token]] = field(default_factory=list)
    recipients: list[list[Token]] = field(default_factory=list)
    salience: float = 1.0
    modes: list[str] = field(default_factory=list)
    statement: int | None = None
    ptype: str | None = None  # PLOVER type forced by the lexicon (else from the code)
    pmode: str | None = None
    alt_root: str | None = None  # the root before a future / intention retype (its class also supports it)

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def head(self) -> Token:
        return self.trigger[0]


def phrase_tokens(tok: Token) -> list[Token]:
    """A mention's tokens: the head with its left modifiers and of/for attachments,
    without relative clauses, appositions or trailing punctuation (max 12 tokens)."""
    keep = {tok.i}
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep") and c.head.i == tok.i:
            if not (c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > tok.i):
                continue
        if c.dep_ in ("relcl", "acl", "appos") or (c.dep_ == "punct" and c.head.i == tok.i):
            continue
        keep.add(c.i)
        stack.extend(c.children)
    lo, hi = min(keep), max(keep)
    doc = tok.doc
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    cut = [k for k, t in enumerate(toks) if t.i < tok.i and t.text in _BREAKS]
    if cut:
        toks = toks[cut[-1] + 1 :]  # "TEHRAN, Sep. 07 (MNA) - Secretary of ...": drop the dateline
    if len(toks) > 12:
        left = [t for t in toks if t.i <= tok.i][-12:]
        toks = left
    return toks


def _conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated siblings (compound actors)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


def _mentions(heads: list[Token]) -> list[list[Token]]:
    """Mentions of coordinated heads; "the ambassadors of A, B and C" gives one per member."""
    out: list[list[Token]] = []
    for h in heads:
        for c in _conjuncts(h):
            members = _of_members(c)
            if members:
                out.extend(members)
            else:
                out.append(phrase_tokens(c))
    return out


def _of_members(head: Token) -> list[list[Token]]:
    """For a common noun whose "of" object is coordinated, one mention per coordinated
    member (the head noun joined to the member, for its sector)."""
    if head.pos_ != "NOUN":
        return []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and any(g.dep_ == "conj" for g in objs[0].children):
                return [[head] + phrase_tokens(m) for m in _conjuncts(objs[0])]
    return []


def _subject(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of a verb (climbing xcomp/conj chains) and whether the verb is passive."""
    passive = any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            break
        subj = [c for c in cur.children if c.dep_ in _SUBJ or (cur is not verb and c.dep_ in _PASS_SUBJ)]
        if subj:
            return subj, passive
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [cur.head], passive
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "Arnor is about to restore ..."
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head.pos_ in ("VERB", "AUX"):
            # "urged X to expel": the object of the governing verb is the actor of an xcomp
            objs = [c for c in cur.head.children if c.dep_ == "dobj"] if cur.dep_ == "xcomp" else []
            if objs:
                return objs, passive
            cur = cur.head
            continue
        break
    return [], passive


def _prep_objects(verb: Token, preps: set[str]) -> list[Token]:
    return [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON")
    ]


def verb_roles(verb: Token, depth: int = 0) -> tuple[list[list[Token]], list[list[Token]]]:
    """Actor and recipient mentions of a verb trigger. Recipients: objects (the subject of
    a passive), then to/with/against/on/at/for objects, then a place it happens in; an
    intention verb without any takes those of its complement ("agreed to give aid to X")."""
    subj, passive = _subject(verb)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    pass_subj = [c for c in verb.children if c.dep_ in _PASS_SUBJ]
    objs = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if passive:
        actors, recips = agents, pass_subj + objs
    else:
        actors, recips = subj, objs
    recips = recips + _prep_objects(verb, _RECIP_PREPS)
    places = [t for t in _prep_objects(verb, {"in", "into", "from"}) if t.ent_type_ == "GPE"]
    mentions = _mentions(recips) + _mentions(places)
    if depth == 0:
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB":
                mentions += verb_roles(c, 1)[1]
    return _mentions(actors), mentions


def _noun_roles(noun: Token) -> tuple[list[list[Token]], list[list[Token]]]:
    """Actor and recipient mentions of a noun trigger ("Israeli airstrikes on Gaza")."""
    actors: list[Token] = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ", "NOUN") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")]
    recips: list[Token] = []
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in _NOUN_ACTOR_PREPS and not actors:
            actors.extend(objs)
        elif c.lower_ in _NOUN_RECIP_PREPS:
            recips.extend(objs)
    if not actors and noun.dep_ in _OBJ and noun.head.pos_ == "VERB":
        actors = _subject(noun.head)[0]
    return [[a] if a.pos_ == "ADJ" else phrase_tokens(a) for a in actors], _mentions(recips)


def _clause_scope(tok: Token) -> list[Token]:
    """The trigger's own clause: its subtree without embedded clauses (reported content,
    adverbial and relative clauses), where the verb patterns are matched."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj"))
    return out


def _context_words(tok: Token, sent: Span, words: list[tuple[int, str, str]]) -> tuple[set[str], set[str]]:
    """Lower-cased words and lemmas before and after a trigger within its clause
    (``words``: the sentence's (index, lower, lemma) triples, computed once per sentence)."""
    scope = _clause_scope(tok) if tok.pos_ in ("VERB", "AUX") else list(sent)
    before = {w for i, low, lem in words if i < tok.i for w in (low, lem)}
    after = {w for t in scope if t.i > tok.i for w in (t.lower_, t.lemma_.lower())}
    return before, after


def _phrasal(tok: Token, lex: Lexicon) -> tuple[str, list[Token]] | None:
    """A multi-word verb cue ("call for", "pull out", "rule out") with its extra tokens."""
    for c in tok.children:
        if c.dep_ in _PARTICLES or (c.dep_ == "prep" and c.i == tok.i + 1):
            key = f"{tok.lemma_.lower()} {c.lower_}"
            if key in lex.verbs:
                return key, [c]
    return None


def _modes(tok: Token) -> list[str]:
    """Auxiliary PLOVER modes: negation, future (will / plans to / is ready to), hypothetical."""
    out: list[str] = []
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        out.append("negation")
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    head = tok.head
    intent = tok.dep_ == "xcomp" and head.lemma_.lower() in _INTENT_HEADS
    head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} if tok.dep_ in ("xcomp", "conj") else set()
    reported = tok.dep_ == "ccomp" and aux & {"would"}
    if aux & _FUTURE or intent or (head_aux & _FUTURE) or reported:
        out.append("future")
    elif aux & _HYPOTHETICAL or head_aux & _HYPOTHETICAL:
        out.append("hypothetical")
    if intent and any(c.dep_ == "neg" for c in head.children) and "negation" not in out:
        out.append("negation")
    return out


def _retype(cand: Candidate) -> None:
    """PLOVER's special cases: cooperation in the future is AGREE, and so is a yielding
    (CAMEO 08) in the future, which CAMEO codes 035 "express intent to yield" and the
    CAMEO-to-PLOVER table maps to AGREE; material conflict announced for the future is
    THREATEN, refused cooperation is REJECT, a statement that someone must act is REQUEST."""
    root = int(cand.root)
    future = "future" in cand.modes or "hypothetical" in cand.modes
    if "negation" in cand.modes and 3 <= root <= 8:
        cand.code, cand.ptype, cand.pmode = "120", None, None
    elif future and root in (4, 5, 6, 7) and cand.ptype is None:
        cand.alt_root, cand.code = cand.root, "030"
    elif future and _conditional(cand.head) and root >= 3:
        cand.code, cand.ptype, cand.pmode = "130", None, None  # "will withdraw unless ...": a threat
    elif future and root == 8:
        cand.alt_root = cand.root
        cand.code, cand.ptype, cand.pmode = "035", None, None
    elif future and root >= 14 and "hypothetical" not in cand.modes:
        cand.alt_root = cand.root
        cand.code, cand.ptype, cand.pmode = "130", None, None
    elif root == 1:
        for c in _reported_clauses(cand.head):
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if any(a.lower_ in _MUST for a in c.children if a.dep_ == "aux"):
                cand.code = "100"
                cand.salience += 1.0
                cand.recipients = cand.recipients or [phrase_tokens(g) for g in subj]
                break
            third = [g for g in subj if g.lower_ not in _FIRST_PERSON]
            if c.dep_ == "ccomp" and third and _accuses(c):
                cand.code = "112"
                cand.salience += 0.8
                cand.recipients = cand.recipients or [phrase_tokens(g) for g in third]
                break


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a speech act reports: its complements, and those of its object noun
    ("issued a reminder that Iraq must ...")."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS):
        out += [c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return out


def _conditional(tok: Token) -> bool:
    """Whether the event is made conditional ("unless ...", "if ... not")."""
    return any(c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children if m.dep_ == "mark")
               for c in tok.children)


def _accuses(clause: Token) -> bool:
    """Whether a reported clause portrays its subject negatively (accusation cue words)."""
    words = _accusation_words()
    return any(t.lemma_.lower() in words or t.lower_ in words for t in clause.subtree)


@lru_cache(maxsize=1)
def _accusation_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "accusation_cues.tsv"
    return frozenset(
        line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _salience(tok: Token, code: str, is_noun: bool) -> float:
    """Rule salience: material and specific verbal events over plain statements; the
    sentence root over embedded clauses; verbs over nouns; a trailing attribution
    ("..., officials said") least of all."""
    root = int(code[:2])
    score = 1.0 if root == 1 else 2.2 if root <= 13 else 2.6
    if root == 1 and any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children):
        score -= 1.0
    depth = 0
    cur = tok
    while cur.head.i != cur.i and depth < 6:
        if cur.dep_ in _CLAUSE_DEPS or cur.dep_ in ("pobj", "dobj", "conj"):
            depth += 1
        cur = cur.head
    score -= 0.25 * depth
    if tok.dep_ == "ROOT":
        score += 0.6
    if is_noun:
        score -= 0.5
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        score -= 0.4  # "Stating that ...": a side remark
    if _in_condition(tok):
        score -= 1.2  # "... unless the president agrees to step down": a condition, not an event
    if (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.lemma_.lower() not in _SPEECH_NOUNS):
        score -= 1.2  # "refugees fleeing the war", "the curfew imposed in May": a description
    if tok.dep_ in ("advcl", "xcomp", "acl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        if tok.head.lemma_.lower() not in _CHAIN_HEADS:
            score -= 0.6  # "staged a strike to demand ...": a purpose clause
    return score


def _in_condition(tok: Token) -> bool:
    """Whether a token lies in an "if" / "unless" clause."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children):
            return True
    return False


def _verb_candidate(tok: Token, sent: Span, lex: Lexicon, words: list[tuple[int, str, str]]) -> Candidate | None:
    phr = _phrasal(tok, lex)
    lemma = phr[0] if phr else tok.lemma_.lower()
    before, after = _context_words(tok, sent, words)
    code = lex.verb_code(lemma, before, after)
    if code is None and lemma != tok.lower_:
        code = lex.verb_code(tok.lower_, before, after)
    ending = _ended_object(tok, lemma, lex)
    noun = None if ending else _light_object(tok, lemma, lex)
    ptype, pmode = lex.overrides.get(f"V:{lemma}", (None, None))
    if ending is not None:
        code, ptype, pmode = ending[0], ending[1], None
        noun = ("", ending[2])
    elif noun is not None:
        code = lex.nouns[noun[0]]
    elif code and lemma in ("expel", "withdraw", "pull out", "recall") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _DIPLOMATIC for c in tok.children):
        code, ptype, pmode = "166", None, None  # expel or withdraw diplomats, inspectors, peacekeepers
    if not code or not code[:2].isdigit() or not 1 <= int(code[:2]) <= 20:
        return None
    actors, recips = verb_roles(tok)
    trigger = [tok] + (phr[1] if phr else []) + ([noun[1]] if noun else [])
    cand = Candidate(trigger, code, actors, recips, _salience(tok, code, False), _modes(tok), None, ptype, pmode)
    _retype(cand)
    return cand


def _noun_key(tok: Token, lex: Lexicon) -> str | None:
    """The noun-cue key of a token ("air strike", "sanction"), or None."""
    lemma = tok.lemma_.lower()
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and f"{prev.lower_} {lemma}" in lex.nouns:
        return f"{prev.lower_} {lemma}"
    if lemma in lex.nouns:
        return lemma
    return tok.lower_ if tok.lower_ in lex.nouns else None


def _ended_key(tok: Token, lex: Lexicon) -> str | None:
    """The key of a noun (or its compound modifier, its "of" object) that verbs of ending undo."""
    for cand in [tok] + [c for c in tok.children if c.dep_ == "compound"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]:
        for key in (f"{cand.lemma_.lower()} {cand.head.lemma_.lower()}" if cand.dep_ == "compound" else "",
                    cand.lemma_.lower(), cand.lower_):
            if key in lex.endings:
                return key
    return None


def _ended_object(verb: Token, lemma: str, lex: Lexicon) -> tuple[str, str | None, Token] | None:
    """A verb of ending with an object it undoes: ("lifted the curfew" -> 0813, CONCEDE)."""
    if lemma not in lex.ending_verbs:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            key = _ended_key(c, lex)
            if key is not None:
                code, ptype = lex.endings[key]
                return code, ptype, c
    return None


def _light_object(verb: Token, lemma: str, lex: Lexicon) -> tuple[str, Token] | None:
    """A light verb's event-noun object ("imposed sanctions", "issued an ultimatum")."""
    if lemma not in _LIGHT_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            key = _noun_key(c, lex)
            if key is not None:
                return key, c
    return None


def _noun_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    if tok.lemma_.lower() in _ENDING_NOUNS:
        ended = next((k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" for k in [_ended_key(g, lex)] if k), None)
        if ended is not None:  # "the suspension of air links", "the lifting of the curfew"
            recips = _noun_roles(tok)[1]
            subj = _subject(tok.head)[0] if tok.dep_ in _OBJ and tok.head.pos_ == "VERB" else []
            actors = [phrase_tokens(a) for a in subj]
            code, ptype = lex.endings[ended]
            return Candidate([tok], code, actors, recips, _salience(tok, code, True), [], None, ptype)
    key = _noun_key(tok, lex)
    if key is None:
        return None
    lemma = tok.lemma_.lower()
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    code = lex.nouns[key]
    actors, recips = _noun_roles(tok)
    ptype, pmode = lex.overrides.get(f"N:{key}", (None, None))
    trigger = [prev, tok] if prev is not None and key == f"{prev.lower_} {lemma}" else [tok]
    return Candidate(trigger, code, actors, recips, _salience(tok, code, True), [], None, ptype, pmode)


def find_candidates(sent: Span, lex: Lexicon) -> list[Candidate]:
    """All lexicon-coded events of a sentence, in text order. A light verb absorbs its
    event noun; an intention verb ("plans to", "vowed to") yields to the event it governs,
    which carries the intention as its mode."""
    out: list[Candidate] = []
    words = [(t.i, t.lower_, t.lemma_.lower()) for t in sent]
    for tok in sent:
        if tok.lower_ in _SKIP_WORDS or tok.dep_ == "amod":
            continue
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and tok.lemma_ != "be"):
            cand = _verb_candidate(tok, sent, lex, words)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            cand = _noun_candidate(tok, lex)
        else:
            cand = None
        if cand is not None:
            out.append(cand)
    absorbed = {t.i for c in out if len(c.trigger) > 1 for t in c.trigger[1:]}
    out = [c for c in out if not (len(c.trigger) == 1 and c.head.i in absorbed)]
    heads = {c.head.i: c for c in out}
    for c in out:
        gov = heads.get(c.head.head.i) if c.head.dep_ == "xcomp" else None
        if gov is not None and gov.head.lemma_.lower() in _INTENT_HEADS and gov.root in ("03", "13"):
            c.salience = max(c.salience, gov.salience + 0.1)
            c.actors = c.actors or gov.actors
    return out
