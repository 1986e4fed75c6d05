"""What the dependency parse says about an attribution: the speaker and the content of a cue."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from .mute import mute_subject
from .openers import person_after_place
from .misread import misread_that_clause, subject_misread_as_relative
from .quotes import find_quotes, opening_marks
from .spans import finite, overlap, trimmed

__all__ = ["capital_after_hyphen", "aged", "spaced_dash", "only_dateline",
           "trimmed", "finite", "subject_of", "content_of", "according_to", "object_of", "colon_quotation",
           "quotation_before", "reported_around", "subjects", "feeling", "dateline", "dateline_between",
           "after_dateline", "addressed",
           "agent_of", "free_of", "overlap", "DASHES", "WEEKDAYS"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE = {"that", "whom"}
_OWNERS = frozenset({"of", "from", "by"})
_CLIMB = ("xcomp", "advcl", "pcomp", "prep", "conj")


def _subtree(tok: Token, label: str) -> Span | None:
    return trimmed(tok.doc, tok.left_edge.i, tok.right_edge.i + 1, label)


DASHES = frozenset({"–", "—", "--", "-"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def spaced_dash(tok: Token) -> bool:
    """A dash with a space on either side ("Deborah Reynolds - Santilli's girlfriend - told")."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


_DATELINE_REACH = 6  # words a dateline may run on past the word the parse made a subject ("KISUMU, Kenya -")


def dateline(tok: Token) -> bool:
    """Whether ``tok`` heads a dateline or run-in heading that the parse took for a
    subject: the words before a spaced dash at the start of a sentence, in capitals
    ("PARIS — The French president ... said", "WASHINGTON (AP) — ...")."""
    first, last = tok.left_edge, tok.right_edge
    doc = tok.doc
    if not ((first.is_sent_start or first.i == 0 or doc[first.i - 1].is_space)
            and first.text.isupper() and len(first.text) > 1):
        return False
    if last.text in DASHES and last.i > first.i and bool(doc[last.i - 1].whitespace_):
        return True
    for t in doc[last.i + 1:first.i + _DATELINE_REACH]:  # "KISUMU, Kenya - President ...": the parse
        if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:  # hung the dash elsewhere
            return True
        if not (t.is_punct or t.text[:1].isupper() or t.is_digit) or t.is_space:
            return False  # a date may stand in it: "CANBERRA, April 28 -"
    return False


_DATELINE_WORDS = 8  # words a dateline may run to before its dash ("FREETOWN, Sierra Leone (Reuters) —")


def dateline_between(first: Token, second: Token) -> bool:
    """Whether a dateline in capitals ends between two words the parser joined as appositives
    ("DUBAI, United Arab Emirates (AP) — Nearly 200 nations agreed"; "FREETOWN, Sierra
    Leone — Doctors at ... said")."""
    a, b = sorted((first, second), key=lambda t: t.i)
    if not any(t.text in DASHES for t in a.doc[a.i:b.i]):
        return False
    j = a.i
    while j > 0 and a.i - j < _DATELINE_WORDS and not a.doc[j - 1].is_space and "\n" not in a.doc[j - 1].whitespace_:
        j -= 1
    opening = a.doc[j] if j == 0 or a.doc[j - 1].is_space or "\n" in a.doc[j - 1].whitespace_ else a
    return any(t.is_upper and t.is_alpha and len(t) > 1 for t in (a, opening))


_HEADING_DASHES = DASHES | {"―"}


def _paragraph_start(doc, i: int, reach: int) -> Token | None:
    """The first word of the paragraph word ``i`` is in, if it is within ``reach`` words."""
    for k in range(i, max(i - reach, -1), -1):
        if k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_:
            return doc[k]
    return None


def only_dateline(span: Span) -> bool:
    """Whether a span is nothing but the dateline opening its paragraph ("[FRANKFURT] — Talks
    on ..."): words in capitals and punctuation, right before a spaced dash."""
    doc = span.doc
    first = _paragraph_start(doc, span.start, 1)
    return first is not None and span.end < len(doc) and doc[span.end].text in _HEADING_DASHES \
        and bool(doc[span.end].whitespace_) and all(t.is_punct or t.is_upper for t in span)


