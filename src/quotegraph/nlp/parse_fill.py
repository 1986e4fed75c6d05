"""The parse's fill: a cue the tagger left without a source or content takes them from
the parse (its subject, its clausal complement, a quotation its colon introduces, its
object) where no linked span is in the way; reports nested wholly inside a content the
parse gives are dropped (PolNeAR annotates the outer report only)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .link import Link
from .recall import cue_verbs, data_words
from .syntax import (DASHES, agent_of, colon_quotation, content_of, feeling, free_of, object_of, overlap,
                     quotation_before, reported_around, subject_of, trimmed)

__all__ = ["strip_dateline", "syntactic_fill"]


def _linked_tokens(doc: Doc, links: list[Link]) -> list[bool]:
    """Tokens used by a linked span; an orphan span (a source no cue took) does not
    count, nor does a cue still without content, with its source."""
    taken = [False] * len(doc)
    for link in links:
        if not link.content:
            continue
        for s in (link.cue, link.source, *link.content):
            if s is not None:
                for i in range(s.start, s.end):
                    taken[i] = True
    return taken


def _absorb_nested(outer: Link, content: Span, links: list[Link], taken: list[bool]) -> bool:
    """True when ``content`` is free for ``outer`` once the reports nested wholly
    inside it are dropped (PolNeAR annotates the outer report only); those are
    dropped only then."""
    inner = [l for l in links if l is not outer and l.content and content.start <= l.cue.start
             and all(content.start <= c.start and c.end <= content.end for c in l.content)]
    theirs = {i for l in inner for s in (l.cue, l.source, *l.content) if s is not None
              for i in range(s.start, s.end)}
    if any(taken[i] and i not in theirs for i in range(content.start, content.end)):
        return False
    for l in inner:
        l.content = []
    for i in theirs:
        taken[i] = False
    return True


def _patient(subj: Span, cue: Span) -> bool:
    """"Emails ... [were authored] by Clinton": the passive cue's subject is what was done
    (not so for a :func:`~quotegraph.nlp.syntax.feeling`); its "by" agent is left for the
    last pass (``extract._add_cue_subjects``), which knows "was quoted by X as saying" from it."""
    return subj.root.dep_ == "nsubjpass" and subj.root.head.i == cue.root.i \
        and any(c.dep_ == "agent" for c in cue.root.children) and not feeling(cue.root)


def _parsed_content(link: Link, links: list[Link], taken: list[bool]) -> list[Span]:
    """What the parse says a cue without a tagged content reports (see :mod:`.syntax`);
    the sentence around a reporting clause only where no linked span is in it, or only
    whole reports nested in it ("S, who said X, ..., the source added.": PolNeAR
    annotates the outer report, and ``_absorb_nested`` drops the inner ones)."""
    around = reported_around(link.cue, cue_verbs())
    if len(around) == 2 and any(l is not link and l.source is not None and l.source.start == around[0].start
                                and l.cue.start < around[0].end and l.cue.root.lemma_.lower() in cue_verbs()
                                for l in links):
        around = []  # "Tesfamariam said she ..., but blamed guards who, she said, had taunted": the
        # sentence is a report of its own, the aside inside it (at its end the aside is the outer
        # report: "Clinton had told police that ..., the source added")
    if around and (not any(taken[i] for p in around for i in range(p.start, p.end))
                   or _nested_only(link, around, links)):
        return around
    found = _block_after_colon(link.cue) or content_of(link.cue) or colon_quotation(link.cue) \
        or quotation_before(link.cue, link.source or subject_of(link.cue), split_only=True) or _object_content(link) \
        or _antecedent(link, links, taken) or _fragment_before(link)
    return [found] if found is not None else []


def _fragment_before(link: Link) -> Span | None:
    """"People like Scott, he said.": a verbless phrase that opens the sentence, then a comma, a
    reporting verb's subject and the verb (``cue_verbs.txt``, ``net_cue_verbs.txt``); the parse
    hangs the phrase on the verb as an unlabelled dependent or a second subject."""
    root, src = link.cue.root, link.source or subject_of(link.cue)
    if root.lemma_.lower() not in cue_verbs() | data_words("net_cue_verbs.txt"):
        return None
    if src is None or src.start < 2 or src.end != link.cue.start or root.doc[src.start - 1].text != ",":
        return None
    doc, start = root.doc, root.sent.start
    frag = next((c for c in root.children if c.dep_ in ("dep", "nsubj", "npadvmod") and c.i < src.start - 1), None)
    if frag is None or frag.left_edge.i != start or frag.right_edge.i != src.start - 2:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:src.start - 1]):
        return None
    return Span(doc, start, src.start - 1, label="CONTENT") if src.start - 1 - start >= 2 else None


def _block_after_colon(cue: Span) -> Span | None:
    """"The governor added:" closing its paragraph, then a paragraph of the speaker's words set
    off without quotation marks (a block quote): that paragraph (train gold: the whole
    paragraph, 3 times in 6 such blocks; longer ones run on)."""
    doc = cue.doc
    colon = cue.end - 1 if cue[-1].text == ":" else cue.end if cue.end < len(doc) and doc[cue.end].text == ":" else None
    if colon is None or colon + 2 >= len(doc) or not (doc[colon + 1].is_space and "\n" in doc[colon + 1].text):
        return None
    start = colon + 2
    if doc[start].is_punct or doc[start].text.startswith("<"):
        return None  # a quotation (``colon_quotation``'s), a list's bullet or a tweet's markup
    end = start
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return Span(doc, start, end, label="CONTENT") if end - start >= 3 else None


def _antecedent(link: Link, links: list[Link], taken: list[bool]) -> Span | None:
    """", a charge [the Election Commission] denied": a cue in a relative clause on an appositive
    noun, with a subject of its own and no object, reports that noun (train gold: "an offer",
    "a deal", "a fact"), which another content's tail gives up ("accused X of rigging the rolls")."""
    root = link.cue.root
    noun = root.head
    if root.dep_ != "relcl" or noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i > root.i:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in root.children if c.i > root.i):
        return None
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj or subj[0].tag_ in ("WP", "WDT") or subj[0].lower_ == "that":
        return None  # "Smith, who denied ...": the noun is the speaker
    doc, start = link.cue.doc, noun.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    tails = [(other, n) for other in links for n, piece in enumerate(other.content)
             if piece.start < start - 1 and start <= piece.end <= root.i]  # "accused ..., a charge"
    freed = {i for other, n in tails for i in range(start - 1, other.content[n].end)}
    if any(taken[i] and i not in freed for i in range(start, noun.i + 1)):
        return None
    for other, n in tails:
        piece = other.content[n]
        other.content[n] = Span(doc, piece.start, start - 1, label=piece.label_)
    for i in freed:
        taken[i] = False
    return Span(doc, start, noun.i + 1, label="CONTENT")


