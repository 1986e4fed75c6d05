"""Links -> Statement records with exact character spans, kind and speakers."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import Span, Speaker, Statement
from .attribution import Link
from .confidence import ConfidenceModel, rule_confidence, statement_features
from .quotes import find_quotes
from .roles import MoveScores
from .doctext import doc_text

__all__ = ["build_statements", "statement_kind"]


def _span(doc: Doc, s: SpacySpan) -> Span:
    return Span.of(doc_text(doc), s.start_char, s.end_char)


def statement_kind(text: str, content: list[Span], quoted: list[tuple[int, int]]) -> str:
    """direct (all inside quotation marks), mixed (partly), or indirect (none)."""
    starts = [q[0] for q in quoted]
    inside = outside = 0
    for c in content:
        for i in range(c.start, c.end):
            ch = text[i]
            if not ch.isalnum():
                continue
            k = bisect_right(starts, i) - 1
            if k >= 0 and quoted[k][0] <= i < quoted[k][1]:
                inside += 1
            else:
                outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def _confidence(link: Link, kind: str, scores: MoveScores | None, model: ConfidenceModel | None) -> float:
    if model is None or scores is None or len(scores.logp) != len(link.cue.doc):
        return rule_confidence(link)
    return round(model(statement_features(link, kind, scores)), 3)


def build_statements(doc: Doc, links: list[Link], scores: MoveScores | None = None,
                     confidence: ConfidenceModel | None = None) -> tuple[list[Statement], list[Speaker], int]:
    """Statements in document order, the article's speakers, and unbalanced quote marks;
    each statement's confidence from the ``confidence`` model over the tagger's move
    ``scores`` when both are given (else :func:`~.confidence.rule_confidence`)."""
    quotes, unbalanced = find_quotes(doc_text(doc))
    quoted = [(q.start, q.end) for q in quotes]
    statements = []
    for link in links:
        content = sorted((_span(doc, c) for c in link.content), key=lambda s: s.start)
        kind = statement_kind(doc_text(doc), content, quoted)
        statements.append(
            Statement(
                source=_span(doc, link.source) if link.source is not None else None,
                cue=_span(doc, link.cue),
                content=content,
                kind=kind,
                confidence=_confidence(link, kind, scores, confidence),
            )
        )
    speakers = _resolve(doc, statements)
    index = {id(l): k for k, l in enumerate(links)}
    for st, link in zip(statements, links):
        if link.nested_in is not None:
            st.reported_by = index.get(id(link.nested_in))
        if st.speaker is None and link.inherited_from is not None:
            j = index.get(id(link.inherited_from))
            if j is not None:
                st.speaker = statements[j].speaker
    return statements, speakers, unbalanced


def _resolve(doc: Doc, statements: list[Statement]) -> list[Speaker]:
    from .speakers import resolve_speakers  # loaded on first use: the resolver's lexicons are large

    return resolve_speakers(doc, statements)
