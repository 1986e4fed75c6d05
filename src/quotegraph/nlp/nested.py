"""Reports nested in a report: "Xi told Biden that ..., according to Chinese state media",
"The Kremlin said Putin had told Macron that ...".

PolNeAR lets a word play one role in one attribution, so it annotates only the outer
report, and the extraction keeps it as it is. The inner speaker's words are a statement
too, and the one an event coder wants (Xi to Biden, not state media to the reader): an
outer content whose main clause is a reporting verb (``data/nested_cue_verbs.txt``) with
a subject and a clause of its own gives one more attribution, nested in the outer one.
So does "TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying: ...". A pronoun
inside another speaker's report ("Clinton said she told ...") is that speaker again and
adds none. Quotations are left alone: a reporting verb inside quotation marks is the
speaker's own wording, which the tagger reads.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .attribution import Link
from .cue_subjects import quoted_as
from .doctext import doc_text
from .quotes import find_quotes, opening_marks
from .recall import data_words
from .syntax import after_dateline, content_of, finite, subject_of, trimmed

__all__ = ["add_nested_reports", "quoted_as_said", "quoted_by_reporter"]


def _reporting_root(piece: Span, verbs: frozenset[str]) -> Token | None:
    """The reporting verb that heads ``piece``, finite or with an auxiliary ("had told")."""
    root = piece.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in verbs:
        return None
    if not (finite(root) or any(c.dep_ == "aux" for c in root.children)):
        return None
    return root


_SEPARATORS = frozenset({",", ";", ":", "-", "–", "—", "―"})


def _clipped(content: Span, end: int) -> Span | None:
    """``content`` cut at ``end``, without the commas or dashes before the cut (a closing
    quotation mark stays)."""
    doc = content.doc
    while end > content.start and (doc[end - 1].is_space or doc[end - 1].text in _SEPARATORS):
        end -= 1
    return Span(doc, content.start, end, label="CONTENT") if end - content.start >= 3 else None


def _inner(outer: Link, verbs: frozenset[str]) -> Link | None:
    """The report heading ``outer``'s one unquoted content piece, or None."""
    if len(outer.content) != 1:
        return None
    piece = outer.content[0]
    if piece.text[:1] in opening_marks() or any(t.text in opening_marks() for t in piece[:3]):
        return None
    verb = _reporting_root(piece, verbs)
    if verb is None:
        return None
    cue = Span(piece.doc, verb.i, verb.i + 1, label="CUE")
    source = subject_of(cue)
    content = content_of(cue)
    if source is None or content is None:
        return None
    if source[-1].pos_ == "CCONJ" or any(t.is_punct for t in source[-1:]):
        return None  # "59 percent disapprove ..., and 74 percent said": two clauses, misparsed
    if source.root.pos_ == "PRON" and outer.source is not None:
        return None  # "Clinton said she told ...": the outer speaker again
    if content.end > piece.end:  # the parse hangs the outer "according to X" on the inner clause
        content = _clipped(content, piece.end)
    if content is None or not (piece.start <= source.start and content.end <= piece.end):
        return None
    if content.start < cue.end:
        return None
    return Link(cue=cue, source=after_dateline(source), content=[content])


_SAYING = frozenset({"say", "tell", "state", "write", "add", "warn", "describe"})


def _quoted_speaker(link: Link) -> Link | None:
    """"TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying: '...'": PolNeAR
    annotates the agency's report (its content is "Ryabkov as saying ..."); the words
    are Ryabkov's, so they also make a statement of his own, cued by "as saying"."""
    verb = link.cue.root
    doc = verb.doc
    if verb.lemma_.lower() != "quote" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_ is None or as_.i < obj.i:
        return None
    said = next((g for g in as_.children if g.dep_ == "pcomp" and g.lemma_.lower() in _SAYING), None)
    if said is None or said.i != as_.i + 1:
        return None
    start, end = said.i + 1, max([said.right_edge.i + 1] + [c.end for c in link.content])
    while start < end and (doc[start].text in (":", ",") or doc[start].is_space):
        start += 1  # "as saying: “...”" keeps its quotation marks
    if start < end and doc[start].text in opening_marks():  # the whole quotation
        quote = next((q for q in find_quotes(doc_text(doc))[0] if q.start == doc[start].idx and q.closed), None)
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand") if quote else None
        end = max(end, span.end) if span is not None else end
    while end > start and doc[end - 1].is_space:
        end -= 1
    source = trimmed(doc, obj.left_edge.i, obj.right_edge.i + 1, "SOURCE")
    if end - start < 2 or source is None or source.end > as_.i:
        return None
    return Link(cue=Span(doc, as_.i, said.i + 1, label="CUE"), source=source,
                content=[Span(doc, start, end, label="CONTENT")])


