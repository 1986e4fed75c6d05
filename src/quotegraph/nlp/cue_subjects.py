"""Who stands behind a cue the tagger found without a source: the agent named after it
("according to X", "was supported by X"), the grammatical subject of a verb cue, the
possessor of a noun cue, and, where the parse gives a cue no subject at all, the noun
phrase before it (:func:`cue_subject`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .speakers_lexicon import role_noun
from .mute import RAISING
from .syntax import according_to, addressed, agent_of, finite, subjects, trimmed

__all__ = ["RAISING", "cue_subject", "quoted_as"]


def quoted_as(verb: Token) -> bool:
    """"[was quoted] (by the agency) as saying": a passive cue whose "as" phrase holds the
    speaker's own verb, so its subject is the speaker and a "by" agent only the reporter."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)
        for c in verb.children)


_NOT_SPEAKERS = frozenset({"it", "there", "this", "that", "which", "what"})


def cue_subject(cue: Span) -> Span | None:
    """The agent named after the cue (:func:`_agent_of`), else the grammatical subject of
    a verb cue ("Officials [said] ...") or the possessor of a noun cue ("her [decision]
    to ..."), as a span; none for words that are
    mostly expletives or stand for things ("it", "there", "which")."""
    head = cue.root
    agent = _agent_of(cue)
    if agent is not None:
        return trimmed(cue.doc, agent.left_edge.i, agent.right_edge.i + 1, "SOURCE")
    if addressed(head):
        return None  # "Asked whether ..., Borrell replied": Borrell was asked
    dep = "poss" if head.pos_ in ("NOUN", "PROPN") else "nsubjpass" if quoted_as(head) else "nsubj"
    subj = next(iter(subjects(head, (dep,))), None)
    if subj is None and dep == "nsubj":
        return _adjacent_subject(cue)
    if subj is None or subj.lower_ in _NOT_SPEAKERS and not _relative_subject(subj):
        return None
    start, end = (subj.i, subj.i + 1) if dep == "poss" else (subj.left_edge.i, subj.right_edge.i + 1)
    return trimmed(cue.doc, start, end, "SOURCE")


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_AGENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def _adjacent_subject(cue: Span) -> Span | None:
    """Where the parse gives a cue no subject at all (a misparse: "the minimum $20 million
    [experts] say it costs"; "the Washington Post [Trump] said"), the noun phrase right
    before it: the word just before the cue, a noun or pronoun, with the words its
    parse puts before it, up to a verb or punctuation; after "according to", the
    words up to the next punctuation when the last is a noun ("according to show
    insiders")."""
    doc = cue.doc
    to = according_to(cue)
    if to is not None:
        end = to.i + 1
        while end < len(doc) and not (doc[end].is_punct or doc[end].is_space):
            end += 1
        if end == to.i + 1 or doc[end - 1].pos_ not in _NOMINAL or end - to.i > 6:
            return None
        return trimmed(doc, to.i + 1, end, "SOURCE")
    verb = cue.root
    head = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "the Speaker, Sir Geoffrey
    if (verb.tag_ == "VBD" or verb.tag_ == "VBN" and doc[cue.start - 1].text == ",") and verb.dep_ == "acl" \
            and head.dep_ == "ROOT" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN"):  # Pattinson, bellowed"
        # "Its director, Jean Kaseya, called on", "Its chief executive, Daniel Ek, posted": a past tense
        start = head.left_edge.i  # misread as a participle; not what a colon or quotation ends before it
        start = max([t.i + 1 for t in doc[start:cue.start] if t.text == ":" or t.is_quote], default=start)
        return trimmed(doc, start, cue.start, "SOURCE")
    if not finite(verb) or cue.start == 0 or verb.lemma_ in RAISING or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # participles, infinitives, passives: "a paper titled", "lawmakers are expected"
    tok = doc[cue.start - 1]
    if tok.text == ",":
        return _described_before(cue) or _set_off_name_before(cue)
    if (tok.pos_ not in _NOMINAL or tok.lower_ in _NOT_SPEAKERS or tok.tag_ in ("WP", "WDT")
            or tok.ent_type_ in _NOT_AGENTS or (tok.dep_ == "pobj" and tok.head.lower_ != "of")):
        return None  # "the polls Tuesday", "a student in Montana asked"
    start = tok.i
    for t in reversed(doc[tok.left_edge.i : tok.i]):
        if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or t.is_punct or t.is_space:
            break
        start = t.i
    return trimmed(doc, start, tok.i + 1, "SOURCE")


def _described_before(cue: Span) -> Span | None:
    """"Asked about it, a senior executive at one of the largest agencies, who spoke on
    condition of anonymity, said: ...", where the parser hung the person on an earlier
    noun: the noun phrase before a "who" clause that ends at the comma before the cue,
    with that clause."""
    doc = cue.doc
    who = next((t for t in reversed(doc[max(cue.start - 30, 0): cue.start - 1])
                if t.tag_ == "WP" and t.lower_ == "who" and t.head.dep_ == "relcl"), None)
    if who is None or who.head.right_edge.i != cue.start - 2 or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    top = doc[who.i - 2]
    while top.dep_ in ("pobj", "prep") or (top.pos_ in ("NOUN", "PROPN") and top.head.dep_ == "prep"):
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN") or top.i >= who.i or not role_noun(top.text):
        return None
    return trimmed(doc, top.left_edge.i, cue.start - 1, "SOURCE")


def _set_off_name_before(cue: Span) -> Span | None:
    """"..., the president of the ECOWAS Commission, Omar Alieu Touray, called for ...", where
    the parser hung the name on an earlier noun: a person's name set off by commas right
    before the cue."""
    doc = cue.doc
    last = doc[cue.start - 2] if cue.start >= 2 else None
    if last is None or last.ent_type_ != "PERSON":
        return None
    start = last.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    if start == 0 or doc[start - 1].text != "," or last.dep_ != "appos":
        return None
    first = start - 1  # with the role before it: "[her senior policy adviser, Jake Sullivan], said"
    while first > 0 and not (doc[first - 1].is_punct or doc[first - 1].is_space) and start - first < 10:
        first -= 1
    role = doc[first:start - 1]
    if len(role) and doc[first - 1].text == "," and role[0].tag_ in ("DT", "PRP$") \
            and any(role_noun(t.text) for t in role):
        start = first
    return trimmed(doc, start, last.i + 1, "SOURCE")


def _relative_subject(subj: Token) -> bool:
    """"a super PAC [that] intends to ...": a relative pronoun standing for the noun its
    clause modifies (PolNeAR marks it as the source)."""
    return subj.tag_ == "WDT" and subj.head.dep_ == "relcl"


def _agent_of(cue: Span) -> Token | None:
    """Who stands behind a cue that names them after it: the object of "according to"
    and the agent of a passive cue ("is supported by far fewer publications")."""
    to = according_to(cue)
    if to is not None:
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return None if obj is None or obj.lower_ in _NOT_SPEAKERS else obj
    head = cue.root
    if not any(c.dep_ == "auxpass" for c in head.children) or quoted_as(head):
        return None
    obj = agent_of(head)
    return None if obj is None or obj.lower_ in _NOT_SPEAKERS else obj