def after_dateline(span: Span, reach: int = 12) -> Span:
    """``span`` without the dateline that opens its paragraph ("BEIJING (Reuters) -
    Chinese President Xi ...", "WASHINGTON ― Donald Trump's ..."): a word in capitals
    at the paragraph's start, then within ``reach`` words a dash with a space on
    either side; a span that starts inside the dateline ("[Hawaii — A fire ...]" after
    "LAHAINA,") loses its rest. A span that does not open so is returned as it is."""
    doc = span.doc
    first = _paragraph_start(doc, span.start, reach)
    if first is None or not (first.text.isupper() and first.is_alpha and len(first.text) > 1):
        return span
    if any(not (t.is_punct or t.text[:1].isupper() or t.is_digit) for t in doc[first.i + 1 : span.start]):
        return span
    for tok in doc[max(first.i + 1, span.start) : first.i + reach]:
        if span.start > first.i and not (tok.is_punct or tok.text[:1].isupper() or tok.is_digit):
            return span  # only a dateline's words before the dash: not "NATO said the plan — which ..."
        if (tok.text in _HEADING_DASHES and tok.whitespace_ and doc[tok.i - 1].whitespace_
                and tok.i + 1 < span.end):
            start = tok.i + 1
            while start < span.end - 1 and doc[start].is_space:
                start += 1
            return Span(doc, start, span.end, label=span.label_)
    return span


def subjects(verb: Token, deps: tuple[str, ...] = _SUBJECT_DEPS) -> list[Token]:
    """The verb's subjects (children with one of ``deps``), datelines left out (:func:`dateline`)."""
    return [c for c in verb.children if c.dep_ in deps and not dateline(c)]


def according_to(cue: Span) -> Token | None:
    """The "to" of an "according to" cue, if the cue is one."""
    doc = cue.doc
    for tok in cue:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return doc[tok.i + 1]
    return None


def addressed(verb: Token) -> bool:
    """A bare passive participle opening a clause whose verb names the one spoken to
    ("[Asked] whether ..., Borrell replied"; ``data/addressee_verbs.txt``): the clause it
    hangs on has the addressee as its subject, not the speaker."""
    from .recall import data_words  # recall imports this module

    return verb.tag_ == "VBN" and verb.dep_ == "advcl" \
        and verb.lemma_.lower() in data_words("addressee_verbs.txt") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def feeling(verb: Token) -> bool:
    """A verb of feeling (``data/experiencer_verbs.txt``), whose passive subject is the one
    who feels and so the source: "[advocates] have been outraged by the raids"."""
    from .recall import data_words  # recall imports this module

    return verb.lemma_.lower() in data_words("experiencer_verbs.txt")


def free_of(span: Span | None, taken: list[bool]) -> Span | None:
    """``span`` if no token of it is ``taken``, else the words before its first relative
    clause when those are free ("[One witness, a student] who asked not to be named,
    described ...": the relative clause is a report of its own, with "who" its source);
    else None."""
    if span is None or not any(taken[span.start : span.end]):
        return span
    cut = min((t.left_edge.i for t in span if t.dep_ == "relcl" and t.left_edge.i > span.start), default=None)
    if cut is None:
        return None
    head = trimmed(span.doc, span.start, cut, span.label_)
    return head if head is not None and not any(taken[head.start : head.end]) else None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("Asked [by Stephanopoulos]")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def subject_of(cue: Span) -> Span | None:
    """The grammatical speaker of a cue: its verb's subject, or the object of "according to";
    for an :func:`addressed` participle only its "by" agent."""
    to = according_to(cue)
    if to is not None:
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return _subtree(obj, "SOURCE") if obj is not None else None
    verb = cue.root
    if addressed(verb):
        agent = agent_of(verb)
        return _subtree(agent, "SOURCE") if agent is not None else None
    while verb.dep_ in _CLIMB and verb.head.i != verb.i and not subjects(verb):
        verb = verb.head  # "was quoted as saying": the subject sits on "quoted";
        # "X arrived ... and voted against": a conjunct shares its head's subject
    subj = next(iter(subjects(verb)), None)
    if subj is None:
        return _participle_noun(verb) or _aged_before(verb) or person_after_place(verb)
    if subj.lower_ in _RELATIVE or mute_subject(verb, subj):
        return None
    if subj.i < cue.start <= subj.right_edge.i:  # the parse hung a phrase after the verb on it:
        return trimmed(cue.doc, subj.left_edge.i, cue.start, "SOURCE")  # "A union ... endorsed X, another example"
    return _subtree(subj, "SOURCE")