def _object_content(link: Link) -> Span | None:
    """The cue's object ("called for [an inquiry]"); where that object is the source,
    what the cue is about is the passive's agent ("[advocates] have been outraged by [the
    raids]") or else the cue's subject ("[Ted Cruz] received the endorsement of [Gov.
    Mike Pence]", "[the ruling] alarmed [legal experts]")."""
    found = object_of(link.cue)
    src = link.source
    if found is None or src is None or not overlap(found, src):
        return found
    agent = agent_of(link.cue.root)  # "[advocates] have been outraged by [the raids]"
    if agent is not None and not src.start <= agent.i < src.end:
        return trimmed(agent.doc, agent.left_edge.i, agent.right_edge.i + 1, "CONTENT")
    subj = subject_of(link.cue)
    if subj is None or overlap(subj, src) or link.cue.start <= subj.start < link.cue.end:
        return None
    subj = strip_dateline(subj)
    return Span(subj.doc, subj.start, subj.end, label="CONTENT")


def _nested_only(outer: Link, pieces: list[Span], links: list[Link]) -> bool:
    """Whether some other attribution has a span in ``pieces``, and every such one lies
    wholly within them and is another speaker's report (not a participle frame or a
    cue sharing ``outer``'s source: "Stating that ..., X said")."""
    lo, hi = pieces[0].start, pieces[-1].end
    found = False
    for l in links:
        if l is outer or not l.content:
            continue
        spans = [s for s in (l.cue, l.source, *l.content) if s is not None]
        inside = [lo <= s.start and s.end <= hi for s in spans]
        touch = [any(p.start < s.end and s.start < p.end for p in pieces) for s in spans]
        if any(touch):
            if not all(inside) or l.inherited_from is outer or _participle(l.cue.root):
                return False
            found = True
    return found


def _participle(verb) -> bool:
    """A bare -ing participle ("Stating that ...", ", adding"), not a progressive ("was refusing")."""
    return verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)


def syntactic_fill(doc: Doc, links: list[Link]) -> None:
    """A cue still without a source or content takes them from the parse
    (its subject, its clausal complement) where no linked span is in the way."""
    taken = _linked_tokens(doc, links)
    for link in links:
        if not link.content:
            pieces = _parsed_content(link, links, taken)
            if pieces and all(_absorb_nested(link, p, links, taken) for p in pieces):
                link.content.extend(pieces)
                for p in pieces:
                    for i in range(p.start, p.end):
                        taken[i] = True
        if link.source is not None or not link.content:
            continue
        subj = subject_of(link.cue)
        if subj is not None and _subject_ends_content(link, subj):
            continue
        subj = free_of(subj, taken)
        if subj is None or _patient(subj, link.cue):
            continue
        if any(overlap(c, subj) for c in link.content):
            continue
        link.source = subj


def _subject_ends_content(link: Link, subj: Span) -> bool:
    """"a bill that [critics] say mirrors ...", with "critics" tagged as the end of the first
    content piece: the subject right before the cue is the source, cut from that piece."""
    if any(t.is_quote or t.text == "," or t.tag_ in ("WDT", "WP") for t in subj) or any(q in subj.text for q in "\"“”"):
        return False  # a subject the parse runs into a quotation, or "the results of which"
    for n, piece in enumerate(link.content):
        if piece.start < subj.start and subj.end == piece.end == link.cue.start:
            link.content[n] = Span(piece.doc, piece.start, subj.start, label=piece.label_)
            link.source = subj
            return True
    return False


def strip_dateline(source: Span) -> Span:
    """"TEHRAN, Sep. 07 (MNA) – Secretary of ..." -> "Secretary of ...": a source
    never starts with the dateline that a dash separates from the sentence."""
    doc = source.doc
    for tok in reversed(source[:-1]):
        if tok.text in DASHES and tok.whitespace_ and tok.i > source.start and doc[tok.i - 1].whitespace_:
            return doc[tok.i + 1 : source.end]
    return source