def add_nested_reports(doc: Doc, links: list[Link]) -> list[Link]:
    """``links``, each followed by the reports nested in it (:func:`_quoted_speaker`,
    :func:`_inner`; theirs too: "The agency reported the Kremlin said Putin had told
    Macron that ..."), whose ``nested_in`` is the outer one. A cue some attribution
    already has is not added twice."""
    verbs = data_words("nested_cue_verbs.txt")
    cues = {l.cue.start for l in links}
    out: list[Link] = []
    for link in links:
        todo = [link]
        while todo:
            outer = todo.pop(0)
            out.append(outer)
            inner = _quoted_speaker(outer) or _inner(outer, verbs)
            if inner is not None and inner.cue.start not in cues:
                cues.add(inner.cue.start)
                inner.nested_in = outer
                todo.append(inner)
    return out


def _quote_verb(cue: Span) -> Token | None:
    """The passive "quoted" of a cue "[was quoted] (by X) as saying" or "[as saying]", where
    its "as" phrase holds the speaker's own verb (:func:`.cue_subjects.quoted_as`)."""
    for tok in cue:
        verb = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "as" else tok
        if verb.lemma_.lower() == "quote" and quoted_as(verb):
            return verb
    return None


def _within(span: Span, tok: Token) -> bool:
    return tok.left_edge.i <= span.start and span.end <= tok.right_edge.i + 1


def _reporter(span: Span, agent: Token, said: Token) -> bool:
    """A source in the "by" agent, perhaps with more words before the "as saying" ("the
    newspaper Folha de S.Paulo [on Thursday]")."""
    return _within(span, agent) or agent.left_edge.i <= span.start <= agent.right_edge.i and span.end <= said.i


def quoted_as_said(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Nazarov [was quoted] by the agency UzA [as saying] that ...": the tagger, taught by
    PolNeAR, reads the agency as the source and the one quoted as content, or the passive
    and its "as saying" as two cues. The words are the one quoted: the passive's subject
    becomes the source, a source in the "by" agent goes (the agency only reported them),
    and two cues of one "quoted ... as saying" become the one nearer the content."""
    out = list(spans)
    for cue in [s for s in spans if s.label_ == "CUE"]:
        verb = _quote_verb(cue)
        subj = verb and next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or cue not in out:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent" or c.lower_ == "by"), None)
        said = next(g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pcomp")
        out = [s for s in out if not (s.label_ in ("SOURCE", "CONTENT") and _within(s, subj)
                                      or s.label_ == "SOURCE" and agent is not None and _reporter(s, agent, said)
                                      or s is cue and not s.start <= said.i < s.end
                                      and any(o.label_ == "CUE" and o.start <= said.i < o.end for o in spans))]
        kept = next((o for o in out if o.label_ == "CUE" and o.start <= said.i < o.end), None)
        if kept is not None and kept.start < said.head.i and not kept.start <= verb.i < kept.end:
            out[out.index(kept)] = Span(doc, said.head.i, kept.end, "CUE")  # "[UzA] as saying": the agency's
        source = trimmed(doc, subj.left_edge.i, subj.right_edge.i + 1, "SOURCE")
        if source is not None and not any(s.start < source.end and source.start < s.end for s in out):
            out.append(source)
    return sorted(out, key=lambda s: (s.start, s.end))


def quoted_by_reporter(link: Link) -> None:
    """"Araqchi was quoted as saying by the Tasnim news agency": the passive's subject said
    the words and the "by" agent only reported them, so a source the tagger found in the
    agent gives way to the subject."""
    src, verb = link.source, link.cue.root
    if src is None or src.start < link.cue.end or verb.lemma_.lower() != "quote":
        return
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return
    by = src.root
    while by.head.i != by.i and by.dep_ not in ("prep", "agent"):
        by = by.head
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if by.lower_ != "by" or subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return
    link.source = trimmed(src.doc, subj.left_edge.i, subj.right_edge.i + 1, "SOURCE") or src