def _aged_before(verb: Token) -> Span | None:
    """"The 44-year-old added", which the parse reads as "The" and "old" hanging on the verb (or,
    with the verb, on its object: "The 63-year-old told reporters", "told" read as an adjective)."""
    anchor = verb.head if verb.dep_ == "amod" and verb.tag_ == "VBD" else verb
    old = next((c for c in anchor.children if c.i < verb.i and aged(c)), None)
    if old is None:
        return None
    doc, start = verb.doc, old.left_edge.i
    while start > 0 and (doc[start - 1].head.i == anchor.i or start <= doc[start - 1].head.i <= old.i) \
            and (doc[start - 1].dep_ in ("det", "amod", "compound", "nummod", "npadvmod")
                 or doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
        start -= 1  # "the American-born 29-year-old tackles"
    return Span(doc, start, old.i + 1, label="SOURCE")


def _participle_noun(verb: Token) -> Span | None:
    """"footage of [Trump] saying ...", "postings that included [one] saying that ...": a
    reporting participle that modifies a noun has that noun phrase as its speaker."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN", "PRON") \
            or noun.i + 1 != verb.i:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ not in _OWNERS:
        return None  # "at a Rochester rally, blasting": a place or time is nobody's voice
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return None  # "there is no law requiring": nobody
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].pos_ in ("CCONJ", "ADV"):
        start += 1  # "But the Rubio campaign"
    return trimmed(verb.doc, start, verb.i, "SOURCE")


def content_of(cue: Span) -> Span | None:
    """The reported clause of a cue: the verb's clausal complement, or the
    rest of the sentence around an "according to" phrase."""
    doc = cue.doc
    to = according_to(cue)
    if to is not None:
        sent = cue.sent
        obj_end = max(t.i for t in to.subtree) + 1
        if all(t.is_punct or t.is_space for t in doc[sent.start : cue.start]):
            span = trimmed(doc, obj_end, sent.end, "CONTENT")
        else:
            span = trimmed(doc, sent.start, cue.start, "CONTENT")
        return span if span is not None and len(span) >= 3 else None
    comps = [c for c in cue.root.children if c.dep_ == "ccomp"]
    if not comps:
        return misread_that_clause(cue) or _wh_clause(cue)
    after = [c for c in comps if c.i > cue.root.i]
    comp = after[0] if after else comps[-1]  # "X said that ...", else "..., X said"
    span = _subtree(comp, "CONTENT")
    if comp.i > cue.root.i and not subjects(comp):
        span = subject_misread_as_relative(cue, comp) or span
    if span is None or len(span) < 3 or span.start <= cue.root.i < span.end:
        return None
    return span


_WH = frozenset({"when", "whether", "how", "why", "where", "if", "what", "who", "which"})


def _wh_clause(cue: Span) -> Span | None:
    """"have not said [when they would take it up]": a question clause the parse hung on a
    verb that reports questions or answers (``wh_cue_verbs.txt``; not "complained when ...",
    which tells the time) as an adverbial clause, right after the verb or after the one it
    addresses ("told reporters")."""
    from .recall import data_words  # recall imports this module

    root = cue.root
    if root.lemma_.lower() not in data_words("wh_cue_verbs.txt"):
        return None
    start = cue.end
    obj = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None:  # "what X said when ...": the question clause only tells the time
        if obj.left_edge.i != start or not (obj.ent_type_ == "PERSON" or obj.tag_ == "PRP"
                                            or obj.lemma_.lower() in _ADDRESSEES):
            return None
        start = obj.right_edge.i + 1
    for clause in root.children:
        if clause.dep_ == "advcl" and clause.left_edge.i == start and clause.left_edge.lower_ in _WH:
            span = trimmed(cue.doc, start, clause.right_edge.i + 1, "CONTENT")
            return span if span is not None and len(span) >= 3 else None
    return None


_ADDRESSEES = frozenset({"reporter", "journalist", "audience", "crowd", "supporter", "voter", "lawmaker"})


_OBJECT_DEPS = ("dobj", "xcomp")


def object_of(cue: Span) -> Span | None:
    """What a cue without a clause is about: the object of its final preposition
    ("believe in X", "spoke of X", "called for X"), else its direct object or
    infinitive complement ("decided to change course"). Used only for cues the tagger found."""
    last = cue[-1]
    if last.dep_ == "prep" or last.pos_ == "ADP":
        pobj = next((c for c in last.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            return _subtree(pobj, "CONTENT")
    root = cue.root
    obj = next((c for c in root.children if c.dep_ in _OBJECT_DEPS and c.i >= cue.end), None)
    if obj is None:
        return _passive_subject(cue)
    span = _subtree(obj, "CONTENT")
    return span if span is not None and len(span) >= 2 else None


def _passive_subject(cue: Span) -> Span | None:
    """"The registration issue was first reported by The Post": what a passive cue
    reports is its grammatical subject; a passive of feeling (``data/experiencer_verbs.txt``)
    is about its agent, and its subject feels it ("the former House Speaker is intrigued
    by [the opportunity]")."""
    root = cue.root
    if not any(c.dep_ == "auxpass" for c in root.children):
        return None
    if feeling(root):
        agent = agent_of(root)
        return _subtree(agent, "CONTENT") if agent is not None and agent.i >= cue.end else None
    subj = next((c for c in root.children if c.dep_ == "nsubjpass" and c.i < cue.start), None)
    if subj is None or subj.lower_ in _RELATIVE or subj.lower_ in ("which", "who"):
        return None
    return _subtree(subj, "CONTENT")


def colon_quotation(cue: Span) -> Span | None:
    """"X was blunt about the loss: “We did not deserve to win.”": the quotation that a
    colon after the cue (in its sentence, or ending the cue: "He said:") introduces, on
    the same line or, when the colon ends its paragraph, opening the next one."""
    doc = cue.doc
    sent = cue.sent
    colon = next((t for t in doc[cue.end - 1 : sent.end] if t.text == ":"), None)  # the cue may end on it
    if colon is None:
        return None
    nxt = colon.i + 1
    ends_paragraph = nxt < len(doc) and doc[nxt].is_space and "\n" in doc[nxt].text
    while nxt < len(doc) and doc[nxt].is_space and (ends_paragraph or "\n\n" not in doc[nxt].text):
        nxt += 1
    if nxt >= len(doc) or doc[nxt].text[:1] not in opening_marks():
        return None
    start = doc[nxt].idx
    quotes, _ = find_quotes(doc_text(doc))
    quote = next((q for q in quotes if q.start == start), None)
    if quote is None:
        return None
    return doc.char_span(quote.start, quote.end, label="CONTENT", alignment_mode="expand")


def quotation_before(cue: Span, source: Span | None, split_only: bool = False) -> Span | None:
    """'“Stop the war!” he said': the quotation that ends right before a cue and its
    subject (``source``), nothing but punctuation between, in the cue's sentence or,
    where the parse ended a sentence at the quotation's "!" or "?" and the cue's own
    opens on a lower-case word, closing the sentence before (with ``split_only``, only
    there)."""
    if source is None:
        return None
    doc = cue.doc
    first = min(cue.start, source.start)
    start = cue.sent.start
    if first == start and start > 1 and doc[start].text[:1].islower() and doc[start - 1].is_punct:
        start = doc[start - 1].sent.start  # "!” [he said.]"
    elif split_only:
        return None
    quotes, _ = find_quotes(doc_text(doc))
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.end > first or span.start < start:
            continue
        if span.end - span.start >= 3 and all(t.is_punct for t in doc[span.end:first]):
            return Span(doc, span.start, span.end, label="CONTENT")
    return None


_TRAILING_DEPS = ("advmod", "npadvmod", "prep", "punct", "neg", "aux", "auxpass")


def _clause_bounds(cue: Span) -> tuple[int, int] | None:
    """Token bounds of a short reporting clause "[as] SUBJECT CUE [adverbials]",
    or None when the cue's verb has no subject before it. The clause ends at the
    first later dependent that is not an adverbial, a negation or a full stop."""
    verb = cue.root
    subj = next((c for c in subjects(verb) if c.i < cue.start), None)
    if subj is None or subj.lower_ in _RELATIVE or subj.tag_ in ("WDT", "WP"):
        return None
    start = subj.left_edge.i
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < start), None)
    if mark is not None and mark.lower_ == "as" and mark.i == start - 1:
        start = mark.i
    end = cue.end
    for c in verb.children:
        if c.i < cue.end:
            continue
        if c.dep_ not in _TRAILING_DEPS or (c.dep_ == "punct" and c.text != "."):
            break
        end = max(end, c.right_edge.i + 1)
    return start, end


def _subordinate(piece: Span) -> bool:
    """"When X attacked Y, ..." / "In the context of ...": a piece that only sets the
    scene (a subordinate clause or a prepositional phrase) is not what is reported."""
    first = piece[0]
    return first.pos_ in ("SCONJ", "ADP") or any(t.dep_ == "mark" and t.head == piece.root for t in piece)


def reported_around(cue: Span, verbs: frozenset[str]) -> list[Span]:
    """"S, the source added." / "S, as police have said." / "A, Stumpf explained
    earlier, B." / "As The Hill reported, S.": a reporting clause set off by commas
    reports the rest of its sentence, which the parse often hangs off the clause the
    wrong way round. Only for reporting verbs (``verbs``, lemmas; in an "as" clause also
    ``as_cue_verbs.txt``: "as X put it", "as X pointed out"). Returns the content pieces
    (before the clause, and after it when it is parenthetical or opens the sentence), or none."""
    lemma = cue.root.lemma_.lower()
    doc, sent = cue.doc, cue.sent
    as_bounds = _as_clause(cue) if lemma in verbs or lemma in _as_verbs() else None
    if as_bounds is not None and all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV")
                                     for t in doc[sent.start:as_bounds[0]]):
        end = as_bounds[1]  # "As The Hill reported, S."
        rest = _after_conjunction(doc, end + 1, sent.end) if end < len(doc) and doc[end].text == "," else None
        return [rest] if rest is not None and len(rest) >= 3 else []
    bounds = _clause_bounds(cue) if lemma in verbs else as_bounds
    if bounds is None:
        return []
    start, end = bounds
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return []
    first = _after_conjunction(doc, sent.start, start - 1)
    if first is None or _subordinate(first):
        return []
    pieces = [first]
    rest = trimmed(doc, end, sent.end, "CONTENT")
    if rest is not None:
        if doc[end].text != ",":
            return []
        pieces.append(rest)
    if sum(len(p) for p in pieces) < 4:
        return []
    return pieces


def _after_conjunction(doc: Doc, start: int, end: int) -> Span | None:
    """``doc[start:end]`` trimmed, without a conjunction that opens it ("[And] that, as Trump
    points out, is ..."; train gold leaves it out 72 times in 118)."""
    span = trimmed(doc, start, end, "CONTENT")
    if span is not None and len(span) > 1 and span[0].pos_ == "CCONJ":
        span = trimmed(doc, span.start + 1, span.end, "CONTENT")
    return span


def _as_verbs() -> frozenset[str]:
    from .recall import data_words  # recall imports this module

    return data_words("as_cue_verbs.txt")


def _as_clause(cue: Span) -> tuple[int, int] | None:
    """Token bounds of an "as" clause with no object of its own ("as X noted", "as X put
    it"), from its "as" to its last word, or None."""
    verb = cue.root
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or verb.dep_ != "advcl" or verb.left_edge.i != mark.i:
        return None
    if any(c.i > verb.i and (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it"))
           for c in verb.children):
        return None
    end = verb.right_edge.i + 1
    while end - 1 > verb.i and verb.doc[end - 1].is_punct:
        end -= 1  # the parse hangs the comma after the clause on its verb
    return mark.i, end


def aged(tok: Token) -> bool:
    """The "old" heading "the 54-year-old", a person described by age alone."""
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)


def capital_after_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen glued to the word before it and to a capitalised word after
    ("G" + "-" + "III", "KING" + "-" + "TV")."""
    return (0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and doc[i].text in ("-", "–")
            and not doc[i].whitespace_ and doc[i + 1].text[:1].isupper())
